"""Tests for date parsing."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import numpy as np
import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from asn_mutasi.domain.tanggal import MAX_TAHUN, MIN_TAHUN, ParsedDate, is_future, parse_date, slash_order

D = date(2024, 2, 1)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (date(2024, 2, 1), D),
        (datetime(2024, 2, 1, 13, 45), D),
        (pd.Timestamp("2024-02-01 08:00"), D),
        (np.datetime64("2024-02-01"), D),
        (np.datetime64("2024-02-01T10:00:00.000000000"), D),
        (45323, D),
        (45323.75, D),
        (np.int64(45323), D),
        ("45323", D),
        ("45323.0", D),
        ("2024-02-01", D),
        ("2024-2-1", D),
        ("2024/02/01", D),
        ("2024-02-01 00:00:00", D),
        ("2024-02-01T10:30:00", D),
        ("2024-02-01T10:30:00.123+07:00", D),
        ("01-02-2024", D),
        ("1-2-2024", D),
        ("01.02.2024", D),
        ("01-02-2024 08:00", D),
        # real forms refused before (h26/spell2): a label, a note, spaced separators, Excel's d-mmm-yyyy h:mm
        ("TMT 01-02-2024", D),
        ("TMT. 01 Februari 2024", D),
        ("01-02-2024 (KP Reguler)", D),
        ("01 - 02 - 2024", D),
        ("1-Feb-2024 0:00", D),
        ("20240201", D),
        (20240201, D),
        ("1 Februari 2024", D),
        ("01 Pebruari 2024", D),
        ("1 Feb 2024", D),
        ("1-Feb-2024", D),
        ("1 feb. 2024", D),
        ("Kamis, 1 Februari 2024", D),
        ("Jum'at, 1 Februari 2024", D),
        ("February 1, 2024", D),
        ("Feb 1st, 2024", D),
        ("'2024-02-01", D),
    ],
)
def test_readable_dates(raw: object, expected: date) -> None:
    assert parse_date(raw) == ParsedDate(expected, False, None)


@pytest.mark.parametrize(
    ("raw", "month"),
    [
        ("17 Januari 2000", 1),
        ("17 Maret 2000", 3),
        ("17 April 2000", 4),
        ("17 Mei 2000", 5),
        ("17 Juni 2000", 6),
        ("17 Juli 2000", 7),
        ("17 Agustus 2000", 8),
        ("17 Agt 2000", 8),
        ("17 Ags 2000", 8),
        ("17 Agu 2000", 8),
        ("17 Agst 2000", 8),
        ("17 Djuli 2000", 7),
        ("17 Mrt 2000", 3),
        ("17 Aug 2000", 8),
        ("17 September 2000", 9),
        ("17 Sept 2000", 9),
        ("17 Sep 2000", 9),
        ("17 Oktober 2000", 10),
        ("17 Okt 2000", 10),
        ("17 October 2000", 10),
        ("17 November 2000", 11),
        ("17 Nopember 2000", 11),
        ("17 Desember 2000", 12),
        ("17 Des 2000", 12),
        ("17 DECEMBER 2000", 12),
    ],
)
def test_month_names(raw: str, month: int) -> None:
    assert parse_date(raw).value == date(2000, month, 17)


@pytest.mark.parametrize("raw", [None, "", "   ", "-", "0000-00-00", float("nan"), pd.NaT, pd.NA, np.datetime64("NaT")])
def test_empty_values(raw: object) -> None:
    assert parse_date(raw) == ParsedDate(None, False, None)


def test_slash_dates_with_small_parts_are_ambiguous_but_read_day_first() -> None:
    assert parse_date("01/02/2024") == ParsedDate(D, True, None)
    assert parse_date("3/4/2020 00:00") == ParsedDate(date(2020, 4, 3), True, None)


@pytest.mark.parametrize("raw", ["13/02/2024", "05/05/2024", "01-02-2024", "01.02.2024", "31/12/2024"])
def test_not_ambiguous(raw: str) -> None:
    parsed = parse_date(raw)
    assert parsed.value is not None
    assert parsed.ambiguous is False


@pytest.mark.parametrize(
    ("raw", "fragment"),
    [
        ("02/13/2024", "bulan-hari-tahun (urutan Amerika Serikat)"),
        ("2024-13-01", "bulan 13 tidak ada"),
        ("2024-02-30", "Februari 2024 hanya 29 hari"),
        ("31/04/2024", "April 2024 hanya 30 hari"),
        ("1/2/86", "dua digit"),
        ("01-02-24", "dua digit"),
        ("1 Feb 24", "dua digit"),
        ("Feb 2024", "tidak lengkap"),
        ("1 Fbr 2024", "nama bulan 'fbr' tidak dikenali"),
        # a label or a note around no date is no Excel serial (review, h26): "TMT 5" read 04-01-1900
        ("TMT 5", "tidak dikenali"),
        ("12 (dua belas)", "tidak dikenali"),
        ("12 . 5", "tidak dikenali"),
        ("31-12-2019 (01-01-2020)", "tidak dikenali"),  # a date in the note may correct the first: not dropped
        ("kemarin", "tidak dikenali"),
        ("1850-01-01", f"{MIN_TAHUN}–{MAX_TAHUN}"),
        ("01-01-2150", "di luar rentang"),
        (0, "nomor seri"),
        (-5, "nomor seri"),
        (time(0, 0), "jam saja"),  # what calamine gives for a date-formatted 0 or -5
        (time(12, 0), "jam saja"),
        (100000, "nomor seri"),
        ("100000", "nomor seri"),
        (float("inf"), "tak hingga"),
        (True, "benar/salah"),
        (object(), "tidak dikenali"),
    ],
)
def test_unreadable_dates_have_reasons(raw: object, fragment: str) -> None:
    parsed = parse_date(raw)
    assert parsed.value is None
    assert parsed.error is not None
    assert fragment in parsed.error


def test_excel_serial_epoch() -> None:
    assert parse_date(1).value == date(1899, 12, 31)
    assert parse_date(61).value == date(1900, 3, 1)
    assert parse_date(45292).value == date(2024, 1, 1)


def test_is_future() -> None:
    today = date(2025, 6, 1)
    assert is_future(date(2025, 6, 2), today)
    assert not is_future(today, today)
    assert not is_future(date(2020, 1, 1), today)


dates = st.dates(min_value=date(MIN_TAHUN, 1, 1), max_value=date(MAX_TAHUN, 12, 31))


@given(dates)
def test_iso_round_trip(d: date) -> None:
    assert parse_date(d.isoformat()) == ParsedDate(d, False, None)


@given(dates, st.sampled_from(["-", ".", "/"]))
def test_day_first_round_trip(d: date, sep: str) -> None:
    parsed = parse_date(d.strftime(f"%d{sep}%m{sep}%Y"))
    assert parsed.value == d
    assert parsed.ambiguous is (sep == "/" and d.day <= 12 and d.month <= 12 and d.day != d.month)


@given(st.dates(min_value=date(1900, 3, 1), max_value=date(2100, 12, 31)))
def test_excel_serial_round_trip(d: date) -> None:
    serial = (d - date(1899, 12, 30)).days
    assert parse_date(serial).value == d
    assert parse_date(float(serial) + 0.5).value == d
    assert parse_date(d.strftime("%Y%m%d")).value == d


@given(dates)
def test_long_indonesian_round_trip(d: date) -> None:
    names = [
        "Januari",
        "Februari",
        "Maret",
        "April",
        "Mei",
        "Juni",
        "Juli",
        "Agustus",
        "September",
        "Oktober",
        "November",
        "Desember",
    ]
    assert parse_date(f"{d.day} {names[d.month - 1]} {d.year}").value == d


@given(st.text(max_size=30))
def test_parse_date_never_raises(text: str) -> None:
    parsed = parse_date(text)
    assert (parsed.value is None) or (parsed.error is None)


@given(dates, st.integers(min_value=-400, max_value=400))
def test_is_future_matches_ordering(d: date, offset: int) -> None:
    today = d + timedelta(days=offset)
    assert is_future(d, today) is (offset < 0)


@pytest.mark.parametrize(
    ("cell", "day"),
    [
        ("Kupang, 12-03-1980", date(1980, 3, 12)),  # a "tempat/tanggal lahir" (TTL) cell: the place first
        ("KUPANG,12-03-1980", date(1980, 3, 12)),
        ("Kupang / 12 Maret 1980", date(1980, 3, 12)),
        ("SoE, 1 Januari 1975", date(1975, 1, 1)),
    ],
)
def test_a_place_before_the_date_is_read_past(cell: str, day: date) -> None:
    assert parse_date(cell).value == day


def test_a_place_alone_or_text_after_a_comma_is_no_date() -> None:
    assert parse_date("Kupang").error and parse_date("abc, def").error


def test_a_year_written_alone_as_text_is_no_excel_serial() -> None:
    """Text "1986" was read as Excel serial 1986 (08-06-1905) and then named "tahun lahir sebelum 1940"."""
    assert parse_date("1986").value is None and "hanya tahun" in (parse_date("1986").error or "")
    assert parse_date("44000").value == date(2020, 6, 18)  # a serial as text still reads


@pytest.mark.parametrize(
    ("text", "order"),
    [
        ("25/05/2025", "hari"),
        (" 17/09/1976 ", "hari"),
        ("05/25/2025", "bulan"),
        ("06/10/2021", None),  # either order
        ("06/06/2021", None),
        ("25-05-2025", None),  # not a "/" date
        ("2025/05/25", None),  # ISO
        ("25/05/25", None),  # two-digit year
        ("32/05/2025", None),  # no day nor month
        ("25 Mei 2025", None),
    ],
)
def test_slash_order_names_the_order_a_date_proves_by_itself(text: str, order: str | None) -> None:
    """A column of '/' dates with 25/05/2025 and no 05/25/2025 reads its 06/10/2021 day-first (walk3, h27)."""
    assert slash_order(text) == order
    assert slash_order(datetime(2025, 5, 25)) is None


def test_a_long_text_is_no_date_in_linear_time() -> None:
    """A 100,000-character cell took minutes in the place-before-date pattern (every split of the text tried for its
    letter), in every column whose content was sniffed for dates (hostile2, h30); places still come before dates."""
    from time import perf_counter

    assert parse_date("Kota Bekasi - Jawa Barat, 12-03-1980").value == date(1980, 3, 12)
    assert parse_date("? - 12-03-1980").value is None  # a place has a letter
    start = perf_counter()
    for unit in ("I", "a - ", "a , ", " a"):
        assert parse_date("x" + unit * (20_000 // len(unit)) + "x").value is None
    assert perf_counter() - start < 1.5
