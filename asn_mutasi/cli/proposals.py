"""``asn-mutasi usulan templat|gabung``: OPD proposals in, one assessment out for the BKD."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from asn_mutasi.cli.console import State, finding_line, info, progress, say_finding, warn_findings
from asn_mutasi.cli.options import Context, RiwayatOpt, command, command_group
from asn_mutasi.cli.render import layak_style, show_rows
from asn_mutasi.errors import EXIT_FINDINGS
from asn_mutasi.labels import table_columns

if TYPE_CHECKING:
    from asn_mutasi.findings import Finding

MERGED_TABLE = table_columns(
    "berkas", "pengusul", "nip", "nama", "kode_jabatan", "jabatan_tujuan", "skor", "layak", "konflik"
)


@command(fmt=False)
def templat(
    jabatan: Annotated[
        str, typer.Argument(metavar="JABATAN", help="Peta jabatan (sumber daftar pilihan jabatan tujuan).")
    ],
    output: Annotated[
        Path, typer.Option("--keluaran", "-o", "--output", help="Buku kerja templat usulan OPD (.xlsx).")
    ],
    *,
    ctx: Context,
) -> None:
    """Tulis templat usulan OPD: NIP, nama, jabatan sekarang, kode/jabatan/unit tujuan (pilihan dari peta jabatan), alasan, pengusul, tanggal."""
    from asn_mutasi.api.proposals import proposal_template

    result = proposal_template(jabatan=jabatan, output=output, overwrite=ctx.overwrite, **ctx.verb_args())
    info(f"Templat usulan ditulis ke {result.workbook} ({result.jabatan} jabatan di daftar pilihan)")


@command()
def gabung(
    pegawai: Annotated[str, typer.Argument(metavar="PEGAWAI", help="Data pegawai.")],
    jabatan: Annotated[str, typer.Argument(metavar="JABATAN", help="Peta jabatan / formasi.")],
    usulan: Annotated[
        list[Path],
        typer.Argument(metavar="USULAN...", help="Buku kerja usulan OPD: berkas dan/atau folder berisi berkas."),
    ],
    riwayat: RiwayatOpt = None,
    *,
    ctx: Context,
) -> None:
    """Gabungkan usulan banyak OPD, tandai konflik (NIP diusulkan dua kali; jabatan diusulkan melebihi lowongan) dan nilai setiap usulan seperti `nilai`.

    -o menulis buku kerja penilaian (lembar kerja Penilaian Usulan dan Masalah) yang diverifikasi BKD.
    """
    from asn_mutasi.api.proposals import MERGED_FIELDS, merge_proposals

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
    show_rows(  # (the workbook -o names is written by merge_proposals: sheet=None)
        ctx, rows, MERGED_FIELDS, MERGED_TABLE, sheet=None, title="Penilaian usulan OPD", styles={"layak": layak_style}
    )
    _say_findings(result.findings)
    if result.workbook is not None:
        info(f"Ditulis ke {result.workbook}")
    from asn_mutasi.cli.match_assess import verdict_counts
    from asn_mutasi.formatting import format_number as n

    unread = sum(1 for f in result.findings if f.code == "usulan-tidak-terbaca")
    files = f"{n(len(result.files))} berkas" + (f" ({n(unread)} tidak terbaca)" if unread else "")
    info(f"{n(len(rows))} usulan dari {files}: {verdict_counts(rows)}.")
    if unread:  # merged without them, but a script must not read success: exit 1 (docs/exit-codes.md)
        raise typer.Exit(EXIT_FINDINGS)


def _say_findings(findings: list[Finding]) -> None:
    """The proposals' findings on stderr: the merge's own (``usulan-…``) and every warning or error of reading a
    proposal file or the history (a column taken by a similar spelling, a column whose values do not fit, history
    rows not used), the first :data:`_SHOWN` and the rest counted (50,000 proposals printed 2,438 lines; hostile
    round 6, h26); with -v also the information (each unmapped column, the NIP taken from the name cell), as
    ``periksa`` lists them. A target column not recognised was silent: four proposals "tidak layak" without a word
    on why (h26/real6)."""
    from asn_mutasi.findings import Severity

    warn_findings(findings, shown=_SHOWN, rest="semuanya di lembar kerja Masalah dengan -o")
    for f in findings:
        if f.severity is not Severity.INFO:
            continue
        if f.code.startswith("usulan-"):
            say_finding(f)
        elif State.verbosity >= 1:
            info(finding_line(f))


#: proposal findings shown one by one on stderr before the rest are counted
_SHOWN = 50


register = command_group(
    "usulan",
    "Usulan mutasi dari OPD: templat isian untuk OPD, lalu gabungkan banyak usulan menjadi satu penilaian untuk BKD.",
    templat=templat,
    gabung=gabung,
)
