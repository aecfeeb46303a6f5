"""A concentration written inside a programme is no programme of its own (spell18, h34): Kepmenristekdikti
257/M/KPT/2017 names the programmes Manajemen, Akuntansi and Ilmu Hukum, so "S1 Manajemen Keuangan" or "S1 Hukum
Pidana" meets a post asking "S-1 Manajemen" or "S-1 Ilmu Hukum" (one way only); distinct programmes sharing the first
word (Manajemen Informatika, Manajemen Pendidikan, Hukum Ekonomi Syariah) do not. A slash between two programmes
sharing a head word ("Teknik Elektro / Elektronika") reads either programme."""

from __future__ import annotations

import pytest

from asn_mutasi.domain.pendidikan import parse_education
from asn_mutasi.matching.education import EducationMatcher


def _fit(cell: str, requirement: str) -> tuple[bool, str]:
    read = parse_education(cell, None)
    fit = EducationMatcher([requirement]).fit(read.level, read.programme, read.jalur, requirement)
    return fit.memenuhi, fit.alasan


@pytest.mark.parametrize(
    ("cell", "requirement"),
    [
        ("S1 Manajemen Keuangan", "S-1 Manajemen"),
        ("S1 Manajemen Pemasaran", "S-1 Manajemen"),
        ("S1 Akuntansi Sektor Publik", "S-1 Akuntansi"),
        ("S1 Hukum Pidana", "S-1 Ilmu Hukum"),
        ("S1 Hukum Perdata", "S-1 Ilmu Hukum"),
        ("S1 Ilmu Hukum Tata Negara", "S-1 Ilmu Hukum"),
        ("D III Teknik Elektro / Elektronika", "D-III Teknik Elektronika"),
        ("D III Teknik Elektro / Elektronika", "D-III Teknik Elektro"),
    ],
)
def test_a_concentration_meets_its_programme(cell: str, requirement: str) -> None:
    memenuhi, alasan = _fit(cell, requirement)
    assert memenuhi, alasan


@pytest.mark.parametrize(
    ("cell", "requirement"),
    [
        ("S1 Manajemen Informatika", "S-1 Manajemen"),
        ("S1 Manajemen Pendidikan", "S-1 Manajemen"),
        ("S1 Manajemen Dakwah", "S-1 Manajemen"),
        ("S1 Hukum Ekonomi Syariah", "S-1 Ilmu Hukum"),
        ("S1 Hukum Islam", "S-1 Ilmu Hukum"),
        ("S1 Manajemen", "S-1 Manajemen Keuangan"),  # one way: the programme does not hold the concentration
        ("S1 Ilmu Hukum", "S-1 Hukum Pidana"),
        ("D III Teknik Elektro / Elektronika", "D-III Teknik Listrik"),
    ],
)
def test_other_programmes_stay_apart(cell: str, requirement: str) -> None:
    memenuhi, alasan = _fit(cell, requirement)
    assert not memenuhi, alasan
