"""One helper writes a command's rows to stdout and to ``-o`` (:func:`asn_mutasi.cli.render.show_rows`): the block
"JSON payload, else the table/CSV view, then the file" stood in eight commands (tidy28, h38)."""

from __future__ import annotations

import ast
import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from asn_mutasi.cli.choices import OutputFormat
from asn_mutasi.cli.options import Context
from asn_mutasi.cli.render import show_rows

CLI = Path(__file__).resolve().parent.parent / "asn_mutasi" / "cli"


def _ctx(fmt: OutputFormat, output: Path | None = None) -> Context:
    return Context(fmt=fmt, output=output, overwrite=False, read=None, settings=None, tanggal=date(2026, 11, 1))  # type: ignore[arg-type]


def _calls(func: ast.AST) -> set[str]:
    return {n.func.id for n in ast.walk(func) if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)}


def test_no_command_repeats_the_view_then_file_block() -> None:
    """A command shows its rows and writes them with :func:`show_rows`, not with its own emit_view + write_rows."""
    both = [
        f"{path.name}:{node.name}"
        for path in sorted(CLI.glob("*.py"))
        if path.name != "render.py"
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.FunctionDef) and {"emit_view", "write_rows"} <= _calls(node)
    ]
    assert both == []


def test_json_prints_the_payload_and_the_file_gets_the_rows(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows: list[dict[str, Any]] = [{"nip": "1", "nama": "Sari"}]
    out = tmp_path / "x.json"
    show_rows(_ctx(OutputFormat.json, out), rows, ["nip", "nama"], sheet="X", payload={"isi": rows})
    assert json.loads(capsys.readouterr().out) == {"isi": rows}
    assert json.loads(out.read_text(encoding="utf-8")) == rows


def test_csv_has_every_field_and_no_sheet_writes_no_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "x.csv"
    show_rows(
        _ctx(OutputFormat.csv, out), [{"nip": "1", "nama": "Sari"}], ["nip", "nama"], [("nip", "NIP")], sheet=None
    )
    assert capsys.readouterr().out.splitlines() == ["nip,nama", "1,Sari"]
    assert not out.exists()
