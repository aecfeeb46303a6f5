"""A roster's education cell naming alternatives inside a trailing parenthesis (real21, h34)."""

from __future__ import annotations

from asn_mutasi.domain.pendidikan import roster_education
from asn_mutasi.matching.education import SESUAI, EducationMatcher

REQUIREMENTS = ["S-1 AKUNTANSI", "S-1 MANAJEMEN", "S-1 TEKNIK SIPIL", "S-1 TEKNIK MESIN"]


def _fit(cell: str, required: str) -> tuple[str, str]:
    level, programme = roster_education(cell, None)
    fit = EducationMatcher(REQUIREMENTS).fit(level, programme, "S-1", required)
    return fit.status, fit.alasan


def test_each_alternative_in_the_parenthesis_completes_the_head() -> None:
    """ "S1 Teknik (Sipil/Mesin)" was read as Teknik Sipil only: a Teknik Mesin post called it merely serumpun."""
    assert _fit("S1 Teknik (Sipil/Mesin)", "S-1 TEKNIK SIPIL")[0] == SESUAI
    status, why = _fit("S1 Teknik (Sipil/Mesin)", "S-1 TEKNIK MESIN")
    assert status == SESUAI
    assert "dibaca sebagai TEKNIK MESIN" in why


def test_the_reason_names_only_the_reading_it_used() -> None:
    """ "S1 Ekonomi (Akuntansi/Manajemen)" met S-1 Manajemen "(EKONOMI AKUNTANSI setara AKUNTANSI)": a rule of the
    other reading, telling the analyst the match went through Akuntansi."""
    status, why = _fit("S1 Ekonomi (Akuntansi/Manajemen)", "S-1 MANAJEMEN")
    assert status == SESUAI
    assert "dibaca sebagai MANAJEMEN" in why
    assert "AKUNTANSI" not in why
    assert _fit("S1 Ekonomi (Akuntansi/Manajemen)", "S-1 AKUNTANSI")[0] == SESUAI
