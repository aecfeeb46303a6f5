"""A table's own region is read by level, as a unit's own is: a province's table's region-less unit is no unit of a
kabupaten or kota, a kota's table's region-less unit is no province's unit (review23, h36). Before, a roster's
"Dinas Kesehatan Kabupaten Sanggau" was read as the "Dinas Kesehatan" of Kalimantan Barat's own table."""

from __future__ import annotations

import pytest

from asn_mutasi.domain.jabatan import normalize_unit_name
from asn_mutasi.domain.unit import unit_among

from .test_linking_regions_link2_h35 import _link

_KALBAR = "Badan Kepegawaian Daerah Provinsi Kalimantan Barat"
_MALANG = "Badan Kepegawaian Daerah Kota Malang"

#: (unit as written, the table's units, whether it is the first of them)
CASES = [
    ("Dinas Kesehatan Kabupaten Sanggau", ["Dinas Kesehatan", _KALBAR], False),
    ("Dinas Kesehatan Kota Pontianak", ["Dinas Kesehatan", _KALBAR], False),
    ("Dinas Pendidikan Provinsi Jawa Timur", ["Dinas Pendidikan", _MALANG], False),
    # the table's own government, and a unit naming both levels, still read
    ("Dinas Kesehatan Provinsi Kalimantan Barat", ["Dinas Kesehatan", _KALBAR], True),
    ("Dinas Pendidikan Kota Malang", ["Dinas Pendidikan", _MALANG], True),
    ("Dinas Kesehatan Kabupaten Bima Provinsi NTB", ["Dinas Kesehatan", "RSUD Kabupaten Bima Provinsi NTB"], True),
]


@pytest.mark.parametrize(("written", "units", "linked"), CASES)
def test_linking_reads_the_tables_own_government(written: str, units: list[str], linked: bool) -> None:
    assert (_link(written, units) == "J0") is linked


@pytest.mark.parametrize(("written", "units", "linked"), CASES)
def test_unit_among_reads_it_alike(written: str, units: list[str], linked: bool) -> None:
    shown = {normalize_unit_name(u): u for u in units}
    got = unit_among(normalize_unit_name(written), list(shown), shown)
    assert (got == normalize_unit_name(units[0])) is linked
