"""The data files shipped with the package (this folder) and their one reader.

CSV files may carry ``#`` comment lines (sources, notes); values come back stripped.
Read through :mod:`importlib.resources`, so the files are found in a wheel or a zip too.
"""

from __future__ import annotations

import csv
import io
import json
from importlib import resources
from pathlib import Path
from typing import Any


def data_text(name: str) -> str:
    """The text of the shipped data file ``name`` (UTF-8)."""
    return resources.files(__name__).joinpath(name).read_text(encoding="utf-8")


def data_csv(name: str, *, delimiter: str = ",") -> list[dict[str, str]]:
    """The rows of a shipped CSV file, keyed by its header; ``#`` lines and blank lines skipped."""
    lines = [ln for ln in data_text(name).splitlines() if ln.strip() and not ln.startswith("#")]
    reader = csv.DictReader(io.StringIO("\n".join(lines)), delimiter=delimiter)
    return [{k: (v or "").strip() for k, v in row.items()} for row in reader]


def data_json(name: str) -> Any:
    """The parsed content of a shipped JSON file."""
    return json.loads(data_text(name))


def data_path(*parts: str) -> Path:
    """The path of a shipped file (e.g. ``data_path("templates", "petikan.docx")``), for tools that need a file."""
    return Path(str(resources.files(__name__).joinpath(*parts)))
