"""The analyst reads Excel's own Indonesian words: "buku kerja" and "lembar kerja", never "workbook"/"sheet" (lang6).

Help, messages, findings and the cells we write said "workbook" and "sheet" in otherwise Indonesian sentences,
where Excel's Indonesian interface (and Microsoft's Indonesian help) says buku kerja and lembar kerja. Option
aliases (``--sheet``), finding codes (``sheet-tersembunyi``), JSON keys (``sheet``) and the names of our own
sheets are kept: analysts' scripts and saved files use them.
"""

from __future__ import annotations

import re

from typer.main import get_command
from typer.testing import CliRunner

from asn_mutasi.cli.app import app
from asn_mutasi.findings import CATALOGUE
from asn_mutasi.labels import FIELD_LABELS, label

#: the English words, whole, outside option names, kebab-case codes and `backquoted` keys
ENGLISH = re.compile(r"(?<![\w`-])(?:work)?(?:sheets?|books?)(?![\w`-])|(?<![\w`-])worksheets?(?![\w`-])", re.I)
NOT_PROSE = re.compile(r"\{[^}]*\}|--?[a-z][\w-]*|\b[a-z]+(?:-[a-z0-9]+)+\b|`[^`]*`")


def _english(text: str) -> list[str]:
    return ENGLISH.findall(NOT_PROSE.sub(" ", text))


def _paths() -> list[list[str]]:
    out: list[list[str]] = []

    def walk(cmd: object, path: list[str]) -> None:
        out.append(path)
        for name, sub in sorted(getattr(cmd, "commands", {}).items()):
            if not getattr(sub, "hidden", False):
                walk(sub, [*path, name])

    walk(get_command(app), [])
    return out


def test_help_says_buku_kerja_and_lembar_kerja() -> None:
    leaks = {}
    for path in _paths():
        result = CliRunner().invoke(app, [*path, "--help"], env={"COLUMNS": "200", "NO_COLOR": "1"})
        if words := _english(result.stdout):
            leaks[" ".join(path)] = words
    assert leaks == {}
    shown = CliRunner().invoke(app, ["periksa", "--help"], env={"COLUMNS": "200", "NO_COLOR": "1"}).stdout
    assert "Nama atau nomor lembar kerja data pegawai" in shown


def test_findings_say_lembar_kerja() -> None:
    leaks = {
        code: words
        for code, spec in CATALOGUE.items()
        if (words := _english(spec.template) + _english(spec.keterangan))
    }
    assert leaks == {}
    assert "lembar kerja Persetujuan" in CATALOGUE["tahap-ganda"].template


def test_the_findings_column_header_is_lembar_kerja() -> None:
    assert label("lembar_kerja") == "Lembar Kerja" and not _english(" ".join(FIELD_LABELS.values()))
