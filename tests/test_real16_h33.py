"""Real files of the real16 hunt (h33): layouts of public Indonesian personnel apps (tests/fixtures/real/SOURCES.md)."""

from __future__ import annotations

from pathlib import Path

import pytest

from asn_mutasi.io.readers import read_table
from asn_mutasi.io.sanitise import is_formula_like, sanitise_text

REAL = Path(__file__).resolve().parent / "fixtures" / "real"


@pytest.mark.parametrize("text", ["\r\n            Laki-laki", "\t\tBidang Umum", "\r\n", "\t-5", "\r\n - "])
def test_a_leading_line_break_before_text_is_not_a_formula(text: str) -> None:
    """ "\\r\\n   Laki-laki" (a MySQL dump's wrapped cell) was named sel-berisi-rumus and written with an apostrophe:
    a tab or CR is a formula opener only when a formula character follows the whitespace it starts."""
    assert not is_formula_like(text)
    assert sanitise_text(text) == text


@pytest.mark.parametrize("text", ["\r\n=cmd|' /C calc'!A0", "\t =1+1", "\r\n@SUM(A1)", "\t\t-2+3"])
def test_a_formula_after_a_leading_line_break_is_still_one(text: str) -> None:
    assert is_formula_like(text)
    assert sanitise_text(text) == "'" + text


def test_the_wrapped_gender_cell_of_a_mysql_dump_is_not_named_a_formula() -> None:
    table = read_table(REAL / "db_pegawai_pada.csv", "pegawai")
    assert not [f for f in table.findings if f.code == "sel-berisi-rumus"]
    assert "Laki-laki" in set(table.frame["jenis_kelamin"].dropna().str.strip())
