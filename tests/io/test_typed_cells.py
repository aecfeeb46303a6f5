"""A workbook cell typed as a number, a date or TRUE/FALSE in a column of names is named (``sel-bukan-teks``)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from asn_mutasi.io.readers import read_table

_HEADER = ["NIP", "NAMA", "JABATAN", "UNIT KERJA", "TMT JABATAN"]
_ROWS = [
    ["197705022003022001", "Ratna", "Analis Kebijakan", "Dinas X", datetime(2020, 1, 2)],
    ["197609272008102001", 12345, True, "Dinas X", 45000],
    ["198001012005011002", "Budi", "Kepala Dinas", datetime(2020, 1, 1), "01-01-2021"],
    ["198001012005011003", "Sari", False, "Dinas X", None],
]


def test_typed_cells_in_text_columns_are_named_with_their_cells(make_workbook: Callable[..., Path]) -> None:
    table = read_table(make_workbook("pegawai.xlsx", {"Pegawai": [_HEADER, *_ROWS]}), "pegawai")
    said = {f.location.field: f for f in table.findings if f.code == "sel-bukan-teks"}
    assert set(said) == {"nama", "jabatan", "unit_kerja"}  # a date or a serial in TMT is a date: no finding
    jabatan = said["jabatan"]
    assert (jabatan.location.sheet, jabatan.location.row, jabatan.location.column) == ("Pegawai", 3, "C")
    assert jabatan.location.value == "TRUE"
    assert "2 sel" in jabatan.message and "C3, C5" in jabatan.message and "TRUE/FALSE" in jabatan.message
    assert (said["nama"].location.row, said["nama"].location.value) == (3, "12345")
    assert (
        said["unit_kerja"].location.column == "D" and said["unit_kerja"].location.value == "01-01-2020"
    )  # as dates read elsewhere
    assert len(table.frame) == 4  # named, never dropped


def test_a_column_of_text_and_a_csv_raise_nothing(make_workbook: Callable[..., Path], tmp_path: Path) -> None:
    rows = [[*r[:1], "Nama", "Jabatan", "Unit", r[4]] for r in _ROWS]
    assert not [
        f
        for f in read_table(make_workbook("ok.xlsx", {"Pegawai": [_HEADER, *rows]}), "pegawai").findings
        if f.code == "sel-bukan-teks"
    ]
    csv = tmp_path / "pegawai.csv"
    csv.write_text("NIP,NAMA,JABATAN,UNIT KERJA\n197705022003022001,12345,TRUE,2020-01-01\n", encoding="utf-8")
    assert not [f for f in read_table(csv, "pegawai").findings if f.code == "sel-bukan-teks"]  # a CSV has no types


def test_three_kinds_are_listed_as_one_list(make_workbook: Callable[..., Path]) -> None:
    """Three kinds in one column read "berisi nilai TRUE/FALSE dan tanggal/waktu dan angka" (review2, h30): a list is
    written "A, B dan C"."""
    rows = [["198001012005011004", "Ani", value, "Dinas X", None] for value in (True, datetime(2020, 1, 2), 5)]
    table = read_table(make_workbook("pegawai.xlsx", {"Pegawai": [_HEADER, *rows]}), "pegawai")
    said = next(f for f in table.findings if f.code == "sel-bukan-teks" and f.location.field == "jabatan")
    assert "berisi nilai TRUE/FALSE, tanggal/waktu dan angka, bukan teks" in said.message
