"""Parse one large worksheet as two halves on two cores, with the same rows as one parse.

calamine parses a worksheet's XML without the GIL, at about 75 MB/s on one core, and it is
the longest step of reading a 100,000-row roster. A worksheet's rows are independent: with
every ``<row>`` and ``<c>`` carrying its ``r`` reference (the guard checks this:
:attr:`~asn_mutasi.io.guard.SheetScan.implicit`), a cell's place is written beside it and
does not depend on the rows before it. So the rows are cut at a ``<row`` tag near the
middle and each half becomes a small workbook of its own (the original's other parts —
styles, shared strings, workbook.xml — copied unchanged, stored, not compressed), parsed
by calamine on its own thread. The two grids are then stitched at their absolute places.

The result equals ``to_python(skip_empty_area=False)`` of the whole sheet (the tests compare
them on generated and messy workbooks). Whenever equality is not certain — markup that
is not plain rows and cells (comments, CDATA, processing instructions, a namespace
prefix), a second half whose first row is not below the first half's last, a half with
no cells — :func:`read_halves` returns None and the caller parses the sheet whole.
"""

from __future__ import annotations

import io
import itertools
import re
import threading
import zipfile
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

import numpy as np
from python_calamine import CalamineWorkbook

if TYPE_CHECKING:  # the type only: this module starts the early read, before the header code is imported
    from asn_mutasi.io.headers import Merged

#: a worksheet below this (inflated) size is parsed whole: two halves would save less than they cost
SPLIT_MIN_BYTES = 16 << 20
#: and one above it too: its XML, kept in memory, and the halves would cost more memory than they may
SPLIT_MAX_BYTES = 160 << 20

Grid = list[list[object]]


def cut_points(xml: bytes, markup: int) -> tuple[int, int, int] | None:
    """``(body, cut, close)``: where the rows begin, the ``<row`` tag near the middle, and ``</sheetData>``.

    ``markup`` is the guard's count of ``<!`` and ``<?`` tags in the whole XML
    (:attr:`~asn_mutasi.io.guard.SheetScan.markup`): a comment, CDATA section or processing
    instruction among the rows could hide a ``<row`` that is not one, so all of them must lie
    before the rows. None when the sheet cannot be cut safely (see the module docstring).
    """
    start = xml.find(b"<sheetData>")
    close = xml.rfind(b"</sheetData>")
    if start < 0 or close < start or xml.find(b"<sheetData", start + 1) >= 0:
        return None
    body = start + len(b"<sheetData>")
    head = xml[:body]
    if head.count(b"<!") + head.count(b"<?") != markup:
        return None
    cut = xml.find(b"<row ", (body + close) // 2, close)
    if cut <= body:
        return None
    return body, cut, close


#: parts a half never needs: pictures, embedded files, macros, charts, drawings, pivot caches (only the
#: cells' values are read, and those come from the sheet, its shared strings and its styles)
_SKIPPED_PARTS = (
    "xl/media/", "xl/embeddings/", "xl/drawings/", "xl/charts/", "xl/pivotcache/", "xl/pivottables/", "customxml/"
)  # fmt: skip


def _needed(name: str) -> bool:
    """Whether a half copies part ``name``: the XML and relationship parts outside :data:`_SKIPPED_PARTS`."""
    low = name.casefold()
    return low.endswith((".xml", ".rels")) and not low.startswith(_SKIPPED_PARTS)


def _half(source: zipfile.ZipFile, entry: str, pieces: list[memoryview]) -> io.BytesIO:
    """A workbook whose worksheet ``entry`` is ``pieces``; the other parts it needs copied from ``source`` (stored)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as book:
        for info in source.infolist():
            if info.is_dir():
                continue
            if info.filename == entry:
                with book.open(zipfile.ZipInfo(entry), "w", force_zip64=True) as fh:
                    for piece in pieces:
                        fh.write(piece)
            elif _needed(info.filename):
                book.writestr(zipfile.ZipInfo(info.filename), source.read(info))
    out.seek(0)
    return out


def _parse(book: io.BytesIO, name: str, skip_empty_area: bool) -> tuple[Any, Any, Grid, Merged]:
    sheet = CalamineWorkbook.from_filelike(book).get_sheet_by_name(name)
    book.close()  # calamine holds its own copy
    rows = cast(Grid, sheet.to_python(skip_empty_area=skip_empty_area))
    return sheet.start, sheet.end, rows, list(sheet.merged_cell_ranges or [])


def read_halves(
    source: Path | bytes, entry: str, xml: bytes, markup: int, name: str, crc: int | None = None
) -> tuple[Grid, Merged] | None:
    """Rows and merged ranges of sheet ``name`` (worksheet ``entry``, inflated ``xml``) parsed in two halves.

    None when the sheet is not cut (see :func:`cut_points`), the file's entry is no longer
    the one ``xml`` was inflated from (its ``crc`` and size, when given: a file replaced
    since the guard read it), or the halves cannot be stitched to equal a whole parse; then
    the caller parses it whole (and reports its errors).
    """
    points = cut_points(xml, markup)
    if points is None:
        return None
    body, cut, close = points
    view = memoryview(xml)
    with zipfile.ZipFile(io.BytesIO(source) if isinstance(source, bytes) else source) as original:
        info = original.getinfo(entry)
        if crc is not None and (crc != info.CRC or info.file_size != len(xml)):
            return None
        first = _half(original, entry, [view[:cut], view[close:]])
        second = _half(original, entry, [view[:body], view[cut:]])
    del view
    answer: dict[str, tuple[Any, Any, Grid, Merged]] = {}
    failed = threading.Event()

    def later() -> None:
        try:
            answer["second"] = _parse(second, name, True)
        except BaseException:  # a panic too: the caller parses the sheet whole and reports it
            failed.set()  # (the exception is not kept: its traceback would tie this frame into a cycle)

    worker = threading.Thread(target=later, name="baca-paruh-sheet", daemon=True)
    worker.start()
    try:
        answer["first"] = _parse(first, name, False)
    finally:
        worker.join()
    if failed.is_set():
        answer.clear()
        return None
    return stitch(answer["first"], answer["second"])


def stitch(first: tuple[Any, Any, Grid, Merged], second: tuple[Any, Any, Grid, Merged]) -> tuple[Grid, Merged] | None:
    """The whole sheet's grid from its halves: the first read from A1, the second from its own first cell.

    None unless every row of the second half lies below every row of the first.
    """
    start_a, end_a, rows, merged = first
    start_b, end_b, rows_b, _ = second
    if start_a is None or end_a is None or start_b is None or end_b is None or not rows_b:
        return None
    if start_b[0] <= end_a[0] or len(rows) != end_a[0] + 1:
        return None
    width = max(end_a[1], end_b[1]) + 1
    if end_a[1] + 1 < width:
        pad = [""] * (width - end_a[1] - 1)
        for row in rows:
            row.extend(pad)
    rows.extend([""] * width for _ in range(start_b[0] - len(rows)))
    left = [""] * start_b[1]
    right = [""] * (width - end_b[1] - 1)
    if left or right:
        rows.extend(left + row + right for row in rows_b)
    else:
        rows.extend(rows_b)
    return rows, merged


#: a run of this many empty rows or more between rows holding cells is a gap no reader builds cells for
FAR_GAP = 10_000
#: the runs of rows holding cells parsed apart, at most (each a workbook of its own, its shared strings parsed again)
MAX_RUNS = 8


def row_runs(held: np.ndarray) -> list[tuple[int, int]] | None:
    """The runs of rows holding cells (1-based first and last row, ascending) between gaps of :data:`FAR_GAP` empty
    rows or more; None when the sheet has no such gap (``held``: the 1-based numbers of the rows holding cells,
    ascending, as the guard saw them). Of more gaps than :data:`MAX_RUNS` runs allow, the widest part the runs and
    the others stay inside one: eight stray values spread down a 100-row roster of 21 columns made the sheet parsed
    whole again, a million rows of cells (1 GB, 5 s; reviewH, h38)."""
    if len(held) < 2:
        return None
    gaps = np.diff(held)
    breaks = np.flatnonzero(gaps > FAR_GAP)
    if not len(breaks):
        return None
    if len(breaks) >= MAX_RUNS:
        breaks = np.sort(breaks[np.argsort(gaps[breaks], kind="stable")[len(breaks) - MAX_RUNS + 1 :]])
    firsts = [int(held[0]), *(int(held[k + 1]) for k in breaks)]
    lasts = [*(int(held[k]) for k in breaks), int(held[-1])]
    return list(zip(firsts, lasts, strict=True))


def read_runs(
    source: Path | bytes, part: tuple[str, bytes, int], name: str, runs: list[tuple[int, int]], nrows: int | None
) -> tuple[Grid, Merged] | None:
    """Rows and merged ranges of sheet ``name`` whose rows holding cells lie in ``runs`` (:func:`row_runs`) far apart:
    each run parsed as a workbook of its own (as :func:`read_halves` parses a half), so calamine builds cells for the
    rows held, not a dense grid down to the farthest one. One value at A1048576 below a 100-row roster built a grid of
    a million rows × its columns, 1 GB, and as many Python cells (hostile31, h38). The rows of a gap come back empty
    (``[]``, as the streaming reader gives them); the rows held as a whole parse gives them, without the ``""`` a whole
    parse pads them with to the widest row. ``part``: the worksheet's entry, inflated XML and the guard's count of its
    markup; ``nrows``: the first rows only. None when the XML cannot be cut safely at each run's first row (see
    :func:`cut_points`) or a run's cells lie outside it; the caller then parses the sheet whole."""
    entry, xml, markup = part
    points = cut_points(xml, markup)
    if points is None:
        return None
    body, _, close = points
    kept = [r for r in runs if nrows is None or r[0] <= nrows]
    if not kept:  # a head above the first row holding cells: its rows are a gap's (an IndexError parsed it whole)
        return [[] for _ in range(nrows or 0)], []
    cuts = [body]
    for first, _ in runs[1 : len(kept) + 1]:
        found = re.compile(rb'<row\s[^>]*?\br="%d"' % first).search(xml, cuts[-1], close)
        if found is None:
            return None
        cuts.append(found.start())
    if len(kept) < len(runs) and not _all_past(xml, cuts[-1], close, nrows or 0):
        return None
    if len(kept) == len(runs):
        cuts.append(close)
    runs = kept
    view = memoryview(xml)
    with zipfile.ZipFile(io.BytesIO(source) if isinstance(source, bytes) else source) as original:
        books = [_half(original, entry, [view[:body], view[a:b], view[close:]]) for a, b in itertools.pairwise(cuts)]
    del view
    parsed = [_parse(book, name, k > 0) for k, book in enumerate(books)]
    return _joined(parsed, runs, nrows)


_ROW_NUMBER = re.compile(rb'<row\b[^>]*?\br="(\d+)"')


def _all_past(xml: bytes, start: int, close: int, nrows: int) -> bool:
    """Whether every row tag of ``xml[start:close]`` (the runs a head read of ``nrows`` rows leaves unparsed) states
    a row number past ``nrows``: a head read parsed the whole sheet, far rows and all, only to find them outside the
    runs it wanted and parse it whole again (reviewH, h38)."""
    numbers = _ROW_NUMBER.findall(xml, start, close)
    return len(numbers) == xml.count(b"<row", start, close) and all(int(n) > nrows for n in numbers)


def _joined(
    parsed: list[tuple[Any, Any, Grid, Merged]], runs: list[tuple[int, int]], nrows: int | None
) -> tuple[Grid, Merged] | None:
    """The sheet's rows from its runs' parses (the first read from A1, each other from its own first cell), or None
    when a run's cells lie outside its rows."""
    rows: Grid = []
    for k, ((start, end, grid, _), (first, last)) in enumerate(zip(parsed, runs, strict=True)):
        if start is None or end is None or not grid:
            continue  # (a run of cells without values: a whole parse gives it no rows either)
        if end[0] > last - 1 or start[0] < first - 1 or (k and start[0] < len(rows)):
            return None
        if k == 0:
            if len(grid) != end[0] + 1:
                return None
            rows = grid
            continue
        rows.extend([] for _ in range(start[0] - len(rows)))
        left = [""] * start[1]
        rows.extend(left + row for row in grid) if left else rows.extend(grid)
    return (rows if nrows is None else rows[:nrows]), parsed[0][3]
