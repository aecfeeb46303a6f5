"""The generated user docs cover every command, option, finding code and eligibility rule.

Like sqlite-utils' "every command is documented" test: adding a command, an option, a finding
code or a rule without rerunning ``python scripts/gen_docs.py`` fails here.
"""

from __future__ import annotations

import importlib.util
import re
from types import ModuleType
from typing import Any

import pytest
from cli_helpers import ROOT
from typer.main import get_command

from asn_mutasi.cli.app import app
from asn_mutasi.findings import CATALOGUE
from asn_mutasi.matching.eligibility import RULES

CLI_MD = ROOT / "docs" / "cli.md"
FINDINGS_MD = ROOT / "docs" / "findings.md"


def _gen_docs() -> ModuleType:
    spec = importlib.util.spec_from_file_location("gen_docs", ROOT / "scripts" / "gen_docs.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _commands() -> dict[str, Any]:
    """Name → click command (Typer bundles its own click, so duck-typed)."""
    return dict(get_command(app).commands)  # type: ignore[attr-defined]


def _sections(text: str) -> dict[str, str]:
    """``## `asn-mutasi NAME` `` heading → the text of that section."""
    out: dict[str, str] = {}
    for match in re.finditer(r"^## `asn-mutasi ?([a-z-]*)`\n(.*?)(?=^## |\Z)", text, flags=re.M | re.S):
        out[match.group(1)] = match.group(2)
    return out


COMMANDS = sorted(_commands())


def test_there_are_commands_to_document() -> None:
    from asn_mutasi.cli.app import COMMAND_NAMES

    assert set(COMMAND_NAMES.values()) <= set(COMMANDS)
    assert not set(COMMAND_NAMES) & set(COMMANDS)  # the English names are aliases, not listed


@pytest.mark.parametrize("name", COMMANDS)
def test_every_command_is_documented_with_its_options(name: str) -> None:
    sections = _sections(CLI_MD.read_text(encoding="utf-8"))
    assert name in sections, f"docs/cli.md lacks `asn-mutasi {name}`: run python scripts/gen_docs.py"
    section = sections[name]
    assert f"Pemakaian: asn-mutasi {name}" in section
    for param in _commands()[name].params:
        if param.param_type_name == "option" and not getattr(param, "hidden", False):
            for opt in param.opts:
                if opt.startswith("--"):
                    assert opt in section, f"{opt} of {name} missing from docs/cli.md: run python scripts/gen_docs.py"


def test_cli_docs_are_plain_text() -> None:
    text = CLI_MD.read_text(encoding="utf-8")
    assert "\x1b" not in text
    assert not [line for line in text.splitlines() if line != line.rstrip()]
    assert max(len(line) for line in text.splitlines() if line.startswith(("│", "╭", "╰"))) <= 100


@pytest.mark.parametrize("code", sorted(CATALOGUE))
def test_every_finding_code_is_documented(code: str) -> None:
    text = FINDINGS_MD.read_text(encoding="utf-8")
    row = next((line for line in text.splitlines() if line.startswith(f"| `{code}` |")), None)
    assert row is not None, f"{code} missing from docs/findings.md: run python scripts/gen_docs.py"
    assert f"| {CATALOGUE[code].severity.value} |" in row


@pytest.mark.parametrize("code", sorted(RULES))
def test_every_eligibility_rule_is_documented(code: str) -> None:
    text = FINDINGS_MD.read_text(encoding="utf-8")
    assert f"| `{code}` |" in text, f"{code} missing from docs/findings.md: run python scripts/gen_docs.py"


def test_findings_doc_is_up_to_date() -> None:
    assert FINDINGS_MD.read_text(encoding="utf-8") == _gen_docs().findings_markdown(), (
        "docs/findings.md is stale: run python scripts/gen_docs.py"
    )


def test_help_capture_is_plain_and_fixed_width() -> None:
    text = _gen_docs().render_help(["check"])  # an English alias: the help is the Indonesian command's
    assert text.lstrip().startswith("Pemakaian: asn-mutasi periksa")
    assert "\x1b" not in text
    assert max(len(line) for line in text.splitlines()) <= 100


def test_markdown_cells_escape_pipes() -> None:
    assert _gen_docs()._cell("a | b\nc") == "a \\| b c"


def test_every_command_documents_its_json_shape() -> None:
    """One JSON shape per command (issue 14): asn_mutasi/cli/json_shapes.py, rendered under its help."""
    from asn_mutasi.cli.json_shapes import json_shapes

    gen = _gen_docs()
    leaves = [n for n in gen.command_names() if n not in set(gen.group_names())]
    assert "rencana" in leaves and set(json_shapes()) == set(leaves)
    text = CLI_MD.read_text(encoding="utf-8")
    for name in leaves:
        section = text.split(f"\n## `asn-mutasi {name}`\n", 1)[1].split("\n## ", 1)[0]
        assert "**Bentuk JSON**" in section, name


def _architecture_layout() -> dict[str, set[str]]:
    """Package (``""`` for the top level) → module files named in docs/architecture.md's Layout block."""
    text = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    block = text.split("## Layout", 1)[1].split("```", 2)[1]
    named: dict[str, set[str]] = {}
    package = ""
    for line in block.splitlines()[2:]:  # after the fence's language line and "asn_mutasi/"
        head = re.match(r"^  (\w+)/", line)
        if head:
            package = head.group(1)
        elif re.match(r"^  \w+\.py", line):
            package = ""
        for token in re.findall(r"[\w/]+\.py\b", line):
            where, _, name = token.rpartition("/")
            named.setdefault(where or package, set()).add(name)
    return named


def test_architecture_layout_matches_the_tree() -> None:
    """Every module the Layout block names exists, and every module of the tree is named there."""
    package = ROOT / "asn_mutasi"
    named = _architecture_layout()
    missing = sorted(
        f"{pkg}/{name}" for pkg, names in named.items() for name in names if not (package / pkg / name).is_file()
    )
    assert not missing, f"docs/architecture.md names modules that do not exist: {missing}"
    tree = {
        (p.parent.relative_to(package).as_posix().replace(".", ""), p.name)
        for p in package.rglob("*.py")
        if p.name != "__init__.py"
    }
    unnamed = sorted(f"{pkg}/{name}".lstrip("/") for pkg, name in tree if name not in named.get(pkg, set()))
    assert not unnamed, f"modules missing from docs/architecture.md's Layout: {unnamed}"


def test_the_guides_show_dates_as_every_message_writes_them() -> None:
    """docs/siklus-mutasi.md showed `--tmt 2027-01-01` and "--tmt YYYY-MM-DD" while the README, the Persetujuan sheet
    and every message write DD-MM-YYYY (the CLI reads both; walk3, h27)."""
    iso = re.compile(r"--(?:tmt|tanggal) (?:\d{4}-\d\d-\d\d|YYYY-MM-DD)|\(opsional,? YYYY-MM-DD\)")
    guides = [ROOT / "README.md", *(p for p in (ROOT / "docs").glob("*.md") if p.name not in ("cli.md", "findings.md"))]
    said = {p.name: iso.findall(p.read_text(encoding="utf-8")) for p in guides}
    assert not {name: found for name, found in said.items() if found}


#: the developer's docs, in English by design; every other page is the analyst's
DEVELOPER_DOCS = frozenset({"api.md", "architecture.md"})
#: English words that have leaked into analyst pages before, beside the function words no Indonesian sentence uses
DOCS_DENYLIST = frozenset({"fellowship", "seeder", "seeding", "seeders", "default", "matching", "mapping"})
#: left out of the word scan: code spans, links and sources in brackets that name a repository, a file or a site
_DOC_CODE = re.compile(r"`[^`]*`|\]\([^)]*\)|\([^()]*(?:github|\.com|\.php|\.id|/)[^()]*\)")


def test_analyst_docs_carry_no_english_prose() -> None:
    """lang3 (h32): the pages the analyst reads are Bahasa Indonesia; "fellowship" (pendidikan.md), "seeder" and
    "seeding" (pengaturan.md) were written into them. Code spans and cited sources are not prose."""
    from test_no_english import FUNCTION_WORDS

    hits = []
    for page in sorted((ROOT / "docs").glob("*.md")):
        if page.name in DEVELOPER_DOCS:
            continue
        for n, line in enumerate(page.read_text(encoding="utf-8").splitlines(), start=1):
            words = re.findall(r"[A-Za-z]+", _DOC_CODE.sub(" ", line))
            hits += [f"{page.name}:{n}: {w}" for w in words if w.lower() in FUNCTION_WORDS | DOCS_DENYLIST]
    assert not hits, hits


def test_figures_measured_on_the_sample_name_its_reference_date() -> None:
    """docs/pengaturan.md quoted "23/7/1 dari 87 pindah" for `rencana sample_data/… --aspirasi …` without a date: run on
    another day the plan differs (22/7/1 on 05-12-2026: BUP and time in post move with the date). Every command a
    guide measured on the sample names the sample's reference date, 01-11-2026 (review13, h33)."""
    measured = re.compile(r"Diukur pada[^`]{0,80}`([^`]*sample_data[^`]*)`")
    guides = [ROOT / "README.md", *(ROOT / "docs").glob("*.md")]
    commands = [c for p in guides for c in measured.findall(p.read_text(encoding="utf-8").replace("\n", " "))]
    assert commands and all("--tanggal 01-11-2026" in c for c in commands), commands
