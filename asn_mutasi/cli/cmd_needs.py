"""``asn-mutasi vacancies`` and ``asn-mutasi workload``: needs analysis per position and unit."""

from __future__ import annotations

from enum import StrEnum
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
    OutputOpt,
    OverwriteOpt,
    SheetJabatanOpt,
    SheetOpt,
    as_of_date,
    emit_view,
    handle_errors,
    info,
    progress,
    read_options,
    records,
    resolve_format,
)
from asn_mutasi.models import POSITION_COLUMNS, UNIT_COLUMNS


class View(StrEnum):
    jabatan = "jabatan"
    unit = "unit"
    pensiun = "pensiun"


POSITION_FIELDS = list(POSITION_COLUMNS)
UNIT_FIELDS = list(UNIT_COLUMNS)
RETIREMENT_FIELDS = ["nip", "nama", "kode_jabatan", "jabatan", "unit_kerja", "tanggal_lahir", "bup", "tmt_pensiun"]

POSITION_TABLE = [
    ("kode_jabatan", "Kode"),
    ("nama_jabatan", "Jabatan"),
    ("unit_kerja", "Unit Kerja"),
    ("kebutuhan", "Kebutuhan"),
    ("bezetting", "Bezetting"),
    ("selisih", "Selisih"),
    ("status", "Status"),
    ("proyeksi_pensiun", "Pensiun"),
    ("lowongan_proyeksi", "Lowongan+Pensiun"),
]
UNIT_TABLE = [
    ("unit_kerja", "Unit Kerja"),
    ("kebutuhan", "Kebutuhan"),
    ("bezetting", "Bezetting"),
    ("selisih", "Selisih"),
    ("status", "Status"),
    ("lowongan", "Lowongan"),
    ("proyeksi_pensiun", "Pensiun"),
    ("ej", "EJ"),
    ("kelas_ej", "Kelas EJ"),
]
WORKLOAD_POSITION_TABLE = [
    ("kode_jabatan", "Kode"),
    ("nama_jabatan", "Jabatan"),
    ("unit_kerja", "Unit Kerja"),
    ("beban_kerja_jam", "Beban Kerja (jam)"),
    ("kebutuhan", "Kebutuhan"),
    ("bezetting", "Bezetting"),
    ("ej", "EJ"),
    ("kelas_ej", "Kelas"),
    ("beban_lebih", "Beban Lebih"),
    ("beban_kurang", "Beban Kurang"),
]
WORKLOAD_UNIT_TABLE = [
    ("unit_kerja", "Unit Kerja"),
    ("beban_kerja_jam", "Beban Kerja (jam)"),
    ("kebutuhan", "Kebutuhan"),
    ("bezetting", "Bezetting"),
    ("ej", "EJ"),
    ("kelas_ej", "Kelas"),
    ("beban_lebih", "Beban Lebih"),
    ("beban_kurang", "Beban Kurang"),
]
RETIREMENT_TABLE = [
    ("nip", "NIP"),
    ("nama", "Nama"),
    ("jabatan", "Jabatan"),
    ("unit_kerja", "Unit Kerja"),
    ("bup", "BUP"),
    ("tmt_pensiun", "TMT Pensiun"),
]


def register(app: typer.Typer) -> None:
    app.command("vacancies")(vacancies)
    app.command("workload")(workload)


def _status_style(value: Any) -> str | None:
    return {"KURANG": "red", "LEBIH": "yellow", "SESUAI": "green"}.get(str(value))


def _flag_style(value: Any) -> str | None:
    return "bold red" if value is True else None


def _analyse(
    pegawai: str, jabatan: str, abk: Path | None, horizon: int | None, config: Path | None, tanggal: Any, opts: Any
) -> tuple[Any, Any, Any, Any]:
    from asn_mutasi.config import load_settings
    from asn_mutasi.workflows import build_world, run_staffing

    settings = load_settings(config)
    today = as_of_date(tanggal)
    with progress("Menghitung kebutuhan") as step:
        world = build_world(pegawai, jabatan, opts=opts, settings=settings, today=today, abk=abk, progress=step)
        staffing = run_staffing(world, settings=settings, as_of=today, horizon=horizon)
    return world, staffing, settings, today


def _write_workbook(output: Path, overwrite: bool, world: Any, staffing: Any, settings: Any, today: Any) -> None:
    from asn_mutasi.io.workload_workbook import write_workload_workbook
    from asn_mutasi.io.writers import detect_output_format, write_records

    kind = detect_output_format(output, None)
    if kind != "xlsx":
        write_records(
            records(staffing.positions, POSITION_FIELDS), output, kind, columns=POSITION_FIELDS, overwrite=overwrite
        )
    else:
        write_workload_workbook(
            output,
            units=staffing.units,
            positions=staffing.positions,
            retirements=staffing.retirements,
            grading=staffing.grading,
            parameters={"tanggal_acuan": today.isoformat(), "horizon_bulan": staffing.horizon, **settings.to_dict()},
            findings=world.findings,
            overwrite=overwrite,
        )
    info(f"Ditulis ke {output}")


def _summary(staffing: Any) -> None:
    units = staffing.units
    kurang = int((staffing.positions["status"] == "KURANG").sum())
    lebih = int((staffing.positions["status"] == "LEBIH").sum())
    info(
        f"{len(staffing.positions)} jabatan di {len(units)} unit: kebutuhan {int(units['kebutuhan'].sum())}, "
        f"bezetting {int(units['bezetting'].sum())}, lowongan {int(staffing.positions['lowongan'].sum())} "
        f"({kurang} jabatan kurang, {lebih} lebih); {len(staffing.retirements)} pensiun dalam {staffing.horizon} bulan; "
        f"indeks ketimpangan {staffing.imbalance:.3f}."
    )


@handle_errors
def vacancies(
    pegawai: Annotated[str, typer.Argument(metavar="PEGAWAI", help="Data pegawai.")],
    jabatan: Annotated[
        str, typer.Argument(metavar="JABATAN", help="Peta jabatan / formasi (kebutuhan atau beban kerja).")
    ],
    per: Annotated[View, typer.Option("--per", help="Tampilan: jabatan, unit, atau pensiun.")] = View.jabatan,
    horizon: Annotated[
        int | None, typer.Option("--horizon", min=0, max=120, help="Proyeksi pensiun (bulan; bawaan 12).")
    ] = None,
    abk: AbkOpt = None,
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
    """Lowongan dan kelebihan: kebutuhan, bezetting, selisih, status KURANG/SESUAI/LEBIH, proyeksi pensiun.

    -o laporan.xlsx menulis semua tampilan (per unit, per jabatan, proyeksi pensiun) dalam satu workbook.
    """
    opts = read_options(sheet, sheet_jabatan, input_format, mapping_file)
    world, staffing, settings, today = _analyse(pegawai, jabatan, abk, horizon, config, tanggal, opts)
    styles = {"status": _status_style}
    if per is View.unit:
        emit_view(
            fmt,
            records(staffing.units, UNIT_FIELDS),
            UNIT_FIELDS,
            UNIT_TABLE,
            title="Kebutuhan per unit kerja",
            styles=styles,
        )
    elif per is View.pensiun:
        emit_view(
            fmt,
            records(staffing.retirements, RETIREMENT_FIELDS),
            RETIREMENT_FIELDS,
            RETIREMENT_TABLE,
            title=f"Proyeksi pensiun {staffing.horizon} bulan",
        )
    else:
        emit_view(
            fmt,
            records(staffing.positions, POSITION_FIELDS),
            POSITION_FIELDS,
            POSITION_TABLE,
            title="Kebutuhan per jabatan",
            styles=styles,
        )
    if output is not None:
        _write_workbook(output, overwrite, world, staffing, settings, today)
    _summary(staffing)


@handle_errors
def workload(
    pegawai: Annotated[str, typer.Argument(metavar="PEGAWAI", help="Data pegawai.")],
    jabatan: Annotated[
        str, typer.Argument(metavar="JABATAN", help="Peta jabatan dengan beban kerja (jam) atau kebutuhan.")
    ],
    per: Annotated[View, typer.Option("--per", help="Tampilan: unit atau jabatan.")] = View.unit,
    abk: AbkOpt = None,
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
    """Analisis beban kerja (ABK): EJ = beban kerja ÷ (bezetting × jam kerja efektif), kelas A–E.

    Kebutuhan dihitung dari beban_kerja_jam ÷ 1.250 jam, atau dari lembar tugas --abk
    (Σ volume × norma waktu ÷ 75.000 menit). Ambang kelas EJ dicetak bersama hasil.
    """
    opts = read_options(sheet, sheet_jabatan, input_format, mapping_file)
    world, staffing, settings, today = _analyse(pegawai, jabatan, abk, None, config, tanggal, opts)
    styles = {"beban_lebih": _flag_style, "beban_kurang": _flag_style}
    if per is View.jabatan:
        emit_view(
            fmt,
            records(staffing.positions, POSITION_FIELDS),
            POSITION_FIELDS,
            WORKLOAD_POSITION_TABLE,
            title="Beban kerja per jabatan",
            styles=styles,
        )
    else:
        emit_view(
            fmt,
            records(staffing.units, UNIT_FIELDS),
            UNIT_FIELDS,
            WORKLOAD_UNIT_TABLE,
            title="Beban kerja per unit kerja",
            styles=styles,
        )
    if resolve_format(fmt) is OutputFormat.table:
        emit_view(
            fmt,
            records(staffing.grading),
            list(staffing.grading.columns),
            [(c, c.replace("_", " ").title()) for c in staffing.grading.columns],
            title="Kelas EJ (ambang)",
            limit=None,
        )
    else:
        grades = "; ".join(f"{r['kelas_ej']} {r['rentang']}" for r in records(staffing.grading))
        info(f"Kelas EJ: {grades}")
    if output is not None:
        _write_workbook(output, overwrite, world, staffing, settings, today)
    _summary(staffing)
