"""Where the cells of a binary workbook (xls, xlsb) lie, found from its records before calamine reads it.

calamine places every cell it reads in one dense rows × columns grid (``Range::from_sparse``),
and for an xls it reserves room for the rows × columns a sheet's DIMENSIONS record declares.
One cell record at row 65,535 and column 65,535 of a 5 KB xls, or at row 1,048,575 and column
16,383 of a 7 KB xlsb, makes it ask for hundreds of gigabytes, and the allocation failure
aborts the whole process natively (SIGABRT: no Python exception, no message). The xlsx guard
finds such sheets in their XML (:mod:`asn_mutasi.io.guard`); this module does the same for the
binary formats, walking their records the way calamine reads them (calamine 0.37, ``src/xls.rs``
and ``src/xlsb/cells_reader.rs``) and counting a superset of the cells it places:

- xls (BIFF, in the OLE2 ``Workbook``/``Book`` stream): the row and column in the first four
  bytes of every valued cell record (number, label, label-SST, rich string, bool/error, RK,
  formula; MulRk up to the column in its last two bytes), and the rows × columns
  each DIMENSIONS record makes calamine reserve (its unsigned arithmetic, which wraps);
- xlsb (BIFF12, a ``xl/worksheets/*.bin`` zip entry): the row of the last BrtRowHdr record and
  the column in the first four bytes of every valued cell record (types 2–11); a record too short
  to hold its row or column makes calamine read a stale one, so it counts as the last row
  (1,048,577) or column (16,384).

Nothing here allocates more than a record header at a time beyond the stream itself.
"""

from __future__ import annotations

import io
import struct
from dataclasses import dataclass, field

#: BIFF records holding one valued cell whose row and column are their first four bytes (all BIFF versions;
#: blanks are left out: calamine places no blank cell)
_BIFF_CELL = frozenset({0x0002, 0x0003, 0x0004, 0x0005, 0x0006, 0x00D6, 0x00FD, 0x0203, 0x0204, 0x0205, 0x0206})
_BIFF_CELL |= {0x027E, 0x0406}
_BIFF_SPAN = frozenset({0x00BD})  #: MulRk: one row, columns first (bytes 2–3) … last (its final two bytes)
_BIFF_DIMENSIONS = 0x0200
_BIFF_ROW = 0x0208  #: ROW: its row (bytes 0–1) and options (bytes 12–13), 0x20 = hidden (fDyZero), [MS-XLS] 2.4.221
_BIFF_FILEPASS = 0x002F  #: the records after it are encrypted (a password-protected xls)
_WRAP = 0xFFFFFFFF  #: calamine's row and column arithmetic is u32
#: the last xlsb column and row (0-based, calamine reads rows up to this one), where a record too short to name
#: its column or row counts its cell
XLSB_COLUMNS = 16_384
XLSB_ROWS = 0x10_0000
_HEAD = struct.Struct("<HH")
_BIFF_BOOLERR = 0x0205
_BIFF_FORMULA = 0x0006
_BIFF_BOUNDSHEET = 0x0085
#: [MS-XLS] 2.5.97 BErr: the error values a cell may hold
ERROR_TEXTS = {
    0x00: "#NULL!",
    0x07: "#DIV/0!",
    0x0F: "#VALUE!",
    0x17: "#REF!",
    0x1D: "#NAME?",
    0x24: "#NUM!",
    0x2A: "#N/A",
}
ERROR_EXAMPLES = 5
_U32 = struct.Struct("<I")


@dataclass
class Area:
    """The cells of one sheet (or BIFF substream): how many, and the grid from A1 that holds them all."""

    cells: int = 0
    max_row: int = 0  #: 1-based: the grid's rows
    max_col: int = 0  #: 1-based: the grid's columns
    reserved: int = 0  #: the cells a DIMENSIONS record makes calamine reserve room for (xls)
    offset: int = 0  #: where its BOF record starts in the stream (a BOUNDSHEET names the sheet at that offset)
    errors: int = 0  #: cells holding an Excel error value (BOOLERR, or a FORMULA whose cached result is one)
    #: (0-based row, column, error text) of the first :data:`ERROR_EXAMPLES` of them, in stream order
    error_at: list[tuple[int, int, str]] = field(default_factory=list)
    #: 0-based rows hidden or filtered out in Excel (ROW records) that hold a value cell
    hidden_rows: set[int] = field(default_factory=set)

    @property
    def grid(self) -> int:
        """Cells of the largest grid calamine may build or reserve for this sheet."""
        return max(self.max_row * self.max_col, self.reserved)


def workbook_stream(data: bytes) -> bytes | None:
    """The BIFF stream of an OLE2 xls (``Workbook``, or ``Book`` in BIFF5); None when there is none.

    Raises ``ValueError`` when the OLE2 container cannot be read (a damaged or hostile file).
    """
    from xlrd.compdoc import CompDoc

    try:
        doc = CompDoc(data, logfile=io.StringIO())
        names = {str(d.name).casefold(): str(d.name) for d in doc.dirlist if d.etype == 2}
        for wanted in ("workbook", "book"):
            if wanted in names:
                stream = doc.get_named_stream(names[wanted])
                return bytes(stream) if stream is not None else None
    except Exception as exc:  # xlrd's CompDocError, and the asserts it makes on a broken container
        raise ValueError(type(exc).__name__) from exc
    return None


class Encrypted(Exception):
    """The BIFF stream is encrypted (FILEPASS): its records cannot be read without the password."""


def biff_areas(stream: bytes) -> list[Area]:
    """One :class:`Area` per substream (each BOF starts one; the globals' has no cells) of a BIFF stream.

    Raises :class:`Encrypted` at a FILEPASS record.
    """
    areas: list[Area] = []
    area = Area()
    cells = rows = cols = 0  #: of ``area``, kept in locals while its records are walked
    hidden: set[int] = set()  #: of ``area``: the rows its ROW records mark hidden
    at, end = 0, len(stream)
    while at + 4 <= end:
        typ, size = _HEAD.unpack_from(stream, at)
        body, at = at + 4, at + 4 + size
        if typ in _BIFF_CELL and size >= 4 and at <= end:  # nearly every record of a sheet
            row, col = _HEAD.unpack_from(stream, body)
            cells, rows, cols = cells + 1, max(rows, row + 1), max(cols, col + 1)
            if typ in (_BIFF_FORMULA, _BIFF_BOOLERR):
                _error_cell(area, stream, typ, body, size, row, col)
            if hidden and row in hidden:
                area.hidden_rows.add(row)
        elif typ == _BIFF_ROW and size >= 16 and at <= end:
            if _HEAD.unpack_from(stream, body + 12)[0] & 0x20:
                hidden.add(_HEAD.unpack_from(stream, body)[0])
        elif typ in (0x0009, 0x0209, 0x0409, 0x0809):  # BOF: a new substream
            area.cells, area.max_row, area.max_col = cells, rows, cols
            area, cells, rows, cols, hidden = Area(offset=body - 4), 0, 0, 0, set()
            areas.append(area)
        elif typ == _BIFF_FILEPASS:
            raise Encrypted
        elif min(size, end - body) >= 4 and (typ in _BIFF_CELL or typ in _BIFF_SPAN):  # a span, or cut short
            size = min(size, end - body)
            row, col = _HEAD.unpack_from(stream, body)
            if typ in _BIFF_SPAN and size >= 6:
                last = _HEAD.unpack_from(stream, body + size - 4)[1]
                cells += max(last - col + 1, 1)
                col = max(col, last)
            else:
                cells += 1
            rows, cols = max(rows, row + 1), max(cols, col + 1)
            if hidden and row in hidden:
                area.hidden_rows.add(row)
        elif typ == _BIFF_DIMENSIONS and size in (10, 14) and at <= end:
            area.reserved = max(area.reserved, _dimensions_reserve(stream[body:at]))
    area.cells, area.max_row, area.max_col = cells, rows, cols
    return areas


def _error_cell(area: Area, stream: bytes, typ: int, body: int, size: int, row: int, col: int) -> None:
    """Count the cell of a BOOLERR or FORMULA record (BIFF8) when it holds an error value (calamine reads it empty).

    BOOLERR: row, column, XF, the value, then 1 when the value is an error code. FORMULA: row, column,
    XF, then its cached result: an error when the result's last two bytes are FFFF and its first is 2
    (the code in its third). [MS-XLS] 2.4.24 and 2.5.133.
    """
    if typ == _BIFF_BOOLERR and size >= 8 and stream[body + 7] == 1:
        code = stream[body + 6]
    elif typ == _BIFF_FORMULA and size >= 14 and stream[body + 6] == 2 and stream[body + 12 : body + 14] == b"\xff\xff":
        code = stream[body + 8]
    else:
        return
    area.errors += 1
    if len(area.error_at) < ERROR_EXAMPLES:
        area.error_at.append((row, col, ERROR_TEXTS.get(code, "#N/A")))


def sheet_offsets(stream: bytes) -> dict[int, str]:
    """Sheet name by the stream offset of its BOF, from the globals' BOUNDSHEET8 records (BIFF8 names only).

    [MS-XLS] 2.4.28: lbPlyPos (4 bytes), hsState, dt, then a ShortXLUnicodeString (cch, fHighByte, the
    characters in one or two bytes each). The walk stops at the globals' EOF.
    """
    names: dict[int, str] = {}
    at, end = 0, len(stream)
    while at + 4 <= end:
        typ, size = _HEAD.unpack_from(stream, at)
        body, at = at + 4, at + 4 + size
        if typ == 0x000A:  # EOF of the globals: the sheets follow
            break
        if typ == _BIFF_BOUNDSHEET and size >= 8 and at <= end:
            offset = _U32.unpack_from(stream, body)[0]
            cch, wide = stream[body + 6], stream[body + 7] & 1
            raw = stream[body + 8 : body + 8 + cch * (2 if wide else 1)]
            names[offset] = raw.decode("utf-16-le" if wide else "latin-1", "replace")
    return names


def _dimensions_reserve(data: bytes) -> int:
    """The cells calamine reserves for a DIMENSIONS record (``parse_dimensions`` and its ``rows × cols``, in u32)."""
    if len(data) == 14:
        rf, rl, cf, cl = struct.unpack_from("<IIHH", data)
    else:
        rf, rl, cf, cl = struct.unpack_from("<HHHH", data)
    if cf > 0xFF or cl < cf:
        cf = 0
    start, stop = ((rf, cf), (rl - 1, cl - 1)) if rl >= 1 and cl >= 1 else ((rf, cf), (rf, cf))
    rows = (stop[0] - start[0] + 1) & _WRAP
    cols = (stop[1] - start[1] + 1) & _WRAP
    return rows * cols


class XlsbRecords:
    """The cells of one xlsb worksheet part, fed in chunks as it is inflated ([MS-XLSB] 2.1.4 records).

    A record is a type (1–2 bytes of 7 bits) and a size (1–4 bytes of 7 bits), then its body. Only the
    first four bytes of a body are ever read; a body that runs past a chunk is skipped, not kept.
    Fed the shared strings part (``xl/sharedStrings.bin``), it counts their items (:attr:`items`).
    """

    def __init__(self) -> None:
        self.area = Area()
        self.items = 0  #: BrtSSTItem records (the shared strings' items) seen
        self._row = 0
        self._carry = b""  #: an incomplete record head (and the first four bytes of its body) from the last chunk
        self._skip = 0  #: bytes of a body still to skip at the start of the next chunk

    def add(self, chunk: bytes) -> None:
        buf = self._carry + chunk if self._carry else chunk
        self._carry = b""
        at = min(self._skip, len(buf))
        self._skip -= at
        end = len(buf)
        area, row = self.area, self._row
        cells, rows, cols, items = area.cells, area.max_row, area.max_col, self.items
        try:
            while at < end:
                b = buf[at]
                if b < 0x80 and at + 1 < end and buf[at + 1] < 0x80:  # a byte of type, one of size: most records
                    typ, size, body = b, buf[at + 1], at + 2
                else:
                    head = self._head(buf, at)
                    if head is None:
                        self._carry = bytes(buf[at:])
                        return
                    typ, size, body = head
                if typ <= 0x000B and typ != 0x0001:  # BrtRowHdr, or a valued cell (blanks are never placed)
                    value: int | None = None
                    if size >= 4:
                        if body + 4 > end:  # the four bytes it needs are in the next chunk
                            self._carry = bytes(buf[at:])
                            return
                        value = _U32.unpack_from(buf, body)[0]
                    if typ == 0x0000:  # the row of the cells that follow (calamine stops past XLSB_ROWS)
                        row = value if value is not None else XLSB_ROWS
                    else:
                        cells += 1
                        rows = max(rows, row + 1)
                        cols = max(cols, (value if value is not None else XLSB_COLUMNS - 1) + 1)
                elif typ == 0x0013:  # BrtSSTItem
                    items += 1
                at = body + size
            if at > end:
                self._skip = at - end
        finally:
            self._row, self.items = row, items
            area.cells, area.max_row, area.max_col = cells, rows, cols

    @staticmethod
    def _head(buf: bytes, at: int) -> tuple[int, int, int] | None:
        """(type, size, body offset) of the record at ``at``; None when its head runs past ``buf``."""
        end = len(buf)
        b = buf[at]
        at += 1
        typ = b & 0x7F
        if b & 0x80:
            if at >= end:
                return None
            typ |= (buf[at] & 0x7F) << 7
            at += 1
        size = 0
        for k in range(4):  # calamine reads at most four size bytes
            if at >= end:
                return None
            b = buf[at]
            at += 1
            size |= (b & 0x7F) << (7 * k)
            if not b & 0x80:
                break
        return typ, size, at
