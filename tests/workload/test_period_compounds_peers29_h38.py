"""Periods written as one word, as months, or as an application's stored value, as peers compute them (peers29, h38).

Peers (expected numbers from their own tests and code, never from ours):

- randisun05/kebutuhan at commit 9d2e3578f6a59a3132971b8fe5bc8e50a4fceae2, ``tests/Feature/AbkManagementTest.php``
  ``test_volume_per_bulan_minggu_hari_disetahunkan``: 100 × 30 minutes a month, 2 × 60 a day, 1 × 120 a week on 75,000
  minutes are 72,000 minutes, ``kebutuhan_hitung`` 0,96 and ``kebutuhan`` 1 (``Referensi::PERIODE_PER_TAHUN``: tahun 1,
  bulan 12, minggu 50, hari 250; ``AnjabAbk::recalculate``: PHP ``round`` half up).
- Sujatmiko-Arafuru/WOLA at commit 735b4b74245962e25921256f355f9032d5910c18, ``app/Models/WorkloadEntry.php``
  ``calculateMinutesPerDay``: ``time_unit`` daily ×1, weekly ÷5, monthly ÷20, yearly ÷240 minutes a day, 300 minutes a
  day being one person (README: 1 hari = 300 menit, 1 tahun = 72.000 menit); its ``TaskSeeder`` norms (30, 120, 240,
  300 minutes).

Before: "Perbulan", "Perhari", "Pertahun" (one word, as Indonesian sheets often write it), "sebulan", and WOLA's
"daily"/"weekly" cells were unknown periods and every such task was left out; a volume header "Volume Perbulan" was read
as a year's volume (12 times too little work, kebutuhan 0 for 1) and "Volume (per 3 bulan)" as a month's (×12 for ×4).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from asn_mutasi.workload.abk import workload_from_tasks
from asn_mutasi.workload.tasksheet import period_of

from .sheets import listing, read_sheet, settings, write_sheet

POST = listing([("JF-1", "Analis Kepegawaian Ahli Pertama", "Badan Kepegawaian Daerah")])


def _need(tmp_path: Path, header: list[str], rows: list[list[object]], **workload: object) -> tuple[float, float, int]:
    raw = read_sheet(write_sheet(tmp_path / "abk.xlsx", header, rows))
    got = workload_from_tasks(None, POST, settings(**workload), raw=raw, jabatan="Analis Kepegawaian Ahli Pertama")
    assert not [f for f in got.findings if f.code == "abk-periode-tidak-dikenal"], got.findings
    (row,) = got.frame.to_dict("records")
    return float(row["menit_kerja"]), float(row["kebutuhan_riil"]), int(row["kebutuhan"])


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("Perhari", "hari"),
        ("PERMINGGU", "minggu"),
        ("Perbulan", "bulan"),
        ("Pertahun", "tahun"),
        ("Persemester", "semester"),
        ("sebulan", "bulan"),
        ("1 x setahun", "tahun"),
        ("per 3 bulan", "triwulan"),
        ("6 bulan", "semester"),
        ("daily", "hari"),
        ("monthly", "bulan"),
        ("per 2 bulan", None),  # no period of its own: named, never guessed
        ("2 x sebulan", None),
    ],
)
def test_period_written_as_one_word_or_in_months(text: str, period: str | None) -> None:
    assert period_of(text) == period


@pytest.mark.parametrize("spelling", [("per bulan", "per hari", "per minggu"), ("Perbulan", "Perhari", "Perminggu")])
def test_randisun05_periods_in_either_spelling_give_their_kebutuhan(tmp_path: Path, spelling: tuple[str, ...]) -> None:
    header = ["Uraian Tugas", "Volume", "Satuan Periode", "Norma Waktu (menit)"]
    rows = [["Bulanan", 100, spelling[0], 30], ["Harian", 2, spelling[1], 60], ["Mingguan", 1, spelling[2], 120]]
    minutes, riil, need = _need(tmp_path, header, rows)
    assert minutes == pytest.approx(72000)  # their assertEquals(72000, total_beban_kerja)
    assert round(riil, 2) == 0.96 and need == 1  # their kebutuhan_hitung 0.96, kebutuhan 1


@pytest.mark.parametrize(
    ("volume_header", "factor"),
    [("Volume per Bulan", 12), ("Volume Perbulan", 12), ("Jumlah Hasil Perhari", 250), ("Volume (per 3 bulan)", 4)],
)
def test_period_in_the_volume_header(tmp_path: Path, volume_header: str, factor: int) -> None:
    """randisun05's PERIODE_PER_TAHUN factors (a triwulan is a quarter of the year's 75,000 minutes)."""
    rows = [["Menyusun laporan", 100, 30], ["Memverifikasi usulan", 4, 300]]
    minutes = _need(tmp_path, ["Uraian Tugas", volume_header, "Norma Waktu (menit)"], rows)[0]
    assert minutes == pytest.approx((100 * 30 + 4 * 300) * factor)


def test_wola_time_units_give_its_persons(tmp_path: Path) -> None:
    """WOLA's stored ``time_unit`` cells: its people are Σ calculateMinutesPerDay ÷ 300 on its 72,000-minute year."""
    entries = [(30, 10, "daily"), (120, 1, "weekly"), (240, 2, "monthly"), (300, 1, "yearly")]  # norm, qty, unit
    per_day = {"daily": 1, "weekly": 5, "monthly": 20, "yearly": 240}
    theirs = sum(norm * qty / per_day[unit] for norm, qty, unit in entries) / 300
    rows = [[f"Tugas {k}", qty, unit, norm] for k, (norm, qty, unit) in enumerate(entries, 1)]
    header = ["Uraian Tugas", "Volume", "Satuan Waktu", "Norma Waktu (menit)"]
    _minutes, riil, need = _need(tmp_path, header, rows, menit_kerja_efektif=72000)
    assert riil == pytest.approx(theirs)  # 349,25 minutes a day: 1,164 persons
    assert need == 1


@pytest.mark.parametrize(("volume_header", "factor"), [("Volume Sehari", 250), ("Volume Kerja Perbulan", 12)])
def test_volume_header_with_a_one_word_period_is_the_volume(tmp_path: Path, volume_header: str, factor: int) -> None:
    """Such a header was no volume heading: the sheet was refused (exit 3) with "maksud Anda 'Volume Sehari'?"."""
    rows = [["Menyusun laporan", 2, 30], ["Memverifikasi usulan", 1, 60]]
    minutes = _need(tmp_path, ["Uraian Tugas", volume_header, "Norma Waktu (menit)"], rows)[0]
    assert minutes == pytest.approx((2 * 30 + 60) * factor)
