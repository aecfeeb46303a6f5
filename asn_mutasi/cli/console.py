"""stderr for people: messages, warnings, progress steps and the spinner (stdout carries the product only).

rich is imported when something is printed, not at start-up: a quiet run (``-q``, output to a
file or CSV) never needs it.
"""

from __future__ import annotations

import contextlib
import functools
import io
import logging
import os
import re
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import IO, TYPE_CHECKING

if TYPE_CHECKING:
    from rich.console import Console

    from asn_mutasi.api.inputs import World
    from asn_mutasi.findings import Finding


class State:
    """Global flags set by -q / -v (before or after the command name)."""

    verbosity: int = 0  # -1 quiet, 0 default, 1 -v, 2 -vv
    started: float = time.perf_counter()  #: when the run started (step timings count from here)


def set_verbosity(verbose: int, quiet: bool) -> None:
    """Apply -q / -v / -vv: messages on stderr and the logging level of ``asn_mutasi`` (-vv: debug)."""
    State.verbosity = -1 if quiet else max(verbose, State.verbosity if State.verbosity > 0 else 0)
    level = {-1: logging.ERROR, 0: logging.WARNING, 1: logging.INFO}.get(State.verbosity, logging.DEBUG)
    logger = logging.getLogger("asn_mutasi")
    logger.setLevel(level)
    if not any(isinstance(h, _StderrHandler) for h in logger.handlers):
        handler = _StderrHandler()
        handler.setFormatter(logging.Formatter("[rinci] %(name)s: %(message)s"))
        logger.addHandler(handler)
        logger.propagate = False


class _StderrHandler(logging.Handler):
    """Log records on whatever ``sys.stderr`` is at the time (a test runner swaps it per run)."""

    def emit(self, record: logging.LogRecord) -> None:
        with contextlib.suppress(OSError, ValueError):  # stderr closed: nothing left to tell
            sys.stderr.write(self.format(record) + "\n")


#: control characters (C0 but tab and newline, DEL, C1): from an input they could drive the analyst's terminal
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def plain(text: str) -> str:
    """``text`` printed without markup, its control characters shown as ``\ufffd`` (see :func:`escape`)."""
    return _CONTROL.sub("\ufffd", text)


def escape(text: str) -> str:
    """``rich.markup.escape``: text shown as it is inside rich markup (``[…]`` is not a style), its control
    characters (an ANSI escape in a name, say) shown as ``\ufffd`` instead of reaching the terminal."""
    from rich.markup import escape as rich_escape

    return rich_escape(plain(text))


def err_console() -> Console:
    """A rich console on stderr (NO_COLOR honoured by rich); a closed stderr drops the messages
    (:func:`console_type`)."""
    return console_type()(stderr=True, highlight=False, soft_wrap=True)


def out_console() -> Console:
    """A rich console on stdout, 200 columns when piped; a closed stdout drops the rest of the product
    (:func:`console_type`)."""
    return console_type()(file=sys.stdout, highlight=False, soft_wrap=False, width=None if sys.stdout.isatty() else 200)


@functools.cache
def console_type() -> type[Console]:
    """rich's ``Console`` with our answer to a reader that went away (``… | head``): the rest of what this console
    writes goes nowhere (its stream pointed at /dev/null) and the run goes on to its own end and exit code.

    rich's own answer ends the process: it points stdout at /dev/null and raises ``SystemExit(1)``, whichever stream
    broke. A table on stdout cut by ``| head -1`` then exited 1 without its summary, and a closed stderr (``2>&1 |
    head``, ``-v`` into a pager quit early) ended the run at its first message, before the data and before the
    workbook was written, with exit 1 (pipes, h30). Typer's help and usage errors print with this class too
    (:mod:`asn_mutasi.cli.i18n`).
    """
    from rich.console import Console

    class PipeConsole(Console):
        def on_broken_pipe(self) -> None:
            self.quiet = True
            _silence(self.file)

    return PipeConsole


def _silence(stream: IO[str]) -> None:
    """Point ``stream``'s descriptor at /dev/null: what is buffered or written later goes nowhere, without an error."""
    with contextlib.suppress(OSError, ValueError, io.UnsupportedOperation):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, stream.fileno())
        os.close(devnull)


def info(message: str) -> None:
    """Print a message on stderr unless -q."""
    if State.verbosity >= 0:
        err_console().print(plain(message), markup=False)


def warn(message: str) -> None:
    if State.verbosity >= 0:
        err_console().print(f"[yellow]Peringatan:[/yellow] {escape(message)}")


def say_finding(f: Finding, suffix: str = "") -> None:
    """One finding on stderr as :func:`finding_line`, headed by its severity: "Galat:" for an error (a beban-kerja
    error read "Peringatan:" while the workbook said galat), "Peringatan:" otherwise."""
    from asn_mutasi.findings import Severity

    if State.verbosity < 0:
        return
    if f.severity is Severity.ERROR:
        err_console().print(f"[red]Galat:[/red] {escape(finding_line(f) + suffix)}")
    else:
        warn(finding_line(f) + suffix)


def finding_line(f: Finding) -> str:
    """One finding as a line for stderr: ``[code] where: message`` (``[code] message`` without a place)."""
    from asn_mutasi.findings import option_hint

    where, message = f.location.describe(), option_hint(f)  # (the option only here, the workbook says it in words)
    return f"[{f.code}] {where}: {message}" if where else f"[{f.code}] {message}"


def warn_findings(findings: Iterable[Finding], *, shown: int = 10, rest: str = "") -> None:
    """The findings that are no mere information, one :func:`finding_line` each on stderr; past ``shown`` they are
    counted (``rest`` says where the others are).

    Errors first, then warnings; within each, the first finding of every code before the repeats of any: one
    "rencana-sudah-diterapkan" was the 338th line after 337 dated-in-the-future approvals, counted away unseen
    (walkthrough)."""
    from asn_mutasi.findings import Severity

    serious = [f for f in findings if f.severity is not Severity.INFO]
    seen: set[str] = set()
    first = [f.code not in seen and not seen.add(f.code) for f in serious]  # type: ignore[func-returns-value]
    order = sorted(range(len(serious)), key=lambda i: (-serious[i].severity.rank, not first[i], i))
    serious = [serious[i] for i in order]
    for f in serious[:shown]:
        say_finding(f)
    if len(serious) > shown:
        warn(f"… dan {len(serious) - shown} temuan lain" + (f" ({rest})" if rest else "") + ".")


def warn_input_findings(world: World, where: str | None = None) -> None:
    """Warn of the errors and warnings of a command's inputs and the position rows left out, counted in one stderr
    line (nothing when there are none): commands that show a result table (rencana, lowongan, cocokkan) list no
    findings, so a position table without units planned nothing without a word. ``where``: where the analyst finds
    them one by one (a report's :data:`~asn_mutasi.schema.PROBLEMS_SHEET`)."""
    from asn_mutasi.findings import Severity
    from asn_mutasi.formatting import format_number
    from asn_mutasi.validation import EXCLUDED

    errors = sum(1 for f in world.findings if f.severity is Severity.ERROR)
    warnings = sum(1 for f in world.findings if f.severity is Severity.WARNING)
    table = world.inputs.positions
    status = table.frame["_status"] if table is not None and "_status" in table.frame.columns else None
    left_out = int((status == EXCLUDED).sum()) if status is not None else 0  # (merged lines were used)
    if not errors and not warnings and not left_out:
        return
    warn(
        f"Temuan data masukan: {format_number(errors)} galat, {format_number(warnings)} peringatan; "
        f"{format_number(left_out)} baris peta jabatan tidak dipakai. Rinciannya: "
        + (f"{where}, atau " if where else "")
        + "'asn-mutasi periksa' dengan berkas yang sama."
    )


def step(message: str) -> None:
    """A progress step, shown with -v, with the seconds since the run started."""
    if State.verbosity >= 1:
        elapsed = time.perf_counter() - State.started
        err_console().print(f"[dim]· {elapsed:6.2f} s  {escape(message)}[/dim]")


@contextmanager
def progress(description: str) -> Iterator[Callable[[str], None]]:
    """A spinner on stderr (only when stderr is a terminal); yields a step callback."""
    if not sys.stderr.isatty() or State.verbosity < 0:
        yield step
        return
    console = err_console()
    with console.status(description) as status:

        def update(message: str) -> None:
            status.update(f"{description} — {message}")
            step(message)

        yield update


@contextmanager
def progress_bar(description: str, steps: int) -> Iterator[Callable[[str], None]]:
    """A rich progress bar over ``steps`` known steps on stderr (only when stderr is a terminal).

    Yields a callback taking each step's description as it starts; off a terminal (or -q)
    it is the plain :func:`step` (shown with -v).
    """
    if not sys.stderr.isatty() or State.verbosity < 0:
        yield step
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    columns = (SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn())
    with Progress(*columns, TimeElapsedColumn(), console=err_console(), transient=True) as bar:
        task = bar.add_task(description, total=steps)
        started = [False]

        def update(message: str) -> None:
            if started[0]:
                bar.advance(task)
            started[0] = True
            bar.update(task, description=f"{description} — {message}")
            step(message)

        yield update
        bar.update(task, completed=steps)
