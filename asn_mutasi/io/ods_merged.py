"""The merged cells of an ODS sheet, which calamine does not give (its ``merged_cell_ranges`` is None for ODS).

A peta jabatan writes its unit once over merged rows and its header over merged columns: without the merges an ODS
copy of a table lost four of its five posts ("Kolom wajib 'nama_jabatan' kosong") and another read bezetting 5 where
the same sheet as xlsx reads 10 (real-files campaign, h26). ``table:number-columns-spanned`` and
``table:number-rows-spanned`` on a ``table:table-cell`` say the same as an xlsx ``mergeCell``; the positions count
every repeated row and cell, as calamine's grid does (its rows start at A1 with ``skip_empty_area=False``).
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from xml.parsers import expat

from asn_mutasi.io.headers import Merged

_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
#: a row repeated this often is read for its merges once per repeat up to here (a sheet's padding repeats empty rows
#: a million times; merges inside a repeated row are rare)
_REPEATS_READ = 1000
#: the merges kept per sheet (a hostile file's are bounded; a real table holds a few hundred)
_MERGES_MAX = 100_000
_CHUNK = 1 << 16


def is_ods(source: Path | bytes) -> bool:
    """Whether ``source`` is an OpenDocument spreadsheet (a zip holding ``content.xml`` and an ODF ``mimetype``)."""
    try:
        with zipfile.ZipFile(io.BytesIO(source) if isinstance(source, bytes) else source) as zf:
            names = set(zf.namelist())
            if "content.xml" not in names or "mimetype" not in names:
                return False
            return b"opendocument.spreadsheet" in zf.read("mimetype")[:200]
    except (zipfile.BadZipFile, OSError, KeyError):
        return False


def ods_merged(source: Path | bytes, sheet: str) -> Merged:
    """The merged ranges of sheet ``sheet`` of an ODS: ``((first row, first column), (last row, last column))``,
    0-based and inclusive as calamine gives an xlsx's. Empty when the sheet has none or cannot be read (the guard
    has read the same XML whole before)."""
    state = {"in": False, "row": 0, "col": 0, "reps": 1, "done": False}
    merged: Merged = []
    pending: list[tuple[int, int, int]] = []  # (column, columns spanned, rows spanned) of the current row's merges

    def start(tag: str, attrs: dict[str, str]) -> None:
        if state["done"]:
            return
        if tag == f"{_TABLE} table":
            state["in"] = attrs.get(f"{_TABLE} name") == sheet
        elif not state["in"]:
            return
        elif tag == f"{_TABLE} table-row":
            state["col"] = 0
            state["reps"] = _count(attrs.get(f"{_TABLE} number-rows-repeated"))
            pending.clear()
        elif tag in (f"{_TABLE} table-cell", f"{_TABLE} covered-table-cell"):
            across = _count(attrs.get(f"{_TABLE} number-columns-spanned"))
            down = _count(attrs.get(f"{_TABLE} number-rows-spanned"))
            if tag.endswith(" table-cell") and (across > 1 or down > 1):
                pending.append((int(state["col"]), across, down))
            state["col"] = int(state["col"]) + _count(attrs.get(f"{_TABLE} number-columns-repeated"))

    def end(tag: str) -> None:
        if not state["in"] or state["done"]:
            return
        if tag == f"{_TABLE} table-row":
            row, reps = int(state["row"]), int(state["reps"])
            for k in range(min(reps, _REPEATS_READ) if pending else 0):
                for col, across, down in pending[: _MERGES_MAX - len(merged)]:
                    merged.append(((row + k, col), (row + k + down - 1, col + across - 1)))
                if len(merged) >= _MERGES_MAX:  # a hostile file's merges: no more are read
                    state["done"] = True
                    break
            state["row"] = row + reps
        elif tag == f"{_TABLE} table":
            state["done"] = True

    parser = expat.ParserCreate(namespace_separator=" ")
    parser.StartElementHandler = start
    parser.EndElementHandler = end
    try:
        with (
            zipfile.ZipFile(io.BytesIO(source) if isinstance(source, bytes) else source) as zf,
            zf.open("content.xml") as fh,
        ):
            for chunk in iter(lambda: fh.read(_CHUNK), b""):
                parser.Parse(chunk, False)
                if state["done"]:
                    break
    except (expat.ExpatError, zipfile.BadZipFile, KeyError, OSError, EOFError, ValueError):
        return merged
    return merged


def _count(value: str | None) -> int:
    """A repeat or span attribute: a whole number of at least 1 (1 when absent or unreadable)."""
    try:
        return max(1, int(value)) if value else 1
    except ValueError:
        return 1
