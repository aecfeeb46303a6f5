"""Build a greedy baseline plan: each open seat takes the best remaining eligible candidate.

Seats are visited in a fixed order (positions by kode_jabatan, current and projected
vacancies first, then seats vacated by earlier greedy moves, appended as they open).
The baseline respects every constraint of the exact model (capacities, pins, keep,
unit limits), so it is a feasible point of that model: the exact optimum can never be
worse under the same objective, and because vacancies filled is the primary tier, it
never fills fewer (the property tests check both).
"""

from __future__ import annotations

from collections import deque

import numpy as np

from asn_mutasi.planning.network import Instance
from asn_mutasi.planning.solver import Solution, evaluate, occupancy


def solve_greedy(inst: Instance) -> Solution:
    """Return the greedy assignment of ``inst`` as a :class:`Solution`."""
    m = len(inst.movers)
    target = inst.mover_pos.copy()
    moved_arc = np.full(m, -1, dtype=np.int64)
    moved = np.zeros(m, dtype=bool)
    occ = occupancy(inst, target)
    pos_u, n_u = inst.units()
    moves_out = np.zeros(n_u, dtype=np.int64)
    head = np.bincount(pos_u, weights=occ, minlength=n_u).astype(np.int64)
    floor = inst.staff_floor()[1] if inst.min_staff_per_unit is not None else None

    def do_move(e: int, arc: int) -> None:
        src, dst = int(target[e]), int(inst.arc_pos[arc])
        target[e] = dst
        moved_arc[e] = arc
        moved[e] = True
        occ[src] -= 1
        occ[dst] += 1
        if pos_u[src] != pos_u[dst]:
            moves_out[pos_u[src]] += 1
        head[pos_u[src]] -= 1
        head[pos_u[dst]] += 1

    for e in _mover_index(inst.movers, sorted(inst.pins)):
        arcs = np.flatnonzero(inst.arc_emp == e)
        do_move(e, int(arcs[0]))

    # per target: best score first, ties by NIP (arc_emp follows sorted NIPs)
    order = np.lexsort((inst.arc_emp, -inst.arc_skor, inst.arc_pos))
    starts = np.searchsorted(inst.arc_pos[order], np.arange(len(inst.k) + 1))
    pointer = starts[:-1].copy()
    # one entry per position and its open seats (not one per seat: a kebutuhan of 100,000 is one entry), each
    # seat taken in turn; a position full or out of candidates has no use for the seats left in its entry
    queue: deque[list[int]] = deque([p, int(inst.k[p] - occ[p])] for p in range(len(inst.k)) if inst.k[p] > occ[p])
    while queue:
        entry = queue[0]
        p = entry[0]
        entry[1] -= 1
        if entry[1] <= 0 or occ[p] >= inst.k[p] or pointer[p] >= starts[p + 1]:
            queue.popleft()
        if occ[p] >= inst.k[p]:
            continue
        while pointer[p] < starts[p + 1]:
            arc = int(order[pointer[p]])
            pointer[p] += 1
            e = int(inst.arc_emp[arc])
            if moved[e]:
                continue
            src = int(target[e])
            leaves = pos_u[src] != pos_u[p]
            if inst.max_moves_per_unit is not None and leaves and moves_out[pos_u[src]] >= inst.max_moves_per_unit:
                continue
            if floor is not None and pos_u[src] != pos_u[p] and head[pos_u[src]] - 1 < floor[pos_u[src]]:
                continue
            do_move(e, arc)
            if occ[src] < inst.k[src]:
                queue.append([src, 1])
            break
    _, primary, secondary = evaluate(inst, target, moved_arc)
    return Solution(target=target, moved_arc=moved_arc, primary=primary, secondary=secondary, solver="greedy")


def _mover_index(movers: list[str], nips: list[str]) -> list[int]:
    """Index of each of ``nips`` in the sorted ``movers`` (every one is a mover), by bisection."""
    from bisect import bisect_left

    out = [bisect_left(movers, n) for n in nips]
    if any(i >= len(movers) or movers[i] != n for i, n in zip(out, nips, strict=True)):
        raise KeyError("pinned NIP is not a mover")
    return out
