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
    add_completion=False,
    pretty_exceptions_show_locals=False,
    rich_markup_mode="rich",
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"asn-mutasi {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    verbose: Annotated[
        int, typer.Option("--verbose", "-v", count=True, help="Tampilkan langkah (-v) atau rincian teknis (-vv).")
    ] = 0,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Hanya tampilkan kesalahan.")] = False,
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Tampilkan versi.")
    ] = False,
) -> None:
    """Perencanaan mutasi ASN."""
    State.verbosity = 0
    set_verbosity(verbose, quiet)


def _register() -> None:
    from asn_mutasi.cli import apply_compare, check, match_assess, plan, sample, vacancies_workload

    for module in (check, match_assess, vacancies_workload, plan, apply_compare, sample):
        module.register(app)


_register()


def main() -> None:
    """Console-script entry point."""
    app(prog_name="asn-mutasi")
