"""Load → validate → analyse: the library entry points the CLI is a thin layer over.

Nothing here prints; long steps report through an optional ``progress`` callback.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, BinaryIO

from asn_mutasi.config import Settings
from asn_mutasi.errors import UsageError
from asn_mutasi.findings import Finding, Report
from asn_mutasi.models import RawTable
from asn_mutasi.validation import PreparedTable, prepare_positions, prepare_roster

Progress = Callable[[str], None]


def _noop(_: str) -> None:
    return None


@dataclass
class ReadOptions:
    """How to read input files (sheets, stdin format, column mapping)."""

    sheet_pegawai: str | None = None
    sheet_jabatan: str | None = None
    input_format: str | None = None
    mapping: dict[str, str] | None = None
    stdin: BinaryIO | None = None


def read_input(path: str | Path, kind: str, opts: ReadOptions, *, sheet: str | None = None) -> RawTable:
    """Read one table of ``kind`` from a file (or ``-`` for stdin)."""
    from asn_mutasi.io.readers import read_table

    return read_table(
        str(path),
        kind,
        sheet=sheet,
        input_format=opts.input_format,
        mapping=opts.mapping,
        stdin=opts.stdin if str(path) == "-" else None,
    )


def check_stdin_usage(*paths: str | Path | None) -> None:
    """Only one input may come from stdin."""
    if sum(1 for p in paths if p is not None and str(p) == "-") > 1:
        raise UsageError("Hanya satu masukan yang boleh dibaca dari stdin ('-').")


def _positions_in_same_workbook(path: str | Path, roster_sheet: str | None, opts: ReadOptions) -> RawTable | None:
    """Read a position-table sheet from the roster workbook, if it has one (one file holding both)."""
    if str(path) == "-" or Path(path).suffix.lower() not in {".xlsx", ".xlsm", ".xls", ".ods"}:
        return None
    from asn_mutasi.errors import SchemaError
    from asn_mutasi.io.readers import list_sheets, sheet_for

    if len(list_sheets(path)) < 2:
        return None
    candidate = sheet_for(path, "jabatan", opts.sheet_jabatan)
    if candidate is None or candidate == roster_sheet:
        return None
    try:
        return read_input(path, "jabatan", opts, sheet=candidate)
    except SchemaError:  # the other sheet is not a position table
        return None


@dataclass
class Inputs:
    """Prepared inputs and every finding gathered while reading them."""

    roster: PreparedTable
    positions: PreparedTable | None
    findings: list[Finding] = field(default_factory=list)


def load_inputs(
    pegawai: str | Path,
    jabatan: str | Path | None,
    *,
    opts: ReadOptions,
    settings: Settings,
    today: date,
    require_positions: bool = False,
    progress: Progress = _noop,
    abk: str | Path | None = None,
) -> Inputs:
    """Read and prepare the roster and (optionally) the position table."""
    check_stdin_usage(pegawai, jabatan, abk)
    progress("membaca data pegawai")
    raw_roster = read_input(pegawai, "pegawai", opts, sheet=opts.sheet_pegawai)
    progress("memeriksa data pegawai")
    roster = prepare_roster(raw_roster, today=today)
    findings = list(raw_roster.findings) + roster.findings

    positions: PreparedTable | None = None
    progress("membaca peta jabatan")
    if jabatan is not None:
        raw_pos: RawTable | None = read_input(jabatan, "jabatan", opts, sheet=opts.sheet_jabatan)
    else:
        raw_pos = _positions_in_same_workbook(pegawai, raw_roster.source.sheet, opts)
    if raw_pos is None and require_positions:
        raise UsageError("Peta jabatan (JABATAN) wajib diberikan untuk perintah ini.")
    if raw_pos is not None:
        raw_abk = None
        if abk is not None:
            progress("membaca lembar tugas ABK")
            raw_abk = read_input(abk, "abk", opts)
            findings += list(raw_abk.findings)
        positions = prepare_positions(raw_pos, settings, abk=raw_abk)
        findings += list(raw_pos.findings) + positions.findings
    return Inputs(roster=roster, positions=positions, findings=findings)


# --- check ---------------------------------------------------------------------------------


@dataclass
class CheckResult:
    """Everything ``check`` reports."""

    inputs: Inputs
    report: Report
    mapping: list[dict[str, Any]]
    accounting: list[dict[str, Any]]
    excluded: list[dict[str, Any]]

    def summary(self) -> dict[str, Any]:
        counts = self.report.counts()
        return {
            "temuan_error": counts["error"],
            "temuan_warning": counts["warning"],
            "temuan_info": counts["info"],
            "tabel": self.accounting,
        }


def _mapping_records(table: PreparedTable) -> list[dict[str, Any]]:
    raw = table.raw
    return [
        {
            "berkas": raw.source.path,
            "sheet": raw.source.sheet,
            "field": info.field,
            "kolom": info.letter,
            "judul_kolom": info.header,
            "cara": info.how,
        }
        for info in raw.columns.values()
    ]


def _accounting(table: PreparedTable, kind: str) -> dict[str, Any]:
    counts = table.counts()
    return {
        "tabel": kind,
        "berkas": table.raw.source.path,
        "sheet": table.raw.source.sheet,
        "baris_data": counts["baris"],
        "valid": counts["valid"],
        "dikecualikan": counts["dikecualikan"],
    }


def _excluded(table: PreparedTable) -> list[dict[str, Any]]:
    frame = table.frame
    bad = frame[frame["_status"] != "valid"]
    name = table.raw.source.path
    return [
        {"berkas": name, "sheet": table.raw.source.sheet, "baris": int(r), "alasan": a}
        for r, a in zip(bad["_baris"].tolist(), bad["_alasan"].tolist(), strict=True)
    ]


def run_check(
    pegawai: str | Path,
    jabatan: str | Path | None,
    *,
    opts: ReadOptions,
    settings: Settings,
    today: date,
    progress: Progress = _noop,
) -> CheckResult:
    """Read, validate and cross-check the inputs; every row is accounted for."""
    inputs = load_inputs(pegawai, jabatan, opts=opts, settings=settings, today=today, progress=progress)
    report = Report()
    report.extend(inputs.findings)
    tables: list[tuple[PreparedTable, str]] = [(inputs.roster, "pegawai")]
    if inputs.positions is not None:
        tables.append((inputs.positions, "jabatan"))
        progress("mencocokkan jabatan pegawai dengan peta jabatan")
        report.extend(cross_check(inputs.roster, inputs.positions))
    return CheckResult(
        inputs=inputs,
        report=report,
        mapping=[m for t, _ in tables for m in _mapping_records(t)],
        accounting=[_accounting(t, k) for t, k in tables],
        excluded=[e for t, _ in tables for e in _excluded(t)],
    )


def cross_check(roster: PreparedTable, positions: PreparedTable) -> list[Finding]:
    """Findings that need both tables: employees whose position is not in the table."""
    from asn_mutasi.workload.linking import link_employees

    result = link_employees(
        roster.valid,
        positions.valid,
        source=roster.raw.source.path,
        sheet=roster.raw.source.sheet,
        letters={f: c.letter for f, c in roster.raw.columns.items()},
        headers={f: c.header for f, c in roster.raw.columns.items()},
    )
    return list(result.findings)
