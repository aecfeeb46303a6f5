"""A cell of titles reads its highest degree whatever its dots and commas, in parse_education (the matcher's reader)
and roster_education (the roster's) alike (spell23, h35)."""

from __future__ import annotations

import pytest

from asn_mutasi.domain.gelar import parse_titles
from asn_mutasi.domain.pendidikan import parse_education, roster_education


@pytest.mark.parametrize(
    ("cell", "level"),
    [
        ("SE, M.Si", "S-2"),  # the first degree without dots: read S-1 from "SE", where "S.E., M.Si." read S-2
        ("SE,M.Si", "S-2"),
        ("SE M.Si", "S-2"),
        ("SE. M.Si", "S-2"),  # a dot and a space between the titles, no comma
        ("SH. M.Hum", "S-2"),
        ("S.Pd, MPd", "S-2"),  # the master's without dots
        ("ST. MT", "S-2"),
        ("S.E., M.Si.", "S-2"),
        ("M.Si", "S-2"),
    ],
)
def test_a_title_cell_reads_its_highest_degree_in_both_readers(cell: str, level: str) -> None:
    assert parse_education(cell, None).level == level
    assert roster_education(cell, None)[0] == level
    assert parse_education("S1", cell).level == level  # the titles written in the programme column
    assert roster_education("S1", cell)[0] == level


@pytest.mark.parametrize(("cell", "programme"), [("SH. M.Hum", "HUKUM"), ("S.Pd, MPd", "PENDIDIKAN")])
def test_a_mixed_title_cell_names_its_programme(cell: str, programme: str) -> None:
    assert parse_education(cell, None).programme == programme
    assert roster_education(cell, None)[1] == programme


@pytest.mark.parametrize(("cell", "level", "programme"), [("SI. Hukum", "S-1", "Hukum"), ("SMA. IPA", "SMA", "IPA")])
def test_a_level_and_a_programme_stay_no_titles(cell: str, level: str, programme: str) -> None:
    parsed = parse_education(cell, None)
    assert (parsed.level, parsed.programme) == (level, programme)


@pytest.mark.parametrize(
    ("titles", "level", "programme"),
    [("S.Sos. MM", "S-2", "MANAJEMEN"), ("S.IP. MAP", "S-2", "ADMINISTRASI PUBLIK"), ("S.H. MH", "S-2", "HUKUM")],
)
def test_a_dotted_title_then_an_undotted_one_after_a_space_are_two_titles(
    titles: str, level: str, programme: str
) -> None:
    """ "S.Sos. MM" was read as the one title "S.Sos. MM", S-1, in a name and in a cell alike."""
    evidence = parse_titles(f"Budi, {titles}")
    assert (evidence.level, evidence.programme_hint, len(evidence.titles)) == (level, programme, 2)
    assert roster_education(titles, None) == (level, programme)
    assert parse_education(titles, None).level == level


def test_a_word_that_is_no_title_stays_beside_the_title() -> None:
    assert parse_titles("Budi, S.Pd. SD").level == "S-1"
