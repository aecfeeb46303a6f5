"""Hostile inputs whose shape or cell kinds once crashed a later stage after the reader (hostile28, h37)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from test_validation import TODAY, codes, person, raw_table

from asn_mutasi.io import aspiration_forms
from asn_mutasi.io.readers import read_table
from asn_mutasi.validation import prepare_roster
from tests.io.test_hostile import HEADER, ROW, _letters, sheet_xml, write_xlsx


def test_a_number_in_the_jabatan_column_is_a_finding_not_a_crash() -> None:
    """A JABATAN cell typed as a number (5, as a roster's column-numbering row read as data gives) reached the
    golongan-jenjang rule raw: jenjang_fungsional called ``find`` on the float and the check ended with exit 70. Such a
    cell names no jenjang (the reader warns of it: sel-bukan-teks)."""
    rows = [person(), person(nip="198609262015051002", jabatan=5.0)]
    prepared = prepare_roster(raw_table("pegawai", rows), today=TODAY)
    assert len(prepared.frame) == 2 and not codes(prepared)


def test_a_form_whose_last_cell_lies_a_million_rows_down_reads_no_record_per_missing_row(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """One value at A1048576 under a 100-row aspiration form made openpyxl give a cell-less row for each missing row
    number, and each became a record of None cells read through ``_cell``: 50 s for a 15 KB form. A cell-less row is
    skipped before any record is made; the filled row below them keeps its sheet row."""
    header = ("No", "NIP", "Nama", "Pilihan 1 Unit Kerja", "Pilihan 1 Jabatan", "Kesediaan Dipindah")
    filled = (1, "198609262015051001", "Budi", "Dinas Sosial", "", "Bersedia")
    missing: list[object] = []  # openpyxl yields one shared empty list per missing row
    rows = iter([header, *([missing] * 200_000), filled])
    calls = 0
    cell = aspiration_forms._cell

    def counted(value: object) -> str:
        nonlocal calls
        calls += 1
        return cell(value)

    monkeypatch.setattr(aspiration_forms, "_cell", counted)
    got = aspiration_forms._rows(rows, "aspirasi.xlsx", "Aspirasi", 0, datetime(2026, 11, 1))
    assert got is not None and [(r["nip"], r["_baris"]) for r in got] == [("198609262015051001", 200_002)]
    assert calls < 100, calls


def test_a_header_a_million_rows_down_is_no_empty_sheet(tmp_path: Path) -> None:
    """A sheet whose first 1,000 rows are blank and whose table starts at row 999,995 was refused as "kosong", even
    with --baris-judul 999995 naming its header row. It is read at the row named, and found without it too: the
    header is looked for from the first row with text (hostile30, h38; it was "not found" before)."""
    top = 999_995
    cells = {f"{_letters(i + 1)}{top}": h for i, h in enumerate(HEADER)}
    cells.update({f"{_letters(i + 1)}{top + 1}": v for i, v in enumerate(ROW)})
    path = write_xlsx(tmp_path / "pegawai.xlsx", sheet_xml(cells))
    table = read_table(path, "pegawai", baris_judul=top)
    assert table.frame["nama"].tolist() == ["Budi"] and table.frame["_baris"].tolist() == [top + 1]
    found = read_table(path, "pegawai")
    assert found.frame["nama"].tolist() == ["Budi"] and found.frame["_baris"].tolist() == [top + 1]
