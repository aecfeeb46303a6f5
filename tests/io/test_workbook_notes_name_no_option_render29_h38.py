"""What the analyst reads in a workbook names no command-line option (render29, h38).

bandingkan's empty Realisasi Rencana said "Tanpa --rencana: ..." and the plan's Ringkasan rows read "Dikecualikan:
baris instansi lain (--instansi)" and "... jatuh tempo (--rotasi)": flags for whoever typed the command, not words
for the BKD analyst or the Baperjakat member who opens the workbook.
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
from openpyxl import load_workbook

from asn_mutasi.io.indicator_workbook import write_indicator_template
from asn_mutasi.io.rollout_workbooks import write_compare_workbook
from asn_mutasi.labels import SUMMARY_LABELS
from asn_mutasi.rollout.compare import compare_rosters

OPTION = re.compile(r"(?<![\w-])--[a-z]")


def _roster(unit: str) -> pd.DataFrame:
    nips = ["198503122010011003", "199001012015032001"]
    return pd.DataFrame({"nip": nips, "nama": ["Ani", "Budi"], "jabatan": "Analis Kepegawaian", "unit_kerja": unit})


def test_comparison_without_a_plan_says_what_to_do_in_words(tmp_path: Path) -> None:
    path = tmp_path / "banding.xlsx"
    write_compare_workbook(compare_rosters(_roster("Dinas Sosial"), _roster("Dinas Kesehatan"), None), path)
    wb = load_workbook(path)
    texts = [(ws.title, v) for ws in wb for row in ws.iter_rows(values_only=True) for v in row if isinstance(v, str)]
    assert not [t for t in texts if OPTION.search(t[1])]
    note = wb["Realisasi Rencana"]["A2"].value
    assert "bandingkan" in note and "buku kerja rencana" in note


def test_summary_rows_name_no_option() -> None:
    assert not {k: v for k, v in SUMMARY_LABELS.items() if OPTION.search(v)}


def test_indicator_template_says_what_it_is_for_in_words(tmp_path: Path) -> None:
    """Its Petunjuk opened with "(untuk asn-mutasi bandingkan --indikator)" for the OPD officer filling it."""
    path = tmp_path / "indikator.xlsx"
    write_indicator_template(["Dinas Sosial"], ["2025", "2026"], path)
    wb = load_workbook(path)
    texts = [v for ws in wb for row in ws.iter_rows(values_only=True) for v in row if isinstance(v, str)]
    assert texts and not [t for t in texts if OPTION.search(t)]
