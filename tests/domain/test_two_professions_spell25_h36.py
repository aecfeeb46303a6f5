"""Two professions written with "/" in one education cell (spell25, h36): a KeyError stopped the roster check."""

from __future__ import annotations

import pytest

from asn_mutasi.domain.pendidikan import parse_education, parse_level, roster_education


@pytest.mark.parametrize(
    "cell", ["APOTEKER / NERS", "DOKTER UMUM/NERS", "DOKTER GIGI / APOTEKER", "APOTEKER/PROFESI NERS"]
)
def test_two_professions_read_the_profession(cell: str) -> None:
    assert parse_level(cell) == "Profesi"
    assert parse_education(cell, None).level == "Profesi"
    assert roster_education(cell, None)[0] == "Profesi"
    assert roster_education(None, cell)[0] == "Profesi"
