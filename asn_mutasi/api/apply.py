"""``apply``: check the decisions in a plan workbook and apply the approved moves to the roster,
writing the new roster (in the input's own format) and the decree list (daftar SK)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from asn_mutasi.api.inputs import Progress, ReadOptions, Source, read_input, read_positions, setup
from asn_mutasi.config import Settings
from asn_mutasi.errors import UsageError
from asn_mutasi.io.serialise import Record, clean_records, frame_records
from asn_mutasi.loop.apply import SK_COLUMNS, ApplyResult
from asn_mutasi.models import RawTable

#: canonical keys of one daftar SK row
SK_FIELDS: list[str] = [c for c, _ in SK_COLUMNS]


@dataclass
class ApplyOutcome:
    """The checked plan; ``ok`` False means it was refused and nothing was written."""

    result: ApplyResult
    raw: RawTable  #: the roster as read (its original cells and headers)
    roster_file: Path | None = None  #: the new roster, when written
    sk_file: Path | None = None  #: the daftar SK, when written

    @property
    def ok(self) -> bool:
        return self.result.ok

    def to_json(self) -> list[Record]:
        """The rows printed by ``apply --format json``: the daftar SK, or the problems when refused."""
        if not self.ok:
            return clean_records([f.to_dict() for f in self.result.findings])
        return frame_records(self.result.sk)


def apply(
    *,
    rencana: Source,
    pegawai: Source,
    tmt: date,
    output: Path | None = None,
    sk: Path | None = None,
    jabatan: Source | None = None,
    overwrite: bool = False,
    options: ReadOptions | None = None,
    settings: Settings | None = None,
    tanggal: date | None = None,
    progress: Progress | None = None,
) -> ApplyOutcome:
    """Apply the moves decided ``Setuju`` in the plan workbook ``rencana`` to the roster ``pegawai``.

    Refuses (``ok`` False, nothing written) when the plan no longer fits the roster. With ``output``
    the new roster is written like the input, and the daftar SK to ``sk`` (default ``<output>_SK.xlsx``).
    """
    from asn_mutasi.io.plan_workbook import read_plan_workbook
    from asn_mutasi.loop.apply import apply_plan
    from asn_mutasi.validation import prepare_roster

    if str(pegawai) == "-":
        raise UsageError("apply menulis ulang data pegawai dalam formatnya sendiri; berikan berkas, bukan stdin.")
    run = setup(options, settings, tanggal, progress)
    visible, hidden, _params = read_plan_workbook(rencana)
    raw = read_input(pegawai, "pegawai", run.read, sheet=run.read.sheet_pegawai)
    roster = prepare_roster(raw, today=run.today)
    positions = read_positions(jabatan, run)
    result = apply_plan(visible, hidden, raw, roster.frame, tmt, positions=positions, plan_file=Path(rencana).name)
    outcome = ApplyOutcome(result=result, raw=raw)
    if output is not None and result.ok:
        from asn_mutasi.io.loop_workbooks import write_sk_workbook
        from asn_mutasi.io.roster_writer import write_roster_like

        assert result.roster is not None  # ok
        sk_path = sk or output.with_name(output.stem + "_SK.xlsx")
        write_roster_like(raw, result.roster, output, overwrite=overwrite)
        write_sk_workbook(result.sk, sk_path, overwrite=overwrite)
        outcome.roster_file, outcome.sk_file = output, sk_path
    return outcome
