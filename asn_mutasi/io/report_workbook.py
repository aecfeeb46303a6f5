"""Write analyst workbooks that read well on screen and on paper.

One writer for the table-shaped reports (check, match, assess, compare, the daftar SK,
the roster written back by ``apply``) and the layout rules the plan and workload
workbooks share: Indonesian headers from :mod:`asn_mutasi.labels` (canonical names are
for JSON/CSV), words for coded values (``ya``/``tidak``, ``galat``/``peringatan``/``info``),
numbers written as numbers with the display rounding of :mod:`asn_mutasi.formatting`,
dates as real dates (``dd-mm-yyyy``), ids as text, widths that fit the header words and
the values, row heights for wrapped text, and a print setup (A4 landscape, header row
repeated, one page wide when the table fits) so a printed sheet is not cut into strips.
Every string goes through ``write_string`` with formula conversion off: input text that
starts with ``=``, ``+``, ``-`` or ``@`` stays text.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import functools
import io
import itertools
import math
import operator
import queue
import re
import sys
import threading
import zipfile
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd
import xlsxwriter
from xlsxwriter.packager import Packager
from xlsxwriter.sharedstrings import SharedStrings, SharedStringTable
from xlsxwriter.utility import xl_col_to_name
from xlsxwriter.workbook import Workbook
from xlsxwriter.worksheet import Worksheet

import asn_mutasi
from asn_mutasi.errors import OutputError, shown_path, write_reason
from asn_mutasi.findings import FINDING_KEYS
from asn_mutasi.formatting import (
    DIGITS,
    EXCEL_DATE_FORMAT,
    EXCEL_FORMATS,
    EXCEL_MIXED_FORMAT,
    digits_for,
    excel_format,
    format_date,
    format_number,
)
from asn_mutasi.gc_pause import gc_paused
from asn_mutasi.io.writers import TEXT_COLUMNS, atomic_path
from asn_mutasi.labels import FIELD_NAME_COLUMNS, VALUE_LABELS, label, value_label
from asn_mutasi.serialise import to_plain

# FastWorksheet reproduces the cell XML of xlsxwriter 3.3 (pyproject: xlsxwriter>=3.3) from its
# worksheet internals; with any other layout of those internals the plain Worksheet is used.
CellStringTuple: Any = getattr(xlsxwriter.worksheet, "CellStringTuple", None)
CellNumberTuple: Any = getattr(xlsxwriter.worksheet, "CellNumberTuple", None)

#: canonical fields always written as text: the ids whose digits must survive, and the findings'
#: column letter and raw cell value
TEXT_FIELDS = frozenset(TEXT_COLUMNS) | {"kolom", "nilai"}
#: free-text fields shown wrapped in a wide column (their rows grow to fit)
WRAP_FIELDS = frozenset(
    {"ukuran", "alasan", "pesan", "catatan", "keterangan", "rumus", "syarat_pengalaman", "riwayat_jabatan"}
)
WRAP_WIDTH = 60
#: a findings table (the columns of findings.FINDING_KEYS: periksa's Temuan, a report's Masalah Data) is laid out one
#: way wherever it is written: its text columns wrap at these widths (rows grow), so the whole table prints one A4
#: landscape page wide at 75% or more (Temuan printed one page wide at ~55%, Masalah Data two pages wide; lang6, h33).
#: The value column holds an 18-digit NIP on one line (the commonest value: at 14 "19760307200307 1" broke over two
#: lines, a NIP no one could read or search for; polish4, h35), its width taken from the message's
FINDING_WRAP: dict[str, float] = {
    "kode": 20, "pesan": 38, "berkas": 16, "lembar_kerja": 12, "judul_kolom": 13, "kolom_baku": 13, "nilai": 20,
}  # fmt: skip
MAX_WIDTH = 48
#: a text column whose values run longer than LONG_TEXT wraps at NAME_WRAP (names of positions and units)
LONG_TEXT = 36
NAME_WRAP = 32
#: numbering columns (centred so the number never runs into the NIP beside it)
NUMBERING = frozenset({"no", "no.", "nomor", "nomor_urut", "no urut", "peringkat", "#", "baris", "baris_usulan"})
#: points per text line of a wrapped cell (Calibri 11, the workbook's font), the larger of the two renderers' line
#: pitch: Excel draws Calibri 11 at 20 px = 15 pt a line (its default row), LibreOffice at 12.8 pt with DejaVu Sans
#: (measured: 6 lines of a 90 pt row at y 54.7, 67.6, 80.3, 93.2, 105.9, 118.8 in its PDF; render28, h37) and at
#: 13.4 pt with Carlito (winAscent + winDescent 2500/2048 em). Sized for LibreOffice, an Excel row cut its last line;
#: sized for Excel, LibreOffice leaves ~2 pt a line blank: a row is set to this many points per line
LINE_HEIGHT = 15.0
#: Excel's tallest row, in points: a taller one is past the file format's limit
MAX_ROW_HEIGHT = 409.0
#: the fill of every table's header row
HEADER_FILL = "#D9E1F2"
#: xlsxwriter default row height in pixels (for chart anchoring)
ROW_PIXELS = 20
#: widest table (in character units) still printed one page wide
FIT_WIDTH_LIMIT = 260
#: character units across an A4 landscape page at 100% (print_setup's margins): a narrower table widens its wrapped
#: columns into the room instead of wrapping long names at NAME_WRAP over twice the pages (walk9, h32)
PAGE_WIDTH = 125
#: the same across A4 portrait (a sheet printed upright: the plan's Ringkasan above its charts)
PORTRAIT_PAGE_WIDTH = 85
#: chart geometry (pixels): width, height per unit shown, fixed part, gap between stacked charts
CHART_WIDTH = 760
CHART_PX_PER_UNIT = 22
CHART_BASE_PX = 130
CHART_MAX_PX = 1400
CHART_GAP_PX = 24
EXCEL_OPTIONS = {"strings_to_formulas": False, "strings_to_urls": False, "strings_to_numbers": False}


@dataclass
class Formats:
    """The cell formats of one workbook (xlsxwriter formats belong to their workbook)."""

    wb: Workbook
    cache: dict[tuple[Any, ...], Any] = field(default_factory=dict)

    def get(self, **props: Any) -> Any:
        key = tuple(sorted(props.items()))
        if key not in self.cache:
            self.cache[key] = self.wb.add_format({"valign": "top", **props})
        return self.cache[key]

    @property
    def header(self) -> Any:
        return self.get(bold=True, bg_color=HEADER_FILL, border=1, text_wrap=True)

    @property
    def title(self) -> Any:
        return self.get(bold=True, font_size=14)

    def number(self, fld: str, value: float | int) -> Any:
        if fld == "nilai_ringkasan":  # mixed figures, each already rounded for its own field
            whole = isinstance(value, int) or float(value).is_integer()
            return self.get(num_format=EXCEL_FORMATS[0] if whole else EXCEL_MIXED_FORMAT)
        if isinstance(value, int) or (fld not in DIGITS and float(value).is_integer()):
            return self.get(num_format=EXCEL_FORMATS[0])
        return self.get(num_format=excel_format(fld))


class _Block:
    """Cells stored by ``put_strings`` / ``put_numbers`` and kept as columns until the sheet is written.

    ``rows`` ascending; ``columns``: column → (values, a format per cell, string cells or not), in
    the order they were put (the order a row's cells were stored in); every row has every column.
    """

    __slots__ = ("columns", "rows", "taken", "where")

    def __init__(self, rows: list[int]) -> None:
        self.rows = rows
        self.columns: dict[int, tuple[Sequence[Any], Sequence[Any], bool]] = {}
        self.taken = 0  #: rows handed to the table as cells (see _Table)
        self.where: dict[int, int] | None = None

    def position(self, row: int) -> int:
        """Where ``row`` is in the block's columns."""
        if self.where is None:
            self.where = {r: i for i, r in enumerate(self.rows)}
        return self.where[row]

    def cells(self, row: int) -> dict[int, Any]:
        """The row as xlsxwriter's table holds it (column → cell tuple)."""
        i = self.position(row)
        self.taken += 1
        new = tuple.__new__
        return {
            col: new(CellStringTuple if text else CellNumberTuple, (values[i], fmts[i]))
            for col, (values, fmts, text) in self.columns.items()
        }


class _Table(dict[int, dict[int, Any]]):
    """xlsxwriter's cell table (row → column → cell, a missing row made empty on access) that also
    holds rows still kept in :class:`_Block` columns (``lazy``): such a row becomes cells the moment
    anything asks the table for it, so a later ``write_*`` to it lands on top of its cells."""

    def __init__(self) -> None:
        super().__init__()
        self.lazy: dict[int, _Block] = {}

    def __missing__(self, row: int) -> dict[int, Any]:
        block = self.lazy.pop(row, None)
        cells = {} if block is None else block.cells(row)
        self[row] = cells
        return cells

    def materialise(self, rows: Iterable[int] | None = None) -> None:
        """Kept rows (all, or those among ``rows``) as cells, for xlsxwriter code that reads the table itself."""
        for row in list(self.lazy) if rows is None else [r for r in rows if r in self.lazy]:
            self[row]


class FastWorksheet(Worksheet):
    """An xlsxwriter worksheet that takes a column of cells in one call and writes its cell XML faster.

    Added through xlsxwriter's own hook for worksheet subclasses (``Workbook.worksheet_class``).
    :meth:`put_strings` / :meth:`put_numbers` store exactly what ``write_string`` /
    ``write_number`` store (shared-string index or number, format) without a call per cell;
    :meth:`_write_rows` writes the same XML as xlsxwriter's, the string and number cells of a
    row in one write (every other cell type through xlsxwriter's ``_write_cell``). In
    constant-memory mode (rows must arrive in order, strings inline) everything is xlsxwriter's.
    """

    fh: Any  #: the open XML file while the sheet is written (xlsxwriter leaves it untyped)

    def __init__(self) -> None:
        super().__init__()
        self.table = _Table()

    def _block_for(self, rows: Sequence[int], cols: Sequence[int]) -> _Block | None:
        """Where a gap-free block of cells at ``rows`` × ``cols`` can be kept as columns: a new block
        when no row has cells yet, the block holding exactly these rows when the columns are new to
        it; None when the cells must go into the table (rows already partly written)."""
        table = self.table
        if not isinstance(table, _Table) or not table.keys().isdisjoint(rows):
            return None
        lazy = table.lazy
        block = lazy.get(rows[0])
        if block is None:
            if not lazy.keys().isdisjoint(rows):
                return None
            block = _Block(list(rows))
            lazy.update(dict.fromkeys(block.rows, block))
            return block
        if block.taken or block.rows != list(rows) or not block.columns.keys().isdisjoint(cols):
            return None
        return block

    def _get_range_data(self, row_start: int, col_start: int, row_end: int, col_end: int) -> Any:
        """A chart's cached data as xlsxwriter reads it from the table; rows all kept in blocks are read
        from their columns (a column a block lacks is no cell)."""
        table = self.table
        if not isinstance(table, _Table) or self.constant_memory:
            return super()._get_range_data(row_start, col_start, row_end, col_end)
        rows = range(row_start, row_end + 1)
        lazy = table.lazy
        if not all(r in lazy for r in rows):
            table.materialise(rows)
            return super()._get_range_data(row_start, col_start, row_end, col_end)
        shared = self.str_table._get_shared_string
        block = lazy[row_start]
        column = block.columns.get(col_start)
        if col_start == col_end and column is not None and all(lazy[r] is block for r in rows):
            first = block.position(row_start)
            if block.rows[first : first + len(rows)] == list(rows):  # the block's rows in a row
                values = column[0][first : first + len(rows)]
                return list(map(shared, values)) if column[2] else [f"{v:.16g}" for v in values]
        data: list[Any] = []
        for row in rows:
            block = lazy[row]
            i = block.position(row)
            for col in range(col_start, col_end + 1):
                column = block.columns.get(col)
                if column is None:
                    data.append(None)
                else:
                    data.append(shared(column[0][i]) if column[2] else f"{column[0][i]:.16g}")
        return data

    def autofit(self, *args: Any, **kwargs: Any) -> None:
        if isinstance(self.table, _Table):
            self.table.materialise()
        super().autofit(*args, **kwargs)

    def _write_hyperlinks(self) -> None:
        if self.hyperlinks and isinstance(self.table, _Table):
            self.table.materialise()
        super()._write_hyperlinks()

    def put_strings(
        self, rows: Sequence[int], cols: Sequence[int], columns: Sequence[Sequence[str | None]], fmts: Sequence[Any]
    ) -> None:
        """``write_string(row, col, value, fmt)`` for every cell of a block, row by row (None skipped).

        ``columns[j][i]`` is the value at ``rows[i]``, ``cols[j]``; ``fmts[j]`` one format for the
        column or a list with one per row. Row by row, the shared strings get the indices
        per-cell writes give them (the file is the same byte for byte). ``rows`` ascending.
        """
        if not rows or not cols:
            return
        if (
            self.constant_memory
            or any(b <= a for a, b in itertools.pairwise(rows))
            or max((max(map(len, filter(None, col)), default=0) for col in columns), default=0) > self.xls_strmax // 2
            or not self._bounds_checked(rows, cols, columns)
        ):
            per_row = [f if isinstance(f, list) else [f] * len(rows) for f in fmts]
            for i, r in enumerate(rows):
                for c, values, f in zip(cols, columns, per_row, strict=True):
                    if values[i] is not None:
                        self.write_string(r, c, values[i], f[i])
            return
        # xlsxwriter's SharedStringTable._get_shared_string_index in bulk: a new string gets the next
        # index in the order the cells are met row by row; every written cell counts once
        sst = self.str_table
        known = sst.string_table
        unique = sst.unique_count
        met = dict.fromkeys(itertools.chain.from_iterable(zip(*columns, strict=True)))  # row by row, first time met
        fresh = [v for v in met if v is not None and v not in known]
        known.update(zip(fresh, itertools.count(unique)))
        sst.unique_count = unique + len(fresh)
        gaps = any(None in values for values in columns)
        block = None if gaps else self._block_for(rows, cols)
        if block is not None:  # kept as columns until the sheet is written
            for c, values, f in zip(cols, columns, fmts, strict=True):
                block.columns[c] = (
                    list(map(known.__getitem__, values)),
                    f if isinstance(f, list) else [f] * len(rows),
                    True,
                )
            sst.count += len(rows) * len(cols)
            return
        new = tuple.__new__  # CellStringTuple(i, f) without its Python-level __new__
        kind = itertools.repeat(CellStringTuple)
        cells_by_column = []
        for values, f in zip(columns, fmts, strict=True):
            indices = (
                [None if v is None else known[v] for v in values] if gaps else list(map(known.__getitem__, values))
            )
            per_cell = f if isinstance(f, list) else [f] * len(indices)
            cells_by_column.append(map(new, kind, zip(indices, per_cell, strict=True)))
        table = self.table
        written = 0
        for r, row_cells in zip(rows, zip(*cells_by_column, strict=True), strict=True):
            if gaps:  # a None value is no cell
                row = {c: cell for c, cell in zip(cols, row_cells, strict=True) if cell[0] is not None}
                table[r].update(row)
                written += len(row)
            else:
                table[r].update(zip(cols, row_cells, strict=True))
        sst.count += written if gaps else len(rows) * len(cols)

    def put_heights(self, rows: Sequence[int], heights: Sequence[float]) -> None:
        """``set_row(row, height)`` for every row (ascending; heights in points, above 0; no format or options)."""
        if not rows:
            return
        if len(rows) != len(heights) or any(b <= a for a, b in itertools.pairwise(rows)) or min(heights) <= 0:
            raise ValueError("put_heights: rows ascending, one height above 0 for each")
        for row in (rows[0], rows[-1]):  # the used range grows to them, as it would row by row
            if self._check_dimensions(row, self.dim_colmin if self.dim_colmin is not None else 0):
                for r, height in zip(rows, heights, strict=True):
                    self.set_row(r, height)
                return
        pixels = [int(h * 4.0 / 3.0 + 0.5) for h in heights]  # set_row's points → pixels
        new, kind = object.__new__, xlsxwriter.worksheet.RowInfo
        infos = []
        for px in pixels:  # RowInfo(height=px) without its __init__
            info = new(kind)
            info.__dict__.update(height=px, row_format=None, hidden=False, level=0, collapsed=False)
            infos.append(info)
        self.row_info.update(zip(rows, infos, strict=True))
        self.row_sizes.update(zip(rows, ([px, False] for px in pixels), strict=True))
        self.outline_row_level = max(int(getattr(self, "outline_row_level", 0)), 0)

    def _bounds_checked(self, rows: Sequence[int], cols: Sequence[int], columns: Sequence[Sequence[Any]]) -> bool:
        """Check each column's first and last written cell as xlsxwriter does (the used range grows to
        them); False when one is outside the sheet."""
        for c, values in zip(cols, columns, strict=True):
            present = [i for i in (0, len(rows) - 1) if values[i] is not None]
            if len(present) < 2:
                present = [i for i, v in enumerate(values) if v is not None]
            if present and (
                self._check_dimensions(rows[present[0]], c) or self._check_dimensions(rows[present[-1]], c)
            ):
                return False
        return True

    def put_numbers(self, rows: Sequence[int], col: int, values: Sequence[float | None], fmts: Sequence[Any]) -> None:
        """``write_number(row, col, value, fmt)`` for every row whose value is not None (finite numbers)."""
        if len(rows) != len(values) or len(fmts) != len(values):
            raise ValueError("put_numbers: rows, values and formats differ in length")
        if None in values:
            keep = [v is not None for v in values]
            rows, values, fmts = (list(itertools.compress(x, keep)) for x in (rows, values, fmts))
        if not values:
            return
        first, last = min(rows), max(rows)  # the used range grows to them, as it would cell by cell
        if (
            self.constant_memory
            or self._check_dimensions(first, col)
            or self._check_dimensions(last, col)
            or not all(map(math.isfinite, values))
        ):
            for r, v, f in zip(rows, values, fmts, strict=True):
                self.write_number(r, col, v, f)
            return
        block = self._block_for(rows, (col,))
        if block is not None:  # kept as a column until the sheet is written
            block.columns[col] = (list(values), list(fmts), False)
            return
        table = self.table
        cells = map(tuple.__new__, itertools.repeat(CellNumberTuple), zip(values, fmts, strict=True))
        for r, cell in zip(rows, cells, strict=True):
            table[r][col] = cell

    def _write_rows(self) -> None:
        """xlsxwriter's ``<sheetData>`` rows: the same XML, built as text and written in large pieces.

        A row's opening tag is xlsxwriter's own (rendered once per kind of row: its span, height,
        format, outline). Consecutive rows of one :class:`_Block`, and consecutive table rows with
        the same columns of string and number cells, are built a column at a time
        (:meth:`_columns_xml`); any other row cell by cell, any other cell type through
        xlsxwriter's ``_write_cell``. Formats get their index in the file in the order
        xlsxwriter's row-by-row, cell-by-cell walk first meets them.
        """
        if self.constant_memory:
            super()._write_rows()
            return
        self._calculate_spans()
        table, row_info, comments, fh = self.table, self.row_info, self.comments, self.fh
        lazy: dict[int, _Block] = table.lazy if isinstance(table, _Table) else {}
        first, last = self.dim_rowmin, self.dim_rowmax
        self._heads = ['<c r="' + xl_col_to_name(c) for c in range(self.dim_colmax + 1)]
        # a column's format, looked up when first needed; format → ' s="n"' (an index never changes once given)
        self._col_styles: list[str | None] = [None] * (self.dim_colmax + 1)
        self._styles: dict[Any, str] = {}
        tails: dict[tuple[Any, ...], str] = {}  # (span, row properties) → the row tag after r="n"
        parts: list[str] = []
        run: list[int] = []  # rows of the current run, what they share (run_key), their tags after r="
        run_key: Any = None
        run_tags: list[str] = []
        used = {r for r, cells in table.items() if cells}.union(row_info, comments, lazy)
        formatted = {r for r, info in row_info.items() if info.row_format}
        for kept, group in itertools.groupby(sorted(r for r in used if first <= r <= last), key=lazy.get):
            rows = list(group)
            if kept is not None and formatted.isdisjoint(rows):  # a stretch of one block's rows: tags only
                if kept is not run_key:
                    self._flush_run(run, run_key, run_tags, parts)
                    run_key = kept
                run += rows
                run_tags += self._row_tags(rows, tails)
                continue
            run_key = self._rows_one_by_one(rows, tails, run, run_tags, parts, run_key)
            if len(parts) > 4096:
                fh.write("".join(parts))
                parts.clear()
        self._flush_run(run, run_key, run_tags, parts)
        fh.write("".join(parts))

    def _row_tags(self, rows: list[int], tails: dict[tuple[Any, ...], str]) -> list[str]:
        """Each row's tag after ``<row r="``: its number, then :meth:`_row_tail` of its span and properties
        (rendered once per kind of row, kept in ``tails``)."""
        span_of, infos, tail = self.row_spans.get, list(map(self.row_info.get, rows)), self._cached_tail
        plain = {group: tail(tails, span_of(group), None) for group in {r >> 4 for r in rows}}
        return [
            str(r + 1) + (plain[r >> 4] if info is None else tail(tails, span_of(r >> 4), info))
            for r, info in zip(rows, infos, strict=True)
        ]

    def _cached_tail(self, tails: dict[tuple[Any, ...], str], span: str | None, info: Any) -> str:
        """:meth:`_row_tail` of a span and row properties, rendered once per kind of row (kept in ``tails``)."""
        key = (span,) if info is None else (span, info.height, info.row_format, info.hidden, info.level, info.collapsed)
        found = tails.get(key)
        if found is None:
            found = tails[key] = self._row_tail(span, info)
        return found

    def _rows_one_by_one(
        self,
        rows: list[int],
        tails: dict[tuple[Any, ...], str],
        run: list[int],
        run_tags: list[str],
        parts: list[str],
        run_key: Any,
    ) -> Any:
        """Rows that are table rows, empty rows or rows with a format, one at a time; consecutive
        table rows with the same columns (or one block's rows) join the run; returns the run's key."""
        table, row_info, fh, span_of = self.table, self.row_info, self.fh, self.row_spans.get
        lazy: dict[int, _Block] = table.lazy if isinstance(table, _Table) else {}
        for row_num in rows:
            info = row_info.get(row_num)
            block = lazy.get(row_num)
            cells: Any = block or table.get(row_num)
            span = span_of(row_num >> 4)
            if not cells:  # a row with a height, a format or comments only
                self._flush_run(run, run_key, run_tags, parts)
                fh.write("".join(parts))
                parts.clear()
                self._write_empty_row(row_num, span, info)
                continue
            tail = self._cached_tail(tails, span, info)
            if info is not None and info.row_format:  # the row's format styles its cells: cell by cell
                self._flush_run(run, run_key, run_tags, parts)
                self._row_xml(row_num, tail, info, parts)
                continue
            shared = block or tuple(cells)
            if shared is not run_key and shared != run_key:
                self._flush_run(run, run_key, run_tags, parts)
                run_key = shared
            run.append(row_num)
            run_tags.append(str(row_num + 1) + tail)
            if len(parts) > 4096:
                fh.write("".join(parts))
                parts.clear()
        return run_key

    def _flush_run(self, run: list[int], key: Any, tags: list[str], parts: list[str]) -> None:
        """Write the rows gathered in ``run`` (one block's, or table rows with the same columns; no
        row format) and empty it."""
        if not run:
            return
        if isinstance(key, _Block):
            self._block_xml(key, run, tags, parts)
        elif len(run) == 1 or not self._run_xml(run, tags, parts):
            for row_num, tag in zip(run, tags, strict=True):
                self._row_xml(row_num, tag, None, parts, numbered=True)
        run.clear()
        tags.clear()

    def _block_xml(self, block: _Block, run: list[int], tags: list[str], parts: list[str]) -> None:
        """The rows ``run`` of ``block`` (every row it still keeps, or some of them)."""
        whole = len(run) == len(block.rows)
        if not whole:
            at = list(map(block.position, run))
        columns = []
        for col_num in sorted(block.columns):
            values, fmts, text = block.columns[col_num]
            if not whole:
                values, fmts = [values[i] for i in at], [fmts[i] for i in at]
            columns.append((col_num, values, fmts, text))
        self._columns_xml(run, tags, columns, parts)

    def _run_xml(self, run: list[int], tags: list[str], parts: list[str]) -> bool:
        """The table rows of ``run`` (same columns) a column at a time; False (nothing written) when a
        cell is neither a string nor a number."""
        rows = list(map(self.table.__getitem__, run))
        string, number = CellStringTuple, CellNumberTuple
        columns = []  # per column: its number, cells' values, formats, kinds
        mixed = False
        for col_num in sorted(rows[0]):
            cells = list(map(operator.itemgetter(col_num), rows))
            kinds = list(map(type, cells))
            distinct = set(kinds)
            if not distinct <= {string, number}:
                return False
            values, fmts = zip(*cells, strict=True)
            columns.append((col_num, values, fmts, kinds))
            mixed |= len(distinct) > 1
        if mixed:  # rows of one kind per column at a time (a header row above numbers)
            at = 0
            for _kinds, group in itertools.groupby(zip(*(c[3] for c in columns), strict=True)):
                size = sum(1 for _ in group)
                self._run_xml(run[at : at + size], tags[at : at + size], parts)
                at += size
            return True
        self._columns_xml(run, tags, [(c, v, f, k[0] is string) for c, v, f, k in columns], parts)
        return True

    def _columns_xml(
        self,
        run: list[int],
        tags: list[str],
        columns: list[tuple[int, Sequence[Any], Sequence[Any], bool]],
        parts: list[str],
    ) -> None:
        """Rows ``run`` (tags after ``<row r="``) whose ``columns`` — (column, values, a format per
        row, string cells or not), ascending — all hold a cell: the XML pieces of every row zipped
        column by column, then joined once per row."""
        styles, col_styles = self._styles, self._col_styles
        # formats get their index where the row-by-row walk first meets them
        firsts = []
        distinct = [
            [fmts[0]] if fmts.count(fmts[0]) == len(fmts) else list(dict.fromkeys(fmts)) for _, _, fmts, _ in columns
        ]
        for position, (col_num, _values, fmts, _text) in enumerate(columns):
            for fmt in distinct[position]:
                if (fmt not in styles) if fmt else col_styles[col_num] is None:
                    firsts.append((fmts.index(fmt), position, fmt))
        for _row, position, fmt in sorted(firsts, key=lambda f: f[:2]):
            self._cached_style(fmt, columns[position][0])
        numbers = [str(r + 1) for r in run]
        texts = self._index_texts()
        repeat = itertools.repeat
        pieces: list[Iterable[str]] = [repeat('<row r="'), tags]
        for (col_num, values, fmts, text), formats in zip(columns, distinct, strict=True):
            if text:
                end, shown = ' t="s"><v>', map(texts.__getitem__, values)
            else:
                end, shown = "><v>", map("{:.16G}".format, values)
            pieces += (repeat(self._heads[col_num]), numbers)
            style_of = {fmt: '"' + self._cached_style(fmt, col_num) + end for fmt in formats}
            if len(formats) == 1:
                pieces.append(repeat(style_of[formats[0]]))
            else:
                pieces.append(map(style_of.__getitem__, fmts))
            pieces += (shown, repeat("</v></c>"))
        pieces.append(repeat("</row>"))
        parts += map("".join, zip(*pieces, strict=False))  # the repeats are endless

    def _index_texts(self) -> list[str]:
        """``str(i)`` for every shared-string index given so far: made once for the workbook (kept on its
        shared-string table, which every sheet shares) and extended as the table grows."""
        table = self.str_table
        texts: list[str] = table.__dict__.setdefault("_asn_mutasi_index_texts", [])
        if len(texts) < table.unique_count:
            texts += map(str, range(len(texts), table.unique_count))
        return texts

    def _row_xml(self, row_num: int, tail: str, info: Any, parts: list[str], *, numbered: bool = False) -> None:
        """One row cell by cell (``tail``: its tag after ``<row r="n``, or after ``<row r="`` when ``numbered``)."""
        cells = self.table[row_num]
        string, number_cell = CellStringTuple, CellNumberTuple
        heads = self._heads
        number = str(row_num + 1)
        parts.append('<row r="' + (tail if numbered else number + tail))
        row_style = None
        if info is not None and info.row_format:
            row_style = f' s="{info.row_format._get_xf_index()}"'
        for col_num in sorted(cells):
            cell = cells[col_num]
            kind = cell.__class__
            if kind is not string and kind is not number_cell:
                self.fh.write("".join(parts))
                parts.clear()
                self._write_cell(row_num, col_num, cell)
                continue
            fmt = cell[1]
            style = row_style if not fmt and row_style is not None else self._cached_style(fmt, col_num)
            if kind is string:
                parts.append(f'{heads[col_num]}{number}"{style} t="s"><v>{cell[0]}</v></c>')
            else:
                parts.append(f'{heads[col_num]}{number}"{style}><v>{cell[0]:.16G}</v></c>')
        parts.append("</row>")

    def _row_tail(self, span: str | None, info: Any) -> str:
        """What xlsxwriter writes for a row's opening tag after ``<row r="n``, rendered once."""
        buffer = io.StringIO()
        real = self.fh
        self.fh = buffer
        try:
            self._write_row(0, span, info)
        finally:
            self.fh = real
        tag = buffer.getvalue()
        prefix = '<row r="1'
        if not tag.startswith(prefix):  # pragma: no cover - an xlsxwriter that orders row attributes otherwise
            raise RuntimeError("xlsxwriter row tag changed")
        return tag[len(prefix) :]

    def _cached_style(self, fmt: Any, col_num: int) -> str:
        """:meth:`_style` of a cell in a row without a format, kept per format and per column (an index
        never changes once given; the first call gives a format its index in the file)."""
        if fmt:
            style = self._styles.get(fmt)
            if style is None:
                style = self._styles[fmt] = self._style(-1, col_num, fmt)
            return style
        col_style = self._col_styles[col_num]
        if col_style is None:
            col_style = self._col_styles[col_num] = self._style(-1, col_num, None)
        return col_style

    def _style(self, row: int, col: int, fmt: Any) -> str:
        """The ``s`` attribute of a cell as xlsxwriter chooses it: its format, else the row's, else the column's."""
        if fmt:
            return f' s="{fmt._get_xf_index()}"'
        if row in self.row_info and self.row_info[row].row_format:
            return f' s="{self.row_info[row].row_format._get_xf_index()}"'
        if col in self.col_info and self.col_info[col].column_format is not None:
            return f' s="{self.col_info[col].column_format._get_xf_index()}"'
        return ""

    def _calculate_spans(self) -> None:
        """xlsxwriter's row spans (first:last used column per block of 16 rows), from each row's own cells."""
        lo_dim, hi_dim = self.dim_colmin, self.dim_colmax
        first, last = self.dim_rowmin, self.dim_rowmax
        blocks: dict[int, list[Any]] = {}  # block of 16 rows → the column sets of its rows
        for source in (self.table, self.comments):
            for row_num, cells in source.items():
                if cells and first <= row_num <= last:
                    blocks.setdefault(row_num >> 4, []).append(cells)
        if isinstance(self.table, _Table):  # rows kept as columns: each block's columns, once per 16 rows
            for group, kept in {(r >> 4, b) for r, b in self.table.lazy.items() if first <= r <= last}:
                blocks.setdefault(group, []).append(list(kept.columns))
        spans = {}
        for block, used in blocks.items():
            lo, hi = min(map(min, used)), max(map(max, used))
            if lo < lo_dim or hi > hi_dim:  # only the columns inside the used range count
                inside = [c for cells in used for c in cells if lo_dim <= c <= hi_dim]
                if not inside:
                    continue
                lo, hi = min(inside), max(inside)
            spans[block] = f"{lo + 1}:{hi + 1}"
        self.row_spans = spans


def put_strings(
    ws: Worksheet,
    rows: Sequence[int],
    cols: Sequence[int],
    columns: Sequence[Sequence[str | None]],
    fmts: Sequence[Any],
) -> None:
    """``ws.write_string`` for every cell of a block, row by row (see :meth:`FastWorksheet.put_strings`)."""
    if isinstance(ws, FastWorksheet):
        ws.put_strings(rows, cols, columns, fmts)
        return
    per_row = [f if isinstance(f, list) else [f] * len(rows) for f in fmts]
    for i, r in enumerate(rows):
        for c, values, f in zip(cols, columns, per_row, strict=True):
            if values[i] is not None:
                ws.write_string(r, c, values[i], f[i])


def put_cells(
    ws: Worksheet,
    rows: Sequence[int],
    texts: Sequence[Sequence[str | None]],
    numbers: Sequence[Sequence[float | None]],
    fmt: Any = None,
    number_fmt: Any = None,
) -> None:
    """Columns 0.. of a block, each cell a string (``texts``) or else a number (``numbers``; None: empty),
    in format ``fmt`` (numbers in ``number_fmt`` when given): what ``write_string``/``write_number`` row by row
    write."""
    nfmt = fmt if number_fmt is None else number_fmt
    if isinstance(ws, FastWorksheet) and not ws.constant_memory:
        ws.put_strings(rows, range(len(texts)), texts, [fmt] * len(texts))
        for c, values in enumerate(numbers):
            ws.put_numbers(rows, c, values, [nfmt] * len(values))
        return
    for i, r in enumerate(rows):
        for c, (col_texts, col_numbers) in enumerate(zip(texts, numbers, strict=True)):
            if col_texts[i] is not None:
                ws.write_string(r, c, col_texts[i], fmt)
            elif col_numbers[i] is not None:
                ws.write_number(r, c, col_numbers[i], nfmt)


def _fast_worksheet_fits() -> bool:
    """Whether this xlsxwriter has the internals FastWorksheet and FastWorkbook were written against."""
    if CellStringTuple is None or CellNumberTuple is None:
        return False
    sheet = Worksheet()
    names = (
        "table",
        "row_info",
        "row_sizes",
        "outline_row_level",
        "col_info",
        "comments",
        "hyperlinks",
        "row_spans",
        "dim_rowmin",
        "xls_strmax",
        "constant_memory",
    )
    methods = (
        "_check_dimensions",
        "_write_row",
        "_write_empty_row",
        "_write_cell",
        "_write_rows",
        "_xml_end_tag",
        "_get_range_data",
        "_write_hyperlinks",
    )
    table = SharedStringTable()
    return (
        isinstance(getattr(xlsxwriter.worksheet, "RowInfo", None), type)
        and isinstance(sheet.table, dict)
        and all(hasattr(sheet, n) for n in names)
        and all(callable(getattr(sheet, m, None)) for m in methods)
        and all(hasattr(table, n) for n in ("string_table", "string_array", "count", "unique_count"))
        and callable(getattr(SharedStrings, "_write_si", None))
        and callable(getattr(Packager, "_filename", None))
    )


#: text xlsxwriter writes unchanged as element data (shared strings, chart caches): printable ASCII
#: without & < > and without "_x" (which could read as an _xHHHH_ escape); anything else is left to
#: xlsxwriter's own escaping
_NEEDS_ESCAPING = re.compile(r"[^\x20-\x7e]|[&<>]|_x")


_NOT_PRINTABLE_ASCII = re.compile(r"[^\x20-\x7e]")
#: what marks a string for escaping when strings are joined by "|" (literal, offset of the string's
#: character): & < > and _x inside it, a space at either edge
_ESCAPE_LITERALS = (("&", 0), ("<", 0), (">", 0), ("_x", 0), ("| ", 1), (" |", 0))


def _escape_positions(joined: str) -> list[int]:
    """Positions in ``joined`` (strings joined by "|") of characters that make their string need
    :data:`_NEEDS_ESCAPING` or an ``xml:space`` (plain string searches; a regex only for text that is
    not all printable ASCII)."""
    found = []
    if not (joined.isascii() and joined.isprintable()):
        found += [m.start() for m in _NOT_PRINTABLE_ASCII.finditer(joined)]
    for literal, offset in _ESCAPE_LITERALS:
        at = joined.find(literal)
        while at >= 0:
            found.append(at + offset)
            at = joined.find(literal, at + 1)
    return found


class FastSharedStrings(SharedStrings):
    """xlsxwriter's sharedStrings.xml, plain strings written as they are, in large pieces."""

    def _write_sst_strings(self) -> None:
        strings = self.string_table.string_array
        # the strings that need xlsxwriter's own <si> (escapes, preserved whitespace, rich strings),
        # found in one search over all of them joined by "|" (a "|" inside a string can only send
        # that string the slow way, which writes the same)
        starts = list(itertools.accumulate((len(t) + 1 for t in strings), initial=1))  # string i at starts[i]
        joined = "|" + "|".join(strings) + "|"
        special = sorted({bisect.bisect_right(starts, at) - 1 for at in _escape_positions(joined)})
        at = 0
        for i in special:
            if at < i:
                self.fh.write("<si><t>" + "</t></si><si><t>".join(strings[at:i]) + "</t></si>")
            self._write_si(strings[i])
            at = i + 1
        if at < len(strings):
            self.fh.write("<si><t>" + "</t></si><si><t>".join(strings[at:]) + "</t></si>")


#: what xlsxwriter's file mode gives every zip member: the time stamp it sets (31-01-1980) and the
#: mode of its temp files (a regular file, rw-------); parts zipped from memory keep both
PART_TIME = (1980, 1, 31, 0, 0, 0)
PART_MODE = 0o100600


class _PartZipper:
    """Deflates a workbook's finished parts into its zip, in order, in a second thread.

    zlib and crc32 release the GIL on large buffers, so a sheet's part is compressed while the
    main thread writes the next one's XML. :meth:`finish` waits for the last part and raises
    what the thread met.
    """

    def __init__(self, archive: zipfile.ZipFile) -> None:
        self.archive = archive
        self.parts: queue.SimpleQueue[tuple[Any, str] | None] = queue.SimpleQueue()
        self.error: BaseException | None = None
        self.thread = threading.Thread(target=self._run, name="asn-mutasi-zip", daemon=True)
        self.thread.start()

    def add(self, stream: Any, name: str) -> None:
        self.parts.put((stream, name))

    def _run(self) -> None:
        while (item := self.parts.get()) is not None:
            if self.error is not None:
                continue
            stream, name = item
            try:
                data = stream.getvalue()
                info = zipfile.ZipInfo(name, PART_TIME)
                info.compress_type = zipfile.ZIP_DEFLATED
                info.external_attr = PART_MODE << 16
                self.archive.writestr(
                    info, data.encode("utf-8") if isinstance(data, str) else data, compresslevel=ZIP_LEVEL
                )
            except BaseException as exc:  # handed to the main thread by finish()
                self.error = exc

    def finish(self) -> None:
        self.parts.put(None)
        self.thread.join()
        if self.error is not None:
            raise self.error


class FastPackager(Packager):
    """xlsxwriter's packager with :class:`FastSharedStrings`; given the workbook's open zip
    (``archive``), its parts are kept in memory and each one is deflated into the zip by a
    :class:`_PartZipper` while the next is written (xlsxwriter then has nothing left to zip)."""

    def __init__(self, archive: zipfile.ZipFile | None = None) -> None:
        super().__init__()
        self.archive = archive
        self.zipper: _PartZipper | None = None
        self.handed = 0  # parts given to the zipper so far

    def _set_in_memory(self, in_memory: bool) -> None:
        super()._set_in_memory(in_memory or self.archive is not None)

    def _create_package(self) -> list[Any]:
        if self.archive is None:
            return super()._create_package()
        self.zipper = _PartZipper(self.archive)
        try:
            super()._create_package()
            self._hand_over()
        finally:
            zipper, self.zipper = self.zipper, None
            zipper.finish()
        return []

    def _hand_over(self) -> None:
        """Give the zipper every part written so far (a part is complete once the next one starts)."""
        assert self.zipper is not None
        for stream, name, _binary in self.filenames[self.handed :]:
            self.zipper.add(stream, name)
        self.handed = len(self.filenames)

    def _filename(self, xml_filename: str) -> Any:
        if self.zipper is None:
            return super()._filename(xml_filename)
        self._hand_over()
        stream = io.StringIO()
        self.filenames.append((stream, xml_filename, False))
        return stream

    def _write_shared_strings_file(self) -> None:
        sst = FastSharedStrings()
        sst.string_table = self.workbook.str_table
        if not self.workbook.str_table.count:
            return
        sst._set_xml_writer(self._filename("xl/sharedStrings.xml"))
        sst._assemble_xml_file()


class FastChartPoints:
    """Mixed into a chart's class: the cached points of a series (``<c:pt>``) written in one step.

    A per-unit chart of 2,000 units caches 12,000 points, each written by xlsxwriter through
    five method calls; numbers and plain text come out the same in one write here.
    """

    fh: Any

    def _write_pt(self, idx: int, value: Any) -> None:
        if value is None:
            return
        kind = value.__class__
        if kind is int or kind is float or (kind is str and _NEEDS_ESCAPING.search(value) is None):
            self.fh.write(f'<c:pt idx="{idx}"><c:v>{value}</c:v></c:pt>')
        else:
            super()._write_pt(idx, value)  # type: ignore[misc]

    def _write_points(self, data: Sequence[Any]) -> None:
        """``_write_pt(i, data[i])`` for every point: in one write when every value is a number or plain text."""
        points = [(i, v) for i, v in enumerate(data) if v is not None]
        kinds = {v.__class__ for _, v in points}
        texts = [v for _, v in points if v.__class__ is str]
        if kinds <= {int, float, str} and _NEEDS_ESCAPING.search("|".join(texts)) is None:
            self.fh.write("".join([f'<c:pt idx="{i}"><c:v>{v}</c:v></c:pt>' for i, v in points]))
        else:
            for i, v in points:
                self._write_pt(i, v)

    def _write_num_cache(self, data: Any) -> None:
        """xlsxwriter's ``<c:numCache>`` (non-numeric values written as 0), its points in one write."""
        tokens = list(data or ())
        for i, token in enumerate(tokens):
            if token is not None:
                try:
                    float(token)
                except ValueError:
                    tokens[i] = 0
        self._xml_start_tag("c:numCache")  # type: ignore[attr-defined]
        self._write_format_code("General")  # type: ignore[attr-defined]
        self._write_pt_count(len(tokens))  # type: ignore[attr-defined]
        self._write_points(tokens)
        self._xml_end_tag("c:numCache")  # type: ignore[attr-defined]

    def _write_str_cache(self, data: Any) -> None:
        """xlsxwriter's ``<c:strCache>``, its points in one write."""
        self._xml_start_tag("c:strCache")  # type: ignore[attr-defined]
        self._write_pt_count(len(data))  # type: ignore[attr-defined]
        self._write_points(data)
        self._xml_end_tag("c:strCache")  # type: ignore[attr-defined]


_FAST_CHARTS: dict[type, type] = {}


def _fast_chart_class(cls: type) -> type:
    """``cls`` with :class:`FastChartPoints` mixed in (one class per chart type)."""
    if cls not in _FAST_CHARTS:
        _FAST_CHARTS[cls] = type(f"Fast{cls.__name__}", (FastChartPoints, cls), {})
    return _FAST_CHARTS[cls]


#: deflate level of a workbook's zip parts. xlsxwriter takes zlib's default (6): 0.22 s of the plan
#: workbook at 100,000 staff. Level 4 takes 0.09 s for a file 8 % larger (1.68 → 1.82 MB); levels
#: 1–3 are faster still but 17–29 % larger (measured on bench/out/sample_100000's plan workbook)
ZIP_LEVEL = 4
#: held while xlsxwriter's zip step runs with ZIP_LEVEL (see FastWorkbook._store_workbook)
_ZIP_STEP = threading.Lock()


class FastWorkbook(Workbook):
    """An xlsxwriter workbook whose shared strings and chart caches are written faster (same XML),
    zipped at :data:`ZIP_LEVEL`."""

    _archive: zipfile.ZipFile | None = None  #: the zip xlsxwriter opened, while it is being filled

    def _store_workbook(self) -> None:
        """xlsxwriter's zip step at :data:`ZIP_LEVEL`, parts deflated while the next is written.

        xlsxwriter has no option for the level: its module's ``ZipFile`` is swapped for the call
        and put back afterwards, under a lock (two workbooks closing at once take turns). The
        zip it opens goes to :class:`FastPackager`, which fills it (:class:`_PartZipper`).
        """
        module: Any = sys.modules[Workbook.__module__]
        real = getattr(module, "ZipFile", None)
        if real is None:  # an xlsxwriter that zips otherwise: its own way
            super()._store_workbook()
            return

        def open_zip(*args: Any, **kwargs: Any) -> zipfile.ZipFile:
            self._archive = real(*args, compresslevel=ZIP_LEVEL, **kwargs)
            return self._archive

        with _ZIP_STEP:
            module.ZipFile = open_zip
            try:
                super()._store_workbook()
            finally:
                module.ZipFile = real
                self._archive = None

    def _get_packager(self) -> Packager:  # xlsxwriter's hook for another packager
        return FastPackager(getattr(self, "_archive", None))

    def add_chart(self, options: dict[str, Any]) -> Any:
        chart = super().add_chart(options)
        methods = ("_write_pt", "_write_num_cache", "_write_str_cache", "_write_format_code", "_write_pt_count")
        if chart is not None and all(callable(getattr(chart, m, None)) for m in methods):
            chart.__class__ = _fast_chart_class(type(chart))
        return chart


FAST_WORKSHEETS = _fast_worksheet_fits()


def new_workbook(path: Path, *, constant_memory: bool = False) -> Workbook:
    """Open an xlsxwriter workbook with formula/number/url conversion off (a :class:`FastWorkbook` of
    :class:`FastWorksheet` sheets when this xlsxwriter has the internals they follow)."""
    from asn_mutasi.io.writers import xlsx_options  # temp files in the atomic write's scratch folder

    options = xlsx_options(path, constant_memory=constant_memory)
    if not FAST_WORKSHEETS:
        return xlsxwriter.Workbook(str(path), options)
    wb = FastWorkbook(str(path), options)
    wb.worksheet_class = FastWorksheet
    return wb


def close_workbook(wb: Workbook, path: str | Path) -> None:
    try:
        wb.close()
    except Exception as exc:  # xlsxwriter wraps OS errors in its own exception types
        raise OutputError(f"Berkas '{path}' tidak dapat ditulis: {write_reason(exc)}") from exc


#: each character's advance in column-width units (the digit "0" = 1), the larger of Calibri's (Excel's default font)
#: and DejaVu Sans's (LibreOffice's stand-in where Calibri is missing); any other character counts 1. Counting every
#: character as a digit gave "Predikat Kinerja (predikat_kinerja)" two lines in a 32-wide column where it shows on
#: one, and an upper-case unit name of 30 letters one line in a 32-wide column where it needs two (walk10, h33).
#: Symbols and a few letters counted below DejaVu Sans's advance ("&" 1.23, "→" 1.32, "…" 1.57, "Z" 1.08, "{}" 1.0,
#: measured from DejaVuSans.ttf's hmtx against its "0"): with the whole width a line holds (:data:`LINE_FILL` 1.0) a
#: unit name with "&" or a reason with "→" estimated to fit one line was drawn on two and cut (review16, h34).
GLYPH_UNITS: dict[str, float] = {
    c: w
    for chars, w in (
        (" .,'", 0.5),
        (":;|", 0.53),
        ("!", 0.63),
        ("ijl", 0.47),
        ("I", 0.5),
        ("f", 0.6),
        ("-", 0.6),
        ("()[]", 0.61),
        ("J", 0.65),
        ("t", 0.66),
        ("r", 0.69),
        ("/", 0.75),
        ("s", 0.82),
        ("z", 0.83),
        ("c", 0.86),
        ("L", 0.88),
        ("k", 0.91),
        ("vxy", 0.93),
        ("a", 0.96),
        ("o", 0.97),
        ("e", 0.98),
        ("FTY", 0.97),
        ("ES", 1.0),
        ("bdhnpqu", 1.04),
        ("PBKXZ", 1.08),
        ("CR", 1.1),
        ("AV", 1.14),
        ("&", 1.23),
        ("DGHNU", 1.27),
        ("#+<=>^~×≤≥→", 1.32),
        ("OQ", 1.33),
        ("w", 1.41),
        ("%", 1.49),
        ("@—…", 1.57),
        ("m", 1.58),
        ("M", 1.69),
        ("W", 1.76),
    )
    for c in chars
}
#: the share of a column's width that a line of text fills before the cell wraps it. A column set ``w`` wide is
#: ``w`` digits plus 5 pixels of padding, which the cell margins take: the text gets the whole ``w``. With 0.95 a
#: 64-letter unit name in a 32-wide column got three lines where LibreOffice and Excel draw two (Per Unit, Per
#: Jabatan), and 60-letter Ringkasan rows a blank second line (polish3, h34).
LINE_FILL = 1.0
#: bold text (the header row) is this much wider than regular text (DejaVu Sans Bold; Calibri Bold less)
BOLD_WIDER = 1.12


def text_units(text: str) -> float:
    """Return how wide ``text`` is on one line, in column-width units (:data:`GLYPH_UNITS`)."""
    return _text_units(str(text))


@functools.lru_cache(maxsize=65536)
def _text_units(text: str) -> float:  # called word by word: the words of names and reasons repeat
    get = GLYPH_UNITS.get
    return sum(get(c, 1.0) for c in text)


def lines_needed(text: str, width: float) -> int:
    """Return how many lines ``text`` wraps to in a column ``width`` characters wide.

    Words move to the next line whole; a word longer than the line (a path, a long code)
    is broken over as many lines as it needs. Each character counts its own width (:data:`GLYPH_UNITS`).
    """
    return _lines_needed(str(text), width)


def header_lines(title: str, width: float) -> int:
    """Return how many lines a header ``title`` (bold, :data:`BOLD_WIDER`) wraps to in a column ``width`` wide."""
    return _lines_needed(str(title), width / BOLD_WIDER)


@functools.lru_cache(maxsize=65536)
def _lines_needed(text: str, width: float) -> int:  # names of positions and units repeat down a column
    room = max(width * LINE_FILL, 1.0)
    space = GLYPH_UNITS[" "]
    total = 0
    for part in str(text).split("\n"):
        sizes = list(map(_text_units, part.split(" ")))
        if sum(sizes) + space * (len(sizes) - 1) <= room:
            total += 1  # the part fits on one line (what the word loop below gives it)
            continue
        count, line = 1, 0.0
        for size in sizes:
            if line and line + space + size > room:
                count, line = count + 1, 0.0
            if size > room:
                extra = math.ceil(size / room) - 1
                count += extra
                line = size - extra * room
            else:
                line += (space if line else 0.0) + size
        total += count
    return max(total, 1)


def header_width(title: str) -> float:
    """Return the narrowest width that wraps ``title`` only between words (at most 3 lines)."""
    longest = max((len(w) for w in title.split()), default=4)
    return float(max(longest + 2, math.ceil(len(title) / 3) + 2, 6))


def column_width(fld: str, title: str, values: Sequence[str]) -> float:
    """Return a width that shows the header words and the longest sampled value."""
    if fld in WRAP_FIELDS:
        return float(WRAP_WIDTH)
    longest = max((len(v) for v in values), default=0)
    width = max(header_width(title), min(longest + 2, MAX_WIDTH))
    if fld == "nip":
        width = max(width, 21.0)
    return float(width)


def print_setup(ws: Worksheet, widths: Sequence[float], *, header_row: int | None = 0, keys: int = 1) -> None:
    """A4 landscape, gridlines printed, header row repeated; one page wide when the table fits, else the first
    ``keys`` columns (what names a row: 2 for an OPD and its unit) on each page."""
    ws.set_paper(9)
    ws.set_landscape()
    ws.set_margins(left=0.4, right=0.4, top=0.5, bottom=0.5)
    ws.hide_gridlines(0)
    if header_row is not None:
        ws.repeat_rows(header_row)
    if sum(widths) <= FIT_WIDTH_LIMIT:
        ws.fit_to_pages(1, 0)
    else:  # too wide for one page: as few pages wide as keep it readable, the first column on each
        ws.fit_to_pages(math.ceil(sum(widths) / FIT_WIDTH_LIMIT), 0)
        ws.repeat_columns(0, max(keys, 1) - 1)
        ws.print_across()
    ws.set_footer("&L&A&RHalaman &P dari &N")


def key_columns(fields: Sequence[str]) -> int:
    """How many leading columns name a row printed across pages (:func:`print_setup` ``keys``): an OPD column
    leading with its unit beside it, two ("Dinas Kesehatan" alone on the second page named no unit; walk5, h31)."""
    opd_first = len(fields) > 1 and fields[0] in OPD_OF_UNIT.values()
    return 2 if opd_first and OPD_OF_UNIT.get(fields[1]) == fields[0] else 1


#: leading columns that together name a row (a post by its code and name, a person by NIP and name): kept in view
#: when the analyst scrolls right and printed on every page of a wide table. Per Jabatan froze the header row
#: only, so at "Beban Kerja" or "EJ" a row was no longer a post, and its second printed page named only the code
#: (polish2, h34).
_ROW_NAMES = (("kode_jabatan", "nama_jabatan"), ("nip", "nama"))


def row_name_columns(cols: Sequence[str]) -> int:
    """How many leading ``cols`` name a row: a pair of :data:`_ROW_NAMES`, a unit (with its OPD column:
    :func:`key_columns`), else 0 (a findings or grading table, whose first column names no row)."""
    pair = next((len(pair) for pair in _ROW_NAMES if tuple(cols[: len(pair)]) == pair), 0)
    unit = key_columns(cols) if cols and (cols[0] == "unit_kerja" or cols[0] in OPD_OF_UNIT.values()) else 0
    return pair or unit


def freeze_row_names(ws: Worksheet, fields: Sequence[str]) -> int:
    """Freeze a table's header row (row 0) and the columns that name its rows (:func:`row_name_columns`), when
    there are more columns to scroll to; return the columns to repeat on printed pages (:func:`print_setup` keys)."""
    keys = row_name_columns(fields)
    if keys and len(fields) > keys:
        ws.freeze_panes(1, keys)
    return keys or key_columns(fields)


def display_cell(fld: str, value: Any) -> Any:
    """Return what the cell holds for a person: words for codes and booleans, otherwise the value."""
    value = to_plain(value)
    if value is None:
        return None
    return value_label(fld, value)


def write_cell(ws: Worksheet, fmts: Formats, r: int, c: int, fld: str, value: Any, *, wrap: bool = False) -> None:
    """Write one display value: text as text, numbers rounded by format, dates as dates."""
    if value is None:
        return
    if fld in TEXT_FIELDS or isinstance(value, str):
        text = _id_text(value)
        if isinstance(text, float):  # a number whose last digits were rounded away stays the number it is
            ws.write_number(r, c, text, fmts.get())  # General: Excel shows 1,97703E+17, a number, not a NIP
            return
        ws.write_string(r, c, text, fmts.get(text_wrap=True) if wrap else fmts.get())
    elif isinstance(value, bool):
        ws.write_string(r, c, "ya" if value else "tidak", fmts.get())
    elif isinstance(value, (int, float)):
        if isinstance(value, int) and abs(value) >= 10**11:
            ws.write_string(r, c, str(value), fmts.get())  # an id that lost its text type
        else:
            ws.write_number(r, c, value, fmts.number(fld, value))
    elif isinstance(value, dt.datetime):
        if value.time() == dt.time(0):
            ws.write_datetime(r, c, value.replace(tzinfo=None), fmts.get(num_format=EXCEL_DATE_FORMAT))
        else:
            ws.write_datetime(r, c, value.replace(tzinfo=None), fmts.get(num_format=EXCEL_DATE_FORMAT + " hh:mm"))
    elif isinstance(value, dt.date):
        ws.write_datetime(r, c, dt.datetime(value.year, value.month, value.day), fmts.get(num_format=EXCEL_DATE_FORMAT))
    elif isinstance(value, (list, tuple, set)):
        ws.write_string(r, c, "; ".join(str(v) for v in value), fmts.get(text_wrap=wrap))
    else:
        ws.write_string(r, c, str(value), fmts.get(text_wrap=wrap))


def _long_text(values: pd.Series, sample: list[str]) -> bool:
    """Return True for a text column (not numbers or dates) with values longer than LONG_TEXT."""
    if values.dtype.kind in "biufcmM":
        return False
    return any(len(v) > LONG_TEXT for v in sample)


def _sample_text(fld: str, shown: list[Any]) -> list[str]:
    """The texts a width is fitted to: shown values (:func:`display_cell`), numbers rounded, dates as dd-mm-yyyy."""
    if all(v.__class__ is str or v is None for v in shown):
        return [v for v in shown if v is not None]
    out = []
    for v in shown:
        if v is None:
            continue
        if isinstance(v, float):
            v = f"{v:,.{digits_for(fld)}f}"
        elif isinstance(v, (dt.date, dt.datetime)):
            v = "00-00-0000"
        out.append(str(v))
    return out


def _table_widths(
    frame: pd.DataFrame,
    fields: list[str],
    keys: list[str],
    titles: list[str],
    shown: list[list[Any]],
    labelled: bool,
    text_fields: frozenset[str],
    min_widths: Mapping[str, float] | None,
    wrap: dict[str, float],
) -> tuple[list[float], list[int], list[float]]:
    """:func:`write_table`'s column widths, its wrapped columns (``wrap`` gains the long-text ones) and the width
    each column's longest sampled text wants."""
    widths: list[float] = []
    natural: list[float] = []
    for c, (f, k, title) in enumerate(zip(fields, keys, titles, strict=True)):
        sample = (
            _sample_text(k, shown[c][:500])
            if labelled
            else [str(v) for v in frame[f].head(500) if to_plain(v) is not None]
        )
        width = column_width(k, title, sample)
        width = max(width, float((min_widths or {}).get(f, 0)))
        if f not in wrap and k not in WRAP_FIELDS and k not in text_fields and _long_text(frame[f], sample):
            wrap[f] = max(NAME_WRAP, header_width(title))
        widths.append(float(wrap[f]) if f in wrap else width)
        natural.append(float(max((len(v) for v in sample), default=0) + 2))
    wrap_cols = [c for c, k in enumerate(keys) if k in WRAP_FIELDS or fields[c] in wrap]
    return widths, wrap_cols, natural


def _widen_wrapped(
    widths: list[float], wrap_cols: list[int], natural: list[float], page_width: float
) -> tuple[list[float], list[int]]:
    """A table narrower than the page widens its wrapped columns toward their longest text, sharing the room by
    what each lacks: one rule for every report sheet (a 3-column Per Diklat wrapped its names at 32 characters over
    two pages, most of each page empty; walk9, h32)."""
    lack = {c: natural[c] - widths[c] for c in wrap_cols if natural[c] > widths[c]}
    room = page_width - sum(widths)
    if lack and room > 0:
        share = min(1.0, room / sum(lack.values()))
        for c, short in lack.items():
            widths[c] += float(math.floor(short * share))
    return widths, wrap_cols


def write_table(
    ws: Worksheet,
    fmts: Formats,
    frame: pd.DataFrame,
    *,
    start_row: int = 0,
    labelled: bool = True,
    headers: Mapping[str, str] | None = None,
    text_fields: frozenset[str] = TEXT_FIELDS,
    min_widths: Mapping[str, float] | None = None,
    wrap: Mapping[str, float] | None = None,
    between: Sequence[Sequence[object]] = (),
    page_width: float = PAGE_WIDTH,
) -> list[float]:
    """Write ``frame`` as a table at ``start_row``: headers, cells, widths, row heights; return widths.

    ``labelled``: canonical column names become Indonesian headers (``headers`` first, then
    :func:`asn_mutasi.labels.label`) and coded values become words; otherwise the columns
    and values are written as given (a roster written back for re-import). ``wrap`` names
    further fields wrapped at a fixed width (rows grow to fit them too). ``between``: rows
    written as they are between the header and the data (a roster's numbering row). ``page_width``: the printed
    page's width in character units, which wrapped columns widen into (:data:`PORTRAIT_PAGE_WIDTH` when upright).
    """
    fields = [str(c) for c in frame.columns]
    wrap = (FINDING_WRAP if labelled and tuple(fields) == FINDING_KEYS else {}) | dict(wrap or {})
    keys = [f.casefold() for f in fields] if not labelled else fields
    titles = [(headers or {}).get(f) or (label(f) if labelled else f) for f in fields]
    # the cells as shown, once: the width sample is their first 500
    shown = [_display_column(keys[c], frame.iloc[:, c], labelled=labelled) for c in range(len(fields))]
    sizes = _table_widths(frame, fields, keys, titles, shown, labelled, text_fields, min_widths, wrap)
    widths, wrap_cols = _widen_wrapped(*sizes, page_width)
    for c, width in enumerate(widths):
        centred = keys[c] in NUMBERING or titles[c].casefold() in NUMBERING
        ws.set_column(c, c, width, fmts.get(align="center") if centred else None)
    first = _write_head(ws, fmts, titles, widths, start_row, between)
    centred_cols = {c for c, k in enumerate(keys) if k in NUMBERING or titles[c].casefold() in NUMBERING}
    rows = range(first, first + len(frame))
    columns = [
        _cell_column(
            fmts,
            keys[c],
            shown[c],
            as_text=keys[c] in text_fields,
            centred=c in centred_cols,
            wrap=c in wrap_cols,
        )
        for c in range(len(fields))
    ]
    if wrap_cols and len(frame):
        lines = [max(col) for col in zip(*(lines_column(columns[c].shown, widths[c]) for c in wrap_cols), strict=True)]
        tall = [(r, min(LINE_HEIGHT * n, MAX_ROW_HEIGHT)) for r, n in zip(rows, lines, strict=True) if n > 1]
        if isinstance(ws, FastWorksheet):
            ws.put_heights([r for r, _ in tall], [h for _, h in tall])
        else:
            for r, height in tall:
                ws.set_row(r, height)
    if isinstance(ws, FastWorksheet) and not ws.constant_memory and all(col.kind != "x" for col in columns):
        text = [c for c, col in enumerate(columns) if col.kind == "s"]
        ws.put_strings(rows, text, [columns[c].values for c in text], [columns[c].fmts for c in text])
        for c, column in enumerate(columns):
            if column.kind == "n":
                ws.put_numbers(rows, c, column.values, column.fmts)
    else:  # cell by cell, row by row (constant memory needs every row complete before the next one)
        for i, r in enumerate(rows):
            for c, column in enumerate(columns):
                column.write(ws, r, c, i)
    ws.freeze_panes(first, 0)
    if fields:
        ws.autofilter(start_row, 0, first - 1 + max(len(frame), 1), len(fields) - 1)
    return widths


def _write_head(
    ws: Worksheet,
    fmts: Formats,
    titles: Sequence[str],
    widths: Sequence[float],
    start_row: int,
    between: Sequence[Sequence[object]],
) -> int:
    """Write the header row at ``start_row`` and the ``between`` rows under it; return the first data row."""
    head_lines = max((header_lines(t, w) for t, w in zip(titles, widths, strict=True)), default=1)
    ws.set_row(start_row, LINE_HEIGHT * head_lines + 2)
    for c, title in enumerate(titles):
        ws.write_string(start_row, c, title, fmts.header)
    for r, cells in enumerate(between, start=start_row + 1):  # numbers stay numbers, text stays text
        for c, value in enumerate(cells):
            if isinstance(value, int | float) and not isinstance(value, bool):
                ws.write_number(r, c, value)
            elif value is not None and str(value) != "":
                ws.write_string(r, c, str(value))
    return start_row + 1 + len(between)


@dataclass
class _Column:
    """One table column ready to write: the shown values and how each cell is written.

    ``kind`` "s": every cell a string (``values``, one format); "n": every cell a number
    (``values``, a format per cell); "x": each cell through :func:`write_cell` as before.
    ``shown`` are the display values (what row heights are estimated from).
    """

    kind: str
    shown: list[Any]
    values: list[Any]
    fmts: Any
    fld: str
    wrap: bool
    formats: Formats

    def write(self, ws: Worksheet, r: int, c: int, i: int) -> None:
        value = self.values[i]
        if value is None:
            return
        if self.kind == "s":
            ws.write_string(r, c, value, self.fmts)
        elif self.kind == "n":
            ws.write_number(r, c, value, self.fmts[i])
        elif self.fmts is not None and isinstance(value, (int, float)) and not isinstance(value, bool):
            ws.write_number(r, c, value, self.fmts)  # a centred numbering column
        else:
            write_cell(ws, self.formats, r, c, self.fld, value, wrap=self.wrap)


_SIMPLE = frozenset({str, int, float, type(None)})


def _display_column(fld: str, values: pd.Series, *, labelled: bool) -> list[Any]:
    """The column's cells as :func:`display_cell` (labelled) or :func:`to_plain` gives them."""
    items = values.tolist()
    types = set(map(type, items))
    if types <= _SIMPLE:  # to_plain changes only NaN/inf; value_label only strings of a coded field
        if float in types:
            items = [v if v.__class__ is not float or math.isfinite(v) else None for v in items]
        if labelled and str in types and (fld in VALUE_LABELS or fld in FIELD_NAME_COLUMNS):
            items = [value_label(fld, v) for v in items]
        return items
    if labelled:
        return [display_cell(fld, v) for v in items]
    return [to_plain(v) for v in items]


def _id_text(value: Any) -> Any:
    """An id cell as text (12.0 → "12"); a float too large to hold every integer (a NIP typed as a number, its last
    digits rounded away) is kept a number, so the file read again still says so instead of showing invented digits."""
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, float) and value.is_integer():
        return value if abs(value) >= ROUNDED_FLOAT else str(int(value))
    return str(value)


#: floats from here on are not every integer: a number this large was rounded (a NIP typed as a number); the
#: roster writer's CSV keeps such a number as Excel shows it by the same bound
ROUNDED_FLOAT = 2.0**53


def _cell_column(fmts: Formats, fld: str, shown: list[Any], *, as_text: bool, centred: bool, wrap: bool) -> _Column:
    """How write_table writes one column (the per-cell rules of the loop it replaces, decided once)."""
    values = shown
    types = set(map(type, values)) - {type(None)}
    if as_text and not types <= {str}:  # ids stay text: 12.0 → "12"; a float past 2**53 stays a number (see _id_text)
        values = [_id_text(v) for v in shown]
        types = set(map(type, values)) - {type(None)}
    column = _Column("x", shown, values, fmts.get(align="center") if centred else None, fld, wrap, fmts)
    if types == {str}:  # write_cell: text, wrapped or not
        column.kind, column.fmts = "s", fmts.get(text_wrap=True) if wrap else fmts.get()
    elif types and types <= {int, float} and fld not in TEXT_FIELDS:
        if centred:
            column.kind, column.fmts = "n", [column.fmts] * len(values)
        elif int not in types or all(v is None or not isinstance(v, int) or abs(v) < 10**11 for v in values):
            column.kind = "n"
            # Formats.number depends on int-ness and whole-ness only: one format per kind, made in
            # the order the kinds first appear (a format's index in the file is its creation order)
            kinds = [
                None if v is None else (True, True) if v.__class__ is int else (False, v.is_integer()) for v in values
            ]
            by_kind: dict[Any, Any] = {None: None}
            for kind, value in dict(zip(kinds, values, strict=True)).items():
                if kind is not None:
                    by_kind[kind] = fmts.number(fld, value)
            column.fmts = list(map(by_kind.__getitem__, kinds))
    return column


def lines_column(shown: list[Any], width: float) -> list[int]:
    """Lines each cell wraps to (1 for an empty cell); texts too short to fill a line even in the widest letters
    skip :func:`lines_needed`."""
    short = max(width * LINE_FILL, 1.0) / max(GLYPH_UNITS.values())

    def count(v: Any) -> int:
        if v is None:
            return 1
        text = str(v)
        return 1 if len(text) <= short and "\n" not in text else lines_needed(text, width)

    if set(map(type, shown)) <= {str, type(None)}:  # once per distinct text (names repeat down a column)
        lines = {v: count(v) for v in dict.fromkeys(shown)}
        return list(map(lines.__getitem__, shown))
    return list(map(count, shown))


@dataclass
class Sheet:
    """One sheet of a report workbook: a frame with canonical columns and optional header overrides."""

    frame: pd.DataFrame
    headers: Mapping[str, str] | None = None
    labelled: bool = True
    #: rows of text written above the table's header (a roster's title rows), the header on the row after them
    above: Sequence[Sequence[str]] = ()
    #: rows written between the header and the data (a roster's numbering row), as :func:`write_table` ``between``
    between: Sequence[Sequence[object]] = ()
    #: a sentence written under the header when the table has no rows, saying why (a bare header row read as a
    #: sheet left unfinished: bandingkan's Masuk and Keluar, periksa's Baris Dikecualikan; polish5, h36)
    empty: str | None = None


#: unit columns whose ``OPD | unit`` keys a report shows as an OPD column before the unit (:func:`with_opd_columns`)
OPD_OF_UNIT = {
    "unit_kerja": "perangkat_daerah",
    "unit_asal": "perangkat_daerah_asal",
    "unit_tujuan": "perangkat_daerah_tujuan",
    # bandingkan: a move's units before and after, and where a planned move's employee is now (walk6, h31)
    "unit_sebelum": "perangkat_daerah_sebelum",
    "unit_sesudah": "perangkat_daerah_sesudah",
    "unit_sekarang": "perangkat_daerah_sekarang",
}


def with_opd_columns(frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` with each unit column of :data:`OPD_OF_UNIT` holding ``OPD | unit`` keys split in two as the roster
    writes them: the OPD in a column of its own before it, the unit as written in it (:func:`opd_and_unit`). A frame
    without such keys, or with its own OPD column, is returned as it is. Report sheets printed the working key
    "Dinas Kesehatan | UPT Puskesmas X" where the analyst reads an OPD and a unit (walk5, h31)."""
    from asn_mutasi.domain.jabatan import opd_and_unit

    fields = [f for f in OPD_OF_UNIT if f in frame.columns and OPD_OF_UNIT[f] not in frame.columns]
    if not fields or not len(frame):
        return frame
    values = [frame[f].astype(object).where(frame[f].notna(), None) for f in fields]
    parts = opd_and_unit(v for col in values for v in col.unique())
    if not parts:
        return frame
    out = frame.copy()
    opds, units = {k: o for k, (o, _) in parts.items()}, {k: u for k, (_, u) in parts.items()}
    for f, col in zip(fields, values, strict=True):  # (per distinct key: a dict lookup, no call per row)
        out[f] = col.map(units).where(col.isin(units.keys()), col)
        out.insert(list(out.columns).index(f), OPD_OF_UNIT[f], col.map(opds).astype(object))
    return out


def write_report_workbook(
    path: str | Path,
    sheets: Mapping[str, pd.DataFrame | Sheet],
    *,
    overwrite: bool = False,
    text_fields: Sequence[str] = (),
    inputs: Sequence[str | Path] = (),
) -> None:
    """Write one table per sheet (see the module docstring) to ``path`` atomically (never over one of ``inputs``)."""
    texts = TEXT_FIELDS | {t.casefold() for t in text_fields} | set(text_fields)
    with atomic_path(path, overwrite=overwrite, inputs=inputs) as tmp, gc_paused():
        wb = new_workbook(tmp, constant_memory=True)
        fmts = Formats(wb)
        for name, spec in sheets.items():
            sheet = spec if isinstance(spec, Sheet) else Sheet(spec)
            if sheet.labelled:  # a report: the OPD of a unit key in its own column (a roster written back: as read)
                sheet = dataclasses.replace(sheet, frame=with_opd_columns(sheet.frame))
            ws = wb.add_worksheet(_sheet_name(name))
            for r, cells in enumerate(sheet.above):  # text as text: a title "=…" is no formula
                for c, text in enumerate(cells):
                    if text:
                        ws.write_string(r, c, text)
            top = len(sheet.above)
            widths = write_table(
                ws,
                fmts,
                sheet.frame,
                start_row=top,
                labelled=sheet.labelled,
                headers=sheet.headers,
                text_fields=frozenset(texts),
                between=sheet.between,
            )
            if sheet.empty and not len(sheet.frame):
                _empty_note(ws, fmts, top + 1 + len(sheet.between), sheet.empty, widths)
            print_setup(ws, widths, header_row=top, keys=key_columns([str(c) for c in sheet.frame.columns]))
        close_workbook(wb, path)


def _empty_note(ws: Worksheet, fmts: Formats, row: int, note: str, widths: Sequence[float]) -> None:
    """Why a sheet has no rows, under its header: wrapped across the table's columns (one narrow first column held
    it unwrapped, running over the cells beside it), the row as tall as its lines there."""
    span = max(len(widths), 1)
    fmt = fmts.get(italic=True, text_wrap=True)
    if span > 1:
        ws.merge_range(row, 0, row, span - 1, note, fmt)
    else:
        ws.write_string(row, 0, note, fmt)
    ws.set_row(row, min(LINE_HEIGHT * lines_needed(note, sum(widths) if widths else 8.43), MAX_ROW_HEIGHT))


def _sheet_name(name: str) -> str:
    bad = set("[]:*?/\\")
    return "".join("_" if ch in bad else ch for ch in name).strip("'")[:31] or "Sheet"


def summary_frame(summary: Mapping[str, Any], labels: Mapping[str, str]) -> pd.DataFrame:
    """Return a two-column (Ukuran, Nilai) frame of summary figures: values rounded by their field,
    coded values (solver status, method, booleans) in words."""
    from asn_mutasi.formatting import PERCENT_FIELDS, display_value, round_for_display
    from asn_mutasi.labels import summary_label

    rows = [
        {
            "ukuran": labels.get(k) or summary_label(k),
            # a percentage reads as on the terminal ("4,2%"), not the fraction 0,042
            "nilai_ringkasan": display_value(k, v)
            if k in PERCENT_FIELDS and v is not None
            else display_cell(k, round_for_display(to_plain(v), k)),
        }
        for k, v in summary.items()
    ]
    return pd.DataFrame(rows, columns=["ukuran", "nilai_ringkasan"])


def chart_height(units: int) -> int:
    """Return a chart's height in pixels for ``units`` bars (every unit label gets its own line)."""
    return int(min(CHART_MAX_PX, max(300, CHART_PX_PER_UNIT * units + CHART_BASE_PX)))


def write_parameters(ws: Worksheet, fmts: Formats, parameters: Mapping[str, Any], files: list[tuple[str, str]]) -> None:
    """The Parameter sheet: version and time once, then every setting and input file (with sha256), each key with
    its value, unit and what it is in words (:data:`asn_mutasi.labels.PARAMETER_LABELS`). Key and value stay the
    first two columns: ``read_plan_workbook`` reads them back there (older workbooks have only those two)."""
    from asn_mutasi.labels import parameter_words

    rows = [(key, value, *reversed(parameter_words(key))) for key, value in parameter_rows(parameters, files)]
    frame = pd.DataFrame(rows, columns=["parameter", "nilai_parameter", "satuan_parameter", "keterangan_parameter"])
    # long values (a sha256, an input path with its hash) wrap in their column instead of running
    # over the empty columns beside it, which LibreOffice then prints as a grid of empty cells
    widths = write_table(
        ws,
        fmts,
        frame,
        text_fields=frozenset(frame.columns),
        wrap={"nilai_parameter": 40, "keterangan_parameter": 50},
    )
    print_setup(ws, widths)


#: run options recorded under an English name by their callers → the name the Parameter sheet shows
PARAMETER_NAMES = {"keep": "nip_tetap"}
#: parameter keys the writer records itself (a caller's copy is dropped, not listed twice)
_OWN_PARAMETERS = {
    "versi": "versi_asn_mutasi",
    "waktu": "waktu_pembuatan",
    "versi_asn_mutasi": "",
    "waktu_pembuatan": "",
}


def parameter_rows(parameters: Mapping[str, Any], files: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Return (parameter, value text) rows: version and time first, settings flattened, input files last."""
    rows: list[tuple[str, str]] = [
        ("versi_asn_mutasi", asn_mutasi.__version__),
        ("waktu_pembuatan", format_date(dt.datetime.now().replace(microsecond=0, second=0))),
    ]
    rows += [
        (PARAMETER_NAMES.get(str(k), str(k)), _param(v))
        for k, v in _flatten(dict(parameters))
        if k not in _OWN_PARAMETERS
    ]
    rows += [(f"berkas_input_{i}", f"{shown_path(p)} (sha256 {h})") for i, (p, h) in enumerate(files, start=1)]
    return rows


def _flatten(data: dict[str, Any], prefix: str = "") -> list[tuple[str, Any]]:
    out: list[tuple[str, Any]] = []
    for k, v in data.items():
        key = f"{prefix}{k}"
        if isinstance(v, dict):
            out += _flatten(v, key + ".")
        else:
            out.append((key, v))
    return out


_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")


def _param(value: Any) -> str:
    """A setting as a person reads it: ya/tidak, 1,5 (Indonesian decimals), dd-mm-yyyy."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ya" if value else "tidak"
    if isinstance(value, (list, tuple)):
        return ", ".join(_param(v) for v in value)
    if isinstance(value, (dt.date, dt.datetime)):
        return format_date(value)
    if isinstance(value, (int, float)):
        return format_number(value, None) if isinstance(value, float) and not value.is_integer() else str(int(value))
    m = _ISO_DATE.match(str(value))
    if m:
        return f"{m.group(3)}-{m.group(2)}-{m.group(1)}"
    return str(value)
