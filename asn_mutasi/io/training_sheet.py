"""The "Kebutuhan Diklat" sheet of the plan workbook (issue 15): one line per mover and need; then the totals per
OPD and per training on sheets of their own, so the BKD can budget the training of a plan."""

from __future__ import annotations

from typing import Any

import pandas as pd

from asn_mutasi.formatting import EXCEL_FORMATS
from asn_mutasi.io.report_workbook import LINE_HEIGHT, header_lines, lines_needed, print_setup, put_cells
from asn_mutasi.labels import BOOLEAN_LABELS
from asn_mutasi.planning.training import TRAINING_FIELDS, TRAINING_LABELS

SHEET = "Kebutuhan Diklat"
#: the budget's totals, each on its own sheet: stacked under the list they printed under its repeated header row
#: ("ID Mutasi", "NIP" above "Keluar JF", "Orientasi tugas …"; polish3, h34), as ``diklat -o`` keeps them apart
OPD_SHEET = "Diklat per OPD"
PER_TRAINING_SHEET = "Diklat per Jenis"
OPD_FIELDS = ("perangkat_daerah_tujuan", "pegawai", "pegawai_perlu_diklat", "kebutuhan")
PER_TRAINING_FIELDS = ("jenis_diklat", "nama_diklat", "pegawai")
LABELS = {**TRAINING_LABELS, "pegawai": "Pegawai", "pegawai_perlu_diklat": "Pegawai Perlu Diklat"}
#: column widths (characters); long unit and position names wrap, and their rows grow to fit
WIDTHS = (10, 21, 24, 28, 28, 30, 14, 36, 38)  # ≤ FIT_WIDTH_LIMIT in all: one page wide, the titles never cut
OPD_WIDTHS = (40, 10, 12, 12)
PER_TRAINING_WIDTHS = (16, 60, 10)


def write_training_sheet(wb: Any, lines: pd.DataFrame, per_opd: pd.DataFrame, per_training: pd.DataFrame) -> None:
    """Add the list sheet and the two totals sheets to an open xlsxwriter workbook (text cells written as text,
    never formulas)."""
    ws = wb.add_worksheet(SHEET)
    heading = {"bold": True, "bg_color": "#DDEBF7", "border": 1, "text_wrap": True, "valign": "top"}
    head = wb.add_format(heading)
    title = wb.add_format({"bold": True, "font_size": 12})
    wrap = wb.add_format({"text_wrap": True, "valign": "top"})
    # counts read as every other sheet's ("1,234" by the reader's locale), not General's bare "1234" (polish4, h35)
    count = wb.add_format({"valign": "top", "num_format": EXCEL_FORMATS[0]})
    fmts = (head, title, wrap, count)
    r = _block(ws, "Kebutuhan diklat per pegawai yang dipindah", lines, TRAINING_FIELDS, WIDTHS, *fmts)
    # the list filters as every other sheet's table; printed, each page repeats its header row (walk4, h31)
    ws.autofilter(1, 0, max(r - 1, 2), len(TRAINING_FIELDS) - 1)
    opd = wb.add_worksheet(OPD_SHEET)
    r = _block(opd, "Jumlah per OPD tujuan", per_opd, OPD_FIELDS, OPD_WIDTHS, *fmts)
    total = (
        "Jumlah",
        int(per_opd["pegawai"].sum()),
        int(per_opd["pegawai_perlu_diklat"].sum()),
        int(per_opd["kebutuhan"].sum()),
    )
    head_count = wb.add_format(heading | {"num_format": EXCEL_FORMATS[0]})
    for c, v in enumerate(total):
        _cell(opd, r, c, v, head_count if c else head)
    training = wb.add_worksheet(PER_TRAINING_SHEET)
    _block(training, "Jumlah per jenis diklat", per_training, PER_TRAINING_FIELDS, PER_TRAINING_WIDTHS, *fmts)


def _cell(ws: Any, r: int, c: int, value: Any, fmt: Any = None) -> None:
    text = _text(value)
    if text is None:
        ws.write_number(r, c, float(value), fmt)
    else:
        ws.write_string(r, c, text, fmt)


def _text(value: Any) -> str | None:
    """A cell's text (words for booleans, "" for empty), or None when it is written as a number."""
    if isinstance(value, bool) or value is None or (isinstance(value, float) and value != value):
        return BOOLEAN_LABELS[value] if isinstance(value, bool) else ""
    if isinstance(value, (int, float)):
        return None
    return str(value)


def _block(
    ws: Any,
    heading: str,
    frame: pd.DataFrame,
    fields: tuple[str, ...],
    widths: tuple[int, ...],
    head: Any,
    title: Any,
    wrap: Any,
    count_fmt: Any,
) -> int:
    """Write a titled table on its own sheet (title row 0, header row 1, repeated on every printed page);
    return the first free row after it."""
    ws.write_string(0, 0, heading, title)
    headers = [LABELS.get(f, f) for f in fields]
    ws.set_row(1, LINE_HEIGHT * max(header_lines(h, widths[c]) for c, h in enumerate(headers)) + 2)
    for c, text in enumerate(headers):
        ws.write_string(1, c, text, head)
    n = len(frame)
    columns = [frame[f].to_numpy(dtype=object).tolist() if n else [] for f in fields]
    lines = [1] * n
    for c, values in enumerate(columns):  # wrapped names would otherwise spill over the rows below
        for i, v in enumerate(values):
            if isinstance(v, str):
                lines[i] = max(lines[i], lines_needed(v, widths[c]))
    rows = range(2, 2 + n)
    for i, count in zip(rows, lines, strict=True):
        if count > 1:
            ws.set_row(i, LINE_HEIGHT * count)
    texts = [[_text(v) for v in values] for values in columns]
    numbers = [
        [float(v) if t is None else None for v, t in zip(values, col_texts, strict=True)]
        for values, col_texts in zip(columns, texts, strict=True)
    ]
    put_cells(ws, rows, texts, numbers, wrap, count_fmt)
    for c, width in enumerate(widths):
        ws.set_column(c, c, width)
    ws.freeze_panes(2, 0)
    print_setup(ws, widths, header_row=1)
    return 2 + n
