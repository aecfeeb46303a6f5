"""review22 (h36): a cell of titles then words reads the words as the programme only when they are one."""

from __future__ import annotations

import pytest

from asn_mutasi.domain.pendidikan import parse_education, roster_education, titles_then_programme


@pytest.mark.parametrize(
    "cell",
    [
        "Drs. Ahmad Yani",  # the name column's cell in the education column: a front title, then a name
        "Dra. Hj. Siti Aminah",
        "Ir. Joko Widodo",
        # a title, then a region or a unit ("S.E. Kab. Bandung"): the title's level is kept since spell26 (h36),
        # see tests/domain/test_education_spell26_h36.py
    ],
)
def test_a_name_or_a_unit_after_titles_is_no_programme(cell: str) -> None:
    """Each read S-1 with the name as its programme: a level no roster wrote."""
    assert titles_then_programme(cell) is None
    assert roster_education(cell, None) == (None, None)
    assert roster_education(None, cell)[0] is None
    assert parse_education(cell, None).level is None


@pytest.mark.parametrize(
    ("cell", "level", "programme"),
    [
        ("Drs. Ekonomi", "S-1", "Ekonomi"),
        ("Ir. Pertanian", "S-1", "Pertanian"),
        ("S.Sos Antropologi", "S-1", "Antropologi"),
    ],
)
def test_a_programme_after_titles_is_still_read(cell: str, level: str, programme: str) -> None:
    assert titles_then_programme(cell) == (level, programme)
