"""``compare``: the effect of a round of mutasi (before vs after roster), optionally against the
approved plan."""

from __future__ import annotations

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
    check_stdin_usage,
    read_input,
    read_positions,
    read_roster,
    setup,
    target_path,
    units_from_links,
)
from asn_mutasi.config import Settings
from asn_mutasi.errors import SchemaError
from asn_mutasi.findings import Finding
from asn_mutasi.rollout.compare import Comparison
from asn_mutasi.rollout.indicators import IndicatorComparison
from asn_mutasi.serialise import Record, frame_records, to_jsonable

if TYPE_CHECKING:
    import pandas as pd

    from asn_mutasi.validation import PreparedTable


@dataclass
class CompareResult:
    """The comparison and the workbook written (if any)."""

    comparison: Comparison
    workbook: Path | None = None
    #: with ``indikator``: per unit and indicator, before/after beside the staffing change (issue 16)
    indicators: IndicatorComparison | None = None
    findings: list[Finding] = field(default_factory=list)  #: indicator rows refused, units flagged
    #: with ``buku_besar``: every plan round of the ledger (trend of fills and imbalance across rounds)
    rounds: list[Record] | None = None

    def to_json(self) -> Record:
        """The object printed by ``compare --format json``: ``ringkasan``, one list per table (plus ``indikator``
        when an indicator table was given) and ``temuan``: every finding, where stderr shows ten (walk6, h29)."""
        out = {str(k): to_jsonable(v) for k, v in self.comparison.to_records().items()}
        if self.indicators is not None:
            out["indikator"] = to_jsonable(frame_records(self.indicators.table))
        out["temuan"] = [to_jsonable(f.to_dict()) for f in self.findings]
        if self.rounds is not None:
            out["putaran"] = to_jsonable(self.rounds)
        return out


def _rosters(
    sebelum: Source, sesudah: Source, run: RunSetup, positions: pd.DataFrame | None
) -> tuple[PreparedTable, PreparedTable, list[Finding]]:
    """Both rosters, read and prepared; each must have jabatan and unit columns: who moved is read from them (without,
    everyone "moved"). A roster without a unit column, given a position table, takes each person's unit from the post
    it links to, as planning does (:func:`units_from_links`; real13 planned such a roster and `bandingkan` still
    refused it, hostile8 h32); without a position table the refusal names that way out."""
    from asn_mutasi.validation import require_fields

    before, after = read_roster(sebelum, run), read_roster(sesudah, run)
    findings: list[Finding] = []
    for roster in (before, after):
        if positions is not None and "jabatan" in roster.raw.columns and "unit_kerja" not in roster.raw.columns:
            findings += _units_from_posts(roster, positions)
        elif positions is None and "jabatan" in roster.raw.columns:
            try:
                require_fields(roster, purpose=_PURPOSE)
            except SchemaError as exc:
                raise SchemaError(exc.message, hint=f"{exc.hint} {_WAY_OUT}") from None
        else:
            require_fields(roster, purpose=_PURPOSE)
    return before, after, findings


_PURPOSE = "bandingkan (siapa pindah jabatan atau unit)"
_WAY_OUT = "Atau beri peta jabatan (JABATAN): unit kerja tiap pegawai dibaca dari jabatan yang tertaut."


def _units_from_posts(roster: PreparedTable, positions: pd.DataFrame) -> list[Finding]:
    """Fill ``roster.frame``'s units from the posts its rows link to (rows linking to none left out, with reason)."""
    from asn_mutasi.schema import STATUS
    from asn_mutasi.workload import link_employees

    source = roster.raw.source
    link = link_employees(roster.frame, positions, source=source.path, sheet=source.sheet)
    findings = units_from_links(link, roster, positions)
    frame = roster.frame.copy()
    for column in ("unit_kerja", STATUS, "_alasan"):
        frame[column] = link.frame[column].to_numpy(dtype=object)
    roster.frame = frame
    return findings


@verb
def compare(
    *,
    sebelum: Source,
    sesudah: Source,
    jabatan: Source | None = None,
    rencana: Source | None = None,
    indikator: Source | None = None,
    periode_sebelum: str | None = None,
    periode_sesudah: str | None = None,
    buku_besar: Target | None = None,
    output: Target | None = None,
    overwrite: bool = False,
    options: ReadOptions | None = None,
    settings: Settings | None = None,
    tanggal: date | None = None,
    progress: Progress | None = None,
) -> CompareResult:
    """Compare two rosters (before/after): moved, joined, left, vacancies and EJ per unit; with
    ``rencana`` which approved moves happened (approved at the final stage when the plan has
    stages); with ``indikator`` (unit_kerja, periode, indikator, nilai, arah) the service
    indicators before (``periode_sebelum``, default the first period) and after (default the last)
    beside the staffing change, units whose staffing improved but service worsened flagged; with
    ``buku_besar`` the rounds recorded in the audit ledger (fills, imbalance, applied moves: the trend
    across rounds); with ``output`` also the comparison workbook (and an indicator sheet with one chart
    per indicator, and the rounds)."""
    from asn_mutasi.rollout.compare import compare_rosters

    check_stdin_usage(sebelum, sesudah, jabatan)
    output = None if output is None else xlsx_output(output, "Perbandingan", "perbandingan.xlsx")
    buku_besar = target_path(buku_besar)
    run = setup(options, settings, tanggal, progress)
    positions = read_positions(jabatan, run)
    before, after, unit_findings = _rosters(sebelum, sesudah, run, positions)
    plan_moves = None
    plan_findings: list[Finding] = unit_findings
    if rencana is not None:
        from asn_mutasi.api.governance import read_decisions

        _, plan_moves, _, plan_findings, _ = read_decisions(rencana, run.settings)
        plan_findings += _approved_twice(plan_moves, Path(str(rencana)).name)
    comparison = compare_rosters(
        before.frame, after.frame, positions, plan_moves=plan_moves, settings=run.settings, as_of=run.today
    )
    # every input row accounted for: rows validation left out (a broken NIP, an empty name) are compared with nothing,
    # so a person whose NIP broke between the files reads as "keluar"; the counts say so (details: periksa)
    summary = comparison.summary
    from asn_mutasi.validation import left_out_for_fault

    summary["baris_dikecualikan_sebelum"] = left_out_for_fault(before.frame)
    summary["baris_dikecualikan_sesudah"] = left_out_for_fault(after.frame)
    plan_findings += _plan_not_from_before(comparison.realisation, rencana)
    result = CompareResult(comparison=comparison, findings=plan_findings)
    if indikator is not None:
        from asn_mutasi.rollout.indicators import compare_indicators, prepare_indicators

        raw = read_input(indikator, "indikator", run.read)
        table = prepare_indicators(raw.frame, source=raw.source.path, sheet=raw.source.sheet)
        result.indicators = compare_indicators(
            table, comparison.units, sebelum=periode_sebelum, sesudah=periode_sesudah
        )
        result.findings += [*raw.findings, *table.findings, *result.indicators.findings]
    if buku_besar is not None:
        from asn_mutasi.api.ledger import ledger_rounds

        result.rounds = ledger_rounds(buku_besar=buku_besar, settings=run.settings).to_json()
    if output is not None:
        from asn_mutasi.io.rollout_workbooks import write_compare_workbook

        if result.indicators is None and result.rounds is None:
            write_compare_workbook(comparison, output, overwrite=overwrite)
        else:  # both steps in one temporary file: a kill between them leaves the old workbook, not half a new one
            from asn_mutasi.io.indicator_workbook import add_indicator_sheet
            from asn_mutasi.io.writers import atomic_path

            sources = [p for p in (sebelum, sesudah, jabatan, rencana, indikator) if p is not None]
            with atomic_path(output, overwrite=overwrite, inputs=sources) as tmp:
                write_compare_workbook(comparison, tmp, overwrite=True)
                add_indicator_sheet(tmp, result.indicators, rounds=result.rounds)
        result.workbook = output
    return result


def _plan_not_from_before(realisation: pd.DataFrame | None, rencana: Source | None) -> list[Finding]:
    """``rencana-bukan-dari-sebelum`` when approved moves name NIPs the roster "sebelum" does not hold: terapkan, surat
    and diklat refuse such a pair, bandingkan counted every move "terlaksana" (hostile8, h28)."""
    from asn_mutasi.findings import Location, make_finding

    if realisation is None or realisation.empty or rencana is None:
        return []
    missing = realisation.loc[realisation["status"].eq("tidak_di_sebelum"), "nip"].astype(str).tolist()
    if not missing:
        return []
    contoh = ", ".join(missing[:5]) + (" …" if len(missing) > 5 else "")
    loc = Location(file=Path(str(rencana)).name, sheet="Rencana Mutasi", field="nip", value=missing[0])
    return [make_finding("rencana-bukan-dari-sebelum", loc, jumlah=len(missing), semua=len(realisation), contoh=contoh)]


def _approved_twice(plan_moves: pd.DataFrame, plan_file: str) -> list[Finding]:
    """``rencana-ganda`` for each approved row whose NIP an earlier approved row moves already (a row copied in
    the sheet); the repeat is no longer approved, so the plan's approved moves count each NIP once."""
    from asn_mutasi.findings import Location, make_finding
    from asn_mutasi.rollout.apply import approved_mask, cell_text

    approved = approved_mask(plan_moves["keputusan"])
    nips = plan_moves["nip"].map(cell_text)
    again = approved & nips.where(approved).duplicated().to_numpy() & nips.ne("").to_numpy()
    first = {
        n: cell_text(m) for n, m in zip(nips[approved][::-1], plan_moves["id_mutasi"][approved][::-1], strict=True)
    }
    out = [
        make_finding(
            "rencana-ganda",
            Location(file=plan_file, sheet="Rencana Mutasi", field="nip", header="NIP"),
            id_mutasi=cell_text(m),
            nip=n,
            id_lain=first[n],
        )
        for m, n in zip(plan_moves["id_mutasi"][again], nips[again], strict=True)
    ]
    plan_moves.loc[again, "keputusan"] = ""
    return out
