"""Tests for NIP / NI PPPK normalisation and validation."""

from __future__ import annotations

from datetime import date

import numpy as np
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from asn_mutasi.domain.nip import (
    CODE_INVALID,
    CODE_NRP,
    CODE_NUMBER,
    MAX_TAHUN_LAHIR,
    MIN_TAHUN_LAHIR,
    NipError,
    NipInfo,
    normalize_nip,
    parse_nip,
)

VALID = "198609262015051001"


@pytest.mark.parametrize(
    "raw",
    [
        "198609262015051001",
        "19860926 201505 1 001",
        "19860926.201505.1.001",
        "19860926-201505-1-001",
        "'198609262015051001",
        "  198609262015051001  ",
        "NIP. 198609262015051001",
        "NIP : 19860926 201505 1 001",
        "nip.19860926 201505 1 001",
        "NIP BARU 198609262015051001",
        "19860926\u00a0201505\u00a01\u00a0001",
        '="198609262015051001"',
        '"19860926 201505 1 001"',
    ],
)
def test_normalize_accepts_common_spellings(raw: str) -> None:
    assert normalize_nip(raw) == VALID


@pytest.mark.parametrize(
    "raw", ["NIPPPK. 199501012025212001", "NI PPPK 199501012025212001", "NIP/NI PPPK: 199501012025212001"]
)
def test_normalize_accepts_pppk_prefixes(raw: str) -> None:
    assert normalize_nip(raw) == "199501012025212001"


@pytest.mark.parametrize(
    "raw",
    [
        198609262015051001,  # an int from a reader: Excel kept it as a number
        198609262015051008,
        1.98609262015051e17,
        np.float64(1.98609262015051e17),
        np.int64(198609262015051008),
        "1.98609262015051E+17",
        "1,98609262015051E+17",
        "1.98609262015051e17",
        "198609262015051008.0",
        "198609262015051000.0",  # Excel's 15 digits, zeros after
        "198609262015051008,00",
        123456789012345,  # 15 digits as a number: also beyond what we can trust
    ],
)
def test_numbers_and_scientific_notation_are_flagged(raw: object) -> None:
    with pytest.raises(NipError) as info:
        normalize_nip(raw)
    assert info.value.code == CODE_NUMBER
    assert "15 digit" in info.value.alasan


@pytest.mark.parametrize("raw", ["198609262015051001.0", "198609262015051001,00", "'198609262015051001.0"])
def test_a_decimal_tail_on_digits_no_float_can_hold_keeps_the_nip(raw: str) -> None:
    """A DECIMAL column exported as "198609262015051001.0" still holds all 18 digits: no float prints ...001 (every
    32nd integer near 2e17), nor Excel (its last three are 000); it was refused as digits lost (hostile7, h32)."""
    assert normalize_nip(raw) == "198609262015051001"


@pytest.mark.parametrize(
    ("raw", "fragment"),
    [
        ("19860926201505100", "panjang 17 digit, seharusnya 18"),
        ("1986092620150510011", "panjang 19 digit, seharusnya 18"),
        ("130123456", "NIP lama"),
        ("1986O9262015051001", "selain angka 0–9: 'O'"),
        ("１９８６０９２６２０１５０５１００１", "'１' (angka bukan ASCII"),  # full-width digits typed with an IME
        ("198609262015051\x7f001", "tak terlihat U+007F"),
        ("", "kosong"),
        ("   ", "kosong"),
        ("NIP.", "tanpa nomor"),
        ("-", "kosong"),  # separators alone: a RuntimeError (exit 70) for a day (review, h26)
        ("NIP. -", "kosong"),
        ("'-", "kosong"),  # a label alone ("NIP." repeated in the data), not an empty cell
        (None, "kosong"),
        (float("nan"), "kosong"),
        (12345, "panjang 5 digit"),
        (1.5, "pecahan"),
        (True, "benar/salah"),
        (object(), "bukan teks"),
    ],
)
def test_normalize_reasons(raw: object, fragment: str) -> None:
    with pytest.raises(NipError) as info:
        normalize_nip(raw)
    assert info.value.code == CODE_INVALID
    assert fragment in info.value.alasan


def test_nip_error_is_a_value_error_with_message() -> None:
    with pytest.raises(ValueError, match="seharusnya 18"):
        normalize_nip("123")


def test_parse_pns() -> None:
    info = parse_nip("19860926 201505 1 001")
    assert info == NipInfo(
        nip=VALID, tanggal_lahir=date(1986, 9, 26), tmt_cpns=date(2015, 5, 1), jenis_kelamin="L", urutan=1, pppk=False
    )


def test_parse_pppk_uses_21_instead_of_a_month() -> None:
    info = parse_nip("199501012025212007")
    assert info.pppk is True
    assert info.tmt_cpns == date(2025, 1, 1)
    assert info.jenis_kelamin == "P"
    assert info.urutan == 7


@pytest.mark.parametrize("raw", ["196805121990251002", "198501012010221001", "198501012018211001"])
def test_a_pppk_code_before_pppk_existed_is_a_mistyped_month(raw: str) -> None:
    """PPPK exist since PP 49/2018 (first appointed 2019): a PNS NIP with month "25" or "22" and TMT 1990 or 2010 read
    as a valid NI PPPK, and nothing named it (review11 #4, h29). "21" with TMT 2018 is refused too: no real file has one,
    and "21" is "12" swapped. The column reader agrees; a 2019 PPPK stays valid."""
    from asn_mutasi.domain.nip import parse_nip_column

    with pytest.raises(NipError) as info:
        parse_nip(raw)
    assert info.value.code == CODE_INVALID
    assert "sebelum 2019" in info.value.alasan and "salah ketik bulan" in info.value.alasan
    col = parse_nip_column([raw, "199501012019221001"], is_blank=lambda v: not v)
    assert col.valid.tolist() == [False, True]
    assert col.error[0] == (CODE_INVALID, info.value.alasan)


@pytest.mark.parametrize("raw", ["197704232025221868", "199009132025242014", "199501012025292007"])
def test_parse_pppk_of_a_later_work_agreement(raw: str) -> None:
    """Digits 13–14 of a NI PPPK are "2" and the "jumlah perjanjian kerja": "22" on a real DPD RI PPPK (second
    agreement), "24" on a published 2025 PPPK paruh waktu example; all were refused as no month (real10, h29)."""
    from asn_mutasi.domain.nip import parse_nip_column

    info = parse_nip(raw)
    assert (info.pppk, info.tmt_cpns) == (True, date(2025, 1, 1))
    col = parse_nip_column([raw, "198609262015121001"], is_blank=lambda v: not v)
    assert col.valid.tolist() == [True, True]
    assert col.pppk.tolist() == [True, False]  # a PNS of December stays a PNS


@pytest.mark.parametrize(
    ("raw", "fragment"),
    [
        ("198602302015051001", "digit 1–8 bukan tanggal lahir yang valid"),
        ("198613012015051001", "digit 1–8 bukan tanggal lahir yang valid"),
        ("193001012015051001", "tahun lahir (digit 1–4) di luar rentang 1940–2010"),
        ("201501012035051001", "tahun lahir (digit 1–4) di luar rentang"),
        ("194501011959051001", "sebelum 1960"),
        ("198609262001051001", "terlalu dekat dengan tahun lahir"),
        ("194501012010051001", "lebih dari 60 tahun"),
        ("198609262015001001", "digit 13–14 harus bulan 01–12 (PNS) atau 21–29 (PPPK"),
        ("198609262015131001", "digit 13–14"),
        ("198609262015201001", "digit 13–14"),  # "2" then agreement 0: no such agreement
        ("198609262015301001", "digit 13–14"),
        ("198609262015053001", "digit ke-15 harus 1 atau 2"),
        ("198609262015050001", "digit ke-15 harus 1 atau 2"),
        ("198609262015051000", "nomor urut (digit 16–18) tidak boleh 000"),
    ],
)
def test_parse_reasons(raw: str, fragment: str) -> None:
    with pytest.raises(NipError) as info:
        parse_nip(raw)
    assert info.value.code == CODE_INVALID
    assert fragment in info.value.alasan
    assert raw not in info.value.alasan  # no personal data in the reason


def test_parse_propagates_number_code() -> None:
    with pytest.raises(NipError) as info:
        parse_nip(198609262015051001)
    assert info.value.code == CODE_NUMBER


@st.composite
def nip_parts(draw: st.DrawFn) -> tuple[date, int, int | None, str, int]:
    lahir = draw(st.dates(min_value=date(max(MIN_TAHUN_LAHIR, 1945), 1, 1), max_value=date(MAX_TAHUN_LAHIR, 12, 31)))
    tahun = draw(st.integers(min_value=max(1960, lahir.year + 16), max_value=lahir.year + 60))
    bulan = draw(st.one_of(st.none(), st.integers(min_value=1, max_value=12)))  # None = PPPK
    jk = draw(st.sampled_from("LP"))
    urutan = draw(st.integers(min_value=1, max_value=999))
    return lahir, tahun, bulan, jk, urutan


@given(nip_parts(), st.sampled_from(["", " ", ".", "-"]), st.sampled_from(["", "'", "NIP. ", "NIP : "]))
def test_generated_nip_parses_back_to_its_parts(
    parts: tuple[date, int, int | None, str, int], sep: str, prefix: str
) -> None:
    lahir, tahun, bulan, jk, urutan = parts
    assume(bulan is not None or tahun >= 2019)  # no NI PPPK before PPPK existed (PP 49/2018; review11, h29)
    blocks = [
        lahir.strftime("%Y%m%d"),
        f"{tahun:04d}{'21' if bulan is None else f'{bulan:02d}'}",
        "1" if jk == "L" else "2",
        f"{urutan:03d}",
    ]
    info = parse_nip(prefix + sep.join(blocks))
    assert info.nip == "".join(blocks)
    assert info.tanggal_lahir == lahir
    assert info.tmt_cpns == date(tahun, bulan or 1, 1)
    assert info.pppk is (bulan is None)
    assert info.jenis_kelamin == jk
    assert info.urutan == urutan


@given(st.integers(min_value=10**17, max_value=10**18 - 1))
def test_any_18_digit_number_is_flagged(number: int) -> None:
    with pytest.raises(NipError) as info:
        normalize_nip(number)
    assert info.value.code == CODE_NUMBER
    with pytest.raises(NipError) as info:
        normalize_nip(float(number))
    assert info.value.code == CODE_NUMBER


@given(st.text(max_size=30))
def test_normalize_never_raises_anything_but_nip_error(text: str) -> None:
    try:
        result = normalize_nip(text)
    except NipError as exc:
        assert exc.code in (CODE_INVALID, CODE_NUMBER)
        assert exc.alasan
    else:
        assert len(result) == 18 and result.isdigit()


def test_nip_key_normalises_valid_nips_and_keeps_anything_else_as_text() -> None:
    from asn_mutasi.domain.nip import nip_key

    assert nip_key("NIP. 19860926 201505 1 001") == "198609262015051001"
    assert nip_key(" 123 ") == "123"
    assert nip_key(None) == ""
    assert nip_key(1e308) == "1e+308" and nip_key(12345.0) == "12345"  # a huge number as Excel shows it, not 309 digits


def _scalar_outcomes(values: list[object]) -> list[object]:
    from asn_mutasi.validation import _is_blank

    out: list[object] = []
    for v in values:
        if _is_blank(v):
            out.append(None)
            continue
        try:
            out.append(parse_nip(v))
        except NipError as exc:
            out.append((exc.code, exc.alasan))
    return out


def _column_outcomes(values: list[object]) -> list[object]:
    from asn_mutasi.domain.nip import parse_nip_column
    from asn_mutasi.validation import _is_blank

    col = parse_nip_column(values, is_blank=_is_blank)
    out: list[object] = []
    for i in range(len(values)):
        if col.valid[i]:
            info = parse_nip(values[i])  # the scalar parts must equal the column's
            assert (col.nip[i], col.tanggal_lahir[i], col.jenis_kelamin[i], bool(col.pppk[i])) == (
                info.nip,
                info.tanggal_lahir,
                info.jenis_kelamin,
                info.pppk,
            )
            out.append(info)
        else:
            assert col.nip[i] is None and col.tanggal_lahir[i] is None
            out.append(col.error[i])
    return out


_DIGIT_NIPS = st.text(alphabet="0123456789", min_size=18, max_size=18)
_NEAR_VALID = st.builds(
    lambda y, m, d, ty, tm, s, u: f"{y:04d}{m:02d}{d:02d}{ty:04d}{tm:02d}{s}{u:03d}",
    st.integers(1930, 2020),
    st.integers(0, 13),
    st.integers(0, 32),
    st.integers(1950, 2080),
    st.sampled_from([0, 1, 6, 12, 13, 21, 22]),
    st.sampled_from("0123"),
    st.integers(0, 3),
)
_OTHER = st.sampled_from(
    [None, "", "  ", float("nan"), 1.98609262015051e17, 198609262015051001, True, "NIP. 1986 0926 2015 05 1 001",
     "'198609262015051001", "19860926201505100", "１９８６０９２６２０１５０５１００１", "1986092620150510010"]
)  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(_DIGIT_NIPS, _NEAR_VALID, _OTHER), max_size=40))
def test_parse_nip_column_agrees_with_parse_nip(values: list[object]) -> None:
    assert _column_outcomes(values) == _scalar_outcomes(values)


def test_parse_nip_column_leap_days_and_bounds() -> None:
    values: list[object] = [
        "200002291990011001",  # 29 Feb 2000: a leap day
        "190002291990011001",  # 1900 is no leap year
        "198402292015051001",
        "198502292015051001",
        "194001012000011001",
        "201012312030011001",
        "198609262015210001",  # PPPK
        "198609262015051000",  # sequence 000
    ]
    assert _column_outcomes(values) == _scalar_outcomes(values)


_TEXT_ONLY = st.sampled_from(
    ["１９８６０９", "19860926201505100é", "1986092620150510 1", " 198609262015051001", "198609262015051001 ", "",
     "NIP. 198609262015051001", "1986-0926-2015-05-1-001"]
)  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(_DIGIT_NIPS, _NEAR_VALID, _TEXT_ONLY), max_size=40))
def test_parse_nip_column_of_text_only_agrees_with_parse_nip(values: list[object]) -> None:
    """A column of nothing but text takes the joined, numpy-read path: same outcome per cell."""
    assert _column_outcomes(values) == _scalar_outcomes(values)


# 18 bytes each, no NIP: a letter, a space, a 17-character text whose "é" takes two bytes
_EIGHTEEN_BYTES = st.sampled_from(["19860926201505100A", "1986092620150510 1", "1986092620150510\u00e9"])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(_DIGIT_NIPS, _NEAR_VALID, _EIGHTEEN_BYTES), max_size=40))
def test_parse_nip_column_of_eighteen_byte_texts_agrees_with_parse_nip(values: list[object]) -> None:
    """A column whose every cell is 18 bytes (a clean export) is read as rows of the joined bytes: same outcome."""
    assert _column_outcomes(values) == _scalar_outcomes(values)


def test_a_clean_nip_column_is_read_without_an_index_per_digit() -> None:
    """Every cell 18 digits: the digits are a view of the joined bytes, not gathered through an 18-per-row index
    array (two int64 copies fewer: the NIP column of a 100,000-row roster read twice as fast; issue 10, speed6)."""
    import tracemalloc

    from asn_mutasi.domain.nip import _digit_texts, parse_nip

    values = [f"1980{k % 12 + 1:02d}092005{k % 12 + 1:02d}1{k % 999 + 1:03d}" for k in range(20_000)]
    tracemalloc.start()
    try:
        at, digits = _digit_texts(values)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert at.tolist() == list(range(len(values)))
    assert ["".join(map(str, row)) for row in digits[:50].tolist()] == values[:50]
    assert parse_nip(values[1]).nip == values[1]
    assert peak < 260 * len(values)  # the int64 digits (144 a row) and the joined text; the index was 144 more


@given(st.lists(st.one_of(_DIGIT_NIPS, _NEAR_VALID, _OTHER, _TEXT_ONLY), max_size=40))
def test_parse_nip_column_numbers_are_the_nips(values: list[object]) -> None:
    from asn_mutasi.domain.nip import parse_nip_column
    from asn_mutasi.validation import _is_blank

    col = parse_nip_column(values, is_blank=_is_blank)
    assert col.number.tolist() == [int(col.nip[i]) if col.valid[i] else 0 for i in range(len(values))]


def test_a_negative_number_is_named_as_such() -> None:
    """A cell holding -198301052014081001 was "panjang 18 digit, seharusnya 18" (hostile-input campaign, round 3)."""
    from asn_mutasi.domain.nip import NipError, normalize_nip

    for value in (-198301052014081001, -1.98301052014081e17, -5):
        with pytest.raises(NipError, match="angka negatif"):
            normalize_nip(value)


def test_another_number_in_brackets_after_the_nip_is_not_part_of_it() -> None:
    """A university DUK writes "'NIP (NIDN: …)" for its lecturers: all three were lost (real-files campaign, h24)."""
    from asn_mutasi.domain.nip import normalize_nip

    assert normalize_nip("'196804121993031001 (NIDN: 0012046801)") == "196804121993031001"
    assert normalize_nip("196804121993031001 (NUPTK 1234567890123456)") == "196804121993031001"
    with pytest.raises(NipError):
        normalize_nip("196804121993031001 (catatan)")  # any other bracket stays a fault


@pytest.mark.parametrize(
    ("value", "digits"),
    [
        ("1.98505E+17", "198505"),
        (1.98505092011121e17, "198505092011121"),
        ("198505092011121000", "198505092011121"),
        ("198505092011121001", None),  # a NIP, not a damaged one
        ("1.9E+17", None),  # too few digits left to say whose
    ],
)
def test_the_digits_a_damaged_nip_keeps(value: object, digits: str | None) -> None:
    from asn_mutasi.domain.nip import surviving_digits

    assert surviving_digits(value) == digits


@pytest.mark.parametrize("raw", ["75089037", 75089037, "NIP. 7508 9037", "67010123"])
def test_an_eight_digit_nrp_is_named_as_one(raw: object) -> None:
    """The Sekjen of DPD RI, a Polri officer, has his 8-digit NRP in the NIP column: it read "panjang 8 digit,
    seharusnya 18" (real10, h29); a TNI/Polri member may hold certain ASN posts (UU 20/2023 Pasal 19)."""
    with pytest.raises(NipError) as info:
        parse_nip(raw)
    assert info.value.code == CODE_NRP
    assert info.value.alasan == "8 digit: tampaknya NRP anggota TNI/Polri, bukan NIP 18 digit"


@pytest.mark.parametrize(
    "raw", ["19860926", 19860926, "1234567", "123456789", "20190012", "20210345", "00012345", "90679037", "75080000"]
)
def test_a_birth_date_or_another_length_is_no_nrp(raw: object) -> None:
    """8 digits that are a plausible birth date are a NIP cut short, not an NRP (real10, h29). A Polri NRP opens
    with the birth YYMM: a BLUD staff number opening with its hire year ("20190012", month 19), a running code
    ("00012345"), a month 67 or a sequence 0000 read as NRP, their four holders filling the seats (review11 #3, h29)."""
    with pytest.raises(NipError) as info:
        parse_nip(raw)
    assert info.value.code == CODE_INVALID
    assert "NRP" not in info.value.alasan
