"""The fast serialiser writes exactly what the straightforward definition writes.

``serialise.dumps`` must equal ``json.dumps(to_jsonable(x), ensure_ascii=False, indent=2)`` byte
for byte, and ``frame_records`` the per-cell ``to_jsonable`` over ``DataFrame.to_dict("records")``,
for every kind of value and column the tool produces (and some it does not).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import decimal
import enum
import json
import math
from typing import Any

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from asn_mutasi.serialise import dumps, frame_records, to_jsonable


def reference_dumps(payload: object) -> str:
    return json.dumps(to_jsonable(payload), ensure_ascii=False, indent=2)


def reference_records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    return [{str(k): to_jsonable(v) for k, v in r.items()} for r in frame.to_dict("records")]


class Colour(enum.Enum):
    RED = "merah"
    MIXED = (1, "a")


class Level(enum.IntEnum):
    THREE = 3


class Code(enum.StrEnum):
    S = "s"


def every_column() -> pd.DataFrame:
    """One column per dtype and kind of cell the writers meet (missing values in most)."""
    return pd.DataFrame(
        {
            "bilangan": [1, 2, 3],
            "pecahan": [1.5, np.nan, np.inf],
            "kecil_besar": [1e-7, 1e16, -0.0],
            "benar": [True, False, True],
            "teks": ['a\n"b', None, "ü\u2028\x01"],
            "campur": [1, "x", 2.5],
            "teks_nan": [np.nan, "x", None],
            "tanggal": pd.to_datetime(["2026-01-01", None, "2020-02-29"]),
            "waktu": pd.to_datetime(["2026-01-01 10:00", None, "2020-02-29 00:00"]),
            "int_null": pd.array([1, None, 3], dtype="Int64"),
            "string": pd.array(["x", None, "z"], dtype="string"),
            "str": pd.Series(["p", None, "q"], dtype="str"),
            "kategori": pd.Categorical(["a", "b", None]),
            "daftar": [[1, 2], [], {"a": {1, 2}}],
            "numpy": [np.int64(5), np.float32(0.1), np.bool_(True)],
            "tanggal_python": [dt.date(2026, 1, 2), dt.datetime(2026, 1, 2, 3, 4), decimal.Decimal("1.10")],
            "enum": [Colour.RED, Colour.MIXED, Level.THREE],
            "str_enum": [Code.S, "t", None],
            "durasi": pd.to_timedelta([1, 2, None], unit="D"),
            "zona": pd.to_datetime(["2026-01-01", None, "2020-02-29"]).tz_localize("Asia/Jakarta"),
        }
    )


@pytest.mark.parametrize(
    "frame",
    [
        every_column(),
        every_column().astype(object),
        every_column().iloc[:0],
        every_column()[[]],
        pd.DataFrame({"a": [1, 2], "b": ["x", "y"]}).rename(columns={"b": "a"}),  # duplicate names: the last wins
    ],
    ids=["typed", "object", "no-rows", "no-columns", "duplicate-columns"],
)
def test_frame_records_equal_the_per_cell_definition(frame: pd.DataFrame) -> None:
    with pytest.warns(UserWarning) if frame.columns.has_duplicates else contextlib.nullcontext():
        expected = reference_records(frame)
    got = frame_records(frame)
    assert reference_dumps(got) == reference_dumps(expected)
    assert got == json.loads(json.dumps(expected))


def test_frame_records_columns_pick_and_order() -> None:
    frame = every_column()
    got = frame_records(frame, ["teks", "tidak_ada", "bilangan"])
    assert [list(r) for r in got] == [["teks", "bilangan"]] * 3


@pytest.mark.parametrize(
    "payload",
    [
        {"a": reference_records(every_column()), "b": [], "c": {}, 1: "kunci angka", None: 2, 2.5: 3},
        [{"a": 1, "b": [1, 2]}, {"b": 2, "a": 1}, {"a": 1, "b": {"c": math.nan}}],
        [1, "2", None, 1.5, math.nan, -math.inf, 1e300, 1e-9],
        {"s": {3, 1, 2}, "fs": frozenset({"b", "a"}), "t": (1, 2), "e": Colour.MIXED, "ie": Level.THREE, "se": Code.S},
        [{"a": 1, "b": 2}, {"a": 1, "b": 2, "c": 3}],
        [{"a": 1}, {"a": pd.NaT}, {"a": pd.NA}, {"a": np.int64(3)}, {"a": np.float64("nan")}],
        [{}, {}],
        [[{"a": [{"b": 1}]}]],
        "teks\n",
        None,
        [],
        {},
    ],
)
def test_dumps_equals_json_dumps(payload: object) -> None:
    assert dumps(payload) == reference_dumps(payload)


scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=8),
    st.dates(),
    st.sampled_from([np.int32(4), np.float64(0.5), Colour.RED, Level.THREE, Code.S, pd.NaT]),
)
keys = st.sampled_from(["a", "b", "nip", "ü"])
documents = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.dictionaries(keys, inner, max_size=4),
        st.lists(st.fixed_dictionaries({"a": inner, "b": inner}), max_size=4),  # records with the same keys
    ),
    max_leaves=30,
)


@settings(max_examples=200, deadline=None)
@given(documents)
def test_dumps_equals_json_dumps_on_any_document(payload: object) -> None:
    assert dumps(payload) == reference_dumps(payload)


@pytest.mark.parametrize("columns", [None, ["b", "tidak_ada", "a"]])
@pytest.mark.parametrize(
    "records",
    [
        [{"a": 1, "b": math.nan}, {"a": dt.date(2026, 1, 2), "b": "x"}],
        [{"a": 1}, {"b": 2}],  # different keys
        [{2: "x", True: "y", None: "z"}],  # keys that are not text (json.dumps writes "true", "null")
        [],
    ],
)
def test_render_records_json_is_unchanged(records: list[dict[Any, Any]], columns: list[str] | None) -> None:
    from asn_mutasi.io.writers import render_records

    rows = [{k: to_jsonable(v) for k, v in r.items()} for r in records]
    if columns is not None:
        rows = [{c: row.get(c) for c in columns} for row in rows]
    expected = json.dumps(rows, ensure_ascii=False, indent=2) + "\n"
    assert render_records(records, "json", columns=columns) == expected
