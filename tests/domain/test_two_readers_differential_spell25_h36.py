"""Differential test: every real education text reads one level in parse_education (the matcher's reader) and in
roster_education (the roster's), in the level column, in the programme column and as a pair (spell25, h36).

Cells: the hand-labelled real roster cells of bench/data (pendidikan_ejaan13.csv, pendidikan_roster.csv) and, when
the shared copy is present, the SSCASN 2024 programme names (majors.json, CC0; measurement only, not copied here)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from asn_mutasi.domain.pendidikan import parse_education, roster_education

BENCH = Path(__file__).resolve().parents[2] / "bench" / "data"
SSCASN = Path("/work/shared/data/sscasn-2024/majors.json")


def _rows() -> list[tuple[str, str]]:
    rows: list[tuple[str, str]] = []
    for name in ("pendidikan_ejaan13.csv", "pendidikan_roster.csv"):
        with (BENCH / name).open(encoding="utf-8") as handle:
            lines = (line for line in handle if not line.startswith("#"))
            rows.extend(
                ((r.get("pendidikan") or "").strip(), (r.get("jurusan") or "").strip()) for r in csv.DictReader(lines)
            )
    if SSCASN.exists():
        rows.extend((str(m["nama"]), "") for m in json.loads(SSCASN.read_text(encoding="utf-8")))
    return rows


def _disagreements() -> list[tuple[str | None, str | None, str | None, str | None]]:
    found = []
    for pendidikan, jurusan in _rows():
        texts = {(pendidikan or None, jurusan or None)}
        for cell in (pendidikan, jurusan):
            if cell:
                texts |= {(cell, None), (None, cell)}
        for level_cell, programme_cell in texts:
            matcher = parse_education(level_cell, programme_cell).level
            roster = roster_education(level_cell, programme_cell)[0]
            if matcher != roster:
                found.append((level_cell, programme_cell, matcher, roster))
    return found


def test_the_corpus_is_large() -> None:
    assert len(_rows()) > 700


def test_the_two_readers_read_one_level_for_every_real_cell() -> None:
    assert _disagreements() == []
