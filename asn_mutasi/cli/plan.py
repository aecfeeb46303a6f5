"""``asn-mutasi plan``: the exact, explained mutation plan, written to Excel."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from asn_mutasi.cli.console import info, progress, warn, warn_input_findings
from asn_mutasi.cli.errors import DONE
from asn_mutasi.cli.options import AbkOpt, AllRowsOpt, BukuBesarOpt, Context, RiwayatOpt, command
from asn_mutasi.cli.render import discarded, emit_json, emit_table, emit_view
from asn_mutasi.config import UNIT_COUNT_MAX, Rules
from asn_mutasi.formatting import format_number
from asn_mutasi.labels import field_words, table_columns
from asn_mutasi.schema import PLAN_SOLVER_FIGURES, PROBLEMS_SHEET

if TYPE_CHECKING:
    from asn_mutasi.api.plan import PlanResult
    from asn_mutasi.config import Settings

MOVE_TABLE = table_columns(
    "id_mutasi", "nip", "nama", "jabatan_asal", "unit_asal", "jabatan_tujuan", "unit_tujuan", "skor", "jenis_lowongan"
)


#: the last plan this process made, kept until it ends: the command line exits without the
#: interpreter's teardown (:func:`asn_mutasi.cli.app.leave`), so letting the roster's and the plan's
#: millions of objects be freed when the command returns would only cost time (0.10–0.15 s at
#: 100,000 staff, measured from the end of the workbook write to the exit). One plan at most.
_LAST_PLAN: list[PlanResult] = []

#: plan findings about the outcome itself, repeated on stderr (the others are in the workbook and the JSON)
OUTCOME_WARNINGS = (
    "rencana-sekunder-belum-terbukti",
    "rencana-kunci-mengurangi-pengisian",
    "rencana-rotasi-mengurangi-pengisian",
    "rencana-tetap-mengurangi-pengisian",
    "rencana-tetap-tidak-dikenal",
)


def _display(key: str, value: object) -> str:
    from asn_mutasi.formatting import display_value

    return display_value(key, value) or "-"


def _solver_rows(summary: dict[str, object]) -> list[dict[str, object]]:
    """Rows (butir, nilai) of the solver outcome under the plan table (:data:`~asn_mutasi.schema.PLAN_SOLVER_FIGURES`,
    those the plan has); the gap only when the solver did not prove optimality."""
    from asn_mutasi.labels import summary_label

    keys = [k for k in PLAN_SOLVER_FIGURES if k != "celah_optimalitas" or summary.get("status_solver") != "optimal"]
    return [{"butir": summary_label(k), "nilai": _display(k, summary.get(k))} for k in keys if k in summary]


def _summary_line(s: dict[str, object]) -> str:
    """The one-line plan summary on stderr, with the fill bound and the solver status."""
    awal = s.get("lowongan_awal", 0)
    now = s.get("lowongan_saat_ini")
    basis = ""
    if isinstance(awal, int) and isinstance(now, int):
        # lowongan_awal = vacancies today + seats freed by retirements projected in the horizon
        basis = f" ({_display('lowongan', now)} lowongan saat ini" + (
            f" + {_display('lowongan', awal - now)} lowongan baru dari pensiun dalam horizon)" if awal != now else ")"
        )
    n = {k: _display(k, s.get(k, 0)) for k in ("pindah", "tetap", "dikecualikan", "pegawai_input", "lowongan_terisi")}
    line = (
        f"Rencana: {n['pindah']} pindah, {n['tetap']} tetap, {n['dikecualikan']} dikecualikan{_excluded(s)} "
        f"(dari {n['pegawai_input']} pegawai); lowongan terisi {n['lowongan_terisi']} "
        f"dari {_display('lowongan_awal', awal)}{basis}; batas atas {_display('batas_atas_pengisian', s.get('batas_atas_pengisian'))}"
        f"{_rotation_bound(s)}; penyelesaian {_display('status_solver', s.get('status_solver'))}"
    )
    if s.get("status_solver") not in (None, "optimal"):
        line += f", celah optimalitas {_display('celah_optimalitas', s.get('celah_optimalitas'))}"
    elif s.get("sekunder_terbukti_optimal") is False:  # the fill is proven; the order among its plans is not
        line += " untuk pengisian; urutan kedua belum terbukti optimal atas semua pasangan"
    return line + "."


def _bound_basis(s: dict[str, object]) -> str:
    """What the fill bound is when the time limit came before its proof (the gap is measured against it)."""
    if "dasar_batas_atas" not in s:
        return ""
    return f" terhadap batas atas {_display('batas_atas_pengisian', s.get('batas_atas_pengisian'))}: {s['dasar_batas_atas']}"


def _rotation_bound(s: dict[str, object]) -> str:
    """Under ``--rotasi``: the bound above is the maximum without rotation; the plan's own bound (no plan rotating as
    many rotation-due people fills more) and its rotations follow."""
    if "rotasi_jatuh_tempo" not in s:
        return ""
    rotated = f"{_display('rotasi_dipindah', s.get('rotasi_dipindah'))} dari {_display('rotasi_jatuh_tempo', s['rotasi_jatuh_tempo'])}"
    if "batas_atas_dengan_rotasi" not in s:
        return f" tanpa wajib rotasi (rotasi: {rotated} pegawai jatuh tempo dipindah)"
    with_rot = _display("batas_atas_dengan_rotasi", s["batas_atas_dengan_rotasi"])
    return f" tanpa wajib rotasi, {with_rot} dengan rotasi {rotated} pegawai jatuh tempo"


def _excluded(s: dict[str, object]) -> str:
    """The causes of the excluded rows, when there are any: "[1 baris tidak valid, 2 jabatan tidak tertaut ke peta
    jabatan]" (``periksa`` counts only the first kind; the rows are named in the Masalah Data sheet)."""
    parts = [
        f"{_display(key, s[key])} {words}"
        for key, words in (
            ("dikecualikan_tidak_valid", "baris tidak valid"),
            ("dikecualikan_instansi_lain", "baris instansi lain"),
            ("dikecualikan_nrp", "NRP TNI/Polri (tetap di jabatannya, tidak dipindah)"),
            ("dikecualikan_tidak_aktif", "tidak aktif atau bukan ASN"),
            ("dikecualikan_tanpa_jabatan", "jabatan tidak tertaut ke peta jabatan"),
            ("dikecualikan_nip_ganda", "NIP ganda"),
        )
        if isinstance(s.get(key), int) and s[key]
    ]
    return f" [{', '.join(parts)}; lihat lembar kerja Masalah Data]" if parts else ""


def register(app: typer.Typer) -> None:
    app.command("plan")(plan)


def _with_overrides(settings: Settings, **changes: object) -> Settings:
    """``settings`` with the plan options given on the command line (None = not given)."""
    given = {k: v for k, v in changes.items() if v is not None}
    if not given:
        return settings
    return dataclasses.replace(settings, rencana=dataclasses.replace(settings.rencana, **given))  # type: ignore[arg-type]


def _unit_count(value: int | None) -> int | None:
    """A per-unit count under its hostile-input cap, checked here rather than as the option's ``max``: the help read
    "[0–1.000.000.000]", a range no analyst chooses from, where "[paling kecil 0]" says what is asked (walk9, h32)."""
    if value is not None and value > UNIT_COUNT_MAX:
        raise typer.BadParameter(f"Nilai maksimal {format_number(UNIT_COUNT_MAX)}.")
    return value


MaksPindahOpt = Annotated[
    int | None,
    typer.Option("--maks-pindah-per-unit", min=0, callback=_unit_count, help="Batas pegawai keluar per unit."),
]
RotasiOpt = Annotated[
    bool | None,
    typer.Option(
        "--rotasi/--tanpa-rotasi",
        # the years are a setting: "> 5 tahun" stayed in the help of a run whose [aturan] rotasi_tahun was 3
        help=f"Wajibkan rotasi pegawai yang lebih dari \\[aturan] rotasi_tahun (bawaan "
        f"{format_number(Rules().rotasi_tahun)} tahun) di jabatannya, bila ada tujuan layak.",
    ),
]
MinPegawaiOpt = Annotated[
    int | None,
    typer.Option("--min-pegawai-per-unit", min=0, callback=_unit_count, help="Jumlah minimal pegawai per unit."),
]


@command(early_roster=True)
def plan(
    pegawai: Annotated[str, typer.Argument(metavar="PEGAWAI", help="Data pegawai.")],
    jabatan: Annotated[str, typer.Argument(metavar="JABATAN", help="Peta jabatan / formasi.")],
    output: Annotated[
        Path | None, typer.Option("--keluaran", "-o", "--output", help="Buku kerja rencana (.xlsx).")
    ] = None,
    overwrite: Annotated[
        bool, typer.Option("--timpa", "--force", help="Izinkan menimpa berkas rencana yang ada.")
    ] = False,
    keep: Annotated[
        list[str] | None, typer.Option("--tetap", "--keep", help="NIP yang tidak boleh dipindah (boleh berulang).")
    ] = None,
    keep_file: Annotated[
        Path | None,
        typer.Option("--nip-tetap", "--keep-file", help="Berkas berisi satu NIP per baris yang tidak boleh dipindah."),
    ] = None,
    pin: Annotated[
        Path | None,
        typer.Option(
            "--kunci",
            "--pin",
            help=f"Tabel mutasi yang wajib terjadi, berkolom {field_words('nip')} dan {field_words('kode_jabatan')}.",
        ),
    ] = None,
    rotasi: RotasiOpt = None,
    maks_pindah: MaksPindahOpt = None,
    min_pegawai: MinPegawaiOpt = None,
    semua_jabatan: Annotated[
        bool | None,
        typer.Option(
            "--semua-jabatan/--hanya-lowong",
            hidden=True,
            help="Usang: tidak berpengaruh lagi; rencana selalu mencakup semua jabatan.",
        ),
    ] = None,
    riwayat: RiwayatOpt = None,
    abk: AbkOpt = None,
    buku_besar: BukuBesarOpt = None,
    semua: AllRowsOpt = False,
    aspirasi: Annotated[
        list[Path] | None,
        typer.Option(
            "--aspirasi",
            help="Formulir aspirasi terisi atau tabel aspirasi-baca (berkas/folder, boleh berulang): "
            "pilihan pegawai dihormati tanpa mengurangi lowongan terisi.",
        ),
    ] = None,
    *,
    ctx: Context,
) -> None:
    """Susun rencana mutasi optimal (eksak): isi lowongan dengan pegawai layak yang paling cocok.

    Mengambil pegawai terutama dari jabatan yang kelebihan, membebankan biaya per pindah agar
    pegawai yang sudah cocok tetap, menghormati aturan (2 tahun di jabatan, CPNS, BUP, hukuman
    disiplin, tugas belajar, pendidikan) dan menjelaskan setiap usulan. -o menulis buku kerja dengan
    kolom Keputusan (Setuju/Tolak/Tunda) untuk disetujui lalu diterapkan dengan `terapkan`.
    """
    from asn_mutasi.api.plan import plan as run_plan

    _check_options(ctx, output, semua_jabatan, rotasi=rotasi, maks_pindah=maks_pindah, min_pegawai=min_pegawai)
    with progress("Menyusun rencana") as step:
        result = run_plan(
            pegawai=pegawai,
            jabatan=jabatan,
            keep=keep or [],
            keep_file=keep_file,
            pins=pin,
            riwayat=riwayat,
            abk=abk,
            aspirasi=aspirasi or [],
            output=output,
            buku_besar=buku_besar,
            overwrite=overwrite,
            on_saved=_saved,
            **ctx.verb_args(step),
        )
        _held(result)
    _report(result, ctx, semua=semua, output=output)


def _saved(result: PlanResult) -> None:
    """Name the workbook and the ledger round kept (:data:`DONE`) as the round is committed, the stop signals held:
    a SIGTERM while the progress line closed (hostile21, h35), or just after the plan returned (hostile22, h36), said
    "Dibatalkan." with nothing named, the workbook and its round kept."""
    if result.workbook is not None:
        DONE.append(f"buku kerja rencana '{result.workbook}'")
    if result.ledger is not None:
        DONE.append(f"catatan putaran di buku besar '{result.ledger}'")


def _held(result: PlanResult) -> None:
    """Say a stop held while the round was recorded: the plan was finished and is recorded."""
    if result.interrupted:
        info(
            "Penghentian (Ctrl-C/SIGTERM/SIGHUP) diterima saat putaran dicatat; rencana diselesaikan dan tercatat "
            "di buku besar."
        )


def _check_options(
    ctx: Context,
    output: Path | None,
    semua_jabatan: bool | None,
    *,
    rotasi: bool | None,
    maks_pindah: int | None,
    min_pegawai: int | None,
) -> None:
    """Warn about the deprecated option, apply the plan overrides to ``ctx.settings``, refuse a non-.xlsx output."""
    if semua_jabatan is not None:  # deprecated (issue 10): accepted so old scripts keep running, but said so
        warn(
            f"--{'semua-jabatan' if semua_jabatan else 'hanya-lowong'} sudah usang dan tidak berpengaruh lagi; "
            "rencana selalu mencakup semua jabatan."
        )
    ctx.settings = _with_overrides(
        ctx.settings,
        rotasi_wajib=rotasi,
        maks_pindah_per_unit=maks_pindah,
        min_pegawai_per_unit=min_pegawai,
    )


def _report(result: PlanResult, ctx: Context, *, semua: bool, output: Path | None) -> None:
    """The plan on stdout (json, or the move table and the solver summary), the summary lines on stderr;
    the plan is then kept until the process ends (:data:`_LAST_PLAN`)."""
    from asn_mutasi.serialise import frame_records

    _LAST_PLAN[:] = [result]

    s = result.plan.summary
    if discarded():  # -o without --format: the product is the workbook, stdout gets nothing
        pass
    elif ctx.json:
        emit_json(result.to_json())
    else:
        moves = result.plan.moves
        limit = None if semua else 100
        emit_view(ctx.fmt, frame_records(moves), list(moves.columns), MOVE_TABLE, title="Rencana mutasi", limit=limit)
        if ctx.table:
            emit_table(_solver_rows(s), [("butir", "Butir"), ("nilai", "Nilai")], title="Ringkasan penyelesaian")
    info(_summary_line(s))
    where = (
        f"lembar kerja {PROBLEMS_SHEET} di buku kerja rencana"
        if output
        else f"-o rencana.xlsx (lembar kerja {PROBLEMS_SHEET})"
    )
    warn_input_findings(result.world, where)
    if s.get("status_solver") == "batas-waktu":
        warn(
            "Penyelesaian berhenti karena batas waktu: rencana ini layak tetapi belum terbukti optimal "
            f"(celah optimalitas {_display('celah_optimalitas', s.get('celah_optimalitas'))}{_bound_basis(s)}). "
            "Naikkan batas waktu di pengaturan [rencana] atau persempit data untuk hasil optimal."
        )
    from asn_mutasi.findings import option_hint

    for finding in result.plan.findings:
        if finding.code in OUTCOME_WARNINGS:
            warn(option_hint(finding))
    if "aspirasi_formulir" in s:
        info(
            f"Aspirasi: dari {s['aspirasi_pindah_berformulir']} pindah yang mengisi formulir, pilihan 1/2/3 terpenuhi "
            f"{s['aspirasi_pilihan_1']}/{s['aspirasi_pilihan_2']}/{s['aspirasi_pilihan_3']}; tidak ke pilihannya "
            f"{s['aspirasi_tidak_terpenuhi']}; tanpa pilihan {s.get('aspirasi_tanpa_pilihan', 0)}; tidak bersedia "
            f"tetapi dipindah {s['aspirasi_pindah_tidak_bersedia']}."
        )
    info(
        f"Kebutuhan diklat: {s.get('kebutuhan_diklat', 0)} (rincian di lembar kerja Kebutuhan Diklat / kunci kebutuhan_diklat)."
    )
    if output is not None:
        info(f"Buku kerja rencana ditulis ke {output}")
