"""A "Cabang Dinas … Kecamatan X Kabupaten Y" is the kabupaten's own branch in that kecamatan (Kota Madiun's "SD
Cabang Dinas Kecamatan Kartoharjo" of its Dinas Pendidikan), no province's branch office serving the kabupaten: no
province has a kecamatan (units28, h38)."""

from __future__ import annotations

import pytest

from asn_mutasi.domain.unit import governments, unit_regions

from .test_linking_regions_link2_h35 import _link

BRANCH = "Cabang Dinas Pendidikan Kecamatan Cibinong Kabupaten Bogor"


def test_a_kecamatans_branch_is_the_kabupatens() -> None:
    """It was read as the province's branch serving Kabupaten Bogor, of no government."""
    assert unit_regions(BRANCH)["daerah"] == {"kabupaten bogor"}
    assert governments([BRANCH, "SD Cabang Dinas Kecamatan Kartoharjo Kota Madiun"], 3) == [
        "kabupaten bogor",
        "kota madiun",
    ]


def test_a_kecamatans_branch_is_no_unit_of_a_provinces_table() -> None:
    """It was linked to a province's table, its kabupaten cut as the area a province's branch serves."""
    assert _link(BRANCH, ["Cabang Dinas Pendidikan Kecamatan Cibinong", "Dinas Kesehatan Provinsi Jawa Barat"]) is None
    assert _link(BRANCH, ["Cabang Dinas Pendidikan Kecamatan Cibinong", "Dinas Kesehatan Kabupaten Bogor"]) == "J0"


@pytest.mark.parametrize(
    "unit",
    [
        "Cabang Dinas Pendidikan Wilayah I Kabupaten Bogor",
        "Cabang Dinas Kehutanan Wilayah Kabupaten Malang",
        "Cabang Dinas Pendidikan Provinsi Jawa Timur Wilayah Kabupaten Malang",
        "Kecamatan Cakung | Cabang Dinas Pendidikan Kabupaten Bekasi",
    ],
)
def test_a_provinces_branch_serving_a_kabupaten_still_serves_it(unit: str) -> None:
    assert "daerah" not in unit_regions(unit) and "wilayah" in unit_regions(unit)
