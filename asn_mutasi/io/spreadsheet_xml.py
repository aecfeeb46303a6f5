"""Read an XML Spreadsheet 2003 file (SpreadsheetML), the ".xls" some SIMPEG and e-formasi apps export.

PHP apps that do not link a spreadsheet library write Excel's 2003 XML format by hand and send it
with an ``.xls`` name (Kendal's e-formasi peta jabatan and its five-year projection do). It is one
XML document: ``Workbook > Worksheet ss:Name > Table > Row > Cell > Data``. A ``Row`` or ``Cell``
may jump ahead (``ss:Index``, 1-based); a cell may span (``ss:MergeAcross`` columns to its right,
``ss:MergeDown`` rows below), which becomes a merged range holding its text in its first cell, as
in a workbook. ``Data`` is typed (``ss:Type`` Number, DateTime, Boolean, String); its text may
carry HTML markup (``html:B``), which is dropped. Cells covered by a span from a row above are
skipped by the writer, so a following cell without ``ss:Index`` goes to the next free column.

The chosen sheet is the one named by ``sheet`` (name or 1-based number), else the first with any
text. Safety: read with expat, streaming; a document type declaration (where entities would be
declared) is refused, the file size is capped as a CSV's (``[baca] maks_ukuran_csv_mb``) and the
grid as a sheet's (``maks_sel``, counted on the padded grid while parsing).
"""

from __future__ import annotations

import re
from datetime import datetime
from xml.parsers import expat

from asn_mutasi.config import ReadLimits
from asn_mutasi.errors import InputError
from asn_mutasi.io.csv_reader import check_text_size
from asn_mutasi.io.guard import span, too_many_cells, xml_error_text
from asn_mutasi.io.headers import Merged

#: the namespace every SpreadsheetML element and attribute is in
SS = "urn:schemas-microsoft-com:office:spreadsheet"
_SPACE = re.compile(r"\s+")
_HINT = "Buka di Excel atau LibreOffice lalu simpan sebagai .xlsx atau .csv."


def looks_like_spreadsheet_xml(head: bytes) -> bool:
    """Whether a file's first bytes are an XML Spreadsheet 2003 document (its namespace on a ``Workbook``)."""
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    return text.startswith(b"<") and SS.encode() in text and b"<Workbook" in text


#: the row an ``ss:Index`` jump leaves empty (shared: rows are padded into new lists, never changed in place)
_SKIPPED: list[object] = []


class _Sheet:
    def __init__(self, name: str) -> None:
        self.name = name
        self.rows: list[list[object]] = []
        self.merged: Merged = []
        self.widest = 0
        #: columns a MergeDown from a row above still covers: column -> rows left
        self.below: dict[int, int] = {}


class _Reader:
    """expat handlers filling one :class:`_Sheet` per ``Worksheet``."""

    def __init__(self, display: str, max_cells: int) -> None:
        self.display, self.max_cells = display, max_cells
        self.sheets: list[_Sheet] = []
        self.sheet: _Sheet | None = None
        self.row: list[object] | None = None
        self.covered: frozenset[int] = frozenset()
        self.col = 0  #: the next cell's column (0-based)
        self.text: list[str] | None = None  #: the current Data's text, while inside one
        self.kind = "String"
        self.cell: tuple[int, int, int] | None = None  #: (column, across, down) of the open cell
        #: cells of the sheets already read: the limit holds for the whole workbook, not per sheet (40 sheets of one
        #: row at ss:Index 1048576 each took 3 GB: hostile-input campaign, round 3)
        self.done_cells = 0

    def start(self, tag: str, attrs: dict[str, str]) -> None:
        name = tag.rsplit("|", 1)[-1]
        if name == "Worksheet" and tag.startswith(SS):
            self.sheet = _Sheet(_attr(attrs, "Name") or f"Sheet{len(self.sheets) + 1}")
            self.sheets.append(self.sheet)
        elif self.sheet is None:
            return
        elif name == "Row" and tag.startswith(SS):
            self._begin_row(_index(_attr(attrs, "Index")))
        elif name == "Cell" and tag.startswith(SS) and self.row is not None:
            at = _index(_attr(attrs, "Index"))
            col = self.col if at is None else max(at - 1, self.col)
            while col in self.covered:
                col += 1
            across, down = span(_attr(attrs, "MergeAcross"), 0), span(_attr(attrs, "MergeDown"), 0)
            self.cell = (col, across, down)
            self.col = col + across + 1
            self._check(self.col)
        elif name == "Data" and self.cell is not None:
            self.text, self.kind = [], _attr(attrs, "Type") or "String"

    def end(self, tag: str) -> None:
        name = tag.rsplit("|", 1)[-1]
        if self.sheet is None:
            return
        if name == "Data" and self.text is not None and self.cell is not None and self.row is not None:
            col = self.cell[0]
            self.row += [None] * (col + 1 - len(self.row))
            self.row[col] = _value(_lines("".join(self.text)), self.kind)
            self.text = None
        elif name == "Cell" and self.cell is not None and self.row is not None:
            col, across, down = self.cell
            if across or down:
                at = len(self.sheet.rows)
                self.sheet.merged.append(((at, col), (at + down, col + across)))
                for c in range(col, col + across + 1):
                    if down:
                        self.sheet.below[c] = max(self.sheet.below.get(c, 0), down)
            self.cell = None
        elif name == "Row" and self.row is not None:
            self._end_row()
        elif name == "Worksheet":
            self.done_cells += len(self.sheet.rows) * max(self.sheet.widest, 1)
            self.sheet = None

    def data(self, text: str) -> None:
        if self.text is not None:
            self.text.append(text)

    def _begin_row(self, index: int | None) -> None:
        assert self.sheet is not None
        if index is not None:  # rows skipped by ss:Index are empty rows: one shared (never changed) list each
            while len(self.sheet.rows) < index - 1:
                self._append(_SKIPPED)
        self.row, self.col = [], 0
        self.covered = frozenset(self.sheet.below)

    def _end_row(self) -> None:
        assert self.sheet is not None and self.row is not None
        for c in self.covered:
            self.sheet.below[c] -= 1
            if not self.sheet.below[c]:
                del self.sheet.below[c]
        self._append(self.row)
        self.row = None

    def _append(self, row: list[object]) -> None:
        assert self.sheet is not None
        self.sheet.rows.append(row)
        self._check(len(row))

    def _check(self, width: int) -> None:
        """The grid as it will be padded stays within ``maks_sel`` (an empty row counts too)."""
        assert self.sheet is not None
        self.sheet.widest = max(self.sheet.widest, width)
        cells = (len(self.sheet.rows) + 1) * max(self.sheet.widest, 1)
        if cells > self.max_cells:
            raise too_many_cells(f"Berkas '{self.display}' ditolak: lembar kerja '{self.sheet.name}'", self.max_cells)
        if self.done_cells + cells > self.max_cells:
            raise too_many_cells(f"Berkas '{self.display}' ditolak: semua lembar kerja bersama-sama", self.max_cells)


def _lines(text: str) -> str:
    """A cell's text: runs of spaces and tabs made one, its line breaks (``&#10;``) kept, as a workbook keeps them (a
    NIP or a birth line under a name)."""
    lines = (" ".join(line.split()) for line in text.replace("\r\n", "\n").split("\n"))
    return "\n".join(line for line in lines if line)


def _attr(attrs: dict[str, str], name: str) -> str | None:
    """An ``ss:`` attribute (a hand-written file may leave the prefix off)."""
    return attrs.get(f"{SS}|{name}", attrs.get(name))


def _index(value: str | None) -> int | None:
    try:
        return max(int(str(value).strip()), 1) if value is not None else None
    except ValueError:
        return None


def _value(text: str, kind: str) -> object:
    """A Data element's value: a number for ``Number``, a datetime for ``DateTime``, else its text (None if empty).

    A Number written with more digits than a float keeps (an 18-digit NIP) stays text, so no digit is lost."""
    if not text:
        return None
    if kind == "Number":
        digits = text.lstrip("-+")
        if digits.isdigit() and len(digits) > 15:
            return text
        try:
            number = float(text)
        except ValueError:
            return text
        return int(number) if number.is_integer() and abs(number) < 1e15 else number
    if kind == "DateTime":
        try:
            return datetime.fromisoformat(text[:19])
        except ValueError:
            return text
    if kind == "Boolean" and text in ("0", "1"):
        return text == "1"
    return text


def read_spreadsheet_xml(
    data: bytes, display: str, limits: ReadLimits | None = None, sheet: str | None = None
) -> tuple[list[list[object]], Merged, str]:
    """The rows of one worksheet of a SpreadsheetML document, its merged ranges and its name (see the module
    docstring); InputError for a damaged document, a DOCTYPE, a sheet not found or past the limits."""
    limits = limits or ReadLimits()
    check_text_size(display, len(data), limits)
    reader = _Reader(display, limits.maks_sel)
    parser = expat.ParserCreate(namespace_separator="|")

    def refuse_doctype(*_: object) -> None:
        raise InputError(f"Berkas '{display}' ditolak: XML Spreadsheet 2003 dengan deklarasi DOCTYPE", hint=_HINT)

    parser.StartDoctypeDeclHandler = refuse_doctype
    parser.EntityDeclHandler = refuse_doctype
    parser.StartElementHandler = reader.start
    parser.EndElementHandler = reader.end
    parser.CharacterDataHandler = reader.data
    try:
        parser.Parse(data, True)
    except expat.ExpatError as exc:
        raise InputError(
            f"Berkas '{display}' adalah XML Spreadsheet 2003 yang rusak: {xml_error_text(exc)}",
            hint=_HINT,
        ) from None
    chosen = _choose(reader.sheets, sheet, display)
    width = max((len(r) for r in chosen.rows), default=0)
    return [row + [None] * (width - len(row)) for row in chosen.rows], chosen.merged, chosen.name


def _choose(sheets: list[_Sheet], wanted: str | None, display: str) -> _Sheet:
    if wanted is not None:
        for i, s in enumerate(sheets, start=1):
            if s.name == wanted or s.name.casefold() == wanted.strip().casefold() or wanted.strip() == str(i):
                return s
        names = ", ".join(f"'{s.name}'" for s in sheets)
        raise InputError(f"Berkas '{display}' tidak punya lembar kerja '{wanted}' (lembar kerja yang ada: {names})")
    for s in sheets:
        if any(v is not None for row in s.rows for v in row):
            return s
    raise InputError(f"Berkas '{display}' adalah XML Spreadsheet 2003 tanpa sel berisi data", hint=_HINT)
