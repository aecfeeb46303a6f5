"""Write the workload analysis (bezetting, kebutuhan, EJ, retirements) as an Excel workbook.

One sheet per view, each with a frozen header, autofilter and widths; NIPs are text,
dates are real dates, and no input text ever becomes a formula (``strings_to_formulas``
is off and every string goes through ``write_string``). The file is written beside
the target and moved into place only when complete.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import pandas as pd
from xlsxwriter.worksheet import Worksheet

from asn_mutasi.findings import FINDING_KEYS, Finding
from asn_mutasi.io.report_workbook import (
    OPD_OF_UNIT,
    Formats,
    chart_height,
    close_workbook,
    freeze_row_names,
    new_workbook,
    print_setup,
    with_opd_columns,
    write_parameters,
    write_table,
)
from asn_mutasi.io.writers import atomic_path
from asn_mutasi.labels import label
from asn_mutasi.schema import PROBLEMS_SHEET

SHEETS: tuple[str, ...] = (
    "Per Unit",
    "Grafik Per Unit",
    "Per Jabatan",
    "Proyeksi Pensiun",
    "Kelas EJ",
    PROBLEMS_SHEET,
    "Parameter",
)
#: the chart of the Per Unit table has a sheet (and a printed page) of its own: below the table
#: it was cut across pages under the repeated header row, over the printed gridlines
CHART_SHEET = SHEETS[1]

#: header overrides of this workbook (everything else from asn_mutasi.labels)
HEADERS: dict[str, str] = {"jabatan": label("jabatan")}
STATUS_COLOURS = {"KURANG": "#F8CBAD", "LEBIH": "#FFE699", "SESUAI": "#C6EFCE", "TIDAK DI PETA": "#D9D9D9"}
#: units shown in the Per Unit chart (the table lists them all)
CHART_MAX_UNITS = 40


def _sheet(fmts: Formats, name: str, frame: pd.DataFrame, fields: Sequence[str]) -> Worksheet:
    """Write one table sheet (Indonesian headers, rounded numbers, dates, print setup); colour Status. The header
    row and the columns that name a row (:func:`freeze_row_names`) stay in view and print on every page."""
    ws = fmts.wb.add_worksheet(name)
    frame, fields = _with_opds(frame, fields)
    cols = [f for f in fields if f in frame.columns]
    table = frame[cols] if cols else pd.DataFrame()
    widths = write_table(ws, fmts, table, headers=HEADERS)
    print_setup(ws, widths, keys=freeze_row_names(ws, cols))
    if "status" in cols and len(frame):
        c = cols.index("status")
        for status, colour in STATUS_COLOURS.items():
            ws.conditional_format(
                1,
                c,
                len(frame),
                c,
                {"type": "cell", "criteria": "==", "value": f'"{status}"', "format": fmts.get(bg_color=colour)},
            )
    return ws


def _with_opds(frame: pd.DataFrame, fields: Sequence[str]) -> tuple[pd.DataFrame, list[str]]:
    """``frame`` and ``fields`` with the OPD of ``OPD | unit`` keys in a column before the unit
    (:func:`~asn_mutasi.io.report_workbook.with_opd_columns`)."""
    frame = with_opd_columns(frame)
    out = [f for f in fields if f not in OPD_OF_UNIT.values()]
    for unit, opd in OPD_OF_UNIT.items():
        if unit in out and opd in frame.columns:
            out.insert(out.index(unit), opd)
    return frame, out


def _chart(fmts: Formats, ws: Worksheet, units: pd.DataFrame, fields: list[str]) -> None:
    """Add a bar chart of selisih per unit to ``ws`` (at most :data:`CHART_MAX_UNITS` units), one printed page."""
    ws.hide_gridlines(2)
    ws.set_paper(9)
    ws.set_portrait()
    ws.fit_to_pages(1, 1)
    ws.set_footer("&L&A&RHalaman &P dari &N")
    if not len(units) or "selisih" not in fields or "unit_kerja" not in fields:
        ws.write_string(0, 0, "Tidak ada unit kerja untuk digambar.", fmts.get())
        return
    n = min(len(units), CHART_MAX_UNITS)
    name_col, value_col = fields.index("unit_kerja"), fields.index("selisih")
    # units told apart by OPD: the OPD and the unit as two levels of the axis, as the table's two columns
    first_col = fields.index("perangkat_daerah") if "perangkat_daerah" in fields else name_col
    chart = fmts.wb.add_chart({"type": "bar"})
    chart.add_series(
        {
            "name": "Selisih (bezetting − kebutuhan)",
            "categories": ["Per Unit", 1, first_col, n, name_col],
            "values": ["Per Unit", 1, value_col, n, value_col],
            "invert_if_negative": False,
            "fill": {"color": "#5B9BD5"},
            "gap": 60,
        }
    )
    shown = f" ({n} unit pertama)" if len(units) > n else ""
    chart.set_title({"name": f"Selisih pegawai per unit kerja{shown} (negatif = kurang)", "name_font": {"size": 11}})
    chart.set_legend({"none": True})
    # a bar chart's categories are its y axis (xlsxwriter swaps them): unit names at the low
    # edge, never on top of a negative bar; the first unit on top
    chart.set_y_axis({"label_position": "low", "reverse": True, "num_font": {"size": 8}})
    chart.set_x_axis({"num_font": {"size": 8}, "major_gridlines": {"visible": True}})
    chart.set_size({"width": 760, "height": chart_height(n)})
    ws.insert_chart(0, 0, chart, {"object_position": 1})


def write_workload_workbook(
    path: str | Path,
    *,
    units: pd.DataFrame,
    positions: pd.DataFrame,
    retirements: pd.DataFrame,
    grading: pd.DataFrame,
    parameters: Mapping[str, Any],
    findings: Sequence[Finding],
    overwrite: bool,
    input_files: Sequence[tuple[str, str]] | None = None,
) -> None:
    """Write the sheets of :data:`SHEETS` to ``path`` atomically.

    ``units``/``positions`` are :func:`~asn_mutasi.workload.unit_summary` and
    :func:`~asn_mutasi.workload.position_summary` frames, ``retirements`` from
    :func:`~asn_mutasi.workload.projected_retirements`, ``grading`` from
    :func:`~asn_mutasi.workload.grading_table`. Raises OutputError when the file exists
    without ``overwrite`` or cannot be written.
    """
    from asn_mutasi.workload.analysis import POSITION_COLUMNS, UNIT_COLUMNS
    from asn_mutasi.workload.retirement import RETIREMENT_COLUMNS

    problems = pd.DataFrame([f.to_dict() for f in findings], columns=list(FINDING_KEYS))
    with atomic_path(path, overwrite=overwrite) as tmp:
        workbook = new_workbook(tmp)
        fmts = Formats(workbook)
        units, unit_fields = _with_opds(units, [f for f in UNIT_COLUMNS if f in units.columns])
        _sheet(fmts, "Per Unit", units, unit_fields)
        _chart(fmts, workbook.add_worksheet(CHART_SHEET), units, unit_fields)
        _sheet(fmts, "Per Jabatan", positions, POSITION_COLUMNS)
        _sheet(fmts, "Proyeksi Pensiun", retirements, RETIREMENT_COLUMNS)
        _sheet(fmts, "Kelas EJ", grading, ("kelas_ej", "predikat", "rentang", "rumus"))
        _sheet(fmts, PROBLEMS_SHEET, problems, FINDING_KEYS)
        write_parameters(workbook.add_worksheet("Parameter"), fmts, parameters, list(input_files or []))
        close_workbook(workbook, path)
