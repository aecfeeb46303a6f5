"""A year of another calendar in a date cell is refused with that calendar named (hostile8, h32)."""

from __future__ import annotations

import pytest

from asn_mutasi.domain.tanggal import parse_date


@pytest.mark.parametrize(("raw", "said"), [("31-12-2528", "tahun Buddha (= 1985 Masehi?)"), ("2528-12-31", "= 1985")])
def test_a_buddhist_era_year_is_named(raw: str, said: str) -> None:
    parsed = parse_date(raw)
    assert parsed.value is None and parsed.error is not None
    assert said in parsed.error


def test_a_hijri_year_is_named_not_converted() -> None:
    parsed = parse_date("12-05-1406")
    assert parsed.value is None and parsed.error is not None
    assert "Hijriah" in parsed.error


@pytest.mark.parametrize("raw", ["31-12-3100", "31-12-1200"])
def test_a_year_of_no_such_era_says_only_the_range(raw: str) -> None:
    parsed = parse_date(raw)
    assert parsed.error == "tahun di luar rentang 1900–2100"
