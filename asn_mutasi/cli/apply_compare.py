"""``asn-mutasi apply`` and ``asn-mutasi compare``: close the loop after a plan is approved."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from asn_mutasi.cli.choices import CompareTable, choice_option
from asn_mutasi.cli.console import info, progress, warn, warn_findings
from asn_mutasi.cli.errors import DONE
from asn_mutasi.cli.options import (
    DATE_FORMS,
    AllRowsOpt,
    BukuBesarOpt,
    Context,
    FailOn,
    FailOnOpt,
    command,
    exit_at_fail_level,
)
from asn_mutasi.cli.render import emit_json, emit_view, severity_style, titled
from asn_mutasi.errors import EXIT_FINDINGS, UsageError
from asn_mutasi.formatting import DATE_OPTION_FORMATS

if TYPE_CHECKING:
    import pandas as pd

    from asn_mutasi.api.apply import ApplyOutcome
    from asn_mutasi.api.compare import CompareResult
from asn_mutasi.labels import table_columns

FINDING_TABLE = table_columns("kode", "tingkat", "baris", "kolom", "pesan")


def register(app: typer.Typer) -> None:
    app.command("apply")(apply)
    app.command("compare")(compare)


@command(stdout_with_output=True)
def apply(
    rencana: Annotated[Path, typer.Argument(metavar="RENCANA", help="Buku kerja rencana yang sudah diberi Keputusan.")],
    pegawai: Annotated[
        str, typer.Argument(metavar="PEGAWAI", help="Data pegawai saat ini (format yang sama akan ditulis).")
    ],
    output: Annotated[Path, typer.Option("--keluaran", "-o", "--output", help="Data pegawai baru (.xlsx atau .csv).")],
    tmt: Annotated[
        datetime,
        typer.Option("--tmt", formats=list(DATE_OPTION_FORMATS), help=f"TMT mutasi ({DATE_FORMS})."),
    ],
    sk: Annotated[
        Path | None, typer.Option("--sk", help="Daftar SK (.xlsx); bawaan: nama berkas -o dengan akhiran _SK.xlsx.")
    ] = None,
    jabatan: Annotated[
        Path | None,
        typer.Option(
            "--jabatan",
            help="Peta jabatan: memeriksa ulang syarat jabatan tujuan (pendidikan, pengalaman, kesetaraan) "
            "dan kebutuhan saat rantai putus.",
        ),
    ] = None,
    buku_besar: BukuBesarOpt = None,
    abaikan_perubahan_data: Annotated[
        bool,
        typer.Option(
            "--abaikan-perubahan-data",
            help="Terapkan walaupun data pegawai berbeda (sha256) dari data saat rencana dibuat; dicatat di buku besar.",
        ),
    ] = False,
    *,
    ctx: Context,
) -> None:
    """Terapkan mutasi yang disetujui di tahap final (bawaan: Persetujuan PPK) ke data pegawai dan buat daftar SK.

    Keputusan dibaca dari lembar kerja Persetujuan (tahap, penilai, tanggal, nomor BA/SK); bila lembar kerja itu
    tidak ada atau kosong, kolom Keputusan di Rencana Mutasi dianggap keputusan tahap final. Setiap
    mutasi yang disetujui diperiksa ulang terhadap data pegawai dan aturan saat ini (hukuman disiplin,
    tugas belajar, BUP, masa jabatan; dengan --jabatan juga pendidikan): yang tidak layak lagi tidak
    diterapkan. Menolak — tanpa menulis data pegawai atau daftar SK, kode keluar 1 — bila rencana tidak
    cocok lagi: data pegawai berubah sejak rencana dibuat, NIP tidak ada, jabatan pegawai sudah berubah,
    baris rencana diubah, keputusan tidak valid, atau rantai mutasi putus. Setiap penerapan dicatat di
    buku besar audit.
    """
    from asn_mutasi.api.apply import apply as run_apply

    with progress("Menerapkan rencana"):
        outcome = run_apply(
            rencana=rencana,
            pegawai=pegawai,
            tmt=tmt.date(),
            output=output,
            sk=sk,
            jabatan=jabatan,
            buku_besar=buku_besar,
            abaikan_perubahan_data=abaikan_perubahan_data,
            overwrite=ctx.overwrite,
            on_saved=_saved,
            **ctx.verb_args(),
        )
    if outcome.interrupted:
        info(
            "Penghentian (Ctrl-C/SIGTERM/SIGHUP) diterima saat hasil disimpan; penerapan diselesaikan dan tercatat "
            "di buku besar."
        )
    try:
        _report_apply(ctx, outcome)
    except KeyboardInterrupt:  # the work is done and recorded: "Dibatalkan." would make a rerun record it twice
        if not outcome.ok or outcome.roster_file is None:
            raise
        info(
            f"Tampilan hasil dihentikan, tetapi penerapan sudah selesai: data pegawai baru {outcome.roster_file}, "
            f"daftar SK {outcome.sk_file}, tercatat di buku besar {outcome.ledger_file or '-'}. Jangan diulang."
        )


def _saved(outcome: ApplyOutcome) -> None:
    """Name the new roster, the daftar SK and the ledger record kept (:data:`DONE`) as the run is committed, the stop
    signals held: a stop just after apply returned said "Dibatalkan." naming none of them (hostile23, h36); a failed
    stdout then says so too (hostile10, h29), as rencana's does."""
    if outcome.roster_file is not None:
        DONE.append(f"data pegawai baru '{outcome.roster_file}'; daftar SK '{outcome.sk_file}'")
    if outcome.ledger_file is not None:  # (a refused run is recorded too, and is to be run again once fixed)
        DONE.append(
            f"catatan penerapan di buku besar '{outcome.ledger_file}'" + (" (jangan diulang)" if outcome.ok else "")
        )


def _report_apply(ctx: Context, outcome: ApplyOutcome) -> None:
    """The stage reached per move, then the daftar SK (or the problems when the plan is refused: exit 1)."""
    from asn_mutasi.api.apply import SK_FIELDS
    from asn_mutasi.rollout.apply import SK_COLUMNS

    rows = outcome.to_json()
    if ctx.table and outcome.tahap:
        emit_view(
            ctx.fmt, outcome.tahap, list(outcome.tahap[0]), titled(list(outcome.tahap[0]), 8), title="Tahap per mutasi"
        )
    _stage_summary(outcome.tahap)
    if not outcome.ok:
        from asn_mutasi.findings import FINDING_KEYS

        emit_view(
            ctx.fmt, rows, FINDING_KEYS, FINDING_TABLE, title="Rencana ditolak", styles={"tingkat": severity_style}
        )
        from asn_mutasi.findings import Severity

        errors = sum(1 for f in outcome.result.findings if f.severity is Severity.ERROR)
        other = len(rows) - errors
        more = f" (dan {other} temuan lain)" if other else ""
        # the galat themselves on stderr too: with stdout redirected the table above went to a file
        warn_findings([f for f in outcome.result.findings if f.severity is Severity.ERROR], rest="tabel di stdout")
        # a refused run is an audit record too: the ledger is written, the roster and daftar SK are not (hostile15)
        written = (
            f"Data pegawai baru dan daftar SK tidak ditulis; penolakan ini dicatat di buku besar '{outcome.ledger_file}'."
            if outcome.ledger_file is not None
            else "Tidak ada berkas yang ditulis."
        )
        info(f"Rencana ditolak: {errors} galat{more}. {written}")
        raise typer.Exit(EXIT_FINDINGS)
    emit_view(ctx.fmt, rows, SK_FIELDS, list(SK_COLUMNS), title="Daftar SK mutasi")
    warn_findings(outcome.result.findings, rest="semuanya tercatat di buku besar")
    c = outcome.result.counts
    info(
        f"Diterapkan {len(outcome.result.applied)} mutasi (Setuju {c.get('setuju', 0)}"
        + (f", {c['tidak_layak_lagi']} di antaranya tidak layak lagi" if c.get("tidak_layak_lagi") else "")
        + f", Tolak {c.get('tolak', 0)}, Tunda {c.get('tunda', 0)}, kosong {c.get('kosong', 0)}). "
        f"Data pegawai baru: {outcome.roster_file}; "
        f"daftar SK: {outcome.sk_file}."
    )


CompareTableOpt = Annotated[
    CompareTable | None,
    choice_option(
        CompareTable,
        "--tabel",
        help="Tabel yang ditulis: per-unit, pindah, masuk, keluar, realisasi-rencana atau indikator. Bawaan: "
        "semua tabel (-f tabel), per-unit (-f csv: satu tabel per keluaran); -f json selalu memuat semuanya.",
    ),
]


@command()
def compare(
    sebelum: Annotated[str, typer.Argument(metavar="SEBELUM", help="Data pegawai sebelum mutasi.")],
    sesudah: Annotated[str, typer.Argument(metavar="SESUDAH", help="Data pegawai sesudah mutasi.")],
    jabatan: Annotated[
        str | None, typer.Argument(metavar="JABATAN", help="Peta jabatan (untuk lowongan dan EJ per unit).")
    ] = None,
    rencana: Annotated[
        Path | None, typer.Option("--rencana", help="Buku kerja rencana: mutasi disetujui mana yang terlaksana.")
    ] = None,
    indikator: Annotated[
        Path | None,
        typer.Option(
            "--indikator",
            help="Tabel indikator layanan per unit: Unit Kerja, Periode, Indikator, Nilai, Arah (dan Perangkat Daerah bila unit kerja dibedakan per OPD); templat: asn-mutasi indikator templat.",
        ),
    ] = None,
    periode_sebelum: Annotated[
        str | None, typer.Option("--periode-sebelum", help="Periode indikator sebelum mutasi; bawaan: periode pertama.")
    ] = None,
    periode_sesudah: Annotated[
        str | None,
        typer.Option("--periode-sesudah", help="Periode indikator sesudah mutasi; bawaan: periode terakhir."),
    ] = None,
    buku_besar: Annotated[
        Path | None,
        typer.Option(
            "--buku-besar",
            help="Buku besar audit: tren antarputaran (lowongan terisi, indeks ketimpangan, mutasi diterapkan).",
        ),
    ] = None,
    tabel: CompareTableOpt = None,
    semua: AllRowsOpt = False,
    fail_on: FailOnOpt = FailOn.error,
    *,
    ctx: Context,
) -> None:
    """Bandingkan data pegawai sebelum dan sesudah: pindah, masuk, keluar, lowongan dan EJ per unit.

    Dengan --rencana: mutasi yang disetujui mana yang terlaksana dan mana yang tidak. Dengan
    --indikator: indikator layanan sebelum dan sesudah di samping perubahan kepegawaian per unit;
    unit yang kepegawaiannya membaik tetapi layanannya memburuk ditandai (layanan-memburuk).
    Ada temuan setingkat --gagal-jika (bawaan: galat, mis. baris rencana yang diubah) → kode keluar 1,
    setelah semua keluaran ditulis.
    """
    from asn_mutasi.api.compare import compare as run_compare

    _check_table_option(tabel, rencana=rencana, indikator=indikator)
    with progress("Membandingkan"):
        result = run_compare(
            sebelum=sebelum,
            sesudah=sesudah,
            jabatan=jabatan,
            rencana=rencana,
            indikator=indikator,
            periode_sebelum=periode_sebelum,
            periode_sesudah=periode_sesudah,
            buku_besar=buku_besar,
            output=ctx.output,
            overwrite=ctx.overwrite,
            **ctx.verb_args(),
        )
    payload = result.to_json()
    if ctx.json:
        if tabel is not None:
            warn(f"--tabel {tabel.value} diabaikan dengan -f json: JSON memuat semua tabel")
        emit_json(payload)
    else:
        _compare_tables(ctx, result, payload, semua=semua, tabel=tabel)
    # capped and counted as terapkan, surat and diklat do: 61 approval warnings and 58 indicator flags were 121 lines
    # (walk6, h29)
    warn_findings(result.findings, rest="semua temuan: -f json")
    _warn_left_out(result.comparison.summary)
    if result.workbook is not None:
        info(f"Ditulis ke {result.workbook}")
    _compare_summary(payload.get("ringkasan"))
    exit_at_fail_level(result.findings, fail_on)


#: columns of the indicator table shown on a terminal (CSV writes them all)
_INDICATOR_SHOWN = (
    "unit_kerja",
    "indikator",
    "nilai_sebelum",
    "nilai_sesudah",
    "layanan",
    "perubahan_bezetting",
    "perlu_perhatian",
)


def _compare_tables(
    ctx: Context, result: CompareResult, payload: Mapping[str, object], *, semua: bool, tabel: CompareTable | None
) -> None:
    """The comparison's tables on stdout: ``tabel`` alone when given (its header even when it has no rows); else as
    a table all of them (per unit, moves in/out, realisation, service indicators), as CSV the per-unit table."""
    comparison = result.comparison
    views = (  # (choice, title, columns, rows shown on a terminal)
        (CompareTable.per_unit, "Per unit kerja: sebelum → sesudah", _names(comparison.units), 300),
        (CompareTable.pindah, "Pindah", _names(comparison.moved), 50),
        (CompareTable.masuk, "Masuk", _names(comparison.joined), 50),
        (CompareTable.keluar, "Keluar", _names(comparison.left), 50),
        (
            CompareTable.realisasi_rencana,
            "Realisasi rencana",
            _names(comparison.realisation),
            50,
        ),
        (
            CompareTable.indikator,
            "Indikator layanan: sebelum → sesudah",
            _names(result.indicators.table if result.indicators is not None else None),
            100,
        ),
    )
    for choice, title, columns, limit in views:
        rows = _rows(payload.get(choice.name))
        wanted = choice is tabel if tabel is not None else ctx.table or choice is CompareTable.per_unit
        if not wanted or not columns or (tabel is None and not rows and choice is not CompareTable.per_unit):
            continue
        if choice is CompareTable.indikator and ctx.table:
            columns = list(_INDICATOR_SHOWN)
        head = titled(columns, None if choice is CompareTable.per_unit else 8)  # per unit: both EJ classes
        emit_view(ctx.fmt, rows, columns, head, title=title, limit=None if semua else limit)


def _warn_left_out(summary: Mapping[str, object]) -> None:
    """The rows of either roster that were excluded and so not compared (they may read as arrivals or departures)."""
    left_out = (summary.get("baris_dikecualikan_sebelum", 0), summary.get("baris_dikecualikan_sesudah", 0))
    if any(left_out):
        warn(
            f"{left_out[0]} baris data sebelum dan {left_out[1]} baris data sesudah dikecualikan (NIP rusak, kolom "
            "wajib kosong …) dan tidak dibandingkan: pegawai di baris itu dapat terbaca masuk atau keluar. "
            "Rinciannya: 'asn-mutasi periksa' dengan berkas yang sama."
        )


def _check_table_option(tabel: CompareTable | None, *, rencana: Path | None, indikator: Path | None) -> None:
    """``--tabel realisasi-rencana`` needs ``--rencana`` and ``--tabel indikator`` ``--indikator`` (usage error)."""
    needs = {CompareTable.realisasi_rencana: ("--rencana", rencana), CompareTable.indikator: ("--indikator", indikator)}
    if tabel in needs and needs[tabel][1] is None:
        raise UsageError(f"--tabel {tabel.value} memerlukan {needs[tabel][0]}")


def _names(frame: pd.DataFrame | None) -> list[str]:
    """A table's column names (none when the comparison has no such table)."""
    return [] if frame is None else [str(c) for c in frame.columns]


def _compare_summary(summary: object) -> None:
    """The one-line comparison summary on stderr, in the labels of the summary keys."""
    if isinstance(summary, list):
        summary = summary[0] if summary else {}
    if isinstance(summary, dict):
        from asn_mutasi.formatting import display_value
        from asn_mutasi.labels import summary_label

        parts = [f"{summary_label(k).split(' (')[0].lower()} {display_value(k, v) or '-'}" for k, v in summary.items()]
        info("Ringkasan: " + "; ".join(parts) + ".")


def _stage_summary(rows: Sequence[Mapping[str, object]]) -> None:
    """One stderr line: how many moves reached each stage."""
    from collections import Counter

    reached = Counter(str(r.get("tahap") or "belum diputuskan") for r in rows)
    if rows:
        info("Tahap terakhir per mutasi: " + ", ".join(f"{k} {v}" for k, v in reached.items()))


def _rows(value: object) -> list[dict[str, object]]:
    return [r for r in value if isinstance(r, dict)] if isinstance(value, list) else []
