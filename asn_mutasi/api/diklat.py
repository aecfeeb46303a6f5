"""``diklat``: training needs of the movers of an approved plan, so the BKD can budget them (issue 15)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pandas as pd

from asn_mutasi.api.front import verb
from asn_mutasi.api.inputs import Progress, ReadOptions, Source, load_inputs, setup
from asn_mutasi.config import Settings
from asn_mutasi.errors import PlanMismatchError
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


def approved_moves(
    rencana: Source, settings: Settings, *, only_approved: bool = True
) -> tuple[pd.DataFrame, list[Finding]]:
    """Moves of a plan workbook and the findings of its decisions; with ``only_approved`` the moves approved as
    ``terapkan`` approves them (else an error).

    Approved means decided Setuju at the final stage (``[tata_kelola] tahap_final``) of the Persetujuan
    sheet, or in the Keputusan column of a plan without stages (refused under ``wajib_tahap``), as
    :func:`~asn_mutasi.rollout.stages.resolve_stages` decides for ``terapkan`` and ``bandingkan``. Decisions
    that cannot be read (an error finding: an unknown decision, two decisions of one stage that differ, …)
    refuse the plan, as ``terapkan`` refuses it: no letter or budget line for a move nobody approved. The refusal
    is a :class:`~asn_mutasi.errors.PlanMismatchError` (exit 1, as ``terapkan``'s; it was exit 3).
    """
    from asn_mutasi.api.governance import read_decisions
    from asn_mutasi.findings import Severity
    from asn_mutasi.io.plan_workbook import read_plan_workbook
    from asn_mutasi.rollout.apply import approved_mask, cell_text
    from asn_mutasi.schema import ROW

    if not only_approved:
        return read_plan_workbook(Path(rencana))[0], []
    visible, decided, stages, findings, round_id = read_decisions(rencana, settings)
    hint = "Periksa lembar kerja Persetujuan dan kolom Keputusan; 'asn-mutasi terapkan' memakai keputusan yang sama."
    if not stages.staged and settings.tata_kelola.wajib_tahap:
        raise PlanMismatchError(
            f"Rencana '{rencana}' belum diputuskan per tahap ([tata_kelola] wajib_tahap)", hint=hint
        )
    errors = [f for f in findings if f.severity is Severity.ERROR]  # edited rows too (rencana-baris-diubah)
    if errors:
        where = errors[0].location.describe()
        raise PlanMismatchError(
            f"Keputusan di rencana '{rencana}' tidak dapat dipakai: {where}: {errors[0].message}", hint=hint
        )
    approved = approved_mask(decided["keputusan"])
    if not approved.any():
        raise PlanMismatchError(
            f"Rencana '{rencana}' tidak memiliki mutasi yang disetujui (Setuju) pada tahap "
            f"{settings.tata_kelola.tahap_final}",
            hint=hint,
        )
    if ROW not in visible.columns:  # each move keeps its row of the Rencana Mutasi sheet (header on row 1)
        visible = visible.assign(**{ROW: range(2, len(visible) + 2)})
    # the final stage's SK number and date of each move (the letters print them, as the ledger records them), and
    # the round, which with the ID Mutasi keys the move's ledger entries
    finals = [stages.final.get(m) for m in decided["id_mutasi"].map(cell_text)]
    visible = visible.assign(
        _nomor_sk=[f.nomor_dokumen if f else "" for f in finals],
        _tanggal_sk=pd.Series([f.tanggal if f else None for f in finals], index=visible.index, dtype=object),
        _id_putaran=round_id,
    )
    return visible.loc[approved].reset_index(drop=True), findings


def refuse_other_roster(moves: pd.DataFrame, roster: pd.DataFrame, rencana: Source, pegawai: Source) -> None:
    """Refuse (exit 1) moves that do not fit ``roster`` as ``terapkan`` refuses them (a NIP it does not hold, a person
    no longer in the origin post): a letter or a training line for someone of another roster is never written."""
    from asn_mutasi.findings import Severity
    from asn_mutasi.rollout.apply import moves_against_roster

    errors = [f for f in moves_against_roster(moves, roster, Path(rencana).name) if f.severity is Severity.ERROR]
    if errors:
        raise PlanMismatchError(
            f"Rencana '{rencana}' tidak cocok dengan data pegawai '{pegawai}': {len(errors)} dari {len(moves)} "
            f"mutasi tidak dapat dipakai; yang pertama {errors[0].location.describe()}: {errors[0].message}",
            hint="Pakai data pegawai yang dipakai saat rencana disusun (atau yang terbaru, sebelum diterapkan); "
            "'asn-mutasi terapkan' memeriksa hal yang sama.",
        )


def plan_training(
    moves: pd.DataFrame, roster: pd.DataFrame, positions: pd.DataFrame, settings: Settings
) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """(lines, per OPD, per training) of the given moves."""
    from asn_mutasi.gc_pause import gc_paused
    from asn_mutasi.planning.training import totals_per_opd, totals_per_training, training_needs

    with gc_paused():  # many small objects, no cycles (see asn_mutasi.gc_pause)
        lines = training_needs(moves, roster, positions, bobot_pengalaman=settings.bobot.pengalaman)
        return lines, totals_per_opd(lines), totals_per_training(lines)


@verb
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
    """Training needs of the approved moves (:func:`approved_moves`; ``semua``: every move) of a plan workbook."""
    run = setup(options, settings, tanggal, progress)
    moves, decided = approved_moves(rencana, run.settings, only_approved=not semua)
    inputs = load_inputs(
        pegawai, jabatan, opts=run.read, settings=run.settings, today=run.today, require_positions=True
    )
    assert inputs.positions is not None
    refuse_other_roster(moves, inputs.roster.valid, rencana, pegawai)
    run.progress("menghitung kebutuhan diklat")
    lines, per_opd, per_training = plan_training(moves, inputs.roster.valid, inputs.positions.valid, run.settings)
    return TrainingResult(lines, per_opd, per_training, decided + list(inputs.findings))
