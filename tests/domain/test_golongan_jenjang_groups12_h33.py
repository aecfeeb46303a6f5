"""A JF holder's golongan that the jenjang cannot have is named, never refused (groups12, h33).

"IX - Ahli Utama" read as PPPK golongan IX with no finding, though a PPPK Ahli Utama is golongan XVI (domain.md §2.2)
and an Ahli Pertama IX–X; a PNS Ahli Madya at III/a or a Terampil at III/b went unnoticed too. The ranges per jenjang
are indicative (penyetaraan, perpindahan from pelaksana above the range), so only the impossible is flagged.
"""

from __future__ import annotations

import pytest

from asn_mutasi.domain.golongan import noted_jenjang, parse_golongan
from asn_mutasi.domain.jenis import HELD_GOLONGAN, JENJANG
from tests.test_validation import TODAY, person, prepare_roster, raw_table

#: PPPK NIPs: born 1985-01-01, PPPK 2025 (digits 13-14 "21"), male, sequence 001..004
PPPK_NIP = [f"19850101202521100{k}" for k in range(1, 5)]


def _flagged(rows: list[dict[str, object]]) -> list[tuple[int, str, str]]:
    prepared = prepare_roster(raw_table("pegawai", rows), today=TODAY)
    assert (prepared.frame["_status"] == "valid").all()  # never refused for it
    return [
        (f.location.row, f.location.header, f.message)
        for f in prepared.findings
        if f.code == "golongan-jenjang-mustahil"
    ]


def test_a_jenjang_written_in_the_golongan_cell_is_checked_against_its_numeral() -> None:
    rows = [
        person(nip=PPPK_NIP[0], golongan="IX - Ahli Utama", jabatan="Analis Kebijakan Ahli Utama"),
        person(nip=PPPK_NIP[1], golongan="IX - Ahli Pertama"),
        person(nip=PPPK_NIP[2], golongan="XVI (Ahli Utama)", jabatan="Analis Kebijakan Ahli Utama"),
        person(nip=PPPK_NIP[3], golongan="Golongan IX, Terampil", jabatan="Pengadministrasi Umum"),
    ]
    flagged = _flagged(rows)
    assert [(row, header) for row, header, _ in flagged] == [(5, "GOLONGAN"), (8, "GOLONGAN")]
    assert "'IX - Ahli Utama'" in flagged[0][2] and "Ahli Utama paling rendah golongan XIII" in flagged[0][2]
    assert "Terampil paling tinggi golongan VIII" in flagged[1][2]
    assert parse_golongan("IX - Ahli Utama") is not None  # the golongan is still read
    assert noted_jenjang("IX - Ahli Utama") == "ahli utama" and noted_jenjang("IX (sembilan)") is None


@pytest.mark.parametrize(
    ("jabatan", "golongan", "flagged"),
    [
        ("Analis Kebijakan Ahli Madya", "III/a", True),
        ("Analis Kebijakan Ahli Madya", "III/c", False),  # a penyetaraan administrator below IV/a
        ("Analis Kebijakan Ahli Utama", "III/d", True),
        ("Analis Kebijakan Ahli Utama", "IV/b", False),
        ("Pranata Komputer Ahli Pertama", "II/d", True),
        ("Pranata Komputer Ahli Pertama", "IV/a", False),  # a pelaksana IV/a enters Ahli Pertama
        ("Perawat Terampil", "III/b", True),
        ("Perawat Terampil", "II/c", False),
        ("Perawat Penyelia", "IV/a", True),
        ("Perawat Mahir", "III/c", False),
        ("Analis Kebijakan Ahli Madya", "III", False),  # no ruang: III/c–III/d may be it
        ("Perawat Terampil", "III", True),  # every ruang of III is above II/d
        ("Kepala Bidang Mutasi", "II/a", False),  # no JF: not this rule's
    ],
)
def test_a_jf_post_s_jenjang_is_checked_against_the_holder_s_golongan(
    jabatan: str, golongan: str, flagged: bool
) -> None:
    found = _flagged([person(jabatan=jabatan, golongan=golongan)])
    assert bool(found) == flagged
    if flagged:
        assert found[0][:2] == (5, "GOLONGAN") and f"jabatan '{jabatan}'" in found[0][2]


def test_every_jenjang_s_own_range_is_inside_what_it_can_hold() -> None:
    """The impossible bounds are wider than the indicative ranges: no holder inside a range is ever flagged."""
    assert set(HELD_GOLONGAN) == set(JENJANG)
    for name, j in JENJANG.items():
        low, high = HELD_GOLONGAN[name]
        assert low <= j.gol_min and j.gol_max <= high, name


def test_the_held_range_is_looked_up_once_per_distinct_jenjang(monkeypatch: pytest.MonkeyPatch) -> None:
    """One grouping of the rows and a look-up per distinct jenjang, no map over every row (two Series.map over
    100,000 rows were 0.03 s; speed17, h35): unknown, blank and missing jenjang have no bound."""
    import numpy as np
    import pandas as pd

    from asn_mutasi.domain import jenis

    def no_map(*a: object, **k: object) -> None:
        raise AssertionError("Series.map over every row")

    monkeypatch.setattr(pd.Series, "map", no_map)
    rows = np.array(["ahli muda", None, "pemula", np.nan, "Ahli Muda", "", pd.NA, "ahli utama", "pemula"], dtype=object)
    least, most = jenis.held_golongan_range(rows)
    assert np.array_equal(least, [9, np.nan, 5, np.nan, np.nan, np.nan, np.nan, 13, 5], equal_nan=True)
    assert np.array_equal(most, [17, np.nan, 8, np.nan, np.nan, np.nan, np.nan, 17, 8], equal_nan=True)
