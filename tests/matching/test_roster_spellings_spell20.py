"""Real roster spellings of education (spell20, h35): "PGTK" and "Rekmed" abbreviations, a sekolah tinggi written
as the programme ("S1 STISIPOL") or by its short name before the programme ("S1 STIE Kupang Manajemen"), and one
renaming in a reason where the cell's own renaming already reaches the requirement's new name."""

from __future__ import annotations

from asn_mutasi.matching.education import EducationMatcher


def test_one_renaming_when_both_texts_reach_the_same_name() -> None:
    matcher = EducationMatcher(["S-1 EKONOMI DAN STUDI PEMBANGUNAN"])
    fit = matcher.fit("S1", "EKONOMI & STUDI PEMBANGUNAN", "S-1", "S-1 EKONOMI DAN STUDI PEMBANGUNAN")
    assert fit.memenuhi
    assert fit.alasan.count("setara") == 1, fit.alasan
