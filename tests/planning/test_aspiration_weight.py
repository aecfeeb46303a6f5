"""Aspirations in the plan (issue 15): a secondary term only.

Property: raising the aspiration weight never reduces the number of movers placed in a unit they
chose, and never changes the fill. (Both plans are optimal for their weights over the same
maximum-fill plans, so adding (w2 − w1)·chosen to the comparison of their objectives gives
chosen(w2) ≥ chosen(w1).)
"""

from __future__ import annotations

import dataclasses

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from asn_mutasi.config import AspirationSettings, PlanSettings, Settings
from asn_mutasi.planning import make_plan
from asn_mutasi.planning.aspiration import ASPIRATION_FIELDS, AspirationCost
from tests.planning.factory import AS_OF, NO_RETIREMENTS, candidates, nip, positions, roster

UNITS = ("Dinas A", "Dinas B", "UPT C")


@st.composite
def instances(draw: st.DrawFn) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    n_pos = draw(st.integers(2, 6))
    pos = positions(
        [(f"J{i:02d}", f"Jabatan {i}", UNITS[draw(st.integers(0, 2))], draw(st.integers(0, 3))) for i in range(n_pos)]
    )
    n_emp = draw(st.integers(2, 12))
    codes = pos["kode_jabatan"].tolist()
    weighted = [codes[0], codes[0], codes[1], *codes]
    ro = roster([(nip(i), draw(st.sampled_from(weighted))) for i in range(n_emp)])
    pairs = draw(
        st.lists(
            st.tuples(st.integers(0, n_emp - 1), st.integers(0, n_pos - 1), st.integers(40, 100)),
            min_size=4,
            max_size=36,
        )
    )
    ca = candidates([(nip(e), f"J{p:02d}", float(s), True) for e, p, s in pairs]).drop_duplicates(
        ["nip", "kode_jabatan"]
    )
    chosen = [draw(st.sampled_from(("", *UNITS))) for _ in range(n_emp)]
    table = pd.DataFrame({f: [""] * n_emp for f in ASPIRATION_FIELDS})
    table["nip"] = [nip(i) for i in range(n_emp)]
    table["pilihan_1_unit"] = chosen
    table["kesediaan"] = "Bersedia"
    return ro, pos, ca, table


def _chosen_and_fill(inst: tuple[pd.DataFrame, ...], weight: float) -> tuple[int, int]:
    ro, pos, ca, table = inst
    s = Settings()
    s = dataclasses.replace(s, aspirasi=AspirationSettings(bobot_pilihan_1=weight))
    cost = AspirationCost.build(table, pos, s.aspirasi)
    plan = make_plan(ro, pos, ca, s, as_of=AS_OF, retirements=NO_RETIREMENTS, preference=cost)
    wish = dict(zip(table["nip"], table["pilihan_1_unit"], strict=True))
    moves = plan.moves
    hit = sum(1 for n, u in zip(moves["nip"], moves["unit_tujuan"], strict=True) if wish.get(n) and wish[n] == u)
    return hit, int(plan.summary["lowongan_terisi"])


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(instances(), st.floats(0, 20), st.floats(0, 60))
def test_raising_the_weight_never_places_fewer_in_a_chosen_unit(
    inst: tuple[pd.DataFrame, ...], low: float, extra: float
) -> None:
    hit_low, fill_low = _chosen_and_fill(inst, low)
    hit_high, fill_high = _chosen_and_fill(inst, low + extra)
    assert fill_high == fill_low  # aspirations never change the maximum fill
    assert hit_high >= hit_low


def test_weights_0_4_40_on_a_crafted_case() -> None:
    """Two equal candidates for one vacancy in Dinas B; the one who chose Dinas B wins once weighted."""
    pos = positions([("A1", "Analis", "Dinas A", 1), ("B1", "Analis", "Dinas B", 1)])
    ro = roster([(nip(0), "A1"), (nip(1), "A1"), (nip(2), "A1")])
    ca = candidates([(nip(0), "B1", 80.0, True), (nip(1), "B1", 78.0, True)])
    table = pd.DataFrame({f: ["", ""] for f in ASPIRATION_FIELDS})
    table["nip"] = [nip(0), nip(1)]
    table["pilihan_1_unit"] = ["", "Dinas B"]
    table["kesediaan"] = "Bersedia"
    inst = (ro, pos, ca, table)
    assert [_chosen_and_fill(inst, w) for w in (0.0, 1.0, 4.0, 40.0)] == [(0, 1), (0, 1), (1, 1), (1, 1)]


def _tug_of_war(weight: float, rules: PlanSettings) -> tuple[int, int, str]:
    """Two unwilling people who chose each other's post; the one in a kebutuhan-0 post may also fill the vacancy
    in UPT C (the only fill), at a low score and not a choice. Two kept people hold the units' other posts."""
    pos = positions(
        [
            ("A0", "Analis", "Dinas A", 0),
            ("B1", "Analis", "Dinas B", 1),
            ("C1", "Penata", "UPT C", 1),
            ("A2", "Pengadministrasi", "Dinas A", 1),
            ("B2", "Pengadministrasi", "Dinas B", 1),
        ]
    )
    ro = roster([(nip(0), "A0"), (nip(1), "B1"), (nip(2), "A2"), (nip(3), "B2")], tmt="2023-01-01")  # none due
    ca = candidates([(nip(0), "B1", 100.0, True), (nip(1), "A0", 100.0, True), (nip(0), "C1", 40.0, True)])
    table = pd.DataFrame({f: ["", ""] for f in ASPIRATION_FIELDS})
    table["nip"] = [nip(0), nip(1)]
    table["pilihan_1_unit"] = ["Dinas B", "Dinas A"]
    table["kesediaan"] = "Tidak bersedia"
    asp = AspirationSettings(bobot_pilihan_1=weight, biaya_tidak_bersedia=weight)
    s = dataclasses.replace(Settings(), rencana=rules, aspirasi=asp)
    cost = AspirationCost.build(table, pos, asp)
    plan = make_plan(ro, pos, ca, s, as_of=AS_OF, retirements=NO_RETIREMENTS, preference=cost, keep=[nip(2), nip(3)])
    return (
        int(plan.summary["lowongan_terisi"]),
        int(plan.summary["batas_atas_pengisian"]),
        plan.summary["status_solver"],
    )


@pytest.mark.parametrize("weight", [10.0, 400.0, 1000.0, 10_000.0])
@pytest.mark.parametrize(
    "rules",
    [PlanSettings(), PlanSettings(min_pegawai_per_unit=1), PlanSettings(rotasi_wajib=True)],
    ids=["bawaan", "min-pegawai", "rotasi"],
)
def test_large_aspiration_weights_never_trade_a_vacancy_for_choices(weight: float, rules: PlanSettings) -> None:
    """Where stage 2 weighs the fill (min_pegawai_per_unit, rotasi_wajib) its weight must outweigh every secondary
    difference: the swap to both choices saves one unwilling charge and earns two choice rewards, 3 × the weight,
    while W counted one preference bound per mover (2 × the weight); at weights from 317 (within [aspirasi]'s
    0–10,000) the plan gave up the vacancy, or raised "the plan's primary 0 is not stage 1's proven optimum −1"."""
    assert _tug_of_war(weight, rules) == (1, 1, "optimal")


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(instances(), st.sampled_from((0.0, 1.0, 10_000.0)))
def test_the_deprecated_fill_weight_changes_nothing(inst: tuple[pd.DataFrame, ...], weight: float) -> None:
    """``bobot_isi_lowongan`` is documented (label, docs) as having no effect: fill comes first, proven."""
    ro, pos, ca, _ = inst
    plain = make_plan(ro, pos, ca, Settings(), as_of=AS_OF, retirements=NO_RETIREMENTS)
    s = dataclasses.replace(Settings(), rencana=PlanSettings(bobot_isi_lowongan=weight))
    weighted = make_plan(ro, pos, ca, s, as_of=AS_OF, retirements=NO_RETIREMENTS)
    assert (
        weighted.moves[["nip", "kode_jabatan_tujuan"]].values.tolist()
        == plain.moves[["nip", "kode_jabatan_tujuan"]].values.tolist()
    )
    assert weighted.summary["lowongan_terisi"] == plain.summary["lowongan_terisi"]


def test_the_fill_weight_is_labelled_as_without_effect() -> None:
    from asn_mutasi.labels import parameter_words

    assert "tidak berpengaruh" in parameter_words("rencana.bobot_isi_lowongan")[0]
