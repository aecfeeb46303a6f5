"""The programme after a college that opens an education cell (spell9, h32).

"D3 Politeknik Negeri Kupang Akuntansi" read the programme NEGERI KUPANG AKUNTANSI: POLITEKNIK was read as the level
and the rest of the college's name and its town stayed in the programme, so no D-III Akuntansi post took it.
"""

from __future__ import annotations

import pytest

from asn_mutasi.domain import pendidikan
from asn_mutasi.domain.pendidikan import parse_education
from asn_mutasi.matching.education import EducationMatcher


@pytest.mark.parametrize(
    ("pendidikan", "jurusan", "programme"),
    [
        ("D3 Politeknik Negeri Kupang Akuntansi", None, "AKUNTANSI"),
        ("D3", "Politeknik Negeri Kupang Akuntansi", "AKUNTANSI"),
        ("D3 Akademi Keperawatan Kupang Keperawatan", None, "KEPERAWATAN"),
        ("S1 Sekolah Tinggi Ilmu Ekonomi Kupang Manajemen", None, "MANAJEMEN"),
        ("S1 Sekolah Tinggi Ilmu Kesehatan Nusantara Keperawatan", None, "KEPERAWATAN"),
    ],
)
def test_the_programme_after_the_college_and_its_town_is_read(
    pendidikan: str, jurusan: str | None, programme: str
) -> None:
    assert parse_education(pendidikan, jurusan).programme.upper() == programme


@pytest.mark.parametrize(
    ("pendidikan", "programme"),
    [
        ("D3 Akademi Keperawatan", "KEPERAWATAN"),  # the academy's own programme
        ("D III Akademi Kebidanan Kupang", "KEBIDANAN"),
        ("D3 Politeknik Kesehatan Kupang Gizi", "GIZI"),
        ("D3 Teknik Sipil Politeknik Negeri Kupang", "TEKNIK SIPIL"),  # the programme before the college stays
    ],
)
def test_other_college_cells_are_read_as_before(pendidikan: str, programme: str) -> None:
    assert parse_education(pendidikan, None).programme.upper() == programme


def test_only_a_college_that_opens_the_cell_has_a_tail() -> None:
    assert pendidikan.after_college_head("D3 Politeknik Negeri Kupang Akuntansi") == "KUPANG AKUNTANSI"
    assert pendidikan.after_college_head("D3 Akuntansi Politeknik Negeri Kupang") == ""


def test_a_long_college_cell_is_read_in_linear_time() -> None:
    cell = "D3 Politeknik Negeri " + "Kupang " * 20_000 + "Akuntansi"
    assert parse_education(cell, None).programme.upper() == "AKUNTANSI"


@pytest.mark.parametrize(
    ("pendidikan", "jurusan", "syarat", "meets"),
    [
        ("D3 Politeknik Negeri Kupang Akuntansi", "", "Akuntansi", True),
        ("D3 Politeknik Negeri Kupang Teknik Sipil", "", "Teknik Sipil", True),  # a programme the post names
        ("D3", "Politeknik Negeri Kupang Teknik Sipil", "Teknik Sipil", True),
        ("D3 Politeknik Negeri Kupang Teknik Sipil", "", "Teknik Mesin", False),
        ("D3 Politeknik Negeri Kupang", "", "Teknik Sipil", False),
    ],
)
def test_a_college_cell_meets_the_post_of_its_programme(
    pendidikan: str, jurusan: str, syarat: str, meets: bool
) -> None:
    fit = EducationMatcher(["Teknik Sipil", "Akuntansi", "Teknik Mesin"]).fit(pendidikan, jurusan, "D-III", syarat)
    assert fit.memenuhi is meets, fit.alasan
