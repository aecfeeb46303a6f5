"""Plan oracles on shapes the worlds of ``test_fuzz_oracle`` are written in but never tried (plan15, h35).

The same random small worlds (retirements in the horizon, PPPK, a post of additional tasks, surplus posts, unit
limits, pins and kept people) with:

- the roster's NIPs written as analysts' files write them (spaced, dotted, ``NIP.``-prefixed, with a leading
  apostrophe) and the rows shuffled: the plan is the one of the plain file, NIP for NIP;
- an aspiration table whose choices and "Tidak bersedia" answers pull against the fill: the fill stays the
  independent maximum (the unwilling kept only under ``tidak_bersedia_wajib_tetap``);
- the plan run through the command line: the workbook's Ringkasan, ``--format json`` and the stderr line state
  the same fill, bound and solver status.

The maximum is ``test_fuzz_oracle``'s CP-SAT model over person × post binaries built from ``assess``'s answer for
every pair, none of the planner's code.
"""

from __future__ import annotations

import dataclasses
import json
import re
import tempfile
from collections import Counter
from pathlib import Path

import openpyxl
import pandas as pd
from hypothesis import event, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from asn_mutasi import plan
from asn_mutasi.cli.app import app
from asn_mutasi.config import AspirationSettings, PlanSettings, Settings
from asn_mutasi.errors import InfeasiblePlanError
from tests.planning.test_fuzz_oracle import (
    AS_OF,
    FUZZ,
    World,
    _best,
    _check,
    _draw_run,
    _filled,
    _limits_hold,
    _oracle,
    _run,
    _write,
    shaped_worlds,
    worlds,
)

FEW = settings(FUZZ, max_examples=10)


def _spelled(nip: str, how: int) -> str:
    """``nip`` as rosters write it: plain, spaced in its four parts, dotted, ``NIP.``-prefixed, apostrophe-led."""
    parts = (nip[:8], nip[8:14], nip[14], nip[15:])
    return (nip, " ".join(parts), ".".join(parts), f"NIP. {nip}", f"'{nip}")[how]


def _moves(p) -> list[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    return sorted(
        zip(
            p.moves["nip"].astype(str),
            p.moves["kode_jabatan_asal"].astype(str),
            p.moves["kode_jabatan_tujuan"].astype(str),
            strict=True,
        )
    )


def _eligible_moves(p, o, keep) -> None:  # type: ignore[no-untyped-def]
    for n, src, dst in _moves(p):
        assert (n, dst) in o.eligible and o.own[n] == src and n not in keep, (n, src, dst)


@FEW
@given(shaped_worlds(), st.data())
def test_nip_spellings_and_shuffled_rows_give_the_plain_files_plan(world: World, data: st.DataObject) -> None:
    """Every NIP written one of five ways analysts' files write it, the rows shuffled: the same moves as the plain
    file (the plan's NIPs the normalised ones), the oracle's maximum, eligible moves only."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        rp, pp = _write(world, folder)
        o = _oracle(world, rp, pp, folder, PlanSettings().skor_minimum)
        keep, pins, rules = _draw_run(world, o, data)
        best = _best(o, keep=set(keep), pins=pins, rules=rules, due=set(), rotation=False)
        hows = data.draw(st.lists(st.integers(0, 4), min_size=len(world.roster), max_size=len(world.roster)))
        spelled = world.roster.assign(NIP=[_spelled(n, h) for n, h in zip(world.roster["NIP"], hows, strict=True)])
        odd = dataclasses.replace(world, roster=spelled.sample(frac=1, random_state=3))
        rp2, pp2 = folder / "pegawai_ejaan.csv", folder / "jabatan_ejaan.csv"
        odd.roster.to_csv(rp2, sep=";", index=False)
        odd.posts.sample(frac=1, random_state=4).to_csv(pp2, sep=";", index=False)
        rules = dataclasses.replace(rules, rotasi_wajib=False)
        try:
            plain = _run(world, rp, pp, folder, keep, pins, rules).plan
        except InfeasiblePlanError:
            assert best is None
            return
        kept_spelled = [_spelled(n, 1) for n in keep]  # --tetap and --kunci as the analyst copies from the file
        pins_spelled = [(_spelled(n, 2), c) for n, c in pins]
        other = _run(odd, rp2, pp2, folder, kept_spelled, pins_spelled, rules).plan
    assert best is not None
    event(f"moves: {min(len(plain.moves), 3)}")
    assert _moves(other) == _moves(plain)
    _eligible_moves(other, o, keep)
    gain, after = _filled(o, other.moves)
    _limits_hold(o, other.moves, rules, Counter(o.own.values()), after)
    assert other.summary["lowongan_terisi"] == gain == best == other.summary["batas_atas_pengisian"]


@st.composite
def _aspirations(draw: st.DrawFn, world: World, own: dict[str, str]) -> pd.DataFrame:
    """One answer for some of the movable people: up to three choices (a unit, or a unit and a post there) and
    Bersedia / Tidak bersedia / Bersedia dengan syarat, as ``aspirasi-baca`` writes its table."""
    posts = world.posts
    rows = []
    for nip in draw(st.lists(st.sampled_from(sorted(own)), min_size=1, max_size=len(own), unique=True)):
        row = {"nip": nip, "nama": ""}
        for k in (1, 2, 3):
            pick = draw(st.integers(-1, len(posts) - 1))
            unit = str(posts["UNIT KERJA"].iloc[pick]) if pick >= 0 else ""
            named = pick >= 0 and draw(st.booleans())
            row[f"pilihan_{k}_unit"] = unit
            row[f"pilihan_{k}_jabatan"] = str(posts["NAMA JABATAN"].iloc[pick]) if named else ""
        row["kesediaan"] = draw(
            st.sampled_from(["Bersedia", "Tidak bersedia", "Tidak bersedia", "Bersedia dengan syarat"])
        )
        rows.append(row)
    return pd.DataFrame(rows)


@FEW
@given(worlds(), st.data())
def test_aspirations_against_the_fill_keep_the_maximum(world: World, data: st.DataObject) -> None:
    """Choices elsewhere than the vacancies and "Tidak bersedia" answers from the people the vacancies need: the
    default plan still fills the oracle's maximum (aspirations are the secondary objective); with
    ``tidak_bersedia_wajib_tetap`` the unwilling are never moved and the fill is the maximum with them kept. Under
    ``rotasi_wajib`` (where stage 2 weighs the primary by W, which the aspiration costs must not outweigh) the plan
    reaches the optimum of fill less 2 per rotation-due mover left in post."""
    hard = data.draw(st.booleans(), label="tidak_bersedia_wajib_tetap")
    # the defaults, and weights far above biaya_pindah + 100 (within [aspirasi]'s 0–10,000): W must still dominate
    weights = data.draw(
        st.sampled_from([(10.0, 6.0, 3.0, 30.0), (90.0, 60.0, 30.0, 900.0), (10_000.0, 5_000.0, 100.0, 10_000.0)]),
        label="bobot",
    )
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        rp, pp = _write(world, folder)
        o = _oracle(world, rp, pp, folder, PlanSettings().skor_minimum)
        keep, pins, rules = _draw_run(world, o, data)
        answers = data.draw(_aspirations(world, o.own), label="aspirasi")
        table = folder / "aspirasi.csv"
        answers.to_csv(table, index=False)
        unwilling = set(answers.loc[answers["kesediaan"].eq("Tidak bersedia"), "nip"])
        fixed = set(keep) | (unwilling if hard else set())
        best = _best(o, keep=fixed, pins=pins, rules=rules, due=set(), rotation=False)
        asp = AspirationSettings(
            bobot_pilihan_1=weights[0],
            bobot_pilihan_2=weights[1],
            bobot_pilihan_3=weights[2],
            biaya_tidak_bersedia=weights[3],
            tidak_bersedia_wajib_tetap=hard,
        )
        pin_file = None
        if pins:
            pin_file = folder / "kunci.csv"
            pd.DataFrame(pins, columns=["NIP", "KODE JABATAN"]).to_csv(pin_file, sep=";", index=False)
        try:
            p = plan(
                pegawai=rp,
                jabatan=pp,
                keep=keep,
                pins=pin_file,
                aspirasi=[table],
                settings=Settings(rencana=rules, aspirasi=asp),
                tanggal=AS_OF,
            ).plan
        except InfeasiblePlanError:
            event("no plan")
            assert best is None or (hard and unwilling & {n for n, _ in pins})
            return
    assert best is not None
    event(f"unwilling movers: {min(len(unwilling & set(p.moves['nip'].astype(str))), 2)}")
    _eligible_moves(p, o, fixed)
    gain, after = _filled(o, p.moves)
    _limits_hold(o, p.moves, rules, Counter(o.own.values()), after)
    assert p.summary["batas_atas_pengisian"] == best
    if rules.rotasi_wajib:  # a due mover who stays weighs two vacancies: the primary's optimum, not the fill
        due = {n for n in world.due & set(o.own) if n not in fixed and any(m == n for m, _ in o.eligible)}
        stayed = len(due - set(p.moves["nip"].astype(str)))
        assert gain - 2 * stayed == _best(o, keep=fixed, pins=pins, rules=rules, due=due, rotation=True)
    else:
        assert p.summary["lowongan_terisi"] == gain == best
    # what the pins and the kept (by --tetap or by the hard rule) cost: the maximum without them
    if pins:
        assert p.summary["batas_atas_tanpa_kunci"] == _best(
            o, keep=fixed, pins=[], rules=rules, due=set(), rotation=False
        )
    if fixed & {n for n, _ in o.eligible}:
        assert p.summary["batas_atas_tanpa_tetap"] == _best(
            o, keep=set(), pins=pins, rules=rules, due=set(), rotation=False
        )


def _ringkasan(book: Path) -> dict[str, object]:
    wb = openpyxl.load_workbook(book, read_only=True)
    rows = {r[0]: r[1] for r in wb["Ringkasan"].iter_rows(values_only=True) if r and r[0] is not None}
    wb.close()
    return rows


@FEW
@given(worlds(), st.data())
def test_cli_ringkasan_json_and_stderr_state_one_fill_bound_and_status(world: World, data: st.DataObject) -> None:
    """``rencana -o book.xlsx -f json``: the workbook's Ringkasan, the JSON summary and the stderr line give the
    same fill, bound and solver status, and the fill is the oracle's maximum."""
    units = data.draw(st.sampled_from([None, 0, 1, 2]), label="maks_pindah_per_unit")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        rp, pp = _write(world, folder)
        o = _oracle(world, rp, pp, folder, PlanSettings().skor_minimum)
        rules = dataclasses.replace(PlanSettings(), maks_pindah_per_unit=units)
        best = _best(o, keep=set(), pins=[], rules=rules, due=set(), rotation=False)
        book = folder / "rencana.xlsx"
        args = ["rencana", str(rp), str(pp), "--tanggal", AS_OF.strftime("%d-%m-%Y"), "-o", str(book), "-f", "json"]
        if units is not None:
            args += ["--maks-pindah-per-unit", str(units)]
        result = CliRunner().invoke(app, args, env={})
        assert result.exit_code == 0, result.stderr[-2000:]
        payload = json.loads(result.stdout)
        summary = payload["ringkasan"]
        sheet = _ringkasan(book)
    assert summary["lowongan_terisi"] == summary["batas_atas_pengisian"] == best
    assert summary["status_solver"] == "optimal"
    line = re.search(r"lowongan terisi (\S+) dari .*?batas atas (\S+?);.*penyelesaian ([^\n;]+)", result.stderr)
    assert line is not None, result.stderr
    assert (int(line[1]), int(line[2])) == (best, best) and line[3].strip().rstrip(".") == "optimal (terbukti)"
    figures = {str(k): v for k, v in sheet.items()}
    filled = [v for k, v in figures.items() if k.startswith("Lowongan terisi")]
    bound = [v for k, v in figures.items() if k.startswith("Batas atas lowongan")]
    assert filled and bound, sorted(figures)
    assert int(filled[0]) == int(bound[0]) == best, figures
    assert figures["Status penyelesaian"] == "optimal (terbukti)", figures
    # the moves and the vacancies left: one count in the JSON rows, its summary and the Ringkasan
    assert summary["pindah"] == len(payload["mutasi"]) == figures["Pegawai dipindah"]
    left = summary["lowongan_awal"] - summary["lowongan_terisi"]
    assert summary["lowongan_tidak_terisi"] == left == figures["Lowongan tidak terisi"]
    event(f"fill: {min(best, 3)}")


_BARE = {  # a JF post as tables write it without its jenjang, and the jenjang-less name rosters give its holders
    "Perencana Ahli Pertama": "Perencana",
    "Analis Kebijakan Ahli Muda": "Analis Kebijakan",
    "Pranata Komputer Terampil": "Pranata Komputer",
}


@st.composite
def bare_jf_worlds(draw: st.DrawFn) -> World:
    """:func:`worlds` with some JF posts written bare (no jenjang) in the table, the roster or both, and a person of
    additional tasks (Kepala Puskesmas) or a CPNS in a post others may leave: chains through posts whose level the
    matching rules must infer."""
    world = draw(worlds())
    posts, roster = world.posts.copy(), world.roster.copy()
    for i, name in enumerate(posts["NAMA JABATAN"]):
        if name in _BARE and draw(st.booleans(), label=f"jf polos {i}"):
            where = draw(st.sampled_from(["tabel", "pegawai", "keduanya"]))
            holders = roster["KODE JABATAN"].eq(posts.loc[i, "KODE JABATAN"])
            if where != "pegawai":
                posts.loc[i, "NAMA JABATAN"] = _BARE[name]
            if where != "tabel":
                roster.loc[holders, "JABATAN"] = _BARE[name]
    event(f"bare JF posts: {min(int(posts['NAMA JABATAN'].isin(_BARE.values()).sum()), 2)}")
    return World(roster, posts, world.retiring, world.due)


@FEW
@given(bare_jf_worlds(), st.data())
def test_bare_jf_posts_in_chains_reach_the_maximum(world: World, data: st.DataObject) -> None:
    """JF posts written without jenjang in chains with PPPK, retirements, limits, pins and kept people: every
    check of ``test_fuzz_oracle`` (eligible moves, posts within max(kebutuhan, holders), limits, the maximum as
    the bound, the same plan for shuffled rows)."""
    with tempfile.TemporaryDirectory() as tmp:
        _check(world, data, Path(tmp))
