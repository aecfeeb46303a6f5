"""``asn-mutasi sample``: write the synthetic dataset of a fictional regional government."""

from __future__ import annotations

from typing import Annotated

import typer

from asn_mutasi.cli.console import info, progress_bar
from asn_mutasi.cli.options import Context, command
from asn_mutasi.domain.limits import SAMPLE_SIZE, SEED_RANGE


def register(app: typer.Typer) -> None:
    app.command("sample")(sample)


@command(inputs=False, fmt=False)
def sample(
    # text, not a Path: typer turns "-o ''" into "." and the sample went into the current folder
    output: Annotated[str, typer.Option("--keluaran", "-o", "--output", help="Folder tujuan.")],
    pegawai: Annotated[
        int, typer.Option("--pegawai", min=SAMPLE_SIZE[0], max=SAMPLE_SIZE[1], help="Jumlah pegawai.")
    ] = 2000,
    seed: Annotated[
        int,
        typer.Option(
            "--benih",
            "--seed",
            min=SEED_RANGE[0],
            max=SEED_RANGE[1],
            help="Benih acak (angka awal pengacak); benih sama → data sama.",
        ),
    ] = 2026,
    *,
    ctx: Context,
) -> None:
    """Buat data contoh sintetis (pegawai, peta jabatan, ABK, riwayat, usulan, baris bermasalah).

    Data sepenuhnya fiktif (Kabupaten Sukamaju); tidak memuat data orang sungguhan.
    """
    from asn_mutasi.api.sample import SAMPLE_STEPS
    from asn_mutasi.api.sample import make_sample as run_sample

    with progress_bar("Membuat data contoh", len(SAMPLE_STEPS)) as step:
        result = run_sample(output=output, pegawai=pegawai, seed=seed, overwrite=ctx.overwrite, progress=step)
    for p in result.files:
        typer.echo(str(p))
    from asn_mutasi.formatting import format_number as n

    info(f"Data contoh: {n(len(result.data.pegawai))} pegawai, {n(len(result.data.jabatan))} jabatan → {output}")
