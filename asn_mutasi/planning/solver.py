"""Plan solutions and their evaluation (the solvers live in :mod:`asn_mutasi.planning.exact`).

*Objective* (lexicographic, minimised, integers scaled ×100):

1. primary — maximise vacancies filled, F = Σ_p min(o_p, k_p) − Σ_p min(b_p, k_p) where
   o_p is the final occupancy and b_p the holders counted before (retiring ones left out
   when projected). This is the *net* fill: moving into a seat someone else vacated
   counts as filling it and the vacated seat counts as lost unless refilled, so pure
   swaps earn nothing. With ``rotasi_wajib`` the stay arc of a person more than
   ``rotasi_tahun`` in post costs +2.
2. secondary — each move costs ``biaya_pindah + 100 − skor`` (+ an optional preference
   cost), and each holder left above need costs ``bonus_dari_surplus``.

Every position holds at most max(kebutuhan, holders before). The greedy baseline and the
exact plan are scored by the same :func:`evaluate`, so their fills compare directly.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from asn_mutasi.planning.network import Instance


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


def base_seats(inst: Instance) -> int:
    """``kebutuhan`` seats held before the plan."""
    return int(np.minimum(inst.b, inst.k).sum())


def seats_held(inst: Instance, target: np.ndarray) -> int:
    """``kebutuhan`` seats held when movers go to ``target`` (holders who cannot move included)."""
    return int(np.minimum(occupancy(inst, target), inst.k).sum())


def filled(inst: Instance, target: np.ndarray) -> int:
    """Vacancies the assignment fills: ``kebutuhan`` seats held after minus before."""
    return seats_held(inst, target) - base_seats(inst)


def evaluate(inst: Instance, target: np.ndarray, moved_arc: np.ndarray) -> tuple[int, int, int]:
    """Return (vacancies filled, primary, secondary) of an assignment, as the solvers score it."""
    occ = occupancy(inst, target)
    fills = filled(inst, target)
    stays = target == inst.mover_pos
    primary = -fills + int(inst.stay_primary[stays].sum())
    used = moved_arc[moved_arc >= 0]
    secondary = int(inst.arc_secondary[used].sum()) + inst.bonus_surplus * int(np.maximum(occ - inst.k, 0).sum())
    return fills, primary, secondary


def objective(inst: Instance, target: np.ndarray, moved_arc: np.ndarray) -> int:
    """Return the combined objective W·primary + secondary (lower is better)."""
    _, primary, secondary = evaluate(inst, target, moved_arc)
    return inst.weight * primary + secondary
