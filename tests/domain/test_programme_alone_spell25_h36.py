"""A programme written alone in the level column, no level with it (spell25, h36)."""

from __future__ import annotations

import pytest

from asn_mutasi.domain.pendidikan import parse_education, roster_education
from asn_mutasi.matching.education import EducationMatcher


@pytest.mark.parametrize("cell", ["PGSD", "PGTK", "PJKR"])
def test_a_programme_abbreviation_alone_is_the_programme(cell: str) -> None:
    # "PGSD" alone read no programme, where "GIZI" alone read GIZI
    assert (parse_education(cell, None).level, parse_education(cell, None).programme) == (None, cell)
    assert roster_education(cell, None) == (None, cell)


def test_a_pgsd_teacher_with_her_title_meets_the_pgsd_post() -> None:
    matcher = EducationMatcher(["S-1 PENDIDIKAN GURU SEKOLAH DASAR"])
    level, programme = roster_education("PGSD", None)
    fit = matcher.fit(level or "", programme or "", "S-1", "S-1 PENDIDIKAN GURU SEKOLAH DASAR", nama="ANI, S.Pd")
    assert fit.status == "sesuai"  # was serumpun: the title's PENDIDIKAN only


@pytest.mark.parametrize("cell", ["PGSD", "BIDAN", "GIZI"])
def test_a_programme_taught_at_several_levels_alone_reads_no_level(cell: str) -> None:
    # PGSD: D-II and S-1; Bidan: D-III, D-IV and the profession; Gizi: D-III (AKZI), D-IV and S-1 (SSCASN 2024):
    # no level is guessed; the roster check names the level cell (pendidikan-tidak-dikenal)
    assert parse_education(cell, None).level is None
    assert roster_education(cell, None)[0] is None
    assert roster_education(None, cell)[0] is None
