"""``asn-mutasi check``: read, map and validate the roster and the position table."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from asn_mutasi.cli.common import (
    AsOfOpt,
    ConfigOpt,
    FailOn,
    FormatOpt,
    InputFormatOpt,
    MappingOpt,
    OutputFormat,
    OutputOpt,
    OverwriteOpt,
    SheetJabatanOpt,
    SheetOpt,
    as_of_date,
    emit,
    emit_json,
    handle_errors,
    info,
    progress,
    read_options,
    resolve_format,
    severity_style,
)
from asn_mutasi.errors import EXIT_FINDINGS

FINDING_COLUMNS = [
    ("kode", "Kode"),
    ("tingkat", "Tingkat"),
    ("berkas", "Berkas"),
    ("sheet", "Sheet"),
    ("baris", "Baris"),
    ("kolom", "Kolom"),
    ("judul_kolom", "Judul Kolom"),
    ("nilai", "Nilai"),
    ("pesan", "Pesan"),
]
MAPPING_COLUMNS = [
    ("berkas", "Berkas"),
    ("sheet", "Sheet"),
    ("field", "Field"),
    ("kolom", "Kolom"),
    ("judul_kolom", "Judul Kolom"),
    ("cara", "Cara"),
]
ACCOUNTING_COLUMNS = [
    ("tabel", "Tabel"),
    ("berkas", "Berkas"),
    ("sheet", "Sheet"),
    ("baris_data", "Baris Data"),
    ("valid", "Valid"),
    ("dikecualikan", "Dikecualikan"),
]


def register(app: typer.Typer) -> None:
    app.command("check")(check)


@handle_errors
def check(
    pegawai: Annotated[
        str, typer.Argument(metavar="PEGAWAI", help="Data pegawai (CSV/XLSX/XLS/ODS, atau '-' untuk stdin).")
    ],
    jabatan: Annotated[
        str | None,
        typer.Argument(metavar="JABATAN", help="Peta jabatan / formasi (boleh sheet lain di berkas pegawai)."),
    ] = None,
    fail_on: Annotated[
        FailOn, typer.Option("--fail-on", help="Keluar dengan kode 1 bila ada temuan setingkat ini atau lebih.")
    ] = FailOn.error,
    fmt: FormatOpt = None,
    output: OutputOpt = None,
    overwrite: OverwriteOpt = False,
    sheet: SheetOpt = None,
    sheet_jabatan: SheetJabatanOpt = None,
    input_format: InputFormatOpt = None,
    mapping_file: MappingOpt = None,
    config: ConfigOpt = None,
    tanggal: AsOfOpt = None,
) -> None:
    """Periksa data pegawai dan peta jabatan: pemetaan kolom, NIP, golongan, pendidikan, tanggal, jabatan.

    Setiap baris masukan dipertanggungjawabkan: valid, atau dikecualikan dengan alasan.
    Kode keluar: 0 aman, 1 ada temuan setingkat --fail-on, 2 salah penggunaan, 3 masukan tak terbaca.
    """
    from asn_mutasi.config import load_settings
    from asn_mutasi.findings import FINDING_KEYS, Severity
    from asn_mutasi.pipeline import run_check

    settings = load_settings(config)
    opts = read_options(sheet, sheet_jabatan, input_format, mapping_file)
    with progress("Memeriksa data") as step:
        result = run_check(pegawai, jabatan, opts=opts, settings=settings, today=as_of_date(tanggal), progress=step)

    findings = [f.to_dict() for f in result.report.sorted()]
    fmt_used = resolve_format(fmt)
    payload = {
        "ringkasan": result.summary(),
        "pemetaan_kolom": result.mapping,
        "baris_dikecualikan": result.excluded,
        "temuan": findings,
    }
    if fmt_used is OutputFormat.json:
        emit_json(payload)
    elif fmt_used is OutputFormat.csv:
        emit(fmt_used, findings, [(k, k) for k in FINDING_KEYS])
    else:
        emit(fmt_used, result.mapping, MAPPING_COLUMNS, title="Pemetaan kolom")
        emit(fmt_used, result.accounting, ACCOUNTING_COLUMNS, title="Baris data")
        if findings:
            emit(fmt_used, findings, FINDING_COLUMNS, title="Temuan", limit=200, styles={"tingkat": severity_style})

    if output is not None:
        _write_report(output, overwrite, payload, findings, result)
        info(f"Laporan ditulis ke {output}")

    counts = result.report.counts()
    parts = [
        f"{a['baris_data']} baris {a['tabel']} ({a['valid']} valid, {a['dikecualikan']} dikecualikan)"
        for a in result.accounting
    ]
    info(
        f"Diperiksa {' dan '.join(parts)}: {counts['error']} error, {counts['warning']} peringatan, {counts['info']} info."
    )

    if fail_on is not FailOn.never:
        level = Severity.ERROR if fail_on is FailOn.error else Severity.WARNING
        if result.report.at_or_above(level):
            raise typer.Exit(EXIT_FINDINGS)


def _write_report(
    output: Path, overwrite: bool, payload: dict[str, Any], findings: list[dict[str, Any]], result: Any
) -> None:
    import pandas as pd

    from asn_mutasi.findings import FINDING_KEYS
    from asn_mutasi.io.writers import detect_output_format, write_records, write_simple_xlsx

    kind = detect_output_format(output, None)
    if kind == "xlsx":
        summary = pd.DataFrame(result.accounting)
        sheets = {
            "Ringkasan": summary,
            "Temuan": pd.DataFrame(findings, columns=list(FINDING_KEYS)),
            "Pemetaan Kolom": pd.DataFrame(result.mapping, columns=[k for k, _ in MAPPING_COLUMNS]),
            "Baris Dikecualikan": pd.DataFrame(result.excluded, columns=["berkas", "sheet", "baris", "alasan"]),
        }
        write_simple_xlsx(output, sheets, overwrite=overwrite)
    elif kind == "json":
        import json

        from asn_mutasi.io.writers import atomic_writer, to_jsonable

        with atomic_writer(output, overwrite=overwrite, text=True) as fh:
            fh.write(json.dumps(payload, ensure_ascii=False, indent=2, default=to_jsonable))
    else:
        write_records(findings, output, "csv", columns=list(FINDING_KEYS), overwrite=overwrite)
