"""CLI start-up imports only what every run needs: rich and Typer's rich formatter (help and errors)
come when something is printed, and the formatter's texts are Indonesian then."""

from __future__ import annotations

import subprocess
import sys

from asn_mutasi.cli import i18n


def _run(code: str) -> str:
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60)
    return done.stdout.strip()


def test_rich_is_not_imported_at_start_up() -> None:
    """Neither Typer's rich formatter nor rich itself: a quiet run that prints nothing never needs them."""
    code = "import sys, asn_mutasi.cli.app\nprint('typer.rich_utils' in sys.modules, any(m.startswith('rich') for m in sys.modules))"
    assert _run(code) == "False False"


def test_the_rich_help_formatter_is_indonesian_once_imported() -> None:
    name, text = next(iter(i18n.PANELS.items()))
    code = (
        "import asn_mutasi.cli.app\nimport typer.rich_utils as r\n"
        f"print(getattr(r, {name!r}) == {text!r})\n"
        f"print(any({i18n.USAGE_PREFIX!r} in h for h in r.OptionHighlighter.highlights))"
    )
    assert _run(code).split() == ["True", "True"]


def test_a_formatter_imported_before_install_is_translated_at_once() -> None:
    name, text = next(iter(i18n.PANELS.items()))
    code = f"import typer.rich_utils as r\nimport asn_mutasi.cli.app\nprint(getattr(r, {name!r}) == {text!r})"
    assert _run(code) == "True"
