"""The ``asn-mutasi`` Typer application: global options and command registration."""

from __future__ import annotations

from typing import Annotated

import typer

from asn_mutasi import __version__
from asn_mutasi.cli import i18n
from asn_mutasi.cli.console import State, set_verbosity

# Typer's and Click's own texts (usage errors, help panels, type labels) in Bahasa Indonesia
i18n.install()

app = typer.Typer(
    name="asn-mutasi",
    help=(
        "Perencanaan mutasi ASN untuk BKD/BKPSDM: baca data SIMPEG/SIASN dan peta jabatan, periksa mutu data, "
        "cocokkan pendidikan dan pengalaman, hitung lowongan dan beban kerja, susun rencana mutasi optimal."
    ),
    no_args_is_help=True,
    add_completion=True,
    pretty_exceptions_show_locals=False,
    rich_markup_mode="rich",
    context_settings={"help_option_names": i18n.HELP_OPTION_NAMES},
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"asn-mutasi {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    verbose: Annotated[
        int,
        typer.Option(
            "--rinci", "-v", "--verbose", count=True, help="Tampilkan langkah (-v) atau rincian teknis (-vv)."
        ),
    ] = 0,
    quiet: Annotated[bool, typer.Option("--senyap", "-q", "--quiet", help="Hanya tampilkan kesalahan.")] = False,
    version: Annotated[
        bool, typer.Option("--versi", "--version", callback=_version, is_eager=True, help="Tampilkan versi.")
    ] = False,
) -> None:
    """Perencanaan mutasi ASN."""
    State.verbosity = 0
    set_verbosity(verbose, quiet)


#: one worked example per command, shown at the end of its --help (on the shipped sample data)
EXAMPLES: dict[str, str] = {
    "check": "asn-mutasi check pegawai.xlsx peta_jabatan.xlsx -o pemeriksaan.xlsx",
    "match": "asn-mutasi match pegawai.xlsx peta_jabatan.xlsx --jabatan BAPENDA-0007 --teratas 5",
    "assess": "asn-mutasi assess pegawai.xlsx peta_jabatan.xlsx usulan_mutasi.csv -o penilaian.xlsx",
    "vacancies": "asn-mutasi vacancies pegawai.xlsx peta_jabatan.xlsx --per unit --horizon 12",
    "workload": "asn-mutasi workload pegawai.xlsx peta_jabatan.xlsx --abk abk_tugas.xlsx -o beban_kerja.xlsx",
    "plan": "asn-mutasi plan pegawai.xlsx peta_jabatan.xlsx -o rencana.xlsx",
    "apply": "asn-mutasi apply rencana.xlsx pegawai.xlsx -o pegawai_baru.xlsx --tmt 01-01-2027",
    "compare": "asn-mutasi compare pegawai.xlsx pegawai_baru.xlsx peta_jabatan.xlsx --rencana rencana.xlsx",
    "sample": "asn-mutasi sample -o data_contoh --pegawai 500 --benih 7",
    "aspirasi-formulir": "asn-mutasi aspirasi-formulir pegawai.xlsx peta_jabatan.xlsx -d formulir --per-opd",
    "aspirasi-baca": "asn-mutasi aspirasi-baca pegawai.xlsx peta_jabatan.xlsx formulir -o aspirasi.xlsx",
    "diklat": "asn-mutasi diklat rencana.xlsx pegawai.xlsx peta_jabatan.xlsx -o kebutuhan_diklat.xlsx",
    "surat": "asn-mutasi surat rencana.xlsx pegawai.xlsx peta_jabatan.xlsx -d surat --aspirasi formulir --pdf",
}


def _register() -> None:
    from asn_mutasi.cli import (
        apply_compare,
        aspirasi,
        check,
        indicators,
        ledger,
        match_assess,
        plan,
        proposals,
        sample,
        surat_diklat,
        vacancies_workload,
    )

    for module in (
        check,
        match_assess,
        proposals,
        vacancies_workload,
        aspirasi,
        plan,
        apply_compare,
        surat_diklat,
        ledger,
        indicators,
        sample,
    ):
        module.register(app)
    for info in app.registered_commands:
        if info.name in EXAMPLES:
            info.epilog = f"Contoh: {EXAMPLES[info.name]}"


_register()


def main() -> None:
    """Console-script entry point."""
    app(prog_name="asn-mutasi")
