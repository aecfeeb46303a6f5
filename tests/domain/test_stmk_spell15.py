"""STMK is an STM (Sekolah Teknik Menengah) of a Catholic foundation, abbreviated as SDK, SMPK and SLTPK are: an SLTA
kejuruan teknik (spell15, h33). "SLTA Mesin STMK Blitar", a hospital SIMPEG's cell, kept MESIN STMK BLITAR as the
programme and met no SLTA/SMK Teknik Mesin requirement."""

from __future__ import annotations

import pytest

from asn_mutasi.domain.pendidikan import parse_education
from asn_mutasi.matching.education import EducationMatcher


@pytest.mark.parametrize(
    ("cell", "programme"),
    [
        ("SLTA Mesin STMK Blitar", "TEKNIK MESIN"),
        ("STMK Mesin", "TEKNIK MESIN"),
        ("SLTA STMK Listrik", "TEKNIK LISTRIK"),
    ],
)
def test_stmk_is_a_technical_vocational_school(cell: str, programme: str) -> None:
    read = parse_education(cell, None)
    assert (read.level, read.programme, read.jalur, read.bidang) == ("SMA", programme, "kejuruan", "teknik")


def test_stmk_mesin_meets_smk_teknik_mesin() -> None:
    requirement = "SLTA/SMK Teknik Mesin"
    read = parse_education("SLTA", "Mesin STMK Blitar")
    fit = EducationMatcher([requirement]).fit(read.level, read.programme, read.jalur, requirement)
    assert fit.memenuhi, fit.alasan
