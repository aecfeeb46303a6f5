"""The programmes of the fisheries, agriculture, shipping, tourism and health polytechnics after the college's name
(spell12, h32): "D3 Politeknik Perikanan Negeri Tual Budidaya Perikanan" read the programme PERIKANAN, BUDIDAYA
PERIKANAN being no name the PDDikti list (``pendidikan_prodi.csv``) held, so no D-III Budidaya Perikanan post
matched."""

from __future__ import annotations

import pytest

from asn_mutasi.domain.pendidikan import parse_education
from asn_mutasi.matching.education import EducationMatcher


@pytest.mark.parametrize(
    ("cell", "programme"),
    [
        ("D3 Politeknik Perikanan Negeri Tual Budidaya Perikanan", "BUDIDAYA PERIKANAN"),
        ("D3 Politeknik Kelautan dan Perikanan Sorong Perikanan Tangkap", "PERIKANAN TANGKAP"),
        (
            "D4 Politeknik Kelautan dan Perikanan Kupang Teknologi Pengolahan Hasil Perikanan",
            "TEKNOLOGI PENGOLAHAN HASIL PERIKANAN",
        ),
        ("D3 Politeknik Pertanian Negeri Kupang Manajemen Pertanian Lahan Kering", "MANAJEMEN PERTANIAN LAHAN KERING"),
        ("D4 Politeknik Pembangunan Pertanian Malang Penyuluhan Pertanian", "PENYULUHAN PERTANIAN"),
        ("D3 Politeknik Pertanian Negeri Payakumbuh Produksi Tanaman Hortikultura", "PRODUKSI TANAMAN HORTIKULTURA"),
        ("D3 Politeknik Perkapalan Negeri Surabaya Teknik Bangunan Kapal", "TEKNIK BANGUNAN KAPAL"),
        ("D4 Politeknik Pariwisata Bali Manajemen Perhotelan", "MANAJEMEN PERHOTELAN"),
        ("D4 Politeknik Pariwisata Makassar Destinasi Pariwisata", "DESTINASI PARIWISATA"),
        ("D3 Politeknik Kesehatan Surakarta Ortotik Prostetik", "ORTOTIK PROSTETIK"),
    ],
)
def test_the_polytechnic_programme_after_the_college_and_its_town(cell: str, programme: str) -> None:
    assert parse_education(cell, None).programme.upper() == programme


def test_the_budidaya_perikanan_graduate_meets_a_d3_budidaya_perikanan_post() -> None:
    requirement = "D-III Budidaya Perikanan"
    read = parse_education("D3 Politeknik Perikanan Negeri Tual Budidaya Perikanan", None)
    fit = EducationMatcher([requirement]).fit(read.level, read.programme, None, requirement)
    assert fit.memenuhi, fit.alasan
