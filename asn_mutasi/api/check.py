"""``check``: read, map and validate the roster and the position table; account for every row."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from asn_mutasi.api.front import verb
from asn_mutasi.api.inputs import (
    Inputs,
    Progress,
    ReadOptions,
    Source,
    link_to_table,
    load_inputs,
    pension_findings,
    roster_link_findings,
    setup,
)
from asn_mutasi.config import Settings
from asn_mutasi.findings import Finding, Report, Severity
from asn_mutasi.schema import ROW, UNIT_AS_WRITTEN, valid_mask
from asn_mutasi.serialise import Record, to_jsonable
from asn_mutasi.validation import PreparedTable

if TYPE_CHECKING:
    from asn_mutasi.workload.linking import LinkResult


@dataclass
class CheckResult:
    """Everything ``check`` reports."""

    inputs: Inputs
    report: Report
    mapping: list[Record]  #: one row per mapped column: berkas, sheet, field, kolom, judul_kolom, cara
    accounting: list[Record]  #: one row per table: baris_data, valid, dikecualikan
    excluded: list[Record]  #: one row per excluded input row, with its reason
    #: one row per valid roster row linked to no position: who, the jabatan and unit as written, the closest post
    unlinked: list[Record] = field(default_factory=list)

    def summary(self) -> Record:
        counts = self.report.counts()
        return {
            "temuan_galat": counts[Severity.ERROR],
            "temuan_peringatan": counts[Severity.WARNING],
            "temuan_info": counts[Severity.INFO],
            "tabel": list(self.accounting),
        }

    def findings(self) -> list[Record]:
        """Every finding, sorted, as canonical records."""
        return [{k: to_jsonable(v) for k, v in f.to_dict().items()} for f in self.report.sorted()]

    def to_json(self) -> Record:
        """The whole result as printed by ``check --format json``."""
        return {
            "ringkasan": self.summary(),
            "pemetaan_kolom": list(self.mapping),
            "baris_dikecualikan": list(self.excluded),
            "pegawai_tidak_tertaut": list(self.unlinked),
            "temuan": list(self.findings()),
        }


def _mapping_records(table: PreparedTable) -> list[Record]:
    raw = table.raw
    return [
        {
            "berkas": raw.source.path,
            "lembar_kerja": raw.source.sheet,
            "kolom_baku": info.field,
            "kolom": info.letter,
            "judul_kolom": info.header,
            "cara": info.how,
            "alasan": info.reason,
        }
        for info in [*raw.columns.values(), *(i for more in raw.parts.values() for i in more)]
    ]


def _accounting(table: PreparedTable, kind: str) -> Record:
    counts = table.counts()
    return {
        "tabel": kind,
        "berkas": table.raw.source.path,
        "lembar_kerja": table.raw.source.sheet,
        "baris_data": counts["baris"],
        "valid": counts["valid"],
        "dikecualikan": counts["dikecualikan"],
        "digabung": counts.get("digabung", 0),
        "baris_dilewati": sum(table.raw.skipped.values()),
    }


def _excluded(table: PreparedTable) -> list[Record]:
    frame = table.frame
    bad = frame[~valid_mask(frame)]
    name = table.raw.source.path
    return [
        {"berkas": name, "lembar_kerja": table.raw.source.sheet, "baris": int(r), "alasan": a}
        for r, a in zip(bad["_baris"].tolist(), bad["_alasan"].tolist(), strict=True)
    ]


def cross_check(
    roster: PreparedTable,
    positions: PreparedTable,
    *,
    unit_kerja: str | None = None,
    settings: Settings | None = None,
) -> tuple[list[Finding], list[Record]]:
    """Findings that need both tables: employees whose position is not in the table, a stated bezetting (or
    Formulir 1 retirement count, on ``settings``' BUP) that the roster does not bear out (``unit_kerja``: the
    analyst's unit, see ``link_to_table``); and the valid rows linked to no position (:func:`unlinked_records`)."""
    # every holder is linked (the stated bezetting is compared with them, as `lowongan` counts them); the linking
    # findings are said of valid rows only, as every planning command says them (build_world)
    result, stated = link_to_table(roster.frame, roster.raw, positions, unit_kerja=unit_kerja, settings=settings)
    return [*roster_link_findings(result, roster), *stated], unlinked_records(result, roster, positions)


def unlinked_records(link: LinkResult, roster: PreparedTable, positions: PreparedTable) -> list[Record]:
    """One record per valid roster row that links to no position: its row, NIP, name, the jabatan and unit as the
    roster writes them, and the closest post of the table. ``jabatan-tidak-ditemukan`` says each (jabatan, unit)
    once with a count; the analyst fixing the roster needs every row (polish2, h34)."""
    import pandas as pd

    from asn_mutasi.domain.jabatan import names_no_post, normalize_position_name, normalize_unit_name
    from asn_mutasi.workload.linking import HOW_COLUMN, PositionIndex, _text_series, closest_positions

    frame = link.frame
    rows = frame[(frame[HOW_COLUMN] == "tidak_tertaut").to_numpy() & valid_mask(frame)]
    if not len(rows):
        return []
    blank = pd.Series("", index=rows.index, dtype=object)
    names = _text_series(rows["jabatan"]) if "jabatan" in rows.columns else blank
    units = _text_series(rows[UNIT_AS_WRITTEN] if UNIT_AS_WRITTEN in rows.columns else rows.get("unit_kerja", blank))
    index = PositionIndex.build(positions.valid)
    nearest = {  # (a post naming only its kind, "Fungsional", is near no post: usulan30, h38)
        (n, u): next(iter(closest_positions(index, normalize_position_name(n), normalize_unit_name(u))), "")
        if index.names_in_unit and not names_no_post(n)
        else ""
        for n, u in dict.fromkeys(zip(names.tolist(), units.tolist(), strict=True))
    }
    return [
        {
            "berkas": roster.raw.source.path,
            "lembar_kerja": roster.raw.source.sheet,
            "baris": int(r),
            "nip": nip,
            "nama": nama,
            "jabatan": n,
            "unit_kerja": u,
            "jabatan_terdekat": nearest[(n, u)],
        }
        for r, nip, nama, n, u in zip(
            rows[ROW].tolist(),
            _text_series(rows.get("nip", blank)).tolist(),
            _text_series(rows.get("nama", blank)).tolist(),
            names.tolist(),
            units.tolist(),
            strict=True,
        )
    ]


@verb
def check(
    *,
    pegawai: Source,
    jabatan: Source | None = None,
    options: ReadOptions | None = None,
    settings: Settings | None = None,
    tanggal: date | None = None,
    progress: Progress | None = None,
) -> CheckResult:
    """Read, validate and cross-check the inputs; every row is accounted for.

    ``jabatan`` may be omitted when the roster workbook has a position-table sheet.
    """
    run = setup(options, settings, tanggal, progress)
    inputs = load_inputs(pegawai, jabatan, opts=run.read, settings=run.settings, today=run.today, progress=run.progress)
    report = Report()
    report.extend(inputs.findings)
    report.extend(pension_findings(inputs.roster.valid, inputs.roster.raw, run))
    tables: list[tuple[PreparedTable, str]] = [(inputs.roster, "pegawai")]
    unlinked: list[Record] = []
    if inputs.positions is not None:
        tables.append((inputs.positions, "jabatan"))
        run.progress("mencocokkan jabatan pegawai dengan peta jabatan")
        both, unlinked = cross_check(
            inputs.roster, inputs.positions, unit_kerja=run.read.unit_kerja, settings=run.settings
        )
        report.extend(both)
    return CheckResult(
        inputs=inputs,
        report=report,
        mapping=[m for t, _ in tables for m in _mapping_records(t)],
        accounting=[_accounting(t, k) for t, k in tables],
        excluded=[e for t, _ in tables for e in _excluded(t)],
        unlinked=unlinked,
    )
