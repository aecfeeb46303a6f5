"""A teachers' school written in the programme column holds the school's own programme, as one written in the level
column does (spell23, h35: "SPG" + "SD" passed a requirement of "SPG" read directly, and failed it through the
roster, which passes "SPG SD")."""

from __future__ import annotations

import pandas as pd
import pytest

from asn_mutasi.domain.pendidikan import parse_education, roster_education
from asn_mutasi.matching.education import EducationMatcher


@pytest.mark.parametrize(("pendidikan", "jurusan"), [("SMA", "SPG SD"), ("SLTA", "SPG TK"), (None, "SPG SD")])
def test_a_school_in_the_programme_column_holds_its_own_programme(pendidikan: str | None, jurusan: str) -> None:
    parsed = parse_education(pendidikan, jurusan)
    assert parsed.programme.startswith("PENDIDIKAN GURU ")
    assert ("SMA", "PENDIDIKAN GURU") in parsed.lain


def test_a_school_programme_is_held_once() -> None:
    assert parse_education("SPG", "SPG SD").lain.count(("SMA", "PENDIDIKAN GURU")) == 1
    assert parse_education("SMA", "SPG").lain == ()  # the programme itself, not another one


@pytest.mark.parametrize("mode", ["direct", "roster"])
def test_a_teachers_school_stream_meets_a_requirement_of_its_school(mode: str) -> None:
    level, programme = ("SPG", "SD") if mode == "direct" else roster_education("SPG", "SD")
    pairs = pd.DataFrame(
        {
            "pendidikan": [level],
            "jurusan": [programme],
            "nama": [""],
            "syarat_pendidikan": ["SLTA"],
            "syarat_jurusan": ["SPG"],
        }
    )
    assert bool(EducationMatcher(pairs["syarat_jurusan"]).fit_many(pairs)["memenuhi_pendidikan"].iloc[0])
