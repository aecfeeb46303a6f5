"""Unit links left by link5: a short province name opening its longer name ("DKI Jakarta") (link6, h36)."""

from __future__ import annotations

import pytest

from asn_mutasi.domain.jabatan import normalize_unit_name
from asn_mutasi.domain.unit import unit_regions, unit_without_place

from .test_linking_regions_link2_h35 import _link

#: a province written by a short name and the rest of a longer name of it, no "Provinsi": that province
DKI_SAME = [
    ("Dinas Kesehatan DKI Jakarta", ["Dinas Kesehatan"]),
    ("Dinas Kesehatan DKI Jakarta", ["Dinas Kesehatan Provinsi DKI Jakarta"]),
    ("Dinas Kesehatan DKI Jakarta", ["Dinas Kesehatan Provinsi Daerah Khusus Jakarta"]),
    ("Dinas Kesehatan Provinsi DKI Jakarta", ["Dinas Kesehatan DKI Jakarta"]),
]
#: the same, against another province's or a kota's office: two units
DKI_OTHER = [
    ("Dinas Kesehatan DKI Jakarta", ["Dinas Kesehatan Provinsi Jawa Barat"]),
    ("Dinas Kesehatan DKI Jakarta", ["Dinas Kesehatan Kota Bekasi"]),
    ("Dinas Kesehatan Provinsi Jawa Barat", ["Dinas Kesehatan DKI Jakarta"]),
]


@pytest.mark.parametrize(("written", "units"), DKI_SAME)
def test_a_short_province_name_with_the_rest_of_its_name_is_that_province(written: str, units: list[str]) -> None:
    assert _link(written, units) == "J0"


@pytest.mark.parametrize(("written", "units"), DKI_OTHER)
def test_a_short_province_name_with_the_rest_of_its_name_is_no_other(written: str, units: list[str]) -> None:
    assert _link(written, units) is None


def test_the_whole_province_name_is_cut_and_read() -> None:
    assert unit_without_place(normalize_unit_name("Dinas Kesehatan DKI Jakarta")) == "dinas kesehatan"
    assert unit_regions("Dinas Kesehatan DKI Jakarta") == {"provinsi": {"provinsi dki jakarta"}}
