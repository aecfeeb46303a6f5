"""Read a roster, position, history, ABK or proposal table from CSV, Excel, ODS or stdin.

``read_table`` returns raw cell values under canonical field names plus ``_baris`` (the
1-based row the analyst sees in Excel; for CSV the record number, header line = 1).
CSV cells stay text, so a NIP never becomes a number; Excel cells keep the type the
workbook stored (float, int, datetime, bool, str) so later parsers can tell a NIP
stored as a number from one stored as text.
"""

from __future__ import annotations

import csv
import functools
import hashlib
import io
import itertools
import os
import re
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, BinaryIO

import numpy as np
import pandas as pd
from pandas._libs import lib

from asn_mutasi.config import ReadLimits
from asn_mutasi.distinct import (
    TEXT_EDGES_BLOCK,
    ColumnMemo,
    apply_by_code,
    per_distinct,
    row_groups,
    stripped_edges,
    text_edges,
    text_edges_ascii,
)
from asn_mutasi.domain import jabatan as jab
from asn_mutasi.domain.coded_fields import (
    COUNT_UNITS,
    DASHES,
    count_with_unit,
    parse_predikat,
    predikat_from_ratings,
    says_no,
    says_nothing,
    says_yes,
)
from asn_mutasi.domain.gelar import with_title_columns
from asn_mutasi.domain.golongan import bare_golongan, parse_golongan, ruang_alone
from asn_mutasi.errors import InputError, SchemaError, UsageError, os_reason, shown_path
from asn_mutasi.findings import Finding, Location, capped, make_finding, suggestion
from asn_mutasi.formatting import format_number
from asn_mutasi.io import prefetch
from asn_mutasi.io import sheet_layout as layout_tools
from asn_mutasi.io.binary_sheets import ERROR_TEXTS
from asn_mutasi.io.column_mapping import (
    SAMPLE_ROWS,
    ColumnMapping,
    is_tick,
    likely_headers,
    looks_aggregate,
    looks_like_other_kind,
    map_columns,
    missing_required,
    names_no_count,
    schema_error,
    two_people_error,
    wide_table_error,
)
from asn_mutasi.io.count_breakdown import jenis_from_breakdown
from asn_mutasi.io.csv_reader import (
    LINE_MAX,
    MIXED,
    check_text_size,
    long_cell_findings,
    quirk_findings,
    quote_findings,
    ragged_findings,
    read_csv_rows,
)
from asn_mutasi.io.grid_fixes import blank_continuation_rows, fill_merged_down, header_view
from asn_mutasi.io.guard import too_many_cells
from asn_mutasi.io.header_aliases import (
    ESELON_KEYS,
    GELAR_DEPAN,
    ORDERED_PARTS,
    WRITTEN_WITH,
    header_keys,
    normalize_header,
)
from asn_mutasi.io.headers import (
    CONTROL_CHARS,
    INVISIBLE,
    SCAN_ROWS,
    HeaderColumn,
    HeaderLayout,
    Merged,
    cell_text,
    detect_header,
    drop_controls,
    named_fields,
    score_columns,
)
from asn_mutasi.io.html_table import looks_like_html, read_html_rows
from asn_mutasi.io.jenjang_column import jenjang_into_jabatan
from asn_mutasi.io.open_workbook import SafeWorkbook
from asn_mutasi.io.pangkat_in_post import split_pangkat_from_posts
from asn_mutasi.io.sanitise import FORMULA_START, is_formula_like
from asn_mutasi.io.spreadsheet_xml import looks_like_spreadsheet_xml, read_spreadsheet_xml
from asn_mutasi.io.typed_cells import typed_text_cells
from asn_mutasi.io.writers import note_input
from asn_mutasi.schema import (
    PLAN_HIDDEN_SHEET,
    PLAN_SHEETS,
    POSITION_ONE_OF,
    ROSTER_FOR_PLANNING,
    ROW,
    TABLE_KINDS,
    ColumnInfo,
    RawTable,
    SourceInfo,
)
from asn_mutasi.text_codec import text_encoding


@functools.cache
def _CLOSING() -> re.Pattern[str]:
    return re.compile(
        # "a.n. Bupati", "an. Kepala" (atas nama), with a dot: "An Nisa Rahmawati" is a person (fifth review, h26)
        # the leading spaces are taken once (possessive): given back one by one, each tried the print stamp's ".*" against
        # the rest, 0.5 s for 5,000 spaces (hostile3, h31); "(?<=\s)" keeps a stamp right after them
        r"^\s*+(?:NIP\b|KEPALA\b|SEKRETARIS\b|MENGETAHUI|KETERANGAN|CATATAN|DICETAK|PEMBINA|PENATA|(?:A\.\s?N\.?|AN\.)\s|"
        # the closing sentence of minutes or a list: "Demikian Hasil Rapat Baperjakat …", "Demikian daftar ini dibuat …"
        r"DEMIKIAN\b|"
        r"WALI\s*KOTA\b|BUPATI\b|GUBERNUR\b|PENJABAT\b|PJ\.?\s|"  # the head of region who signs an SK
        r"PLT\.?\s|PLH\.?\s|[A-Z][A-Za-z .]+,\s*\d{1,2}\s+[A-Za-z]+\s+\d{4}|HALAMAN\s+\d|"
        # a report's own footer: "Laporan Hasil Analisa. TGL : 2026-11-30" (an Anjab app's seat report)
        r"LAPORAN\b.*\bTG?L\b\.?\s*:|"
        # a print stamp: "simpeg kemenag / 01/10/2026 09:15" (an app's name, then when it printed)
        r"(?:.*\D|(?<=\s))\d{1,2}[/-]\d{1,2}[/-]\d{4}\s+\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*$)",
        re.I,
    )


#: a printed page's footer or number: "Halaman 1 dari 4", "Hal. 2/4", "Page 3 of 4", "- 2 -"
@functools.cache
def _PAGE_MARK() -> re.Pattern[str]:
    return re.compile(r"^\s*(?:(?:HALAMAN|HAL\.?|PAGE)\s*:?\s*\d+(?:\s*(?:DARI|/|OF)\s*\d+)?|-\s*\d+\s*-)\s*$", re.I)


#: fields whose emptiness marks a row as "not a data row" when it comes after the last data row
#: per table kind, the fields a data row has (rows without them after the last that has: a closing block); a kind
#: listed here also has its total rows, repeated headers and signature block skipped (a proposal or --kunci table
#: with a JUMLAH row read it as one more person)
KEY_FIELDS: dict[str, tuple[str, ...]] = {
    "pegawai": ("nip", "nama"),
    "jabatan": ("nama_jabatan",),
    "usulan": ("nip", "nama"),  # (an OPD form writes the NIP under the name: "NAMA / NIP")
    # a position history is printed as the roster is: its page headers and subtotal rows are no stints (hostile7)
    "riwayat": ("nip",),
}

_SUFFIX_FORMAT = {
    ".csv": "csv",
    ".txt": "csv",
    ".tsv": "csv",
    ".xlsx": "xlsx",
    ".xlsm": "xlsx",
    ".xlsb": "xlsb",
    ".xls": "xls",
    ".ods": "ods",
}
_FORMATS = frozenset({"csv", "xlsx", "xlsb", "xls", "ods"})
_DELIMITERS = (",", ";", "|", "\t")
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_SPACES = frozenset(" \t\r\n\v\f\xa0\u2000\u2001\u2002\u2003\u2009\u200a\u3000")
_EXCEL_TEXT = re.compile(r'^="(.*)"$', re.DOTALL)  # ="0123" — Excel's keep-as-text idiom in CSV

#: sheet-name keywords per kind, strongest first
SHEET_KEYWORDS: dict[str, tuple[str, ...]] = {
    "pegawai": ("pegawai", "nominatif", "asn", "pns", "duk", "data"),
    "jabatan": ("jabatan", "peta", "formasi"),
    "abk": ("abk", "tugas", "beban"),
    "riwayat": ("riwayat jabatan", "riwayat"),  # ("Riwayat Jabatan" beside Riwayat Pangkat, Kontrak … in one workbook)
    "usulan": ("usulan", "mutasi"),
    "indikator": ("indikator", "layanan"),
}


@dataclass
class _Grid:
    """A sheet as rows of cells, with what the reader learned on the way."""

    rows: list[list[object]]
    source: SourceInfo
    merged: list[tuple[tuple[int, int], tuple[int, int]]] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    #: findings that need the header row (0-based row index, header texts by column index)
    after_header: Callable[[int, list[str]], list[Finding]] | None = None
    #: a refusal of the chosen sheet said for the whole workbook (its sheets chosen from, none named)
    refusal: Callable[[SchemaError], SchemaError] | None = None


def read_table(
    source: str | Path,
    kind: str,
    *,
    sheet: str | None = None,
    input_format: str | None = None,
    mapping: dict[str, str] | None = None,
    stdin: BinaryIO | None = None,
    limits: ReadLimits | None = None,
    baris_judul: int | None = None,
    unit_kerja: str | None = None,
    on_parse: Callable[[], None] | None = None,
    needs_from_tasks: bool = False,
) -> RawTable:
    """Read one table of ``kind`` (a key of ``schema.TABLE_KINDS``) from a file or ``"-"`` (stdin).

    ``limits`` (settings ``[baca]``) bound what a hostile file may cost; past them reading
    stops with :class:`InputError` (exit 3). ``baris_judul`` (1-based, CLI ``--baris-judul``)
    names the header row when detection cannot find it. ``input_format`` is the format of
    stdin (``"-"``); a named file keeps the format its suffix says, so ``vacancies -
    peta.xlsx --input-format csv`` reads the workbook as a workbook. ``unit_kerja`` names
    the unit of a single-unit file that has no unit column (it wins over a unit found in a
    title row such as ``SKPD : …``). ``on_parse`` is called once the file has passed the guard,
    as its cells are about to be parsed (a workbook sheet by calamine, without the GIL); for a workbook
    read early (:mod:`asn_mutasi.io.prefetch`), whose guard and parse run on their own thread, at once.
    ``needs_from_tasks``: a position table read beside an ABK task sheet needs no kebutuhan column (the tasks give
    it; an e-Anjab position list has none).
    """
    if kind not in TABLE_KINDS:
        raise ValueError(f"unknown table kind {kind!r}")
    display, data, path = _open_source(source, stdin, limits)
    if path is not None and path.suffix.lower() in _SUFFIX_FORMAT and input_format:
        _resolve_format(display, None, b"", input_format)  # still refuse an unknown format name
        input_format = None  # the stdin format never overrides a named file's own suffix
    fmt = _resolve_format(display, path, data, input_format)
    fmt, noted = _by_content(display, path, data, fmt, stated=bool(input_format))
    if fmt == "csv" and not_text(head := data[:4096] if data is not None else _head(path, display)):
        raise _not_a_format(display)  # by its content, whatever its name or the format given (hostile2, h30)
    if fmt == "csv" and looks_like_json(head):
        raise _json_refused(display)
    if fmt == "html":
        grid = _html_grid(data if data is not None else _read_bytes(path, display, limits), display, limits)
    elif fmt == "xml2003":
        xml = data if data is not None else _read_bytes(path, display, limits)
        grid = _spreadsheet_xml_grid(xml, display, limits, sheet)
    elif fmt == "csv":
        if on_parse is not None:
            on_parse()
        grid = _csv_grid(data if data is not None else _require_path(path), display, limits)
    else:
        grid = _workbook_grid(path, data, display, fmt, kind, sheet, limits, on_parse)
    grid.findings[:0] = noted
    if path is not None:
        note_input(path)  # never overwritten by an output of this process (issue 13)
    if grid.source.sha256 is None and path is not None:
        grid.source = replace(grid.source, sha256=_sha256_path(path))
    try:
        return _build_table(grid, kind, mapping, baris_judul, unit_kerja=unit_kerja, needs_from_tasks=needs_from_tasks)
    except SchemaError as exc:
        if grid.refusal is None or mapping or baris_judul is not None:
            raise
        raise grid.refusal(exc) from None


def list_sheets(path: str | Path, *, limits: ReadLimits | None = None) -> list[str]:
    """Return the worksheet names of a workbook in order (an empty list for CSV)."""
    p = Path(path)
    if not _is_workbook(p):
        return []
    return _worksheet_names(_load_workbook(p, None, str(p), limits))


def sheet_for(path: str | Path, kind: str, sheet: str | None = None, *, limits: ReadLimits | None = None) -> str | None:
    """Pick the sheet holding ``kind``: explicit name/1-based index, then sheet name, then content."""
    p = Path(path)
    if not _is_workbook(p):
        return None
    return _choose_sheet(_load_workbook(p, None, str(p), limits), kind, sheet, str(p))


# --- sources and formats ------------------------------------------------------------------
def _open_source(
    source: str | Path, stdin: BinaryIO | None, limits: ReadLimits | None = None
) -> tuple[str, bytes | None, Path | None]:
    if str(source) == "-":
        if stdin is None and sys.stdin is None:  # started with stdin closed ("<&-")
            raise InputError("Masukan '-' dibaca dari stdin, tetapi stdin tertutup")
        return "-", _read_stdin(stdin if stdin is not None else sys.stdin.buffer, limits or ReadLimits()), None
    path = Path(source)
    shown = shown_path(path)
    try:
        if not path.exists():
            raise InputError(f"Berkas '{shown}' tidak ditemukan")
        if path.is_dir():
            raise InputError(f"'{shown}' adalah folder, bukan berkas", hint=_folder_hint(path, shown))
        if not path.is_file():
            raise InputError(f"'{shown}' bukan berkas")
        size = path.stat().st_size
    except OSError as exc:  # a name too long, no permission on a folder of the path
        raise InputError(f"Berkas '{shown}' tidak dapat dibaca: {os_reason(exc)}") from exc
    if size == 0:
        raise InputError(f"Berkas '{shown}' kosong")
    return shown, None, path


#: the suffixes of the data files named when a folder is given where a file is wanted
_DATA_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods", ".csv", ".tsv", ".txt")
#: the most entries of that folder looked at (a folder of 100,000 files is not listed in full) and named
_FOLDER_SCAN, _FOLDER_NAMED = 2000, 4


def _folder_hint(folder: Path, shown: str) -> str:
    """What to do when ``folder`` was given as a data file: name the data files in it (a first-day analyst passes
    ``sample_data`` itself; "bukan berkas" alone did not say which file to give)."""
    try:
        with os.scandir(folder) as entries:
            names = sorted(
                entry.name
                for entry in itertools.islice(entries, _FOLDER_SCAN)
                if entry.name.lower().endswith(_DATA_SUFFIXES) and not entry.name.startswith((".", "~$"))
            )
    except OSError:
        names = []
    if not names:
        return "Berikan nama satu berkas data (CSV/Excel), bukan foldernya; folder ini tidak berisi berkas CSV/Excel."
    listed = ", ".join(f"'{(Path(shown) / name).as_posix()}'" for name in names[:_FOLDER_NAMED])
    more = f" dan {len(names) - _FOLDER_NAMED} lagi" if len(names) > _FOLDER_NAMED else ""
    return f"Berikan nama satu berkas data di folder itu, bukan foldernya; berkas CSV/Excel di sana: {listed}{more}."


#: stdin is read in chunks of this size
_STDIN_CHUNK = 1 << 20
#: the longest run of bytes without a line end a CSV on stdin may hold: a 16 MB line (the named file's limit,
#: :data:`~asn_mutasi.io.csv_reader.LINE_MAX` characters) in UTF-32 at most
_STDIN_LINE_BYTES = 4 * LINE_MAX


def _read_stdin(stream: BinaryIO, lim: ReadLimits) -> bytes:
    """All of stdin, read in chunks up to its limit: a workbook (a zip: xlsx/ods; OLE: xls) is bounded by its inflated
    size, so its bytes are too; text by the CSV limit (a 3 GB xlsx was held up to 2 GB; hostile8, h28). A CSV is
    refused at its first line longer than the named file's line limit, as that file is.

    The chunks go into one growing buffer whose bytes are handed over without a copy: ``read(limit)`` then a copy
    held 2.1 times the stream, so /dev/zero ran out of memory (exit 70) before the limit (hostile10, h29)."""
    first = stream.read(_STDIN_CHUNK)
    if not first:
        raise InputError("Masukan dari stdin kosong")
    workbook = first.startswith((b"PK\x03\x04", b"\xd0\xcf\x11\xe0"))
    setting = "maks_ukuran_isi_mb" if workbook else "maks_ukuran_csv_mb"
    cap = int(getattr(lim, setting) * (1 << 20))
    lines = not workbook and not looks_like_html(first[:4096]) and not looks_like_spreadsheet_xml(first[:4096])
    buffer, chunk, size, run = io.BytesIO(), first, 0, 0
    while chunk:
        size += len(chunk)
        if size > cap:
            raise InputError(
                f"Masukan dari stdin melebihi batas {cap >> 20} MB",
                hint=f"Bila masukan ini sah, naikkan batasnya di berkas pengaturan: [baca] {setting}.",
            )
        run = _line_run(run, chunk, 0, len(chunk))
        if lines and run > _STDIN_LINE_BYTES:
            raise InputError(
                f"Masukan CSV dari stdin tidak dapat dibaca: satu baris lebih panjang dari {LINE_MAX >> 20} MB",
                hint="Masukan ini bukan tabel CSV (atau ganti barisnya hilang); simpan ulang dari Excel sebagai CSV.",
            )
        buffer.write(chunk)
        chunk = stream.read(min(_STDIN_CHUNK, cap + 1 - size))
    return buffer.getvalue()  # the buffer itself (CPython), not a copy: the BytesIO is dropped here


def has_long_line(data: bytes) -> bool:
    """Whether text ``data`` holds a line longer than a CSV's line may be (more than :data:`_STDIN_LINE_BYTES` bytes
    without a line end, told chunk by chunk as stdin's are): for a reader that holds a text file's bytes whole and
    must refuse it before decoding or parsing it (an aspiration table of one 200 MB line took 1.3 GB; hostile2, h30).
    """
    run = 0
    for start in range(0, len(data), _STDIN_CHUNK):
        run = _line_run(run, data, start, min(start + _STDIN_CHUNK, len(data)))
        if run > _STDIN_LINE_BYTES:
            return True
    return False


def _line_run(run: int, data: bytes, start: int, end: int) -> int:
    """The bytes since the last line end once ``data[start:end]`` is read, ``run`` of them before it (stdin's chunks
    and :func:`has_long_line` count alike)."""
    last = max(data.rfind(b"\n", start, end), data.rfind(b"\r", start, end))
    return run + end - start if last < 0 else end - last - 1


def _require_path(path: Path | None) -> Path:
    assert path is not None
    return path


def _resolve_format(display: str, path: Path | None, data: bytes | None, input_format: str | None) -> str:
    if input_format:
        fmt = input_format.lower().lstrip(".")
        fmt = _SUFFIX_FORMAT.get("." + fmt, fmt)
        if fmt not in _FORMATS:  # the option's value is wrong, not a file: a usage error (exit 2)
            raise UsageError(f"Format masukan '{input_format}' tidak dikenal (pakai csv, xlsx, xls atau ods)")
        return fmt
    if path is not None and path.suffix.lower() in _SUFFIX_FORMAT:
        return _SUFFIX_FORMAT[path.suffix.lower()]
    head = data[:4096] if data is not None else _head(path, display)
    fmt = sniff_format(head)
    if fmt == "csv" and not_text(head):
        raise _not_a_format(display)
    return fmt


def _not_a_format(display: str) -> InputError:
    return InputError(f"Format berkas '{display}' tidak dikenal (bukan CSV, XLSX, XLS atau ODS)")


#: the opening of a JSON object or of an array of objects (a BOM and spaces before it): an API response saved to a
#: file ('{"code": 1, "data": [{"nipBaru": …}]}', SIASN's) is no CSV; read as one its first line became the header
#: and the refusal advised --baris-judul, which cannot help (real25, h36)
_JSON_START = re.compile(rb'^(?:\xef\xbb\xbf)?\s*(?:\{\s*"|\[\s*\{)')


def looks_like_json(head: bytes) -> bool:
    """Whether text opens as a JSON object or an array of objects (:data:`_JSON_START`)."""
    return _JSON_START.match(head) is not None


def _json_refused(display: str) -> InputError:
    return InputError(
        f"Berkas '{display}' berisi JSON (mis. jawaban API SIASN), bukan tabel CSV atau Excel",
        hint="Unduh atau ekspor datanya sebagai tabel (CSV, XLSX) dari SIASN/SIMPEG, lalu baca berkas itu.",
    )


def _head(path: Path | None, display: str) -> bytes:
    assert path is not None
    try:
        with path.open("rb") as fh:
            return fh.read(4096)
    except OSError as exc:
        raise InputError(f"Berkas '{display}' tidak dapat dibaca: {os_reason(exc)}") from exc


#: what each format is called in a finding
_CONTENT_NAMES = {
    "html": "tabel HTML (ekspor aplikasi)",
    "xml2003": "XML Spreadsheet 2003 (ekspor aplikasi)",
    "csv": "teks CSV",
    "xlsx": "buku kerja Excel (.xlsx)",
    "xls": "buku kerja Excel lama (.xls)",
    "ods": "buku kerja OpenDocument (.ods)",
}


def _by_content(
    display: str, path: Path | None, data: bytes | None, fmt: str, *, stated: bool = False
) -> tuple[str, list[Finding]]:
    """The format the file's bytes are, where they plainly differ from ``fmt`` (its suffix or the given format).

    An HTML page ("Export ke Excel" of a web app, named .xls) is read as its tables; a zip or OLE2
    workbook named .csv as that workbook; text named as a workbook (no zip or OLE2 signature, no
    NUL byte but those of UTF-16/UTF-32 text: Excel's "Unicode Text" saved as .xls, a tab-separated UTF-16
    file, was refused as a damaged workbook; hostile, h30) as CSV. Each such switch is a
    ``format-isi-berbeda`` finding. An .xlsx named .xls (or the reverse) needs none: the workbook reader
    opens either by its content.
    """
    head = data[:4096] if data is not None else _head(path, display)
    sniffed = sniff_format(head)
    if looks_like_spreadsheet_xml(head):
        content = "xml2003"
    elif looks_like_html(head):
        content = "html"
    elif sniffed != "csv" and fmt == "csv":
        content = sniffed
    elif sniffed == "csv" and fmt != "csv" and not not_text(head) and not head.lstrip().startswith(b"<"):
        content = "csv"
    else:
        return fmt, []
    if path is None:  # stdin: the format given, or none (then it was sniffed and only HTML can differ)
        said = f"dari stdin (--format-masukan {fmt})" if stated else "dari stdin"
    else:
        said = f"berakhiran {path.suffix.lower()}" if path.suffix else "tanpa akhiran"
    loc = Location(file=display)
    return content, [make_finding("format-isi-berbeda", loc, sebutan=said, isi=_CONTENT_NAMES[content])]


def content_format(path: Path, display: str) -> tuple[str, list[Finding]]:
    """The format :func:`read_table` reads the named file ``path`` as (csv, xlsx, xlsb, xls, ods, html or xml2003: by
    its suffix unless its content plainly says otherwise), and the ``format-isi-berbeda`` finding when its content
    wins: for the other readers of tables (aspiration forms), which read a file as this one does (hostile2, h30)."""
    fmt = _resolve_format(display, path, None, None)
    return _by_content(display, path, None, fmt)


def _is_workbook(path: Path) -> bool:
    """Whether the file at ``path`` is read as a workbook (by its suffix, unless its content says otherwise)."""
    return content_format(path, str(path))[0] not in ("csv", "html", "xml2003")


def _read_bytes(path: Path | None, display: str, limits: ReadLimits | None) -> bytes:
    """A named text file's bytes, refused past the text size limit before it is read."""
    assert path is not None
    try:
        check_text_size(display, path.stat().st_size, limits)
        return path.read_bytes()
    except OSError as exc:
        raise InputError(f"Berkas '{display}' tidak dapat dibaca: {os_reason(exc)}") from exc


def _spreadsheet_xml_grid(data: bytes, display: str, limits: ReadLimits | None, sheet: str | None) -> _Grid:
    """One worksheet of an XML Spreadsheet 2003 file (:mod:`asn_mutasi.io.spreadsheet_xml`)."""
    rows, merged, name = read_spreadsheet_xml(data, display, limits, sheet)
    source = SourceInfo(path=display, sheet=name, format="xml2003", sha256=hashlib.sha256(data).hexdigest())
    return _Grid(rows=rows, source=source, merged=merged)


def _html_grid(data: bytes, display: str, limits: ReadLimits | None) -> _Grid:
    """The tables of an HTML page as one sheet (:mod:`asn_mutasi.io.html_table`)."""
    rows, merged = read_html_rows(data, display, limits)
    source = SourceInfo(path=display, format="html", sha256=hashlib.sha256(data).hexdigest())
    return _Grid(rows=rows, source=source, merged=merged)


def sniff_format(head: bytes) -> str:
    """Guess a format from the first bytes: zip → xlsx/ods, OLE2 → xls, anything else → csv."""
    if head.startswith(b"PK\x03\x04"):
        return "ods" if b"opendocument.spreadsheet" in head[:200] else "xlsx"
    if head.startswith(_OLE2):
        return "xls"
    return "csv"


def _sha256_path(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


# --- CSV ----------------------------------------------------------------------------------
#: the C0 control bytes no text holds (NUL, tab, line ends, form feed and escape aside)
_BINARY_BYTES = bytes(range(0x01, 0x09)) + bytes(range(0x0E, 0x1B)) + bytes(range(0x1C, 0x20))


def not_text(head: bytes) -> bool:
    """Whether the first bytes of a file are a binary file, no CSV: NUL bytes that no UTF-16/UTF-32 text (with a BOM
    or without one, as :func:`~asn_mutasi.text_codec.text_encoding` tells it) explains, among bytes of which more
    than one in 50 (NULs aside) are other control bytes, or nothing but NULs. A program, a database or compressed
    data holds one in ten or more; text holds none, so a CSV with a stray NUL is text (its cell a
    ``sel-karakter-kendali`` finding). One rule for a named file, whatever its suffix, and stdin: the same CSV with
    one NUL was read from a .csv and refused from stdin, and a program named .csv was read as a table (hostile2, h30).
    """
    if b"\x00" not in head or text_encoding(head).startswith(("utf-16", "utf-32")):
        return False
    rest = head.replace(b"\x00", b"")
    controls = len(rest) - len(rest.translate(None, _BINARY_BYTES))
    return controls * 50 > len(rest) or not rest


def decode_text(data: bytes) -> tuple[str, str]:
    """Decode CSV bytes as the CSV reader does (:func:`~asn_mutasi.text_codec.text_encoding`): UTF-8 (BOM or
    not), UTF-16/UTF-32 with a BOM or without one, else Windows-1252."""
    encoding = text_encoding(data[:4096])
    if encoding == "utf-8-sig":
        return data[3:].decode("utf-8", errors="replace"), encoding
    if encoding != "utf-8":
        return data.decode(encoding, errors="replace"), encoding
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), "cp1252"


def detect_delimiter(text: str, *, sample_records: int = 50) -> str:
    """Pick the delimiter among , ; | TAB that splits the first records most consistently.

    Each candidate parses a sample with the csv module, so quoted delimiters and line
    breaks are respected. A candidate under which the quoting does not parse cleanly
    (a closing quote not followed by that delimiter) loses to one under which it does;
    then the most records sharing one field count above 1 wins, then the wider split. A candidate under which that
    count is the commonest width of all records outranks one under which one-field records are commoner. Only when
    no candidate splits most records do one-field records cast no vote: a header and one data line followed by
    thousands of one-number lines had the commonest width 1 under every candidate, so ";" lost to "," and the
    header was "not found" (hostile31, h38); but one ``"Ani", S.Pd`` cell in a ";" roster (a quote not closing
    its field under ";") no longer lets "," win on its one two-field record (reviewH, h38).
    """
    sample = text[: 1 << 16]
    truncated = len(text) > len(sample)
    if truncated and "\n" in sample:
        sample = sample[: sample.rindex("\n") + 1]
    best: tuple[bool, bool, int, int] = (False, False, 0, 0)
    chosen = ","
    for delim in _DELIMITERS:
        clean = True
        try:
            records = _sample_records(sample, delim, sample_records + 1, strict=True)
        except csv.Error:
            clean = False
            records = _sample_records(sample, delim, sample_records + 1, strict=False)
        if truncated and len(records) > 1:
            records = records[:-1]
        records = records[:sample_records]
        if not records:
            continue
        widths = Counter(len(r) for r in records)
        ones = widths.pop(1, 0)
        if not widths:
            continue
        width, freq = widths.most_common(1)[0]
        if (freq >= ones, clean, freq, width) > best:
            best, chosen = (freq >= ones, clean, freq, width), delim
    return chosen


def _sample_records(sample: str, delim: str, limit: int, *, strict: bool) -> list[list[str]]:
    reader = csv.reader(io.StringIO(sample, newline=""), delimiter=delim, strict=strict)
    records = []
    for record in reader:
        if any(record):
            records.append(record)
            if len(records) >= limit:
                break
    return records


def _csv_grid(source: bytes | Path, display: str, limits: ReadLimits | None = None) -> _Grid:
    """Stream the CSV into rows (see :mod:`asn_mutasi.io.csv_reader`); ragged and control-character
    records become findings once the header row is known."""
    read = read_csv_rows(source, display, detect_delimiter, limits)
    findings = []
    if read.encoding == "cp1252":
        findings.append(make_finding("encoding-cp1252", Location(file=display)))
    elif read.encoding == MIXED:
        findings.append(make_finding("encoding-campuran", Location(file=display)))
    findings.extend(quirk_findings(read, display))
    source_info = SourceInfo(
        path=display, format="csv", delimiter=read.delimiter, encoding=read.encoding, sha256=read.sha256
    )
    if read.blank_head:  # the blank lines before the table, read past (hostile30, h38)
        findings.append(_blank_run(source_info, 1, read.blank_head))

    def after_header(header_row: int, headers: list[str]) -> list[Finding]:
        import itertools

        return capped(  # 200,000 lines of junk made as many findings (hostile-input campaign, round 3)
            itertools.chain(
                ragged_findings(read, display, header_row),
                quote_findings(read, display, header_row, headers),
                long_cell_findings(read, display, header_row, headers),
            )
        )

    return _Grid(rows=read.rows, source=source_info, findings=findings, after_header=after_header)


# --- workbooks ----------------------------------------------------------------------------
def _load_workbook(
    path: Path | None, data: bytes | None, display: str, limits: ReadLimits | None = None
) -> SafeWorkbook:
    """Inspect (zip bombs, sparse sheets, HTML, encryption) then open; every failure is an InputError."""
    return SafeWorkbook(path, data, display, limits)


def _worksheet_names(workbook: SafeWorkbook) -> list[str]:
    return workbook.names


#: what a plan workbook given in place of a table of this kind should have been, and where the plan goes instead
_NOT_A_PLAN = {"pegawai": "data pegawai", "jabatan": "peta jabatan"}


def _refuse_plan_workbook(names: Sequence[str], kind: str, display: str) -> None:
    """Refuse a workbook written by ``rencana`` (its hidden plan sheet beside "Rencana Mutasi") read as the roster
    or the position table: ``bandingkan PEGAWAI rencana.xlsx`` read its "Masalah Data" sheet and said a column
    "Nama" was missing, with a hint about --baris-judul (walk12, h34)."""
    if kind not in _NOT_A_PLAN or PLAN_HIDDEN_SHEET not in names or PLAN_SHEETS[1] not in names:
        return
    raise InputError(
        f"'{display}' adalah buku kerja rencana (ditulis 'asn-mutasi rencana'), bukan {_NOT_A_PLAN[kind]}",
        hint=(
            f"Berikan berkas {_NOT_A_PLAN[kind]}"
            + (
                " (data pegawai sesudah mutasi ditulis 'asn-mutasi terapkan rencana.xlsx PEGAWAI -o PEGAWAI_BARU.xlsx')"
                if kind == "pegawai"
                else ""
            )
            + ". Buku kerja rencana diberikan sebagai RENCANA ('terapkan', 'diklat', 'surat') atau dengan --rencana "
            "('bandingkan'); periksa urutan argumen."
        ),
    )


def _choose_sheet(workbook: SafeWorkbook, kind: str, sheet: str | None, display: str) -> str:
    names = _worksheet_names(workbook)
    if not names:
        raise InputError(f"Berkas '{display}' tidak berisi lembar kerja")
    if sheet is not None:
        wanted = sheet.strip().casefold()
        for name in names:
            if name.strip().casefold() == wanted:
                return name
        if wanted.isdigit() and 1 <= int(wanted) <= len(names):
            return names[int(wanted) - 1]
        listed = ", ".join(f"'{n}'" for n in names)
        raise InputError(f"Lembar kerja '{sheet}' tidak ada di '{display}'; lembar kerja yang tersedia: {listed}")
    _refuse_plan_workbook(names, kind, display)
    hidden = [n for n in names if workbook.info(n).hidden]
    if hidden and len(hidden) < len(names):  # never a hidden sheet silently (issue 13)
        pick = _choose_sheet(workbook.without(hidden), kind, None, display)
        if _content_score(workbook, kind, pick) > 0 or not any(_content_score(workbook, kind, h) > 0 for h in hidden):
            return pick
        names = hidden  # no visible sheet holds the table: the caller warns (sheet-tersembunyi)
    if len(names) == 1:
        return names[0]
    others = [k for other, kws in SHEET_KEYWORDS.items() if other != kind for k in kws if k not in SHEET_KEYWORDS[kind]]
    for keyword in SHEET_KEYWORDS[kind]:
        hits = [n for n in names if keyword in n.casefold()]
        if not hits:
            continue
        # another kind's word beside the keyword, not inside it ("Riwayat Jabatan" is the riwayat's own sheet)
        own = [n for n in hits if not any(k in n.casefold().replace(keyword, " ") for k in others)]
        pool = own or hits
        pick = pool[0] if len(pool) == 1 else _best_by_content(workbook, kind, pool)
        if _holds_key(workbook, kind, pick):
            return pick
        break  # the sheet named for the table holds no table (a cover, notes or a recap sheet): look at content
    return _best_by_content(workbook, kind, names)


def _head_layout(workbook: SafeWorkbook, kind: str, name: str) -> HeaderLayout | None:
    """The header of the table of ``kind`` in the first rows of sheet ``name`` (None: none, or unreadable)."""
    try:
        head = workbook.head(name, SCAN_ROWS + 2)
    except InputError:
        return None
    return detect_header(head, kind)


#: the fields without one of which a sheet holds no table of the kind, whatever its name says
_KEY_FIELDS = {"pegawai": frozenset({"nip", "nama"}), "jabatan": frozenset({"nama_jabatan"})}


def _holds_key(workbook: SafeWorkbook, kind: str, name: str) -> bool:
    """Whether sheet ``name`` names a key field of ``kind`` (:data:`_KEY_FIELDS`; other kinds: any field). A recap
    "06_StatusPegawai" (a status column, counts) was read as the roster, for its name, beside the "Data" sheet
    holding NIP and names (real2, h30)."""
    layout = _head_layout(workbook, kind, name)
    if layout is None:
        return False
    keys = _KEY_FIELDS.get(kind)
    return bool(named_fields(layout.columns, kind) & keys) if keys else score_columns(layout.columns, kind) > 0


def _content_score(workbook: SafeWorkbook, kind: str, name: str) -> float:
    layout = _head_layout(workbook, kind, name)
    return score_columns(layout.columns, kind) if layout else 0.0


def _header_texts(workbook: SafeWorkbook, kind: str, name: str) -> frozenset[str]:
    """The normalised headers of the table of ``kind`` on sheet ``name`` (empty when it holds none)."""
    layout = _head_layout(workbook, kind, name)
    return frozenset(" ".join(c.text.upper().split()) for c in layout.columns if c.text) if layout else frozenset()


def _best_by_content(workbook: SafeWorkbook, kind: str, names: Sequence[str]) -> str:
    best, best_score = names[0], 0.0
    for name in names:
        score = _content_score(workbook, kind, name)
        if score > best_score:
            best, best_score = name, score
    return best


def _workbook_grid(
    path: Path | None,
    data: bytes | None,
    display: str,
    fmt: str,
    kind: str,
    sheet: str | None,
    limits: ReadLimits | None = None,
    on_parse: Callable[[], None] | None = None,
) -> _Grid:
    if on_parse is not None and path is not None and data is None and prefetch.reading(display):
        # the guard runs on the early read's thread: what waits for the parse starts now, not once the guard passed
        on_parse()
        on_parse = None
    early = prefetch.take(display, path, limits) if path is not None and data is None else None
    if early is not None and early.workbook is not None:
        workbook = early.workbook  # guarded and opened while the command imported (asn_mutasi.io.prefetch)
    else:
        workbook = _load_workbook(path, data, display, limits)
    name = _choose_sheet(workbook, kind, sheet, display)
    if on_parse is not None:
        on_parse()
    grid = early.grid_of(name) if early is not None else None
    sha = hashlib.sha256(data).hexdigest() if data is not None else None
    out = _sheet_grid(workbook, name, display, fmt, sha, grid, named=sheet is not None)
    if sheet is None:
        out.findings += _other_sheets(workbook, kind, name, display)
        out.refusal = lambda exc: _no_sheet_holds(workbook, kind, exc, display)
    else:
        out.findings += _sheet_number_note(_worksheet_names(workbook), sheet, name, display)
    return out


#: what a table of each kind is, in a refusal naming the whole workbook
_TABLE_WHAT = {"pegawai": "daftar pegawai (NIP dan nama)", "jabatan": "daftar jabatan (nama jabatan dan kebutuhan)"}


def _no_sheet_holds(workbook: SafeWorkbook, kind: str, exc: SchemaError, display: str) -> SchemaError:
    """The refusal of the sheet chosen from several, said for the workbook when none of its visible sheets holds the
    table of ``kind``: a dashboard of recap sheets ("03_Generasi", "05_Pendidikan" …) was refused naming
    '06_StatusPegawai' (its status column the only field found), as if that sheet were the one to fix (real2, h30).
    ``exc`` unchanged when another sheet holds the table, or the workbook has one sheet."""
    names = [n for n in _worksheet_names(workbook) if not workbook.info(n).hidden]
    if len(names) < 2 or kind not in _TABLE_WHAT:
        return exc
    summaries = []
    for name in names:
        layout = _head_layout(workbook, kind, name)
        result = map_columns(layout.columns, kind) if layout is not None else None
        if result is not None and set(missing_required(result, kind)) <= {"unit_kerja"}:
            # a sheet with the table's columns (but for the unit of a one-unit file, which --unit-kerja names: a
            # balai's peta jabatan beside its recap sheets was called no position list at all; real17, h33): the
            # chosen one's refusal stands
            return exc
        if result is not None and looks_aggregate(result, kind):
            summaries.append(name)
    listed = ", ".join(f"'{n}'" for n in summaries[:5]) + (
        f" dan {len(summaries) - 5} lainnya" if len(summaries) > 5 else ""
    )
    said = f"; {len(summaries)} di antaranya tabel rekap/statistik (jumlah per kelompok): {listed}" if summaries else ""
    return SchemaError(
        f"'{display}': tidak ada lembar kerja berisi {_TABLE_WHAT[kind]}: {len(names)} lembar kerja diperiksa{said}",
        hint="Alat ini memerlukan data per orang (pegawai) atau per jabatan (peta jabatan), bukan rekap jumlah "
        "per kelompok: pakai ekspor daftar pegawai atau peta jabatan dari SIMPEG/SIASN. Bila tabelnya ada di salah "
        "satu lembar kerja dengan judul kolom lain, tunjuk lembar kerja itu dan pakai berkas peta kolom "
        '([kolom] nama_field = "Judul Kolom").',
    )


def _sheet_number_note(names: list[str], sheet: str, chosen: str, display: str) -> list[Finding]:
    """``lembar-nama-angka`` when ``--lembar N`` named a sheet called "N" while the N-th sheet is another: sheets
    '2025', '2', '1' and ``--lembar 1`` read the third sheet without a word (hostile10, h29)."""
    wanted = sheet.strip()
    if not wanted.isdigit() or not 1 <= int(wanted) <= len(names) or names[int(wanted) - 1] == chosen:
        return []
    loc = Location(file=display, sheet=chosen)
    return [make_finding("lembar-nama-angka", loc, nilai=wanted, urutan=names[int(wanted) - 1])]


def _other_sheets(workbook: SafeWorkbook, kind: str, chosen: str, display: str) -> list[Finding]:
    """``sheet-lain-tidak-dibaca`` for every other visible sheet that also holds a table of ``kind`` (a roster split
    into PNS and PPPK sheets, a copied sheet with more rows): one sheet is read, and the rest was dropped unsaid."""
    names = [n for n in _worksheet_names(workbook) if n != chosen and not workbook.info(n).hidden]
    if not names:
        return []
    own = _header_texts(workbook, kind, chosen)
    # the same table: (nearly) the same headers; a guest list or recap beside a roster is no second roster. A sheet
    # the guard counted fewer cells in than that many headers is not read: the top of each of 9,990 empty sheets was
    # (hostile16, h34)
    least = 0.8 * len(own)
    names = [n for n in names if (cells := workbook.counted_cells(n)) is None or cells >= least]
    found = [
        n for n in names if own and len(own & (other := _header_texts(workbook, kind, n))) >= 0.8 * len(own | other)
    ]
    return [
        make_finding("sheet-lain-tidak-dibaca", Location(file=display, sheet=n), sheet_name=n, dibaca=chosen)
        for n in found
    ]


def _sheet_grid(
    workbook: SafeWorkbook,
    name: str,
    display: str,
    fmt: str,
    sha: str | None,
    grid: tuple[list[list[object]], Merged] | None = None,
    *,
    named: bool = True,
) -> _Grid:
    """Sheet ``name`` of an opened workbook as a grid (``grid``: its cells when read already), with the sheet's
    findings: hidden (when the sheet was chosen, not ``named``), formulas without a stored result."""
    rows, merged = grid if grid is not None else workbook.read(name)
    findings = []
    if not named and workbook.info(name).hidden:
        where = Location(file=display, sheet=name)
        findings.append(make_finding("sheet-tersembunyi", where, sheet_name=name))
    for found in (
        workbook.formula_gap_finding(name),
        workbook.error_cell_finding(name),
        workbook.hidden_row_finding(name),
        workbook.long_cell_finding(name),
    ):
        if found is not None:
            findings.append(found)
    source = SourceInfo(path=display, sheet=name, format=fmt, sha256=sha)
    return _Grid(rows=rows, source=source, merged=merged, findings=findings)


def read_workbook_tables(
    source: str | Path,
    kind: str,
    *,
    mapping: dict[str, str] | None = None,
    limits: ReadLimits | None = None,
    unit_kerja: str | None = None,
) -> list[RawTable]:
    """Every sheet of workbook ``source`` that holds a table of ``kind``, in order; the others are skipped.

    The workbook is guarded, opened and hashed once (an e-Anjab ABK workbook has a sheet per position,
    hundreds of them: reading each with :func:`read_table` opened and scanned the whole file every time).
    Each table equals ``read_table(source, kind, sheet=name, …)``.
    """

    path = Path(source)
    display = str(source)
    workbook = _load_workbook(path, None, display, limits)
    fmt = _resolve_format(display, path, None, None)
    note_input(path)
    sha = _sha256_path(path)
    tables = []
    hidden: list[str] = []
    cap, total = (limits or ReadLimits()).maks_sel, 0
    for name in _worksheet_names(workbook):
        total += workbook.cells(name)
        if total > cap:  # every sheet is read and kept: the cell limit holds for them all, not for each alone
            raise too_many_cells(f"Berkas '{display}' ditolak: lembar-lembar kerjanya bersama berisi", cap)
        try:
            grid = _sheet_grid(workbook, name, display, fmt, sha)
            table = _build_table(grid, kind, mapping, None, unit_kerja=unit_kerja)
        except (SchemaError, InputError):
            continue  # no table of this kind on this sheet
        if workbook.info(name).hidden:
            hidden.append(name)  # a stale copy, hidden: its tasks doubled every kebutuhan (hostile-input campaign)
            continue
        tables.append(table)
    if tables and hidden:
        tables[0].findings += [
            make_finding("sheet-tersembunyi-dilewati", Location(file=display, sheet=n), sheet_name=n) for n in hidden
        ]
    return tables


# --- from grid to table -------------------------------------------------------------------
def _where(source: SourceInfo) -> str:
    return f"'{source.path}'" + (f" lembar kerja '{source.sheet}'" if source.sheet else "")


def _build_table(
    grid: _Grid,
    kind: str,
    mapping: dict[str, str] | None,
    baris_judul: int | None = None,
    *,
    unit_kerja: str | None = None,
    needs_from_tasks: bool = False,
) -> RawTable:
    source = grid.source
    layout, start = _find_layout(grid, kind, baris_judul)
    header_row = layout.rows[-1] + 1
    base = Location(file=source.path, sheet=source.sheet, row=header_row)
    filled_down = _merged_filled(grid, layout, kind)
    spans = _merged_spans(layout, grid.merged)
    samples = _samples(grid.rows, layout, spans)
    result = map_columns(layout.columns, kind, mapping=mapping, where=base, samples=samples)
    fields = TABLE_KINDS[kind][1]
    nip_rows: list[int] = []
    if "nip" in fields and "nip" not in result.columns and "nama" in result.columns:
        nip_rows = layout_tools.nip_rows_below_names(grid.rows, layout.data_start, result.indices["nama"])
        if nip_rows:
            samples = _samples(grid.rows, layout, spans)
    nip_in_name = _nip_in_name(fields, result, samples)
    constants = _constants(grid, (layout, start), result, kind, unit_kerja)
    tree, unit_code = _row_units(grid, layout, result, kind, constants)
    present = (
        set(result.columns) | set(constants) | ({"nip"} if nip_in_name else set()) | ({"unit_kerja"} if tree else set())
    )
    if needs_from_tasks:
        present.add(" atau ".join(POSITION_ONE_OF))  # the ABK task sheet gives every kebutuhan
    seats = _seat_list(result, kind, [f for f in missing_required(result, kind) if f not in present], source, samples)
    # one unit's block read as the need, the other units dropped (real6, h31); a second person a line (hostile18, h35)
    if refused := wide_table_error(result, _where(source)) or two_people_error(result, _where(source)):
        raise refused
    source = replace(source, header_rows=tuple(r + 1 for r in layout.rows))
    findings = list(grid.findings) + result.findings + filled_down
    if grid.after_header is not None:
        texts = {c.index: c.text for c in layout.columns}
        findings += grid.after_header(layout.rows[-1], [texts.get(i, "") for i in range(max(texts, default=-1) + 1)])
    if kind == "pegawai":
        findings += _missing_for_planning(result, kind, present, base)
    blank = _blank_tree_units(grid, tree) + _continuation_rows(grid, layout, result, kind, findings, base)
    memo = ColumnMemo()  # what the reader learns of a column, for the validation (found anew for a column rewritten)
    frame, original, skipped = _frames(
        grid.rows, layout, result.indices, kind, source, findings, spans, nip_rows, blank, memo
    )
    _cell_faults(frame, result, base, findings, (kind, source.format), _title_cells(original, layout, result), memo)
    _said_nip_rows(nip_rows, result, base, skipped, findings)
    parts, part_findings, filled_from = _fill_from_parts(frame, original, layout, result, base)
    findings += part_findings
    if "nip" in result.parts and "nip" not in parts:  # a further NIP column that filled no cell: no word about it
        findings = [f for f in findings if not (f.code == "kolom-gabungan" and f.location.field == "nip")]
    columns = dict(result.columns)
    _split_cells(frame, columns, base, findings, fields=fields, nip=nip_in_name, memo=memo)
    if unit_kerja and "unit_kerja" in result.columns and len(frame) and frame["unit_kerja"].isna().all():
        # --unit-kerja given and the file's unit column empty in every row: the analyst's unit, not "kosong" × n
        constants["unit_kerja"] = (unit_kerja.strip(), "parameter unit kerja (kolom unit kerja berkas kosong)")
    _add_constant_columns(frame, columns, constants, base, findings)
    _add_tree_units(frame, columns, tree, base, findings, unit_code)
    if seats:  # one row per formasi seat: the need is the rows of each (jabatan, unit); refused when none repeats
        _count_seats(frame, columns, base, findings, lambda: schema_error(result, kind, seats, _where(source)))
    return RawTable(
        kind=kind,
        frame=frame,
        memo=memo,
        source=source,
        columns=columns,
        parts=parts,
        filled_from=filled_from,
        unmapped=[c.text for c in result.unmapped],
        findings=capped(findings),  # (a 16,384-column sheet said kolom-tidak-dikenal 16,375 times; h25)
        original_headers=[c.text for c in layout.columns],
        original_frame=original,
        **_around_header(grid.rows, layout, start),
        skipped=skipped,
    )


def _nip_in_name(fields: Sequence[str], result: ColumnMapping, samples: dict[int, list[object]]) -> bool:
    """Whether the kind's ``fields`` want a NIP the table has no column for, and its name cells hold NIPs."""
    return (
        "nip" in fields
        and "nip" not in result.columns
        and "nama" in result.columns
        and layout_tools.count_nip_in_name(samples.get(result.indices["nama"], [])) > 0
    )


def _around_header(rows: list[list[object]], layout: HeaderLayout, start: int) -> dict[str, list[list[object]]]:
    """The rows above the header (``preamble``, as read, from ``start``: the blank rows before the first with text
    are left out; a million of them were a million lists, hostile30) and those between it and the data
    (``below_header``: a numbering row, its cells under the header's columns in their order, as the frames hold
    them)."""
    between = rows[max(layout.rows) + 1 : layout.data_start]
    top = min(layout.rows)
    return {
        "preamble": [list(r) for r in rows[min(start, top) : top]],
        "below_header": [[r[c.index] if c.index < len(r) else None for c in layout.columns] for r in between],
    }


#: Excel's error values as text: what an HTML .xls, an XML Spreadsheet 2003 or a CSV saved from Excel writes for a
#: formula that failed (an xlsx/ods error cell is read empty and counted by the workbook guard)
_ERROR_TEXTS = frozenset(ERROR_TEXTS.values()) | {"#SPILL!", "#CALC!", "#GETTING_DATA", "#N/A!"}  # (+ newer Excel's)


#: the fields that place a person or a post (where a "#N/A" from a lookup does harm)
_PLACING = frozenset({"nip", "jabatan", "unit_kerja", "kode_jabatan", "nama_jabatan"})


def _cell_faults(
    frame: pd.DataFrame,
    result: ColumnMapping,
    base: Location,
    findings: list[Finding],
    table: tuple[str, str],
    titles: Sequence[tuple[str, pd.DataFrame, str]] = (),
    memo: ColumnMemo | None = None,
) -> None:
    """Cells of the mapped columns whose value cannot be what it says: an Excel error value (read empty), a lone dash
    for a post or a unit (read empty: :func:`_dashes_read_empty`), a number, date or TRUE/FALSE where a name is
    written (``sel-bukan-teks``). ``table``: its kind and format; ``titles``: the title columns written into the name
    (:func:`_title_cells`), whose error values are read empty too. A position table's blank units are filled down
    (:func:`_fill_units_down`) before its dashes are read empty: a "-" says the post has no unit, it is no blank of
    a block layout to take the unit of the post above it (review2, h30)."""
    kind, fmt = table
    _error_texts(frame, result, base, findings, fmt, titles, memo)
    if kind == "jabatan" and "unit_kerja" in result.columns:
        _fill_units_down(frame, replace(base, column=result.columns["unit_kerja"].letter), findings)
    _dashes_read_empty(frame, memo)
    findings += typed_text_cells(frame, result.columns, base)


#: the fields naming a post or a unit, where a lone dash is what an export prints for "none" (:func:`_dashes_read_empty`),
#: and a post's experience, training and golongan requirements: an Anjab list's "Pengalaman Kerja" "-" (none required)
#: was named unreadable and each candidate's reason said so (real20, h33). The education requirement keeps its dash:
#: "-" there says "no requirement", which the matching reads as open, and a blank is warned of
_DASH_EMPTY = (
    "jabatan",
    "unit_kerja",
    "nama_jabatan",
    "perangkat_daerah",
    "syarat_pengalaman",
    "syarat_diklat",
    "syarat_golongan",
)


def _dashes_read_empty(frame: pd.DataFrame, memo: ColumnMemo | None = None) -> None:
    """A post or unit cell holding only a dash is read empty, as a blank cell is. Kendal's e-formasi "Daftar
    Kebutuhan Jabatan" prints "-" for a post without a unit: the post was read in a unit named "-", where every
    person and post of other files with a "-" unit met, and "—" was told to be "another spelling of unit '-'";
    a roster's jabatan "-" was "not in the peta jabatan, did you mean …?" (real2, h30). Each distinct value once
    (grouped by ``memo``, which keeps the grouping for the validation)."""
    for name in _DASH_EMPTY:
        if name in frame.columns and frame[name].dtype == object:
            column = frame[name]
            dash = _each_distinct(memo, name, column, _is_dash).astype(bool)
            if dash.any():
                frame[name] = column.where(~dash, None)


def _each_distinct(
    memo: ColumnMemo | None, name: str, column: pd.Series, func: Callable[[object], object]
) -> np.ndarray:
    """``func`` of each cell of the field ``name``'s ``column`` as an object array, called once per distinct value; a
    missing cell is None, without a call (both callers read None there: no dash, no eselon). The rows are grouped by
    ``memo``, which keeps the grouping for the validation, when one is given."""
    grouped = memo.groups(name, column) if memo is not None else None
    if grouped is None:
        return per_distinct(column, func)
    codes, first, missing_code = grouped
    firsts = column.to_numpy(dtype=object)[first].tolist()
    per = np.fromiter((None if k == missing_code else func(v) for k, v in enumerate(firsts)), dtype=object)
    return per[codes]


def _is_dash(value: object) -> bool:
    """Whether a cell is a lone dash (a number or date as text: never a dash)."""
    return str(value).strip() in DASHES


def _error_texts(
    frame: pd.DataFrame,
    result: ColumnMapping,
    base: Location,
    findings: list[Finding],
    fmt: str,
    titles: Sequence[tuple[str, pd.DataFrame, str]] = (),
    memo: ColumnMemo | None = None,
) -> None:
    """Cells of the mapped columns that hold an Excel error value as text are read empty, with one
    ``sel-galat-excel`` (a "#N/A" jabatan or unit was read as a post named "#N/A"; hostile round 6, h26). Each column
    is tested at once (``isin``), never cell by cell. The title columns written into the name (``titles``: letter,
    frame and label) too: a GELAR DEPAN looked up with VLOOKUP that found nothing made "#N/A Budi Santoso, #N/A" the name, in
    every output and letter (hostile5, h31). A post's or unit's column is tested once per distinct value, grouped by
    ``memo``: the dash look (:func:`_dashes_read_empty`) and the validation group it anyway (speed22, h37)."""
    # (the workbook guard's own count is of error *cells*, which calamine reads empty: text is never among them, so
    # a guard finding does not end this look; it did, and one real #VALUE! hid a "#N/A" post, review6 h27)
    # an xlsx error cell reads empty (calamine); an error typed as text there (a PHP export) is looked for in the
    # columns that place a person only, sparing the scan of every column of a 100,000-row workbook (0.2 s)
    few = fmt in ("xlsx", "xlsb")
    refs: list[str] = []
    first: tuple[str, int] | None = None
    seen: set[str] = set()
    count = 0
    columns = [
        (info.letter, frame, name)
        for name, info in result.columns.items()
        if name in frame.columns and not (few and name not in _PLACING)
    ]
    for letter, table, label in [*columns, *titles]:
        cells = table[label]
        if cells.dtype != object or not (hit := _error_cells(memo if table is frame else None, label, cells)).any():
            continue
        count += int(hit.sum())
        seen.update(str(v) for v in cells[hit].unique().tolist())
        rows = [int(r) for r in frame.loc[hit, ROW].tolist()[:3]]
        first = first or (letter, rows[0])
        refs += [f"{letter}{r}" for r in rows]
        table.loc[hit, label] = None
    if first is not None:
        loc = replace(base, column=first[0], row=first[1])
        galat = ", ".join(sorted(seen))
        findings.append(make_finding("sel-galat-excel", loc, jumlah=count, galat=galat, contoh=", ".join(refs[:5])))


def _error_cells(memo: ColumnMemo | None, name: str, cells: pd.Series) -> np.ndarray:
    """Where the object column ``cells`` of the field ``name`` holds an Excel error value as text; a column of
    :data:`_DASH_EMPTY` once per distinct value (grouped by ``memo``), any other with one ``isin``."""
    if memo is not None and name in _DASH_EMPTY:
        found: np.ndarray = _each_distinct(memo, name, cells, _is_error_text).astype(bool)
        return found
    return cells.isin(_ERROR_TEXTS).to_numpy()


def _is_error_text(value: object) -> bool:
    """Whether a cell is an Excel error value written as text (as ``isin`` tells it: any other cell is not)."""
    return isinstance(value, str) and value in _ERROR_TEXTS


def _before_signature(
    cleaned: dict[str, Any],
    blank: dict[str, np.ndarray],
    labels: list[str],
    keyed: np.ndarray,
    *,
    named: bool,
    key_labels: list[str],
) -> np.ndarray:
    """Per row, whether it lies before a signature block written in the NAMA column: the first row after a data row
    that holds one cell only and reads as a closing ("Sukamaju, 10 Oktober 2026", "Kepala Dinas …", "Mengetahui,")
    starts the block, unless a row of data comes after it; no row from there is data, the signer's "NIP. 1970…"
    neither. An OPD form's block became four proposals (fourth review, h26). A row of data fills more than half the
    cells the data rows fill, or every key column (``key_labels``: its NIP and its name on one row, which a signer's
    name over its NIP line never is): a DUK's last pangkat group ("PENATA MUDA", read as a closing) over two new
    employees with five of eleven cells filled lost both as a signature block (review8, h32)."""
    n = len(keyed)
    out = np.ones(n, dtype=bool)
    rows = np.flatnonzero(keyed)
    if not named or len(rows) < 2:  # (a table with a NAMA column: a signature block is written in it)
        return out
    cells = np.sum([~blank[lb] for lb in labels], axis=0)
    whole = np.logical_and.reduce([~blank[lb] for lb in key_labels]) if len(key_labels) > 1 else np.zeros(n, bool)
    lone = cells == 1
    lone[: int(rows[0]) + 1] = False
    for k in np.flatnonzero(lone).tolist():
        if any(isinstance(v := cleaned[lb][k], str) and _CLOSING().match(v) for lb in labels):
            # data after it fills more than half the cells its data rows fill: a board's signatures set in two columns
            # ("Ketua," | "Sekretaris,", names, "'NIP"), under a closing sentence, were read as people (real10, h32)
            wide = max(1, int(np.median(cells[rows[rows < k]])) // 2)
            if not (keyed[k:] & ((cells[k:] > wide) | whole[k:])).any():
                out[k:] = False
                break
    return out


#: the fields a position row counts in: a row holding none of them after the total row is no post
_COUNTS = ("kebutuhan", "bezetting", "beban_kerja_jam", "beban_kerja_menit")


def _before_notes(
    cleaned: dict[str, Any], blank: dict[str, np.ndarray], labels: list[str], summary: np.ndarray, counts: list[str]
) -> np.ndarray:
    """Per row, whether it lies before a position table's notes: after its total row, the first row that reads as a
    closing ("Catatan :", "Mengetahui,", a place and date) starts them when no row from there holds a count. Formulir
    1 ends with "Jumlah Seluruhnya", then "Catatan :" and numbered notes written in the name column ("Kolom 2 diisi
    nama unit organisasi …", "Dinas Pendidikan (tidak termasuk tenaga Guru)"), which were read as posts without a
    kebutuhan (formulir, h30)."""
    n = len(summary)
    out = np.ones(n, dtype=bool)
    if not counts or not summary.any():
        return out
    counted = np.flatnonzero(~np.logical_and.reduce([blank[lb] for lb in counts]))
    start = max(int(np.flatnonzero(summary)[0]), int(counted[-1]) if len(counted) else -1) + 1
    for k in range(start, n):  # (the rows after the last count only: a form's few closing lines)
        if any(isinstance(v := cleaned[lb][k], str) and _CLOSING().match(v) for lb in labels):
            out[k:] = False
            break
    return out


def _merged_filled(grid: _Grid, layout: HeaderLayout, kind: str) -> list[Finding]:
    """Merged data cells filled down (:func:`fill_merged_down`; a position table's numbers stay one per block)."""
    if not grid.merged:
        return []
    source = grid.source
    return fill_merged_down(
        grid.rows, grid.merged, layout.data_start, file=source.path, sheet=source.sheet, numbers=kind != "jabatan"
    )


def _constants(
    grid: _Grid, found: tuple[HeaderLayout, int], result: ColumnMapping, kind: str, unit_kerja: str | None
) -> dict[str, tuple[str, str]]:
    """Fields no column holds, given for the whole table: field -> (value, where it came from): the unit the
    analyst names (``--unit-kerja``), else what the title rows say ("SKPD : Dinas Sosial"); ``found``: the header
    and the first row with text (the title rows are read from it, not through the blank rows above it)."""
    layout, start = found
    start = min(start, layout.rows[0])
    fields = TABLE_KINDS[kind][1]
    constants: dict[str, tuple[str, str]] = {}
    if unit_kerja and "unit_kerja" in fields and "unit_kerja" not in result.columns:
        constants["unit_kerja"] = (unit_kerja.strip(), "parameter unit kerja")
    for name, (value, row) in layout_tools.title_fields(grid.rows[start : layout.rows[0]], kind).items():
        if name in fields and name not in result.columns and name not in constants:
            constants[name] = (value, f"baris judul {start + row + 1}")
    return constants


def _fill_units_down(frame: pd.DataFrame, where: Location, findings: list[Finding]) -> None:
    """A position table that prints the unit only on the first row of its block (a WLA "Form D" view): the rows
    right under it (next Excel rows, a position named, no unit) take it, with one ``unit-kerja-diisi-dari-atas``
    finding (domain.md §6.4: forward-fill parent units). Only a table whose unit cells are mostly printed so (30 %
    of its rows or more empty) is filled; a blank row ends a block."""
    names, rows = frame["nama_jabatan"].tolist(), frame[ROW].tolist()
    opds = (
        _filled_down(frame, "perangkat_daerah", names, rows, where, findings) if "perangkat_daerah" in frame else None
    )
    # within one OPD only, and a blank unit on an OPD's first row is the OPD's own post (its head): not filled
    _filled_down(frame, "unit_kerja", names, rows, where, findings, same=opds)


def _filled_down(
    frame: pd.DataFrame,
    name: str,
    names: list[object],
    rows: list[object],
    where: Location,
    findings: list[Finding],
    *,
    same: list[object] | None = None,
) -> list[object]:
    """Column ``name`` filled down as :func:`_fill_units_down` describes (when ``same`` is given, only between rows
    of equal ``same``); its values, filled or not."""
    values = frame[name].tolist()
    empty = sum(1 for u, n in zip(values, names, strict=True) if u is None and n is not None)
    if empty < max(2, 0.3 * len(values)):  # a few empty cells in a flat table are missing data: reported, not filled
        return values
    filled: list[int] = []
    # (a "-" above names no unit to take: :func:`_cell_faults` reads it empty after this)
    above = [v is not None and not (v.__class__ is str and v.strip() in DASHES) for v in values]
    for k in range(1, len(values)):
        if values[k] is None and names[k] is not None and above[k - 1] and rows[k] == rows[k - 1] + 1:  # type: ignore[operator]
            if same is not None and same[k] != same[k - 1]:
                continue
            values[k], above[k] = values[k - 1], True
            filled.append(int(rows[k]))  # type: ignore[call-overload]
    if filled:
        frame[name] = pd.Series(values, index=frame.index, dtype=object)
        loc = replace(where, row=filled[0], field=name)
        findings.append(make_finding("unit-kerja-diisi-dari-atas", loc, jumlah=len(filled)))
    return values


def _find_layout(grid: _Grid, kind: str, baris_judul: int | None) -> tuple[HeaderLayout, int]:
    """The header rows and columns: detected, or at ``baris_judul`` (1-based) when given; and the first row with
    text (0-based)."""
    source = grid.source
    # every row: one whose first 1,000 rows are blank, its header a million rows down, was called "kosong" (even
    # with --baris-judul naming that row; hostile28, h37)
    start = next((r for r, row in enumerate(grid.rows) if any(v not in ("", None) for v in row)), None)
    if start is None:
        raise InputError(f"{_where(source)} kosong")
    if baris_judul is None:
        # from the first row with text: a CSV with a million blank lines before its header (hostile30, h38)
        layout = detect_header(grid.rows, kind, merged=grid.merged, start=start)
    else:
        view, depth = header_view(grid.rows, baris_judul, _where(source))
        layout = detect_header(view, kind, merged=grid.merged, scan_rows=depth)
        if layout is None or baris_judul - 1 not in layout.rows:
            raise InputError(f"Baris {baris_judul} di {_where(source)} bukan baris judul kolom yang dikenali")
    if layout is None:
        raise InputError(
            f"Baris judul kolom tidak ditemukan di {_where(source)} (dicari di {SCAN_ROWS} baris pertama"
            + (f" yang berisi, baris {start + 1}–{start + SCAN_ROWS}" if start else "")
            + ")",
            hint="Bila judul kolomnya lebih ke bawah, tunjuk barisnya dengan --baris-judul N (nomor baris Excel).",
        )
    return layout, start


#: blank-row findings kept per table: one per run of blank rows, the rest counted in one more
BLANK_RUNS_SHOWN = 100


def _blank_run(source: SourceInfo, first: int, last: int) -> Finding:
    """``baris-kosong`` for the blank rows ``first`` to ``last`` (sheet row numbers)."""
    n = last - first + 1
    span = f" ({format_number(n)} baris, sampai baris {last})" if n > 1 else ""
    return make_finding("baris-kosong", Location(source.path, source.sheet, first), rentang=span)


def _blank_row_findings(rows: list[int], source: SourceInfo) -> list[Finding]:
    """``baris-kosong`` per run of consecutive blank rows inside the data (not per row: a sheet with one cell at
    A1048576 made a million findings and 3 GB), at most :data:`BLANK_RUNS_SHOWN` runs and one for the rest."""
    if not rows:
        return []
    at = np.asarray(rows, dtype=np.int64)
    starts = np.flatnonzero(np.diff(at, prepend=at[0] - 2) != 1)
    ends = np.append(starts[1:], len(at)) - 1
    out: list[Finding] = []
    for s, e in zip(starts[:BLANK_RUNS_SHOWN].tolist(), ends[:BLANK_RUNS_SHOWN].tolist(), strict=True):
        out.append(_blank_run(source, int(at[s]), int(at[e])))
    if len(starts) > BLANK_RUNS_SHOWN:
        rest = int(len(at) - (ends[BLANK_RUNS_SHOWN - 1] + 1))
        first = int(at[starts[BLANK_RUNS_SHOWN]])
        span = f" (dan {format_number(rest)} baris kosong lain sesudahnya)"
        out.append(make_finding("baris-kosong", Location(source.path, source.sheet, first), rentang=span))
    return out


def _unit_under_parent(levels: tuple[object, ...], *, top: bool = False) -> object:
    """A row's unit from its numbered levels, deepest first: the deepest filled level under the next filled one
    ("Kankemenag Sleman | Subbagian Tata Usaha"). The deepest alone made the TU of every Kankemenag one unit, its
    posts and vacancies pooled across kabupaten (diff review). With ``top`` (eselon levels, the highest the OPD):
    under the highest filled one, "OPD | unit" as a peta with an OPD column keys it ("Dinas X | Seksi Y"; the
    Kepala Dinas, Eselon II alone, is in "Dinas X"; h27/real8)."""
    filled = [v for v in levels if not says_nothing(v)]
    if len(filled) < 2:
        return filled[0] if filled else levels[0]
    return f"{cell_text(filled[-1] if top else filled[1])} | {cell_text(filled[0])}"


#: the header keys of a title column in front of the name (the others beside it are after it)
_FRONT_TITLE_KEYS = frozenset(normalize_header(a) for a in GELAR_DEPAN)


def _front_titles(header: str) -> bool:
    """Whether a title column's header, or its lower label ("NAMA / GELAR DEPAN"), names the titles in front."""
    return any(k in _FRONT_TITLE_KEYS for text in (header, header.rpartition(" / ")[2]) for k in header_keys(text))


#: what a part column does for its field, where it does more than fill empty cells
_PART_REASONS = {
    "golongan": "sel kosong diisi dari kolom ini; ruang golongan dilengkapi",
    "nama": "gelar ditulis ke dalam nama (bukti pendidikan); gelar yang sudah ada di nama tidak ditulis dua kali",
    "predikat_kinerja": "rating perilaku kerja: predikat kinerja diturunkan dari kedua rating (PermenPANRB 6/2022)",
    "bezetting": "pemangku per status kepegawaian: dijumlahkan ke bezetting",
}


def _ticks_read_as_labels(
    frame: pd.DataFrame, original: pd.DataFrame, layout: HeaderLayout, result: ColumnMapping
) -> None:
    """A field split into tick columns (``result.ticks``: "STATUS KEPEGAWAIAN" over "CPNS | PNS", "V" in one): each
    tick becomes its column's label, in the field and in its other columns, which :func:`_fill_from_parts` then
    reads where the field's own column is empty (first thing it does)."""
    if not result.ticks:
        return
    labels = dict(zip((c.index for c in layout.columns), _unique_labels(layout), strict=True))
    for name, group in result.ticks.items():
        for index, label in group.items():
            values = frame[name] if index == result.indices[name] else original[labels[index]]
            ticked = per_distinct(values, is_tick, missing=False).astype(bool)  # (a tick column repeats its marks)
            values = values.mask(ticked, label)
            if index == result.indices[name]:
                frame[name] = values
            else:
                original[labels[index]] = values


def _fill_from_parts(
    frame: pd.DataFrame, original: pd.DataFrame, layout: HeaderLayout, result: ColumnMapping, base: Location
) -> tuple[dict[str, list[ColumnInfo]], list[Finding], dict[str, dict[int, ColumnInfo]]]:
    """A field spread over several columns (``result.parts``): empty or dash cells filled from the next column
    (a dash stays when the next column has nothing either); a bare golongan completed from a RUANG or PANGKAT
    column that agrees with it, and named where that column says another golongan (``golongan-pangkat-beda``).

    Returns the part columns (for the mapping report), the findings and the rows whose NIP a part column gave
    (``RawTable.filled_from``)."""
    _ticks_read_as_labels(frame, original, layout, result)
    parts: dict[str, list[ColumnInfo]] = {}
    filled_from: dict[str, dict[int, ColumnInfo]] = {}
    findings: list[Finding] = []
    by_index = {c.index: c for c in layout.columns}
    labels = dict(zip((c.index for c in layout.columns), _unique_labels(layout), strict=True))
    for name, extra in result.parts.items():
        values = frame[name].tolist()
        if name == "bezetting":  # the first status count's cells too: "1.5" there passed with no word (hostile4, h31)
            own = result.columns[name]
            where = replace(base, column=own.letter, header=own.header, field=name)
            findings += _bad_counts(values, frame[ROW].tolist(), where)
        if name in ORDERED_PARTS:  # numbered unit levels: the deepest filled one under its parent
            levels = [values, *(original[labels[index]].tolist() for index in extra)]
            top = any(k in ESELON_KEYS for index in extra for k in header_keys(by_index[index].text))
            values = _per_distinct_row(lambda *row, top=top: _unit_under_parent(row, top=top), *levels)
        if name == "nama":
            values = _titled_names(values, [(by_index[i].text, original[labels[i]].tolist()) for i in extra])
        for index in extra:
            col = by_index[index]
            more = original[labels[index]].tolist()
            reason = _PART_REASONS.get(name, "sel kosong diisi dari kolom ini")
            info = ColumnInfo(name, col.letter, col.text, "pelengkap", reason=reason)
            if name == "nip":  # "NI PPPK" beside "NIP": the rows it fills point at it, an empty one is no part
                values = _nip_filled(values, more, frame[ROW].to_numpy(dtype=object), info, parts, filled_from)
                continue
            parts.setdefault(name, []).append(info)
            if name == "predikat_kinerja":  # rating hasil kerja × rating perilaku kerja (PermenPANRB 6/2022), or an
                # earlier year's predikat where the latest year's cell is empty (review 4, h26)
                values = _per_distinct_row(_predikat_part, values, more)
                continue
            if name == "golongan":
                own = result.columns[name]
                where = replace(base, column=own.letter, header=own.header, field=name)
                findings += _golongan_against(values, more, frame[ROW].tolist(), where, col)
            if name == "nama":  # the title columns beside the name: written into it below, in one pass
                continue
            if name == "bezetting":  # holders per status (cpns, pns, pppk): their sum
                where = replace(base, column=col.letter, header=col.text, field=name)
                findings += _bad_counts(more, frame[ROW].tolist(), where)
                values = _per_distinct_row(_count_sum, values, more)
                continue
            if name == "golongan":  # filled, then completed with the ruang beside it: one pass over the rows
                values = _per_distinct_row(lambda v, m: _with_ruang(_filled(v, m), m), values, more)
            elif name == "jabatan":
                values = _post_filled(frame, values, more, col.text)
            else:
                values = _per_distinct_row(_filled, values, more)
        frame[name] = pd.Series(values, index=frame.index, dtype=object)
    if result.breakdown and "kebutuhan" in frame.columns:  # a position table's count sub-columns (Formulir 1)
        findings += jenis_from_breakdown(frame, original, labels, by_index, result, base)
    if result.jf_jenjang is not None:  # "JABATAN" | "JENJANG": one post's name
        col, name = result.jf_jenjang
        info, said = jenjang_into_jabatan(frame, original, labels[col.index], col, base, name)
        parts.setdefault(info.field, []).append(info)
        findings += said
    return parts, findings, filled_from


#: the jenis a post column's flag says ("JFT" ticked "Ya": a functional post; "JFU": a pelaksana post)
_FLAG_JENIS: tuple[tuple[str, str], ...] = (
    *(("FUNGSIONAL UMUM", "Pelaksana"), ("JFU", "Pelaksana"), ("PELAKSANA", "Pelaksana")),
    *(("FUNGSIONAL", "Fungsional"), ("JFT", "Fungsional")),
)


def _post_filled(frame: pd.DataFrame, values: list[object], more: list[object], header: str) -> list[object]:
    """The post cells with the empty ones filled from a post part column ("JABATAN FUNGSIONAL", "JFT", "JFU"), save
    where that column holds a flag ("Ya", "V", "1", "\u2713"): a flag is no post (the row's post became "Ya"; real31,
    h38); nor is a "no" ("Tidak", "0", FALSE; reviewF, h38: the post read "Tidak"). A "yes" says the jenis instead,
    written where the row's jenis cell is empty."""
    flag = np.array(_per_distinct_row(_post_flag, values, more), dtype=np.int8)  # (one pass over the row pairs)
    ticked, flagged = flag == 2, flag > 0
    if not flagged.any():
        return _per_distinct_row(_filled, values, more)
    key = " ".join(re.sub(r"[^A-Z]+", " ", str(header).upper()).split())
    jenis = next((kind for word, kind in _FLAG_JENIS if word in key), None)
    if jenis is not None and "jenis_jabatan" in frame.columns:
        own = frame["jenis_jabatan"].to_numpy(dtype=object)
        empty = np.array(_per_distinct_row(says_nothing, own.tolist()), dtype=bool)
        frame["jenis_jabatan"] = pd.Series(np.where(ticked & empty, jenis, own), index=frame.index, dtype=object)
    kept = np.array(values, dtype=object)
    filled = np.array(_per_distinct_row(_filled, values, more), dtype=object)
    return np.where(flagged, kept, filled).tolist()


def _post_flag(value: object, more: object) -> int:
    """What a post part cell ``more`` flags beside an empty post cell ``value`` (:func:`_post_filled`): 2 a "yes" or
    a tick, 1 a "no", 0 nothing (a post cell with text, or a part cell that is no flag)."""
    if not says_nothing(value):
        return 0
    return 2 if says_yes(more) or is_tick(more) else 1 if says_no(more) else 0


def _nip_filled(
    values: list[object],
    more: list[object],
    rows: np.ndarray,
    info: ColumnInfo,
    parts: dict[str, list[ColumnInfo]],
    filled_from: dict[str, dict[int, ColumnInfo]],
) -> list[object]:
    """The NIP cells with the empty ones filled from a further NIP column (``info``: "NI PPPK" beside "NIP"). The
    rows it fills remember it, so a finding on their number points at the column it was read from, not at the
    first NIP column's letter; a column that fills no cell (wholly empty) is no part and gets no ``kolom-gabungan``
    (hostile12, h33)."""
    took = np.array(_per_distinct_row(_fills, values, more), dtype=bool)
    if not took.any():
        return values
    parts.setdefault("nip", []).append(info)
    filled_from.setdefault("nip", {}).update(dict.fromkeys(rows[took].tolist(), info))
    return _per_distinct_row(_filled, values, more)


def _fills(value: object, more: object) -> bool:
    """Whether :func:`_filled` takes the part column's cell."""
    return says_nothing(value) and not says_nothing(more)


def _title_cells(
    original: pd.DataFrame, layout: HeaderLayout, result: ColumnMapping
) -> list[tuple[str, pd.DataFrame, str]]:
    """(letter, ``original``, label) of each title column written into the name (:func:`_titled_names`)."""
    labels = dict(zip((c.index for c in layout.columns), _unique_labels(layout), strict=True))
    letters = {c.index: c.letter for c in layout.columns}
    return [(letters[i], original, labels[i]) for i in result.parts.get("nama", [])]


def _titled_names(names: list[object], columns: list[tuple[str, list[object]]]) -> list[object]:
    """The names with the titles of the title columns beside them (``columns``: header and cells), written in one
    pass over the distinct rows (:func:`~asn_mutasi.domain.gelar.with_title_columns`); several front (or back) title
    columns are read as one, in sheet order."""
    front = [cells for header, cells in columns if _front_titles(header)]
    back = [cells for header, cells in columns if not _front_titles(header)]

    def one(cells: list[list[object]], sep: str) -> list[object]:
        if not cells:
            return [None] * len(names)
        if len(cells) == 1:
            return cells[0]
        return [
            sep.join(c for c in row if isinstance(c, str) and c.strip()) or None for row in zip(*cells, strict=True)
        ]

    return _per_distinct_row(with_title_columns, names, one(front, " "), one(back, ", "))


def _per_distinct_row(func: Callable[..., object], *columns: list[object]) -> list[object]:
    """``func(*row)`` for every row of the columns, called once per distinct row (cells told apart by value and
    type, as :func:`asn_mutasi.distinct.row_groups` compares them): a part column repeats its values."""
    arrays = [np.fromiter(c, dtype=object, count=len(c)) for c in columns]
    if not arrays or not len(arrays[0]):
        return []
    return apply_by_code(row_groups(*arrays)[0], lambda i: func(*(a[i] for a in arrays)))


def _count_sum(value: object, more: object) -> object:
    """Two holder counts of a post summed (an empty or dash cell is 0; both empty stays empty). A cell that is no whole
    count (named by :func:`_bad_counts`) is left out; with no whole count beside it the sum is unknown (None). The
    first cell was kept whole instead, so "1.5" PNS beside 2 PPPK read a bezetting of 1.5 with no word, the PPPK
    lost (hostile4, h31)."""
    cells = (value, more)
    empty = [says_nothing(v) or v != v for v in cells]  # (v != v: NaN)
    if all(empty):
        return value
    counts = [0 if e else _whole_count(v) for e, v in zip(empty, cells, strict=True)]
    if all(c is None for c, e in zip(counts, empty, strict=True) if not e):
        return None
    return sum(c or 0 for c in counts)


def _bad_counts(cells: list[object], rows: list[int], where: Location) -> list[Finding]:
    """A finding for each cell of a per-status holder column that is no whole count: "x" in the pns column was left
    out of the sum with no word, the post's bezetting short by its holders (review11 #6, h29). A fraction ("1,5") is
    ``jumlah-orang-pecahan``, as in a bezetting column of its own (it was a galat "bukan angka yang valid" here and a
    warning there; review7, h31); anything else ``angka-tidak-valid``."""
    distinct: dict[tuple[type, object], str | None] = {}
    out: list[Finding] = []
    for cell, row in zip(cells, rows, strict=True):
        key = (type(cell), cell)
        if key not in distinct:
            distinct[key] = _count_problem(cell)
        if (code := distinct[key]) is not None:
            out.append(make_finding(code, replace(where, row=int(row), value=cell_text(cell))))
    return out


def _count_problem(cell: object) -> str | None:
    """The finding code of a holder-count cell that is no whole count (None for a whole count or an empty cell)."""
    from asn_mutasi.workload.abk import parse_number  # (the position table's number reading)

    if says_nothing(cell) or cell != cell or _whole_count(cell) is not None:
        return None
    number = parse_number(cell)
    return (
        "jumlah-orang-pecahan"
        if number is not None and number >= 0 and not number.is_integer()
        else "angka-tidak-valid"
    )


def _whole_count(value: object) -> int | None:
    """A cell as a whole count (3, 3.0, "3", "2 org"), or None."""
    if (counted := count_with_unit(value)) is not None:  # "2 org", "1 (satu)"
        return counted
    try:
        number = float(str(value).strip())
    except ValueError:
        return None
    return int(number) if number.is_integer() and number >= 0 else None


def _filled(value: object, more: object) -> object:
    """A part column's cell where the field's own cell is empty or a dash (and the part's is not)."""
    return more if _fills(value, more) else value


def _predikat_part(value: object, more: object) -> object:
    """The predikat of a row from its predikat cell and a part column: the two ratings' predikat; else the part's
    predikat where the cell is empty (an earlier year's column: "PREDIKAT KINERJA 2024" under an empty 2025)."""
    derived = predikat_from_ratings(value, more)
    if derived:
        return derived
    if says_nothing(value) and not says_nothing(more) and parse_predikat(more) is not None:
        return more
    return value


def _golongan_against(
    values: list[object], beside: list[object], rows: list[int], where: Location, col: HeaderColumn
) -> list[Finding]:
    """``golongan-pangkat-beda`` for each row whose golongan and the RUANG/PANGKAT beside it disagree (each distinct
    pair of cells judged once)."""
    verdict: dict[tuple[object, object], bool] = {}
    out: list[Finding] = []
    for v, m, row in zip(values, beside, rows, strict=True):
        if says_nothing(v) or says_nothing(m):
            continue
        key = (v, m)
        differ = verdict.get(key)
        if differ is None:
            differ = verdict[key] = _golongan_differ(v, m)
        if differ:
            loc = replace(where, row=int(row), value=cell_text(v))
            out.append(
                make_finding("golongan-pangkat-beda", loc, pangkat=cell_text(m), kolom=col.letter, judul=col.text)
            )
    return out


def _golongan_differ(value: object, beside: object) -> bool:
    """Whether a golongan cell and its RUANG ("b") or PANGKAT ("Penata Tk. I", "III/d") cell name two golongan."""
    if not isinstance(beside, str):
        return False
    text = cell_text(value)
    bare = bare_golongan(text)
    ruang = ruang_alone(beside)
    if ruang is not None:  # a RUANG column: only a written ruang can disagree with it
        own = parse_golongan(text) if bare is None else None
        return own is not None and not own.pppk and own.kode.split("/")[1] != ruang
    said = parse_golongan(beside)
    if said is None or said.pppk:
        return False
    if bare is not None:
        return said.kode.split("/")[0] != bare
    own = parse_golongan(text)
    return own is not None and not own.pppk and own.kode != said.kode


def _with_ruang(value: object, beside: object) -> object:
    """A bare golongan ("III") completed from the column beside it: a RUANG "b" (III/b), or a PANGKAT of that
    golongan ("Penata Muda Tk. I": III/b). Anything else stays as it is."""
    if not isinstance(value, str) or not isinstance(beside, str):
        return value
    bare = bare_golongan(value)
    if bare is None:
        return value
    ruang = ruang_alone(beside)
    if ruang is not None:
        return f"{bare}/{ruang}"
    said = parse_golongan(beside)
    if said is not None and not said.pppk and said.kode.split("/")[0] == bare:
        return said.kode
    return value


def _split_cells(
    frame: pd.DataFrame,
    columns: dict[str, ColumnInfo],
    base: Location,
    findings: list[Finding],
    *,
    fields: Sequence[str],
    nip: bool,
    memo: ColumnMemo | None = None,
) -> None:
    """The lines a cell adds to its own field: under the name (:func:`_split_name_cells`), after the post
    (:func:`_split_eselon_from_posts`)."""
    if "nama" in columns:
        _split_name_cells(frame, columns, base, findings, fields=fields, nip=nip)
    if "jabatan" in columns:
        _split_eselon_from_posts(frame, columns, base, findings, eselon="eselon" in fields, memo=memo)
        if "golongan" in fields:  # a roster's post cell naming a pangkat (real31, h38)
            findings.extend(split_pangkat_from_posts(frame, columns, base, golongan=True))
    if "jabatan" in columns and "unit_kerja" in columns and normalize_header(columns["unit_kerja"].header) in _SUB_POST:
        findings.extend(_swapped_post_and_unit(frame, columns, base))


def _split_eselon_from_posts(
    frame: pd.DataFrame,
    columns: dict[str, ColumnInfo],
    base: Location,
    findings: list[Finding],
    *,
    eselon: bool,
    memo: ColumnMemo | None = None,
) -> None:
    """A post's eselon written after it in the same cell ("Kepala Bidang Perumahan" over "(Eselon IIIb)") leaves the
    post: it was the post's name in the plan and the decree letters. The eselon becomes the ``eselon`` column when the
    table has none and its kind has one (``eselon``); "(Eselon )" says the post has none. Under a one-cell "Jabatan /
    Eselon" header the eselon after the slash is split the same way (real30, h38: the key dropped it, the eselon
    field stayed empty), and checked against an ESELON column beside it (:func:`_eselon_disagreement`)."""
    info = columns["jabatan"]
    written = _header_writes_eselon(info.header)
    split_one = layout_tools.split_written_eselon if written else layout_tools.split_eselon_from_post
    split = _each_distinct(memo, "jabatan", frame["jabatan"], split_one).tolist()
    hits = [(i, part) for i, part in enumerate(split) if isinstance(part, tuple)]
    if not hits:
        return
    posts = frame["jabatan"].to_numpy(dtype=object, copy=True)
    levels = np.full(len(posts), None, dtype=object)
    for i, (post, level) in hits:
        posts[i], levels[i] = post, level
    frame["jabatan"] = pd.Series(posts, index=frame.index, dtype=object)
    if "eselon" in columns and "eselon" in frame.columns:
        findings.extend(_eselon_disagreement(levels, frame, columns["eselon"], base))
    taken = eselon and "eselon" not in columns
    if taken:
        frame["eselon"] = pd.Series(levels, index=frame.index, dtype=object)
        why = "eselon ditulis sesudah jabatan dalam sel yang sama"
        columns["eselon"] = replace(info, field="eselon", how="sel-jabatan", reason=why)
    loc = replace(base, column=info.letter, header=info.header)
    note = "; eselonnya dipakai sebagai kolom eselon" if taken else ""
    findings.append(make_finding("eselon-dari-sel-jabatan", loc, jumlah=format_number(len(hits)), eselon=note))


#: a roster's SUB JABATAN read as its unit (``header_aliases.SECONDARY``)
_SUB_POST = frozenset({"SUB JABATAN"})


def _swapped_post_and_unit(frame: pd.DataFrame, columns: dict[str, ColumnInfo], base: Location) -> list[Finding]:
    """Rows of a roster whose JABATAN holds a unit ("Bidang Rehabilitasi Sosial") and whose SUB JABATAN, read as the
    unit, holds a post ("Kepala Seksi Rehabilitasi Anak"): the two cells are swapped on those rows, and said once
    (a Dinas Sosial roster swaps them on a block of rows; real30, h38). Both tests must hold, so a row is never
    swapped on one cell's word alone."""
    unit_in_post = per_distinct(frame["jabatan"], jab.names_unit_not_post, missing=False).astype(bool)
    post_in_unit = per_distinct(frame["unit_kerja"], jab.names_post_not_unit, missing=False).astype(bool)
    swapped = np.flatnonzero(unit_in_post & post_in_unit)
    if not len(swapped):
        return []
    posts = frame["jabatan"].to_numpy(dtype=object, copy=True)
    units = frame["unit_kerja"].to_numpy(dtype=object, copy=True)
    first = int(swapped[0])
    example = f"'{posts[first]}' / '{units[first]}'"
    posts[swapped], units[swapped] = units[swapped], posts[swapped].copy()
    frame["jabatan"] = pd.Series(posts, index=frame.index, dtype=object)
    frame["unit_kerja"] = pd.Series(units, index=frame.index, dtype=object)
    rows = frame[ROW].to_numpy()[swapped] if ROW in frame.columns else swapped + 1
    contoh = ", ".join(str(int(r)) for r in rows[:5]) + (" …" if len(rows) > 5 else "")
    info, unit = columns["jabatan"], columns["unit_kerja"]
    loc = replace(base, row=int(rows[0]), column=info.letter, header=info.header, field="jabatan")
    count = format_number(len(swapped))
    return [make_finding("jabatan-unit-tertukar", loc, jumlah=count, contoh=contoh, nilai=example, unit=unit.header)]


def _header_writes_eselon(header: str) -> bool:
    """Whether a one-cell post header says its cells write the eselon after a slash ("Jabatan / Eselon")."""
    notes = [normalize_header(part) for part in str(header).split("/")[1:]]
    return bool(notes) and all(note in _ESELON_NOTES for note in notes)


#: the words after a post header's slash naming the eselon (:data:`~asn_mutasi.io.header_aliases.WRITTEN_WITH`)
_ESELON_NOTES = frozenset(normalize_header(a) for a in WRITTEN_WITH["jabatan"])


def _eselon_disagreement(levels: np.ndarray, frame: pd.DataFrame, eselon: ColumnInfo, base: Location) -> list[Finding]:
    """One warning when the eselon written after the post differs from the ESELON column's on some rows (the column
    is kept: it is the field's own). Both are read by :func:`~asn_mutasi.domain.jabatan.eselon_grade`; a grade
    written on one side only ("III.a" beside "III") is no difference (reviewC, h38: it was one, and SIASN's ESELON ID
    "31" was read as no eselon, so "IV.a" beside it was none)."""
    column = frame["eselon"].to_numpy(dtype=object)
    written = per_distinct(pd.Series(levels, dtype=object), jab.eselon_grade)
    given = per_distinct(frame["eselon"], jab.eselon_grade)
    differ = np.flatnonzero(
        per_distinct(pd.Series(list(zip(written, given, strict=True)), dtype=object), _grades_differ)
    )
    if not len(differ):
        return []
    i = int(differ[0])
    contoh = f"'{frame['jabatan'].iat[i]}': {levels[i]} di sel jabatan, {column[i]} di kolom eselon"
    loc = replace(base, column=eselon.letter, header=eselon.header, field="eselon")
    return [make_finding("eselon-sel-jabatan-berbeda", loc, jumlah=format_number(len(differ)), contoh=contoh)]


def _grades_differ(pair: tuple[tuple[str, str] | None, tuple[str, str] | None]) -> bool:
    """Whether two eselon grades (:func:`~asn_mutasi.domain.jabatan.eselon_grade`) name different eselons: both read,
    and their levels differ or both write a grade and the grades differ."""
    one, other = pair
    if one is None or other is None:
        return False
    return one[0] != other[0] or bool(one[1] and other[1] and one[1] != other[1])


def _split_name_cells(
    frame: pd.DataFrame,
    columns: dict[str, ColumnInfo],
    base: Location,
    findings: list[Finding],
    *,
    fields: Sequence[str],
    nip: bool,
) -> None:
    """The lines a name cell adds under the name: a birth line (a date of birth when the kind's ``fields`` have one),
    then a NIP line (``nip``: the NIP is taken from the name cell); the golongan a one-line "name / NIP / golongan"
    cell writes after the NIP is the ``golongan`` column when the table has none and the kind has one."""
    info = columns["nama"]
    _split_birth_from_names(frame, columns, info, base, findings, birth="tanggal_lahir" in fields)
    if not nip:
        return
    gol = "golongan" in fields and "golongan" not in columns
    after = [layout_tools.after_nip(v) for v in frame["nama"].tolist()] if gol else []
    _split_nip_from_names(frame, columns, info, base, findings)
    if any(a is not None for a in after):
        frame["golongan"] = pd.Series(after, index=frame.index, dtype=object)
        why = "golongan ditulis sesudah NIP dalam sel nama"
        columns["golongan"] = replace(info, field="golongan", how="sel-nama", reason=why)


def _split_birth_from_names(
    frame: pd.DataFrame,
    columns: dict[str, ColumnInfo],
    info: ColumnInfo,
    base: Location,
    findings: list[Finding],
    *,
    birth: bool,
) -> None:
    """A place-and-date-of-birth line under the name ("Semarang, 12-04-1968") leaves the name; its date becomes the
    ``tanggal_lahir`` column when the table has none and its kind has one (``birth``), with a finding either way."""
    written = frame["nama"].tolist()
    names, dates = layout_tools.split_birth_from_names(written)
    count = sum(1 for d in dates if d is not None)
    if not count:
        return
    first = next(i for i, d in enumerate(dates) if d is not None)
    # the line taken, as written: the finding's fixed example "Semarang, 12-04-1968" named a place a Baperjakat
    # draft's bare date under the NIP does not write (lang3, h32)
    kept = {ln.strip() for ln in str(names[first] or "").split("\n")}
    lines = (ln.strip() for ln in str(written[first]).split("\n")[1:])
    contoh = " ".join(ln for ln in lines if ln not in kept) or dates[first]  # (a place line over its date: both)
    frame["nama"] = pd.Series(names, index=frame.index, dtype=object)
    taken = birth and "tanggal_lahir" not in columns
    if taken:
        frame["tanggal_lahir"] = pd.Series(dates, index=frame.index, dtype=object)
        columns["tanggal_lahir"] = replace(
            info,
            field="tanggal_lahir",
            how="sel-nama",
            reason="tanggal lahir ditulis di bawah nama dalam sel yang sama",
        )
    loc = replace(base, column=info.letter, header=info.header)
    findings.append(
        make_finding(
            "ttl-dari-sel-nama",
            loc,
            jumlah=count,
            contoh=contoh,
            tanggal="; tanggalnya dipakai sebagai tanggal lahir" if taken else "",
        )
    )


def _split_nip_from_names(
    frame: pd.DataFrame, columns: dict[str, ColumnInfo], info: ColumnInfo, base: Location, findings: list[Finding]
) -> None:
    """The NIP written under the name in the same cell becomes the ``nip`` column (with a finding)."""
    names, nips = layout_tools.split_nip_from_names(frame["nama"].tolist())
    frame["nama"] = pd.Series(names, index=frame.index, dtype=object)
    frame["nip"] = pd.Series(nips, index=frame.index, dtype=object)
    columns["nip"] = replace(info, field="nip", how="sel-nama", reason="NIP ditulis di bawah nama dalam sel yang sama")
    loc = replace(base, column=info.letter, header=info.header)
    findings.append(make_finding("nip-dari-sel-nama", loc, jumlah=sum(1 for v in nips if v is not None)))


#: a row of a position tree that names a unit, not a post ("Sekretariat", "Subbagian Umum dan Kepegawaian")
@functools.cache
def _TREE_UNIT() -> re.Pattern[str]:
    return re.compile(
        r"^(?:DINAS|BADAN|SEKRETARIAT|BIDANG|BAGIAN|SUB\s*BAGIAN|SUBBAG|SEKSI|SUB\s*BIDANG|UPTD?|UNIT\s+PELAKSANA|"
        r"KECAMATAN|KELURAHAN|PUSKESMAS|INSPEKTORAT|BIRO|KANTOR|SATUAN|RSUD|RUMAH\s+SAKIT|CABANG|BALAI|LABORATORIUM|"
        r"INSTALASI|KELOMPOK\s+JABATAN|SD|SDN|SMP|SMPN|SMA|SMAN|SMK|SMKN|SLB|TK|MIN?|MTSN?|MAN|SEKOLAH)\b",
        re.I,
    )


#: a tree's unit row that is an OPD: the units under it, at its indentation or deeper, are that OPD's
@functools.cache
def _TREE_OPD() -> re.Pattern[str]:
    return re.compile(
        r"^(?:DINAS|BADAN|INSPEKTORAT|KECAMATAN|SATUAN|RSUD|RUMAH\s+SAKIT|KANTOR|SEKRETARIAT\s+(?:DAERAH|DPRD|DEWAN))\b",
        re.I,
    )


def _titled_unit(constants: dict[str, tuple[str, str]], kind: str) -> bool:
    """Whether a table's unit is only what its title names (the OPD: "DI LINGKUNGAN BADAN X", "KECAMATAN X"): unit
    headings below it are then still read, a roster's too ("KELURAHAN A" over its staff; real14, h32: every person
    was put in the title's unit and the headings skipped as section titles)."""
    return kind in ("jabatan", "pegawai") and constants.get("unit_kerja", ("", ""))[1].startswith("baris judul")


def _title_unit_as_opd(
    constants: dict[str, tuple[str, str]], tree: dict[int, str] | None, result: ColumnMapping
) -> None:
    """Under unit headings (:func:`_tree_units`) a title's unit is the OPD above them: ``perangkat_daerah``, each
    post's unit its heading ("SEKRETARIAT", "Subbagian Umum …"); the headings were read as posts (real12, h32)."""
    if tree is None or "unit_kerja" not in constants:
        return
    value, origin = constants.pop("unit_kerja")
    if "perangkat_daerah" not in result.columns and "perangkat_daerah" not in constants:
        constants["perangkat_daerah"] = (value, origin)


def _row_units(
    grid: _Grid, layout: HeaderLayout, result: ColumnMapping, kind: str, constants: dict[str, tuple[str, str]]
) -> tuple[dict[int, str] | None, str]:
    """:func:`_tree_units`, the title's unit moved to the OPD above the units it found (:func:`_title_unit_as_opd`)."""
    tree, code = _tree_units(grid, layout, result, kind, constants)
    _title_unit_as_opd(constants, tree, result)
    return tree, code


def _tree_units(
    grid: _Grid, layout: HeaderLayout, result: ColumnMapping, kind: str, constants: dict[str, tuple[str, str]]
) -> tuple[dict[int, str] | None, str]:
    """:func:`_unit_tree` of a position table, :func:`_unit_blocks` of a roster (or of a position table that is no
    tree), whose unit comes from no column or parameter (a position table's title may name its OPD above them),
    with the code of the finding that says so; else None."""
    blocks = "unit-dari-baris-judul"
    given = set(constants) - ({"unit_kerja"} if _titled_unit(constants, kind) else set())
    if "unit_kerja" in set(result.columns) | given or "unit_kerja" not in TABLE_KINDS[kind][1]:
        return None, blocks
    if kind == "pegawai":
        return _unit_blocks(grid.rows, layout.data_start, result.indices.get("nip")), blocks
    if kind != "jabatan" or "nama_jabatan" not in result.columns:
        return None, blocks
    # unit headings over their posts in a name block merged over several columns (Formulir 1: "DINAS PERTANIAN" |
    # "TIPE A", the posts below indented one column a unit level): the roster's unit blocks, read in the name block,
    # a heading holding no count; a tree indents with spaces in one column (its first column: the block's are empty)
    name = result.indices["nama_jabatan"]
    last = _merged_spans(layout, grid.merged).get(name, name)
    count = next((result.indices[f] for f in ("kebutuhan", "bezetting") if f in result.indices), None)
    headed = _unit_blocks(grid.rows, layout.data_start, count, within=(name, last)) if last > name else None
    tree = None if headed else _unit_tree(grid.rows, layout.data_start, name)
    if tree is not None:
        return tree, "unit-dari-pohon"
    return headed or _unit_blocks(grid.rows, layout.data_start, count, within=(name, name)), blocks


#: an enumerator before a block heading ("A. SEKRETARIAT", "II. UPTD WS. SADDANG", "1) UPTD …")
@functools.cache
def _ENUMERATOR() -> re.Pattern[str]:
    return re.compile(r"^(?:[A-Z]|[IVX]{1,5}|\d{1,2})[.)]\s+")


def _heading_unit(text: str) -> bool:
    """Whether a roster row's one text is a unit heading (:data:`_TREE_UNIT`). A short first word (an acronym: MAN,
    SD, TK, MIN) must be written in capitals: "Man Suparman" alone on a person's row is a name, not Madrasah Aliyah
    Negeri (hostile9 #3, h28)."""
    found = _TREE_UNIT().match(text)
    if found is None:
        return False
    word = found.group(0)
    return len(word) > 4 or word.isupper()


#: a word a unit heading may hold that no person's name does ("LABKESDA KABUPATEN", "PUSAT KESEHATAN MASYARAKAT
#: CIKALONG", "BAPPEDA", "SATPOL PP"): a heading after the first, outside :data:`_TREE_UNIT` (hostile9 #2, h28)
@functools.cache
def _BLOCK_UNIT_WORD() -> re.Pattern[str]:
    return re.compile(
        r"\b(?:KESEHATAN|MASYARAKAT|KABUPATEN|KOTA|DAERAH|PUSAT|PUSTU|PUSKESDES|POSKESDES|POLINDES|LABKESDA|KORWIL|"
        r"KOORDINATOR\s+WILAYAH|GUDANG|FARMASI|BAPPEDA|BAPPELITBANGDA|BAPENDA|BKPSDM|BKPSDMD|BKD|BPKAD|BPKPD|BPBD|"
        r"DISDIK|DISDIKBUD|DINKES|DINSOS|DISDUKCAPIL|DISHUB|DPMPTSP|SATPOL|KESBANGPOL|SETDA|SETWAN|DPRD|PENDIDIKAN|"
        r"KEBUDAYAAN|PERHUBUNGAN|KEPENDUDUKAN|PENCATATAN\s+SIPIL|PEMERINTAHAN|PERENCANAAN|KEUANGAN|PENDAPATAN|"
        r"KEPEGAWAIAN)\b",
        re.I,
    )


#: a row holding one text with such a word that is still no heading: a position written alone (a vacancy line), a
#: total ("JUMLAH PEGAWAI DINAS KESEHATAN")
@functools.cache
def _NOT_HEADING() -> re.Pattern[str]:
    return re.compile(
        r"\b(?:KEPALA|KASI|KASIE|KASUBAG|KASUBBAG|KABID|KABAG|SEKRETARIS|STAF|STAFF|PELAKSANA|ANALIS|PENGELOLA|PRANATA|"
        r"PENATA|PENGADMINISTRASI|PENYULUH|DOKTER|BIDAN|PERAWAT|GURU|LOWONG|KOSONG|JUMLAH|TOTAL|REKAPITULASI)\b",
        re.I,
    )


#: an enumerator alone in the NO column before a heading ("A" | "DINAS KESEHATAN", DUK printouts); no digits: a
#: person's row holds its number there
@functools.cache
def _LONE_ENUMERATOR() -> re.Pattern[str]:
    return re.compile(r"(?:[A-Z]|[IVX]{1,5})[.)]?")


#: a head count after a heading ("DINAS KESEHATAN" … "5 orang", or 5)
@functools.cache
def _HEAD_COUNT() -> re.Pattern[str]:
    return re.compile(r"\d{1,5}(?:\s*(?:orang|org|pegawai|asn|pns))?", re.I)


#: a block heading written with its label ("SKPD: Dinas Pendidikan", "UNIT KERJA : UPTD X", "Satuan Kerja: …"); the
#: text after the label is the unit (real11 #4, h29: the rows were skipped and the file left without a unit)
@functools.cache
def _UNIT_LABEL() -> re.Pattern[str]:
    return re.compile(
        r"^(?:NAMA\s+)?(?:SKPD|OPD|UNIT(?:\s+KERJA)?|UNIT\s+ORGANISASI|UNOR|SATUAN\s+KERJA|SATKER|PERANGKAT\s+DAERAH)"
        r"\s*:\s*(?P<value>.*?[^\W\d_].*?)\s*$",
        re.I,
    )


#: any other "label: text" row ("Sub Kegiatan: …", "Program: …", "Sumber Dana: APBD"): a section line, no unit and
#: no person (real11 #5, h29); the label is one to four words of letters
_LABELLED_LINE = re.compile(r"^[^\W\d_]+(?:[ .][^\W\d_]+){0,3}\s*:\s*[^\W_]")


def _labelled_cells(cells: list[object]) -> list[object]:
    """A unit label written in a cell of its own joined to its value: "SKPD" | ":" | "Dinas X" and "SKPD :" |
    "Dinas X" read as "SKPD : Dinas X"; other rows as they are."""
    texts = [v for v in cells if not (isinstance(v, str) and v.strip() == ":")]
    if len(texts) == 2 and all(isinstance(v, str) for v in texts):
        joined = f"{str(texts[0]).rstrip(' :')} : {str(texts[1]).lstrip(': ')}"
        if _UNIT_LABEL().match(" ".join(joined.split())) and ":" not in str(texts[0]).rstrip(" :"):
            return [joined]
    return cells


def _heading_text(cells: list[object]) -> str:
    """The one text of a row that may head a unit block ("" when none): "A. DINAS …" in one cell (or the cells of
    a merged row), also with its enumerator in a cell of its own before it ("A" | "DINAS KESEHATAN") or a head count
    after it ("5 orang", 5): those rows were persons without a NIP, and the file unplannable (hostile9 #2, h28)."""
    if len(cells) > 1 and isinstance(cells[0], str) and _LONE_ENUMERATOR().fullmatch(cells[0].strip()):
        cells = cells[1:]
    if not cells:  # an empty spacer row between blocks (real11 #1, h29: IndexError, exit 70)
        return ""
    count = cells[-1]
    if isinstance(count, float) and count.is_integer():
        count = int(count)
    if len(cells) == 2 and isinstance(cells[0], str) and _HEAD_COUNT().fullmatch(str(count).strip()):
        cells = cells[:1]
    texts = {" ".join(v.split()) for v in cells if isinstance(v, str)}
    if len(texts) == 1 and len(texts) == len(set(map(str, cells))):
        return _ENUMERATOR().sub("", next(iter(texts)))
    return ""


def _unit_blocks(
    rows: list[list[object]], start: int, nip: int | None, *, within: tuple[int, int] | None = None
) -> dict[int, str] | None:
    """A roster without a unit column written in unit blocks (a nominatif/DUK printout per OPD, a SIMPEG
    "DATA PEGAWAI" sheet): a row holding one text only, a unit name (:data:`_TREE_UNIT`, "UPTD WS. JENEBERANG"), in
    any column (under NAMA, or merged over the row) and no NIP, heads the people below it up to the next. Each row's
    unit by its 0-based row ("" for a heading: no person); None unless the first row is a heading with a person under
    it. The three UPTD headings were three persons without a NIP (galat) or skipped, and the file unplannable
    (real9, h28; the source app's seeder reads them the same way). ``within`` (first, last column): only those
    columns may hold the heading (a position table's name block, beside a heading's "TIPE A"); ``nip`` is then its
    count column, which a heading leaves empty."""
    units: dict[int, str] = {}
    roots: dict[int, str] = {}
    unit = opd = ""
    people = 0
    first, last = within or (0, None)
    for r in range(start, len(rows)):
        row = rows[r]
        part = row[first : None if last is None else last + 1]
        cells = [v for v in part if v is not None and not (isinstance(v, str) and not v.strip())]
        text = _heading_text(_labelled_cells(cells))
        labelled = _UNIT_LABEL().match(text)
        name = labelled.group("value") if labelled else text
        if labelled is None and _LABELLED_LINE.match(text) and not _heading_unit(text):
            continue  # "Sub Kegiatan: …": a section line, left to the section-row pass (real11 #5, h29)
        if (
            name
            and (
                labelled is not None
                or _heading_unit(name)
                or (unit and _BLOCK_UNIT_WORD().search(name) and not _NOT_HEADING().search(name))
            )
            and (nip is None or nip >= len(row) or row[nip] in (None, "", ":") or row[nip] in (name, text))
        ):
            unit, units[r] = name, ""
            opd = name if _TREE_OPD().match(name) else opd
        elif cells:
            if not unit:  # a person above any heading: no block layout (a signature's "DINAS …" is no heading)
                return None
            units[r], roots[r], people = unit, opd or unit, people + 1
    return _told_apart(units, roots) if people else None


def _told_apart(units: dict[int, str], roots: dict[int, str]) -> dict[int, str]:
    """``units`` (row → unit) where a unit name found under two OPDs (``roots``: row → its OPD) is told apart by its
    OPD: "Dinas A | Sekretariat", "Dinas B | Sekretariat" (one unit "SEKRETARIAT" of two OPDs' posts or people)."""
    under: dict[str, set[str]] = {}
    for r, root in roots.items():
        under.setdefault(units[r], set()).add(root)
    for r, root in roots.items():
        if len(under[units[r]]) > 1 and units[r] != root:
            units[r] = f"{root} | {units[r]}"
    return units


def _unit_tree(rows: list[list[object]], start: int, column: int) -> dict[int, str] | None:
    """A position table without a unit column that is a tree (a SIMPEG's bezetting export: unit rows carrying their
    subtree's totals, the posts under each indented two spaces a level): each post row's unit, by its 0-based row,
    as the nearest unit row above it indented no deeper (a unit row maps to "" : it is no post); a unit name found
    under two top-level units is told apart by its top one ("Dinas A | Sekretariat"). None when the column holds
    fewer than two unit rows or no post under one (real-files campaign, h25: the file was refused for its missing
    unit column, and with --unit-kerja gave 13 vacancies where it has 3)."""
    units: dict[int, str] = {}
    roots: dict[int, str] = {}
    stack: list[tuple[int, str]] = []
    found = posts = 0
    opd = ""
    for r in range(start, len(rows)):
        row = rows[r]
        value = row[column] if column < len(row) else None
        if not isinstance(value, str) or not value.strip():
            continue
        indent = len(value) - len(value.lstrip(" \u00a0\u3000"))
        name = " ".join(value.split())
        while stack and stack[-1][0] > indent:
            stack.pop()
        if _TREE_UNIT().match(name):
            while stack and stack[-1][0] >= indent:
                stack.pop()
            stack.append((indent, name))
            units[r], found = "", found + 1
            opd = name if _TREE_OPD().match(name) else opd  # (an OPD's own units may sit at its indentation)
            continue
        if stack:
            posts += 1
            units[r], roots[r] = stack[-1][1], opd or stack[0][1]
    if found < 2 or not posts:
        return None
    return _told_apart(units, roots)


def _said_nip_rows(
    nip_rows: list[int], result: ColumnMapping, base: Location, skipped: dict[str, Any], findings: list[Finding]
) -> None:
    """Count and say the NIP rows read under their names (``nip-dari-baris-bawah``)."""
    if nip_rows:
        skipped["baris_nip"] = len(nip_rows)
        col = result.columns["nama"]
        loc = replace(base, column=col.letter, header=col.header)
        findings.append(make_finding("nip-dari-baris-bawah", loc, jumlah=len(nip_rows)))


def _missing_for_planning(result: ColumnMapping, kind: str, present: set[str], base: Location) -> list[Finding]:
    """``kolom-tidak-ada`` for each roster column planning needs that the file lacks, with what planning then does."""
    return [
        make_finding(
            "kolom-tidak-ada",
            replace(base, field=name),
            saran=suggestion(likely_headers(result, kind, name)),
            akibat=_MISSING_FOR_PLANNING.get(name, _REFUSED),
        )
        for name in ROSTER_FOR_PLANNING
        if name not in present
    ]


#: what a planning command does without a roster column (``kolom-tidak-ada``): it refuses the file, but for the unit,
#: which it takes from each person's linked post (real13, h32; the message said every such file was refused)
_REFUSED = "perintah perencanaan akan menolak berkas ini"
_MISSING_FOR_PLANNING = {
    "unit_kerja": "perintah perencanaan memakai unit jabatan peta jabatan yang tertaut ke tiap pegawai, dan menolak "
    "berkas bila tidak satu pun tertaut"
}


def _continuation_rows(
    grid: _Grid, layout: HeaderLayout, result: ColumnMapping, kind: str, findings: list[Finding], where: Location
) -> list[int]:
    """A roster's rows under a person's merged NIP cell (a further course's row), blanked: see
    :func:`blank_continuation_rows`."""
    if kind != "pegawai" or "nip" not in result.indices or not grid.merged:
        return []
    return blank_continuation_rows(grid.rows, grid.merged, layout.data_start, result.indices["nip"], findings, where)


def _blank_tree_units(grid: _Grid, tree: dict[int, str] | None) -> list[int]:
    """Blank a tree's unit rows (no posts: their totals double the posts under them) and return them (0-based)."""
    rows = [r for r, u in (tree or {}).items() if not u]
    for r in rows:
        grid.rows[r] = [None] * len(grid.rows[r])
    return rows


def _add_tree_units(
    frame: pd.DataFrame,
    columns: dict[str, ColumnInfo],
    tree: dict[int, str] | None,
    where: Location,
    findings: list[Finding],
    code: str = "unit-dari-pohon",
) -> None:
    """The unit of each row from :func:`_unit_tree` or :func:`_unit_blocks` (rows by their sheet row number
    ``_baris``), said once at the name column with finding ``code``; nothing without a tree."""
    if not tree:
        return
    post = "nama_jabatan" in columns
    where = replace(
        where, column=columns["nama_jabatan" if post else "nama"].letter if post or "nama" in columns else ""
    )
    rows = frame[ROW].tolist() if ROW in frame.columns else []
    frame["unit_kerja"] = pd.Series([tree.get(int(r) - 1) for r in rows], index=frame.index, dtype=object)
    named = list(dict.fromkeys(u for u in tree.values() if u))
    what = "jabatan" if post else "pegawai"
    columns["unit_kerja"] = ColumnInfo(
        field="unit_kerja", letter=where.column or "", header=f"baris unit di atas {what}", how="judul",
        reason=f"unit dari {len(named)} baris unit di atas setiap {what}",
    )  # fmt: skip
    where = replace(where, field="unit_kerja")
    if code == "unit-dari-pohon":
        findings.append(make_finding(code, where, jumlah=len(named)))
    else:
        contoh = ", ".join(f"'{u}'" for u in named[:3])
        findings.append(make_finding(code, where, jumlah=len(named), contoh=contoh, apa=what))


#: the position table's one-of fields, as missing_required names them when neither is present
_NEED_FIELDS = " atau ".join(POSITION_ONE_OF)


def _seat_list(
    result: ColumnMapping, kind: str, missing: list[str], source: SourceInfo, samples: dict[int, list[object]]
) -> list[str]:
    """Refuse a table missing required fields, except a position table whose only gap is its need and that counts
    nobody either (no bezetting): a PPPK/CPNS formasi list written one row per seat ("rincian formasi": jabatan,
    unit penempatan, kualifikasi pendidikan, no count), whose need :func:`_count_seats` reads from its rows. Returns
    the fields such a list misses (to refuse it with later when no post repeats), else []. A table with a header
    that may well be its need ("KEBUTUHAN RIIL", "Kebutuhan Pegawai Hasil Anjab": :func:`likely_headers`) is no seat
    list: refused with that header offered, where its repeated lines were counted one seat each (review14, h34); so
    is one with a column of small whole numbers under a header no alias knows ("K", "KEB": :func:`_count_columns`),
    whose repeated lines (2 + 1 seats) were read as 2 seats (hostile15, h34)."""
    seats = kind == "jabatan" and missing == [_NEED_FIELDS] and "bezetting" not in result.columns
    counts = _count_columns(result, samples) if seats else []
    if (
        seats
        and not counts
        and not looks_like_other_kind(result, kind)
        and not likely_headers(result, kind, _NEED_FIELDS)
    ):
        return missing  # (a roster given as the table lists people, not seats)
    if missing:
        raise schema_error(result, kind, missing, _where(source), offered=counts)
    return []


#: the largest need one position line says: a column of whole numbers up to it may be the table's need
_COUNT_MAX = 999


def _count_columns(result: ColumnMapping, samples: dict[int, list[object]]) -> list[str]:
    """The headers of unmapped columns whose filled cells are all small whole numbers (a need headed "K", "KEB",
    "KEBUTUHAN (ORANG)"): not a row number ("NO", or 1, 2, 3 … down the rows), an id or a code by its header
    ("KODE FORMASI", "ID LOKASI") or its leading zeros ("01"), nor a column of 1 only (a seat list's own "one seat"
    mark, read the same either way)."""
    out = []
    for col in result.unmapped:
        cells = pd.Series(samples.get(col.index, []), dtype=object).dropna()
        text = cells.astype(str).str.strip()
        text = text[text != ""]
        if len(text) < 2 or names_no_count(col) or text.str.match(r"0\d").any():
            continue
        values = pd.to_numeric(text.str.replace(r"\.0+$", "", regex=True), errors="coerce")
        whole = values.notna().all() and (values == values.round()).all()
        if not whole or not values.between(0, _COUNT_MAX).all() or (values == 1).all():
            continue
        if (values.diff().iloc[1:] == 1).all():
            continue  # 1, 2, 3 …: the rows' numbers under an unknown header
        out.append(col.text)
    return out


def _count_seats(
    frame: pd.DataFrame,
    columns: dict[str, ColumnInfo],
    base: Location,
    findings: list[Finding],
    refusal: Callable[[], SchemaError],
) -> None:
    """Read a formasi list of one row per seat: kebutuhan 1 a row, summed per (jabatan, unit) as repeated position
    lines are (``jabatan-digabung``), with one finding saying so. A list where no (jabatan, unit) repeats is no seat
    list (a bare list of post names says no need): refused as before (real21, h34)."""
    keys = pd.DataFrame(
        {f: frame[f].astype("string").str.strip().str.casefold() for f in ("nama_jabatan", "unit_kerja")}
    )
    filled = keys.notna().all(axis=1)
    repeated = keys[filled].duplicated(keep=False)
    if not repeated.any():
        raise refusal()
    frame["kebutuhan"] = pd.Series([1] * len(frame), index=frame.index, dtype=object).where(filled, None)
    posts = int((~keys[filled].duplicated()).sum())
    reason = "satu baris per formasi: kebutuhan = jumlah baris per jabatan dan unit kerja"
    columns["kebutuhan"] = ColumnInfo(field="kebutuhan", letter="", header="(jumlah baris)", how="baris", reason=reason)
    totals = (format_number(int(filled.sum())), format_number(posts))
    findings.extend(_seats_per_post(frame[filled], keys[filled], replace(base, field="nama_jabatan"), columns, totals))


def _seats_per_post(
    frame: pd.DataFrame, keys: pd.DataFrame, base: Location, columns: dict[str, ColumnInfo], totals: tuple[str, str]
) -> list[Finding]:
    """One ``kebutuhan-dari-jumlah-baris`` per post of a seat list with more than one row (``keys``: each row's
    casefolded jabatan and unit), at its first row, with its seats and the list's ``totals`` (rows, posts); the rows
    of one post are not said one by one (``jabatan-digabung``: a line per further seat; link1, h34).
    :func:`_count_seats` refuses a list where no post repeats, so there is always one."""
    counts = keys.groupby(["nama_jabatan", "unit_kerja"], sort=False).size()
    at = keys.reset_index(drop=True).drop_duplicates()  # each post's first row, by position, in table order
    several = counts.to_numpy() > 1
    first = at.index.to_numpy()[several]
    info = columns.get("nama_jabatan")
    where = replace(base, column=info.letter if info else None, header=info.header if info else None)
    rows = frame[ROW].tolist() if ROW in frame.columns else [None] * len(frame)
    out = []
    for i, seats in zip(first.tolist(), counts.to_numpy()[several].tolist(), strict=True):
        name, unit = (str(frame[f].iat[i]).strip() for f in ("nama_jabatan", "unit_kerja"))
        row = int(rows[i]) if rows[i] is not None else None
        out.append(
            make_finding(
                "kebutuhan-dari-jumlah-baris",
                replace(where, row=row, value=name),
                nama_jabatan=name,
                unit_kerja=unit,
                jumlah=format_number(int(seats)),
                baris=totals[0],
                jabatan=totals[1],
            )
        )
    return out


def _add_constant_columns(
    frame: pd.DataFrame,
    columns: dict[str, ColumnInfo],
    constants: dict[str, tuple[str, str]],
    base: Location,
    findings: list[Finding],
) -> None:
    """Fields taken from a title row or a parameter: one value for every row (with a finding each)."""
    for name, (value, origin) in constants.items():
        frame[name] = pd.Series([value] * len(frame), index=frame.index, dtype=object)
        how = "parameter" if origin.startswith("parameter") else "judul"
        columns[name] = ColumnInfo(field=name, letter="", header=origin, how=how, reason=f"'{value}' dari {origin}")
        findings.append(make_finding("kolom-dari-judul", replace(base, field=name), value=value, asal=origin))


def _merged_spans(layout: HeaderLayout, merged: Sequence[tuple[tuple[int, int], tuple[int, int]]]) -> dict[int, int]:
    """Header cells merged across several empty columns: first column -> last column (a NAMA JABATAN block)."""
    spans: dict[int, int] = {}
    starts = {c.index for c in layout.columns}
    for (r0, c0), (r1, c1) in merged:
        inside = any(c.index in range(c0 + 1, c1 + 1) for c in layout.columns)
        if c1 > c0 and c0 in starts and not inside and any(r0 <= r <= r1 for r in layout.rows):
            spans[c0] = c1
    return spans


#: a cell holding only a list marker: in a merged block it marks the text beside it, which is the value
_LIST_MARKS = DASHES | frozenset({"\u2022", "\u00b7", "\u25cf", "\u25cb", "\u25aa", "\u25e6", "\u2023", "*"})


def _is_mark(value: object) -> bool:
    return isinstance(value, str) and value.strip() in _LIST_MARKS


def _block_value(cells: Sequence[object]) -> object:
    """A merged block's value in one row: its first filled cell, a list marker beside text skipped (see
    :func:`_merged_blocks`); the marker itself when the row holds nothing else."""
    filled = [v for v in cells if v is not None and v != ""]
    return next((v for v in filled if not _is_mark(v)), filled[0] if filled else None)


def _merged_blocks(grid: np.ndarray, spans: dict[int, int], at: dict[int, int]) -> None:
    """Put each merged block's value in its first column (a NAMA JABATAN or URAIAN TUGAS header merged over several
    columns): the leftmost filled cell of each row, but a list marker ("-", "•") beside text is no value. An ABK
    task sheet writes "-" | "Menyusun rencana kebutuhan pegawai" under one merged URAIAN TUGAS: every task was
    read as "-" (hostile3, h31). ``at``: each sheet column's place in ``grid``."""
    for first, last in spans.items():
        merged_block = np.full(len(grid), None, dtype=object)
        marks = np.full(len(grid), None, dtype=object)
        for j in range(last, first - 1, -1):  # right to left: the leftmost filled cell wins
            column = grid[:, at[j]]
            values = column.tolist()
            take = np.fromiter((v is not None and v != "" for v in values), dtype=bool, count=len(values))
            mark = take & np.fromiter((_is_mark(v) for v in values), dtype=bool, count=len(values))
            merged_block[take & ~mark] = column[take & ~mark]
            marks[mark] = column[mark]
        alone = np.fromiter((v is None for v in merged_block.tolist()), dtype=bool, count=len(grid))
        merged_block[alone] = marks[alone]  # a marker with no text beside it stays what it is
        grid[:, at[first]] = merged_block


def _samples(rows: list[list[object]], layout: HeaderLayout, spans: dict[int, int]) -> dict[int, list[object]]:
    """The first data cells of every labelled column (a merged block: its value, :func:`_block_value`)."""
    body = rows[layout.data_start : layout.data_start + SAMPLE_ROWS]
    widest = max(map(len, body), default=0)
    out: dict[int, list[object]] = {}
    for c in layout.columns:
        if c.index >= widest:  # a header wider than every row: 16,000 labels over 7 cells took 30 s (hostile30)
            out[c.index] = [None] * len(body)
            continue
        last = spans.get(c.index, c.index)
        column = [_block_value(r[c.index : last + 1]) for r in body]
        # judged as they will be read: an export that opens every cell with a zero-width mark (SIMPEGA's
        # REKAP_PEGAWAI, U+200C) holds NIPs, not "mostly no NIP" (h30/real)
        out[c.index] = [INVISIBLE.sub("", v) if v.__class__ is str and not v.isascii() else v for v in column]
    return out


def _frames(
    rows: list[list[object]],
    layout: HeaderLayout,
    indices: dict[str, int],
    kind: str,
    source: SourceInfo,
    findings: list[Finding],
    spans: dict[int, int] | None = None,
    joined: list[int] | None = None,
    blanked: list[int] | None = None,
    memo: ColumnMemo | None = None,
) -> tuple[pd.DataFrame, pd.DataFrame, dict[str, int]]:
    """Clean data cells (empty → None), drop empty rows, flag formula text; build both frames.

    Columnar: the body becomes one 2-D object array; each column is classified by one
    pass that only tells plain cells from cells needing a closer look (None, empty text,
    text opening with a space or a formula character), and only those few are looked at
    in Python. Masks, filtering and the frames are numpy/pandas operations. ``memo`` is told which fields'
    columns are their own stripped texts (:class:`~asn_mutasi.distinct.ColumnMemo`).
    """
    used = [c.index for c in layout.columns]
    spans = spans or {}
    width = max([*used, *spans.values()]) + 1 if used else 0
    body = rows[layout.data_start : layout.data_start + _filled_length(rows[layout.data_start :], width)]
    # only the table's columns become the grid: one stray header cell at XFD1 above a million sparse rows made it
    # a million × 16,384 grid (a MemoryError past 14 GB for a four-row file)
    needed = sorted({*used, *(j for first, last in spans.items() for j in range(first, last + 1))})
    at = {j: k for k, j in enumerate(needed)}
    grid = _object_grid(body, needed, width)
    _merged_blocks(grid, spans, at)
    labels = _unique_labels(layout)
    first_row = layout.data_start + 1
    cleaned: dict[str, np.ndarray] = {}
    blank: dict[str, np.ndarray] = {}
    invisible: list[tuple[Location, list[_Changed], int]] = []
    own_texts: set[str] = set()  # the labels of columns that are their own stripped texts
    for col, label in zip(layout.columns, labels, strict=True):
        values, is_blank, formulas, plain, own = _cleaned_column(grid[:, at[col.index]])
        where = Location(source.path, source.sheet, first_row, col.letter, col.text, _field_at(indices, col.index))
        # (first: a formula's value is quoted without its NUL, hostile6; an ASCII column free of control characters
        # has nothing to strip: no invisible character is ASCII)
        changed = [] if plain else _strip_column(values, is_blank)
        for k in formulas.tolist():
            findings.append(make_finding("sel-berisi-rumus", replace(where, row=first_row + k, value=str(values[k]))))
        invisible.append((where, changed, _text_cells(values) if changed else 0))  # (a count only a change reads)
        cleaned[label], blank[label] = values, is_blank
        if own and not changed:
            own_texts.add(label)
    findings.extend(_invisible_findings(invisible))
    del grid  # memory (issue 13): the cleaned columns are all that is kept
    n = len(body)
    filled = ~np.logical_and.reduce(list(blank.values())) if blank else np.zeros(n, dtype=bool)
    numbered = _numbered_blank_rows(cleaned, blank, labels, layout, indices, kind)
    filled &= ~numbered
    skipped, filled = _skip_non_data(cleaned, blank, labels, layout, indices, kind, source, findings, filled, first_row)
    last = int(np.flatnonzero(filled)[-1]) if filled.any() else -1
    left_out = skipped.get("_rows", set()) | _numbered_said(numbered, skipped, findings, source, first_row)
    if left_out:  # a merged cell of a row that is no data (a repeated header, a signature block) was filled for nothing
        findings[:] = [f for f in findings if not (f.code == "sel-gabung-diisi" and f.location.row in left_out)]
    # (an NIP row joined to its name, a tree's unit row: no gap)
    quiet = left_out | {r + 1 for r in joined or ()} | {r + 1 for r in blanked or ()}
    gaps = [first_row + int(g) for g in np.flatnonzero(~filled[: last + 1])]
    findings.extend(_blank_row_findings([r for r in gaps if r not in quiet] if quiet else gaps, source))
    skipped.pop("_rows", None)
    keep = np.flatnonzero(filled)
    if not len(keep):  # a template or an export of nobody: "0 baris" passed as a clean file
        findings.append(make_finding("tanpa-baris-data", Location(source.path, source.sheet, layout.data_start)))
    every = len(keep) == n
    series = {}
    for label in list(cleaned):  # pop while converting: one column at a time
        v = cleaned.pop(label)
        series[label] = pd.Series(v if every else v[keep], dtype=object, copy=False)
    original = pd.DataFrame(series, index=pd.RangeIndex(len(keep)), copy=False)
    del series
    label_of = {c.index: label for c, label in zip(layout.columns, labels, strict=True)}
    frame = _field_frame(original, keep + first_row, {n: label_of[i] for n, i in indices.items()}, kind)
    if memo is not None:  # (a rule of the validation then needs no second look at these texts)
        for name in frame.columns.intersection([n for n, i in indices.items() if label_of[i] in own_texts]):
            memo.note_own_texts(name, frame[name])
    return frame, original, {k: v for k, v in skipped.items() if isinstance(v, int)}


def _field_frame(original: pd.DataFrame, rows: np.ndarray, label_of: dict[str, str], kind: str) -> pd.DataFrame:
    """The table's frame: the sheet ``rows`` and each field of the kind, from its ``original`` column (``label_of``
    the field) or None throughout. No copy: each field's column stays a view of its original column (Copy-on-Write
    copies the one column a later step writes in place); consolidating them copied 100,000 × 30 scattered objects
    once more (speed20, h36)."""
    data: dict[str, object] = {ROW: pd.array(rows, dtype="int64")}
    for name in TABLE_KINDS[kind][1]:
        if name in label_of:
            data[name] = original[label_of[name]]
        else:
            data[name] = pd.Series([None] * len(rows), dtype=object)
    return pd.DataFrame(data, copy=False)


#: the last row of a worksheet (Excel's 1,048,576): the largest number a template may number a row with
_LAST_ROW = 1_048_576
#: a row number as a template pre-numbers its rows: 1 to :data:`_LAST_ROW` (as text, "12", "12.": up to seven digits) or as a number; the
#: 100,000th row of a template numbered to 100,000 was read as a person with four galat (99,999 was the limit; hostile19)
_ROW_NUMBER = re.compile(r"[1-9]\d{0,6}\.?")


def _numbered_blank_rows(
    cleaned: dict[str, np.ndarray],
    blank: dict[str, np.ndarray],
    labels: list[str],
    layout: HeaderLayout,
    indices: dict[str, int],
    kind: str,
) -> np.ndarray:
    """Rows of a roster or position table whose only filled cell is a row number in the table's first column, a
    column no field is read from: a template numbered ahead (NO 1 to 100, the last 60 rows empty). Each was read as
    a person or post without NIP, name or post, four galat a row and "dikecualikan" in every count (hostile17,
    h35); they are blank rows."""
    out = np.zeros(len(next(iter(blank.values()))) if blank else 0, dtype=bool)
    if kind not in KEY_FIELDS or len(labels) < 3 or layout.columns[0].index in indices.values():
        return out
    first = labels[0]
    lone = ~blank[first] & np.logical_and.reduce([blank[lb] for lb in labels[1:]])
    for k in np.flatnonzero(lone).tolist():  # (0.04 s for 100,000 numbered rows; hostile19, h35)
        v = cleaned[first][k]
        whole = isinstance(v, (int, float)) and not isinstance(v, bool) and float(v).is_integer() and 0 < v <= _LAST_ROW
        out[k] = whole or (isinstance(v, str) and _ROW_NUMBER.fullmatch(v.strip()) is not None)
    return out


def _numbered_said(
    numbered: np.ndarray, skipped: dict[str, Any], findings: list[Finding], source: SourceInfo, first_row: int
) -> set[int]:
    """Count the rows holding only a row number (:func:`_numbered_blank_rows`) in ``skipped`` and say them in one
    ``baris-bernomor-kosong``; their sheet row numbers, which then get no ``baris-kosong``. They were said as blank
    rows between data rows and not at all after the last, and counted nowhere: `periksa` gave 43 rows for a file of
    44 (hostile19, h35)."""
    if not numbered.any():
        return set()
    skipped["bernomor_kosong"] = int(numbered.sum())
    findings.append(_rows_finding("baris-bernomor-kosong", numbered, source, first_row))
    return set((first_row + np.flatnonzero(numbered)).tolist())


#: first characters of a text cell that may make it blank (whitespace) or formula-like
_LOOK_CLOSER = frozenset(_SPACES | FORMULA_START | {"'"})


def _filled_length(body: list[list[object]], width: int) -> int:
    """Rows of ``body`` up to the last with a cell in its first ``width`` columns (the table's); the rest are empty.

    A stray cell far below the table (one value at XFD1048576: a sparse sheet read row by row gives a
    million empty rows before it) would otherwise become a million-row grid (620 MB for a 200-row roster);
    empty rows after the last filled one are dropped later anyway, without a finding.
    """
    end = len(body)
    while end and not any(v is not None and v != "" for v in itertools.islice(body[end - 1], width)):
        end -= 1
    return end


def _object_grid(body: list[list[object]], needed: list[int], width: int) -> np.ndarray:
    """The body rows' ``needed`` columns (ascending, all below ``width``) as a rows × ``len(needed)`` object array
    (cells past a short row's end are None). Rows without cells (``[]``: a gap a far value left, read run by run,
    :func:`~asn_mutasi.io.split_read.read_runs`) are never visited when they are most: a million of them were walked
    once per column (hostile31, h38)."""
    n, k = len(body), len(needed)
    if not n or not k:
        return np.empty((n, k), dtype=object)
    lengths = np.fromiter(map(len, body), dtype=np.int64, count=n)
    if (lengths == width).all():  # calamine's rows: all as wide as the sheet; one C-level walk
        full = np.fromiter(itertools.chain.from_iterable(body), dtype=object, count=n * width).reshape(n, width)
        return full if k == width else full[:, needed]
    grid = np.empty((n, k), dtype=object)
    held = np.flatnonzero(lengths)
    if len(held) * 2 < n:
        grid[held] = _object_grid([body[i] for i in held.tolist()], needed, width)
        return grid
    if k == width:  # every column up to the table's last: rows cut or padded to it
        grid[:] = [
            r if len(r) == width else r[:width] if len(r) > width else [*r, *([None] * (width - len(r)))] for r in body
        ]
        return grid
    for pos, j in enumerate(needed):  # a few columns of wide or sparse rows: never the rows × width grid
        grid[:, pos] = [r[j] if len(r) > j else None for r in body]
    return grid


def _cleaned_column(column: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray, bool, bool]:
    """One column of cells: (values with blanks as None, blank mask, row indices of formula-like text, whether every
    text cell is known to be plain ASCII, without control characters: :func:`_kinds_and_edges` joined them, and then
    nothing is left for :func:`_strip_column`), and whether the values are their own stripped texts (every cell a
    text with no whitespace at either end, or None: :class:`~asn_mutasi.distinct.ColumnMemo`).

    Blank: None, empty text or text of whitespace only. One cheap pass (:func:`_kinds_and_edges`)
    sorts the cells into None, empty text, plain, and text opening with one of
    :data:`_LOOK_CLOSER`; only the last are looked at one by one. The apostrophe our CSV writers put
    before formula-like text ("'=HYPERLINK…", "'- catatan") is taken off again: it is Excel's text
    marker, not data (read back, it stuck to the value and was carried through every cycle).
    """
    if (column == None).all():  # noqa: E711 (elementwise) a column only its header fills: 16,000 of them (hostile30)
        return column.copy(), np.ones(len(column), dtype=bool), np.zeros(0, dtype=np.int64), True, True
    kinds, ascii_only, edged = _kinds_and_edges(column)
    is_blank = (kinds == _NONE) | (kinds == _EMPTY)
    formulas: list[int] = []
    marked: list[int] = []
    look = np.flatnonzero(kinds == _LOOK)
    if len(look):
        for k, v in zip(look.tolist(), column[look].tolist(), strict=True):
            if v[0] in _SPACES and v.isspace():
                is_blank[k] = True
            elif v[0] in FORMULA_START and is_formula_like(v):
                formulas.append(k)
            elif v[0] == "'" and is_formula_like(v[1:]):
                marked.append(k)
                formulas.append(k)
    out = column.copy()
    for k in marked:
        out[k] = out[k][1:]
    out[is_blank] = None
    own_texts = edged is not None and not marked and not (edged & ~is_blank).any()
    return out, is_blank, np.array(formulas, dtype=np.int64), ascii_only, own_texts


@functools.cache
def _BIDI() -> re.Pattern[str]:
    return re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


#: what :func:`_strip_invisible` took out of a cell: a zero-width mark or C1 control, or a C0 control (NUL, BEL …:
#: ``sel-karakter-kendali``; a CSV's NUL stayed in the name and unit it was read into, hostile6 h32)
_PLAIN_INVISIBLE, _C0 = "karakter kendali atau lebar-nol", "karakter kendali C0"


#: one cell :func:`_strip_invisible` changed: its row, what was taken out, and for a C0 control the cleaned value
#: with the removed characters named (:func:`_control_said`), else None
_Changed = tuple[int, str, str | None]


def _strip_invisible(values: np.ndarray, is_blank: np.ndarray | None = None) -> list[_Changed]:
    """Take the :data:`INVISIBLE` characters out of a column's text cells, in place; return (row, what, shown) of
    each cell changed. One search over the column's texts joined; cells are looked at only when it finds one.
    ``is_blank`` (the blank cells, None) lets a column of texts and blanks be joined without its blanks in one step."""
    texts = values.tolist()
    try:
        joined = "\n".join(texts)
    except TypeError:  # None or a number among them
        joined = _joined_texts(values, texts, is_blank)
    wide = not joined.isascii() and INVISIBLE.search(joined) is not None  # (isascii: O(1), CPython keeps its kind)
    if not wide and CONTROL_CHARS.search(joined) is None:
        return []
    changed: list[_Changed] = []
    for k, v in enumerate(texts):
        if v.__class__ is not str:
            continue
        control = CONTROL_CHARS.search(v) is not None
        if control or (wide and INVISIBLE.search(v)):
            what = "pengatur arah teks" if _BIDI().search(v) else _C0 if control else _PLAIN_INVISIBLE
            values[k] = drop_controls(INVISIBLE.sub("", v))
            changed.append((k, what, _control_said(v, values[k]) if control else None))
    return changed


def _control_said(raw: str, cleaned: str) -> str:
    """What a ``sel-karakter-kendali`` finding quotes: the cleaned value with the C0 controls taken out of ``raw``
    named by code point, never the raw control ("Andi Nul (karakter U+0000 dibuang)"); the finding showed nothing,
    so the analyst could not tell which text was touched (hostile9, h32)."""
    codes = ", ".join(f"U+{ord(c):04X}" for c in sorted(set(CONTROL_CHARS.findall(raw))))
    return f"{cleaned.strip()} (karakter {codes} dibuang)".lstrip()


def _joined_texts(values: np.ndarray, texts: list[object], is_blank: np.ndarray | None) -> str:
    """The text cells of a column joined by newlines (what is searched for invisible characters): the non-blank
    cells at once when they are all text, else each cell's type looked at."""
    if is_blank is not None and is_blank.any():
        try:
            return "\n".join(values[~is_blank].tolist())
        except TypeError:  # a number or a date among the filled cells
            pass
    return "\n".join(v for v in texts if v.__class__ is str)


def _strip_column(values: np.ndarray, is_blank: np.ndarray) -> list[_Changed]:
    """:func:`_strip_invisible`, and a cell of nothing but invisible characters made blank."""
    changed = _strip_invisible(values, is_blank)
    for k, _, _ in changed:
        if not values[k].strip():
            values[k], is_blank[k] = None, True
    return changed


def _text_cells(values: np.ndarray) -> int:
    """How many cells of a column are text (one Python step per cell: asked only of a column with a changed cell)."""
    return sum(v.__class__ is str for v in values.tolist())


def _invisible_findings(columns: list[tuple[Location, list[_Changed], int]]) -> list[Finding]:
    """What :func:`_strip_column` took out, per column (where: its first data row; changed cells; text cells, 0 in a
    column where none changed).

    Said per cell, unless the sheet carries an export's marker: every text cell of a column holding a zero-width
    mark or control (SIMPEGA's REKAP_PEGAWAI opens every value with U+200C, h30/real), in at least one column of
    more than one cell. Then each such column is named once (``kolom-karakter-tak-terlihat``, 2,400 people × 18
    columns are no 43,200 warnings); a bidi override, or a cell that stands out in its column, is still named."""
    plain = _PLAIN_INVISIBLE

    def marked(changed: list[_Changed], texts: int) -> bool:
        return bool(changed) and len(changed) == texts and all(j == plain for _, j, _ in changed)

    marker = any(marked(changed, texts) and texts > 1 for _, changed, texts in columns)
    out: list[Finding] = []
    for where, changed, texts in columns:
        first = where.row or 0
        if marker and marked(changed, texts):
            out.append(make_finding("kolom-karakter-tak-terlihat", where, jumlah=len(changed), jenis=plain))
        else:
            out += [
                make_finding("sel-karakter-kendali", replace(where, row=first + k, value=shown))
                if j == _C0
                else make_finding("sel-karakter-tak-terlihat", replace(where, row=first + k), jenis=j)
                for k, j, shown in changed
            ]
    return out


#: kinds of cell told apart by :func:`_kinds_and_edges`
_PLAIN, _NONE, _LOOK, _EMPTY = 0, 1, 2, 3
#: the code points of :data:`_LOOK_CLOSER`
_LOOK_CODES = np.array(sorted(ord(c) for c in _LOOK_CLOSER), dtype=np.uint32)


def _kinds_and_edges(column: np.ndarray) -> tuple[np.ndarray, bool, np.ndarray | None]:
    """The kind of every cell: None, empty text, text opening with a :data:`_LOOK_CLOSER` character, or plain;
    whether every text cell is ASCII (False: not known); and where a text cell opens or ends with whitespace or is
    empty (None: not known, a cell that is neither text nor None, or a block looked at one cell at a time): the
    validation's stripped texts.

    A block of nothing but text (most of a roster) is classified by its first characters,
    read with numpy from the texts joined (:func:`text_edges`; joining refuses anything
    but text, so no separate type check); other blocks by one Python pass.
    """
    n = len(column)
    kinds = np.zeros(n, dtype=np.int8)
    edged: np.ndarray | None = np.zeros(n, dtype=bool)
    ascii_only = True
    for lo in range(0, n, TEXT_EDGES_BLOCK):
        block = column[lo : lo + TEXT_EDGES_BLOCK].tolist()
        try:
            edges, ascii_block = text_edges_ascii(block)
        except TypeError:  # a cell that is no text: None, a number, a date
            kinds[lo : lo + len(block)], ascii_block, at, edges = _mixed_kinds(
                column[lo : lo + TEXT_EDGES_BLOCK], block
            )
            ascii_only &= ascii_block
            if edged is not None and at is not None and edges is not None:
                edged[lo + at] = stripped_edges(edges)
            else:
                edged = None
            continue
        ascii_only &= ascii_block
        if edges is None:
            kinds[lo : lo + len(block)], edged = _slow_kinds(block), None
            continue
        codes = edges[0]
        part = kinds[lo : lo + len(block)]
        part[np.isin(codes, _LOOK_CODES)] = _LOOK
        part[codes == 0] = _EMPTY
        if edged is not None:
            edged[lo : lo + len(block)] = stripped_edges(edges)
    return kinds, ascii_only, edged


#: ``infer_dtype`` kinds of a block without text (None aside): every other cell is plain
_NO_TEXT = frozenset(
    {"empty", "floating", "integer", "mixed-integer-float", "boolean", "decimal", "complex", "datetime", "datetime64",
     "date", "time", "timedelta", "timedelta64", "period", "interval"}
)  # fmt: skip


def _mixed_kinds(
    cells: np.ndarray, block: list[object]
) -> tuple[np.ndarray, bool, np.ndarray | None, tuple[np.ndarray, np.ndarray] | None]:
    """:func:`_kinds_and_edges` of a block that holds something besides text: None found with numpy; and, for a block of
    text and None only, where its texts are and their edges (None, None for any other block).

    A block of None and non-text (dates, numbers) needs no look at a cell; a block of None
    and text has its texts' first characters read as a text-only block's are; anything
    else goes one cell at a time.
    """
    none = cells == None  # noqa: E711 (elementwise)
    found = lib.infer_dtype(cells, skipna=True)
    if found in _NO_TEXT:  # (no text at all: nothing that is not ASCII)
        kinds = np.where(none, _NONE, _PLAIN).astype(np.int8)
        if none.all():
            return kinds, True, np.zeros(0, dtype=np.intp), (np.zeros(0, np.uint32), np.zeros(0, np.uint32))
        return kinds, True, None, None
    if found == "string":  # text and None (or NaN: then the join below refuses, and the slow way decides)
        at = np.flatnonzero(~none)
        try:
            edges, ascii_only = text_edges_ascii(cells[at].tolist())
        except TypeError:
            edges = None
        if edges is not None:
            kinds = np.full(len(cells), _NONE, dtype=np.int8)
            part = np.zeros(len(at), dtype=np.int8)
            part[np.isin(edges[0], _LOOK_CODES)] = _LOOK
            part[edges[0] == 0] = _EMPTY
            kinds[at] = part
            return kinds, ascii_only, at, edges
    return _slow_kinds(block), False, None, None


def _slow_kinds(values: list[object]) -> np.ndarray:
    """:func:`_kinds_and_edges` one cell at a time (the readers give plain str, never a subclass)."""
    return np.array(
        [
            _NONE
            if v is None
            else (_EMPTY if not v else _LOOK if v[0] in _LOOK_CLOSER else _PLAIN)
            if v.__class__ is str
            else _PLAIN
            for v in values
        ],
        dtype=np.int8,
    )


def _summary_rows(
    cleaned: dict[str, np.ndarray], blank: dict[str, np.ndarray], labels: list[str], key_labels: list[str], n: int
) -> np.ndarray:
    """Total rows: the first text of the leading columns opens with JUMLAH/TOTAL (:func:`sheet_layout.summary_rows`),
    or, in a row with every key field blank, the first text anywhere does. An ExcelJS export writes its "TOTAL" in the
    column left of the sum it labels (rumahASN's "REKAP SEMUA USULAN KEBUTUHAN FORMASI": "TOTAL" under UNIT KERJA, the
    sum under ALOKASI), past the four leading columns: the row was a post with no name (real4, h31)."""
    summary = layout_tools.summary_rows([cleaned[label] for label in labels[:4]], n)
    if not key_labels:
        return summary
    keyless = np.logical_and.reduce([blank[lb] for lb in key_labels]) & ~summary
    if keyless.any():
        at = np.flatnonzero(keyless)
        summary[at[layout_tools.summary_rows([cleaned[label][at] for label in labels], len(at))]] = True
        summary |= _counts_under_summary(cleaned, blank, labels, keyless & ~summary, summary)
    return summary


#: a count as a subtotal writes it: "10", "10 orang", "12 org." (no date, no NIP: five digits at most)
@functools.cache
def _COUNT_CELL() -> re.Pattern[str]:
    return re.compile(rf"^\s*\d{{1,5}}(?:[.,]\d+)?\s*{COUNT_UNITS}?\.?\s*$", re.I)


def _counts_under_summary(
    cleaned: dict[str, np.ndarray],
    blank: dict[str, np.ndarray],
    labels: list[str],
    keyless: np.ndarray,
    summary: np.ndarray,
) -> np.ndarray:
    """Rows right under a total row (or under such a row) with every key field blank and every filled cell a count
    ("10 orang"): the total's second line, not a person. A "SUB TOTAL" row over its count row read the count row as a
    person with an error per key column (hostile7, h32)."""
    out = np.zeros(len(summary), dtype=bool)
    for k in np.flatnonzero(keyless[1:] & summary[:-1]).tolist():
        row = k + 1
        while row < len(summary) and keyless[row]:
            cells = [cleaned[lb][row] for lb in labels if not blank[lb][row]]
            if not cells or not all(_COUNT_CELL().match(cell_text(v)) for v in cells):
                break
            out[row] = True
            row += 1
    return out


def _skip_non_data(
    cleaned: dict[str, np.ndarray],
    blank: dict[str, np.ndarray],
    labels: list[str],
    layout: HeaderLayout,
    indices: dict[str, int],
    kind: str,
    source: SourceInfo,
    findings: list[Finding],
    filled: np.ndarray,
    first_row: int,
) -> tuple[dict[str, Any], np.ndarray]:
    """Drop total/average rows and the block under the last data row (signature, notes), counting them."""
    n = len(filled)
    if kind not in KEY_FIELDS:  # ABK task sheets keep their JUMLAH/WKE rows: workload.tasksheet reads them
        return {"_rows": set()}, filled
    repeated = _repeated_headers(cleaned, blank, labels, layout, filled)  # a printed report's header per page
    label_of = {c.index: label for c, label in zip(layout.columns, labels, strict=True)}
    key_labels = [label_of[indices[f]] for f in KEY_FIELDS.get(kind, ()) if f in indices]
    summary = _summary_rows(cleaned, blank, labels, key_labels, n)
    tail = _tables_after_closing(cleaned, blank, labels, filled, summary, repeated) if summary.any() else None
    if tail is not None:  # the rows after the table's first total row are no part of it (their totals neither)
        summary &= np.arange(n) <= int(np.flatnonzero(summary)[0])
    for k in np.flatnonzero(summary):
        text = next(
            (" ".join(v.split()) for label in labels if isinstance(v := cleaned[label][k], str) and v.strip()), ""
        )
        loc = Location(source.path, source.sheet, first_row + int(k), value=text[:60])
        findings.append(make_finding("baris-ringkasan-dilewati", loc))
    keyed = filled & ~summary
    if key_labels:
        keyed &= ~np.logical_and.reduce([blank[lb] for lb in key_labels])
        keyed &= _before_signature(cleaned, blank, labels, keyed, named="nama" in indices, key_labels=key_labels)
        keyed &= _before_notes(cleaned, blank, labels, summary, [label_of[indices[f]] for f in _COUNTS if f in indices])
    last_key = int(np.flatnonzero(keyed)[-1]) if keyed.any() else -1
    trailing = filled & ~summary & (np.arange(n) > last_key) if key_labels else np.zeros(n, dtype=bool)
    # only a block that reads as a closing (after a total row, or a place-and-date / NIP / office line)
    # is skipped; an incomplete data row at the end stays a data row and is reported as such
    after_summary = summary.any() and int(np.flatnonzero(summary)[0]) <= last_key + 1
    closing = [
        k
        for k in np.flatnonzero(trailing)
        if after_summary or any(isinstance(v := cleaned[lb][k], str) and _CLOSING().match(v) for lb in labels)
    ]
    if closing:
        trailing &= np.arange(n) >= closing[0]
    else:
        trailing[:] = False
    if tail is not None:
        trailing, other = tail
        if other >= 0:
            loc = Location(source.path, source.sheet, first_row + other)
            findings.append(make_finding("tabel-lain-diabaikan", loc, jumlah=int(trailing[other:].sum())))
    elif summary.any() and not trailing.any():
        trailing = _lone_cells_after_summary(blank, labels, filled, summary)
    trailing |= _recap_lines(cleaned, blank, labels, filled, summary, _recap_held(kind, indices, label_of))
    skipped: dict[str, Any] = {}
    repeated &= ~trailing & ~summary  # the header of a report stacked below the table is that report's
    rest = filled & ~summary & ~trailing & ~repeated
    grouping = _appraisers((cleaned, blank, labels, layout), kind, repeated, rest, source, first_row)
    for mask, _ in grouping.values():  # (the appraisers' rows are no section heading nor vacant seat)
        rest &= ~mask
    grouping |= _grouping_rows((cleaned, blank, labels, label_of), indices, kind, rest, source, first_row)
    if repeated.any():
        findings.append(_rows_finding("baris-judul-berulang", repeated, source, first_row))
        skipped["judul_berulang"] = int(repeated.sum())
    for key, (mask, said) in grouping.items():
        findings.append(said)
        skipped[key] = int(mask.sum())
        repeated |= mask  # left out as a repeated header is: no data, no gap, its merged cells not "filled"
    if summary.any():
        skipped["ringkasan"] = int(summary.sum())
    if trailing.any():
        skipped["penutup"] = int(trailing.sum())
        start = first_row + int(np.flatnonzero(trailing)[0])
        loc = Location(source.path, source.sheet, start)
        findings.append(make_finding("baris-penutup-dilewati", loc, jumlah=int(trailing.sum()), mulai=start))
    skipped["_rows"] = {first_row + int(k) for k in np.flatnonzero(summary | trailing | repeated)}
    return skipped, filled & ~summary & ~trailing & ~repeated


#: what a seat report writes for a seat nobody holds ("FORMASI TERSEDIA/KOSONG", "LOWONG", "BELUM TERISI")
@functools.cache
def _VACANT() -> re.Pattern[str]:
    return re.compile(r"\b(?:KOSONG|LOWONG|FORMASI\s+TERSEDIA|BELUM\s+TERISI|VACANT)\b", re.I)


_NO_ONE = frozenset({"", "-", "–", "—", "--", "0"})


def _vacant_seats(
    cleaned: dict[str, np.ndarray],
    labels: list[str],
    label_of: dict[int, str],
    indices: dict[str, int],
    kind: str,
    candidates: np.ndarray,
) -> np.ndarray:
    """A roster's rows for a seat nobody holds (an Anjab seat report: "Analis Kelembagaan | - | - | - | FORMASI
    TERSEDIA/KOSONG"): NIP and name are "-" or blank and a cell says the seat is vacant. They were read as people
    with an invalid NIP (real-files campaign, h25); the position table gives the seat, the roster no holder."""
    n = len(candidates)
    out = np.zeros(n, dtype=bool)
    nip, nama = (label_of.get(indices[f], "") if f in indices else "" for f in ("nip", "nama"))
    if kind != "pegawai" or not nip or not nama or not candidates.any():
        return out
    for k in np.flatnonzero(candidates & ~_opens_with_a_name(cleaned[nip])).tolist():
        who = cell_text(cleaned[nama][k])
        if cell_text(cleaned[nip][k]) in _NO_ONE and (who in _NO_ONE or _VACANT().search(who) is not None):
            out[k] = any(isinstance(v := cleaned[lb][k], str) and _VACANT().search(v) is not None for lb in labels)
    return out


#: code points of an ASCII letter and of a digit 1-9: a text opening with one is none of :data:`_NO_ONE`
_NAME_OPENERS = np.array(sorted(ord(c) for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz123456789"))


def _opens_with_a_name(values: np.ndarray) -> np.ndarray:
    """Per cell: text whose first character is an ASCII letter or a digit 1-9, so that its :func:`cell_text`, which
    keeps that character first, is none of :data:`_NO_ONE` (an NIP, a name). Read with numpy from the texts joined
    (:func:`text_edges`), a block at a time; False (look at the cell) for None, a number, or a block numpy cannot
    read: :func:`_vacant_seats` looks at the rest only, not at 100,000 NIPs one by one."""
    out = np.zeros(len(values), dtype=bool)
    for lo in range(0, len(values), TEXT_EDGES_BLOCK):
        cells = values[lo : lo + TEXT_EDGES_BLOCK]
        at = np.flatnonzero(cells != None)  # noqa: E711 (elementwise)
        try:
            edges = text_edges(cells[at].tolist())
        except TypeError:  # a number or a date among them
            continue
        if edges is not None:
            out[lo + at] = np.isin(edges[0], _NAME_OPENERS)
    return out


#: a section heading's text: a letter somewhere, and no NIP or other long number
@functools.cache
def _HEADING_TEXT() -> re.Pattern[str]:
    return re.compile(r"[^\W\d_]")


def _grouping_rows(
    table: tuple[dict[str, np.ndarray], dict[str, np.ndarray], list[str], dict[int, str]],
    indices: dict[str, int],
    kind: str,
    rest: np.ndarray,
    source: SourceInfo,
    first_row: int,
) -> dict[str, tuple[np.ndarray, Finding]]:
    """A roster's rows that only group or stand for others, each kind with its finding: section headings
    ("judul_bagian"), the appraisers under an appraisal form's role heading ("penilai_bagian") and vacant seats
    ("kursi_kosong"); kinds with no row are left out."""
    cleaned, blank, labels, label_of = table
    sections = _section_rows(cleaned, blank, labels, indices, kind, rest)
    headings = _position_headings(cleaned, blank, labels, label_of, indices, kind, rest)
    roles, titles = _role_sections(cleaned, blank, labels, sections, rest & ~sections)
    vacant = _vacant_seats(cleaned, labels, label_of, indices, kind, rest & ~sections & ~roles)
    holders = _holder_rows(blank, labels, label_of, indices, kind, (rest & ~sections & ~headings, sections | headings))
    out: dict[str, tuple[np.ndarray, Finding]] = {}
    if holders.any():
        out["pemangku_lanjutan"] = (holders, _rows_finding("jabatan-baris-pemangku", holders, source, first_row))
    if sections.any():
        out["judul_bagian"] = (sections, _sections_finding((cleaned, blank, labels), sections, source, first_row))
    if headings.any():
        said = _sections_finding((cleaned, blank, labels), headings, source, first_row, "jabatan-baris-judul-bagian")
        out["judul_bagian"] = (headings, said)
    if roles.any():
        out["penilai_bagian"] = (roles, _rows_finding("pegawai-berisi-penilai", roles, source, first_row, judul=titles))
    if vacant.any():
        out["kursi_kosong"] = (vacant, _vacant_finding(vacant, source, first_row))
    return out


#: a position table's group heading written where a post's name is: the jenis of the posts below it ("STRUKTURAL",
#: "FUNGSIONAL", "PELAKSANA", "JABATAN FUNGSIONAL TERTENTU", "JABATAN PIMPINAN TINGGI PRATAMA"), with an enumerator
#: or not ("A. STRUKTURAL")
@functools.cache
def _JENIS_HEADING() -> re.Pattern[str]:
    return re.compile(
        r"^(?:(?:[A-Z]|[IVX]{1,5}|\d{1,2})[.)]\s*)?(?:KELOMPOK\s+)?(?:JABATAN\s+)?(?:STRUKTURAL|FUNGSIONAL(?:\s+(?:TERTENTU|UMUM))?|"
        r"PELAKSANA|PIMPINAN\s+TINGGI(?:\s+(?:UTAMA|MADYA|PRATAMA))?|ADMINISTRATOR|PENGAWAS|JPT(?:\s+(?:UTAMA|MADYA|PRATAMA))?|"
        r"JFT|JFU|MANAJERIAL|NON\s+MANAJERIAL)$",
        re.I,
    )


def _position_headings(
    cleaned: dict[str, np.ndarray],
    blank: dict[str, np.ndarray],
    labels: list[str],
    label_of: dict[int, str],
    indices: dict[str, int],
    kind: str,
    candidates: np.ndarray,
) -> np.ndarray:
    """A position table's group headings (a Kemnaker balai's peta jabatan: "STRUKTURAL", "FUNGSIONAL", "PELAKSANA"
    over their posts, in the NO column merged across the row, or alone in the name column): rows whose only filled
    cell is a text in the table's first column when that column is no post name, or a jenis word
    (:data:`_JENIS_HEADING`) in the name column. They were posts without a name (galat) or posts "STRUKTURAL" without
    ABK (real17, h33)."""
    out = np.zeros(len(candidates), dtype=bool)
    name = label_of.get(indices.get("nama_jabatan", -1))
    if kind != "jabatan" or name is None or len(labels) < 3 or not candidates.any():
        return out
    filled = np.sum([~blank[lb] for lb in labels], axis=0)
    lone = candidates & (filled == 1)
    first = labels[0]
    for lb in (first, name) if first != name else (name,):
        for k in np.flatnonzero(lone & ~blank[lb]).tolist():
            v = cleaned[lb][k]
            text = " ".join(v.split()) if isinstance(v, str) else ""
            heading = _HEADING_TEXT().search(text) is not None and _LONG_NUMBER().match(text) is None
            out[k] = heading and (lb != name or _JENIS_HEADING().match(text) is not None)
    return out


def _holder_rows(
    blank: dict[str, np.ndarray],
    labels: list[str],
    label_of: dict[int, str],
    indices: dict[str, int],
    kind: str,
    rows: tuple[np.ndarray, np.ndarray],
) -> np.ndarray:
    """A position table's rows for a post's further holders (a Kemnaker balai's older peta jabatan export without
    merged cells: the post's row, then a row per further holder with only the holder's NIP, name, golongan): among
    the ``rows`` candidates, every mapped column and the first column blank, under a post (the nearest row above
    that is a post or one of the ``rows`` headings is a post). They were posts without a name, a galat each
    (real18, h33); a row with a number, a kelas or any other mapped cell of its own stays a post."""
    candidates, headings = rows
    name = label_of.get(indices.get("nama_jabatan", -1))
    if kind != "jabatan" or name is None or not candidates.any():
        return np.zeros(len(candidates), dtype=bool)
    mapped = {label_of[i] for i in indices.values() if i in label_of} | {labels[0]}
    empty = np.logical_and.reduce([blank[lb] for lb in mapped])
    posts = candidates & ~blank[name]
    at = np.maximum.accumulate(np.where(posts | headings, np.arange(len(candidates)), -1))
    return candidates & empty & (at >= 0) & posts[np.maximum(at, 0)]


#: a section heading that is only another person's role in an appraisal form ("PEJABAT PENILAI", "ATASAN PEJABAT
#: PENILAI", "Atasan Langsung:"), not a unit's name ("Tim Penilai Angka Kredit" is one)
@functools.cache
def _ROLE_HEADING() -> re.Pattern[str]:
    return re.compile(
        r"(?:\d+\.?\s*|[A-Z]\.\s*)?(?:NAMA\s+)?(?:(?:ATASAN\s+)?PEJABAT\s+PENILAI(?:\s+KINERJA)?|PENILAI|"
        r"ATASAN(?:\s+LANGSUNG)?)\s*:?",
        re.I,
    )


def _role_sections(
    cleaned: dict[str, np.ndarray],
    blank: dict[str, np.ndarray],
    labels: list[str],
    sections: np.ndarray,
    rest: np.ndarray,
) -> tuple[np.ndarray, str]:
    """The rows under a section heading that is only an appraiser's role ("PEJABAT PENILAI") up to the next heading:
    an appraisal form given as the roster writes the appraiser there (real15, h32). Returns the mask and the
    headings read, quoted."""
    out = np.zeros(len(rest), dtype=bool)
    starts = np.flatnonzero(sections)
    titles: list[str] = []
    for k in starts.tolist():
        text = " ".join(str(next((cleaned[lb][k] for lb in labels if not blank[lb][k]), "")).split())
        if not _ROLE_HEADING().fullmatch(text):
            continue
        after = starts[starts > k]
        block = (np.arange(len(rest)) > k) & (np.arange(len(rest)) < (int(after[0]) if len(after) else len(rest)))
        if (block & rest).any():
            out |= block & rest
            titles.append(text)
    return out, _quoted(titles)


def _quoted(titles: list[str]) -> str:
    """The distinct titles quoted, the last joined by "dan"."""
    said = [f"'{t}'" for t in dict.fromkeys(titles)]
    return " dan ".join([", ".join(said[:-1]), said[-1]] if len(said) > 1 else said)


def _vacant_finding(vacant: np.ndarray, source: SourceInfo, first_row: int) -> Finding:
    at = np.flatnonzero(vacant)
    contoh = ", ".join(str(first_row + int(k)) for k in at[:5]) + (" …" if len(at) > 5 else "")
    loc = Location(source.path, source.sheet, first_row + int(at[0]))
    return make_finding("baris-kursi-kosong", loc, jumlah=len(at), contoh=contoh)


def _sections_finding(
    table: tuple[dict[str, np.ndarray], dict[str, np.ndarray], list[str]],
    sections: np.ndarray,
    source: SourceInfo,
    first_row: int,
    code: str = "baris-judul-bagian",
) -> Finding:
    """One ``code`` finding for all section headings (a roster's ``baris-judul-bagian``, a position table's
    ``jabatan-baris-judul-bagian``): their count, the first three rows and their texts."""
    cleaned, blank, labels = table
    at = np.flatnonzero(sections)
    texts = [next((cleaned[lb][k] for lb in labels if not blank[lb][k]), "") for k in at[:3]]
    shown = [f"{first_row + int(k)} '{' '.join(str(t).split())[:40]}'" for k, t in zip(at[:3], texts, strict=True)]
    contoh = ", ".join(shown) + (" …" if len(at) > 3 else "")
    loc = Location(source.path, source.sheet, first_row + int(at[0]))
    return make_finding(code, loc, jumlah=len(at), contoh=contoh)


def _section_rows(
    cleaned: dict[str, np.ndarray],
    blank: dict[str, np.ndarray],
    labels: list[str],
    indices: dict[str, int],
    kind: str,
    candidates: np.ndarray,
) -> np.ndarray:
    """A roster's section headings ("SEKRETARIAT", "BIDANG SMP", often merged across the row): rows whose only
    filled cell is a text in the table's first column, when that column holds no name, NIP or other key field
    (it is the "NO" column, or unmapped). Such a row names the group of the rows under it; it is no person.

    A row with only a name, or only an NIP, stays a data row (reported as incomplete): it may be a person. A row
    whose one text is a "label: text" line (:data:`_LABELLED_LINE`) in any column is a section line too: "Sub
    Kegiatan: …" written in the NIP column (merged B:H) was a person with three errors (real11 #5, h29).
    """
    out = np.zeros(len(candidates), dtype=bool)
    if kind != "pegawai" or not candidates.any():
        return out
    out |= _labelled_lines(cleaned, blank, labels, candidates)
    if len(labels) < 3 or 0 in {indices.get(f) for f in (*KEY_FIELDS.get(kind, ()), "nama")}:
        return out
    first = labels[0]
    others = np.logical_and.reduce([blank[lb] for lb in labels[1:]])
    lone = candidates & others & ~blank[first] & ~out
    for k in np.flatnonzero(lone).tolist():
        v = cleaned[first][k]
        out[k] = isinstance(v, str) and bool(_HEADING_TEXT().search(v)) and not _LONG_NUMBER().match(v.strip())
    return out


#: a run of eight digits or more (an NIP, a date): a "label: text" line holding one is a person's data, no section
_DIGIT_RUN = r"\d(?:[\s.]?\d){7,}"


def _labelled_lines(
    cleaned: dict[str, np.ndarray], blank: dict[str, np.ndarray], labels: list[str], candidates: np.ndarray
) -> np.ndarray:
    """Rows among ``candidates`` whose only filled cell, in any column, is a "label: text" line without a long
    number ("Sub Kegiatan: Pengelolaan Pendidikan SMP", "Program: …"); one vectorised match per column."""
    out = np.zeros(len(candidates), dtype=bool)
    if not labels:
        return out
    filled = np.sum([~blank[lb] for lb in labels], axis=0)
    lone = candidates & (filled == 1)
    for lb in labels:
        rows = np.flatnonzero(lone & ~blank[lb])
        if not len(rows):
            continue
        values = pd.Series(cleaned[lb][rows], dtype=object)
        text = values.where(values.map(lambda v: isinstance(v, str)), "").str.strip()
        hit = text.str.match(_LABELLED_LINE) & ~text.str.contains(_DIGIT_RUN)
        out[rows[hit.to_numpy(dtype=bool)]] = True
    return out


#: the first labelled columns looked at for a header text repeated in the data (the rest only on those rows)
_REPEAT_PROBE = 4


def _header_key(text: str) -> str:
    """A header text as a repeated header row is matched: its spaces and line breaks collapsed, case folded."""
    return " ".join(text.split()).casefold()


@functools.cache
def _NUMBER_CELL() -> re.Pattern[str]:
    return re.compile(r"^\(?\s*\d{1,3}\s*\)?$")


#: an NIP or another long number: a row holding one is data, whatever its other cells say
@functools.cache
def _LONG_NUMBER() -> re.Pattern[str]:
    return re.compile(r"^[\d\s.]{15,}$")


def _repeated_headers(
    cleaned: dict[str, np.ndarray],
    blank: dict[str, np.ndarray],
    labels: list[str],
    layout: HeaderLayout,
    filled: np.ndarray,
) -> np.ndarray:
    """Rows that repeat the header (a printed report's header on every page): most of their filled cells are the
    header labels of their columns (two at least), and the numbering row ("1 2 3", "(1) (2) (3)") right under one.

    Vectorised where it counts: only rows where one of the first :data:`_REPEAT_PROBE` columns holds its own
    label (a hash look-up per cell) are looked at cell by cell.
    """
    n = len(filled)
    written = {
        label: {t.strip() for t in (col.text, *col.keys, *col.text.split(" / ")) if t.strip()}
        for col, label in zip(layout.columns, labels, strict=True)
    }
    texts = {label: {_header_key(t) for t in these} for label, these in written.items()}
    probe = np.zeros(n, dtype=bool)
    for label in labels[:_REPEAT_PROBE]:  # a page's header typed again: its case and edge spaces may differ
        forms = written[label] | texts[label]
        spelt = {w for t in forms for u in (t, t.upper(), t.title()) for w in (u, f"{u} ", f" {u}")}
        probe |= pd.Series(cleaned[label], copy=False).isin(spelt).to_numpy()
    out = np.zeros(n, dtype=bool)

    def labels_row(k: int) -> bool:
        cells = [(label, cleaned[label][k]) for label in labels if not blank[label][k]]
        hits = sum(isinstance(v, str) and _header_key(v) in texts[label] for label, v in cells)
        return hits >= 2 and 2 * hits >= len(cells) and not any(_LONG_NUMBER().match(cell_text(v)) for _, v in cells)

    for k in np.flatnonzero(probe & filled).tolist():
        if out[k] or not labels_row(k):
            continue
        out[k] = True
        below = k + 1
        if len(layout.rows) > 1 and below < n and filled[below] and labels_row(below):  # its second row: the
            out[below] = True  # group's sub-labels, the first columns empty when nothing was merged (a CSV)
            below += 1
        if below < n and filled[below]:
            numbers = [cleaned[label][below] for label in labels if not blank[label][below]]
            if len(numbers) >= 3 and all(_NUMBER_CELL().match(cell_text(v)) for v in numbers):
                out[below] = True
    return out


#: a repeated header's title naming the role of another person than the one appraised: an e-Kinerja "DATA SASARAN
#: KERJA PEGAWAI" form writes the appraised under "Nama", then "Nama Penilai", then "Nama Pejabat Penilai" or
#: "Atasan Pejabat Penilai"
@functools.cache
def _APPRAISER_TITLE() -> re.Pattern[str]:
    return re.compile(r"\b(?:PENILAI|ATASAN)\b", re.I)


def _appraiser_rows(
    cleaned: dict[str, np.ndarray],
    blank: dict[str, np.ndarray],
    labels: list[str],
    layout: HeaderLayout,
    repeated: np.ndarray,
    rest: np.ndarray,
) -> tuple[np.ndarray, list[str]]:
    """The rows under a repeated header whose title names another person's role ("Nama Penilai", "Nama Pejabat
    Penilai", "Atasan Langsung") in place of a column's own label, up to the next repeated header: an appraisal
    form (e-Kinerja SKP) given as the roster writes the appraiser and the second appraiser there, who were read as
    staff (real15, h32). A column whose own label names a role ("JABATAN ATASAN") is no such title. Returns the
    mask and the titles read, in order."""
    n = len(rest)
    out = np.zeros(n, dtype=bool)
    titles: list[str] = []
    if not repeated.any():
        return out, titles
    own = {
        col.index: {_header_key(t) for t in (col.text, *col.keys, *col.text.split(" / ")) if t.strip()}
        for col in layout.columns
    }
    label_own = {label: own[col.index] for col, label in zip(layout.columns, labels, strict=True)}
    starts = np.flatnonzero(repeated)
    for k in starts.tolist():
        title = next(
            (
                " ".join(v.split())
                for label in labels
                if isinstance(v := cleaned[label][k], str)
                and not blank[label][k]
                and _header_key(v) not in label_own[label]
                and _APPRAISER_TITLE().search(v)
            ),
            None,
        )
        if title is None:
            continue
        after = starts[starts > k]
        end = int(after[0]) if len(after) else n
        block = np.arange(n)
        block = (block > k) & (block < end) & rest
        if block.any():
            out |= block
            titles.append(title)
    return out, titles


def _rows_finding(code: str, mask: np.ndarray, source: SourceInfo, first_row: int, **more: Any) -> Finding:
    """One finding ``code`` for the rows of ``mask``: their count and the first five rows, located at the first."""
    at = first_row + np.flatnonzero(mask)
    contoh = ", ".join(str(int(r)) for r in at[:5]) + (" …" if len(at) > 5 else "")
    loc = Location(source.path, source.sheet, int(at[0]))
    return make_finding(code, loc, jumlah=len(at), contoh=contoh, **more)


def _appraisers(
    table: tuple[dict[str, np.ndarray], dict[str, np.ndarray], list[str], HeaderLayout],
    kind: str,
    repeated: np.ndarray,
    rest: np.ndarray,
    source: SourceInfo,
    first_row: int,
) -> dict[str, tuple[np.ndarray, Finding]]:
    """{"penilai": (the rows under appraiser titles, one ``pegawai-berisi-penilai``: their count, rows and the
    titles)}, or {} when there is none (or the table is no roster)."""
    if kind != "pegawai":
        return {}
    mask, titles = _appraiser_rows(*table, repeated, rest)
    if not mask.any():
        return {}
    return {"penilai": (mask, _rows_finding("pegawai-berisi-penilai", mask, source, first_row, judul=_quoted(titles)))}


def _tables_after_closing(
    cleaned: dict[str, np.ndarray],
    blank: dict[str, np.ndarray],
    labels: list[str],
    filled: np.ndarray,
    summary: np.ndarray,
    repeated: np.ndarray,
) -> tuple[np.ndarray, int] | None:
    """The rows after the first total row when they open with a signature block (two lines or more of one cell at
    most, one of them read as a closing: "Mengetahui,", "Kepala …", a place and date, an NIP) and go on with more
    rows: further reports stacked in the same sheet (an attendance recap of BKPSDM Kota Manado repeats its 56
    people in six blocks: 580 rows, 692 false errors). Returns (every filled row after the total row, the first row
    holding more than one cell after the block, or -1 when no row after it is wide enough to be a table's), or None
    when the sheet does not look so: a subtotal followed by section headings ("BIDANG PENDIDIKAN DASAR", "Seksi
    Kurikulum") and more staff is one table.

    A block closed by a page footer only ("Halaman 1 dari 4") and followed by the table's own header is the next
    printed page of the same table, not another report (None): a DUK printed with title, header, 50 rows,
    "JUMLAH … 50 orang" and the footer on every page lost 150 of its 200 people (hostile10, h29)."""
    after, rows, cells = _cells_after(blank, labels, filled, int(np.flatnonzero(summary)[0]))
    if not len(rows):
        return None
    lone = cells <= 1
    run = len(lone) if bool(lone.all()) else int(np.argmin(lone))
    if run < 2 or run == len(lone):  # no closing block, or nothing after it (the rule below sees to that)
        return None
    marks = [
        v
        for k in rows[:run].tolist()
        for label in labels
        if isinstance(v := cleaned[label][k], str) and _CLOSING().match(v)
    ]
    if not marks:
        return None
    if repeated[int(rows[run])] and all(_PAGE_MARK().match(v) for v in marks):
        return None  # a page footer, then the same header: the next page
    # a further table has rows of several cells; a signature set in two columns ("Mengetahui," | "Pembuat Daftar,")
    # has two at most: then the whole tail is the closing block, with no other table
    wide = bool((cells[run:] >= max(3, len(labels) // 2)).any())
    return after, (int(rows[run]) if wide else -1)


@functools.cache
def _RECAP() -> re.Pattern[str]:
    return re.compile(r"^\s*REKAP", re.I)


def _recap_held(kind: str, indices: dict[str, int], label_of: dict[int, str]) -> list[str] | None:
    """What tells a recap line from data under a "REKAPITULASI" row: a roster's NIP (``[]``: looked for in every
    cell), a position table's code and unit columns; None when the table has neither (no recap block is read)."""
    if kind == "pegawai":
        return []
    held = [label_of[indices[f]] for f in ("kode_jabatan", "unit_kerja") if f in indices and kind == "jabatan"]
    return held or None


def _recap_lines(
    cleaned: dict[str, np.ndarray],
    blank: dict[str, np.ndarray],
    labels: list[str],
    filled: np.ndarray,
    summary: np.ndarray,
    held: list[str] | None,
) -> np.ndarray:
    """The lines of a recap block under the table: the rows after a "REKAPITULASI …" total row, when none holds an
    NIP, however written ("1. Dosen (Tenaga Pendidik) | 3 Orang" was read as a person named "3 Orang"; a DUK export
    of a university, real-files campaign h24), or, in a position table (``held``: its code and unit columns), when
    none holds a code or a unit ("Jabatan Fungsional | 3 | 1" under "REKAPITULASI" was four errors of a post with
    no unit). People after a mid-table REKAPITULASI keep the table going (review, h25: an NIP written "'1983…" or
    "NIP. 19830303 200701 1 003"), and so do posts."""
    n = len(filled)
    out = np.zeros(n, dtype=bool)
    starts = [
        k
        for k in np.flatnonzero(summary).tolist()
        if any(isinstance(v := cleaned[label][k], str) and _RECAP().match(v) for label in labels[:4])
    ]
    if not starts or held is None:
        return out
    after = filled & ~summary & (np.arange(n) > starts[0])
    rows = np.flatnonzero(after).tolist()
    if held and any(not blank[label][k] for k in rows for label in held):
        return out  # a post under it
    if not held and any(len(_DIGITS.sub("", cell_text(cleaned[label][k]))) >= 15 for k in rows for label in labels):
        return out  # a person under it
    return after


_DIGITS = re.compile(r"\D+")


def _lone_cells_after_summary(
    blank: dict[str, np.ndarray], labels: list[str], filled: np.ndarray, summary: np.ndarray
) -> np.ndarray:
    """The rows after the last total/average row when each holds one cell at most: a signature block written
    down the name column ("Mengetahui,", "Manado, 20 Juni 2024", the signatory, "Penata, III/c"), which a
    roster whose NIP sits in the name cell cannot tell from names by the key columns. A data row holds more."""
    after, rows, cells = _cells_after(blank, labels, filled, int(np.flatnonzero(summary)[-1]))
    return after if len(rows) and bool((cells <= 1).all()) else np.zeros(len(filled), dtype=bool)


def _cells_after(
    blank: dict[str, np.ndarray], labels: list[str], filled: np.ndarray, row: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The filled rows after ``row`` (a mask and their indices) and the filled cells of each of them."""
    after = filled & (np.arange(len(filled)) > row)
    rows = np.flatnonzero(after)
    return after, rows, np.sum([~blank[label][rows] for label in labels], axis=0)


def _field_at(indices: dict[str, int], index: int) -> str | None:
    return next((f for f, i in indices.items() if i == index), None)


def _unique_labels(layout: HeaderLayout) -> list[str]:
    seen: set[str] = set()
    labels = []
    for col in layout.columns:
        label = col.text if col.text not in seen else f"{col.text} [{col.letter}]"
        seen.add(label)
        labels.append(label)
    return labels
