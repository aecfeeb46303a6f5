"""Stage-2 pricing pieces: the sub-group hand-out and membership helpers."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from asn_mutasi.planning.netsolve import Network
from asn_mutasi.planning.pricing import Arcs, _avoid_own_seats, contains, most_violating


def test_hand_out_swaps_people_off_their_own_seat() -> None:
    own = np.array([10, 11, 12])
    # movers 0 and 1 enter sub-group 5, which feeds positions 10 and 11: the first hand-out gives both their own seat
    got = _avoid_own_seats(np.array([0, 1]), np.array([10, 11]), np.array([5, 5]), own)
    assert got.tolist() == [11, 10]


def test_hand_out_leaves_an_unavoidable_own_seat_as_a_stay() -> None:
    own = np.array([10, 11])
    # mover 0 alone enters the sub-group and only its own seat receives the unit: nothing to swap with
    got = _avoid_own_seats(np.array([0, 1]), np.array([10, 20]), np.array([5, 6]), own)
    assert got.tolist() == [10, 20]  # the caller reads target == own as staying


def test_hand_out_never_swaps_across_sub_groups() -> None:
    own = np.array([10, 11])
    got = _avoid_own_seats(np.array([0, 1]), np.array([10, 11]), np.array([5, 6]), own)
    assert got.tolist() == [10, 11]


def test_contains_and_most_violating() -> None:
    keys = np.array([3, 7, 9])
    assert contains(keys, np.array([7, 8, 9, 0])).tolist() == [True, False, True, False]
    assert contains(np.zeros(0, np.int64), np.array([1])).tolist() == [False]
    from asn_mutasi.planning.pricing import ADD_PER_MOVER, ADD_PER_TARGET

    # mover 0 has ADD_PER_MOVER + 1 violating arcs (one per target); every target also has
    # ADD_PER_TARGET more negative arcs of other movers, so its own quota is taken by them
    n0 = ADD_PER_MOVER + 1
    others = n0 * ADD_PER_TARGET
    e = [0] * n0 + [1 + i for i in range(others)]
    t = list(range(1, n0 + 1)) + [1 + i // ADD_PER_TARGET for i in range(others)]
    rc0 = [-10 - i for i in range(n0)]
    rc0[1] = -1  # the least negative of mover 0's arcs
    arcs = Arcs(np.array(e), np.array(t), np.zeros(n0 + others), np.zeros(n0 + others, np.int64))
    keep = most_violating(arcs, np.array(rc0 + [-100] * others), arcs.t)
    # mover 0 keeps its ADD_PER_MOVER most negative arcs, not the −1 one; all others are kept
    assert keep[:n0].tolist() == [True, False] + [True] * (n0 - 2) and keep[n0:].all()


def _most_violating_by_hand(e: list[int], node: list[int], rc: list[int]) -> list[bool]:
    """The ADD_PER_MOVER / ADD_PER_TARGET most negative arcs of each mover / node, ties by mover, node, arc order."""
    from asn_mutasi.planning.pricing import ADD_PER_MOVER, ADD_PER_TARGET

    keep = [False] * len(e)
    for key, other, k in ((e, node, ADD_PER_MOVER), (node, e, ADD_PER_TARGET)):
        for v in set(key):
            mine = sorted((i for i in range(len(e)) if key[i] == v), key=lambda i: (rc[i], other[i], i))
            for i in mine[:k]:
                keep[i] = True
    return keep


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 3), st.integers(0, 2), st.integers(-4, -1)), min_size=1, max_size=120))
def test_most_violating_keeps_each_movers_and_nodes_most_negative_arcs(arcs_in: list[tuple[int, int, int]]) -> None:
    """Few movers, nodes and costs: ties everywhere, duplicate (mover, node) arcs too."""
    e, node, rc = (list(c) for c in zip(*arcs_in, strict=True))
    arcs = Arcs(np.array(e), np.array(node), np.zeros(len(e)), np.zeros(len(e), np.int64))
    assert most_violating(arcs, np.array(rc), np.array(node)).tolist() == _most_violating_by_hand(e, node, rc)


def test_most_violating_sorts_the_arcs_by_reduced_cost_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """A four-key lexsort per key (mover, node) was half of a pricing round's selection time at 100k under a unit
    limit (0.53 s on 460,000 arcs, speed5, h31): one three-key sort, then a stable sort by each key."""
    keys: list[int] = []
    lexsort = np.lexsort

    def counted(k, *args, **kwargs):  # type: ignore[no-untyped-def]
        keys.append(len(k))
        return lexsort(k, *args, **kwargs)

    monkeypatch.setattr(np, "lexsort", counted)
    rng = np.random.default_rng(5)
    e, node = rng.integers(0, 50, 2000), rng.integers(0, 80, 2000)
    rc = -rng.integers(1, 9, 2000)
    arcs = Arcs(e, node, np.zeros(2000), np.zeros(2000, np.int64))
    most_violating(arcs, rc, node)
    assert sum(keys) == 3


def test_integral_lp_is_taken_and_a_fractional_one_falls_back_to_the_milp() -> None:
    from asn_mutasi.planning.netsolve import Network, Side, _integral_lp, solve_milp

    # node 0 (supply 1) reaches the sink 1 over two parallel arcs: arc 0 earns -1, arc 1 nothing
    tail, head, cap = np.array([0, 0]), np.array([1, 1]), np.array([1, 1])
    net = Network(2, tail, head, cap, np.array([-1, 0]), np.zeros(2, np.int64), np.array([1, -1]))
    plain = _integral_lp(net, None, 10.0)
    assert plain is not None and plain.flow.tolist() == [1, 0]
    # 2·x0 ≤ 1: the LP takes x0 = 0.5 (fractional), the integer optimum is x0 = 0
    half = Side(np.array([0]), np.array([0]), np.array([2.0]), np.array([-np.inf]), np.array([1.0]))
    assert _integral_lp(net, half, 10.0) is None
    res = solve_milp(net, half, 10.0)
    assert res.status == "optimal" and res.flow.tolist() == [0, 1]


def test_the_milp_module_is_imported_beside_and_only_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """_import_beside starts a thread only for a module not imported yet; a failed import raises nothing there."""
    import sys
    import threading

    from asn_mutasi.planning import netsolve

    started: list[tuple[object, ...]] = []
    real = threading.Thread

    def spy(*args: object, **kwargs: object) -> threading.Thread:
        started.append(tuple(kwargs.get("args", ())))  # type: ignore[arg-type]
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(netsolve.threading, "Thread", spy)
    netsolve._import_beside("json")  # imported already: nothing to do
    assert "json" in sys.modules and started == []
    netsolve._import_beside("asn_mutasi_no_such_module")
    assert started == [("asn_mutasi_no_such_module",)]
    netsolve._import_quietly("asn_mutasi_no_such_module")  # what the thread runs: no exception escapes


def _random_seat_network(seed: int) -> tuple[object, int]:
    """People → positions (random eligible arcs with secondary costs, a free stay arc) → two seat arcs each."""
    from asn_mutasi.planning.netsolve import Network

    rng = np.random.default_rng(seed)
    m, p = int(rng.integers(3, 12)), int(rng.integers(2, 7))
    own = rng.integers(0, p, m)
    b = np.bincount(own, minlength=p)
    k = rng.integers(0, 4, p)
    e, t = np.nonzero(rng.random((m, p)) < 0.4)
    sink = m + p
    tail = np.concatenate([e, np.arange(m), m + np.arange(p), m + np.arange(p)])
    head = np.concatenate([m + t, m + own, np.full(2 * p, sink)])
    cap = np.concatenate([np.ones(len(e) + m), k, np.maximum(b - k, 0)]).astype(np.int64)
    prim = np.concatenate([np.zeros(len(e) + m), -np.ones(p), np.zeros(p)]).astype(np.int64)
    sec = np.concatenate([rng.integers(0, 50, len(e)), np.zeros(m), np.zeros(p), rng.integers(-9, 1, p)])
    supply = np.concatenate([np.ones(m), np.zeros(p), [-m]]).astype(np.int64)
    net = Network(sink + 1, tail, head, cap, prim, sec.astype(np.int64), supply)
    weight = int(np.abs(sec).sum()) + 1
    return net, weight


def test_fixing_the_fill_gives_the_lexicographic_optimum() -> None:
    """fix_fill(net, max fill) at weight 1 reaches the same fill and secondary as W·primary + secondary."""
    from asn_mutasi.planning.netsolve import solve_flow
    from asn_mutasi.planning.pricing import fix_fill

    checked = 0
    for seed in range(60):
        net, weight = _random_seat_network(seed)
        lex = solve_flow(net, weight)  # type: ignore[arg-type]
        fixed = solve_flow(fix_fill(net, -lex.primary), 1)  # type: ignore[arg-type]
        assert fixed.status == "optimal"
        assert int(fixed.flow @ net.primary) == lex.primary  # type: ignore[attr-defined]
        assert fixed.secondary == lex.secondary
        # one more unit than the maximum cannot be forced through the kebutuhan seats
        assert solve_flow(fix_fill(net, 1 - lex.primary), 1).status == "infeasible"  # type: ignore[arg-type]
        checked += lex.primary < 0
    assert checked > 30  # most instances fill something


def test_a_known_primary_optimum_skips_the_first_milp_phase_and_changes_nothing() -> None:
    """solve_milp(primary_optimum=the proven minimum) runs one MILP and gives the two-phase result, with a side row."""
    from asn_mutasi.planning import netsolve
    from asn_mutasi.planning.netsolve import Side, solve_milp

    runs: list[int] = []
    original = netsolve.run_milp  # (each MILP phase is one run_milp since plan6, h32: no longer scipy's milp)

    def counting(*args: object, **kwargs: object) -> object:
        runs.append(1)
        return original(*args, **kwargs)  # type: ignore[arg-type]

    compared = 0
    for seed in range(25):
        net, _ = _random_seat_network(seed)
        n_arc = len(net.tail)  # type: ignore[attr-defined]
        moves = np.flatnonzero(net.secondary[: n_arc // 2] > 0)  # type: ignore[attr-defined]
        # a unit limit: at most one of the first half's scored arcs carries flow
        side = Side(np.zeros(len(moves), np.int64), moves, np.ones(len(moves)), np.array([-np.inf]), np.array([1.0]))
        try:
            netsolve.run_milp = counting  # type: ignore[assignment]
            runs.clear()
            both = solve_milp(net, side, 30.0)  # type: ignore[arg-type]
            two = len(runs)
            runs.clear()
            one = solve_milp(net, side, 30.0, primary_optimum=both.primary)  # type: ignore[arg-type]
        finally:
            netsolve.run_milp = original
        assert one.status == both.status == "optimal"
        assert (one.primary, one.secondary) == (both.primary, both.secondary)
        if two == 2:  # a secondary to order by (else the problem may go to GLOP or need no MILP)
            assert len(runs) == 1
            compared += 1
    assert compared > 10


def _plain_min_cost(net: object, weight: int) -> tuple[str, int]:
    """OR-Tools on the whole network as given (no arc fixed beforehand): status and optimal cost."""
    from ortools.graph.python import min_cost_flow

    from asn_mutasi.planning.netsolve import _combined

    flow = min_cost_flow.SimpleMinCostFlow()
    flow.add_arcs_with_capacity_and_unit_cost(
        net.tail.astype(np.int32),  # type: ignore[attr-defined]
        net.head.astype(np.int32),  # type: ignore[attr-defined]
        net.cap.astype(np.int64),  # type: ignore[attr-defined]
        _combined(net, weight).astype(np.int64),  # type: ignore[arg-type]
    )
    flow.set_nodes_supplies(np.arange(net.n_nodes, dtype=np.int32), net.supply.astype(np.int64))  # type: ignore[attr-defined]
    status = flow.solve()
    if status == min_cost_flow.SimpleMinCostFlow.INFEASIBLE:
        return "infeasible", 0
    return "optimal", int(flow.optimal_cost())


def test_arcs_forced_by_conservation_are_fixed_without_changing_the_optimum() -> None:
    """solve_flow fixes the only arc of a leaf node (a mover with just its stay); the optimum is the plain one."""
    from asn_mutasi.planning.netsolve import _combined, reduce_network, solve_flow

    leaves = 0
    for seed in range(60):
        net, weight = _random_seat_network(seed)
        red = reduce_network(net, None)  # type: ignore[arg-type]
        leaves += len(net.tail) - (len(red.free) if red is not None else 0)  # type: ignore[attr-defined]
        got = solve_flow(net, weight)  # type: ignore[arg-type]
        status, cost = _plain_min_cost(net, weight)
        assert got.status == status
        if status == "optimal":
            assert int(got.flow @ _combined(net, weight)) == cost  # type: ignore[arg-type]
            balance = np.zeros(net.n_nodes, np.int64)  # type: ignore[attr-defined]
            np.add.at(balance, net.tail, got.flow)  # type: ignore[attr-defined]
            np.subtract.at(balance, net.head, got.flow)  # type: ignore[attr-defined]
            assert (balance == net.supply).all() and (got.flow >= 0).all() and (got.flow <= net.cap).all()  # type: ignore[attr-defined]
    assert leaves > 30  # the random networks do have movers with nothing but their stay


def test_a_milp_without_a_plan_in_time_returns_no_flow_not_its_forced_arcs(monkeypatch: pytest.MonkeyPatch) -> None:
    """When the MILP finds nothing within its time limit, the arcs conservation forced are no plan: the flow
    stays empty, so the caller reports the time limit. At 100k staff with rotation costs and a leaving
    limit the forced stays alone came back as the stage-1 "plan" (oracle4 follow-up, h27)."""
    from asn_mutasi.planning import netsolve
    from asn_mutasi.planning.netsolve import Network, Result, solve_milp

    def nothing(net, side, *args):  # type: ignore[no-untyped-def]
        return Result(np.zeros(len(net.tail), np.int64), "batas-waktu", 0, 0)

    monkeypatch.setattr(netsolve, "_solve_milp", nothing)
    # node 0 (a mover with only its stay) forces arc 0; nodes 1-2 are left to the MILP
    tail, head = np.array([0, 1, 1, 2]), np.array([3, 2, 3, 3])
    net = Network(
        4, tail, head, np.ones(4, np.int64), np.array([2, 0, 0, 0]), np.zeros(4, np.int64), np.array([1, 1, 0, -2])
    )
    got = solve_milp(net, None, 1.0)
    assert got.status == "batas-waktu" and not got.flow.any() and got.primary == 0


def test_a_forced_flow_beyond_its_capacity_is_infeasible() -> None:
    from asn_mutasi.planning.netsolve import Network, solve_flow

    # node 0 must send 2 units through its only arc, of capacity 1
    net = Network(
        2, np.array([0]), np.array([1]), np.array([1]), np.zeros(1, np.int64), np.zeros(1, np.int64), np.array([2, -2])
    )
    assert solve_flow(net, 1).status == "infeasible"
    ok = Network(
        2, np.array([0]), np.array([1]), np.array([2]), np.zeros(1, np.int64), np.array([3]), np.array([2, -2])
    )
    res = solve_flow(ok, 1)
    assert res.status == "optimal" and res.flow.tolist() == [2] and res.secondary == 6


def _same_as_the_whole_milp(net: object, side: object) -> bool:
    """solve_milp (reduced and merged) against the MILP of the network as given: same status, and when optimal
    a feasible flow of the same primary and secondary. True when an optimum was compared."""
    from asn_mutasi.planning.netsolve import _solve_milp, feasible_in_integers, solve_milp

    got = solve_milp(net, side, 30.0)  # type: ignore[arg-type]
    whole = _solve_milp(net, side, 30.0)  # type: ignore[arg-type]
    assert got.status == whole.status
    if whole.status != "optimal":
        return False
    assert feasible_in_integers(net, side, got.flow)  # type: ignore[arg-type]
    assert (got.primary, got.secondary) == (whole.primary, whole.secondary)
    return True


def test_side_rows_keep_their_meaning_when_forced_arcs_are_fixed() -> None:
    """solve_milp (forced arcs fixed, row bounds shifted) reaches the MILP optimum of the whole network."""
    from asn_mutasi.planning.netsolve import Side

    compared = 0
    for seed in range(25):
        net, _ = _random_seat_network(seed)
        rng = np.random.default_rng(100 + seed)
        n_arc = len(net.tail)  # type: ignore[attr-defined]
        rows = 3
        arc = rng.integers(0, n_arc, 12)
        side = Side(
            rng.integers(0, rows, 12), arc, np.ones(12), np.full(rows, -np.inf), rng.integers(1, 5, rows).astype(float)
        )
        compared += _same_as_the_whole_milp(net, side)
    assert compared > 12


def _chain_with_twins(seed: int) -> tuple[object, object]:
    """Posts → pass-through people → classes (twins: same post and class) → posts → sink, people may stay.

    A side row per target post bounds what the classes send into it.
    """
    from asn_mutasi.planning.netsolve import Network, Side

    rng = np.random.default_rng(seed)
    p, c, m = int(rng.integers(2, 5)), int(rng.integers(1, 4)), int(rng.integers(4, 14))
    own, cls = rng.integers(0, p, m), rng.integers(0, c, m)
    o_m, o_c, o_t = p, p + m, p + m + c  # nodes: posts, people, classes, target posts, sink
    sink = o_t + p
    ct, cp = np.nonzero(rng.random((c, p)) < 0.6)
    k = rng.integers(0, 4, p)
    tail = np.concatenate([own, o_m + np.arange(m), o_c + ct, own, o_t + np.arange(p), o_t + np.arange(p)])
    head = np.concatenate([o_m + np.arange(m), o_c + cls, o_t + cp, o_t + own, np.full(2 * p, sink)])
    cap = np.concatenate([np.ones(2 * m), np.full(len(ct), m), np.ones(m), k, np.full(p, m)]).astype(np.int64)
    prim = np.concatenate([np.zeros(3 * m + len(ct)), -np.ones(p), np.zeros(p)]).astype(np.int64)
    sec = np.concatenate([np.zeros(m), rng.integers(0, 5, m), rng.integers(0, 9, len(ct)), np.zeros(m + 2 * p)])
    supply = np.zeros(sink + 1, np.int64)
    np.add.at(supply, own, 1)
    supply[sink] = -m
    net = Network(sink + 1, tail, head, cap, prim, sec.astype(np.int64), supply)
    into = 2 * m + np.arange(len(ct))  # class → target post arcs, bounded per target post
    side = Side(cp, into, np.ones(len(ct)), np.full(p, -np.inf), rng.integers(0, 3, p).astype(float))
    return net, side


def test_bridging_pass_through_nodes_and_joining_twins_keeps_the_optimum() -> None:
    """merge_paths: pass-through people bridged, twin arcs joined; solve_milp equals the whole network's MILP."""
    from asn_mutasi.planning.netsolve import merge_paths

    joined = compared = 0
    for seed in range(40):
        net, side = _chain_with_twins(seed)
        merged = merge_paths(net, side)  # type: ignore[arg-type]
        joined += len(net.tail) - len(merged.net.tail)  # type: ignore[attr-defined]
        compared += _same_as_the_whole_milp(net, side)
    assert compared > 20 and joined > 100


def test_a_path_of_pass_through_nodes_is_bridged_one_link_at_a_time() -> None:
    from asn_mutasi.planning.netsolve import Network, _solve_milp, feasible_in_integers, merge_paths

    # s → a → b → c → t (3 units, cost 1+2+3+4) beside a direct s → t (1 unit, cost 20); s sends 3
    net = Network(
        5,
        np.array([0, 1, 2, 3, 0]),
        np.array([1, 2, 3, 4, 4]),
        np.array([2, 3, 3, 3, 1]),
        np.zeros(5, np.int64),
        np.array([1, 2, 3, 4, 20]),
        np.array([3, 0, 0, 0, -3]),
    )
    merged = merge_paths(net, None)
    assert len(merged.net.tail) < 5
    res = _solve_milp(merged.net, None, 10.0)
    flow = merged.expand(res.flow)
    assert flow.tolist() == [2, 2, 2, 2, 1] and int(flow @ net.secondary) == 40
    assert feasible_in_integers(net, None, flow)


def _residual(net: Network, flow: np.ndarray, cost: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    fwd, bwd = flow < net.cap, flow > 0
    u = np.concatenate([net.tail[fwd], net.head[bwd]])
    v = np.concatenate([net.head[fwd], net.tail[bwd]])
    return u, v, np.concatenate([cost[fwd], -cost[bwd]])


@settings(max_examples=60, deadline=None)
@given(st.integers(0, 10_000), st.integers(3, 9))
def test_lowered_potentials_stay_feasible_and_drop_to_the_bound(seed: int, n: int) -> None:
    from asn_mutasi.planning.netsolve import lowered, potentials, solve_flow

    rng = np.random.default_rng(seed)
    k = int(rng.integers(n, 4 * n))
    tail, head = rng.integers(0, n, k), rng.integers(0, n, k)
    ok = tail != head
    tail, head = tail[ok], head[ok]
    cap = rng.integers(1, 4, len(tail))
    prim, sec = -rng.integers(0, 2, len(tail)), rng.integers(-5, 20, len(tail))
    supply = np.zeros(n, np.int64)
    supply[0], supply[n - 1] = 2, -2
    tail, head = np.concatenate([tail, [0]]), np.concatenate([head, [n - 1]])  # always feasible
    cap, prim, sec = np.concatenate([cap, [2]]), np.concatenate([prim, [0]]), np.concatenate([sec, [50]])
    net = Network(n, tail, head, cap, prim, sec, supply)
    res = solve_flow(net, 100)
    assert res.status == "optimal"
    d = potentials(net, res.flow, 100)
    assert d is not None
    lo, hi = sorted(int(x) for x in rng.integers(0, n + 1, 2))
    low = lowered(net, res.flow, 100, d, [(lo, hi)])
    u, v, c = _residual(net, res.flow, 100 * prim + sec)
    assert (low[v] <= low[u] + c).all()  # still potentials that prove the flow optimal
    assert (low <= d).all() and (low[:lo] == d[:lo]).all() and (low[hi:] == d[hi:]).all()
    for x in range(lo, hi):  # each lowered node sits on the bound of an arc leaving it (when it has one)
        out = u == x
        assert low[x] == ((d[v[out]] - c[out]).max() if out.any() else d[x])


def test_a_node_no_flow_enters_drops_to_what_its_exits_allow() -> None:
    from asn_mutasi.planning.netsolve import lowered, potentials, solve_flow

    # the flow takes 0 → 3; 0 → 2 (cost −3) leads nowhere, 0 → 1 → 2 (costs 5, 0) is an idle detour, like a
    # sub-group no one enters. Bellman–Ford leaves d[1] at 0 (its entries allow that), while its exit
    # 1 → 2 only needs d[1] ≥ d[2] = −3: lowered, an outside arc u → 1 prices out 3 points less often
    tail, head = np.array([0, 0, 0, 1]), np.array([3, 2, 1, 2])
    net = Network(
        4, tail, head, np.ones(4, np.int64), np.zeros(4, np.int64), np.array([0, -3, 5, 0]), np.array([1, 0, 0, -1])
    )
    res = solve_flow(net, 1)
    d = potentials(net, res.flow, 1)
    assert d is not None and res.flow.tolist() == [1, 0, 0, 0]
    assert d.tolist() == [0, 0, -3, 0]
    assert lowered(net, res.flow, 1, d, [(1, 2)]).tolist() == [0, -3, -3, 0]


@settings(max_examples=200, deadline=None)
@given(
    st.integers(1, 12),
    st.integers(1, 9),
    st.lists(st.tuples(st.integers(0, 11), st.integers(0, 8)), max_size=40),
    st.lists(st.tuples(st.integers(-1, 11), st.integers(-1, 8)), max_size=60),
)
def test_the_dense_block_table_finds_what_the_search_finds(
    n_class: int, n_group: int, blocks: list[tuple[int, int]], queries: list[tuple[int, int]]
) -> None:
    from types import SimpleNamespace

    from asn_mutasi.planning import pricing

    blocks = [(c % n_class, g % n_group) for c, g in blocks]  # duplicates too: the first block is found
    queries = [(c if c < 0 else c % n_class, g if g < 0 else g % n_group) for c, g in queries]
    inst = SimpleNamespace(k=np.ones(3, np.int64), mover_pos=np.zeros(0, np.int64), stay_primary=np.zeros(0, np.int64))
    elig = SimpleNamespace(
        n_class=n_class,
        n_group=n_group,
        blk_class=np.array([c for c, _ in blocks], np.int64),
        blk_group=np.array([g for _, g in blocks], np.int64),
        pos_group=np.zeros(3, np.int64),
        n_sub=0,
        subgroups=lambda: np.full(3, -1, np.int64),
        preference_pairs=None,
    )
    lay = pricing.layout(inst, elig, np.zeros(0, bool), None)  # type: ignore[arg-type]
    assert lay.block_table is not None
    cls = np.array([c for c, _ in queries], np.int64)
    grp = np.array([g for _, g in queries], np.int64)
    dense = pricing._block_of(lay, elig, cls, grp)  # type: ignore[arg-type]
    lay.block_table = None
    searched = pricing._block_of(lay, elig, cls, grp)  # type: ignore[arg-type]
    assert dense.tolist() == searched.tolist()
    first = {}
    for i, key in enumerate(blocks):
        first.setdefault(key, i)
    assert dense.tolist() == [first.get((c, g), -1) if c >= 0 and g >= 0 else -1 for c, g in queries]


def test_a_default_skor_is_scored_once_across_rounds(monkeypatch: pytest.MonkeyPatch) -> None:
    """Pricing rounds and the stage-2 passes of a staff floor scored the same (person, representative) pairs again:
    a binding min_pegawai_per_unit at 100k scored 434,000 pairs, 112,000 of them a second time (speed5, h31). Kept
    up to SCORE_CACHE pairs; past it the new pairs are scored and not kept."""
    from types import SimpleNamespace

    from asn_mutasi.planning import pricing
    from asn_mutasi.planning.pricing import Costing

    scored: list[list[tuple[int, int]]] = []

    def score_default(e: np.ndarray, p: np.ndarray) -> np.ndarray:
        scored.append(list(zip(e.tolist(), p.tolist(), strict=True)))
        return 50.0 + e + 0.1 * p

    inst = SimpleNamespace(k=np.ones(6, np.int64), move_cost=10.0)
    costing = Costing(inst, SimpleNamespace(score_default=score_default), None, np.zeros(4, np.int64), 0)  # type: ignore[arg-type]
    rep = np.array([0, 3, 3, 5])  # sub-groups 1 and 2 share a representative
    first = costing.default(np.array([0, 1, 1]), np.array([0, 1, 2]), rep)
    second = costing.default(np.array([1, 2, 0, 1]), np.array([2, 3, 0, 1]), rep)
    assert scored == [[(0, 0), (1, 3)], [(2, 5)]]
    assert first.skor.tolist() == [50.0, 51.3, 51.3] and second.skor.tolist() == [51.3, 52.5, 50.0, 51.3]
    assert second.cost.tolist() == costing.of_skor(second.skor).tolist()
    monkeypatch.setattr(pricing, "SCORE_CACHE", 3)  # full: (3, 0) is scored and not kept
    scored.clear()
    costing.default(np.array([3]), np.array([0]), rep)
    costing.default(np.array([3, 2]), np.array([0, 3]), rep)
    assert scored == [[(3, 0)], [(3, 0)]]


def test_class_and_group_ids_factorise_the_key_columns_without_a_merge(monkeypatch: pytest.MonkeyPatch) -> None:
    """The class / group ids of the planner's key frames: ids in order of first appearance and the distinct rows
    as ``drop_duplicates`` keeps them (a missing value is one value), without merging the distinct rows back onto
    every row (0.06 s of the 100k plan; speed16, h35)."""
    from asn_mutasi.planning.eligibility import _factor

    frame = pd.DataFrame(
        {
            "edu": [3, 1, 3, 1, 2, 3],
            "fam": pd.Series(["x", None, "x", None, "y", "x"], dtype=object),
            "kl": [np.nan, 2.0, np.nan, 2.0, 2.0, 1.0],
            "pref": [True, False, True, False, False, True],
        }
    )
    monkeypatch.setattr(pd.DataFrame, "merge", lambda *a, **k: pytest.fail("merged"))
    ids, keys = _factor(frame)
    assert ids.tolist() == [0, 1, 0, 1, 2, 3]
    assert ids.dtype == np.int64
    pd.testing.assert_frame_equal(keys, frame.fillna(-9999).drop_duplicates().reset_index(drop=True))


def test_preferred_unit_pairs_are_filtered_in_small_pieces() -> None:
    """The preferred-unit pairs go through the filter in pieces of at most about 65,536 pairs (plus one unit's
    share), so the piece's temporaries stay small and are reused instead of mapped afresh (speed17, h35); the pairs
    are the same as listed at once."""
    from types import SimpleNamespace

    from asn_mutasi.planning.eligibility import _preference_pairs

    n_units, per_unit = 2_000, 100
    n_pos, n_emp = n_units * per_unit, n_units
    pref = np.arange(n_emp) % n_units  # one preferred unit a person: 100 pairs each, 200,000 in all
    ctx = SimpleNamespace(
        nip=np.arange(n_emp),
        pref_id=pref,
        pos_unit_id=np.repeat(np.arange(n_units), per_unit),
        employees_preferring=lambda uid: np.flatnonzero(pref == uid),
    )
    rows = SimpleNamespace(er_i=np.arange(n_emp), pr_i=np.arange(n_pos))
    sizes: list[int] = []

    def keep(e: np.ndarray, p: np.ndarray) -> np.ndarray:
        sizes.append(len(e))
        return (e + p) % 3 != 0

    e, p = _preference_pairs(ctx, rows, np.zeros(n_emp, np.int64), np.zeros(n_pos, np.int64), keep)  # type: ignore[arg-type]
    assert len(sizes) > 1 and max(sizes) <= (1 << 16) + per_unit
    all_e = np.repeat(np.arange(n_emp), per_unit)
    all_p = (pref[all_e] * per_unit) + np.tile(np.arange(per_unit), n_emp)
    ok = (all_e + all_p) % 3 != 0
    keys = np.sort(all_e[ok] * n_pos + all_p[ok])
    assert e.tolist() == (keys // n_pos).tolist() and p.tolist() == (keys % n_pos).tolist()
