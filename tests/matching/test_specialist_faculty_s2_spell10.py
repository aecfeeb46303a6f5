"""At S-2 the faculty before a specialty ("S-2 | Kedokteran Ilmu Penyakit Dalam") is read as the specialty only with a
dokter's or specialist's evidence, and only for a specialty a specialist title names (spell10, h32)."""

from __future__ import annotations

import pytest

from asn_mutasi.matching.education import EducationMatcher

_SP_PD = "Sp-1 Penyakit Dalam"
_SP_A = "SPESIALIS ANAK"
_TROPIS = "S-2 KEDOKTERAN TROPIS"


@pytest.mark.parametrize(
    ("programme", "nama", "requirement"),
    [
        ("Kedokteran Ilmu Penyakit Dalam", "dr. Budi Santoso, Sp.PD", _SP_PD),
        ("Kedokteran Ilmu Penyakit Dalam", "dr. Budi Santoso", _SP_PD),
        ("Kedokteran Ilmu Kesehatan Anak", "dr. Ani Lestari", _SP_A),
        ("Kedokteran Spesialis Penyakit Dalam", "Budi Santoso", _SP_PD),
    ],
)
def test_a_faculty_before_a_specialty_at_s2_with_evidence_is_the_specialty(
    programme: str, nama: str, requirement: str
) -> None:
    fit = EducationMatcher([requirement]).fit("S-2", programme, "", requirement, nama=nama)
    assert fit.memenuhi, fit.alasan


@pytest.mark.parametrize("requirement", [_SP_PD, "S-2 PENYAKIT DALAM"])
def test_without_evidence_the_s2_stays_its_own_programme(requirement: str) -> None:
    fit = EducationMatcher([requirement]).fit("S-2", "Kedokteran Ilmu Penyakit Dalam", "", requirement, nama="Budi")
    assert not fit.memenuhi


@pytest.mark.parametrize("nama", ["Ana Wijaya", "dr. Ana Wijaya, M.Ked.Trop"])
def test_a_magister_kedokteran_tropis_stays_a_masters(nama: str) -> None:
    matcher = EducationMatcher([_TROPIS, "S-2 TROPIS", _SP_PD])
    for programme in ("Kedokteran Tropis", "Magister Kedokteran Tropis"):
        assert matcher.fit("S-2", programme, "", _TROPIS, nama=nama).memenuhi
        assert not matcher.fit("S-2", programme, "", "S-2 TROPIS", nama=nama).memenuhi
        assert not matcher.fit("S-2", programme, "", _SP_PD, nama=nama).memenuhi


def test_a_specialty_named_with_its_faculty_keeps_the_faculty() -> None:
    requirement = "S-2 OLAHRAGA"
    assert (
        not EducationMatcher([requirement]).fit("S-2", "Kedokteran Olahraga", "", requirement, nama="dr. Ana").memenuhi
    )
