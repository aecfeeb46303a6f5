"""An S-2 at a specialist level, and a specialist title beside a master's (spell9, h32).

SIASN ranks Sp-1 with S-2 (tingkat 45 and 47; schema.EDUCATION_RANK), so a Magister Gizi Klinik (M.Gz) met "Dokter
Spesialis Gizi Klinik" (Sp.GK) on the shared rank and programme name. An S-2 now meets a specialist-level requirement
only with evidence of medical education in the same person's data; every other S-2 reading is unchanged.
"""

from __future__ import annotations

import numpy as np
import pytest

from asn_mutasi.config import Settings
from asn_mutasi.domain.gelar import parse_titles
from asn_mutasi.domain.pendidikan import roster_education
from asn_mutasi.matching.education import EducationMatcher
from asn_mutasi.matching.scoring import build_context
from tests.matching.test_scoring import AS_OF, emp, frames, pos

REQUIREMENTS = ["Dokter Spesialis Gizi Klinik", "Gizi Klinik", "Penyakit Dalam", "Kesehatan Masyarakat", "Manajemen"]


@pytest.mark.parametrize(
    ("pendidikan", "jurusan", "nama", "syarat", "teks"),
    [
        ("S2", "Gizi Klinik", "Ani, M.Gz", "Sp-1", "Dokter Spesialis Gizi Klinik"),
        ("S2", "Gizi Klinik", "Ani, M.Gz", "", "Dokter Spesialis Gizi Klinik"),
        ("S-2", "Gizi Klinik", "", "Sp-1", "Gizi Klinik"),
        ("S-2", "Ilmu Penyakit Dalam", "Budi", "Sp-1", "Penyakit Dalam"),
        ("Magister", "Penyakit Dalam", "Dr. Budi", "Sp-1", "Penyakit Dalam"),  # "Dr." is a doctorate
        # SSCASN 2024 files its specialist posts under jenjang S-2: the programme names the level
        ("S2", "Gizi Klinik", "Ani, M.Gz", "S-2", "SPESIALIS GIZI KLINIK"),
        ("S-2", "Ilmu Penyakit Dalam", "Budi", "S-2", "DOKTER SPESIALIS PENYAKIT DALAM"),
    ],
)
def test_a_master_without_medical_education_does_not_meet_a_specialist_level(
    pendidikan: str, jurusan: str, nama: str, syarat: str, teks: str
) -> None:
    fit = EducationMatcher(REQUIREMENTS).fit(pendidikan, jurusan, syarat, teks, nama=nama or None)
    assert not fit.memenuhi and not fit.level_ok
    assert "tanpa pendidikan kedokteran" in fit.alasan


@pytest.mark.parametrize(
    ("pendidikan", "jurusan", "nama"),
    [
        ("S-2", "Ilmu Penyakit Dalam", "dr. Budi"),
        ("S-2", "Ilmu Penyakit Dalam", "Budi, Sp.PD"),
        ("S-2", "Ilmu Penyakit Dalam", "drg. Budi"),
        ("S-2", "PPDS Ilmu Penyakit Dalam", "Budi"),
        ("S2 Spesialis Penyakit Dalam", "", "Budi"),
        ("S-2", "Penyakit Dalam (Profesi Dokter)", "Budi"),
    ],
)
def test_a_master_with_medical_education_meets_a_specialist_level(pendidikan: str, jurusan: str, nama: str) -> None:
    fit = EducationMatcher(REQUIREMENTS).fit(pendidikan, jurusan, "Sp-1", "Penyakit Dalam", nama=nama)
    assert fit.memenuhi, fit.alasan


def test_other_master_readings_are_unchanged() -> None:
    matcher = EducationMatcher(REQUIREMENTS)
    assert matcher.fit("S-2", "Kesehatan Masyarakat", "S-2", "Kesehatan Masyarakat", nama="Ani, M.Kes").memenuhi
    assert matcher.fit("S-2", "Manajemen", "S-1", "Manajemen").memenuhi
    assert matcher.fit("S-2", "Gizi Klinik", "S-2", "Gizi Klinik", nama="Ani, M.Gz").memenuhi


def test_the_plan_reads_the_name_of_a_master_with_a_medical_title() -> None:
    """The plan passes a name only where level or programme is missing; an S-2 row's "dr."/Sp title is the evidence
    the rule needs, so the name of such a row is read too (and no other S-2 row's)."""
    rows = [emp(i) for i in range(4)]
    post = "Penyakit Dalam"
    rows[0].update(pendidikan="S-2", jurusan=post, nama="dr. Budi, Sp.PD")
    rows[1].update(pendidikan="S-2", jurusan=post, nama="Budi Santoso")
    rows[2].update(pendidikan="S-2", jurusan=post, nama="Ani, SPD")  # S.Pd written without dots: no evidence
    r, p = frames(rows, [pos("P1", syarat_pendidikan="Sp-1", syarat_jurusan=post)])
    ctx = build_context(r, p, settings=Settings(), as_of=AS_OF)
    assert "dr. Budi, Sp.PD" in ctx.edu_names
    assert not {"Budi Santoso", "Ani, SPD"} & set(ctx.edu_names)
    _, memenuhi, _, _ = ctx.education(ctx.emp_edu[:3], np.zeros(3, dtype=np.int64))
    assert memenuhi.tolist() == [True, False, False]


@pytest.mark.parametrize(
    ("nama", "level", "hint"),
    [
        ("dr. H. Budi, M.Kes, Sp.S", "Sp-1", "SARAF"),
        ("dr. H. Budi, Sp.S, M.Kes", "Sp-1", "SARAF"),
        ("dr. Ani, MARS, Sp.A", "Sp-1", "ANAK"),
    ],
)
def test_a_specialist_title_beats_a_master_of_equal_rank(nama: str, level: str, hint: str) -> None:
    evidence = parse_titles(nama)
    assert (evidence.level, evidence.programme_hint) == (level, hint)


def test_a_specialist_title_after_a_master_meets_the_specialist_post() -> None:
    fit = EducationMatcher(["Saraf"]).fit(None, None, "Sp-1", "Saraf", nama="dr. H. Budi, M.Kes, Sp.S")
    assert fit.memenuhi and "dibaca sebagai Sp-1" in fit.alasan


@pytest.mark.parametrize(
    ("pendidikan", "jurusan", "level"),
    [("S2", "Sp.PD", "Sp-1"), ("S2", "Sp.PD, M.Kes", "Sp-1"), ("S-2", "M.Kes", "S-2")],
)
def test_a_specialist_title_in_the_programme_cell_is_the_level_as_the_roster_is_prepared(
    pendidikan: str, jurusan: str, level: str
) -> None:
    """The prepared roster keeps the programme a title names (PENYAKIT DALAM) and drops the title: "S2 | Sp.PD" stayed
    S-2 on the tie of ranks, and lost the evidence of the specialist the S-2 rule asks for."""
    read_level, programme = roster_education(pendidikan, jurusan)
    assert read_level == level
    if level == "Sp-1":
        fit = EducationMatcher(["Penyakit Dalam"]).fit(read_level, programme, "Sp-1", "Penyakit Dalam")
        assert fit.memenuhi, fit.alasan


def test_an_sscasn_specialist_post_filed_under_s2_asks_the_specialist_level() -> None:
    matcher = EducationMatcher(["SPESIALIS GIZI KLINIK", "DOKTER SPESIALIS ANAK; S-2 KESEHATAN ANAK"])
    assert matcher.required_level("S-2", "SPESIALIS GIZI KLINIK") == "Sp-1"
    assert matcher.required_level("S-2", "DOKTER SPESIALIS ANAK; S-2 KESEHATAN ANAK") == "S-2"  # a master's listed
    assert matcher.fit("S-2", "Spesialis Gizi Klinik", "S-2", "SPESIALIS GIZI KLINIK").memenuhi
    assert matcher.fit("Sp-1", "Gizi Klinik", "S-2", "SPESIALIS GIZI KLINIK").memenuhi
    assert matcher.fit("S-2", "Gizi Klinik", "S-2", "SPESIALIS GIZI KLINIK", nama="dr. Ani, Sp.GK").memenuhi
