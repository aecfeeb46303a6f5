"""``signals_held`` (the commit point of ``plan`` and ``terapkan``) as a library caller meets it: a signal the process
ignores stays ignored, a held SIGTERM over the default action still ends the process once the commit is done, and a
hold inside another passes its signal on (review21, h36)."""

from __future__ import annotations

import signal
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

import asn_mutasi as am
from asn_mutasi.io.writers import signals_held

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def ignored() -> Iterator[None]:
    """SIGINT and SIGTERM ignored, as a job started with ``&`` by a script (or ``nohup`` with ``trap '' TERM``)."""
    before = {n: signal.signal(n, signal.SIG_IGN) for n in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for number, handler in before.items():
            signal.signal(number, handler)


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM])
def test_an_ignored_signal_is_no_stop_to_report(ignored: None, signum: int) -> None:
    """An ignored Ctrl-C was taken over by the hold and reported: the plan said "Penghentian diterima"."""
    with signals_held() as held:
        signal.raise_signal(signum)
    assert held == []
    assert signal.getsignal(signum) is signal.SIG_IGN


def test_an_ignored_signal_leaves_the_plan_uninterrupted(
    ignored: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from asn_mutasi.ledger.store import Ledger

    files = {p.name: p for p in am.make_sample(output=tmp_path / "in", pegawai=100, seed=5).files}
    close = Ledger.close

    def closing(self: Ledger) -> None:
        signal.raise_signal(signal.SIGINT)  # ignored by the process, as the ledger closes
        close(self)

    monkeypatch.setattr(Ledger, "close", closing)
    out, ledger = tmp_path / "r.xlsx", tmp_path / "bb.sqlite"
    result = am.plan(
        pegawai=files["pegawai.xlsx"], jabatan=files["peta_jabatan.xlsx"], output=out, tanggal=date(2026, 11, 1),
        buku_besar=ledger,
    )  # fmt: skip
    assert result.ledger == ledger and out.is_file()
    assert not result.interrupted


def test_a_held_sigterm_over_the_default_action_ends_the_process_after_the_commit() -> None:
    """A library caller with no SIGTERM handler (a worker its scheduler stops): the hold swallowed the SIGTERM and
    the process ran on; now the commit finishes and the default action ends it."""
    code = textwrap.dedent(
        """
        import os, signal
        from asn_mutasi.io.writers import signals_held
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        with signals_held() as held:
            os.kill(os.getpid(), signal.SIGTERM)
            print("committed", flush=True)
        print("ran on", flush=True)
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120, check=False,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
    )  # fmt: skip
    assert done.stdout.split() == ["committed"], done.stderr
    assert done.returncode == -signal.SIGTERM


def test_a_hold_inside_another_passes_its_signal_on() -> None:
    """The inner hold restored the outer one's handler and kept the signal: the outer caller never heard of it."""
    with signals_held() as outer:
        with signals_held() as inner:
            signal.raise_signal(signal.SIGINT)
            signal.raise_signal(signal.SIGINT)  # a second one while held
        assert inner == [signal.SIGINT, signal.SIGINT]
    assert outer == [signal.SIGINT]
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler


@pytest.mark.skipif(not hasattr(signal, "SIGHUP"), reason="no SIGHUP on this platform")
def test_a_dropped_session_during_the_commit_ends_the_run_after_it() -> None:
    """A SIGHUP (the SSH session dropped) killed the run inside the ledger's commit, after the plan workbook was in
    place: a workbook whose round no ledger had. Held over its default action, it ends the run once committed."""
    code = textwrap.dedent(
        """
        import os, signal
        from asn_mutasi.io.writers import signals_held
        signal.signal(signal.SIGHUP, signal.SIG_DFL)
        with signals_held():
            os.kill(os.getpid(), signal.SIGHUP)
            print("committed", flush=True)
        print("ran on", flush=True)
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120, check=False,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
    )  # fmt: skip
    assert done.stdout.split() == ["committed"], done.stderr
    assert done.returncode == -signal.SIGHUP


def test_an_own_handler_of_sighup_is_kept() -> None:
    """Only the default action of SIGHUP is held: an application's own handler still hears it at once."""
    heard: list[int] = []
    previous = signal.signal(signal.SIGHUP, lambda signum, frame: heard.append(signum))
    try:
        with signals_held() as held:
            signal.raise_signal(signal.SIGHUP)
            assert heard == [signal.SIGHUP]
        assert held == []
    finally:
        signal.signal(signal.SIGHUP, previous)
