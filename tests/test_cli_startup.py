"""CLI start-up imports only what every run needs: Typer's rich formatter (help and errors) comes
when it is used, and its texts are Indonesian then."""

from __future__ import annotations

import subprocess
import sys

from asn_mutasi.cli import i18n


def _run(code: str) -> str:
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60)
    return done.stdout.strip()


def test_the_rich_help_formatter_is_not_imported_at_start_up() -> None:
    code = "import sys, asn_mutasi.cli.app\nprint('typer.rich_utils' in sys.modules, 'rich.markdown' in sys.modules)"
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
