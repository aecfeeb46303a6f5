"""The ``asn-mutasi`` entry point (console script and ``python -m asn_mutasi``): Ctrl-C and SIGTERM are answered
from the first moment, before the CLI is imported.

Importing the CLI (Typer, rich's help formatter, every command module) takes a few tenths of a second. A Ctrl-C in
that moment printed a Python traceback, and a SIGTERM killed the run without a word (pipes, h30); both now say
"Dibatalkan." and exit 130 / 143 as they do later (docs/exit-codes.md). Nothing is written before the CLI runs, so
there is nothing to clean up. This module imports only the standard library, :mod:`asn_mutasi.errors` and :mod:`asn_mutasi.gc_pause`.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
from typing import NoReturn

from asn_mutasi.errors import raise_terminated, stop_code
from asn_mutasi.gc_pause import hold_start_up


def main() -> None:
    """Import the CLI with the stop signals answered, then run it (:func:`asn_mutasi.cli.app.main`)."""
    unwind_on_sigterm()
    hold_start_up()  # the imports make many long-lived objects and no garbage (asn_mutasi.gc_pause)
    try:
        from asn_mutasi.cli.app import main as run
    except KeyboardInterrupt as exc:
        _stopped(stop_code(exc))
    run()


def _stopped(code: int) -> NoReturn:
    """Say "Dibatalkan." on stderr (when there is one that takes it) and end the process with ``code`` at once."""
    with contextlib.suppress(OSError, ValueError):  # stderr closed, or a pipe whose reader is gone: nothing to tell
        if sys.stderr is not None:
            sys.stderr.write("Dibatalkan.\n")
            sys.stderr.flush()
    os._exit(code)


#: the signals that unwind the run as Ctrl-C does: SIGTERM (a scheduler, ``kill``), SIGHUP (the terminal or SSH
#: session closed), SIGQUIT (Ctrl-\\)
UNWINDING = ("SIGTERM", "SIGHUP", "SIGQUIT")


def unwind_on_sigterm() -> None:
    """SIGTERM, SIGHUP and SIGQUIT unwind the run as Ctrl-C does (:class:`~asn_mutasi.errors.Terminated`): killed
    by default, a run left a complete workbook beside an empty ledger that refused every later run (hostile-input
    campaign, h25), and a closed SSH session (SIGHUP) a workbook whose round no ledger had (hostile22, h36). A signal
    the caller ignores (``nohup`` ignores SIGHUP) stays ignored; SIGTERM is answered whatever its handler."""
    for name in UNWINDING:
        number = getattr(signal, name, None)
        if number is None:  # (not on this platform)
            continue
        with contextlib.suppress(ValueError, OSError):  # (not the main thread of an embedding program)
            if name == "SIGTERM" or signal.getsignal(number) in (signal.SIG_DFL, raise_terminated):
                signal.signal(number, raise_terminated)
