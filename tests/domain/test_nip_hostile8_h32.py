"""Hostile NIP spellings of round 8 (hostile8, h32)."""

from __future__ import annotations

import pytest

from asn_mutasi.domain.nip import CODE_INVALID, CODE_NUMBER, NipError, normalize_nip, parse_nip_column


@pytest.mark.parametrize(
    "raw",
    [
        "198501012010011001'",
        "198501012010011001\u2019",
        "198501012010011001 (PNS)",
        "198501012010011001 [PPPK Paruh Waktu]",
        "198501012010011001 CPNS",
        "NIP. 19850101 201001 1 001 (PNS) ",
    ],
)
def test_a_note_or_quote_after_the_nip_is_no_digit_of_it(raw: str) -> None:
    assert normalize_nip(raw) == "198501012010011001"


@pytest.mark.parametrize(
    ("raw", "said"),
    [
        ("1985010120100110 (PNS)", "panjang 16 digit"),  # still 16 digits: the length is told
        ("198501012010011001 (2)", "karakter selain angka"),  # a digit in the note: not stripped
        ("198501012010011001 (catatan)", "karakter selain angka"),  # no kind of ASN: not clearly no part of it
        ("(PNS)", "tanpa nomor"),
    ],
)
def test_a_note_stripped_leaves_the_other_checks(raw: str, said: str) -> None:
    with pytest.raises(NipError) as info:
        normalize_nip(raw)
    assert info.value.code == CODE_INVALID
    assert said in info.value.alasan


@pytest.mark.parametrize("raw", [1985010120100110.0, "1985010120100110.0", 1985010120100110])
def test_a_number_of_another_length_says_its_length(raw: object) -> None:
    with pytest.raises(NipError) as info:
        normalize_nip(raw)
    assert info.value.code == CODE_NUMBER
    assert "panjang 16 digit, seharusnya 18" in info.value.alasan
    assert "sudah hilang" not in info.value.alasan


def test_the_column_reads_a_note_after_the_nip() -> None:
    column = parse_nip_column(["198501012010011001 (PNS)", "198501012010011001'"], is_blank=lambda v: not v)
    assert column.valid.tolist() == [True, True]
    assert column.error == [None, None]


@pytest.mark.parametrize(
    "raw",
    [
        "198501012010011001/PNS",
        "198501012010011001 / PPPK",
        "198501012010011001 pns/pppk",
        "198501012010011001-CPNS",
        "19850101 201001 1 001 | P3K Paruh Waktu",
    ],
)
def test_the_kind_after_a_separator_is_no_digit_of_the_nip(raw: str) -> None:
    """A SIMPEG "NIP/STATUS" cell ("…/PNS", "… / PPPK", "… pns/pppk") was refused as a foreign character (hostile9,
    h32)."""
    assert normalize_nip(raw) == "198501012010011001"
    assert parse_nip_column([raw], is_blank=lambda v: not v).valid.tolist() == [True]


@pytest.mark.parametrize(
    ("raw", "said"),
    [
        ("198501012010011001/ABC", "karakter selain angka"),  # no listed kind word: not stripped
        ("198501012010011001/PNS2", "karakter selain angka"),
        ("198501012010011001/2", "panjang 19 digit"),
        ("1985010120100110/PNS", "panjang 16 digit"),  # stripped, the length still told
    ],
)
def test_only_a_listed_kind_after_a_separator_is_stripped(raw: str, said: str) -> None:
    with pytest.raises(NipError) as info:
        normalize_nip(raw)
    assert said in info.value.alasan
