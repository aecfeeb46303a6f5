"""Solve a single-commodity network with optional side constraints, lexicographically.

One function for both planning stages: OR-Tools min-cost flow when there are no side
constraints (W·primary + secondary as one integer cost), HiGHS MILP (scipy's build of HiGHS, see
:func:`run_milp`) in two phases otherwise (primary; then secondary with the primary fixed). A MILP stopped
by its time limit reports the status and the bound gap instead of failing silently.
"""

from __future__ import annotations

import contextlib
import importlib
import math
import os
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

import numpy as np

from asn_mutasi.planning.ragged import unique_rows

if TYPE_CHECKING:
    from scipy import sparse


@dataclass
class Network:
    """Arcs (tail, head, capacity, primary cost, secondary cost) and node supplies."""

    n_nodes: int
    tail: np.ndarray
    head: np.ndarray
    cap: np.ndarray
    primary: np.ndarray
    secondary: np.ndarray
    supply: np.ndarray


@dataclass
class Side:
    """Side constraint rows ``lo ≤ Σ coef·flow[arc] ≤ hi`` given as COO triplets."""

    row: np.ndarray
    arc: np.ndarray
    coef: np.ndarray
    lo: np.ndarray
    hi: np.ndarray


@dataclass
class Result:
    flow: np.ndarray
    status: str  #: "optimal" | "batas-waktu" | "infeasible"
    primary: int
    secondary: int
    bound_primary: float | None = None  #: best proven bound of the primary (MILP)
    gap: float | None = None  #: relative MIP gap when stopped early
    notes: list[str] = field(default_factory=list)
    #: ``bound_primary`` is the optimum of the same network without its side rows (a relaxation every plan of it is
    #: a plan of), not the MILP's dual bound, which was weaker or none
    bound_relaxed: bool = False
    #: ``bound_primary`` is the LP relaxation's bound (GLOP, :func:`glop_relaxation`): the MILP stopped at its time
    #: limit before proving as much itself
    bound_lp: bool = False


def _combined(net: Network, weight: int) -> np.ndarray:
    return weight * net.primary.astype(np.int64) + net.secondary.astype(np.int64)


def solve_flow(net: Network, weight: int) -> Result:
    """Min-cost flow with cost W·primary + secondary (OR-Tools), on the network :func:`reduce_network` leaves."""
    from ortools.graph.python import min_cost_flow

    red = reduce_network(net, None)
    if red is None:
        return Result(np.zeros(len(net.tail), np.int64), "infeasible", 0, 0)
    small = red.net
    flow = min_cost_flow.SimpleMinCostFlow()
    if len(small.tail):
        flow.add_arcs_with_capacity_and_unit_cost(
            small.tail.astype(np.int32),
            small.head.astype(np.int32),
            small.cap.astype(np.int64),
            _combined(small, weight).astype(np.int64),
        )
    flow.set_nodes_supplies(np.arange(small.n_nodes, dtype=np.int32), small.supply.astype(np.int64))
    status = flow.solve()
    if status == min_cost_flow.SimpleMinCostFlow.INFEASIBLE:
        return Result(np.zeros(len(net.tail), np.int64), "infeasible", 0, 0)
    if status != min_cost_flow.SimpleMinCostFlow.OPTIMAL:
        raise RuntimeError(f"min-cost flow status {status}")
    f = red.expand(np.asarray(flow.flows(np.arange(len(small.tail), dtype=np.int32)), dtype=np.int64))
    return Result(f, "optimal", int(f @ net.primary), int(f @ net.secondary))


#: rounds of leaf removal (each peels one layer; what is left is solved as it is)
_PEEL_ROUNDS = 50


@dataclass
class Reduced:
    """A network without the arcs flow conservation forces (see :func:`reduce_network`)."""

    net: Network  #: the arcs left, on compacted node ids
    side: Side | None  #: side rows over the arcs left, bounds shifted by the forced flow
    free: np.ndarray  #: index in the original network of each arc left
    fixed: np.ndarray  #: flow per original arc: the forced value on forced arcs, 0 elsewhere

    def expand(self, flow: np.ndarray) -> np.ndarray:
        """The original network's flow from a flow of the arcs left."""
        out = self.fixed.copy()
        out[self.free] = flow
        return out


def reduce_network(net: Network, side: Side | None) -> Reduced | None:
    """Fix the arcs whose flow conservation alone decides; None when that already proves infeasibility.

    An arc that is the only arc left at one of its nodes must carry that node's supply out
    of it (or its demand into it); fixing it and moving its flow into the other node's
    supply may leave that node a leaf in turn, so leaves are peeled in rounds. A mover with
    nothing but its stay arc stays: of the 100k bench roster's 96,411 movers about 90,000
    are such leaves in every stage-2 round. The forced flow is the same in every feasible
    flow, so it adds the same cost to all of them and the optimum of what is left, plus the
    forced flow, is an optimum of the whole. A forced flow outside ``[0, cap]`` (or a node
    left without arcs but with a supply) means there is no feasible flow.
    """
    tail, head = net.tail.astype(np.int64), net.head.astype(np.int64)
    n, m = net.n_nodes, len(tail)
    supply = net.supply.astype(np.int64).copy()
    fixed = np.zeros(m, dtype=np.int64)
    active = np.ones(m, dtype=bool)
    for _ in range(_PEEL_ROUNDS):
        degree = np.bincount(tail[active], minlength=n) + np.bincount(head[active], minlength=n)
        out_leaf = active & (degree[tail] == 1)
        in_leaf = active & (degree[head] == 1) & ~out_leaf
        if not (out_leaf.any() or in_leaf.any()):
            break
        fixed[out_leaf] = supply[tail[out_leaf]]
        fixed[in_leaf] = -supply[head[in_leaf]]
        now = out_leaf | in_leaf
        if ((fixed[now] < 0) | (fixed[now] > net.cap[now])).any():
            return None
        np.subtract.at(supply, tail[now], fixed[now])
        np.add.at(supply, head[now], fixed[now])
        active &= ~now
    free = np.flatnonzero(active)
    degree = np.bincount(tail[free], minlength=n) + np.bincount(head[free], minlength=n)
    if ((degree == 0) & (supply != 0)).any():
        return None
    nodes = np.flatnonzero(degree > 0)
    local = _new_ids(nodes, n)
    small = Network(
        len(nodes),
        local[tail[free]],
        local[head[free]],
        net.cap[free],
        net.primary[free],
        net.secondary[free],
        supply[nodes],
    )
    return Reduced(small, _reduce_side(side, free, fixed, m), free, fixed)


def _new_ids(chosen: np.ndarray, size: int) -> np.ndarray:
    """For each of ``size`` ids, its position in ``chosen`` (−1 for ids not chosen): renumbers nodes and arcs."""
    out = np.full(size, -1, dtype=np.int64)
    out[chosen] = np.arange(len(chosen))
    return out


def _reduce_side(side: Side | None, free: np.ndarray, fixed: np.ndarray, m: int) -> Side | None:
    """Side rows over the free arcs only, their bounds shifted by what the forced arcs already put in."""
    if side is None or not len(side.lo):
        return side
    put = np.bincount(side.row, weights=side.coef * fixed[side.arc], minlength=len(side.lo))
    new_id = _new_ids(free, m)
    keep = new_id[side.arc] >= 0
    return Side(side.row[keep], new_id[side.arc[keep]], side.coef[keep], side.lo - put, side.hi - put)


@dataclass
class Merged:
    """A network with its pass-through nodes bridged and its twin arcs joined (see :func:`merge_paths`)."""

    net: Network
    side: Side | None
    kept: np.ndarray  #: original arc of each arc kept as it was (they come first in the arcs before joining)
    bridged: tuple[np.ndarray, np.ndarray]  #: (arc into, arc out of) each bridged node; its new arc follows the kept
    group: np.ndarray  #: arc of ``net`` each arc before joining went into (kept arcs, then bridges)
    cap: np.ndarray  #: capacity of each arc before joining (kept arcs, then bridges)

    def expand(self, flow: np.ndarray) -> np.ndarray:
        """The original network's flow from a flow of the merged network (every original arc was kept or bridged)."""
        cap = self.cap
        order = np.argsort(self.group, kind="stable")
        g = self.group[order]
        before = np.cumsum(cap[order]) - cap[order]
        first = np.searchsorted(g, g)  # position of the group's first member in ``order``
        before -= before[first]
        share = np.empty(len(cap), dtype=np.int64)
        share[order] = np.clip(flow[g] - before, 0, cap[order])
        into, out_of = self.bridged
        out = np.zeros(len(self.kept) + len(into) + len(out_of), dtype=np.int64)
        out[self.kept] = share[: len(self.kept)]
        out[into] = share[len(self.kept) :]
        out[out_of] = share[len(self.kept) :]
        return out

    def compress(self, flow: np.ndarray) -> np.ndarray:
        """A flow of the network before merging, carried onto the merged arcs (a bridge carries its arc in)."""
        into, _ = self.bridged
        per_arc = np.concatenate([flow[self.kept], flow[into]]).astype(np.float64)
        return np.bincount(self.group, weights=per_arc, minlength=len(self.net.tail))


def merge_paths(net: Network, side: Side | None) -> Merged:
    """Bridge pass-through nodes and join twin arcs; the same optimum on fewer columns.

    A node without supply that one arc enters and one arc leaves (neither in a side row)
    only passes flow on: the two arcs become one (capacity the smaller, costs added). Arcs
    with the same tail, head and costs, in no side row, are one arc of their summed
    capacity: any flow on them is a flow on the sum and back, at the same cost. In the
    unit-limit network every mover is such a node (own post → mover → class-unit), and
    the movers of one post and class become one arc. A merged flow is handed back arc by
    arc in index order (:meth:`Merged.expand`).
    """
    n, m = net.n_nodes, len(net.tail)
    tail, head = net.tail.astype(np.int64), net.head.astype(np.int64)
    in_side = np.zeros(m, dtype=bool)
    if side is not None and len(side.arc):
        in_side[side.arc] = True
    indeg, outdeg = np.bincount(head, minlength=n), np.bincount(tail, minlength=n)
    into = np.full(n, -1, dtype=np.int64)
    into[head] = np.arange(m)  # the arc into each node that has exactly one
    out_of = np.full(n, -1, dtype=np.int64)
    out_of[tail] = np.arange(m)
    cand = (net.supply == 0) & (indeg == 1) & (outdeg == 1)
    cand &= ~in_side[np.maximum(into, 0)] & ~in_side[np.maximum(out_of, 0)] & (into != out_of)
    v = np.flatnonzero(cand)
    v = v[~cand[tail[into[v]]]]  # not behind another bridged node: each arc is bridged once
    a_in, a_out = into[v], out_of[v]
    used = np.zeros(m, dtype=bool)
    used[a_in] = used[a_out] = True
    kept = np.flatnonzero(~used)
    t = np.concatenate([tail[kept], tail[a_in]])
    h = np.concatenate([head[kept], head[a_out]])
    cap = np.concatenate([net.cap[kept], np.minimum(net.cap[a_in], net.cap[a_out])]).astype(np.int64)
    prim = np.concatenate([net.primary[kept], net.primary[a_in] + net.primary[a_out]]).astype(np.int64)
    sec = np.concatenate([net.secondary[kept], net.secondary[a_in] + net.secondary[a_out]]).astype(np.int64)
    lone = np.concatenate([in_side[kept], np.zeros(len(v), dtype=bool)])
    key = np.stack([t, h, prim, sec, np.where(lone, np.arange(len(t)), -1)])
    first, group = unique_rows(key.T)
    order = np.argsort(first, kind="stable")  # joined arcs in order of their first member
    rank = np.empty(len(order), dtype=np.int64)
    rank[order] = np.arange(len(order))
    group = rank[group]
    rep = first[order]
    total = np.bincount(group, weights=cap, minlength=len(rep)).astype(np.int64)
    live = np.zeros(n, dtype=bool)
    live[t[rep]] = live[h[rep]] = True
    live |= net.supply != 0
    nodes = np.flatnonzero(live)
    local = _new_ids(nodes, n)
    small = Network(len(nodes), local[t[rep]], local[h[rep]], total, prim[rep], sec[rep], net.supply[nodes])
    new_side = side
    if side is not None and len(side.arc):
        new_side = Side(side.row, group[_new_ids(kept, m)[side.arc]], side.coef, side.lo, side.hi)
    return Merged(small, new_side, kept, (a_in, a_out), group, cap)


#: GLOP's parameters (text format of ``operations_research.glop.GlopParameters``)
_GLOP_PARAMETERS = "use_preprocessing: false"


@dataclass
class Relaxation:
    """GLOP's LP relaxation of a one-phase problem: a proven lower bound of its primary, and its optimum where that
    is a plan."""

    bound: float  #: no flow within the rows costs less (:func:`lagrangian_bound` of GLOP's duals)
    plan: Result | None  #: the LP optimum where it is integral and feasible in integers (then the MILP's optimum)


def _integral_lp(net: Network, side: Side | None, time_limit: float | None) -> Result | None:
    """Solve the LP relaxation of a one-phase problem with GLOP; return it when its optimum is integral
    (:func:`glop_relaxation`)."""
    lp = glop_relaxation(net, side, time_limit)
    return None if lp is None else lp.plan


def glop_relaxation(net: Network, side: Side | None, time_limit: float | None) -> Relaxation | None:
    """Solve the LP relaxation of a one-phase problem with GLOP: its bound, and its optimum when that is integral.

    An LP optimum that is integral (and checked feasible in integers) is an optimum of the
    integer program, so nothing is lost; otherwise (fractional) the plan is None and the caller
    goes to the MILP, the bound kept for when that stops at its time limit (before, a fractional
    LP was thrown away and a stopped MILP that had not reached its root bound fell back to the
    network without its rows; plan11, h33). None: no optimum (time limit, any failure).
    On the 100k bench roster with a binding unit limit
    the network's LP optimum was integral and GLOP took 27 s where HiGHS' MILP took 72 s.
    The model is handed to OR-Tools as one sparse matrix (``fill_model_from_sparse_data``):
    building it column by column through pywraplp took 2.1 s of the 8 s at 100k.
    """
    from ortools.linear_solver.python import model_builder_helper as mbh

    solver = mbh.ModelSolverHelper("glop")
    if not solver.solver_is_supported():
        return None
    matrix, lo, hi = constraint_rows(net, side)
    model = mbh.ModelBuilderHelper()
    n_arc = len(net.tail)
    fill: Any = model.fill_model_from_sparse_data  # its stub types ndarray's shape as float64
    fill(np.zeros(n_arc), net.cap.astype(float), net.primary.astype(float), lo, hi, matrix)
    # GLOP's presolve finds little to remove from a network LP and costs time: without it the 100k bench's
    # unit-limit LP (94,237 rows, 401,917 columns) took 4.2-4.4 s instead of 4.9-5.0 s, the 300k one
    # 29 s instead of 49 s, both still integral at the same optimum
    solver.set_solver_specific_parameters(_GLOP_PARAMETERS)
    if time_limit is not None:
        solver.set_time_limit_in_seconds(max(1.0, time_limit))
    solver.solve(model)
    if solver.status() != mbh.SolveStatus.OPTIMAL or not solver.has_solution():
        return None
    values = np.asarray(solver.variable_values(), dtype=float)
    if len(values) != n_arc:
        return None
    bound = lagrangian_bound(net, (matrix, lo, hi), np.asarray(solver.dual_values(), dtype=float))
    flow = np.rint(values).astype(np.int64)
    if np.abs(values - flow).max(initial=0.0) > 1e-6 or not feasible_in_integers(net, side, flow):
        return Relaxation(bound, None)
    return Relaxation(bound, Result(flow, "optimal", int(flow @ net.primary), int(flow @ net.secondary)))


def lagrangian_bound(net: Network, rows: tuple[sparse.csr_matrix, np.ndarray, np.ndarray], duals: np.ndarray) -> float:
    """A lower bound of the primary over every flow within ``0 ≤ x ≤ cap`` and ``lo ≤ A·x ≤ hi`` (``rows``, as
    :func:`constraint_rows` gives them), from any row prices ``duals``: for every such x,
    primary·x = (primary − Aᵀλ)·x + λ·(A·x) ≥ Σ min(0, reduced)·cap + Σ min(λ·lo, λ·hi).

    Valid whatever the prices are (a price pushing against an infinite bound is taken as 0), so the bound does not
    rest on the LP solver's tolerances: at GLOP's optimal duals it is the LP optimum.
    """
    matrix, lo, hi = rows
    usable = ((duals > 0) & np.isfinite(lo)) | ((duals < 0) & np.isfinite(hi))
    lam = np.where(usable, duals, 0.0)
    rhs = np.where(lam > 0, lam * np.where(np.isfinite(lo), lo, 0.0), lam * np.where(np.isfinite(hi), hi, 0.0))
    reduced = net.primary.astype(float) - matrix.T @ lam
    return float(rhs.sum() + np.minimum(reduced, 0.0) @ net.cap.astype(float))


def constraint_rows(net: Network, side: Side | None) -> tuple[sparse.csr_matrix, np.ndarray, np.ndarray]:
    """Node balances and side rows as one sparse matrix over the arcs, with each row's bounds."""
    from scipy import sparse

    n_arc = len(net.tail)
    arcs = np.arange(n_arc)
    parts = [
        sparse.coo_matrix(
            (
                np.concatenate([np.ones(n_arc), -np.ones(n_arc)]),
                (np.concatenate([net.tail, net.head]), np.concatenate([arcs, arcs])),
            ),
            shape=(net.n_nodes, n_arc),
        )
    ]
    lo, hi = [net.supply.astype(float)], [net.supply.astype(float)]
    if side is not None and len(side.lo):
        parts.append(sparse.coo_matrix((side.coef.astype(float), (side.row, side.arc)), shape=(len(side.lo), n_arc)))
        lo.append(side.lo.astype(float))
        hi.append(side.hi.astype(float))
    return sparse.vstack(parts).tocsr(), np.concatenate(lo), np.concatenate(hi)


def feasible_in_integers(net: Network, side: Side | None, flow: np.ndarray) -> bool:
    """Exact integer check: capacities, node balances and side rows."""
    if (flow < 0).any() or (flow > net.cap).any():
        return False
    balance = np.bincount(net.tail, weights=flow, minlength=net.n_nodes) - np.bincount(
        net.head, weights=flow, minlength=net.n_nodes
    )
    if not np.array_equal(np.rint(balance).astype(np.int64), net.supply.astype(np.int64)):
        return False
    if side is not None and len(side.lo):
        rows = np.bincount(side.row, weights=side.coef * flow[side.arc], minlength=len(side.lo))
        return bool(((rows >= side.lo - 1e-9) & (rows <= side.hi + 1e-9)).all())
    return True


def solve_milp(
    net: Network,
    side: Side | None,
    time_limit: float | None,
    *,
    primary_optimum: int | None = None,
    start: np.ndarray | None = None,
    incumbent: np.ndarray | None = None,
) -> Result:
    """Two-phase MILP (HiGHS): minimise primary, then secondary with the primary fixed.

    A problem with no secondary (stage 1) first tries its LP relaxation with GLOP: an
    integral LP optimum is the MILP optimum (see :func:`_integral_lp`). Both see only the
    arcs :func:`reduce_network` leaves; the bound reported includes the forced arcs' cost.
    ``primary_optimum``: the primary's minimum over these arcs when it is proven already
    (stage 2 under unit limits: stage 1's maximum fill, whose plan these arcs hold); the
    first phase is then skipped and only the secondary is minimised with the primary held
    at it — the same second MILP as after the first phase. If that finds no plan within the
    time limit, the result is "batas-waktu" with no flow: the caller falls back to the plan
    it knows. ``start``: a flow over ``net``'s arcs (stage 1 under ``maks_pindah_per_unit``
    passes its maximum flow without the side rows); a one-phase problem whose zero flow is
    feasible is then first solved by column generation from the arcs it uses
    (:func:`~asn_mutasi.planning.colgen.solve_by_columns`), before GLOP's LP over all arcs.
    ``incumbent``: a feasible integer flow over ``net``'s arcs (stage 1 with pins passes one), the first phase's MILP
    starts from it and, stopped by its time limit, returns it (or a better one) as "batas-waktu" with the bound
    proven meanwhile: where a plan is known, a time limit never ends in no plan.
    """
    red = reduce_network(net, side)
    if red is None:
        return Result(np.zeros(len(net.tail), np.int64), "infeasible", 0, 0)
    merged = merge_paths(red.net, red.side)
    known = None if primary_optimum is None else primary_optimum - int(red.fixed @ net.primary)
    first = None
    if start is not None and len(start) == len(net.tail):  # a start of another network is no start
        first = merged.compress(np.asarray(start)[red.free])
    given = None
    if incumbent is not None and len(incumbent) == len(net.tail):
        given = np.rint(merged.compress(np.asarray(incumbent)[red.free])).astype(np.int64)
    res = _solve_milp(merged.net, merged.side, time_limit, known, first, given)
    bound = None if res.bound_primary is None else res.bound_primary + float(red.fixed @ net.primary)
    if res.status == "batas-waktu" and not res.flow.any():  # no plan in time: the forced arcs alone are none
        return replace(res, flow=np.zeros(len(net.tail), np.int64), primary=0, secondary=0, bound_primary=bound)
    flow = red.expand(merged.expand(res.flow))
    primary, secondary = int(flow @ net.primary), int(flow @ net.secondary)
    return replace(res, flow=flow, primary=primary, secondary=secondary, bound_primary=bound)


#: the MILP's module: imported beside GLOP's solve, which releases the GIL (0.25 s off the 100k plan's path)
_MILP_MODULE = "scipy.optimize"


@contextlib.contextmanager
def quiet_stdout() -> Iterator[None]:
    """Send what C code prints on file descriptor 1 to the null device meanwhile.

    HiGHS' MILP prints a few lines with ``printf`` whatever its options say (for instance
    ``HighsMipSolverData::transformNewIntegerFeasibleSolution tmpSolver.run();``), and stdout
    carries the commands' data (``--format csv|json``). C's stdio buffers are flushed before the
    descriptor is restored, so nothing printed meanwhile reaches it later. Python's own
    ``sys.stdout`` is flushed first and otherwise untouched; nothing in the plan writes to it while
    a solver runs. Where descriptors or the C library cannot be reached, nothing is redirected.
    """
    try:
        import ctypes

        libc = ctypes.CDLL(None)
        sys.stdout.flush()
        libc.fflush(None)
        saved = os.dup(1)
        sink = os.open(os.devnull, os.O_WRONLY)
    except (OSError, AttributeError, TypeError, ValueError):
        yield
        return
    try:
        os.dup2(sink, 1)
        yield
    finally:
        libc.fflush(None)
        os.dup2(saved, 1)
        os.close(saved)
        os.close(sink)


def _import_quietly(name: str) -> None:
    with contextlib.suppress(Exception):  # the caller imports it again, and meets any error there
        importlib.import_module(name)


def _import_beside(name: str) -> None:
    """Import module ``name`` on a daemon thread, unless it is imported already.

    For work that holds no GIL meanwhile; the caller's own import later waits for this one (the import
    system's lock per module) and finds the module ready.
    """
    if name not in sys.modules:
        threading.Thread(target=_import_quietly, args=(name,), name="impor-modul", daemon=True).start()


def _by_lp(
    net: Network, side: Side | None, time_limit: float | None, start: np.ndarray | None
) -> tuple[Result | None, float | None, float | None]:
    """A one-phase problem solved by an LP whose optimum is proven integral: column generation from
    ``start`` (:mod:`~asn_mutasi.planning.colgen`), then GLOP's LP over all arcs; else None, the
    time left for the MILP and the LP's bound of the primary (None: GLOP gave no optimum)."""
    _import_beside(_MILP_MODULE)  # the MILP of stage 2 (or of this one, if the LP is fractional) needs it
    deadline = None if time_limit is None else time.perf_counter() + time_limit

    def left() -> float | None:  # at least a second for each later try
        return None if deadline is None else max(1.0, deadline - time.perf_counter())

    if start is not None:
        from asn_mutasi.planning.colgen import solve_by_columns

        proven = solve_by_columns(net, side, start, time_limit)
        if proven is not None:
            return proven, time_limit, None
    lp = glop_relaxation(net, side, left())
    return (None, left(), None) if lp is None else (lp.plan, left(), lp.bound)


def _solve_milp(
    net: Network,
    side: Side | None,
    time_limit: float | None,
    known: int | None = None,
    start: np.ndarray | None = None,
    incumbent: np.ndarray | None = None,
) -> Result:
    lp_bound = None
    if not net.secondary.any():
        lp, time_limit, lp_bound = _by_lp(net, side, time_limit, start)
        if lp is not None:
            return lp
    from scipy import sparse

    n_arc = len(net.tail)
    by_row, lo, hi = constraint_rows(net, side)
    matrix = sparse.csc_array(by_row)  # the model as scipy's milp built it: the same columns, rows and order
    started = time.perf_counter()

    def run(c: np.ndarray, rows: tuple[Any, np.ndarray, np.ndarray], first: np.ndarray | None = None) -> _Milp:
        left = None if time_limit is None else max(1.0, time_limit - (time.perf_counter() - started))
        with quiet_stdout():
            return run_milp(c, rows, net.cap.astype(float), left, first)

    c1 = net.primary.astype(float)
    x1: np.ndarray | None = None
    bound: float | None
    gap: float | None
    if incumbent is not None and not feasible_in_integers(net, side, incumbent):
        incumbent = None  # (a start that breaks a row is no plan to fall back on)
    if known is not None and net.secondary.any():  # the first phase's answer is known: its minimum, exactly
        best, bound, stopped, gap, from_lp = float(known), float(known), False, 0.0, False
    else:
        r1 = _with_lp_bound(_at_least(run(c1, (matrix, lo, hi), incumbent), c1, incumbent), c1, lp_bound)
        if r1.x is None:  # no plan: the bound HiGHS proved meanwhile, if any, is still one
            status = "batas-waktu" if r1.status == 1 else "infeasible"
            low = r1.bound if status == "batas-waktu" and r1.bound is not None and math.isfinite(r1.bound) else None
            return Result(np.zeros(n_arc, np.int64), status, 0, 0, bound_primary=low, bound_lp=r1.bound_lp)
        x1 = np.rint(r1.x).astype(np.int64)
        best, bound, stopped, gap, from_lp = float(c1 @ x1), r1.bound, r1.status != 0, r1.gap, r1.bound_lp
        if not net.secondary.any():  # nothing to order the maximum-fill plans by
            return Result(
                x1,
                "batas-waktu" if stopped else "optimal",
                int(x1 @ net.primary),
                0,
                bound_primary=float(bound) if bound is not None else None,
                gap=float(gap or 0.0) if stopped else None,
                bound_lp=from_lp and stopped,
            )
    held = sparse.vstack([matrix, sparse.csc_array(sparse.csr_matrix(c1))], format="csc")  # the primary at its best
    r2 = run(net.secondary.astype(float), (held, np.append(lo, -np.inf), np.append(hi, best + 0.5)))
    if r2.x is not None:
        x = np.rint(r2.x).astype(np.int64)
    elif x1 is not None:
        x = x1
    else:  # no plan within the time limit and no first phase's: the caller holds one at the known optimum
        return Result(np.zeros(n_arc, np.int64), "batas-waktu", 0, 0, bound_primary=best, gap=0.0)
    stopped = stopped or r2.status != 0
    return Result(
        x,
        "batas-waktu" if stopped else "optimal",
        int(x @ net.primary),
        int(x @ net.secondary),
        bound_primary=float(bound) if bound is not None else None,
        gap=float(gap) if gap is not None and stopped else None,
        bound_lp=from_lp and stopped,
    )


def _with_lp_bound(run: _Milp, cost: np.ndarray, lp_bound: float | None) -> _Milp:
    """``run`` stopped by its limit with the LP relaxation's bound where HiGHS had not proven as much (its root LP
    unfinished), the gap measured against it as HiGHS measures its own; a finished run as it is."""
    if run.status != 1 or lp_bound is None or (run.bound is not None and run.bound >= lp_bound):
        return run
    gap = (
        None
        if run.x is None
        else abs(float(cost @ np.rint(run.x)) - lp_bound) / max(abs(float(cost @ np.rint(run.x))), 1.0)
    )
    return replace(run, bound=lp_bound, gap=gap, bound_lp=True)


@dataclass
class _Milp:
    """One MILP run: its plan (None: none found), 0 optimal / 1 stopped by a limit / 2 no plan (infeasible or a
    failure), and the bound and relative gap HiGHS proved."""

    x: np.ndarray | None
    status: int
    bound: float | None = None
    gap: float | None = None
    #: ``bound`` is the LP relaxation's (:func:`_with_lp_bound`), not one HiGHS proved
    bound_lp: bool = False


def _at_least(run: _Milp, cost: np.ndarray, incumbent: np.ndarray | None) -> _Milp:
    """``run``, or the ``incumbent`` plan it started from where the run ended with none or a worse one: a time limit
    stops the search, it never loses the plan it was given (the run's proven bound and its gap to that plan kept)."""
    if incumbent is None or (run.x is not None and cost @ np.rint(run.x) <= cost @ incumbent):
        return run
    value = float(cost @ incumbent)
    bound = run.bound if run.bound is not None and math.isfinite(run.bound) else None
    gap = None if bound is None else abs(value - bound) / max(abs(value), 1.0)
    return _Milp(incumbent.astype(np.float64), run.status if run.status == 0 else 1, bound, gap)


def run_milp(
    cost: np.ndarray,
    rows: tuple[Any, np.ndarray, np.ndarray],
    upper: np.ndarray,
    time_limit: float | None,
    start: np.ndarray | None = None,
) -> _Milp:
    """Minimise ``cost`` over integer x, ``0 ≤ x ≤ upper``, ``lo ≤ A·x ≤ hi`` (``rows``: A column-wise, lo, hi),
    on HiGHS' own binding in scipy (``scipy.optimize._highspy``), the model built as scipy's ``milp`` builds it.

    Through the binding the MILP gets :data:`~asn_mutasi.planning.colgen.CLOCK_FREE_OPTIONS` (so, as the LPs, its
    answer never depends on the clock; scipy's ``milp`` cannot pass them) and ``start``, a feasible plan to begin
    from (HiGHS' ``setSolution``). Where scipy has no such binding (before 1.15) it is scipy's ``milp``, without both.
    """
    try:
        from scipy.optimize._highspy import _core

        return _run_highs(_core, cost, rows, upper, time_limit, start)
    except (ImportError, AttributeError, TypeError):
        pass
    from scipy.optimize import Bounds, LinearConstraint, milp

    options: dict[str, float] = {"mip_rel_gap": 0.0}
    if time_limit is not None:
        options["time_limit"] = time_limit
    bounds = Bounds(np.zeros(len(cost)), upper)
    res = milp(
        cost, integrality=np.ones(len(cost)), bounds=bounds, constraints=[LinearConstraint(*rows)], options=options
    )
    status = 0 if res.status == 0 else 1 if res.status == 1 or res.x is not None else 2
    return _Milp(res.x, status, getattr(res, "mip_dual_bound", None), getattr(res, "mip_gap", None))


def _run_highs(
    core: Any,
    cost: np.ndarray,
    rows: tuple[Any, np.ndarray, np.ndarray],
    upper: np.ndarray,
    time_limit: float | None,
    start: np.ndarray | None,
) -> _Milp:
    """:func:`run_milp` on the binding ``core``; a refused call raises TypeError (the caller's other path)."""
    from asn_mutasi.planning.colgen import CLOCK_FREE_OPTIONS

    matrix, lo, hi = rows
    lp = core.HighsLp()
    lp.num_col_, lp.num_row_ = len(cost), len(lo)
    lp.a_matrix_.num_col_, lp.a_matrix_.num_row_ = len(cost), len(lo)
    lp.a_matrix_.format_ = core.MatrixFormat.kColwise
    lp.col_cost_, lp.col_lower_, lp.col_upper_ = cost, np.zeros(len(cost)), upper
    lp.row_lower_, lp.row_upper_ = lo, hi
    lp.a_matrix_.start_, lp.a_matrix_.index_, lp.a_matrix_.value_ = matrix.indptr, matrix.indices, matrix.data
    lp.integrality_ = [core.HighsVarType.kInteger] * len(cost)
    highs, ok = core._Highs(), core.HighsStatus.kOk
    options: list[tuple[str, Any]] = [("log_to_console", False), ("mip_rel_gap", 0.0), *CLOCK_FREE_OPTIONS]
    if time_limit is not None:
        options.append(("time_limit", float(time_limit)))
    if any(highs.setOptionValue(name, value) != ok for name, value in options) or highs.passModel(lp) != ok:
        raise TypeError("HiGHS refused the MILP's options or model")
    if start is not None:
        given = core.HighsSolution()
        given.col_value, given.value_valid = np.asarray(start, np.float64), True
        if highs.setSolution(given) == core.HighsStatus.kError:
            raise TypeError("HiGHS refused the MILP's start")
    if highs.run() == core.HighsStatus.kError:
        return _Milp(None, 2)
    model, info, status = highs.getModelStatus(), highs.getInfo(), core.HighsModelStatus
    stopped = model in (status.kTimeLimit, status.kIterationLimit, status.kSolutionLimit)
    if model != status.kOptimal and not (stopped and info.objective_function_value != core.kHighsInf):
        bound = float(info.mip_dual_bound)
        return _Milp(None, 1 if stopped else 2, bound if stopped and math.isfinite(bound) else None)
    x = np.asarray(highs.getSolution().col_value, np.float64)
    bound, gap = float(info.mip_dual_bound), float(info.mip_gap)  # (none proven yet: infinite, said as none)
    return _Milp(x, 1 if stopped else 0, bound if math.isfinite(bound) else None, gap if math.isfinite(gap) else None)


def potentials(net: Network, flow: np.ndarray, weight: int, *, max_rounds: int | None = None) -> np.ndarray | None:
    """Return node potentials d with d[v] ≤ d[u] + c(u,v) on every residual arc (None if none exist).

    Bellman–Ford from a virtual root joined to every node at cost 0, vectorised over arcs.
    At an optimal flow the residual graph has no negative cycle, so the shortest distances
    exist; an arc u→v outside the network whose cost satisfies d[u] + c ≥ d[v] cannot
    improve the flow (the same d stay feasible potentials once it is added).
    """
    return highest_potentials(_residual(net, flow, weight), net.n_nodes, max_rounds=max_rounds)


Residual = tuple[np.ndarray, np.ndarray, np.ndarray]


def highest_potentials(
    arcs: Residual, n_nodes: int, *, max_rounds: int | None = None, tol: float = 0.0
) -> np.ndarray | None:
    """The highest potentials ≤ 0 over residual ``arcs`` (tail, head, cost): Bellman–Ford from a virtual root.

    Integer costs give integer potentials; float costs (an LP's prices folded in) settle once no arc
    improves a node by more than ``tol``. None when they do not settle within ``max_rounds`` (a negative cycle).
    """
    u, v, c = arcs
    d = np.zeros(n_nodes, dtype=c.dtype if c.dtype.kind == "f" else np.int64)
    for _ in range(max_rounds if max_rounds is not None else n_nodes + 1):
        cand = d[u] + c
        better = cand < (d[v] - tol if tol else d[v])
        if not better.any():
            return d
        nd = d.copy()
        np.minimum.at(nd, v[better], cand[better])
        d = nd
    return None


def lowered(net: Network, flow: np.ndarray, weight: int, d: np.ndarray, ranges: list[tuple[int, int]]) -> np.ndarray:
    """Potentials ``d`` with the nodes of each range ``lo ≤ v < hi``, range after range, set as low as the arcs
    leaving them in the residual allow.

    Every residual arc v→w keeps ``d[w] ≤ d[v] + c``, so ``d[v]`` may drop to ``max(d[w] − c)``; arcs into
    v only bound it from above, and a bound taken from the old (higher) d of another lowered node stays
    valid after it drops, so one pass keeps every arc's condition: the result is feasible potentials
    again. A lowered target makes an outside arc u→v price out less often (``d[u] + c < d[v]``). The
    residual network is built once for all ranges.
    """
    return lower_targets(_residual(net, flow, weight), d, ranges)


def lower_targets(arcs: Residual, d: np.ndarray, ranges: list[tuple[int, int]]) -> np.ndarray:
    """:func:`lowered` over residual ``arcs`` (tail, head, cost) already built; ``d`` integer or float."""
    v, w, c = arcs
    out = d.copy()
    none = -np.inf if out.dtype.kind == "f" else np.iinfo(out.dtype).min
    for lo, hi in ranges:
        sel = (v >= lo) & (v < hi)
        floor = np.full(hi - lo, none, out.dtype)
        np.maximum.at(floor, v[sel] - lo, out[w[sel]] - c[sel])
        out[lo:hi] = np.where(floor > none, floor, out[lo:hi])
    return out


def _residual(net: Network, flow: np.ndarray, weight: int) -> Residual:
    return residual_arcs(net, flow, _combined(net, weight))


def residual_arcs(net: Network, flow: np.ndarray, cost: np.ndarray, tol: float = 0.0) -> Residual:
    """(tail, head, cost) of every arc of the residual network of ``flow`` (forward arcs, then backward ones).

    ``tol``: how far from a bound a fractional flow (an LP's) must be for the arc to count as off it.
    """
    fwd = flow < net.cap - tol if tol else flow < net.cap
    bwd = flow > tol
    tail = np.concatenate([net.tail[fwd], net.head[bwd]])
    head = np.concatenate([net.head[fwd], net.tail[bwd]])
    return tail, head, np.concatenate([cost[fwd], -cost[bwd]])
