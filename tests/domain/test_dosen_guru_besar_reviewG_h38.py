"""A guru besar (profesor) is a dosen: "Dosen Guru Besar" retires at the guru besar's 70 (UU 14/2005 Pasal 67 ayat 5)
as "Guru Besar" does, not a dosen's 65, and "Guru Besar", "Profesor" and "Lektor Kepala" are the JF Dosen that
groups29 added, not the JF Guru ("Guru Besar" was read as a school's guru by its first word) nor no JF (reviewG,
h38)."""

from __future__ import annotations

import pytest

from asn_mutasi.config import Rules
from asn_mutasi.domain.jabatan import retirement_age
from asn_mutasi.domain.rumpun import classify_position

RULES = Rules()


@pytest.mark.parametrize("post", ["Dosen Guru Besar", "DOSEN PROFESOR", "Guru Besar", "Profesor"])
def test_a_dosen_guru_besar_retires_at_the_guru_besar_age(post: str) -> None:
    assert retirement_age(None, post, RULES) == RULES.bup_guru_besar


@pytest.mark.parametrize("post", ["Dosen Lektor Kepala", "Dosen Asisten Ahli", "Dosen"])
def test_other_dosen_keep_the_dosen_age(post: str) -> None:
    assert retirement_age(None, post, RULES) == RULES.bup_dosen


@pytest.mark.parametrize("post", ["Guru Besar", "Profesor", "Lektor Kepala", "Lektor", "Dosen Guru Besar"])
def test_a_dosen_rank_is_the_jf_dosen(post: str) -> None:
    assert classify_position(post).jf == "dosen"


def test_a_guru_stays_a_guru() -> None:
    assert classify_position("Guru Ahli Madya").jf == "guru"
    assert retirement_age(None, "Guru Ahli Madya", RULES) == 60
