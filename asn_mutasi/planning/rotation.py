"""Rotation-due movers in the stage-1 class network: paths to every position their class may take but their own.

With ``rotasi_wajib`` the stay arc of a rotation-due mover costs the primary
:data:`~asn_mutasi.planning.network.ROTATION_PRIMARY`. Units of flow are anonymous inside the shared
class and group nodes, so where the mover's own position lies in an ALL block of its class
(class → group → own position) the flow may send the mover "away" and back onto its own seat: no
stay cost is charged, yet the decoded plan has the mover stay. Stage 1's primary was then below
every real plan's, and under ``maks_pindah_per_unit`` stage 2 (the MILP over the stage-1 moves)
kept the poor rotation count while the plan read "optimal (terbukti)" (oracle4, h27: 3 due
holders of 3 full posts, a 3-cycle without the limit, one swap with a limit of 5 that does not bind).

So such a mover (a *due* mover) enters node X(c, p0) instead, one per class c and own position p0,
whose every path avoids p0 and reaches every other position of c's ALL blocks:

* X → XC(c, g0) → G(g) for the ALL blocks (c, g), g ≠ g0 (the own group) — leaving the unit, counted;
* X → XU(c, g0, u0) → GU(g, u0) for the same blocks inside the own unit u0 — not counted;
* the own group g0 minus p0 through a segment tree over g0's positions sorted by unit: the
  positions of u0 form one range [s, t) there, so [s, p0) and (p0, t) are O(log n) tree nodes
  (not counted), and X → XO(g0, u0) (counted) → [0, s) and [t, n), O(log n) more, which do not
  depend on p0: one XO per own group and unit. A tree node passes its units to its two halves, a
  leaf is the position itself.

Units pooled in any node may take any of its exits, as everywhere in the class network: every node
a due mover reaches holds only positions it may take, none of them its own. Everything is linear in
the positions of the own groups and the ALL blocks of the due classes (100k bench roster: 17,778
such movers in 17,355 X nodes).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from asn_mutasi.planning.eligibility import Eligibility
from asn_mutasi.planning.network import Instance
from asn_mutasi.planning.ragged import expand

Part = tuple[np.ndarray, np.ndarray, np.ndarray]  #: (tail, head, capacity)


def due_movers(inst: Instance, elig: Eligibility, free: np.ndarray) -> np.ndarray:
    """The ``free`` movers whose stay costs the primary and whose class has an ALL block with their own group."""
    e = free[inst.stay_primary[free] > 0]
    c, g0 = elig.emp_class[e], elig.pos_group[inst.mover_pos[e]]
    e, c, g0 = e[(c >= 0) & (g0 >= 0)], c[(c >= 0) & (g0 >= 0)], g0[(c >= 0) & (g0 >= 0)]
    width = max(elig.n_group, 1)
    blocks = np.unique(elig.blk_class * width + elig.blk_group)
    return e[np.isin(c * width + g0, blocks)]


@dataclass
class DueNodes:
    """The X, XC, XU and tree nodes of the due movers, numbered from 0 (the caller places them); see the module."""

    movers: np.ndarray  #: due movers
    x_of: np.ndarray  #: X node of each due mover
    n_x: int
    n_xc: int
    n_xu: int
    n_xo: int
    n_tree: int
    #: arcs by kind, their nodes in local form (see :meth:`parts`)
    local: dict[str, tuple[np.ndarray, ...]] = field(default_factory=dict)

    @property
    def n_nodes(self) -> int:
        return self.n_x + self.n_xc + self.n_xu + self.n_xo + self.n_tree

    def parts(self, o_x: int, o_g: int, o_gu: int, o_p: int, big: int) -> tuple[list[Part], list[np.ndarray]]:
        """(arcs of every kind in network numbering, the unit row of each arc: −1 where it does not count).

        Kinds, in order: mover → X, X → XC, XC → G, X → XU, XU → GU, X → tree node or position inside the
        unit, X → XO, XO → tree node or position outside the unit, tree node → half or position.
        """
        o_xc, o_xu = o_x + self.n_x, o_x + self.n_x + self.n_xc
        o_xo = o_xu + self.n_xu
        o_t = o_xo + self.n_xo
        loc = self.local

        def node(kind: np.ndarray, i: np.ndarray) -> np.ndarray:  # kind 0: tree node, 1: position
            return np.where(kind == 1, o_p + i, o_t + i)

        xc_t, xc_h = loc["x_xc"]
        g_t, g_h = loc["xc_g"]
        xu_t, xu_h = loc["x_xu"]
        gu_t, gu_h = loc["xu_gu"]
        in_t, in_k, in_h = loc["x_in"]
        xo_t, xo_h = loc["x_xo"]
        out_t, out_k, out_h = loc["x_out"]
        tr_t, tr_k, tr_h = loc["tree"]
        parts: list[Part] = [
            (self.movers, o_x + self.x_of, np.ones(len(self.movers), np.int64)),
            (o_x + xc_t, o_xc + xc_h, np.full(len(xc_t), big)),
            (o_xc + g_t, o_g + g_h, np.full(len(g_t), big)),
            (o_x + xu_t, o_xu + xu_h, np.full(len(xu_t), big)),
            (o_xu + gu_t, o_gu + gu_h, np.full(len(gu_t), big)),
            (o_x + in_t, node(in_k, in_h), np.full(len(in_t), big)),
            (o_x + xo_t, o_xo + xo_h, np.full(len(xo_t), big)),
            (o_xo + out_t, node(out_k, out_h), np.full(len(out_t), big)),
            (o_t + tr_t, node(tr_k, tr_h), np.full(len(tr_t), big)),
        ]
        rows = [np.full(len(p[0]), -1, np.int64) for p in parts]
        rows[1], rows[6] = loc["x_unit"][xc_t], loc["x_unit"][xo_t]
        return parts, rows


def due_nodes(
    inst: Instance, elig: Eligibility, due: np.ndarray, pos_u: np.ndarray, n_u: int, gu_keys: np.ndarray
) -> DueNodes:
    """The due movers' nodes and arcs (``gu_keys``: group · n_u + unit of every GU node, sorted)."""
    P = len(inst.k)
    key = elig.emp_class[due] * P + inst.mover_pos[due]
    x_keys, x_of = np.unique(key, return_inverse=True)
    x_cls, x_pos = x_keys // P, x_keys % P
    x_grp, x_unit = elig.pos_group[x_pos], pos_u[x_pos]
    width = max(elig.n_group, 1)
    xc_keys, xc_of = np.unique(x_cls * width + x_grp, return_inverse=True)
    xc_g = _other_blocks(elig, xc_keys // width, xc_keys % width)
    xu_keys, xu_of = np.unique((x_cls * width + x_grp) * n_u + x_unit, return_inverse=True)
    xu_cls, xu_grp, xu_unit = xu_keys // n_u // width, xu_keys // n_u % width, xu_keys % n_u
    xu_gu = _other_blocks_in_unit(elig, (xu_cls, xu_grp, xu_unit), gu_keys, n_u)
    # the positions of the own group outside the unit do not depend on the own position: one XO per group and unit
    xo_keys, xo_of = np.unique(x_grp * n_u + x_unit, return_inverse=True)
    x_in, x_out, tree, n_tree = _trees(elig, x_pos, (xo_keys // n_u, xo_keys % n_u), pos_u)
    out = DueNodes(due, x_of.astype(np.int64), len(x_keys), len(xc_keys), len(xu_keys), len(xo_keys), n_tree)
    x_idx = np.arange(len(x_keys), dtype=np.int64)
    out.local = {
        "x_xc": (x_idx, xc_of.astype(np.int64)),
        "xc_g": xc_g,
        "x_xu": (x_idx, xu_of.astype(np.int64)),
        "xu_gu": xu_gu,
        "x_in": x_in,
        "x_xo": (x_idx, xo_of.astype(np.int64)),
        "x_out": x_out,
        "tree": tree,
        "x_unit": x_unit,
    }
    return out


def _other_blocks(elig: Eligibility, cls: np.ndarray, own: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(entry, group) for every ALL block (cls[entry], group) whose group is not own[entry]."""
    by_class = np.argsort(elig.blk_class, kind="stable")
    starts = np.searchsorted(elig.blk_class[by_class], np.arange(elig.n_class + 1))
    entry, slot = expand(starts, cls)
    group = elig.blk_group[by_class[slot]]
    keep = group != own[entry]
    return entry[keep].astype(np.int64), group[keep].astype(np.int64)


def _other_blocks_in_unit(
    elig: Eligibility, xu: tuple[np.ndarray, np.ndarray, np.ndarray], gu_keys: np.ndarray, n_u: int
) -> tuple[np.ndarray, np.ndarray]:
    """(XU entry, GU node) for every ALL block (class, g), g not the own group, with positions of g in the unit."""
    cls, own, unit = xu
    entry, group = _other_blocks(elig, cls, own)
    want = group * n_u + unit[entry]
    at = np.minimum(np.searchsorted(gu_keys, want), max(len(gu_keys) - 1, 0))
    hit = (gu_keys[at] == want) if len(gu_keys) else np.zeros(len(want), bool)
    return entry[hit], at[hit].astype(np.int64)


def _trees(
    elig: Eligibility, x_pos: np.ndarray, xo: tuple[np.ndarray, np.ndarray], pos_u: np.ndarray
) -> tuple[tuple[np.ndarray, ...], tuple[np.ndarray, ...], tuple[np.ndarray, ...], int]:
    """Segment trees over the own groups: (X arcs inside the unit, XO arcs out of it, tree arcs, tree nodes).

    Each kind of arc is (tail, head kind, head) with head kind 0 a tree node and 1 a position; the tail is an
    X node (``x_pos``: its own position) or an XO node (``xo``: group, unit). One tree per own group (a Python
    loop over groups, not people).
    """
    x_grp = elig.pos_group[x_pos]
    arcs: dict[str, list[np.ndarray]] = {k: [] for k in ("in_t", "in_k", "in_h", "out_t", "out_k", "out_h")}
    arcs.update({"tr_t": [], "tr_k": [], "tr_h": []})
    base = 0
    for g in np.unique(x_grp).tolist():
        leaves = np.flatnonzero(elig.pos_group == g)
        leaves = leaves[np.lexsort((leaves, pos_u[leaves]))]  # by unit: a unit's positions are one range
        n = len(leaves)
        size = 1 << max(n - 1, 0).bit_length()
        xs = np.flatnonzero(x_grp == g)
        i0 = _index_in(leaves, x_pos[xs])
        unit_of = pos_u[leaves]
        s = np.searchsorted(unit_of, pos_u[x_pos[xs]], side="left")
        t = np.searchsorted(unit_of, pos_u[x_pos[xs]], side="right")
        inside = [(xs, s, i0), (xs, i0 + 1, t)]
        xos = np.flatnonzero(xo[0] == g)
        s = np.searchsorted(unit_of, xo[1][xos], side="left")
        t = np.searchsorted(unit_of, xo[1][xos], side="right")
        outside = [(xos, np.zeros(len(xos), np.int64), s), (xos, t, np.full(len(xos), n, np.int64))]
        for key, queries in (("in", inside), ("out", outside)):
            for q, lo, hi in queries:
                who, v = _cover(lo, hi, size)
                arcs[f"{key}_t"].append(q[who])
                _head(arcs, key, v, size, leaves, base)
        parent, child = _halves(n, size)
        arcs["tr_t"].append(base + parent - 1)
        _head(arcs, "tr", child, size, leaves, base)
        base += size - 1
    cat = {k: np.concatenate(v).astype(np.int64) if v else np.zeros(0, np.int64) for k, v in arcs.items()}
    return (
        (cat["in_t"], cat["in_k"], cat["in_h"]),
        (cat["out_t"], cat["out_k"], cat["out_h"]),
        (cat["tr_t"], cat["tr_k"], cat["tr_h"]),
        base,
    )


def _index_in(order: np.ndarray, values: np.ndarray) -> np.ndarray:
    """Index of each value in ``order`` (a permutation of distinct ids containing every value)."""
    rank = np.argsort(order, kind="stable")
    return rank[np.searchsorted(order[rank], values)].astype(np.int64)


def _head(arcs: dict[str, list[np.ndarray]], key: str, v: np.ndarray, size: int, leaves: np.ndarray, base: int) -> None:
    """Heads of arcs into heap nodes ``v`` of a tree of ``size`` leaves: a leaf is its position, else a tree node."""
    leaf = v >= size
    arcs[f"{key}_k"].append(leaf.astype(np.int64))
    arcs[f"{key}_h"].append(np.where(leaf, leaves[np.where(leaf, v - size, 0)], base + v - 1))


def _cover(lo: np.ndarray, hi: np.ndarray, size: int) -> tuple[np.ndarray, np.ndarray]:
    """The canonical heap nodes of every range [lo, hi) of a segment tree over ``size`` leaves: (query, node)."""
    who: list[np.ndarray] = []
    nodes: list[np.ndarray] = []
    q = np.arange(len(lo))
    left, right = lo.astype(np.int64) + size, hi.astype(np.int64) + size
    while True:
        on = left < right
        if not on.any():
            break
        take = on & (left % 2 == 1)
        who.append(q[take])
        nodes.append(left[take])
        left = np.where(take, left + 1, left)
        take = on & (right % 2 == 1)
        right = np.where(take, right - 1, right)
        who.append(q[take])
        nodes.append(right[take])
        left, right = np.where(on, left // 2, left), np.where(on, right // 2, right)
    if not who:
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    return np.concatenate(who), np.concatenate(nodes)


def _halves(n: int, size: int) -> tuple[np.ndarray, np.ndarray]:
    """(parent, child) heap nodes of a segment tree over ``size`` leaves, ``n`` of them used: children that hold
    at least one used leaf."""
    parents: list[np.ndarray] = []
    children: list[np.ndarray] = []
    level, span = 1, size // 2  # children on ``level``, each spanning ``span`` leaves
    while (1 << level) <= size and span >= 1:
        w = np.arange(1 << level, 1 << (level + 1), dtype=np.int64)
        used = (w - (1 << level)) * span < n
        parents.append(w[used] // 2)
        children.append(w[used])
        level, span = level + 1, span // 2
    if not parents:
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    return np.concatenate(parents), np.concatenate(children)
