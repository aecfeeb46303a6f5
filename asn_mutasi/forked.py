"""Run one pure function in a forked child process, on the core the calling thread leaves idle.

A thread beside a busy Python caller shares its GIL; rapidfuzz's worker pool does not, but
its threads then compete with the caller for the cores (measured at 100,000 staff: the
plan's preferred-unit batch made the plan 0.35–0.5 s slower while it ran beside it). A
forked child shares neither: it starts with the caller's memory (nothing is pickled on the
way in), computes, and sends its result back through a pipe.

Fork is used only where it is safe and cheap: on platforms that offer the ``fork`` start
method and only when the calling process runs no other Python thread (a lock held by
another thread at the fork would stay locked in the child forever). Otherwise, and when
the child fails or dies, :meth:`ForkedCall.result` returns ``None`` and the caller
computes the value itself: a forked call is only ever a head start, never the only way to
the answer. The child pauses the garbage collector (so it does not copy every page of the
parent it would walk), takes the default action on SIGINT and SIGTERM (a Ctrl-C ends it
with its parent), is killed by the kernel when its parent ends (Linux: a command killed
with SIGTERM or SIGKILL leaves no child computing on), and is terminated by
:meth:`ForkedCall.cancel`.
"""

from __future__ import annotations

import contextlib
import ctypes
import gc
import multiprocessing
import os
import signal
import sys
import threading
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import Any, Generic, TypeVar

T = TypeVar("T")

#: what a child sends when its function raised (the exception itself may hold data: not sent)
_FAILED = "gagal"
#: prctl option: the signal a process gets when its parent ends (linux/prctl.h)
_PR_SET_PDEATHSIG = 1


def fork_available() -> bool:
    """True when a child can be forked safely now: ``fork`` exists and no other Python thread runs."""
    return "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1


def _die_with(parent: int) -> None:
    """Have the kernel end this child when its parent ends (Linux), so a killed command leaves none behind."""
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent:  # the parent ended before that was in place
        os._exit(0)


def _child(conn: Connection, parent: int, func: Callable[..., Any], args: tuple[Any, ...]) -> None:
    gc.disable()  # the inherited heap stays shared: a collection would touch (and copy) all of it
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _die_with(parent)
    try:
        message: tuple[str, Any] = ("ok", func(*args))
    except BaseException:  # the parent computes it again and reports what happens there
        message = (_FAILED, None)
    try:
        conn.send(message)
    except BaseException:  # a value that cannot be pickled (nothing was sent yet), or the parent is gone
        with contextlib.suppress(BaseException):
            conn.send((_FAILED, None))
    finally:
        conn.close()


class ForkedCall(Generic[T]):
    """``func(*args)`` computed in a forked child; see the module docstring."""

    def __init__(self, func: Callable[..., T], *args: Any, name: str = "asn-mutasi-anak") -> None:
        context = multiprocessing.get_context("fork")
        self._conn, sender = context.Pipe(duplex=False)
        self._process = context.Process(target=_child, args=(sender, os.getpid(), func, args), name=name, daemon=True)
        was_enabled = gc.isenabled()
        gc.disable()  # the child starts with the collector off (it never runs one)
        try:
            self._process.start()
        finally:
            sender.close()
            if was_enabled:
                gc.enable()
        self._done = False

    def result(self) -> T | None:
        """The child's value (waiting for it); ``None`` when the child failed, died or was cancelled."""
        if self._done:
            return None
        self._done = True
        try:
            status, value = self._conn.recv()
        except (EOFError, OSError):  # the child died before it sent anything
            status, value = _FAILED, None
        finally:
            self._conn.close()
            self._process.join()
        return value if status == "ok" else None

    def cancel(self) -> None:
        """Terminate the child (if still running) and reap it; later :meth:`result` calls return None."""
        if self._done:
            return
        self._done = True
        self._process.terminate()
        self._process.join()
        self._conn.close()
