"""review22 (h36): a lower label under an upper label of dates names whose date the column holds, not a field."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import openpyxl

from asn_mutasi.io.readers import read_table


def test_the_tmt_of_the_golongan_is_no_golongan(tmp_path: Path) -> None:
    """A DUK's "TMT" over "GOL | JABATAN": the TMT golongan's dates were read as every employee's golongan, with no
    word, and the PANGKAT column beside them (the golongan when no GOL column is there) left unread."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["NIP", "NAMA", "JABATAN", "UNIT KERJA", "PANGKAT", "TMT", None])
    ws.append([None, None, None, None, None, "GOL", "JABATAN"])
    ws.merge_cells("F1:G1")
    for c in "ABCDE":
        ws.merge_cells(f"{c}1:{c}2")
    ws.append(["197501012010011001", "Andi", "Analis SDM Aparatur Ahli Muda", "BKD", "Penata (III/c)"])
    ws.append(["197602022011042002", "Sri", "Pranata Komputer Ahli Pertama", "BKD", "Penata Muda (III/a)"])
    for row, (gol, jab) in enumerate([(datetime(2019, 4, 1), datetime(2020, 1, 1)), (datetime(2018, 4, 1), None)], 3):
        ws.cell(row, 6, gol)
        ws.cell(row, 7, jab)
    path = tmp_path / "duk.xlsx"
    wb.save(path)
    table = read_table(path, "pegawai")
    assert table.columns["golongan"].header == "PANGKAT"
    assert list(table.frame["golongan"]) == ["Penata (III/c)", "Penata Muda (III/a)"]
    assert table.columns["tmt_jabatan"].header == "TMT / JABATAN"
    assert table.frame["tmt_jabatan"].iloc[0] == date(2020, 1, 1)
