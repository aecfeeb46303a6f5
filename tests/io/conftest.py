"""Fixtures that build messy spreadsheets inside the test's temporary directory."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

import openpyxl
import pytest

Rows = Iterable[Iterable[Any]]


def _write_sheet(ws: Any, rows: Rows, *, start_row: int = 1, start_col: int = 1, merges: Iterable[str] = ()) -> None:
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if value is None:
                continue
            cell = ws.cell(row=start_row + r, column=start_col + c, value=value)
            if isinstance(value, str) and value.startswith("="):
                cell.data_type = "s"  # formula *text*, as typed with a leading apostrophe
    for rng in merges:
        ws.merge_cells(rng)


@pytest.fixture
def make_workbook(tmp_path: Path) -> Callable[..., Path]:
    """Return ``make(name, sheets)``: sheets maps a sheet name to rows or to a dict of
    ``rows``, ``start_row``, ``start_col`` (1-based) and ``merges`` ("A1:C1" ranges)."""

    def make(name: str, sheets: Mapping[str, Any]) -> Path:
        wb = openpyxl.Workbook()
        wb.remove(wb.active)
        for sheet_name, spec in sheets.items():
            ws = wb.create_sheet(sheet_name)
            if isinstance(spec, Mapping):
                _write_sheet(
                    ws,
                    spec["rows"],
                    start_row=spec.get("start_row", 1),
                    start_col=spec.get("start_col", 1),
                    merges=spec.get("merges", ()),
                )
            else:
                _write_sheet(ws, spec)
        path = tmp_path / name
        wb.save(path)
        return path

    return make


#: SIASN "Export Data ASN" headers (domain.md §7.1), in export order
_SIASN_HEADERS = [
    "PNS ID", "NIP BARU", "NIP LAMA", "NAMA", "GELAR DEPAN", "GELAR BELAKANG", "TEMPAT LAHIR ID",
    "TEMPAT LAHIR NAMA", "TANGGAL LAHIR", "JENIS KELAMIN", "AGAMA ID", "AGAMA NAMA", "JENIS KAWIN ID",
    "JENIS KAWIN NAMA", "NIK", "NOMOR HP", "EMAIL", "EMAIL GOV", "ALAMAT", "NPWP NOMOR", "BPJS",
    "JENIS PEGAWAI ID", "JENIS PEGAWAI NAMA", "KEDUDUKAN HUKUM ID", "KEDUDUKAN HUKUM NAMA",
    "STATUS CPNS PNS", "KARTU ASN VIRTUAL", "NOMOR SK CPNS", "TANGGAL SK CPNS", "TMT CPNS",
    "NOMOR SK PNS", "TANGGAL SK PNS", "TMT PNS", "GOL AWAL ID", "GOL AWAL NAMA", "GOL AKHIR ID",
    "GOL AKHIR NAMA", "TMT GOLONGAN", "MK TAHUN", "MK BULAN", "JENIS JABATAN ID", "JENIS JABATAN NAMA",
    "JABATAN ID", "JABATAN NAMA", "TMT JABATAN", "TINGKAT PENDIDIKAN ID", "TINGKAT PENDIDIKAN NAMA",
    "PENDIDIKAN ID", "PENDIDIKAN NAMA", "TAHUN LULUS", "KPKN ID", "KPKN NAMA", "LOKASI KERJA ID",
    "LOKASI KERJA NAMA", "UNOR ID", "UNOR NAMA", "INSTANSI INDUK ID", "INSTANSI INDUK NAMA",
    "INSTANSI KERJA ID", "INSTANSI KERJA NAMA", "SATUAN KERJA INDUK ID", "SATUAN KERJA INDUK NAMA",
    "SATUAN KERJA KERJA ID", "SATUAN KERJA KERJA NAMA", "IS VALID NIK", "NAMA SEKOLAH", "FLAG IKD",
    "ESELON ID", "ESELON NAMA",
]  # fmt: skip


@pytest.fixture
def siasn_headers() -> list[str]:
    """The 69 SIASN export headers in order."""
    return list(_SIASN_HEADERS)
