"""Row grouping over several columns: equal rows share a code, numbered by first appearance."""

from __future__ import annotations

import math

import numpy as np
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
