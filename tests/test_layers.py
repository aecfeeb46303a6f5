"""The import-linter layering contract in pyproject.toml holds, and it does catch an upward import."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")

pytestmark = pytest.mark.skipif(
    not LINT_IMPORTS.exists(), reason="import-linter not installed (pip install -e '.[dev]')"
)


def lint(cwd: Path) -> subprocess.CompletedProcess[str]:
    """Run lint-imports with the project's contract on the package under ``cwd``."""
    return subprocess.run(
        [str(LINT_IMPORTS), "--config", str(cwd / "pyproject.toml"), "--no-cache"],
        cwd=cwd,
        env={"PYTHONPATH": str(cwd), "PATH": str(LINT_IMPORTS.parent)},
        capture_output=True,
        text=True,
        check=False,
    )


def test_the_contract_is_kept() -> None:
    result = lint(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def test_an_upward_import_breaks_the_contract(tmp_path: Path) -> None:
    # the code only: the data package keeps its __init__.py, not its files
    skip = shutil.ignore_patterns("__pycache__", "*.csv", "*.json", "templates")
    shutil.copytree(ROOT / "asn_mutasi", tmp_path / "asn_mutasi", ignore=skip)
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    # a domain module reaching up into the front door: the kind of import the layers forbid
    (tmp_path / "asn_mutasi" / "domain" / "upward.py").write_text(
        '"""Deliberate violation for the test."""\n\nfrom asn_mutasi.api.check import check\n\n__all__ = ["check"]\n',
        encoding="utf-8",
    )
    result = lint(tmp_path)
    assert result.returncode != 0, result.stdout
    assert "asn_mutasi.domain.upward -> asn_mutasi.api.check" in result.stdout
