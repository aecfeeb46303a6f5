"""A unit key cut of its places keeps no "di" that opened them: "… Provinsi Bali di Kabupaten Badung" was keyed
"… pelayanan pajak di", and a roster writing the unit without its places did not find it (units29, h38)."""

from __future__ import annotations

from asn_mutasi.domain.jabatan import normalize_unit_name
from asn_mutasi.domain.unit import unit_without_place

from .test_linking_regions_link2_h35 import _link

SERVED = "Badan Pendapatan Daerah | UPTD Pelayanan Pajak Provinsi Bali di Kabupaten Badung"


def test_the_key_keeps_no_dangling_di() -> None:
    """ "… pelayanan pajak di" was the key once both places were cut."""
    assert unit_without_place(normalize_unit_name(SERVED)).split()[-2:] == ["pelayanan", "pajak"]
    assert unit_without_place("dinas sosial di kabupaten badung") == "dinas sosial"
    assert unit_without_place("kantor penghubung di kota") == "kantor penghubung di kota"


def test_a_served_unit_written_with_its_places_links() -> None:
    """A roster's unit written with its places is the table's unit written without them."""
    table = ["Badan Pendapatan Daerah | UPTD Pelayanan Pajak", "Dinas Kesehatan Provinsi Bali"]
    assert _link(SERVED, table) == "J0"
