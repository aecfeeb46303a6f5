"""Property tests of plan invariants on small random instances."""

from __future__ import annotations

import dataclasses

import numpy as np
import pandas as pd
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from asn_mutasi.config import PlanSettings, Settings
from asn_mutasi.planning import make_plan
from tests.planning.factory import AS_OF, NO_RETIREMENTS, candidates, nip, positions, roster
from tests.planning.oracle import max_fill_table

UNITS = ("Dinas A", "Dinas B", "UPT C")


@st.composite
def instances(draw: st.DrawFn) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    n_pos = draw(st.integers(2, 6))
    pos = positions(
        [(f"J{i:02d}", f"Jabatan {i}", UNITS[draw(st.integers(0, 2))], draw(st.integers(0, 3))) for i in range(n_pos)]
    )
    n_emp = draw(st.integers(2, 14))
    codes = pos["kode_jabatan"].tolist()
    # crowd the first positions so surpluses (and so moves and chains) are common; some unlinked
    weighted = [codes[0], codes[0], codes[1], *codes, None]
    links = [draw(st.sampled_from(weighted)) for _ in range(n_emp)]
    ro = roster([(nip(i), links[i]) for i in range(n_emp)], excluded=draw(st.integers(0, 2)))
    pairs = draw(
        st.lists(
            st.tuples(
                st.integers(0, max(n_emp - 1, 0)),
                st.integers(0, n_pos - 1),
                st.integers(20, 100),
                st.sampled_from([True, True, True, False]),
            ),
            min_size=4,
            max_size=40,
        )
    )
    rows = [(nip(e), f"J{p:02d}", float(s), lay) for e, p, s, lay in pairs if n_emp]
    ca = candidates(rows).drop_duplicates(["nip", "kode_jabatan"]) if rows else candidates([]).astype({"layak": bool})
    return ro, pos, ca


def _plan(ro: pd.DataFrame, pos: pd.DataFrame, ca: pd.DataFrame, st_: Settings | None = None, **kw: object):  # type: ignore[no-untyped-def]
    return make_plan(ro, pos, ca, st_ or Settings(), as_of=AS_OF, retirements=NO_RETIREMENTS, **kw)  # type: ignore[arg-type]


FAST = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(instances(), st.randoms(use_true_random=False))
def test_plan_invariants(data: tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame], rnd: object) -> None:
    ro, pos, ca = data
    p = _plan(ro, pos, ca)
    event("has moves" if len(p.moves) else "no moves")
    event("has chain" if len(p.moves) and (p.moves["rantai"] != "").any() else "no chain")
    # every move is a layak arc with score >= minimum, to a different position
    ok = {
        (n, k)
        for n, k, s, lay in zip(ca["nip"], ca["kode_jabatan"], ca["skor"], ca["layak"], strict=True)
        if lay and s >= 40
    }
    for n, src, dst in zip(p.moves["nip"], p.moves["kode_jabatan_asal"], p.moves["kode_jabatan_tujuan"], strict=True):
        assert (n, dst) in ok and src != dst
    # no position above its need unless it started above and received nobody
    need = dict(zip(pos["kode_jabatan"], pos["kebutuhan"], strict=True))
    linked = ro[(ro["_status"] == "valid") & ro["kode_jabatan_link"].notna()]
    before = linked["kode_jabatan_link"].value_counts().to_dict()
    after = dict(before)
    for src, dst in zip(p.moves["kode_jabatan_asal"], p.moves["kode_jabatan_tujuan"], strict=True):
        after[src] -= 1
        after[dst] = after.get(dst, 0) + 1
    inbound = set(p.moves["kode_jabatan_tujuan"])
    for code, n in after.items():  # chains may pass through full and surplus posts, never above max(need, before)
        assert n <= max(need[code], before.get(code, 0))
    del inbound
    # every input row accounted exactly once
    assert len(p.accounting) == len(ro)
    assert p.accounting["nip"].tolist() == ro["nip"].astype(str).tolist()
    s = p.summary
    assert s["pindah"] + s["tetap"] + s["dikecualikan"] == s["pegawai_input"] == len(ro)
    assert s["pindah"] == len(p.moves)
    assert s["lowongan_terisi"] + s["lowongan_tidak_terisi"] == s["lowongan_awal"]
    # never worse than greedy: more or equal fills, and lower or equal objective (greedy is feasible)
    assert s["lowongan_terisi"] >= s["pembanding_lowongan_terisi"]
    assert s["nilai_tujuan"] <= s["pembanding_nilai_tujuan"]
    # shuffled rows give the identical plan
    shuffled = _plan(
        ro.sample(frac=1, random_state=1), pos.sample(frac=1, random_state=2), ca.sample(frac=1, random_state=3)
    )
    pd.testing.assert_frame_equal(shuffled.moves, p.moves)
    pd.testing.assert_frame_equal(shuffled.unfilled, p.unfilled)
    assert shuffled.summary == p.summary


@FAST
@given(instances())
def test_fill_equals_all_pairs_oracle_and_milp_matches_flow(
    data: tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame],
) -> None:
    ro, pos, ca = data
    p = _plan(ro, pos, ca)
    assert p.summary["lowongan_terisi"] == p.summary["batas_atas_pengisian"] == max_fill_table(ro, pos, ca)
    # the MILP path (a non-binding unit limit) proves the same fill and the same objective
    loose = Settings(rencana=dataclasses.replace(PlanSettings(), maks_pindah_per_unit=10**6))
    q = _plan(ro, pos, ca, loose)
    assert q.summary["metode_penyelesaian"] == "milp"
    assert q.summary["lowongan_terisi"] == p.summary["lowongan_terisi"]
    assert q.summary["nilai_tujuan"] == p.summary["nilai_tujuan"]
    for rotasi in (True,):
        r = _plan(ro, pos, ca, Settings(rencana=dataclasses.replace(PlanSettings(), rotasi_wajib=rotasi)))
        assert r.summary["batas_atas_pengisian"] == p.summary["batas_atas_pengisian"]


@FAST
@given(instances(), st.integers(0, 2), st.integers(0, 4))
def test_limits_respected_with_milp(
    data: tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame], max_out: int, min_staff: int
) -> None:
    ro, pos, ca = data
    st_ = Settings(
        rencana=dataclasses.replace(PlanSettings(), maks_pindah_per_unit=max_out, min_pegawai_per_unit=min_staff)
    )
    p = _plan(ro, pos, ca, st_)
    assert p.summary["metode_penyelesaian"] == "milp"
    if len(p.moves):  # moves to another unit count against the unit they leave
        leaving = p.moves[p.moves["unit_asal"] != p.moves["unit_tujuan"]]
        assert leaving["unit_asal"].value_counts().max() <= max_out if len(leaving) else True
    assert p.summary["lowongan_terisi"] == p.summary["batas_atas_pengisian"]
    b = p.units_before.set_index("unit_kerja")["bezetting"]
    a = p.units_after.set_index("unit_kerja")["bezetting"]
    assert (a >= np.minimum(min_staff, b)).all()
    assert p.summary["nilai_tujuan"] <= p.summary["pembanding_nilai_tujuan"]


@FAST
@given(instances(), st.integers(0, 5), st.booleans())
def test_staff_floor_in_the_network(
    data: tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame], floor: int, rotasi: bool
) -> None:
    """A staff floor alone is kept by the flow network itself (also the seat network of rotasi_wajib):
    floors hold, the bound is the all-pairs maximum under them and is reached without rotation, and no
    secondary is above the MILP's (which sees the stage-1 moves only)."""
    ro, pos, ca = data
    rencana = dataclasses.replace(PlanSettings(), min_pegawai_per_unit=floor, rotasi_wajib=rotasi)
    p = _plan(ro, pos, ca, Settings(rencana=rencana))
    assert p.summary["metode_penyelesaian"] == "min-cost-flow"
    b = p.units_before.set_index("unit_kerja")["bezetting"]
    a = p.units_after.set_index("unit_kerja")["bezetting"]
    assert (a >= np.minimum(floor, b)).all()
    assert p.summary["batas_atas_pengisian"] == max_fill_table(ro, pos, ca, min_staff=floor)
    if not rotasi:  # (with rotasi_wajib a due rotation may outweigh a seat: the primary counts both)
        assert p.summary["lowongan_terisi"] == p.summary["batas_atas_pengisian"]
        assert p.summary["sekunder_terbukti_optimal"]
        milp = _plan(ro, pos, ca, Settings(rencana=dataclasses.replace(rencana, maks_pindah_per_unit=10**6)))
        assert milp.summary["metode_penyelesaian"] == "milp"
        assert milp.summary["lowongan_terisi"] == p.summary["lowongan_terisi"]
        assert p.summary["nilai_tujuan_sekunder"] <= milp.summary["nilai_tujuan_sekunder"]


@FAST
@given(instances(), st.data())
def test_keep_and_pins_honoured(data: tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame], draw: st.DataObject) -> None:
    ro, pos, ca = data
    valid = ro[(ro["_status"] == "valid") & ro["kode_jabatan_link"].notna()]
    keep = draw.draw(st.lists(st.sampled_from(valid["nip"].tolist()), max_size=3)) if len(valid) else []
    p = _plan(ro, pos, ca, keep=keep)
    assert not set(keep) & set(p.moves["nip"])
    # pin the first layak, >0-score arc of a non-kept person into a position with room
    if len(p.moves):
        m = p.moves.iloc[0]
        pinned = _plan(ro, pos, ca, keep=keep, pins=[(m["nip"], m["kode_jabatan_tujuan"])])
        assert m["kode_jabatan_tujuan"] == pinned.moves.set_index("nip").at[m["nip"], "kode_jabatan_tujuan"]
