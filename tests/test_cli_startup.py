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


def test_help_paragraphs_wrap_at_the_terminal_width_not_at_the_docstring_lines() -> None:
    """Docstrings are broken at 100 characters; an 80-column terminal used to show them raggedly."""
    import re

    from typer.testing import CliRunner

    from asn_mutasi.cli.app import app, reflowed

    assert reflowed("Satu.\n\nDua baris\n  disambung.\n") == "Satu.\n\nDua baris disambung."
    for info in app.registered_commands:  # every command's help: one line per paragraph
        assert isinstance(info.help, str) and all("\n" not in p for p in info.help.split("\n\n")), info.name
    result = CliRunner().invoke(app, ["rencana", "--help"], terminal_width=80, env={"NO_COLOR": "1"})
    text = re.sub(r"\s+", " ", result.stdout)
    assert "membebankan biaya per pindah agar pegawai yang sudah cocok tetap" in text
    lines = [line.rstrip() for line in result.stdout.splitlines()]
    at = next(i for i, line in enumerate(lines) if "Mengambil pegawai" in line)
    assert len(lines[at]) > 70 and len(lines[at + 1]) > 70  # filled to the width, not broken at "per"


def test_the_collector_is_held_from_start_up_to_the_first_bulk_step() -> None:
    """The imports' long-lived objects are not walked by collections (speed21): the collector is off while the
    command line starts, the first bulk step freezes them, and after that step the collector runs again."""
    code = (
        "import gc\nimport asn_mutasi.cli.app as app\nfrom asn_mutasi.cli import start\n"
        "app.main = lambda: print(gc.isenabled())\nstart.main()\n"
        "from asn_mutasi.gc_pause import gc_paused\n"
        "with gc_paused():\n    inside = gc.isenabled()\n"
        "print(inside, gc.isenabled(), gc.get_freeze_count() > 0)\n"
        "with gc_paused():\n    pass\n"
        "print(gc.isenabled())"
    )
    assert _run(code).split() == ["False", "False", "True", "True", "True"]


def test_usage_error_patterns_are_compiled_only_when_a_message_is_translated() -> None:
    """Importing the CLI's translations compiled some forty patterns that only a usage error uses (speed21)."""
    code = (
        "import re\ncount = [0]\nreal = re._compile\n"
        "def counting(*a):\n    count[0] += 1\n    return real(*a)\n"
        "re._compile = counting\nimport asn_mutasi.cli.i18n\nprint(count[0] < 10)"
    )
    assert _run(code) == "True"
