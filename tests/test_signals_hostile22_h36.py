"""SIGHUP (the terminal or SSH session closed) and SIGQUIT unwind a run as SIGTERM does, and are held while a result
is committed: a session dropped mid-plan killed the run at once, and one dropped between the workbook's rename and
the ledger's commit left a workbook whose round no ledger had (hostile22, h36)."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

import asn_mutasi as am
from asn_mutasi.errors import Terminated

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")

TANGGAL = date(2026, 11, 1)
ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("small")
    return {p.name: p for p in am.make_sample(output=folder, pegawai=100, seed=11).files}


@pytest.fixture
def sighup_unwinds() -> Iterator[None]:
    """SIGHUP raises :class:`Terminated`, as the CLI's entry point sets it (never the test runner hung up)."""

    from asn_mutasi.errors import raise_terminated

    previous = signal.signal(signal.SIGHUP, raise_terminated)
    try:
        yield
    finally:
        signal.signal(signal.SIGHUP, previous)


def _rounds(ledger: Path) -> int:
    if not ledger.exists():
        return 0
    with sqlite3.connect(ledger) as conn:
        return int(conn.execute("SELECT COUNT(*) FROM catatan WHERE jenis = 'putaran'").fetchone()[0])


def test_a_hangup_while_the_ledger_commits_is_held(
    small: dict[str, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sighup_unwinds: None
) -> None:
    """A SIGHUP while the round was recorded was not held: the ledger kept the round and the workbook was removed."""
    from asn_mutasi.ledger.store import Ledger

    close = Ledger.close

    def closing(self: Ledger) -> None:
        signal.raise_signal(signal.SIGHUP)  # the SSH session drops as the ledger closes
        close(self)

    monkeypatch.setattr(Ledger, "close", closing)
    out, ledger = tmp_path / "r.xlsx", tmp_path / "bb.sqlite"
    try:
        result = am.plan(
            pegawai=small["pegawai.xlsx"],
            jabatan=small["peta_jabatan.xlsx"],
            output=out,
            buku_besar=ledger,
            tanggal=TANGGAL,
        )
    except KeyboardInterrupt:
        pytest.fail(f"stopped in the commit: workbook kept {out.exists()}, rounds {_rounds(ledger)}")
    assert result.interrupted and out.is_file() and _rounds(ledger) == 1


def test_an_ignored_hangup_stays_ignored_while_held() -> None:
    """Under ``nohup`` SIGHUP is ignored: holding it would report a finished run as interrupted."""
    from asn_mutasi.io.writers import signals_held

    previous = signal.signal(signal.SIGHUP, signal.SIG_IGN)
    try:
        with signals_held() as held:
            assert signal.getsignal(signal.SIGHUP) is signal.SIG_IGN
            signal.raise_signal(signal.SIGHUP)
        assert held == [] and signal.getsignal(signal.SIGHUP) is signal.SIG_IGN
    finally:
        signal.signal(signal.SIGHUP, previous)


def _caught(pid: int) -> int:
    """The signals ``pid`` has a handler for (/proc/<pid>/status, SigCgt), as a bit mask."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("SigCgt:"):
            return int(line.split()[1], 16)
    return 0


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="needs /proc")
@pytest.mark.parametrize(("signum", "code"), [(signal.SIGHUP, 129), (signal.SIGQUIT, 131)])
def test_a_hangup_unwinds_the_cli_with_its_exit_code(signum: int, code: int) -> None:
    """A run reading stdin that never ends, stopped by SIGHUP/SIGQUIT: it said nothing and died by the signal."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "asn_mutasi", "periksa", "-"],
        stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, cwd=ROOT,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 30
        while not _caught(proc.pid) & (1 << (signum - 1)) and time.monotonic() < deadline:
            time.sleep(0.02)
        assert proc.stdin is not None
        proc.stdin.write("nip,nama\n")
        proc.stdin.flush()
        proc.send_signal(signum)
        _, err = proc.communicate(timeout=60)
    finally:
        proc.kill()
    assert proc.returncode == code, err
    assert "Dibatalkan." in err and "Traceback" not in err


def test_an_ignored_hangup_is_kept_ignored_by_the_entry_point() -> None:
    from asn_mutasi.cli.start import unwind_on_sigterm

    saved = {s: signal.getsignal(s) for s in (signal.SIGHUP, signal.SIGQUIT, signal.SIGTERM)}
    try:
        signal.signal(signal.SIGHUP, signal.SIG_IGN)
        signal.signal(signal.SIGQUIT, signal.SIG_DFL)
        unwind_on_sigterm()
        assert signal.getsignal(signal.SIGHUP) is signal.SIG_IGN
        assert signal.getsignal(signal.SIGQUIT) is not signal.SIG_DFL  # (else raising it ends the test runner)
        with pytest.raises(Terminated) as stopped:
            signal.raise_signal(signal.SIGQUIT)
        assert stopped.value.signum == signal.SIGQUIT
    finally:
        for number, handler in saved.items():
            signal.signal(number, handler)


def test_a_stop_just_after_the_plan_returned_names_what_is_kept(
    small: dict[str, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A SIGTERM between the plan's return and the CLI naming its files said "Dibatalkan." naming nothing, though
    the workbook and its round were kept: the rerun recorded the round twice. They are named at the commit now."""
    from cli_helpers import expect, run

    import asn_mutasi.api.plan as api_plan

    write = api_plan._write_and_record

    def written_then_stopped(*args: object, **kwargs: object) -> None:
        write(*args, **kwargs)  # type: ignore[arg-type]
        raise Terminated  # (lands as the plan returns)

    monkeypatch.setattr(api_plan, "_write_and_record", written_then_stopped)
    out, ledger = tmp_path / "r.xlsx", tmp_path / "bb.sqlite"
    args = ("rencana", small["pegawai.xlsx"], small["peta_jabatan.xlsx"], "-o", out, "--buku-besar", ledger)
    done = expect(run(*args, "--tanggal", TANGGAL.isoformat()), 143)
    said = " ".join(done.stderr.split())
    assert f"Yang sudah selesai ditulis dan tetap ada: buku kerja rencana '{out}'" in said, said
    assert f"catatan putaran di buku besar '{ledger}'" in said
    assert out.is_file() and _rounds(ledger) == 1
