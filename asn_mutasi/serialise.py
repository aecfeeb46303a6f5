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
    """DataFrame rows as JSON-safe dicts (only ``columns`` that exist, in that order).

    Converted a column at a time (numbers through ``tolist``, NaN/±inf → None, dates at
    midnight → ISO dates); a column of other values falls back to :func:`to_jsonable` per
    cell over pandas' own ``to_dict("records")`` values, so the result is the same as that.
    """
    if columns is not None:
        frame = frame[[c for c in columns if c in frame.columns]]
    if not len(frame):
        return []
    keys = [str(k) for k in frame.columns]
    if not keys:
        return [{} for _ in range(len(frame))]
    values = [_json_column(frame.iloc[:, i]) for i in range(len(keys))]
    return [dict(zip(keys, row, strict=True)) for row in zip(*values, strict=True)]


#: exact types that pass through to_jsonable unchanged (float only when finite)
_PLAIN_TYPES = frozenset({str, int, bool, type(None)})


def _json_column(series: pd.Series) -> list[JSONValue]:
    """One column's values as to_jsonable gives them for the rows of ``to_dict("records")``."""
    import numpy as np

    kind = series.dtype.kind if isinstance(series.dtype, np.dtype) else "extension"
    if kind in ("b", "i", "u"):
        return series.tolist()  # Python bools and ints
    if kind == "f":
        numbers = series.to_numpy()
        finite = np.isfinite(numbers)
        if finite.all():
            return numbers.tolist()
        out = numbers.astype(object)
        out[~finite] = None
        return out.tolist()
    if kind == "M":
        dates = _iso_dates(series)
        if dates is not None:
            return dates
    elif kind in ("O", "extension"):  # object and extension dtypes: exact Python scalars pass as they are
        items = series.tolist()
        types = set(map(type, items))
        if types <= _PLAIN_TYPES:
            return items
        if types <= _PLAIN_TYPES | {float}:
            return [v if v.__class__ is not float or math.isfinite(v) else None for v in items]
    # anything else exactly as before: pandas' record values, each through to_jsonable
    return [to_jsonable(r["v"]) for r in series.rename("v").to_frame().to_dict("records")]


def _iso_dates(series: pd.Series) -> list[JSONValue] | None:
    """ISO dates (None for NaT) of a tz-naive datetime column whose values are all at midnight, else None."""
    present = series.notna()
    days = series[present]
    if len(days) and (days.dt.tz is not None or (days.dt.normalize() != days).any() or days.dt.year.min() < 1000):
        return None
    text = series.dt.strftime("%Y-%m-%d").astype(object)
    text[~present] = None
    return text.tolist()


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


def csv_cells(values: Sequence[object]) -> list[str]:
    """:func:`csv_cell` of every value; text, ints and finite floats (most cells) without a call each."""
    return [
        v
        if v.__class__ is str
        else ""
        if v is None
        else str(v)
        if v.__class__ is int or (v.__class__ is float and math.isfinite(v))
        else csv_cell(v)
        for v in values
    ]


def dumps(payload: object) -> str:
    """The JSON text of ``payload`` (indented, UTF-8 characters kept).

    Byte for byte ``json.dumps(to_jsonable(payload), ensure_ascii=False, indent=2)``, built
    faster: scalars are encoded by the C encoder a list at a time, and a list of records
    with the same keys is encoded a column at a time.
    """
    return _encode(payload, 0)


_INDENT = "  "


def _encode(value: object, level: int) -> str:
    """The indented JSON of one value at nesting ``level`` (see :func:`dumps`)."""
    if isinstance(value, bool | str | int | float) or value is None:
        return _scalars([to_jsonable(value)])[0]
    plain = to_jsonable(value) if not isinstance(value, Mapping | list | tuple | set | frozenset) else value
    if isinstance(plain, Mapping):
        items = {str(k): v for k, v in plain.items()}
        if not items:
            return "{}"
        inner = "\n" + _INDENT * (level + 1)
        keys = _scalars(list(items))
        values = _values(list(items.values()), level + 1)
        body = ("," + inner).join(f"{k}: {v}" for k, v in zip(keys, values, strict=True))
        return "{" + inner + body + "\n" + _INDENT * level + "}"
    if isinstance(plain, list | tuple | set | frozenset):
        seq = sorted(plain, key=str) if isinstance(plain, set | frozenset) else list(plain)
        if not seq:
            return "[]"
        inner = "\n" + _INDENT * (level + 1)
        encoded = _records(seq, level + 1)
        if encoded is None:
            encoded = _values(seq, level + 1)
        return "[" + inner + ("," + inner).join(encoded) + "\n" + _INDENT * level + "]"
    return _encode(plain, level)


def _values(values: list[Any], level: int) -> list[str]:
    """Each value's JSON at ``level``: plain scalars in one C-encoder call, containers one by one."""
    plain = _jsonable_list(values)
    if plain is not None:
        return _scalars(plain)
    return [_encode(v, level) for v in values]


def _jsonable_list(values: list[Any]) -> list[Any] | None:
    """``values`` through to_jsonable when every one is a scalar that stays a scalar, else None."""
    types = set(map(type, values))
    if types <= _PLAIN_TYPES:
        return values
    if types <= _PLAIN_TYPES | {float}:
        return [v if v.__class__ is not float or math.isfinite(v) else None for v in values]
    if any(issubclass(t, Mapping | list | tuple | set | frozenset) for t in types):
        return None
    out = [to_jsonable(v) for v in values]
    return None if any(isinstance(v, dict | list) for v in out) else out


_SCALAR_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=("\n", ":"))


def _scalars(values: list[Any]) -> list[str]:
    """The JSON of each plain scalar (str, int, float, bool, None): one C-encoder call for the list.

    Encoded strings never hold a raw newline (it is escaped), so the compact list text splits
    at the separator into the items.
    """
    if not values:
        return []
    return _SCALAR_ENCODER.encode(values)[1:-1].split("\n")


def _records(rows: list[Any], level: int) -> list[str] | None:
    """A list of dicts that all have the same string keys, encoded a column at a time (else None)."""
    first = rows[0]
    if type(first) is not dict or not first:
        return None
    keys = tuple(first)
    if not all(type(k) is str for k in keys):
        return None
    if not all(type(r) is dict and len(r) == len(keys) and tuple(r) == keys for r in rows):
        return None
    inner = "\n" + _INDENT * (level + 1)
    columns = []
    for key, name in zip(keys, _scalars(list(keys)), strict=True):
        prefix = name + ": "
        columns.append([prefix + v for v in _values([r[key] for r in rows], level + 1)])
    head, tail = "{" + inner, "\n" + _INDENT * level + "}"
    sep = "," + inner
    return [head + sep.join(cells) + tail for cells in zip(*columns, strict=True)]
