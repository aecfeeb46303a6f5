"""Ragged expansions and the runs that bound how much of them exists at once."""

from __future__ import annotations

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from asn_mutasi.planning.ragged import chunks, expand, unique_rows


@given(st.lists(st.integers(min_value=0, max_value=50), max_size=60), st.integers(min_value=1, max_value=80))
def test_chunks_cover_every_entry_once_within_the_limit(sizes: list[int], limit: int) -> None:
    arr = np.asarray(sizes, dtype=np.int64)
    runs = chunks(arr, limit)
    covered = [i for run in runs for i in range(len(arr))[run]]
    assert covered == list(range(len(arr)))  # consecutive, in order, none twice
    for run in runs:
        part = arr[run]
        assert len(part) >= 1
        assert part.sum() <= limit or len(part) == 1  # only an entry bigger than the limit stands alone
        if run.stop < len(arr):  # a run stops only where the next entry would pass the limit
            assert part.sum() + arr[run.stop] > limit


def test_expanding_runs_equals_expanding_all() -> None:
    starts = np.array([0, 3, 3, 7, 8])
    ids = np.array([0, 3, 2, 0, 1, 2])
    whole = expand(starts, ids)
    pieces = [expand(starts, ids[run]) for run in chunks(np.diff(starts)[ids], 4)]
    offsets = np.cumsum([0] + [len(ids[run]) for run in chunks(np.diff(starts)[ids], 4)])
    idx = np.concatenate([p[0] + o for p, o in zip(pieces, offsets[:-1], strict=True)])
    slot = np.concatenate([p[1] for p in pieces])
    assert np.array_equal(idx, whole[0]) and np.array_equal(slot, whole[1])


@given(
    st.integers(min_value=1, max_value=4).flatmap(
        lambda k: st.lists(st.lists(st.integers(min_value=-3, max_value=3), min_size=k, max_size=k), max_size=40)
    )
)
def test_unique_rows_is_numpys_unique_along_an_axis(rows: list[list[int]]) -> None:
    """Same first rows and the same numbering as np.unique(axis=0), which it replaces in the planner."""
    arr = np.asarray(rows, dtype=np.int64).reshape(len(rows), -1 if rows else 1)
    first, inverse = unique_rows(arr)
    if not len(arr):
        assert len(first) == len(inverse) == 0
        return
    _, want_first, want_inverse = np.unique(arr, axis=0, return_index=True, return_inverse=True)
    assert first.tolist() == want_first.tolist()
    assert inverse.tolist() == np.asarray(want_inverse).ravel().tolist()
