"""``asn-mutasi buku-besar putaran|riwayat|verifikasi|ekspor``: the audit ledger for auditors."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from asn_mutasi.cli.console import info, say_finding
from asn_mutasi.cli.options import BukuBesarBacaOpt, ConfigOpt, Context, command, command_group
from asn_mutasi.cli.render import show_rows
from asn_mutasi.errors import EXIT_FINDINGS
from asn_mutasi.findings import Finding
from asn_mutasi.labels import table_columns

ROUND_TABLE = table_columns(
    "id_putaran",
    "waktu",
    "berkas_rencana",
    "pindah",
    "lowongan_terisi",
    "batas_atas_lowongan_terisi",
    "batas_atas_dengan_rotasi",
    "keputusan_dicatat",
    "mutasi_diterapkan",
    "mutasi_ditolak_pemeriksaan_ulang",
    "keputusan_tolak_tunda",
)
HISTORY_TABLE = table_columns(
    "waktu", "id_mutasi", "tahap", "keputusan", "nama_penilai", "tanggal", "nomor_dokumen", "keterangan"
)


@command(inputs=False, report=True)
def putaran(buku_besar: BukuBesarBacaOpt = None, config: ConfigOpt = None, *, ctx: Context) -> None:
    """Daftar putaran rencana: hash data masukan, ringkasan, batas atas, keputusan dan mutasi yang tercatat."""
    from asn_mutasi.api.ledger import ledger_rounds
    from asn_mutasi.ledger.report import ROUND_FIELDS

    result = ledger_rounds(buku_besar=buku_besar, settings=ctx.settings)
    rows = result.to_json()
    show_rows(ctx, rows, list(ROUND_FIELDS), ROUND_TABLE, sheet="Putaran", title="Putaran rencana mutasi")
    info(f"{len(rows)} putaran di {result.ledger_file}")
    _refuse_broken(result.broken)


def _refuse_broken(broken: Finding | None) -> None:
    """A broken hash chain: the rows shown may have been edited outside the tool; said, and exit 1."""
    if broken is not None:
        say_finding(broken, " — isi di atas mungkin telah diubah; periksa dengan 'buku-besar verifikasi'")
        raise typer.Exit(EXIT_FINDINGS)


@command(inputs=False, report=True)
def riwayat(
    nip: Annotated[str, typer.Argument(metavar="NIP", help="NIP pegawai (18 digit).")],
    id_mutasi: Annotated[str | None, typer.Option("--id-mutasi", help="Hanya satu ID Mutasi.")] = None,
    buku_besar: BukuBesarBacaOpt = None,
    config: ConfigOpt = None,
    *,
    ctx: Context,
) -> None:
    """Riwayat satu pegawai: siapa memutuskan di tahap mana, kapan, pada buku kerja dan data pegawai mana (sha256), dan nomor SK."""
    from asn_mutasi.api.ledger import ledger_history
    from asn_mutasi.domain.nip import NipError, normalize_nip
    from asn_mutasi.errors import UsageError
    from asn_mutasi.ledger.report import HISTORY_FIELDS

    try:  # "abc" gave "0 catatan", exit 0: as if the person had no history
        normalize_nip(nip)
    except NipError as exc:
        raise UsageError(f"NIP '{nip}' tidak valid: {exc.alasan}", hint="Tulis NIP 18 digit.") from exc
    result = ledger_history(nip=nip, id_mutasi=id_mutasi, buku_besar=buku_besar, settings=ctx.settings)
    rows = result.to_json()
    show_rows(ctx, rows, list(HISTORY_FIELDS), HISTORY_TABLE, sheet="Riwayat", title=f"Riwayat NIP {nip}")
    info(f"{len(rows)} catatan untuk NIP {nip}")
    _refuse_broken(result.broken)


@command(inputs=False)
def verifikasi(
    buku_besar: BukuBesarBacaOpt = None,
    config: ConfigOpt = None,
    hash_sebelumnya: Annotated[
        list[str] | None,
        typer.Option(
            "--hash-sebelumnya",
            metavar="<hash>",
            help="Hash terakhir yang dicetak pemeriksaan sebelumnya (boleh berulang): bila tidak ada lagi di buku "
            "besar, catatan di ujungnya telah dihapus (rantai saja tidak dapat menunjukkannya) → kode keluar 1.",
        ),
    ] = None,
    *,
    ctx: Context,
) -> None:
    """Periksa rantai hash buku besar; kode keluar 1 dan catatan pertama yang rusak bila ada yang diubah."""
    from asn_mutasi.api.ledger import verify_ledger

    check = verify_ledger(buku_besar=buku_besar, settings=ctx.settings, known=hash_sebelumnya or ())
    payload = check.to_json()
    show_rows(ctx, [payload], list(payload), sheet="Verifikasi", payload=payload, title="Verifikasi")
    if not check.ok:
        for finding in check.findings:
            info(finding.message)
        raise typer.Exit(EXIT_FINDINGS)
    info(f"Rantai hash utuh: {check.jumlah} catatan; hash terakhir {check.hash_terakhir}")


@command(inputs=False, fmt=False)
def ekspor(
    output: Annotated[
        Path, typer.Option("--keluaran", "-o", "--output", help="Buku kerja audit (.xlsx) untuk Inspektorat/BKN.")
    ],
    buku_besar: BukuBesarBacaOpt = None,
    config: ConfigOpt = None,
    *,
    ctx: Context,
) -> None:
    """Ekspor buku besar ke xlsx untuk auditor: putaran, riwayat keputusan, mutasi diterapkan/ditolak, semua catatan dan hasil verifikasi."""
    from asn_mutasi.api.ledger import export_ledger

    check = export_ledger(output=output, buku_besar=buku_besar, overwrite=ctx.overwrite, settings=ctx.settings)
    if check.ok:
        info(f"Ditulis ke {output} ({check.jumlah} catatan; rantai hash utuh)")
        return
    # "2 catatan; rantai hash RUSAK" was said of an export of all 42 records (hostile-input campaign, round 3): the
    # count is of the records checked before the break, and the workbook holds them all
    info(
        f"Ditulis ke {output} (semua catatan); rantai hash RUSAK mulai catatan {check.nomor_rusak}: "
        f"{check.alasan} (lihat lembar kerja Verifikasi)"
    )
    raise typer.Exit(EXIT_FINDINGS)


register = command_group(
    "buku-besar",
    "Buku besar audit (SQLite): putaran rencana, riwayat keputusan per NIP, pemeriksaan rantai hash, ekspor untuk auditor.",
    putaran=putaran,
    riwayat=riwayat,
    verifikasi=verifikasi,
    ekspor=ekspor,
)
