"""Time calamine's row read (what io/readers.py uses) against fastexcel's columnar read of one sheet, in CPU seconds.

Usage: python bench/columnar_read.py PATH.xlsx [calamine|fastexcel|fastexcel-guess|compare]

``fastexcel`` loads the first sheet with every column as text (``load_sheet(0, header_row=None,
dtypes="string")``), turns it into Arrow and then into one numpy object column per sheet column, which is what
the readers' grid needs; ``fastexcel-guess`` lets fastexcel guess a type per column. Both need pyarrow (fastexcel
0.21 gives no column without it: ``to_arrow``, ``to_pandas`` and ``to_polars`` each need pyarrow or polars; it has
no Arrow C-stream export that numpy could take). ``compare`` lists, per Python type, the cells whose text
fastexcel gives differently from calamine's value.

Measured (speed13, h34) on bench/out/sample_100000/pegawai.xlsx (100,006 rows × 20 columns), medians of 3, CPU:
calamine ``to_python`` 1.54 s; fastexcel 1.54 s (load 0.80 s, ``to_arrow`` 0.40 s, Arrow → numpy objects 0.34 s).
No gain while the readers need Python objects per cell; pyarrow 26 would add 170 MB installed. What a columnar
reader would have to keep to give the same tables (``compare`` on tests/fixtures/real and sample_data):

* the type of each cell, not of its column: a float cell 1.0 came back as the text "1" (2,414 cells) and a date
  cell as "2023-08-24 00:00:00" (4,000 cells), so NIPs stored as numbers, dates vs datetimes and numbers in a
  text column could no longer be told apart (the readers decide per cell: _kinds_and_edges, the date and NIP parsers);
* an empty cell as calamine gives it (calamine's "" for an empty cell; fastexcel gives None);
* the sheet row of every cell: the readers number rows from the start of calamine's range (its first used row),
  a columnar load must start at the same row and keep wholly empty rows in place;
* hostile cases the readers handle now: a stray cell at XFD1048576, ragged rows, error cells (#N/A), merged
  titles, a sheet of 16,384 columns, each with its bounds (io/guard.py) before any cell is parsed.
"""

from __future__ import annotations

import collections
import sys
import time
from typing import Any


def _calamine(path: str) -> list[list[Any]]:
    from python_calamine import CalamineWorkbook

    rows: list[list[Any]] = CalamineWorkbook.from_path(path).get_sheet_by_index(0).to_python()
    return rows


def _columns(path: str, dtypes: str | None) -> list[Any]:
    import fastexcel

    table = fastexcel.read_excel(path).load_sheet(0, header_row=None, dtypes=dtypes).to_arrow()
    return [column.to_numpy(zero_copy_only=False) for column in table.columns]


def compare(path: str) -> collections.Counter[str]:
    """Cells whose fastexcel text differs from calamine's value, counted per calamine type."""
    rows, columns = _calamine(path), _columns(path, "string")
    differ: collections.Counter[str] = collections.Counter()
    for c, column in enumerate(columns):
        for r, text in enumerate(column.tolist()):
            value = rows[r][c] if r < len(rows) and c < len(rows[r]) else None
            if value != text and not (value == "" and text is None):
                differ[type(value).__name__] += 1
    return differ


def main() -> None:
    path, mode = sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else "calamine"
    start = time.process_time()
    if mode == "compare":
        print(dict(compare(path)))
        return
    if mode == "calamine":
        rows = _calamine(path)
        shape = (len(rows), len(rows[0]) if rows else 0)
    else:
        columns = _columns(path, None if mode == "fastexcel-guess" else "string")
        shape = (len(columns[0]) if columns else 0, len(columns))
    print(f"{mode}: {shape[0]} rows × {shape[1]} columns, CPU {time.process_time() - start:.2f} s")


if __name__ == "__main__":
    main()
