"""Real roster spellings of education (spell20, h35): "PGTK" and "Rekmed" abbreviations, a sekolah tinggi written
as the programme ("S1 STISIPOL") or by its short name before the programme ("S1 STIE Kupang Manajemen"), and one
renaming in a reason where the cell's own renaming already reaches the requirement's new name."""

from __future__ import annotations

import pytest

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


def test_one_renaming_when_both_texts_reach_the_same_name() -> None:
    matcher = EducationMatcher(["S-1 EKONOMI DAN STUDI PEMBANGUNAN"])
    fit = matcher.fit("S1", "EKONOMI & STUDI PEMBANGUNAN", "S-1", "S-1 EKONOMI DAN STUDI PEMBANGUNAN")
    assert fit.memenuhi
    assert fit.alasan.count("setara") == 1, fit.alasan
