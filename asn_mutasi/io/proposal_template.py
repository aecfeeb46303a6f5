"""The OPD proposal template (``usulan templat``): one workbook an OPD fills and sends to the BKD.

Sheet ``Usulan``: NIP, Nama, Jabatan Sekarang, Kode Jabatan Tujuan, Jabatan Tujuan, Unit Kerja
Tujuan, Alasan Usulan, Pengusul, Tanggal Usulan — NIP checked as 18 digits (text), codes,
names and units as dropdowns from the peta jabatan (sheet ``Daftar Jabatan``), the date as a
date. ``usulan gabung`` reads these workbooks back (headers are the reader's aliases).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pandas as pd
from xlsxwriter import Workbook
from xlsxwriter.format import Format
from xlsxwriter.worksheet import Worksheet

from asn_mutasi.errors import OutputError, write_reason
from asn_mutasi.io.report_workbook import LINE_HEIGHT, lines_needed, print_setup
from asn_mutasi.io.writers import atomic_path, xlsx_options

SHEET = "Usulan"
LIST_SHEET = "Daftar Jabatan"
GUIDE_SHEET = "Petunjuk"
#: (header, width) of the proposal sheet, in order
COLUMNS: tuple[tuple[str, int], ...] = (
    ("NIP", 21),
    ("Nama", 28),
    ("Jabatan Sekarang", 30),
    ("Kode Jabatan Tujuan", 20),
    ("Jabatan Tujuan", 34),
    ("Unit Kerja Tujuan", 34),
    ("Alasan Usulan", 44),
    ("Pengusul", 28),
    ("Tanggal Usulan", 15),
)
ROWS = 500  #: rows prepared with validation
GUIDE = (
    "Isi satu baris per pegawai yang diusulkan dimutasi.",
    "NIP: 18 digit, diketik sebagai teks (sel sudah berformat teks).",
    "Kode Jabatan Tujuan: pilih dari daftar (lembar kerja Daftar Jabatan); bila kosong, isi Jabatan Tujuan dan Unit Kerja Tujuan.",
    "Alasan Usulan: alasan singkat (kebutuhan unit, pengembangan karier, beban kerja).",
    "Pengusul: nama OPD/unit kerja pengusul; Tanggal Usulan: DD-MM-YYYY.",
    "Kirim buku kerja ke BKD; BKD menggabungkan semua usulan dengan: asn-mutasi usulan gabung PEGAWAI JABATAN FOLDER -o penilaian.xlsx",
)


def write_proposal_template(positions: pd.DataFrame, path: str | Path, *, overwrite: bool = False) -> None:
    """Write the template; ``positions`` is the prepared position table (kode, nama, unit, kebutuhan)."""
    table = positions.reindex(columns=["kode_jabatan", "nama_jabatan", "unit_kerja", "kebutuhan"])
    table = table.sort_values(["unit_kerja", "nama_jabatan"], kind="stable").reset_index(drop=True)
    with atomic_path(path, overwrite=overwrite) as tmp:
        wb = Workbook(str(tmp), xlsx_options(tmp))
        head = wb.add_format({"bold": True, "bg_color": "#DDEBF7", "border": 1, "text_wrap": True, "valign": "top"})
        text = wb.add_format({"num_format": "@", "valign": "top"})
        wrap = wb.add_format({"text_wrap": True, "valign": "top"})
        day = wb.add_format({"num_format": "dd-mm-yyyy", "valign": "top"})
        ws = wb.add_worksheet(SHEET)
        for c, (label, width) in enumerate(COLUMNS):
            ws.write_string(0, c, label, head)
            fmt = day if label == "Tanggal Usulan" else text if label in ("NIP", "Kode Jabatan Tujuan") else wrap
            ws.set_column(c, c, width, fmt)
        units, names = _write_position_lists(wb.add_worksheet(LIST_SHEET), table, head, wrap)
        _add_validations(ws, max(len(table), 1), len(units), len(names))
        ws.freeze_panes(1, 2)
        print_setup(ws, [width for _, width in COLUMNS])  # the header on every printed page, as every report's
        guide = wb.add_worksheet(GUIDE_SHEET)
        guide.set_column(0, 0, 120)
        guide.write_string(0, 0, "Petunjuk pengisian usulan mutasi OPD", wb.add_format({"bold": True, "font_size": 13}))
        for r, line in enumerate(GUIDE, start=2):
            guide.write_string(r, 0, line, wrap)
        ws.activate()
        try:
            wb.close()
        except Exception as exc:
            raise OutputError(f"Berkas '{path}' tidak dapat ditulis: {write_reason(exc)}") from exc


def _write_position_lists(
    lists: Worksheet, table: pd.DataFrame, head: Format, wrap: Format
) -> tuple[list[str], list[str]]:
    """The Daftar Jabatan sheet: the positions (A–D), the distinct units (F) and names (G) for the dropdowns.

    Printed, the positions alone, one page wide with their header on every page: unset, LibreOffice printed the
    sheet 24 pages long, the codes and names on ten pages, their units on the next ten without a header, then the
    dropdown lists (render28, h37). A name or unit longer than its column wraps in a row tall enough for it (they
    were cut at the column's edge: "Kepala Badan Pengelolaan Keuangan dan Aset Daer")."""
    position_columns = (("Kode Jabatan", 18), ("Nama Jabatan", 40), ("Unit Kerja", 40), ("Kebutuhan", 11))
    for c, (label, width) in enumerate(position_columns):
        lists.write_string(0, c, label, head)
        lists.set_column(c, c, width)
    name_width, unit_width = position_columns[1][1], position_columns[2][1]
    for r, (kode, nama, unit, keb) in enumerate(table.itertuples(index=False, name=None), start=1):
        lists.write_string(r, 0, str(kode), wrap)  # (wrap is top-aligned: a row grown for its name reads as one)
        lists.write_string(r, 1, str(nama), wrap)
        lists.write_string(r, 2, str(unit), wrap)
        lines = max(lines_needed(str(nama), name_width), lines_needed(str(unit), unit_width))
        if lines > 1:
            lists.set_row(r, LINE_HEIGHT * lines)
        if pd.notna(keb):
            lists.write_number(r, 3, float(keb), wrap)
    units = sorted({str(u) for u in table["unit_kerja"].dropna()})
    names = sorted({str(n) for n in table["nama_jabatan"].dropna()})
    for c, (label, values) in enumerate((("Daftar Unit Kerja", units), ("Daftar Nama Jabatan", names)), start=5):
        lists.write_string(0, c, label, head)
        lists.set_column(c, c, 40)
        for r, v in enumerate(values, start=1):
            lists.write_string(r, c, v)
    lists.freeze_panes(1, 0)
    print_setup(lists, [width for _, width in position_columns])
    lists.print_area(0, 0, max(len(table), 1), len(position_columns) - 1)
    return units, names


def _dropdown(ws: Worksheet, col: int, ref: str, title: str, strict: bool) -> None:
    """A list validation on ``col`` of the prepared rows: strict (stop) or a warning."""
    ws.data_validation(
        1,
        col,
        ROWS,
        col,
        {
            "validate": "list",
            "source": ref,
            "input_title": title,
            "input_message": "Pilih dari daftar.",
            "error_type": "stop" if strict else "warning",
            "error_title": title,
            "error_message": "Nilai tidak ada di peta jabatan."
            if strict
            else "Nilai tidak ada di daftar; tetap dipakai?",
        },
    )


def _add_validations(ws: Worksheet, n: int, n_units: int, n_names: int) -> None:
    """Dropdowns from the Daftar Jabatan sheet, NIP as 18 characters, the proposal date as a date."""
    _dropdown(ws, 3, f"='{LIST_SHEET}'!$A$2:$A${n + 1}", "Kode Jabatan Tujuan", True)
    _dropdown(ws, 4, f"='{LIST_SHEET}'!$G$2:$G${max(n_names, 1) + 1}", "Jabatan Tujuan", False)
    _dropdown(ws, 5, f"='{LIST_SHEET}'!$F$2:$F${max(n_units, 1) + 1}", "Unit Kerja Tujuan", False)
    _dropdown(ws, 7, f"='{LIST_SHEET}'!$F$2:$F${max(n_units, 1) + 1}", "Pengusul", False)
    ws.data_validation(
        1,
        0,
        ROWS,
        0,
        {
            "validate": "length",
            "criteria": "==",
            "value": 18,
            "input_title": "NIP",
            "input_message": "18 digit, diketik sebagai teks.",
            "error_title": "NIP",
            "error_message": "NIP terdiri dari 18 digit.",
        },
    )
    ws.data_validation(
        1,
        8,
        ROWS,
        8,
        {
            "validate": "date",
            "criteria": "between",
            "minimum": datetime(2000, 1, 1),
            "maximum": datetime(2100, 12, 31),
            "error_title": "Tanggal",
            "error_message": "Isi tanggal yang valid (DD-MM-YYYY).",
        },
    )
