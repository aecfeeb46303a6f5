"""Evidence of medical education in capitals without dots and in a master's of clinical medicine (spell11, h32).

"DR.BUDI SPOG": a roster in capitals (where "DR." may be a doctorate) writes the specialist's SpOG without its dot;
"M.Ked(Ped)" is the master's of clinical medicine a university gives its specialist residents. Neither counted as
evidence, so the S-2 specialist was refused a Sp-1 post (spell9's rule). Capitals are read from a closed list of
specialist codes only: "SPD" (S.Pd), "SPT" (S.Pt), "SPSI" (S.Psi), "SPI" (S.Pi) stay first degrees.
"""

from __future__ import annotations

import numpy as np
import pytest

from asn_mutasi.config import Settings
from asn_mutasi.matching.education import EducationMatcher, medical_evidence
from asn_mutasi.matching.scoring import build_context
from tests.matching.test_scoring import AS_OF, emp, frames, pos

POST = "Obstetri dan Ginekologi"


@pytest.mark.parametrize(
    "nama", ["DR.BUDI SPOG", "DR. BUDI, SPOG(K)", "BUDI SANTOSO SPPD", "Budi, M.Ked(Ped)", "BUDI, M.KED (OG)"]
)
def test_a_dotless_specialist_or_clinical_master_is_evidence(nama: str) -> None:
    assert medical_evidence("S-2", POST, nama)
    fit = EducationMatcher([POST]).fit("S-2", POST, "Sp-1", POST, nama=nama)
    assert fit.memenuhi, fit.alasan


@pytest.mark.parametrize(
    "nama", ["DR.BUDI SPD", "BUDI SPT", "BUDI SPSI", "BUDI SPI", "Budi, M.Ked", "Budi, M.Ked.Trop", "BUDI SP"]
)
def test_first_degrees_and_plain_masters_are_no_evidence(nama: str) -> None:
    assert not medical_evidence("S-2", POST, nama)
    assert not EducationMatcher([POST]).fit("S-2", POST, "Sp-1", POST, nama=nama).memenuhi


def test_a_school_in_an_education_cell_is_no_evidence() -> None:
    assert not medical_evidence("SPP", "", "")  # Sekolah Pertanian Pembangunan, not Sp.P


def test_the_plan_reads_the_name_of_a_dotless_specialist() -> None:
    rows = [emp(i) for i in range(3)]
    rows[0].update(pendidikan="S-2", jurusan=POST, nama="DR.BUDI SPOG")
    rows[1].update(pendidikan="S-2", jurusan=POST, nama="ANI SPD")
    r, p = frames(rows, [pos("P1", syarat_pendidikan="Sp-1", syarat_jurusan=POST)])
    ctx = build_context(r, p, settings=Settings(), as_of=AS_OF)
    _, memenuhi, _, _ = ctx.education(ctx.emp_edu[:2], np.zeros(2, dtype=np.int64))
    assert memenuhi.tolist() == [True, False]
