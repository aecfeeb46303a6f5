"""Column generation for the stage-1 LP under unit limits, against a MILP over every column."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from asn_mutasi.planning import colgen
from asn_mutasi.planning.colgen import lower_bound, solve_by_columns
from asn_mutasi.planning.netsolve import Network, Side, constraint_rows, feasible_in_integers, solve_milp


def circulation(seed: int, n_nodes: int, n_arcs: int, n_rows: int, *, unit: bool = False) -> tuple[Network, Side]:
    """Chains from S (0) to T (1) over random arcs, T → S earning −1 a unit; side rows cap random sets of arcs,
    each counted with weight 1 or 2 (``unit``: always 1, as stage 1 counts a leaving move)."""
    rng = np.random.default_rng(seed)
    tail = rng.integers(0, n_nodes, n_arcs)
    head = rng.integers(0, n_nodes, n_arcs)
    head = np.where(head == tail, (head + 1) % n_nodes, head)
    tail, head = np.append(tail, 1), np.append(head, 0)  # the last arc: T -> S
    cap = np.append(rng.integers(1, 4, n_arcs), 10 * n_arcs)
    primary = np.append(np.zeros(n_arcs, np.int64), -1)
    secondary = rng.integers(0, 5, n_arcs + 1)
    net = Network(n_nodes, tail, head, cap, primary, secondary, np.zeros(n_nodes, np.int64))
    counted = np.flatnonzero(rng.random(n_arcs) < 0.6)
    row = rng.integers(0, n_rows, len(counted))
    weight = rng.integers(1, 3, len(counted)).astype(float)
    side = Side(row, counted, np.ones(len(counted)) if unit else weight, np.full(n_rows, -np.inf),
                rng.integers(0, 4, n_rows).astype(float))  # fmt: skip
    return net, side


def python_output(code: str) -> tuple[str, str]:
    """stdout and stderr of ``code`` run in a fresh interpreter (HiGHS' banner comes once per process)."""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return out.stdout, out.stderr


def milp_optimum(net: Network, side: Side) -> int:
    from scipy.optimize import Bounds, LinearConstraint, milp

    matrix, lo, hi = constraint_rows(net, side)
    res = milp(net.primary.astype(float), integrality=np.ones(len(net.tail)),
               bounds=Bounds(np.zeros(len(net.tail)), net.cap.astype(float)),
               constraints=[LinearConstraint(matrix, lo, hi)])  # fmt: skip
    assert res.status == 0
    return int(np.rint(res.fun))


def max_flow_start(net: Network) -> np.ndarray:
    from asn_mutasi.planning.exact import chain_flow

    return chain_flow(net).flow


@settings(max_examples=60, deadline=None)
@given(
    seed=st.integers(0, 10_000),
    n_nodes=st.integers(3, 12),
    n_arcs=st.integers(2, 40),
    n_rows=st.integers(1, 5),
    start=st.sampled_from(["max-flow", "none", "all"]),
    per_round=st.sampled_from([1, 3, 2_000]),
)
def test_columns_reach_the_milp_optimum_over_every_arc(
    seed: int, n_nodes: int, n_arcs: int, n_rows: int, start: str, per_round: int
) -> None:
    net, side = circulation(seed, n_nodes, n_arcs, n_rows)
    first = {"max-flow": max_flow_start(net), "none": np.zeros(len(net.tail)), "all": np.ones(len(net.tail))}[start]
    original = colgen.ADD_PER_ROUND
    colgen.ADD_PER_ROUND = per_round
    try:
        got = solve_by_columns(net, side, first, 30.0)
    finally:
        colgen.ADD_PER_ROUND = original
    best = milp_optimum(net, side)
    if got is None:  # the LP bound is more than 1 below the integer optimum (side rows with weight 2): the MILP decides
        assert solve_milp(net, side, 30.0, start=first).primary == best
        return
    assert got.status == "optimal" and got.primary == best
    assert feasible_in_integers(net, side, got.flow)
    assert got.primary == int(got.flow @ net.primary) and got.secondary == int(got.flow @ net.secondary)


def test_with_unit_weights_as_in_the_plan_the_columns_almost_always_prove_their_plan() -> None:
    """Stage 1's side rows count each leaving move once; there the bound closes (else colgen would be dead weight)."""
    proven = 0
    for seed in range(40):
        net, side = circulation(seed, 10, 35, 4, unit=True)
        got = solve_by_columns(net, side, max_flow_start(net), 30.0)
        if got is not None:
            assert got.primary == milp_optimum(net, side) and feasible_in_integers(net, side, got.flow)
            proven += 1
    assert proven >= 36


@settings(max_examples=40, deadline=None)
@given(seed=st.integers(0, 10_000), scale=st.sampled_from([0.5, 1.0, 3.0]))
def test_the_bound_holds_for_any_prices(seed: int, scale: float) -> None:
    """L(y) is weak duality: below the integer optimum whatever y is, rounded or not."""
    net, side = circulation(seed, 8, 25, 3)
    matrix, lo, hi = constraint_rows(net, side)
    y = np.random.default_rng(seed).normal(0, scale, matrix.shape[0])
    bound = lower_bound(net.primary.astype(float), matrix.tocsc(), lo, hi, net.cap.astype(float), y)
    assert bound <= milp_optimum(net, side) + 1e-9


def test_a_fractional_vertex_goes_to_the_milp() -> None:
    # S -> T earns −1 through T -> S; the side row 2·x ≤ 1 makes the LP take x = 0.5, the integer optimum 0
    net = Network(2, np.array([0, 1]), np.array([1, 0]), np.array([1, 5]), np.array([0, -1]),
                  np.zeros(2, np.int64), np.zeros(2, np.int64))  # fmt: skip
    half = Side(np.array([0]), np.array([0]), np.array([2.0]), np.array([-np.inf]), np.array([1.0]))
    assert solve_by_columns(net, half, np.zeros(2), 10.0) is None
    res = solve_milp(net, half, 10.0, start=np.zeros(2))
    assert res.status == "optimal" and res.primary == 0 and res.flow.tolist() == [0, 0]


def hostile(seed: int) -> tuple[Network, Side]:
    """Costs on every arc, zero capacities, parallel arcs and self loops, weights −1..3, equality rows (review)."""
    rng = np.random.default_rng(seed)
    n, m = int(rng.integers(2, 12)), int(rng.integers(1, 50))
    tail, head = rng.integers(0, n, m), rng.integers(0, n, m)
    twins = rng.integers(0, m, int(rng.integers(0, 5)))
    tail, head = np.append(tail, tail[twins]), np.append(head, head[twins])
    m = len(tail)
    net = Network(n, tail, head, rng.integers(0, 5, m), rng.integers(-3, 4, m), rng.integers(0, 3, m),
                  np.zeros(n, np.int64))  # fmt: skip
    n_rows = int(rng.integers(0, 5))
    rows, arcs = [], []
    for r in range(n_rows):
        sel = np.flatnonzero(rng.random(m) < 0.4)
        rows.append(np.full(len(sel), r))
        arcs.append(sel)
    row = np.concatenate(rows).astype(np.int64) if rows else np.zeros(0, np.int64)
    arc = np.concatenate(arcs).astype(np.int64) if arcs else np.zeros(0, np.int64)
    coef = rng.choice([1.0, 2.0, -1.0, 3.0], len(arc))
    lo = np.where(rng.random(n_rows) < 0.5, -np.inf, -rng.integers(0, 3, n_rows).astype(float))
    hi = np.where(rng.random(n_rows) < 0.3, np.inf, rng.integers(0, 4, n_rows).astype(float))
    equal = rng.random(n_rows) < 0.2
    return net, Side(row, arc, coef, np.where(equal, 0.0, lo), np.where(equal, 0.0, hi))


def test_hostile_instances_are_never_certified_wrong() -> None:
    """Every answer colgen proves is the MILP optimum; solve_milp with a start always is. Fails with z − L < 2."""
    proven = 0
    for seed in range(150):
        net, side = hostile(seed)
        best = milp_optimum(net, side)
        for start in (np.zeros(len(net.tail)), np.ones(len(net.tail))):
            got = solve_by_columns(net, side, start, 30.0)
            if got is not None:
                proven += 1
                assert got.primary == best and feasible_in_integers(net, side, got.flow), seed
        res = solve_milp(net, side, 30.0, start=np.ones(len(net.tail)))
        assert res.status == "optimal" and res.primary == best and feasible_in_integers(net, side, res.flow), seed
    assert proven >= 150  # most instances are proven by the columns (the others fall back)


@settings(max_examples=80, deadline=None)
@given(seed=st.integers(0, 100_000))
def test_compress_undoes_expand_and_keeps_a_flow_feasible(seed: int) -> None:
    from asn_mutasi.planning.netsolve import merge_paths, solve_flow

    rng = np.random.default_rng(seed)
    n, m = int(rng.integers(2, 10)), int(rng.integers(1, 30))
    tail, head = list(rng.integers(0, n, m)), list(rng.integers(0, n, m))
    for _ in range(int(rng.integers(0, 6))):  # paths through fresh nodes: bridged
        a, b = rng.integers(0, n, 2)
        tail += [a, n]
        head += [n, b]
        n += 1
    twins = rng.integers(0, len(tail), int(rng.integers(0, 5)))  # joined
    t, h = (
        np.append(tail, np.array(tail)[twins]).astype(np.int64),
        np.append(head, np.array(head)[twins]).astype(np.int64),
    )
    m = len(t)
    net = Network(n, t, h, rng.integers(0, 4, m), rng.integers(-2, 3, m), np.zeros(m, np.int64), np.zeros(n, np.int64))
    counted = np.flatnonzero(rng.random(m) < 0.2)
    side = Side(np.zeros(len(counted), np.int64), counted, np.ones(len(counted)), np.array([-np.inf]), np.array([2.0]))
    merged = merge_paths(net, side if len(counted) else None)
    f = np.array([rng.integers(0, c + 1) for c in merged.net.cap], dtype=np.int64)
    assert np.array_equal(merged.compress(merged.expand(f)), f)
    plain = solve_flow(net, 1)
    g = merged.compress(plain.flow)
    assert np.array_equal(g, np.rint(g)) and feasible_in_integers(merged.net, None, np.rint(g).astype(np.int64))
    assert int(np.rint(g) @ merged.net.primary) == plain.primary


def test_what_it_cannot_start_from_zero_or_finish_in_time_falls_back() -> None:
    net, side = circulation(7, 6, 15, 2)
    supplied = Network(net.n_nodes, net.tail, net.head, net.cap, net.primary, net.secondary,
                       np.append([1, -1], np.zeros(net.n_nodes - 2, np.int64)))  # fmt: skip
    assert solve_by_columns(supplied, side, np.zeros(len(net.tail)), 10.0) is None
    needs_one = Side(side.row, side.arc, side.coef, np.ones(len(side.lo)), side.hi + 1)
    assert solve_by_columns(net, needs_one, np.zeros(len(net.tail)), 10.0) is None
    assert solve_by_columns(net, side, np.zeros(len(net.tail)), 0.0) is None  # no time left
    assert solve_by_columns(net, side, np.zeros(3), 10.0) is None  # a start of the wrong length
    assert solve_milp(net, side, 10.0, start=np.zeros(3)).primary == milp_optimum(net, side)
    # solve_milp falls back to GLOP's LP and the MILP and still finds the optimum
    assert solve_milp(net, side, 10.0, start=np.zeros(len(net.tail))).primary == milp_optimum(net, side)


def test_without_scipy_s_highs_binding_the_exact_path_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    """scipy.optimize._highspy is scipy's private module: its absence (or another binding) must not break a plan."""
    import scipy.optimize._highspy as private

    net, side = circulation(5, 8, 30, 3)
    monkeypatch.setattr(private, "_core", object())  # no _Highs on it: AttributeError
    assert solve_by_columns(net, side, max_flow_start(net), 10.0) is None
    assert solve_milp(net, side, 10.0, start=max_flow_start(net)).primary == milp_optimum(net, side)
    monkeypatch.setitem(sys.modules, "scipy.optimize._highspy", None)  # the import fails
    assert solve_by_columns(net, side, max_flow_start(net), 10.0) is None


def test_a_bound_that_does_not_close_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    net, side = circulation(11, 8, 30, 3, unit=True)  # proven as it is (asserted below)
    monkeypatch.setattr(colgen, "lower_bound", lambda *a: -1e9)
    assert solve_by_columns(net, side, max_flow_start(net), 10.0) is None
    monkeypatch.setattr(colgen, "lower_bound", lambda *a: float("nan"))  # a NaN proves nothing
    assert solve_by_columns(net, side, max_flow_start(net), 10.0) is None
    monkeypatch.undo()
    assert solve_by_columns(net, side, max_flow_start(net), 10.0) is not None
    monkeypatch.setattr(colgen, "feasible_in_integers", lambda *a: False)  # HiGHS' flow off by its tolerances
    assert solve_by_columns(net, side, max_flow_start(net), 10.0) is None
    assert solve_milp(net, side, 10.0, start=max_flow_start(net)).primary == milp_optimum(net, side)


def test_the_time_limit_counts_from_the_call_not_from_highs_first_run(monkeypatch: pytest.MonkeyPatch) -> None:
    """HiGHS' limit is cumulative over runs: each run gets its run time so far plus what is left of ours."""
    from scipy.optimize._highspy import _core

    limits: list[float] = []
    real = _core._Highs

    class Spy(real):  # type: ignore[misc,valid-type]
        def setOptionValue(self, name, value):  # type: ignore[no-untyped-def]
            if name == "time_limit":
                limits.append(value - self.getRunTime())
            return super().setOptionValue(name, value)

    monkeypatch.setattr(_core, "_Highs", Spy)
    monkeypatch.setattr(colgen, "ADD_PER_ROUND", 1)
    net, side = circulation(3, 10, 40, 3)
    assert solve_by_columns(net, side, np.zeros(len(net.tail)), 60.0) is not None
    assert len(limits) >= 3 and all(55.0 < left <= 60.0 for left in limits)


def test_quiet_stdout_swallows_c_output_and_restores_the_descriptor() -> None:
    code = (
        "import ctypes, sys\n"
        "from asn_mutasi.planning.netsolve import quiet_stdout\n"
        "libc = ctypes.CDLL(None)\n"
        "print('before', flush=True)\n"
        "with quiet_stdout():\n"
        "    libc.printf(b'from C\\n')\n"
        "print('after', flush=True)\n"
    )
    assert python_output(code) == ("before\nafter\n", "")


def test_highs_milp_writes_nothing_to_stdout() -> None:
    """HiGHS' MILP printf's a line on hostile instance 40 whatever its options say; stdout carries CSV/JSON."""
    code = (
        "import numpy as np\n"
        "from tests.planning.test_colgen import hostile\n"
        "from asn_mutasi.planning.netsolve import solve_milp\n"
        "net, side = hostile(40)\n"
        "solve_milp(net, side, 30.0, start=np.zeros(len(net.tail)))\n"
    )
    assert python_output(code) == ("", "")


def test_highs_writes_nothing_to_stdout() -> None:
    """HiGHS' banner would land in the middle of `--format csv` output; a fresh process must stay silent."""
    code = (
        "import numpy as np\n"
        "from tests.planning.test_colgen import circulation, max_flow_start\n"
        "from asn_mutasi.planning.colgen import solve_by_columns\n"
        "net, side = circulation(3, 8, 30, 3, unit=True)\n"
        "assert solve_by_columns(net, side, max_flow_start(net), 10.0) is not None\n"
    )
    assert python_output(code) == ("", "")


def test_unit_limit_plan_json_on_stdout_has_nothing_of_highs(tmp_path: Path) -> None:
    """plan --maks-pindah-per-unit in a fresh interpreter: stage 1's column generation and stage 2's LP
    (planning/limited.py) run on HiGHS, whose banner and MILP lines go to stdout unless kept off;
    stdout is exactly the JSON document, and the secondary is proven over all pairs."""
    root = Path(__file__).resolve().parents[2]
    sample = root / "sample_data"
    command = [sys.executable, "-m", "asn_mutasi", "rencana", str(sample / "pegawai.xlsx")]
    command += [
        str(sample / "peta_jabatan.xlsx"),
        "--tanggal",
        "2026-11-01",
        "--maks-pindah-per-unit",
        "1",
        "-f",
        "json",
    ]
    done = subprocess.run(command, capture_output=True, text=True, check=True, cwd=tmp_path)
    summary = json.loads(done.stdout)["ringkasan"]
    assert summary["sekunder_terbukti_optimal"] is True
    assert summary["lowongan_terisi"] == summary["batas_atas_pengisian"] > 0
    assert "HiGHS" not in done.stderr and "Running" not in done.stderr


def test_limited_pricing_bounds_never_exceed_the_true_reduced_cost() -> None:
    """planning/limited.py prices with integer bounds of the LP's prices (movers rounded down, positions and
    sub-groups up, unit prices down): every reduced cost it computes is at most the true one, for fractional
    prices too, so a pair it leaves out has a true reduced cost ≥ 0 (the LP's prices were integral in every
    run measured, so only this test sees fractions)."""
    from asn_mutasi.planning.limited import _Lp

    rng = np.random.default_rng(7)
    lp = object.__new__(_Lp)
    lp.m, lp.P, lp.n_sub, lp.n_u = 40, 25, 10, 4
    lp.n_node = lp.m + lp.P + lp.n_sub + 1
    lp.pos_u, lp.sub_u = rng.integers(0, lp.n_u, lp.P), rng.integers(0, lp.n_u, lp.n_sub)
    lp.mover_u = lp.pos_u[rng.integers(0, lp.P, lp.m)]
    for _ in range(50):
        y = np.concatenate([rng.normal(0, 50, lp.n_node), -np.abs(rng.normal(0, 30, lp.n_u)), [rng.normal()]])
        y[rng.random(len(y)) < 0.3] = np.rint(y[rng.random(len(y)) < 0.3].mean())  # some integral, most not
        y[lp.n_node : lp.n_node + lp.n_u] = np.minimum(y[lp.n_node : lp.n_node + lp.n_u], 0)  # unit rows: ≤ L
        (d_e, d_p, d_s), cross = lp.potentials(y)
        e, p, s = rng.integers(0, lp.m, 200), rng.integers(0, lp.P, 200), rng.integers(0, lp.n_sub, 200)
        c = rng.integers(0, 1000, 200).astype(float)
        price_p, price_s = y[lp.m + p], y[lp.m + lp.P + s]
        unit_price = y[lp.n_node + lp.mover_u[e]]
        true_p = c - y[e] + price_p - unit_price * (lp.mover_u[e] != lp.pos_u[p])
        true_s = c - y[e] + price_s - unit_price * (lp.mover_u[e] != lp.sub_u[s])
        assert (c + d_e[e] - d_p[p] + cross.to_pos(e, p) <= true_p + 1e-9).all()
        assert (c + d_e[e] - d_s[s] + cross.to_sub(e, s) <= true_s + 1e-9).all()
