"""A college written with its town and no programme reads no programme (spell12, h32): "D3 Politeknik Negeri Kupang"
read the programme NEGERI KUPANG, and a D-III Akuntansi post refused it as a programme not accepted instead of
saying the programme is not recorded."""

from __future__ import annotations

import pytest

from asn_mutasi.domain.pendidikan import parse_education
from asn_mutasi.matching.education import EducationMatcher


@pytest.mark.parametrize(
    ("level", "programme"),
    [
        ("D3 Politeknik Negeri Kupang", None),
        ("D3", "Politeknik Negeri Kupang"),
        ("D-IV Politeknik Pertanian Negeri Kupang", None),
        ("D3 Politeknik Negeri Nusa Utara", None),
    ],
)
def test_a_college_and_its_town_name_no_programme(level: str, programme: str | None) -> None:
    read = parse_education(level, programme)
    assert read.level in {"D-III", "D-IV"}
    assert read.programme == ""


@pytest.mark.parametrize(
    ("cell", "programme"),
    [
        ("D3 Politeknik Negeri Kupang Akuntansi", "AKUNTANSI"),
        ("D3 Akademi Keperawatan Kupang", "KEPERAWATAN"),
        ("D3 Akuntansi Politeknik Negeri Kupang", "AKUNTANSI"),
    ],
)
def test_a_programme_after_or_before_the_college_stays(cell: str, programme: str) -> None:
    assert parse_education(cell, None).programme.upper() == programme


def test_the_matcher_says_the_programme_is_not_recorded() -> None:
    requirement = "D-III Akuntansi"
    read = parse_education("D3 Politeknik Negeri Kupang", None)
    fit = EducationMatcher([requirement]).fit(read.level, read.programme, None, requirement)
    assert not fit.memenuhi
    assert "tidak tercatat" in fit.alasan


def test_an_abbreviated_programme_after_an_academy_is_no_place() -> None:
    requirement = "D-III Teknik Elektromedik"
    read = parse_education("Diploma III/Sarjana Muda", "D-III - AKADEMI Tek. ELEKTOMEDIK")
    fit = EducationMatcher([requirement]).fit(read.level, read.programme, None, requirement)
    assert fit.memenuhi, fit.alasan
