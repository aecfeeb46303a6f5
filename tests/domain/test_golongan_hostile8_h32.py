"""A golongan cell with its number spelled out, a jenjang or a pangkat name beside the numeral (hostile8, h32)."""

from __future__ import annotations

import pytest

from asn_mutasi.domain.golongan import golongan_conflict, parse_golongan
from tests.test_validation import TODAY, person, prepare_roster, raw_table


@pytest.mark.parametrize(
    ("raw", "kode"),
    [
        ("IX (sembilan)", "IX"),
        ("XII (dua belas)", "XII"),
        ("IX - Ahli Pertama", "IX"),
        ("Golongan VII, Terampil", "VII"),
        ("IV (Pembina)", "IV/a"),
        ("III/a (Penata Muda)", "III/a"),
        ("III/b Penata Muda Tk. I", "III/b"),
    ],
)
def test_a_note_that_agrees_with_the_numeral_is_read(raw: str, kode: str) -> None:
    found = parse_golongan(raw)
    assert found is not None and found.kode == kode
    assert golongan_conflict(raw) is None


@pytest.mark.parametrize(
    ("raw", "both"),
    [
        ("III/a (Penata)", ("III/a", "Penata (III/c)")),
        ("IV/a Pembina Utama", ("IV/a", "Pembina Utama (IV/e)")),
        ("III/b Penata Muda", ("III/b", "Penata Muda (III/a)")),
        ("III (Pembina)", ("III", "Pembina (IV/a)")),
        ("IX (delapan)", ("IX", "delapan (VIII)")),
    ],
)
def test_a_note_that_names_another_golongan_is_refused_with_both(raw: str, both: tuple[str, str]) -> None:
    assert parse_golongan(raw) is None
    assert golongan_conflict(raw) == both


def test_the_roster_names_both_golongan_of_the_cell() -> None:
    rows = [person(golongan="III/a (Penata)"), person(golongan="III/a (Penata Muda)")]
    prepared = prepare_roster(raw_table("pegawai", rows), today=TODAY)
    named = [f for f in prepared.findings if f.code.startswith("golongan-")]
    assert [f.code for f in named] == ["golongan-bertentangan"]
    assert "III/a dan Penata (III/c)" in named[0].message
    assert prepared.frame["golongan"].tolist() == [None, "III/a"]
