"""Command-level workflows: match, assess, vacancies/workload, plan, apply, compare.

Each function takes paths and settings, returns plain results and prints nothing; the
CLI renders them. ``build_world`` is the shared first half: read, validate, link.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import pandas as pd

from asn_mutasi.config import Settings
from asn_mutasi.findings import Finding
from asn_mutasi.pipeline import Inputs, Progress, ReadOptions, check_stdin_usage, load_inputs, read_input
from asn_mutasi.validation import prepare_roster


def _noop(_: str) -> None:
    return None


@dataclass
class World:
    """Prepared, validated and linked inputs of one run."""

    inputs: Inputs
    roster: pd.DataFrame  #: every prepared roster row, plus ``kode_jabatan_link`` / ``cara_tautan``
    positions: pd.DataFrame  #: valid position rows
    history: pd.DataFrame | None
    findings: list[Finding] = field(default_factory=list)
    files: list[Path] = field(default_factory=list)

    @property
    def valid_roster(self) -> pd.DataFrame:
        return self.roster[self.roster["_status"] == "valid"]


def _read_history(path: str | Path, opts: ReadOptions) -> tuple[pd.DataFrame, list[Finding]]:
    """Read a riwayat jabatan sheet/file: ``nip, jabatan, unit_kerja, tmt_mulai, tmt_selesai``."""
    from asn_mutasi.domain.nip import nip_key

    raw = read_input(path, "riwayat", opts)
    frame = raw.frame.copy()
    frame["nip"] = [nip_key(v) for v in frame["nip"].tolist()]
    return frame, list(raw.findings)


def build_world(
    pegawai: str | Path,
    jabatan: str | Path | None,
    *,
    opts: ReadOptions,
    settings: Settings,
    today: date,
    riwayat: str | Path | None = None,
    abk: str | Path | None = None,
    progress: Progress = _noop,
) -> World:
    """Read, validate and link the roster to the position table."""
    from asn_mutasi.workload.linking import link_employees

    check_stdin_usage(pegawai, jabatan, riwayat, abk)
    inputs = load_inputs(
        pegawai, jabatan, opts=opts, settings=settings, today=today, require_positions=True, progress=progress, abk=abk
    )
    assert inputs.positions is not None  # require_positions
    findings = list(inputs.findings)
    progress("menautkan pegawai ke peta jabatan")
    raw = inputs.roster.raw
    link = link_employees(
        inputs.roster.frame,
        inputs.positions.valid,
        source=raw.source.path,
        sheet=raw.source.sheet,
        letters={f: c.letter for f, c in raw.columns.items()},
        headers={f: c.header for f, c in raw.columns.items()},
    )
    valid_rows = set(inputs.roster.valid["_baris"].tolist())
    findings += [f for f in link.findings if f.location.row in valid_rows]
    history = None
    if riwayat is not None:
        progress("membaca riwayat jabatan")
        history, hist_findings = _read_history(riwayat, opts)
        findings += hist_findings
    files = [Path(p) for p in (pegawai, jabatan, riwayat, abk) if p is not None and str(p) != "-"]
    return World(
        inputs=inputs,
        roster=link.frame,
        positions=inputs.positions.valid,
        history=history,
        findings=findings,
        files=files,
    )


# --- match / assess -------------------------------------------------------------------------


def run_match(
    world: World,
    *,
    settings: Settings,
    as_of: date,
    kode_jabatan: str | None = None,
    nip: str | None = None,
    top: int = 10,
) -> pd.DataFrame:
    """Best candidates per vacant position (or one position), or best positions for one NIP."""
    from asn_mutasi.errors import InputError
    from asn_mutasi.matching.candidates import top_candidates_for_positions, top_positions_for_employee

    roster = world.valid_roster
    if nip is not None:
        return top_positions_for_employee(
            nip, roster, world.positions, settings=settings, as_of=as_of, history=world.history, top=top
        )
    codes = None
    if kode_jabatan is not None:
        if kode_jabatan not in set(world.positions["kode_jabatan"]):
            raise InputError(f"Kode jabatan '{kode_jabatan}' tidak ada di peta jabatan")
        codes = [kode_jabatan]
    result = top_candidates_for_positions(
        roster,
        world.positions,
        settings=settings,
        as_of=as_of,
        history=world.history,
        top=top,
        position_codes=codes,
        vacant_only=kode_jabatan is None,
    )
    info = world.positions.set_index("kode_jabatan")[["nama_jabatan", "unit_kerja"]]
    result = result.join(info, on="kode_jabatan")
    names = roster.drop_duplicates("nip").set_index("nip")[["nama", "jabatan", "unit_kerja"]]
    names = names.rename(columns={"jabatan": "jabatan_asal", "unit_kerja": "unit_asal"})
    return result.join(names, on="nip")


def run_assess(
    world: World, usulan: str | Path, *, opts: ReadOptions, settings: Settings, as_of: date
) -> tuple[pd.DataFrame, list[Finding]]:
    """Assess proposed moves: one output row per proposal row."""
    from asn_mutasi.matching.candidates import assess_proposals

    raw = read_input(usulan, "usulan", opts)
    proposals = raw.frame.copy()
    result = assess_proposals(
        proposals, world.valid_roster, world.positions, settings=settings, as_of=as_of, history=world.history
    )
    result.insert(0, "baris_usulan", proposals["_baris"].to_numpy())
    return result, list(raw.findings)


# --- vacancies / workload --------------------------------------------------------------------


@dataclass
class Staffing:
    """Per-position and per-unit staffing, projected retirements and EJ grading."""

    positions: pd.DataFrame
    units: pd.DataFrame
    retirements: pd.DataFrame
    grading: pd.DataFrame
    imbalance: float
    horizon: int


def run_staffing(world: World, *, settings: Settings, as_of: date, horizon: int | None = None) -> Staffing:
    """Bezetting vs kebutuhan, vacancies, surplus, retirements, ABK EJ and the imbalance index."""
    from asn_mutasi.workload import (
        grading_table,
        imbalance_index,
        position_summary,
        projected_retirements,
        unit_summary,
    )

    months = horizon if horizon is not None else settings.beban_kerja.horizon_bulan
    linked = world.valid_roster
    retirements = projected_retirements(linked, settings, as_of=as_of, horizon_months=months)
    per_position = position_summary(
        linked, world.positions, settings, as_of=as_of, horizon_months=months, retirements=retirements
    )
    units = unit_summary(per_position, settings, linked=linked)
    return Staffing(
        positions=per_position,
        units=units,
        retirements=retirements,
        grading=grading_table(settings),
        imbalance=float(imbalance_index(units)),
        horizon=months,
    )


# --- plan ------------------------------------------------------------------------------------


def read_keep(path: str | Path | None, values: list[str]) -> list[str]:
    """NIPs never to move: given on the command line and/or one per line in a file."""
    from asn_mutasi.domain.nip import nip_key

    items = list(values)
    if path is not None:
        from asn_mutasi.errors import InputError

        try:
            text = Path(path).read_text(encoding="utf-8-sig")
        except OSError as exc:
            raise InputError(f"Berkas --keep '{path}' tidak dapat dibaca: {exc.strerror}") from exc
        items += [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return [nip_key(item) for item in items]


def run_plan(
    world: World,
    *,
    settings: Settings,
    as_of: date,
    keep: list[str] | None = None,
    pins: str | Path | None = None,
    opts: ReadOptions | None = None,
    progress: Progress = _noop,
) -> Any:
    """Score candidates for every position that can receive someone and solve the plan exactly."""
    from asn_mutasi.matching.candidates import top_candidates_for_positions
    from asn_mutasi.planning import make_plan

    pin_frame = None
    if pins is not None:
        pin_frame = read_input(pins, "usulan", opts or ReadOptions()).frame
    progress("menilai calon untuk jabatan yang lowong (saat ini dan proyeksi pensiun)")
    candidates = top_candidates_for_positions(
        world.valid_roster,
        world.positions,
        settings=settings,
        as_of=as_of,
        history=world.history,
        top=settings.rencana.kandidat_per_lowongan,
        vacant_only=not settings.rencana.calon_semua_jabatan,
        vacancies=open_places(world, settings=settings, as_of=as_of),
    )
    if pin_frame is not None and len(pin_frame):
        from asn_mutasi.matching.candidates import score_pairs

        pinned = score_pairs(
            pin_frame, world.valid_roster, world.positions, settings=settings, as_of=as_of, history=world.history
        )
        candidates = pd.concat([candidates, pinned[[c for c in candidates.columns if c in pinned.columns]]])
        candidates = candidates.drop_duplicates(["nip", "kode_jabatan"], keep="first")
    progress("menyusun rencana optimal")
    return make_plan(world.roster, world.positions, candidates, settings, as_of=as_of, keep=keep or (), pins=pin_frame)


def open_places(world: World, *, settings: Settings, as_of: date) -> pd.Series:
    """Places the plan may fill per kode_jabatan: kebutuhan − holders + holders retiring in the horizon.

    Scoring candidates only for these positions (not for every full one) keeps matching at
    scale within the time budget; a seat vacated by a mover can still be refilled by a
    candidate scored for another open place (measured at 100k: 145 fills in 25 s vs 147 in 38 s
    when every position is scored).
    """
    from asn_mutasi.workload import projected_retirements

    linked = world.valid_roster
    holders = linked["kode_jabatan_link"].dropna().astype(str).value_counts()
    retiring = pd.Series(dtype=float)
    if settings.rencana.isi_proyeksi_pensiun:
        months = settings.beban_kerja.horizon_bulan
        leaving = projected_retirements(linked, settings, as_of=as_of, horizon_months=months)
        retiring = leaving["kode_jabatan"].dropna().astype(str).value_counts()
    codes = pd.Index(world.positions["kode_jabatan"].astype(str))
    need = pd.Series(world.positions["kebutuhan"].to_numpy(dtype=float), index=codes)
    places = need - holders.reindex(codes).fillna(0) + retiring.reindex(codes).fillna(0)
    return places.clip(lower=0)


def plan_parameters(settings: Settings, *, as_of: date, keep: list[str], pins: str | Path | None) -> dict[str, Any]:
    """Settings and run options recorded in the Parameter sheet."""
    from datetime import datetime

    from asn_mutasi import __version__

    return {
        "versi": __version__,
        "waktu": datetime.now().replace(microsecond=0).isoformat(),
        "tanggal_acuan": as_of.isoformat(),
        "keep": len(keep),
        "pin": str(pins) if pins else "",
        **settings.to_dict(),
    }


def input_hashes(files: list[Path]) -> list[tuple[str, str]]:
    from asn_mutasi.io.writers import sha256_file

    return [(str(p), sha256_file(p)) for p in files if p.exists()]


# --- apply / compare -------------------------------------------------------------------------


def run_apply(
    rencana: str | Path,
    pegawai: str | Path,
    *,
    tmt: date,
    opts: ReadOptions,
    settings: Settings,
    today: date,
    jabatan: str | Path | None = None,
) -> tuple[Any, Any]:
    """Check decisions in a plan workbook and apply the approved moves (nothing is written here)."""
    from asn_mutasi.io.plan_workbook import read_plan_workbook
    from asn_mutasi.loop.apply import apply_plan
    from asn_mutasi.validation import prepare_positions

    visible, hidden, _params = read_plan_workbook(rencana)
    raw = read_input(pegawai, "pegawai", opts, sheet=opts.sheet_pegawai)
    roster = prepare_roster(raw, today=today)
    positions = None
    if jabatan is not None:
        positions = prepare_positions(read_input(jabatan, "jabatan", opts, sheet=opts.sheet_jabatan), settings).valid
    result = apply_plan(visible, hidden, raw, roster.frame, tmt, positions=positions, plan_file=Path(rencana).name)
    return result, raw


def run_compare(
    sebelum: str | Path,
    sesudah: str | Path,
    jabatan: str | Path | None,
    *,
    rencana: str | Path | None,
    opts: ReadOptions,
    settings: Settings,
    today: date,
) -> Any:
    """Compare two rosters (before/after a mutation), optionally against the approved plan."""
    from asn_mutasi.loop.compare import compare_rosters
    from asn_mutasi.validation import prepare_positions

    check_stdin_usage(sebelum, sesudah, jabatan)
    before = prepare_roster(read_input(sebelum, "pegawai", opts, sheet=opts.sheet_pegawai), today=today)
    after = prepare_roster(read_input(sesudah, "pegawai", opts, sheet=opts.sheet_pegawai), today=today)
    positions = None
    if jabatan is not None:
        positions = prepare_positions(read_input(jabatan, "jabatan", opts, sheet=opts.sheet_jabatan), settings).valid
    plan_moves = None
    if rencana is not None:
        from asn_mutasi.io.plan_workbook import read_plan_workbook

        visible, _hidden, _params = read_plan_workbook(rencana)
        plan_moves = visible
    return compare_rosters(before.valid, after.valid, positions, plan_moves=plan_moves, settings=settings, as_of=today)
