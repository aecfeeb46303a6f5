"""``apply``: check the decisions in a plan workbook and apply the approved moves to the roster,
writing the new roster (in the input's own format) and the decree list (daftar SK)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from asn_mutasi.api.front import verb, xlsx_output
from asn_mutasi.api.inputs import (
    Progress,
    ReadOptions,
    RunSetup,
    Source,
    Target,
    read_input,
    read_positions,
    setup,
    target_path,
)
from asn_mutasi.config import Settings
from asn_mutasi.errors import UsageError
from asn_mutasi.findings import Finding, make_finding
from asn_mutasi.rollout.apply import SK_COLUMNS, ApplyResult
from asn_mutasi.schema import RawTable
from asn_mutasi.serialise import Record, clean_records, frame_records

if TYPE_CHECKING:
    from asn_mutasi.api.governance import Gate

#: canonical keys of one daftar SK row
SK_FIELDS: list[str] = [c for c, _ in SK_COLUMNS]


@dataclass
class ApplyOutcome:
    """The checked plan; ``ok`` False means it was refused and nothing was written."""

    result: ApplyResult
    raw: RawTable  #: the roster as read (its original cells and headers)
    roster_file: Path | None = None  #: the new roster, when written
    sk_file: Path | None = None  #: the daftar SK, when written
    #: per move: the stage reached, its decision, whether applied and why not (issue 16)
    tahap: list[Record] = field(default_factory=list)
    ledger_file: Path | None = None  #: the audit ledger written to
    #: a Ctrl-C or SIGTERM came while the outputs and the ledger were committed: held, the work finished
    interrupted: bool = False

    @property
    def ok(self) -> bool:
        return self.result.ok

    def to_json(self) -> list[Record]:
        """The rows printed by ``apply --format json``: the daftar SK, or the problems when refused (errors first: the
        reasons of the refusal led a table cut after 300 of 433 rows, behind the warnings)."""
        if not self.ok:
            ordered = sorted(self.result.findings, key=lambda f: -f.severity.rank)
            return clean_records([f.to_dict() for f in ordered])
        return frame_records(self.result.sk)


@verb
def apply(
    *,
    rencana: Source,
    pegawai: Source,
    tmt: date,
    output: Target | None = None,
    sk: Target | None = None,
    jabatan: Source | None = None,
    buku_besar: Target | None = None,
    abaikan_perubahan_data: bool = False,
    overwrite: bool = False,
    options: ReadOptions | None = None,
    settings: Settings | None = None,
    tanggal: date | None = None,
    progress: Progress | None = None,
    on_saved: Callable[[ApplyOutcome], None] | None = None,
) -> ApplyOutcome:
    """Apply the moves decided ``Setuju`` in the plan workbook ``rencana`` to the roster ``pegawai``.

    Refuses (``ok`` False, nothing written) when the plan no longer fits the roster. With ``output``
    the new roster is written like the input, and the daftar SK to ``sk`` (default ``<output>_SK.xlsx``).

    Only moves decided ``Setuju`` at the final stage (``[tata_kelola] tahap_final``) of the
    Persetujuan sheet are carried out; each is re-assessed against the current roster (and
    ``jabatan``) and refused with a finding when it no longer holds. A roster whose SHA-256
    differs from the plan's is refused unless ``abaikan_perubahan_data``. Decisions, the run,
    applied and refused moves go to the audit ledger ``buku_besar`` (default: ``[tata_kelola]
    buku_besar``, else ``buku_besar_mutasi.sqlite`` beside ``rencana``). ``on_saved(outcome)`` is called as
    the run is committed, the stop signals still held (the CLI names the files kept; hostile23, h36).
    """
    from asn_mutasi.api.governance import ledger_path, refuse_ledger_clash

    _check_options(pegawai, tmt)
    output, buku_besar = target_path(output), target_path(buku_besar)
    sk = None if sk is None else xlsx_output(sk, "Daftar SK (--sk)", "daftar_sk.xlsx")  # (sk.csv held xlsx bytes)
    run = setup(options, settings, tanggal, progress)
    ledger = ledger_path(buku_besar, run.settings, Path(rencana))
    named = [("buku kerja rencana", rencana), ("data pegawai", pegawai), ("peta jabatan", jabatan)]
    if output is not None:
        named += [("data pegawai baru (-o)", output), ("daftar SK (--sk)", _sk_path(output, sk))]
    refuse_ledger_clash(ledger, named)
    outcome, gate = _checked(run, rencana, pegawai, jabatan, tmt, ignore_roster_change=abaikan_perubahan_data)
    _check_ledger_for(ledger, gate, outcome.result, Path(rencana).name)
    if output is not None and outcome.ok:
        _check_outputs(output, sk, overwrite=overwrite, inputs=[rencana, pegawai, jabatan])
    _commit(outcome, gate, ledger, output, sk, on_saved, overwrite=overwrite, rencana=rencana, pegawai=pegawai, tmt=tmt)
    return outcome


def _checked(
    run: RunSetup, rencana: Source, pegawai: Source, jabatan: Source | None, tmt: date, *, ignore_roster_change: bool
) -> tuple[ApplyOutcome, Gate]:
    """Read the plan, its decisions and the roster; gate the decisions and apply the approved moves (nothing
    written yet)."""
    from asn_mutasi.api.governance import gate_decisions, stage_report
    from asn_mutasi.io.approval_sheet import read_approval_sheet
    from asn_mutasi.io.plan_workbook import read_plan_workbook
    from asn_mutasi.rollout.apply import apply_plan, cell_text
    from asn_mutasi.validation import prepare_roster

    visible, hidden, params = read_plan_workbook(rencana)
    stages = read_approval_sheet(rencana)
    raw = read_input(pegawai, "pegawai", run.read, sheet=run.read.sheet_pegawai)
    roster = prepare_roster(raw, today=run.today)
    positions = read_positions(jabatan, run)
    gate = gate_decisions(
        rencana=rencana,
        visible=visible,
        stages_frame=stages,
        params=params,
        pegawai=pegawai,
        roster=roster.frame,
        positions=positions,
        settings=run.settings,
        as_of=run.today,
        ignore_roster_change=ignore_roster_change,
    )
    result = apply_plan(gate.visible, hidden, raw, roster.frame, tmt, positions=positions, plan_file=Path(rencana).name)
    result.findings = [*gate.findings, *_tmt_before_plan(tmt, params, Path(rencana).name), *result.findings]
    _count_refused_as_approved(result, len(gate.refusals))
    outcome = ApplyOutcome(result=result, raw=raw)
    outcome.tahap = stage_report(gate, {cell_text(m) for m in result.applied["id_mutasi"]} if result.ok else set())
    return outcome, gate


def _commit(
    outcome: ApplyOutcome,
    gate: Gate,
    ledger: Path | None,
    output: Path | None,
    sk: Path | None,
    on_saved: Callable[[ApplyOutcome], None] | None,
    *,
    overwrite: bool,
    rencana: Source,
    pegawai: Source,
    tmt: date,
) -> None:
    """Write the new roster and the daftar SK, then record the run in the ledger, at the commit point ``plan`` has too
    (:func:`~asn_mutasi.io.writers.commit_point`): stopped or failed before the ledger has it, neither file is left;
    a Ctrl-C or SIGTERM while the ledger is written is held and the run finishes (:attr:`ApplyOutcome.interrupted`;
    hostile8, h28), one just after it keeps the files the ledger names (review21, h36). ``on_saved`` is told inside
    that hold: the CLI names the files kept (hostile23, h36)."""
    from asn_mutasi.api.governance import record_apply
    from asn_mutasi.io.writers import commit_point

    result = outcome.result
    with commit_point() as commit:
        if output is not None and result.ok:
            commit(output)
            commit(_sk_path(output, sk))
            outcome.roster_file, outcome.sk_file = _write_outputs(outcome, output, sk, overwrite=overwrite)
        with commit.point():
            if ledger is not None:
                record_apply(
                    ledger,
                    gate,
                    rencana=rencana,
                    pegawai=pegawai,
                    tmt=tmt,
                    ok=result.ok,
                    written=result.ok and output is not None,
                    applied=result.applied,
                    findings=result.findings,
                )
                outcome.ledger_file = ledger
            commit.keep()  # committed (with no ledger the files kept are the commit): a stop after it removes nothing
            if on_saved is not None:
                on_saved(outcome)
    outcome.interrupted = commit.interrupted


def _sk_path(output: Path, sk: Path | None) -> Path:
    return sk or output.with_name(output.stem + "_SK.xlsx")


def _check_outputs(output: Path, sk: Path | None, *, overwrite: bool, inputs: list[Source | None]) -> None:
    """Both files can be written, and are two files, before either is: a daftar SK that exists without --timpa,
    or sits in a folder that is not there, left the new roster written and the application unrecorded."""
    from asn_mutasi.io.writers import check_output_path

    sk_path = _sk_path(output, sk)
    try:
        same = output.resolve() == sk_path.resolve()
    except OSError:
        same = False
    if same:
        raise UsageError(f"Daftar SK (--sk) '{sk_path}' sama dengan data pegawai baru (-o): pakai nama lain")
    check_output_path(output, overwrite=overwrite, inputs=inputs)
    check_output_path(sk_path, overwrite=overwrite, inputs=inputs)


def _write_outputs(outcome: ApplyOutcome, output: Path, sk: Path | None, *, overwrite: bool) -> tuple[Path, Path]:
    """The new roster, written like the input, and the daftar SK (default ``<output>_SK.xlsx``)."""
    from asn_mutasi.io.rollout_workbooks import write_sk_workbook
    from asn_mutasi.io.roster_writer import write_roster_like

    assert outcome.result.roster is not None  # only called when the plan was applied
    sk_path = _sk_path(output, sk)
    write_roster_like(outcome.raw, outcome.result.roster, output, overwrite=overwrite)
    write_sk_workbook(outcome.result.sk, sk_path, overwrite=overwrite)
    return output, sk_path


def _check_ledger_for(ledger: Path | None, gate: Gate, result: ApplyResult, plan_file: str) -> None:
    """Before the new roster is written (every application is recorded): the ledger can take the record, and an
    earlier application of these moves is named (``rencana-sudah-diterapkan``)."""
    from asn_mutasi.api.governance import applied_before, check_ledger, round_missing
    from asn_mutasi.rollout.apply import cell_text

    check_ledger(ledger)
    result.findings += round_missing(ledger, gate, plan_file)
    if result.ok:
        ids = {cell_text(m) for m in result.applied["id_mutasi"]}
        result.findings += applied_before(ledger, gate, ids, plan_file)


def _check_options(pegawai: Source, tmt: date) -> None:
    """Usage errors found before anything is read: a roster on stdin (it is written back in its own format), a TMT
    out of the supported range (as ``--tanggal``)."""
    from asn_mutasi.domain.limits import check_as_of

    if str(pegawai) == "-":
        raise UsageError("terapkan menulis ulang data pegawai dalam formatnya sendiri; berikan berkas, bukan stdin.")
    check_as_of(tmt, "TMT (--tmt)")


def _count_refused_as_approved(result: ApplyResult, refused: int) -> None:
    """A move approved Setuju that the recheck refused is counted as approved, and apart (``tidak_layak_lagi``), not as
    undecided ("kosong": the gate cleared its decision so that it is not applied)."""
    result.counts["tidak_layak_lagi"] = refused
    result.counts["setuju"] = result.counts.get("setuju", 0) + refused
    result.counts["kosong"] = max(result.counts.get("kosong", 0) - refused, 0)
    if not refused:
        return
    # every approved move refused: not "nothing approved, fill in Setuju" (87 usulan: 85 kosong) but why
    changed = any(f.code == "data-pegawai-berubah" for f in result.findings)
    for i, f in enumerate(result.findings):
        if f.code == "rencana-belum-diputuskan":
            result.findings[i] = make_finding(
                "persetujuan-tidak-layak-lagi",
                f.location,
                jumlah=refused,
                sebab=" (data pegawai ini berbeda dari data saat rencana dibuat)" if changed else "",
            )


def _tmt_before_plan(tmt: date, params: dict[str, str], plan_file: str) -> list[Finding]:
    """``tmt-sebelum-rencana`` when the TMT lies before the plan's reference date (a typo in --tmt: a move back-dated
    before the analysis that proposed it)."""
    from asn_mutasi.domain.tanggal import parse_date
    from asn_mutasi.findings import Location, make_finding
    from asn_mutasi.formatting import format_date

    planned = parse_date(params.get("tanggal_acuan", "")).value  # the Parameter sheet writes it DD-MM-YYYY
    if planned is None or tmt >= planned:
        return []
    # both dates DD-MM-YYYY, as --tmt takes them and the Parameter sheet shows them ("TMT 2026-02-01 lebih awal dari
    # tanggal acuan rencana (2026-12-06)" was the one ISO date an analyst read; render28, h37)
    loc = Location(file=plan_file, sheet="Parameter", field="tmt", value=format_date(tmt))
    return [make_finding("tmt-sebelum-rencana", loc, tanggal=format_date(planned))]
