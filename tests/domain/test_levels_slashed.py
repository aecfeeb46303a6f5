"""Two levels joined by "/" in one cell read the lower, whatever their order (spell8, h32)."""

from __future__ import annotations

import pytest

from asn_mutasi.domain.pendidikan import parse_education, parse_level
from asn_mutasi.matching.education import EducationMatcher


@pytest.mark.parametrize(
    ("cell", "level"),
    [
        ("D3/S1", "D-III"),
        ("S1/D3", "D-III"),
        ("S-1/D-III", "D-III"),
        ("SLTA/D-I", "SMA"),
        # one rank: the first, as before
        ("D-IV/S-1", "D-IV"),
        ("S-1/D-IV", "S-1"),
        ("Diploma III/Sarjana Muda", "D-III"),
        ("S-1/A-IV", "S-1"),
    ],
)
def test_slashed_levels_read_the_lower(cell: str, level: str) -> None:
    assert parse_level(cell) == level


def test_employee_cell_reads_the_lower_with_its_programme() -> None:
    parsed = parse_education("S1/D3 Keperawatan", None)
    assert (parsed.level, parsed.programme) == ("D-III", "Keperawatan")


@pytest.mark.parametrize(("jenjang", "syarat"), [("S1/D3", "KEPERAWATAN"), ("", "S-1/D-III KEPERAWATAN")])
def test_requirement_listing_levels_is_met_at_the_lower(jenjang: str, syarat: str) -> None:
    matcher = EducationMatcher([syarat])
    assert matcher.required_level(jenjang, syarat) == "D-III"
    assert matcher.fit("D-III", "Keperawatan", jenjang, syarat).memenuhi
    assert not matcher.fit("SMA", "IPA", jenjang, syarat).memenuhi
