"""Short forms of programmes written in roster education cells, each with a public source in
``pendidikan_sumber.csv`` ``ptki_singkatan`` (spell19, h34)."""

import pytest

from asn_mutasi.domain.pendidikan import parse_education
from asn_mutasi.matching.education import EducationMatcher


def _fits(cell: str, requirement: str) -> bool:
    read = parse_education(cell, None)
    return EducationMatcher([requirement]).fit(read.level, read.programme, read.jalur, requirement).memenuhi


@pytest.mark.parametrize(
    ("cell", "requirement"),
    [
        ("S1 HKI", "S-1 Hukum Keluarga Islam"),
        ("S1 HTN", "S-1 Hukum Tata Negara"),
        ("S1 BKI", "S-1 Bimbingan Konseling Islam"),
        ("S1 IAT", "S-1 Ilmu Al-Qur'an dan Tafsir"),
        ("S1 Penjas", "S-1 Pendidikan Jasmani"),
    ],
)
def test_a_short_form_meets_its_programme(cell: str, requirement: str) -> None:
    assert _fits(cell, requirement)


@pytest.mark.parametrize(
    ("cell", "requirement"),
    [
        ("S1 Penjas", "S-1 Pendidikan Agama Islam"),
        ("S1 IAT", "S-1 Hukum Keluarga Islam"),
        ("D3 HKI", "S-1 Hukum Keluarga Islam"),
    ],
)
def test_a_short_form_meets_no_other_programme_or_level(cell: str, requirement: str) -> None:
    assert not _fits(cell, requirement)


@pytest.mark.parametrize(
    ("cell", "requirement"),
    [
        ("D4 STIS", "D-IV Statistika"),
        ("STIS", "D-IV Statistika"),
        ("D-IV Sekolah Tinggi Ilmu Statistik", "D-IV Statistika"),
        ("D3 Akademi Ilmu Statistik", "D-III Statistika"),
        ("DIV Statistika STIS", "D-IV Statistika"),  # the college after the programme
    ],
)
def test_stis_is_statistika(cell: str, requirement: str) -> None:
    assert _fits(cell, requirement)


def test_stis_keeps_the_level_written() -> None:
    read = parse_education("S1 STIS", None)
    assert (read.level, read.programme) == ("S-1", "STATISTIKA")
    assert not _fits("D3 STIS", "D-IV Statistika")
