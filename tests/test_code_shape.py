"""Every function in asn_mutasi/ stays short enough to read in one screen (issue 9).

Length counts from the ``def`` line to the function's last line (decorators excluded,
docstring and nested functions included), measured with :mod:`ast`.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "asn_mutasi"
MAX_LINES = 80


def function_lengths(source: str) -> list[tuple[str, int, int]]:
    """(name, first line, length in lines) of every function and method in ``source``."""
    tree = ast.parse(source)
    return [
        (node.name, node.lineno, (node.end_lineno or node.lineno) - node.lineno + 1)
        for node in ast.walk(tree)
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))
    ]


def test_the_measure_counts_def_to_last_line() -> None:
    body = "\n".join(f"    x{i} = {i}" for i in range(MAX_LINES))
    source = f"def long():\n{body}\n\ndef short():\n    return 1\n"
    assert function_lengths(source) == [("long", 1, MAX_LINES + 1), ("short", MAX_LINES + 3, 2)]


def test_no_function_is_longer_than_80_lines() -> None:
    too_long = []
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE).as_posix()
        for name, line, length in function_lengths(path.read_text(encoding="utf-8")):
            if length > MAX_LINES:
                too_long.append(f"asn_mutasi/{relative}:{line} {name}: {length} lines")
    assert not too_long, f"functions over {MAX_LINES} lines (split them):\n" + "\n".join(too_long)
