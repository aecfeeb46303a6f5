"""Write the decree list (daftar SK) and the before/after comparison as Excel workbooks.

Both go through :func:`asn_mutasi.io.report_workbook.write_report_workbook`: Indonesian
headers, words for coded values, rounded figures, NIP as text, dates as real dates,
widths and row heights that fit, a print setup, atomic write, no overwrite without
``overwrite=True``.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from asn_mutasi.io.report_workbook import Sheet, summary_frame, write_report_workbook
from asn_mutasi.labels import SUMMARY_LABELS
from asn_mutasi.rollout.apply import SK_COLUMNS
from asn_mutasi.rollout.compare import REALISATION_COLUMNS, Comparison

COMPARE_SHEETS: tuple[str, ...] = ("Ringkasan", "Pindah", "Masuk", "Keluar", "Per Unit", "Realisasi Rencana")
#: header overrides of the comparison tables (everything else from asn_mutasi.labels)
COMPARE_HEADERS: dict[str, str] = {"alasan": "Keterangan", "bezetting_sebelum": "Bezetting Sebelum"}
#: what an empty comparison sheet means, written under its header (:attr:`Sheet.empty`)
COMPARE_EMPTY: dict[str, str] = {
    "Pindah": "Tidak ada pegawai yang pindah jabatan atau unit kerja antara data sebelum dan sesudah.",
    "Masuk": "Tidak ada pegawai masuk: setiap NIP pada data sesudah sudah ada pada data sebelum.",
    "Keluar": "Tidak ada pegawai keluar: setiap NIP pada data sebelum masih ada pada data sesudah.",
    "Per Unit": "Tidak ada unit kerja untuk dibandingkan.",
}
#: the Realisasi Rencana sheet without ``--rencana``, and with a plan none of whose moves is approved; the analyst
#: reading the workbook is told what to do in words, not the command-line option ("Tanpa --rencana"; render29, h38)
NO_PLAN = (
    "Realisasi rencana tidak dihitung: perbandingan ini dibuat tanpa buku kerja rencana. Untuk melihat usulan "
    "mutasi mana yang sudah terlaksana, jalankan lagi perintah bandingkan dengan menyertakan buku kerja rencana "
    "yang sudah diberi Keputusan."
)
NO_APPROVED = "Tidak ada usulan yang disetujui (Setuju) pada rencana."


def write_sk_workbook(sk: pd.DataFrame, path: str | Path, *, overwrite: bool = False) -> None:
    """Write the daftar SK (one row per approved move) to an xlsx workbook."""
    frame = sk[[c for c, _ in SK_COLUMNS]]
    write_report_workbook(path, {"Daftar SK": Sheet(frame, headers=dict(SK_COLUMNS))}, overwrite=overwrite)


def write_compare_workbook(comparison: Comparison, path: str | Path, *, overwrite: bool = False) -> None:
    """Write the comparison: sheets :data:`COMPARE_SHEETS` (Realisasi Rencana empty without a plan)."""
    realisation = (
        comparison.realisation
        if comparison.realisation is not None
        else pd.DataFrame(columns=list(REALISATION_COLUMNS))
    )
    tables = (comparison.moved, comparison.joined, comparison.left, comparison.units, realisation)
    sheets: dict[str, pd.DataFrame | Sheet] = {"Ringkasan": summary_frame(comparison.summary, SUMMARY_LABELS)}
    empty = COMPARE_EMPTY | {"Realisasi Rencana": NO_APPROVED if comparison.realisation is not None else NO_PLAN}
    sheets.update(
        {
            name: Sheet(t, headers=COMPARE_HEADERS, empty=empty[name])
            for name, t in zip(COMPARE_SHEETS[1:], tables, strict=True)
        }
    )
    write_report_workbook(path, sheets, overwrite=overwrite)
