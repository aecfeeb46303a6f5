"""A signal ``signals_held`` holds over a handler that is not the CLI's is passed to that handler once the commit is
done: a library caller's own SIGTERM handler, and the write's (``terapkan`` commits inside ``all_or_none``), which
also holds SIGHUP instead of ending the run mid-commit (review23, h36)."""

from __future__ import annotations

import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from asn_mutasi.io.writers import signals_held

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")

ROOT = Path(__file__).resolve().parents[1]


def test_an_own_sigterm_handler_hears_it_after_the_commit() -> None:
    """A worker's graceful-stop handler never heard the SIGTERM held over the commit: the worker ran on."""
    heard: list[int] = []
    previous = signal.signal(signal.SIGTERM, lambda signum, frame: heard.append(signum))
    try:
        with signals_held() as held:
            signal.raise_signal(signal.SIGTERM)
            assert heard == []  # held while the commit runs
        assert held == [signal.SIGTERM]
        assert heard == [signal.SIGTERM]
    finally:
        signal.signal(signal.SIGTERM, previous)


def _run(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)], cwd=ROOT, capture_output=True, text=True, timeout=120,
        check=False, env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
    )  # fmt: skip


@pytest.mark.parametrize("name", ["SIGTERM", "SIGHUP"])
def test_a_signal_held_inside_a_write_ends_the_process_after_the_commit(name: str) -> None:
    """As ``terapkan``'s commit: a hold inside ``all_or_none``. The SIGTERM was swallowed (the process ran on), the
    SIGHUP not held (the process ended inside the commit)."""
    done = _run(
        f"""
        import os, signal
        from asn_mutasi.io.writers import all_or_none, signals_held
        signal.signal(signal.{name}, signal.SIG_DFL)
        with all_or_none() as made:
            with signals_held() as held:
                os.kill(os.getpid(), signal.{name})
                print("committed", flush=True)
                made.keep()
            print("held", len(held), flush=True)
        print("ran on", flush=True)
        """
    )
    assert done.stdout.split() == ["committed"], (done.stdout, done.stderr)
    assert done.returncode == 128 + getattr(signal, name)
