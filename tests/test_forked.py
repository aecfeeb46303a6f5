"""A forked call: its value, or None (and the caller computes it) when the child fails, dies or is cancelled."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from asn_mutasi import forked
from asn_mutasi.forked import ForkedCall, SpawnedCall, fork_available

pytestmark = pytest.mark.skipif(not fork_available(), reason="no fork here, or another thread runs")


def _square_sum(values: list[int], offset: int) -> int:
    return sum(v * v for v in values) + offset


def _raise() -> int:
    raise ValueError("NIP 199001012020121001")  # must never cross the pipe


def _die() -> int:
    os._exit(7)


def _sleep() -> int:
    time.sleep(60)
    return 1


def _child_pid() -> int:
    return os.getpid()


def test_the_value_comes_back_from_the_child() -> None:
    call = ForkedCall(_square_sum, [1, 2, 3], 10)
    assert call.result() == 24
    assert call.result() is None  # taken once


def test_the_function_runs_in_another_process() -> None:
    assert ForkedCall(_child_pid).result() not in (None, os.getpid())


def test_an_exception_in_the_child_gives_none_and_sends_nothing_of_it() -> None:
    call = ForkedCall(_raise)
    status, value = call._conn.recv()  # what crossed the pipe
    assert (status, value) == (forked._FAILED, None)
    call._process.join()
    assert call._process.exitcode == 0  # the child reported its failure and ended normally


def test_a_child_that_dies_gives_none() -> None:
    call = ForkedCall(_die)
    assert call.result() is None
    assert call._process.exitcode == 7


def test_cancel_terminates_and_reaps_the_child() -> None:
    call = ForkedCall(_sleep)
    started = time.perf_counter()
    call.cancel()
    assert time.perf_counter() - started < 10
    assert not call._process.is_alive() and call._process.exitcode is not None
    assert call.result() is None
    call.cancel()  # twice is harmless


def test_no_fork_while_another_thread_runs() -> None:
    release = threading.Event()
    worker = threading.Thread(target=release.wait)
    worker.start()
    try:
        assert not fork_available()
    finally:
        release.set()
        worker.join()
    assert fork_available()


def test_no_fork_where_the_platform_has_none(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(forked.multiprocessing, "get_all_start_methods", lambda: ["spawn"])
    assert not fork_available()


def _unpicklable() -> object:
    return lambda: None


def test_a_value_that_cannot_be_sent_gives_none() -> None:
    call = ForkedCall(_unpicklable)
    assert call.result() is None
    assert call._process.exitcode == 0


@pytest.mark.parametrize("kind", ["ForkedCall", "SpawnedCall"])
def test_a_child_ends_with_its_parent(tmp_path: Path, kind: str) -> None:
    """A parent killed outright (SIGKILL: no cleanup runs) takes its child, forked or spawned, with it."""
    script = tmp_path / "parent.py"
    script.write_text(
        "import time\n"
        f"from asn_mutasi.forked import {kind}\n"
        f"call = {kind}(time.sleep, 60)\n"
        "print(call._process.pid, flush=True)\n"
        "time.sleep(60)\n"
    )
    parent = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, text=True)
    assert parent.stdout is not None
    child = int(parent.stdout.readline())
    time.sleep(0.5)
    parent.kill()
    parent.wait()
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and _alive(child):
        time.sleep(0.05)
    assert not _alive(child)


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _until_parent_waits(limit: float) -> str:
    from asn_mutasi import forked as module

    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        if module.parent_waiting():
            return "menunggu"
        time.sleep(0.01)
    return "tidak"


def test_a_spawned_child_answers_without_the_parents_memory() -> None:
    call = SpawnedCall(_square_sum, [1, 2, 3], 10)
    assert call.result() == 24
    assert call.result() is None
    assert SpawnedCall(_child_pid).result() not in (None, os.getpid())


def test_a_spawned_child_learns_that_its_parent_waits() -> None:
    call = SpawnedCall(_until_parent_waits, 30.0)
    time.sleep(0.5)
    assert call._process.poll() is None  # still waiting for the notice
    assert call.result() == "menunggu"


def test_a_failing_or_dying_spawned_child_gives_none_and_prints_nothing() -> None:
    assert SpawnedCall(_raise).result() is None
    assert SpawnedCall(_die).result() is None
    assert SpawnedCall(_unpicklable).result() is None


def test_a_cancelled_spawned_child_is_reaped() -> None:
    call = SpawnedCall(_sleep)
    call.cancel()
    assert call._process.returncode is not None
    assert call.result() is None
