"""A province's office named "… Provinsi X di Kabupaten Y" serves Kabupaten Y: the kabupaten is the area it serves,
not the government it is of (units29, h38)."""

from __future__ import annotations

from asn_mutasi.domain.unit import governments, own_regions, unit_regions

from .test_linking_regions_link2_h35 import _link

SERVED = "Badan Pendapatan Daerah | UPTD Pelayanan Pajak Provinsi Bali di Kabupaten Badung"
TABLE = ["Dinas Kesehatan", SERVED]


def test_a_kabupaten_after_a_provinces_di_is_the_area_served() -> None:
    """It was read as the unit's own kabupaten: the province's table looked like Kabupaten Badung's."""
    regions = unit_regions(SERVED)
    assert "daerah" not in regions
    assert regions["wilayah"] == {"kabupaten badung"}
    assert own_regions(TABLE) == {"provinsi": "provinsi bali"}
    assert governments([SERVED], 3) == ["provinsi bali"]


def test_a_kabupatens_office_is_no_unit_of_the_provinces_table() -> None:
    """Kabupaten Badung's "Dinas Kesehatan" was linked to the province's."""
    assert _link("Dinas Kesehatan Kabupaten Badung", TABLE) is None
    assert _link("Dinas Kesehatan Provinsi Bali", TABLE) == "J0"


def test_a_kabupaten_in_a_kabupatens_own_unit_is_still_its_government() -> None:
    """A "di" with no province's name before it changes nothing."""
    assert unit_regions("Puskesmas Pembantu di Kabupaten Badung")["daerah"] == {"kabupaten badung"}
