"""A "Kota X" that is no kota of the official list is no region: "Puskesmas Kota Agung" (a kecamatan of Tanggamus),
"Kota Baru", "Kota Waringin Barat", "Dinas Tata Kota dan Pertamanan" (nonasn28, h37)."""

from __future__ import annotations

import pytest

from asn_mutasi.domain.jabatan import normalize_unit_name
from asn_mutasi.domain.unit import own_regions, unit_regions, unit_without_place

from .test_linking_regions_link2_h35 import _link


@pytest.mark.parametrize(
    "unit",
    [
        "Puskesmas Kota Agung",
        "UPTD Puskesmas Kota Baru",
        "SD Negeri 1 Kota Bangun",
        "Dinas Pendidikan Kota Waringin Barat",
        "Dinas Tata Kota dan Pertamanan",
        "Kantor Camat Kota Agung | Seksi Pemerintahan",
    ],
)
def test_a_kota_no_official_kota_is_no_region(unit: str) -> None:
    """Each was read as the region "kota agung" … and its key cut to "puskesmas", "dinas tata"."""
    assert "daerah" not in unit_regions(unit)
    key = normalize_unit_name(unit)
    assert unit_without_place(key) == key


@pytest.mark.parametrize(
    ("unit", "region"),
    [
        ("Dinas Kesehatan Kota Kotamobagu", "kota kotamobagu"),
        ("Dinas Kesehatan Kota Jambi", "kota jambi"),
        ("Dinas Kesehatan Kota Adm. Jakarta Selatan", "kota jakarta selatan"),
        ("Dinas Kesehatan Kota Tanjung Pinang", "kota tanjung pinang"),
        ("Dinas Kesehatan Kota Jaksel", "kota jaksel"),  # a listed kota written short
    ],
)
def test_a_listed_kota_is_still_a_region(unit: str, region: str) -> None:
    assert unit_regions(unit)["daerah"] == {region}
    assert unit_without_place(normalize_unit_name(unit)) == "dinas kesehatan"


def test_a_table_with_a_puskesmas_kota_agung_is_of_no_kota() -> None:
    """The table was read as the government of "Kota Agung": a roster's "Dinas Kesehatan Kota Jambi" was refused as
    another region's unit."""
    assert own_regions(["Dinas Kesehatan", "Puskesmas Kota Agung", "RSUD Kota Agung"]) == {}
    assert _link("Dinas Kesehatan Kota Jambi", ["Dinas Kesehatan", "Puskesmas Kota Agung"]) == "J0"
    assert _link("Dinas Tata Kota dan Pertamanan", ["Dinas Tata Kota dan Pertamanan", "Dinas Tata Ruang"]) == "J0"
