"""Real roster spellings of education the spell28 campaign (h37) found read apart from their labels."""

from __future__ import annotations

import pytest

from asn_mutasi.domain.pendidikan import parse_education, roster_education


@pytest.mark.parametrize(
    ("cell", "programme"),
    [("SE, MSI", "EKONOMI"), ("S.E., M.Si.", "EKONOMI"), ("S.KM, M.Si", "KESEHATAN MASYARAKAT")],
)
def test_a_broad_masters_keeps_the_first_degrees_reading_whether_programme_or_faculty(
    cell: str, programme: str
) -> None:
    """ "SE, MSI" read S-2 with no programme while "S.KM, M.Si" kept KESEHATAN MASYARAKAT: a master's of a broad field
    names none, and the first degree's reading stays beside it, a faculty ("S.E": EKONOMI) as a programme does."""
    parsed = parse_education(cell, None)
    assert (parsed.level, parsed.programme) == ("S-2", programme)
    assert roster_education(cell, None) == ("S-2", programme)
