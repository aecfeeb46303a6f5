"""One commit point for ``plan`` and ``terapkan`` (:func:`asn_mutasi.io.writers.commit_point`): what one of them
did at a stop, the other does too (dup27, h37)."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")

_SCRIPT = """
import os, signal, sys
from datetime import date
import asn_mutasi as am
import asn_mutasi.io.plan_workbook as plan_workbook

write = plan_workbook.write_plan_workbook

def written_then_killed(*args, **kwargs):
    write(*args, **kwargs)
    os.kill(os.getpid(), signal.SIGTERM)  # a library caller's process, SIGTERM at its default action

plan_workbook.write_plan_workbook = written_then_killed
sample = sys.argv[1]
am.plan(pegawai=sample + "/pegawai.xlsx", jabatan=sample + "/peta_jabatan.xlsx", output=sys.argv[2],
        tanggal=date(2026, 11, 1))
"""


def test_a_sigterm_between_the_workbook_and_the_ledger_leaves_no_workbook_in_a_library_caller(tmp_path: Path) -> None:
    """A library caller's SIGTERM (its default action) between the plan workbook's rename and the ledger killed the
    process at once and left a workbook whose round no ledger had; ``terapkan`` already unwound it as an exit that
    removes its files, and ``plan`` now does the same."""
    out = tmp_path / "r.xlsx"
    done = subprocess.run(
        [sys.executable, "-c", _SCRIPT, str(ROOT / "sample_data"), str(out)],
        capture_output=True, text=True, check=False, cwd=tmp_path, timeout=300,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
    )  # fmt: skip
    assert done.returncode in (128 + signal.SIGTERM, -signal.SIGTERM), done.stderr[-2000:]
    assert not out.exists() and not (tmp_path / "buku_besar_mutasi.sqlite").exists()
