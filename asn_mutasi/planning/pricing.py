"""Stage 2 of the exact plan: the best plan among maximum-fill plans, proven by pricing.

The stage-2 network (no ``maks_pindah_per_unit``) has four kinds of move arcs::

    mover e ─ stay ──────────────────────────────► own position
            ─ direct (exact cost) ───────────────► position p
            ─ group (default cost) ─► sub-group s ─► every position of s (cost 0)
    position ─ kebutuhan seats (−1 primary) / surplus seats ─► sink (through a node per
               unit that keeps ``min_pegawai_per_unit``, when it is set)

* A **group arc** e→s stands for every pair (e, p ∈ s). Inside a sub-group every score
  part except the preference is the same function of the person (see
  :func:`asn_mutasi.planning.eligibility._subgroups`), so the pair cost is one number,
  charged at its *default*: the preference part as off the person's preferred units and
  the aspiration hook at its per-person default. A group arc exists only for ALL blocks
  (every pair eligible) and never into the sub-group of the person's own position (that
  path would be a "move" onto the own seat).
* **Direct arcs** carry exact costs: pairs of MIXED blocks, pins, pairs inside the own
  sub-group, and the *special* pairs whose exact cost is below the default (positions in
  a preferred unit, pairs the aspiration hook lists).

So every path is an eligible pair at a cost ≥ its true cost, and every eligible pair has
a path at exactly its true cost: the min-cost flow over all these arcs is the optimum
over ALL pairs. Column generation keeps it small: R starts from the stage-1 moves and a
few cheap direct arcs per position; node potentials d of the optimal residual network
(Bellman–Ford) price every arc outside R — an arc u→v can improve the plan only if
``d[u] + c < d[v]``. Blocks and people are ruled out with the block's score upper bound
before anything is scored; the survivors are scored exactly, the most violating join R,
and the flow is re-solved until nothing prices out (a round may stop early with what it found,
:data:`ROUND_PAIRS`; the last round, the proof, always scans everything). A group arc scores one pair for a
whole sub-group, which is what makes pricing cheap at 100k people.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from asn_mutasi.planning.eligibility import Eligibility
from asn_mutasi.planning.netsolve import Network, Result, lowered, potentials, solve_flow
from asn_mutasi.planning.network import SCALE, SKOR_TETAP, Instance
from asn_mutasi.planning.ragged import chunks, expand, members
from asn_mutasi.planning.solver import seats_held

MAX_PRICING_ROUNDS = 50
CHUNK = 500_000  #: candidate pairs expanded at once while pricing (bounds memory)
#: partial pricing: once a round has scored this many group candidates and found arcs to add, it adds them
#: without scanning the rest; only a full scan that finds nothing ends pricing (the proof). A binding
#: min_pegawai_per_unit at 100k: 5.6 million candidates in the first round, 14.5-15.3 s -> 11.2-11.3 s
ROUND_PAIRS = 1_000_000
ADD_PER_MOVER = 10  #: most violating arcs per mover added to R per pricing round
ADD_PER_TARGET = 30  #: ... and per target node (position or sub-group)
SEED_PER_POSITION = 3  #: cheapest direct arcs per position put into R before pricing
#: where the fill cannot be fixed (the seat arcs of min_pegawai_per_unit lead through unit nodes; no stay costs)
#: stage 2 weighs it by this many moves' worth of secondary (``Instance.weight_per_move``) instead of W, and 16×
#: more each time the best flow at that weight holds fewer kebutuhan seats than stage 1's maximum. The plan kept
#: is optimal for weight·primary + secondary over ALL pairs (pricing proves it) and holds the maximum, so its
#: flow routes every holder it can to a kebutuhan seat and no plan of that fill has a lower secondary: the
#: lexicographic optimum, as W gives, with costs 10⁴ times smaller; OR-Tools' cost scaling then needs fewer
#: phases (binding min_pegawai_per_unit at 100k: a solve 0.5-0.6 s -> 0.2-0.3 s). The pricing round limit
#: and the pair budget count every weight's rounds: they bound the plan's whole work. With stay costs
#: (rotasi_wajib) the primary is not the fill alone (fill may be given up for rotations), so W stays: no
#: bound short of it is known to be exact there.
START_MOVES = 8
#: the largest class × group grid looked up in a dense table (8 bytes a cell: 64 MB at most); the 100k bench
#: roster's is 1.1 million cells, its 300k roster's 1.7 million
DENSE_BLOCKS = 1 << 23
_FAR = np.iinfo(np.int64).max // 4
#: default skor of (person, position) pairs kept across pricing rounds, at most (16 bytes a pair: 32 MB)
SCORE_CACHE = 2_000_000


@dataclass
class Arcs:
    """Move arcs of one kind: mover, target (position or sub-group), skor and secondary cost."""

    e: np.ndarray
    t: np.ndarray
    skor: np.ndarray
    cost: np.ndarray

    @classmethod
    def empty(cls) -> Arcs:
        z = np.zeros(0, np.int64)
        return cls(z, z, np.zeros(0), z)

    def __len__(self) -> int:
        return len(self.e)

    def plus(self, other: Arcs) -> Arcs:
        return Arcs(
            np.concatenate([self.e, other.e]).astype(np.int64),
            np.concatenate([self.t, other.t]).astype(np.int64),
            np.concatenate([self.skor, other.skor]).astype(float),
            np.concatenate([self.cost, other.cost]).astype(np.int64),
        )

    def take(self, mask: np.ndarray) -> Arcs:
        return Arcs(self.e[mask], self.t[mask], self.skor[mask], self.cost[mask])

    def sorted(self) -> Arcs:
        return self.take(np.lexsort((self.t, self.e)))

    def keys(self, width: int) -> np.ndarray:
        return np.sort(self.e * width + self.t)


def contains(sorted_keys: np.ndarray, keys: np.ndarray) -> np.ndarray:
    """Membership of ``keys`` in a sorted key array."""
    if not len(sorted_keys) or not len(keys):
        return np.zeros(len(keys), dtype=bool)
    at = np.minimum(np.searchsorted(sorted_keys, keys), len(sorted_keys) - 1)
    return np.asarray(sorted_keys[at] == keys, dtype=bool)


@dataclass
class Crossing:
    """What a move leaving its mover's unit adds to a reduced cost under ``maks_pindah_per_unit``.

    The price of the unit's side row (the people leaving it), as an integer lower bound (see
    :mod:`asn_mutasi.planning.limited`); a move inside the unit adds nothing. Pricing with it is
    exact: the screens below compare lower bounds without it, and it is added where a candidate's
    reduced cost is computed.
    """

    pen: np.ndarray  #: per mover, ≥ 0
    mover_unit: np.ndarray  #: unit of each mover's own position
    pos_unit: np.ndarray  #: unit of each position
    sub_unit: np.ndarray  #: unit of each sub-group (split by unit, see :func:`layout`)

    def to_pos(self, e: np.ndarray, p: np.ndarray) -> np.ndarray:
        return np.where(self.mover_unit[e] != self.pos_unit[p], self.pen[e], 0)

    def to_sub(self, e: np.ndarray, s: np.ndarray) -> np.ndarray:
        return np.where(self.mover_unit[e] != self.sub_unit[s], self.pen[e], 0)


@dataclass
class Costing:
    """Exact and default secondary costs of pairs (``SCALE·(biaya_pindah + 100 − skor)`` + preference hook)."""

    inst: Instance
    elig: Eligibility
    hook: object | None  #: exact.PreferenceCost
    hook_default: np.ndarray  #: per mover: the hook's value on pairs it does not list
    hook_min: int  #: lower bound of the hook on any pair
    #: (person·(P + 1) + position, sorted) of the default skor already computed, and those skor (:meth:`default_skor`)
    scored_keys: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))
    scored_skor: np.ndarray = field(default_factory=lambda: np.zeros(0))

    def of_skor(self, skor: np.ndarray) -> np.ndarray:
        return np.asarray(np.rint(SCALE * (self.inst.move_cost + SKOR_TETAP - skor)), dtype=np.int64)

    def exact(self, e: np.ndarray, p: np.ndarray) -> Arcs:
        """Direct arcs of pairs, scored exactly (skor with the preference, hook on the pair)."""
        skor = self.elig.score(e, p)
        return Arcs(e.astype(np.int64), p.astype(np.int64), skor, self.with_hook(e, p, skor))

    def default(self, e: np.ndarray, s: np.ndarray, rep: np.ndarray) -> Arcs:
        """Group arcs e→s at the default cost (scored on the sub-group's representative position).

        Each (person, representative) pair is scored once (sub-groups split by unit share a representative,
        :func:`layout`) and kept for later rounds (:meth:`default_skor`).
        """
        if not len(e):
            return Arcs.empty()
        skor = self.default_skor(e.astype(np.int64), rep[s])
        return Arcs(e.astype(np.int64), s.astype(np.int64), skor, self.of_skor(skor) + self.hook_default[e])

    def default_skor(self, e: np.ndarray, p: np.ndarray) -> np.ndarray:
        """The default skor of (person, position) pairs: each distinct pair scored once, and while fewer than
        :data:`SCORE_CACHE` pairs are kept, never again in a later round or stage-2 pass (a binding
        min_pegawai_per_unit at 100k scored 434,000 pairs, 112,000 of them a second time: speed5, h31)."""
        assert self.elig.score_default is not None, "group arcs exist only with sub-groups (context eligibility)"
        keys = e * (len(self.inst.k) + 1) + p
        known, at = self.scored_keys, np.searchsorted(self.scored_keys, keys)
        hit = np.zeros(len(keys), dtype=bool) if not len(known) else known[np.minimum(at, len(known) - 1)] == keys
        skor = np.zeros(len(keys))
        skor[hit] = self.scored_skor[at[hit]]
        if hit.all():
            return skor
        new, back = np.unique(keys[~hit], return_inverse=True)
        width = len(self.inst.k) + 1
        got = np.asarray(self.elig.score_default(new // width, new % width), dtype=float)
        skor[~hit] = got[back.ravel()]
        if len(known) + len(new) <= SCORE_CACHE:
            merged = np.concatenate([known, new])
            order = np.argsort(merged, kind="stable")
            self.scored_keys, self.scored_skor = merged[order], np.concatenate([self.scored_skor, got])[order]
        return skor

    def with_hook(self, e: np.ndarray, p: np.ndarray, skor: np.ndarray) -> np.ndarray:
        """Secondary cost of pairs whose exact skor is known."""
        cost = self.of_skor(np.asarray(skor, dtype=float))
        if self.hook is not None and len(e):
            inst = self.inst
            cost = cost + np.asarray(
                self.hook([inst.movers[i] for i in e.tolist()], [inst.pos_codes[j] for j in p.tolist()]),  # type: ignore[operator]
                dtype=np.int64,
            )
        return cost

    def block_lb(self) -> np.ndarray:
        """Lower bound of the cost part ``SCALE·(biaya_pindah + 100 − skor)`` per ALL block."""
        ub = self.elig.blk_ub
        return np.floor(SCALE * (self.inst.move_cost + SKOR_TETAP - ub) - 1e-6).astype(np.int64)


@dataclass
class Layout:
    """Sub-group structure of the positions and the static special pairs."""

    sub: np.ndarray  #: sub-group per position (−1 none)
    n_sub: int
    rep: np.ndarray  #: representative position per sub-group
    sub_group: np.ndarray  #: group per sub-group
    own_sub: np.ndarray  #: sub-group of each mover's own position (−1 none)
    free: np.ndarray  #: per mover: not pinned
    block_keys: np.ndarray  #: sorted class·G + group of the ALL blocks
    block_of_key: np.ndarray  #: block index per sorted key
    #: ALL-block index per class·G + group (−1: not ALL), when the class × group grid is small enough
    #: (:data:`DENSE_BLOCKS`); None: :func:`_block_of` searches ``block_keys``
    block_table: np.ndarray | None
    special: tuple[np.ndarray, np.ndarray]  #: (mover, position) pairs that may cost less than the default
    #: per mover: a group arc into the own sub-group is allowed (staying costs no primary; see ``decode``)
    may_enter_own: np.ndarray


def _block_of(lay: Layout, elig: Eligibility, cls: np.ndarray, grp: np.ndarray) -> np.ndarray:
    """ALL-block index of (class, group) pairs, −1 where the block is not ALL."""
    keys = cls * max(elig.n_group, 1) + grp
    hit = (cls >= 0) & (grp >= 0)
    if lay.block_table is not None:  # one look-up per pair instead of a binary search (a million pairs per plan)
        return np.where(hit, lay.block_table[np.where(hit, keys, 0)], -1)
    at = np.minimum(np.searchsorted(lay.block_keys, keys), max(len(lay.block_keys) - 1, 0))
    if len(lay.block_keys):
        hit &= lay.block_keys[at] == keys
    else:
        hit[:] = False
    return np.where(hit, lay.block_of_key[at] if len(lay.block_keys) else -1, -1)


def layout(
    inst: Instance, elig: Eligibility, pinned: np.ndarray, hook: object | None, units: np.ndarray | None = None
) -> Layout:
    """The sub-groups of the positions, their representatives and the special pairs.

    With ``units`` (a unit id per position) every sub-group is split by unit, so a group arc
    either leaves its mover's unit for all the positions it reaches or for none (the side rows
    of ``maks_pindah_per_unit``, :mod:`asn_mutasi.planning.limited`). Inside a sub-group every
    score part but the preference is one function of the person; inside its part in one unit too, so
    every part keeps the representative of the whole sub-group (its default costs are scored once per
    person and whole sub-group, :meth:`Costing.default`).
    """
    sub, n_sub = elig.subgroups(), elig.n_sub
    has = np.flatnonzero(sub >= 0)
    rep = np.full(n_sub, len(inst.k), np.int64)
    np.minimum.at(rep, sub[has], has)
    if units is not None and n_sub:
        split = np.full(len(sub), -1, np.int64)
        codes, uniq = pd.factorize(sub[has] * (int(units.max(initial=0)) + 1) + units[has], sort=True)
        split[has] = codes
        whole = np.zeros(len(uniq), np.int64)
        whole[codes] = sub[has]
        sub, n_sub, rep = split, len(uniq), rep[whole]
    sub_group = elig.pos_group[rep] if n_sub else np.zeros(0, np.int64)
    order = np.argsort(elig.blk_class * max(elig.n_group, 1) + elig.blk_group, kind="stable")
    block_keys = (elig.blk_class * max(elig.n_group, 1) + elig.blk_group)[order]
    table = None
    grid = max(elig.n_class, 1) * max(elig.n_group, 1)
    if grid <= DENSE_BLOCKS:
        table = np.full(grid, -1, np.int64)
        first = np.ones(len(block_keys), dtype=bool)  # a key listed twice keeps its first block, as the search
        first[1:] = block_keys[1:] != block_keys[:-1]  # finds it (the sort is stable; each cell is written once)
        table[block_keys[first]] = order[first]
    lay = Layout(
        sub,
        n_sub,
        rep,
        sub_group,
        sub[inst.mover_pos],
        ~pinned,
        block_keys,
        order,
        table,
        (np.zeros(0, np.int64),) * 2,
        inst.stay_primary == 0,
    )
    lay.special = _special_pairs(inst, elig, lay, hook)
    return lay


def _special_pairs(
    inst: Instance, elig: Eligibility, lay: Layout, hook: object | None
) -> tuple[np.ndarray, np.ndarray]:
    """Pairs of ALL blocks whose exact cost may be below the group arc's default (preferred units, hook pairs).

    Each source is filtered by ``usable`` once (the preferred-unit pairs piece by piece as they are listed).
    """
    parts_e: list[np.ndarray] = []
    parts_p: list[np.ndarray] = []

    def usable(e: np.ndarray, p: np.ndarray) -> np.ndarray:
        """Free movers, another position, a block that holds the pair."""
        ok = lay.free[e] & (p != inst.mover_pos[e])
        ok[ok] = _block_of(lay, elig, elig.emp_class[e[ok]], elig.pos_group[p[ok]]) >= 0
        return ok

    if elig.preference_pairs is not None:
        e, p = elig.preference_pairs(usable)
        parts_e.append(e)
        parts_p.append(p)
    listed = getattr(hook, "listed", None)
    if listed is not None:
        nips, codes = listed()
        mi = {n: i for i, n in enumerate(inst.movers)}
        pi = {c: i for i, c in enumerate(inst.pos_codes)}
        pairs = [(mi[n], pi[c]) for n, c in zip(nips, codes, strict=True) if n in mi and c in pi]
        e = np.array([a for a, _ in pairs], dtype=np.int64)
        p = np.array([b for _, b in pairs], dtype=np.int64)
        ok = usable(e, p)
        parts_e.append(e[ok])
        parts_p.append(p[ok])
    if not parts_e:
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    e, p = np.concatenate(parts_e).astype(np.int64), np.concatenate(parts_p).astype(np.int64)
    keys = np.unique(e * max(len(inst.k), 1) + p)
    return keys // max(len(inst.k), 1), keys % max(len(inst.k), 1)


def build_network(
    inst: Instance, lay: Layout, direct: Arcs, group: Arcs, seat_arcs: tuple[np.ndarray, ...], fill: int | None = None
) -> Network:
    """The stage-2 network: direct, group, stay, sub-group→position and seat arcs (in that order).

    With ``fill`` (the proven number of occupied ``kebutuhan`` seats) the primary is fixed
    instead of weighted: see :func:`fix_fill`.
    """
    m, P = len(inst.movers), len(inst.k)
    sink = m + P + lay.n_sub
    free = np.flatnonzero(lay.free)
    sp = np.flatnonzero(lay.sub >= 0)
    st, sh, sc, s_prim, s_sec, extra = seat_arcs  # extra: supplies of the unit nodes after the sink (staff floors)
    tail = np.concatenate([direct.e, group.e, free, m + P + lay.sub[sp], st]).astype(np.int64)
    head = np.concatenate([m + direct.t, m + P + group.t, m + inst.mover_pos[free], m + sp, sh]).astype(np.int64)
    n_move = len(direct) + len(group) + len(free)
    cap = np.concatenate([np.ones(n_move), np.full(len(sp), max(m, 1)), sc]).astype(np.int64)
    zeros = np.zeros(len(direct) + len(group), np.int64)
    prim = np.concatenate([zeros, inst.stay_primary[free], np.zeros(len(sp), np.int64), s_prim]).astype(np.int64)
    sec = np.concatenate([direct.cost, group.cost, np.zeros(len(free) + len(sp), np.int64), s_sec]).astype(np.int64)
    to_sink = -(m + int(inst.fixed.sum())) - int(extra.sum())
    supply = np.concatenate([np.ones(m), inst.fixed, np.zeros(lay.n_sub), [to_sink], extra])
    net = Network(sink + 1 + len(extra), tail, head, cap, prim, sec, supply.astype(np.int64))
    return net if fill is None else fix_fill(net, fill)


def fix_fill(net: Network, fill: int) -> Network:
    """The same network with exactly ``fill`` units through the primary (−1) seat arcs and no primary cost.

    The seat arcs with primary −1 (``kebutuhan`` seats) are led into one extra node that
    demands ``fill`` units; the sink demands the rest. Every feasible flow then has the
    primary −fill, so when ``fill`` is the maximum (stage 1) the minimum secondary over
    this network is the lexicographic optimum, without the weight W that makes costs
    reach 10⁹: OR-Tools' cost scaling then needs fewer phases (100k bench roster: a
    stage-2 solve 0.75–1.0 s → 0.26–0.32 s). Only valid when no other arc has a primary
    cost (no ``rotasi_wajib`` stay costs).
    """
    need = net.primary < 0
    if (net.primary[~need] != 0).any() or (net.primary[need] != -1).any():
        raise ValueError("fix_fill needs a primary of −1 on seat arcs only")
    extra = net.n_nodes
    sink = int(net.head[need][0]) if need.any() else extra - 1
    head = net.head.copy()
    head[need] = extra
    supply = np.concatenate([net.supply, [-fill]])
    supply[sink] += fill
    return Network(extra + 1, net.tail, head, net.cap, np.zeros_like(net.primary), net.secondary, supply)


def decode(
    inst: Instance, lay: Layout, direct: Arcs, group: Arcs, flow: np.ndarray, costing: Costing
) -> tuple[np.ndarray, Arcs, np.ndarray]:
    """Return (target per mover, the move arcs of the plan scored exactly, arc index per mover or −1).

    Units entering a sub-group are handed to the positions it feeds in (sub-group, mover)
    and (sub-group, position) order: every entering mover may take every position of it.
    """
    m = len(inst.movers)
    target = inst.mover_pos.copy()
    used_d = np.flatnonzero(flow[: len(direct)] > 0)
    target[direct.e[used_d]] = direct.t[used_d]
    used_g = np.flatnonzero(flow[len(direct) : len(direct) + len(group)] > 0)
    sp = np.flatnonzero(lay.sub >= 0)
    off = len(direct) + len(group) + int(lay.free.sum())
    sp_flow = flow[off : off + len(sp)]
    if len(used_g):
        ge, gs = group.e[used_g], group.t[used_g]
        o1 = np.lexsort((ge, gs))
        units = np.repeat(sp, sp_flow)
        o2 = np.lexsort((units, lay.sub[units]))
        if not np.array_equal(gs[o1], lay.sub[units][o2]):
            raise AssertionError("sub-group flows do not balance")
        target[ge[o1]] = _avoid_own_seats(ge[o1], units[o2], gs[o1], inst.mover_pos)
    moved = np.flatnonzero(target != inst.mover_pos)
    arcs = costing.exact(moved, target[moved])
    moved_arc = np.full(m, -1, np.int64)
    moved_arc[moved] = np.arange(len(moved))
    return target, arcs, moved_arc


def _avoid_own_seats(e: np.ndarray, p: np.ndarray, s: np.ndarray, own: np.ndarray) -> np.ndarray:
    """Reassign positions inside each sub-group so nobody is handed their own seat where a swap avoids it.

    A unit entering the sub-group of the mover's own position may only be allowed when
    staying costs no primary; a hand-out that still lands someone on their own seat is a
    stay (the caller sees ``target == own``), which costs no more than the move it replaces
    and keeps every occupancy, so the plan stays optimal.
    """
    p = p.copy()
    for i in np.flatnonzero(p == own[e]).tolist():
        if p[i] != own[e[i]]:
            continue  # fixed by an earlier swap
        same = np.flatnonzero((s == s[i]) & (p != own[e[i]]) & (own[e] != p[i]))
        if len(same):
            j = int(same[0])
            p[i], p[j] = p[j], p[i]
    return p


def _potentials(net: Network, res: Result, weight: int, inst: Instance, lay: Layout) -> tuple[np.ndarray, ...] | None:
    d = potentials(net, res.flow, weight)
    if d is None:
        return None
    m, P = len(inst.movers), len(inst.k)
    # Bellman–Ford from a virtual root gives every node the HIGHEST potential ≤ 0, targets included: a sub-group
    # that no flow enters floats up to its cheapest entry, and then every mover with a like cost prices
    # out as a candidate. Lower the targets as far as their exits allow, downstream first (sink and unit
    # nodes, positions, sub-groups), so each pass starts from the lowest values below it. Still potentials
    # of the same flow, so the proof is unchanged; a binding min_pegawai_per_unit at 100k: the pricing
    # rounds score 1.2M, 0.7M, 0.6M, 0.6M candidates -> 0.27M, 0.06M, 0.06M, make_plan 9.9 s -> 5.1-5.3 s
    d = lowered(net, res.flow, weight, d, [(m + P + lay.n_sub, net.n_nodes), (m, m + P), (m + P, m + P + lay.n_sub)])
    return d[:m], d[m : m + P], d[m + P : m + P + lay.n_sub]


def price_groups(
    inst: Instance,
    elig: Eligibility,
    lay: Layout,
    d: tuple[np.ndarray, ...],
    in_r: np.ndarray,
    costing: Costing,
    budget: int,
    cross: Crossing | None = None,
) -> tuple[Arcs, int, np.ndarray]:
    """Group arcs outside R with negative reduced cost: (arcs, pairs scored or −1 past ``budget``, reduced costs).

    Of each run of candidates only the arcs :func:`most_violating` could pick are kept (a superset of what
    the round adds; the same arcs are added), and a round that finds none still finds none. Past
    :data:`ROUND_PAIRS` scored candidates a round that has found arcs stops there (partial pricing):
    it only adds them, so pricing still ends only on a full scan that finds nothing.
    """
    d_e, _, d_s = d
    if not lay.n_sub or not len(elig.blk_class):
        return Arcs.empty(), 0, np.zeros(0, np.int64)
    lb = costing.block_lb()
    a_e = d_e + costing.hook_default  # person part of every group arc's reduced cost
    mem_order, c_starts = members(elig.emp_class, elig.n_class, lay.free)
    sub_order, s_starts = members(lay.sub_group, elig.n_group)
    min_c = np.full(elig.n_class, _FAR, np.int64)
    np.minimum.at(min_c, elig.emp_class[mem_order], a_e[mem_order])
    max_g = np.full(elig.n_group, -_FAR, np.int64)
    np.maximum.at(max_g, lay.sub_group[sub_order], d_s[sub_order])
    hot = np.flatnonzero(lb + min_c[elig.blk_class] < max_g[elig.blk_group])
    found: list[Arcs] = []
    scored = 0
    width = max(lay.n_sub, 1)
    class_size = np.diff(c_starts)
    group_size = np.diff(s_starts)
    for part in chunks(class_size[elig.blk_class[hot]], CHUNK):  # (block, member) pairs, at most CHUNK at once
        blocks = hot[part]
        bi, slot = expand(c_starts, elig.blk_class[blocks])
        b, e = blocks[bi], mem_order[slot]
        keep = a_e[e] + lb[b] < max_g[elig.blk_group[b]]
        b, e = b[keep], e[keep]
        for piece in chunks(group_size[elig.blk_group[b]], CHUNK):  # (member, sub-group) pairs, as many
            si, sslot = expand(s_starts, elig.blk_group[b[piece]])
            bb, ee, s = b[piece][si], e[piece][si], sub_order[sslot]
            low = a_e[ee] + lb[bb] if cross is None else a_e[ee] + lb[bb] + cross.to_sub(ee, s)
            keep = (low < d_s[s]) & ((s != lay.own_sub[ee]) | lay.may_enter_own[ee])
            ee, s = ee[keep], s[keep]
            fresh = ~contains(in_r, ee * width + s)
            ee, s = ee[fresh], s[fresh]
            if not len(ee):
                continue
            if scored + len(ee) > budget:
                return Arcs.empty(), -1, np.zeros(0, np.int64)
            arcs = costing.default(ee, s, lay.rep)
            scored += len(ee)
            rc = d_e[ee] + arcs.cost - d_s[s]
            if cross is not None:
                rc = rc + cross.to_sub(ee, s)
            neg = arcs.take(rc < 0)
            # only what the round may add (see most_violating): an arc among the most violating of its mover
            # or target over ALL arcs is so in its piece too, so this keeps every arc the round picks; one
            # piece's candidates exist at a time, and of each piece at most ADD_PER_MOVER arcs per mover and
            # ADD_PER_TARGET per target stay (a binding min_pegawai_per_unit at 100k scores millions)
            found.append(neg.take(most_violating(neg, rc[rc < 0], neg.t)))
            if scored >= ROUND_PAIRS and any(len(f) for f in found):
                break  # partial pricing (see ROUND_PAIRS): this round adds what it found, it proves nothing
        else:
            continue
        break
    out, rc = _joined(found, d_e, d_s, cross)
    return out, scored, rc


def _joined(found: list[Arcs], d_e: np.ndarray, d_s: np.ndarray, cross: Crossing | None) -> tuple[Arcs, np.ndarray]:
    """The arcs found, one after the other, and their reduced costs."""
    out = Arcs.empty()
    for f in found:
        out = out.plus(f)
    rc = d_e[out.e] + out.cost - d_s[out.t]
    return out, rc if cross is None else rc + cross.to_sub(out.e, out.t)


def price_direct(
    inst: Instance,
    elig: Eligibility,
    lay: Layout,
    d: tuple[np.ndarray, ...],
    in_r: np.ndarray,
    costing: Costing,
    budget: int,
    cross: Crossing | None = None,
) -> tuple[Arcs, int, np.ndarray]:
    """Direct arcs outside R with negative reduced cost (own sub-group and special pairs); −1 scored past ``budget``."""
    d_e, d_p, _ = d
    P = max(len(inst.k), 1)
    lb = costing.block_lb()
    cands_e: list[np.ndarray] = []
    cands_p: list[np.ndarray] = []
    # pairs inside the own sub-group (the group arc may not go there)
    e = np.flatnonzero(lay.free & (lay.own_sub >= 0) & ~lay.may_enter_own)
    blk = _block_of(lay, elig, elig.emp_class[e], elig.pos_group[inst.mover_pos[e]]) if len(e) else e
    e, blk = e[blk >= 0], blk[blk >= 0]
    thr = d_e[e] + costing.hook_default[e] + lb[blk] if len(e) else e
    if len(e):
        in_sub, starts = members(lay.sub, lay.n_sub)
        s = lay.own_sub[e]
        top = np.full(lay.n_sub, -_FAR, np.int64)
        np.maximum.at(top, lay.sub[in_sub], d_p[in_sub])
        e, thr, s = e[thr < top[s]], thr[thr < top[s]], s[thr < top[s]]
        idx, slot = expand(starts, s)
        pe, pp = e[idx], in_sub[slot]
        ok = (d_p[pp] > thr[idx]) & (pp != inst.mover_pos[pe])
        cands_e.append(pe[ok])
        cands_p.append(pp[ok])
    se, sp = lay.special
    if len(se):
        blk = _block_of(lay, elig, elig.emp_class[se], elig.pos_group[sp])
        low = d_e[se] + lb[blk] + costing.hook_min
        ok = (low if cross is None else low + cross.to_pos(se, sp)) < d_p[sp]
        cands_e.append(se[ok])
        cands_p.append(sp[ok])
    if not cands_e:
        return Arcs.empty(), 0, np.zeros(0, np.int64)
    # both kinds are scored exactly (a pair in both lists once): true costs, whatever list found them
    keys = np.unique(np.concatenate(cands_e) * P + np.concatenate(cands_p))
    keys = keys[~contains(in_r, keys)]
    e, p = keys // P, keys % P
    if len(e) > budget:
        return Arcs.empty(), -1, np.zeros(0, np.int64)
    arcs = costing.exact(e, p)
    rc = d_e[e] + arcs.cost - d_p[p]
    if cross is not None:
        rc = rc + cross.to_pos(e, p)
    viol = rc < 0
    return arcs.take(viol), len(e), rc[viol]


def most_violating(arcs: Arcs, rc: np.ndarray, node: np.ndarray) -> np.ndarray:
    """Mask of the ADD_PER_MOVER most negative arcs per mover and ADD_PER_TARGET per target node.

    Adding a subset keeps pricing exact: the loop stops only when a full scan finds no arc
    outside R with negative reduced cost, and every round adds each mover's most negative arc.
    """
    keep = np.zeros(len(arcs), dtype=bool)
    # by reduced cost, then mover, then node (ties in arc order): sorted once, then stably by each key, which
    # orders every key's arcs as a four-key lexsort per key did (speed5, h31: 0.53 -> 0.29 s on 460,000 arcs)
    by_rc = np.lexsort((node, arcs.e, rc))
    for key, k in ((arcs.e, ADD_PER_MOVER), (node, ADD_PER_TARGET)):
        order = by_rc[np.argsort(key[by_rc], kind="stable")]
        starts = np.searchsorted(key[order], key[order], side="left")
        keep[order[(np.arange(len(order)) - starts) < k]] = True
    return keep


def price_mixed(
    elig: Eligibility,
    d: tuple[np.ndarray, ...],
    in_r: np.ndarray,
    costs: np.ndarray,
    width: int,
    free: np.ndarray,
    cross: Crossing | None = None,
) -> tuple[Arcs, np.ndarray]:
    """MIXED-block arcs (scored exactly when eligibility was built) outside R with negative reduced cost."""
    d_e, d_p, _ = d
    de, dp = elig.dir_emp, elig.dir_pos
    if not len(de):
        return Arcs.empty(), np.zeros(0, np.int64)
    rc = d_e[de] + costs - d_p[dp]
    if cross is not None:
        rc = rc + cross.to_pos(de, dp)
    viol = (rc < 0) & free[de] & ~contains(in_r, de * width + dp)
    return Arcs(de[viol], dp[viol], elig.dir_skor[viol], costs[viol]), rc[viol]


@dataclass
class Stage2:
    """The stage-2 plan and its proof."""

    target: np.ndarray
    arcs: Arcs  #: person→position arcs known at the end (R's direct arcs and the plan's moves), exact costs
    moved_arc: np.ndarray  #: per mover: index into ``arcs`` or −1
    result: Result
    rounds: int = 0
    n_arcs: int = 0  #: arcs in R at the end (direct + group)
    proven: bool = True  #: secondary optimal over ALL pairs
    scored: int = 0
    stopped: bool = False  #: the pair budget ran out
    weight_raised: int = 0  #: times the primary's weight was raised (see START_MOVES)
    weight: int = 1  #: the primary's weight the plan was solved with (1: the fill was fixed instead)
    notes: list[str] = field(default_factory=list)
    budget: int = 30_000_000  #: pairs pricing may score (``budget_key`` in the settings)
    budget_key: str = "maks_pasangan_harga"
    add_limit: int | None = None  #: arcs a round adds at most (None: what :func:`most_violating` keeps)


def initial_arcs(
    inst: Instance, elig: Eligibility, lay: Layout, target1: np.ndarray, pins: tuple[np.ndarray, ...], costing: Costing
) -> tuple[Arcs, Arcs, np.ndarray]:
    """R before pricing: pins, the stage-1 moves, the cheapest MIXED arcs per position; and MIXED arc costs."""
    P = max(len(inst.k), 1)
    pe, pp, ps = pins
    direct = Arcs(pe, pp, ps, costing.with_hook(pe, pp, ps))
    de, dp, ds = elig.dir_emp, elig.dir_pos, elig.dir_skor
    mixed_cost = costing.with_hook(de, dp, ds)
    in_r = np.zeros(len(de), dtype=bool)
    if len(de):
        by_cost = np.lexsort((de, mixed_cost, dp))
        rank = np.empty(len(de), np.int64)
        rank[by_cost] = np.arange(len(de)) - np.searchsorted(dp[by_cost], dp[by_cost], side="left")
        in_r = rank < SEED_PER_POSITION
    moved = np.flatnonzero((target1 != inst.mover_pos) & lay.free)
    me, mp = moved, target1[moved]
    used_mixed = contains(np.sort(de * P + dp), me * P + mp)
    in_r |= contains(np.sort(me[used_mixed] * P + mp[used_mixed]), de * P + dp)
    in_r &= lay.free[de] if len(de) else in_r
    direct = direct.plus(Arcs(de[in_r], dp[in_r], ds[in_r], mixed_cost[in_r]))
    me, mp = me[~used_mixed], mp[~used_mixed]  # moves through ALL blocks
    via_group = (lay.sub[mp] >= 0) & ((lay.sub[mp] != lay.own_sub[me]) | lay.may_enter_own[me])
    group = costing.default(me[via_group], lay.sub[mp[via_group]], lay.rep)
    direct = direct.plus(costing.exact(me[~via_group], mp[~via_group]))
    return direct, group, mixed_cost


def solve_stage2(
    inst: Instance,
    elig: Eligibility,
    pins: tuple[np.ndarray, ...],
    target1: np.ndarray,
    costing: Costing,
    seat_arcs: tuple[np.ndarray, ...],
) -> Stage2:
    """Minimise W·primary + secondary over ALL eligible pairs by column generation (see the module docstring)."""
    pinned = np.zeros(len(inst.movers), dtype=bool)
    pinned[pins[0]] = True
    lay = layout(inst, elig, pinned, costing.hook)
    direct, group, mixed_cost = initial_arcs(inst, elig, lay, target1, pins, costing)
    # without stay costs the primary is the fill alone, and stage 1 proved its maximum: fix it (see fix_fill;
    # not where the seat arcs lead through unit nodes first, ``min_pegawai_per_unit``: there it is weighted, by
    # less than W first, see START_MOVES). With stay costs (rotasi_wajib) the primary is weighted by W.
    most = seats_held(inst, target1)
    fill = None if inst.stay_primary.any() or len(seat_arcs[5]) else most
    if fill is not None:
        weight = 1
    elif inst.stay_primary.any():
        weight = inst.weight
    else:
        weight = min(inst.weight, max(1, round(START_MOVES * inst.weight_per_move)))
    out = Stage2(inst.mover_pos, Arcs.empty(), np.zeros(0, np.int64), Result(np.zeros(0, np.int64), "", 0, 0))
    out.budget = inst.pricing_budget
    while True:
        r = (direct, group, mixed_cost)
        res, direct, group = _priced(inst, elig, lay, pins, r, costing, seat_arcs, fill, weight, out)
        # the network's own primary (kebutuhan seats the flow uses), not the plan's: at −most every seat a
        # holder can take is a kebutuhan seat, so the flow's secondary is the plan's
        if fill is not None or weight >= inst.weight or res.primary <= -most:
            break
        # the best plan at this weight gives up fill: weigh it more. Once pricing has stopped unproven, take W
        # at once: R holds the stage-1 moves, so the plan over R then reaches stage 1's fill
        weight = min(inst.weight, weight * 16) if out.proven else inst.weight
        out.weight_raised += 1
    out.weight = weight
    target, moves, moved_arc = decode(inst, lay, direct, group, res.flow, costing)
    out.result, out.n_arcs = res, len(direct) + len(group)
    keep = ~contains(moves.keys(max(len(inst.k), 1)), direct.e * max(len(inst.k), 1) + direct.t)
    known = direct.take(keep)
    out.target, out.arcs = target, known.plus(moves)
    out.moved_arc = np.where(moved_arc >= 0, moved_arc + len(known), -1)
    return out


def _priced(
    inst: Instance,
    elig: Eligibility,
    lay: Layout,
    pins: tuple[np.ndarray, ...],
    r: tuple[Arcs, Arcs, np.ndarray],
    costing: Costing,
    seat_arcs: tuple[np.ndarray, ...],
    fill: int | None,
    weight: int,
    out: Stage2,
) -> tuple[Result, Arcs, Arcs]:
    """Solve over R and price until nothing outside R improves weight·primary + secondary (or pricing stops).

    Returns the last flow and the arcs it was solved on.
    """
    from asn_mutasi.errors import InfeasiblePlanError

    direct, group, mixed_cost = r
    while True:
        direct, group = direct.sorted(), group.sorted()
        net = build_network(inst, lay, direct, group, seat_arcs, fill)
        res = solve_flow(net, weight)
        if res.status == "infeasible":
            raise InfeasiblePlanError(
                "Rencana tidak dapat disusun: mutasi terkunci (--kunci) tidak dapat dipenuhi bersama batasan rencana"
            )
        if not out.proven:  # pricing stopped in an earlier call: this solve over R is the plan
            break
        if not len(elig.blk_class) and len(direct) >= len(elig.dir_emp) + len(pins[0]):
            break
        out.rounds += 1
        d = _potentials(net, res, weight, inst, lay)
        if d is None:
            out.proven = False
            out.notes.append(
                "harga simpul untuk pemeriksaan optimalitas tidak dapat dihitung; urutan kedua hanya optimal atas pilihan pindah yang sudah ditimbang"
            )
            break
        new_d, new_g, stopped = _price_round(inst, elig, lay, d, (direct, group, mixed_cost), costing, out)
        if stopped:
            out.proven, out.stopped = False, True
            break
        if not len(new_d) and not len(new_g):
            break
        if out.rounds >= MAX_PRICING_ROUNDS:  # before R grows: the plan is decoded on the arcs it was solved on
            out.proven = False
            out.notes.append(f"pemeriksaan optimalitas berhenti setelah {out.rounds} putaran")
            break
        direct, group = direct.plus(new_d), group.plus(new_g)
    return res, direct, group


def _price_round(
    inst: Instance,
    elig: Eligibility,
    lay: Layout,
    d: tuple[np.ndarray, ...],
    r: tuple[Arcs, Arcs, np.ndarray],
    costing: Costing,
    out: Stage2,
    cross: Crossing | None = None,
) -> tuple[Arcs, Arcs, bool]:
    """One pricing round: the most violating arcs outside R (direct, group), or the budget stop (``out.budget``)."""
    direct, group, mixed_cost = r
    m, P, S = len(inst.movers), max(len(inst.k), 1), max(lay.n_sub, 1)
    a1, rc1 = price_mixed(elig, d, direct.keys(P), mixed_cost, P, lay.free, cross)
    a2, n2, rc2 = price_direct(inst, elig, lay, d, direct.keys(P), costing, out.budget - out.scored, cross)
    if n2 < 0:
        return Arcs.empty(), Arcs.empty(), True
    out.scored += n2
    a3, n3, rc3 = price_groups(inst, elig, lay, d, group.keys(S), costing, out.budget - out.scored, cross)
    if n3 < 0:
        return Arcs.empty(), Arcs.empty(), True
    out.scored += n3
    new_d = a1.plus(a2)
    arcs = new_d.plus(a3)
    node = np.concatenate([m + new_d.t, m + P + a3.t])
    rc = np.concatenate([rc1, rc2, rc3])
    keep = most_violating(arcs, rc, node)
    if out.add_limit is not None and keep.sum() > out.add_limit:  # the most negative first, ties by arc order
        chosen = np.flatnonzero(keep)
        keep[:] = False
        keep[chosen[np.argsort(rc[chosen], kind="stable")[: out.add_limit]]] = True
    return new_d.take(keep[: len(new_d)]), a3.take(keep[len(new_d) :]), False
