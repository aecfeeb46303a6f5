"""Measure how parse_education reads real education cells against hand labels (bench/data/pendidikan_ejaan13.csv).

Usage: python bench/quality_ejaan13.py [--show]

Prints, per source and overall, the share of cells whose level, programme and SLTA track are read as labelled.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

from asn_mutasi.domain.pendidikan import parse_education

DATA = Path(__file__).resolve().parent / "data" / "pendidikan_ejaan13.csv"


def main(argv: list[str]) -> int:
    with DATA.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(line for line in handle if not line.startswith("#")))
    counts: dict[str, list[int]] = {}
    for row in rows:
        parsed = parse_education(row["pendidikan"], row["jurusan"] or None)
        level_ok = parsed.level == row["tingkat"]
        prog_ok = " ".join(parsed.programme.upper().split()) == row["program"]
        track_ok = not row["jalur"] or parsed.jalur == row["jalur"]
        tally = counts.setdefault(row["sumber"], [0, 0, 0, 0])
        tally[0] += 1
        tally[1] += level_ok
        tally[2] += prog_ok
        tally[3] += track_ok
        if "--show" in argv and not (level_ok and prog_ok and track_ok):
            print(f"  {row['pendidikan']!r} {row['jurusan']!r} -> {parsed.level} | {parsed.programme} | {parsed.jalur}")
    total = [sum(t[i] for t in counts.values()) for i in range(4)]
    print(f"{'sumber':<18}{'sel':>6}{'jenjang':>10}{'program':>10}{'jalur':>10}")
    for name, t in [*sorted(counts.items()), ("semua", total)]:
        print(f"{name:<18}{t[0]:>6}{t[1] / t[0]:>10.3f}{t[2] / t[0]:>10.3f}{t[3] / t[0]:>10.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
