"""Real roster spellings of education (spell17, h34): "SD" for Sumber Daya inside a programme, "ILKOM", and a health
school named without MENENGAH ("Sekolah Analis Kesehatan")."""

from __future__ import annotations

import pytest

from asn_mutasi.domain.pendidikan import parse_education
from asn_mutasi.matching.education import EducationMatcher
from asn_mutasi.matching.programme import programme_key


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("S1 Manajemen SD Manusia", "MANAJEMEN SUMBER DAYA MANUSIA"),
        ("Manajemen SD. Manusia", "MANAJEMEN SUMBER DAYA MANUSIA"),
        ("S-1 Pengelolaan SD Air", "PENGELOLAAN SUMBER DAYA AIR"),
        ("Ekonomi SD Alam", "EKONOMI SUMBER DAYA ALAM"),
    ],
)
def test_sd_before_a_resource_is_sumber_daya(text: str, key: str) -> None:
    assert programme_key(text) == key == programme_key(key)


@pytest.mark.parametrize("text", ["S-1 PENDIDIKAN JASMANI SD", "PENDIDIKAN GURU SD", "PGSD"])
def test_sd_of_the_school_level_stays(text: str) -> None:
    """SSCASN's "S-1 PENDIDIKAN JASMANI SD": SD at the end is Sekolah Dasar."""
    assert "SUMBER DAYA" not in programme_key(text)


def test_manajemen_sd_manusia_meets_msdm_posts_only() -> None:
    matcher = EducationMatcher(["S-1 MANAJEMEN SUMBER DAYA MANUSIA", "S-1 PENDIDIKAN GURU SEKOLAH DASAR"])
    for pendidikan, jurusan in (("S1 Manajemen SD Manusia", None), ("S1", "Manajemen SD Manusia"), ("S1", "MSDM")):
        assert matcher.fit(pendidikan, jurusan, "S-1", "S-1 MANAJEMEN SUMBER DAYA MANUSIA").memenuhi
        assert not matcher.fit(pendidikan, jurusan, "S-1", "S-1 PENDIDIKAN GURU SEKOLAH DASAR").memenuhi


def test_ilkom_reads_as_ilmu_komputer_or_ilmu_komunikasi() -> None:
    """ "S1 ILKOM" names Ilmu Komputer in some rosters and Ilmu Komunikasi ("FISIP S1 ILKOM") in others."""
    posts = ["S-1 ILMU KOMPUTER", "S-1 ILMU KOMUNIKASI", "S-1 TEKNIK SIPIL", "S-1 HUKUM"]
    matcher = EducationMatcher(posts)
    for pendidikan, jurusan in (("S1 ILKOM", None), ("S-1", "Ilkom")):
        met = [post for post in posts if matcher.fit(pendidikan, jurusan, "S-1", post).memenuhi]
        assert met == ["S-1 ILMU KOMPUTER", "S-1 ILMU KOMUNIKASI"]
    assert not matcher.fit("D3", "ILKOM", "S-1", "S-1 ILMU KOMPUTER").memenuhi


@pytest.mark.parametrize(
    ("cell", "program"),
    [
        ("Sekolah Analis Kesehatan", "ANALIS KESEHATAN"),
        ("SEKOLAH ANALIS KESEHATAN BANDUNG", "ANALIS KESEHATAN"),
        ("Sekolah Farmasi", "FARMASI"),
    ],
)
def test_health_school_without_menengah_is_an_slta_kejuruan(cell: str, program: str) -> None:
    parsed = parse_education(cell, None)
    assert (parsed.level, parsed.jalur, parsed.programme.upper()) == ("SMA", "kejuruan", program)


def test_sekolah_analis_kesehatan_meets_an_slta_post() -> None:
    matcher = EducationMatcher(["SLTA/SMA SEDERAJAT", "SMK ANALIS KESEHATAN", "D-III ANALIS KESEHATAN"])
    assert matcher.fit("Sekolah Analis Kesehatan", None, "SLTA", "SLTA/SMA SEDERAJAT").memenuhi
    assert matcher.fit("Sekolah Analis Kesehatan", None, "SMK/SLTA Kejuruan", "SMK ANALIS KESEHATAN").memenuhi
    assert not matcher.fit("Sekolah Analis Kesehatan", None, "D-III", "D-III ANALIS KESEHATAN").memenuhi


@pytest.mark.parametrize(
    ("pendidikan", "jurusan", "post"),
    [
        ("S1 Farmasi + Profesi", None, "PROFESI APOTEKER"),
        ("Profesi", "Farmasi", "PROFESI APOTEKER"),
        ("S1 Keperawatan + Profesi", None, "PROFESI NERS"),
        ("Profesi", "Kedokteran", "PROFESI DOKTER"),
    ],
)
def test_first_degree_at_profesi_level_holds_its_profession(pendidikan: str, jurusan: str | None, post: str) -> None:
    """A hospital SIMPEG's "S1 Farmasi + Profesi" (the apothecary's degree and profession) met no Profesi Apoteker
    post; the profession is the one that first degree leads to (profesi_dari rows), and only at Profesi level."""
    posts = ["PROFESI APOTEKER", "PROFESI NERS", "PROFESI DOKTER"]
    matcher = EducationMatcher(posts)
    met = [p for p in posts if matcher.fit(pendidikan, jurusan, "Profesi", p).memenuhi]
    assert met == [post]
    assert not matcher.fit("S1", "Farmasi", "Profesi", "PROFESI APOTEKER").memenuhi


@pytest.mark.parametrize("jurusan", ["IESP", "Ilmu Ekonomi dan Studi Pembangunan", "Ilmu Ekonomi Studi Pembangunan"])
def test_iesp_is_ekonomi_pembangunan(jurusan: str) -> None:
    """ "S1 IESP Universitas Jember": Ilmu Ekonomi dan Studi Pembangunan, the old name of Ekonomi Pembangunan."""
    matcher = EducationMatcher(["S-1 EKONOMI PEMBANGUNAN", "S-1 MANAJEMEN"])
    assert matcher.fit("S1", jurusan, "S-1", "S-1 EKONOMI PEMBANGUNAN").memenuhi
    assert not matcher.fit("S1", jurusan, "S-1", "S-1 MANAJEMEN").memenuhi


def test_sosek_pertanian_is_agribisnis() -> None:
    matcher = EducationMatcher(["S-1 AGRIBISNIS", "S-1 AGROTEKNOLOGI"])
    assert matcher.fit("S1", "Sosek Pertanian", "S-1", "S-1 AGRIBISNIS").memenuhi
    assert not matcher.fit("S1", "Sosek Pertanian", "S-1", "S-1 AGROTEKNOLOGI").memenuhi
