"""Programme names of one programme, round 9 (spell9, h32): D-III Optometri is the new name of D-III Refraksi Optisi
(Kepmenristekdikti 257/M/KPT/2017), "Anafarma" is Analis Farmasi dan Makanan, and Kedokteran Forensik (Sp.F) and
Kedokteran Forensik dan Medikolegal (Sp.FM) are one specialty."""

from __future__ import annotations

import pytest

from asn_mutasi.domain.pendidikan import roster_education
from asn_mutasi.matching.education import EducationMatcher


@pytest.mark.parametrize(
    ("pendidikan", "jurusan", "syarat", "teks", "meets"),
    [
        ("D3", "Optometri", "D-III", "D-III REFRAKSI OPTISI", True),
        ("D-III", "Refraksi Optisi", "D-III", "D-III OPTOMETRI", True),
        ("D-III", "Refraksionis Optisien", "D-III", "D-III OPTOMETRI", True),
        ("D-III", "Refraksi Optisi", "S-1", "S-1 OPTOMETRI", False),  # the optometrist's degree stays its own
        ("D3 Anafarma", "", "D-III", "D-III ANALIS FARMASI DAN MAKANAN", True),
        ("D3", "Anafarma", "D-III", "D-III ANALIS FARMASI DAN MAKANAN", True),
        ("D3", "Analisis Farmasi dan Makanan", "D-III", "D-III ANALIS FARMASI DAN MAKANAN", True),
        ("D3", "Anafarma", "D-III", "D-III FARMASI", False),
        ("Sp-1", "Kedokteran Forensik", "Sp-1", "KEDOKTERAN FORENSIK DAN MEDIKOLEGAL", True),
        ("Sp-1", "Ilmu Kedokteran Forensik dan Medikolegal", "Sp-1", "KEDOKTERAN FORENSIK", True),
        ("Sp-1", "Kedokteran Forensik", "Sp-1", "PATOLOGI ANATOMIK", False),
    ],
)
def test_names_of_one_programme_meet_each_other(
    pendidikan: str, jurusan: str, syarat: str, teks: str, meets: bool
) -> None:
    level, programme = roster_education(pendidikan, jurusan or None)
    fit = EducationMatcher([teks]).fit(level, programme, syarat, teks)
    assert fit.memenuhi is meets, fit.alasan


def test_an_old_specialist_title_meets_the_new_name() -> None:
    fit = EducationMatcher(["Kedokteran Forensik dan Medikolegal"]).fit(
        None, None, "Sp-1", "Kedokteran Forensik dan Medikolegal", nama="dr. Ani, Sp.F"
    )
    assert fit.memenuhi, fit.alasan
