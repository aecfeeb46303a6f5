"""A spawned call: its value, or None (and the caller computes it) when the child fails, dies or is cancelled."""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
import time
from pathlib import Path

import pytest

from asn_mutasi import forked
from asn_mutasi.forked import SpawnedCall

pytestmark = pytest.mark.skipif(os.name != "posix", reason="a spawned child needs POSIX pipes")


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


def _unpicklable() -> object:
    return lambda: None


def test_a_child_ends_with_its_parent(tmp_path: Path) -> None:
    """A parent killed outright (SIGKILL: no cleanup runs) takes its spawned child with it."""
    kind = "SpawnedCall"
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
    call = SpawnedCall(_raise)
    assert call._process.stdout is not None
    status, value = pickle.loads(call._process.stdout.read())  # what crossed the pipe: nothing of the exception
    assert (status, value) == (forked._FAILED, None)
    call._close()
    assert SpawnedCall(_raise).result() is None
    assert SpawnedCall(_die).result() is None
    assert SpawnedCall(_unpicklable).result() is None


def test_a_cancelled_spawned_child_is_reaped() -> None:
    call = SpawnedCall(_sleep)
    call.cancel()
    assert call._process.returncode is not None
    assert call.result() is None
