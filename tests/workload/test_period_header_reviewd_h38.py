"""A volume header stating a number of periods that is no period of its own ("Volume per 2 Bulan") is an unknown
period, as the same words in a period cell are, never a year's volume (reviewD, h38)."""

from __future__ import annotations

from pathlib import Path

from asn_mutasi.workload.abk import workload_from_tasks

from .sheets import listing, read_sheet, settings, write_sheet

POST = listing([("JF-1", "Analis Kepegawaian Ahli Pertama", "Badan Kepegawaian Daerah")])


def _codes(tmp_path: Path, header: list[str], rows: list[list[object]]) -> list[str]:
    raw = read_sheet(write_sheet(tmp_path / "abk.xlsx", header, rows))
    got = workload_from_tasks(None, POST, settings(), raw=raw, jabatan="Analis Kepegawaian Ahli Pertama")
    return [f.code for f in got.findings]


def test_a_volume_header_per_two_months_is_an_unknown_period(tmp_path: Path) -> None:
    """It was read as a year's volume, silently: 100 reports every two months counted as 100 a year."""
    rows = [["Menyusun laporan", 100, 30], ["Memverifikasi usulan", 4, 300]]
    codes = _codes(tmp_path, ["Uraian Tugas", "Volume per 2 Bulan", "Norma Waktu (menit)"], rows)
    assert codes.count("abk-periode-tidak-dikenal") == 2


def test_a_blank_period_cell_under_such_a_header_is_an_unknown_period(tmp_path: Path) -> None:
    rows = [["Menyusun laporan", 100, "per bulan", 30], ["Memverifikasi usulan", 4, "", 300]]
    header = ["Uraian Tugas", "Volume per 2 Bulan", "Satuan Periode", "Norma Waktu (menit)"]
    assert _codes(tmp_path, header, rows).count("abk-periode-tidak-dikenal") == 1
