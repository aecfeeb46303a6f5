"""review25 (h36): the age set aside after a birth date (review24) is a number of its own, never the date's last
digits."""

from __future__ import annotations

from datetime import date

import pytest

from asn_mutasi.domain.tanggal import parse_date


@pytest.mark.parametrize("text", ["2019-04-1530 thn", "1980-05-1245 th", "12.05.19801 Th", "1980/05/1245 tahun"])
def test_digits_glued_to_a_date_are_no_age(text: str) -> None:
    """The age pattern began inside the date's last number: "2019-04-1530 thn" lost "530 thn" as an age and was read
    as 1 April 2019, a garbled cell taken as a date without a word."""
    found = parse_date(text)
    assert found.value is None and found.error


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12-05-198045 th", "format tanggal tidak dikenali"),
        ("12-05-19801 thn", "format tanggal tidak dikenali"),
    ],
)
def test_a_garbled_year_keeps_its_reason(text: str, expected: str) -> None:
    """ "12-05-198045 th" was said to have a two-digit year: the year's last digits were cut off as an age."""
    assert parse_date(text).error == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12-05-1980/45th", date(1980, 5, 12)),
        ("2019-04-15 (5 Thn 3 Bln)", date(2019, 4, 15)),
        ("12 Mei 1980, Usia: 45 Tahun", date(1980, 5, 12)),
    ],
)
def test_an_age_after_a_date_is_still_set_aside(text: str, expected: date) -> None:
    assert parse_date(text).value == expected


@pytest.mark.parametrize(
    "text",
    ["04-05-1980 / 45 Tahun 3 Bulan 2 Hari", "04-05-1980 (45 tahun 0 bulan 12 hari)", "4 Mei 1980, 45 Th 3 Bl 2 Hr"],
)
def test_an_age_to_the_day_is_set_aside(text: str) -> None:
    """An app's age helper writes "45 Tahun 3 Bulan 2 Hari" (hitung_umur of SIMPEG and clinic apps): a "Tgl Lahir /
    Usia" cell holding the birth date and that age was "format tanggal tidak dikenali" on every row."""
    assert parse_date(text).value == date(1980, 5, 4)


@pytest.mark.parametrize("text", ["04-05-1980 / 45 tahun 2 hari 3 bulan", "04-05-1980 / 3 bulan 2 hari", "2 hari"])
def test_days_alone_or_out_of_order_are_no_age(text: str) -> None:
    assert parse_date(text).value is None
