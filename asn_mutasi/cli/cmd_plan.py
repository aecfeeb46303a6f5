"""``asn-mutasi plan``: the exact, explained mutation plan, written to Excel."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Annotated, Any

import typer

from asn_mutasi.cli.common import (
    AbkOpt,
    AsOfOpt,
    ConfigOpt,
    FormatOpt,
    InputFormatOpt,
    MappingOpt,
    OutputFormat,
    RiwayatOpt,
    SheetJabatanOpt,
    SheetOpt,
    as_of_date,
    clean_records,
    emit_json,
    emit_view,
    handle_errors,
    info,
    progress,
    read_options,
    records,
    resolve_format,
)

MOVE_TABLE = [
    ("id_mutasi", "ID"),
    ("nip", "NIP"),
    ("nama", "Nama"),
    ("jabatan_asal", "Jabatan Asal"),
    ("unit_asal", "Unit Asal"),
    ("jabatan_tujuan", "Jabatan Tujuan"),
    ("unit_tujuan", "Unit Tujuan"),
    ("skor", "Skor"),
    ("jenis_lowongan", "Lowongan"),
]


def register(app: typer.Typer) -> None:
    app.command("plan")(plan)


def _settings(
    config: Path | None,
    *,
    rotasi: bool | None,
    maks_pindah: int | None,
    min_pegawai: int | None,
    semua_jabatan: bool | None = None,
) -> Any:
    from asn_mutasi.config import load_settings

    settings = load_settings(config)
    changes: dict[str, Any] = {}
    if rotasi is not None:
        changes["rotasi_wajib"] = rotasi
    if maks_pindah is not None:
        changes["maks_pindah_per_unit"] = maks_pindah
    if min_pegawai is not None:
        changes["min_pegawai_per_unit"] = min_pegawai
    if semua_jabatan is not None:
        changes["calon_semua_jabatan"] = semua_jabatan
    if changes:
        settings = dataclasses.replace(settings, rencana=dataclasses.replace(settings.rencana, **changes))
    return settings


def plan_payload(plan: Any, findings: list[Any]) -> dict[str, Any]:
    """The whole plan as one JSON object (canonical keys)."""
    return {
        "ringkasan": clean_records([plan.summary])[0],
        "mutasi": records(plan.moves),
        "lowongan_tidak_terisi": records(plan.unfilled),
        "pegawai": records(plan.accounting),
        "unit_sebelum": records(plan.units_before),
        "unit_sesudah": records(plan.units_after),
        "temuan": [f.to_dict() for f in findings],
    }


@handle_errors
def plan(
    pegawai: Annotated[str, typer.Argument(metavar="PEGAWAI", help="Data pegawai.")],
    jabatan: Annotated[str, typer.Argument(metavar="JABATAN", help="Peta jabatan / formasi.")],
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Workbook rencana (.xlsx).")] = None,
    overwrite: Annotated[
        bool, typer.Option("--timpa", "--force", help="Izinkan menimpa berkas rencana yang ada.")
    ] = False,
    keep: Annotated[
        list[str] | None, typer.Option("--keep", help="NIP yang tidak boleh dipindah (boleh berulang).")
    ] = None,
    keep_file: Annotated[
        Path | None, typer.Option("--keep-file", help="Berkas berisi satu NIP per baris yang tidak boleh dipindah.")
    ] = None,
    pin: Annotated[
        Path | None, typer.Option("--pin", help="Tabel mutasi yang wajib terjadi (nip, kode_jabatan).")
    ] = None,
    rotasi: Annotated[
        bool | None,
        typer.Option(
            "--rotasi/--tanpa-rotasi", help="Wajibkan rotasi pegawai > 5 tahun di jabatan bila ada tujuan layak."
        ),
    ] = None,
    maks_pindah: Annotated[
        int | None, typer.Option("--maks-pindah-per-unit", min=0, help="Batas pegawai keluar per unit.")
    ] = None,
    min_pegawai: Annotated[
        int | None, typer.Option("--min-pegawai-per-unit", min=0, help="Jumlah minimal pegawai per unit.")
    ] = None,
    semua_jabatan: Annotated[
        bool | None,
        typer.Option(
            "--semua-jabatan/--hanya-lowong",
            help="Nilai calon untuk semua jabatan agar rantai mutasi melalui jabatan penuh dapat ditemukan (lebih lambat); bawaan: hanya jabatan lowong.",
        ),
    ] = None,
    riwayat: RiwayatOpt = None,
    abk: AbkOpt = None,
    fmt: FormatOpt = None,
    sheet: SheetOpt = None,
    sheet_jabatan: SheetJabatanOpt = None,
    input_format: InputFormatOpt = None,
    mapping_file: MappingOpt = None,
    config: ConfigOpt = None,
    tanggal: AsOfOpt = None,
) -> None:
    """Susun rencana mutasi optimal (eksak): isi lowongan dengan pegawai layak yang paling cocok.

    Mengambil pegawai terutama dari jabatan yang kelebihan, membebankan biaya per pindah agar
    pegawai yang sudah cocok tetap, menghormati aturan (2 tahun di jabatan, CPNS, BUP, hukuman
    disiplin, tugas belajar, pendidikan) dan menjelaskan setiap usulan. -o menulis workbook dengan
    kolom Keputusan (Setuju/Tolak/Tunda) untuk disetujui lalu diterapkan dengan `apply`.
    """
    from asn_mutasi.io.plan_workbook import write_plan_workbook
    from asn_mutasi.workflows import build_world, input_hashes, plan_parameters, read_keep, run_plan

    settings = _settings(
        config, rotasi=rotasi, maks_pindah=maks_pindah, min_pegawai=min_pegawai, semua_jabatan=semua_jabatan
    )
    opts = read_options(sheet, sheet_jabatan, input_format, mapping_file)
    today = as_of_date(tanggal)
    keep_nips = read_keep(keep_file, keep or [])
    with progress("Menyusun rencana") as step:
        world = build_world(
            pegawai, jabatan, opts=opts, settings=settings, today=today, riwayat=riwayat, abk=abk, progress=step
        )
        result = run_plan(world, settings=settings, as_of=today, keep=keep_nips, pins=pin, opts=opts, progress=step)
        findings = world.findings + list(result.findings)
        if output is not None:
            step("menulis workbook rencana")
            write_plan_workbook(
                result,
                output,
                parameters=plan_parameters(settings, as_of=today, keep=keep_nips, pins=pin),
                input_files=input_hashes(world.files + ([pin] if pin else [])),
                findings=findings,
                overwrite=overwrite,
            )

    used = resolve_format(fmt)
    if used is OutputFormat.json:
        emit_json(plan_payload(result, findings))
    else:
        fields = list(result.moves.columns)
        emit_view(fmt, records(result.moves), fields, MOVE_TABLE, title="Rencana mutasi", limit=100)
    s = result.summary
    info(
        f"Rencana: {s.get('pindah', 0)} pindah, {s.get('tetap', 0)} tetap, {s.get('dikecualikan', 0)} dikecualikan "
        f"(dari {s.get('pegawai_input', 0)} pegawai); lowongan terisi {s.get('lowongan_terisi', 0)} "
        f"dari {s.get('lowongan_awal', 0)}."
    )
    if output is not None:
        info(f"Workbook rencana ditulis ke {output}")
