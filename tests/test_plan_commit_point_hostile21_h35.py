"""The plan's commit point is the ledger's commit: the workbook and the ledger's round agree after a stop at any
step of ``_write_and_record`` (hostile21, h35)."""

from __future__ import annotations

import signal
import sqlite3
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

import asn_mutasi as am
from asn_mutasi.errors import Terminated

TANGGAL = date(2026, 11, 1)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("small")
    return {p.name: p for p in am.make_sample(output=folder, pegawai=100, seed=11).files}


@pytest.fixture
def sigterm_unwinds() -> Iterator[None]:
    """SIGTERM raises :class:`Terminated`, as the CLI's entry point sets it (never the test runner killed)."""

    def stop(signum: int, frame: object) -> None:
        raise Terminated

    previous = signal.signal(signal.SIGTERM, stop)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _rounds(ledger: Path) -> int:
    if not ledger.exists():
        return 0
    with sqlite3.connect(ledger) as conn:
        return int(conn.execute("SELECT COUNT(*) FROM catatan WHERE jenis = 'putaran'").fetchone()[0])


def _plan(small: dict[str, Path], out: Path, **kwargs: Any) -> am.PlanResult:
    return am.plan(
        pegawai=small["pegawai.xlsx"], jabatan=small["peta_jabatan.xlsx"], output=out, tanggal=TANGGAL, **kwargs
    )


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM])
def test_a_stop_while_the_ledger_closes_keeps_the_recorded_plan(
    small: dict[str, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sigterm_unwinds: None, signum: int
) -> None:
    """A SIGTERM after the ledger's commit, while it closed, removed the workbook of a round the ledger kept."""
    from asn_mutasi.ledger.store import Ledger

    close = Ledger.close

    def closing(self: Ledger) -> None:
        signal.raise_signal(signum)  # arrives after the commit, as the ledger closes
        close(self)

    monkeypatch.setattr(Ledger, "close", closing)
    out, ledger = tmp_path / "r.xlsx", tmp_path / "bb.sqlite"
    try:
        result = _plan(small, out, buku_besar=ledger)
    except KeyboardInterrupt:
        pytest.fail(f"stopped after the commit: workbook kept {out.exists()}, rounds {_rounds(ledger)}")
    assert result.interrupted and result.workbook == out and result.ledger == ledger
    assert out.is_file() and _rounds(ledger) == 1
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler  # restored


def test_a_stop_just_after_the_workbook_is_in_place_leaves_neither(
    small: dict[str, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A stop between the workbook's rename and the ledger left a workbook whose round no ledger had."""
    import asn_mutasi.io.plan_workbook as plan_workbook

    write = plan_workbook.write_plan_workbook

    def written_then_stopped(*args: Any, **kwargs: Any) -> None:
        write(*args, **kwargs)
        raise KeyboardInterrupt

    monkeypatch.setattr(plan_workbook, "write_plan_workbook", written_then_stopped)
    out, ledger = tmp_path / "r.xlsx", tmp_path / "bb.sqlite"
    with pytest.raises(KeyboardInterrupt):
        _plan(small, out, buku_besar=ledger)
    assert not out.exists() and _rounds(ledger) == 0


def test_a_stop_while_the_workbook_is_written_keeps_the_one_it_would_replace(
    small: dict[str, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With --timpa, the old workbook is not this run's to remove when the new one never took its place."""
    import asn_mutasi.io.plan_workbook as plan_workbook

    out, ledger = tmp_path / "r.xlsx", tmp_path / "bb.sqlite"
    out.write_bytes(b"the old workbook")

    def stopped(*args: Any, **kwargs: Any) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(plan_workbook, "write_plan_workbook", stopped)
    with pytest.raises(KeyboardInterrupt):
        _plan(small, out, buku_besar=ledger, overwrite=True)
    assert out.read_bytes() == b"the old workbook" and _rounds(ledger) == 0


def test_a_stop_just_after_the_commit_is_a_finished_plan(
    small: dict[str, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A SIGTERM right after the round was recorded said "Dibatalkan." (exit 143) naming nothing, the workbook and
    its round kept: 2 runs of 3 at 100,000 employees (run2.py TERM 0 '*sqlite*')."""
    import contextlib

    import asn_mutasi.io.writers as writers

    held = writers.signals_held

    @contextlib.contextmanager
    def recorded_then_stopped() -> Iterator[list[int]]:
        with held() as got:
            yield got
        raise Terminated  # lands the moment the round is recorded and the handlers restored

    monkeypatch.setattr(writers, "signals_held", recorded_then_stopped)
    out, ledger = tmp_path / "r.xlsx", tmp_path / "bb.sqlite"
    try:
        result = _plan(small, out, buku_besar=ledger)
    except KeyboardInterrupt:
        pytest.fail(f"stopped after the commit: workbook kept {out.exists()}, rounds {_rounds(ledger)}")
    assert result.interrupted and result.workbook == out and result.ledger == ledger
    assert out.is_file() and _rounds(ledger) == 1


def test_the_collection_the_pause_owes_runs_before_the_commit(
    small: dict[str, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With the workbook and the round written inside the plan's collector pause, the collection it owed ran just after
    the commit, a window where a SIGTERM said "Dibatalkan." naming nothing (2 runs of 3 at 100,000 employees)."""
    import gc

    import asn_mutasi.api.plan as api_plan

    write = api_plan._write_and_record
    seen: list[bool] = []

    def watched(*args: Any, **kwargs: Any) -> None:
        seen.append(gc.isenabled())
        write(*args, **kwargs)

    monkeypatch.setattr(api_plan, "_write_and_record", watched)
    assert gc.isenabled()
    _plan(small, tmp_path / "r.xlsx", buku_besar=tmp_path / "bb.sqlite")
    assert seen == [True]


def test_the_cli_says_a_held_stop_and_exits_0(
    small: dict[str, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cli_helpers import expect, run

    from asn_mutasi.ledger.store import Ledger

    close = Ledger.close

    def closing(self: Ledger) -> None:
        signal.raise_signal(signal.SIGINT)
        close(self)

    monkeypatch.setattr(Ledger, "close", closing)
    out, ledger = tmp_path / "r.xlsx", tmp_path / "bb.sqlite"
    done = expect(
        run(
            "rencana",
            small["pegawai.xlsx"],
            small["peta_jabatan.xlsx"],
            "-o",
            out,
            "--buku-besar",
            ledger,
            "--tanggal",
            TANGGAL.isoformat(),
        ),
        0,
    )
    assert "rencana diselesaikan dan tercatat di buku besar" in " ".join(done.stderr.split())
    assert out.is_file() and _rounds(ledger) == 1
