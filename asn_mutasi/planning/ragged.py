"""Ragged groups in flat numpy arrays: the members of every id, and every (entry, member) pair of a list of ids.

The planner works on classes of people and groups of positions; "every member of these
classes" is an expansion of ragged ranges, written once here instead of with a Python loop.
"""

from __future__ import annotations

import numpy as np


def members(ids: np.ndarray, n: int, keep: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """(indices sorted by id, start offset per id 0..n) of the entries with id ≥ 0 (and ``keep``, when given).

    The members of id ``k`` are ``order[starts[k]:starts[k + 1]]``, in index order.
    """
    order = np.argsort(ids, kind="stable")
    ok = ids[order] >= 0
    if keep is not None:
        ok &= keep[order]
    order = order[ok]
    return order, np.searchsorted(ids[order], np.arange(n + 1))


def expand(starts: np.ndarray, ids: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Every (i, slot) with ``starts[ids[i]] ≤ slot < starts[ids[i] + 1]``: (entry index i, slot), entries in order."""
    counts = starts[ids + 1] - starts[ids]
    idx = np.repeat(np.arange(len(ids)), counts)
    offs = np.arange(int(counts.sum())) - np.repeat(np.cumsum(counts) - counts, counts)
    return idx, np.repeat(starts[ids], counts) + offs


def chunks(sizes: np.ndarray, limit: int) -> list[slice]:
    """Consecutive runs of entries whose ``sizes`` add up to at most ``limit`` (an entry bigger than
    ``limit`` alone in its run): how many entries to expand at once for bounded memory."""
    if not len(sizes):
        return []
    ends = np.cumsum(sizes)
    out: list[slice] = []
    lo = 0
    while lo < len(sizes):
        base = int(ends[lo - 1]) if lo else 0
        hi = max(int(np.searchsorted(ends, base + limit, side="right")), lo + 1)
        out.append(slice(lo, hi))
        lo = hi
    return out


def unique_rows(rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """``(first, inverse)`` of ``np.unique(rows, axis=0, return_index=True, return_inverse=True)`` for a 2-D
    integer array: the distinct rows numbered in their lexicographic order, the first row of each and
    the number of every row. One stable ``lexsort`` of the columns: ``np.unique`` with an axis sorts
    the rows as structured records, three times slower on the planner's 400,000 arcs."""
    n = len(rows)
    if not n:
        return np.zeros(0, dtype=np.intp), np.zeros(0, dtype=np.intp)
    order = np.lexsort(rows.T[::-1])  # the first column is the primary key; ties keep row order
    ordered = rows[order]
    start = np.ones(n, dtype=bool)
    start[1:] = (ordered[1:] != ordered[:-1]).any(axis=1)
    inverse = np.empty(n, dtype=np.intp)
    inverse[order] = np.cumsum(start) - 1
    return order[start], inverse
