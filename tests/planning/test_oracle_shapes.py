"""Plan oracles on shapes the generated worlds of ``test_oracle`` do not take: holders whose post was removed from
the table, posts of kebutuhan 0 with holders, pins into full posts, retirements exactly on the horizon's end, PPPK
and PNS under a unit floor and a leaving cap at once, rotation with unit preferences (plan3, h31).

Each world is the generated sample with the shape cut into its files, read by the same readers. The default plan's
fill is compared with a maximum written here on OR-Tools' own min-cost flow over ALL eligible pairs (no classes, no
pricing, none of the planner's networks), and under limits, pins or rotation with the scipy MILP of
``tests/planning/oracle.py``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date

import numpy as np
import pandas as pd
import pytest

from asn_mutasi.config import PlanSettings, Settings
from asn_mutasi.errors import InfeasiblePlanError
from asn_mutasi.planning import make_plan
from asn_mutasi.sample.generator import SampleData
from asn_mutasi.workload import projected_retirements
from tests.planning.test_oracle import AS_OF, _oracle, _world

Mutation = Callable[[SampleData], None]


def _held_posts(data: SampleData, count: int, *, step: int = 3) -> list[str]:
    """``count`` posts with holders, spread over the table (every ``step``-th of those held)."""
    held = data.pegawai["kode_jabatan"].astype(str).value_counts()
    codes = [c for c in data.jabatan["kode_jabatan"].astype(str) if held.get(c, 0) > 0]
    return codes[::step][:count]


def _remove_held_posts(data: SampleData) -> None:
    gone = set(_held_posts(data, 5))
    data.jabatan = data.jabatan[~data.jabatan["kode_jabatan"].astype(str).isin(gone)].reset_index(drop=True)


def _zero_need(data: SampleData) -> None:
    zero = data.jabatan["kode_jabatan"].astype(str).isin(_held_posts(data, 6, step=2))
    data.jabatan.loc[zero, "kebutuhan"] = 0


def _flow_fill(linked: pd.DataFrame, positions: pd.DataFrame, settings: Settings) -> int:
    """The maximum fill over every eligible pair by OR-Tools' SimpleMinCostFlow, built here: person → own post or an
    eligible post; post → sink through kebutuhan seats (cost −1) and over-need seats up to its holders (cost 0);
    people who may not move have only their own post. The pairs and who may move are ``_oracle``'s (all pairs
    scored one by one by the matching rules, projected retirees out)."""
    from ortools.graph.python import min_cost_flow

    movers: set[str] = set()
    _, eligible, _ = _oracle(linked, positions, settings, set(), movers=movers)
    valid = linked[linked["_status"] == "valid"]
    codes = sorted(set(positions["kode_jabatan"].astype(str)))
    need = positions.drop_duplicates("kode_jabatan").set_index("kode_jabatan")["kebutuhan"].clip(lower=0)
    retiring: set[str] = set()
    if settings.rencana.isi_proyeksi_pensiun:
        retiring = set(projected_retirements(linked, settings, as_of=AS_OF)["nip"].astype(str))
    people = valid[valid["kode_jabatan_link"].isin(codes) & ~valid["nip"].astype(str).isin(retiring)]
    own = dict(zip(people["nip"].astype(str), people["kode_jabatan_link"].astype(str), strict=True))
    held = pd.Series(list(own.values()), dtype=object).value_counts()
    nips = sorted(own)
    node = {c: 1 + len(nips) + i for i, c in enumerate(codes)}
    sink = 1 + len(nips) + len(codes)
    flow = min_cost_flow.SimpleMinCostFlow()
    for i, n in enumerate(nips, start=1):
        flow.add_arc_with_capacity_and_unit_cost(0, i, 1, 0)
        targets = {own[n]} | ({c for m, c in eligible if m == n} if n in movers else set())
        for c in sorted(targets):
            flow.add_arc_with_capacity_and_unit_cost(i, node[c], 1, 0)
    for c in codes:
        k, b = int(need.get(c, 0)), int(held.get(c, 0))
        flow.add_arc_with_capacity_and_unit_cost(node[c], sink, k, -1)
        flow.add_arc_with_capacity_and_unit_cost(node[c], sink, max(b - k, 0), 0)
    flow.set_node_supply(0, len(nips))
    flow.set_node_supply(sink, -len(nips))
    assert flow.solve() == flow.OPTIMAL
    return -flow.optimal_cost() - sum(min(int(held.get(c, 0)), int(need.get(c, 0))) for c in codes)


@pytest.mark.parametrize("mutate", [_remove_held_posts, _zero_need], ids=["post-removed", "kebutuhan-0"])
@pytest.mark.parametrize(("size", "seed"), [(240, 11), (300, 5406)])
def test_default_plan_fill_on_removed_and_zero_need_posts(tmp_path, mutate: Mutation, size: int, seed: int) -> None:  # type: ignore[no-untyped-def]
    """Holders of a post the table no longer lists are left out (never moved, no seat); holders of a kebutuhan-0
    post are all surplus and may fill vacancies elsewhere. The default plan fills the flow oracle's maximum, and the
    scipy MILP's, with eligible moves only."""
    linked, positions = _world(size, seed, tmp_path, mutate)
    settings = Settings()
    plan = make_plan(linked, positions, None, settings, as_of=AS_OF)
    fill, eligible, _ = _oracle(linked, positions, settings, set())
    assert fill > 0 and _flow_fill(linked, positions, settings) == fill
    assert plan.summary["lowongan_terisi"] == plan.summary["batas_atas_pengisian"] == fill
    moves = set(zip(plan.moves["nip"].astype(str), plan.moves["kode_jabatan_tujuan"].astype(str), strict=True))
    assert moves <= eligible
    if mutate is _zero_need:  # a kebutuhan-0 post keeps none of its holders it could send elsewhere
        zero = set(positions.loc[positions["kebutuhan"] == 0, "kode_jabatan"].astype(str))
        assert plan.moves["kode_jabatan_asal"].astype(str).isin(zero).any()
        assert not plan.moves["kode_jabatan_tujuan"].astype(str).isin(zero).any()


def _born_for_pension(tmt_pensiun: date, bup: int) -> str:
    """A birth date whose TMT pensiun (the first of the month after the BUP birthday) is ``tmt_pensiun``: the 15th of
    the month before it, ``bup`` years earlier (written here, not with the package's pension rule)."""
    month = tmt_pensiun.month - 1 or 12
    year = tmt_pensiun.year - bup - (1 if tmt_pensiun.month == 1 else 0)
    return date(year, month, 15).isoformat()


_HORIZON_END = date(2027, 11, 1)  # AS_OF + 12 months (beban_kerja.horizon_bulan)


def _pensions_on_the_horizon(data: SampleData) -> None:
    """Two Pelaksana (BUP 58) retire exactly on the horizon's end, two a month after it."""
    rows = data.pegawai.index[data.pegawai["jenis_jabatan"].eq("Pelaksana")][:4]
    data.pegawai.loc[rows[:2], "tanggal_lahir"] = _born_for_pension(_HORIZON_END, 58)
    data.pegawai.loc[rows[2:], "tanggal_lahir"] = _born_for_pension(date(2027, 12, 1), 58)


def test_retirements_on_the_horizon_end_open_their_seats_and_the_plan_fills_the_maximum(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A TMT pensiun on the horizon's last day is inside it (its seat a projected vacancy, its holder not moved), a
    month later is outside; the plan fills the oracles' maximum with those seats."""
    linked, positions = _world(240, 11, tmp_path, _pensions_on_the_horizon)
    settings = Settings()
    born = linked["tanggal_lahir"].astype(str).str[:10]
    on_end = set(linked.loc[born.eq(_born_for_pension(_HORIZON_END, 58)), "nip"].astype(str))
    after = set(linked.loc[born.eq(_born_for_pension(date(2027, 12, 1), 58)), "nip"].astype(str))
    assert len(on_end) == len(after) == 2
    retiring = set(projected_retirements(linked, settings, as_of=AS_OF)["nip"].astype(str))
    assert on_end <= retiring and not after & retiring
    plan = make_plan(linked, positions, None, settings, as_of=AS_OF)
    fill, eligible, _ = _oracle(linked, positions, settings, set())
    assert _flow_fill(linked, positions, settings) == fill
    assert plan.summary["lowongan_terisi"] == plan.summary["batas_atas_pengisian"] == fill
    assert not (on_end | after) & set(plan.moves["nip"].astype(str))
    assert set(zip(plan.moves["nip"], plan.moves["kode_jabatan_tujuan"], strict=True)) <= eligible


@pytest.mark.parametrize(("size", "seed", "limit", "floor"), [(240, 11, 1, 3), (400, 3, 2, 6), (300, 5406, 1, 8)])
def test_pppk_and_pns_under_a_unit_floor_and_a_leaving_cap(
    tmp_path, size: int, seed: int, limit: int, floor: int
) -> None:  # type: ignore[no-untyped-def]
    """PPPK (who may only take their own jabatan in another unit) beside PNS, with ``maks_pindah_per_unit`` and
    ``min_pegawai_per_unit`` at once, on the kebutuhan-0 world: the fill is the all-pairs MILP's, every cap and floor
    held, no PPPK changing jabatan."""
    linked, positions = _world(size, seed, tmp_path, _zero_need)
    assert linked["status_kepegawaian"].eq("PPPK").any()
    rencana = dataclasses.replace(PlanSettings(), maks_pindah_per_unit=limit, min_pegawai_per_unit=floor)
    settings = Settings(rencana=rencana)
    plan = make_plan(linked, positions, None, settings, as_of=AS_OF)
    fill, eligible, _ = _oracle(linked, positions, settings, set())
    assert plan.summary["lowongan_terisi"] == plan.summary["batas_atas_pengisian"] == fill
    moves = plan.moves
    assert set(zip(moves["nip"], moves["kode_jabatan_tujuan"], strict=True)) <= eligible
    leaving = moves[moves["unit_asal"] != moves["unit_tujuan"]]
    assert leaving.empty or leaving["unit_asal"].value_counts().max() <= limit
    pppk = set(linked.loc[linked["status_kepegawaian"].eq("PPPK"), "nip"].astype(str))
    moved_pppk = moves[moves["nip"].astype(str).isin(pppk)]
    assert (moved_pppk["jabatan_asal"] == moved_pppk["jabatan_tujuan"]).all()
    before = linked[linked["_status"] == "valid"].groupby("unit_kerja").size()
    after = before.add(moves["unit_tujuan"].value_counts(), fill_value=0).sub(
        moves["unit_asal"].value_counts(), fill_value=0
    )
    assert (after >= np.minimum(before.reindex(after.index).fillna(0), floor)).all()


def _preferences(data: SampleData) -> None:
    """Every other person names one or two units other than their own (the sample gives few a preference)."""
    units = sorted(set(data.jabatan["unit_kerja"].astype(str)))
    own = data.pegawai["unit_kerja"].astype(str).tolist()
    wanted = [
        "; ".join([u for u in units if u != own[i]][i % 5 : i % 5 + 1 + i % 2]) if i % 2 == 0 else None
        for i in range(len(own))
    ]
    data.pegawai["preferensi_unit"] = wanted


@pytest.mark.parametrize(("limit", "floor"), [(None, None), (2, None), (2, 4)])
def test_rotation_with_unit_preferences_is_the_all_pairs_optimum(
    tmp_path, limit: int | None, floor: int | None
) -> None:  # type: ignore[no-untyped-def]
    """``rotasi_wajib`` where most people name preferred units (the preference is part of each pair's score, so of
    the secondary): the plan's primary is the all-pairs MILP's minimum, and its secondary too, proven (with a leaving
    cap it was the MILP's over the stage-1 moves only, far above the optimum: plan4, h31)."""
    linked, positions = _world(240, 11, tmp_path, _preferences)
    assert linked["preferensi_unit"].notna().mean() > 0.4
    rencana = dataclasses.replace(
        PlanSettings(), rotasi_wajib=True, maks_pindah_per_unit=limit, min_pegawai_per_unit=floor
    )
    settings = Settings(rencana=rencana)
    plan = make_plan(linked, positions, None, settings, as_of=AS_OF)
    best, eligible, secondary = _oracle(linked, positions, settings, set(), secondary=True)
    assert plan.summary["status_solver"] == "optimal" and plan.summary["nilai_tujuan_primer"] == -best
    assert set(zip(plan.moves["nip"], plan.moves["kode_jabatan_tujuan"], strict=True)) <= eligible
    assert plan.summary["nilai_tujuan_sekunder"] == secondary and plan.summary["sekunder_terbukti_optimal"]


def test_pins_into_full_posts_agree_with_the_oracle(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A pin into a post with no free seat forces one of its holders out (or, if none can go, no plan holds): the
    plan and the all-pairs MILP with the pin as a forced arc agree on the fill, or both refuse."""
    linked, positions = _world(240, 11, tmp_path)
    settings = Settings()
    _, eligible, _ = _oracle(linked, positions, settings, set())
    held = linked.loc[linked["_status"] == "valid", "kode_jabatan_link"].astype(str).value_counts()
    need = positions.drop_duplicates("kode_jabatan").set_index("kode_jabatan")["kebutuhan"]
    full = {str(c) for c, k in need.items() if k > 0 and held.get(str(c), 0) == k}
    own = dict(zip(linked["nip"].astype(str), linked["kode_jabatan_link"].astype(str), strict=True))
    tried = 0
    for n, c in sorted((n, c) for n, c in eligible if c in full and own.get(n) != c)[::7][:6]:
        pins = [(n, c)]
        try:
            fill, _, _ = _oracle(linked, positions, settings, set(), pins=pins)
        except AssertionError:  # no plan holds the pin
            with pytest.raises(InfeasiblePlanError):
                make_plan(linked, positions, None, settings, as_of=AS_OF, pins=pins)
            continue
        plan = make_plan(linked, positions, None, settings, as_of=AS_OF, pins=pins)
        assert plan.summary["lowongan_terisi"] == plan.summary["batas_atas_pengisian"] == fill
        moved = dict(zip(plan.moves["nip"].astype(str), plan.moves["kode_jabatan_tujuan"].astype(str), strict=True))
        assert moved.get(n) == c
        assert plan.moves["kode_jabatan_asal"].astype(str).eq(c).any()  # a holder made room
        tried += 1
    assert tried >= 2


def _everything(data: SampleData) -> None:
    """Held posts removed, kebutuhan-0 posts with holders and pensions on the horizon's end, in one world."""
    _remove_held_posts(data)
    _zero_need(data)
    _pensions_on_the_horizon(data)


@pytest.mark.parametrize(("size", "seed"), [(240, 11), (400, 3)])
@pytest.mark.parametrize(("limit", "floor", "rotation"), [(1, 6, True), (None, 6, True), (2, 8, False)])
def test_pins_limits_floor_retirements_and_rotation_together_are_the_all_pairs_optimum(
    tmp_path, size: int, seed: int, limit: int | None, floor: int, rotation: bool
) -> None:  # type: ignore[no-untyped-def]
    """Two pins, a leaving cap and a unit floor (chains must start and end inside the floors), retirements projected,
    CPNS and PPPK, held posts removed and kebutuhan-0 posts, with and without ``rotasi_wajib``: the plan's primary
    and secondary are the all-pairs MILP's, proven, every move eligible and every pin held; under rotation the fill
    is ``batas_atas_dengan_rotasi`` (plan10, h33)."""
    from tests.planning.test_oracle import _pins_with_room

    linked, positions = _world(size, seed, tmp_path, _everything)
    assert linked["status_kepegawaian"].eq("CPNS").any() and linked["status_kepegawaian"].eq("PPPK").any()
    rencana = dataclasses.replace(
        PlanSettings(), rotasi_wajib=rotation, maks_pindah_per_unit=limit, min_pegawai_per_unit=floor
    )
    settings = Settings(rencana=rencana)
    _, eligible, _ = _oracle(linked, positions, settings, set())
    pins = _pins_with_room(linked, positions, eligible, set(), 2, seed)
    assert len(pins) == 2
    best, _, secondary = _oracle(linked, positions, settings, set(), secondary=True, pins=pins)
    plan = make_plan(linked, positions, None, settings, as_of=AS_OF, pins=pins)
    s = plan.summary
    assert s["status_solver"] == "optimal" and s["sekunder_terbukti_optimal"]
    assert (-s["nilai_tujuan_primer"] if rotation else s["lowongan_terisi"]) == best
    assert s["nilai_tujuan_sekunder"] == secondary
    if rotation:
        assert s["batas_atas_dengan_rotasi"] == s["lowongan_terisi"] <= s["batas_atas_pengisian"]
    moves = set(zip(plan.moves["nip"].astype(str), plan.moves["kode_jabatan_tujuan"].astype(str), strict=True))
    assert moves <= eligible and set(pins) <= moves
