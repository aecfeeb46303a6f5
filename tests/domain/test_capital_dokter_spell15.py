"""A capital "DR." before a medical specialist's title is the dokter's "dr.", not a doctorate (spell15, h33): "DR.
BUDI, SP.OG" and "DR.BUDI SPOG" (a roster in capitals) read S-3 and, without the dot, no specialist at all. A
specialist is a dokter and capitals cannot tell "Dr." from "dr."."""

from __future__ import annotations

import pytest

from asn_mutasi.domain.gelar import parse_titles
from asn_mutasi.domain.pendidikan import parse_education


@pytest.mark.parametrize(
    ("nama", "level", "hint"),
    [
        ("DR. BUDI, SP.OG", "Sp-1", "OBSTETRI DAN GINEKOLOGI"),
        ("DR.BUDI SPOG", "Sp-1", "OBSTETRI DAN GINEKOLOGI"),
        ("DR. BUDI, SPOG", "Sp-1", "OBSTETRI DAN GINEKOLOGI"),
        ("DR. H. BUDI, SP.PD, M.KES", "Sp-1", "PENYAKIT DALAM"),
        ("DR. BUDI, SP.OG(K)", "Sp-2", "OBSTETRI DAN GINEKOLOGI"),
        ("DR. BUDI SPTHTKL", "Sp-1", "TELINGA HIDUNG TENGGOROK BEDAH KEPALA DAN LEHER"),
    ],
)
def test_a_capital_dr_before_a_specialist_is_the_dokter(nama: str, level: str, hint: str) -> None:
    found = parse_titles(nama)
    assert (found.level, found.programme_hint) == (level, hint)


@pytest.mark.parametrize(
    ("nama", "level"),
    [
        ("Dr. dr. Budi, Sp.OG", "S-3"),  # both written: the doctorate and the dokter
        ("DR. DR. BUDI, SP.OG", "S-3"),  # the last DR is the dokter's, the first the doctorate
        ("Dr. Budi, Sp.OG", "S-3"),  # mixed case tells them apart: the doctorate
        ("PROF. DR. BUDI, SP.OG(K)", "S-3"),  # a professor holds a doctorate
        ("DR. BUDI, SP.KGA", "S-3"),  # a dental specialist is a drg.: DR stays the doctorate
        ("DR. BUDI, M.SI", "S-3"),  # no specialist: the doctorate
        ("DR. BUDI", "S-3"),
    ],
)
def test_the_doctorate_stays_elsewhere(nama: str, level: str) -> None:
    assert parse_titles(nama).level == level


def test_the_titles_read_both_in_dr_dr() -> None:
    assert parse_titles("Dr. dr. Budi, Sp.OG").titles == ("Dr.", "dr.", "Sp.OG")


def test_an_education_from_the_name_alone() -> None:
    read = parse_education(None, None, "DR.BUDI SPOG")
    assert (read.level, read.programme) == ("Sp-1", "OBSTETRI DAN GINEKOLOGI")
