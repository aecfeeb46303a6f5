"""The town of a Poltekkes written between the college and the programme (spell8, h32)."""

from __future__ import annotations

import pytest

from asn_mutasi.domain.pendidikan import parse_education


@pytest.mark.parametrize(
    ("cell", "programme"),
    [
        ("D3 Poltekkes Kemenkes Kupang Keperawatan", "Keperawatan"),
        ("D-III Politeknik Kesehatan Kemenkes Kupang Kebidanan", "Kebidanan"),
        ("D3 Poltekkes Tanjung Karang Kebidanan", "Kebidanan"),
        ("D3 Poltekkes Kemenkes Nusa Tenggara Timur Analis Kesehatan", "Analis Kesehatan"),
        ("D3 Poltekkes Kemenkes Semarang Keperawatan Gigi", "Keperawatan Gigi"),
        # as before: the programme right after the college, or after a marker
        ("D3 Poltekkes Keperawatan Kupang", "Keperawatan"),
        ("D3 Poltekkes Kemenkes Kupang Jurusan Gizi", "Gizi"),
        # a place alone names no programme
        ("D3 Poltekkes Kemenkes Kupang", ""),
    ],
)
def test_programme_after_the_colleges_town(cell: str, programme: str) -> None:
    parsed = parse_education(cell, None)
    assert (parsed.level, parsed.programme) == ("D-III", programme)


def test_programme_column_naming_the_college_first() -> None:
    assert parse_education("D3", "Poltekkes Kemenkes Kupang Keperawatan").programme == "Keperawatan"
