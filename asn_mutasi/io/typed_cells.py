"""Cells of a text column that a workbook stores as a number, a date or TRUE/FALSE (``sel-bukan-teks``).

Excel turns what is typed into a cell into a number or a date when it can ("1-2" into 1 February, a name of digits
into a number), and a lookup or a copied formula leaves TRUE/FALSE behind. In a column of names, posts or units such a
cell was read as its text ("2020-01-01", "True") without a word: a post named "True" linked to nothing, a unit named
by a date was a unit of its own (hostile, h30). Only workbook cells have a type; a CSV cell is always text.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta

import numpy as np
import pandas as pd
from pandas._libs import lib

from asn_mutasi.findings import Finding, Location, make_finding
from asn_mutasi.formatting import format_date
from asn_mutasi.schema import ROW, ColumnInfo

#: the fields that name a person, a post, a unit or a programme: text in every file that is read right
TEXT_FIELDS = frozenset(
    {
        "nama",
        "jabatan",
        "unit_kerja",
        "nama_jabatan",
        "perangkat_daerah",
        "jurusan",
        "syarat_jurusan",
        "jabatan_sekarang",
    }
)
#: ``infer_dtype`` verdicts of a column of text (None aside): nothing to look at
_ALL_TEXT = frozenset({"string", "empty"})
#: how many cells a finding names
_EXAMPLES = 5


def typed_text_cells(frame: pd.DataFrame, columns: dict[str, ColumnInfo], base: Location) -> list[Finding]:
    """One ``sel-bukan-teks`` per text column (:data:`TEXT_FIELDS`) holding a number, a date or TRUE/FALSE: at its
    first such cell, with their count and the first few cells. A column of text is passed over by one ``infer_dtype``
    (C); only a column with another type in it is looked at cell by cell."""
    findings: list[Finding] = []
    for name, info in columns.items():
        if name not in TEXT_FIELDS or name not in frame.columns or frame[name].dtype != object:
            continue
        values = frame[name].to_numpy()
        if lib.infer_dtype(values, skipna=True) in _ALL_TEXT:
            continue
        typed = np.fromiter((_kind(v) is not None for v in values.tolist()), dtype=bool, count=len(values))
        if not typed.any():
            continue
        at = np.flatnonzero(typed)
        rows = frame[ROW].to_numpy()[at[:_EXAMPLES]].tolist()
        first = values[at[0]]
        kinds = list(dict.fromkeys(k for k in (_kind(v) for v in values[at].tolist()) if k))
        loc = replace(base, row=int(rows[0]), column=info.letter, header=info.header, field=name, value=_shown(first))
        findings.append(
            make_finding(
                "sel-bukan-teks",
                loc,
                jumlah=len(at),
                jenis=" dan ".join([", ".join(kinds[:-1]), kinds[-1]] if len(kinds) > 2 else kinds),  # "A, B dan C"
                contoh=", ".join(f"{info.letter}{r}" for r in rows),
            )
        )
    return findings


def _kind(value: object) -> str | None:
    """What a cell that is no text holds, in the analyst's words; None for text and for an empty cell."""
    if value is None or value.__class__ is str:
        return None
    if isinstance(value, bool | np.bool_):
        return "nilai TRUE/FALSE"
    if isinstance(value, datetime | date | time | timedelta | pd.Timestamp):
        return "tanggal/waktu"
    if isinstance(value, int | float | np.integer | np.floating):
        return None if value != value else "angka"  # NaN: an empty cell
    return None


def _shown(value: object) -> str:
    """The cell as Excel shows it: TRUE/FALSE, a date as dd-mm-yyyy (as the tool shows every date to people; polish4,
    h35), a whole number without ".0"."""
    if isinstance(value, bool | np.bool_):
        return "TRUE" if value else "FALSE"
    if isinstance(value, datetime | date):
        return format_date(value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
