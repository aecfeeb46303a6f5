"""Projected retirements: BUP per position type, TMT pensiun, horizon boundaries."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from asn_mutasi.config import Rules, Settings
from asn_mutasi.domain.jabatan import pension_date, retirement_age
from asn_mutasi.workload import link_employees, projected_retirements
from asn_mutasi.workload.retirement import RETIREMENT_COLUMNS, add_months

from .frames import make_positions, make_roster

AS_OF = date(2025, 1, 15)


def _roster(born: list[str], names: list[str] | None = None, jenis: list[str | None] | None = None) -> pd.DataFrame:
    names = names or ["Pengadministrasi Umum"] * len(born)
    jenis = jenis or [None] * len(born)
    return make_roster(
        [
            {"tanggal_lahir": pd.Timestamp(b), "jabatan": n, "unit_kerja": "U", "jenis_jabatan": j}
            for b, n, j in zip(born, names, jenis, strict=True)
        ]
    )


def test_boundaries_of_the_horizon() -> None:
    # BUP 58 (pelaksana); horizon 12 months → end 2026-01-15
    roster = _roster(["1967-11-30", "1967-12-01", "1968-01-01", "1957-03-03"])
    out = projected_retirements(roster, Settings(), as_of=AS_OF, horizon_months=12)
    got = dict(zip(out["nip"], out["tmt_pensiun"].dt.date, strict=True))
    nips = roster["nip"].tolist()
    assert got == {
        nips[3]: date(2015, 4, 1),  # already past BUP: still listed
        nips[0]: date(2025, 12, 1),
        nips[1]: date(2026, 1, 1),  # 2026-01-01 <= 2026-01-15
    }
    assert list(out.columns) == list(RETIREMENT_COLUMNS)
    assert out["tmt_pensiun"].is_monotonic_increasing


def test_exact_end_date_is_included() -> None:
    roster = _roster(["1967-12-20"])  # TMT 2026-01-01
    assert len(projected_retirements(roster, Settings(), as_of=date(2025, 1, 1), horizon_months=12)) == 1
    assert len(projected_retirements(roster, Settings(), as_of=date(2024, 12, 31), horizon_months=12)) == 0


def test_bup_by_position_type_and_level() -> None:
    names = ["Analis Kebijakan Ahli Utama", "Analis Kebijakan Ahli Madya", "Kepala Dinas", "Analis Kebijakan Ahli Muda"]
    jenis: list[str | None] = ["Fungsional", "Fungsional", "JPT Pratama", "Fungsional"]
    roster = _roster(["1961-06-10"] * 4, names, jenis)
    out = projected_retirements(roster, Settings(), as_of=date(2030, 1, 1), horizon_months=600).set_index("jabatan")
    assert out.loc[names[0], "bup"] == 65 and out.loc[names[0], "tmt_pensiun"] == pd.Timestamp("2026-07-01")
    assert out.loc[names[1], "bup"] == 60 and out.loc[names[2], "bup"] == 60
    assert out.loc[names[3], "bup"] == 58 and out.loc[names[3], "tmt_pensiun"] == pd.Timestamp("2019-07-01")


def test_matches_domain_rules_row_by_row() -> None:
    born = pd.date_range("1960-01-01", periods=300, freq="17D")
    names = ["Kepala Seksi", "Analis Ahli Madya", "Pengadministrasi"] * 100
    roster = _roster([str(b.date()) for b in born], names)
    out = projected_retirements(roster, Settings(), as_of=date(2040, 1, 1), horizon_months=0).set_index("nip")
    for nip, b, n in zip(roster["nip"], born, names, strict=True):
        bup = retirement_age(None, n, Rules())
        assert out.loc[nip, "bup"] == bup
        assert out.loc[nip, "tmt_pensiun"].date() == pension_date(b.date(), bup)


def test_linked_code_missing_birth_and_excluded_rows() -> None:
    positions = make_positions([{"kode_jabatan": "P1", "nama_jabatan": "Pengadministrasi Umum", "unit_kerja": "U"}])
    roster = _roster(["1950-01-01", "1950-01-01", "1950-01-01"])
    roster.loc[1, "tanggal_lahir"] = pd.NaT
    roster.loc[2, "_status"] = "dikecualikan"
    linked = link_employees(roster, positions).frame
    out = projected_retirements(linked, Settings(), as_of=AS_OF, horizon_months=12)
    assert out["nip"].tolist() == [roster.loc[0, "nip"]]
    assert out.loc[0, "kode_jabatan"] == "P1"


def test_default_horizon_from_settings() -> None:
    roster = _roster(["1967-11-30"])  # TMT 2025-12-01
    assert len(projected_retirements(roster, Settings(), as_of=AS_OF)) == 1


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (date(2025, 1, 31), 1, date(2025, 2, 28)),
        (date(2024, 2, 29), 12, date(2025, 2, 28)),
        (date(2025, 11, 15), 3, date(2026, 2, 15)),
    ],
)
def test_add_months(day: date, months: int, expected: date) -> None:
    assert add_months(day, months) == expected


def test_people_already_past_their_tmt_pensiun_are_found() -> None:
    """A roster that is behind: TMT pensiun 2015 and 2025-01-01 on 2025-01-15 are past; 2025-12-01 is not; a
    Dosen (BUP 65) born in 1962 is not either (a pelaksana would be). Said by `pensiun-terlewati` (walkthrough: a past TMT counted as a
    future vacancy without a word)."""
    from asn_mutasi.workload.retirement import past_pension

    roster = _roster(
        ["1957-03-03", "1966-12-05", "1967-11-30", "1962-03-03"],
        names=["Pengadministrasi Umum"] * 3 + ["Dosen"],
    )
    got = past_pension(roster, Settings(), AS_OF)
    assert sorted(got.dt.date.tolist()) == [date(2015, 4, 1), date(2025, 1, 1)]
    assert list(got.index) == [0, 1]
