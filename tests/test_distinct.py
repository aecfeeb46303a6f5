"""Row grouping over several columns: equal rows share a code, numbered by first appearance."""

from __future__ import annotations

import math
from collections.abc import Callable

import numpy as np
import pandas as pd
from hypothesis import given
from hypothesis import strategies as st

from asn_mutasi.distinct import row_groups

cells = st.one_of(
    st.none(), st.just(float("nan")), st.sampled_from(["a", "b", " a", "1"]), st.sampled_from([1, 1.0, 2])
)


def _key(value: object) -> tuple[str, object]:
    """A value as the grouping tells values apart: by type and value, every missing value one."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ("missing", None)
    return (type(value).__name__, value)


@given(st.lists(st.tuples(cells, cells), min_size=1, max_size=30))
def test_row_groups_match_a_per_row_reference(rows: list[tuple[object, object]]) -> None:
    a = np.array([r[0] for r in rows] + [None], dtype=object)[:-1]
    b = np.array([r[1] for r in rows] + [None], dtype=object)[:-1]
    codes, first = row_groups(a, b)
    seen: dict[tuple[object, ...], int] = {}
    expected = [seen.setdefault((_key(x), _key(y)), len(seen)) for x, y in rows]
    assert codes.tolist() == expected
    assert first.tolist() == [expected.index(k) for k in range(len(seen))]


def test_row_groups_of_no_rows() -> None:
    codes, first = row_groups(np.array([], dtype=object), np.array([], dtype=object))
    assert codes.tolist() == [] and first.tolist() == []


group_cells = st.one_of(
    st.none(),
    st.just(float("nan")),
    st.sampled_from(["a", "b", " a", "1", ""]),
    st.sampled_from([1, 1.0, 2, True, 0.0, -0.0]),
)


@given(st.lists(group_cells, max_size=30))
def test_distinct_groups_group_rows_as_map_distinct_does(values: list[object]) -> None:
    """One code per (type, value), every missing value one code, numbered by first appearance; first rows."""
    from asn_mutasi.distinct import distinct_groups, map_distinct

    arr = np.empty(len(values), dtype=object)
    arr[:] = values
    grouped = distinct_groups(arr)
    assert grouped is not None
    codes, first, missing = grouped
    seen: dict[tuple[str, object], int] = {}
    # map_distinct calls its function on the first row of each group: the row index is that group's label
    firsts = map_distinct(pd.Series(arr, dtype=object), lambda v: _key(v))
    expected = [seen.setdefault(k, len(seen)) for k in firsts]
    assert codes.tolist() == expected
    assert first.tolist() == [expected.index(k) for k in range(len(seen))]
    is_missing = [_key(v) == ("missing", None) for v in values]
    assert missing == (expected[is_missing.index(True)] if any(is_missing) else -1)


def test_distinct_groups_of_unhashable_cells_is_none() -> None:
    from asn_mutasi.distinct import distinct_groups

    arr = np.empty(2, dtype=object)
    arr[:] = [["a"], "b"]
    assert distinct_groups(arr) is None


def _apply_by_code_reference(codes: np.ndarray, func: Callable[[int], object]) -> list[object]:
    """apply_by_code as first written: codes numbered again by factorize, first rows by np.unique."""
    kcodes = pd.factorize(codes)[0]
    _, first = np.unique(kcodes, return_index=True)
    results = [func(i) for i in first.tolist()]
    return [results[k] for k in kcodes.tolist()]


@given(st.lists(st.integers(min_value=-3, max_value=6), max_size=40))
def test_apply_by_code_matches_its_reference(codes: list[int]) -> None:
    """Codes already numbered as factorize numbers them take the short way; any others (negative, gaps,
    out of order) are numbered first. Both give what the reference gives, and func runs once per code."""
    from asn_mutasi.distinct import apply_by_code

    arr = np.asarray(codes, dtype=np.int64)
    calls: list[int] = []

    def func(i: int) -> tuple[int, int]:
        calls.append(i)
        return (i, int(arr[i]))

    got = apply_by_code(arr, func)
    assert got == _apply_by_code_reference(arr, lambda i: (i, int(arr[i])))
    assert sorted(calls) == sorted(set(calls)) and len(calls) == len(set(codes))


def test_apply_by_code_with_a_missing_code_keeps_it_apart() -> None:
    """-1 is a code like any other here (per_distinct drops missing rows before it calls)."""
    from asn_mutasi.distinct import apply_by_code

    codes = np.array([0, -1, 1, 0, -1], dtype=np.int64)
    assert apply_by_code(codes, lambda i: i) == [0, 1, 2, 0, 1]


@given(st.lists(st.sampled_from(["a", " b ", "", None, "a", 1, 1.0, float("nan"), "  "]), max_size=30))
def test_per_distinct_matches_a_per_row_call(values: list[object]) -> None:
    from asn_mutasi.distinct import per_distinct, stripped_text

    got = per_distinct(values, stripped_text, missing="-").tolist()
    want = ["-" if v is None or (isinstance(v, float) and math.isnan(v)) else stripped_text(v) for v in values]
    assert got == want


def _python_calls(run: Callable[[], object]) -> int:
    """How many Python functions ``run`` calls (C functions not counted)."""
    import sys

    count = 0

    def profile(frame: object, event: str, arg: object) -> None:
        nonlocal count
        count += event == "call"

    sys.setprofile(profile)
    try:
        run()
    finally:
        sys.setprofile(None)
    return count


def test_per_distinct_and_map_distinct_take_no_python_step_per_value_but_the_function() -> None:
    """The function is called on the distinct values themselves: no lambda indexing the array again per value
    (66,000 calls, 0.2 s under the profiler, at 100,000 staff; speed8, h32)."""
    from asn_mutasi.distinct import map_distinct, per_distinct, stripped_text

    values = [f" teks {i % 5000} " for i in range(20_000)] + [None]
    calls = _python_calls(lambda: per_distinct(values, stripped_text))
    assert 5000 <= calls < 5000 + 500  # stripped_text once per distinct value, plus pandas' own few
    calls = _python_calls(lambda: map_distinct(pd.Series(values, dtype=object), stripped_text))
    assert 5001 <= calls < 5001 + 500  # (the missing value is one value here)


def test_text_edges_copies_the_texts_once_as_code_units() -> None:
    """The texts are joined, then encoded as UTF-32 once: the padding NUL is put on the text, not on the encoded
    bytes, whose copy (four bytes a character) cost most of the call at 100,000 rows (speed, h30)."""
    import tracemalloc

    from asn_mutasi.distinct import text_edges

    texts = [f"Pegawai Nomor {k:06d}" for k in range(20_000)]
    chars = sum(map(len, texts)) + len(texts)
    tracemalloc.start()
    try:
        edges = text_edges(texts)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert edges is not None and edges[0][:2].tolist() == [ord("P")] * 2 and edges[1][:2].tolist() == [48, 49]
    assert peak < 7.5 * chars  # joined (1) + padded (1) + UTF-32 (4) + NUL mask (1); the bytes copy was 4 more


def test_text_edges_reads_ascii_texts_a_byte_a_character() -> None:
    """ASCII texts (most of a roster's columns) are encoded one byte a character, not as UTF-32: a quarter of the
    bytes to copy and scan for the NULs (issue 10, speed6). The code points are those of every text."""
    import tracemalloc

    from asn_mutasi.distinct import text_edges

    texts = [f"Pegawai Nomor {k:06d}" if k % 7 else "" for k in range(20_000)]
    chars = sum(map(len, texts)) + len(texts)
    tracemalloc.start()
    try:
        edges = text_edges(texts)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert edges is not None and edges[0].dtype == np.uint32 and edges[1].dtype == np.uint32
    assert edges[0].tolist() == [ord(t[0]) if t else 0 for t in texts]
    assert edges[1].tolist() == [ord(t[-1]) if t else 0 for t in texts]
    assert peak < 4.5 * chars  # joined (1) + padded (1) + ASCII (1) + NUL mask (1); UTF-32 was 3 more


@given(st.lists(st.text(alphabet=st.sampled_from(["a", " ", "=", "é", "\u200b", "\U0001f600"]), max_size=4)))
def test_text_edges_are_the_code_points_of_each_text(texts: list[str]) -> None:
    from asn_mutasi.distinct import text_edges

    edges = text_edges(texts)
    assert edges is not None
    assert edges[0].tolist() == [ord(t[0]) if t else 0 for t in texts]
    assert edges[1].tolist() == [ord(t[-1]) if t else 0 for t in texts]
