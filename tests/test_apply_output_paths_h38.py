"""``terapkan`` never writes its SK list over its new roster, nor either over an input (plan29, h38).

plan29 found these refusals already in place but no test holding them: the same file named twice (also through
``..`` or a symlink) is a usage error (exit 2); an output that is an input is exit 5 (docs/exit-codes.md).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.cli_helpers import EXIT_OUTPUT, EXIT_USAGE, PEGAWAI_XLSX, TANGGAL, decide, plan_to, run


@pytest.fixture(scope="module")
def decided(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("terapkan_paths")
    plan, payload, _ = plan_to(folder)
    decisions = decide(plan, folder / "putus.xlsx", {m["id_mutasi"]: "Setuju" for m in payload["mutasi"]})
    roster = folder / "pegawai.xlsx"
    shutil.copy(PEGAWAI_XLSX, roster)
    return decisions, roster


def _apply(decided: tuple[Path, Path], *args: object):  # type: ignore[no-untyped-def]
    decisions, roster = decided
    return run("terapkan", decisions, roster, "--tmt", "2026-12-01", *TANGGAL, *args)


@pytest.mark.parametrize("sk_name", ["baru.xlsx", "x/../baru.xlsx", "tautan.xlsx"])
def test_sk_list_named_as_the_new_roster_is_a_usage_error(decided: tuple[Path, Path], sk_name: str) -> None:
    folder = decided[1].parent / sk_name.replace("/", "_").replace(".", "_")
    folder.mkdir()
    (folder / "x").mkdir()
    out = folder / "baru.xlsx"
    if sk_name == "tautan.xlsx":
        (folder / "tautan.xlsx").symlink_to(out)
    result = _apply(decided, "-o", out, "--sk", folder / sk_name)
    assert result.exit_code == EXIT_USAGE, result.stderr
    assert "sama dengan data pegawai baru (-o)" in result.stderr
    assert result.stdout == ""
    assert not out.exists()
    assert sorted(p.name for p in folder.iterdir()) == sorted({"x", *(["tautan.xlsx"] if "tautan" in sk_name else [])})


@pytest.mark.parametrize("which", ["roster", "decisions"])
def test_sk_list_over_an_input_is_refused_and_the_input_kept(decided: tuple[Path, Path], which: str) -> None:
    decisions, roster = decided
    target = roster if which == "roster" else decisions
    before = target.read_bytes()
    out = roster.parent / f"baru_{which}.xlsx"
    result = _apply(decided, "-o", out, "--sk", target)
    assert result.exit_code == EXIT_OUTPUT, result.stderr
    assert target.read_bytes() == before
    assert not out.exists()
