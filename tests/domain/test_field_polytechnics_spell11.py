"""A state polytechnic named after its field opens the cell like "Politeknik Negeri" (spell11, h32): "D3 Politeknik
Pertanian Negeri Kupang Agribisnis" read the programme PERTANIAN NEGERI KUPANG AGRIBISNIS, the college's field word
and town kept in it, so no D-III Agribisnis post matched."""

from __future__ import annotations

import pytest

from asn_mutasi.domain.pendidikan import parse_education
from asn_mutasi.matching.education import EducationMatcher


@pytest.mark.parametrize(
    ("cell", "programme"),
    [
        ("D3 Politeknik Pertanian Negeri Kupang Agribisnis", "AGRIBISNIS"),
        ("D3 Politeknik Pertanian Negeri Kupang Jurusan Agribisnis", "AGRIBISNIS"),
        ("D3 Politeknik Pertanian Negeri Payakumbuh Teknologi Hasil Pertanian", "TEKNOLOGI HASIL PERTANIAN"),
        ("D-III Politeknik Pelayaran Surabaya Nautika", "NAUTIKA"),
        ("D-IV Politeknik Ilmu Pelayaran Semarang Teknika", "TEKNIKA"),
        ("D3 Politeknik Pariwisata Bali Perhotelan", "PERHOTELAN"),
        ("D3 Politeknik Elektronika Negeri Surabaya Teknik Elektronika", "TEKNIK ELEKTRONIKA"),
    ],
)
def test_the_programme_after_a_field_polytechnic_and_its_town(cell: str, programme: str) -> None:
    assert parse_education(cell, None).programme.upper() == programme


def test_the_agribisnis_graduate_meets_a_d3_agribisnis_post() -> None:
    requirement = "D-III Agribisnis"
    cell = "D3 Politeknik Pertanian Negeri Kupang Agribisnis"
    read = parse_education(cell, None)
    fit = EducationMatcher([requirement]).fit(read.level, read.programme, None, requirement)
    assert fit.memenuhi, fit.alasan


def test_the_programme_written_before_the_college_stays() -> None:
    assert parse_education("D3 Agribisnis Politeknik Pertanian Negeri Kupang", None).programme.upper() == "AGRIBISNIS"
