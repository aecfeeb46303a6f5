"""Exceptions → a short Bahasa Indonesia message on stderr and the documented exit code.

Tracebacks never show local variables (they would print personal data) and appear only with ``-vv``.
"""

from __future__ import annotations

import errno
import functools
import io
import os
import sys
import traceback
from collections.abc import Callable
from typing import NoReturn, ParamSpec, TypeVar

import typer

from asn_mutasi.cli.console import State, err_console, escape, plain
from asn_mutasi.errors import EXIT_INTERNAL, EXIT_USAGE, AsnMutasiError, UsageError

P = ParamSpec("P")
R = TypeVar("R")


def handle_errors(func: Callable[P, R]) -> Callable[P, R]:
    """Translate exceptions into a message on stderr and the documented exit code."""

    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        DONE.clear()  # what this command writes, not what an earlier one in the same process did
        try:
            return func(*args, **kwargs)
        except typer.Exit:
            raise
        except BrokenPipeError:
            _silence_stdout()
            raise typer.Exit(0) from None
        except UsageError as exc:
            err_console().print(f"[red]Kesalahan penggunaan:[/red] {escape(exc.message)}")
            raise typer.Exit(EXIT_USAGE) from None
        except AsnMutasiError as exc:
            console = err_console()
            # messages quote paths and headers, which may contain [brackets]: never markup
            console.print(f"[red]Gagal:[/red] {escape(exc.message)}")
            if exc.hint:
                console.print(f"Saran: {plain(exc.hint)}", markup=False)  # a hint quotes headers: no ESC passes
            raise typer.Exit(exc.exit_code) from None
        except KeyboardInterrupt as exc:
            from asn_mutasi.errors import stop_code

            # a stop after a workbook or a ledger record was written keeps them: say so, not as if nothing was done
            # (a Ctrl-C while rencana printed its table left the workbook and its round; review2, h30)
            done = f" Yang sudah selesai ditulis dan tetap ada: {'; '.join(DONE)}." if DONE else ""
            err_console().print(f"Dibatalkan.{done}", markup=False)
            raise typer.Exit(stop_code(exc)) from None
        except OSError as exc:
            raise typer.Exit(stdout_failed(exc)) from None
        except Exception as exc:  # last line of defence: never a raw traceback
            _internal(exc)

    return wrapper


#: the errors a write to stdout meets that are the stream's, not a bug: a full disk or quota, a closed descriptor,
#: a device error, a file size limit
_STDOUT_ERRNOS = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EBADF, errno.EIO, errno.EFBIG})


#: what the running command has written and kept before its data went to stdout (a workbook, a ledger record): a
#: failed stdout then says they are there, not as if nothing was done (review8, h28)
DONE: list[str] = []


def stdout_failed(exc: OSError) -> int:
    """Say a failed write of the data to stdout (a full disk "> /dev/full", stdout closed ">&-"; no bug) and return
    its exit code (5), naming what was written already (:data:`DONE`); any other unexpected OS error is said as a
    bug (:func:`_internal`)."""
    if not _stdout_failure(exc):
        _internal(exc)
    from asn_mutasi.errors import EXIT_OUTPUT, os_reason

    done = f" Yang sudah selesai ditulis: {'; '.join(DONE)}." if DONE else ""
    err_console().print(
        f"[red]Gagal:[/red] keluaran tidak dapat ditulis ke stdout: {escape(os_reason(exc))}.{escape(done)}"
    )
    _silence_stdout()  # (the last flush must not fail again)
    return EXIT_OUTPUT


def _stdout_failure(exc: OSError) -> bool:
    """Whether ``exc`` is a failed write of the data to stdout (no file named, one of :data:`_STDOUT_ERRNOS`)."""
    return exc.filename is None and exc.errno in _STDOUT_ERRNOS


def _internal(exc: BaseException) -> NoReturn:
    """Say an unexpected error as a bug (exit 70), its traceback only with ``-vv`` (no local variables)."""
    console = err_console()
    console.print(
        f"[red]Kesalahan internal[/red] ({type(exc).__name__}). Ini bug pada asn-mutasi, bukan pada data Anda. "
        "Jalankan ulang dengan -vv untuk rincian teknis dan laporkan."
    )
    if State.verbosity >= 2:
        # plain traceback: no local variables, so no personal data from the frames
        trace = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
        console.print(plain(trace), markup=False)
    raise typer.Exit(EXIT_INTERNAL) from None


def _silence_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, io.UnsupportedOperation):
        pass
