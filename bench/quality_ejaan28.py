"""Measure how the education readers read real roster cells against hand labels (bench/data/pendidikan_ejaan28.csv).

Usage: python bench/quality_ejaan28.py [--show]

Prints, per source and overall, the share of cells whose level and programme :func:`parse_education` reads as labelled,
and the share whose level and programme the roster path reads as labelled (:func:`roster_education`, its programme
text read again by :func:`parse_education` at its level, as the matcher reads it).
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

from asn_mutasi.domain.pendidikan import parse_education, roster_education

DATA = Path(__file__).resolve().parent / "data" / "pendidikan_ejaan28.csv"


def _norm(text: str) -> str:
    return " ".join(text.upper().split())


def _row_hits(row: dict[str, str], show: bool) -> tuple[int, int, int, int]:
    parsed = parse_education(row["pendidikan"], row["jurusan"] or None)
    level, programme = roster_education(row["pendidikan"], row["jurusan"] or None)
    roster_prog = parse_education(level, programme).programme if programme else ""
    hits = (
        parsed.level == row["tingkat"],
        _norm(parsed.programme) == row["program"],
        level == row["tingkat"],
        _norm(roster_prog) == row["program"],
    )
    if show and not all(hits):
        print(
            f"  {row['pendidikan']!r} {row['jurusan']!r} -> {parsed.level} | {parsed.programme} ; {level} | {roster_prog}"
        )
    return tuple(int(h) for h in hits)  # type: ignore[return-value]


def main(argv: list[str]) -> int:
    with DATA.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(line for line in handle if not line.startswith("#")))
    counts: dict[str, list[int]] = {}
    for row in rows:
        tally = counts.setdefault(row["sumber"], [0, 0, 0, 0, 0])
        tally[0] += 1
        for i, hit in enumerate(_row_hits(row, "--show" in argv), start=1):
            tally[i] += hit
    total = [sum(t[i] for t in counts.values()) for i in range(5)]
    print(f"{'sumber':<18}{'sel':>6}{'jenjang':>10}{'program':>10}{'jenjang_r':>11}{'program_r':>11}")
    for name, t in [*sorted(counts.items()), ("semua", total)]:
        shares = "".join(f"{t[i] / t[0]:>{10 if i < 3 else 11}.3f}" for i in range(1, 5))
        print(f"{name:<18}{t[0]:>6}{shares}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
