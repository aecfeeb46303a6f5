"""Real roster spellings of education (spell20, h35): "PGTK" and "Rekmed" abbreviations, a sekolah tinggi written
as the programme ("S1 STISIPOL") or by its short name before the programme ("S1 STIE Kupang Manajemen"), and one
renaming in a reason where the cell's own renaming already reaches the requirement's new name."""

from __future__ import annotations

import pytest

from asn_mutasi.domain.pendidikan import parse_education, roster_programme
from asn_mutasi.matching.education import EducationMatcher


@pytest.mark.parametrize(
    ("pendidikan", "jurusan", "post"),
    [
        ("D2 PGTK", None, "D-II PENDIDIKAN GURU TAMAN KANAK-KANAK"),
        ("S1", "PG-TK", "S-1 PENDIDIKAN GURU TAMAN KANAK-KANAK"),
        ("D3 Rekmed", None, "D-III REKAM MEDIS"),
        ("D-III", "REKMED", "D-III PEREKAM MEDIS DAN INFORMASI KESEHATAN"),
    ],
)
def test_abbreviated_programmes_meet_their_posts(pendidikan: str, jurusan: str | None, post: str) -> None:
    level = post.split()[0]
    matcher = EducationMatcher([post, f"{level} PENDIDIKAN GURU SEKOLAH DASAR", f"{level} KEPERAWATAN"])
    assert matcher.fit(pendidikan, jurusan, level, post).memenuhi
    assert not matcher.fit(pendidikan, jurusan, level, f"{level} PENDIDIKAN GURU SEKOLAH DASAR").memenuhi
    assert not matcher.fit(pendidikan, jurusan, level, f"{level} KEPERAWATAN").memenuhi


@pytest.mark.parametrize(
    ("cell", "programme"),
    [
        ("S1 STISIPOL", "ILMU SOSIAL"),
        ("S1 STISIPOL Raja Haji Tanjungpinang", "ILMU SOSIAL"),
        ("S1 STIE Kupang", "EKONOMI"),
        ("S1 Sekolah Tinggi Ilmu Ekonomi Kupang", "EKONOMI"),
        ("S1 STKIP", "PENDIDIKAN"),
        ("S1 IKIP Negeri Padang", "PENDIDIKAN"),
        ("S1 STIH", "HUKUM"),
        # a programme written after the college's short name is the programme, not its faculty
        ("S1 STIE Kupang Manajemen", "MANAJEMEN"),
        ("S1 STKIP PGRI Pendidikan Matematika", "PENDIDIKAN MATEMATIKA"),
        ("S1 STIKES Kesehatan Masyarakat", "KESEHATAN MASYARAKAT"),
        ("S1 STIA LAN Administrasi Negara", "ADMINISTRASI NEGARA"),
        ("S1 Manajemen STIE Kupang", "MANAJEMEN"),
        ("D4 STIS", "STATISTIKA"),
    ],
)
def test_a_college_written_as_the_programme(cell: str, programme: str) -> None:
    parsed = parse_education(cell, None)
    assert (parsed.level, parsed.programme.upper()) == (cell[:2].replace("S1", "S-1").replace("D4", "D-IV"), programme)


def test_a_college_alone_meets_its_faculty_only() -> None:
    """ "S1 STISIPOL" reads like the title S.Sos: the faculty-wide requirement, no single programme of it."""
    posts = ["S-1 ILMU SOSIAL", "S-1 ILMU PEMERINTAHAN", "S-1 EKONOMI", "S-1 AKUNTANSI"]
    matcher = EducationMatcher(posts)
    met = {
        cell: [p for p in posts if matcher.fit(cell, None, "S-1", p).memenuhi] for cell in ("S1 STISIPOL", "S1 STIE")
    }
    assert met == {"S1 STISIPOL": ["S-1 ILMU SOSIAL"], "S1 STIE": ["S-1 EKONOMI"]}


def test_one_renaming_when_both_texts_reach_the_same_name() -> None:
    matcher = EducationMatcher(["S-1 EKONOMI DAN STUDI PEMBANGUNAN"])
    fit = matcher.fit("S1", "EKONOMI & STUDI PEMBANGUNAN", "S-1", "S-1 EKONOMI DAN STUDI PEMBANGUNAN")
    assert fit.memenuhi
    assert fit.alasan.count("setara") == 1, fit.alasan


@pytest.mark.parametrize(
    ("cell", "level", "programme"),
    [
        ("S2 Perencanaan Kota dan Daerah, S2 Urban Managemen and Development", "S-2", "PERENCANAAN KOTA DAN DAERAH"),
        ("S1 Ilmu Hukum dan S1 Pemerintahan", "S-1", "ILMU HUKUM"),
        # one programme written with "dan" or a comma stays one
        ("S1 Teknik Sipil dan Lingkungan", "S-1", "TEKNIK SIPIL DAN LINGKUNGAN"),
        ("S1 Perencanaan Wilayah dan Kota", "S-1", "PERENCANAAN WILAYAH DAN KOTA"),
        ("S-1 EKONOMI, MANAJEMEN", "S-1", "EKONOMI, MANAJEMEN"),
    ],
)
def test_two_degrees_of_one_level_in_one_cell(cell: str, level: str, programme: str) -> None:
    """An inspektorat's staff seeder: two degrees of one level, each written with its level."""
    parsed = parse_education(cell, None)
    assert (parsed.level, parsed.programme.upper()) == (level, programme)


def test_the_roster_programme_of_two_degrees_is_the_one_read() -> None:
    matcher = EducationMatcher(["S-1 ILMU HUKUM", "S-1 EKONOMI"])
    assert roster_programme("S1 Ilmu Hukum dan S1 Pemerintahan", None) == "S1 Ilmu Hukum"
    assert matcher.fit(
        "S-1", roster_programme("S1 Ilmu Hukum dan S1 Pemerintahan", None), "S-1", "S-1 ILMU HUKUM"
    ).memenuhi
    assert not matcher.fit("S-1", "S1 Ilmu Hukum dan S1 Pemerintahan", "S-1", "S-1 EKONOMI").memenuhi


@pytest.mark.parametrize(("cell", "level"), [("D III STIS", "D-III"), ("D-III STIS", "D-III"), ("D-III AIS", "D-III")])
def test_a_statistics_college_at_another_level_keeps_its_programme(cell: str, level: str) -> None:
    """A BPS staff-data normaliser: "D III STIS" and "D-III AIS" (Akademi Ilmu Statistik) are D-III Statistika; the
    D-IV college was cut as a place and no programme was read."""
    parsed = parse_education(cell, None)
    assert (parsed.level, parsed.programme.upper()) == (level, "STATISTIKA")
