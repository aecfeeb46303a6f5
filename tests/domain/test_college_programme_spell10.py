"""The programme after a college's name is read from PDDikti's programme names as well (spell10, h32): "D3 Politeknik
Negeri Kupang Teknik Sipil" read the programme NEGERI KUPANG TEKNIK SIPIL, TEKNIK SIPIL being no name the tables knew."""

from __future__ import annotations

import pytest

from asn_mutasi.data import data_csv
from asn_mutasi.domain.pendidikan import known_programmes, parse_education, roster_education


@pytest.mark.parametrize(
    ("cell", "level", "programme"),
    [
        ("D3 Politeknik Negeri Kupang Teknik Sipil", "D-III", "TEKNIK SIPIL"),
        ("D3 Politeknik Negeri Bali Teknik Mesin", "D-III", "TEKNIK MESIN"),
        ("D3 Politeknik Negeri Malang Administrasi Bisnis", "D-III", "ADMINISTRASI BISNIS"),
        ("D3 Politeknik Negeri Ujung Pandang Teknik Kimia", "D-III", "TEKNIK KIMIA"),
        ("D4 Politeknik Negeri Jakarta Teknik Informatika", "D-IV", "TEKNIK INFORMATIKA"),
        ("D3 Politeknik Negeri Kupang Perhotelan", "D-III", "PERHOTELAN"),
    ],
)
def test_a_pddikti_programme_after_a_college_is_the_programme(cell: str, level: str, programme: str) -> None:
    read = parse_education(cell, None)
    assert (read.level, read.programme.upper()) == (level, programme)
    assert roster_education(cell, None)[0] == level


def test_the_programme_list_is_compact_and_levelled() -> None:
    rows = data_csv("pendidikan_prodi.csv")
    assert 100 <= len(rows) <= 1000
    assert all(row["jenjang"] and set(row["jenjang"]) <= set("CDEFG") for row in rows)
    names, _ = known_programmes()
    assert {"TEKNIK SIPIL", "TEKNIK MESIN", "ADMINISTRASI BISNIS"} <= names
