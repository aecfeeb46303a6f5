"""A real shell pipe: ``asn-mutasi … | head -3`` prints 3 lines, exits 0, and never shows BrokenPipe."""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
from pathlib import Path

import pytest
from cli_helpers import BERMASALAH_XLSX, JABATAN_XLSX, PEGAWAI_XLSX, ROOT, TANGGAL

CLI = f"{shlex.quote(sys.executable)} -m asn_mutasi"


def pipe(command: str, tmp_path: Path) -> tuple[subprocess.CompletedProcess[str], int]:
    """Run ``command | head -3`` under sh; return the pipeline and the producer's own exit status."""
    status = tmp_path / "status"
    script = f"{{ {command}; echo $? > {shlex.quote(str(status))}; }} | head -3"
    env = {**os.environ, "NO_COLOR": "1", "PYTHONWARNINGS": "default"}
    done = subprocess.run(["sh", "-c", script], capture_output=True, text=True, timeout=60, cwd=ROOT, env=env)
    return done, int(status.read_text().strip())


def args(*items: object) -> str:
    return " ".join(shlex.quote(str(i)) for i in items)


@pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX shell")
def test_check_csv_into_head(tmp_path: Path) -> None:
    command = f"{CLI} check {args(BERMASALAH_XLSX, JABATAN_XLSX, *TANGGAL)} --format csv --fail-on never"
    done, producer = pipe(command, tmp_path)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert len(lines) == 3
    assert lines[0].startswith("kode,tingkat,pesan")
    assert producer == 0
    assert "Traceback" not in done.stderr and "BrokenPipe" not in done.stderr


@pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX shell")
def test_large_output_closed_early_is_quiet(tmp_path: Path) -> None:
    """match on the sample writes far more than a pipe buffer, so head really closes the pipe early."""
    command = f"{CLI} match {args(PEGAWAI_XLSX, JABATAN_XLSX, *TANGGAL)} --format csv --top 50"
    done, producer = pipe(command, tmp_path)
    assert done.returncode == 0, done.stderr
    assert len(done.stdout.splitlines()) == 3
    assert done.stdout.splitlines()[0].startswith("kode_jabatan,")
    assert producer == 0, done.stderr
    assert "Traceback" not in done.stderr and "BrokenPipe" not in done.stderr
    assert "Exception ignored" not in done.stderr


@pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX shell")
def test_exit_code_and_summary_survive_a_closed_pipe(tmp_path: Path) -> None:
    """check … | head exits 1 with its summary, exactly as without the pipe.

    5,000 rows with a short NIP give far more than a pipe buffer of findings, so head
    really closes the pipe while check is still writing.
    """
    roster = tmp_path / "pegawai.csv"
    rows = [f"12345{i};Pegawai {i};Analis Data;Bappeda" for i in range(5000)]
    roster.write_text("NIP;NAMA;JABATAN;UNIT KERJA\n" + "\n".join(rows) + "\n", encoding="utf-8")
    command = f"{CLI} check {args(roster, *TANGGAL)} --format csv"
    done, producer = pipe(command, tmp_path)
    assert producer == 1, done.stderr
    assert "Diperiksa" in done.stderr and "galat" in done.stderr
    assert "Traceback" not in done.stderr and "BrokenPipe" not in done.stderr


def test_an_output_name_of_no_known_form_is_refused_before_any_output(tmp_path: Path) -> None:
    """`periksa -f csv -o x.txt` wrote the whole CSV to stdout and then exited 2; `usulan gabung -o g.csv` wrote a
    workbook under a .csv name (hostile-input campaign, round 3)."""
    from cli_helpers import run

    refused = run("check", PEGAWAI_XLSX, "-f", "csv", "-o", tmp_path / "x.txt", *TANGGAL)
    assert refused.exit_code == 2 and not refused.stdout and "x.txt" in refused.stderr
    merged = run("usulan", "gabung", PEGAWAI_XLSX, JABATAN_XLSX, tmp_path, "-o", tmp_path / "g.csv", *TANGGAL)
    assert merged.exit_code == 2 and ".xlsx" in merged.stderr and not (tmp_path / "g.csv").exists()


# --- a reader that is gone before the first byte: every write to that stream fails with EPIPE ---------------------


def closed_run(tmp_path: Path, *argv: object, closed: str) -> tuple[int, str, str]:
    """Run the CLI with ``closed`` ("stdout" or "stderr") a pipe whose reader has already gone; return the exit code
    and the other streams (stdout to a file, stderr captured)."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    out_file = tmp_path / "stdout.txt"
    try:
        with out_file.open("wb") as out:
            done = subprocess.run(
                [sys.executable, "-m", "asn_mutasi", *map(str, argv)],
                stdout=write_end if closed == "stdout" else out,
                stderr=write_end if closed == "stderr" else subprocess.PIPE,
                timeout=120,
                cwd=ROOT,
                env={**os.environ, "NO_COLOR": "1"},
            )
    finally:
        os.close(write_end)
    return done.returncode, out_file.read_text(encoding="utf-8"), (done.stderr or b"").decode("utf-8")


def _small(tmp_path: Path) -> tuple[Path, Path]:
    from cli_helpers import small_inputs

    return small_inputs(
        tmp_path,
        [("198609262015051001", "Budi", "Analis SDM", "BKD"), ("199001152019032002", "Sri", "Analis SDM", "BKD")],
        [("A", "Analis SDM", "BKD", 1), ("B", "Pranata Komputer", "BKD", 2)],
    )


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX pipes")
def test_a_table_into_a_closed_pipe_keeps_the_summary_and_the_exit_code(tmp_path: Path) -> None:
    """`lowongan -f tabel | head -1` exited 1 with no summary: rich ended the run on the broken pipe (pipes, h30)."""
    pegawai, jabatan = _small(tmp_path)
    code, _, err = closed_run(tmp_path, "lowongan", pegawai, jabatan, *TANGGAL, "-f", "tabel", closed="stdout")
    assert code == 0, err
    assert "2 jabatan di 1 unit" in err and "Traceback" not in err


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX pipes")
def test_a_closed_stderr_neither_ends_the_run_nor_changes_its_exit_code(tmp_path: Path) -> None:
    """With stderr a closed pipe (`-v 2>&1 | head -1`) the first message ended the run with exit 1: no data on
    stdout, no workbook, no ledger record (pipes, h30). The messages are dropped; the product is whole."""
    pegawai, jabatan = _small(tmp_path)
    expected = subprocess.run(
        [sys.executable, "-m", "asn_mutasi", "lowongan", pegawai, jabatan, *TANGGAL, "-f", "csv"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    ).stdout
    code, out, _ = closed_run(tmp_path, "-v", "lowongan", pegawai, jabatan, *TANGGAL, "-f", "csv", closed="stderr")
    assert code == 0 and out == expected and out.startswith("kode_jabatan,")
    workbook = tmp_path / "rencana.xlsx"
    code, out, _ = closed_run(tmp_path, "rencana", pegawai, jabatan, *TANGGAL, "-o", workbook, "-v", closed="stderr")
    assert code == 0 and workbook.exists() and (tmp_path / "buku_besar_mutasi.sqlite").exists()


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX pipes")
def test_help_version_and_usage_errors_on_a_closed_pipe_keep_their_exit_codes(tmp_path: Path) -> None:
    """`--bantuan | head -1` and `--versi` into a closed pipe exited 1; a usage error on a closed stderr exited 1, not
    2 (pipes, h30)."""
    assert closed_run(tmp_path, "rencana", "--bantuan", closed="stdout")[0] == 0
    assert closed_run(tmp_path, "--versi", closed="stdout")[0] == 0
    assert closed_run(tmp_path, "periksa", "--tidak-ada", closed="stderr")[0] == 2
