"""``asn-mutasi diklat`` and ``asn-mutasi surat``: what an approved plan means for the people moved."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from asn_mutasi.cli.console import info, progress, warn, warn_findings
from asn_mutasi.cli.errors import DONE
from asn_mutasi.cli.options import DATE_FORMS, DATE_OPTION_FORMATS, BukuBesarOpt, Context, command
from asn_mutasi.cli.render import show_rows
from asn_mutasi.labels import table_columns

if TYPE_CHECKING:
    from asn_mutasi.findings import Finding

TRAINING_TABLE = table_columns("id_mutasi", "nip", "nama", "unit_tujuan", "jenis_diklat", "nama_diklat")
LETTER_TABLE = table_columns("jenis", "id_mutasi", "berkas")


def register(app: typer.Typer) -> None:
    app.command("diklat")(diklat)
    app.command("surat")(surat)


@command()
def diklat(
    rencana: Annotated[Path, typer.Argument(metavar="RENCANA", help="Buku kerja rencana yang sudah diberi Keputusan.")],
    pegawai: Annotated[str, typer.Argument(metavar="PEGAWAI", help="Data pegawai (kolom diklat = riwayat diklat).")],
    jabatan: Annotated[str, typer.Argument(metavar="JABATAN", help="Peta jabatan (jenis jabatan, syarat diklat).")],
    semua: Annotated[
        bool, typer.Option("--semua", help="Semua usulan di rencana, bukan hanya yang disetujui di tahap final.")
    ] = False,
    *,
    ctx: Context,
) -> None:
    """Daftar kebutuhan diklat pegawai yang dimutasi (disetujui di tahap final) untuk penganggaran BKD.

    Per pegawai: pelatihan kepemimpinan yang disyaratkan jenjang jabatan tujuan (PKP, PKA, PKN II, PKN I)
    yang belum ada di riwayat diklat, diklat teknis/fungsional dalam syarat diklat jabatan, orientasi bila
    pindah bidang, uji kompetensi dan pelatihan fungsional bila pindah ke JF dari jabatan lain (PermenPANRB
    1/2023), orientasi tugas bila keluar dari JF, dan pelatihan teknis bila pengalaman terkait kurang; atau
    "tidak ada kebutuhan diklat".
    -o menulis daftar (.xlsx: juga jumlah per OPD dan per diklat; .csv: daftarnya).
    """
    from asn_mutasi.api.diklat import training_needs
    from asn_mutasi.io.training_sheet import LABELS, SHEET
    from asn_mutasi.planning.training import TRAINING_FIELDS
    from asn_mutasi.serialise import frame_records

    with progress("Menghitung kebutuhan diklat") as step:
        result = training_needs(rencana=rencana, pegawai=pegawai, jabatan=jabatan, semua=semua, **ctx.verb_args(step))
    rows = list(frame_records(result.lines))
    totals = {"Per OPD": result.per_opd, "Per Diklat": result.per_training}  # the budget's sums (README)
    # headed as the plan workbook's Kebutuhan Diklat sheet heads the same table ("Perangkat Daerah (OPD) Tujuan",
    # "Dasar Kebutuhan"; this workbook said "Perangkat Daerah (OPD)", "Dasar"; walk6, h31)
    show_rows(
        ctx, rows, list(TRAINING_FIELDS), TRAINING_TABLE, sheet=SHEET, payload=result.to_json(),
        title="Kebutuhan diklat", limit=200, all_option=False, more=totals, headers=LABELS,
    )  # fmt: skip
    if ctx.output is not None:
        info(f"Daftar kebutuhan diklat ditulis ke {ctx.output}")
    warn_findings(_of_plan(result.findings, rencana), rest="semua temuan: -f json")
    need = int((result.lines["nama_diklat"] != "tidak ada kebutuhan diklat").sum())
    opd_need = int((result.per_opd["kebutuhan"] > 0).sum()) if "kebutuhan" in result.per_opd else len(result.per_opd)
    info(  # the needs' OPDs, of all the movers' target OPDs ("37 kebutuhan … di 50 OPD" for needs in 12)
        f"{result.lines['nip'].nunique()} pegawai dimutasi ke {len(result.per_opd)} OPD tujuan; {need} kebutuhan diklat "
        f"({len(result.per_training)} jenis pelatihan) di {opd_need} OPD."
    )


@command()
def surat(
    rencana: Annotated[Path, typer.Argument(metavar="RENCANA", help="Buku kerja rencana yang sudah diberi Keputusan.")],
    pegawai: Annotated[str, typer.Argument(metavar="PEGAWAI", help="Data pegawai.")],
    jabatan: Annotated[str, typer.Argument(metavar="JABATAN", help="Peta jabatan.")],
    folder: Annotated[Path, typer.Option("--folder", "-d", metavar="<folder>", help="Folder tujuan dokumen (.docx).")],
    aspirasi: Annotated[
        list[Path] | None,
        typer.Option("--aspirasi", help="Formulir aspirasi terisi (berkas/folder) agar surat menyebut aspirasi."),
    ] = None,
    templat: Annotated[
        Path | None,
        typer.Option(
            "--templat", help="Folder templat BKD sendiri (sk_lampiran.docx, petikan.docx, pemberitahuan.docx)."
        ),
    ] = None,
    tmt: Annotated[
        datetime | None,
        typer.Option(
            "--tmt",
            formats=list(DATE_OPTION_FORMATS),
            help=f"TMT mutasi ({DATE_FORMS}) bila buku besar tidak mencatat TMT dari terapkan; bawaan: "
            "awal bulan setelah tanggal SK.",
        ),
    ] = None,
    buku_besar: BukuBesarOpt = None,
    pdf: Annotated[bool, typer.Option("--pdf", help="Juga buat PDF dengan LibreOffice (bila terpasang).")] = False,
    *,
    ctx: Context,
) -> None:
    """Buat lampiran SK, petikan SK dan surat pemberitahuan per pegawai (.docx) dari rencana yang disetujui.

    Hanya usulan yang disetujui (Setuju) di tahap final, seperti yang dipakai terapkan: lembar kerja Persetujuan
    (\\[tata_kelola] tahap_final), atau kolom Keputusan bila rencana tanpa tahap. Kop dan penandatangan diambil dari
    bagian \\[surat] berkas pengaturan (--pengaturan); --templat menunjuk templat BKD sendiri (daftar field: docs/surat.md). Surat
    pemberitahuan menjelaskan pertimbangan mutasi, aspirasi (bila formulir diberikan) dan diklat yang
    direncanakan.

    Nomor dan tanggal SK diambil dari tahap final (Nomor BA/SK, Tanggal) bila diisi; TMT dari buku besar yang
    dicatat terapkan, sehingga surat, data pegawai baru dan buku besar menyebut TMT yang sama.
    """
    from asn_mutasi.api.surat import LETTER_FIELDS, letters

    with progress("Membuat surat") as step:
        result = letters(
            rencana=rencana, pegawai=pegawai, jabatan=jabatan, output=folder, aspirasi=aspirasi or [],
            templat=templat, tmt=tmt.date() if tmt else None, buku_besar=buku_besar, pdf=pdf, overwrite=ctx.overwrite,
            **ctx.verb_args(step),
        )  # fmt: skip
    if result.documents:  # a failed stdout then says the letters are there (hostile10, h29), as rencana's does
        DONE.append(f"{len(result.documents)} dokumen di folder '{folder}'")
    show_rows(
        ctx, result.documents, list(LETTER_FIELDS), LETTER_TABLE, sheet="Dokumen", payload=result.to_json(),
        title="Dokumen", limit=60, all_option=False,
    )  # fmt: skip
    from asn_mutasi.api.surat import FROM_LEDGER

    for note in result.notes:  # where the TMT came from is information (walkthrough, h26); the rest asks a look
        (info if FROM_LEDGER in note else warn)(note)
    warn_findings(_of_plan(result.findings, rencana), rest="semua temuan: -f json")
    from asn_mutasi.formatting import format_number

    info(f"{format_number(len(result.documents))} dokumen ditulis ke {folder}")


def _of_plan(findings: list[Finding], rencana: Path) -> list[Finding]:
    """The findings about the plan workbook's decisions (a stage not final, a decision read blank, …)."""
    return [f for f in findings if f.location.file == rencana.name]
