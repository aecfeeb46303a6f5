"""review22 (h36): a lower label under an upper label of dates names whose date the column holds, not a field."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest

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


def _merged_sheet(path: Path, upper: str, lower: list[str], rows: list[list[object]]) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["NIP", "NAMA", "JABATAN", "UNIT KERJA", upper, *[None] * (len(lower) - 1)])
    ws.append([None, None, None, None, *lower])
    ws.merge_cells(start_row=1, start_column=5, end_row=1, end_column=4 + len(lower))
    for c in "ABCD":
        ws.merge_cells(f"{c}1:{c}2")
    for row in rows:
        ws.append(row)
    wb.save(path)


@pytest.mark.parametrize("upper", ["GOLONGAN", "PANGKAT/GOL", "GOL/RUANG", "PANGKAT"])
def test_a_golongan_over_gol_and_ruang_reads_both(tmp_path: Path, upper: str) -> None:
    """ "GOLONGAN" over "GOL | RUANG": the RUANG column, "GOLONGAN RUANG" read whole, was taken as the golongan, each a
    lone letter, the GOL column left unread; under "GOL/RUANG" the ruang was dropped (kolom-tidak-dikenal)."""
    path = tmp_path / "duk.xlsx"
    rows = [
        ["197501012010011001", "Andi", "Analis SDM Aparatur Ahli Muda", "BKD", "III", "c"],
        ["197602022011042002", "Sri", "Pranata Komputer Ahli Pertama", "BKD", "IV", "a"],
    ]
    _merged_sheet(path, upper, ["GOL", "RUANG"], rows)
    table = read_table(path, "pegawai")
    assert list(table.frame["golongan"]) == ["III/c", "IV/a"]
    assert not [f for f in table.findings if f.code == "kolom-tidak-dikenal"]


def test_title_columns_under_the_name_go_in_front_and_behind(tmp_path: Path) -> None:
    """ "NAMA" over "NAMA | GELAR DEPAN | GELAR BELAKANG": both title columns were unknown (kolom-tidak-dikenal), the
    titles, evidence of education, lost; the front one must go in front of the name."""
    path = tmp_path / "duk.xlsx"
    rows = [
        ["197501012010011001", "Analis SDM Aparatur Ahli Muda", "BKD", None, "Andi", "Dr.", None],
        ["197602022011042002", "Pranata Komputer Ahli Pertama", "BKD", None, "Sri", None, "S.E"],
    ]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["NIP", "JABATAN", "UNIT KERJA", "KET", "NAMA", None, None])
    ws.append([None, None, None, None, "NAMA", "GELAR DEPAN", "GELAR BELAKANG"])
    ws.merge_cells("E1:G1")
    for c in "ABCD":
        ws.merge_cells(f"{c}1:{c}2")
    for row in rows:
        ws.append(row)
    wb.save(path)
    table = read_table(path, "pegawai")
    assert list(table.frame["nama"]) == ["Dr. Andi", "Sri, S.E"]
