"""review25 (h36): the note under an empty sheet's header (polish5) keeps its row within Excel's tallest row."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pandas as pd
import pytest

from asn_mutasi.io.report_workbook import Sheet, write_report_workbook

_NOTE = "Tanpa berkas peta jabatan: tautan pegawai ke jabatan tidak diperiksa untuk baris mana pun. " * 12


@pytest.mark.parametrize("columns", [["nip"], ["nip", "nama", "jabatan"], []])
def test_a_long_note_keeps_its_row_within_excel_s_limit(tmp_path: Path, columns: list[str]) -> None:
    """The row was set as tall as the note's lines with no bound: 720 points under one column, 2,520 under none,
    past the 409 points Excel allows a row (every table row beside it was capped at 409)."""
    path = tmp_path / "r.xlsx"
    write_report_workbook(path, {"Kosong": Sheet(pd.DataFrame(columns=columns), empty=_NOTE)})
    ws = openpyxl.load_workbook(path)["Kosong"]
    note_row = 2
    assert ws.cell(note_row, 1).value == _NOTE
    assert ws.cell(note_row, 1).alignment.wrap_text
    assert 15 < ws.row_dimensions[note_row].height <= 409
