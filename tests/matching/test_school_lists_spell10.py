"""School types listed with "/" are alternatives (spell10, h32; found by review8).

"SMA/SMK", "SLTA/SMK", "SMA/SMK/MA Sederajat": any listed school meets the requirement, in every order; "SMK" alone
still asks an SLTA kejuruan. A roster's "SMA/SMK" (an application's level option) names the level, no track.
"""

from __future__ import annotations

import itertools

import pytest

from asn_mutasi.domain.pendidikan import JALUR_KEJURUAN, lexicon_entry, parse_education
from asn_mutasi.matching.education import EducationMatcher
from asn_mutasi.matching.programme import split_requirements

_HOLDERS = (("SMA", "IPA"), ("MA", "IPS"), ("SMK", "AKUNTANSI"), ("STM", "MESIN"), ("SLTA", ""), ("PAKET C", ""))


def _orders(*words: str) -> list[str]:
    return ["/".join(order) for order in itertools.permutations(words)]


@pytest.mark.parametrize(
    "requirement",
    [
        *_orders("SMA", "SMK"),
        *_orders("SLTA", "SMK"),
        *_orders("SMA", "SMK", "MA"),
        *_orders("SMA", "STM"),
        "SMA/SMK Sederajat",
        "SMA/SMK/MA Sederajat",
        "SLTA/SMK Sederajat",
        "SMA / SMK",
        "SMA SEDERAJAT/SMK",
        "SMU/SMK",
    ],
)
def test_a_list_of_general_and_vocational_schools_accepts_any_slta(requirement: str) -> None:
    matcher = EducationMatcher([requirement])
    for level, programme in _HOLDERS:
        fit = matcher.fit(level, programme, None, requirement)
        assert fit.memenuhi, (requirement, level, fit.alasan)


@pytest.mark.parametrize("requirement", ["SMK", "SLTA KEJURUAN", "SMK/MAK", "MAK/SMK", "SMK/SLTA Kejuruan"])
def test_vocational_schools_alone_still_ask_an_slta_kejuruan(requirement: str) -> None:
    matcher = EducationMatcher([requirement])
    assert matcher.fit("SMK", "AKUNTANSI", None, requirement).memenuhi
    refused = matcher.fit("SMA", "IPA", None, requirement)
    assert not refused.memenuhi and "kejuruan" in refused.alasan


@pytest.mark.parametrize("requirement", _orders("STM", "SMEA"))
def test_a_list_of_vocational_schools_accepts_any_of_their_fields(requirement: str) -> None:
    matcher = EducationMatcher([requirement])
    assert matcher.fit("STM", "MESIN", None, requirement).memenuhi
    assert matcher.fit("SMEA", "AKUNTANSI", None, requirement).memenuhi
    assert not matcher.fit("SMA", "IPA", None, requirement).memenuhi


@pytest.mark.parametrize("cell", ["SMA/SMK", "SMK/SMA", "SLTA/SMK", "SMA/SMK Sederajat", "SMA/MA/SMK"])
def test_a_roster_list_of_schools_names_the_level_without_a_track(cell: str) -> None:
    entry = lexicon_entry(cell)
    assert entry is not None and entry.tingkat == "SMA" and entry.jalur is None
    read = parse_education(cell, None)
    assert read.level == "SMA" and read.jalur != JALUR_KEJURUAN
    # no track is known, so no requirement of an SLTA kejuruan is met by the list alone
    assert not EducationMatcher(["SMK"]).fit(cell, "", None, "SMK").memenuhi


def test_one_track_lists_keep_their_track() -> None:
    assert lexicon_entry("SMA/MA").jalur == "umum"
    assert lexicon_entry("SMK/MAK").jalur == JALUR_KEJURUAN
    stm_smea = lexicon_entry("STM/SMEA")
    assert stm_smea.jalur == JALUR_KEJURUAN and stm_smea.bidang is None
    # a second school word without "/" still names the field: the more specific decides
    assert (
        lexicon_entry("SMK SEKOLAH PELAYARAN MENENGAH ATAS").bidang
        == lexicon_entry("SEKOLAH PELAYARAN MENENGAH ATAS").bidang
    )


@pytest.mark.parametrize(
    ("requirement", "holder", "needed"),
    [
        ("SMA ATAU SMK", ("SMA", "IPA"), "SMA"),
        ("SMA atau SMK", ("SMK", "AKUNTANSI"), "SMA"),
        ("SMA atau sederajat", ("MA", "IPS"), "SMA"),
        ("SLTA ATAU SEDERAJAT", ("SMK", "AKUNTANSI"), "SMA"),
        ("S-1 ATAU D-IV AKUNTANSI", ("D-IV", "AKUNTANSI"), "S-1"),
        ("D-III ATAU S-1 KEPERAWATAN", ("D-III", "KEPERAWATAN"), "D-III"),
    ],
)
def test_levels_joined_by_atau_are_a_list_of_levels(requirement: str, holder: tuple[str, str], needed: str) -> None:
    matcher = EducationMatcher([requirement])
    assert matcher.required_level("", requirement) == needed
    fit = matcher.fit(holder[0], holder[1], None, requirement)
    assert fit.memenuhi, fit.alasan


def test_a_programme_after_levels_joined_by_atau_is_still_asked() -> None:
    requirement = "S-1 ATAU D-IV AKUNTANSI"
    assert not EducationMatcher([requirement]).fit("D-IV", "HUKUM", None, requirement).memenuhi
    # "ATAU" between programmes is untouched: each alternative keeps its level
    assert split_requirements("S-1 HUKUM ATAU S-1 EKONOMI") == ["S-1 HUKUM", "S-1 EKONOMI"]
