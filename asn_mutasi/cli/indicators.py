"""``asn-mutasi indikator templat|ikm``: the service-indicator table for ``compare --indikator``."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from asn_mutasi.cli.console import info, warn
from asn_mutasi.cli.options import Context, command, command_group
from asn_mutasi.cli.render import show_rows


@command(fmt=False)
def templat(
    output: Annotated[Path, typer.Option("--keluaran", "-o", "--output", help="Buku kerja tabel indikator (.xlsx).")],
    jabatan: Annotated[
        str | None,
        typer.Argument(
            metavar="[JABATAN]",
            help="Peta jabatan: unit kerjanya menjadi baris templat (satu baris per unit kerja × indikator × periode).",
        ),
    ] = None,
    periode: Annotated[
        list[str] | None,
        typer.Option("--periode", help="Periode (boleh berulang), mis. --periode 2025 --periode 2026."),
    ] = None,
    *,
    ctx: Context,
) -> None:
    """Tulis templat tabel indikator: Unit Kerja, Periode, Indikator, Nilai, Arah (naik baik / turun baik); Perangkat Daerah di depan Unit Kerja bila unit kerja dibedakan per OPD."""
    from asn_mutasi.api.indicators import indicator_template

    result = indicator_template(
        output=output, jabatan=jabatan, periode=periode or (), overwrite=ctx.overwrite, **ctx.verb_args()
    )
    info(f"Templat indikator ditulis ke {result.workbook} ({result.baris} baris untuk diisi)")


#: the survey elements of PermenPANRB 14/2017
IKM_ELEMENTS = 9


def _nrr(text: str) -> float:
    """An NRR argument: a decimal comma as well as a point (``3,25``: copied from an Indonesian spreadsheet)."""
    from asn_mutasi.rollout.indicators import parse_nrr

    value = parse_nrr(text)
    if value is None:
        raise typer.BadParameter(f"'{text}' bukan angka; tulis nilai rata-rata per unsur, mis. 3,25 atau 3.25")
    return value


@command(inputs=False, report=True)
def ikm(
    nrr: Annotated[
        list[float],
        typer.Argument(
            metavar="NRR...", parser=_nrr, help="Nilai rata-rata per unsur (1-4), 9 unsur; mis. 3,25 atau 3.25."
        ),
    ],
    *,
    ctx: Context,
) -> None:
    """Hitung IKM unit pelayanan (PermenPANRB 14/2017): Σ(NRR per unsur × 1/n) × 25 dan mutu pelayanan A–D."""
    from asn_mutasi.api.indicators import compute_ikm

    result = compute_ikm(nrr=nrr)
    if len(nrr) != IKM_ELEMENTS:  # computed as given (an agency may survey fewer), but never silently
        warn(
            f"IKM dihitung dari {len(nrr)} unsur; PermenPANRB 14/2017 menetapkan {IKM_ELEMENTS} unsur "
            "(periksa apakah ada unsur yang terlewat atau berlebih)"
        )
    payload = result.to_json()
    show_rows(ctx, [payload], list(payload), sheet="IKM", payload=payload, title="IKM")
    if ctx.output is not None:
        info(f"Ditulis ke {ctx.output}")


register = command_group(
    "indikator",
    "Indikator layanan per unit (pengaduan, IKM, capaian kinerja, survei pegawai) untuk evaluasi mutasi dengan bandingkan --indikator.",
    templat=templat,
    ikm=ikm,
)
