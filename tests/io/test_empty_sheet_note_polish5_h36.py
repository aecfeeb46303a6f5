"""An empty report sheet says why it is empty (polish5, h36).

bandingkan's Masuk and Keluar (nobody joined or left), its Realisasi Rencana without --rencana and periksa's Baris
Dikecualikan / Pegawai Tidak Tertaut (nothing excluded, everyone linked) were a bare header row: read as a sheet
the tool left unfinished. The note goes on the row under the header, in italics; a table with rows gets none.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from openpyxl import load_workbook

from asn_mutasi.io.report_workbook import Sheet, write_report_workbook
from asn_mutasi.io.rollout_workbooks import COMPARE_EMPTY, NO_PLAN, write_compare_workbook
from asn_mutasi.rollout.compare import compare_rosters


def _roster(nips: list[str], unit: str) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "nip": nips,
            "nama": [f"Pegawai {i}" for i in range(len(nips))],
            "jabatan": "Analis Kepegawaian Ahli Pertama",
            "unit_kerja": unit,
        }
    )


def test_an_empty_sheet_carries_its_note_and_a_full_one_none(tmp_path: Path) -> None:
    path = tmp_path / "laporan.xlsx"
    empty = pd.DataFrame(columns=["berkas", "baris", "alasan"])
    full = pd.DataFrame({"berkas": ["a.xlsx"], "baris": [3], "alasan": ["NIP bukan 18 digit"]})
    write_report_workbook(
        path, {"Kosong": Sheet(empty, empty="Tidak ada baris."), "Isi": Sheet(full, empty="Tidak ada baris.")}
    )
    wb = load_workbook(path)
    assert wb["Kosong"]["A2"].value == "Tidak ada baris." and wb["Kosong"]["A2"].font.i
    assert [c.value for c in wb["Isi"][2]] == ["a.xlsx", 3, "NIP bukan 18 digit"] and wb["Isi"].max_row == 2


def test_a_comparison_without_joiners_leavers_or_plan_says_so(tmp_path: Path) -> None:
    nips = ["198503122010011003", "199001012015032001"]
    comparison = compare_rosters(_roster(nips, "Dinas Sosial"), _roster(nips, "Dinas Kesehatan"), None)
    path = tmp_path / "banding.xlsx"
    write_compare_workbook(comparison, path)
    wb = load_workbook(path)
    assert wb["Masuk"]["A2"].value == COMPARE_EMPTY["Masuk"]
    assert wb["Keluar"]["A2"].value == COMPARE_EMPTY["Keluar"]
    assert wb["Realisasi Rencana"]["A2"].value == NO_PLAN
    assert wb["Pindah"]["A2"].value == nips[0]  # a table with rows: its first row, no note


def test_periksa_report_notes_no_excluded_row_and_no_unlinked_employee(tmp_path: Path) -> None:
    from cli_helpers import EXIT_OK, TANGGAL, expect, run, small_inputs

    people = [["198503122010011003", "Ani", "Analis Kepegawaian Ahli Pertama", "Dinas Sosial"]]
    positions = [["DINSOS-1", "Analis Kepegawaian Ahli Pertama", "Dinas Sosial", 2]]
    roster, table = small_inputs(tmp_path, people, positions)
    out = tmp_path / "periksa.xlsx"
    expect(run("periksa", roster, table, "-o", out, "--gagal-jika", "tidak-pernah", *TANGGAL), EXIT_OK)
    wb = load_workbook(out)
    assert wb["Baris Dikecualikan"]["A2"].value == "Tidak ada baris yang dikecualikan."
    assert wb["Pegawai Tidak Tertaut"]["A2"].value == "Setiap pegawai valid tertaut ke jabatan pada peta jabatan."
