"""``asn-mutasi sample``: write the synthetic dataset of a fictional regional government."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from asn_mutasi.cli.common import OverwriteOpt, handle_errors, info


def register(app: typer.Typer) -> None:
    app.command("sample")(sample)


@handle_errors
def sample(
    output: Annotated[Path, typer.Option("--output", "-o", help="Folder tujuan.")],
    pegawai: Annotated[int, typer.Option("--pegawai", min=100, max=500_000, help="Jumlah pegawai.")] = 2000,
    seed: Annotated[int, typer.Option("--seed", help="Benih acak; benih sama → data sama.")] = 2026,
    overwrite: OverwriteOpt = False,
) -> None:
    """Buat data contoh sintetis (pegawai, peta jabatan, ABK, riwayat, usulan, baris bermasalah).

    Data sepenuhnya fiktif (Kabupaten Sukamaju); tidak memuat data orang sungguhan.
    """
    from asn_mutasi.io.sample_writer import write_sample
    from asn_mutasi.sample import generate_sample

    data = generate_sample(n_pegawai=pegawai, seed=seed)
    output.mkdir(parents=True, exist_ok=True)
    paths = write_sample(data, output, overwrite=overwrite)
    for p in paths:
        typer.echo(str(p))
    info(f"Data contoh: {len(data.pegawai)} pegawai, {len(data.jabatan)} jabatan → {output}")
