"""Education reading defects of the reviewF review of the edu30 merge (h38)."""

from __future__ import annotations

import pytest

from asn_mutasi.domain.gelar import parse_titles
from asn_mutasi.domain.pendidikan import parse_education


@pytest.mark.parametrize("cell", ["Drs. MA", "Drs., MA", "Dra. MA", "Dra., MA", "Ir. MA", "DRS. MA"])
def test_ma_after_a_front_first_degree_is_ma_as_after_a_back_one(cell: str) -> None:
    """ "Drs. MA" read the madrasah (S-1) where "Drs. M.A." and "S.Pd. MA" read S-2: a first degree written in front
    of a name (Drs., Dra., Ir.) is a first degree too, and a school is never a title after one."""
    dotted = parse_education(cell.replace("MA", "M.A."), None)
    read = parse_education(cell, None)
    assert (read.level, read.programme) == (dotted.level, dotted.programme) == ("S-2", "")


@pytest.mark.parametrize("name", ["Drs. MA Rahman", "Ir. MA Kadir", "Dra. MA Siti", "Drs. H. MA. Sulaiman"])
def test_ma_as_a_name_after_a_front_title_stays_the_name(name: str) -> None:
    """ "MA" opening a name after a front title is the person's initials, no M.A."""
    assert parse_titles(name).level == "S-1"


@pytest.mark.parametrize(
    "cell", ["S.Pd. KEP", "S.Pd. KEB", "S.Pd. AKT", "S.Pd. HI", "S.Pd. SI", "S.Pd. TEK", "M.Pd. KEP"]
)
def test_a_word_abbreviation_after_an_education_title_names_only_an_education_programme(cell: str) -> None:
    """edu30 read "S.Pd. BK" as Bimbingan dan Konseling, and with it "S.Pd. KEP" as KEPERAWATAN (a nurse's programme
    for an education graduate), "S.Pd. AKT" as AKUNTANSI, "S.Pd. HI" as HUBUNGAN INTERNASIONAL."""
    assert parse_education(cell, None).programme in ("", cell.split()[-1])


@pytest.mark.parametrize(
    ("cell", "programme"),
    [
        ("S.Pd. BK", "BIMBINGAN DAN KONSELING"),
        ("S.Pd. TI", "PENDIDIKAN TEKNIK INFORMATIKA"),
        ("S.Pd EKON", "PENDIDIKAN EKONOMI"),
    ],
)
def test_an_education_programme_s_abbreviation_after_an_education_title_is_still_read(
    cell: str, programme: str
) -> None:
    assert parse_education(cell, None).programme == programme
