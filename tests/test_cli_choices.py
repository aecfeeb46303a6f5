"""Choice options show and complete Indonesian values; the old English values stay accepted, unseen."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from cli_helpers import EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, PEGAWAI_CSV, TANGGAL, expect, run

from asn_mutasi.cli.choices import CHOICES, Choice, FailOn, OutputFormat, Per


def _params() -> list[tuple[str, Any]]:
    """(command path, parameter) for every parameter of every command of the app."""
    from typer.main import get_command

    from asn_mutasi.cli.app import app

    found: list[tuple[str, Any]] = []

    def walk(cmd: Any, path: str) -> None:
        found.extend((path, p) for p in cmd.params)
        for name, sub in getattr(cmd, "commands", {}).items():
            walk(sub, f"{path} {name}".strip())

    walk(get_command(app), "")
    return found


def test_parse_accepts_the_indonesian_value_and_the_english_alias() -> None:
    assert OutputFormat.parse("tabel") is OutputFormat.table
    assert OutputFormat.parse("table") is OutputFormat.table
    assert OutputFormat.parse("JSON") is OutputFormat.json
    assert FailOn.parse("tidak-pernah") is FailOn.never
    assert FailOn.parse("never") is FailOn.never
    assert FailOn.parse("Peringatan") is FailOn.warning
    assert FailOn.parse(FailOn.error) is FailOn.error
    with pytest.raises(ValueError, match=r"'xml' bukan salah satu dari 'tabel', 'json', 'csv'\.$"):
        OutputFormat.parse("xml")
    assert FailOn.aliases() == ("error", "warning", "never")
    assert Per.aliases() == ()


def test_every_choice_option_is_an_indonesian_choice() -> None:
    """No plain Enum/Literal choice slips in: its English values would show in help and completion."""
    choices = [
        (path, p) for path, p in _params() if getattr(p, "type_descriptor", None) and p.type_descriptor.is_choice
    ]
    assert {p.name for _, p in choices} >= {"fmt", "fail_on", "per"}
    for path, param in choices:
        values = param.type_descriptor.choices
        assert all(isinstance(v, Choice) for v in values), (path, param.name, values)
        parser = param.type_descriptor.parameter_info.parser
        assert parser is not None and parser == type(values[0]).parse, (path, param.name)


def _roster(tmp_path: Path) -> Path:
    """Five sample rows, one with an unknown golongan: a warning, no error."""
    lines = PEGAWAI_CSV.read_text(encoding="utf-8-sig").splitlines()[:6]
    cells = lines[1].split(";")
    cells[3] = "Z/9"
    lines[1] = ";".join(cells)
    path = tmp_path / "pegawai.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("words", "code"),
    [
        (("galat", "error"), EXIT_OK),
        (("peringatan", "warning"), EXIT_FINDINGS),
        (("tidak-pernah", "never"), EXIT_OK),
    ],
)
def test_fail_on_indonesian_and_english_mean_the_same(tmp_path: Path, words: tuple[str, str], code: int) -> None:
    roster = _roster(tmp_path)
    outputs = [
        expect(run("check", roster, *TANGGAL, "--format", fmt, "--fail-on", word), code).stdout
        for word, fmt in zip(words, ("csv", "csv"), strict=True)
    ]
    assert outputs[0] == outputs[1] and "golongan" in outputs[0]


def test_format_tabel_and_its_alias_print_the_same_table(tmp_path: Path) -> None:
    roster = _roster(tmp_path)
    tabel = expect(run("check", roster, *TANGGAL, "-f", "tabel", "--fail-on", "tidak-pernah"), EXIT_OK).stdout
    table = expect(run("check", roster, *TANGGAL, "-f", "table", "--fail-on", "never"), EXIT_OK).stdout
    assert tabel == table and "┃" in tabel


def test_a_wrong_choice_names_only_the_indonesian_values(tmp_path: Path) -> None:
    result = expect(run("check", _roster(tmp_path), "--fail-on", "kadang"), EXIT_USAGE)
    message = re.sub(r"[\s│]+", " ", result.stderr)  # the error panel wraps lines
    assert "'kadang' bukan salah satu dari 'galat', 'peringatan', 'tidak-pernah'." in message
    assert "never" not in message and "warning" not in message


def _complete(words: str) -> list[str]:
    """What bash completion offers after ``asn-mutasi <words>`` (Click's completion protocol)."""
    from typer.testing import CliRunner

    from asn_mutasi.cli.app import app

    line = f"asn-mutasi {words}"
    env = {
        "_ASN_MUTASI_COMPLETE": "complete_bash",
        "COMP_WORDS": line,
        "COMP_CWORD": str(len(line.split()) - (0 if line.endswith(" ") else 1)),
    }
    result = CliRunner().invoke(app, [], env=env, prog_name="asn-mutasi")
    assert result.exit_code == 0, result.output
    return result.stdout.split()


@pytest.mark.parametrize(
    ("words", "offered"),
    [
        ("check x --format ", ["tabel", "json", "csv"]),
        ("check x --gagal-jika ", ["galat", "peringatan", "tidak-pernah"]),
        ("check x --fail-on ", ["galat", "peringatan", "tidak-pernah"]),  # after the hidden English name too
        ("workload x y --fail-on p", ["peringatan"]),
        ("vacancies x y --per ", ["jabatan", "unit", "pensiun"]),
        ("check x --format t", ["tabel"]),
    ],
)
def test_shell_completion_offers_the_indonesian_values(words: str, offered: list[str]) -> None:
    assert _complete(words) == offered


def test_no_choice_alias_is_completed() -> None:
    aliases = {a for choice in CHOICES for a in choice.aliases()}
    assert not aliases & set(_complete("check x --format ") + _complete("check x --gagal-jika "))
