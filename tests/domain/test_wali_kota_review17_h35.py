"""The Wali Kota by each of its spellings is one post (review17, h35)."""

import pytest

from asn_mutasi.domain.jabatan import held_acting, normalize_position_name


@pytest.mark.parametrize("written", ["Walkot Bandung", "Walikota Bandung", "WALIKOTA BANDUNG", "Pj. Walkot Bandung"])
def test_the_short_and_joined_forms_are_the_wali_kota(written: str) -> None:
    """ "Walkot" (groups19) was read as "walikota", the joined spelling, where the official name of the post (UU
    23/2014, a Keputusan Wali Kota's own lampiran) is "Wali Kota": "Pj. Walkot Bandung" linked no "Pj. Wali Kota
    Bandung" of a position table."""
    assert normalize_position_name(written) == normalize_position_name("Wali Kota Bandung") == "wali kota bandung"
    assert held_acting(written) == written.startswith("Pj.")
    assert normalize_position_name("Wakil Walikota") == normalize_position_name("Wakil Wali Kota")
