"""A one-phase network LP with side rows, by column generation on a warm-started simplex (HiGHS).

Stage 1 under ``maks_pindah_per_unit`` is the LP of the chain network plus one row per unit
(:func:`~asn_mutasi.planning.exact.stage1_limits`). At 100k staff it has 92,237 rows and
401,917 columns after :func:`~asn_mutasi.planning.netsolve.merge_paths`; GLOP took 4.1-5.0 s
over all of them, and an optimum uses a few thousand. Here the LP starts from the columns a
hint flow uses (the same network's maximum flow without the side rows), and HiGHS' primal
simplex is warm-started as columns are added: columns keep its basis primal feasible. After each
solve every column outside is priced with the row duals y (reduced cost d = c − Aᵀy), and the
most negative ones come in, at most :data:`ADD_PER_ROUND` a round. When none is negative the
restricted optimum is the LP optimum over all columns.

The answer is proven, not trusted to tolerances: for ANY row prices y,

    cᵀx = dᵀx + yᵀAx ≥ Σ_j min(0, d_j)·u_j + Σ_i min(y_i·lo_i, y_i·hi_i)  =: L(y)

for every x with lo ≤ Ax ≤ hi and 0 ≤ x ≤ u (the weak duality of the LP), so L(y) bounds every
integer plan from below. The flow returned is checked integral and feasible in exact integer
arithmetic (:func:`~asn_mutasi.planning.netsolve.feasible_in_integers`), and since costs are
integers its cost z is optimal once z − L(y) < 1. Anything else (no zero flow to start from, a
solver status other than optimal, the time limit, a fractional optimum, non-finite duals, a bound
that does not close) returns None: the caller falls back to the LP over all columns and the MILP
(:func:`~asn_mutasi.planning.netsolve.solve_milp`). A restricted MILP was tried for the fractional
case and dropped: HiGHS' MILP can print to stdout whatever its options say, and when its plan
cannot be proven the whole problem is solved again anyway.

100k bench roster, ``--maks-pindah-per-unit 1``: 10 rounds, about 21,000 columns, 1.1-1.4 s
where GLOP over all columns took 4.1-5.0 s; 300k: 19 rounds, about 60,000 columns, 9.2 s
against 29 s.
"""

from __future__ import annotations

import math
import time
from typing import Any

import numpy as np

from asn_mutasi.planning.netsolve import Network, Result, Side, constraint_rows, feasible_in_integers

#: columns brought in per round at most, the most negative reduced costs first. At 300k the first
#: pricing finds about 189,000 negative columns; adding them all made the next primal solve take
#: 40 s (100 s in all), while 2,000 a round took 22 cheap rounds (10 s). At 100k 2,000 and
#: unlimited differ by 0.1-0.2 s.
ADD_PER_ROUND = 2_000
#: a column prices out when its reduced cost is below −this (duals of a network LP are integers
#: up to rounding; the proof below does not depend on this tolerance)
_PRICE_TOLERANCE = 1e-9
#: distance from an integer that a variable or a dual may have and still be rounded to it
_INTEGER_TOLERANCE = 1e-6
#: HiGHS options that keep the answer of a run that ends optimal independent of the clock. HiGHS' LP presolve
#: looks for dependent equations (a network's node rows always have some) with a factorization it abandons
#: when its predicted time passes 1 % of ``time_limit``, at least 1 s (``HPresolve::removeDependentEquations``,
#: HiGHS 1.12; its own comment calls this non-deterministic). At 100k staff with ``--maks-pindah-per-unit 1``
#: that search took about 1 s: on a loaded machine it was abandoned, on a quiet one not, the simplex started
#: from another presolved LP and ended at another optimal basis, and the plan was another one of the same fill.
#: Bit 10 of ``presolve_rule_off`` (``kPresolveRuleDependentEquations`` in HiGHS' ``PresolveRuleType``) turns
#: that one rule off in the LPs here and in :mod:`~asn_mutasi.planning.limited`; a time limit then only ever
#: stops a run, which the plan says. (scipy's ``milp`` cannot pass this option on: its MILPs keep the search.)
CLOCK_FREE_OPTIONS: tuple[tuple[str, int], ...] = (("presolve_rule_off", 1 << 10),)


def solve_by_columns(net: Network, side: Side | None, start: np.ndarray, time_limit: float | None) -> Result | None:
    """Minimise ``net.primary`` over integer flows of ``net`` within the ``side`` rows, by column generation.

    ``start`` is a flow (or any non-negative values) over ``net``'s arcs; the arcs where it is
    positive are the first columns. The zero flow must be feasible (no supplies, every side row
    allowing 0), so every restricted LP is feasible. Returns an optimal plan with its proof
    closed, or None (see the module docstring).

    HiGHS is reached through scipy's own build (``scipy.optimize._highspy``, scipy ≥ 1.15), a
    module scipy does not promise to keep: when it is missing or its binding differs (an
    ImportError, AttributeError or TypeError), the caller's exact path runs instead.
    """
    if net.supply.any() or len(start) != len(net.tail):
        return None
    if side is not None and len(side.lo) and ((side.lo > 0).any() or (side.hi < 0).any()):
        return None
    try:
        from scipy.optimize._highspy import _core  # HiGHS as scipy builds it

        return _solve(_core, net, side, start, time_limit)
    except (ImportError, AttributeError, TypeError):
        return None


def _solve(_core: Any, net: Network, side: Side | None, start: np.ndarray, time_limit: float | None) -> Result | None:
    """The rounds and the proof, on HiGHS' binding ``_core``."""
    begun = time.perf_counter()
    ok = _core.HighsStatus.kOk
    matrix, lo, hi = constraint_rows(net, side)
    n_row, n_arc = matrix.shape
    cols = matrix.tocsc()
    cols.sort_indices()
    del matrix
    cost = net.primary.astype(np.float64)
    upper = net.cap.astype(np.float64)
    solver = _core._Highs()
    # output off before anything else (HiGHS logs its banner on stdout otherwise); primal simplex: new columns
    # keep the basis primal feasible
    if solver.setOptionValue("output_flag", False) != ok or solver.setOptionValue("simplex_strategy", 4) != ok:
        return None
    if any(solver.setOptionValue(name, value) != ok for name, value in CLOCK_FREE_OPTIONS):
        return None
    if solver.addRows(n_row, lo, hi, 0, np.zeros(n_row, np.int32), np.zeros(0, np.int32), np.zeros(0)) != ok:
        return None
    inside = np.zeros(n_arc, dtype=bool)
    order: list[np.ndarray] = []

    def add(new: np.ndarray) -> bool:
        sub = cols[:, new]
        starts, index = sub.indptr[:-1].astype(np.int32), sub.indices.astype(np.int32)
        status = solver.addCols(len(new), cost[new], np.zeros(len(new)), upper[new], sub.nnz, starts, index, sub.data)
        inside[new] = True
        order.append(new)
        return bool(status == ok)

    def run() -> bool:
        if time_limit is not None:
            left = time_limit - (time.perf_counter() - begun)
            # HiGHS' time limit counts every run of the object: the time it has used plus what is left
            if left <= 0 or solver.setOptionValue("time_limit", float(solver.getRunTime() + left)) != ok:
                return False
        solver.run()
        # no column yet: an empty model, solved by the zero flow with zero prices
        return solver.getModelStatus() in (_core.HighsModelStatus.kOptimal, _core.HighsModelStatus.kModelEmpty)

    first = np.flatnonzero(np.asarray(start) > 0)
    if len(first) and not add(first):
        return None
    while True:
        if not run():
            return None
        prices = np.asarray(solver.getSolution().row_dual, dtype=np.float64)
        if not np.isfinite(prices).all():
            return None
        reduced = cost - cols.T @ prices
        new = np.flatnonzero(~inside & (reduced < -_PRICE_TOLERANCE))
        if not len(new):
            break
        if len(new) > ADD_PER_ROUND:
            new = np.sort(new[np.argsort(reduced[new], kind="stable")[:ADD_PER_ROUND]])
        if not add(new):
            return None
    taken = np.concatenate(order) if order else np.zeros(0, np.int64)
    values = np.asarray(solver.getSolution().col_value, dtype=np.float64)
    if len(values) != len(taken):
        return None
    flow = np.zeros(n_arc, dtype=np.int64)
    flow[taken] = np.rint(values).astype(np.int64)
    # a fractional vertex (an LP bound below the integer optimum): the caller's MILP decides
    if np.abs(values - flow[taken]).max(initial=0.0) > _INTEGER_TOLERANCE or not feasible_in_integers(net, side, flow):
        return None
    z = int(flow @ net.primary)
    if not z - lower_bound(cost, cols, lo, hi, upper, prices) < 1 - _INTEGER_TOLERANCE:  # also refuses a NaN bound
        return None
    return Result(flow, "optimal", z, int(flow @ net.secondary))


def lower_bound(
    cost: np.ndarray, cols: Any, lo: np.ndarray, hi: np.ndarray, upper: np.ndarray, prices: np.ndarray
) -> float:
    """L(y) of the module docstring: a lower bound on cᵀx over lo ≤ Ax ≤ hi, 0 ≤ x ≤ upper, valid for any ``prices``.

    Prices within :data:`_INTEGER_TOLERANCE` of an integer are rounded to it (a network LP's
    duals are integers up to the solver's rounding; with integer prices every term is an exact
    integer in float64), and a price whose sign would pair with an infinite bound is set to 0;
    both keep the bound valid, since it holds for every y. ``cols`` is A as a scipy.sparse matrix.
    """
    y = clean_prices(prices, lo, hi)
    row_terms = np.where(y > 0, y * np.where(np.isfinite(lo), lo, 0.0), y * np.where(np.isfinite(hi), hi, 0.0))
    reduced = cost - cols.T @ y
    col_terms = np.minimum(reduced, 0.0) * upper
    return math.fsum(row_terms[row_terms != 0].tolist()) + math.fsum(col_terms[col_terms != 0].tolist())


def clean_prices(prices: np.ndarray, lo: np.ndarray, hi: np.ndarray) -> np.ndarray:
    """The row prices :func:`lower_bound` uses: near-integers rounded, a sign that pairs with an infinite bound 0.

    Idempotent, so a caller may price columns with the cleaned prices and pass them on.
    """
    y = np.where(np.abs(prices - np.rint(prices)) <= _INTEGER_TOLERANCE, np.rint(prices), prices)
    y = np.where((y > 0) & np.isneginf(lo), 0.0, y)
    return np.where((y < 0) & np.isposinf(hi), 0.0, y)
