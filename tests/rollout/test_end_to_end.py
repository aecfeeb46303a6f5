"""End to end: sample data → plan → plan workbook → analyst decisions → apply → compare."""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
import pandas as pd
import pytest

from asn_mutasi.config import Settings
from asn_mutasi.io.readers import read_table
from asn_mutasi.io.rollout_workbooks import write_compare_workbook, write_sk_workbook
from asn_mutasi.io.roster_writer import write_roster_like
from asn_mutasi.io.writers import write_simple_xlsx
from asn_mutasi.rollout.apply import apply_plan
from asn_mutasi.rollout.compare import compare_rosters
from asn_mutasi.schema import PLAN_MOVE_COLUMNS
from asn_mutasi.validation import prepare_positions, prepare_roster
from asn_mutasi.workload import link_employees

plan_workbook = pytest.importorskip("asn_mutasi.io.plan_workbook", reason="asn_mutasi.io.plan_workbook belum ada")
candidates_mod = pytest.importorskip(
    "asn_mutasi.matching.candidates", reason="asn_mutasi.matching.candidates belum ada"
)
planning = pytest.importorskip("asn_mutasi.planning")
sample = pytest.importorskip("asn_mutasi.sample.generator")
if not hasattr(planning, "make_plan"):
    pytest.skip("asn_mutasi.planning.make_plan belum ada", allow_module_level=True)

AS_OF = date(2026, 11, 1)
TMT = date(2027, 1, 1)
SEED = 2  #: a seed whose plan contains mutation chains (seat vacated by one move, filled by another)
SETTINGS = Settings()


def _candidates(roster: pd.DataFrame, positions: pd.DataFrame) -> pd.DataFrame:
    return candidates_mod.top_candidates_for_positions(
        roster, positions, settings=SETTINGS, as_of=AS_OF, vacant_only=False, top=SETTINGS.rencana.kandidat_per_lowongan
    )


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """Write the sample roster and positions, plan them and write the plan workbook."""
    tmp = tmp_path_factory.mktemp("loop")
    data = sample.generate_sample(n_pegawai=300, as_of=AS_OF, seed=SEED)
    roster_path, positions_path = tmp / "pegawai.xlsx", tmp / "jabatan.xlsx"
    write_simple_xlsx(roster_path, {"Pegawai": data.pegawai}, overwrite=False, text_columns=("nip",))
    write_simple_xlsx(positions_path, {"Jabatan": data.jabatan}, overwrite=False, text_columns=("kode_jabatan",))
    raw = read_table(roster_path, "pegawai")
    roster = prepare_roster(raw, today=AS_OF).frame
    positions = prepare_positions(read_table(positions_path, "jabatan"), SETTINGS).frame
    linked = link_employees(roster, positions).frame
    plan = planning.make_plan(linked, positions, _candidates(linked, positions), SETTINGS, as_of=AS_OF)
    assert len(plan.moves) >= 3, "the sample must yield a plan with a few moves"
    plan_path = tmp / "rencana.xlsx"
    plan_workbook.write_plan_workbook(plan, plan_path, parameters={}, findings=[], overwrite=False)
    return {
        "tmp": tmp,
        "raw": raw,
        "roster": roster,
        "positions": positions,
        "plan": plan,
        "plan_path": plan_path,
        "linked": linked,
    }


def _decide(plan_path: Path, out: Path, decisions: dict[str, str]) -> None:
    """Edit the Keputusan column as an analyst would (openpyxl, save under a new name)."""
    wb = openpyxl.load_workbook(plan_path)
    ws = wb["Rencana Mutasi"]
    header_row, cols = next(
        (r, {str(c.value): c.column for c in row if c.value is not None})
        for r, row in enumerate(ws.iter_rows(), start=1)
        if any(c.value == "ID Mutasi" for c in row)
    )
    for r in range(header_row + 1, ws.max_row + 1):
        mid = ws.cell(r, cols["ID Mutasi"]).value
        if mid in decisions:
            ws.cell(r, cols["Keputusan"]).value = decisions[mid]
    wb.save(out)


def _chain_pair(moves: pd.DataFrame, positions: pd.DataFrame, linked: pd.DataFrame) -> tuple[str, str] | None:
    """Return (vacating move, filling move) whose seat ends over its need when only the first is rejected."""
    need = dict(zip(positions["kode_jabatan"], positions["kebutuhan"], strict=True))
    holders = Counter(linked.loc[linked["_status"].eq("valid"), "kode_jabatan_link"].dropna())
    ins, outs = Counter(moves["kode_jabatan_tujuan"]), Counter(moves["kode_jabatan_asal"])
    for fill in moves.to_dict("records"):
        kode = fill["kode_jabatan_tujuan"]
        if holders[kode] + ins[kode] - outs[kode] + 1 <= need[kode]:
            continue
        for vac in moves.to_dict("records"):
            if vac["kode_jabatan_asal"] == kode and vac["id_mutasi"] != fill["id_mutasi"]:
                return str(vac["id_mutasi"]), str(fill["id_mutasi"])
    return None


def _read(path: Path) -> tuple[pd.DataFrame, pd.DataFrame, dict[str, Any]]:
    visible, hidden, params = plan_workbook.read_plan_workbook(path)
    return visible, hidden, params


def test_apply_then_compare_matches_the_approved_moves(world: dict[str, Any]) -> None:
    moves = world["plan"].moves
    # reject one move outside any chain whose origin seat no other move fills
    chains = Counter(str(r or "") for r in moves["rantai"])
    targets = set(moves["kode_jabatan_tujuan"])
    rejected = next(
        (
            str(rec["id_mutasi"])
            for rec in moves.to_dict("records")
            if (not rec["rantai"] or chains[str(rec["rantai"])] == 1) and rec["kode_jabatan_asal"] not in targets
        ),
        None,
    )
    decisions = {str(m): "Setuju" for m in moves["id_mutasi"]}
    if rejected is not None:
        decisions[str(rejected)] = "Tolak"
    decided = world["tmp"] / "rencana_diputuskan.xlsx"
    _decide(world["plan_path"], decided, decisions)

    visible, hidden, _params = _read(decided)
    raw, positions = world["raw"], world["positions"]
    result = apply_plan(visible, hidden, raw, world["roster"], TMT, positions=positions, plan_file=str(decided))
    assert result.ok, [f.message for f in result.findings]
    approved = [m for m, d in decisions.items() if d == "Setuju"]
    assert sorted(result.applied["id_mutasi"]) == sorted(approved)
    assert len(result.sk) == len(approved) and set(result.sk["tmt"]) == {TMT}

    new_path = world["tmp"] / "pegawai_baru.xlsx"
    write_roster_like(raw, result.roster, new_path)
    write_sk_workbook(result.sk, world["tmp"] / "sk.xlsx")
    after = prepare_roster(read_table(new_path, "pegawai"), today=AS_OF).frame
    comparison = compare_rosters(world["roster"], after, positions, plan_moves=visible, settings=SETTINGS, as_of=AS_OF)
    write_compare_workbook(comparison, world["tmp"] / "banding.xlsx")

    approved_moves = moves.loc[moves["id_mutasi"].astype(str).isin(approved)]
    assert sorted(comparison.moved["nip"]) == sorted(approved_moves["nip"].astype(str))
    assert comparison.joined.empty and comparison.left.empty
    assert comparison.realisation is not None and comparison.realisation["terlaksana"].all()
    assert len(comparison.realisation) == len(approved)
    # per unit: bezetting changes by approved arrivals minus approved departures
    unit_of = dict(zip(positions["kode_jabatan"], positions["unit_kerja"], strict=True))
    expected: Counter[str] = Counter()
    for rec in approved_moves.to_dict("records"):
        expected[unit_of[rec["kode_jabatan_tujuan"]]] += 1
        expected[unit_of[rec["kode_jabatan_asal"]]] -= 1
    change = dict(zip(comparison.units["unit_kerja"], comparison.units["perubahan_bezetting"], strict=True))
    assert {u: int(v) for u, v in change.items() if v} == {u: v for u, v in expected.items() if v}
    assert comparison.summary["pindah"] == len(approved)


def test_broken_chain_is_refused_and_nothing_is_written(world: dict[str, Any]) -> None:
    moves, positions = world["plan"].moves, world["positions"]
    pair = _chain_pair(moves, positions, world["linked"])
    assert pair is not None, "the SEED's plan must hold a chain (a seat vacated by one move, filled by another)"
    vacating, filling = pair
    decisions = {str(m): "Setuju" for m in moves["id_mutasi"]}
    decisions[vacating] = "Tolak"
    decided = world["tmp"] / "rencana_rantai_putus.xlsx"
    _decide(world["plan_path"], decided, decisions)
    visible, hidden, _params = _read(decided)
    result = apply_plan(
        visible, hidden, world["raw"], world["roster"], TMT, positions=positions, plan_file=str(decided)
    )
    assert not result.ok and result.roster is None
    broken = [f for f in result.findings if f.code == "rencana-rantai-putus"]
    assert broken, [f.message for f in result.findings]
    assert any(vacating in f.message and filling in f.message for f in broken)
    row = next(f.location.row for f in broken if vacating in f.message)
    ws = openpyxl.load_workbook(decided)["Rencana Mutasi"]
    id_col = next(c.column for r in ws.iter_rows() for c in r if c.value == dict(PLAN_MOVE_COLUMNS)["id_mutasi"])
    assert ws.cell(row, id_col).value == vacating
