"""``diklat``: training needs of the movers of an approved plan, so the BKD can budget them (issue 15)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pandas as pd

from asn_mutasi.api.inputs import Progress, ReadOptions, Source, load_inputs, setup
from asn_mutasi.config import Settings
from asn_mutasi.errors import InputError
from asn_mutasi.findings import Finding
from asn_mutasi.serialise import Record, frame_records, to_jsonable


@dataclass
class TrainingResult:
    """Training lines (one per need, or "tidak ada kebutuhan diklat") and their totals."""

    lines: pd.DataFrame
    per_opd: pd.DataFrame
    per_training: pd.DataFrame
    findings: list[Finding] = field(default_factory=list)

    def to_json(self) -> Record:
        """``rincian`` (lines), ``per_opd``, ``per_diklat`` and ``temuan``."""
        return training_json(self.lines, self.per_opd, self.per_training) | {
            "temuan": [to_jsonable(f.to_dict()) for f in self.findings]
        }


def training_json(lines: pd.DataFrame, per_opd: pd.DataFrame, per_training: pd.DataFrame) -> Record:
    """The documented JSON shape of training needs (also under ``kebutuhan_diklat`` in ``plan``)."""
    return {
        "rincian": list(frame_records(lines)),
        "per_opd": list(frame_records(per_opd)),
        "per_diklat": list(frame_records(per_training)),
    }


def approved_moves(rencana: Source, *, only_approved: bool = True) -> pd.DataFrame:
    """Moves of a plan workbook; with ``only_approved`` those whose Keputusan is Setuju (else error)."""
    from asn_mutasi.io.plan_workbook import read_plan_workbook

    visible, _hidden, _params = read_plan_workbook(Path(rencana))
    if not only_approved:
        return visible
    ok = visible["keputusan"].astype(str).str.strip().str.casefold() == "setuju"
    if not ok.any():
        raise InputError(f"Rencana '{rencana}' tidak memiliki mutasi dengan Keputusan 'Setuju'")
    return visible.loc[ok].reset_index(drop=True)


def plan_training(
    moves: pd.DataFrame, roster: pd.DataFrame, positions: pd.DataFrame, settings: Settings
) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """(lines, per OPD, per training) of the given moves."""
    from asn_mutasi.gc_pause import gc_paused
    from asn_mutasi.planning.training import totals_per_opd, totals_per_training, training_needs

    with gc_paused():  # many small objects, no cycles (see asn_mutasi.gc_pause)
        lines = training_needs(moves, roster, positions, bobot_pengalaman=settings.bobot.pengalaman)
        return lines, totals_per_opd(lines), totals_per_training(lines)


def training_needs(
    *,
    rencana: Source,
    pegawai: Source,
    jabatan: Source,
    semua: bool = False,
    options: ReadOptions | None = None,
    settings: Settings | None = None,
    tanggal: date | None = None,
    progress: Progress | None = None,
) -> TrainingResult:
    """Training needs of the approved moves (Keputusan Setuju; ``semua``: every move) of a plan workbook."""
    run = setup(options, settings, tanggal, progress)
    moves = approved_moves(rencana, only_approved=not semua)
    inputs = load_inputs(
        pegawai, jabatan, opts=run.read, settings=run.settings, today=run.today, require_positions=True
    )
    assert inputs.positions is not None
    run.progress("menghitung kebutuhan diklat")
    lines, per_opd, per_training = plan_training(moves, inputs.roster.valid, inputs.positions.valid, run.settings)
    return TrainingResult(lines, per_opd, per_training, list(inputs.findings))
