"""An ABK Excel template with its own formulas, recomputed by its application and by us (peers9, h33).

Peer: fendyanjapu/anjab at commit 2b5d949aa42ab83d9b6796dea54d39790609742b (no licence file):

- ``public/asset/doc/contoh_excel.xlsx`` (last changed in 0c9e59ca): one sheet ``Sheet1``, header ``NO | URAIAN TUGAS
  | (merged) | (merged) | SATUAN HASIL | WAKTU PENYELESAIAN (MENIT) | WAKTU KERJA EFEKTIF |  VOLUME KERJA | PEGAWAI
  YANG DIBUTUHKAN | KET`` (the volume header starts with a space), six tasks of one position, ``F`` = 6,000 minutes,
  ``G`` = 72,000 minutes, ``H`` = 1 or 2, and ``I`` = ``=F2*H2/G2``; no position column and no total row.
  LibreOffice (``soffice --headless --convert-to csv``) recomputes ``I`` as 0.0833… and 0.1666…, Σ 0.9167.
- ``app/Imports/TugasPokok.php``: per row ``($v[6] != 0) ? ($v[5] * $v[7] / $v[6]) : 0`` stored as
  ``number_format($hitung, 4)``; ``app/Http/Controllers/homeController.php`` (Form "JUMLAH PEGAWAI"): PHP ``round()``
  of the sum of the stored 4-decimal values.

The layout below is the template's (headers, numbers and its formula's results as cached values; task texts
shortened). Expected numbers come from the port of their formula, never from our code.
"""

from __future__ import annotations

import math
from pathlib import Path

import pandas as pd
import pytest

from asn_mutasi.workload.abk import kebutuhan_from_hours, workload_from_tasks
from asn_mutasi.workload.analysis import effective_ratio, grade_ej

from .sheets import listing, read_sheet, settings, write_sheet

HEADER = [
    "NO",
    "URAIAN TUGAS",
    None,
    None,
    "SATUAN HASIL",
    "WAKTU PENYELESAIAN (MENIT)",
    "WAKTU KERJA EFEKTIF",
    " VOLUME KERJA",
    "PEGAWAI YANG DIBUTUHKAN",
    "KET",
]
#: (satuan hasil, F minutes, G WKE minutes, H volume) of contoh_excel.xlsx rows 2–7
TEMPLATE = [
    ("berkas", 6000, 72000, 1),
    ("kegiatan", 6000, 72000, 2),
    ("kegiatan", 6000, 72000, 2),
    ("laporan", 6000, 72000, 2),
    ("berkas", 6000, 72000, 2),
    ("berkas", 6000, 72000, 2),
]


def fendy_port(rows: list[tuple[str, float, float, float]]) -> tuple[float, int]:
    """Their Σ of per-task ``number_format(F × H ÷ G, 4)`` and the PHP ``round()`` of it (half away from zero)."""
    stored = [float(f"{(f * h / g) if g else 0.0:.4f}") for _, f, g, h in rows]
    total = sum(stored)
    return total, math.floor(total + 0.5)


def _sheet(tmp_path: Path, rows: list[tuple[str, float, float, float]]) -> Path:
    body = [
        [k, f"Uraian tugas {k}", None, None, s, f, g, h, (f * h / g) if g else None, None]
        for k, (s, f, g, h) in enumerate(rows, 1)
    ]
    return write_sheet(tmp_path / "contoh_excel.xlsx", HEADER, body, sheet="Sheet1")


def _ours(path: Path, pembulatan: str = "bulat") -> tuple[float, int, set[str]]:
    listed = listing([("J1", "Analis Tata Kelola", "Dinas Kominfo")])
    result = workload_from_tasks(
        None, listed, settings(pembulatan=pembulatan), raw=read_sheet(path), jabatan="Analis Tata Kelola"
    )
    row = result.frame.set_index("kode_jabatan").loc["J1"]
    return float(row["kebutuhan_riil"]), int(row["kebutuhan"]), {f.code for f in result.findings}


def test_the_templates_own_formula_and_ours_give_the_same_need(tmp_path: Path) -> None:
    total, need = fendy_port(TEMPLATE)
    ours_total, ours_need, codes = _ours(_sheet(tmp_path, TEMPLATE))
    assert need == ours_need == 1
    assert ours_total == pytest.approx(11 / 12)  # LibreOffice's Σ of column I: 0.0833… + 5 × 0.1666…
    assert abs(ours_total - total) <= 5e-5 * len(TEMPLATE)  # their 4-decimal values, summed
    assert "abk-kebutuhan-lembar-berbeda" not in codes  # our share per task is the sheet's column I
    assert "abk-wke-lembar" in codes  # 72,000 minutes (1,200 hours) read from the sheet, not 75,000


def test_their_rounding_before_summing_loses_half_a_person(tmp_path: Path) -> None:
    """Six tasks of 1/12 each: the regulation's Σ workload ÷ WKE is 0.5 → 1 (half up); their stored 0.0833 × 6 =
    0.4998 → 0. We follow the regulation (PermenPANRB 1/2020: kebutuhan = Σ beban kerja ÷ waktu kerja efektif)."""
    rows = [("berkas", 6000.0, 72000.0, 1.0)] * 6
    total, need = fendy_port(rows)
    ours_total, ours_need, _ = _ours(_sheet(tmp_path, rows))
    assert (total, need) == (pytest.approx(0.4998), 0)
    assert (ours_total, ours_need) == (pytest.approx(0.5), 1)


#: a Form D (Permendagri 12/2008: Σ beban kerja in hours, kebutuhan = beban ÷ 1,250, EJ = beban ÷ (pegawai yang ada ×
#: 1,250), PJ A–E) as a BKD spreadsheet writes it: (beban kerja jam, pegawai yang ada); LibreOffice recomputes
#: ``=ROUND(C/1250,0)``, ``=C/(F*1250)`` and ``=IF(H>1,"A",IF(H>=0.9,"B",IF(H>=0.7,"C",IF(H>=0.5,"D","E"))))``
FORM_D = [(1011.0, 1), (3125.0, 2), (1875.0, 3), (1118.75, 1), (1255.0, 1)]


def form_d_port(beban: float, ada: int) -> tuple[int, float, str]:
    """The spreadsheet's ROUND (half away from zero), EJ and nested-IF PJ on the unrounded EJ."""
    ej = beban / (ada * 1250) if ada else 0.0
    pj = "A" if ej > 1 else "B" if ej >= 0.9 else "C" if ej >= 0.7 else "D" if ej >= 0.5 else "E"
    return math.floor(beban / 1250 + 0.5), ej, pj


@pytest.mark.parametrize("ej_desimal", [-1, 2])
def test_form_d_formulas_agree_on_need_and_ej_and_on_grade_when_ej_is_graded_unrounded(ej_desimal: int) -> None:
    s = settings(ej_desimal=ej_desimal)
    beban = pd.Series([b for b, _ in FORM_D])
    ada = pd.Series([float(a) for _, a in FORM_D])
    ej = effective_ratio(beban, ada * 1250.0)
    grades = grade_ej(ej, s).tolist()
    theirs = [form_d_port(b, a) for b, a in FORM_D]
    assert [kebutuhan_from_hours(b, s) for b, _ in FORM_D] == [n for n, _, _ in theirs] == [1, 3, 2, 1, 1]
    assert ej.tolist() == pytest.approx([e for _, e, _ in theirs])
    if ej_desimal == -1:
        assert grades == [p for _, _, p in theirs] == ["C", "A", "D", "C", "A"]
    else:  # the default grades EJ on its two printed decimals: 0.895 → 0.90 (B) and 1.004 → 1.00 (B)
        assert grades == ["C", "A", "D", "B", "B"]
