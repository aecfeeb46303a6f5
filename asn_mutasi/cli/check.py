"""``asn-mutasi check``: read, map and validate the roster and the position table."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from asn_mutasi.cli.console import info, progress
from asn_mutasi.cli.options import AllRowsOpt, Context, FailOn, FailOnOpt, command
from asn_mutasi.cli.render import OutputFormat, RenderState, emit, emit_json, severity_style
from asn_mutasi.errors import EXIT_FINDINGS
from asn_mutasi.labels import table_columns

if TYPE_CHECKING:
    from asn_mutasi.api.check import CheckResult
    from asn_mutasi.findings import Finding
    from asn_mutasi.serialise import Record

FINDING_COLUMNS = table_columns(
    "kode", "tingkat", "berkas", "lembar_kerja", "baris", "kolom", "judul_kolom", "nilai", "pesan"
)
MAPPING_COLUMNS = table_columns("berkas", "lembar_kerja", "kolom_baku", "kolom", "judul_kolom", "cara", "alasan")
UNLINKED_FIELDS = ("baris", "nip", "nama", "jabatan", "unit_kerja", "jabatan_terdekat")
UNLINKED_COLUMNS = table_columns(*UNLINKED_FIELDS)
ACCOUNTING_COLUMNS = table_columns(
    "tabel", "berkas", "lembar_kerja", "baris_data", "valid", "dikecualikan", "digabung", "baris_dilewati"
)


def register(app: typer.Typer) -> None:
    app.command("check")(check)


@command(report=True)
def check(
    pegawai: Annotated[
        str, typer.Argument(metavar="PEGAWAI", help="Data pegawai (CSV/XLSX/XLS/ODS, atau '-' untuk stdin).")
    ],
    jabatan: Annotated[
        str | None,
        typer.Argument(metavar="JABATAN", help="Peta jabatan / formasi (boleh lembar kerja lain di berkas pegawai)."),
    ] = None,
    fail_on: FailOnOpt = FailOn.error,
    semua: AllRowsOpt = False,
    *,
    ctx: Context,
) -> None:
    """Periksa data pegawai dan peta jabatan: pemetaan kolom, NIP, golongan, pendidikan, tanggal, jabatan.

    Setiap baris masukan dipertanggungjawabkan: valid, atau dikecualikan dengan alasan.
    Kode keluar: 0 aman, 1 ada temuan setingkat --gagal-jika, 2 salah penggunaan, 3 masukan tak terbaca.
    """
    from asn_mutasi.api.check import check as run_check
    from asn_mutasi.findings import FINDING_KEYS, Severity

    with progress("Memeriksa data") as step:
        result = run_check(
            pegawai=pegawai,
            jabatan=jabatan,
            **ctx.verb_args(step),
        )

    findings = result.findings()
    if ctx.fmt is OutputFormat.json:
        emit_json(result.to_json())
    elif ctx.fmt is OutputFormat.csv:
        emit(ctx.fmt, findings, [(k, k) for k in FINDING_KEYS])
    else:
        emit(ctx.fmt, result.mapping, MAPPING_COLUMNS, title="Pemetaan kolom")
        emit(ctx.fmt, result.accounting, ACCOUNTING_COLUMNS, title="Baris data")
        if result.unlinked:
            emit(
                ctx.fmt,
                result.unlinked,
                UNLINKED_COLUMNS,
                title="Pegawai tidak tertaut ke peta jabatan",
                limit=None if semua else 200,
            )
        if findings:
            emit(
                ctx.fmt,
                _with_options(findings, result.report.sorted()),
                FINDING_COLUMNS,
                title="Temuan",
                limit=None if semua else 200,
                styles={"tingkat": severity_style},
            )

    if ctx.output is not None:
        _write_report(ctx.output, ctx.overwrite, result)
        info(f"Laporan ditulis ke {ctx.output}")

    from asn_mutasi.formatting import display_value

    def n(count: object) -> str:  # 2.000, as the tables show it
        return display_value("jumlah", count)

    counts = result.report.counts()
    # every line of the table accounted for: read (valid or excluded) or skipped as no data (hostile19, h35)
    parts = [
        f"{n(a['baris_data'])} baris {a['tabel']} ({n(a['valid'])} valid, {n(a['dikecualikan'])} dikecualikan"
        + (f"; {n(a['baris_dilewati'])} baris bukan data dilewati)" if a["baris_dilewati"] else ")")
        for a in result.accounting
    ]
    info(
        f"Diperiksa {' dan '.join(parts)}: {n(counts[Severity.ERROR])} galat, {n(counts[Severity.WARNING])} peringatan, "
        f"{n(counts[Severity.INFO])} info."
    )

    if fail_on is not FailOn.never:
        level = Severity.ERROR if fail_on is FailOn.error else Severity.WARNING
        if result.report.at_or_above(level):
            raise typer.Exit(EXIT_FINDINGS)


#: the Pegawai Tidak Tertaut sheet with no rows: every employee linked, or no position table to link to
_UNLINKED_EMPTY = {
    True: "Setiap pegawai valid tertaut ke jabatan pada peta jabatan.",
    False: "Tanpa berkas peta jabatan: tautan pegawai ke jabatan tidak diperiksa.",
}


def _with_options(records: list[Record], findings: list[Finding]) -> list[Record]:
    """The finding records (in the order of ``findings``) with each message as the terminal says it, the option of
    the setting it names added (:func:`~asn_mutasi.findings.option_hint`): the table is the terminal's, while JSON,
    CSV and the report workbook keep the message in words. The Temuan table lost "--instansi", "--lembar" … once
    render30 moved them out of the messages, and the analyst who typed the command saw none (reviewG, h38)."""
    from asn_mutasi.findings import option_hint

    return [{**r, "pesan": option_hint(f)} for r, f in zip(records, findings, strict=True)]


def _write_report(output: Path, overwrite: bool, result: CheckResult) -> None:
    import pandas as pd

    from asn_mutasi.findings import FINDING_KEYS
    from asn_mutasi.io.report_workbook import Sheet, write_report_workbook
    from asn_mutasi.io.writers import atomic_writer, detect_output_format, write_records
    from asn_mutasi.serialise import dumps

    kind = detect_output_format(output, None)
    findings = result.findings()
    linked = result.inputs.positions is not None
    if kind == "xlsx":
        sheets: dict[str, pd.DataFrame | Sheet] = {
            "Ringkasan": pd.DataFrame(result.accounting),
            "Temuan": pd.DataFrame(findings, columns=list(FINDING_KEYS)),
            "Pemetaan Kolom": pd.DataFrame(result.mapping, columns=[k for k, _ in MAPPING_COLUMNS]),
            "Baris Dikecualikan": Sheet(
                pd.DataFrame(result.excluded, columns=["berkas", "lembar_kerja", "baris", "alasan"]),
                empty="Tidak ada baris yang dikecualikan.",
            ),
            "Pegawai Tidak Tertaut": Sheet(
                pd.DataFrame(result.unlinked, columns=list(UNLINKED_FIELDS)), empty=_UNLINKED_EMPTY[linked]
            ),
        }
        write_report_workbook(output, sheets, overwrite=overwrite)  # Indonesian headers and words
    elif kind == "json":
        with atomic_writer(output, overwrite=overwrite, text=True) as fh:
            fh.write(dumps(result.to_json()))
    else:
        write_records(findings, output, "csv", columns=list(FINDING_KEYS), overwrite=overwrite, raw=RenderState.csv_raw)
