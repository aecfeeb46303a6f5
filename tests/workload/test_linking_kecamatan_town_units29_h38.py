"""A kecamatan's name ends where a kabupaten's or kota's name of two or more words of the official list closes it,
written without "Kota" or "Kabupaten" ("Kecamatan Menteng Jakarta Pusat"): it was read as the kecamatan "menteng
jakarta" and linked nowhere. A one-word name closing a kecamatan's is the kecamatan's own ("Kecamatan Muara Bungo",
"Kecamatan Teluk Ambon" of Kota Ambon, as SSCASN 2024 writes it), and "Kecamatan Kota Baru" stays whole (units29,
h38)."""

from __future__ import annotations

import pytest

from asn_mutasi.domain.jabatan import normalize_unit_name
from asn_mutasi.domain.unit import unit_regions, unit_without_place

from .test_linking_regions_link2_h35 import _link

GONDANGDIA = "Kelurahan Gondangdia Kecamatan Menteng Jakarta Pusat"


def test_a_kecamatan_closed_by_a_kotas_name_ends_there() -> None:
    """ "menteng jakarta" was the kecamatan, and no kota was read."""
    regions = unit_regions(GONDANGDIA)
    assert regions["kecamatan"] == {"kecamatan menteng"}
    assert regions["daerah"] == {"kota jakarta pusat"}
    assert unit_without_place(normalize_unit_name(GONDANGDIA)) == "kelurahan gondangdia kecamatan menteng"
    key = normalize_unit_name("Kecamatan Teluk Betung Utara Bandar Lampung | Seksi Pemerintahan")
    assert unit_without_place(key) == "kecamatan teluk betung utara seksi pemerintahan"


def test_the_kelurahan_links_to_its_table_unit() -> None:
    """It linked to nothing."""
    assert _link(GONDANGDIA, ["Kelurahan Gondangdia Kecamatan Menteng", "Kecamatan Menteng"]) == "J0"
    assert (
        _link("Kecamatan Menteng Jakarta Pusat", ["Kelurahan Gondangdia Kecamatan Menteng", "Kecamatan Menteng"])
        == "J1"
    )


@pytest.mark.parametrize(
    ("unit", "kecamatan"),
    [
        ("Kecamatan Muara Bungo", "kecamatan muara bungo"),
        ("Kecamatan Teluk Ambon", "kecamatan teluk ambon"),
        ("Kecamatan Kota Baru", "kecamatan kota baru"),
        ("Kecamatan Kepulauan Seribu Utara", "kecamatan kepulauan seribu utara"),
    ],
)
def test_a_kecamatans_own_name_stays_whole(unit: str, kecamatan: str) -> None:
    """A one-word kabupaten's or kota's name closing a kecamatan's is part of it."""
    assert unit_regions(unit) == {"kecamatan": {kecamatan}}
    assert unit_without_place(normalize_unit_name(unit)) == normalize_unit_name(unit)
