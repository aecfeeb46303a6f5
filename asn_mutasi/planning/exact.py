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
    between two. ``batas_atas_pengisian`` is this maximum fill (solved once more without
    the rotation term when ``rotasi_wajib`` is on).

Stage 2 — the best plan among maximum-fill plans (exact by pricing)
    Person-level costs (``biaya_pindah + 100 − skor``, a preference hook, surplus relief)
    differ inside a class, so stage 2 uses person → position arcs from a restricted set
    R: the moves stage 1 used (a class's units of flow are handed to its members in NIP
    order — any assignment is valid because every member is eligible for every position
    of an ALL block), every direct arc, and every stay arc. R contains a maximum-fill
    solution, so minimising W·primary + secondary over R (W larger than any secondary
    total over all arcs) reaches the maximum fill. To prove the secondary optimal over ALL
    pairs, node potentials d of the optimal residual network are computed
    (Bellman–Ford); a pair e→p outside R can improve the plan only if
    ``d[e] + c(e,p) < d[p]``. Since ``c(e,p) ≥ SCALE·(biaya_pindah + 100 − ub)`` with ub
    the block's score upper bound, whole (class, group) blocks are ruled out without
    scoring; the pairs of the remaining blocks are scored, violating ones join R and the
    flow is re-solved, until nothing prices out (``putaran_harga`` counts the rounds).
    With unit limits stage 2 is the MILP over R: fill is still the proven maximum; the
    secondary is optimal over R (``sekunder_terbukti`` says which).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

import numpy as np

from asn_mutasi.errors import InfeasiblePlanError
from asn_mutasi.planning.eligibility import Eligibility
from asn_mutasi.planning.netsolve import Network, Result, Side, potentials, solve_flow, solve_milp
from asn_mutasi.planning.network import SCALE, SKOR_TETAP, Instance
from asn_mutasi.planning.solver import Solution, evaluate

MAX_PRICING_ROUNDS = 50
PRICING_CHUNK = 400_000  #: candidate pairs scored at once while pricing (bounds memory)
ADD_PER_MOVER = 3  #: most violating pairs per mover added to R per pricing round
ADD_PER_POSITION = 10  #: ... and per position
SEED_PER_POSITION = 3  #: cheapest direct arcs per position put into R before pricing


class PreferenceCost(Protocol):
    """Per-(person, position) extra secondary cost (scaled ×100), e.g. from aspiration ranks.

    ``minimum`` must bound every value from below (pricing uses it for pairs not scored)
    and ``maximum_abs`` bound |value| (for the primary weight).
    """

    minimum: int
    maximum_abs: int

    def __call__(self, nips: list[str], codes: list[str]) -> np.ndarray: ...


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
    pasangan_harga: int = 0  #: pairs scored exactly while pricing (blocks the bounds could not rule out)
    celah: float | None = None
    notes: list[str] = field(default_factory=list)


def _units(inst: Instance) -> tuple[np.ndarray, int]:
    names = sorted(set(inst.pos_unit))
    idx = {u: i for i, u in enumerate(names)}
    return np.array([idx[u] for u in inst.pos_unit], dtype=np.int64), len(names)


def _pinned(inst: Instance) -> np.ndarray:
    out = np.zeros(len(inst.movers), dtype=bool)
    if inst.pins:
        idx = {n: i for i, n in enumerate(inst.movers)}
        out[[idx[n] for n in inst.pins if n in idx]] = True
    return out


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
        raise InfeasiblePlanError(
            f"Pin baris {inst.pin_rows.get(bad, '?')}: pegawai tidak layak untuk jabatan '{inst.pins[bad]}' "
            "(syarat pendidikan, kesetaraan, pengalaman, atau skor tidak ada / di bawah minimum)"
        )
    return es, ps, elig.score(es, ps)


def _seat_arcs(inst: Instance, first_pos_node: int, sink: int) -> tuple[np.ndarray, ...]:
    p = len(inst.k)
    over = np.maximum(inst.b - inst.k, 0)
    tail = np.concatenate([first_pos_node + np.arange(p), first_pos_node + np.arange(p)])
    head = np.full(2 * p, sink, np.int64)
    cap = np.concatenate([inst.k, over]).astype(np.int64)
    prim = np.concatenate([np.full(p, -1, np.int64), np.zeros(p, np.int64)])
    sec = np.concatenate([np.zeros(p, np.int64), np.full(p, inst.bonus_surplus, np.int64)])
    return tail, head, cap, prim, sec


def _min_staff_side(inst: Instance, seat_arc0: int, row0: int, pos_u: np.ndarray, n_u: int) -> Side | None:
    if inst.min_staff_per_unit is None:
        return None
    p = len(inst.k)
    before = np.bincount(pos_u, weights=inst.b, minlength=n_u)
    return Side(
        row=row0 + np.concatenate([pos_u, pos_u]),
        arc=seat_arc0 + np.arange(2 * p),
        coef=np.ones(2 * p),
        lo=np.minimum(float(inst.min_staff_per_unit), before),
        hi=np.full(n_u, np.inf),
    )


def _join(*sides: Side | None) -> Side | None:
    parts = [s for s in sides if s is not None]
    if not parts:
        return None
    return Side(
        row=np.concatenate([s.row for s in parts]),
        arc=np.concatenate([s.arc for s in parts]),
        coef=np.concatenate([s.coef for s in parts]),
        lo=np.concatenate([s.lo for s in parts]),
        hi=np.concatenate([s.hi for s in parts]),
    )


def _run(inst: Instance, net: Network, side: Side | None, weight: int) -> Result:
    if inst.limits:
        return solve_milp(net, side, inst.milp_time_limit)
    return solve_flow(net, weight)


def stage1(
    inst: Instance, elig: Eligibility, pins: tuple[np.ndarray, np.ndarray, np.ndarray], *, rotation: bool = True
) -> tuple[np.ndarray, Result]:
    """Maximum fill over all eligible pairs; returns (target per mover, solver result)."""
    m, C, G, P = len(inst.movers), elig.n_class, elig.n_group, len(inst.k)
    o_c, o_g, o_p, sink = m, m + C, m + C + G, m + C + G + P
    pinned = _pinned(inst)
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
    stay_cost = inst.stay_primary[free] if rotation else np.zeros(len(free), np.int64)
    n_before = sum(len(x) for x in parts_t)
    st, sh, sc, sp, ss = _seat_arcs(inst, o_p, sink)
    tail = np.concatenate([*parts_t, st]).astype(np.int64)
    head = np.concatenate([*parts_h, sh]).astype(np.int64)
    cap = np.concatenate([*caps, sc]).astype(np.int64)
    prim = np.concatenate([stay_cost, np.zeros(n_before - len(free), np.int64), sp]).astype(np.int64)
    sec = np.concatenate([np.zeros(n_before, np.int64), np.zeros(len(ss), np.int64)])
    supply = np.concatenate([np.ones(m), np.zeros(C + G), inst.fixed, [-(m + int(inst.fixed.sum()))]]).astype(np.int64)
    net = Network(sink + 1, tail, head, cap, prim, sec, supply)
    side = None
    if inst.limits:
        pos_u, n_u = _units(inst)
        sides: list[Side | None] = []
        if inst.max_moves_per_unit is not None:
            # crossing arcs: class(u) -> group(u') with u != u', and direct arcs between units
            cls_u = np.full(C, -1, np.int64)
            cls_u[elig.emp_class[in_cls]] = pos_u[inst.mover_pos[in_cls]]
            grp_u = np.full(G, -1, np.int64)
            grp_u[elig.pos_group[grp_pos]] = pos_u[grp_pos]
            off_c = len(free) + len(in_cls)
            cross_c = np.flatnonzero(cls_u[elig.blk_class] != grp_u[elig.blk_group])
            off_d = off_c + len(elig.blk_class) + len(grp_pos)
            cross_d = np.flatnonzero(pos_u[inst.mover_pos[de]] != pos_u[dp])
            off_p = off_d + len(de)
            cross_p = np.flatnonzero(pos_u[inst.mover_pos[pe]] != pos_u[pp])
            rows = np.concatenate(
                [cls_u[elig.blk_class[cross_c]], pos_u[inst.mover_pos[de[cross_d]]], pos_u[inst.mover_pos[pe[cross_p]]]]
            )
            arcs = np.concatenate([off_c + cross_c, off_d + cross_d, off_p + cross_p])
            sides.append(
                Side(
                    rows, arcs, np.ones(len(arcs)), np.full(n_u, -np.inf), np.full(n_u, float(inst.max_moves_per_unit))
                )
            )
        sides.append(_min_staff_side(inst, n_before, n_u if inst.max_moves_per_unit is not None else 0, pos_u, n_u))
        side = _join(*sides)
    res = _run(inst, net, side, weight=1)
    if res.status == "infeasible":
        raise InfeasiblePlanError("Rencana tidak dapat disusun: " + _pin_diagnosis(inst, pins, elig))
    if res.status == "batas-waktu" and not res.flow.any():
        raise InfeasiblePlanError(
            f"Solver MILP tidak menemukan rencana dalam batas waktu {inst.milp_time_limit:g} detik; "
            "naikkan [rencana] batas_waktu_milp_detik atau longgarkan batasan per unit"
        )
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


def _pin_diagnosis(inst: Instance, pins: tuple[np.ndarray, np.ndarray, np.ndarray], elig: Eligibility) -> str:
    incoming = np.bincount(pins[1], minlength=len(inst.k))
    stuck = ~elig.has_arc() & ~_pinned(inst)
    held = inst.fixed + np.bincount(inst.mover_pos[stuck], minlength=len(inst.k))
    over = np.flatnonzero(incoming + held > np.maximum(inst.k, inst.b))
    if len(over):
        t = int(over[0])
        return (
            f"jabatan '{inst.pos_codes[t]}' menerima {incoming[t]} pegawai yang dipin padahal kapasitas "
            f"{max(inst.k[t], inst.b[t])} dan {held[t]} pemangku tidak dapat dipindah"
        )
    return f"{len(pins[0])} pin tidak dapat dipenuhi bersama batasan rencana (batas per unit)"


def _stage2_network(
    inst: Instance, arc_e: np.ndarray, arc_p: np.ndarray, arc_sec: np.ndarray
) -> tuple[Network, Side | None, int]:
    m, P = len(inst.movers), len(inst.k)
    sink = m + P
    pinned = _pinned(inst)
    free = np.flatnonzero(~pinned)
    st, sh, sc, sp, ss = _seat_arcs(inst, m, sink)
    a = len(arc_e)
    tail = np.concatenate([arc_e, free, st]).astype(np.int64)
    head = np.concatenate([m + arc_p, m + inst.mover_pos[free], sh]).astype(np.int64)
    cap = np.concatenate([np.ones(a + len(free)), sc]).astype(np.int64)
    prim = np.concatenate([np.zeros(a, np.int64), inst.stay_primary[free], sp]).astype(np.int64)
    sec = np.concatenate([arc_sec, np.zeros(len(free), np.int64), ss]).astype(np.int64)
    supply = np.concatenate([np.ones(m), inst.fixed, [-(m + int(inst.fixed.sum()))]]).astype(np.int64)
    net = Network(sink + 1, tail, head, cap, prim, sec, supply)
    side = None
    if inst.limits:
        pos_u, n_u = _units(inst)
        sides: list[Side | None] = []
        if inst.max_moves_per_unit is not None:
            cross = np.flatnonzero(pos_u[inst.mover_pos[arc_e]] != pos_u[arc_p])
            sides.append(
                Side(
                    pos_u[inst.mover_pos[arc_e[cross]]],
                    cross,
                    np.ones(len(cross)),
                    np.full(n_u, -np.inf),
                    np.full(n_u, float(inst.max_moves_per_unit)),
                )
            )
        sides.append(
            _min_staff_side(inst, a + len(free), n_u if inst.max_moves_per_unit is not None else 0, pos_u, n_u)
        )
        side = _join(*sides)
    return net, side, a


def arc_costs(
    inst: Instance, e: np.ndarray, p: np.ndarray, skor: np.ndarray, pref: PreferenceCost | None
) -> np.ndarray:
    """Secondary cost of move arcs: SCALE·(biaya_pindah + 100 − skor) + preference hook."""
    cost = np.rint(SCALE * (inst.move_cost + SKOR_TETAP - skor)).astype(np.int64)
    if pref is not None and len(e):
        cost = cost + np.asarray(
            pref([inst.movers[i] for i in e.tolist()], [inst.pos_codes[j] for j in p.tolist()]), dtype=np.int64
        )
    return cost


def solve_exact(
    inst: Instance, elig: Eligibility, *, preference: PreferenceCost | None = None
) -> tuple[Instance, Solution, ExactInfo]:
    """Solve both stages; return the instance with its stage-2 arcs, the solution, and the proof."""
    if preference is not None:
        inst.pref_abs_max = int(preference.maximum_abs)
    pins = pin_arcs(inst, elig)
    target1, r1 = stage1(inst, elig, pins)
    fills1 = int(np.minimum(_occ(inst, target1), inst.k).sum() - np.minimum(inst.b, inst.k).sum())
    bound = fills1
    if inst.stay_primary.any():
        t0, _ = stage1(inst, elig, pins, rotation=False)
        bound = int(np.minimum(_occ(inst, t0), inst.k).sum() - np.minimum(inst.b, inst.k).sum())
    info = ExactInfo(
        batas_atas_pengisian=bound,
        status=r1.status,
        sekunder_terbukti=not inst.limits,
        busur_kelas=len(elig.blk_class),
        busur_langsung=len(elig.dir_emp),
        pasangan_dinilai=elig.pairs_scored,
        celah=r1.gap,
    )
    # --- stage 2 arc set R: stage-1 moves, pins, and (seed) the best direct arcs of every position
    width = max(len(inst.k), 1)
    pe, pp, ps = pins
    not_pin = ~_pinned(inst)
    dsel = not_pin[elig.dir_emp] if len(elig.dir_emp) else np.zeros(0, bool)
    de, dp, ds = elig.dir_emp[dsel], elig.dir_pos[dsel], elig.dir_skor[dsel]
    dc = arc_costs(inst, de, dp, ds, preference)
    d_keys = de * width + dp  # sorted: direct arcs come in (mover, position) order
    moved = np.flatnonzero(target1 != inst.mover_pos)
    me, mp = moved, target1[moved]
    me, mp = me[not_pin[me]], mp[not_pin[me]]
    m_keys = me * width + mp
    at = np.searchsorted(d_keys, m_keys)
    hit = (
        (at < len(d_keys)) & (d_keys[np.minimum(at, max(len(d_keys) - 1, 0))] == m_keys)
        if len(d_keys)
        else np.zeros(len(me), bool)
    )
    in_r = np.zeros(len(de), dtype=bool)
    in_r[at[hit]] = True
    if inst.limits:
        in_r[:] = True  # the MILP cannot be priced: give it every exact arc
    elif len(de):
        by_cost = np.lexsort((de, dc, dp))
        rank = np.empty(len(de), np.int64)
        starts = np.searchsorted(dp[by_cost], dp[by_cost], side="left")
        rank[by_cost] = np.arange(len(de)) - starts
        in_r |= rank < SEED_PER_POSITION
    class_e, class_p = me[~hit], mp[~hit]
    class_s = elig.score(class_e, class_p)
    e_r = np.concatenate([de[in_r], class_e, pe]).astype(np.int64)
    p_r = np.concatenate([dp[in_r], class_p, pp]).astype(np.int64)
    s_r = np.concatenate([ds[in_r], class_s, ps]).astype(float)
    c_r = np.concatenate(
        [dc[in_r], arc_costs(inst, class_e, class_p, class_s, preference), arc_costs(inst, pe, pp, ps, preference)]
    )
    weight = inst.weight
    rounds = 0
    while True:
        order = np.lexsort((p_r, e_r))
        e_r, p_r, s_r, c_r = e_r[order], p_r[order], s_r[order], c_r[order]
        net, side, a = _stage2_network(inst, e_r, p_r, c_r)
        r2 = _run(inst, net, side, weight)
        if r2.status == "infeasible":
            raise InfeasiblePlanError("Rencana tidak dapat disusun: pin tidak dapat dipenuhi bersama batasan rencana")
        if inst.limits or (not len(elig.blk_class) and in_r.all()):
            break
        rounds += 1
        add = _price(inst, elig, net, r2, weight, e_r, p_r, preference, (de, dp, ds, dc, in_r), info)
        if add is None:
            info.notes.append("potensial simpul tidak dapat dihitung; sekunder optimal atas busur terbatas")
            info.sekunder_terbukti = False
            break
        if info.harga_terpotong:
            info.sekunder_terbukti = False
            info.notes.append(
                f"penetapan harga dihentikan setelah {info.pasangan_harga:,} pasangan dinilai (batas [rencana] "
                f"maks_pasangan_harga = {inst.pricing_budget:,}); sekunder optimal atas busur terbatas"
            )
            break
        ae, ap, as_ = add
        if not len(ae):
            break
        if len(d_keys):
            in_r |= np.isin(d_keys, ae * width + ap)
        if rounds >= MAX_PRICING_ROUNDS:
            info.sekunder_terbukti = False
            info.notes.append(f"penetapan harga berhenti setelah {rounds} putaran")
            break
        e_r = np.concatenate([e_r, ae])
        p_r = np.concatenate([p_r, ap])
        s_r = np.concatenate([s_r, as_])
        c_r = np.concatenate([c_r, arc_costs(inst, ae, ap, as_, preference)])
    info.putaran_harga = rounds
    info.busur_tahap2 = len(e_r)
    if r2.status != "optimal":
        info.status = r2.status
        info.celah = r2.gap if r2.gap is not None else info.celah
    inst.arc_emp, inst.arc_pos, inst.arc_skor, inst.arc_secondary = e_r, p_r, s_r, c_r
    used = np.flatnonzero(r2.flow[:a] > 0)
    target = inst.mover_pos.copy()
    moved_arc = np.full(len(inst.movers), -1, dtype=np.int64)
    target[e_r[used]] = p_r[used]
    moved_arc[e_r[used]] = used
    _, primary, secondary = evaluate(inst, target, moved_arc)
    solver = "min-cost-flow" if not inst.limits else "milp"
    if info.status != "optimal":
        solver += " (batas waktu tercapai; belum terbukti optimal)"
    return inst, Solution(target, moved_arc, primary, secondary, solver), info


def _occ(inst: Instance, target: np.ndarray) -> np.ndarray:
    occ = inst.fixed.copy()
    if len(target):
        np.add.at(occ, target, 1)
    return occ


def _price(
    inst: Instance,
    elig: Eligibility,
    net: Network,
    res: Result,
    weight: int,
    e_r: np.ndarray,
    p_r: np.ndarray,
    pref: PreferenceCost | None,
    direct: tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray],
    info: ExactInfo,
) -> tuple[np.ndarray, np.ndarray, np.ndarray] | None:
    """Return the pairs outside R with negative reduced cost (empty: R's optimum is optimal over all pairs)."""
    d = potentials(net, res.flow, weight)
    if d is None:
        return None
    m = len(inst.movers)
    d_e, d_p = d[:m], d[m : m + len(inst.k)]
    # direct arcs (exactly scored) outside R: their reduced cost is known exactly
    de, dp, ds, dc, in_r = direct
    out_viol = ~in_r & (d_e[de] + dc < d_p[dp]) if len(de) else np.zeros(0, bool)
    found = (de[out_viol], dp[out_viol], ds[out_viol])
    found_rc = (d_e[de] + dc - d_p[dp])[out_viol] if len(de) else np.zeros(0, np.int64)
    if not len(elig.blk_class):
        return found
    pinned = _pinned(inst)
    cls = elig.emp_class
    ok = (cls >= 0) & ~pinned
    min_d = np.full(elig.n_class, np.iinfo(np.int64).max // 4, dtype=np.int64)
    np.minimum.at(min_d, cls[ok], d_e[ok])
    grp_pos = np.flatnonzero(elig.pos_group >= 0)
    max_d = np.full(elig.n_group, np.iinfo(np.int64).min // 4, dtype=np.int64)
    np.maximum.at(max_d, elig.pos_group[grp_pos], d_p[grp_pos])
    pmin = int(pref.minimum) if pref is not None else 0
    lb = np.floor(SCALE * (inst.move_cost + SKOR_TETAP - elig.blk_ub) - 1e-6).astype(np.int64) + pmin
    hot = np.flatnonzero(lb + min_d[elig.blk_class] < max_d[elig.blk_group])
    if not len(hot):
        return found
    members_order = np.argsort(cls, kind="stable")
    members_order = members_order[ok[members_order]]
    c_starts = np.searchsorted(cls[members_order], np.arange(elig.n_class + 1))
    pos_order, g_starts = elig.group_members()
    width = max(len(inst.k), 1)
    r_keys = np.sort(e_r * width + p_r)
    out_e: list[np.ndarray] = [found[0]]
    out_p: list[np.ndarray] = [found[1]]
    out_s: list[np.ndarray] = [found[2]]
    out_rc: list[np.ndarray] = [found_rc]
    kept = 0
    buf_e: list[np.ndarray] = []
    buf_p: list[np.ndarray] = []
    size = 0

    def flush() -> None:
        # score the buffered candidates exactly; keep only the pairs outside R that price out
        nonlocal size
        if not buf_e:
            return
        e_b, p_b = np.concatenate(buf_e), np.concatenate(buf_p)
        buf_e.clear()
        buf_p.clear()
        size = 0
        keys = e_b * width + p_b
        at = np.searchsorted(r_keys, keys)
        fresh = (
            (at >= len(r_keys)) | (r_keys[np.minimum(at, len(r_keys) - 1)] != keys)
            if len(r_keys)
            else np.ones(len(keys), bool)
        )
        e_b, p_b = e_b[fresh], p_b[fresh]
        if not len(e_b):
            return
        if info.pasangan_harga + len(e_b) > inst.pricing_budget:
            info.harga_terpotong = True
            return
        info.pasangan_harga += len(e_b)
        sk = elig.score(e_b, p_b)
        cost = arc_costs(inst, e_b, p_b, sk, pref)
        rc = d_e[e_b] + cost - d_p[p_b]
        viol = rc < 0
        out_e.append(e_b[viol])
        out_p.append(p_b[viol])
        out_s.append(sk[viol])
        out_rc.append(rc[viol])
        nonlocal kept
        kept += int(viol.sum())
        if kept > 2_000_000:
            _most_violating(out_e, out_p, out_s, out_rc)
            kept = len(out_e[0])

    step = PRICING_CHUNK
    for b in hot.tolist():
        c, g = int(elig.blk_class[b]), int(elig.blk_group[b])
        mem = members_order[c_starts[c] : c_starts[c + 1]]
        posts = pos_order[g_starts[g] : g_starts[g + 1]]
        mem = mem[lb[b] + d_e[mem] < d_p[posts].max()]
        if not len(mem):
            continue
        posts = posts[d_p[posts] > lb[b] + d_e[mem].min()]
        if not len(posts):
            continue
        per = max(1, step // len(posts))
        for i in range(0, len(mem), per):
            part = mem[i : i + per]
            ee = np.repeat(part, len(posts))
            pp = np.tile(posts, len(part))
            sel = (lb[b] + d_e[ee] < d_p[pp]) & (pp != inst.mover_pos[ee])
            if sel.any():
                buf_e.append(ee[sel])
                buf_p.append(pp[sel])
                size += int(sel.sum())
            if size >= step:
                flush()
                if info.harga_terpotong:
                    return found  # budget spent: the caller stops pricing and says so
    flush()
    _most_violating(out_e, out_p, out_s, out_rc)
    return out_e[0], out_p[0], out_s[0]


def _most_violating(
    out_e: list[np.ndarray], out_p: list[np.ndarray], out_s: list[np.ndarray], out_rc: list[np.ndarray]
) -> None:
    """Keep (in place, as one array each) the ADD_PER_MOVER / ADD_PER_POSITION most negative reduced costs.

    Adding a subset of the violating pairs keeps pricing exact: the loop stops only when a
    full scan finds no pair outside R with negative reduced cost, and every round adds at
    least one violating pair while any exists (the most negative of each mover is kept).
    Keeping the top ones of a union equals keeping the top ones of the parts' top ones.
    """
    e, p, sk, rc = (np.concatenate(x) for x in (out_e, out_p, out_s, out_rc))
    keep = np.zeros(len(e), dtype=bool)
    for key, k in ((e, ADD_PER_MOVER), (p, ADD_PER_POSITION)):
        order = np.lexsort((p, e, rc, key))
        starts = np.searchsorted(key[order], key[order], side="left")
        keep[order[(np.arange(len(order)) - starts) < k]] = True
    for lst, arr in ((out_e, e), (out_p, p), (out_s, sk), (out_rc, rc)):
        lst[:] = [arr[keep]]
