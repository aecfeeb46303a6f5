"""Run one pure function in a child process, on the core the calling thread leaves idle.

A thread beside a busy Python caller shares its GIL; rapidfuzz's worker pool does not, but
its threads then compete with the caller for the cores (measured at 100,000 staff: the
plan's preferred-unit batch made the plan 0.35–0.5 s slower while it ran beside it). A
child process shares neither. :class:`SpawnedCall` runs a fresh interpreter (``python -m
asn_mutasi.forked``) that gets the function and its arguments pickled: it costs an
interpreter start, but holds nothing of the caller's memory, however long it runs. (A forked
child, tried for the roster facts, was dropped: the pages it and the caller then copied made
the 100k plan slower than computing them in place.)

The child can learn that the caller now waits for it (:func:`parent_waiting`) and use more
cores from then on. When a child fails, dies or is cancelled, ``result()`` returns ``None`` and
the caller computes the value itself: a child is only ever a head start, never the only way to
the answer. A child never prints (its failure is the caller's to report), pauses the garbage
collector, takes the default action on SIGINT (a Ctrl-C ends it with its parent), is killed by
the kernel when its parent ends (Linux; it also ends when its pipe from the parent closes), and
is killed by ``cancel()``.
"""

from __future__ import annotations

import contextlib
import ctypes
import gc
import os
import pickle
import signal
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any, Generic, TypeVar

T = TypeVar("T")

#: what a child sends when its function raised (the exception itself may hold data: not sent)
_FAILED = "gagal"
#: prctl option: the signal a process gets when its parent ends (linux/prctl.h)
_PR_SET_PDEATHSIG = 1


def _die_with(parent: int) -> None:
    """Have the kernel end this child when its parent ends (Linux), so a killed command leaves none behind."""
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent:  # the parent ended before that was in place
        os._exit(0)


#: in a spawned child: set once the parent's notice arrived (see :func:`_serve`)
_notice = threading.Event()


def parent_waiting() -> bool:
    """In a child: True once the parent waits for the result (a long job may then use more cores). Else False."""
    return _notice.is_set()


def _settle(parent: int) -> None:
    """What every child does first: no collector (the child is short-lived), default SIGINT/SIGTERM, and end
    with its parent."""
    gc.disable()
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _die_with(parent)


def _answer(compute: Callable[[], Any]) -> bytes:
    """The child's answer, pickled: ``("ok", value)``, or the failure when ``compute`` raised or its value
    cannot be pickled (the exception itself may hold data: it is not sent; the parent computes the value again)."""
    try:
        return pickle.dumps(("ok", compute()), protocol=pickle.HIGHEST_PROTOCOL)
    except BaseException:
        return pickle.dumps((_FAILED, None))


class SpawnedCall(Generic[T]):
    """``func(*args)`` computed in a fresh interpreter (``python -m asn_mutasi.forked``); POSIX only.

    It holds no snapshot of the caller's memory however long it runs, and it is safe with
    threads running. ``func`` (module level, or a ``functools.partial`` of one) and
    ``args`` are pickled into an unnamed temporary file that is the child's stdin (the caller
    never blocks on a pipe while the child starts); the answer comes back on the child's
    stdout. A second pipe carries the caller's notice that it waits (:func:`parent_waiting`)
    and its end: the child exits when the caller is gone. Nothing of a failure is printed;
    :meth:`result` then returns ``None``. Raises ``OSError`` when no child can be started.
    """

    def __init__(self, func: Callable[..., T], *args: Any) -> None:
        import subprocess
        import tempfile

        payload = pickle.dumps((func, args), protocol=pickle.HIGHEST_PROTOCOL)
        notice_read, self._notice = os.pipe()
        try:
            with tempfile.TemporaryFile() as stdin:
                stdin.write(payload)
                stdin.seek(0)
                # the caller's import path, so the child finds this package and ``func`` where the caller did
                path = [str(Path(__file__).resolve().parents[1]), *(p or os.getcwd() for p in sys.path)]
                env = dict(os.environ, PYTHONPATH=os.pathsep.join(path))
                self._process = subprocess.Popen(
                    [sys.executable, "-m", "asn_mutasi.forked", str(notice_read), str(os.getpid())],
                    stdin=stdin,
                    env=env,
                    stdout=subprocess.PIPE,
                    stderr=subprocess.DEVNULL,
                    pass_fds=(notice_read,),
                )
        except BaseException:
            os.close(self._notice)
            raise
        finally:
            os.close(notice_read)
        self._done = False

    def result(self) -> T | None:
        """The child's value (waiting for it); ``None`` when the child failed, died or was cancelled."""
        if self._done:
            return None
        self._done = True
        assert self._process.stdout is not None
        with contextlib.suppress(OSError):  # the child may be done and gone already
            os.write(self._notice, b"w")
        try:
            status, value = pickle.loads(self._process.stdout.read())
        except Exception:
            status, value = _FAILED, None
        finally:
            self._close()
        return value if status == "ok" else None

    def cancel(self) -> None:
        """Kill the child (if still running) and reap it; later :meth:`result` calls return None."""
        if self._done:
            return
        self._done = True
        self._process.kill()
        self._close()

    def _close(self) -> None:
        with contextlib.suppress(OSError):
            os.close(self._notice)
        if self._process.stdout is not None:
            self._process.stdout.close()
        self._process.wait()


def _serve(notice_fd: int, parent: int) -> None:
    """The spawned child: read the call from stdin, answer on stdout (see :class:`SpawnedCall`)."""
    _settle(parent)

    def listen() -> None:
        with contextlib.suppress(OSError):
            if os.read(notice_fd, 1):
                _notice.set()
                os.read(notice_fd, 1)  # then wait for the end of the pipe
        os._exit(0)  # the caller is gone (or done with us): nothing more to do

    def compute() -> Any:
        func, args = pickle.loads(sys.stdin.buffer.read())
        threading.Thread(target=listen, daemon=True).start()
        return func(*args)

    out = sys.stdout.buffer
    sys.stdout = sys.stderr  # nothing the work prints may reach the answer
    data = _answer(compute)
    with contextlib.suppress(OSError):
        out.write(data)
        out.flush()
    os._exit(0)


if __name__ == "__main__":  # run as ``python -m asn_mutasi.forked``: serve from the module itself, not __main__
    from asn_mutasi import forked as _module

    _module._serve(int(sys.argv[1]), int(sys.argv[2]))
