"""Roster linking, `rencana --kunci`, `nilai` and `terapkan` read a unit by one rule: an office written as its
"Kantor" or with its UPT head, and a table unit naming no region read as of the table's own region (link5, h36).
Before, the commands read "Kantor Camat X" as no unit the roster linked to "Kecamatan X", and linking read "Dinas
Sosial Provinsi NTT" as the "Dinas Sosial" of a table of NTB's units."""

from __future__ import annotations

import pytest

from . import test_unit_rule_commands_link3_h35 as link3
from .test_linking_regions_link2_h35 import _link

_NTB = "Sekretariat Daerah Provinsi Nusa Tenggara Barat"

#: (unit as written, the table's units, whether it is the first of them)
CASES = [
    ("Kantor Camat Sukamaju", ["Kecamatan Sukamaju"], True),
    ("Kecamatan Sukamaju", ["Kantor Camat Sukamaju"], True),
    ("Puskesmas Cikalong", ["UPTD Puskesmas Cikalong"], True),
    ("Dinas Sosial Provinsi NTB", ["Dinas Sosial", _NTB], True),
    ("Dinas Sosial Kabupaten Bima", ["Dinas Sosial", "RSUD Kabupaten Bima"], True),
    # two real units kept apart
    ("Dinas Sosial Prov. NTT", ["Dinas Sosial", _NTB], False),
    ("Dinas Sosial Kota Bima", ["Dinas Sosial", "RSUD Kabupaten Bima"], False),
    ("Kantor Camat Sukamaju", ["Kecamatan Sukasari"], False),
    ("Kantor Camat Sukamaju Kabupaten Garut", ["Kecamatan Sukamaju Kabupaten Bandung"], False),
]


@pytest.mark.parametrize(("written", "units", "linked"), CASES)
def test_linking_reads_the_unit(written: str, units: list[str], linked: bool) -> None:
    assert (_link(written, units) == "J0") is linked


@pytest.mark.parametrize(("written", "units", "linked"), CASES)
def test_the_commands_read_it_as_linking_does(written: str, units: list[str], linked: bool) -> None:
    link3.test_kunci_reads_a_pin_unit_as_linking_does(written, units, linked)
    link3.test_nilai_reads_a_proposal_unit_as_linking_does(written, units, linked)
    link3.test_terapkan_reads_a_roster_unit_as_linking_does(written, units, linked)
