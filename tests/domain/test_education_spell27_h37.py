"""Real roster spellings of titles and education (spell27, h37): one rule for a master's title written without the
dot after its M, the notary's M.Kn, a school after a title, a programme after a dotted title."""

from __future__ import annotations

import pytest

from asn_mutasi.domain.gelar import parse_titles, undotted_master
from asn_mutasi.domain.pendidikan import parse_education, roster_education


@pytest.mark.parametrize(
    ("word", "dotted"),
    [
        ("MKn", "M.Kn"),
        ("MKN", "M.KN"),  # a roster in capitals: was left as written by the name's rule
        ("MAk", "M.Ak"),
        ("MAP", "M.AP"),
        ("MSI", "M.SI"),
        ("MTs", "MTs"),  # the madrasah tsanawiyah
        ("MAN", "MAN"),
        ("MA", "MA"),
        ("MAK", "MAK"),
        ("Mira", "Mira"),
    ],
)
def test_one_rule_for_an_undotted_master(word: str, dotted: str) -> None:
    assert undotted_master(word) == dotted


@pytest.mark.parametrize("cell", ["S.H. MKN", "S.H. MKn", "S.H., MKN", "S.H., M.Kn."])
def test_notary_master_in_any_case_reads_s2_kenotariatan(cell: str) -> None:
    # "S.H. MKN" read S-1 (M.Kn's "kn" unknown, the capitals left undotted); "S.H., MKn" read S-1 with programme "MKn"
    parsed = parse_education(cell, None)
    assert (parsed.level, parsed.programme) == ("S-2", "KENOTARIATAN")
    assert roster_education(cell, None) == ("S-2", "KENOTARIATAN")
    evidence = parse_titles(f"Budi Santoso, {cell}")  # the name's call site: the same rule
    assert (evidence.level, evidence.programme_hint) == ("S-2", "KENOTARIATAN")
    assert evidence.first_degree == ("S-1", "HUKUM", "S.H.")


@pytest.mark.parametrize(("cell", "programme"), [("S.Sos. MAP", "ADMINISTRASI PUBLIK"), ("S.E. MSI", "")])
def test_caps_master_after_dotted_title_in_a_name(cell: str, programme: str) -> None:
    # the cell's rule read these S-2, the name's rule S-1 (one title "S.Sos. MAP")
    evidence = parse_titles(f"Budi Santoso, {cell}")
    assert evidence.level == parse_education(cell, None).level == "S-2"
    assert (evidence.programme_hint or "") == programme


@pytest.mark.parametrize(
    ("cell", "level"),
    [
        ("S.Pd, MTs", "S-1"),  # was SMP: the madrasah where the teacher teaches read as the education
        ("S.Pd MAN", "S-1"),  # was S-1 with the programme "MAN"
        ("S.Ag, MAN 2", "S-1"),
        ("S.Pd, SMPN 1 Bandung", "S-1"),
        ("S.Pd. SD Negeri 3", "S-1"),
        ("S.Pd., M.Pd. MTs", "S-2"),
    ],
)
def test_titles_then_a_school_read_the_titles_level(cell: str, level: str) -> None:
    parsed = parse_education(cell, None)
    assert (parsed.level, parsed.programme) == (level, "")
    assert roster_education(cell, None) == (level, None)
    assert roster_education("S1", cell)[0] == level


def test_a_school_that_makes_one_title_stays_the_title() -> None:
    # "S.Pd. SD" is S.Pd.SD, Sarjana Pendidikan Sekolah Dasar
    parsed = parse_education("S.Pd. SD", None)
    assert (parsed.level, parsed.programme) == ("S-1", "PENDIDIKAN GURU SEKOLAH DASAR")


@pytest.mark.parametrize(
    ("cell", "programme"),
    [("S.Si. Kimia", "KIMIA"), ("S.Si Kimia", "KIMIA"), ("S.Si, Fisika", "FISIKA"), ("S.Si. Biologi", "BIOLOGI")],
)
def test_sarjana_sains_then_a_field_reads_the_field(cell: str, programme: str) -> None:
    # the "Si" of S.Si read as the level "SI" (S-1), so the cell was no titles-then-programme cell: no programme
    parsed = parse_education(cell, None)
    assert (parsed.level, parsed.programme.upper()) == ("S-1", programme)
    level, read = roster_education(cell, None)
    assert (level, (read or "").upper()) == ("S-1", programme)
    assert parse_education("S1", cell).programme.upper() == programme


@pytest.mark.parametrize(("cell", "level"), [("SI. Hukum", "S-1"), ("MA IPA", "SMA")])
def test_a_level_word_first_is_no_title(cell: str, level: str) -> None:
    assert parse_education(cell, None).level == level


def test_programme_abbreviations_live_in_one_data_file() -> None:
    # PAUD, PGMI, PPKN, KESMAS, ... were a dict in matching/programme.py beside the CSV's list
    from asn_mutasi.data import data_csv
    from asn_mutasi.matching.programme import ABBREVIATIONS

    rows = data_csv("pendidikan_program.csv")
    listed = {r["dari"]: r["ke"] for r in rows if r["jenis"] in ("singkatan", "singkatan_kata")}
    assert {k: listed.get(k) for k in ABBREVIATIONS} == ABBREVIATIONS
    assert {"PAUD", "PGMI", "PPKN", "KESMAS"} <= set(listed)


@pytest.mark.parametrize(("cell", "programme"), [("PGMI", "PGMI"), ("KESMAS", "KESMAS"), ("S.Pd. PAUD", "PAUD")])
def test_a_programme_abbreviation_reads_as_one_everywhere(cell: str, programme: str) -> None:
    # "PGMI" alone read no programme where "PGSD" alone did; "S.Pd. PAUD" read S-1 with no programme
    assert parse_education(cell, None).programme == programme
