"""``vacancies`` and ``workload``: bezetting vs kebutuhan, vacancies, projected retirements and ABK
effective-workload (EJ) grading, per position and per unit."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

import pandas as pd

from asn_mutasi.api.front import verb
from asn_mutasi.api.inputs import Progress, ReadOptions, Source, World, build_world, setup
from asn_mutasi.config import HORIZON_MONTHS, Settings
from asn_mutasi.domain.limits import check_count
from asn_mutasi.findings import Finding
from asn_mutasi.schema import POSITION_COLUMNS, RETIREMENT_COLUMNS, UNIT_COLUMNS
from asn_mutasi.serialise import Record, frame_records


class View(StrEnum):
    """Which table of a needs analysis: per position, per unit, or projected retirements."""

    jabatan = "jabatan"
    unit = "unit"
    pensiun = "pensiun"


POSITION_FIELDS: list[str] = list(POSITION_COLUMNS)
UNIT_FIELDS: list[str] = list(UNIT_COLUMNS)
RETIREMENT_FIELDS: list[str] = list(RETIREMENT_COLUMNS)


@dataclass
class NeedsResult:
    """Per-position and per-unit staffing, projected retirements and EJ grading."""

    positions: pd.DataFrame
    units: pd.DataFrame
    retirements: pd.DataFrame
    grading: pd.DataFrame
    imbalance: float
    horizon: int
    as_of: date
    world: World
    #: findings about the position table and the ABK task sheet (issue 17: shown by workload)
    findings: list[Finding] = field(default_factory=list)
    #: how the ABK task sheet was read (unit, period, own WKE, position source), when given
    abk: dict[str, Any] | None = None
    #: whether an ABK sheet decided the kebutuhan of some posts: the totals are then ABK figures (walk3, h27)
    kebutuhan_abk: bool = False
    #: with ``kebutuhan_abk``, the kebutuhan the position table itself gives (what ``lowongan`` without ``--abk``
    #: counts); None when the table gives none
    kebutuhan_peta: int | None = None

    def table(self, view: View) -> pd.DataFrame:
        return {View.jabatan: self.positions, View.unit: self.units, View.pensiun: self.retirements}[view]

    def to_json(self, view: View) -> list[Record]:
        """The rows printed by ``vacancies/workload --per VIEW --format json``."""
        fields = {View.jabatan: POSITION_FIELDS, View.unit: UNIT_FIELDS, View.pensiun: RETIREMENT_FIELDS}[view]
        return frame_records(self.table(view), fields)


#: the position table's requirement columns: their findings are no workload finding
_REQUIREMENT_FIELDS = frozenset(
    {"syarat_pendidikan", "syarat_jurusan", "syarat_golongan", "syarat_pengalaman", "syarat_diklat"}
)


def _table_need(world: World, settings: Settings, instansi: str | None) -> int | None:
    """The total kebutuhan of the position table read without its ABK sheet (counted as the needs table counts it);
    None when no post of the table has a kebutuhan or workload of its own."""
    from asn_mutasi.validation import prepare_positions
    from asn_mutasi.workload.analysis import counted_positions, position_needs

    assert world.inputs.positions is not None
    plain = counted_positions(prepare_positions(world.inputs.positions.raw, settings, instansi=instansi).frame)
    if not len(plain) or plain["tanpa_abk"].map(lambda v: v is True or v == 1).all():
        return None
    need, _ = position_needs(plain, settings)
    return int(need.sum())


def _analyse(world: World, settings: Settings, as_of: date, horizon: int | None) -> NeedsResult:
    from asn_mutasi.workload import (
        grading_table,
        position_summary,
        projected_retirements,
        reported_hours,
        reported_imbalance,
        unit_summary,
    )

    months = horizon if horizon is not None else settings.beban_kerja.horizon_bulan
    linked = world.holder_roster  # bezetting counts every holder; retirements are projected for valid rows only
    retirements = projected_retirements(linked, settings, as_of=as_of, horizon_months=months)
    per_position = position_summary(
        linked, world.positions, settings, as_of=as_of, horizon_months=months, retirements=retirements
    )
    units = unit_summary(per_position, settings, linked=linked)  # over the posts' unrounded hours
    per_position["beban_kerja_jam"] = reported_hours(per_position["beban_kerja_jam"])
    prepared = world.inputs.positions
    abk = prepared.abk if prepared is not None else None
    sources = {prepared.raw.source.path} if prepared is not None else set()
    if abk is not None:
        sources.add(str(abk["berkas"]))
    # the table's own findings, but not those of its requirement columns: no part of a workload (50 lines of
    # "tidak mencantumkan syarat pendidikan" flooded `beban-kerja`; walkthrough, h26): counted with the rest
    own = [
        f
        for f in world.findings
        if (f.location.file in sources and (f.location.field or "") not in _REQUIREMENT_FIELDS)
        or f.code.startswith("abk-")
    ]
    return NeedsResult(
        positions=per_position,
        units=units,
        retirements=retirements,
        grading=grading_table(settings),
        imbalance=reported_imbalance(units),
        horizon=months,
        as_of=as_of,
        world=world,
        findings=own,
        abk=abk,
    )


@verb
def vacancies(
    *,
    pegawai: Source,
    jabatan: Source,
    horizon: int | None = None,
    abk: Source | None = None,
    options: ReadOptions | None = None,
    settings: Settings | None = None,
    tanggal: date | None = None,
    progress: Progress | None = None,
) -> NeedsResult:
    """Vacancies and surplus: kebutuhan, bezetting, selisih, status, retirements within ``horizon`` months."""
    if horizon is not None:
        check_count(horizon, HORIZON_MONTHS, "Horizon proyeksi pensiun (bulan)")
    run = setup(options, settings, tanggal, progress)
    world = build_world(pegawai, jabatan, run=run, abk=abk)
    result = _analyse(world, run.settings, run.today, horizon)
    prepared = world.inputs.positions
    if prepared is not None and prepared.abk and prepared.abk.get("jabatan_dengan_tugas"):
        result.kebutuhan_abk = True
        result.kebutuhan_peta = _table_need(world, run.settings, run.read.instansi)
    return result


@verb
def analyse_workload(
    *,
    pegawai: Source,
    jabatan: Source,
    abk: Source | None = None,
    options: ReadOptions | None = None,
    settings: Settings | None = None,
    tanggal: date | None = None,
    progress: Progress | None = None,
) -> NeedsResult:
    """Workload analysis (ABK): EJ = beban kerja ÷ (bezetting × effective hours), grades A–E."""
    return vacancies(
        pegawai=pegawai,
        jabatan=jabatan,
        abk=abk,
        options=options,
        settings=settings,
        tanggal=tanggal,
        progress=progress,
    )
