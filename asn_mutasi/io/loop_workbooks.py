"""Write the decree list (daftar SK) and the before/after comparison as Excel workbooks.

Both use :func:`asn_mutasi.io.writers.write_simple_xlsx`: frozen header, autofilter,
sensible widths, NIP as text, dates as real dates, atomic write, no overwrite without
``overwrite=True``. Headers are the Indonesian labels an analyst expects.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd

from asn_mutasi.io.writers import write_simple_xlsx
from asn_mutasi.loop.apply import SK_COLUMNS
from asn_mutasi.loop.compare import REALISATION_COLUMNS, Comparison

COMPARE_SHEETS: tuple[str, ...] = ("Ringkasan", "Pindah", "Masuk", "Keluar", "Per Unit", "Realisasi Rencana")

#: canonical column → Excel header for the comparison tables
COMPARE_HEADERS: dict[str, str] = {
    "nip": "NIP",
    "nama": "Nama",
    "jabatan": "Jabatan",
    "unit_kerja": "Unit Kerja",
    "jabatan_sebelum": "Jabatan Sebelum",
    "unit_sebelum": "Unit Kerja Sebelum",
    "jabatan_sesudah": "Jabatan Sesudah",
    "unit_sesudah": "Unit Kerja Sesudah",
    "kebutuhan": "Kebutuhan",
    "bezetting_sebelum": "Bezetting Sebelum",
    "bezetting_sesudah": "Bezetting Sesudah",
    "perubahan_bezetting": "Perubahan Bezetting",
    "lowongan_sebelum": "Lowongan Sebelum",
    "lowongan_sesudah": "Lowongan Sesudah",
    "ej_sebelum": "EJ Sebelum",
    "ej_sesudah": "EJ Sesudah",
    "kelas_ej_sebelum": "Kelas EJ Sebelum",
    "kelas_ej_sesudah": "Kelas EJ Sesudah",
    "id_mutasi": "ID Mutasi",
    "jabatan_asal": "Jabatan Asal",
    "unit_asal": "Unit Kerja Asal",
    "jabatan_tujuan": "Jabatan Tujuan",
    "unit_tujuan": "Unit Kerja Tujuan",
    "terlaksana": "Terlaksana",
    "status": "Status",
    "jabatan_sekarang": "Jabatan Sekarang",
    "unit_sekarang": "Unit Kerja Sekarang",
    "alasan": "Keterangan",
}

SUMMARY_LABELS: dict[str, str] = {
    "jumlah_pegawai_sebelum": "Jumlah pegawai sebelum",
    "jumlah_pegawai_sesudah": "Jumlah pegawai sesudah",
    "pindah": "Pegawai pindah jabatan",
    "masuk": "Pegawai masuk",
    "keluar": "Pegawai keluar",
    "lowongan_sebelum": "Lowongan sebelum",
    "lowongan_sesudah": "Lowongan sesudah",
    "indeks_ketimpangan_sebelum": "Indeks ketimpangan sebelum (lebih kecil lebih baik)",
    "indeks_ketimpangan_sesudah": "Indeks ketimpangan sesudah",
    "rencana_disetujui": "Mutasi disetujui dalam rencana",
    "rencana_terlaksana": "Mutasi rencana yang terlaksana",
    "rencana_belum_terlaksana": "Mutasi rencana yang belum terlaksana",
}


def sk_frame(sk: pd.DataFrame) -> pd.DataFrame:
    """Return the decree list with its Indonesian headers, in :data:`SK_COLUMNS` order."""
    return sk[[c for c, _ in SK_COLUMNS]].rename(columns=dict(SK_COLUMNS))


def write_sk_workbook(sk: pd.DataFrame, path: str | Path, *, overwrite: bool = False) -> None:
    """Write the daftar SK (one row per approved move) to an xlsx workbook."""
    write_simple_xlsx(path, {"Daftar SK": sk_frame(sk)}, overwrite=overwrite, text_columns=("NIP",))


def _labelled(frame: pd.DataFrame) -> pd.DataFrame:
    out = frame.rename(columns={c: COMPARE_HEADERS.get(c, c) for c in frame.columns})
    if "Terlaksana" in out.columns:
        out["Terlaksana"] = out["Terlaksana"].map({True: "Ya", False: "Tidak"})
    return out


def summary_frame(comparison: Comparison) -> pd.DataFrame:
    """Return the Ringkasan sheet: one labelled row per summary figure."""
    rows: list[dict[str, Any]] = [
        {"Ukuran": SUMMARY_LABELS.get(key, key), "Nilai": "-" if value is None else value}
        for key, value in comparison.summary.items()
    ]
    return pd.DataFrame(rows, columns=["Ukuran", "Nilai"])


def write_compare_workbook(comparison: Comparison, path: str | Path, *, overwrite: bool = False) -> None:
    """Write the comparison: sheets :data:`COMPARE_SHEETS` (Realisasi Rencana empty without a plan)."""
    realisation = (
        comparison.realisation
        if comparison.realisation is not None
        else pd.DataFrame(columns=list(REALISATION_COLUMNS))
    )
    tables = (comparison.moved, comparison.joined, comparison.left, comparison.units, realisation)
    sheets = {"Ringkasan": summary_frame(comparison)}
    sheets.update({name: _labelled(t) for name, t in zip(COMPARE_SHEETS[1:], tables, strict=True)})
    write_simple_xlsx(path, sheets, overwrite=overwrite, text_columns=("NIP",))
