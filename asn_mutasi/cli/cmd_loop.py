"""``asn-mutasi apply`` and ``asn-mutasi compare``: close the loop after a plan is approved."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Annotated, Any

import typer

from asn_mutasi.cli.common import (
    AsOfOpt,
    ConfigOpt,
    FormatOpt,
    InputFormatOpt,
    MappingOpt,
    OutputFormat,
    OutputOpt,
    OverwriteOpt,
    SheetJabatanOpt,
    SheetOpt,
    as_of_date,
    emit_json,
    emit_view,
    handle_errors,
    info,
    progress,
    read_options,
    records,
    resolve_format,
    severity_style,
)
from asn_mutasi.errors import EXIT_FINDINGS, UsageError

SK_TABLE = [
    ("nomor_urut", "No"),
    ("nip", "NIP"),
    ("nama", "Nama"),
    ("golongan", "Pangkat/Gol. Ruang"),
    ("jabatan_lama", "Jabatan Lama"),
    ("unit_lama", "Unit Kerja Lama"),
    ("jabatan_baru", "Jabatan Baru"),
    ("unit_baru", "Unit Kerja Baru"),
    ("tmt", "TMT"),
]
FINDING_TABLE = [("kode", "Kode"), ("tingkat", "Tingkat"), ("baris", "Baris"), ("kolom", "Kolom"), ("pesan", "Pesan")]


def register(app: typer.Typer) -> None:
    app.command("apply")(apply)
    app.command("compare")(compare)


@handle_errors
def apply(
    rencana: Annotated[Path, typer.Argument(metavar="RENCANA", help="Workbook rencana yang sudah diberi Keputusan.")],
    pegawai: Annotated[
        str, typer.Argument(metavar="PEGAWAI", help="Data pegawai saat ini (format yang sama akan ditulis).")
    ],
    output: Annotated[Path, typer.Option("--output", "-o", help="Data pegawai baru (.xlsx atau .csv).")],
    tmt: Annotated[datetime, typer.Option("--tmt", formats=["%Y-%m-%d"], help="TMT mutasi (YYYY-MM-DD).")],
    sk: Annotated[Path | None, typer.Option("--sk", help="Daftar SK (.xlsx); bawaan: <output>_SK.xlsx.")] = None,
    jabatan: Annotated[
        Path | None, typer.Option("--jabatan", help="Peta jabatan untuk memeriksa kebutuhan saat rantai putus.")
    ] = None,
    overwrite: OverwriteOpt = False,
    fmt: FormatOpt = None,
    sheet: SheetOpt = None,
    sheet_jabatan: SheetJabatanOpt = None,
    input_format: InputFormatOpt = None,
    mapping_file: MappingOpt = None,
    config: ConfigOpt = None,
    tanggal: AsOfOpt = None,
) -> None:
    """Terapkan mutasi yang disetujui (Keputusan = Setuju) ke data pegawai dan buat daftar SK.

    Menolak — tanpa menulis apa pun, kode keluar 1 — bila rencana tidak cocok lagi: NIP tidak ada,
    jabatan pegawai sudah berubah, baris rencana diubah, keputusan tidak valid, atau penolakan yang
    memutus rantai mutasi sehingga jabatan melebihi kebutuhannya.
    """
    from asn_mutasi.config import load_settings
    from asn_mutasi.io.loop_workbooks import write_sk_workbook
    from asn_mutasi.io.roster_writer import write_roster_like
    from asn_mutasi.workflows import run_apply

    if str(pegawai) == "-":
        raise UsageError("apply menulis ulang data pegawai dalam formatnya sendiri; berikan berkas, bukan stdin.")
    settings = load_settings(config)
    opts = read_options(sheet, sheet_jabatan, input_format, mapping_file)
    sk_path = sk or output.with_name(output.stem + "_SK.xlsx")
    with progress("Menerapkan rencana"):
        result, raw = run_apply(
            rencana, pegawai, tmt=tmt.date(), opts=opts, settings=settings, today=as_of_date(tanggal), jabatan=jabatan
        )
    problems = [f.to_dict() for f in result.findings]
    if not result.ok:
        from asn_mutasi.findings import FINDING_KEYS

        emit_view(
            fmt,
            problems,
            list(FINDING_KEYS),
            FINDING_TABLE,
            title="Rencana ditolak",
            styles={"tingkat": severity_style},
        )
        info(f"Rencana ditolak: {len(problems)} masalah. Tidak ada berkas yang ditulis.")
        raise typer.Exit(EXIT_FINDINGS)
    write_roster_like(raw, result.roster, output, overwrite=overwrite)
    write_sk_workbook(result.sk, sk_path, overwrite=overwrite)
    sk_rows = records(result.sk)
    emit_view(fmt, sk_rows, [k for k, _ in SK_TABLE], SK_TABLE, title="Daftar SK mutasi")
    c = result.counts
    info(
        f"Diterapkan {len(result.applied)} mutasi (Setuju {c.get('setuju', 0)}, Tolak {c.get('tolak', 0)}, "
        f"Tunda {c.get('tunda', 0)}, kosong {c.get('kosong', 0)}). Data pegawai baru: {output}; daftar SK: {sk_path}."
    )


@handle_errors
def compare(
    sebelum: Annotated[str, typer.Argument(metavar="SEBELUM", help="Data pegawai sebelum mutasi.")],
    sesudah: Annotated[str, typer.Argument(metavar="SESUDAH", help="Data pegawai sesudah mutasi.")],
    jabatan: Annotated[
        str | None, typer.Argument(metavar="JABATAN", help="Peta jabatan (untuk lowongan dan EJ per unit).")
    ] = None,
    rencana: Annotated[
        Path | None, typer.Option("--rencana", help="Workbook rencana: mutasi disetujui mana yang terlaksana.")
    ] = None,
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
    """Bandingkan data pegawai sebelum dan sesudah: pindah, masuk, keluar, lowongan dan EJ per unit.

    Dengan --rencana: mutasi yang disetujui mana yang terlaksana dan mana yang tidak.
    """
    from asn_mutasi.config import load_settings
    from asn_mutasi.io.loop_workbooks import write_compare_workbook
    from asn_mutasi.workflows import run_compare

    settings = load_settings(config)
    opts = read_options(sheet, sheet_jabatan, input_format, mapping_file)
    with progress("Membandingkan"):
        comparison = run_compare(
            sebelum, sesudah, jabatan, rencana=rencana, opts=opts, settings=settings, today=as_of_date(tanggal)
        )
    payload: dict[str, Any] = comparison.to_records()
    used = resolve_format(fmt)
    if used is OutputFormat.json:
        emit_json(payload)
    else:
        units = payload.get("per_unit", [])
        fields = list(units[0].keys()) if units else ["unit_kerja"]
        emit_view(
            fmt,
            units,
            fields,
            [(f, f.replace("_", " ").title()) for f in fields[:10]],
            title="Per unit kerja: sebelum → sesudah",
        )
        if used is OutputFormat.table:
            for key, title in (
                ("pindah", "Pindah"),
                ("masuk", "Masuk"),
                ("keluar", "Keluar"),
                ("realisasi_rencana", "Realisasi rencana"),
            ):
                rows = payload.get(key) or []
                if rows:
                    cols = list(rows[0].keys())
                    emit_view(
                        fmt, rows, cols, [(c, c.replace("_", " ").title()) for c in cols[:8]], title=title, limit=50
                    )
    if output is not None:
        write_compare_workbook(comparison, output, overwrite=overwrite)
        info(f"Ditulis ke {output}")
    summary = payload.get("ringkasan", {})
    if isinstance(summary, list):
        summary = summary[0] if summary else {}
    info("Ringkasan: " + ", ".join(f"{k} {v}" for k, v in summary.items()))
