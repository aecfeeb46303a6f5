"""review24 (h36): a roster's "Tgl Lahir / Usia" (a birth date with the age after it) and "TMT Jabatan/Eselon" are read
as the birth date and the post's TMT, not said unknown."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest

from asn_mutasi.domain.tanggal import parse_date
from asn_mutasi.io.readers import read_table

_PEOPLE = [
    ["197501012010011001", "Andi", "Analis SDM Aparatur Ahli Muda", "BKD"],
    ["197602022011042002", "Sri", "Pranata Komputer Ahli Pertama", "BKD"],
]


def _roster(path: Path, header: str, cells: list[object]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["NIP", "NAMA", "JABATAN", "UNIT KERJA", header])
    for person, cell in zip(_PEOPLE, cells, strict=True):
        ws.append([*person, cell])
    wb.save(path)
    return path


@pytest.mark.parametrize(
    ("header", "field", "cells"),
    [
        ("Tgl Lahir / Usia", "tanggal_lahir", ["01-01-1975 / 50 tahun", "02-02-1976 (49 Thn)"]),
        ("TANGGAL LAHIR/USIA", "tanggal_lahir", [datetime(1975, 1, 1), datetime(1976, 2, 2)]),
        ("TGL LAHIR / UMUR", "tanggal_lahir", ["01-01-1975\n50 Th 3 Bln", "2 Februari 1976, 49 thn"]),
        ("TMT Jabatan/Eselon", "tmt_jabatan", [datetime(1975, 1, 1), "02-02-1976"]),
    ],
)
def test_a_date_header_with_a_second_word_is_read(tmp_path: Path, header: str, field: str, cells: list[object]) -> None:
    """Each was "kolom-tidak-dikenal" (while "TGL LAHIR (UMUR)" was read), the roster's birth dates or TMT lost; and
    a birth date with the age written after it was "format tanggal tidak dikenali" on every row."""
    table = read_table(_roster(tmp_path / "r.xlsx", header, cells), "pegawai")
    assert table.columns[field].header == header
    assert [parse_date(v).value for v in table.frame[field]] == [date(1975, 1, 1), date(1976, 2, 2)]
    assert not [f for f in table.findings if f.location.header == header]


@pytest.mark.parametrize("text", ["45 tahun", "04-05-1980 45", "TMT 5 tahun", "(45 Thn)"])
def test_an_age_alone_is_no_date(text: str) -> None:
    """Only an age after a whole date is set aside: an age or a number alone is still no date."""
    assert parse_date(text).value is None and parse_date(text).error


@pytest.mark.parametrize(
    "header", ["TMT PANGKAT/GOLRU", "TMT Pangkat/Gol", "TMT Pangkat/Golongan/Ruang", "TMT SK CPNS", "TMT SK PNS"]
)
def test_more_unused_dates_are_known(tmp_path: Path, header: str) -> None:
    """SIMPEG lists head the pangkat's TMT "TMT PANGKAT/GOLRU" or "TMT Pangkat/Golongan/Ruang": each was said unknown
    (kolom-tidak-dikenal), as if the tool could not read it, where "TMT PANGKAT/GOLONGAN" was known and unused."""
    table = read_table(_roster(tmp_path / "r.xlsx", header, [datetime(2019, 4, 1), datetime(2020, 4, 1)]), "pegawai")
    assert {f.code for f in table.findings if f.location.header == header} == {"kolom-dikenal-tidak-dipakai"}
