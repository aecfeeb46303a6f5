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
