"""Aspiration form workbooks (issue 15): write one per OPD (or one for all), read filled ones back.

Layout of sheet ``Aspirasi``: title rows, then the header row (:data:`FORM_COLUMNS`) and one
row per employee prefilled from the roster (NIP as text). The choice columns pick from
dropdown lists (data validation) that reference the hidden sheet ``Daftar`` (unit kerja in
column A, jabatan in column B, both from the peta jabatan); ``Kesediaan`` picks one of
three values. The sheet is protected without a password so the prefilled columns are not
edited by accident, while the columns to fill stay unlocked.
"""

from __future__ import annotations

import functools
import os
import re
import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from dataclasses import field as _field
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pandas as pd

from asn_mutasi.config import ReadLimits
from asn_mutasi.domain.coded_fields import DASHES
from asn_mutasi.errors import InputError, os_reason, shown_path
from asn_mutasi.findings import Finding, Location, make_finding
from asn_mutasi.formatting import format_number
from asn_mutasi.io.headers import column_letter
from asn_mutasi.io.writers import atomic_path, xlsx_options
from asn_mutasi.labels import label as _label
from asn_mutasi.schema import ASPIRATION_CHOICE_FIELDS, KESEDIAAN

FORM_SHEET, LIST_SHEET = "Aspirasi", "Daftar"
#: (canonical field, header label, width, filled by the employee)
FORM_COLUMNS: tuple[tuple[str, str, int, bool], ...] = (
    ("no", "No", 5, False),
    ("nip", "NIP", 21, False),
    ("nama", "Nama", 28, False),
    ("jabatan", "Jabatan Saat Ini", 30, False),
    ("unit_kerja", "Unit Kerja Saat Ini", 28, False),
    ("pilihan_1_unit", "Pilihan 1 Unit Kerja", 28, True),
    ("pilihan_1_jabatan", "Pilihan 1 Jabatan", 30, True),
    ("pilihan_2_unit", "Pilihan 2 Unit Kerja", 28, True),
    ("pilihan_2_jabatan", "Pilihan 2 Jabatan", 30, True),
    ("pilihan_3_unit", "Pilihan 3 Unit Kerja", 28, True),
    ("pilihan_3_jabatan", "Pilihan 3 Jabatan", 30, True),
    ("kesediaan", "Kesediaan Dipindah", 22, True),
    ("alasan", "Alasan", 36, True),
    ("catatan", "Catatan", 30, True),
    ("tanggal_isi", "Tanggal Pengisian", 16, True),
)
HEADER_ROW = 4  #: 0-based row of the header (Excel row 5)


@functools.cache
def _PARENTHESIS() -> re.Pattern[str]:
    return re.compile(r"\([^)]*\)")


@functools.cache
def _NOT_WORD() -> re.Pattern[str]:
    return re.compile(r"[\W_]+")


_ROMAN = {"i": "1", "ii": "2", "iii": "3"}


def header_key(text: str) -> str:
    """A form header as it is looked up: case, punctuation, a note in brackets and Roman rank numbers aside
    ("Kesediaan Dipindah (pilih)", "Pilihan II Unit Kerja" and ``pilihan_2_unit`` are the form's own columns: an
    edited header lost its column without a word, "Tidak bersedia" included; hostile8, h28)."""
    words = _NOT_WORD().sub(" ", _PARENTHESIS().sub(" ", text.casefold())).split()
    return " ".join(_ROMAN.get(w, w) for w in words)


LABELS = {header_key(label): field for field, label, _, _ in FORM_COLUMNS}
LABELS.update({header_key(field): field for field, _, _, _ in FORM_COLUMNS})  # the canonical table (aspirasi baca -o)
LABELS[header_key("waktu_isi")] = "tanggal_isi"
# the headers ``aspirasi-baca -o tabel.xlsx`` writes ("Pilihan 1 Unit", "Waktu Isi"): that table is read back too
LABELS.update({header_key(_label(f)): f for f, _, _, _ in FORM_COLUMNS if header_key(_label(f)) not in LABELS})
LABELS.setdefault(header_key(_label("waktu_isi")), "tanggal_isi")
#: columns of the table ``aspirasi-baca -o`` writes that are no answer: read back without a finding
TABLE_EXTRAS = frozenset(header_key(t) for f in ("berkas", "baris") for t in (f, _label(f)))
#: the suffixes of the aspiration forms read from a folder (a form saved by LibreOffice or WPS, or macro-enabled)
FORM_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods", ".csv")
INSTRUCTION = (
    "Isi kolom berwarna kuning: sampai tiga pilihan unit kerja dan/atau jabatan (pilih dari daftar), "
    "kesediaan dipindah, alasan dan catatan. Kolom NIP, nama, jabatan dan unit kerja tidak perlu diubah. "
    "Tanggal Pengisian (opsional, DD-MM-YYYY) menentukan formulir mana yang berlaku bila satu NIP diisi lebih dari sekali."
)


@functools.cache
def OPD_FILE_RE() -> re.Pattern[str]:
    return re.compile(r"[^0-9A-Za-z]+")


def form_file_name(opd: str | None) -> str:
    """``aspirasi_<opd>.xlsx`` (ASCII, underscores), ``aspirasi_semua.xlsx`` for one form for all."""
    slug = OPD_FILE_RE().sub("_", opd or "semua").strip("_").lower() or "opd"
    return f"aspirasi_{slug[:60]}.xlsx"


def write_form(
    path: Path, roster: pd.DataFrame, units: Sequence[str], jabatan: Sequence[str], *, title: str, overwrite: bool
) -> None:
    """Write one form for the rows of ``roster`` (columns nip, nama, jabatan, unit_kerja)."""
    from xlsxwriter import Workbook

    with atomic_path(path, overwrite=overwrite) as tmp:
        wb = Workbook(str(tmp), xlsx_options(tmp))
        try:
            _write(wb, roster, units, jabatan, title)
        finally:
            wb.close()


def _write(wb: Any, roster: pd.DataFrame, units: Sequence[str], jabatan: Sequence[str], title: str) -> None:
    ws = wb.add_worksheet(FORM_SHEET)
    lists = wb.add_worksheet(LIST_SHEET)
    bold = wb.add_format({"bold": True, "font_size": 14})
    wrap = wb.add_format({"text_wrap": True, "valign": "top", "italic": True})
    head = wb.add_format({"bold": True, "bg_color": "#DDEBF7", "border": 1, "text_wrap": True, "valign": "top"})
    fixed = wb.add_format({"locked": True, "border": 1, "valign": "top", "num_format": "@"})
    fixed_wrap = wb.add_format({"locked": True, "border": 1, "valign": "top", "num_format": "@", "text_wrap": True})
    fill = wb.add_format({"locked": False, "border": 1, "bg_color": "#FFF2CC", "valign": "top", "text_wrap": True})
    date_fill = wb.add_format({"locked": False, "border": 1, "bg_color": "#FFF2CC", "num_format": "dd-mm-yyyy"})
    ws.write_string(0, 0, "FORMULIR ASPIRASI MUTASI PEGAWAI", bold)
    ws.write_string(1, 0, title)
    _write_instruction(ws, wrap)
    lists.write_string(0, 0, "Unit Kerja")
    lists.write_string(0, 1, "Jabatan")
    lists.write_string(0, 2, "Kesediaan")
    for i, u in enumerate(units, start=1):
        lists.write_string(i, 0, u)
    for i, j in enumerate(jabatan, start=1):
        lists.write_string(i, 1, j)
    for i, k in enumerate(KESEDIAAN, start=1):
        lists.write_string(i, 2, k)
    lists.hide()
    for c, (_, label, width, _filled) in enumerate(FORM_COLUMNS):
        ws.write_string(HEADER_ROW, c, label, head)
        ws.set_column(c, c, width)
    n = len(roster)
    first, last = HEADER_ROW + 1, HEADER_ROW + max(n, 1)
    cols = {f: c for c, (f, _, _, _) in enumerate(FORM_COLUMNS)}
    values = roster[["nip", "nama", "jabatan", "unit_kerja"]].astype("string").fillna("").to_numpy()
    for r, (nip, nama, jab, unit) in enumerate(values, start=first):
        ws.write_number(r, 0, r - first + 1, fixed)
        for field, v in (("nip", nip), ("nama", nama), ("jabatan", jab), ("unit_kerja", unit)):
            ws.write_string(r, cols[field], str(v), fixed if field == "nip" else fixed_wrap)
        for field, _, _, filled in FORM_COLUMNS:
            if filled:
                ws.write_blank(r, cols[field], None, date_fill if field == "tanggal_isi" else fill)
    _fit_rows(ws, values, first)
    unit_ref = f"={LIST_SHEET}!$A$2:$A${len(units) + 1}"
    jab_ref = f"={LIST_SHEET}!$B$2:$B${len(jabatan) + 1}"
    for rank in (1, 2, 3):
        for field, ref, what in (
            (f"pilihan_{rank}_unit", unit_ref, "unit kerja"),
            (f"pilihan_{rank}_jabatan", jab_ref, "jabatan"),
        ):
            c = cols[field]
            ws.data_validation(
                first, c, last, c,
                {
                    "validate": "list",
                    "source": ref,
                    "error_title": "Pilihan tidak ada di daftar",
                    "error_message": f"Pilih {what} dari daftar (peta jabatan).",
                },
            )  # fmt: skip
    c = cols["kesediaan"]
    ws.data_validation(
        first, c, last, c,
        {"validate": "list", "source": f"={LIST_SHEET}!$C$2:$C${len(KESEDIAAN) + 1}",
         "error_message": "Pilih Bersedia, Tidak bersedia, atau Bersedia dengan syarat."},
    )  # fmt: skip
    c = cols["tanggal_isi"]
    ws.data_validation(first, c, last, c, {"validate": "date", "criteria": ">", "value": datetime(2000, 1, 1)})
    ws.freeze_panes(HEADER_ROW + 1, 3)
    ws.autofilter(HEADER_ROW, 0, last, len(FORM_COLUMNS) - 1)
    ws.protect("", {"autofilter": True, "sort": False, "format_columns": True, "format_rows": True})
    ws.set_landscape()
    ws.set_paper(8)  # A3: fifteen columns stay readable on one page width
    ws.fit_to_pages(1, 0)
    ws.repeat_rows(HEADER_ROW)
    ws.activate()
    wb.set_properties({"title": "Formulir aspirasi mutasi", "comments": "asn-mutasi"})


#: the columns the instruction spans: the prefilled ones, read on one screen beside the frozen No/NIP/Nama (over
#: eleven columns, 286 characters, it ran on one line past the screen's right edge in a 45 pt row of two blank lines)
INSTRUCTION_COLUMNS = 5


def _write_instruction(ws: Any, fmt: Any) -> None:
    """The instruction over the first :data:`INSTRUCTION_COLUMNS` columns, its row as tall as its wrapped lines."""
    from asn_mutasi.io.report_workbook import LINE_HEIGHT, lines_needed  # (only the writer needs it)

    width = sum(w for _, _, w, _ in FORM_COLUMNS[:INSTRUCTION_COLUMNS])
    ws.merge_range(2, 0, 2, INSTRUCTION_COLUMNS - 1, INSTRUCTION, fmt)
    ws.set_row(2, LINE_HEIGHT * lines_needed(INSTRUCTION, width))


def _fit_rows(ws: Any, values: Any, first: int) -> None:
    """Make each prefilled row tall enough for its wrapped name, jabatan and unit: unwrapped, a long jabatan
    ("Kepala Subbagian Perencanaan dan Keuangan") was cut at the column's edge by the filled cell beside it, on
    screen and in print (render28, h37)."""
    from asn_mutasi.io.report_workbook import LINE_HEIGHT, MAX_ROW_HEIGHT, lines_needed  # (only the writer needs it)

    widths = {f: width for f, _, width, _ in FORM_COLUMNS}
    fields = ("nama", "jabatan", "unit_kerja")
    for r, row in enumerate(values, start=first):  # one OPD's staff: a few hundred rows at most
        n = max(lines_needed(str(v), widths[f]) for f, v in zip(fields, row[1:], strict=True))
        if n > 1:
            ws.set_row(r, min(LINE_HEIGHT * n, MAX_ROW_HEIGHT))


def read_forms(paths: Sequence[Path], *, limits: ReadLimits | None = None) -> tuple[pd.DataFrame, list[Finding]]:
    """Read filled forms: one raw row per filled employee row (at least a choice, kesediaan or alasan).

    Columns: the canonical fields of :data:`FORM_COLUMNS` plus ``_berkas``, ``_sheet``,
    ``_baris`` (Excel row), ``_waktu`` (Tanggal Pengisian, else the file's modification time),
    ``_urutan_berkas`` (read order) and ``_urutan_sheet`` (0 for the Aspirasi sheet, then workbook order; 0 for a
    CSV or JSON table). Every sheet of a workbook with the form's header row is read (a copied or
    second sheet); a file without it is a finding, and so is a header that maps to no form column or an answer column
    missing. More than ``[baca] maks_baris_aspirasi`` filled rows is an :class:`InputError`.
    """
    from asn_mutasi.io.writers import note_input

    reading = _Reading(limits or ReadLimits())
    for order, p in enumerate(paths):
        if not p.is_file():  # a FIFO or a device in the folder exists: "not found" sent the analyst looking for it
            raise InputError(f"Formulir aspirasi '{p}' {'bukan berkas' if p.exists() else 'tidak ditemukan'}")
        note_input(p)  # a filled form is never replaced by an output of this run, --timpa or not
        mtime = datetime.fromtimestamp(os.path.getmtime(p)).replace(microsecond=0)
        if p.suffix.lower() == ".json":
            got = _read_json(p, order, mtime, reading)
        else:
            got = _read_form_file(p, order, mtime, reading)
        if got is None:
            reading.findings.append(make_finding("formulir-aspirasi-tidak-dikenali", Location(file=str(p))))
        else:
            reading.rows += got
    fields = [f for f, _, _, _ in FORM_COLUMNS if f != "no"]
    meta = ("_berkas", "_sheet", "_baris", "_waktu", "_waktu_tertulis", "_urutan_berkas", "_urutan_sheet")
    extra = [*meta, "_kolom", "_judul", "_nip_angka"]
    frame = pd.DataFrame(reading.rows, columns=[*fields, *extra])
    return frame, reading.findings


def answers_held(paths: Sequence[Path], *, limits: ReadLimits | None = None) -> dict[Path, int]:
    """The filled rows (answers) of each form among ``paths`` that holds any, read as :func:`read_forms` reads them
    but not recorded as inputs: a folder of returned forms written over by blank ones lost 1,036 answers without a
    word (hostile10, h29). A file that is no form, or cannot be read as one, holds none."""
    out: dict[Path, int] = {}
    for order, p in enumerate(paths):
        reading = _Reading(limits or ReadLimits())
        try:
            mtime = datetime.fromtimestamp(os.path.getmtime(p)).replace(microsecond=0)
            got = _read_form_file(p, order, mtime, reading)
        except (InputError, OSError):
            continue
        if got:
            out[p] = len(got)
    return out


@dataclass
class _Reading:
    """The rows and findings of the forms read so far, and the limits they are read within."""

    limits: ReadLimits = _field(default_factory=ReadLimits)
    rows: list[dict[str, Any]] = _field(default_factory=list)
    findings: list[Finding] = _field(default_factory=list)
    count: int = 0  #: the filled rows read

    def check(self, file: str, count: int) -> None:
        """Refuse a form that takes the filled rows past ``maks_baris_aspirasi`` (a 1,048,000-row form ran out of
        memory with exit 70 after 190 s; hostile8, h28): each row is kept as a record of about twenty fields."""
        cap = self.limits.maks_baris_aspirasi
        if self.count + count > cap:
            raise InputError(
                f"Formulir aspirasi '{file}' ditolak: formulir yang dibaca berisi lebih dari {format_number(cap)} baris "
                "terisi (satu baris per pegawai)",
                hint="Bila formulirnya sah, naikkan batasnya di berkas pengaturan: [baca] maks_baris_aspirasi.",
            )

    def headers(self, file: str, sheet: str, row: int, heads: Sequence[Any], cols: dict[int, str]) -> None:
        """Name each header of the form's header row that maps to no column, and each answer column missing (an
        edited header lost its answers without a word, "Tidak bersedia" included; hostile8, h28)."""
        for i, value in enumerate(heads):
            text = _cell(value)
            if text and i not in cols and header_key(text) not in TABLE_EXTRAS:
                loc = Location(file=file, sheet=sheet or None, row=row, column=column_letter(i), header=text)
                self.findings.append(make_finding("formulir-aspirasi-kolom-tidak-dikenal", loc, header=text))
        missing = [f for f in (*ASPIRATION_CHOICE_FIELDS, "kesediaan") if f not in cols.values()]
        if missing:
            kolom = ", ".join(f"'{_FORM_LABEL[f]}'" for f in missing)
            self.findings.append(
                make_finding(
                    "formulir-aspirasi-kolom-tidak-ada", Location(file=file, sheet=sheet or None, row=row), kolom=kolom
                )
            )


_FORM_LABEL = {f: label for f, label, _, _ in FORM_COLUMNS}


def _read_form_file(p: Path, order: int, mtime: datetime, reading: _Reading) -> list[dict[str, Any]] | None:
    """The rows of form ``p`` read by its content as :func:`~asn_mutasi.io.readers.read_table` reads a file: the
    table saved by Excel as "Unicode Text" and named .xls was refused as no xlsx, and a workbook named .csv as no text
    (hostile2, h30). A web page or XML export is no form: said so."""
    from asn_mutasi.io.readers import content_format

    fmt, noted = content_format(p, str(p))
    reading.findings += noted
    if fmt == "csv":
        return _read_csv(p, order, mtime, reading)
    if fmt in ("html", "xml2003"):
        isi = "halaman web (HTML)" if fmt == "html" else "XML Spreadsheet 2003"
        raise InputError(
            f"Formulir aspirasi '{p}' berisi {isi}, bukan formulir aspirasi",
            hint="Buka berkasnya di Excel lalu simpan sebagai .xlsx, atau minta OPD mengirim formulir .xlsx aslinya.",
        )
    return _read_workbook(p, order, mtime, reading)


def _read_workbook(p: Path, order: int, mtime: datetime, reading: _Reading) -> list[dict[str, Any]] | None:
    """The rows of form workbook ``p``: of every sheet with the form's header row, the Aspirasi sheet first (a copied
    sheet filled instead, or rows split over two sheets, were never read; hostile8, h28), each row with its sheet's
    rank (:func:`_sheet_order`: the Aspirasi sheet wins a NIP's tie with a copied sheet). An .xls or .ods (a form
    saved by LibreOffice or WPS) is read as the rosters are; a broken workbook is an :class:`InputError` in Indonesian
    (openpyxl's messages and warnings are English: not shown). ``None`` when no sheet has the header row."""
    from asn_mutasi.io.guard import inspect_workbook
    from asn_mutasi.io.ods_merged import is_ods

    scan = inspect_workbook(p, str(p), reading.limits)
    if scan is not None and (scan.container == "ole2" or is_ods(p)):
        return _read_calamine(p, order, mtime, reading)
    from asn_mutasi.io.open_workbook import openpyxl_workbook

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # e.g. "Defined names for sheet index 0 cannot be located"
        try:
            wb = openpyxl_workbook(p, read_only=True, data_only=True)
        except Exception as exc:
            raise InputError(
                f"Formulir aspirasi '{p}' tidak dapat dibaca sebagai xlsx: berkasnya rusak atau bukan buku kerja Excel",
                hint="Buka dan simpan ulang formulir di Excel, atau minta OPD mengirim ulang formulirnya.",
            ) from exc
        try:
            if not wb.worksheets:
                raise InputError(f"Formulir aspirasi '{p}' tidak berisi lembar kerja")
            found: list[dict[str, Any]] | None = None
            sheets = {ws.title: ws for ws in wb.worksheets}
            for title, rank in _sheet_order(list(sheets)):
                ws = sheets[title]
                ws.reset_dimensions()
                got = _rows(ws.iter_rows(values_only=True), str(p), ws.title, order, mtime, reading)
                found = found if got is None else [*(found or []), *_ranked(got, rank)]
            return found
        except InputError:
            raise
        except Exception as exc:  # a broken part only found while reading the rows (a bad shared string …)
            from asn_mutasi.io.open_workbook import shared_string_cause

            cause = shared_string_cause(p)  # the cell at fault, when it is one
            raise InputError(f"Formulir aspirasi '{p}' rusak: isi sheetnya tidak dapat dibaca{cause}") from exc
        finally:
            wb.close()


def _read_calamine(p: Path, order: int, mtime: datetime, reading: _Reading) -> list[dict[str, Any]] | None:
    """The rows of an .xls or .ods form, every sheet with the header row (:class:`~asn_mutasi.io.open_workbook.SafeWorkbook`:
    the guard's limits, a reader's failure an :class:`InputError`)."""
    from asn_mutasi.io.open_workbook import SafeWorkbook

    book = SafeWorkbook(p, None, str(p), reading.limits)
    found: list[dict[str, Any]] | None = None
    for name, rank in _sheet_order(list(book.names)):
        got = _rows(iter(book.read(name)[0]), str(p), name, order, mtime, reading)
        found = found if got is None else [*(found or []), *_ranked(got, rank)]
    return found


def _sheet_order(titles: Sequence[str]) -> list[tuple[str, int]]:
    """The sheets of a workbook in reading order, each with its rank among the sheets of one file: 0 for the
    Aspirasi sheet, then 1, 2 … in workbook order (a copied draft sheet must not outrank the Aspirasi sheet; review9
    #1, h28)."""
    # Excel tells sheet names apart without case or edge spaces: "ASPIRASI" is the form sheet (hostile9, h28)
    ranked = [(t, 0 if t.strip().casefold() == FORM_SHEET.casefold() else i + 1) for i, t in enumerate(titles)]
    return sorted(ranked, key=lambda pair: pair[1])


def _ranked(rows: list[dict[str, Any]], rank: int) -> list[dict[str, Any]]:
    for row in rows:
        row["_urutan_sheet"] = rank
    return rows


def _cell(value: Any) -> str:
    """A form cell as text: a lone dash (:data:`~asn_mutasi.domain.coded_fields.DASHES`) is empty, as every table
    reader reads it; a "-" typed for "no second choice" was an invalid choice, a "-" kesediaan an unknown one
    (hostile3, h31)."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    text = str(value).strip()
    return "" if text in DASHES else text


def _when(value: Any, default: datetime) -> tuple[datetime, bool]:
    """(the fill time of a Tanggal Pengisian cell, whether it could not be read); an empty or unreadable cell
    gives ``default`` (the file's modification time)."""
    if isinstance(value, datetime):
        return value, False
    if isinstance(value, date):  # an .ods/.xls date cell (calamine)
        return datetime(value.year, value.month, value.day), False
    if value is None or str(value).strip() == "":
        return default, False
    parsed = _parsed_when(str(value).strip())
    return (default, True) if parsed is None else (parsed, False)


@functools.cache
def _CLOCK() -> re.Pattern[str]:
    return re.compile(r"(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?\s*(?:wib|wita|wit)?\s*$", re.IGNORECASE)


@functools.lru_cache(maxsize=4096)
def _parsed_when(text: str) -> datetime | None:
    """A filled-in time as written, read as every date of the product is (:func:`~asn_mutasi.domain.tanggal.parse_date`:
    ``05-06-2026`` is 5 June), with its clock time when one is written; parsed once per distinct text (a
    300,000-row table repeats a few)."""
    from asn_mutasi.domain.tanggal import parse_date

    clock = _CLOCK().search(text) if not _CLOCK().fullmatch(text) else None
    found = parse_date(text)
    if found.value is None and clock is not None:  # "5 Juni 2026 14.30 WIB": the date without its clock time
        found = parse_date(text[: clock.start()].strip())
    if found.value is None or found.value.year < 1950:  # "14.30" read as an Excel serial is 1900: no fill date
        return None
    hour, minute, second = (int(clock.group(1)), int(clock.group(2)), int(clock.group(3) or 0)) if clock else (0, 0, 0)
    if hour > 23 or minute > 59 or second > 59:
        hour = minute = second = 0
    return datetime(found.value.year, found.value.month, found.value.day, hour, minute, second)


def _read_csv(path: Path, order: int, mtime: datetime, reading: _Reading | None = None) -> list[dict[str, Any]] | None:
    """The canonical aspiration table as CSV (``aspirasi baca -o tabel.csv``), header in row 1; its bytes decoded and
    its delimiter chosen as every other CSV's (UTF-8, UTF-16 or Windows-1252: a table re-saved by Excel as "CSV (dipisah
    koma)" is Windows-1252)."""
    import csv
    import io

    from asn_mutasi.io.csv_reader import LINE_MAX, check_text_size
    from asn_mutasi.io.readers import decode_text, detect_delimiter, has_long_line, not_text

    reading = reading or _Reading()
    try:
        check_text_size(str(path), path.stat().st_size, reading.limits)
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"Formulir aspirasi '{path}' tidak dapat dibaca: {os_reason(exc)}") from exc
    if not_text(data[:4096]):  # as read_table refuses it
        raise InputError(
            f"Formulir aspirasi '{path}' tidak dapat dibaca sebagai CSV: isinya bukan teks",
            hint="Simpan tabel aspirasi sebagai CSV, atau baca formulir .xlsx-nya.",
        )
    if has_long_line(data):  # refused as read_table refuses it, before its text is held twice more
        raise InputError(
            f"Formulir aspirasi '{path}' tidak dapat dibaca sebagai CSV: satu baris lebih panjang dari "
            f"{LINE_MAX >> 20} MB",
            hint="Berkas ini bukan tabel CSV (atau ganti barisnya hilang); simpan ulang tabel aspirasi sebagai CSV.",
        )
    text = decode_text(data)[0]
    del data
    try:
        delimiter = detect_delimiter(text) if text.strip() else ","
        # read row by row: the filled rows stop at maks_baris_aspirasi (a 100 MB table ran out of memory; hostile8)
        return _rows(
            csv.reader(io.StringIO(text, newline=""), delimiter=delimiter), str(path), "", order, mtime, reading
        )
    except csv.Error as exc:
        raise InputError(
            f"Formulir aspirasi '{path}' tidak dapat dibaca sebagai CSV: pemisah kolomnya tidak dapat ditentukan"
        ) from exc


def _read_json(path: Path, order: int, mtime: datetime, reading: _Reading | None = None) -> list[dict[str, Any]] | None:
    """The canonical aspiration table as JSON (``aspirasi-baca -o tabel.json``: a list of records)."""
    import json

    from asn_mutasi.io.csv_reader import check_text_size

    reading = reading or _Reading()
    hint = "Pakai tabel CSV/xlsx-nya."
    try:
        check_text_size(str(path), path.stat().st_size, reading.limits)
        payload = json.loads(path.read_text(encoding="utf-8-sig"), parse_constant=_no_constant)
    except OSError as exc:
        raise InputError(f"Formulir aspirasi '{path}' tidak dapat dibaca: {os_reason(exc)}") from exc
    except RecursionError as exc:  # "[[[[…" thousands deep (exit 70 before; hostile8, h28)
        raise InputError(
            f"Formulir aspirasi '{path}' bukan JSON yang sah (bersarang terlalu dalam)", hint=hint
        ) from exc
    except (UnicodeDecodeError, ValueError) as exc:
        raise InputError(f"Formulir aspirasi '{path}' bukan JSON yang sah", hint=hint) from exc
    if isinstance(payload, dict):  # the whole command's JSON: its table
        payload = payload.get("aspirasi", [])
    records = [r for r in payload if isinstance(r, dict)] if isinstance(payload, list) else []
    if not records:
        return None
    keys = list(records[0])
    data = [tuple(keys), *(tuple(r.get(k) for k in keys) for r in records)]
    return _rows(iter(data), str(path), "", order, mtime, reading)


def _no_constant(name: str) -> Any:
    """``NaN``, ``Infinity``: not JSON (Python's reader takes them; "nip": NaN read as a NIP stored as a number)."""
    raise ValueError(f"{name} bukan nilai JSON")


def _rows(
    it: Any, file: str, sheet: str, order: int, mtime: datetime, reading: _Reading | None = None
) -> list[dict[str, Any]] | None:
    cols: dict[int, str] = {}
    file = shown_path(file)  # the name is written in the table's ``berkas`` column (a lone surrogate crashed it)
    header_at = 0
    heads: tuple[Any, ...] = ()
    for excel_row, row in enumerate(it, start=1):
        keys = [header_key(_cell(v)) for v in row or ()]
        found = {i: LABELS[k] for i, k in enumerate(keys) if k in LABELS}
        if "nip" in found.values() and "pilihan_1_unit" in found.values():
            cols, header_at, heads = found, excel_row, tuple(row)
            break
        if excel_row >= 30:
            return None
    if not cols:
        return None
    reading = reading or _Reading()
    reading.headers(file, sheet, header_at, heads, cols)
    out: list[dict[str, Any]] = []
    wanted = (*ASPIRATION_CHOICE_FIELDS, "kesediaan", "alasan", "catatan")
    letters = {f: column_letter(i) for i, f in cols.items()}  # one dict per form, shared by its rows
    titles = {f: _cell(heads[i]) for i, f in cols.items()}  # the header as the form writes it, for the findings
    for excel_row, row in enumerate(it, start=header_at + 1):
        if not row:  # a row with no cell: openpyxl gives one for each row number missing below a far cell
            continue  # (one value at A1048576 made a million records of None: 50 s for a 15 KB form; hostile28)
        rec = {f: row[i] if i < len(row) else None for i, f in cols.items()}
        when = rec.pop("tanggal_isi", None)
        text: dict[str, Any] = {f: _cell(v) for f, v in rec.items() if f != "no"}
        fill_time, unread = _when(when, mtime)
        if not any(text.get(f) for f in wanted):
            continue  # an unfilled row (a filled row without NIP is kept: check_aspirations names it)
        nip = rec.get("nip")
        text.update(
            _berkas=file, _sheet=sheet, _baris=excel_row, _waktu=fill_time, _urutan_berkas=order, _urutan_sheet=0
        )
        # the form's own date, not the file's modification time
        text["_waktu_tertulis"] = not unread and when is not None and str(when).strip() != ""
        if unread:  # named by check_aspirations (tanggal-tidak-terbaca); the file's time is used
            text["tanggal_isi"] = _cell(when)
        text.update(
            _kolom=letters, _judul=titles, _nip_angka=isinstance(nip, (int, float)) and not isinstance(nip, bool)
        )
        reading.check(file, len(out) + 1)
        out.append(text)
    reading.count += len(out)
    return out


def fill_form(path: Path, answers: pd.DataFrame, *, output: Path | None = None, overwrite: bool = False) -> int:
    """Type ``answers`` (``nip`` plus form fields) into the rows of a written form, as an OPD would;
    extra NIPs are appended below the prefilled rows. Return the number of rows filled."""
    from openpyxl import load_workbook

    target = output or path
    wb = load_workbook(path)
    try:
        ws = wb[FORM_SHEET]
        header = [header_key(_cell(c.value)) for c in ws[HEADER_ROW + 1]]
        col = {LABELS[h]: i + 1 for i, h in enumerate(header) if h in LABELS}
        row_of = {_cell(ws.cell(r, col["nip"]).value): r for r in range(HEADER_ROW + 2, ws.max_row + 1)}
        next_row = ws.max_row + 1
        fields = [f for f in answers.columns if f in col and f != "nip"]
        for rec in answers[["nip", *fields]].astype("string").fillna("").itertuples(index=False, name=None):
            r = row_of.get(str(rec[0]))
            if r is None:
                r, next_row = next_row, next_row + 1
                ws.cell(r, col["nip"], str(rec[0]))
            for f, v in zip(fields, rec[1:], strict=True):
                if v:
                    ws.cell(r, col[f], datetime.fromisoformat(v) if f == "tanggal_isi" else str(v))
        with atomic_path(target, overwrite=overwrite or target == path) as tmp:
            wb.save(tmp)
    finally:
        wb.close()
    return len(answers)
