"""School words after "/" are further schools of the list, not a programme (spell11, h32; left by spell10).

"SMK/SPK" read as "SMK, programme SPK": the level regex knew SMK but not SPK, so the "/SPK" stayed behind as the
programme and an STM holder was refused. Every upper-secondary school spelling of the lexicon now counts after "/".
"""

from __future__ import annotations

import pytest

from asn_mutasi.domain.pendidikan import split_level
from asn_mutasi.matching.education import EducationMatcher
from asn_mutasi.matching.programme import split_requirements


@pytest.mark.parametrize("requirement", ["SMK/SPK", "SMK / SPK", "SMK/SPMA", "SMK/SMF", "SMK/SPK/SMF", "SMK/SUPM"])
def test_a_list_of_smk_and_specialised_schools_accepts_any_smk(requirement: str) -> None:
    assert split_requirements(requirement) == [requirement]
    assert split_level(requirement) == ("SMA", "")
    fit = EducationMatcher([requirement]).fit("STM", "MESIN", None, requirement)
    assert fit.memenuhi, fit.alasan


def test_a_programme_after_the_school_list_is_still_asked() -> None:
    requirement = "SMK/SPK Keperawatan"
    assert split_level(requirement) == ("SMA", "Keperawatan")
    matcher = EducationMatcher([requirement])
    assert matcher.fit("SPK", "", None, requirement).memenuhi
    assert not matcher.fit("STM", "MESIN", None, requirement).memenuhi


def test_a_programme_after_a_slash_is_not_a_school() -> None:
    # "SMK/Keperawatan" names a programme, and a degree level before "/SPK" is no school list
    assert split_level("SMK/Keperawatan") == ("SMA", "/Keperawatan")
    assert split_level("D3/SPK")[0] == "D-III"
