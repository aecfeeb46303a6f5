"""The plan workbook's ``Persetujuan`` sheet: one row per (move, stage) for the reviewers.

Written by :func:`write_approval_sheet` into the plan workbook (xlsxwriter) with validated
dropdowns (Tahap, Keputusan), a date check on Tanggal and an 18-digit check on NIP Penilai;
read back by :func:`read_approval_sheet` (None for an old workbook without the sheet).
The rules that turn the rows into decisions are in :mod:`asn_mutasi.rollout.stages`.
"""

from __future__ import annotations

import warnings
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from xlsxwriter import Workbook
from xlsxwriter.worksheet import Worksheet

from asn_mutasi.config import TAHAP
from asn_mutasi.domain.jabatan import unit_in_words
from asn_mutasi.errors import InputError, UsageError
from asn_mutasi.gc_pause import gc_paused
from asn_mutasi.io.report_workbook import LINE_HEIGHT, MAX_ROW_HEIGHT, lines_column, print_setup, put_strings
from asn_mutasi.rollout.apply import cell_text
from asn_mutasi.rollout.stages import APPROVAL_SHEET, STAGE_COLUMNS, STAGE_INPUT_FIELDS
from asn_mutasi.schema import KEPUTUSAN, ROW

_WIDTHS = {
    "id_mutasi": 10,
    "nip": 21,
    "nama": 26,
    "jabatan_tujuan": 30,
    "unit_tujuan": 30,
    "tahap": 19,
    "keputusan": 12,
    "nama_penilai": 26,
    "nip_penilai": 21,
    "tanggal": 13,
    "nomor_dokumen": 26,
    "catatan": 24,  # the widths sum to 258: one page wide (print_setup); long names wrap (:data:`_WRAPPED`)
}
#: the given columns whose long texts wrap at their width in a taller row, not widen it: a 60-character unit name
#: on one line made the sheet 322 wide and the signed record printed two pages across (render29, h38)
_WRAPPED = ("nama", "jabatan_tujuan", "unit_tujuan")


def write_approval_sheet(wb: Workbook, moves: pd.DataFrame, *, tahap_final: str = TAHAP[-1]) -> Worksheet:
    """Add the Persetujuan sheet: every move once per stage, reviewer columns empty and validated."""
    ws = wb.add_worksheet(APPROVAL_SHEET)
    head = wb.add_format({"bold": True, "bg_color": "#DDEBF7", "border": 1, "text_wrap": True, "valign": "top"})
    given = wb.add_format({"valign": "top", "bg_color": "#F2F2F2"})
    given_wrap = wb.add_format({"valign": "top", "bg_color": "#F2F2F2", "text_wrap": True})
    final = wb.add_format({"valign": "top", "bold": True, "bg_color": "#F2F2F2"})
    entry = wb.add_format({"valign": "top", "text_wrap": True})
    text = wb.add_format({"valign": "top", "num_format": "@"})
    day = wb.add_format({"valign": "top", "num_format": "dd-mm-yyyy"})
    fields = [f for f, _ in STAGE_COLUMNS]
    n = len(moves)
    texts = {  # the given columns as text, once (written once per stage)
        f: [v.strip() if v.__class__ is str else cell_text(v) for v in moves[f].tolist()]
        if f in moves.columns
        else [""] * n
        for f in fields[:6]
        if f != "tahap"
    }
    # the target unit in words, as the Rencana Mutasi sheet and the SK list name it, never its "OPD | unit" key
    # (read back, resolve_stages compares either with the plan's unit; walk5, h31)
    words = {k: unit_in_words(k) for k in dict.fromkeys(texts["unit_tujuan"])}
    texts["unit_tujuan"] = [words[k] for k in texts["unit_tujuan"]]
    widths = []
    for c, (f, label) in enumerate(STAGE_COLUMNS):
        ws.write_string(0, c, label, head)
        fmt = day if f == "tanggal" else text if f == "nip_penilai" else entry
        width = _WIDTHS.get(f, 14)
        if f in moves.columns and n and f not in _WRAPPED:  # the other written columns fit their longest value
            longest = (
                max(len(t) for t in texts[f]) if f in texts else int(moves[f].map(lambda v: len(cell_text(v))).max())
            )
            width = min(max(width, longest + 2), 60)
        widths.append(width)
        ws.set_column(c, c, width, fmt if f in STAGE_INPUT_FIELDS else None)
    stages = len(TAHAP)  # every move once per stage, the stages of one move on consecutive rows
    columns = [list(TAHAP) * n if f == "tahap" else [t for t in texts[f] for _ in TAHAP] for f in fields[:6]]
    stage_fmts = [final if tahap == tahap_final else given for tahap in TAHAP] * n
    formats = [stage_fmts if f == "tahap" else given_wrap if f in _WRAPPED else given for f in fields[:6]]
    put_strings(ws, range(1, 1 + stages * n), range(6), columns, formats)
    _fit_rows(ws, texts, dict(zip(fields, widths, strict=True)), stages)
    r = 1 + stages * n
    last = max(r - 1, 1)
    col = {f: i for i, f in enumerate(fields)}
    for f, options in _validations(tahap_final).items():
        ws.data_validation(1, col[f], last, col[f], options)
    ws.freeze_panes(1, 3)
    ws.autofilter(0, 0, last, len(fields) - 1)
    # as every other sheet of the plan workbook: one page wide when the table fits, else as few pages wide as keep
    # it readable with the ID Mutasi column on each (long jabatan and unit names printed ~108 rows a page at a 4-5 pt
    # font, too small for a signed record; walk5, h28)
    print_setup(ws, widths)
    return ws


def _fit_rows(ws: Worksheet, texts: dict[str, list[str]], widths: dict[str, float], stages: int) -> None:
    """Each move's ``stages`` rows as tall as its longest wrapped name, jabatan or unit (:data:`_WRAPPED`)."""
    if not texts["nama"]:
        return
    lines = np.max([lines_column(texts[f], widths[f]) for f in _WRAPPED], axis=0)
    for i in np.flatnonzero(lines > 1):  # the moves with a long name: one row per stage
        for r in range(1 + int(i) * stages, 1 + (int(i) + 1) * stages):
            ws.set_row(r, min(LINE_HEIGHT * int(lines[i]), MAX_ROW_HEIGHT))


def _validations(tahap_final: str) -> dict[str, dict[str, Any]]:
    """Field → xlsxwriter data validation of the reviewer columns (dropdowns, date, NIP length, name)."""
    return {
        "tahap": {
            "validate": "list",
            "source": list(TAHAP),
            "error_title": "Tahap",
            "error_message": "Pilih tahap dari daftar: " + " → ".join(TAHAP),
        },
        "keputusan": {
            "validate": "list",
            "source": list(KEPUTUSAN),
            "input_title": "Keputusan",
            "input_message": f"Setuju, Tolak atau Tunda. Mutasi diterapkan hanya bila Setuju di tahap {tahap_final}.",
            "error_title": "Keputusan",
            "error_message": "Pilih Setuju, Tolak atau Tunda.",
        },
        "tanggal": {
            "validate": "date",
            "criteria": "between",
            "minimum": datetime(2000, 1, 1),
            "maximum": datetime(2100, 12, 31),
            "input_title": "Tanggal",
            "input_message": "Tanggal keputusan (DD-MM-YYYY).",
            "error_title": "Tanggal",
            "error_message": "Isi tanggal yang valid (DD-MM-YYYY).",
        },
        "nip_penilai": {
            "validate": "length",
            "criteria": "==",
            "value": 18,
            "input_title": "NIP penilai",
            "input_message": "18 digit, diketik sebagai teks.",
            "error_title": "NIP penilai",
            "error_message": "NIP terdiri dari 18 digit.",
        },
        "nama_penilai": {
            "validate": "length",
            "criteria": ">",
            "value": 0,
            "input_title": "Nama penilai",
            "input_message": "Nama pejabat/tim yang memutuskan di tahap ini (wajib untuk setiap keputusan).",
        },
    }


def open_plan_workbook(p: Path) -> Any:
    """The plan workbook opened read-only with openpyxl, after the guard's checks (zip bombs,
    oversized sheets), by its content whatever its name; a missing or unreadable file is an :class:`InputError`
    naming it."""
    from asn_mutasi.io.guard import inspect_workbook
    from asn_mutasi.io.open_workbook import openpyxl_workbook
    from asn_mutasi.io.writers import note_input

    if str(p) == "-":  # a workbook is opened by name (openpyxl reads a zip): stdin is not supported here
        raise UsageError("Buku kerja rencana tidak dapat dibaca dari stdin ('-'); berikan nama berkasnya")
    if p.is_dir():
        raise InputError(f"Berkas rencana '{p}' adalah folder, bukan buku kerja rencana (.xlsx)")
    if p.is_file():
        inspect_workbook(p, str(p))  # zip bombs and oversized sheets are refused before openpyxl (issue 13)
        note_input(p)  # the approved plan is never replaced by an output of this run, --timpa or not
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # openpyxl's warnings are English and about the file, not for the analyst
            return openpyxl_workbook(p, read_only=True, data_only=True)
    except FileNotFoundError as exc:
        raise InputError(f"Berkas rencana '{p}' tidak ditemukan") from exc
    except Exception as exc:  # openpyxl's messages are English: the analyst gets the cause in Indonesian
        raise plan_unreadable(p) from exc


def plan_unreadable(p: Path, cause: str = "") -> InputError:
    """The error of a plan workbook openpyxl cannot open or read; a plan saved by LibreOffice or WPS in its own format
    (.ods, or .xls) is no damaged file: it is asked to be saved as .xlsx (hostile8, h28). ``cause``: what is damaged,
    where known (the cell at fault)."""
    kind = _other_format(p)
    if kind is not None:
        text = not kind.startswith(".")  # a table saved as text has lost the hidden sheet and the parameters
        return InputError(
            f"Berkas rencana '{p}' tersimpan sebagai {kind}, bukan .xlsx; rencana hanya dibaca dari buku kerja .xlsx",
            hint="Pakai buku kerja .xlsx asli yang ditulis 'asn-mutasi rencana': teks tidak menyimpan lembar kerja tersembunyi "
            "dan lembar kerja Parameter yang diperlukan."
            if text
            else "Buka berkasnya lalu simpan sebagai .xlsx (Excel 2007-365), kemudian jalankan lagi dengan berkas itu.",
        )
    return InputError(
        f"Berkas rencana '{p}' tidak dapat dibaca sebagai xlsx: berkasnya rusak atau bukan buku kerja Excel{cause}",
        hint="Pakai buku kerja yang ditulis 'asn-mutasi rencana' (boleh diedit dan disimpan di Excel).",
    )


def _other_format(p: Path) -> str | None:
    """ ".ods (LibreOffice)", ".xls (Excel 97-2003)", or text (a CSV, an HTML or XML export: what
    :func:`~asn_mutasi.io.readers.read_table` would read as a table; it was called a damaged workbook; hostile2, h30)
    when ``p`` holds that format, else None."""
    from asn_mutasi.io.html_table import looks_like_html
    from asn_mutasi.io.ods_merged import is_ods
    from asn_mutasi.io.readers import not_text
    from asn_mutasi.io.spreadsheet_xml import looks_like_spreadsheet_xml

    try:
        with p.open("rb") as fh:
            head = fh.read(4096)
    except OSError:
        return None
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return ".xls (Excel 97-2003)"
    if head.startswith(b"PK"):
        return ".ods (LibreOffice)" if is_ods(p) else None
    if looks_like_html(head) or looks_like_spreadsheet_xml(head):
        return "halaman web atau XML (ekspor aplikasi)"
    return "teks (CSV)" if head.strip() and not not_text(head) else None


@gc_paused()  # a bulk step, as read_plan_workbook: its XML garbage is not frozen with start-up's
def read_approval_sheet(path: str | Path) -> pd.DataFrame | None:
    """The Persetujuan rows (canonical fields, ``_baris`` = Excel row), or None when the sheet is absent.

    Tanggal keeps date cells as datetimes and text as text; every other cell comes back as text.
    """
    p = Path(path)
    wb = open_plan_workbook(p)  # its checks and errors (stdin, a folder, a missing or damaged file, another format)
    try:
        present = APPROVAL_SHEET in wb.sheetnames
    finally:
        wb.close()
    if not present:
        return None
    rows, numbers = _approval_rows(p)
    header = rows[0] if rows else []
    labels = {label: f for f, label in STAGE_COLUMNS}
    cols = {i: labels[str(h).strip()] for i, h in enumerate(header) if h is not None and str(h).strip() in labels}
    missing = [label for label, f in labels.items() if f not in cols.values()]
    if missing:
        head = [(k, rows[k] if k < len(rows) else []) for k in [0, *numbers[:MOVED_HEADER_ROWS]]]
        raise columns_missing(p, APPROVAL_SHEET, (list(labels), missing), head)
    data: list[dict[str, Any]] = []
    for k in numbers:  # only the rows holding cells (one value a million empty rows down was 12 million cells)
        row = rows[k]
        rec: dict[str, Any] = {ROW: k + 1}
        for i, f in cols.items():
            value = row[i] if i < len(row) else None
            if f == "tanggal" and isinstance(value, date) and not isinstance(value, datetime):
                value = datetime(value.year, value.month, value.day)  # calamine reads a date cell at midnight as a date
            rec[f] = value if f == "tanggal" and isinstance(value, datetime) else cell_text(value)
        if any(rec[f] not in ("", None) for f in cols.values()):
            data.append(rec)
    return pd.DataFrame(data, columns=[ROW, *(f for f, _ in STAGE_COLUMNS)])


#: the rows holding cells looked through for a header that moved (the sheet's first ones)
MOVED_HEADER_ROWS = 50


def columns_missing(
    p: Path, sheet: str, labels: tuple[list[str], list[str]], head: Sequence[tuple[int, Sequence[Any]]]
) -> InputError:
    """The refusal of a plan workbook's sheet (Persetujuan, Rencana Mutasi) whose row 1 lacks columns, saying where
    the header was looked for (row 1 from column A, as ``rencana`` writes it) and what is there: the header found
    elsewhere (a table moved down or right: rows or columns inserted before it), else the sheet's first filled cell.
    It listed the columns only, as if the sheet had none (hostile30, h38; the Rencana Mutasi sheet, hostile31).

    ``labels``: the sheet's header labels (in order) and those missing from row 1; ``head``: (0-based row, cells) of row 1 and
    the first rows after it holding cells (up to :data:`MOVED_HEADER_ROWS`), in order."""
    from asn_mutasi.io.headers import column_letter

    known, missing = labels
    where = f"Lembar kerja '{sheet}' di '{p}'"
    expected = "judul kolom dicari di baris 1 mulai kolom A, tempat 'asn-mutasi rencana' menulisnya"
    for k, row in head:
        at = next((i for i, v in enumerate(row) if v is not None and str(v).strip() in known), None)
        if at is not None and (k, at) != (0, 0):
            return InputError(
                f"{where}: tabelnya bergeser; judul kolomnya ada di baris {k + 1} mulai kolom {column_letter(at)} "
                f"({expected}); kolom yang tidak ada di tempatnya: {', '.join(missing)}",
                hint="Hapus baris dan kolom yang disisipkan di atas dan di kiri tabel sehingga judul "
                f"'{known[0]}' kembali di sel A1, lalu jalankan lagi.",
            )
    first = next(((k, i, v) for k, row in head[:2] for i, v in enumerate(row) if cell_text(v)), None)
    found = (
        f"sel pertama yang berisi: {column_letter(first[1])}{first[0] + 1} ('{cell_text(first[2])[:40]}')"
        if first is not None
        else "lembar kerjanya kosong"
    )
    return InputError(f"{where} tidak memiliki kolom: {', '.join(missing)} ({expected}; {found})")


def _approval_rows(p: Path) -> tuple[list[list[Any]], list[int]]:
    """The Persetujuan sheet's rows read by calamine behind the guard (as every table), and the 0-based indexes of
    those after the header that hold cells, as the guard's scan saw them: openpyxl parsed and this loop visited each
    of a million empty ``<row/>`` tags before one value, past 120 s for ``terapkan`` and ``surat`` (hostile29, h37)."""
    from asn_mutasi.io.open_workbook import SafeWorkbook

    try:
        book = SafeWorkbook(p, None, str(p))
        rows, _ = book.read(APPROVAL_SHEET)
    except InputError:
        raise
    except Exception as exc:  # a broken part met while reading the rows
        raise plan_unreadable(p) from exc
    held = book.rows_holding_cells(APPROVAL_SHEET)
    numbers = range(1, len(rows)) if held is None else [int(k) for k in held if 0 < k < len(rows)]
    return rows, list(numbers)
