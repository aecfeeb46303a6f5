"""Education cells as real rosters write them, read by parse_education and roster_education alike (spell24, h36)."""

from __future__ import annotations

import pytest

from asn_mutasi.domain.pendidikan import parse_education, roster_education


@pytest.mark.parametrize("cell", ["ASISTEN APOTEKER", "Asisten Apoteker"])
def test_an_assistant_pharmacist_is_the_slta_school_not_the_profession(cell: str) -> None:
    # the APOTEKER in it read the profession, a level above every S-1 requirement
    parsed = parse_education(cell, None)
    assert (parsed.level, parsed.programme, parsed.jalur) == ("SMA", "FARMASI", "kejuruan")
    assert roster_education(cell, None)[0] == "SMA"


def test_an_assistant_pharmacist_after_a_diploma_stays_its_programme() -> None:
    assert parse_education("D3 ASISTEN APOTEKER", None).level == "D-III"
    assert parse_education("D3", "ASISTEN APOTEKER").level == "D-III"
    assert parse_education("APOTEKER", None).level == "Profesi"
