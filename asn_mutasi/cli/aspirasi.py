"""``asn-mutasi aspirasi-formulir`` and ``asn-mutasi aspirasi-baca``: aspiration forms out and back in."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from asn_mutasi.cli.console import finding_line, info, progress, warn
from asn_mutasi.cli.options import Context, command
from asn_mutasi.cli.render import show_rows, write_rows
from asn_mutasi.labels import table_columns

FORM_TABLE = table_columns("berkas", "opd", "pegawai")
ASPIRATION_TABLE = table_columns("nip", "nama", "pilihan_1_unit", "pilihan_1_jabatan", "kesediaan", "berkas")


def register(app: typer.Typer) -> None:
    app.command("aspirasi-formulir")(aspirasi_formulir)
    app.command("aspirasi-baca")(aspirasi_baca)


@command(report=True)
def aspirasi_formulir(
    pegawai: Annotated[str, typer.Argument(metavar="PEGAWAI", help="Data pegawai (mengisi NIP, nama, jabatan).")],
    jabatan: Annotated[
        str, typer.Argument(metavar="JABATAN", help="Peta jabatan (daftar pilihan unit kerja dan jabatan).")
    ],
    folder: Annotated[Path, typer.Option("--folder", "-d", metavar="<folder>", help="Folder tujuan formulir (.xlsx).")],
    per_opd: Annotated[
        bool, typer.Option("--per-opd/--satu-berkas", help="Satu formulir per OPD (bawaan) atau satu untuk semua.")
    ] = True,
    *,
    ctx: Context,
) -> None:
    """Tulis formulir aspirasi mutasi (.xlsx) per OPD, terisi NIP, nama, jabatan dan unit kerja.

    Pegawai mengisi sampai tiga pilihan unit kerja dan/atau jabatan (daftar pilihan dari peta
    jabatan), kesediaan dipindah (Bersedia / Tidak bersedia / Bersedia dengan syarat), alasan dan
    catatan. Kolom yang sudah terisi dikunci (proteksi lembar kerja tanpa kata sandi). Baca kembali dengan
    `aspirasi-baca`, atau langsung dengan `rencana --aspirasi FOLDER`.
    """
    from asn_mutasi.api.aspirasi import FORM_FIELDS, aspiration_forms

    with progress("Menulis formulir aspirasi") as step:
        result = aspiration_forms(
            pegawai=pegawai, jabatan=jabatan, output=folder, per_opd=per_opd, overwrite=ctx.overwrite,
            **ctx.verb_args(step),
        )  # fmt: skip
    show_rows(
        ctx, result.forms, list(FORM_FIELDS), FORM_TABLE, sheet="Formulir", payload=result.to_json(),
        title="Formulir aspirasi", limit=100, all_option=False,
    )  # fmt: skip
    info(f"{len(result.forms)} formulir ditulis ke {folder}")


@command(report=True)
def aspirasi_baca(
    pegawai: Annotated[str, typer.Argument(metavar="PEGAWAI", help="Data pegawai.")],
    jabatan: Annotated[str, typer.Argument(metavar="JABATAN", help="Peta jabatan.")],
    formulir: Annotated[
        list[Path], typer.Argument(metavar="FORMULIR...", help="Formulir terisi: berkas .xlsx/.csv dan/atau folder.")
    ],
    *,
    ctx: Context,
) -> None:
    """Baca formulir aspirasi yang sudah diisi menjadi satu tabel aspirasi (satu baris per NIP).

    Temuan: NIP tidak dikenal, pilihan tidak ada di peta jabatan, kesediaan tidak dikenal, NIP ganda
    dalam satu formulir (baris paling bawah dipakai) dan formulir yang bertentangan (yang diisi paling
    akhir dipakai: Tanggal Pengisian, atau waktu ubah berkas bila kosong). -o menulis tabel (.xlsx/.csv)
    yang dapat diberikan ke `rencana --aspirasi`.
    """
    from asn_mutasi.api.aspirasi import read_aspirations
    from asn_mutasi.planning.aspiration import ASPIRATION_FIELDS
    from asn_mutasi.serialise import frame_records

    with progress("Membaca formulir aspirasi") as step:
        result = read_aspirations(
            pegawai=pegawai, jabatan=jabatan, formulir=formulir, keluaran=ctx.output, **ctx.verb_args(step)
        )
    rows = list(frame_records(result.table))
    show_rows(  # written after the findings are said (sheet=None, below)
        ctx, rows, list(ASPIRATION_FIELDS), ASPIRATION_TABLE, sheet=None, payload=result.to_json(),
        title="Aspirasi pegawai", limit=100, all_option=False,
    )  # fmt: skip
    for f in result.findings[:20]:  # with the sheet: two sheets of one form named the same row (review9 #1, h28)
        warn(finding_line(f))
    if len(result.findings) > 20:
        warn(f"... dan {len(result.findings) - 20} temuan lain (lihat --format json)")
    if ctx.output is not None:
        write_rows(ctx.output, ctx.overwrite, rows, list(ASPIRATION_FIELDS), "Aspirasi")
        info(f"Tabel aspirasi ditulis ke {ctx.output}")
    from asn_mutasi.formatting import display_value

    def n(count: object) -> str:  # 2.000, as the tables show it
        return display_value("jumlah", count)

    s = result.summary
    info(
        f"Aspirasi: {n(s['pegawai'])} pegawai dari {n(s['berkas'])} berkas ({n(s['baris_terisi'])} baris terisi); "
        f"bersedia {n(s['bersedia'])}, tidak bersedia {n(s['tidak_bersedia'])}, "
        f"bersedia dengan syarat {n(s['bersedia_dengan_syarat'])}"
        + (f", kesediaan kosong {n(s['kesediaan_kosong'])}" if s["kesediaan_kosong"] else "")
        + f"; temuan {n(s['temuan'])}."
    )
