"""``asn-mutasi vacancies`` and ``asn-mutasi workload``: needs analysis per position and unit."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from asn_mutasi.cli.choices import Per, WorkloadPer, choice_option
from asn_mutasi.cli.console import info, progress, warn, warn_findings, warn_input_findings
from asn_mutasi.cli.options import AbkOpt, AllRowsOpt, Context, FailOn, FailOnOpt, command, exit_at_fail_level
from asn_mutasi.cli.render import emit_view, titled
from asn_mutasi.config import HORIZON_MONTHS
from asn_mutasi.errors import UsageError
from asn_mutasi.labels import table_columns
from asn_mutasi.schema import PROBLEMS_SHEET

if TYPE_CHECKING:
    from asn_mutasi.api.needs import NeedsResult


POSITION_TABLE = table_columns(
    "kode_jabatan",
    "nama_jabatan",
    "unit_kerja",
    "kebutuhan",
    "bezetting",
    "selisih",
    "status",
    "proyeksi_pensiun",
    "lowongan_proyeksi",
)
UNIT_TABLE = table_columns(
    "unit_kerja",
    "kebutuhan",
    "bezetting",
    "selisih",
    "status",
    "lowongan",
    "kelebihan",
    "proyeksi_pensiun",
    "ej",
    "kelas_ej",
)
WORKLOAD_POSITION_TABLE = table_columns(
    "kode_jabatan",
    "nama_jabatan",
    "unit_kerja",
    "beban_kerja_jam",
    "kebutuhan",
    "bezetting",
    "ej",
    "kelas_ej",
    "beban_lebih",
    "beban_kurang",
    "status",
    "catatan",
)
#: the unit view shows the position view's columns less the position's own code and name
WORKLOAD_UNIT_TABLE = [c for c in WORKLOAD_POSITION_TABLE if c[0] not in ("kode_jabatan", "nama_jabatan")]
RETIREMENT_TABLE = table_columns("nip", "nama", "jabatan", "unit_kerja", "bup", "tmt_pensiun")
TITLES = {"jabatan": "Kebutuhan per jabatan", "unit": "Kebutuhan per unit kerja"}


def register(app: typer.Typer) -> None:
    app.command("vacancies")(vacancies)
    app.command("workload")(workload)


def _status_style(value: object) -> str | None:
    return {"KURANG": "red", "LEBIH": "yellow", "SESUAI": "green", "TIDAK DI PETA": "magenta"}.get(str(value))


def _flag_style(value: object) -> str | None:
    return "bold red" if value is True else None


def _show(ctx: Context, result: NeedsResult, per: Per, table: list[tuple[str, str]], **kwargs: object) -> None:
    from asn_mutasi.api.needs import POSITION_FIELDS, RETIREMENT_FIELDS, UNIT_FIELDS, View

    view = View(per.value)
    fields = {View.jabatan: POSITION_FIELDS, View.unit: UNIT_FIELDS, View.pensiun: RETIREMENT_FIELDS}[view]
    emit_view(ctx.fmt, result.to_json(view), fields, table, **kwargs)  # type: ignore[arg-type]


def _write_workbook(ctx: Context, output: Path, result: NeedsResult, per: str) -> None:
    """``-o``: the workbook of every view (.xlsx), or the view shown (``per``) as a .csv/.json table. A .csv or .json
    was the per-position table whatever ``--per`` said (``beban-kerja -o beban.csv`` showed units and wrote posts;
    walk, h30)."""
    from asn_mutasi.api.needs import POSITION_FIELDS, RETIREMENT_FIELDS, UNIT_FIELDS, View
    from asn_mutasi.io.workload_workbook import write_workload_workbook
    from asn_mutasi.io.writers import detect_output_format, write_records

    kind = detect_output_format(output, None)
    if kind != "xlsx":
        view = View(per)
        fields = {View.jabatan: POSITION_FIELDS, View.unit: UNIT_FIELDS, View.pensiun: RETIREMENT_FIELDS}[view]
        rows = result.to_json(view)
        write_records(rows, output, kind, columns=list(fields), overwrite=ctx.overwrite, raw=ctx.csv_raw)
    else:
        write_workload_workbook(
            output,
            units=result.units,
            positions=result.positions,
            retirements=result.retirements,
            grading=result.grading,
            parameters={
                "tanggal_acuan": result.as_of.isoformat(),
                "horizon_bulan": result.horizon,
                **ctx.settings.to_dict(),
            },
            findings=result.world.findings,
            overwrite=ctx.overwrite,
        )
    info(f"Ditulis ke {output}")


def _summary(result: NeedsResult) -> None:
    units, positions = result.units, result.positions
    kurang = int((positions["status"] == "KURANG").sum())
    lebih = int((positions["status"] == "LEBIH").sum())
    from asn_mutasi.formatting import display_value, format_number

    def n(value: object) -> str:
        return format_number(int(value))  # type: ignore[call-overload]

    index = display_value("indeks_ketimpangan", result.imbalance)
    # the units of the posts (a roster unit linked to no post is no unit of the table: "7 jabatan di 10 unit" for a
    # 7-unit table; plan oracle 3, h26)
    held = positions["unit_kerja"].nunique() if "unit_kerja" in positions.columns else len(units)
    # an ABK sheet's kebutuhan is named as such, beside the position table's own (lowongan without --abk said
    # "kebutuhan 2.987, lowongan 259", beban-kerja --abk "kebutuhan 5.533, lowongan 2.614"; walk3, h27)
    abk = result.kebutuhan_abk
    table = f" (peta jabatan: {n(result.kebutuhan_peta)})" if result.kebutuhan_peta is not None else ""
    need = f"kebutuhan menurut ABK {n(units['kebutuhan'].sum())}{table}"
    info(
        f"{n(len(positions))} jabatan di {n(held)} unit: "
        f"{need if abk else 'kebutuhan ' + n(units['kebutuhan'].sum())}, bezetting {n(units['bezetting'].sum())}, "
        f"lowongan{' menurut ABK' if abk else ''} {n(positions['lowongan'].sum())} "
        f"({n(kurang)} jabatan kurang, {n(lebih)} lebih); {_retiring(result)}; "
        f"indeks ketimpangan {index or 'tidak dapat dihitung (kebutuhan 0)'}."
    )


def _by(result: NeedsResult) -> str:
    """The title's note when an ABK sheet decided the kebutuhan (the JSON/CSV keys stay the canonical ``kebutuhan``)."""
    return " (kebutuhan menurut ABK)" if result.kebutuhan_abk else ""


def _retiring(result: NeedsResult) -> str:
    """The retirements of the horizon as the proyeksi_pensiun column counts them, those of people on posts off the
    peta jabatan said apart ("358 pensiun" over a column summing to 353; walk3, h27)."""
    from asn_mutasi.formatting import format_number

    on_posts = int(result.positions["proyeksi_pensiun"].sum()) if len(result.positions) else 0
    others = len(result.retirements) - on_posts
    apart = f" (+{format_number(others)} pada jabatan di luar peta jabatan)" if others > 0 else ""
    return f"{format_number(on_posts)} pensiun dalam {result.horizon} bulan{apart}"


@command(report=True)
def vacancies(
    pegawai: Annotated[str, typer.Argument(metavar="PEGAWAI", help="Data pegawai.")],
    jabatan: Annotated[
        str, typer.Argument(metavar="JABATAN", help="Peta jabatan / formasi (kebutuhan atau beban kerja).")
    ],
    per: Annotated[Per, choice_option(Per, "--per", help="Tampilan: jabatan, unit, atau pensiun.")] = Per.jabatan,
    horizon: Annotated[
        int | None,
        typer.Option(
            "--horizon", min=HORIZON_MONTHS[0], max=HORIZON_MONTHS[1], help="Proyeksi pensiun (bulan; bawaan 12)."
        ),
    ] = None,
    abk: AbkOpt = None,
    semua: AllRowsOpt = False,
    *,
    ctx: Context,
) -> None:
    """Lowongan dan kelebihan: kebutuhan, bezetting, selisih, status KURANG/SESUAI/LEBIH, proyeksi pensiun.

    -o laporan.xlsx menulis semua tampilan (per unit, per jabatan, proyeksi pensiun) dalam satu buku kerja;
    -o .csv atau .json menulis tampilan --per yang ditampilkan.
    """
    from asn_mutasi.api.needs import vacancies as run_vacancies

    with progress("Menghitung kebutuhan") as step:
        result = run_vacancies(
            pegawai=pegawai,
            jabatan=jabatan,
            horizon=horizon,
            abk=abk,
            **ctx.verb_args(step),
        )
    styles = {"status": _status_style}
    limit = None if semua else 300
    if per is Per.unit:
        _show(ctx, result, per, UNIT_TABLE, title="Kebutuhan per unit kerja" + _by(result), styles=styles, limit=limit)
    elif per is Per.pensiun:
        _show(ctx, result, per, RETIREMENT_TABLE, title=f"Proyeksi pensiun {result.horizon} bulan", limit=limit)
    else:
        title = "Kebutuhan per jabatan" + _by(result)
        _show(ctx, result, per, POSITION_TABLE, title=title, styles=styles, limit=limit)
    if ctx.output is not None:
        _write_workbook(ctx, ctx.output, result, per.value)
    _summary(result)
    _abk_line(result)
    warn_input_findings(result.world, _problems_where(ctx.output))


@command(report=True)
def workload(
    pegawai: Annotated[str, typer.Argument(metavar="PEGAWAI", help="Data pegawai.")],
    jabatan: Annotated[
        str, typer.Argument(metavar="JABATAN", help="Peta jabatan dengan beban kerja (jam) atau kebutuhan.")
    ],
    per: Annotated[
        WorkloadPer, choice_option(WorkloadPer, "--per", help="Tampilan: unit atau jabatan.")
    ] = WorkloadPer.unit,
    abk: AbkOpt = None,
    sheet_abk: Annotated[
        str | None,
        typer.Option("--lembar-abk", "--sheet-abk", help="Nama atau nomor lembar kerja tugas ABK (bawaan: semua)."),
    ] = None,
    jabatan_abk: Annotated[
        str | None,
        typer.Option("--jabatan-abk", help="Jabatan (kode atau nama) lembar ABK yang tidak punya kolom jabatan."),
    ] = None,
    unit_abk: Annotated[
        str | None,
        typer.Option(
            "--unit-abk", help="Unit kerja jabatan lembar ABK itu, bila nama jabatannya ada di beberapa unit."
        ),
    ] = None,
    fail_on: FailOnOpt = FailOn.error,
    semua: AllRowsOpt = False,
    *,
    ctx: Context,
) -> None:
    """Analisis beban kerja (ABK): EJ = beban kerja ÷ (bezetting × jam kerja efektif), kelas A–E.

    Kebutuhan dihitung dari beban_kerja_jam ÷ waktu kerja efektif (bawaan 1.250 jam), atau dari
    lembar tugas --abk (Σ volume × waktu penyelesaian ÷ WKE): satuan jam/menit, periode volume
    dan WKE lembar dibaca dari lembarnya dan dilaporkan. EJ dinilai pada 2 desimal; ambang kelas
    EJ dicetak bersama hasil. EJ unit dijumlahkan atas jabatan yang punya beban kerja: pemangku
    jabatan tanpa ABK tidak dihitung (disebut di catatan unit). Lembar tanpa kolom jabatan: --jabatan-abk (dan --unit-abk). Temuan
    peta jabatan dan lembar ABK ditampilkan; ada temuan setingkat --gagal-jika (bawaan: galat) →
    kode keluar 1. Temuan kolom syarat (pendidikan, jurusan, pengalaman) bukan bagian ABK: hanya
    dihitung; periksa dengan 'asn-mutasi periksa'.
    """
    from asn_mutasi.api.needs import analyse_workload as run_workload
    from asn_mutasi.serialise import frame_records

    if abk is None and (sheet_abk or jabatan_abk or unit_abk):
        raise UsageError("--lembar-abk, --jabatan-abk dan --unit-abk hanya berlaku bersama --abk")
    ctx.read.sheet_abk, ctx.read.abk_jabatan, ctx.read.abk_unit_kerja = sheet_abk, jabatan_abk, unit_abk

    with progress("Menghitung kebutuhan") as step:
        result = run_workload(
            pegawai=pegawai,
            jabatan=jabatan,
            abk=abk,
            **ctx.verb_args(step),
        )
    styles = {"beban_lebih": _flag_style, "beban_kurang": _flag_style}
    limit = None if semua else 300
    if per is WorkloadPer.jabatan:
        _show(
            ctx,
            result,
            Per.jabatan,
            WORKLOAD_POSITION_TABLE,
            title="Beban kerja per jabatan" + _by(result),
            styles=styles,
            limit=limit,
        )
    else:
        title = "Beban kerja per unit kerja" + _by(result)
        _show(ctx, result, Per.unit, WORKLOAD_UNIT_TABLE, title=title, styles=styles, limit=limit)
    grading = frame_records(result.grading)
    if ctx.table:
        columns = list(result.grading.columns)
        emit_view(ctx.fmt, grading, columns, titled(columns), title="Kelas EJ (ambang)", limit=None)
    else:
        info("Kelas EJ: " + "; ".join(f"{r['kelas_ej']} {r['rentang']}" for r in grading))
    if ctx.output is not None:
        _write_workbook(ctx, ctx.output, result, per.value)
    _summary(result)
    _roster_findings(result, _problems_where(ctx.output))
    _abk_report(result, fail_on, ctx.output)


def _problems_where(output: Path | None) -> str:
    """Where the analyst reads the findings one by one: the Masalah Data sheet of the workbook ``-o`` wrote, else
    ``-o laporan.xlsx`` (a .csv or .json report holds the table alone). With ``-o laporan_bkd.xlsx`` given, the hint
    still said "-o laporan.xlsx (sheet Masalah Data)", as if no workbook had been written (walk, h30)."""
    if _wrote_workbook(output):
        return f"lembar kerja {PROBLEMS_SHEET} di {output}"
    return f"-o laporan.xlsx (lembar kerja {PROBLEMS_SHEET})"


def _wrote_workbook(output: Path | None) -> bool:
    """Whether ``-o`` wrote the report workbook (with its Masalah Data sheet), not a .csv or .json table."""
    return output is not None and output.suffix.casefold() == ".xlsx"


def _roster_findings(result: NeedsResult, where: str) -> None:
    """The roster's errors and warnings, counted in one line: ``beban-kerja`` lists the position and ABK findings one
    by one, and kept silent about the roster's (``lowongan`` on the same files said "1 peringatan")."""
    from asn_mutasi.findings import Severity
    from asn_mutasi.formatting import format_number

    shown = {id(f) for f in result.findings}
    rest = [f for f in result.world.findings if id(f) not in shown]
    errors = sum(1 for f in rest if f.severity is Severity.ERROR)
    warnings = sum(1 for f in rest if f.severity is Severity.WARNING)
    if errors or warnings:
        warn(
            f"Temuan data masukan lain: {format_number(errors)} galat, {format_number(warnings)} peringatan. Rinciannya: "
            f"{where}, atau 'asn-mutasi periksa' dengan berkas yang sama."
        )


def _abk_line(result: NeedsResult) -> None:
    """How the ABK sheet was read (units, period, WKE), for ``lowongan --abk`` as for ``beban-kerja --abk``."""
    if result.abk:
        a = result.abk
        wke = f"{a['wke_lembar_menit']:,.0f} menit".replace(",", ".") if a.get("wke_lembar_menit") else "pengaturan"
        info(
            f"Lembar ABK: satuan waktu {a['satuan_waktu']} ({a['satuan_waktu_sumber']}); periode {a['periode']}; "
            f"WKE {wke}; jabatan dari {a['jabatan_dari']}; {a['jabatan_dengan_tugas']} jabatan punya uraian tugas."
        )


def _abk_report(result: NeedsResult, fail_on: FailOn, output: Path | None) -> None:
    """Show how the ABK sheet was read and every position/ABK finding; exit 1 at --gagal-jika (issue 17)."""
    _abk_line(result)
    rest = (
        f"semuanya di {_problems_where(output)}" if _wrote_workbook(output) else "tulis -o laporan.xlsx untuk semuanya"
    )
    warn_findings(result.findings, shown=50, rest=rest)
    exit_at_fail_level(result.findings, fail_on)
