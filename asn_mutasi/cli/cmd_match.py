"""``asn-mutasi match`` and ``asn-mutasi assess``: candidates and verdicts on proposed moves."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from asn_mutasi.cli.common import (
    AsOfOpt,
    ConfigOpt,
    FormatOpt,
    InputFormatOpt,
    MappingOpt,
    OutputOpt,
    OverwriteOpt,
    RiwayatOpt,
    SheetJabatanOpt,
    SheetOpt,
    as_of_date,
    emit_view,
    handle_errors,
    info,
    progress,
    read_options,
    records,
)
from asn_mutasi.errors import UsageError
from asn_mutasi.models import SCORE_FIELDS

MATCH_FIELDS = [
    "kode_jabatan",
    "nama_jabatan",
    "unit_kerja",
    "peringkat",
    "nip",
    "nama",
    "jabatan_asal",
    "unit_asal",
    "skor",
    *SCORE_FIELDS,
    "status_pendidikan",
    "memenuhi_pendidikan",
    "layak",
    "alasan",
]
MATCH_TABLE = [
    ("kode_jabatan", "Kode"),
    ("nama_jabatan", "Jabatan"),
    ("unit_kerja", "Unit Kerja"),
    ("peringkat", "#"),
    ("nip", "NIP"),
    ("nama", "Nama"),
    ("skor", "Skor"),
    ("status_pendidikan", "Pendidikan"),
    ("layak", "Layak"),
    ("alasan", "Alasan"),
]
NIP_FIELDS = [
    "peringkat",
    "kode_jabatan",
    "nama_jabatan",
    "unit_kerja",
    "nip",
    "skor",
    *SCORE_FIELDS,
    "status_pendidikan",
    "memenuhi_pendidikan",
    "layak",
    "alasan",
]
NIP_TABLE = [
    ("peringkat", "#"),
    ("kode_jabatan", "Kode"),
    ("nama_jabatan", "Jabatan"),
    ("unit_kerja", "Unit Kerja"),
    ("skor", "Skor"),
    ("status_pendidikan", "Pendidikan"),
    ("layak", "Layak"),
    ("alasan", "Alasan"),
]
ASSESS_FIELDS = [
    "baris_usulan",
    "nip",
    "nama",
    "kode_jabatan",
    "jabatan_tujuan",
    "unit_tujuan",
    "memenuhi_pendidikan",
    "status_pendidikan",
    "skor",
    *SCORE_FIELDS,
    "layak",
    "alasan",
]
ASSESS_TABLE = [
    ("baris_usulan", "Baris"),
    ("nip", "NIP"),
    ("nama", "Nama"),
    ("kode_jabatan", "Kode"),
    ("jabatan_tujuan", "Jabatan Tujuan"),
    ("status_pendidikan", "Pendidikan"),
    ("skor", "Skor"),
    ("layak", "Layak"),
    ("alasan", "Alasan"),
]


def register(app: typer.Typer) -> None:
    app.command("match")(match)
    app.command("assess")(assess)


def _layak_style(value: object) -> str | None:
    return "green" if value is True else "red" if value is False else None


def _write(output: Path, overwrite: bool, rows: list[dict[str, object]], columns: list[str], sheet: str) -> None:
    import pandas as pd

    from asn_mutasi.io.writers import detect_output_format, write_records, write_simple_xlsx

    kind = detect_output_format(output, None)
    if kind == "xlsx":
        write_simple_xlsx(output, {sheet: pd.DataFrame(rows, columns=columns)}, overwrite=overwrite)
    else:
        write_records(rows, output, kind, columns=columns, overwrite=overwrite)
    info(f"Ditulis ke {output}")


@handle_errors
def match(
    pegawai: Annotated[str, typer.Argument(metavar="PEGAWAI", help="Data pegawai (CSV/XLSX/XLS/ODS, atau '-').")],
    jabatan: Annotated[str, typer.Argument(metavar="JABATAN", help="Peta jabatan / formasi.")],
    kode_jabatan: Annotated[str | None, typer.Option("--jabatan", help="Hanya untuk jabatan dengan kode ini.")] = None,
    nip: Annotated[
        str | None, typer.Option("--nip", help="Jabatan lowong terbaik untuk pegawai dengan NIP ini.")
    ] = None,
    top: Annotated[int, typer.Option("--top", min=1, max=1000, help="Jumlah calon per jabatan.")] = 10,
    riwayat: RiwayatOpt = None,
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
    """Calon terbaik untuk setiap jabatan yang lowong (atau satu jabatan dengan --jabatan).

    Dengan --nip: jabatan lowong yang paling cocok untuk satu pegawai. Skor 0–100 dengan
    komponennya (pendidikan, jurusan, pengalaman, golongan, kinerja, diklat, preferensi) dan alasannya.
    """
    from asn_mutasi.config import load_settings
    from asn_mutasi.workflows import build_world, run_match

    if kode_jabatan and nip:
        raise UsageError("Pilih salah satu: --jabatan atau --nip.")
    settings = load_settings(config)
    opts = read_options(sheet, sheet_jabatan, input_format, mapping_file)
    today = as_of_date(tanggal)
    with progress("Mencocokkan") as step:
        world = build_world(pegawai, jabatan, opts=opts, settings=settings, today=today, riwayat=riwayat, progress=step)
        result = run_match(world, settings=settings, as_of=today, kode_jabatan=kode_jabatan, nip=nip, top=top)
    fields, table = (NIP_FIELDS, NIP_TABLE) if nip else (MATCH_FIELDS, MATCH_TABLE)
    rows = records(result, fields)
    title = f"Jabatan terbaik untuk NIP {nip}" if nip else "Calon terbaik per jabatan lowong"
    emit_view(fmt, rows, fields, table, title=title, styles={"layak": _layak_style})
    if output is not None:
        _write(output, overwrite, rows, fields, "Calon")
    n_pos = result["kode_jabatan"].nunique() if len(result) else 0
    info(f"{len(rows)} baris calon untuk {n_pos} jabatan.")


@handle_errors
def assess(
    pegawai: Annotated[str, typer.Argument(metavar="PEGAWAI", help="Data pegawai.")],
    jabatan: Annotated[str, typer.Argument(metavar="JABATAN", help="Peta jabatan / formasi.")],
    usulan: Annotated[
        str,
        typer.Argument(metavar="USULAN", help="Usulan mutasi: nip dan kode_jabatan (atau nama_jabatan + unit_kerja)."),
    ],
    riwayat: RiwayatOpt = None,
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
    """Nilai usulan mutasi yang sudah ada: memenuhi pendidikan?, skor, layak?, dan alasannya.

    Satu baris keluaran per baris usulan, dengan kunci yang sama di json dan csv
    (nip, kode_jabatan, memenuhi_pendidikan, status_pendidikan, skor, layak, alasan …).
    """
    from asn_mutasi.config import load_settings
    from asn_mutasi.workflows import build_world, run_assess

    settings = load_settings(config)
    opts = read_options(sheet, sheet_jabatan, input_format, mapping_file)
    today = as_of_date(tanggal)
    with progress("Menilai usulan") as step:
        world = build_world(pegawai, jabatan, opts=opts, settings=settings, today=today, riwayat=riwayat, progress=step)
        result, _findings = run_assess(world, usulan, opts=opts, settings=settings, as_of=today)
    rows = records(result, ASSESS_FIELDS)
    emit_view(fmt, rows, ASSESS_FIELDS, ASSESS_TABLE, title="Penilaian usulan mutasi", styles={"layak": _layak_style})
    if output is not None:
        _write(output, overwrite, rows, ASSESS_FIELDS, "Penilaian Usulan")
    layak = sum(1 for r in rows if r.get("layak") is True)
    info(f"{len(rows)} usulan dinilai: {layak} layak, {len(rows) - layak} tidak layak.")
