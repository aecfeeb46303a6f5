"""An official kecamatan, kelurahan or desa name that ends with a kabupaten's or kota's name of two or more words
keeps it (``wilayah_nama_lokal.csv``, Kepmendagri 300.2.2-2138/2025): "Kecamatan Datuk Tanah Datar" of Kabupaten
Batu Bara was cut to "kecamatan datuk" of Kabupaten Tanah Datar, so Batu Bara's table was read as Tanah Datar's and
took Tanah Datar's Dinas Kesehatan, refusing its own (reviewG, h38)."""

from __future__ import annotations

import pytest

from asn_mutasi.domain.jabatan import normalize_unit_name
from asn_mutasi.domain.unit import unit_regions, unit_without_place

from .test_linking_regions_link2_h35 import _link


@pytest.mark.parametrize(
    ("unit", "local"),
    [
        ("Kecamatan Datuk Tanah Datar", "kecamatan"),  # 12.19.11, Kabupaten Batu Bara
        ("Kecamatan Sangir Batang Hari", "kecamatan"),  # 13.11.05, Kabupaten Solok Selatan
        ("Kecamatan Poso Pesisir Selatan", "kecamatan"),  # 72.02.19, Kabupaten Poso
        ("Desa Negara Tulang Bawang", "desa"),  # 18.03.16.2001, Kabupaten Lampung Utara
        ("Kelurahan Ps. Tebing Tinggi", "desa"),  # 16.11.04.1017, Kabupaten Empat Lawang
    ],
)
def test_an_official_local_name_stays_whole(unit: str, local: str) -> None:
    """It was cut where the other region's name starts, and that region was read as the unit's."""
    key = normalize_unit_name(unit)
    assert unit_regions(unit) == {local: {key}}
    assert unit_without_place(key) == key


def test_a_town_written_after_it_still_closes_it() -> None:
    """The rule of units29 holds past the official name: its own kabupaten written bare after it is cut."""
    unit = "Kecamatan Datuk Tanah Datar Batu Bara"
    assert unit_regions(unit) == {"kecamatan": {"kecamatan datuk tanah datar"}, "daerah": {"kabupaten batu bara"}}
    assert unit_without_place(normalize_unit_name(unit)) == "kecamatan datuk tanah datar"


def test_the_kabupatens_own_dinas_links_to_its_table() -> None:
    """Batu Bara's table with its kecamatan named the official way refused Batu Bara's own Dinas Kesehatan."""
    table = ["Dinas Kesehatan", "Kecamatan Datuk Tanah Datar", "Kecamatan Sei Balai"]
    assert _link("Dinas Kesehatan Kabupaten Batu Bara", table) == "J0"
