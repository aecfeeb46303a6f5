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
