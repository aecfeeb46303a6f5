"""One reading of an education cell: parse_education (the matcher's reader) and roster_education (the roster's) read a
cell of titles, a programme written without a level and a teachers' school stream alike (spell22, h35)."""

from __future__ import annotations

import pandas as pd
import pytest

from asn_mutasi.domain.gelar import parse_titles
from asn_mutasi.domain.pendidikan import parse_education, roster_education, roster_programme
from asn_mutasi.matching.education import EducationMatcher


@pytest.mark.parametrize(
    ("pendidikan", "jurusan", "level"),
    [
        ("Ak., M.Si", None, "S-2"),  # "Si" read as the level S-I: S-1 in parse_education, S-2 in the roster
        ("S.E., Ak., M.Si", None, "S-2"),
        ("S.E, AK. M.Si", None, "S-2"),
        ("M.Si", None, "S-2"),
        ("S.K.M", None, "S-1"),
        ("S2", "Sp.PD", "Sp-1"),
        ("S1", "S.Kep.,Ns", "Profesi"),
        ("Ns. S.Kep", None, "Profesi"),  # a front title, then the degree: read as one unknown title
        ("S1", "Apt. S.Farm", "Profesi"),
        (None, "DOKTER HEWAN", "Profesi"),
    ],
)
def test_both_readers_read_one_level(pendidikan: str | None, jurusan: str | None, level: str) -> None:
    assert parse_education(pendidikan, jurusan).level == level
    assert roster_education(pendidikan, jurusan)[0] == level


@pytest.mark.parametrize(
    ("pendidikan", "jurusan", "programme"),
    [("S1", "S.Kom", "ILMU KOMPUTER"), ("S2", "M.AP", "ADMINISTRASI PUBLIK"), ("Ns. S.Kep", None, "KEPERAWATAN NERS")],
)
def test_a_title_cell_names_its_programme_in_both_readers(pendidikan: str, jurusan: str | None, programme: str) -> None:
    assert parse_education(pendidikan, jurusan).programme == programme
    assert roster_education(pendidikan, jurusan)[1] == programme


@pytest.mark.parametrize(("cell", "titles"), [("AK. CA", ("AK.", "CA")), ("Ak. CPA", ("Ak.", "CPA"))])
def test_accountant_titles_are_no_academy(cell: str, titles: tuple[str, ...]) -> None:
    """Ak. (Akuntan), CA (Chartered Accountant), CPA (Certified Public Accountant) are a profession's titles: no level
    (they read D-III "Akademi CA"), no programme."""
    parsed = parse_education(cell, None)
    assert (parsed.level, parsed.programme) == (None, "")
    assert roster_education(cell, None) == (None, None)
    assert parse_titles(f"X, {cell}").titles == titles


def test_accountant_titles_leave_the_degree_beside_them() -> None:
    evidence = parse_titles("Budi, S.E., Ak., CA")
    assert (evidence.level, evidence.programme_hint, evidence.titles) == ("S-1", "EKONOMI", ("S.E.", "Ak.", "CA"))
    assert parse_education("S.E., Ak., CA", None).level == "S-1"
    assert parse_titles("Budi, S.E., Ak. CPA, M.Si").level == "S-2"


@pytest.mark.parametrize("cell", ["ILMU ADMINISTRASI NEGARA", "AKUNTANSI"])
def test_a_programme_in_the_level_column_without_a_level_meets_its_own_requirement(cell: str) -> None:
    assert parse_education(cell, None).programme == cell
    level, programme = roster_education(cell, None)
    pairs = pd.DataFrame(
        {
            "pendidikan": [level],
            "jurusan": [programme],
            "nama": [""],
            "syarat_pendidikan": [""],
            "syarat_jurusan": [cell],
        }
    )
    assert bool(EducationMatcher(pairs["syarat_jurusan"]).fit_many(pairs)["memenuhi_pendidikan"].iloc[0])


@pytest.mark.parametrize("cell", ["TIDAK SEKOLAH", "BELUM TAMAT SD", "-", "NULL", "SLTASEDERAJAT"])
def test_no_schooling_is_no_programme(cell: str) -> None:
    assert parse_education(cell, None).programme == ""


def test_a_teachers_school_stream_keeps_its_school_in_the_roster() -> None:
    """ "SPG" + "SD" is the SPG's SD teacher stream (parse_education); the roster passed "SD" alone, an SD."""
    assert roster_programme("SPG", "SD") == "SPG SD"
    assert parse_education(*roster_education("SPG", "SD")).jalur == "keguruan"
