"""ABK: kebutuhan from hours and from a task sheet (volume × norma waktu)."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from asn_mutasi.config import Settings, Workload
from asn_mutasi.errors import ConfigError
from asn_mutasi.workload import apply_abk, kebutuhan_from_hours, parse_number, workload_from_tasks

from .frames import make_positions


def _settings(mode: str) -> Settings:
    return Settings(beban_kerja=Workload(pembulatan=mode))


@pytest.mark.parametrize(
    ("hours", "bulat", "atas", "bawah"),
    [
        (1875.0, 2, 2, 1),
        (1874.0, 1, 2, 1),
        (2500.0, 2, 2, 2),
        (2500.0000001, 2, 2, 2),
        (0.0, 0, 0, 0),
        (100.0, 0, 1, 0),
    ],
)
def test_kebutuhan_from_hours_rounding(hours: float, bulat: int, atas: int, bawah: int) -> None:
    assert kebutuhan_from_hours(hours, _settings("bulat")) == bulat
    assert kebutuhan_from_hours(hours, _settings("atas")) == atas
    assert kebutuhan_from_hours(hours, _settings("bawah")) == bawah


@given(st.floats(min_value=0, max_value=1e6, allow_nan=False))
def test_rounding_modes_bracket_the_exact_need(hours: float) -> None:
    exact = hours / 1250
    lo, mid, hi = (kebutuhan_from_hours(hours, _settings(m)) for m in ("bawah", "bulat", "atas"))
    assert lo <= mid <= hi and hi - lo <= 1
    assert lo <= exact + 1e-6 and hi >= exact - 1e-6
    assert abs(mid - exact) <= 0.5 + 1e-6


def test_unknown_rounding_mode_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="pembulatan 'acak'"):
        _settings("acak")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1.250", 1250.0),
        ("0.005", 0.005),  # not thousands: a group never starts with 0
        ("0.250", 0.25),
        ("-0.125", -0.125),
        ("1,5", 1.5),
        ("1.250,5", 1250.5),
        ("1,250.5", 1250.5),
        ("30", 30.0),
        (12, 12.0),
        ("abc", None),
        ("", None),
    ],
)
def test_parse_number(text: object, value: float | None) -> None:
    assert parse_number(text) == value


@pytest.fixture
def positions() -> pd.DataFrame:
    return make_positions(
        [
            {
                "kode_jabatan": "J1",
                "nama_jabatan": "Kepala Subbagian Umum",
                "unit_kerja": "Sekretariat",
                "kebutuhan": np.nan,
            },
            {"kode_jabatan": "J2", "nama_jabatan": "Pengelola Data", "unit_kerja": "Sekretariat", "kebutuhan": np.nan},
            {
                "kode_jabatan": "J3",
                "nama_jabatan": "Analis",
                "unit_kerja": "Bidang",
                "kebutuhan": 4,
                "beban_kerja_jam": 900.0,
            },
        ]
    )


@pytest.fixture
def tasks() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "_baris": [3, 4, 5, 6, 7, 8],
            "kode_jabatan": [None, "J2", None, None, None, None],
            "nama_jabatan": ["Kasubbag Umum", "x", "Kasubbag Umum", "Tidak Ada", "Pengelola Data", "Analis"],
            "unit_kerja": ["Sekretariat", None, "Sekretariat", "Sekretariat", "Sekretariat", "Bidang"],
            "uraian_tugas": ["a", "b", "c", "d", "e", "f"],
            "volume": ["1.000", "200", 12, "5", "dua", "10"],
            "norma_waktu": ["45", "60,5", "300", "10", "10", "60"],
        }
    )


def test_workload_from_tasks_sums_per_position(positions: pd.DataFrame, tasks: pd.DataFrame) -> None:
    res = workload_from_tasks(tasks, positions, Settings(), source="abk.xlsx")
    out = res.frame.set_index("kode_jabatan")
    minutes_j1 = 1000 * 45 + 12 * 300
    minutes_j2 = 200 * 60.5
    assert out.loc["J1", "menit_kerja"] == pytest.approx(minutes_j1)
    assert out.loc["J1", "beban_kerja_jam"] == pytest.approx(minutes_j1 / 60)
    assert out.loc["J1", "kebutuhan"] == math.floor(minutes_j1 / 75000 + 0.5)
    assert out.loc["J2", "menit_kerja"] == pytest.approx(minutes_j2)
    codes = sorted((f.code, f.location.row) for f in res.findings)
    assert codes == [("angka-tidak-valid", 7), ("jabatan-tidak-ditemukan", 6)]
    assert all(f.location.file == "abk.xlsx" for f in res.findings)


def test_only_task_sheet_fills_positions(positions: pd.DataFrame, tasks: pd.DataFrame) -> None:
    res = apply_abk(positions, tasks, Settings())
    out = res.frame.set_index("kode_jabatan")
    assert out.loc["J1", "beban_kerja_jam"] == pytest.approx((1000 * 45 + 12 * 300) / 60)
    assert out.loc["J1", "kebutuhan"] == 1  # 48,600 / 75,000 = 0.648 → 1
    assert out.loc["J2", "kebutuhan"] == 0  # 12,100 / 75,000 = 0.16 → 0
    # values the table already had are kept
    assert out.loc["J3", "kebutuhan"] == 4 and out.loc["J3", "beban_kerja_jam"] == 900.0


def test_only_hours_without_task_sheet(positions: pd.DataFrame) -> None:
    positions.loc[0, "beban_kerja_jam"] = 3125.0
    res = apply_abk(positions, None, Settings())
    out = res.frame.set_index("kode_jabatan")
    assert out.loc["J1", "kebutuhan"] == 3  # 2.5 → 3 (half up)
    assert pd.isna(out.loc["J2", "kebutuhan"])  # nothing gives it
    assert res.findings == []


def test_hours_use_each_posts_own_wke(positions: pd.DataFrame) -> None:
    """(peers3, h31) A post whose table writes its own WKE (randisun05/kebutuhan's "WKE (jam)" 1.200, Form D's "Jam Kerja
    Efektif") gets its kebutuhan from beban kerja on that WKE, as ``prepare_positions`` computes it: 1.800 h on 1.200 h
    is 1,5 → 2 people (theirs); on the setting's 1.250 h it read 1,44 → 1."""
    positions["beban_kerja_jam"] = [1800.0, 1800.0, 900.0]
    positions["wke_jam"] = [np.nan, 1200.0, np.nan]
    out = apply_abk(positions, None, Settings()).frame.set_index("kode_jabatan")["kebutuhan"]
    assert out["J2"] == 2  # its own 1.200 h
    assert out["J1"] == 1  # managerial: one seat
    table = positions.drop(columns=["wke_jam"]).assign(waktu_efektif=[None, "72.000", "1.200"])
    table.loc[2, ["kebutuhan", "beban_kerja_jam"]] = [np.nan, 610.0]
    out = apply_abk(table, None, Settings()).frame.set_index("kode_jabatan")["kebutuhan"]
    assert out["J2"] == 2  # 72.000 is minutes: 1.200 h
    assert out["J3"] == 1  # 610 h on 1.200 h: 0,51 → 1 (on 1.250 h: 0,49 → 0)


def test_unlinked_task_rows_are_one_finding_per_post(positions: pd.DataFrame) -> None:
    """A post missing from the table is said once with its task-row count, rows and the closest post, not once per
    task row (polish2, h34)."""
    tasks = pd.DataFrame(
        {
            "_baris": list(range(3, 11)),
            "nama_jabatan": ["Pengelola Dta"] * 7 + ["Tidak Ada"],
            "unit_kerja": ["Sekretariat"] * 8,
            "uraian_tugas": list("abcdefgh"),
            "volume": ["10"] * 8,
            "norma_waktu": ["30"] * 8,
        }
    )
    res = workload_from_tasks(tasks, positions, Settings(), source="abk.xlsx")
    missing = [f for f in res.findings if f.code == "jabatan-tidak-ditemukan"]
    assert [(f.location.row, f.location.value) for f in missing] == [(3, "Pengelola Dta"), (10, "Tidak Ada")]
    assert "(7 baris tugas, baris 3, 4, 5, 6, 7 …)" in missing[0].message
    assert "Pengelola Data" in missing[0].message  # the closest post of the unit
    assert "baris tugas" not in missing[1].message
