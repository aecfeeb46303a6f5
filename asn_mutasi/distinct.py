"""Apply a per-value function once per distinct value of a column (the package's string-work rule).

Distinct values are found with ``pd.factorize``; values are told apart by value *and* type
(``1``, ``1.0`` and ``"1"`` are three values, as a reader gives them), and every missing
value (None, NaN, NaT) is one. One module for the readers' validation and the planner.

:func:`text_edges` gives the first and last character of many texts at numpy speed, so a
column of text is sorted (blank, formula-like, plain) without a Python step per cell.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date, datetime, time, timedelta
from typing import Any, TypeVar, cast

import numpy as np
import pandas as pd
from pandas._libs import lib

T = TypeVar("T")

#: cell types that never compare equal to a value of another type a reader gives
_UNMIXED = frozenset({str, date, datetime, time, timedelta})


def _numbers_among(uniques: np.ndarray) -> bool:
    """Whether distinct values may hide others of another type that compare equal (numbers do)."""
    if lib.is_string_array(uniques, skipna=True):  # type: ignore[attr-defined]
        return False
    return any(type(u) not in _UNMIXED for u in uniques.tolist())


def distinct_codes(values: np.ndarray) -> np.ndarray | None:
    """One integer per row, equal for rows of equal value and type (-1 for every missing value).

    None when a value is unhashable (the caller then works per row).
    """
    try:
        codes, uniques = pd.factorize(values, use_na_sentinel=True)
    except TypeError:
        return None
    codes = codes.astype(np.int64)
    if _numbers_among(uniques):  # 1, 1.0 and True fall together in factorize: tell their types apart
        types, _ = pd.factorize(np.fromiter(map(type, values), dtype=object, count=len(values)))
        codes = np.where(codes < 0, -1, codes * (int(types.max()) + 1) + types)
    return codes


def apply_by_code(codes: np.ndarray, func: Callable[[int], T]) -> list[T]:
    """``func(first row of each code)`` spread back over the rows."""
    return cast("list[T]", _by_code(codes, func).tolist())


def _by_code(codes: np.ndarray, func: Callable[[int], Any]) -> np.ndarray:
    """:func:`apply_by_code` as an object array. Codes already numbered as ``pd.factorize`` numbers them (most
    columns' :func:`distinct_codes`: no negative code, and each first appearance one above the last) are used
    as they are; any others are numbered so first."""
    codes, first = _numbered(codes)
    return _spread(codes, map(func, first.tolist()), len(first))


def _numbered(codes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """``(codes, first row of each code)``, the codes numbered 0, 1, … in order of first appearance."""
    first = first_rows(codes)
    if not len(codes) or codes.min() < 0 or not np.array_equal(codes[first], np.arange(len(first))):
        codes = pd.factorize(codes)[0]
        first = first_rows(codes)
    return codes, first


def _spread(codes: np.ndarray, results: Iterable[Any], count: int) -> np.ndarray:
    """The ``count`` results (one per code, in code order) gathered per row, as an object array."""
    return np.fromiter(results, dtype=object, count=count)[codes]


def map_distinct(series: pd.Series, func: Callable[[Any], T]) -> list[T]:
    """Apply ``func`` once per distinct value of ``series`` (missing values included) and return per-row results."""
    values = series.to_numpy(dtype=object)
    if not len(values):
        return []
    codes = distinct_codes(values)
    if codes is None:  # an unhashable cell value: one call per row
        return [func(v) for v in values.tolist()]
    codes, first = _numbered(codes)  # func called on the distinct values themselves: no Python step per index
    return cast("list[T]", _spread(codes, map(func, values[first].tolist()), len(first)).tolist())


def _objects(values: Any) -> np.ndarray:
    """A 1-D object array of the values, also when the values are tuples or lists (np.asarray would go 2-D)."""
    if isinstance(values, pd.Series):
        return values.to_numpy(dtype=object)
    if isinstance(values, np.ndarray) and values.ndim == 1 and values.dtype == object:
        return values
    items = values.tolist() if isinstance(values, np.ndarray) else list(values)
    return np.fromiter(items, dtype=object, count=len(items))


def per_distinct(values: Any, fn: Callable[[Any], Any], *, missing: Any = None) -> np.ndarray:
    """Return ``fn(v)`` for every value as an object array, calling ``fn`` once per distinct value.

    Missing values (None, NaN, NaT, pd.NA) give ``missing`` without a call.
    """
    arr = _objects(values)
    out = np.full(len(arr), missing, dtype=object)
    if not len(arr):
        return out
    codes = distinct_codes(arr)
    if codes is None:
        present = ~pd.isna(arr)
        out[present] = [fn(v) for v in arr[present].tolist()]
        return out
    present = codes >= 0
    if present.any():
        rows = np.flatnonzero(present)
        present_codes, first = _numbered(codes[rows])
        out[rows] = _spread(present_codes, map(fn, arr[rows[first]].tolist()), len(first))
    return out


def stripped_text(value: object) -> str | None:
    """A cell as text: stripped, None for a blank and for anything but text."""
    return (value.strip() or None) if isinstance(value, str) else None


def stripped_texts(values: Any) -> np.ndarray:
    """:func:`stripped_text` of every cell, as an object array (once per distinct value)."""
    return per_distinct(values, stripped_text)


def row_groups(*columns: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Group rows equal in every column: ``(code per row, first row of each code)``.

    Codes number the groups in order of first appearance (as ``pd.factorize`` of one
    key column would); values are compared as :func:`distinct_codes` compares them and
    every missing value is one value. No Python object is made per row.
    """
    n = len(columns[0]) if columns else 0
    combo = np.zeros(n, dtype=np.int64)
    for column in columns:
        arr = _objects(column)
        codes = distinct_codes(arr)
        if codes is None:  # unhashable values: one group per distinct text form
            codes = pd.factorize(np.asarray([repr(v) for v in arr.tolist()], dtype=object))[0].astype(np.int64)
        width = int(codes.max()) + 2 if len(codes) else 1
        combo, _ = pd.factorize(combo * width + codes + 1)
        combo = combo.astype(np.int64)
    return combo, first_rows(combo)


def first_rows(codes: np.ndarray) -> np.ndarray:
    """The first row of each code, for codes numbered 0, 1, … in order of first appearance (as
    ``pd.factorize`` numbers them): a code appears first where it exceeds every code before it."""
    if not len(codes):
        return np.zeros(0, dtype=np.intp)
    top = np.maximum.accumulate(codes)
    new = np.empty(len(codes), dtype=bool)
    new[0] = True
    np.greater(top[1:], top[:-1], out=new[1:])
    return np.flatnonzero(new)


#: texts longer than this in total are not joined (the UTF-32 copy is 4 bytes a character)
TEXT_EDGES_MAX_CHARS = 1 << 22
#: texts per call of :func:`text_edges` where a long column is walked block by block (the
#: readers, the layout's summary rows, the roster's texts): short cells stay far below the cap above
TEXT_EDGES_BLOCK = 1 << 15


def text_edges(texts: list[str]) -> tuple[np.ndarray, np.ndarray] | None:
    """The code points of the first and of the last character of each text (0 and 0 for an empty text).

    The texts are joined with NUL between them and encoded as UTF-32, so each text starts
    one code unit after a NUL and ends one before the next. None (the caller goes one text
    at a time) when a text holds a NUL itself, cannot be encoded (a lone surrogate), or the
    texts are longer than :data:`TEXT_EDGES_MAX_CHARS` together.
    """
    return text_edges_ascii(texts)[0]


def text_edges_ascii(texts: list[str]) -> tuple[tuple[np.ndarray, np.ndarray] | None, bool]:
    """(:func:`text_edges`, whether every text is plain ASCII): the texts are joined for the first anyway, and the
    second is then nearly free (``str.isascii`` is O(1), the control scan one numpy pass over the bytes). Plain: ASCII
    without a C0 control character other than tab, line feed and carriage return, and without DEL (a NUL inside a
    text also makes the edges None). False when the texts were not joined (too long together)."""
    if not texts:
        return (np.zeros(0, dtype=np.uint32), np.zeros(0, dtype=np.uint32)), True
    joined = "\x00".join(texts)
    if len(joined) > TEXT_EDGES_MAX_CHARS:
        return None, False
    if not joined.isascii():  # (O(1): CPython keeps the string's kind)
        return _edges_of_joined(joined, len(texts)), False
    # ASCII: encoded once, a byte a character, read for both the edges and the controls (no padded copy)
    units = np.frombuffer(joined.encode("ascii"), dtype=np.uint8)
    del joined  # (the bytes are all that is read from here: the text's copy need not outlive them)
    edges = _ascii_edges(units, len(texts))
    return edges, edges is not None and _plain_ascii(units, len(texts) - 1)


def _ascii_edges(units: np.ndarray, count: int) -> tuple[np.ndarray, np.ndarray] | None:
    """:func:`text_edges` of ``count`` ASCII texts joined with NUL between them, given as bytes (no NUL after the last
    text: an empty text's edges are set to 0 instead of read from a padding byte)."""
    ends = np.flatnonzero(units == 0)
    if len(ends) != count - 1:  # a NUL inside a text
        return None
    size = len(units)
    if not size:
        return np.zeros(count, dtype=np.uint32), np.zeros(count, dtype=np.uint32)
    stops = np.empty(count, dtype=np.intp)
    stops[:-1] = ends
    stops[-1] = size
    starts = np.empty(count, dtype=np.intp)
    starts[0] = 0
    starts[1:] = ends + 1
    first = units[np.minimum(starts, size - 1)].astype(np.uint32)
    last = units[stops - 1].astype(np.uint32)  # (an empty first text reads index -1: set to 0 below)
    empty = starts == stops
    if empty.any():
        first[empty] = 0
        last[empty] = 0
    return first, last


def _plain_ascii(units: np.ndarray, separators: int) -> bool:
    """Whether ASCII bytes holding ``separators`` NULs have no other C0 control than tab, line feed and carriage
    return, and no DEL. One count first (the bytes below 32: the separators alone in a plain text, and no DEL); the
    exact test only when the count finds more (a tab or a line break, or a control). One byte mask at a time."""
    if np.count_nonzero(units < 32) == separators:
        return not bool((units == 127).any())
    control = ((units < 32) & (units != 0) & (units != 9) & (units != 10) & (units != 13)) | (units == 127)
    return not bool(control.any())


def _edges_of_joined(joined: str, count: int) -> tuple[np.ndarray, np.ndarray] | None:
    """:func:`text_edges` of ``count`` texts joined with NUL between them, not all ASCII (:func:`_ascii_edges` reads
    ASCII texts a byte a character)."""
    try:  # the NUL after the last text goes on the text: put on its UTF-32 bytes, it copied them all once more
        units = np.frombuffer((joined + "\x00").encode("utf-32-le"), dtype=np.uint32)
    except UnicodeEncodeError:
        return None
    ends = np.flatnonzero(units == 0)  # one NUL after every text (the last one is the padding)
    if len(ends) != count:
        return None
    starts = np.empty(count, dtype=np.intp)
    starts[0] = 0
    starts[1:] = ends[:-1] + 1
    # an empty text: its start is its end (0), its "last" a NUL (0); code points as uint32 whatever the encoding
    return units[starts].astype(np.uint32, copy=False), units[ends - 1].astype(np.uint32, copy=False)


def distinct_groups(values: np.ndarray) -> tuple[np.ndarray, np.ndarray, int] | None:
    """Group the rows of an object array as :func:`map_distinct` does, once, for many per-value functions.

    Returns ``(code per row, first row of each code, code of the missing values or -1)``:
    rows of equal value and type share a code (every missing value, None/NaN/NaT, is one
    code), codes count 0, 1, … in order of first appearance, as ``pd.factorize`` numbers
    them. ``func`` of each distinct value is then ``func(values[first[k]])`` and a per-row
    result one gather, ``results[codes]``. None when a value is unhashable.
    """
    n = len(values)
    if not n:
        return np.zeros(0, dtype=np.intp), np.zeros(0, dtype=np.intp), -1
    try:
        codes, uniques = pd.factorize(values, use_na_sentinel=True)
    except TypeError:
        return None
    missing = codes < 0
    if _numbers_among(uniques):  # as distinct_codes: 1, 1.0 and True told apart by type
        types, _ = pd.factorize(np.fromiter(map(type, values), dtype=object, count=n))
        codes = np.where(missing, -1, codes.astype(np.int64) * (int(types.max()) + 1) + types)
        codes, _ = pd.factorize(codes)  # every code, -1 too, numbered in order of first appearance
        codes = codes.astype(np.intp, copy=False)
        missing_code = int(codes[np.flatnonzero(missing)[0]]) if missing.any() else -1
    else:
        codes = codes.astype(np.intp, copy=False)
        missing_code = -1
        if missing.any():  # the missing values: one more code, numbered where they first appear
            where = int(np.flatnonzero(missing)[0])
            before = int(codes[:where].max()) if where else -1
            codes = np.where(codes > before, codes + 1, codes)
            codes[missing] = missing_code = before + 1
    return codes, first_rows(codes), missing_code


#: code points ``str.strip`` removes (``str.isspace``), and 0: an empty text (:func:`text_edges` gives 0 for one)
_STRIPPED_CODES = np.array([0, *(c for c in range(0x3001) if chr(c).isspace())], dtype=np.uint32)


def stripped_edges(edges: tuple[np.ndarray, np.ndarray]) -> np.ndarray:
    """Where a text's first or last character is one ``str.strip`` removes, or the text is empty (``edges``:
    :func:`text_edges`)."""
    return np.isin(edges[0], _STRIPPED_CODES) | np.isin(edges[1], _STRIPPED_CODES)


class ColumnMemo:
    """What is known of a table's columns, found once and shared by the reader and the validation: a column's
    :func:`distinct_groups`, and whether it is its own stripped text (every cell a text with no whitespace at either
    end, or None: the reader saw every text's edges while cleaning it, so the validation need not join them again).

    A fact belongs to the column's *memory*, never to its name alone, so a step that rewrites a column after the fact
    was found cannot leave it stale: the rewritten column is new memory, and its facts are found anew. Each entry keeps
    a pandas view of the memory it describes, so under Copy-on-Write no frame sharing that memory writes into it in
    place (pandas copies the column first), and the memory is never freed and reused while the entry lives.
    """

    def __init__(self) -> None:
        #: column name -> (a view pinning the memory, its values, the facts found of them)
        self._entries: dict[str, tuple[pd.Series, np.ndarray, dict[str, Any]]] = {}

    def _facts(self, name: str, series: pd.Series) -> tuple[np.ndarray, dict[str, Any]]:
        """The column's values and the facts found of their memory (none yet for new memory)."""
        values = series.to_numpy(dtype=object)
        entry = self._entries.get(name)
        if entry is not None and _same_memory(entry[1], values):
            return entry[1], entry[2]
        facts: dict[str, Any] = {}
        self._entries[name] = (series.copy(deep=False), values, facts)
        return values, facts

    def groups(self, name: str, series: pd.Series) -> tuple[np.ndarray, np.ndarray, int] | None:
        """:func:`distinct_groups` of the column ``name``, found once per column memory."""
        values, facts = self._facts(name, series)
        if "groups" not in facts:
            facts["groups"] = distinct_groups(values)
        found: tuple[np.ndarray, np.ndarray, int] | None = facts["groups"]
        return found

    def note_own_texts(self, name: str, series: pd.Series) -> None:
        """Record that the column ``name`` as it now is holds only texts with no whitespace at either end, and None."""
        self._facts(name, series)[1]["own_texts"] = True

    def own_texts(self, name: str, series: pd.Series) -> bool:
        """Whether the column is known to be its own stripped text (:meth:`note_own_texts` of this very memory)."""
        entry = self._entries.get(name)
        return entry is not None and "own_texts" in entry[2] and _same_memory(entry[1], series.to_numpy(dtype=object))


def _same_memory(a: np.ndarray, b: np.ndarray) -> bool:
    """Whether two object arrays are the same cells of the same memory (``a`` alive: its memory is not reused)."""
    if a.dtype != b.dtype or a.shape != b.shape or a.strides != b.strides:
        return False
    return bool(a.__array_interface__["data"][0] == b.__array_interface__["data"][0])
