"""The one serialiser of cell values for JSON and CSV (CLI stdout and every ``-o`` writer), and
:func:`to_plain`, the same missing/numpy rules for typed cells (xlsx writers, terminal display).

Dates are ISO dates (``2026-01-31``); a datetime at midnight is a date, so a date read from
Excel never gains a ``T00:00:00``; NaN, NaT and ±inf are null; numpy scalars become Python
values; enums their value; sets sorted lists. CSV cells: ``true``/``false``, empty for null,
lists joined with ``"; "``, mappings as JSON.
"""

from __future__ import annotations

import datetime as dt
import enum
import json
import math
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeAlias

if TYPE_CHECKING:
    import pandas as pd

#: a value :func:`json.dumps` accepts as is
JSONValue: TypeAlias = bool | int | float | str | list["JSONValue"] | dict[str, "JSONValue"] | None
#: one row of a table, canonical snake_case keys
Record: TypeAlias = dict[str, JSONValue]


def to_jsonable(value: object) -> JSONValue:
    """Convert a value (recursively) to plain JSON: NaN/NaT → null, dates ISO, numpy scalars → Python."""
    if value is None or isinstance(value, bool | str | int):
        return value
    if isinstance(value, float):
        return None if math.isnan(value) or math.isinf(value) else value
    if isinstance(value, dt.datetime):
        if is_missing(value):
            return None
        if value.tzinfo is None and value.time() == dt.time(0):
            return value.date().isoformat()
        return value.isoformat()
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, Decimal):
        return to_jsonable(float(value))
    if isinstance(value, enum.Enum):
        return to_jsonable(value.value)
    if isinstance(value, Mapping):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        items = sorted(value, key=str) if isinstance(value, set | frozenset) else value
        return [to_jsonable(v) for v in items]
    item = getattr(value, "item", None)  # numpy scalars
    if callable(item):
        return to_jsonable(item())
    if is_missing(value):
        return None
    return str(value)


def to_plain(value: object) -> Any:
    """A cell as a plain Python value for typed output (xlsx cells, terminal text): None for every
    missing marker (None, NaN, ±inf, NaT, pd.NA), pandas Timestamps as datetimes, numpy scalars as
    Python values, Decimal as float; other values unchanged. JSON/CSV use :func:`to_jsonable`."""
    if value is None or is_missing(value):
        return None
    to_py = getattr(value, "to_pydatetime", None)
    if callable(to_py):
        return to_py()
    item = getattr(value, "item", None)
    if callable(item) and not isinstance(value, str | bytes):
        try:
            value = item()
        except (TypeError, ValueError):
            return str(value)
    if isinstance(value, Decimal):
        value = float(value)
    if isinstance(value, float) and (math.isnan(value) or math.isinf(value)):
        return None
    return value


def is_missing(value: object) -> bool:
    """True for pandas NaT/NA (which are not None and not NaN floats)."""
    return type(value).__name__ in {"NaTType", "NAType"}


def clean_records(rows: Sequence[Mapping[str, object]]) -> list[Record]:
    """Rows with every value made JSON-safe (keys and order kept)."""
    return [{str(k): to_jsonable(v) for k, v in r.items()} for r in rows]


def frame_records(frame: pd.DataFrame, columns: Sequence[str] | None = None) -> list[Record]:
    """DataFrame rows as JSON-safe dicts (only ``columns`` that exist, in that order)."""
    if columns is not None:
        frame = frame[[c for c in columns if c in frame.columns]]
    return [{str(k): to_jsonable(v) for k, v in r.items()} for r in frame.to_dict("records")]


def csv_cell(value: object) -> str:
    """One CSV cell: the JSON value as text (true/false, empty for null, lists joined by '; ')."""
    value = to_jsonable(value)
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return "; ".join(csv_cell(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def dumps(payload: object) -> str:
    """The JSON text of ``payload`` (indented, UTF-8 characters kept)."""
    return json.dumps(to_jsonable(payload), ensure_ascii=False, indent=2)
