"""The audit export's headers wrap between words in a row tall enough for them, instead of each header setting its
column's width on one line: "Batas Atas Lowongan Terisi dengan Wajib Rotasi" made a column of short figures 49
wide, and the Putaran table of one round printed 469 characters wide over two pages (render29, h38)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl

from asn_mutasi.io.report_workbook import LINE_HEIGHT, header_lines
from asn_mutasi.ledger import export
from asn_mutasi.ledger.store import PUTARAN, Ledger, NewEntry


def _widths(ws: openpyxl.worksheet.worksheet.Worksheet) -> dict[int, float]:
    """Column widths by 1-based column, ranges (<col min max>) spread over their columns."""
    out: dict[int, float] = {}
    for dim in ws.column_dimensions.values():
        for c in range(dim.min, dim.max + 1):
            out[c] = dim.width
    return out


def test_headers_wrap_in_a_tall_enough_row_and_no_longer_widen_their_columns(tmp_path: Path) -> None:
    path = tmp_path / "bb.sqlite"
    summary = {"pindah": 4, "lowongan_terisi": 4, "batas_atas_lowongan_terisi": 5, "batas_atas_dengan_rotasi": 6}
    with Ledger(path) as ledger:
        ledger.append(
            [NewEntry(PUTARAN, {"ringkasan": summary}, id_putaran="P1")],
            waktu=dt.datetime(2026, 12, 5, 2, 9, tzinfo=dt.UTC),
        )
        out = tmp_path / "audit.xlsx"
        export.export_ledger(ledger, out)
    book = openpyxl.load_workbook(out)
    for ws in book.worksheets:
        widths = _widths(ws)
        height = ws.row_dimensions[1].height or LINE_HEIGHT
        for cell in (c for c in ws[1] if c.value is not None):  # (a sheet of no entry has no columns)
            title, width = str(cell.value), widths[cell.column]
            assert width >= max(len(w) for w in title.split()) + 1, (ws.title, title, width)  # no word cut
            assert header_lines(title, width) * LINE_HEIGHT <= height, (ws.title, title, width, height)
    putaran = book["Putaran"]
    header = {str(c.value): c.column for c in putaran[1]}
    rotation = "Batas Atas Lowongan Terisi dengan Wajib Rotasi"
    assert _widths(putaran)[header[rotation]] <= 20  # was 48.7: the header on one line
    assert sum(_widths(putaran).values()) < 0.7 * sum(len(h) + 2 for h in header)
