"""A superscript digit after a level is a footnote's mark, not a digit of the level (spell10, h32)."""

from __future__ import annotations

import pytest

from asn_mutasi.domain.coded_fields import compatible
from asn_mutasi.domain.pendidikan import parse_level, roster_education, split_level
from asn_mutasi.matching.education import EducationMatcher


@pytest.mark.parametrize(
    ("cell", "level", "programme"),
    [
        ("S-1\u00b9 Hukum", "S-1", "Hukum"),
        ("D3\u00b2 Keperawatan", "D-III", "Keperawatan"),
        ("Sarjana\u00b9 Hukum", "S-1", "Hukum"),
        ("S1\u207e Hukum", "S-1", "Hukum"),
        ("D-IV\u00b3", "D-IV", ""),
        ("SMA\u2074", "SMA", ""),
    ],
)
def test_a_footnote_mark_after_the_level_is_no_digit(cell: str, level: str, programme: str) -> None:
    assert parse_level(cell) == level
    assert split_level(cell) == (level, programme)
    assert roster_education(cell, None)[0] == level


def test_a_footnoted_roster_cell_meets_its_requirement_and_the_other_way_round() -> None:
    assert EducationMatcher(["S-1 HUKUM"]).fit("S-1\u00b9 Hukum", None, None, "S-1 HUKUM").memenuhi
    assert EducationMatcher(["D-III KEPERAWATAN"]).fit("", "D3\u00b2 Keperawatan", None, "D-III KEPERAWATAN").memenuhi
    requirement = "S-1\u00b9 HUKUM"
    assert EducationMatcher([requirement]).fit("S-1", "Hukum", None, requirement).memenuhi


def test_compatible_drops_superscripts_and_keeps_plain_digits() -> None:
    assert compatible("S-1\u00b9 Hukum") == "S-1 Hukum"
    assert compatible("\uff33\uff11 Hukum") == "S1 Hukum"  # fullwidth still read as plain
    assert compatible("S-1 Hukum") == "S-1 Hukum"
