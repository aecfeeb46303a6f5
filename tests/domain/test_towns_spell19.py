"""A kabupaten's capital (ibu kota) written after a Poltekkes programme is its campus, not part of the programme:
"D3 Keperawatan Purwokerto" (Purwokerto is Kabupaten Banyumas's capital, no kabupaten of its own; spell19, h34)."""

import pytest

from asn_mutasi.data import data_csv
from asn_mutasi.domain.pendidikan import parse_education, without_town


@pytest.mark.parametrize(
    ("text", "left"),
    [
        ("KEPERAWATAN PURWOKERTO", "KEPERAWATAN"),
        ("GIZI BANGKINANG", "GIZI"),
        ("ANALIS KESEHATAN KAB. BANYUMAS", "ANALIS KESEHATAN"),
        ("ADMINISTRASI NEGARA", "ADMINISTRASI NEGARA"),  # NEGARA, Jembrana's capital, is a programme word
        ("KEPERAWATAN", "KEPERAWATAN"),
    ],
)
def test_without_town_cuts_a_kabupaten_capital(text: str, left: str) -> None:
    assert without_town(text) == left


@pytest.mark.parametrize(
    ("cell", "programme"),
    [("D3 Keperawatan Purwokerto", "Keperawatan"), ("D-III Kebidanan Purwokerto", "Kebidanan")],
)
def test_a_poltekkes_programme_and_its_campus_capital(cell: str, programme: str) -> None:
    assert parse_education(cell, None).programme == programme


def test_every_kabupaten_has_its_capital() -> None:
    rows = data_csv("wilayah_kabupaten_kota.csv")
    assert all(r["ibu_kota"] for r in rows if r["jenis"] == "kabupaten")
    assert {r["ibu_kota"] for r in rows if r["nama"] in ("BANYUMAS", "KAMPAR")} == {"PURWOKERTO", "BANGKINANG"}
