"""An independent maximum-fill oracle: a MILP over ALL eligible pairs (scipy HiGHS), no classes, no pricing.

Fill = Σ_p min(final_p, kebutuhan_p) − Σ_p min(before_p, kebutuhan_p) with every position
holding at most max(kebutuhan_p, before_p) and every movable person placed exactly once
(own position or one eligible pair).
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from scipy import sparse
from scipy.optimize import Bounds, LinearConstraint, milp


def max_fill(holder_pos: np.ndarray, movable: np.ndarray, k: np.ndarray, pairs: list[tuple[int, int]]) -> int:
    """holder_pos: position of each counted holder; movable: may leave; pairs: (holder, position) eligible."""
    return best_plan(holder_pos, movable, k, pairs)[0]


def best_plan(
    holder_pos: np.ndarray,
    movable: np.ndarray,
    k: np.ndarray,
    pairs: list[tuple[int, int]],
    costs: list[int] | None = None,
    bonus: int = 0,
    unit_limit: tuple[np.ndarray, int] | None = None,
    min_staff: tuple[np.ndarray, int] | None = None,
    pinned: list[tuple[int, int]] | None = None,
    stay_cost: np.ndarray | None = None,
    stay_budget: float | None = None,
) -> tuple[int, int]:
    """Return (maximum fill, minimum secondary among maximum-fill plans) over ALL given pairs.

    ``costs`` are the scaled secondary costs of ``pairs`` (staying costs 0); every holder
    left above need costs ``bonus``. Two MILPs: fill first, then the secondary with the fill fixed.
    ``unit_limit`` = (unit per position, L): at most L people leave each unit for another unit.
    ``min_staff`` = (unit per position, F): every unit ends with at least min(F, its holders before).
    ``pinned``: (holder, position) moves that must happen, each one of ``pairs`` (the plan's ``--kunci``).
    Raises ``AssertionError`` when no plan holds them all (the planner then raises ``InfeasiblePlanError``).
    ``stay_cost``: per holder, the primary cost of staying (``rotasi_wajib``: 2 for the rotation-due); the first
    value is then −(the primary's minimum), the fill less the stay costs, and the secondary is the least among
    the plans that reach that minimum. ``stay_budget`` (with ``stay_cost``): the stay costs are no objective but a
    constraint, Σ stay costs ≤ ``stay_budget``; the first value is then the maximum fill of the plans that leave no
    more rotation-due holders in place than that.
    """
    n_pos = len(k)
    b = np.bincount(holder_pos, minlength=n_pos)
    fixed = np.bincount(holder_pos[~movable], minlength=n_pos)
    movers = np.flatnonzero(movable)
    idx = {int(e): i for i, e in enumerate(movers)}
    cost_of: dict[tuple[int, int], int] = {(idx[int(e)], int(holder_pos[e])): 0 for e in movers}
    for i, (e, p) in enumerate(pairs):
        if e in idx and p != holder_pos[e]:
            cost_of[(idx[e], p)] = int(costs[i]) if costs is not None else 0
    arcs = sorted(cost_of)
    a, m = len(arcs), len(movers)
    ae = np.array([x[0] for x in arcs], dtype=np.int64)
    ap = np.array([x[1] for x in arcs], dtype=np.int64)
    # variables: arcs, within-need seats (n_pos), over seats (n_pos)
    n = a + 2 * n_pos
    rows1 = sparse.coo_matrix((np.ones(a), (ae, np.arange(a))), shape=(m, n))
    bal = sparse.coo_matrix(
        (
            np.concatenate([np.ones(a), -np.ones(2 * n_pos)]),
            (
                np.concatenate([ap, np.arange(n_pos), np.arange(n_pos)]),
                np.concatenate([np.arange(a), a + np.arange(2 * n_pos)]),
            ),
        ),
        shape=(n_pos, n),
    )
    A = sparse.vstack([rows1, bal]).tocsr()
    lo = np.concatenate([np.ones(m), -fixed.astype(float)])
    cons = LinearConstraint(A, lo, lo)
    extra = []
    if unit_limit is not None:
        unit, limit = unit_limit
        src = unit[holder_pos[movers[ae]]]
        cross = np.flatnonzero(src != unit[ap])
        n_u = int(unit.max()) + 1
        rows_u = sparse.coo_matrix((np.ones(len(cross)), (src[cross], cross)), shape=(n_u, n)).tocsr()
        extra.append(LinearConstraint(rows_u, -np.inf, float(limit)))
    if min_staff is not None:
        unit, floor = min_staff
        n_u = int(unit.max()) + 1
        seats = np.concatenate([a + np.arange(n_pos), a + n_pos + np.arange(n_pos)])
        rows_s = sparse.coo_matrix((np.ones(2 * n_pos), (np.concatenate([unit, unit]), seats)), shape=(n_u, n)).tocsr()
        before = np.bincount(unit, weights=b, minlength=n_u)
        extra.append(LinearConstraint(rows_s, np.minimum(float(floor), before), np.inf))
    ub = np.concatenate([np.ones(a), k.astype(float), np.maximum(b - k, 0).astype(float)])
    lb = np.zeros(n)
    if pinned:
        at = {x: j for j, x in enumerate(arcs)}
        lb[[at[(idx[int(e)], int(p))] for e, p in pinned]] = 1.0  # a KeyError: a pin that is no eligible pair
    c = np.zeros(n)
    c[a : a + n_pos] = -1.0
    if stay_cost is not None:
        stays = np.flatnonzero(ap == holder_pos[movers[ae]])
        if stay_budget is None:
            c[stays] = stay_cost[movers[ae[stays]]]
        else:
            row = np.zeros((1, n))
            row[0, stays] = stay_cost[movers[ae[stays]]]
            extra.append(LinearConstraint(sparse.csr_matrix(row), -np.inf, float(stay_budget)))
    bounds = Bounds(lb, ub)
    r = milp(c, integrality=np.ones(n), bounds=bounds, constraints=[cons, *extra])
    assert r.status == 0, r.message
    fill = round(float(-r.fun)) - int(np.minimum(b, k).sum())
    if costs is None:
        return fill, 0
    c2 = np.zeros(n)
    c2[:a] = [cost_of[x] for x in arcs]
    c2[a + n_pos :] = bonus
    fixed_fill = LinearConstraint(sparse.csr_matrix(c.reshape(1, -1)), -np.inf, float(r.fun) + 0.5)
    r2 = milp(
        c2, integrality=np.ones(n), bounds=bounds, constraints=[cons, *extra, fixed_fill], options={"mip_rel_gap": 0.0}
    )
    assert r2.status == 0, r2.message
    return fill, round(float(r2.fun))


def max_fill_table(
    ro: pd.DataFrame, pos: pd.DataFrame, ca: pd.DataFrame, *, skor_minimum: float = 40.0, min_staff: int | None = None
) -> int:
    """Oracle for a candidate-table instance (no retirements, nobody kept); ``min_staff``: the unit staff floor."""
    codes = pos["kode_jabatan"].astype(str).tolist()
    pidx = {c: i for i, c in enumerate(codes)}
    k = pd.to_numeric(pos["kebutuhan"]).to_numpy(dtype=np.int64)
    valid = ro[(ro["_status"] == "valid") & ro["kode_jabatan_link"].isin(pidx)].drop_duplicates("nip")
    nips = valid["nip"].astype(str).tolist()
    eidx = {n: i for i, n in enumerate(nips)}
    holder = np.array([pidx[c] for c in valid["kode_jabatan_link"]], dtype=np.int64)
    pairs = [
        (eidx[n], pidx[c])
        for n, c, s, lay in zip(
            ca["nip"].astype(str), ca["kode_jabatan"].astype(str), ca["skor"], ca["layak"], strict=True
        )
        if lay and s >= skor_minimum and n in eidx and c in pidx
    ]
    if min_staff is None:
        return max_fill(holder, np.ones(len(nips), dtype=bool), k, pairs)
    unit = pd.factorize(pos["unit_kerja"].astype(str))[0].astype(np.int64)
    return best_plan(holder, np.ones(len(nips), dtype=bool), k, pairs, min_staff=(unit, min_staff))[0]
