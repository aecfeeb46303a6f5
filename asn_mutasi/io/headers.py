"""Find the header of a sheet: skip title rows, join two-row merged headers, drop numbering rows.

Works on a grid (list of rows of raw cell values, row 0 = sheet row 1, column 0 =
column A). The header is the row (or pair of rows) among the first ``scan_rows`` whose
cells match the most known aliases of the table kind, so report titles such as
"DAFTAR NOMINATIF PEGAWAI NEGERI SIPIL" above it never win.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from asn_mutasi.io.header_aliases import lookup
from asn_mutasi.schema import TABLE_KINDS

SCAN_ROWS = 20

#: characters no personnel record holds and no eye sees: C1 controls, zero-width marks, bidi embeddings and
#: overrides (U+202E mirrored an SK petikan, the NIP included), word joiners, the BOM
INVISIBLE = re.compile(
    "[\x80-\x9f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff"
    # a soft hyphen, the grapheme joiner, the Arabic letter mark, Hangul and Khmer fillers, Mongolian selectors, a
    # braille blank, variation selectors and tags: each unlinked "Sekre\u00adtaris Daerah" from its post (h26)
    "\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u2800\u3164\uffa0\ufe00-\ufe0f"
    "\U000e0000-\U000e007f\U000e0100-\U000e01ef]"
)
#: the C0 control characters taken out of a cell and said (sel-karakter-kendali, ``readers._strip_invisible``) and out
#: of a header: NUL, the other C0 controls and DEL; tab and line breaks are text. A CSV's "NA\x00MA" header went on
#: into every message quoting it (hostile6, h32)
CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
#: the two of them that break a line in a cell (vertical tab, form feed): a space between the words, not nothing
#: ("Survei\x0bPegawai" is "Survei Pegawai", as bandingkan --indikator wrote it before; review, h32)
_LINE_CONTROLS = str.maketrans({"\x0b": " ", "\x0c": " "})


def drop_controls(text: str) -> str:
    """``text`` without its C0 control characters (:data:`CONTROL_CHARS`); a vertical tab or form feed is a space."""
    return CONTROL_CHARS.sub("", text.translate(_LINE_CONTROLS))


_NUMBERING = re.compile(r"^\(?\s*(\d{1,3})\s*\)?$")

#: merged range as calamine reports it: ((first_row, first_col), (last_row, last_col)), 0-based
MergedRange = tuple[tuple[int, int], tuple[int, int]]
#: a sheet's merged ranges (every reader gives them so)
Merged = list[MergedRange]


@dataclass(frozen=True)
class HeaderColumn:
    """One labelled source column."""

    index: int  #: 0-based grid column
    letter: str  #: Excel column letter
    text: str  #: header as the analyst sees it; merged rows joined with " / "
    keys: tuple[str, ...]  #: labels to try for alias lookup, best first


@dataclass(frozen=True)
class HeaderLayout:
    """Where the header is and which columns it labels."""

    rows: tuple[int, ...]  #: 0-based grid rows forming the header
    columns: tuple[HeaderColumn, ...]
    data_start: int  #: 0-based grid row of the first data row
    numbering_row: int | None = None  #: 0-based grid row of a skipped (1)(2)(3) row


def column_letter(index: int) -> str:
    """Return the Excel letter of a 0-based column index (0 → "A", 27 → "AB")."""
    letters = ""
    n = index + 1
    while n:
        n, rem = divmod(n - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def cell_text(value: object) -> str:
    """Return a header cell as one clean line ("TANGGAL\\nLAHIR" → "TANGGAL LAHIR"), without :data:`INVISIBLE`
    characters: SIMPEGA's REKAP_PEGAWAI opens every header with U+200C, which messages and ``judul_kolom`` showed
    ("Kolom '\u200cAgama' …") although the eye sees none (real2, h30)."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = drop_controls(str(value))
    if not text.isascii():
        text = INVISIBLE.sub("", text)
    return " ".join(text.split())


def detect_header(
    grid: Sequence[Sequence[object]],
    kind: str,
    *,
    merged: Sequence[MergedRange] = (),
    scan_rows: int = SCAN_ROWS,
    start: int = 0,
) -> HeaderLayout | None:
    """Return the header layout of ``grid`` for table ``kind``, or ``None`` when there is none; the ``scan_rows``
    rows from ``start`` (the first row with text, blank rows above it not counted) are looked at."""
    limit = min(start + scan_rows, len(grid))
    best: tuple[float, HeaderLayout] | None = None
    for r in range(start, limit):
        if not any(cell_text(v) for v in grid[r]):
            continue
        columns = _single_row(grid, r)
        rows: tuple[int, ...] = (r,)
        score = score_columns(columns, kind)
        deep = _deep_rows(grid, r, merged, kind)
        if deep is not None and score_columns(deep[0], kind) >= score:
            # labels merged down over three rows or more, sub-labels nested under the others: one header of them all
            columns, rows, score = deep[0], deep[1], score_columns(deep[0], kind)
        elif r + 1 < len(grid) and _merged_down(grid, r, merged):
            # a label merged down over the next row: that row is the header's second row, whatever it holds
            # ("PENEMPATAN" over "SK Tim Kerja (Baru) | (Awal)", "Pensiun" over the years 2033 | 2034)
            forced = _two_rows(grid, r, merged, kind, merged_down=True)
            forced_score = score_columns(forced[0], kind) if forced is not None else -1.0
            if forced is not None and forced_score >= score:
                columns, rows, score = forced[0], (r, r + 1), forced_score
        elif r + 1 < len(grid):
            double = _two_rows(grid, r, merged, kind)
            if double is not None:
                two_cols, grouped = double
                two_score = score_columns(two_cols, kind)
                next_score = score_columns(_single_row(grid, r + 1), kind)
                # the second row must add something the first row alone (or the second row
                # alone, for a title above a header) does not explain
                if two_score > next_score and (two_score > score or (two_score == score and grouped)):
                    columns, rows, score = two_cols, (r, r + 1), two_score
        # strictly better only: the earliest row wins ties
        if score > 0 and (best is None or score > best[0]):
            best = (score, _finish(grid, rows, columns))
    if best is not None:
        return best[1]
    return _fallback(grid, start, limit)


def _single_row(grid: Sequence[Sequence[object]], r: int) -> tuple[HeaderColumn, ...]:
    cols = []
    for c, value in enumerate(grid[r]):
        text = cell_text(value)
        if text:
            cols.append(HeaderColumn(c, column_letter(c), text, (text,)))
    return tuple(cols)


def _merged_down(grid: Sequence[Sequence[object]], r: int, merged: Sequence[MergedRange]) -> bool:
    """Whether a label of row ``r`` is merged down over row ``r + 1`` (and no further: a title block is not)."""
    row = grid[r]
    return any(r0 == r and r1 == r + 1 and c0 < len(row) and cell_text(row[c0]) for (r0, c0), (r1, _) in merged)


def _two_rows(
    grid: Sequence[Sequence[object]], r: int, merged: Sequence[MergedRange], kind: str, *, merged_down: bool = False
) -> tuple[tuple[HeaderColumn, ...], bool] | None:
    """Read rows ``r`` and ``r + 1`` as parent and child labels; flag a real column group.

    ``merged_down``: a label of row ``r`` (of a table of ``kind``) is merged over row ``r + 1``, so that row is part of
    the header even when it holds numbers (years under "Pensiun"). In a group whose children name no field of that
    kind the parent alone is each column's last key ("PENEMPATAN" over "Lokasi (Baru) | (Awal)" is the unit; over "SK
    Tim Kerja (Baru) | (Awal)" a work team, which ``column_mapping`` never reads as the unit); a group whose children
    name fields keeps to them ("PENDIDIKAN" over "NAMA SEKOLAH | TINGKAT": the level is TINGKAT, not the leftmost
    child). So too without a label merged down when every child label lies under a parent merged across columns
    ("BEZETTING" merged over "PNS | PPPK | JUMLAH", the labels to its left on row ``r`` alone): the parent named the
    field for none of them, the header was read as one row and its sub-labels as a data row (hostile, h30)."""
    width = max(len(grid[r]), len(grid[r + 1]))
    parent = [cell_text(grid[r][c]) if c < len(grid[r]) else "" for c in range(width)]
    child = [cell_text(grid[r + 1][c]) if c < len(grid[r + 1]) else "" for c in range(width)]
    if not any(child) or not any(parent):
        return None
    if not merged_down and any(v is not None and v != "" and not isinstance(v, str) for v in grid[r + 1]):
        return None  # numbers or dates: a data row, not labels
    numbered = [bool(_NUMBERING.match(c)) for c in child if c]
    if not merged_down and any(numbered) and not all(numbered):  # "1 | Merumuskan kebijakan …" (HTML: all text)
        return None  # a numbered row of data, not sub-labels (a numbering row "(1) (2) (3)" is all numbers)
    filled = _fill_parents(parent, child, r, merged)
    grouped = any(f and not p for f, p in zip(filled, parent, strict=True))
    spanned = _under_merged_parent(r, merged, width)
    by_parent = merged_down or all(spanned[c] for c in range(width) if child[c])
    named = (  # the parents some child of which names a field: their children keep to their own labels
        {filled[c] for c in range(width) if child[c] and _names_field(kind, filled[c], child[c])}
        if by_parent
        else set()
    )
    cols = []
    for c in range(width):
        p, ch = filled[c], child[c]
        if p and ch and p != ch:
            keys = (f"{p} {ch}", ch, p) if by_parent and p not in named else (f"{p} {ch}", ch)
            cols.append(HeaderColumn(c, column_letter(c), f"{p} / {ch}", keys))
        elif p or ch:
            text = p or ch
            cols.append(HeaderColumn(c, column_letter(c), text, (text,)))
    return tuple(cols), grouped


#: the deepest header read (Formulir 1's is five rows; deeper merged "labels" are a sheet's layout, not a header)
_MAX_HEADER_ROWS = 8


def _deep_rows(
    grid: Sequence[Sequence[object]], r: int, merged: Sequence[MergedRange], kind: str
) -> tuple[tuple[HeaderColumn, ...], tuple[int, ...]] | None:
    """Rows ``r`` … ``r + depth`` read as one header when two labels or more of row ``r`` are merged down over all of
    them and the rows below hold labels only (text): the national "Formulir 1" rekap writes NO, UNIT ORGANISASI DAN
    NAMA JABATAN, TIPE OPD, KELAS JABATAN and BUP merged down five rows, beside "JUMLAH PNS KEADAAN …/ RIIL" merged
    across a block of sub-columns per jenis ("JABATAN FUNGSIONAL" › "Ahli" › "Pertama") that ends in "JUMLAH". It was
    read as two rows and refused as a recap table (formulir, h30). Each column's labels from the top, each taken from
    the merged range covering it, joined with " / " (a label spanning several rows once); a column covered by a range
    starting to its left and holding no label of its own below is part of that range (a merged NAMA JABATAN block).
    Keys as :func:`_two_rows` gives them: the whole path, the labels under the top one, the top one last."""
    row = grid[r]
    downs = [r1 - r for (r0, c0), (r1, _) in merged if r0 == r and r1 >= r + 2 and c0 < len(row) and cell_text(row[c0])]
    depth = max(downs, default=0)
    if downs.count(depth) < 2 or r + depth >= len(grid) or depth >= _MAX_HEADER_ROWS:
        return None  # (a label merged down a whole sheet is no header: its rows × columns would be walked)
    rows = tuple(range(r, r + depth + 1))
    if any(v is not None and v != "" and not isinstance(v, str) for k in rows for v in grid[k]):
        return None  # numbers or dates: data, not labels
    width = max(len(grid[k]) for k in rows)
    origin = _label_origins(grid, rows, merged, width)
    cols = []
    for c in range(width):
        levels = [at for k in rows if (at := origin[k][c]) is not None]
        if not levels or levels[-1][1] != c:  # the deepest label is a range's begun to the left: inside it
            continue
        labels = [text for text, *_ in dict.fromkeys(levels)]  # one range over several rows: its label once
        if len(labels) == 1:
            cols.append(HeaderColumn(c, column_letter(c), labels[0], (labels[0],)))
            continue
        top, rest = labels[0], " ".join(labels[1:])
        named = _names_field(kind, top, rest) or any(_names_field(kind, top, lb) for lb in labels[1:])
        keys = (f"{top} {rest}", rest) if named else (f"{top} {rest}", rest, top)
        cols.append(HeaderColumn(c, column_letter(c), " / ".join(labels), keys))
    return tuple(cols), rows


def _label_origins(
    grid: Sequence[Sequence[object]], rows: tuple[int, ...], merged: Sequence[MergedRange], width: int
) -> dict[int, list[tuple[str, int, int] | None]]:
    """Per header row, per column: (the label over that cell, the column its merged range starts at, its row), or
    None. "Terampil" over the jenjang "Pemula | Terampil | Mahir | Penyelia" is two labels, not one."""
    out: dict[int, list[tuple[str, int, int] | None]] = {}
    for k in rows:
        line = grid[k]
        out[k] = [(cell_text(line[c]), c, k) if c < len(line) and cell_text(line[c]) else None for c in range(width)]
    for (r0, c0), (r1, c1) in merged:
        text = cell_text(grid[r0][c0]) if r0 < len(grid) and c0 < len(grid[r0]) else ""
        if not text:
            continue
        for k in rows:
            if r0 <= k <= r1:
                for c in range(c0, min(c1 + 1, width)):
                    out[k][c] = (text, c0, r0)
    return out


def _under_merged_parent(r: int, merged: Sequence[MergedRange], width: int) -> list[bool]:
    """Per column: whether a range merged across two or more columns on row ``r`` (and not below it) covers it."""
    out = [False] * width
    for (r0, c0), (r1, c1) in merged:
        if r0 <= r == r1 and c1 > c0:
            for c in range(c0, min(c1 + 1, width)):
                out[c] = True
    return out


def _names_field(kind: str, parent: str, child: str) -> bool:
    """Whether a child label, alone or under its parent, is a known spelling of a field of ``kind``."""
    return lookup(kind, f"{parent} {child}") is not None or lookup(kind, child) is not None


def _fill_parents(parent: list[str], child: list[str], r: int, merged: Sequence[MergedRange]) -> list[str]:
    """Forward-fill a parent label across the columns it spans (merged or visually grouped)."""
    filled = list(parent)
    spans = [(c0, c1) for (r0, c0), (r1, c1) in merged if r0 <= r <= r1 and c1 > c0]
    for c0, c1 in spans:
        if c0 < len(filled) and filled[c0]:
            for c in range(c0 + 1, min(c1 + 1, len(filled))):
                if not filled[c]:
                    filled[c] = filled[c0]
    # without merge information: an empty parent over a labelled child continues the group
    # to its left when that group's first column also has a child label
    for c in range(1, len(filled)):
        if filled[c] or not child[c]:
            continue
        left = c - 1
        while left >= 0 and not parent[left] and child[left]:
            left -= 1
        if left >= 0 and parent[left] and child[left]:
            filled[c] = filled[left]
    return filled


def score_columns(columns: Sequence[HeaderColumn], kind: str) -> float:
    """Score header labels by the distinct fields of ``kind`` they name (required fields count double)."""
    required = set(TABLE_KINDS[kind][0])
    return sum(2.0 if f in required else 1.0 for f in named_fields(columns, kind))


def named_fields(columns: Sequence[HeaderColumn], kind: str) -> set[str]:
    """The distinct fields of ``kind`` that header labels name (by their known spellings)."""
    fields: set[str] = set()
    for col in columns:
        for key in col.keys:
            field = lookup(kind, key)
            if field is not None:
                fields.add(field)
                if field == "nama" and kind == "pegawai" and _NAMES_NIP.search(key):
                    fields.add("nip")  # "NAMA / NIP": the NIP is under each name (same cell or the row below)
                break
    return fields


_NAMES_NIP = re.compile(r"\bNIP\b", re.I)


def _finish(grid: Sequence[Sequence[object]], rows: tuple[int, ...], columns: tuple[HeaderColumn, ...]) -> HeaderLayout:
    start = rows[-1] + 1
    numbering = None
    if start < len(grid) and is_numbering_row(grid[start]):
        numbering = start
        start += 1
    return HeaderLayout(rows=rows, columns=columns, data_start=start, numbering_row=numbering)


def is_numbering_row(row: Sequence[object]) -> bool:
    """Tell whether a row is the column-number row some reports print under the header."""
    numbers: list[int] = []
    for value in row:
        if value is None or value == "":
            continue
        if isinstance(value, bool):
            return False
        if isinstance(value, int | float):
            if not float(value).is_integer():
                return False
            numbers.append(int(value))
            continue
        match = _NUMBERING.match(str(value).strip())
        if not match:
            return False
        numbers.append(int(match.group(1)))
    if len(numbers) < 2 or numbers[0] > 1:
        return False
    return all(b > a for a, b in itertools.pairwise(numbers))


def _fallback(grid: Sequence[Sequence[object]], start: int, limit: int) -> HeaderLayout | None:
    """Take the first row of two or more worded cells when no alias matched anywhere."""
    for r in range(start, limit):
        values = [v for v in grid[r] if cell_text(v)]
        if len(values) >= 2 and all(isinstance(v, str) and any(ch.isalpha() for ch in v) for v in values):
            return _finish(grid, (r,), _single_row(grid, r))
    return None
