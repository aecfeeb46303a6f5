"""``plan``: score candidates for every position that can receive someone, solve the plan
exactly, and (optionally) write the plan workbook the analyst decides in."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

import pandas as pd

from asn_mutasi.api.inputs import Progress, ReadOptions, RunSetup, Source, World, build_world, read_input, setup
from asn_mutasi.config import Settings
from asn_mutasi.findings import Finding
from asn_mutasi.io.serialise import Record, clean_records, frame_records, to_jsonable
from asn_mutasi.planning import Plan


@dataclass
class PlanResult:
    """The solved plan, the findings of the whole run and the workbook written (if any)."""

    plan: Plan
    findings: list[Finding]
    world: World
    parameters: dict[str, object] = field(default_factory=dict)  #: recorded in the Parameter sheet
    workbook: Path | None = None

    def to_json(self) -> Record:
        """The whole plan as printed by ``plan --format json`` (canonical keys)."""
        plan = self.plan
        return {
            "ringkasan": clean_records([plan.summary])[0],
            "mutasi": list(frame_records(plan.moves)),
            "lowongan_tidak_terisi": list(frame_records(plan.unfilled)),
            "pegawai": list(frame_records(plan.accounting)),
            "unit_sebelum": list(frame_records(plan.units_before)),
            "unit_sesudah": list(frame_records(plan.units_after)),
            "temuan": [to_jsonable(f.to_dict()) for f in self.findings],
        }


def read_keep(path: Source | None, values: Iterable[str]) -> list[str]:
    """NIPs never to move: given directly and/or one per line in a file (``#`` starts a comment line)."""
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


def _solve(world: World, run: RunSetup, keep: Sequence[str], pins: Source | None) -> Plan:
    from asn_mutasi.matching.candidates import top_candidates_for_positions
    from asn_mutasi.planning import make_plan

    settings, as_of = run.settings, run.today
    pin_frame = read_input(pins, "usulan", run.read).frame if pins is not None else None
    run.progress("menilai calon untuk jabatan yang lowong (saat ini dan proyeksi pensiun)")
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
    run.progress("menyusun rencana optimal")
    return make_plan(world.roster, world.positions, candidates, settings, as_of=as_of, keep=keep, pins=pin_frame)


def plan_parameters(settings: Settings, *, as_of: date, keep: Sequence[str], pins: Source | None) -> dict[str, object]:
    """Settings and run options recorded in the Parameter sheet."""
    from asn_mutasi import __version__

    return {
        "versi": __version__,
        "waktu": datetime.now().replace(microsecond=0).isoformat(),
        "tanggal_acuan": as_of.isoformat(),
        "keep": len(keep),
        "pin": str(pins) if pins else "",
        **settings.to_dict(),
    }


def input_hashes(files: Sequence[Path]) -> list[tuple[str, str]]:
    """(path, SHA-256) of every input file that exists, for the workbook's provenance sheet."""
    from asn_mutasi.io.writers import sha256_file

    return [(str(p), sha256_file(p)) for p in files if p.exists()]


def plan(
    *,
    pegawai: Source,
    jabatan: Source,
    keep: Iterable[str] = (),
    keep_file: Source | None = None,
    pins: Source | None = None,
    riwayat: Source | None = None,
    abk: Source | None = None,
    output: Path | None = None,
    overwrite: bool = False,
    options: ReadOptions | None = None,
    settings: Settings | None = None,
    tanggal: date | None = None,
    progress: Progress | None = None,
) -> PlanResult:
    """The exact, explained mutation plan; with ``output`` also the plan workbook (.xlsx) to decide in.

    ``keep``/``keep_file``: NIPs never to move; ``pins``: a table of moves (nip, kode_jabatan) that must happen.
    """
    run = setup(options, settings, tanggal, progress)
    keep_nips = read_keep(keep_file, keep)
    world = build_world(pegawai, jabatan, run=run, riwayat=riwayat, abk=abk)
    solved = _solve(world, run, keep_nips, pins)
    findings = world.findings + list(solved.findings)
    parameters = plan_parameters(run.settings, as_of=run.today, keep=keep_nips, pins=pins)
    result = PlanResult(plan=solved, findings=findings, world=world, parameters=parameters)
    if output is not None:
        from asn_mutasi.io.plan_workbook import write_plan_workbook

        run.progress("menulis workbook rencana")
        write_plan_workbook(
            solved,
            output,
            parameters=parameters,
            input_files=input_hashes(world.files + ([Path(pins)] if pins else [])),
            findings=findings,
            overwrite=overwrite,
        )
        result.workbook = output
    return result
