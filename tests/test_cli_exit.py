"""The console entry point exits with the command's status without the interpreter's teardown,
and loses nothing on the way: stdout complete, stderr messages, atexit handlers, exit codes."""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from cli_helpers import EXIT_FINDINGS, EXIT_OK, JABATAN_XLSX, PEGAWAI_XLSX, ROOT, TANGGAL, expect, run

from asn_mutasi.cli import app as app_module

CLI = [sys.executable, "-m", "asn_mutasi"]


class Exited(Exception):
    def __init__(self, status: int) -> None:
        self.status = status


@pytest.fixture
def fake_exit(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """``os._exit`` raises :class:`Exited`; the atexit run is recorded instead of performed."""
    calls: list[str] = []

    def _exit(status: int) -> None:
        raise Exited(status)

    monkeypatch.setattr(app_module.os, "_exit", _exit)
    monkeypatch.setattr(app_module.atexit, "_run_exitfuncs", lambda: calls.append("atexit"))
    return calls


@pytest.mark.parametrize(("code", "status"), [(None, 0), (0, 0), (1, 1), (3, 3), (70, 70)])
def test_leave_keeps_the_exit_status_and_runs_atexit(fake_exit: list[str], code: int | None, status: int) -> None:
    with pytest.raises(Exited) as done:
        app_module.leave(code)
    assert done.value.status == status
    assert fake_exit == ["atexit"]


def test_leave_with_a_text_prints_it_and_exits_1(fake_exit: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(Exited) as done:
        app_module.leave("berhenti")
    assert done.value.status == 1
    assert capsys.readouterr().err == "berhenti\n"


@pytest.fixture
def other_thread() -> Iterator[tuple[threading.Event, threading.Thread]]:
    """Another thread still running when the process leaves; stopped and joined after the test."""
    stop = threading.Event()
    worker = threading.Thread(target=stop.wait)
    worker.start()
    yield stop, worker
    stop.set()
    worker.join()


def test_leave_waits_for_other_threads_as_the_interpreter_does(
    fake_exit: list[str], other_thread: tuple[threading.Event, threading.Thread], monkeypatch: pytest.MonkeyPatch
) -> None:
    stop, worker = other_thread

    def shutdown() -> None:  # the interpreter's own step: join the other threads
        fake_exit.append("threads")
        stop.set()
        worker.join()

    monkeypatch.setattr(app_module.threading, "_shutdown", shutdown)
    with pytest.raises(Exited) as done:
        app_module.leave(4)
    assert done.value.status == 4
    assert fake_exit == ["threads", "atexit"]


@pytest.mark.usefixtures("other_thread")
def test_leave_takes_the_ordinary_exit_without_the_threading_hook(
    fake_exit: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delattr(app_module.threading, "_shutdown")
    with pytest.raises(SystemExit) as done:
        app_module.leave(4)
    assert done.value.code == 4
    assert fake_exit == []


def test_a_thread_pool_left_running_is_waited_for(tmp_path: Path) -> None:
    """A real process: a pool's pending work finishes (and writes its file) before the process ends."""
    marker = tmp_path / "selesai.txt"
    code = (
        "import sys, time\n"
        "from concurrent.futures import ThreadPoolExecutor\n"
        "from asn_mutasi.cli import app\n"
        "pool = ThreadPoolExecutor(max_workers=1)\n"
        f"pool.submit(lambda: (time.sleep(0.3), open({str(marker)!r}, 'w').write('ok')))\n"
        "app.leave(0)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    assert marker.read_text() == "ok"


def test_a_real_run_keeps_stdout_stderr_and_status(tmp_path: Path) -> None:
    """``rencana`` in a child process: the CSV on stdout is whole, the summary on stderr, status 0;
    a missing input still exits 3 with its message."""
    out = tmp_path / "out.csv"
    with out.open("wb") as fh:
        done = subprocess.run(
            [*CLI, "rencana", str(PEGAWAI_XLSX), str(JABATAN_XLSX), *TANGGAL, "--format", "csv"],
            stdout=fh,
            stderr=subprocess.PIPE,
            text=True,
            cwd=ROOT,
            timeout=120,
            check=False,
        )
    assert done.returncode == 0, done.stderr
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("id_mutasi,") and len(lines) > 10
    assert "Rencana:" in done.stderr
    missing = subprocess.run(
        [*CLI, "periksa", str(tmp_path / "tidak_ada.xlsx"), *TANGGAL],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
        check=False,
    )
    assert missing.returncode == 3, shlex.join(missing.args)
    assert "tidak_ada.xlsx" in missing.stderr


def test_a_discarded_stdout_renders_nothing(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """``-o`` without ``--format``: the emit functions skip their work inside stdout_discarded."""
    from asn_mutasi.cli import render

    def boom(*args: object, **kwargs: object) -> str:
        raise AssertionError("rendered although stdout is thrown away")

    monkeypatch.setattr(render, "dumps", boom)
    monkeypatch.setattr(render, "csv_cells", boom)
    monkeypatch.setattr(render, "out_console", boom)
    rows = [{"nip": "1", "nama": "A"}]
    with render.stdout_discarded():
        assert render.discarded()
        render.emit_json(rows)
        render.emit_csv(rows, ["nip", "nama"])
        render.emit_table(rows, [("nip", "NIP")])
    assert not render.discarded()
    assert capsys.readouterr().out == ""
    with pytest.raises(AssertionError):
        render.emit_csv(rows, ["nip", "nama"])


def _shell(redirect: str, *args: object) -> subprocess.CompletedProcess[str]:
    """The CLI under ``sh`` with a redirection of its standard streams (``<&-``, ``>&-``, ``> /dev/full``)."""
    command = " ".join(shlex.quote(str(a)) for a in [*CLI, *args])
    return subprocess.run(
        ["sh", "-c", f"{command} {redirect}"], cwd=ROOT, capture_output=True, text=True, timeout=300, check=False
    )


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_a_full_disk_on_stdout_is_an_output_error_not_a_bug() -> None:
    """``-f csv > /dev/full`` said "Kesalahan internal … bug" with exit 70 (hostile-input campaign, h24)."""
    done = _shell("> /dev/full", "lowongan", PEGAWAI_XLSX, JABATAN_XLSX, *TANGGAL, "-f", "csv")
    assert done.returncode == 5 and "disk penuh" in done.stderr and "internal" not in done.stderr


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_a_full_stdout_after_the_workbook_names_what_was_written(tmp_path: Path) -> None:
    """``rencana -o p.xlsx -f csv > /dev/full`` said "Gagal" as if nothing had been done, while the workbook and the
    ledger's record of the round were written (review8, h28): the message names them."""
    out, ledger = tmp_path / "p.xlsx", tmp_path / "bb.sqlite"
    args = ("rencana", PEGAWAI_XLSX, JABATAN_XLSX, *TANGGAL, "-o", out, "--buku-besar", ledger, "-f", "csv")
    done = _shell("> /dev/full", *args)
    said = " ".join(done.stderr.split())
    assert done.returncode == 5 and "disk penuh" in said
    assert f"Yang sudah selesai ditulis: buku kerja rencana '{out}'; catatan putaran di buku besar '{ledger}'" in said
    assert out.exists() and ledger.exists()
    plain = _shell("> /dev/full", "lowongan", PEGAWAI_XLSX, JABATAN_XLSX, *TANGGAL, "-f", "csv")
    assert "sudah selesai ditulis" not in plain.stderr  # nothing written: nothing named


def test_closed_standard_streams_are_said_not_crashed_on() -> None:
    """Started with stdin closed every command crashed (exit 70); with stdout closed the data went nowhere, exit 0."""
    args = ("lowongan", PEGAWAI_XLSX, JABATAN_XLSX, *TANGGAL, "-f", "csv")
    no_stdin = _shell("<&- > /dev/null", *args)
    assert no_stdin.returncode == 0, no_stdin.stderr
    reading = _shell("<&-", "periksa", "-")
    assert reading.returncode == 3 and "stdin tertutup" in reading.stderr
    no_stdout = _shell(">&-", *args)
    assert no_stdout.returncode == 5 and "stdout" in no_stdout.stderr and "internal" not in no_stdout.stderr


@pytest.mark.skipif(sys.platform == "win32", reason="SIGTERM")
def test_sigterm_unwinds_the_run_and_leaves_no_file(tmp_path: Path) -> None:
    """Killed by SIGTERM while the first ledger was made, a run left a complete workbook beside an empty ledger that
    refused every later run (hostile-input campaign, h25). It unwinds as Ctrl-C does now: exit 143, nothing left."""
    import signal

    proc = subprocess.Popen(
        [*CLI, "-v", "rencana", str(PEGAWAI_XLSX), str(JABATAN_XLSX), *TANGGAL, "-o", "r.xlsx", "--buku-besar", "bb"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, cwd=tmp_path,
    )  # fmt: skip
    assert proc.stderr is not None
    for line in proc.stderr:  # the run's own progress says it is reading: the handler is in place
        if "membaca data pegawai" in line:
            break
    proc.send_signal(signal.SIGTERM)
    rest = proc.stderr.read()
    assert proc.wait(timeout=120) == 143, rest
    assert "Dibatalkan." in rest and "Traceback" not in rest
    assert sorted(p.name for p in tmp_path.iterdir()) == []


#: run ``python -m asn_mutasi --versi`` with a stop signal at one moment of the start-up: ``{when}`` is the code that
#: sends it (``stop()``) placed at that moment
_STOP_AT = """
import os, runpy, signal, sys

def stop():
    if {signal} == "SIGINT":
        raise KeyboardInterrupt
    os.kill(os.getpid(), signal.SIGTERM)
    sum(range(1000))  # (a few bytecodes for the handler to run in)

{when}
sys.argv = ["asn-mutasi", "--versi"]
runpy.run_module("asn_mutasi", run_name="__main__", alter_sys=True)
"""

#: while the CLI is imported (Typer first)
_IMPORTING = """
class Stop:
    def find_spec(self, name, path=None, target=None):
        if name == "typer":
            sys.meta_path.remove(self)
            stop()

sys.meta_path.insert(0, Stop())
"""

#: while Typer parses the options, before a command's own handling
_PARSING = """
import typer.core

made = typer.core.TyperGroup.make_context

def make_context(self, *args, **kwargs):
    stop()
    return made(self, *args, **kwargs)

typer.core.TyperGroup.make_context = make_context
"""


@pytest.mark.skipif(sys.platform == "win32", reason="SIGTERM")
@pytest.mark.parametrize(("name", "status"), [("SIGINT", 130), ("SIGTERM", 143)])
@pytest.mark.parametrize("when", [_IMPORTING, _PARSING], ids=["importing", "parsing"])
def test_a_stop_while_starting_up_says_so_with_its_code(name: str, status: int, when: str) -> None:
    """A Ctrl-C while the CLI was imported printed a Python traceback and a SIGTERM killed the run unsaid; one while
    Typer parsed the options exited 130 without a word, for SIGTERM too (pipes, h30). Both say "Dibatalkan." and
    exit 130 / 143, as later in the run."""
    code = _STOP_AT.format(signal=repr(name), when=when)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert done.returncode == status, done.stderr
    assert done.stderr == "Dibatalkan.\n" and done.stdout == ""


def test_an_input_named_in_a_windows_code_page_is_read_and_named(tmp_path: Path) -> None:
    """A roster named in cp1252 (a Windows zip, a USB stick: b"pegawai_\\xe9.xlsx") was refused as a broken workbook
    (calamine got a path it could not find), and a CSV so named ended every written report with exit 70
    (UnicodeEncodeError, hostile7 h27). The name is shown with its bad byte written \\xe9."""
    import shutil

    from cli_helpers import BERMASALAH_XLSX, PEGAWAI_CSV

    xlsx = tmp_path / os.fsdecode(b"pegawai_\xe9.xlsx")
    shutil.copy(BERMASALAH_XLSX, xlsx)
    said = expect(run("periksa", xlsx, "-f", "csv"), EXIT_FINDINGS)
    assert "pegawai_\\xe9.xlsx" in said.stdout and "rusak" not in said.stderr
    csv = tmp_path / os.fsdecode(b"pegawai_\xe9.csv")
    shutil.copy(PEGAWAI_CSV, csv)
    for out in ("laporan.csv", "laporan.xlsx"):
        expect(run("periksa", csv, "-o", tmp_path / out), EXIT_OK)
    plan = tmp_path / "rencana.xlsx"
    expect(run("rencana", csv, JABATAN_XLSX, "-o", plan, "--tanggal", "01-11-2026"), EXIT_OK)
    import openpyxl

    cells = [str(c.value) for row in openpyxl.load_workbook(plan, read_only=True)["Parameter"].iter_rows() for c in row]
    assert any("pegawai_\\xe9.csv (sha256" in c for c in cells)


def test_stdout_is_utf8_whatever_the_locale_says() -> None:
    """On Windows a redirected stdout is cp1252: a name with "ı" ended a CSV halfway with exit 70 (hostile7, h27)."""
    code = "from asn_mutasi.cli.app import _utf8_stdout; _utf8_stdout(); print('Nguyễn Işık')"
    env = {**os.environ, "PYTHONIOENCODING": "cp1252"}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, env=env, check=True)
    assert done.stdout.decode("utf-8").strip() == "Nguyễn Işık"


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_terapkan_and_surat_with_a_failed_stdout_name_what_they_wrote(tmp_path: Path) -> None:
    """``terapkan`` wrote the new roster, the SK list and 175 ledger records, ``surat`` 175 letters, then said only
    "Gagal: … stdout: disk penuh" (hostile10, h29): a rerun looked needed. They name what is done, as rencana."""
    from cli_helpers import decide, plan_to

    plan, payload, _ = plan_to(tmp_path)
    decided = decide(plan, tmp_path / "disetujui.xlsx", {m["id_mutasi"]: "Setuju" for m in payload["mutasi"]})
    new, ledger, folder = tmp_path / "baru.csv", tmp_path / "rencana.sqlite", tmp_path / "surat"
    args = ("terapkan", decided, PEGAWAI_XLSX, "-o", new, "--tmt", "2027-01-01", "--buku-besar", ledger, *TANGGAL)
    done = _shell("> /dev/full", *args)
    said = " ".join(done.stderr.split())
    assert done.returncode == 5 and "disk penuh" in said
    sk = tmp_path / "baru_SK.xlsx"
    assert f"Yang sudah selesai ditulis: data pegawai baru '{new}'; daftar SK '{sk}'; catatan penerapan" in said
    assert f"buku besar '{ledger}' (jangan diulang)" in said and new.exists() and sk.exists()
    letters = _shell(">&-", "surat", decided, PEGAWAI_XLSX, JABATAN_XLSX, "-d", folder, "--buku-besar", ledger)
    said = " ".join(letters.stderr.split())
    written = len(list(folder.iterdir()))
    assert letters.returncode == 5 and f"Yang sudah selesai ditulis: {written} dokumen di folder '{folder}'" in said


def test_a_stop_after_a_file_was_written_names_what_is_kept(capsys: pytest.CaptureFixture[str]) -> None:
    """A Ctrl-C or SIGTERM that lands after ``rencana`` wrote its workbook and recorded its round (while its table is
    printed) said only "Dibatalkan.", exit 130, and both stayed: the analyst took it for a cancel (review2, h30).
    It names what was written and is kept; a stop before anything was written says "Dibatalkan." alone."""
    import typer

    from asn_mutasi.cli.errors import DONE, handle_errors
    from asn_mutasi.errors import Terminated

    @handle_errors
    def late(stop: type[BaseException]) -> None:
        DONE.append("buku kerja rencana 'r.xlsx'")
        DONE.append("catatan putaran di buku besar 'bb.sqlite'")
        raise stop

    @handle_errors
    def early() -> None:
        raise KeyboardInterrupt

    for stop, code in ((KeyboardInterrupt, 130), (Terminated, 143)):
        with pytest.raises(typer.Exit) as ended:
            late(stop)
        assert ended.value.exit_code == code
        err = capsys.readouterr().err
        assert err.startswith("Dibatalkan. Yang sudah selesai ditulis dan tetap ada: buku kerja rencana 'r.xlsx'; ")
        assert "buku besar 'bb.sqlite'" in err
    with pytest.raises(typer.Exit):
        early()
    assert capsys.readouterr().err == "Dibatalkan.\n"
