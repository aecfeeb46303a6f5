"""A specialist's programme as residency programmes and seeders name it (spell8, h32)."""

from __future__ import annotations

import pytest

from asn_mutasi.matching.education import EducationMatcher

REQUIREMENTS = ("PENYAKIT DALAM", "SARAF", "NEUROLOGI", "ANAK", "MATA", "KEDOKTERAN GIGI ANAK")


@pytest.mark.parametrize(
    ("level", "programme", "required"),
    [
        # a teaching hospital's seeder writes the faculty before the specialty
        ("Sp-1", "Kedokteran Ilmu Penyakit Dalam", "PENYAKIT DALAM"),
        ("Sp-2", "Kedokteran Ilmu Penyakit Dalam", "PENYAKIT DALAM"),
        ("Sp-1", "Kedokteran Ilmu Penyakit Saraf", "NEUROLOGI"),
        ("S-2", "PPDS Ilmu Penyakit Dalam", "PENYAKIT DALAM"),
        ("Sp-1", "Pendidikan Dokter Spesialis Penyakit Dalam", "PENYAKIT DALAM"),
        # the residency programmes' own names (Program Studi Ilmu Penyakit Saraf, Ilmu Kesehatan Anak, ...)
        ("Sp-1", "Ilmu Penyakit Saraf", "SARAF"),
        ("Sp-1", "Ilmu Kesehatan Anak", "ANAK"),
        ("S-2", "Spesialis Ilmu Kesehatan Anak", "ANAK"),
        ("Sp-1", "Ilmu Penyakit Mata", "MATA"),
    ],
)
def test_specialty_read_behind_its_faculty(level: str, programme: str, required: str) -> None:
    matcher = EducationMatcher(REQUIREMENTS)
    assert matcher.fit(level, programme, "Sp-1", required).memenuhi


@pytest.mark.parametrize(
    ("level", "programme", "required"),
    [
        ("Sp-1", "Kedokteran Ilmu Penyakit Dalam", "SARAF"),  # one specialty never meets another
        ("Sp-1", "Kedokteran Gigi Anak", "ANAK"),  # a dental specialty is no paediatrics
        ("S-2", "Kedokteran Ilmu Penyakit Dalam", "PENYAKIT DALAM"),  # no residency named: an S-2 stays an S-2
    ],
)
def test_no_specialty_read_where_none_is_named(level: str, programme: str, required: str) -> None:
    matcher = EducationMatcher(REQUIREMENTS)
    assert not matcher.fit(level, programme, "Sp-1", required).memenuhi
