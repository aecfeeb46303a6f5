"""The two education readers (parse_education for the matcher, roster_education for the roster) read one level from
one text (spell25, h36)."""

from __future__ import annotations

import pytest

from asn_mutasi.domain import pendidikan
from asn_mutasi.domain.pendidikan import parse_education, parse_level, roster_education


@pytest.mark.parametrize(
    "cell",
    [
        "D3 KEPERAWATAN / NERS",  # a D-III holds no Ners: Ners follows S-1 Keperawatan (domain.md §3.3)
        "D3 KEPERAWATAN + NERS",
        "D3 KEP/NERS",
        "DIII KEPERAWATAN, NERS",
    ],
)
def test_a_diploma_written_before_ners_keeps_its_level_in_both_readers(cell: str) -> None:
    parsed = parse_education(cell, None)
    assert (parsed.level, roster_education(cell, None)[0]) == ("D-III", "D-III")
    assert parsed.programme.startswith("KEP")
    assert parse_level(cell) == "D-III"


def test_a_diploma_written_before_apoteker_keeps_its_level() -> None:
    assert parse_education("D3 FARMASI / APOTEKER", None).level == "D-III"
    assert roster_education("D3 FARMASI / APOTEKER", None)[0] == "D-III"


@pytest.mark.parametrize(
    "cell", ["S1 KEPERAWATAN / NERS", "D4 KEPERAWATAN / NERS", "S1 FARMASI / APOTEKER", "S1 KEPERAWATAN + NERS"]
)
def test_the_degree_a_profession_is_entered_from_still_reads_the_profession(cell: str) -> None:
    assert parse_education(cell, None).level == "Profesi"
    assert roster_education(cell, None)[0] == "Profesi"


def test_a_history_with_the_entry_degree_reads_the_profession() -> None:
    cell = "D3 KEPERAWATAN, S1 KEPERAWATAN, NERS"
    assert parse_education(cell, None).level == roster_education(cell, None)[0] == "Profesi"


def test_held_level() -> None:
    held_level = pendidikan.held_level
    assert held_level(["D-III", "Profesi"]) == "D-III"
    assert held_level(["SMA", "Profesi", None]) == "SMA"
    assert held_level(["D-III", "S-1", "Profesi"]) == "Profesi"
    assert held_level(["Profesi"]) == "Profesi"
    assert held_level(["S-2", "Profesi"]) == "S-2"
    assert held_level([None]) is None


@pytest.mark.parametrize(
    ("cell", "level"),
    [
        ("S-3 SPESIALIS KEDOKTERAN NUKLIR", "S-3"),  # an SSCASN 2024 programme of an S-3 formation
        ("S-2 SPESIALIS ANAK", "Sp-1"),  # of the S-2's rank: the specialist
        ("SPESIALIS ANAK", "Sp-1"),
        ("S3 SUBSPESIALIS ANAK", "Sp-2"),
    ],
)
def test_a_doctorate_written_before_a_specialty_is_read_alike(cell: str, level: str) -> None:
    # the level cell read Sp-1, the matcher S-3
    assert parse_level(cell) == parse_education(cell, None).level == roster_education(cell, None)[0] == level
