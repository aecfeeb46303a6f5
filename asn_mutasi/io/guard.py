"""Inspect a workbook's bytes before any parser sees them: refuse what would exhaust memory.

A workbook is a zip (xlsx/xlsm/ods) or an OLE2 compound file (xls, or an encrypted xlsx).
Before calamine parses it, :func:`inspect_workbook` checks, against documented limits
(:class:`asn_mutasi.config.ReadLimits`, settings ``[baca]``):

- the number of zip entries, their declared inflated sizes and compression ratios;
- the *actual* inflated size of every entry, by inflating it in bounded chunks (a zip
  header may lie; Python's zipfile stops at the declared size and checks the CRC);
- for every xlsx worksheet, the cells really present: their count and the bounding box
  of their references. calamine builds a dense rows × columns range from the cells it
  finds, so one cell at A1 and one at XFD1048576 make it allocate 549 GB and abort the
  process natively (no Python exception). Such sheets are marked ``sparse`` and read by
  a streaming reader that keeps only the rows and columns that hold cells.

It also recognises an HTML or XML-2003 file saved with an .xls suffix and an encrypted
(password-protected) workbook, so the user is told the real cause.
Failures are :class:`~asn_mutasi.errors.InputError` (exit 3) naming the limit and the
setting that raises it.
"""

from __future__ import annotations

import functools
import io
import re
import sys
import threading
import zipfile
import zlib
from collections import deque
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, BinaryIO

import numpy as np

from asn_mutasi.config import ReadLimits
from asn_mutasi.cores import second_core
from asn_mutasi.errors import InputError, os_reason
from asn_mutasi.io.binary_sheets import Area, Encrypted, XlsbRecords, biff_areas, workbook_stream

MB = 1 << 20
#: entries below this size are never refused for their compression ratio
RATIO_MIN_BYTES = 16 * MB
_CHUNK = 4 * MB
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTION_INFO = "EncryptionInfo".encode("utf-16-le")
_ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")


@functools.cache
def _CELL() -> re.Pattern[bytes]:
    return re.compile(rb"<(?:\w+:)?c[\s/>]")


_CELL_REF = re.compile(rb'<(?:\w+:)?c\s[^>]*?\br="([A-Z]{1,3})([0-9]{1,7})"')


@functools.cache
def _ROW_REF() -> re.Pattern[bytes]:
    return re.compile(rb'<(?:\w+:)?row\s[^>]*?\br="([0-9]{1,7})"')


@functools.cache
def _ROW() -> re.Pattern[bytes]:
    return re.compile(rb"<(?:\w+:)?row[\s/>]")


_SHEET_ENTRY = re.compile(r"^xl/worksheets/[^/]+\.xml$", re.IGNORECASE)
_SHEET_BIN = re.compile(r"^xl/worksheets/[^/]+\.bin$", re.IGNORECASE)  #: an xlsb worksheet (BIFF12 records)
_SHARED_STRINGS = re.compile(r"^xl/sharedStrings[^/]*\.xml$", re.IGNORECASE)
#: an xlsb's shared strings (BIFF12 records), the part calamine reads
_SHARED_BIN = "xl/sharedStrings.bin"
#: the longest text between two tags of the shared strings, as of a worksheet (:data:`_CHUNK`): over a hundred times
#: a cell of Excel's (32,767 characters); calamine holds every string whole and one 100 MB shared string took past
#: 3.2 GB (hostile-input campaign, h25)
MAX_TEXT_RUN = 4 * MB


@dataclass
class SheetScan:
    """What one worksheet XML really holds."""

    entry: str
    inflated: int = 0
    cells: int = 0
    max_row: int = 0
    max_col: int = 0
    implicit: bool = False  #: some cell has no ``r`` reference (its place is counted, not stated)
    markup: int = 0  #: ``<!`` and ``<?`` tags (comments, CDATA, declarations, processing instructions)
    #: cells with a formula (``<f>``) but no stored result (``<v>``): readers see them empty (:func:`_formula_gaps`)
    formula_gaps: int = 0
    gap_refs: list[str] = field(default_factory=list)  #: the first :data:`GAP_REFS` of them (``F2``), in order
    #: cells holding an Excel error (``t="e"``: #N/A, #REF! ...): readers see them empty (:func:`_error_cells`)
    error_cells: int = 0
    error_refs: list[str] = field(default_factory=list)  #: the first :data:`GAP_REFS` of them, in order
    error_values: list[str] = field(default_factory=list)  #: the distinct error texts among those
    #: row tags with cells marked ``hidden`` (a row hidden or filtered out in Excel: the readers read it all the same)
    hidden_rows: int = 0
    hidden_refs: list[int] = field(default_factory=list)  #: the first :data:`GAP_REFS` of their row numbers
    #: row numbers written on more than one ``<row r=…>`` tag: calamine and openpyxl keep one of those rows
    repeated_rows: int = 0
    repeated_refs: list[int] = field(default_factory=list)  #: the first :data:`GAP_REFS` of them, in order
    #: the most bytes from one "<" to the next (a tag and the text after it): no inline text of the sheet is longer, so
    #: below a cell of Excel's (32,767 characters) the reader need not look for longer cells (hostile3, h31)
    longest_text: int = field(default=0, compare=False)
    #: a block's scan: the ``r`` numbers of its row tags that hold cells, in order (merged with :meth:`add_rows`)
    row_numbers: np.ndarray | None = field(default=None, repr=False, compare=False)
    #: a block's scan: the number of its last row tag when no tag follows it in the block (the next block's first
    #: tag tells whether it holds cells), and what that first tag is (:data:`_NO_TAG`, :data:`_CELL_TAG`, other)
    dangling_row: int | None = field(default=None, repr=False, compare=False)
    first_tag: int = field(default=0, repr=False, compare=False)
    #: a sheet's scan: the row numbers seen so far, one flag per number up to the largest (at most 10 MB, as a row
    #: reference here has at most 7 digits), and a row tag whose cells are still to come (:attr:`dangling_row`)
    _rows_seen: np.ndarray | None = field(default=None, repr=False, compare=False)
    _dangling: int | None = field(default=None, repr=False, compare=False)
    #: a block's scan: the number of its last row tag when hidden and no value follows it in the block (its values,
    #: if any, open the next block), and whether the block holds a value before its first row tag (1), a row tag
    #: first (0), or neither (-1); a sheet's scan: such a hidden row still open (:meth:`add_hidden`)
    hidden_open: int | None = field(default=None, repr=False, compare=False)
    lead_value: int = field(default=-1, repr=False, compare=False)

    def add_hidden(self, part: SheetScan) -> None:
        """Merge the hidden rows of the sheet's next block (blocks in order): a hidden row tag ending one block whose
        value opens the next is counted once (8 of 1.040.000 were lost at the block ends, hostile9 #5, h28)."""
        if self.hidden_open is not None and part.lead_value == 1:
            self.hidden_rows += 1
            if len(self.hidden_refs) < GAP_REFS and self.hidden_open:
                self.hidden_refs.append(self.hidden_open)
        if part.lead_value != -1:  # a row tag or a value in the block closes the row open before it
            self.hidden_open = None
        self.hidden_rows += part.hidden_rows
        self.hidden_refs = (self.hidden_refs + part.hidden_refs)[:GAP_REFS]
        if part.hidden_open is not None:
            self.hidden_open = part.hidden_open

    def add_rows(self, part: SheetScan) -> None:
        """Merge the row tags of the sheet's next block (blocks in order), counting each number seen before as
        repeated. An empty ``<row/>`` repeats no data, so only rows holding cells count."""
        if self._dangling is not None and part.first_tag != _NO_TAG:
            if part.first_tag == _CELL_TAG:
                self._mark(np.array([self._dangling], dtype=np.int64))
            self._dangling = None
        if part.row_numbers is not None and len(part.row_numbers):
            self._mark(part.row_numbers)
        if part.dangling_row is not None:
            self._dangling = part.dangling_row

    def _mark(self, numbers: np.ndarray) -> None:
        top = int(numbers.max())
        seen = self._rows_seen
        if seen is None or len(seen) <= top:
            grown = np.zeros(max(top + 1, 2 * len(seen) if seen is not None else 0), dtype=bool)
            if seen is not None:
                grown[: len(seen)] = seen
            seen = self._rows_seen = grown
        again = seen[numbers]
        if len(numbers) > 1 and not (numbers[1:] > numbers[:-1]).all():  # not ascending: repeats inside the block
            order = np.argsort(numbers, kind="stable")
            ranked = numbers[order]
            inside = np.zeros(len(numbers), dtype=bool)
            inside[order[1:]] = ranked[1:] == ranked[:-1]
            again |= inside
        seen[numbers] = True
        if again.any():
            repeated = numbers[again]
            self.repeated_rows += len(repeated)
            self.repeated_refs = (self.repeated_refs + repeated[:GAP_REFS].tolist())[:GAP_REFS]

    def rows_holding_cells(self) -> np.ndarray | None:
        """The 1-based numbers of the row tags holding cells, ascending (an empty ``<row/>`` holds none); None when
        this scan did not record them (an xls, xlsb or ods sheet)."""
        return None if self._rows_seen is None else np.flatnonzero(self._rows_seen)

    @property
    def area(self) -> int:
        """Rows × columns of the dense range a reader would build."""
        return self.max_row * self.max_col


@dataclass
class WorkbookScan:
    """The result of :func:`inspect_workbook`."""

    container: str  #: "zip" or "ole2"
    inflated: int = 0
    sheets: dict[str, SheetScan] = field(default_factory=dict)  #: by zip entry name
    #: the inflated XML of the workbook's only worksheet, kept when asked (``keep_xml``), by zip entry name
    xml: dict[str, bytes] = field(default_factory=dict)
    xml_crc: dict[str, int] = field(default_factory=dict)  #: the zip's CRC-32 of each kept entry
    #: an xls's sheets by name, with their error cells and hidden rows only (:func:`_biff_errors`), or
    #: an ods's tables with hidden rows, with those only (:class:`_OdsHidden`)
    by_name: dict[str, SheetScan] = field(default_factory=dict)
    #: the shared strings' longest run between two "<" (:attr:`SheetScan.longest_text`)
    longest_shared: int = 0
    #: the shared strings' items (``<si>``) counted, up to the first past :func:`shared_items_max` (:class:`_SharedScan`)
    shared_items: int = 0
    xlsb_cells: int = 0  #: the valued cells of the xlsb worksheets (:class:`XlsbRecords`), for :func:`shared_items_max`


def column_index(letters: bytes | str) -> int:
    """1-based column number of Excel column letters (``A`` → 1, ``XFD`` → 16384)."""
    n = 0
    for ch in letters.encode() if isinstance(letters, str) else letters:
        n = n * 26 + (ch - 64)
    return n


def number_id(value: float) -> str:
    """A number with Indonesian thousands separators (1.024, 30.000.000)."""
    if value < 10 and value != int(value):
        return f"{value:.2f}".replace(".", ",")
    return f"{value:,.0f}".replace(",", ".")


def _limit_hint(key: str) -> str:
    return f"Bila berkas ini sah, naikkan batasnya di berkas pengaturan: [baca] {key}."


#: a span beyond this is taken as this (a hostile ``colspan=99999999`` or ``ss:MergeAcross`` never allocates it)
MAX_SPAN = 1000


def span(value: str | None, least: int) -> int:
    """A cell's span as written (an HTML ``colspan``/``rowspan``, an XML Spreadsheet ``ss:MergeAcross``/``MergeDown``),
    at least ``least`` (1 for an HTML span of columns, 0 for a count of extra ones) and at most :data:`MAX_SPAN`;
    ``least`` when absent or no number."""
    try:
        return min(max(int(str(value).strip()), least), MAX_SPAN) if value is not None else least
    except ValueError:
        return least


def too_many_cells(subject: str, cap: int) -> InputError:
    """The refusal of a table past ``[baca] maks_sel`` cells: "<subject> lebih dari 30.000.000 sel" (``subject``
    names what is refused, "Berkas 'x' ditolak: tabelnya"), with the setting that raises the limit."""
    return InputError(f"{subject} lebih dari {number_id(cap)} sel", hint=_limit_hint("maks_sel"))


def inspect_workbook(
    source: Path | bytes,
    display: str,
    limits: ReadLimits | None = None,
    *,
    fmt: str | None = None,
    keep_xml: tuple[int, int] | None = None,
) -> WorkbookScan | None:
    """Check a workbook's container against ``limits``; ``None`` when it is neither zip nor OLE2.

    With ``keep_xml=(least, most)``, the inflated XML of a workbook's only worksheet is kept
    in :attr:`WorkbookScan.xml` when its declared size lies in that range and it holds a cell
    in :data:`KEEP_BYTES_PER_CELL` bytes at most (the guard inflates it anyway;
    :mod:`asn_mutasi.io.split_read` parses it in two halves).

    Raises :class:`InputError` for HTML/XML saved as a workbook, encrypted workbooks, zip
    bombs and anything past the limits.
    """
    limits = limits or ReadLimits()
    head = source[:4096] if isinstance(source, bytes) else _head(source, display)
    refuse_markup(head, display)
    if head.startswith(_OLE2):
        data = source if isinstance(source, bytes) else _read_all(source, display, limits)
        if _ole_is_encrypted(data, display):
            raise encrypted_error(display)
        return WorkbookScan(container="ole2", by_name=_check_biff(data, display, limits))
    if not head.startswith(b"PK"):
        return None
    stream: BinaryIO = io.BytesIO(source) if isinstance(source, bytes) else _open(source, display)
    with stream:
        return _inspect_zip(stream, display, limits, keep_xml)


def refuse_markup(head: bytes, display: str) -> None:
    """Refuse an HTML page or an XML Spreadsheet 2003 file given as a workbook, naming what it is."""
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if not text.startswith(b"<"):
        return
    if b"urn:schemas-microsoft-com:office:spreadsheet" in head.lower() and b"<table" not in text:
        raise InputError(
            f"Berkas '{display}' adalah XML Spreadsheet 2003, bukan buku kerja Excel (.xls/.xlsx)",
            hint="Buka di Excel atau LibreOffice lalu simpan sebagai .xlsx atau .csv.",
        )
    if any(tag in text for tag in (b"<html", b"<!doctype html", b"<table", b"<meta", b"<head", b"<body")):
        raise InputError(
            f"Berkas '{display}' adalah halaman HTML, bukan buku kerja Excel (banyak aplikasi menyimpan tabel HTML "
            "dengan akhiran .xls)",
            hint="Buka di Excel atau LibreOffice lalu simpan sebagai .xlsx atau .csv.",
        )


def repeated_rows_error(display: str, sheet: str, scan: SheetScan) -> InputError:
    """A worksheet whose XML writes one row number on more than one row (:attr:`SheetScan.repeated_rows`)."""
    rows = ", ".join(map(str, scan.repeated_refs))
    return InputError(
        f"Berkas '{display}' rusak: lembar kerja '{sheet}' menulis {number_id(scan.repeated_rows)} baris dengan nomor baris "
        f"Excel yang sudah dipakai baris lain (baris {rows}); hanya satu dari baris bernomor sama yang terbaca, "
        "jadi data pegawai atau jabatan bisa hilang tanpa kabar",
        hint="Ekspor ulang berkas dari aplikasi sumbernya, lalu jalankan perintah ini lagi.",
    )


def encrypted_error(display: str) -> InputError:
    return InputError(
        f"Berkas '{display}' terenkripsi (dilindungi kata sandi) dan tidak dapat dibaca",
        hint="Buka di Excel dengan kata sandinya, hapus kata sandi (File > Info > Proteksi Buku Kerja), lalu simpan ulang.",
    )


def _head(path: Path, display: str) -> bytes:
    with _open(path, display) as fh:
        return fh.read(4096)


def _open(path: Path, display: str) -> BinaryIO:
    try:
        return path.open("rb")
    except OSError as exc:
        raise InputError(f"Berkas '{display}' tidak dapat dibaca: {os_reason(exc)}") from exc


def _read_all(path: Path, display: str, limits: ReadLimits) -> bytes:
    """The bytes of an OLE2 file (xls), within ``maks_ukuran_isi_mb``: its records are scanned in memory."""
    with _open(path, display) as fh:
        data = fh.read(int(limits.maks_ukuran_isi_mb * MB) + 1)
    if len(data) > limits.maks_ukuran_isi_mb * MB:
        raise _too_big(display, len(data), limits)
    return data


#: the columns of an Excel sheet (A … XFD): a column past them is named by its number, never by letters
_SHEET_COLUMNS = 16_384


def cell_reference(row: int, column: int) -> str:
    """The Excel reference of the 1-based ``row`` and ``column`` ("XFD1048576"), or "baris …, kolom …" for a column
    past the sheet's (a hostile record's)."""
    from asn_mutasi.io.headers import column_letter  # (on a refusal only: the early read imports no header code)

    if 1 <= column <= _SHEET_COLUMNS:
        return f"{column_letter(column - 1)}{row}"
    return f"baris {number_id(row)}, kolom {number_id(column)}"


def far_cell_hint(sheet: str, reference: str) -> str:
    """What to do with a sheet refused for a cell far from its table: clear it, or raise the limit (real27, h37: the
    refusal named neither the sheet nor the cell, and said only how to raise the limit)."""
    return (
        f"Ada isi atau format di sel {reference} lembar kerja {sheet}, jauh di luar tabel. Hapus baris dan kolom di "
        "luar tabel (di Excel, Ctrl+End menuju sel terakhir yang terpakai: pilih baris dan kolom kosong sampai sel "
        "itu, lalu Hapus), simpan, lalu baca ulang berkas ini. " + _limit_hint("maks_sel")
    )


def _check_biff(data: bytes, display: str, limits: ReadLimits) -> dict[str, SheetScan]:
    """Refuse an xls a sheet of which calamine would build or reserve a grid of more than ``maks_sel`` cells.

    See :mod:`asn_mutasi.io.binary_sheets`: such a grid aborts the process natively, and an xls cannot be
    streamed. An OLE2 file without a workbook stream is left to calamine (it names what the file is).
    Returns the sheets holding Excel error values, by name (:func:`_biff_errors`).
    """
    try:
        stream = workbook_stream(data)
    except ValueError as exc:
        raise InputError(f"Berkas '{display}' rusak: struktur OLE2 (xls) tidak dapat dibaca") from exc
    if stream is None:
        return {}
    try:
        areas = biff_areas(stream)
    except Encrypted as exc:
        raise encrypted_error(display) from exc
    for k, area in enumerate(areas):
        _check_area(display, f"ke-{k}", area, limits)  # (substream 0: the workbook's globals, no cells)
    # calamine builds every sheet's grid when it opens an xls: ten sheets of one far cell each (50 KB) took more
    # than 3 GB and aborted the process (hostile-input campaign, h26)
    total = sum(max(area.grid, area.cells) for area in areas)
    if total > limits.maks_sel:
        raise InputError(
            f"Berkas '{display}' ditolak: {len(areas) - 1} lembar kerjanya bersama-sama terbentang {number_id(total)} sel "
            f"bila dibaca (batas {number_id(limits.maks_sel)}); pembaca .xls membaca semua lembar kerja sekaligus",
            hint=_limit_hint("maks_sel") + " Simpan ulang sebagai .xlsx, atau hapus lembar kerja yang tidak dipakai.",
        )
    return _biff_errors(stream, areas)


def _biff_errors(stream: bytes, areas: list[Area]) -> dict[str, SheetScan]:
    """The error cells and the hidden rows holding a value (a roster filtered and saved as .xls was read whole
    without a word, hostile9 #4, h28) of each xls sheet that has some, by sheet name (BOUNDSHEET offsets name the
    substreams)."""
    if not any(area.errors or area.hidden_rows for area in areas):
        return {}
    from asn_mutasi.io.binary_sheets import sheet_offsets
    from asn_mutasi.io.headers import column_letter

    names = sheet_offsets(stream)
    out: dict[str, SheetScan] = {}
    for area in areas:
        name = names.get(area.offset)
        if (area.errors or area.hidden_rows) and name is not None:
            sheet = out[name] = SheetScan(entry=name, error_cells=area.errors)
            sheet.error_refs = [f"{column_letter(col)}{row + 1}" for row, col, _ in area.error_at]
            sheet.error_values = list(dict.fromkeys(text for _, _, text in area.error_at))
            sheet.hidden_rows = len(area.hidden_rows)
            sheet.hidden_refs = [row + 1 for row in sorted(area.hidden_rows)[:GAP_REFS]]
    return out


def _check_area(display: str, where: str, area: Area, limits: ReadLimits) -> None:
    """Refuse a binary sheet past ``maks_sel`` cells (see :mod:`asn_mutasi.io.binary_sheets`)."""
    grid = max(area.grid, area.cells)
    if grid > limits.maks_sel:
        reference = cell_reference(area.max_row, area.max_col)
        raise InputError(
            f"Berkas '{display}' ditolak: lembar kerja {where} terbentang sampai sel {reference} (baris "
            f"{number_id(area.max_row)} kolom {number_id(area.max_col)}), {number_id(grid)} sel bila dibaca (batas "
            f"{number_id(limits.maks_sel)})",
            hint=far_cell_hint(where, reference)
            + " Berkas .xls/.xlsb tidak dapat dibaca sebagian: simpan ulang sebagai .xlsx.",
        )


def _ole_is_encrypted(source: Path | bytes, display: str) -> bool:
    """An encrypted OOXML file is an OLE2 container with EncryptionInfo and EncryptedPackage streams."""
    if isinstance(source, bytes):
        return _ENCRYPTION_INFO in source and _ENCRYPTED_PACKAGE in source
    found: set[bytes] = set()
    tail = b""
    with _open(source, display) as fh:
        for chunk in iter(lambda: fh.read(_CHUNK), b""):
            block = tail + chunk
            found.update(m for m in (_ENCRYPTION_INFO, _ENCRYPTED_PACKAGE) if m in block)
            tail = block[-64:]
    return len(found) == 2


def _inspect_zip(
    stream: BinaryIO, display: str, limits: ReadLimits, keep_xml: tuple[int, int] | None = None
) -> WorkbookScan:
    max_total = int(limits.maks_ukuran_isi_mb * MB)
    try:
        zf = zipfile.ZipFile(stream)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise InputError(f"Berkas '{display}' rusak: bukan arsip zip yang utuh") from exc
    with zf:
        infos = zf.infolist()
        if len(infos) > limits.maks_entri_zip:
            raise InputError(
                f"Berkas '{display}' ditolak: berisi {number_id(len(infos))} entri zip (batas {number_id(limits.maks_entri_zip)})",
                hint=_limit_hint("maks_entri_zip"),
            )
        if any(i.flag_bits & 0x1 for i in infos):
            raise encrypted_error(display)
        declared = sum(i.file_size for i in infos)
        if declared > max_total:
            raise _too_big(display, declared, limits)
        for info in infos:
            ratio = info.file_size / max(info.compress_size, 1)
            if info.file_size > RATIO_MIN_BYTES and ratio > limits.maks_rasio_kompresi:
                raise InputError(
                    f"Berkas '{display}' ditolak: entri '{info.filename}' membengkak {number_id(ratio)}× saat dibuka "
                    f"(batas {number_id(limits.maks_rasio_kompresi)}×; kemungkinan bom zip)",
                    hint=_limit_hint("maks_rasio_kompresi"),
                )
        scan = WorkbookScan(container="zip")
        named = _sheet_parts(zf, infos, display)
        worksheets = [i for i in infos if not i.is_dir() and _is_sheet(i.filename, named) is False]
        kept = (
            worksheets[0]
            if keep_xml is not None and len(worksheets) == 1 and keep_xml[0] <= worksheets[0].file_size <= keep_xml[1]
            else None
        )
        # the shared strings last: their items are bounded by the cells of every worksheet (:func:`shared_items_max`)
        for info in sorted(
            infos, key=lambda i: _SHARED_STRINGS.match(i.filename) is not None or i.filename == _SHARED_BIN
        ):
            if info.is_dir():
                continue
            if info.filename == "content.xml":
                scan.by_name.update(_check_ods(zf, info, display, limits))
            binary = _is_sheet(info.filename, named)
            sheet = SheetScan(entry=info.filename) if binary is False else None
            sink = io.BytesIO() if info is kept else None
            into = (sheet, scan, binary is True)
            scan.inflated += _inflate(zf, info, display, into, max_total - scan.inflated, limits, sink)
            if sheet is not None:
                scan.sheets[info.filename] = sheet
            if (
                sink is not None
                and not sink.closed  # (closed: mostly empty rows, see _inflate)
                and sheet is not None
                and not sheet.implicit
                and sheet.area <= limits.maks_sel
                and sheet.inflated <= KEEP_BYTES_PER_CELL * sheet.cells
            ):
                scan.xml[info.filename] = sink.getvalue()  # the buffer itself, not a copy
                scan.xml_crc[info.filename] = info.CRC
        return scan


#: the workbook's relationships, by part, and whether the sheets they name are xlsb (BIFF12) or XML worksheets
_WORKBOOK_RELS = {"xl/_rels/workbook.xml.rels": False, "xl/_rels/workbook.bin.rels": True}
#: a relationship tag; its type, when a sheet's (worksheet, chartsheet, dialogsheet, macrosheet: the parts calamine
#: reads as sheets); its target
_RELATIONSHIP = re.compile(rb"<(?:\w+:)?Relationship\b[^>]*>")
_SHEET_TYPE = re.compile(rb"""\bType\s*=\s*["'][^"']*sheet["']""", re.IGNORECASE)
_TARGET = re.compile(rb"""\bTarget\s*=\s*["']([^"']*)["']""")
#: the largest workbook relationships part read (one of a thousand sheets is some 150 KB)
RELS_MAX = 4 * MB


def _sheet_parts(zf: zipfile.ZipFile, infos: list[zipfile.ZipInfo], display: str) -> dict[str, bool]:
    """The zip entries the workbook's relationships name as sheets, each True when an xlsb sheet: calamine reads a
    sheet wherever its relationship points ("/lain/s.xml", "lain/s.xml" under xl/), and one outside
    xl/worksheets/ was read with no limit on its cells or area: one cell at XFD1048576 aborted the process
    (hostile24, h36)."""
    import html
    import posixpath

    parts: dict[str, bool] = {}
    for info in infos:
        binary = _WORKBOOK_RELS.get(info.filename)
        if binary is None:
            continue
        if info.file_size > RELS_MAX:
            raise InputError(
                f"Berkas '{display}' ditolak: daftar relasi buku kerjanya ({info.filename}) berukuran "
                f"{number_id(info.file_size / MB)} MB, jauh melampaui buku kerja yang wajar",
                hint="Ekspor ulang berkas dari aplikasi sumbernya.",
            )
        try:
            text = zf.read(info)
        except (zipfile.BadZipFile, zlib.error, OSError, EOFError, ValueError, NotImplementedError) as exc:
            raise InputError(f"Berkas '{display}' rusak: entri '{info.filename}' tidak dapat dibuka") from exc
        for tag in _RELATIONSHIP.finditer(text):
            target = _TARGET.search(tag.group(0))
            if target is None or not _SHEET_TYPE.search(tag.group(0)):
                continue
            name = html.unescape(target.group(1).decode("utf-8", "replace"))
            name = name[1:] if name.startswith("/") else f"xl/{name}"
            parts[name] = parts[posixpath.normpath(name)] = binary
    return parts


def _is_sheet(name: str, named: dict[str, bool]) -> bool | None:
    """True for an xlsb worksheet, False for an XML one, None for any other entry (``named``: :func:`_sheet_parts`)."""
    if name in named:
        return named[name]
    if _SHEET_ENTRY.match(name):
        return False
    return True if _SHEET_BIN.match(name) else None


#: shared-string items a workbook may hold beyond :data:`SHARED_ITEMS_PER_CELL` per worksheet cell: a 13 MB xlsx whose
#: sharedStrings.xml held 5 million items for a sheet of 10 cells took 372 MB and 8 s before its refusal, and 50 million
#: fit in the inflated size allowed (several GB: the reader keeps every item as a string, used or not; hostile23, h36).
#: Excel, LibreOffice and the libraries that write xlsx keep only the texts some cell uses: every real workbook read
#: holds fewer items than cells (at most 0.9 per cell, tests/fixtures/real)
SHARED_ITEMS_FLOOR = 100_000
SHARED_ITEMS_PER_CELL = 4


#: a prefixed shared-string item's start tag, and the bytes kept from one chunk for the next (a tag cut between them)
@functools.cache
def _PREFIXED_ITEM() -> re.Pattern[bytes]:
    return re.compile(rb"<\w{1,64}:si[\s/>]")


_EDGE = 72


def shared_items_max(book: WorkbookScan) -> int:
    """The most shared-string items a workbook whose worksheets hold ``book``'s cells is read with."""
    return SHARED_ITEMS_FLOOR + SHARED_ITEMS_PER_CELL * _all_cells(book)


def _all_cells(book: WorkbookScan) -> int:
    return sum(sheet.cells for sheet in book.sheets.values()) + book.xlsb_cells


class _SharedScan:
    """The shared strings as they are inflated: the longest text between two tags (:data:`MAX_TEXT_RUN`) and the
    items, refused past :func:`shared_items_max` as soon as they pass it (the worksheets are scanned first)."""

    def __init__(self, book: WorkbookScan, display: str) -> None:
        self.book, self.display = book, display
        self.run = b""  #: the text since the last "<"
        self.edge = b""  #: the last bytes inflated: an item's "<si" or "<x:si" may be cut between two chunks
        self.most = shared_items_max(book)

    def add(self, chunk: bytes) -> None:
        self.run, longest = _check_text_run(self.run, chunk, self.display)
        self.book.longest_shared = max(self.book.longest_shared, longest)
        # "<si" by bytes.count, no Python object per item (a regex took 4 s for 5 million); the prefixed "<x:si>"
        # (the reader takes any prefix) by regex, only where some ":si" is (its items are counted up to the bound)
        edge = self.edge[-2:] + chunk[:2]
        self.book.shared_items += chunk.count(b"<si") + edge.count(b"<si")
        if b":si" in chunk or b":si" in self.edge[-3:] + chunk[:3]:  # (the tag ends in this chunk)
            block, new = self.edge + chunk, len(self.edge)
            self.book.shared_items += sum(1 for hit in _PREFIXED_ITEM().finditer(block) if hit.end() > new)
        self.edge = (self.edge + chunk)[-_EDGE:]
        if self.book.shared_items > self.most:
            raise _too_many_shared(self.display, self.book, "sharedStrings.xml")

    def finish(self) -> None:
        self.book.longest_shared = max(self.book.longest_shared, len(self.run))


def _too_many_shared(display: str, book: WorkbookScan, part: str) -> InputError:
    cells = _all_cells(book)
    return InputError(
        f"Berkas '{display}' ditolak: daftar teks bersama buku kerjanya ({part}) berisi lebih dari "
        f"{number_id(shared_items_max(book))} teks, padahal semua lembar kerjanya hanya berisi {number_id(cells)} sel; "
        "program lembar kerja hanya menyimpan teks yang dipakai sel, dan teks sebanyak itu menghabiskan memori",
        hint="Buka berkas di Excel atau LibreOffice lalu simpan ulang sebagai .xlsx (teks yang tidak dipakai dibuang), "
        "lalu jalankan perintah ini lagi.",
    )


def _check_text_run(run: bytes, chunk: bytes, display: str) -> tuple[bytes, int]:
    """Refuse a text run (between tags) longer than :data:`MAX_TEXT_RUN`; return the run the next chunk continues
    and the longest run ended in this chunk."""
    block = run + chunk
    tags = np.flatnonzero(np.frombuffer(block, dtype=np.uint8) == 0x3C)  # every "<" (numpy: no scan per byte)
    if not len(tags):
        if len(block) > MAX_TEXT_RUN:
            raise _beyond_cell(display)
        return block, 0
    gaps = np.diff(tags, prepend=-1, append=len(block)) - 1
    if int(gaps[:-1].max()) > MAX_TEXT_RUN or int(gaps[-1]) > MAX_TEXT_RUN:
        raise _beyond_cell(display)
    return block[int(tags[-1]) + 1 :], int(gaps[:-1].max())


def _beyond_cell(display: str) -> InputError:
    return InputError(
        f"Berkas '{display}' ditolak: satu sel berisi teks jauh melampaui batas Excel ({number_id(32_767)} "
        "karakter), atau XML-nya tidak wajar",
        hint="Berkas ini bukan hasil ekspor yang wajar; periksa sel yang sangat panjang atau ekspor ulang dari aplikasi sumbernya.",
    )


def _too_big(display: str, size: int, limits: ReadLimits) -> InputError:
    return InputError(
        f"Berkas '{display}' ditolak: isinya {number_id(size / MB)} MB setelah dibuka (batas {number_id(limits.maks_ukuran_isi_mb)} MB)",
        hint=_limit_hint("maks_ukuran_isi_mb"),
    )


def _inflate(
    zf: zipfile.ZipFile,
    info: zipfile.ZipInfo,
    display: str,
    into: tuple[SheetScan | None, WorkbookScan, bool],
    budget: int,
    limits: ReadLimits,
    sink: io.BytesIO | None = None,
) -> int:
    """Inflate one entry in bounded chunks; scan worksheet XML on the way (into ``into``'s sheet, when a worksheet)
    and the shared strings' longest text (into its workbook scan), an xlsb worksheet's records when ``into`` says
    so; return its real size.

    Each chunk is also written to ``sink`` when one is given (only ever within ``budget``).
    """
    sheet, book, binary = into
    size = 0
    carry = b""
    shared = _SharedScan(book, display) if _SHARED_STRINGS.match(info.filename) else None
    scans = _BlockScans(sheet) if sheet is not None else None
    records = XlsbRecords() if binary or info.filename == _SHARED_BIN else None
    most_items = shared_items_max(book) if info.filename == _SHARED_BIN else None
    try:
        with zf.open(info) as fh:
            try:
                for chunk, last in _chunks(fh):
                    size += len(chunk)
                    if size > budget:
                        raise _too_big(display, size, limits)
                    if sink is not None:
                        sink.write(chunk)
                        if sheet is not None and size - _UNSCANNED > KEEP_BYTES_PER_CELL * sheet.cells:
                            sink.close()  # mostly empty rows: its memory goes now (see KEEP_BYTES_PER_CELL)
                            sink = None
                    if records is not None:
                        records.add(chunk)
                        if most_items is not None and records.items > most_items:  # (hostile24, h36)
                            raise _too_many_shared(display, book, "sharedStrings.bin")
                    if shared is not None:
                        shared.add(chunk)
                    if scans is not None and last and len(carry) + len(chunk) <= _CHUNK:
                        scans.add(carry + chunk)  # the whole rest at once: a small sheet is one block, not two
                        carry = b""
                    elif scans is not None:
                        carry = _next_block(scans, carry, chunk)
                        if len(carry) > _CHUNK:  # one tag or text larger than a chunk: no cell Excel writes
                            raise _beyond_cell(display)
                if scans is not None and carry:
                    scans.add(carry)
                if shared is not None:
                    shared.finish()
            finally:
                if scans is not None:
                    scans.finish()  # an earlier block's error comes first, as when scanned one after the other
    except InputError:
        raise
    except BeyondExcel as exc:
        raise InputError(
            f"Berkas '{display}' ditolak: lembar kerja XML '{info.filename}' merujuk '{exc.ref}', di luar batas lembar kerja "
            f"(kolom terakhir XFD, baris terakhir {number_id(EXCEL_ROWS)})",
            hint="Berkas ini bukan hasil ekspor yang wajar; ekspor ulang dari aplikasi sumbernya.",
        ) from exc
    except (zipfile.BadZipFile, zlib.error, OSError, EOFError, ValueError, NotImplementedError, RuntimeError) as exc:
        # a CRC error here is also what a zip header that lies about its size produces
        why = (
            "metode kompresinya tidak didukung"
            if isinstance(exc, NotImplementedError)
            else "isinya rusak atau terpotong"
        )
        raise InputError(f"Berkas '{display}' rusak: entri '{info.filename}' tidak dapat dibuka ({why})") from exc
    if records is not None:
        _records_read(records, book, (display, info.filename), limits, binary=binary)
    if sheet is not None:
        sheet.inflated = size
        if sheet.cells > limits.maks_sel:
            raise InputError(
                f"Berkas '{display}' ditolak: satu lembar kerja berisi {number_id(sheet.cells)} sel (batas {number_id(limits.maks_sel)})",
                hint=_limit_hint("maks_sel"),
            )
    return size


def _records_read(
    records: XlsbRecords, book: WorkbookScan, where: tuple[str, str], limits: ReadLimits, *, binary: bool
) -> None:
    """Check an xlsb worksheet's area and count its cells into ``book`` (``binary``), or keep the shared strings'
    items counted (``where``: the file shown, the zip entry)."""
    if binary:
        _check_area(where[0], f"'{where[1]}'", records.area, limits)
        book.xlsb_cells += records.area.cells
    else:
        book.shared_items = records.items


def _chunks(fh: IO[bytes]) -> Iterator[tuple[bytes, bool]]:
    """The chunks of an entry, each with whether it is the last (one read ahead): a tiny worksheet was scanned as
    two blocks (its bytes up to the last "<", then its closing tag), 20,000 numpy scans of ~0.5 ms for a workbook
    of 10,000 one-cell sheets (hostile16, h34)."""
    chunk = fh.read(_CHUNK)
    while chunk:
        following = fh.read(_CHUNK)
        yield chunk, not following
        chunk = following


def _next_block(scans: _BlockScans, carry: bytes, chunk: bytes) -> bytes:
    """Hand ``scans`` the XML of ``carry`` and ``chunk`` up to the last "<" (no tag is cut); return the rest.

    The block is built once, already followed by :data:`_PAD` zero bytes (:func:`_scan_xml`'s look-ahead): joining
    the carry, the chunk, the cut and the padding one after the other copied each 4 MB three times (speed11, h33).
    """
    cut = chunk.rfind(b"<")
    if cut >= 0:
        scans.add(b"".join((carry, memoryview(chunk)[:cut], _ZEROS)), len(carry) + cut)
        return chunk[cut:]
    block = carry + chunk  # no tag starts in the chunk: the carry's own "<" (if any) ends the block
    cut = block.rfind(b"<")
    cut = len(block) if cut < 0 else cut
    scans.add(block[:cut])
    return block[cut:]


#: a worker thread only pays with a second core
_SECOND_CORE = second_core()
#: the least block worth a worker thread: a small sheet's last few bytes (its closing tags after the first chunk)
#: started one thread per sheet, 10,000 for a workbook of 10,000 tiny sheets (hostile15, h34); nothing pending,
#: such a block is scanned in the calling thread (blocks combine in any order)
_THREAD_MIN = 64 * 1024


#: the interpreter's switch interval (s) while a worksheet is scanned in a worker thread, at most: see :class:`_QuickSwitch`
_SCAN_SWITCH = 0.0005


class _QuickSwitch:
    """Lower the interpreter's switch interval while any worksheet's blocks are scanned in a worker thread.

    The scan is numpy over 4 MB blocks and the inflate is zlib: both release the GIL around each
    call, and each time they want it back they wait for the thread holding it to be asked to
    drop it, after the switch interval (5 ms). Beside a thread that runs Python (the CLI's
    imports, the position table's read and the plan's head start) each block of the roster's
    scan waited about ten times that for 0.02 s of work: the guard of a 100,000-row roster took
    2.5 s instead of 0.5 s (speed18, h36). With a short interval a waiting scan gets the GIL
    back within a fraction of a millisecond; the Python threads only switch more often. Nested
    and concurrent scans (two workbooks guarded at once) count: the first one lowers the
    interval, the last one restores it. A longer interval set meanwhile is left as is; a
    shorter one than this is never raised.
    """

    _lock = threading.Lock()
    _active = 0
    _saved = 0.0

    @classmethod
    def enter(cls) -> None:
        with cls._lock:
            if cls._active == 0:
                cls._saved = sys.getswitchinterval()
                sys.setswitchinterval(min(cls._saved, _SCAN_SWITCH))
            cls._active += 1

    @classmethod
    def leave(cls) -> None:
        with cls._lock:
            if cls._active == 0:  # (never below: a lowered interval is then restored by the next scan's leave)
                return
            cls._active -= 1
            if cls._active == 0 and sys.getswitchinterval() <= _SCAN_SWITCH:
                sys.setswitchinterval(cls._saved)


class _BlockScans:
    """Scan the blocks of one worksheet in a worker thread while the caller inflates the next ones.

    zlib's inflate and numpy's array work in :func:`_scan_xml` release the GIL, so the entry
    is inflated on one core while its blocks are scanned on the other (the caller only
    inflates: the scan is the longer of the two). Each block is scanned into its own
    :class:`SheetScan` and added to the sheet's (counts add up, maxima and flags combine, in
    any order). The first block of an entry is scanned in the calling thread, so an entry of
    one block never starts a thread; the others go to one worker, in order, at most
    :data:`_PENDING` waiting (their memory is bounded). Errors keep the order of the blocks:
    the worker scans them one after the other, and :meth:`add` and :meth:`finish` raise the
    first error in that order.
    """

    def __init__(self, sheet: SheetScan) -> None:
        self.sheet = sheet
        self.count = 0
        self.pool: ThreadPoolExecutor | None = None
        self.pending: deque[tuple[SheetScan, Future[None]]] = deque()

    def add(self, block: bytes, size: int | None = None) -> None:
        """Scan ``block`` (with ``size``: its first ``size`` bytes, zero bytes after them, see :func:`_scan_xml`)."""
        part = SheetScan(entry=self.sheet.entry)
        args = (block, part) if size is None else (block, part, size)
        self.count += 1
        if self.count > 1 and _SECOND_CORE and (self.pending or len(block) >= _THREAD_MIN):
            while len(self.pending) >= _PENDING:
                self._wait_one()
            if self.pool is None:
                _QuickSwitch.enter()  # (left in finish, with the pool: entered first, so a stop between the two
                self.pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="periksa-sheet")  # never leaves twice)
            self.pending.append((part, self.pool.submit(_scan_xml, *args)))
            return
        _scan_xml(*args)  # the first block, or any on one core: nothing is pending then
        self._merge(part)

    def finish(self) -> None:
        try:
            self._wait_all()
        finally:
            self._drop_pending()  # (the caller failed first: the blocks after its error are not scanned)
            if self.pool is not None:
                pool, self.pool = self.pool, None
                try:
                    pool.shutdown(wait=True)
                finally:
                    _QuickSwitch.leave()

    def _wait_all(self) -> None:
        while self.pending:
            self._wait_one()

    def _wait_one(self) -> None:
        part, future = self.pending.popleft()
        try:
            future.result()
        except BaseException:
            self._drop_pending()  # this block's error is the first: the later blocks' errors must not replace it
            raise
        self._merge(part)

    def _drop_pending(self) -> None:
        """Cancel the blocks still waiting, let a running one end (its error ignored), forget them all."""
        for _, future in self.pending:
            if not future.cancel():
                future.exception()  # waits; returns the error instead of raising it
        self.pending.clear()

    def _merge(self, part: SheetScan) -> None:
        sheet = self.sheet
        sheet.cells += part.cells
        sheet.max_row = max(sheet.max_row, part.max_row)
        sheet.max_col = max(sheet.max_col, part.max_col)
        sheet.implicit = sheet.implicit or part.implicit
        sheet.markup += part.markup
        sheet.formula_gaps += part.formula_gaps
        sheet.gap_refs = (sheet.gap_refs + part.gap_refs)[:GAP_REFS]
        sheet.error_cells += part.error_cells
        sheet.error_refs = (sheet.error_refs + part.error_refs)[:GAP_REFS]
        sheet.error_values = list(dict.fromkeys(sheet.error_values + part.error_values))[:GAP_REFS]
        sheet.longest_text = max(sheet.longest_text, part.longest_text)
        sheet.add_hidden(part)
        sheet.add_rows(part)


#: blocks waiting for the scan worker at most (each about _CHUNK bytes)
_PENDING = 2
#: the bytes of a worksheet whose cells may not be counted yet: the pending blocks, the one in the caller, the carry
_UNSCANNED = (_PENDING + 2) * _CHUNK
#: a worksheet's XML is kept for the two-core split read (``keep_xml``) only while it holds a cell in this many bytes
#: at most: 1,000,000 empty styled rows (48 MB of XML, 8 cells) were kept and copied into two halves, 297 MB at the
#: peak against 105 MB read whole, and slower (1.4 s against 0.65 s; hostile4, h31). Real sheets hold one cell in
#: 40–70 bytes (SSCASN's 38 MB export: 70).
KEEP_BYTES_PER_CELL = 512


def _scan_xml(block: bytes, sheet: SheetScan, size: int | None = None) -> None:
    """Count cells and find the largest row and column referenced in a chunk of worksheet XML.

    Plain ``<c r="A1"`` tags (every mainstream writer puts ``r`` first) are found with
    numpy over the bytes (every ``<``, then the bytes after it), so no Python object is
    made per cell; anything else (namespace prefixes, ``r`` not first, cells or rows
    without ``r``) marks the sheet ``implicit``, which sends it to the streaming reader:
    slower, never unsafe. The result equals the regex scan it replaced (``<c r="``
    followed by 1–3 letters, then 1–7 digits and a quote; ``<row r="`` 1–7 digits and a
    quote; tests/io/test_guard_scan.py checks both agree).

    With ``size``, the block is ``block[:size]`` and at least :data:`_PAD` zero bytes follow it in ``block`` (the
    inflating scan builds it so, :func:`_next_block`); no pattern matches across those zeros.
    """
    if size is None:
        size, block = len(block), block + _ZEROS
    n = size
    buf = np.frombuffer(block, dtype=np.uint8)
    colon = np.flatnonzero(buf[:n] == 0x3A)  # ":c " ":c>" ":row" anywhere: the prefixed scan
    if ((buf[colon + 1] == 0x63) & _ends_name(buf[colon + 2]) | _follows(buf, colon + 1, b"row")).any():
        sheet.longest_text = max(sheet.longest_text, n)  # (not measured there: the whole block may be one text)
        _scan_xml_prefixed(block[:n], sheet)
        return
    lt = np.flatnonzero(buf[:n] == 0x3C)  # every "<"
    sheet.longest_text = max(sheet.longest_text, int(np.diff(lt, prepend=0, append=n).max()) if len(lt) else n)
    second = buf[lt + 1]
    if len(lt):
        sheet.first_tag = _CELL_TAG if _cell_tags(buf, lt[:1], second[:1])[0] else _OTHER_TAG
    sheet.markup += int(np.count_nonzero((second == 0x21) | (second == 0x3F)))  # "<!" "<?"
    c_at = lt[second == 0x63]  # "<c"
    after = buf[c_at + 2]
    cell_at = c_at[_ends_name(after) | ((after == 0x2F) & (buf[c_at + 3] == 0x3E))]  # "<c " "<c>" "<c/>" "<c\n"
    r_at = lt[second == 0x72]
    row_at = r_at[(buf[r_at + 2] == 0x6F) & (buf[r_at + 3] == 0x77)]  # "<row"
    cells = len(cell_at)
    head = lt[: np.searchsorted(lt, row_at[0])] if len(row_at) else lt  # the tags before the first row tag
    sheet.lead_value = 1 if len(_value_tags(buf, head)) else (0 if len(row_at) else -1)
    if not cells and not len(row_at):
        return
    _formula_gaps(block, buf, lt, second, cell_at, sheet)
    _error_cells(block, sheet)
    sheet.cells += cells
    ref_at = cell_at[_words(buf, np.uint32)[cell_at + 2] == _REF_OPEN]  # ' r="' after "<c"
    row_ref_at = row_at[_follows(buf, row_at + 4, b' r="')]
    if len(ref_at) != cells or len(row_at) != len(row_ref_at):
        sheet.implicit = True
        _check_bounds(block)  # (references not first among the attributes: read where they stand)
    _scan_rows(block, buf, lt, second, row_ref_at, sheet)
    _hidden_rows(block, n, buf, lt, row_at, sheet)
    if len(ref_at):
        word = _words(buf, np.uint32)[ref_at + 6]  # the 4 bytes after r=": up to 3 letters and a fourth
        letters = [((word >> np.uint32(8 * k)) & np.uint32(0xFF)).astype(np.int64) - 64 for k in range(3)]
        is_letter = [(letter >= 1) & (letter <= 26) for letter in letters]
        count = is_letter[0] * (1 + is_letter[1] * (1 + is_letter[2].astype(np.int64)))
        if not count.any():  # no reference has letters: one past the last row refuses first, as the regex scan did
            _check_bounds(block)  # ('<c r="12345678"' read "rusak", not "di luar batas"; reviewE, h38)
            raise ValueError("max() arg is an empty sequence")  # what the regex scan raised: a broken sheet
        column = np.where(count == 1, letters[0], np.where(count == 2, letters[0] * 26 + letters[1], 0))
        column = np.where(count == 3, (letters[0] * 26 + letters[1]) * 26 + letters[2], column)
        fourth = (word >> np.uint32(24)).astype(np.uint8) - np.uint8(0x41)  # a fourth letter ("ZZZZ100"): too far
        if int(column.max()) > EXCEL_COLUMNS or ((count == 3) & ((fourth <= 25) | (fourth - 32 <= 25))).any():
            _check_bounds(block)
        sheet.max_col = max(sheet.max_col, int(column.max()))
        has = count > 0
        at = ref_at[has] + 6 + count[has]
        runs = _quoted_runs(buf, at)
        if (runs[1] > 7).any():
            _check_bounds(block)  # a row of 8 digits or more in a cell reference
        top = _max_number_at(buf, at, runs)
        if top is None:
            _check_bounds(block)
            raise ValueError("max() arg is an empty sequence")
        if top > EXCEL_ROWS:
            _check_bounds(block)
        sheet.max_row = max(sheet.max_row, top)
    if sheet.implicit:  # references not first among the attributes: rows read where their references stand
        sheet.row_numbers, sheet.dangling_row = _loose_rows(block, n)


def _scan_rows(
    block: bytes, buf: np.ndarray, lt: np.ndarray, second: np.ndarray, row_ref_at: np.ndarray, sheet: SheetScan
) -> None:
    """The block's row tags: the largest row number, and the rows holding cells (for the repeated-row count: each
    on the row its first cell names, :func:`_first_cell_rows`; a last tag whose cells are in the next block kept
    as :attr:`SheetScan.dangling_row`)."""
    number, readable = _numbers_at(buf, row_ref_at + 8)
    if not readable.all() or (len(number) and int(number.max()) > EXCEL_ROWS):
        _check_bounds(block)  # a row number of 8 digits or more, or past the last row
    if not readable.any():
        return
    sheet.max_row = max(sheet.max_row, int(number[readable].max()))
    following = np.searchsorted(lt, row_ref_at) + 1
    inside = following < len(lt)
    holds = np.zeros(len(row_ref_at), dtype=bool)
    holds[inside] = _cell_tags(buf, lt[following[inside]], second[following[inside]])
    kept = readable & holds
    sheet.row_numbers = _first_cell_rows(buf, lt[following[kept]], number[kept])
    if not inside[-1] and readable[-1]:  # the block's last tag: the next block's first tag tells
        sheet.dangling_row = int(number[-1])


#: cell references kept of the formulas without a stored result (the finding names the first ones)
GAP_REFS = 5


def _formula_gaps(
    block: bytes, buf: np.ndarray, lt: np.ndarray, second: np.ndarray, cell_at: np.ndarray, sheet: SheetScan
) -> None:
    """Count the cells of ``block`` whose formula has no stored result (no ``<v>`` with text before its ``</c>``).

    A workbook written by a program (openpyxl, for one) and never opened in Excel keeps only the formula;
    calamine then reads the cell as empty, and a required cell reads "kosong" though Excel shows a number.
    A cell cut by the end of the block is not counted (a block ends at a ``<`` of the XML).
    """
    f_at = lt[second == 0x66]  # "<f"
    if not len(f_at):
        return
    after = buf[f_at + 2]
    f_at = f_at[(after == 0x3E) | (after == 0x20) | (after == 0x2F)]  # "<f>" "<f " "<f/>"
    close = lt[(second == 0x2F) & (buf[lt + 2] == 0x63) & (buf[lt + 3] == 0x3E)]  # "</c>"
    k = np.searchsorted(close, f_at)
    f_at, end = f_at[k < len(close)], close[k[k < len(close)]]
    if not len(f_at):
        return
    # a stored result: "<v>" with text after it ("<v></v>", as openpyxl writes a formula, is none), or "<v ..."
    v_at = lt[(second == 0x76) & (((buf[lt + 2] == 0x3E) & (buf[lt + 3] != 0x3C)) | (buf[lt + 2] == 0x20))]
    next_v = np.append(v_at, len(buf))[np.searchsorted(v_at, f_at)]  # (none after the formula: past the block)
    gaps = f_at[next_v > end]
    sheet.formula_gaps += len(gaps)
    starts = cell_at[np.maximum(np.searchsorted(cell_at, gaps[:GAP_REFS]) - 1, 0)] if len(cell_at) else []
    for c in list(starts)[: GAP_REFS - len(sheet.gap_refs)]:
        ref = _cell_ref(block, int(c))
        if ref:
            sheet.gap_refs.append(ref)


_HIDDEN = re.compile(rb"""\shidden=(?:"(?:1|true)"|'(?:1|true)')""")


#: a row tag's number, in either quote (the loose-row scan below has its own _ROW_NUMBER, double quotes only)
@functools.cache
def _ROW_NUMBER_QUOTED() -> re.Pattern[bytes]:
    return re.compile(rb"""\sr=["'](\d{1,7})["']""")


def _value_tags(buf: np.ndarray, lt: np.ndarray) -> np.ndarray:
    """The tags among ``lt`` that hold a cell's value: ``<v>`` with text (``<v></v>``, an openpyxl formula's, is
    none), ``<v …>``, or an inline string ``<is>``."""
    second, third = buf[lt + 1], buf[lt + 2]
    value = (second == 0x76) & (((third == 0x3E) & (buf[lt + 3] != 0x3C)) | (third == 0x20))
    inline = (second == 0x69) & (third == 0x73) & ((buf[lt + 3] == 0x3E) | (buf[lt + 3] == 0x20))
    return lt[value | inline]


def _hidden_rows(block: bytes, n: int, buf: np.ndarray, lt: np.ndarray, row_at: np.ndarray, sheet: SheetScan) -> None:
    """Count the row tags of ``block`` marked hidden that hold a value (a ``<v>`` or ``<is>`` before the next row
    tag; styled empty cells, a hidden blank row, are none: they were named "baris berisi data", hostile9 #5, h28):
    rows hidden or filtered out in Excel, which every reader reads as data all the same. Kept: the first row
    numbers, and the last row tag when its values may open the next block (:attr:`SheetScan.hidden_open`). Only a
    block whose row tags name ``hidden=`` is looked at (:func:`_row_tags_name_hidden`)."""
    if not len(row_at) or not _row_tags_name_hidden(block, buf, lt, row_at, n):
        return
    at = np.fromiter((m.start() for m in _HIDDEN.finditer(block)), dtype=np.int64)
    if not len(at):
        return
    gt = np.flatnonzero(buf[:n] == 0x3E)  # every ">": a row tag ends at the first after its "<row"
    k = np.searchsorted(row_at, at, side="right") - 1  # the row tag each mark follows
    at, k = at[k >= 0], k[k >= 0]
    g = np.searchsorted(gt, row_at[k])
    inside = g < len(gt)
    at, k, g = at[inside], k[inside], g[inside]
    end = gt[g]
    rows = np.unique(k[(at < end) & (buf[end - 1] != 0x2F)])  # inside the tag, which is no ``<row …/>``
    values = np.append(_value_tags(buf, lt), n)
    stop = np.append(row_at, n)[rows + 1]  # the next row tag, or the block's end
    held = values[np.searchsorted(values, row_at[rows])] < stop
    if len(rows) and rows[-1] == len(row_at) - 1 and not held[-1]:
        last = int(row_at[rows[-1]])
        number = _ROW_NUMBER_QUOTED().search(block, last, int(gt[np.searchsorted(gt, last)]))
        sheet.hidden_open = int(number.group(1)) if number else 0
    rows = rows[held]
    sheet.hidden_rows += len(rows)
    for r in rows[: GAP_REFS - len(sheet.hidden_refs)].tolist():
        number = _ROW_NUMBER_QUOTED().search(block, int(row_at[r]), int(gt[np.searchsorted(gt, row_at[r])]))
        if number:
            sheet.hidden_refs.append(int(number.group(1)))


def _row_tags_name_hidden(block: bytes, buf: np.ndarray, lt: np.ndarray, row_at: np.ndarray, n: int) -> bool:
    """Whether ``hidden=`` is written in some row tag of the block: searched in the row tags only (each with the text
    up to the next "<"), a tenth of the block or less in a roster, as one search of the whole 4 MB block cost as
    much as the rest of the row scan (speed11, h33); in the whole block when the row tags are most of it, or when
    one is not closed before the next "<" (no XML, but the row scan reads a tag up to its ">")."""
    length = np.append(lt, n)[np.searchsorted(lt, row_at) + 1] - row_at
    total = int(length.sum())
    if total <= n // 4:
        offset = np.cumsum(length) - length  # where each row tag starts among the row tags' bytes
        tags = buf[np.repeat(row_at - offset, length) + np.arange(total)]
        if np.add.reduceat(tags == 0x3E, offset).all():  # every row tag closed before the next "<"
            return tags.tobytes().find(b"hidden=") >= 0
    return block.find(b"hidden=", 0, n) >= 0


def _cell_ref(block: bytes, at: int) -> str | None:
    """The ``r`` reference (``F2``) of the cell tag opening at ``at`` in ``block``; None without one."""
    ref = _CELL_REF.match(block, at, at + 200)
    return (ref.group(1) + ref.group(2)).decode() if ref else None


_ERROR_TYPE = b't="e"'


@functools.cache
def _ERROR_VALUE() -> re.Pattern[bytes]:
    return re.compile(rb"<(?:\w+:)?v>([^<]{1,20})</(?:\w+:)?v>")


def _error_cells(block: bytes, sheet: SheetScan, every: bool = False) -> None:
    """Count the cells of ``block`` that hold an Excel error value (``t="e"``: #N/A, #REF!, #VALUE! ...).

    calamine reads such a cell as empty text, so a NIP looked up with VLOOKUP that showed #N/A would be
    reported "kosong". Every error value starts with "#" (#NULL!, #DIV/0!, #VALUE!, #REF!, #NAME?, #NUM!,
    #N/A), rare in worksheet XML (its texts are mostly in the shared strings): a block without one is passed
    by one ``memchr`` (the pattern count costs 60 ms on a 100,000-row roster); else the attribute is counted
    with ``bytes.count`` and only the first :data:`GAP_REFS` are located, for the finding's examples. The value of
    the block's last cell may open the next block: that cell (from the last "<c", as no child of a cell opens so)
    is looked at too; an error cell cut so was lost (speed11, h33). ``every``: no shortcut (a prefixed sheet's
    cells are "<x:c").
    """
    if not every and b"#" not in block:
        last = block.rfind(b"<c")
        if last < 0 or _ERROR_TYPE not in block[last:]:
            return
    found = block.count(_ERROR_TYPE)
    if not found:
        return
    sheet.error_cells += found
    at = 0
    while len(sheet.error_refs) < GAP_REFS:
        at = block.find(_ERROR_TYPE, at)
        if at < 0:
            break
        start = block.rfind(b"<", 0, at)  # the tag holding the attribute (prefixed or not)
        ref = _cell_ref(block, start) if start >= 0 else None
        if ref:
            sheet.error_refs.append(ref)
        value = _ERROR_VALUE().search(block, at, at + 400)
        text = value.group(1).decode("ascii", "replace") if value else ""
        if text.startswith("#") and text not in sheet.error_values:
            sheet.error_values.append(text)
        at += len(_ERROR_TYPE)


#: zero bytes after a block, so every look-ahead stays inside the buffer
_PAD = 32
_ZEROS = bytes(_PAD)


def _follows(buf: np.ndarray, at: np.ndarray, text: bytes) -> np.ndarray:
    """Where ``text`` starts at each position of ``at``."""
    ok = np.ones(len(at), dtype=bool)
    for k, byte in enumerate(text):
        ok &= buf[at + k] == byte
    return ok


#: :attr:`SheetScan.first_tag`: a block without tags, one starting with a cell tag, with any other
_NO_TAG, _CELL_TAG, _OTHER_TAG = 0, 1, 2


def _cell_tags(buf: np.ndarray, at: np.ndarray, second: np.ndarray) -> np.ndarray:
    """Whether the tag at each position of ``at`` (``second``: the byte after its ``<``) is a cell tag ``<c `` / ``<c>``."""
    return (second == 0x63) & _ends_name(buf[at + 2])


def _ends_name(byte: np.ndarray) -> np.ndarray:
    """Whether each byte ends a tag's name: ">" or any XML white space (space, tab, line feed, carriage return). A
    cell tag ``<c`` followed by a line feed was no cell to the scan, and one at XFD1048576 let calamine build a
    range of 17 billion cells (speed11, h33)."""
    return (byte == 0x20) | (byte == 0x3E) | (byte == 0x0A) | (byte == 0x09) | (byte == 0x0D)


def _first_cell_rows(buf: np.ndarray, cell_at: np.ndarray, rows: np.ndarray) -> np.ndarray:
    """The row each row tag's cells are placed on: its first cell's reference where it has one (``<c r="A3"``), else
    the tag's number. calamine places cells by their references, so rows numbered 2, 3, 4 whose cells say A2, A3,
    A3 lose a person as surely as a row number written twice (diff review, h24)."""
    if not len(cell_at):
        return rows
    ref = _follows(buf, cell_at + 2, b' r="')
    letters = np.stack([buf[cell_at + 6 + k] for k in range(3)]).astype(np.int64) - 64
    is_letter = (letters >= 1) & (letters <= 26)
    count = is_letter[0] * (1 + is_letter[1] * (1 + is_letter[2]))
    value, ok = _numbers_at(buf, cell_at + 6 + count)
    return np.where(ref & ok & (count > 0), value, rows)


def _digit_runs(buf: np.ndarray, at: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """``(digits, run, readable)`` at each position of ``at``: its first 8 bytes as digits (a non-digit wraps above
    9), how many digits lead, and whether a number of 1–7 digits closed by a quote is written there."""
    digits = np.stack([buf[at + k] for k in range(8)]) - np.uint8(0x30)
    run = np.zeros(len(at), dtype=np.int64)
    alive = np.ones(len(at), dtype=bool)
    for k in range(8):
        alive &= digits[k] <= 9
        run += alive
    ok = (run >= 1) & (run <= 7)
    ok[ok] = buf[at[ok] + run[ok]] == 0x22
    return digits, run, ok


def _numbers_at(buf: np.ndarray, at: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """``(value, readable)`` of the number written at each position of ``at`` (see :func:`_digit_runs`)."""
    digits, run, ok = _digit_runs(buf, at)
    value = np.zeros(len(at), dtype=np.int64)
    for k in range(7):
        value = np.where(k < run, value * 10 + digits[k], value)
    return value, ok


def _words(buf: np.ndarray, dtype: type[np.unsignedinteger]) -> np.ndarray:
    """``buf`` read as overlapping little-endian words (one starting at every byte): ``_words(buf, np.uint64)[at]``
    gathers the 8 bytes at each position in one indexing, not one per byte (speed11, h33)."""
    width = np.dtype(dtype).itemsize
    return np.ndarray((len(buf) - width + 1,), dtype=np.dtype(dtype).newbyteorder("<"), buffer=buf, strides=(1,))


def _bytes_of(value: int) -> np.uint64:
    return np.uint64(int.from_bytes(bytes([value]) * 8, "little"))


#: ' r="' read as a little-endian word; per-byte masks of a word of 8 bytes (see _quoted_runs)
_REF_OPEN = np.uint32(int.from_bytes(b' r="', "little"))
_HIGH_NIBBLES, _DIGIT_HIGH, _SIX = _bytes_of(0xF0), _bytes_of(0x30), _bytes_of(0x06)


def _quoted_runs(buf: np.ndarray, at: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """``(word, run, readable)`` at each position of ``at``: its 8 bytes as a little-endian word, how many digits lead
    (0–8), and whether a number of 1–7 digits closed by a quote is written there (:func:`_digit_runs`'s count, from
    one gather: a byte is a digit when its high nibble is 3 and adding 6 leaves it so; the first byte that is not
    gets no carry from the digits before it)."""
    word = _words(buf, np.uint64)[at]
    other = ((word & _HIGH_NIBBLES) ^ _DIGIT_HIGH) | (((word + _SIX) & _HIGH_NIBBLES) ^ _DIGIT_HIGH)
    lowest = other & (~other + np.uint64(1))  # the lowest set bit: in the first byte that is no digit
    bit = np.log2(np.maximum(lowest, np.uint64(1)).astype(np.float64)).astype(np.int64)  # (a power of 2: exact)
    run = np.where(other == 0, 8, bit >> 3)
    after = (word >> (np.minimum(run, 7).astype(np.uint64) * np.uint64(8))) & np.uint64(0xFF)
    return word, run, (run >= 1) & (run <= 7) & (after == 0x22)


def _max_number_at(
    buf: np.ndarray, at: np.ndarray, runs: tuple[np.ndarray, np.ndarray, np.ndarray] | None = None
) -> int | None:
    """The largest number written at the positions ``at`` (1–7 digits closed by a quote); None if none is.

    Without leading zeros a longer number is a larger one, and among numbers of one length the
    largest is the largest word of their digits read big-endian (the digits' bytes compare as
    the digits do), so no number is computed but the answer.
    """
    word, run, ok = runs if runs is not None else _quoted_runs(buf, at)  # (the caller's, when it read them)
    if not ok.any():
        return None
    keep = np.flatnonzero(ok)
    if ((word[keep] & np.uint64(0xFF)) == 0x30).any():  # leading zeros: compute every number
        return int(_numbers_at(buf, at[keep])[0].max())
    longest = int(run[keep].max())
    keep = keep[run[keep] == longest]
    digits = word[keep].byteswap() >> np.uint64(8 * (8 - longest))
    return int(int(digits.max()).to_bytes(longest, "big"))


#: the last row and column a spreadsheet has (Excel, LibreOffice): a reference beyond them is no sheet anyone wrote
EXCEL_ROWS, EXCEL_COLUMNS = 1_048_576, 16_384


#: any ``r`` attribute of a row or cell tag, wherever it stands among the attributes and however long (the scans above
#: read only 1–3 letters and 1–7 digits: "A4294967295" and "ZZZZ100" passed them and calamine tried to allocate the
#: range: a Rust abort or gigabytes, hostile-input campaign h24)
@functools.cache
def _ANY_REF() -> re.Pattern[bytes]:
    return re.compile(rb'<(?:\w+:)?(?:c|row)\s[^>]*?\br="([A-Z]*)([0-9]*)"')


class BeyondExcel(ValueError):
    """A row or cell reference past the last row or column a spreadsheet has (:data:`EXCEL_ROWS`, :data:`EXCEL_COLUMNS`)."""

    def __init__(self, ref: str) -> None:
        super().__init__(ref)
        self.ref = ref


#: the reference values that may lie past the last row or column: 4 letters or more, 7 digits or more (some 7-digit
#: rows pass 1,048,576), or a 3-letter column past XFD; the others never do and are not looked at one by one (a
#: per-tag pattern took 1.1 s on a 100k sheet whose references stand after other attributes; diff review, h24)
@functools.cache
def _FAR_VALUE() -> re.Pattern[bytes]:
    return re.compile(
        rb'r="(?:[A-Z]{4,}|[A-Z]{0,3}[0-9]{7}|XF[E-Z]|X[G-Z][A-Z]|[YZ][A-Z]{2})'
    )  # (a literal start: fast)


def _check_bounds(block: bytes) -> None:
    """Raise :class:`BeyondExcel` for the first reference in ``block`` past a spreadsheet's last row or column."""
    for far in _FAR_VALUE().finditer(block):
        start = block.rfind(b"<", 0, far.start())
        match = _ANY_REF().match(block, start)
        if match is None or match.start(1) != far.start() + 3:  # not the reference of a row or cell tag
            continue
        letters, digits = match.group(1), match.group(2)
        too_far = len(letters) > 3 or len(digits) > 7 or (digits and int(digits) > EXCEL_ROWS)
        if not too_far and letters and column_index(letters) > EXCEL_COLUMNS:
            too_far = True
        if too_far:
            raise BeyondExcel((letters + digits).decode("ascii", "replace")[:40])


#: a row tag and the cell tag right after it, wherever ``r`` stands among their attributes
@functools.cache
def _ROW_AND_CELL() -> re.Pattern[bytes]:
    return re.compile(rb"<(?:\w+:)?row\b([^>]*?)(?<!/)>\s*<(?:\w+:)?c\b([^>]*?)/?>")


_ROW_NUMBER = re.compile(rb'\br="([0-9]{1,7})"')


@functools.cache
def _CELL_ROW() -> re.Pattern[bytes]:
    return re.compile(rb'\br="[A-Z]{1,3}([0-9]{1,7})"')


#: a row tag ending a block (only blank after it): its cells, if any, open the next block
@functools.cache
def _ROW_AT_END() -> re.Pattern[bytes]:
    return re.compile(rb"<(?:\w+:)?row\b([^>]*?)(?<!/)>\s*\Z")


#: a cell tag, prefixed or not, as :data:`_ROW_AND_CELL` reads one
@functools.cache
def _CELL_START() -> re.Pattern[bytes]:
    return re.compile(rb"<(?:\w+:)?c\b")


def _loose_rows(block: bytes, size: int | None = None) -> tuple[np.ndarray, int | None]:
    """:func:`_first_cell_rows` for a block the numpy scan cannot read (a prefix, ``r`` not first): each row tag
    followed by a cell, placed on its first cell's row where that has a reference, else on its own number (rows
    numbered by neither are counted by order and repeat nothing); and the number of a row tag ending the block
    (:attr:`SheetScan.dangling_row`: a row written twice whose cells opened the next block was never counted,
    speed11, h33). ``size``: the block's bytes before its padding. Rare layouts only: one regex pass."""
    out: list[int] = []
    for match in _ROW_AND_CELL().finditer(block):
        row = _ROW_NUMBER.search(match.group(1))
        if row is None:  # a row without r is counted by its order: what its cells say does not place it
            continue
        found = _CELL_ROW().search(match.group(2)) or row
        out.append(int(found.group(1)))
    size = len(block) if size is None else size
    last = block.rfind(b"<", 0, size)
    tail = _ROW_AT_END().match(block, last, size) if last >= 0 else None
    number = _ROW_NUMBER.search(tail.group(1)) if tail else None
    return np.array(out, dtype=np.int64), int(number.group(1)) if number else None


#: a row's opening tag, prefixed or not ("<x:row r='5' hidden='1'>"), and a cell's value in it (see _value_tags)
@functools.cache
def _ROW_OPEN() -> re.Pattern[bytes]:
    return re.compile(rb"<(?:\w+:)?row\b([^>]*)>")


@functools.cache
def _VALUE_TAG() -> re.Pattern[bytes]:
    return re.compile(rb"<(?:\w+:)?(?:v>[^<]|v\s|is[\s>])")


def _hidden_rows_prefixed(block: bytes, sheet: SheetScan) -> None:
    """:func:`_hidden_rows` for a namespace-prefixed sheet (OpenXML SDK and .NET writers: ``<x:row hidden="1">``),
    which was never counted (hostile9 #4, h28); by regex, as the rest of this slower path."""
    opening = _ROW_OPEN().search(block)
    sheet.lead_value = 1 if _VALUE_TAG().search(block, 0, opening.start() if opening else len(block)) else -1
    if opening is None:
        return
    sheet.lead_value = max(sheet.lead_value, 0)
    tags = list(_ROW_OPEN().finditer(block)) if block.find(b"hidden=") >= 0 else []
    for i, tag in enumerate(tags):
        attrs = tag.group(1)
        if attrs.endswith(b"/") or not _HIDDEN.search(attrs):
            continue
        number = _ROW_NUMBER_QUOTED().search(attrs)
        if _VALUE_TAG().search(block, tag.end(), tags[i + 1].start() if i + 1 < len(tags) else len(block)):
            sheet.hidden_rows += 1
            if number and len(sheet.hidden_refs) < GAP_REFS:
                sheet.hidden_refs.append(int(number.group(1)))
        elif i == len(tags) - 1:
            sheet.hidden_open = int(number.group(1)) if number else 0


def _scan_xml_prefixed(block: bytes, sheet: SheetScan) -> None:
    sheet.markup += block.count(b"<!") + block.count(b"<?")
    _hidden_rows_prefixed(block, sheet)
    _check_bounds(block)
    sheet.row_numbers, sheet.dangling_row = _loose_rows(block)
    first = block.find(b"<")  # does the block open with a cell tag (of a row tag dangling in the block before)?
    sheet.first_tag = _NO_TAG if first < 0 else _CELL_TAG if _CELL_START().match(block, first) else _OTHER_TAG
    _error_cells(block, sheet, every=True)
    cells = len(_CELL().findall(block))
    refs = _CELL_REF.findall(block)
    sheet.cells += cells
    if len(refs) != cells:
        sheet.implicit = True
    rows = [int(r) for r in _ROW_REF().findall(block)]
    if len(rows) != len(_ROW().findall(block)):
        sheet.implicit = True
    if rows:
        sheet.max_row = max(sheet.max_row, max(rows))
    if refs:
        sheet.max_col = max(sheet.max_col, max(column_index(c) for c in {c for c, _ in refs}))
        sheet.max_row = max(sheet.max_row, max(map(int, (r for _, r in refs))))


_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"


class _OdsHidden:
    """The rows of each ODS table hidden or filtered out (``table:visibility="collapse"``/``"filter"``) that hold a
    value, as :class:`SheetScan` by table name (:attr:`WorkbookScan.by_name`): a roster filtered to one OPD in
    LibreOffice and saved as .ods was read whole without a word (hostile9 #4, h28)."""

    def __init__(self) -> None:
        self.by_name: dict[str, SheetScan] = {}
        self.hidden = False

    def start_row(self, attrs: dict[str, str]) -> None:
        self.hidden = attrs.get(f"{_TABLE} visibility", "visible") in ("collapse", "filter")

    def end_row(self, name: str, first: int, repeated: int, filled: bool) -> None:
        """Row ``first`` (1-based) and the ``repeated`` - 1 copies after it end; counted when hidden and filled."""
        if not (self.hidden and filled):
            return
        sheet = self.by_name.setdefault(name, SheetScan(entry=name))
        sheet.hidden_rows += repeated
        sheet.hidden_refs += list(range(first, first + min(repeated, GAP_REFS - len(sheet.hidden_refs))))


def _check_ods(zf: zipfile.ZipFile, info: zipfile.ZipInfo, display: str, limits: ReadLimits) -> dict[str, SheetScan]:
    """Refuse an ODS table whose repeated rows × repeated cells holding values span more than ``maks_sel``.

    ``table:number-rows-repeated`` and ``table:number-columns-repeated`` let a 1 KB file
    declare billions of filled cells; calamine expands them into a dense range (its own
    cap is 100 million cells, about 3 GB). Empty repeats (LibreOffice pads every sheet
    with them) cost nothing and are not counted.
    """
    from xml.parsers import expat

    state = {"row": 0, "row_rep": 1, "col": 0, "max_row": 0, "max_col": 0, "cell_rep": 1, "filled": 0, "in_cell": 0}
    state["copies"] = 0  # filled cells the repeats add beyond the ones written (each costs memory once expanded)
    tables: list[tuple[str, int]] = []
    name = [""]
    hidden = _OdsHidden()

    def start(tag: str, attrs: dict[str, str]) -> None:
        if tag == f"{_TABLE} table":
            name[0] = attrs.get(f"{_TABLE} name", "")
            state.update(row=0, col=0, max_row=0, max_col=0)
        elif tag == f"{_TABLE} table-row":
            state["row_rep"] = _int(attrs.get(f"{_TABLE} number-rows-repeated"))
            hidden.start_row(attrs)
            state["col"] = 0
            state["filled"] = 0
        elif tag in (f"{_TABLE} table-cell", f"{_TABLE} covered-table-cell"):
            state["cell_rep"] = _int(attrs.get(f"{_TABLE} number-columns-repeated"))
            # a value, or a formula without one (calamine builds its cell too: 49 million from 9 KB, h26)
            state["in_cell"] = 1 if f"{_OFFICE} value-type" in attrs or f"{_TABLE} formula" in attrs else 0
            state["in_cell"] |= 2  # inside a cell: a child element means content
        elif state["in_cell"] & 2:
            state["in_cell"] |= 1

    def end(tag: str) -> None:
        if tag in (f"{_TABLE} table-cell", f"{_TABLE} covered-table-cell"):
            state["col"] += state["cell_rep"]
            if state["in_cell"] & 1:
                state["filled"] = state["col"]
                state["copies"] += (state["cell_rep"] - 1) * state["row_rep"]
            state["in_cell"] = 0
        elif tag == f"{_TABLE} table-row":
            hidden.end_row(name[0], state["row"] + 1, state["row_rep"], bool(state["filled"]))
            state["row"] += state["row_rep"]
            if state["filled"]:
                state["max_row"] = state["row"]
                state["max_col"] = max(state["max_col"], state["filled"])
                if state["max_row"] * state["max_col"] > limits.maks_sel:
                    raise _ods_too_wide(display, name[0], state["max_row"] * state["max_col"], limits)
                state["copies"] += (state["row_rep"] - 1) * state["filled"]
                if state["copies"] > ODS_COPIES_MAX:
                    raise _ods_copies(display, name[0], state["copies"])
        elif tag == f"{_TABLE} table":
            tables.append((name[0], state["max_row"] * state["max_col"]))
            total = sum(area for _, area in tables)  # calamine builds every table's grid: 25 × 2 million (h26)
            if len(tables) > 1 and total > limits.maks_sel:
                raise InputError(
                    f"Berkas '{display}' ditolak: {len(tables)} lembar kerjanya bersama-sama mengulang sel berisi hingga "
                    f"{number_id(total)} sel (batas {number_id(limits.maks_sel)})",
                    hint=_limit_hint("maks_sel"),
                )

    parser = expat.ParserCreate(namespace_separator=" ")
    parser.StartElementHandler = start
    parser.EndElementHandler = end
    try:
        with zf.open(info) as fh:
            for chunk in iter(lambda: fh.read(_CHUNK), b""):
                parser.Parse(chunk, False)
            parser.Parse(b"", True)
    except expat.ExpatError as exc:
        raise InputError(f"Berkas '{display}' rusak: content.xml bukan XML yang utuh ({xml_error_text(exc)})") from None
    except (zipfile.BadZipFile, zlib.error, OSError, EOFError, ValueError, NotImplementedError, RuntimeError) as exc:
        raise InputError(f"Berkas '{display}' rusak: entri '{info.filename}' tidak dapat dibuka") from exc
    return hidden.by_name


def xml_error_text(exc: Exception) -> str:
    """An expat error in the analyst's words, with its line and column ("teks terpotong: tag tidak ditutup, baris 1,
    kolom 8907"): expat's own text is English ("unclosed token"; hostile-input campaign, h26)."""
    from xml.parsers import expat

    said = {
        expat.errors.XML_ERROR_UNCLOSED_TOKEN: "teks terpotong: tag tidak ditutup",
        expat.errors.XML_ERROR_NO_ELEMENTS: "tidak berisi elemen apa pun (berkas terpotong?)",
        expat.errors.XML_ERROR_SYNTAX: "kesalahan sintaks",
        expat.errors.XML_ERROR_INVALID_TOKEN: "karakter atau tanda yang tidak sah",
        expat.errors.XML_ERROR_TAG_MISMATCH: "tag pembuka dan penutup tidak berpasangan",
        expat.errors.XML_ERROR_JUNK_AFTER_DOC_ELEMENT: "ada isi setelah elemen penutup dokumen",
        expat.errors.XML_ERROR_UNDEFINED_ENTITY: "entitas yang tidak didefinisikan",
        expat.errors.XML_ERROR_DUPLICATE_ATTRIBUTE: "atribut ganda",
        expat.errors.XML_ERROR_UNCLOSED_CDATA_SECTION: "bagian CDATA tidak ditutup",
        expat.errors.XML_ERROR_BAD_CHAR_REF: "rujukan karakter yang tidak sah",
        expat.errors.XML_ERROR_INCORRECT_ENCODING: "pengodean tidak sesuai deklarasinya",
    }
    code = getattr(exc, "code", None)
    what = said.get(expat.ErrorString(code), "XML tidak sah") if isinstance(code, int) else "XML tidak sah"
    line, column = getattr(exc, "lineno", None), getattr(exc, "offset", None)
    return f"{what}, baris {line}, kolom {column}" if line is not None and column is not None else what


def _int(value: str | None) -> int:
    try:
        return max(int(value), 1) if value else 1
    except ValueError:
        return 1


#: filled cells an ODS may add by repeating rows or cells (``number-rows-repeated`` over a row holding values): a
#: 1.2 KB file repeating one row a million times expanded to 20 million cells and took more than 3.2 GB (hostile-input
#: campaign, h26); a real table repeats a few identical rows at most, and its written cells are bounded by its size
ODS_COPIES_MAX = 2_000_000


def _ods_copies(display: str, sheet: str, cells: int) -> InputError:
    return InputError(
        f"Berkas '{display}' ditolak: lembar kerja '{sheet}' mengulang baris atau sel berisi sampai lebih dari "
        f"{number_id(cells)} sel salinan (batas {number_id(ODS_COPIES_MAX)}); tabel data tidak mengulang isinya "
        "sebanyak itu",
        hint="Buka berkas di LibreOffice, periksa baris yang berulang, lalu simpan ulang (atau simpan sebagai .xlsx).",
    )


def _ods_too_wide(display: str, sheet: str, cells: int, limits: ReadLimits) -> InputError:
    return InputError(
        f"Berkas '{display}' ditolak: lembar kerja '{sheet}' mengulang sel berisi hingga {number_id(cells)} sel "
        f"(batas {number_id(limits.maks_sel)})",
        hint=_limit_hint("maks_sel"),
    )
