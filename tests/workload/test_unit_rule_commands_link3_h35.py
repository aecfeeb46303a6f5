"""`nilai`, `rencana --kunci` and `terapkan` read a unit as roster linking does: the link2 cases accepted and refused
alike by each (link3, h35). They kept a starts-with rule of their own: "Dinas Kesehatan" was the table's "Dinas
Kesehatan Hewan", "Dinas Kesehatan Kota Bima" its "Dinas Kesehatan Kabupaten Bima"."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from asn_mutasi.api.plan import _pin_posts
from asn_mutasi.config import Settings
from asn_mutasi.domain.jabatan import normalize_unit_name
from asn_mutasi.errors import InputError
from asn_mutasi.matching.candidates import assess_proposals
from asn_mutasi.rollout.apply import same_unit
from asn_mutasi.schema import post_code

from .frames import make_positions, make_roster
from .test_linking_regions_link2_h35 import (
    ITSELF_WITH_PLACE,
    NOT_A_SIBLING,
    OTHER_OFFICE,
    OTHER_REGION,
    PART_BELOW,
    SAME_OFFICE,
    SHORT_REGION,
)

#: (unit as written, the table's units, whether linking reads it as the first of them)
CASES = [
    *[(w, u, False) for w, u in OTHER_REGION + OTHER_OFFICE + PART_BELOW + NOT_A_SIBLING],
    *[(w, u, True) for w, u in SAME_OFFICE + ITSELF_WITH_PLACE + SHORT_REGION],
]
_OTHER = "Badan Pendapatan Daerah"  # a second unit of the code, as the link2 tests' table has


def _table(units: list[str]) -> pd.DataFrame:
    """One code written in each unit (and one more): each a post ``ANALIS | unit``, as the validator makes them."""
    rows = [{"kode_jabatan": post_code("ANALIS", u), "nama_jabatan": "Analis", "unit_kerja": u} for u in units]
    return make_positions(
        [*rows, {"kode_jabatan": post_code("ANALIS", _OTHER), "nama_jabatan": "Analis", "unit_kerja": _OTHER}]
    )


@pytest.mark.parametrize(("written", "units", "linked"), CASES)
def test_kunci_reads_a_pin_unit_as_linking_does(written: str, units: list[str], linked: bool) -> None:
    pins = pd.DataFrame({"nip": ["198506152010011001"], "kode_jabatan": ["ANALIS"], "unit_kerja": [written]})
    try:
        got = _pin_posts(pins, _table(units), "kunci.csv")["kode_jabatan"].iloc[0]
    except InputError:
        got = None
    assert (got == post_code("ANALIS", units[0])) is linked


@pytest.mark.parametrize(("written", "units", "linked"), CASES)
def test_nilai_reads_a_proposal_unit_as_linking_does(written: str, units: list[str], linked: bool) -> None:
    roster = make_roster([{"jabatan": "Analis", "unit_kerja": _OTHER}])
    proposals = pd.DataFrame({"nip": [roster["nip"].iloc[0]], "kode_jabatan": ["ANALIS"], "unit_kerja": [written]})
    out = assess_proposals(proposals, roster, _table(units), settings=Settings(), as_of=date(2025, 1, 1))
    assert (out["kode_jabatan"].iloc[0] == post_code("ANALIS", units[0])) is linked


@pytest.mark.parametrize(("written", "units", "linked"), CASES)
def test_terapkan_reads_a_roster_unit_as_linking_does(written: str, units: list[str], linked: bool) -> None:
    shown = {normalize_unit_name(u): u for u in [*units, _OTHER]}  # the plan's and the table's units, as written
    assert same_unit(normalize_unit_name(written), normalize_unit_name(units[0]), shown) is linked
