"""``compare``: the effect of a round of mutasi (before vs after roster), optionally against the
approved plan."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from asn_mutasi.api.inputs import Progress, ReadOptions, Source, check_stdin_usage, read_positions, read_roster, setup
from asn_mutasi.config import Settings
from asn_mutasi.io.serialise import Record, to_jsonable
from asn_mutasi.loop.compare import Comparison


@dataclass
class CompareResult:
    """The comparison and the workbook written (if any)."""

    comparison: Comparison
    workbook: Path | None = None

    def to_json(self) -> Record:
        """The object printed by ``compare --format json``: ``ringkasan`` and one list per table."""
        return {str(k): to_jsonable(v) for k, v in self.comparison.to_records().items()}


def compare(
    *,
    sebelum: Source,
    sesudah: Source,
    jabatan: Source | None = None,
    rencana: Source | None = None,
    output: Path | None = None,
    overwrite: bool = False,
    options: ReadOptions | None = None,
    settings: Settings | None = None,
    tanggal: date | None = None,
    progress: Progress | None = None,
) -> CompareResult:
    """Compare two rosters (before/after): moved, joined, left, vacancies and EJ per unit; with
    ``rencana`` which approved moves happened; with ``output`` also the comparison workbook."""
    from asn_mutasi.loop.compare import compare_rosters

    check_stdin_usage(sebelum, sesudah, jabatan)
    run = setup(options, settings, tanggal, progress)
    before = read_roster(sebelum, run)
    after = read_roster(sesudah, run)
    positions = read_positions(jabatan, run)
    plan_moves = None
    if rencana is not None:
        from asn_mutasi.io.plan_workbook import read_plan_workbook

        plan_moves, _hidden, _params = read_plan_workbook(rencana)
    comparison = compare_rosters(
        before.valid, after.valid, positions, plan_moves=plan_moves, settings=run.settings, as_of=run.today
    )
    result = CompareResult(comparison=comparison)
    if output is not None:
        from asn_mutasi.io.loop_workbooks import write_compare_workbook

        write_compare_workbook(comparison, output, overwrite=overwrite)
        result.workbook = output
    return result
