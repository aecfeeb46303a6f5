"""The rotation-due movers' nodes: segment-tree covers of a range are exactly its leaves (oracle4, h27)."""

from __future__ import annotations

import random

import numpy as np
import pytest

from asn_mutasi.planning.rotation import _cover, _halves


def _leaves(v: int, size: int) -> set[int]:
    """The leaf indices under heap node ``v`` of a tree over ``size`` leaves."""
    lo = hi = v
    while lo < size:
        lo, hi = 2 * lo, 2 * hi + 1
    return set(range(lo - size, hi - size + 1))


@pytest.mark.parametrize("n", [1, 2, 3, 5, 8, 13, 64, 100])
def test_a_cover_holds_every_leaf_of_its_range_once_and_nothing_else(n: int) -> None:
    size = 1 << max(n - 1, 0).bit_length()
    rng = random.Random(n)
    ranges = [(0, n), (0, 0), (n, n)] + [tuple(sorted(rng.sample(range(n + 1), 2))) for _ in range(40) if n > 0]
    lo = np.array([a for a, _ in ranges])
    hi = np.array([b for _, b in ranges])
    who, nodes = _cover(lo, hi, size)
    for q, (a, b) in enumerate(ranges):
        covered = [leaf for v in nodes[who == q].tolist() for leaf in _leaves(v, size)]
        assert sorted(covered) == list(range(a, b))  # each leaf once: the nodes are disjoint


@pytest.mark.parametrize("n", [1, 2, 3, 5, 8, 13, 100])
def test_every_used_leaf_hangs_below_the_root_by_one_path_of_halves(n: int) -> None:
    size = 1 << max(n - 1, 0).bit_length()
    parent, child = _halves(n, size)
    assert len(set(child.tolist())) == len(child)  # one parent each
    assert all(p == c // 2 for p, c in zip(parent.tolist(), child.tolist(), strict=True))
    below = {1}
    for p, c in sorted(zip(parent.tolist(), child.tolist(), strict=True)):
        assert p in below
        below.add(c)
    assert {v - size for v in below if v >= size} == (set(range(n)) if size > 1 else {0})
    assert all(min(_leaves(c, size)) < n for c in child.tolist())  # no child holds only unused leaves
