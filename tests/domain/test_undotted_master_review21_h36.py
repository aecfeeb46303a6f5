"""A master's title written without its dot beside a dotted title reads as that master's degree, not as the
madrasah whose letters it shares; a madrasah written as schools are (in capitals) stays a school (review21, h36)."""

from __future__ import annotations

import pytest

from asn_mutasi.domain.pendidikan import parse_education, roster_education


@pytest.mark.parametrize(
    ("cell", "level", "programme"),
    [
        ("S.E, MAk", "S-2", "AKUNTANSI"),  # was SMA: "MAk" read as MAK, the madrasah aliyah kejuruan
        ("S.E MAk", "S-2", "AKUNTANSI"),
        ("S.Ag, MAg", "S-2", "AGAMA"),
        ("S.E, ME", "S-2", "EKONOMI"),
        ("S.Kep, MKep", "S-2", "KEPERAWATAN"),
        ("S.Pd.I, MPdI", "S-2", "PENDIDIKAN AGAMA ISLAM"),
    ],
)
def test_an_undotted_master_beside_a_dotted_title_is_the_master(cell: str, level: str, programme: str) -> None:
    for read in (parse_education(cell, None), parse_education("S1", cell)):
        assert (read.level, read.programme) == (level, programme)
    assert roster_education(cell, None)[0] == level


# "S.Pd, MA" and "Lc, MA" left this list (edu30, h38): MA after a first degree is M.A., Master of Arts, as real names
# write it ("Rahmawati Nusi, S.Pd, MA", "Ansar, S.Ag., MA"); MA before a stream stays the madrasah ("S.Pd. MA IPA")
@pytest.mark.parametrize("cell", ["S.Pd MAN", "S.Pd.I MI", "S.Pd.I MTs", "S.Pd. MA IPA"])
def test_a_madrasah_beside_a_title_is_no_master(cell: str) -> None:
    """MAN, MI, MTs written as schools are: "S.Pd MAN" read S-2 Administrasi Negara once the dot was guessed."""
    assert parse_education(cell, None).level != "S-2"
