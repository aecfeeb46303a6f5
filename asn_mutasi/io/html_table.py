"""Read the tables of an HTML page saved as a spreadsheet (the "Export ke Excel" of many SIMPEG apps).

Many web applications export a table by sending an HTML page with an ``.xls`` name (PHP's
``Content-Type: application/vnd.ms-excel`` idiom); Excel opens it with a warning. Its cells are
text, exactly as the page shows them, so an NIP keeps all 18 digits. The rows of every ``<table>``
are read in document order, one grid: a title table above the data table becomes title rows, as
in a workbook. ``colspan``/``rowspan`` cells hold their text in their first cell and leave the
others empty, as a merged range of a workbook does. Text is the cell's text with tags dropped,
entities decoded and runs of whitespace made one space; a ``<br>`` starts a new line of the cell, as
a line break in a workbook cell does (a NIP or a birth line under a name); an empty cell is None. A nested table's rows are its own rows (the outer cell keeps only its own text).

The page's text before its first table (the ``<title>``, headings, a ``<div>`` "SATUAN KERJA : …") becomes title rows
above it, one per block, as the title rows of a sheet are: a "PETA JABATAN" page writes its unit in an ``<h2>`` and a
Kemenag DUK its satker in a ``<div>``, and both were refused for a missing unit that the same page saved as .xls from a
spreadsheet gives (real-files campaigns, h26). At most :data:`TITLE_LINES` such lines, each clipped.

Bounds: the file size is capped as a CSV's is (``[baca] maks_ukuran_csv_mb``), and the grid's
cells as a sheet's (``maks_sel``), counted while parsing so a page of endless empty rows stops early.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from asn_mutasi.config import ReadLimits
from asn_mutasi.errors import InputError
from asn_mutasi.io.csv_reader import check_text_size
from asn_mutasi.io.guard import span, too_many_cells
from asn_mutasi.io.headers import Merged

#: markup that says the bytes are an HTML page (looked for near the start, case-insensitively)
_HTML_TAGS = (b"<html", b"<!doctype html", b"<table", b"<meta", b"<head", b"<body")
_SPACE = re.compile(r"\s+")


@functools.cache
def _CHARSET() -> re.Pattern[bytes]:
    return re.compile(rb"""charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.IGNORECASE)


#: the lines of text before the first table kept as title rows, and the characters kept of each
TITLE_LINES, TITLE_CHARS = 6, 300
#: elements that end a line of text outside a table
#: (a list is one line: a menu of a dozen items stays one title row, and the header stays within the scanned rows)
_BLOCKS = frozenset(
    {"title", "h1", "h2", "h3", "h4", "h5", "h6", "p", "div", "br", "ul", "ol", "center", "header", "section"}
)
#: the mark of a line begun by a list item inside a cell (:func:`_unbulleted`); a control character no page text holds
_ITEM = "\x01"


#: a bullet typed before a list item's text: a Laravel DUK writes ``<li>> {{ nama }}</li>`` in every cell, so each line
#: read "> Budi", "> 1975…" and no name split from its NIP (real16, h33)
@functools.cache
def _BULLET() -> re.Pattern[str]:
    return re.compile(r"^[>»•·▪◦*\-–](?=\s)\s*")


def _unbulleted(line: str) -> str:
    """A cell line without its list-item mark and the bullet typed after it (only a list item's line loses one)."""
    if not line.startswith(_ITEM):
        return line
    return _BULLET().sub("", line[1:].lstrip())


#: elements whose text is no page text (a print page's "Cetak" and "Tutup" buttons, a menu)
_HIDDEN = frozenset({"script", "style", "noscript", "template", "button", "nav", "select"})


def looks_like_html(head: bytes) -> bool:
    """Whether a file's first bytes are an HTML page (not an XML Spreadsheet 2003, which has no ``<table``); a page
    saved as UTF-16 (with its BOM) too."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        head = head[: len(head) // 2 * 2].decode("utf-16", errors="ignore").encode("utf-8", errors="ignore")
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if not text.startswith(b"<"):
        return False
    if b"urn:schemas-microsoft-com:office:spreadsheet" in text and b"<workbook" in text:
        return False  # an XML Spreadsheet 2003 (its <Table> is no HTML table): io.spreadsheet_xml
    return any(tag in text for tag in _HTML_TAGS)


def _decode(data: bytes) -> str:
    """The page's text: its BOM, else its declared charset, else UTF-8, else Windows-1252."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    declared = _CHARSET().search(data[:4096])
    if declared is not None:
        try:
            return data.decode(declared.group(1).decode("ascii"))
        except (LookupError, UnicodeDecodeError):
            pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


@dataclass
class _Table:
    #: a blank row goes before this table's first row (a table after others: as two tables of a sheet)
    gap: bool = False
    #: where this table's merged ranges begin in the parser's list (clipped to its last row when it closes)
    merged_from: int = 0
    last_row: int = -1  #: the grid row of this table's last row so far
    row: list[object] | None = None
    #: the spanning cells of the current row: (column, width, height)
    spans: list[tuple[int, int, int]] = field(default_factory=list)
    cell: list[str] | None = None
    span: tuple[int, int] = (1, 1)
    #: columns a rowspan covers in the rows after the current one: column -> how many rows
    below: dict[int, int] = field(default_factory=dict)
    #: the columns covered in the current row (``below``'s keys when it began)
    covered: frozenset[int] = frozenset()


class _Parser(HTMLParser):
    """Rows go to the grid as each ends, in document order: a layout table's title rows above the data table
    nested in it stay above it."""

    def __init__(self, display: str, max_cells: int) -> None:
        super().__init__(convert_charrefs=True)
        self.display, self.max_cells = display, max_cells
        self.grid: list[list[object]] = []
        self.merged: list[tuple[tuple[int, int], tuple[int, int]]] = []
        self.open: list[_Table] = []
        self.widest = 0
        self.loose: list[str] = []  #: text outside any table since the last block boundary (before the first table)
        self.tables = 0  #: tables begun so far
        self.hidden = 0  #: inside <script>/<style>: no text
        self.titles = 0  #: the title rows at the grid's top (text before the first table)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HIDDEN:
            self.hidden += 1
        if tag == "table":
            self._title_line()
            self.tables += 1
            self.open.append(_Table(gap=bool(self.grid), merged_from=len(self.merged)))
        elif not self.open:
            if tag in _BLOCKS:
                self._title_line()
            elif tag == "li":
                self.loose.append(" ")  # a menu's items, one line with spaces between
            return
        elif tag == "tr":
            self._end_row()
            self._begin_row()
        elif tag in ("td", "th"):
            table = self.open[-1]
            self._end_cell()
            if table.row is None:  # a cell outside any <tr> (tolerated by browsers): a row of its own
                self._begin_row()
            found = dict(attrs)
            table.cell, table.span = [], (span(found.get("colspan"), 1), span(found.get("rowspan"), 1))
        elif tag == "br" and self.open[-1].cell is not None:
            self.open[-1].cell.append("\n")  # a line of its own, as in a workbook cell (NIP or birth under a name)
        elif tag == "li" and self.open[-1].cell is not None:
            self.open[-1].cell.append("\n" + _ITEM)  # a list item is a line of the cell, its bullet no text (real16)

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        if not self.open:
            if tag in _BLOCKS:
                self._title_line()
            return
        if tag in ("td", "th"):
            self._end_cell()
        elif tag in ("ul", "ol") and self.open[-1].cell is not None:
            self.open[-1].cell.append("\n")  # text after a list in a cell is a line of its own
        elif tag == "tr":
            self._end_row()
        elif tag == "table":
            self._end_row()
            done = self.open.pop()
            for k in range(done.merged_from, len(self.merged)):  # a rowspan past the table's end stops at it
                (r0, c0), (r1, c1) = self.merged[k]
                self.merged[k] = ((r0, c0), (max(r0, min(r1, done.last_row)), c1))

    def handle_data(self, data: str) -> None:
        if self.open and self.open[-1].cell is not None:
            self.open[-1].cell.append(_SPACE.sub(" ", data))  # a line break in the page's source is a space
        elif not self.open and not self.tables and not self.hidden and len(self.grid) < TITLE_LINES:
            self.loose.append(data)

    def _title_line(self) -> None:
        """The text gathered outside a table before the first one, as a title row of one cell (none when blank)."""
        text = _SPACE.sub(" ", "".join(self.loose)).strip()
        self.loose.clear()
        if text and not self.tables and len(self.grid) < TITLE_LINES:
            self.grid.append([text[:TITLE_CHARS]])
            self.titles = len(self.grid)
            self._check(1)

    def _end_cell(self) -> None:
        table = self.open[-1]
        if table.cell is None:
            return
        lines = (_SPACE.sub(" ", line).strip() for line in "".join(table.cell).split("\n"))
        text = "\n".join(line for line in (_unbulleted(v) for v in lines) if line)
        assert table.row is not None
        self._skip_covered(table)
        width, height = table.span
        at = len(table.row)
        table.row.append(text or None)
        table.row += [None] * (width - 1)
        if height > 1:
            for c in range(at, at + width):
                table.below[c] = height - 1
        if width > 1 or height > 1:
            table.spans.append((at, width, height))
        self._check(len(table.row))
        table.cell = None

    def _skip_covered(self, table: _Table) -> None:
        """Empty cells where a rowspan from a row above covers the next column."""
        assert table.row is not None
        while len(table.row) in table.covered:
            table.row.append(None)
        self._check(len(table.row))

    def _begin_row(self) -> None:
        table = self.open[-1]
        table.row, table.covered, table.spans = [], frozenset(table.below), []

    def _end_row(self) -> None:
        table = self.open[-1]
        self._end_cell()
        if table.row is None:
            return
        self._skip_covered(table)
        for c in table.covered:  # this row used one row of each rowspan from above
            table.below[c] -= 1
            if not table.below[c]:
                del table.below[c]
        if table.gap:
            table.gap = False
            self.grid.append([])  # a blank row between two tables
        at = len(self.grid)
        self.merged += [((at, c), (at + h - 1, c + w - 1)) for c, w, h in table.spans]
        self.grid.append(table.row)
        table.last_row, table.row = at, None
        self._check(len(table.row or ()))

    def _check(self, width: int) -> None:
        """The grid as it will be padded (every row as wide as the widest) stays within ``maks_sel``: an empty row
        counts too, so a page of endless ``<tr></tr>`` stops early."""
        self.widest = max(self.widest, width)
        if (len(self.grid) + 1) * max(self.widest, 1) > self.max_cells:
            raise too_many_cells(f"Berkas '{self.display}' ditolak: tabelnya", self.max_cells)


def read_html_rows(data: bytes, display: str, limits: ReadLimits | None = None) -> tuple[list[list[object]], Merged]:
    """The rows of every table of the page ``data`` and its spanning cells as merged ranges (see the module
    docstring); InputError past the limits."""
    limits = limits or ReadLimits()
    check_text_size(display, len(data), limits)
    parser = _Parser(display, limits.maks_sel)
    parser.feed(_decode(data))
    parser.close()
    while parser.open:  # a page cut short: the tables still open keep the rows read
        parser.handle_endtag("table")
    if not any(any(v is not None for v in row) for row in parser.grid[parser.titles :]):
        raise InputError(
            f"Berkas '{display}' adalah halaman HTML tanpa tabel berisi data",
            hint="Buka di Excel atau LibreOffice lalu simpan sebagai .xlsx atau .csv.",
        )
    width = max(len(r) for r in parser.grid)
    return [row + [None] * (width - len(row)) for row in parser.grid], parser.merged
