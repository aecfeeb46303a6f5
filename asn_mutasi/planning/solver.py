"""Solve the mutation plan exactly: min-cost flow, or a MILP when unit limits are set.

Formulation
-----------
*Employees* are prepared roster rows with ``_status == "valid"`` and a linked position
(``kode_jabatan_link``); every other input row is excluded with its reason. Holders whose
TMT pensiun falls within the horizon never move; with ``isi_proyeksi_pensiun`` they are
treated as leaving, so their seats are projected vacancies.

*Arcs*: employee e → position p only where the candidate table says ``layak``, ``skor ≥
skor_minimum``, e is not in ``keep``, p ≠ e's current position, p has ``kebutuhan > 0`` and
p is not a surplus position; at most ``kandidat_per_lowongan`` best arcs per position.
Every movable employee is one unit of supply that leaves on exactly one arc: the *stay*
arc into their own position or one *move* arc. A pin keeps only its own arc (no stay);
``keep`` leaves only the stay arc (the person is not a network node at all).

*Seats*: b_p counts the holders of p (retiring ones left out when projected) and k_p its
kebutuhan. Each position drains to the sink over two seat arcs: up to k_p seats "within
need" and, for a surplus position (b_p > k_p) only, up to b_p − k_p seats "over need".
Surplus positions receive no movers (conservative: a surplus seat stays with its
stayers; leavers reduce the surplus). So no position ends above its need unless it
already was and nobody moved in. A seat vacated by a mover is simply free capacity of
the within-need arc, which another mover may take: vacancy chains need no special
structure.

*Objective* (lexicographic, minimised, integers scaled ×100):

1. primary — maximise vacancies filled, F = Σ_p min(o_p, k_p) − Σ_p min(b_p, k_p) where
   o_p is the final occupancy: the within-need seat arc costs −1 per unit. This is the
   *net* fill: moving into a seat someone else vacated counts as filling that seat, and
   the vacated seat counts as lost unless it is refilled, so pure swaps and shifts earn
   nothing. With ``rotasi_wajib`` the stay arc of a person more than ``rotasi_tahun`` in
   post costs +2 (a rotation outweighs the one seat it may leave empty).
2. secondary — each move costs ``biaya_pindah + 100 − skor`` (staying is worth a perfect
   fit of 100, so people who fit stay unless the move fills a seat), and each holder
   left above need in a surplus position costs ``bonus_dari_surplus`` (so every leaver who
   reduces a surplus earns it).

The tiers are combined as W·primary + secondary with W larger than any possible
secondary total, which makes the single min-cost flow exactly lexicographic. The
``bobot_isi_lowongan`` weight is therefore never traded against score: no plan that fills
fewer vacancies can win, whatever the scores. The MILP (HiGHS via
``scipy.optimize.milp``) solves the same arcs in two phases (primary, then secondary with
the primary fixed) and adds ``maks_pindah_per_unit`` (moves out of a unit) and
``min_pegawai_per_unit`` (final headcount of a unit ≥ min(limit, its headcount before)),
within ``batas_waktu_milp_detik``; a plan cut short by that limit says so in ``solver``.
Arcs are sorted by (NIP, kode_jabatan) before building either model, so the same
inputs in any row order give the same plan.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

import numpy as np
from ortools.graph.python import min_cost_flow
from scipy import sparse
from scipy.optimize import Bounds, LinearConstraint, milp

from asn_mutasi.errors import InfeasiblePlanError
from asn_mutasi.planning.network import Instance


class MilpTimeLimitError(InfeasiblePlanError):
    """The MILP found no plan within its time limit (the caller may fall back to greedy)."""


@dataclass(frozen=True)
class Solution:
    """Where each mover ends: ``target[i]`` is a position index (own position = stays)."""

    target: np.ndarray
    moved_arc: np.ndarray  #: index into the instance arcs, −1 for stayers
    primary: int  #: −(vacancies filled) + rotation stays × 2 (lower is better)
    secondary: int  #: scaled move costs and surplus stayers
    solver: str


def occupancy(inst: Instance, target: np.ndarray) -> np.ndarray:
    """Return the final number of holders of every position."""
    occ = inst.fixed.copy()
    if len(target):
        np.add.at(occ, target, 1)
    return occ


def evaluate(inst: Instance, target: np.ndarray, moved_arc: np.ndarray) -> tuple[int, int, int]:
    """Return (vacancies filled, primary, secondary) of an assignment, as the solvers score it."""
    occ = occupancy(inst, target)
    fills = int(np.minimum(occ, inst.k).sum() - np.minimum(inst.b, inst.k).sum())
    stays = target == inst.mover_pos
    primary = -fills + int(inst.stay_primary[stays].sum())
    used = moved_arc[moved_arc >= 0]
    secondary = int(inst.arc_secondary[used].sum()) + inst.bonus_surplus * int(np.maximum(occ - inst.k, 0).sum())
    return fills, primary, secondary


def objective(inst: Instance, target: np.ndarray, moved_arc: np.ndarray) -> int:
    """Return the combined objective W·primary + secondary (lower is better)."""
    _, primary, secondary = evaluate(inst, target, moved_arc)
    return inst.weight * primary + secondary


def solve(inst: Instance) -> Solution:
    """Solve with the flow solver, or the MILP when any unit limit is set."""
    return solve_milp(inst) if inst.limits else solve_flow(inst)


def _pinned_mask(inst: Instance) -> np.ndarray:
    pinned = np.zeros(len(inst.movers), dtype=bool)
    if inst.pins:
        idx = {n: i for i, n in enumerate(inst.movers)}
        pinned[[idx[n] for n in inst.pins if n in idx]] = True
    return pinned


def _pin_diagnosis(inst: Instance) -> str:
    pinned = _pinned_mask(inst)
    incoming = np.zeros(len(inst.k), dtype=np.int64)
    idx = {c: i for i, c in enumerate(inst.pos_codes)}
    for code in inst.pins.values():
        incoming[idx[code]] += 1
    over = np.flatnonzero(incoming + inst.fixed > inst.k)
    if len(over):
        t = over[0]
        return (
            f"jabatan '{inst.pos_codes[t]}' menerima {incoming[t]} pegawai yang dipin padahal kebutuhan {inst.k[t]} "
            f"dan {inst.fixed[t]} pemangku tidak dapat dipindah"
        )
    return f"{int(pinned.sum())} pin tidak dapat dipenuhi bersama batasan rencana"


def solve_flow(inst: Instance) -> Solution:
    """Solve the lexicographic min-cost flow with OR-Tools (no unit limits)."""
    m, p = len(inst.movers), len(inst.pos_codes)
    sink = m + p
    w = inst.weight
    pinned = _pinned_mask(inst)
    free = np.flatnonzero(~pinned)
    surplus_cap = np.maximum(inst.b - inst.k, 0)
    has_surplus = np.flatnonzero(surplus_cap > 0)
    tails = np.concatenate([inst.arc_emp, free, m + np.arange(p), m + has_surplus])
    heads = np.concatenate(
        [m + inst.arc_pos, m + inst.mover_pos[free], np.full(p, sink), np.full(len(has_surplus), sink)]
    )
    caps = np.concatenate([np.ones(len(inst.arc_emp) + len(free), np.int64), inst.k, surplus_cap[has_surplus]])
    costs = np.concatenate(
        [
            inst.arc_secondary,
            w * inst.stay_primary[free],
            np.full(p, -w, np.int64),
            np.full(len(has_surplus), inst.bonus_surplus, np.int64),
        ]
    )
    flow = min_cost_flow.SimpleMinCostFlow()
    flow.add_arcs_with_capacity_and_unit_cost(
        tails.astype(np.int32), heads.astype(np.int32), caps.astype(np.int64), costs.astype(np.int64)
    )
    supplies = np.concatenate([np.ones(m, np.int64), inst.fixed, [-(m + int(inst.fixed.sum()))]])
    flow.set_nodes_supplies(np.arange(sink + 1, dtype=np.int32), supplies.astype(np.int64))
    status = flow.solve()
    if status == min_cost_flow.SimpleMinCostFlow.INFEASIBLE:
        raise InfeasiblePlanError("Rencana tidak dapat disusun: " + _pin_diagnosis(inst))
    if status != min_cost_flow.SimpleMinCostFlow.OPTIMAL:
        raise InfeasiblePlanError(f"Solver aliran biaya minimum gagal (status {status})")
    n_arcs = len(inst.arc_emp)
    used = flow.flows(np.arange(n_arcs, dtype=np.int32)) > 0 if n_arcs else np.zeros(0, bool)
    return _solution(inst, np.flatnonzero(used), "min-cost-flow")


def _solution(inst: Instance, used_arcs: np.ndarray, solver: str) -> Solution:
    target = inst.mover_pos.copy()
    moved_arc = np.full(len(inst.movers), -1, dtype=np.int64)
    target[inst.arc_emp[used_arcs]] = inst.arc_pos[used_arcs]
    moved_arc[inst.arc_emp[used_arcs]] = used_arcs
    _, primary, secondary = evaluate(inst, target, moved_arc)
    return Solution(target=target, moved_arc=moved_arc, primary=primary, secondary=secondary, solver=solver)


def solve_milp(inst: Instance, *, time_limit: float | None = None) -> Solution:
    """Solve the same model as a MILP (HiGHS), adding the unit limits, in two phases."""
    m, p, a = len(inst.movers), len(inst.pos_codes), len(inst.arc_emp)
    pinned = _pinned_mask(inst)
    free = np.flatnonzero(~pinned)
    surplus_cap = np.maximum(inst.b - inst.k, 0)
    s = len(free)
    # variable layout: [move arcs a][stay arcs s][seat1 p][seat2 p]
    n = a + s + 2 * p
    o_stay, o_s1, o_s2 = a, a + s, a + s + p
    rows: list[sparse.coo_matrix] = []
    lo: list[np.ndarray] = []
    hi: list[np.ndarray] = []

    def add(r: np.ndarray, c: np.ndarray, v: np.ndarray, nrows: int, lb: np.ndarray, ub: np.ndarray) -> None:
        rows.append(sparse.coo_matrix((v, (r, c)), shape=(nrows, n)))
        lo.append(lb)
        hi.append(ub)

    # every mover takes exactly one arc
    add(
        np.concatenate([inst.arc_emp, free]),
        np.concatenate([np.arange(a), o_stay + np.arange(s)]),
        np.ones(a + s),
        m,
        np.ones(m),
        np.ones(m),
    )
    # position balance: fixed + inflow = seat1 + seat2
    add(
        np.concatenate([inst.arc_pos, inst.mover_pos[free], np.arange(p), np.arange(p)]),
        np.concatenate([np.arange(a), o_stay + np.arange(s), o_s1 + np.arange(p), o_s2 + np.arange(p)]),
        np.concatenate([np.ones(a + s), -np.ones(2 * p)]),
        p,
        -inst.fixed.astype(float),
        -inst.fixed.astype(float),
    )
    units = sorted(set(inst.pos_unit))
    unit_idx = {u: i for i, u in enumerate(units)}
    pos_u = np.array([unit_idx[u] for u in inst.pos_unit], dtype=np.int64)
    rs_max, rs_min = inst.max_moves_per_unit, inst.min_staff_per_unit
    if rs_max is not None and a:
        add(
            pos_u[inst.mover_pos[inst.arc_emp]],
            np.arange(a),
            np.ones(a),
            len(units),
            np.full(len(units), -np.inf),
            np.full(len(units), float(rs_max)),
        )
    if rs_min is not None:
        before = np.bincount(pos_u, weights=inst.b, minlength=len(units))
        add(
            np.concatenate([pos_u, pos_u]),
            np.concatenate([o_s1 + np.arange(p), o_s2 + np.arange(p)]),
            np.ones(2 * p),
            len(units),
            np.minimum(float(rs_min), before),
            np.full(len(units), np.inf),
        )
    A = sparse.vstack(rows).tocsr()
    cons = [LinearConstraint(A, np.concatenate(lo), np.concatenate(hi))]
    bounds = Bounds(np.zeros(n), np.concatenate([np.ones(a + s), inst.k, surplus_cap]).astype(float))
    integrality = np.ones(n)
    c1 = np.zeros(n)
    c1[o_stay : o_stay + s] = inst.stay_primary[free]
    c1[o_s1 : o_s1 + p] = -1.0
    c2 = np.zeros(n)
    c2[:a] = inst.arc_secondary
    c2[o_s2 : o_s2 + p] = inst.bonus_surplus
    limit = inst.milp_time_limit if time_limit is None else time_limit
    started = time.perf_counter()

    def run(c: np.ndarray, constraints: list[LinearConstraint]) -> Any:
        options: dict[str, float] = {"mip_rel_gap": 0.0}
        if limit is not None:
            options["time_limit"] = max(1.0, limit - (time.perf_counter() - started))
        return milp(c, integrality=integrality, bounds=bounds, constraints=constraints, options=options)

    r1 = run(c1, cons)
    if r1.x is None and r1.status == 1:
        raise MilpTimeLimitError(
            f"Solver MILP tidak menemukan rencana dalam batas waktu {limit:g} detik; "
            "naikkan [rencana] batas_waktu_milp_detik atau longgarkan batasan per unit"
        )
    if r1.status == 2 or r1.x is None:
        raise InfeasiblePlanError("Rencana tidak dapat disusun dengan batasan per unit: " + _pin_diagnosis(inst))
    best = float(np.rint(c1 @ np.rint(r1.x)))
    r2 = run(c2, [*cons, LinearConstraint(sparse.csr_matrix(c1), -np.inf, best + 0.5)])
    x = r2.x if r2.x is not None else r1.x
    proven = r1.status == 0 and r2.status == 0
    used = np.flatnonzero(np.rint(x[:a]) > 0)
    return _solution(inst, used, "milp" if proven else "milp (batas waktu tercapai; belum terbukti optimal)")
