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
    n_pos = len(k)
    b = np.bincount(holder_pos, minlength=n_pos)
    fixed = np.bincount(holder_pos[~movable], minlength=n_pos)
    movers = np.flatnonzero(movable)
    idx = {int(e): i for i, e in enumerate(movers)}
    arcs = [(idx[int(e)], int(holder_pos[e])) for e in movers]
    arcs += [(idx[e], p) for e, p in pairs if e in idx and p != holder_pos[e]]
    arcs = sorted(set(arcs))
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
    ub = np.concatenate([np.ones(a), k.astype(float), np.maximum(b - k, 0).astype(float)])
    c = np.zeros(n)
    c[a : a + n_pos] = -1.0
    r = milp(c, integrality=np.ones(n), bounds=Bounds(np.zeros(n), ub), constraints=[cons])
    assert r.status == 0, r.message
    return round(float(-r.fun)) - int(np.minimum(b, k).sum())


def max_fill_table(ro: pd.DataFrame, pos: pd.DataFrame, ca: pd.DataFrame, *, skor_minimum: float = 40.0) -> int:
    """Oracle for a candidate-table instance (no retirements, nobody kept)."""
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
    return max_fill(holder, np.ones(len(nips), dtype=bool), k, pairs)
