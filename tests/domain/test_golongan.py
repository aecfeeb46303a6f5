"""Tests for golongan/ruang parsing (PNS and PPPK)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from asn_mutasi.domain.golongan import (
    MAX_RANK,
    PNS_GOLONGAN,
    PPPK_KODE,
    Golongan,
    golongan_from_rank,
    parse_golongan,
)


@pytest.mark.parametrize(
    ("raw", "kode"),
    [
        ("III/a", "III/a"),
        ("III/A", "III/a"),
        ("iii/a", "III/a"),
        ("IIIa", "III/a"),
        ("III a", "III/a"),
        ("III-a", "III/a"),
        ("III.a", "III/a"),
        ("III / a", "III/a"),
        ("3A", "III/a"),
        ("3/a", "III/a"),
        ("3 a", "III/a"),
        ("Penata Muda (III/a)", "III/a"),
        ("III a / Penata Muda", "III/a"),
        ("Penata Tk.I (III/d)", "III/d"),
        ("Pengatur Tk.I (II/d)", "II/d"),
        ("Penata Muda Tk. I", "III/b"),
        ("Penata Muda Tingkat I", "III/b"),
        ("PEMBINA TK. I", "IV/b"),
        ("Pembina", "IV/a"),
        ("Pembina Utama Muda", "IV/c"),
        ("Pembina Utama Madya", "IV/d"),
        ("Pembina Utama", "IV/e"),
        ("Juru Muda", "I/a"),
        ("Juru Tk. I", "I/d"),
        ("IVa", "IV/a"),
        ("IV/e", "IV/e"),
        ("Golongan III/c", "III/c"),
        ("  II/b  ", "II/b"),
        ("31", "III/a"),
        ("45", "IV/e"),
        ("11", "I/a"),
        (24, "II/d"),
        (41.0, "IV/a"),
        # pangkat abbreviations of real rosters (h26/spell2): each was read as another golongan, with no finding
        ("PENATA TKT I", "III/d"),
        ("PENATA MUDA TKT I", "III/b"),
        ("PENATA MD TK I", "III/b"),
        ("PENATA MD", "III/a"),
        ("Penata Mda", "III/a"),
        ("PEMBINA UTAMA MADY", "IV/d"),
        ("PENGATUR TK L", "II/d"),
        # a backslash for the slash, a lowercase l typed for the I (hostile7, h32)
        ("III\\a", "III/a"),
        ("III \\ b", "III/b"),
        ("3\\c", "III/c"),
        ("lll/a", "III/a"),
        ("Il/b", "II/b"),
        ("Ill-d", "III/d"),
        ("Penata Muda (lll/a)", "III/a"),
    ],
)
def test_pns_spellings(raw: object, kode: str) -> None:
    gol = parse_golongan(raw)
    assert gol is not None
    assert gol.kode == kode
    assert gol.pppk is False
    assert gol.pangkat is not None


@pytest.mark.parametrize(
    ("raw", "kode", "rank"),
    [
        ("IX", "IX", 9),
        ("Golongan IX", "IX", 9),
        ("GOL. IX", "IX", 9),
        ("Gol.IX", "IX", 9),
        ("PPPK IX", "IX", 9),
        ("IX (PPPK)", "IX", 9),
        ("V", "V", 5),
        ("XVII", "XVII", 17),
        ("I", "I", 1),
        ("IV", "IV", 4),  # bare Roman numeral without ruang → PPPK (documented decision)
        ("iii", "III", 3),
        ("P3K GOLONGAN 2", "II", 2),
        ("PPPK Gol. 10", "X", 10),
    ],
)
def test_pppk_spellings(raw: str, kode: str, rank: int) -> None:
    assert parse_golongan(raw) == Golongan(kode, rank, True, None)


@pytest.mark.parametrize(
    "raw",
    [None, "", "  ", "9", 9, "III/e", "I/e", "15", "25", "XVIII", "IIII", "abc", 3.5, float("nan"), True, "-",
     # a pangkat with a qualifier left unread is no lower pangkat: "Md" after Utama is Muda or Madya
     "Penata Tk.1a", "Pembina Utama Md", "Pembina Utama Mda", "Pembina Utama Mud", "Golongan 2", "P3K Golongan 18",
     "Bill/a", "all/b", "LLL/a"],
)  # fmt: skip
def test_unrecognised_or_ambiguous(raw: object) -> None:
    assert parse_golongan(raw) is None


def test_iv_a_is_not_pppk_iv() -> None:
    gol = parse_golongan("IV/a")
    assert gol is not None and not gol.pppk and gol.rank == 13
    assert parse_golongan("IV") == golongan_from_rank(4, pppk=True)


def test_ranks_and_pangkat() -> None:
    assert parse_golongan("I/a") == Golongan("I/a", 1, False, "Juru Muda")
    assert parse_golongan("III/d") == Golongan("III/d", 12, False, "Penata Tingkat I")
    assert parse_golongan("IV/e") == Golongan("IV/e", 17, False, "Pembina Utama")
    assert [golongan_from_rank(r).kode for r in range(1, 18)] == [k for k, _ in PNS_GOLONGAN]
    assert [golongan_from_rank(r, pppk=True).kode for r in range(1, 18)] == list(PPPK_KODE)


@pytest.mark.parametrize("rank", [0, 18, -1])
def test_golongan_from_rank_rejects_out_of_range(rank: int) -> None:
    with pytest.raises(ValueError):
        golongan_from_rank(rank)


def _spellings(kode: str, pangkat: str) -> list[str]:
    roman, ruang = kode.split("/")
    arabic = {"I": "1", "II": "2", "III": "3", "IV": "4"}[roman]
    siasn = f"{arabic}{'abcde'.index(ruang) + 1}"
    return [
        kode,
        kode.upper(),
        f"{roman}{ruang}",
        f"{roman} {ruang}",
        f"{roman}-{ruang}",
        f"{arabic}{ruang.upper()}",
        f"{arabic}/{ruang}",
        f"{pangkat} ({kode})",
        f"{roman} {ruang} / {pangkat}",
        pangkat,
        pangkat.upper(),
        pangkat.replace("Tingkat", "Tk."),
        siasn,
    ]


@given(st.integers(min_value=1, max_value=MAX_RANK))
def test_every_pns_kode_round_trips_through_its_spellings(rank: int) -> None:
    gol = golongan_from_rank(rank)
    assert gol.pangkat is not None
    for spelling in _spellings(gol.kode, gol.pangkat):
        assert parse_golongan(spelling) == gol, spelling


@given(st.integers(min_value=1, max_value=MAX_RANK), st.sampled_from(["{}", "Golongan {}", "GOL. {}", "{} ", "gol {}"]))
def test_every_pppk_kode_round_trips(rank: int, template: str) -> None:
    gol = golongan_from_rank(rank, pppk=True)
    assert parse_golongan(template.format(gol.kode)) == gol


@given(st.text(max_size=25))
def test_parse_never_raises(text: str) -> None:
    result = parse_golongan(text)
    assert result is None or 1 <= result.rank <= MAX_RANK


def test_a_bare_pns_golongan_and_a_lone_ruang_are_one_rule() -> None:
    from asn_mutasi.domain.golongan import bare_golongan, lowest_ruang, ruang_alone

    assert [bare_golongan(t) for t in (" iii ", "IV", "III/a", "V", "IX", "")] == ["III", "IV", None, None, None, None]
    assert [ruang_alone(t) for t in ("b", " D ", "f", "III/b", "")] == ["b", "d", None, None, None]
    assert lowest_ruang("III") == "III/a"
