"""``asn-mutasi usulan templat|gabung``: OPD proposals in, one assessment out for the BKD."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from asn_mutasi.cli.console import info, progress, say_finding
from asn_mutasi.cli.options import Context, RiwayatOpt, command, command_group
from asn_mutasi.cli.render import emit_json, emit_view, layak_style
from asn_mutasi.errors import EXIT_FINDINGS
from asn_mutasi.labels import table_columns

MERGED_TABLE = table_columns(
    "berkas", "pengusul", "nip", "nama", "kode_jabatan", "jabatan_tujuan", "skor", "layak", "konflik"
)


@command(fmt=False)
def templat(
    jabatan: Annotated[
        str, typer.Argument(metavar="JABATAN", help="Peta jabatan (sumber daftar pilihan jabatan tujuan).")
    ],
    output: Annotated[Path, typer.Option("--keluaran", "-o", "--output", help="Workbook templat usulan OPD (.xlsx).")],
    *,
    ctx: Context,
) -> None:
    """Tulis templat usulan OPD: NIP, nama, jabatan sekarang, kode/jabatan/unit tujuan (pilihan dari peta jabatan), alasan, pengusul, tanggal."""
    from asn_mutasi.api.proposals import proposal_template
    from asn_mutasi.cli.options import xlsx_output

    xlsx_output(output, "Templat usulan", "templat_usulan.xlsx")
    result = proposal_template(jabatan=jabatan, output=output, overwrite=ctx.overwrite, **ctx.verb_args())
    info(f"Templat usulan ditulis ke {result.workbook} ({result.jabatan} jabatan di daftar pilihan)")


@command()
def gabung(
    pegawai: Annotated[str, typer.Argument(metavar="PEGAWAI", help="Data pegawai.")],
    jabatan: Annotated[str, typer.Argument(metavar="JABATAN", help="Peta jabatan / formasi.")],
    usulan: Annotated[
        list[Path],
        typer.Argument(metavar="USULAN...", help="Workbook usulan OPD: berkas dan/atau folder berisi berkas."),
    ],
    riwayat: RiwayatOpt = None,
    *,
    ctx: Context,
) -> None:
    """Gabungkan usulan banyak OPD, tandai konflik (NIP diusulkan dua kali; jabatan diusulkan melebihi lowongan) dan nilai setiap usulan seperti `nilai`.

    -o menulis workbook penilaian (sheet Penilaian Usulan dan Masalah) yang diverifikasi BKD.
    """
    from asn_mutasi.api.proposals import MERGED_FIELDS, merge_proposals
    from asn_mutasi.cli.options import xlsx_output

    if ctx.output is not None:  # "-o g.csv" wrote a workbook under a .csv name (hostile-input campaign, round 3)
        xlsx_output(ctx.output, "Penilaian usulan", "penilaian_usulan.xlsx")
    with progress("Menggabungkan usulan") as step:
        result = merge_proposals(
            pegawai=pegawai,
            jabatan=jabatan,
            usulan=usulan,
            riwayat=riwayat,
            output=ctx.output,
            overwrite=ctx.overwrite,
            **ctx.verb_args(step),
        )
    rows = result.to_json()
    if ctx.json:
        emit_json(rows)
    else:
        emit_view(
            ctx.fmt, rows, MERGED_FIELDS, MERGED_TABLE, title="Penilaian usulan OPD", styles={"layak": layak_style}
        )
    for f in result.findings:
        if f.code.startswith("usulan-"):
            say_finding(f)
    if result.workbook is not None:
        info(f"Ditulis ke {result.workbook}")
    layak = sum(1 for r in rows if r.get("layak") is True)
    unread = sum(1 for f in result.findings if f.code == "usulan-tidak-terbaca")
    files = f"{len(result.files)} berkas" + (f" ({unread} tidak terbaca)" if unread else "")
    info(f"{len(rows)} usulan dari {files}: {layak} layak, {len(rows) - layak} tidak layak.")
    if unread:  # merged without them, but a script must not read success: exit 1 (docs/exit-codes.md)
        raise typer.Exit(EXIT_FINDINGS)


register = command_group(
    "usulan",
    "Usulan mutasi dari OPD: templat isian untuk OPD, lalu gabungkan banyak usulan menjadi satu penilaian untuk BKD.",
    templat=templat,
    gabung=gabung,
)
