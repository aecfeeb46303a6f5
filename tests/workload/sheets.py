"""Build task-sheet workbooks the way ABK applications lay them out, and read them back."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import openpyxl
import pandas as pd

from asn_mutasi.config import Settings, Workload
from asn_mutasi.io.readers import read_table
from asn_mutasi.schema import RawTable


def write_sheet(
    path: Path,
    header: Sequence[str],
    rows: Sequence[Sequence[object]],
    *,
    title_rows: Sequence[Sequence[object]] = (),
    footer_rows: Sequence[Sequence[object]] = (),
    sheet: str = "ABK",
    merge: Sequence[str] = (),
) -> Path:
    """Write one sheet: title rows, the header, the task rows, footer rows; merge ranges given."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = sheet
    for row in (*title_rows, header, *rows, *footer_rows):
        ws.append(list(row))
    for cells in merge:
        ws.merge_cells(cells)
    wb.save(path)
    return path


def read_sheet(path: Path, sheet: str | None = None) -> RawTable:
    return read_table(str(path), "abk", sheet=sheet)


def settings(**workload: object) -> Settings:
    return Settings(beban_kerja=Workload(**workload))  # type: ignore[arg-type]


def listing(rows: Sequence[tuple[str, str, str]]) -> pd.DataFrame:
    """A position listing (kode_jabatan, nama_jabatan, unit_kerja) as prepare_positions passes it."""
    return pd.DataFrame(rows, columns=["kode_jabatan", "nama_jabatan", "unit_kerja"])
