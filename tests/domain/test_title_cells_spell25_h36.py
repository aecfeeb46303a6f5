"""Cells of academic titles as rosters type them (spell25, h36)."""

from __future__ import annotations

import pytest

from asn_mutasi.domain.gelar import parse_titles
from asn_mutasi.domain.pendidikan import parse_education, roster_education


@pytest.mark.parametrize("cell", ["S.Sip", "S.SIP", "S.Sip."])
def test_s_sip_is_the_s_ip_title(cell: str) -> None:
    # read S-1 with no programme: the holder met no Ilmu Pemerintahan post
    assert (parse_education(cell, None).level, parse_education(cell, None).programme) == ("S-1", "ILMU PEMERINTAHAN")
    assert roster_education(cell, None) == ("S-1", "ILMU PEMERINTAHAN")
    assert roster_education("S1", cell) == ("S-1", "ILMU PEMERINTAHAN")
    assert parse_titles(f"ANI, {cell}").programme_hint == "ILMU PEMERINTAHAN"
