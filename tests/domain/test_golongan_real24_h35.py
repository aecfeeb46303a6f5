"""Golongan cells of SQL dumps whose short text column cut the pangkat (real24, h35).

A BPS kabupaten office's staff table (`namagolongan varchar(20)`) holds "1/B (Juru Muda Tingk", "IV/C (Pembina
Utama ": the golongan whole, its pangkat cut. The Arabic golongan was not read at all (the cut pangkat "Juru Muda"
gave I/a) and the cut pangkat of a Roman one was read as a second golongan (IV/c against Pembina Utama, IV/e).
"""

from __future__ import annotations

import pytest

from asn_mutasi.domain.golongan import golongan_conflict, parse_golongan


@pytest.mark.parametrize(
    ("cell", "kode"),
    [
        ("1/B (Juru Muda Tingk", "I/b"),
        ("IV/C (Pembina Utama ", "IV/c"),
        ("III/B (Penata Muda T", "III/b"),
        ("IV/C (Pembina", "IV/c"),
        ("2/d - Pengatur Tk.I", "II/d"),
        ("3/a (Penata Muda)", "III/a"),
    ],
)
def test_golongan_read_past_a_cut_pangkat(cell: str, kode: str) -> None:
    gol = parse_golongan(cell)
    assert gol is not None and gol.kode == kode
    assert golongan_conflict(cell) is None


@pytest.mark.parametrize(
    ("cell", "conflict"),
    [
        # an Arabic golongan beside another golongan's whole pangkat is two golongan, not the pangkat's alone
        ("3/a (Penata)", ("III/a", "Penata (III/c)")),
        # a closed bracket: nothing was cut, the pangkat names another golongan
        ("IV/a (Pembina Utama)", ("IV/a", "Pembina Utama (IV/e)")),
        # cut, but not the opening words of IV/a's pangkat
        ("IV/a (Pembina Utama", ("IV/a", "Pembina Utama (IV/e)")),
    ],
)
def test_two_golongan_still_named(cell: str, conflict: tuple[str, str]) -> None:
    assert parse_golongan(cell) is None
    assert golongan_conflict(cell) == conflict


@pytest.mark.parametrize("cell", ["Juru Muda Tingk", "Penata Muda Tingk", "Penata Muda T"])
def test_cut_tingkat_is_no_lower_pangkat(cell: str) -> None:
    # "Penata Muda Tingk" was read as Penata Muda (III/a): the cut "Tingkat I" is unread, so no golongan is guessed
    assert parse_golongan(cell) is None


@pytest.mark.parametrize(
    ("cell", "kode"),
    [
        ("IV/d (Pembina Utama Ma", "IV/d"),
        ("4/C (Pembina Utam", "IV/c"),
        ("IV/e (Pembina U", "IV/e"),
        ("3/B (Penata Mu", "III/b"),
        ("II/a (Pengatur M", "II/a"),
        ("1/A (Juru M", "I/a"),
    ],
)
def test_a_pangkat_cut_within_a_word_is_its_golongans_own(cell: str, kode: str) -> None:
    """A text column cuts where its width ends, within a word too: each such cut read no golongan and a conflict with
    Pembina Utama (IV/e), Pembina (IV/a) or Penata (III/c) (review20, h35)."""
    assert golongan_conflict(cell) is None
    found = parse_golongan(cell)
    assert found is not None and found.kode == kode


def test_a_closed_bracket_of_another_pangkat_is_still_a_conflict() -> None:
    assert golongan_conflict("III/a (Penata)") == ("III/a", "Penata (III/c)")
    assert golongan_conflict("IV/a (Pembina Utama") == ("IV/a", "Pembina Utama (IV/e)")
