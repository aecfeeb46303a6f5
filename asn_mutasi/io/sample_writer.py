"""Write the synthetic dataset as the files a BKD analyst would receive from SIMPEG.

``pegawai.xlsx`` imitates a "Daftar Nominatif" export (title rows, blank row, header,
numbering row); the other files are flat tables. Every file is written atomically and an
existing file is never replaced unless ``overwrite`` is given.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import math
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import xlsxwriter

from asn_mutasi.errors import OutputError, os_reason
from asn_mutasi.io.sanitise import CsvWriter, sanitise_row
from asn_mutasi.io.writers import all_or_none, atomic_path, atomic_writer, xlsx_options
from asn_mutasi.sample.generator import SampleData
from asn_mutasi.sample.readme import render_readme, render_settings, tanggal_indonesia

PEGAWAI_HEADERS: tuple[tuple[str, str], ...] = (
    ("NIP", "nip"), ("NAMA", "nama"), ("GOL/RUANG", "golongan"), ("JABATAN", "jabatan"),
    ("KODE JABATAN", "kode_jabatan"), ("UNIT KERJA", "unit_kerja"), ("JENIS JABATAN", "jenis_jabatan"),
    ("TMT JABATAN", "tmt_jabatan"), ("TANGGAL LAHIR", "tanggal_lahir"), ("JENIS KELAMIN", "jenis_kelamin"),
    ("STATUS KEPEGAWAIAN", "status_kepegawaian"), ("PENDIDIKAN TERAKHIR", "pendidikan"), ("JURUSAN", "jurusan"),
    ("PREDIKAT KINERJA", "predikat_kinerja"), ("HUKUMAN DISIPLIN", "hukuman_disiplin"),
    ("TUGAS BELAJAR", "tugas_belajar"), ("RIWAYAT JABATAN", "riwayat_jabatan"), ("DIKLAT", "diklat"),
    ("PREFERENSI UNIT", "preferensi_unit"),
)  # fmt: skip
JABATAN_HEADERS: tuple[tuple[str, str], ...] = (
    ("KODE JABATAN", "kode_jabatan"), ("NAMA JABATAN", "nama_jabatan"), ("UNIT KERJA", "unit_kerja"),
    ("JENIS JABATAN", "jenis_jabatan"), ("KELAS JABATAN", "kelas_jabatan"), ("KEBUTUHAN", "kebutuhan"),
    ("BEBAN KERJA (JAM)", "beban_kerja_jam"), ("SYARAT PENDIDIKAN", "syarat_pendidikan"),
    ("SYARAT JURUSAN", "syarat_jurusan"), ("SYARAT GOLONGAN", "syarat_golongan"),
    ("SYARAT PENGALAMAN", "syarat_pengalaman"), ("SYARAT DIKLAT", "syarat_diklat"), ("BEZETTING", "bezetting"),
)  # fmt: skip
ABK_HEADERS: tuple[tuple[str, str], ...] = (
    ("KODE JABATAN", "kode_jabatan"), ("NAMA JABATAN", "nama_jabatan"), ("UNIT KERJA", "unit_kerja"),
    ("URAIAN TUGAS", "uraian_tugas"), ("SATUAN HASIL", "satuan_hasil"), ("VOLUME (PER TAHUN)", "volume"),
    ("NORMA WAKTU (MENIT)", "norma_waktu"),
)  # fmt: skip
RIWAYAT_HEADERS: tuple[tuple[str, str], ...] = (
    ("NIP", "nip"), ("JABATAN", "jabatan"), ("UNIT KERJA", "unit_kerja"), ("TMT MULAI", "tmt_mulai"),
    ("TMT SELESAI", "tmt_selesai"),
)  # fmt: skip
USULAN_HEADERS: tuple[tuple[str, str], ...] = (
    ("NIP", "nip"), ("KODE JABATAN", "kode_jabatan"), ("NAMA JABATAN", "nama_jabatan"), ("UNIT KERJA", "unit_kerja"),
)  # fmt: skip
FILES: tuple[str, ...] = (
    "pegawai.xlsx", "pegawai.csv", "peta_jabatan.xlsx", "abk_tugas.xlsx", "riwayat_jabatan.csv",
    "usulan_mutasi.csv", "pegawai_bermasalah.xlsx", "README.md", "pengaturan.toml",
)  # fmt: skip

_EXCEL_EPOCH = dt.date(1899, 12, 30)
_WIDTHS = {"NO": 6, "NIP": 21, "NAMA": 30, "JABATAN": 40, "NAMA JABATAN": 40, "UNIT KERJA": 36, "RIWAYAT JABATAN": 50}


def write_sample(data: SampleData, out_dir: Path, *, overwrite: bool = False) -> list[Path]:
    """Write every sample file into ``out_dir`` and return their paths in writing order.

    Raises :class:`~asn_mutasi.errors.OutputError` before writing anything when a file
    already exists and ``overwrite`` is false.
    """
    out = Path(out_dir)
    if out.exists() and not out.is_dir():
        raise OutputError(f"'{out}' bukan folder")
    paths = [out / name for name in FILES]
    existing = [p.name for p in paths if p.exists()]
    if existing and not overwrite:
        raise OutputError(
            f"Folder '{out}' sudah berisi {', '.join(existing)}; pakai --timpa untuk menimpanya",
            hint="pilih folder lain atau tambahkan --timpa",
        )
    new_folder = not out.exists()
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"Folder '{out}' tidak dapat dibuat: {os_reason(exc)}") from exc
    # stopped halfway (Ctrl-C, SIGTERM, a full disk), the files this run created are removed, and the folder it
    # created: 3 of 9 stayed behind after "Dibatalkan." (hostile10, h29); a file there before (--timpa) stays
    try:
        with all_or_none() as made:
            for p in paths:
                made(p)
            _write_files(data, paths, overwrite)
    except BaseException:
        if new_folder:
            with contextlib.suppress(OSError):
                out.rmdir()  # only when empty
        raise
    return paths


def _write_files(data: SampleData, paths: list[Path], overwrite: bool) -> None:
    """The sample files, in the order of :data:`FILES`."""
    per_tanggal = str(data.catatan.get("per_tanggal", "2026-11-01"))
    per = tanggal_indonesia(per_tanggal).upper()
    created = dt.datetime.fromisoformat(per_tanggal)
    titles = ("DAFTAR NOMINATIF PEGAWAI APARATUR SIPIL NEGARA", "PEMERINTAH KABUPATEN SUKAMAJU", f"KEADAAN PER {per}")
    _write_xlsx(
        paths[0],
        "Daftar Nominatif",
        data.pegawai,
        PEGAWAI_HEADERS,
        overwrite,
        titles=titles,
        gap=True,
        numbered=True,
        numbering_row=True,
        created=created,
    )
    _write_csv(paths[1], data.pegawai, PEGAWAI_HEADERS, overwrite, delimiter=";", bom=True, numbered=True)
    _write_xlsx(
        paths[2],
        "Peta Jabatan",
        data.jabatan,
        JABATAN_HEADERS,
        overwrite,
        titles=("PETA JABATAN PEMERINTAH KABUPATEN SUKAMAJU",),
        created=created,
    )
    _write_xlsx(paths[3], "ABK", data.abk, ABK_HEADERS, overwrite, created=created)
    _write_csv(paths[4], data.riwayat, RIWAYAT_HEADERS, overwrite)
    _write_csv(paths[5], data.usulan, USULAN_HEADERS, overwrite)
    _write_xlsx(
        paths[6],
        "Pegawai",
        data.pegawai_bermasalah,
        PEGAWAI_HEADERS,
        overwrite,
        numbered=True,
        per_cell=True,
        created=created,
    )
    with atomic_writer(paths[7], overwrite=overwrite, text=True) as fh:
        fh.write(render_readme(data))
    with atomic_writer(paths[8], overwrite=overwrite, text=True) as fh:
        fh.write(render_settings(data))


def _serials(column: pd.Series) -> list[float | None]:
    """Return Excel date serials of a datetime column (None for NaT)."""
    days = column.to_numpy(dtype="datetime64[ns]").astype("datetime64[D]")
    valid = ~np.isnat(days)
    serial = days.astype(np.int64) + (dt.date(1970, 1, 1) - _EXCEL_EPOCH).days
    return [float(s) if ok else None for s, ok in zip(serial.tolist(), valid.tolist(), strict=True)]


def _objects(column: pd.Series) -> list[Any]:
    return [None if _missing(v) else v for v in column.tolist()]


def _missing(value: Any) -> bool:
    if value is None or value is pd.NaT:
        return True
    return isinstance(value, float) and math.isnan(value)


def _write_xlsx(
    path: Path,
    sheet: str,
    frame: pd.DataFrame,
    headers: Sequence[tuple[str, str]],
    overwrite: bool,
    *,
    titles: Sequence[str] = (),
    gap: bool = False,
    numbered: bool = False,
    numbering_row: bool = False,
    per_cell: bool = False,
    created: dt.datetime,
) -> None:
    """Write one sheet of ``headers`` from ``frame``.

    ``gap`` leaves an empty row under the titles, ``numbered`` adds a NO column,
    ``numbering_row`` a row of column numbers under the header (SIMPEG style), and
    ``per_cell`` writes every value by its own type (for the deliberately messy rows).
    """
    labels = (["NO"] if numbered else []) + [h for h, _ in headers]
    with atomic_path(path, overwrite=overwrite) as tmp:
        wb = xlsxwriter.Workbook(str(tmp), xlsx_options(tmp, constant_memory=True, strings_to_urls=True))
        # a fixed creation time keeps the files byte-identical for the same seed
        wb.set_properties({"title": sheet, "author": "asn-mutasi (data contoh fiktif)", "created": created})
        ws = wb.add_worksheet(sheet)
        bold = wb.add_format({"bold": True})
        head = wb.add_format(
            {
                "bold": True,
                "text_wrap": True,
                "valign": "vcenter",
                "align": "center",
                "border": 1,
                "bg_color": "#D9E1F2",
            }
        )
        center = wb.add_format({"align": "center", "italic": True, "font_color": "#595959"})
        text = wb.add_format({"num_format": "@"})
        date = wb.add_format({"num_format": "dd-mm-yyyy"})
        for c, label in enumerate(labels):
            ws.set_column(c, c, _WIDTHS.get(label, 16))
        row = 0
        for title in titles:
            ws.write_string(row, 0, title, bold)
            row += 1
        if gap:
            row += 1  # one empty row between the titles and the header, as SIMPEG prints it
        header_row = row
        for c, label in enumerate(labels):
            ws.write_string(row, c, label, head)
        row += 1
        if numbering_row:
            for c in range(len(labels)):
                ws.write_number(row, c, c + 1, center)
            row += 1
        first_data = row
        row = _write_data(ws, row, frame, headers, numbered=numbered, per_cell=per_cell, text=text, date=date)
        offset = 1 if numbered else 0
        ws.freeze_panes(first_data, 1 + offset if numbered else 0)
        ws.autofilter(header_row, 0, max(row - 1, header_row), len(labels) - 1)
        wb.close()


def _write_data(
    ws: Any,
    row: int,
    frame: pd.DataFrame,
    headers: Sequence[tuple[str, str]],
    *,
    numbered: bool,
    per_cell: bool,
    text: Any,
    date: Any,
) -> int:
    """Write the data rows from ``row`` on, each column by its kind; return the row after the last."""
    columns: list[list[Any]] = []
    kinds: list[str] = []
    for _, name in headers:
        col = frame[name]
        if not per_cell and pd.api.types.is_datetime64_any_dtype(col):
            columns.append(_serials(col))
            kinds.append("date")
        else:
            columns.append(_objects(col))
            kinds.append("any" if per_cell else ("num" if pd.api.types.is_numeric_dtype(col) else "text"))
    offset = 1 if numbered else 0
    for i in range(len(frame)):
        if numbered:
            ws.write_number(row, 0, i + 1)
        for c, (values, kind) in enumerate(zip(columns, kinds, strict=True)):
            value = values[i]
            if value is None:
                continue
            if kind == "text":
                ws.write_string(row, c + offset, str(value), text)
            elif kind == "date":
                ws.write_number(row, c + offset, value, date)
            elif kind == "num":
                ws.write_number(row, c + offset, float(value))
            else:
                _write_any(ws, row, c + offset, value, text, date)
        row += 1
    return row


def _write_any(ws: Any, row: int, col: int, value: Any, text: Any, date: Any) -> None:
    """Write a value by its Python type: numbers stay numbers (even a NIP stored as float), text stays text."""
    if isinstance(value, bool):
        ws.write_boolean(row, col, value)
    elif isinstance(value, (int, float, np.integer, np.floating)):
        ws.write_number(row, col, float(value))
    elif isinstance(value, (dt.date, pd.Timestamp)):
        day = value.date() if isinstance(value, (dt.datetime, pd.Timestamp)) else value
        ws.write_number(row, col, float((day - _EXCEL_EPOCH).days), date)
    else:
        ws.write_string(row, col, str(value), text)


def _write_csv(
    path: Path,
    frame: pd.DataFrame,
    headers: Sequence[tuple[str, str]],
    overwrite: bool,
    *,
    delimiter: str = ",",
    bom: bool = False,
    numbered: bool = False,
) -> None:
    """Write a flat CSV with dates as DD-MM-YYYY and empty cells for missing values."""
    columns: list[list[Any]] = [list(range(1, len(frame) + 1))] if numbered else []
    for _, name in headers:
        col = frame[name]
        if pd.api.types.is_datetime64_any_dtype(col):
            columns.append(_objects(col.dt.strftime("%d-%m-%Y").astype(object)))
        else:
            columns.append(_objects(col))
    labels = (["NO"] if numbered else []) + [h for h, _ in headers]
    with atomic_writer(path, overwrite=overwrite, text=True) as fh:
        if bom:
            fh.write("\ufeff")
        writer = CsvWriter(fh, delimiter=delimiter, lineterminator="\r\n")  # the one CSV guard of every output
        writer.writerow(labels)
        for row in zip(*columns, strict=True):
            writer.writerow(sanitise_row(list(row)))
