""" "Master" is the S-2 in some rosters' jenjang column (a university library's staff table: "Master", "Sarjana",
"Doktor") and in degrees earned abroad; it was no level (spell16, h33)."""

from __future__ import annotations

import pytest

from asn_mutasi.domain.pendidikan import parse_education


@pytest.mark.parametrize(
    ("pendidikan", "jurusan", "programme"),
    [
        ("Master", None, ""),
        ("MASTER", None, ""),
        ("Master Manajemen", None, "Manajemen"),
        ("S2", "Master Manajemen", "Manajemen"),
        ("Master of Public Health", None, "Public Health"),
    ],
)
def test_master_is_s2(pendidikan: str, jurusan: str | None, programme: str) -> None:
    read = parse_education(pendidikan, jurusan)
    assert (read.level, read.programme) == ("S-2", programme)


def test_a_word_beginning_with_master_is_no_level() -> None:
    assert parse_education("Mastery", None).level is None
