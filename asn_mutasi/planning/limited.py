"""Stage 2 under ``maks_pindah_per_unit``: the best maximum-fill plan over ALL pairs, priced and proven.

Without unit limits stage 2 is a min-cost flow priced with node potentials
(:mod:`asn_mutasi.planning.pricing`). The leaving limit adds one side row per unit (the people
leaving it, at most L), and a flow solver has no price for those rows. Here the same stage-2
network (direct arcs, group arcs into sub-groups, stays, seats) is an LP solved by HiGHS'
simplex (scipy's build, as in :mod:`asn_mutasi.planning.colgen`) with the side rows and one row
more that holds the primary at stage 1's proven optimum P*: −Σ primary·x ≥ −P*, so the kebutuhan
seats at coefficient 1 (the proven maximum fill) and, under ``rotasi_wajib``, a rotation-due mover's
stay at −2 (such movers enter the LP from the start, their stays are columns of that row). Every
integer plan has a primary ≥ P*, so the row keeps exactly the lexicographic optima and the LP is
their relaxation, as the fill row is without stay costs. The sub-groups are split by unit
(:func:`~asn_mutasi.planning.pricing.layout`), so a group arc leaves its mover's unit for every
position it reaches or for none and has one place in the side rows. The LP's row prices price
every pair outside R with the functions the unlimited plan uses, the price of the mover's unit
row added to a move that leaves it (:class:`~asn_mutasi.planning.pricing.Crossing`); the
simplex is warm-started as columns come in, until a full scan finds no negative reduced cost.

The plan is proven, not trusted to tolerances. Pricing uses integer bounds of the cleaned prices
y (:func:`~asn_mutasi.planning.colgen.clean_prices`): mover potentials rounded down, position
and sub-group potentials up, unit prices down. So every pair it does not bring in has a reduced
cost ≥ 0 under y, and L(y) over R's columns (:func:`~asn_mutasi.planning.colgen.lower_bound`)
bounds the secondary of every maximum-fill plan over ALL pairs from below. The plan is the LP's
own flow when that is integral (checked in exact integer arithmetic), else the MILP over R with
the fill held; its secondary z is optimal over all pairs when z − L(y) < 1 (costs are integers).
When it is not (a fractional LP optimum), every pair whose reduced cost is below z − L(y) joins R
and the MILP runs again: no plan using another pair can cost less than z, so its optimum is the
optimum over all pairs (:func:`_fixed_by_reduced_cost`). The plan says whether it is proven
(``sekunder_terbukti_optimal``); only a pair budget spent leaves it unproven. When the LP cannot be
solved (no HiGHS binding, the time limit, any status but optimal) this returns None and the
caller's MILP over R runs as before.

Generated rosters of 240-600 staff with a leaving limit of 1-3: the MILP over R's secondary was
4-39 % above the optimum over all pairs (``tests/planning/oracle.py``); this one equals it. With
``rotasi_wajib`` too the MILP over R stood in until plan4 (h31): 16-47 % above the optimum on rosters
of 180-320 staff with a limit of 1-2, now equal and proven.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from asn_mutasi.formatting import format_number
from asn_mutasi.planning.colgen import CLOCK_FREE_OPTIONS, clean_prices, lower_bound
from asn_mutasi.planning.eligibility import Eligibility
from asn_mutasi.planning.netsolve import (
    Network,
    Result,
    Side,
    feasible_in_integers,
    highest_potentials,
    lower_targets,
    residual_arcs,
    solve_milp,
)
from asn_mutasi.planning.network import Instance
from asn_mutasi.planning.pricing import (
    MAX_PRICING_ROUNDS,
    Arcs,
    Costing,
    Crossing,
    Layout,
    Stage2,
    _price_round,
    build_network,
    contains,
    decode,
    initial_arcs,
    layout,
)
from asn_mutasi.planning.solver import seats_held

#: distance from an integer a flow value may have and still be rounded to it
_INTEGER_TOLERANCE = 1e-6

#: columns a pricing round adds at most, the most negative first. Each round re-solves the LP with a warm
#: basis; at 100k staff with ``--maks-pindah-per-unit 1`` a round found about 170,000, and with
#: ``--min-pegawai-per-unit 45`` as well the re-solve after adding them all took 5.5 s (1.5 s with 50,000)
ADD_PER_ROUND = 50_000

SeatArcs = Callable[[int], tuple[np.ndarray, ...]]


@dataclass
class _Columns:
    """The LP's columns in HiGHS' order: the fixed arcs (sub-group → position, seats), then stays and moves as added.

    A free mover enters the LP with its first move column (its row and stay with it); until then it
    stays, and its supply is counted at its own position (``_Lp.enter``): most of 100,000 movers never
    price out, and the simplex then works on a fraction of the rows.
    """

    fixed: int  #: number of fixed columns (the base network's arcs after the stays)
    moves: list[tuple[str, Arcs]] = field(default_factory=list)  #: ("stay" | "direct" | "group", arcs) as added
    tails: list[np.ndarray] = field(default_factory=list)
    heads: list[np.ndarray] = field(default_factory=list)
    side: list[np.ndarray] = field(default_factory=list)  #: side row of every column (−1: none)
    coef: list[np.ndarray] = field(default_factory=list)  #: its coefficient there
    cost: list[np.ndarray] = field(default_factory=list)

    def all(self, kind: str) -> Arcs:
        out = Arcs.empty()
        for k, arcs in self.moves:
            out = out.plus(arcs) if k == kind else out
        return out


def solve_limited(
    inst: Instance,
    elig: Eligibility,
    pins: tuple[np.ndarray, np.ndarray, np.ndarray],
    target1: np.ndarray,
    costing: Costing,
    seat_arcs: SeatArcs,
) -> Stage2 | None:
    """Minimise the secondary over ALL eligible pairs at stage 1's maximum fill within the unit limits.

    ``seat_arcs(sink)``: the seat arcs of the stage-2 network whose sink node is ``sink``. Only
    for a proven stage 1: its plan ``target1`` then reaches the primary's optimum (the fill, less
    the rotation stay costs under ``rotasi_wajib``). None when the LP cannot be solved (see the
    module docstring).
    """
    try:
        from scipy.optimize._highspy import _core  # HiGHS as scipy builds it
    except ImportError:
        return None
    try:
        return _solve(_core, inst, elig, pins, target1, costing, seat_arcs)
    except _BindingError:
        return None


class _BindingError(Exception):
    """scipy's HiGHS binding refused a call or differs from the one this was written for (a private module)."""


class _Highs:
    """The calls made to scipy's HiGHS binding: every one checked, a refusal or a missing or changed method
    raised as :class:`_BindingError` (and so the caller's other path), never a wrong answer."""

    def __init__(self, core: Any) -> None:
        try:
            self.core, self.ok, self.solver = core, core.HighsStatus.kOk, core._Highs()
        except (AttributeError, TypeError) as exc:
            raise _BindingError(str(exc)) from exc
        # before anything else: HiGHS writes its banner to stdout otherwise
        self.call("setOptionValue", "output_flag", False)
        for name, value in CLOCK_FREE_OPTIONS:  # the same LP, the same optimum, however loaded the machine
            self.call("setOptionValue", name, value)

    def call(self, name: str, *args: Any) -> Any:
        """``solver.name(*args)``, which must return HiGHS' kOk."""
        try:
            status = getattr(self.solver, name)(*args)
        except (AttributeError, TypeError) as exc:
            raise _BindingError(f"{name}: {exc}") from exc
        if status != self.ok:
            raise _BindingError(f"{name}: {status}")

    def get(self, name: str, *args: Any) -> Any:
        """``solver.name(*args)``, whatever it returns."""
        try:
            return getattr(self.solver, name)(*args)
        except (AttributeError, TypeError) as exc:
            raise _BindingError(f"{name}: {exc}") from exc

    def optimal(self) -> bool:
        try:
            return bool(self.get("getModelStatus") == self.core.HighsModelStatus.kOptimal)
        except AttributeError as exc:
            raise _BindingError(str(exc)) from exc

    def solution(self) -> tuple[np.ndarray, np.ndarray]:
        """(row prices, column values) of the last run."""
        sol = self.get("getSolution")
        try:
            return np.asarray(sol.row_dual, dtype=np.float64), np.asarray(sol.col_value, dtype=np.float64)
        except (AttributeError, TypeError, ValueError) as exc:
            raise _BindingError(str(exc)) from exc


class _Lp:
    """HiGHS holding the stage-2 LP: a row per node, one per unit, the fill row; columns added as they come."""

    def __init__(self, core: Any, inst: Instance, lay: Layout, base: Network, primary: int) -> None:
        self.begun = time.perf_counter()
        self.limit = math.inf if inst.milp_time_limit is None else float(inst.milp_time_limit)
        assert inst.max_moves_per_unit is not None, "the LP of maks_pindah_per_unit"
        self.n_node, self.m, self.P, self.n_sub = base.n_nodes, len(inst.movers), len(inst.k), lay.n_sub
        self.pos_u, self.n_u = inst.units()
        self.mover_pos, self.mover_u = inst.mover_pos, self.pos_u[inst.mover_pos]
        self.sub_u = np.zeros(lay.n_sub, np.int64)
        has = np.flatnonzero(lay.sub >= 0)
        self.sub_u[lay.sub[has]] = self.pos_u[has]  # one unit per sub-group: the layout splits them by unit
        self.n_free = int(lay.free.sum())
        self.inside = ~lay.free  # movers in the LP: pinned ones from the start (they have no stay)
        supply = base.supply.astype(float)
        np.add.at(supply, self.m + inst.mover_pos[lay.free], 1.0)  # every free mover stays, until it enters
        supply[: self.m][lay.free] = 0.0
        self.lo = np.concatenate([supply, np.full(self.n_u, -np.inf), [-primary]])
        self.hi = np.concatenate([supply, np.full(self.n_u, float(inst.max_moves_per_unit)), [np.inf]])
        self.caps = np.zeros(0, np.int64)
        self.primary = np.zeros(0, np.int64)
        self.stay_primary = inst.stay_primary
        self.matrix: Any = None
        self.cols = _Columns(len(base.tail) - self.n_free)
        self.highs = _Highs(core)
        n_row, none = len(self.lo), np.zeros(0, np.int32)
        self.highs.call("addRows", n_row, self.lo, self.hi, 0, np.zeros(n_row, np.int32), none, np.zeros(0))
        fixed = slice(self.n_free, len(base.tail))
        prim = base.primary[fixed]
        fill = np.where(prim != 0, self.n_node + self.n_u, -1)
        self._add(base.tail[fixed], base.head[fixed], base.cap[fixed], base.secondary[fixed], fill, prim, -prim)
        self.enter(np.flatnonzero(lay.free & (inst.stay_primary > 0)))  # their stays cost the primary: a column each

    def add_moves(self, arcs: Arcs, kind: str) -> None:
        if not len(arcs):
            return
        self.enter(arcs.e)
        m, P = self.m, self.P
        to_u = self.sub_u[arcs.t] if kind == "group" else self.pos_u[arcs.t]
        side = np.where(self.mover_u[arcs.e] != to_u, self.n_node + self.mover_u[arcs.e], -1)
        head = (m + P + arcs.t) if kind == "group" else (m + arcs.t)
        self.cols.moves.append((kind, arcs))
        self._add(arcs.e, head, np.ones(len(arcs), np.int64), arcs.cost, side, np.zeros(len(arcs), np.int64))

    def enter(self, movers: np.ndarray) -> None:
        """Bring free movers into the LP: their rows, their stays, their supplies moved off their positions."""
        new = np.unique(movers[~self.inside[movers]])
        if not len(new):
            return
        self.inside[new] = True
        own = self.m + self.mover_pos[new]
        np.add.at(self.lo, own, -1.0)
        np.add.at(self.hi, own, -1.0)
        self.lo[new], self.hi[new] = 1.0, 1.0
        for row in np.unique(np.concatenate([new, own])).tolist():
            self.highs.call("changeRowBounds", row, float(self.lo[row]), float(self.hi[row]))
        stays = Arcs(new, self.mover_pos[new], np.zeros(len(new)), np.zeros(len(new), np.int64))
        self.cols.moves.append(("stay", stays))
        prim = self.stay_primary[new].astype(np.int64)  # rotasi_wajib: a due mover's stay, in the primary row
        fill = np.where(prim != 0, self.n_node + self.n_u, -1)
        self._add(new, self.m + stays.t, np.ones(len(new), np.int64), stays.cost, fill, prim, -prim)

    def _add(
        self,
        tail: np.ndarray,
        head: np.ndarray,
        cap: np.ndarray,
        cost: np.ndarray,
        extra: np.ndarray,
        prim: np.ndarray,
        coef: np.ndarray | None = None,
    ) -> None:
        """Columns tail → head; ``extra``: each one's side row (−1: none), with ``coef`` there (default 1)."""
        from scipy import sparse

        n = len(tail)
        j = np.arange(n)
        more = extra >= 0
        coef = np.ones(n, np.int64) if coef is None else np.asarray(coef, np.int64)
        rows = np.concatenate([tail, head, extra[more]]).astype(np.int64)
        vals = np.concatenate([np.ones(n), -np.ones(n), coef[more].astype(float)])
        a = sparse.csc_matrix((vals, (rows, np.concatenate([j, j, j[more]]))), shape=(len(self.lo), n))
        a.sort_indices()
        self.cols.tails.append(np.asarray(tail, np.int64))
        self.cols.heads.append(np.asarray(head, np.int64))
        self.cols.cost.append(np.asarray(cost, np.int64))
        self.cols.side.append(np.asarray(extra, np.int64))
        self.cols.coef.append(coef)
        self.caps = np.concatenate([self.caps, cap]).astype(np.int64)
        self.primary = np.concatenate([self.primary, prim]).astype(np.int64)
        self.matrix = a if self.matrix is None else sparse.hstack([self.matrix, a], format="csc")
        starts, index = a.indptr[:-1].astype(np.int32), a.indices.astype(np.int32)
        self.highs.call("addCols", n, cost.astype(float), np.zeros(n), cap.astype(float), a.nnz, starts, index, a.data)

    def run(self) -> bool:
        left = self.limit - (time.perf_counter() - self.begun)
        if left <= 0:
            return False
        if math.isfinite(left):  # HiGHS' time limit counts every run of the object: the time it used plus what is left
            self.highs.call("setOptionValue", "time_limit", float(self.highs.get("getRunTime")) + left)
        self.highs.get("run")
        return self.highs.optimal()

    def prices(self) -> np.ndarray | None:
        """The row prices of the LP's optimum: node rows from the highest potentials of its flow, the targets'
        lowered (as :func:`~asn_mutasi.planning.netsolve.potentials` and ``lowered`` for a flow solver's; the
        flow here may be fractional), a mover outside the LP at its own position's; cleaned."""
        y, value = self.highs.solution()
        if len(y) != len(self.lo) or len(value) != self.matrix.shape[1] or not np.isfinite(y).all():
            return None
        y = clean_prices(y, self.lo, self.hi)
        net, _ = self.network()
        # each arc's cost with its side rows priced in: a node row's price is then a potential of the network
        cost = net.secondary - self.matrix[self.n_node :].T @ y[self.n_node :]
        m, P = self.m, self.P
        ranges = [(m + P + self.n_sub, self.n_node), (m, m + P), (m + P, m + P + self.n_sub)]
        # the highest potentials of the LP's flow (the simplex leaves a target no flow enters at any price its
        # basis allows), the targets then lowered as far as their exits allow: fewer pairs outside R price out
        arcs = residual_arcs(net, value, cost, _INTEGER_TOLERANCE)
        start = highest_potentials(arcs, self.n_node, tol=_INTEGER_TOLERANCE)
        d = lower_targets(arcs, -y[: self.n_node] if start is None else start, ranges)
        out = ~self.inside
        d[:m][out] = d[m + self.mover_pos[out]]  # its stay, outside the LP, has reduced cost 0
        return clean_prices(np.concatenate([-d, y[self.n_node :]]), self.lo, self.hi)

    def potentials(self, y: np.ndarray) -> tuple[tuple[np.ndarray, ...], Crossing]:
        """Integer bounds of the potentials (−y on node rows) and unit prices, as the module docstring says."""
        m, P = self.m, self.P
        d = -y[: self.n_node]
        d_e = np.floor(d[:m]).astype(np.int64)
        d_p = np.ceil(d[m : m + P]).astype(np.int64)
        d_s = np.ceil(d[m + P : m + P + self.n_sub]).astype(np.int64)
        pen = np.floor(-y[self.n_node : self.n_node + self.n_u]).astype(np.int64)
        cross = Crossing(np.maximum(pen, 0)[self.mover_u], self.mover_u, self.pos_u, self.sub_u)
        return (d_e, d_p, d_s), cross

    def network(self) -> tuple[Network, Side]:
        """The LP as a network (HiGHS' column order, movers outside it staying) and its side rows (units, fill)."""
        tail, head = np.concatenate(self.cols.tails), np.concatenate(self.cols.heads)
        side_row = np.concatenate(self.cols.side)
        cross = np.flatnonzero(side_row >= 0)
        side = Side(
            (side_row[cross] - self.n_node).astype(np.int64),
            cross.astype(np.int64),
            np.concatenate(self.cols.coef)[cross].astype(float),
            self.lo[self.n_node :],
            self.hi[self.n_node :],
        )
        supply = np.rint(self.lo[: self.n_node]).astype(np.int64)
        return Network(self.n_node, tail, head, self.caps, self.primary, np.concatenate(self.cols.cost), supply), side


def _solve(
    core: Any,
    inst: Instance,
    elig: Eligibility,
    pins: tuple[np.ndarray, np.ndarray, np.ndarray],
    target1: np.ndarray,
    costing: Costing,
    seat_arcs: SeatArcs,
) -> Stage2 | None:
    pinned = np.zeros(len(inst.movers), dtype=bool)
    pinned[pins[0]] = True
    lay = layout(inst, elig, pinned, costing.hook, units=inst.units()[0])
    direct, group, mixed_cost = initial_arcs(inst, elig, lay, target1, pins, costing)
    direct = _with_every_mixed(inst, elig, lay, direct, mixed_cost)
    sink = len(inst.movers) + len(inst.k) + lay.n_sub
    base = build_network(inst, lay, Arcs.empty(), Arcs.empty(), seat_arcs(sink))
    # stage 1's proven minimum of the primary: −(kebutuhan seats held) + the stay costs of rotasi_wajib
    primary = -seats_held(inst, target1) + int(inst.stay_primary[target1 == inst.mover_pos].sum())
    lp = _Lp(core, inst, lay, base, primary)
    lp.add_moves(direct, "direct")
    lp.add_moves(group, "group")
    out = Stage2(inst.mover_pos, Arcs.empty(), np.zeros(0, np.int64), Result(np.zeros(0, np.int64), "", 0, 0))
    out.budget, out.budget_key = inst.pricing_budget_limits, "maks_pasangan_harga_batas_unit"
    out.add_limit = ADD_PER_ROUND
    y = _price_until_done(lp, inst, elig, lay, costing, mixed_cost, out)
    if y is None:
        return None
    net, side = lp.network()
    flow = _plan_flow(lp, net, side, primary)
    if flow is None:
        return None
    z = int(flow @ net.secondary)
    bound = lower_bound(net.secondary.astype(float), lp.matrix, lp.lo, lp.hi, net.cap.astype(float), y)
    closed = bool(z - bound < 1 - _INTEGER_TOLERANCE)  # (a NaN bound proves nothing)
    if out.proven and not closed and math.isfinite(bound):
        fixed = _fixed_by_reduced_cost(lp, inst, elig, lay, costing, mixed_cost, out, y, z - bound, primary)
        if fixed is not None:
            flow, closed = fixed, True
            net, _ = lp.network()
            z = int(flow @ net.secondary)
    if out.proven and not closed:
        out.notes.append(
            f"batas bawah LP {format_number(bound, 0)} di bawah nilai rencana {format_number(z)}; "
            "urutan kedua hanya optimal atas pilihan pindah yang sudah ditimbang"
        )
    out.proven = out.proven and closed
    return _decoded(inst, lay, lp, flow, costing, out, Result(flow, "optimal", primary, z))


def _fixed_by_reduced_cost(
    lp: _Lp,
    inst: Instance,
    elig: Eligibility,
    lay: Layout,
    costing: Costing,
    mixed_cost: np.ndarray,
    out: Stage2,
    y: np.ndarray,
    gap: float,
    primary: int,
) -> np.ndarray | None:
    """The MILP's plan over R and every pair whose reduced cost under ``y`` is below ``gap`` = z − L(y); None when
    pricing stops or the MILP finds no plan.

    Every plan x has cᵀx ≥ L(y) + Σ_j max(0, d_j)·x_j (weak duality, column by column), so a plan that uses
    a pair of reduced cost ≥ z − L(y) costs at least z, the MILP's value over R. With all the cheaper pairs
    in R the MILP's optimum over R is then the optimum over ALL pairs: a fractional LP optimum whose bound
    does not close still ends proven (a review found 1 such plan in about 500 small instances). Pricing with
    the mover potentials lowered by ⌈gap⌉ finds exactly the pairs below it (and a few more: integer bounds).
    """
    (d_e, d_p, d_s), cross = lp.potentials(y)
    shifted = (d_e - math.ceil(gap), d_p, d_s)
    out.add_limit = None
    while True:
        r = (lp.cols.all("direct").sorted(), lp.cols.all("group").sorted(), mixed_cost)
        new_d, new_g, stopped = _price_round(inst, elig, lay, shifted, r, costing, out, cross)
        if stopped:
            return None
        if not len(new_d) and not len(new_g):
            break
        lp.add_moves(new_d, "direct")
        lp.add_moves(new_g, "group")
    return _milp_over_r(lp, *lp.network(), primary)


def _with_every_mixed(inst: Instance, elig: Eligibility, lay: Layout, direct: Arcs, mixed_cost: np.ndarray) -> Arcs:
    """``direct`` and every MIXED arc of a free mover: R starts from the arcs the MILP over R used to see (the
    stage-1 moves through ALL blocks come in as group arcs at their default cost, see ``initial_arcs``)."""
    P = max(len(inst.k), 1)
    de, dp = elig.dir_emp, elig.dir_pos
    if not len(de):
        return direct
    new = lay.free[de] & ~contains(direct.keys(P), de * P + dp)
    return direct.plus(Arcs(de[new], dp[new], elig.dir_skor[new], mixed_cost[new]))


def _price_until_done(
    lp: _Lp, inst: Instance, elig: Eligibility, lay: Layout, costing: Costing, mixed_cost: np.ndarray, out: Stage2
) -> np.ndarray | None:
    """Solve and price until nothing outside R prices out (or pricing stops: ``out.proven`` False); the last prices."""
    while True:
        if not lp.run():
            return None
        y = lp.prices()
        if y is None:
            return None
        out.rounds += 1
        d, cross = lp.potentials(y)
        r = (lp.cols.all("direct").sorted(), lp.cols.all("group").sorted(), mixed_cost)
        new_d, new_g, stopped = _price_round(inst, elig, lay, d, r, costing, out, cross)
        if stopped:
            out.proven, out.stopped = False, True
            return y
        if not len(new_d) and not len(new_g):
            return y
        if out.rounds >= MAX_PRICING_ROUNDS:
            out.proven = False
            out.notes.append(f"pemeriksaan optimalitas berhenti setelah {out.rounds} putaran")
            return y
        lp.add_moves(new_d, "direct")
        lp.add_moves(new_g, "group")


def _plan_flow(lp: _Lp, net: Network, side: Side, primary: int) -> np.ndarray | None:
    """The LP's flow when integral and feasible, else the MILP's over R with the fill held (None: no plan in time)."""
    values = lp.highs.solution()[1]
    if len(values) == len(net.tail):
        flow = np.rint(values).astype(np.int64)
        if np.abs(values - flow).max(initial=0.0) <= _INTEGER_TOLERANCE and feasible_in_integers(net, side, flow):
            return flow
    return _milp_over_r(lp, net, side, primary)


def _milp_over_r(lp: _Lp, net: Network, side: Side, primary: int) -> np.ndarray | None:
    """The MILP's plan over the LP's columns (``lp.network()``) with the primary held at ``primary`` (None: no plan
    in the time left)."""
    unit = side.row < lp.n_u  # the fill row aside: the MILP holds the primary at its optimum itself
    units = Side(side.row[unit], side.arc[unit], side.coef[unit], side.lo[:-1], side.hi[:-1])
    left = lp.limit - (time.perf_counter() - lp.begun)
    res = solve_milp(net, units, max(left, 1.0) if math.isfinite(left) else None, primary_optimum=primary)
    return res.flow if res.status == "optimal" else None


def _decoded(
    inst: Instance, lay: Layout, lp: _Lp, flow: np.ndarray, costing: Costing, out: Stage2, res: Result
) -> Stage2:
    """The plan of ``flow`` (HiGHS' column order), in the form :func:`~asn_mutasi.planning.pricing.solve_stage2` gives."""
    fixed = lp.cols.fixed
    parts: dict[str, list[tuple[Arcs, np.ndarray]]] = {"stay": [], "direct": [], "group": []}
    at = fixed
    for kind, arcs in lp.cols.moves:
        parts[kind].append((arcs, flow[at : at + len(arcs)]))
        at += len(arcs)
    direct, group = lp.cols.all("direct"), lp.cols.all("group")
    stays = np.ones(inst.mover_pos.shape, np.int64)  # a free mover outside the LP stays
    for arcs, part in parts["stay"]:
        stays[arcs.e] = part
    f_move = [part for kind in ("direct", "group") for _, part in parts[kind]]
    ordered = np.concatenate([*f_move, stays[lay.free], flow[:fixed]]).astype(np.int64)  # build_network's order
    target, moves, moved_arc = decode(inst, lay, direct, group, ordered, costing)
    P = max(len(inst.k), 1)
    known = direct.take(~contains(moves.keys(P), direct.e * P + direct.t))
    out.target, out.arcs = target, known.plus(moves)
    out.moved_arc = np.where(moved_arc >= 0, moved_arc + len(known), -1)
    out.result, out.n_arcs = res, len(direct) + len(group)
    return out
