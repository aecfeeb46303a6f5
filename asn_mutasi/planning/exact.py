"""Solve the plan exactly over ALL eligible pairs, in two stages.

Stage 1 — maximum fill on the class network (exact)
    source → mover e (supply 1) → own position (the *stay* arc, every movable person has
    one) | → class(e) → group → every position of the group (one arc per ALL block, see
    :mod:`asn_mutasi.planning.eligibility`) | → position p directly (MIXED-block pairs that
    passed exact scoring, and pins) ; position p → sink over two seat arcs: ``kebutuhan``
    seats at primary cost −1 and ``max(0, holders before − kebutuhan)`` seats at 0. So a
    position holds at most ``max(kebutuhan, holders before)`` people: chains may pass
    through full and surplus positions, and none ends above what it had or needed.
    Holders who cannot move (rules, keep, retiring) are supply placed on their position.
    Every eligible pair is represented (class arcs or direct arcs) and nothing else, so
    the minimum primary cost is exactly −(maximum fill) (+2 per rotation-due stayer with
    ``rotasi_wajib``) over all pairs; with unit limits the same network is a MILP whose
    classes and groups are split by unit so each class → group arc is inside one unit or
    between two. With rotation costs a due mover whose class reaches its own position goes
    through class nodes of its own that never lead back there
    (:mod:`asn_mutasi.planning.rotation`; built by :func:`stage1_limits` with or without
    limits), and in every mode the solver's primary is checked against the decoded plan's, and
    the final plan's against stage 1's when both are optimal. ``batas_atas_pengisian`` is this maximum fill (solved once more without
    the rotation term when ``rotasi_wajib`` is on). Without stay costs and pins the same
    arcs are solved as a maximum flow of move chains instead (:func:`chain_flow`: equal
    optimum, an order of magnitude faster; under unit limits the same chain network is the LP).

Stage 2 — the best plan among maximum-fill plans (exact by pricing)
    Person-level costs (``biaya_pindah + 100 − skor``, a preference hook, surplus relief)
    differ inside a class, so stage 2 works on people: person → sub-group arcs (one for
    all positions of a sub-group, whose person-level score parts agree) and exact person →
    position arcs, grown by column generation with node potentials until no arc outside the
    network can improve the plan — see :mod:`asn_mutasi.planning.pricing`. The proven
    maximum fill is fixed by a demand node (:func:`~asn_mutasi.planning.pricing.fix_fill`);
    with rotation stay costs the weight W (larger than any secondary total over all arcs)
    keeps the lexicographic order instead. With ``maks_pindah_per_unit`` stage 2 is the same
    network as an LP with a row per unit and one holding the primary (the fill, and with
    ``rotasi_wajib`` the stay costs) at stage 1's optimum, priced over all pairs with its row
    prices (:mod:`asn_mutasi.planning.limited`); when that LP cannot be used (stage 1 not proven,
    no HiGHS binding, its time limit) it is the MILP over every exact arc plus the stage-1 moves. Fill is the proven maximum either way; ``sekunder_terbukti`` says whether
    the secondary is proven over all pairs.

``min_pegawai_per_unit`` needs no side row: stage 1's chain network routes each unit's chain
starts and ends through unit nodes (:func:`_chain_network`); the seat networks (stage 1 with
rotation costs or pins, and stage 2) lead each unit's seat arcs through one node whose arc to
the sink carries at least the unit's floor (:func:`_seat_arcs`). Without
``maks_pindah_per_unit`` stage 1 is then one min-cost flow and stage 2 is priced like the plan
without limits, its secondary proven over all pairs.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Protocol

import numpy as np

from asn_mutasi.errors import InfeasiblePlanError, PinError
from asn_mutasi.formatting import format_number
from asn_mutasi.planning.eligibility import Eligibility
from asn_mutasi.planning.limited import solve_limited
from asn_mutasi.planning.netsolve import Network, Result, Side, feasible_in_integers, solve_flow, solve_milp
from asn_mutasi.planning.network import Instance
from asn_mutasi.planning.pricing import Arcs, Costing, Stage2, contains, solve_stage2
from asn_mutasi.planning.ragged import expand
from asn_mutasi.planning.rotation import due_movers, due_nodes
from asn_mutasi.planning.solver import Solution, base_seats, evaluate, filled, seats_held


class PreferenceCost(Protocol):
    """Per-(person, position) extra secondary cost (scaled ×100), e.g. from aspiration ranks.

    Each person has a ``default`` value for every position, except the pairs ``listed``,
    whose value may only be lower (so the default is exact on group arcs off the listed
    pairs, and the listed pairs get direct arcs). ``minimum`` bounds every value from
    below (pricing uses it for pairs not scored) and ``maximum_abs`` bounds |value|; the
    primary weight counts both, the spread one mover's arcs may reach.
    """

    minimum: int
    maximum_abs: int

    def __call__(self, nips: list[str], codes: list[str]) -> np.ndarray: ...

    def default(self, nips: list[str]) -> np.ndarray: ...

    def listed(self) -> tuple[list[str], list[str]]: ...


@dataclass
class ExactInfo:
    """What the exact solve proves: bounds, status and effort."""

    batas_atas_pengisian: int
    status: str  #: optimal | batas-waktu
    sekunder_terbukti: bool  #: secondary optimal over all pairs (pricing) or only over R
    putaran_harga: int = 0
    busur_kelas: int = 0
    busur_langsung: int = 0
    busur_tahap2: int = 0
    pasangan_dinilai: int = 0
    harga_terpotong: bool = False  #: pricing stopped by the pair budget (secondary not proven)
    #: under unit limits, the LP over all pairs ran out of ``batas_waktu_milp_detik``: stage 2 fell back to R
    waktu_sekunder_habis: bool = False
    pasangan_harga: int = 0  #: pairs scored exactly while pricing (blocks the bounds could not rule out)
    #: the solver's own relative gap on its internal objective (−seats held, plus stay costs under ``rotasi_wajib``,
    #: or stage 2's) where it stopped at its time limit; the analyst's gap is :func:`fill_gap`
    celah: float | None = None
    notes: list[str] = field(default_factory=list)
    #: with pins: the maximum fill of the same plan without them (None: no pins, or not proven); see
    #: :func:`bound_without_pins`
    batas_atas_tanpa_kunci: int | None = None
    #: with kept NIPs (``keep``): the maximum fill were they free to move (None: no keep, or not proven); see
    #: :func:`bound_without_keeps`
    batas_atas_tanpa_tetap: int | None = None
    #: stage 1 proved its maximum fill (``status`` may still say a stage-2 MILP stopped at its time limit)
    pengisian_terbukti: bool = False
    #: under ``rotasi_wajib``: the most vacancies a plan that moves at least as many rotation-due people as this one
    #: can fill (None: no rotation cost, or no proven bound); see :func:`rotation_bound`
    batas_atas_dengan_rotasi: int | None = None
    #: what ``batas_atas_pengisian`` is when stage 1 did not prove the maximum fill (words, :data:`BOUND_BASIS`);
    #: None when it is the proven maximum
    dasar_batas_atas: str | None = None


def fill_bound(inst: Instance, target: np.ndarray, res: Result) -> tuple[int, str | None]:
    """The most vacancies any plan fills, from a stage 1 without rotation costs that gave ``target`` and ``res``, and
    what that bound is when the fill is not proven (:data:`BOUND_BASIS`; None: proven).

    Proven optimal: the fill of ``target``. Stopped at ``batas_waktu_milp_detik``: ``target`` is only the best plan
    found, so the bound is the primary's proven bound (the MILP's dual bound, or the maximum fill without the unit
    limits where that is tighter, see :func:`_stage1_milp`), and never above every vacancy filled; the fill of
    ``target`` was reported as the upper bound while the gap said it was not one.
    """
    if res.status == "optimal":
        return filled(inst, target), None
    from asn_mutasi.domain.lowongan import seat_vacancies

    most = int(seat_vacancies(inst.k, inst.b).sum())
    low = res.bound_primary
    if low is None or not math.isfinite(low) or math.floor(-low + 1e-6) - base_seats(inst) >= most:
        return max(filled(inst, target), most), BOUND_BASIS["lowongan"]
    basis = BOUND_BASIS["relaksasi" if res.bound_relaxed else "lp" if res.bound_lp else "dual"]
    return max(filled(inst, target), math.floor(-low + 1e-6) - base_seats(inst)), basis


def fill_gap(bound: int, fill: int, proven: bool) -> float:
    """``celah_optimalitas``: how far the plan's fill may be from the best, (bound − fill) / bound as a fraction of
    the bound the plan prints (``batas_atas_pengisian``, :func:`fill_bound`; ``dasar_batas_atas`` says which), 0
    when the fill is proven (or there is nothing to fill).

    The solver's relative gap on its internal objective (−seats held, including the seats held before the plan) read
    0,01 beside "286 terisi, batas atas 545" and 0,37–0,51 under rotation costs: no figure an analyst can read
    (plan9, h32). That gap stays in ``celah_tujuan_solver``.
    """
    if proven or bound <= 0:
        return 0.0
    return max(0, bound - fill) / bound


#: what ``batas_atas_pengisian`` is when stage 1 did not prove the maximum fill (``dasar_batas_atas``)
#: (the analyst's words: the planner is "penyelesai MILP" as in docs/pengaturan.md, the limit its setting's name)
BOUND_BASIS = {
    "relaksasi": "pengisian maksimum tanpa batas [rencana] maks_pindah_per_unit (terbukti; setiap rencana yang "
    "memenuhi batas itu juga rencana tanpa batas itu)",
    "dual": "batas atas yang sudah dibuktikan penyelesai MILP sebelum batas waktu tercapai",
    "lp": "relaksasi linear (LP) model rencana yang sama (terbukti: tidak ada rencana yang mengisi lebih banyak); "
    "penyelesai MILP berhenti di batas waktu sebelum membuktikan batas seketat itu",
    "lowongan": "seluruh lowongan awal (penyelesai MILP belum membuktikan batas yang lebih ketat)",
}


def rotation_bound(inst: Instance, target: np.ndarray, r1: Result, bound: int) -> int | None:
    """Under ``rotasi_wajib``: the most vacancies a plan Q that leaves no more rotation-due people in place than
    ``target`` does can fill, from stage 1's primary (proven minimum, or its dual bound when stopped); ``bound`` is
    the fill without rotation costs (:func:`fill_bound`). None when stage 1 proved no bound.

    The primary is −(kebutuhan seats held) + 2 per due stayer (``stay_primary``), so every Q has
    seats(Q) ≤ stays(Q) − L ≤ stays(target) − L. When the plan reaches the proven minimum this is its own fill:
    no plan fills more without rotating fewer due people. ``batas_atas_pengisian`` (the maximum with rotation not
    required) alone read as a plan that missed its bound while it was called optimal (oracle2, h30).
    """
    low = float(r1.primary) if r1.status == "optimal" else r1.bound_primary
    if low is None or not math.isfinite(low):
        return None
    stays = int(inst.stay_primary[target == inst.mover_pos].sum())
    return min(bound, math.floor(stays - low + 1e-6) - base_seats(inst))


def pin_arcs(inst: Instance, elig: Eligibility) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Return (mover, position, skor) of every pin, checking each is an eligible pair."""
    if not inst.pins:
        return np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0)
    idx = {n: i for i, n in enumerate(inst.movers)}
    pos_idx = {c: i for i, c in enumerate(inst.pos_codes)}
    es = np.array([idx[n] for n in sorted(inst.pins)], dtype=np.int64)
    ps = np.array([pos_idx[inst.pins[n]] for n in sorted(inst.pins)], dtype=np.int64)
    direct = set(zip(elig.dir_emp.tolist(), elig.dir_pos.tolist(), strict=True))
    blocks = set(zip(elig.blk_class.tolist(), elig.blk_group.tolist(), strict=True))
    ok = np.array(
        [
            (e, p) in direct or (elig.emp_class[e] >= 0 and (elig.emp_class[e], elig.pos_group[p]) in blocks)
            for e, p in zip(es.tolist(), ps.tolist(), strict=True)
        ],
        dtype=bool,
    )
    if not ok.all():
        bad = sorted(inst.pins)[int(np.flatnonzero(~ok)[0])]
        error = PinError(
            f"Mutasi terkunci baris {inst.pin_rows.get(bad, '?')}: pegawai tidak layak untuk jabatan '{inst.pins[bad]}' "
            "(syarat pendidikan, kesetaraan, pengalaman, atau skor tidak ada / di bawah minimum)"
        )
        error.pair = (bad, inst.pins[bad])
        raise error
    return es, ps, elig.score(es, ps)


def _seat_arcs(inst: Instance, first_pos_node: int, sink: int) -> tuple[np.ndarray, ...]:
    """A position's seat arcs to the sink: ``kebutuhan`` seats (primary −1) and the surplus it holds (the surplus
    bonus); (tail, head, capacity, primary, secondary, supply of the nodes after the sink).

    Under ``min_pegawai_per_unit`` a unit's seat arcs lead into one node W(u) instead, and W(u) → sink
    must carry at least the unit's floor (:meth:`~asn_mutasi.planning.network.Instance.staff_floor`), its
    headcount after the plan. The lower bound is written as supplies: W(u), numbered after the sink,
    demands it (the last item) and the sink demands that much less. So the floor needs no side row in
    any seat network: stage 2 prices every pair as it does without limits, and its secondary is proven
    over all of them. Without a floor the last item is empty.
    """
    p = len(inst.k)
    over = np.maximum(inst.b - inst.k, 0)
    tail = np.concatenate([first_pos_node + np.arange(p), first_pos_node + np.arange(p)])
    cap = np.concatenate([inst.k, over]).astype(np.int64)
    prim = np.concatenate([np.full(p, -1, np.int64), np.zeros(p, np.int64)])
    sec = np.concatenate([np.zeros(p, np.int64), np.full(p, inst.bonus_surplus, np.int64)])
    if inst.min_staff_per_unit is None:
        return tail, np.full(2 * p, sink, np.int64), cap, prim, sec, np.zeros(0, np.int64)
    pos_u, n_u = inst.units()
    w = sink + 1 + np.arange(n_u)
    _, floor = inst.staff_floor()
    room = int(np.maximum(inst.b, inst.k).sum()) + 1  # more than any unit can hold
    return (
        np.concatenate([tail, w]),
        np.concatenate([w[np.concatenate([pos_u, pos_u])], np.full(n_u, sink)]),
        np.concatenate([cap, np.full(n_u, room)]),
        np.concatenate([prim, np.zeros(n_u, np.int64)]),
        np.concatenate([sec, np.zeros(n_u, np.int64)]),
        -floor,
    )


def stage1(
    inst: Instance, elig: Eligibility, pins: tuple[np.ndarray, np.ndarray, np.ndarray], *, rotation: bool = True
) -> tuple[np.ndarray, Result]:
    """Maximum fill over all eligible pairs (with ``rotation``: the primary with the rotation stay costs);
    returns (target per mover, solver result).

    Under unit limits, and with rotation costs, :func:`stage1_limits` builds the network (its due movers'
    nodes keep the rotation primary exact); otherwise the class network of :func:`_stage1_classes`. Either
    way the solver's primary must be the decoded plan's, checked here in every mode: stage 1's value is
    what the plan's "optimal (terbukti)" rests on.
    """
    due = rotation and bool(inst.stay_primary[~inst.pinned()].any())
    if inst.limits or due:
        target, res = stage1_limits(inst, elig, pins, rotation=rotation)
    else:
        target, res = _stage1_classes(inst, elig, pins)
    stays = target == inst.mover_pos
    decoded = -seats_held(inst, target) + (int(inst.stay_primary[stays].sum()) if rotation else 0)
    if res.primary != decoded:
        raise AssertionError(f"stage 1: the solver's primary {res.primary} and the decoded plan's {decoded} differ")
    return target, res


def _stage1_classes(
    inst: Instance, elig: Eligibility, pins: tuple[np.ndarray, np.ndarray, np.ndarray]
) -> tuple[np.ndarray, Result]:
    """Stage 1 without unit limits or rotation costs on the class network (see the module docstring)."""
    m, C, G, P = len(inst.movers), elig.n_class, elig.n_group, len(inst.k)
    o_c, o_g, o_p, sink = m, m + C, m + C + G, m + C + G + P
    pinned = inst.pinned()
    free = np.flatnonzero(~pinned)
    in_cls = free[elig.emp_class[free] >= 0]
    grp_pos = np.flatnonzero(elig.pos_group >= 0)
    dmask = ~pinned[elig.dir_emp] if len(elig.dir_emp) else np.zeros(0, bool)
    de, dp = elig.dir_emp[dmask], elig.dir_pos[dmask]
    pe, pp, _ = pins
    parts_t = [free, in_cls, o_c + elig.blk_class, o_g + elig.pos_group[grp_pos], de, pe]
    parts_h = [
        o_p + inst.mover_pos[free],
        o_c + elig.emp_class[in_cls],
        o_g + elig.blk_group,
        o_p + grp_pos,
        o_p + dp,
        o_p + pp,
    ]
    big = max(m, 1)
    caps = [np.ones(len(free)), np.ones(len(in_cls)), np.full(len(elig.blk_class), big), np.full(len(grp_pos), big)]
    caps += [np.ones(len(de)), np.ones(len(pe))]
    tail = np.concatenate(parts_t).astype(np.int64)
    head = np.concatenate(parts_h).astype(np.int64)
    cap = np.concatenate(caps).astype(np.int64)
    if not len(pe):  # (rotation costs: stage1_limits)
        res = _from_chains(inst, chain_flow(_chain_network(inst, (tail, head, cap), len(free), o_p, sink)), len(free))
    else:
        supply = (np.ones(m, dtype=bool), inst.fixed)
        res = solve_flow(_seat_network(inst, (tail, head, cap), np.zeros(len(free), np.int64), supply, (o_p, sink)), 1)
    _raise_unsolved(inst, elig, pins, res, 0)
    f = res.flow
    target = inst.mover_pos.copy()
    # direct and pin arcs
    k0 = len(free) + len(in_cls) + len(elig.blk_class) + len(grp_pos)
    used_d = np.flatnonzero(f[k0 : k0 + len(de)] > 0)
    target[de[used_d]] = dp[used_d]
    used_p = np.flatnonzero(f[k0 + len(de) : k0 + len(de) + len(pe)] > 0)
    target[pe[used_p]] = pp[used_p]
    # class flow: hand each class's units to its members (NIP order), via groups
    via = in_cls[f[len(free) : len(free) + len(in_cls)] > 0]
    if len(via):
        cg = f[len(free) + len(in_cls) : len(free) + len(in_cls) + len(elig.blk_class)]
        gp = f[len(free) + len(in_cls) + len(elig.blk_class) : k0]
        o1 = np.argsort(elig.blk_group, kind="stable")
        cls_units = np.repeat(elig.blk_class[o1], cg[o1])
        grp_of_cls_units = np.repeat(elig.blk_group[o1], cg[o1])
        o2 = np.argsort(elig.pos_group[grp_pos], kind="stable")
        pos_units = np.repeat(grp_pos[o2], gp[o2])
        assert np.array_equal(grp_of_cls_units, np.repeat(elig.pos_group[grp_pos][o2], gp[o2]))
        o3 = np.argsort(cls_units, kind="stable")
        cls_sorted, pos_sorted = cls_units[o3], pos_units[o3]
        via = via[np.lexsort((via, elig.emp_class[via]))]
        assert np.array_equal(elig.emp_class[via], cls_sorted)
        target[via] = pos_sorted
    return target, res


def chain_flow(net: Network) -> Result:
    """Stage 1 without stay costs or pins, as a maximum flow of move chains (exact, and faster).

    Starting from everyone in place, a plan changes each position's headcount by δ; it
    keeps ``occupancy ≤ max(kebutuhan, holders)`` and gains fill exactly where chains of
    moves run from a position above its kebutuhan (at most ``holders − kebutuhan`` chains
    start there) to one below it (at most ``kebutuhan − holders`` end there); every other
    position only passes chains on. So the maximum fill is ``Σ min(holders, kebutuhan)``
    plus a maximum flow from S → surplus positions → own position → mover → class → group →
    position (or a direct arc) → vacant positions → T. ``net`` is :func:`_chain_network`'s
    circulation; the maximum flow runs over every arc but the last (T → S), which then
    carries the flow's value, so the result reads like the LP's (primary −gain).
    100k bench roster: 0.08 s where the min-cost flow took 1.1-1.4 s, same fill.
    """
    from ortools.graph.python import max_flow

    snk, src = int(net.tail[-1]), int(net.head[-1])
    solver = max_flow.SimpleMaxFlow()
    solver.add_arcs_with_capacity(net.tail[:-1].astype(np.int32), net.head[:-1].astype(np.int32), net.cap[:-1])
    if solver.solve(src, snk) != max_flow.SimpleMaxFlow.OPTIMAL:
        raise RuntimeError("maximum flow failed")
    gain = int(solver.optimal_flow())
    flow = np.append(np.asarray(solver.flows(np.arange(len(net.tail) - 1, dtype=np.int32)), dtype=np.int64), gain)
    return Result(flow, "optimal", -gain, 0)


def _route(
    unit_node: np.ndarray, unit_mover: np.ndarray, tails: np.ndarray, heads: np.ndarray, flow: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Move units of flow one arc on: units sitting at the arcs' tails leave along them (any pairing is valid).

    Units at nodes that are no arc's tail stay where they are. Returns (node, mover) per unit.
    """
    leaving = np.isin(unit_node, tails)
    stay_n, stay_m = unit_node[~leaving], unit_mover[~leaving]
    node, mover = unit_node[leaving], unit_mover[leaving]
    o1 = np.lexsort((mover, node))
    exit_tail, exit_head = np.repeat(tails, flow), np.repeat(heads, flow)
    o2 = np.argsort(exit_tail, kind="stable")
    if not np.array_equal(node[o1], exit_tail[o2]):
        raise AssertionError("flow does not balance at an aggregated node")
    return np.concatenate([stay_n, exit_head[o2]]), np.concatenate([stay_m, mover[o1]])


def _inside_arcs(
    elig: Eligibility, cu_cls: np.ndarray, cu_unit: np.ndarray, gu_keys: np.ndarray, n_u: int
) -> tuple[np.ndarray, np.ndarray]:
    """Arcs CU(c,u) → GU(g,u) for every ALL block (c,g) with positions of g in u: (CU index, GU index)."""
    blk_of_c = np.argsort(elig.blk_class, kind="stable")
    c_starts = np.searchsorted(elig.blk_class[blk_of_c], np.arange(elig.n_class + 1))
    cu_rep, slot = expand(c_starts, cu_cls)
    blk = blk_of_c[slot]
    want = elig.blk_group[blk] * n_u + cu_unit[cu_rep]
    at = np.minimum(np.searchsorted(gu_keys, want), max(len(gu_keys) - 1, 0))
    hit = (gu_keys[at] == want) if len(gu_keys) else np.zeros(len(want), bool)
    return cu_rep[hit], at[hit]


def _leaving_side(
    inst: Instance,
    pos_u: np.ndarray,
    n_u: int,
    crossing: tuple[np.ndarray, np.ndarray, np.ndarray, int],
    direct: tuple[np.ndarray, np.ndarray, np.ndarray],
) -> Side | None:
    """Side rows of stage 1 under ``maks_pindah_per_unit``: people leaving each unit (counted arcs); None without it.

    ``crossing``: (unit row, arc) of the CU → C arcs, then the unit row of each due movers' arc (−1: not
    counted) and the index of the first. A staff floor needs no row: both stage-1 networks keep it
    (:func:`_chain_network`, :func:`_seat_network`).
    """
    if inst.max_moves_per_unit is None:
        return None
    due_rows, first = crossing[2], crossing[3]
    counted = np.flatnonzero(due_rows >= 0)
    rows, arcs = [crossing[0], due_rows[counted]], [crossing[1], first + counted]
    arc_e, arc_p, arc_idx = direct  # direct and pin arcs: mover, position, arc index
    cross = np.flatnonzero(pos_u[inst.mover_pos[arc_e]] != pos_u[arc_p])
    rows.append(pos_u[inst.mover_pos[arc_e[cross]]])
    arcs.append(arc_idx[cross])
    r, a = np.concatenate(rows), np.concatenate(arcs)
    limit = float(inst.max_moves_per_unit)
    return Side(r, a, np.ones(len(a)), np.full(n_u, -np.inf), np.full(n_u, limit))


def stage1_limits(
    inst: Instance, elig: Eligibility, pins: tuple[np.ndarray, np.ndarray, np.ndarray], *, rotation: bool = True
) -> tuple[np.ndarray, Result]:
    """Maximum fill under unit limits on the class network with per-unit class nodes: a MILP (GLOP's LP
    first, see :func:`~asn_mutasi.planning.netsolve.solve_milp`) under ``maks_pindah_per_unit``, else
    one min-cost flow (a staff floor is kept by the network itself).

    Nodes: movers; CU (class, unit of the mover's post); C (class); G (group); GU (group,
    unit); the due movers' nodes (:mod:`asn_mutasi.planning.rotation`); positions; sink. A class
    move either stays inside the unit (CU → GU → p) or crosses it (CU → C → G → p); only the
    CU → C arcs (and direct arcs between units, and the due movers' leaving arcs) count against
    ``maks_pindah_per_unit``. A crossing path may also end inside the unit (it is then counted
    although it does not leave), but the same move has an inside path that is not counted, so
    the optimum is that of the exact count. With rotation costs (solved here with or without
    limits) a due mover's class paths never lead back to its own position: the primary is exact.
    """
    m, P = len(inst.movers), len(inst.k)
    pos_u, n_u = inst.units()
    pinned = inst.pinned()
    # movers with no eligible move can only stay: their unit of supply sits on their post (fewer MILP columns)
    stuck = ~pinned & ~elig.has_arc()
    fixed = inst.fixed + np.bincount(inst.mover_pos[stuck], minlength=P)
    free = np.flatnonzero(~pinned & ~stuck)
    due = due_movers(inst, elig, free) if rotation else np.zeros(0, np.int64)
    in_cls = free[(elig.emp_class[free] >= 0) & ~np.isin(free, due)]
    cu_key = elig.emp_class[in_cls] * n_u + pos_u[inst.mover_pos[in_cls]]
    cu_keys, cu_of = np.unique(cu_key, return_inverse=True)
    cu_cls, cu_unit = cu_keys // n_u, cu_keys % n_u
    grp_pos = np.flatnonzero(elig.pos_group >= 0)
    gu_key = elig.pos_group[grp_pos] * n_u + pos_u[grp_pos]
    gu_keys, gu_of = np.unique(gu_key, return_inverse=True)
    in_t, in_h = _inside_arcs(elig, cu_cls, cu_unit, gu_keys, n_u)
    n_cu, n_gu, C, G = len(cu_keys), len(gu_keys), elig.n_class, elig.n_group
    o_cu, o_c, o_g, o_gu = m, m + n_cu, m + n_cu + C, m + n_cu + C + G
    dn = due_nodes(inst, elig, due, pos_u, n_u, gu_keys)
    o_p = o_gu + n_gu + dn.n_nodes
    sink = o_p + P
    dmask = ~pinned[elig.dir_emp] if len(elig.dir_emp) else np.zeros(0, bool)
    de, dp = elig.dir_emp[dmask], elig.dir_pos[dmask]
    pe, pp, _ = pins
    parts = [
        (free, o_p + inst.mover_pos[free], np.ones(len(free))),  # stay
        (in_cls, o_cu + cu_of, np.ones(len(in_cls))),  # mover -> CU
        (o_cu + np.arange(n_cu), o_c + cu_cls, np.full(n_cu, m)),  # crossing (counted)
        (o_cu + in_t, o_gu + in_h, np.full(len(in_t), m)),  # inside
        (o_c + elig.blk_class, o_g + elig.blk_group, np.full(len(elig.blk_class), m)),
        (o_g + elig.pos_group[grp_pos], o_p + grp_pos, np.full(len(grp_pos), m)),
        (o_gu + gu_of, o_p + grp_pos, np.full(len(grp_pos), m)),
        (de, o_p + dp, np.ones(len(de))),
        (pe, o_p + pp, np.ones(len(pe))),
    ]
    due_parts, due_rows = dn.parts(o_gu + n_gu, o_g, o_gu, o_p, m)
    parts += due_parts  # 9: mover -> X, then the due movers' class arcs (10 ...)
    stay_cost = inst.stay_primary[free] if rotation else np.zeros(len(free), np.int64)
    chains = not stay_cost.any() and not len(pe)
    arcs = tuple(np.concatenate([part[k] for part in parts]).astype(np.int64) for k in range(3))
    if chains:
        net = _chain_network(inst, arcs, len(free), o_p, sink)
    else:
        net = _seat_network(inst, arcs, stay_cost, (~stuck, fixed), (o_p, sink))
    offs = np.cumsum([0] + [len(t) for t, _, _ in parts])
    de_pe = (np.concatenate([de, pe]), np.concatenate([dp, pp]))
    idx = np.concatenate([offs[7] + np.arange(len(de)), offs[8] + np.arange(len(pe))])
    crossing = (cu_unit, offs[2] + np.arange(n_cu), np.concatenate(due_rows), offs[9])
    side = _leaving_side(inst, pos_u, n_u, crossing, (*de_pe, idx))
    # without a leaving limit nothing but the network is left (a staff floor is inside it): one min-cost flow
    if side is None:
        res = solve_flow(net, 1)
    else:
        # pins or rotation stay costs keep stage 1 off the chain network: its MILP starts from a plan (the rotation
        # run started from none, found none when stopped early and fell back to the plan without rotation; plan9)
        started = bool(len(pe)) or bool(stay_cost.any())
        res = _stage1_milp(inst, net, side, chains, _start_costs(inst, net, offs, free) if started else None)
    if chains:
        res = _from_chains(inst, res, len(free))
    stays = int(inst.stay_primary[stuck].sum()) if rotation else 0
    _raise_unsolved(inst, elig, pins, res, stays)
    units = _entered(res.flow, offs, (in_cls, o_cu + cu_of), (dn.movers, o_gu + n_gu + dn.x_of))
    target = _limits_targets(inst, res.flow, net, offs, ((de, dp), (pe, pp)), units, (o_p, sink))
    return target, _with_stays(res, stays)


def _start_costs(inst: Instance, net: Network, offs: np.ndarray, free: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(pin arcs, cost per arc) of :func:`_stage1_milp`'s start: the stay arcs (first) carry the rotation stay costs
    under ``rotasi_wajib``. The rotation run's own network has them in its primary already (its start is a plan of
    the same network and rows, the costs only order it); the run without them stands in for the rotation run when
    that finds no plan in time (:func:`_stage1_in_time`): its start then rotates the due people it can."""
    pin_arc = np.zeros(len(net.tail), bool)
    pin_arc[offs[8] : offs[9]] = True
    lean = np.zeros(len(net.tail), np.int64)
    lean[: len(free)] = inst.stay_primary[free]
    return pin_arc, lean


def _stage1_milp(
    inst: Instance, net: Network, side: Side, chains: bool, pinned: tuple[np.ndarray, np.ndarray] | None
) -> Result:
    """Stage 1 under ``maks_pindah_per_unit``: the MILP of ``net`` with the unit rows ``side``.

    ``chains``: ``net`` is the chain network, whose maximum flow without the rows starts the LP's column generation.
    ``pinned`` (stage 1 with pins or rotation stay costs, off the chain network; None otherwise): the pin arcs and a
    cost per arc to order the relaxation's optima by (the rotation stay costs, or zeros); the MILP then starts from a plan, the relaxation's
    optimum with the fewest counted moves (then that cost) brought within the limits (:func:`_repaired`), else the
    fewest counted moves (:func:`_pinned_start`), and a time limit returns the better of it and what the MILP found.

    Stopped at the time limit, the bound is the better of the MILP's dual bound and the optimum of ``net`` without
    the rows (one min-cost flow, exact): every plan within the limits is a plan of that relaxation, pins and staff
    floor included. The dual bound alone was often none: "batas atas" read every vacancy, the gap "-" (plan8, h32)."""
    known = relaxed = None
    if pinned is not None:
        pin_arc, lean = pinned
        counted = np.zeros(len(net.tail), np.int64)
        counted[side.arc[side.coef != 0]] = 1  # among the relaxation's optima, the fewest moves out of units
        lex = replace(net, secondary=counted + lean)
        # a unit of supply passes one counted arc or one stay arc at most: W above any secondary total
        weight = int(np.abs(net.supply).sum()) * (1 + int(lean.max(initial=0))) + 1
        relaxed = solve_flow(lex, weight)
        known = _repaired(lex, side, relaxed, pin_arc, weight)
        known = _pinned_start(net, side) if known is None else known
    first = _first_columns(net) if chains else None
    res = solve_milp(net, side, inst.milp_time_limit, start=first, incumbent=known)
    if res.status != "batas-waktu":
        return res
    return _relaxation_bound(res, solve_flow(net, 1) if relaxed is None else relaxed)


def _relaxation_bound(res: Result, relaxed: Result) -> Result:
    """``res`` (stopped at its time limit) bounded by ``relaxed``, the optimum of its network without the side rows,
    where that is the tighter bound (its gap then measured against it, as HiGHS measures its own)."""
    if relaxed.status != "optimal":
        return res
    low = float(relaxed.primary)
    if res.bound_primary is not None and math.isfinite(res.bound_primary) and res.bound_primary >= low:
        return res
    gap = abs(res.primary - low) / max(abs(res.primary), 1) if res.flow.any() else None
    return replace(res, bound_primary=low, gap=gap, bound_relaxed=True)


#: rounds of :func:`_repaired` (each caps at least one more unit; a start not found by then is the fewest moves')
_REPAIR_ROUNDS = 12


def _repaired(net: Network, side: Side, relaxed: Result, keep: np.ndarray, weight: int) -> np.ndarray | None:
    """A plan of ``net`` within the unit rows ``side``, from ``relaxed`` (its optimum without them, cost
    ``weight``·primary + secondary), or None.

    While some unit's counted arcs carry more than its limit, each such arc is capped at what it carried, the unit's
    ``keep`` arcs (pins) first, then the largest flows, until the unit's limit is used up, and the network is solved
    again: the fill the dropped moves gave up is refilled by moves the limits leave room for (inside units, or out of
    units under their limit). A capped unit never exceeds its limit again, so every round caps a new one. The fewest
    counted moves (:func:`_pinned_start`) miss such a plan where it exists, and the MILP stopped at once returned a
    plan far below the maximum (20k bench, pins, limit 1: fill 203 where the plan without pins reached 286)."""
    if relaxed.status != "optimal":
        return None
    one = side.coef == 1  # (stage 1's rows count each leaving move once)
    rows, arcs = side.row[one], side.arc[one]
    cap, flow = net.cap.copy(), relaxed.flow
    for _ in range(_REPAIR_ROUNDS):
        if feasible_in_integers(net, side, flow):
            return flow
        over = (np.bincount(rows, weights=flow[arcs], minlength=len(side.hi)) > side.hi)[rows]
        r, a = rows[over], arcs[over]
        o = np.lexsort((a, -flow[a], ~keep[a], r))
        r, a = r[o], a[o]
        f = flow[a]
        before = np.cumsum(f) - f
        _, head, of = np.unique(r, return_index=True, return_inverse=True)
        before -= before[head][of]  # carried by the unit's arcs ahead of each one
        cap[a] = np.clip(side.hi[r] - before, 0, f).astype(np.int64)
        res = solve_flow(replace(net, cap=cap), weight)
        if res.status != "optimal":
            return None
        flow = res.flow
    return flow if feasible_in_integers(net, side, flow) else None


def _with_stays(res: Result, stays: int) -> Result:
    """``res`` with the primary cost of stays that are no arcs (movers with no eligible move) added."""
    if not stays:
        return res
    bound = None if res.bound_primary is None else res.bound_primary + stays
    return replace(res, primary=res.primary + stays, bound_primary=bound)


class NoPlanInTime(InfeasiblePlanError):
    """Stage 1 found no plan within ``batas_waktu_milp_detik``; ``bound``: the solver's proven bound of its primary
    (None: none proven)."""

    def __init__(self, message: str, bound: float | None) -> None:
        super().__init__(message)
        self.bound = bound


def _raise_unsolved(
    inst: Instance, elig: Eligibility, pins: tuple[np.ndarray, np.ndarray, np.ndarray], res: Result, stays: int
) -> None:
    """Pins that cannot hold, or no plan within the MILP's time limit: say so (``stays``: the primary of the stays
    that are no arcs, which the bound leaves out)."""
    if res.status == "infeasible":
        raise PinError("Rencana tidak dapat disusun: " + _pin_diagnosis(inst, pins, elig))
    if res.status == "batas-waktu" and not res.flow.any():
        raise NoPlanInTime(
            f"Solver MILP tidak menemukan rencana dalam batas waktu {inst.milp_time_limit:g} detik; "
            "naikkan [rencana] batas_waktu_milp_detik atau longgarkan batasan per unit",
            None if res.bound_primary is None else res.bound_primary + stays,
        )


def _entered(
    flow: np.ndarray, offs: np.ndarray, cu: tuple[np.ndarray, np.ndarray], x: tuple[np.ndarray, np.ndarray]
) -> tuple[np.ndarray, np.ndarray]:
    """(node, mover) of every unit of flow that entered the class network: at its CU node or its X node."""
    a = np.flatnonzero(flow[offs[1] : offs[2]] > 0)
    b = np.flatnonzero(flow[offs[9] : offs[10]] > 0)
    return np.concatenate([cu[1][a], x[1][b]]), np.concatenate([cu[0][a], x[0][b]])


def _first_columns(net: Network) -> np.ndarray:
    """Where the stage-1 LP under ``maks_pindah_per_unit`` starts its column generation (see
    :mod:`~asn_mutasi.planning.colgen`): a maximum flow of the chain network without the side rows,
    over the arcs that cost nothing. A chain that starts where it empties a kebutuhan seat (+1, under
    ``min_pegawai_per_unit``) is left out: with it the flow took 14,978 such starts at 100k and the
    LP needed 32 rounds (11.8 s) instead of 25 (5.5 s)."""
    return chain_flow(replace(net, cap=np.where(net.primary > 0, 0, net.cap))).flow


def _pinned_start(net: Network, side: Side) -> np.ndarray | None:
    """A plan of the stage-1 seat network (with pins) for its MILP to start from, or None.

    Pins keep stage 1 off the chain network, whose maximum flow is the MILP's start otherwise, and a MILP with no
    plan to start from could end its time limit with none: the command failed (exit 4) although the pins were
    accepted. The start is one min-cost flow without the side rows: the fewest moves that count against
    ``maks_pindah_per_unit`` (the pins, and what makes room for them), among those the most kebutuhan seats
    filled; it is a plan when it keeps every unit's limit, checked here (where it does not, None: no start)."""
    counted = np.zeros(len(net.tail), np.int64)
    counted[side.arc[side.coef != 0]] = 1
    weight = int(net.cap @ np.abs(net.primary)) + 1  # more than the seats' whole primary: fewest counted moves first
    res = solve_flow(replace(net, primary=counted, secondary=net.primary), weight)
    if res.status != "optimal" or not feasible_in_integers(net, side, res.flow):
        return None
    return res.flow


def _seat_network(
    inst: Instance,
    arcs: tuple[np.ndarray, ...],
    stay_cost: np.ndarray,
    supply: tuple[np.ndarray, np.ndarray],
    nodes: tuple[int, int],
) -> Network:
    """Stage 1 as a min-cost flow: ``arcs`` (tail, head, capacity; the stay arcs first, costing
    ``stay_cost``) plus the seat arcs; every mover with ``supply[0]`` is one unit of supply,
    ``supply[1]`` the holders placed on each position. A staff floor (``min_pegawai_per_unit``)
    is kept by the seat arcs through unit nodes (:func:`_seat_arcs`): no side row."""
    (o_p, sink), (has_supply, fixed) = nodes, supply
    m, P = len(inst.movers), len(inst.k)
    st, sh, sc, s_prim, _, extra = _seat_arcs(inst, o_p, sink)
    tail, head, cap = (np.concatenate([a, b]).astype(np.int64) for a, b in zip(arcs, (st, sh, sc), strict=True))
    n_move = len(arcs[0])
    prim = np.concatenate([stay_cost, np.zeros(n_move - len(stay_cost), np.int64), s_prim]).astype(np.int64)
    to_sink = -(m + int(inst.fixed.sum())) - int(extra.sum())
    supply_all = np.concatenate([has_supply.astype(float), np.zeros(sink - m - P), fixed, [to_sink], extra])
    n = sink + 1 + len(extra)
    return Network(n, tail, head, cap, prim, np.zeros(len(tail), np.int64), supply_all.astype(np.int64))


def _chain_network(inst: Instance, arcs: tuple[np.ndarray, ...], n_stay: int, o_p: int, sink: int) -> Network:
    """Stage 1 as move chains (see :func:`chain_flow`): a circulation, for the max flow and the LP alike.

    ``arcs`` (tail, head, capacity) start with the ``n_stay`` stay arcs, which are reversed
    (own position → mover: the mover leaves); S → surplus positions and vacant positions →
    T carry the chains' ends, and the last arc T → S (primary −1) counts them. Only the
    chains carry flow instead of every person, and stay and seat arcs vanish: same optimum,
    and on the 100k bench roster with a leaving limit of 1 GLOP took 8.8 s instead of 31 s.
    Used without stay costs or pins.

    Under ``min_pegawai_per_unit`` it also keeps the staff floor in the network itself, with no side row.

    A unit's staff after the plan is its staff before, plus the chains ending at its positions
    (p → T), minus the chains starting there (S → p). Every start of unit u is routed S → U(u) → p
    and every end p → V(u) → T, with V(u) → U(u) uncapacitated: a chain ending in the unit pays
    for one starting there, and S → U(u) carries at most ``staff before − min(min_pegawai_per_unit,
    staff before)``, the staff the unit may lose. Any plan keeping every unit's staff routes
    so (route min(starts, ends) through V(u) → U(u)) and any flow is such a plan, so the
    network is exact, and integral without side rows.

    Starts are also allowed at positions that hold any of their kebutuhan (U(u) → p, capacity
    ``min(holders, kebutuhan)``, primary +1): such a chain empties a kebutuhan seat where its
    end fills one, so it never raises the fill by itself, but it moves a person between units,
    which may let another unit give up someone whose move does raise it. So a position's
    headcount may end anywhere from 0 to max(kebutuhan, holders), as in the seat network, and
    at an optimum the fill gained is Σ ends − Σ such starts (the ends carry the primary −1 here,
    on p → V(u); a surplus position's free start arc is used before its depleting one).
    """
    src, snk = sink, sink + 1
    tail, head = arcs[0].copy(), arcs[1].copy()
    tail[:n_stay], head[:n_stay] = arcs[1][:n_stay], arcs[0][:n_stay]
    surplus, vacant = np.flatnonzero(inst.b > inst.k), np.flatnonzero(inst.k > inst.b)
    gain_cap = max(int((inst.k - inst.b)[vacant].sum()), 0)
    if inst.min_staff_per_unit is None:
        tail = np.concatenate([tail, np.full(len(surplus), src), o_p + vacant, [snk]])
        head = np.concatenate([head, o_p + surplus, np.full(len(vacant), snk), [src]])
        cap = np.concatenate([arcs[2], (inst.b - inst.k)[surplus], (inst.k - inst.b)[vacant], [gain_cap]])
        prim = np.zeros(len(tail), np.int64)
        prim[-1] = -1
        zeros = np.zeros(len(tail), np.int64)
        return Network(snk + 1, tail, head, cap.astype(np.int64), prim, zeros, np.zeros(snk + 1, np.int64))
    pos_u, n_u = inst.units()
    before, floor = inst.staff_floor()
    may_lose = before - floor
    held = np.minimum(inst.b, inst.k)
    kept = np.flatnonzero(held > 0)
    o_u, o_v = snk + 1, snk + 1 + n_u
    units = np.arange(n_u)
    big = max(int(inst.b.sum()), 1)
    parts = [
        (o_u + pos_u[surplus], o_p + surplus, (inst.b - inst.k)[surplus], 0),  # a chain starts at a surplus post
        (o_p + vacant, o_v + pos_u[vacant], (inst.k - inst.b)[vacant], -1),  # and ends at a vacant one
        (o_u + pos_u[kept], o_p + kept, held[kept], 1),  # a chain starts where it empties a kebutuhan seat
        (np.full(n_u, src), o_u + units, may_lose, 0),  # the staff each unit may lose
        (o_v + units, o_u + units, np.full(n_u, big), 0),  # an end in the unit pays for a start there
        (o_v + units, np.full(n_u, snk), np.full(n_u, big), 0),
        (np.array([snk]), np.array([src]), np.array([big]), 0),
    ]
    tail = np.concatenate([tail, *(t for t, _, _, _ in parts)]).astype(np.int64)
    head = np.concatenate([head, *(h for _, h, _, _ in parts)]).astype(np.int64)
    cap = np.concatenate([arcs[2], *(c for _, _, c, _ in parts)]).astype(np.int64)
    prim = np.concatenate([np.zeros(len(arcs[2]), np.int64), *(np.full(len(t), k, np.int64) for t, _, _, k in parts)])
    n = o_v + n_u
    return Network(n, tail, head, cap, prim, np.zeros(len(tail), np.int64), np.zeros(n, np.int64))


def _from_chains(inst: Instance, res: Result, n_stay: int) -> Result:
    """The chain solution in the seat network's terms: primary −(kebutuhan seats held), stay arcs carrying stayers."""
    flow = res.flow.copy()
    if len(flow):
        flow[:n_stay] = 1 - flow[:n_stay]
    gain = -res.primary
    bound = None if res.bound_primary is None else res.bound_primary - base_seats(inst)
    return replace(res, flow=flow, primary=-(base_seats(inst) + gain), secondary=0, bound_primary=bound)


def _limits_targets(
    inst: Instance,
    f: np.ndarray,
    net: Network,
    offs: np.ndarray,
    direct: tuple[tuple[np.ndarray, np.ndarray], ...],
    units: tuple[np.ndarray, np.ndarray],
    pos_nodes: tuple[int, int],
) -> np.ndarray:
    """Target per mover from the stage-1 flow: direct and pin arcs, then class units walked to positions.

    The class arcs (parts 2-6 and the due movers' from part 10 on) form a DAG; units are walked out of
    the nodes in order of their depth (longest path from where units entered), so every unit has
    arrived at a node before its units leave it: CU; C and GU; G (and the due movers' nodes, trees
    one level a step).
    """
    target = inst.mover_pos.copy()
    for k, (e_arr, h_arr) in zip((7, 8), direct, strict=True):
        used = np.flatnonzero(f[offs[k] : offs[k + 1]] > 0)
        target[e_arr[used]] = h_arr[used]
    node, mover = units
    sel = np.concatenate([np.arange(offs[j], offs[j + 1]) for j in [2, 3, 4, 5, 6, *range(10, len(offs) - 1)]])
    sel = sel[f[sel] > 0]
    tails, heads, flow = net.tail[sel], net.head[sel], f[sel]
    depth = np.full(net.n_nodes, -1, np.int64)
    depth[node] = 0
    while True:
        reached = depth[tails] >= 0
        new = depth.copy()
        np.maximum.at(new, heads[reached], depth[tails[reached]] + 1)
        if np.array_equal(new, depth):
            break
        depth = new
    for d in range(int(depth[tails].max(initial=-1)) + 1):
        step = depth[tails] == d
        node, mover = _route(node, mover, tails[step], heads[step], flow[step])
    o_p, sink = pos_nodes
    if len(node) and (node.min() < o_p or node.max() >= sink):
        raise AssertionError("a class unit did not reach a position")
    target[mover] = node - o_p
    return target


def _pin_diagnosis(inst: Instance, pins: tuple[np.ndarray, np.ndarray, np.ndarray], elig: Eligibility) -> str:
    incoming = np.bincount(pins[1], minlength=len(inst.k))
    stuck = ~elig.has_arc() & ~inst.pinned()
    held = inst.fixed + np.bincount(inst.mover_pos[stuck], minlength=len(inst.k))
    over = np.flatnonzero(incoming + held > np.maximum(inst.k, inst.b))
    if len(over):
        t = int(over[0])
        return (
            f"jabatan '{inst.pos_codes[t]}' menerima {incoming[t]} pegawai yang dipin padahal kapasitas "
            f"{max(inst.k[t], inst.b[t])} dan {held[t]} pemangku tidak dapat dipindah"
        )
    limits = [
        text
        for text, on in (
            ("maks pindah per unit", inst.max_moves_per_unit is not None),
            ("min pegawai per unit", inst.min_staff_per_unit is not None),
        )
        if on
    ]  # name the limits that are set (a staff floor alone was called "batas per unit")
    which = " dan ".join(limits) if limits else "batasan rencana"
    return f"{len(pins[0])} mutasi terkunci (--kunci) tidak dapat dipenuhi bersama {which}"


def _stage2_network(
    inst: Instance, arc_e: np.ndarray, arc_p: np.ndarray, arc_sec: np.ndarray
) -> tuple[Network, Side | None, int]:
    m, P = len(inst.movers), len(inst.k)
    sink = m + P
    pinned = inst.pinned()
    free = np.flatnonzero(~pinned)
    st, sh, sc, sp, ss, extra = _seat_arcs(inst, m, sink)  # a staff floor is kept by the seat arcs
    a = len(arc_e)
    tail = np.concatenate([arc_e, free, st]).astype(np.int64)
    head = np.concatenate([m + arc_p, m + inst.mover_pos[free], sh]).astype(np.int64)
    cap = np.concatenate([np.ones(a + len(free)), sc]).astype(np.int64)
    prim = np.concatenate([np.zeros(a, np.int64), inst.stay_primary[free], sp]).astype(np.int64)
    sec = np.concatenate([arc_sec, np.zeros(len(free), np.int64), ss]).astype(np.int64)
    to_sink = -(m + int(inst.fixed.sum())) - int(extra.sum())
    supply = np.concatenate([np.ones(m), inst.fixed, [to_sink], extra]).astype(np.int64)
    net = Network(sink + 1 + len(extra), tail, head, cap, prim, sec, supply)
    side = None
    if inst.max_moves_per_unit is not None:
        pos_u, n_u = inst.units()
        cross = np.flatnonzero(pos_u[inst.mover_pos[arc_e]] != pos_u[arc_p])
        rows, limit = pos_u[inst.mover_pos[arc_e[cross]]], float(inst.max_moves_per_unit)
        side = Side(rows, cross, np.ones(len(cross)), np.full(n_u, -np.inf), np.full(n_u, limit))
    return net, side, a


#: why the secondary under ``maks_pindah_per_unit`` is optimal over R only, when the LP of
#: :mod:`asn_mutasi.planning.limited` is not used (stage 1 not proven, no HiGHS binding, its time limit)
_MILP_OVER_R = "urutan kedua diselesaikan dengan MILP atas busur pindah langsung dan pindah tahap 1 saja"


def solve_exact(
    inst: Instance, elig: Eligibility, *, preference: PreferenceCost | None = None
) -> tuple[Instance, Solution, ExactInfo]:
    """Solve both stages; return the instance with its person→position arcs, the solution, and the proof."""
    if preference is not None:
        # one mover may take an arc charged +maximum_abs (unwilling) in one plan and one rewarded −minimum (a choice)
        # in another: the weight counts both (with max(|·|) alone, 3 weights of aspiration beat W's 2 per mover)
        inst.pref_spread = int(preference.maximum_abs) + max(0, -int(preference.minimum))
    pins = pin_arcs(inst, elig)
    target1, r1, plain = _stage1_in_time(inst, elig, pins)  # checks its primary against the decoded plan's
    (bound, basis), unproven = _free_fill_bound(inst, elig, pins, target1, r1, plain)
    info = ExactInfo(
        batas_atas_pengisian=bound,
        dasar_batas_atas=basis,
        status=r1.status,
        sekunder_terbukti=inst.max_moves_per_unit is None,
        busur_kelas=len(elig.blk_class),
        busur_langsung=len(elig.dir_emp),
        pasangan_dinilai=elig.pairs_scored,
        celah=r1.gap,
    )
    info.pengisian_terbukti = r1.status == "optimal" and not unproven
    info.notes += unproven
    info.batas_atas_tanpa_kunci = bound_without_pins(inst, elig) if info.pengisian_terbukti else None
    milp = inst.max_moves_per_unit is not None  # the leaving limit is no network: stage 2 is an LP with side rows
    m = len(inst.movers)
    s2: Stage2 | None = None
    begun = time.perf_counter()
    if milp and r1.status == "optimal":  # stage 1's primary (fill, with rotasi_wajib less the stay costs) is proven
        s2 = solve_limited(
            inst, elig, pins, target1, _costing(inst, elig, preference), lambda s: _seat_arcs(inst, m, s)
        )
    if milp and s2 is None:
        limit = inst.milp_time_limit  # what the LP above left of it (it may have spent it)
        if limit is not None and r1.status == "optimal" and time.perf_counter() - begun >= limit:
            info.waktu_sekunder_habis = True  # the LP gave up for time, not for want of a binding: say so
            info.notes.append(
                f"batas waktu [rencana] batas_waktu_milp_detik ({format_number(limit)} detik) habis sebelum urutan "
                "kedua terbukti optimal atas semua pasangan; naikkan batas itu untuk membuktikannya"
            )
        limit = None if limit is None else max(1.0, limit - (time.perf_counter() - begun))
        arcs, target, moved_arc, r2 = _stage2_milp(inst, elig, pins, target1, preference, r1.status == "optimal", limit)
        info.busur_tahap2 = len(arcs)
        info.notes.append(_MILP_OVER_R)
    else:
        if s2 is None:
            costing = _costing(inst, elig, preference)
            s2 = solve_stage2(inst, elig, pins, target1, costing, _seat_arcs(inst, m, m + len(inst.k) + elig.n_sub))
        arcs, target, moved_arc, r2 = s2.arcs, s2.target, s2.moved_arc, s2.result
        info.putaran_harga, info.busur_tahap2, info.pasangan_harga = s2.rounds, s2.n_arcs, s2.scored
        info.sekunder_terbukti, info.harga_terpotong = s2.proven, s2.stopped
        info.notes += s2.notes
        if s2.stopped:
            info.notes.append(
                f"pemeriksaan optimalitas dihentikan setelah {format_number(info.pasangan_harga)} pasangan pegawai-jabatan dinilai (batas "
                f"[rencana] {s2.budget_key} = {format_number(s2.budget)}); naikkan batas itu untuk membuktikannya (lebih lama)"
            )
    if r2.status != "optimal":
        info.status = r2.status
        info.celah = r2.gap if r2.gap is not None else info.celah
    inst.arc_emp, inst.arc_pos, inst.arc_skor, inst.arc_secondary = arcs.e, arcs.t, arcs.skor, arcs.cost
    _, primary, secondary = evaluate(inst, target, moved_arc)
    if info.status == "optimal" and primary != r1.primary + base_seats(inst):
        # stage 1 proved the primary's optimum over all pairs (and checked it against its own plan): a stage 2
        # that reaches another value says the proof does not hold, never "optimal (terbukti)"
        raise AssertionError(
            f"the plan's primary {primary} is not stage 1's proven optimum {r1.primary + base_seats(inst)}"
        )
    if inst.stay_primary.any():
        info.batas_atas_dengan_rotasi = rotation_bound(inst, target, r1, bound)
    solver = "milp" if milp else "min-cost-flow"
    if info.status != "optimal":
        solver += " (batas waktu tercapai; belum terbukti optimal)"
    return inst, Solution(target, moved_arc, primary, secondary, solver), info


def _stage1_in_time(
    inst: Instance, elig: Eligibility, pins: tuple[np.ndarray, np.ndarray, np.ndarray]
) -> tuple[np.ndarray, Result, tuple[np.ndarray, Result] | None]:
    """:func:`stage1`, and the stage 1 without rotation costs where it stood in (else None).

    Under ``rotasi_wajib`` a stage 1 that finds no plan within ``batas_waktu_milp_detik`` (its MILP has stay costs,
    no start) ended the command with exit 4, while a time limit's contract is the plan found and its gap. The plan of
    stage 1 without rotation costs holds the same pins and unit limits (its chain network starts from a flow and
    is solved by column generation): it stands in, its primary with the stay costs, stopped at the time limit with
    the rotation run's proven bound (plan3, h31)."""
    try:
        target, res = stage1(inst, elig, pins)
        return target, res, None
    except NoPlanInTime as stopped:
        if not inst.stay_primary.any():
            raise
        low = stopped.bound
    target, plain = stage1(inst, elig, pins, rotation=False)
    primary = plain.primary + int(inst.stay_primary[target == inst.mover_pos].sum())
    gap = None if low is None or not math.isfinite(low) else abs(primary - low) / max(abs(primary), 1)
    return target, Result(plain.flow, "batas-waktu", primary, 0, low, gap), (target, plain)


#: the note of a plan whose rotation stage 1 found none in time (:func:`_stage1_in_time`)
_ROTATION_UNSOLVED = (
    "tahap 1 dengan wajib rotasi tidak menemukan rencana dalam batas waktu [rencana] batas_waktu_milp_detik; "
    "rencana bertolak dari pengisian maksimum tanpa wajib rotasi, belum terbukti optimal untuk rotasi; naikkan batas "
    "itu untuk membuktikannya"
)


def _free_fill_bound(
    inst: Instance,
    elig: Eligibility,
    pins: tuple[np.ndarray, np.ndarray, np.ndarray],
    target1: np.ndarray,
    r1: Result,
    plain: tuple[np.ndarray, Result] | None = None,
) -> tuple[tuple[int, str | None], list[str]]:
    """``batas_atas_pengisian`` (:func:`fill_bound`): from stage 1, or under ``rotasi_wajib`` from one more stage 1
    without rotation costs (``plain``, where it stood in for a rotation run that found no plan in time, with that
    note); with the note that this second run stopped at its time limit while the first was proven
    (its bound is then the solver's dual bound, no proven maximum: a proven rotation plan compared with it claimed a
    loss "keduanya terbukti" that may not exist; review3, h30)."""
    if not inst.stay_primary.any():
        return fill_bound(inst, target1, r1), []
    if plain is not None:
        return fill_bound(inst, *plain), [_ROTATION_UNSOLVED]
    target, res = stage1(inst, elig, pins, rotation=False)
    if res.status == "optimal" or r1.status != "optimal":  # (a stopped stage 1 is said by the status and gap)
        return fill_bound(inst, target, res), []
    limit = "" if inst.milp_time_limit is None else f" ({format_number(inst.milp_time_limit)} detik)"
    return fill_bound(inst, target, res), [
        "batas atas pengisian tanpa wajib rotasi belum terbukti maksimum: perhitungannya berhenti pada batas waktu "
        f"[rencana] batas_waktu_milp_detik{limit}, angkanya batas atas yang terbukti sampai saat itu; "
        "naikkan batas itu untuk "
        "membuktikannya"
    ]


def bound_without_pins(inst: Instance, elig: Eligibility) -> int | None:
    """The maximum fill with the same people, rules and limits but no pinned move; None without pins or unproven.

    A pin forces a move the analyst chose, and it may cost fill: the pinned person may be the only one who
    could take another vacancy, or the move may use up a unit's leaving limit. Stage 1 once more with every
    pinned person free (a stay arc and all eligible pairs, as anyone else) gives the fill the pins give up,
    so the plan can say so (``rencana-kunci-mengurangi-pengisian``). Costs one more stage 1, only with pins
    (under ``maks_pindah_per_unit`` one more MILP, with its own ``batas_waktu_milp_detik``; not proven in time:
    None).
    """
    return _proven_fill(replace(inst, pins={}, pin_rows={}), elig) if inst.pins else None


def bound_without_keeps(free: Instance, eligibility: Callable[[Instance], Eligibility]) -> int | None:
    """The maximum fill of ``free`` (the plan's instance built without ``keep``: the kept NIPs are movers) with the
    same pins, rules and limits; None when it is not proven (or a pin cannot hold, which the plan reported).

    ``eligibility`` gives the pairs of ``free``'s movers from the plan's own scoring context, so the kept people are
    scored as everyone else. Costs one more eligibility and stage 1, only with kept NIPs (100k bench roster, 20 kept:
    0.35-0.4 s; under ``maks_pindah_per_unit`` stage 1 is one more MILP with its own time limit).
    """
    return _proven_fill(free, eligibility(free))


def _proven_fill(inst: Instance, elig: Eligibility) -> int | None:
    """Stage 1 of ``inst`` with its own pins, without rotation costs (as ``batas_atas_pengisian``, so the bounds
    compare): the maximum fill, or None when it is not proven or the pins cannot hold."""
    try:
        target, result = stage1(inst, elig, pin_arcs(inst, elig), rotation=False)
    except InfeasiblePlanError:
        return None
    return filled(inst, target) if result.status == "optimal" else None


def _costing(inst: Instance, elig: Eligibility, preference: PreferenceCost | None) -> Costing:
    m = len(inst.movers)
    if preference is None:
        return Costing(inst, elig, None, np.zeros(m, np.int64), 0)
    default = np.asarray(preference.default(list(inst.movers)), dtype=np.int64)
    return Costing(inst, elig, preference, default, min(int(preference.minimum), int(default.min(initial=0))))


def _stage2_milp(
    inst: Instance,
    elig: Eligibility,
    pins: tuple[np.ndarray, np.ndarray, np.ndarray],
    target1: np.ndarray,
    preference: PreferenceCost | None,
    proven: bool,
    time_limit: float | None,
) -> tuple[Arcs, np.ndarray, np.ndarray, Result]:
    """Stage 2 with unit limits: the MILP over every exact (direct) arc, the stage-1 moves and the pins.

    Fill is still the proven maximum (R holds the stage-1 plan); the secondary is optimal
    over R only (``sekunder_terbukti`` is False), since a MILP gives no potentials to price with.
    When stage 1 was ``proven`` optimal and no stay arc carries a primary cost (rotation), the
    primary's minimum over R is known, −(kebutuhan seats the stage-1 plan holds): the MILP's
    first phase is skipped (:func:`~asn_mutasi.planning.netsolve.solve_milp`).
    """
    costing = _costing(inst, elig, preference)
    width = max(len(inst.k), 1)
    not_pin = ~inst.pinned()
    pe, pp, ps = pins
    dsel = not_pin[elig.dir_emp] if len(elig.dir_emp) else np.zeros(0, bool)
    direct = Arcs(elig.dir_emp[dsel], elig.dir_pos[dsel], elig.dir_skor[dsel], np.zeros(int(dsel.sum()), np.int64))
    direct.cost = costing.with_hook(direct.e, direct.t, direct.skor)
    moved = np.flatnonzero((target1 != inst.mover_pos) & not_pin)
    fresh = ~contains(direct.keys(width), moved * width + target1[moved])
    arcs = direct.plus(costing.exact(moved[fresh], target1[moved][fresh]))
    arcs = arcs.plus(Arcs(pe, pp, ps, costing.with_hook(pe, pp, ps))).sorted()
    net, side, a = _stage2_network(inst, arcs.e, arcs.t, arcs.cost)
    known = -seats_held(inst, target1) if proven and not inst.stay_primary.any() else None
    r2 = solve_milp(net, side, time_limit, primary_optimum=known)
    if r2.status == "infeasible":
        raise InfeasiblePlanError(
            "Rencana tidak dapat disusun: mutasi terkunci (--kunci) tidak dapat dipenuhi bersama batasan rencana"
        )
    used = np.flatnonzero(r2.flow[:a] > 0)
    if r2.status == "batas-waktu" and not r2.flow.any():  # no plan in the time limit: stage 1's, at maximum fill
        moved = np.flatnonzero(target1 != inst.mover_pos)
        used = np.searchsorted(arcs.keys(width), moved * width + target1[moved])  # arcs are sorted by (e, t)
    target = inst.mover_pos.copy()
    moved_arc = np.full(len(inst.movers), -1, dtype=np.int64)
    target[arcs.e[used]] = arcs.t[used]
    moved_arc[arcs.e[used]] = used
    return arcs, target, moved_arc, r2
