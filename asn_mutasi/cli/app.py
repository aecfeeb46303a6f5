"""The ``asn-mutasi`` Typer application: global options and command registration."""

from __future__ import annotations

import atexit
import contextlib
import errno
import inspect
import io
import os
import sys
import threading
from difflib import get_close_matches
from typing import Annotated, Any, NoReturn

import typer
from typer._click.exceptions import UsageError
from typer.core import TyperGroup

from asn_mutasi import __version__
from asn_mutasi.cli import i18n
from asn_mutasi.cli.console import State, set_verbosity

# Typer's and Click's own texts (usage errors, help panels, type labels) in Bahasa Indonesia
i18n.install()

#: English command name → its Indonesian name. The Indonesian name is the command's name (help,
#: usage lines, "did you mean" suggestions, shell completion, docs); the English name stays
#: accepted as a hidden alias, for scripts and CI (``asn-mutasi check …``). Commands are
#: registered under the English name by their modules and renamed once in :func:`_register`.
COMMAND_NAMES: dict[str, str] = {
    "check": "periksa",
    "match": "cocokkan",
    "assess": "nilai",
    "vacancies": "lowongan",
    "workload": "beban-kerja",
    "plan": "rencana",
    "apply": "terapkan",
    "compare": "bandingkan",
    "sample": "sampel",
}


class IndonesianGroup(TyperGroup):
    """The root command group: lists only the Indonesian command names, accepts the English ones.

    An English alias resolves to its Indonesian command and runs under the Indonesian name, so
    its usage lines and ``--bantuan`` are the Indonesian command's; a mistyped name is matched
    against the Indonesian names and, when none is close, against the English aliases, and the
    suggestion always names the Indonesian command.
    """

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        return super().get_command(ctx, COMMAND_NAMES.get(cmd_name, cmd_name))

    def resolve_command(self, ctx: Any, args: list[str]) -> tuple[str | None, Any, list[str]]:
        try:
            _, cmd, rest = self._click_resolve_command(ctx, args)
        except UsageError as error:
            suggestions = _suggest(args[0], list(self.commands)) if args and self.suggest_commands else []
            if suggestions:  # Click's wording: i18n translates it with every other usage error
                error.message = f"{error.message.rstrip('.')}. Did you mean {', '.join(map(repr, suggestions))}?"
            raise
        return (cmd.name if cmd is not None else None), cmd, rest


def _suggest(typo: str, names: list[str]) -> list[str]:
    """Close Indonesian command names, else the Indonesian names of close English aliases."""
    direct = get_close_matches(typo, names)
    if direct:
        return direct
    return list(dict.fromkeys(COMMAND_NAMES[m] for m in get_close_matches(typo, list(COMMAND_NAMES))))


app = typer.Typer(
    name="asn-mutasi",
    cls=IndonesianGroup,
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
        try:
            typer.echo(f"asn-mutasi {__version__}")
        except BrokenPipeError:  # (``--versi | head -0``) Click would exit 1 for the reader's choice
            from asn_mutasi.cli.render import silence_stdout

            silence_stdout()
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
    "periksa": "asn-mutasi periksa pegawai.xlsx peta_jabatan.xlsx -o pemeriksaan.xlsx",
    "cocokkan": "asn-mutasi cocokkan pegawai.xlsx peta_jabatan.xlsx --jabatan BAPENDA-0007 --teratas 5",
    "nilai": "asn-mutasi nilai pegawai.xlsx peta_jabatan.xlsx usulan_mutasi.csv -o penilaian.xlsx",
    "lowongan": "asn-mutasi lowongan pegawai.xlsx peta_jabatan.xlsx --per unit --horizon 12",
    "beban-kerja": "asn-mutasi beban-kerja pegawai.xlsx peta_jabatan.xlsx --abk abk_tugas.xlsx -o beban_kerja.xlsx",
    "rencana": "asn-mutasi rencana pegawai.xlsx peta_jabatan.xlsx -o rencana.xlsx",
    "terapkan": "asn-mutasi terapkan rencana.xlsx pegawai.xlsx -o pegawai_baru.xlsx --tmt 01-01-2027",
    "bandingkan": "asn-mutasi bandingkan pegawai.xlsx pegawai_baru.xlsx peta_jabatan.xlsx --rencana rencana.xlsx",
    "sampel": "asn-mutasi sampel -o data_contoh --pegawai 500 --benih 7",
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
        info.name = COMMAND_NAMES.get(info.name or "", info.name)
        if info.name in EXAMPLES:
            info.epilog = f"Contoh: {EXAMPLES[info.name]}"
    _reflow_help(app)


def reflowed(text: str) -> str:
    """``text`` with each paragraph on one line: the terminal wraps it at its own width.

    Typer's rich help keeps a docstring's line breaks, so lines broken at 100 characters in the
    source wrapped raggedly in an 80-column terminal ("… biaya per" / "pindah agar" / "pegawai …").
    Paragraphs (separated by a blank line) stay apart.
    """
    paragraphs = [" ".join(line.strip() for line in p.splitlines()) for p in text.strip().split("\n\n")]
    return "\n\n".join(p for p in paragraphs if p)


def _reflow_help(typer_app: typer.Typer) -> None:
    """Every command's help (from its docstring when none is given), and every group's, as :func:`reflowed`."""
    for info in typer_app.registered_commands:
        text = info.help if isinstance(info.help, str) else inspect.getdoc(info.callback) if info.callback else None
        if text:
            info.help = reflowed(text)
    for group in typer_app.registered_groups:
        sub = group.typer_instance
        if sub is None:
            continue
        if isinstance(sub.info.help, str):
            sub.info.help = reflowed(sub.info.help)
        if isinstance(group.help, str):
            group.help = reflowed(group.help)
        _reflow_help(sub)


_register()


def _utf8_stdout() -> None:
    """Write data on stdout as UTF-8 whatever the locale says: on Windows a redirected stdout (``> hasil.csv``) is
    in the ANSI code page (cp1252), and a name outside it ("Nguyễn", a Turkish "ı") ended a CSV halfway with exit 70
    (hostile7, h27). Every file we write is UTF-8 already; stdout now says the same bytes."""
    encoding = (getattr(sys.stdout, "encoding", None) or "").lower().replace("-", "").replace("_", "")
    if encoding and encoding != "utf8" and hasattr(sys.stdout, "reconfigure"):
        with contextlib.suppress(Exception):
            sys.stdout.reconfigure(encoding="utf-8")


def main() -> None:
    """Run the command, then exit without the interpreter's teardown (the console script starts at
    :func:`asn_mutasi.cli.start.main`, which imports this module)."""
    from asn_mutasi.cli.start import unwind_on_sigterm

    if sys.stderr is None:  # started with stderr closed ("2>&-"): Python has none; messages go nowhere
        sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 (kept open to the end)
    if sys.stdout is None:  # stdout closed (">&-"): data written there fails as on a closed descriptor (exit 5)
        sys.stdout = _ClosedStdout()
    try:
        _utf8_stdout()
        unwind_on_sigterm()
        _read_roster_early(sys.argv[1:])
        app(prog_name="asn-mutasi")
    except SystemExit as exc:
        stop = _typer_interrupt(exc)
        if stop is None:
            leave(exc.code)
        _cancelled(stop)
    except KeyboardInterrupt as exc:  # before or after a command's own handling (starting up)
        _cancelled(exc)
    except OSError as exc:  # written outside a command (the version, the help) to a stdout that fails
        from asn_mutasi.cli.errors import stdout_failed

        try:
            leave(stdout_failed(exc))
        except typer.Exit as internal:  # (any other OS error: said as a bug, exit 70)
            leave(internal.exit_code)
    leave(0)


def _typer_interrupt(exc: SystemExit) -> KeyboardInterrupt | None:
    """The Ctrl-C or SIGTERM that Typer turned into a silent exit 130 (``Exit(130) from`` it, then Click's
    ``sys.exit``): one that came while Typer parsed the options, before a command's own handling. A SIGTERM there
    exited 130, not 143, and neither said "Dibatalkan." (pipes, h30). A command's own handling raises its exit
    ``from None``, so its Ctrl-C is not found here twice."""
    raised = exc.__context__
    cause = raised.__cause__ if raised is not None else None
    return cause if isinstance(cause, KeyboardInterrupt) else None


def _cancelled(stop: KeyboardInterrupt) -> NoReturn:
    """Say "Dibatalkan." and leave with 128 + the signal for a SIGTERM, SIGHUP or SIGQUIT
    (:class:`~asn_mutasi.errors.Terminated`), else 130."""
    from asn_mutasi.errors import stop_code

    with contextlib.suppress(OSError, ValueError):  # (a stderr whose reader is gone: nothing left to tell)
        sys.stderr.write("Dibatalkan.\n")
    leave(stop_code(stop))


class _ClosedStdout(io.TextIOBase):
    """stdout when the process started without one: writing data fails (EBADF, said as every output failure is);
    a command whose data goes to ``-o`` never writes here and succeeds."""

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        if not text:
            return 0
        raise OSError(errno.EBADF, "stdout tertutup")

    def fileno(self) -> int:
        raise io.UnsupportedOperation("fileno")


def _read_roster_early(argv: list[str]) -> None:
    """Start reading the command's roster workbook now, while Typer builds the commands (about 0.1 s).

    See :func:`asn_mutasi.cli.options.early_roster_path`: only a line whose roster read cannot change
    with its options, read with the default limits; anything else is left to the command.
    """
    from asn_mutasi.cli.options import EARLY_ROSTER_COMMANDS, early_roster_path

    names = {COMMAND_NAMES.get(n, n) for n in EARLY_ROSTER_COMMANDS} | EARLY_ROSTER_COMMANDS
    path = early_roster_path(argv, names)
    if path is None:
        return
    from asn_mutasi.config import ReadLimits
    from asn_mutasi.io import prefetch

    prefetch.start(path, limits=ReadLimits())


def leave(code: str | int | None) -> NoReturn:
    """End the process with ``code`` as ``sys.exit`` would, skipping the interpreter's final teardown.

    After a 100,000-staff plan the work is done but Python would still spend about half a
    second freeing the roster's and the plan's millions of objects module by module (measured:
    0.60 s from the end of ``main`` to the exit at 100k, 0.05 s with this). Nothing the product
    needs happens there: every file is written and closed by its writer before the command
    returns, stdout and stderr are flushed here, and the ``atexit`` handlers (logging, temporary
    folders) still run. A broken pipe on the last flush is the reader's choice, not an error
    (as :func:`asn_mutasi.cli.render.pipe_safe`). Other threads are waited for first, as the
    interpreter does at exit (``threading._shutdown``: the thread pools' exit hooks, then every
    non-daemon thread joined); without that hook, or off the main thread, the ordinary exit is taken.
    """
    if threading.active_count() > 1:
        shutdown = getattr(threading, "_shutdown", None)
        if shutdown is None or threading.current_thread() is not threading.main_thread():
            sys.exit(code)
        shutdown()
    if code is None:
        status = 0
    elif isinstance(code, int):
        status = code
    else:  # sys.exit("text"): the text on stderr, status 1
        print(code, file=sys.stderr)
        status = 1
    _flush()
    atexit._run_exitfuncs()
    _flush()  # what the handlers printed
    os._exit(status)


def _flush() -> None:
    for stream in (sys.stdout, sys.stderr):
        if stream is None:  # started with the stream closed (">&-"): Python has none
            continue
        with contextlib.suppress(OSError, ValueError):  # a closed pipe or stream: nothing more to deliver
            stream.flush()
