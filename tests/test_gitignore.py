"""Files the README quick start writes in the checkout are ignored by git."""

from __future__ import annotations

from fnmatch import fnmatch
from pathlib import Path

from asn_mutasi.ledger.store import DEFAULT_NAME


def test_default_ledger_and_its_sqlite_side_files_are_ignored() -> None:
    lines = (Path(__file__).resolve().parents[1] / ".gitignore").read_text(encoding="utf-8").splitlines()
    patterns = [s.strip().lstrip("/") for s in lines if s.strip() and not s.startswith("#")]
    for name in (DEFAULT_NAME, f"{DEFAULT_NAME}-wal", f"{DEFAULT_NAME}-shm", f"{DEFAULT_NAME}-journal"):
        assert any(fnmatch(name, p) for p in patterns), name
