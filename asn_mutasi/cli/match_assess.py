"""``asn-mutasi match`` and ``asn-mutasi assess``: candidates and verdicts on proposed moves."""

from __future__ import annotations

from typing import Annotated

import typer

from asn_mutasi.cli.console import err_console, escape, info, progress, say_finding, warn_input_findings
from asn_mutasi.cli.options import AllRowsOpt, Context, RiwayatOpt, command
from asn_mutasi.cli.render import layak_style, show_rows
from asn_mutasi.domain.limits import TOP_RANGE
from asn_mutasi.errors import EXIT_FINDINGS
from asn_mutasi.labels import field_words as _words
from asn_mutasi.labels import table_columns
from asn_mutasi.serialise import Record

MATCH_TABLE = table_columns(
    "kode_jabatan",
    "nama_jabatan",
    "unit_kerja",
    "peringkat",
    "nip",
    "nama",
    "skor",
    "status_pendidikan",
    "layak",
    "alasan",
)
NIP_TABLE = table_columns(
    "peringkat", "kode_jabatan", "nama_jabatan", "unit_kerja", "skor", "status_pendidikan", "layak", "alasan"
)
ASSESS_TABLE = table_columns(
    "baris_usulan", "nip", "nama", "kode_jabatan", "jabatan_tujuan", "status_pendidikan", "skor", "layak", "alasan"
)


def register(app: typer.Typer) -> None:
    app.command("match")(match)
    app.command("assess")(assess)


@command()
def match(
    pegawai: Annotated[str, typer.Argument(metavar="PEGAWAI", help="Data pegawai (CSV/XLSX/XLS/ODS, atau '-').")],
    jabatan: Annotated[str, typer.Argument(metavar="JABATAN", help="Peta jabatan / formasi.")],
    kode_jabatan: Annotated[str | None, typer.Option("--jabatan", help="Hanya untuk jabatan dengan kode ini.")] = None,
    nip: Annotated[
        str | None, typer.Option("--nip", help="Jabatan lowong terbaik untuk pegawai dengan NIP ini.")
    ] = None,
    top: Annotated[
        int, typer.Option("--teratas", "--top", min=TOP_RANGE[0], max=TOP_RANGE[1], help="Jumlah calon per jabatan.")
    ] = 10,
    riwayat: RiwayatOpt = None,
    semua: AllRowsOpt = False,
    *,
    ctx: Context,
) -> None:
    """Calon terbaik untuk setiap jabatan yang lowong (atau satu jabatan dengan --jabatan).

    Dengan --nip: jabatan lowong yang paling cocok untuk satu pegawai, yang layak lebih dulu. Skor 0–100
    dengan komponennya (pendidikan, jurusan, pengalaman, golongan, kinerja, diklat, preferensi) dan alasannya.
    """
    from asn_mutasi.api.match import match as run_match

    with progress("Mencocokkan") as step:
        result = run_match(
            pegawai=pegawai,
            jabatan=jabatan,
            kode_jabatan=kode_jabatan,
            nip=nip,
            top=top,
            riwayat=riwayat,
            **ctx.verb_args(step),
        )
    if result.findings:  # the NIP or code asked for is not in the data: say so, suggest, exit 1
        for finding in result.findings:
            err_console().print(f"[red]Galat:[/red] {escape(finding.message)}")
        raise typer.Exit(EXIT_FINDINGS)
    rows = result.to_json()
    table = NIP_TABLE if nip else MATCH_TABLE
    title = f"Jabatan terbaik untuk NIP {nip}" if nip else "Calon terbaik per jabatan lowong"
    show_rows(
        ctx, rows, result.fields, table, sheet="Calon", title=title, styles={"layak": layak_style},
        limit=None if semua else 300,
    )  # fmt: skip
    if ctx.output is not None:
        info(f"Ditulis ke {ctx.output}")
    from asn_mutasi.formatting import format_number as n  # "1.514 calon", as every other count (walk, h30)

    n_pos = result.table["kode_jabatan"].nunique() if len(result.table) else 0
    if nip:
        eligible = int(result.table["layak"].astype(bool).sum()) if len(result.table) else 0
        info(
            f"{n(n_pos)} jabatan lowong terbaik untuk NIP {nip}; {n(eligible)} di antaranya layak (diurutkan lebih dulu)."
        )
    elif kode_jabatan:  # a post asked for by its code: it need not be vacant (a full or surplus post)
        info(f"{n(len(rows))} calon untuk jabatan {kode_jabatan}.")
    else:
        info(f"{n(len(rows))} calon untuk {n(n_pos)} jabatan lowong.")
        if result.without_candidates:
            lost = result.without_candidates
            contoh = ", ".join(lost[:5]) + (" …" if len(lost) > 5 else "")
            info(
                f"{n(len(lost))} jabatan lowong lain tanpa calon layak ({contoh}); sebabnya per jabatan: "
                "'asn-mutasi rencana', lembar kerja Lowongan Tidak Terisi."
            )
    if result.outside and not nip:
        info(
            f"{n(result.outside)} pegawai tidak dicalonkan karena jabatannya tidak tertaut ke peta jabatan (rencana "
            "juga mengecualikannya); daftarnya: 'asn-mutasi periksa' dengan berkas yang sama."
        )
    warn_input_findings(result.world)


@command()
def assess(
    pegawai: Annotated[str, typer.Argument(metavar="PEGAWAI", help="Data pegawai.")],
    jabatan: Annotated[str, typer.Argument(metavar="JABATAN", help="Peta jabatan / formasi.")],
    usulan: Annotated[
        str,
        typer.Argument(
            metavar="USULAN",
            help=f"Usulan mutasi, berkolom {_words('nip')} dan {_words('kode_jabatan')}, atau "
            f"{_words('nama_jabatan')} dan {_words('unit_kerja')}.",
        ),
    ],
    riwayat: RiwayatOpt = None,
    *,
    ctx: Context,
) -> None:
    """Nilai usulan mutasi yang sudah ada: memenuhi pendidikan?, skor, layak?, dan alasannya.

    Satu baris keluaran per baris usulan, dengan kunci yang sama di json dan csv
    (nip, kode_jabatan, memenuhi_pendidikan, status_pendidikan, skor, layak, alasan …).
    """
    from asn_mutasi.api.match import ASSESS_FIELDS
    from asn_mutasi.api.match import assess as run_assess

    with progress("Menilai usulan") as step:
        result = run_assess(
            pegawai=pegawai,
            jabatan=jabatan,
            usulan=usulan,
            riwayat=riwayat,
            **ctx.verb_args(step),
        )
    rows = result.to_json()
    show_rows(
        ctx, rows, ASSESS_FIELDS, ASSESS_TABLE, sheet="Penilaian Usulan", title="Penilaian usulan mutasi",
        styles={"layak": layak_style},
    )  # fmt: skip
    if ctx.output is not None:
        info(f"Ditulis ke {ctx.output}")
    for finding in result.findings:
        if (
            finding.code in ("usulan-nip-ganda", "usulan-ditolak-tidak-dinilai")
            or finding in result.world.history_findings
        ):
            say_finding(finding)
    warn_input_findings(result.world)
    from asn_mutasi.formatting import format_number as n

    info(f"{n(len(rows))} usulan: {verdict_counts(rows)}.")


def verdict_counts(rows: list[Record]) -> str:
    """How many assessed proposals are layak and not, and how many were refused or cancelled and not assessed (a
    refused proposal counted as "tidak layak" said the tool had judged it; usulan30, h38)."""
    from asn_mutasi.domain.coded_fields import USULAN_DITOLAK
    from asn_mutasi.formatting import format_number as n

    refused = sum(1 for r in rows if r.get("status_usulan") == USULAN_DITOLAK)
    layak = sum(1 for r in rows if r.get("layak") is True)
    said = f"{n(layak)} layak, {n(len(rows) - layak - refused)} tidak layak"
    return said + (f", {n(refused)} ditolak/dibatalkan (tidak dinilai)" if refused else "")
