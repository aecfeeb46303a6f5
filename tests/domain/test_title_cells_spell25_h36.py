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


@pytest.mark.parametrize(
    ("cell", "level", "programme"),
    [
        ("S,Sos", "S-1", "ILMU SOSIAL"),
        ("S,SOS", "S-1", "ILMU SOSIAL"),
        ("S,H", "S-1", "HUKUM"),
        ("S,Pd", "S-1", "PENDIDIKAN"),
    ],
)
def test_a_comma_typed_for_the_dot_of_a_title_cell(cell: str, level: str, programme: str) -> None:
    # the whole cell read no level and no programme
    parsed = parse_education(cell, None)
    assert (parsed.level, parsed.programme) == (level, programme)
    assert roster_education(cell, None) == (level, programme)
    assert parse_education(None, cell).level == level
    assert roster_education("S1", cell) == (level, programme)


@pytest.mark.parametrize("cell", ["D,III", "S,1", "SD,SMP"])
def test_a_comma_between_level_words_is_no_title(cell: str) -> None:
    assert parse_education(cell, None).programme == ""
