"""Write the workload analysis (bezetting, kebutuhan, EJ, retirements) as an Excel workbook.

One sheet per view, each with a frozen header, autofilter and widths; NIPs are text,
dates are real dates, and no input text ever becomes a formula (``strings_to_formulas``
is off and every string goes through ``write_string``). The file is written beside
the target and moved into place only when complete.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import pandas as pd
import xlsxwriter
from xlsxwriter.workbook import Workbook
from xlsxwriter.worksheet import Worksheet

from asn_mutasi.errors import OutputError
from asn_mutasi.findings import FINDING_HEADERS, FINDING_KEYS, Finding
from asn_mutasi.io.writers import atomic_path, xlsx_options

SHEETS: tuple[str, ...] = ("Per Unit", "Per Jabatan", "Proyeksi Pensiun", "Kelas EJ", "Masalah Data", "Parameter")

#: canonical field → Indonesian header, for every column the sheets may show
HEADERS: dict[str, str] = {
    "unit_kerja": "Unit Kerja",
    "jumlah_jabatan": "Jumlah Jabatan",
    "kode_jabatan": "Kode Jabatan",
    "nama_jabatan": "Nama Jabatan",
    "jenis_jabatan": "Jenis Jabatan",
    "kebutuhan": "Kebutuhan",
    "bezetting": "Bezetting (PNS+PPPK)",
    "bezetting_cpns": "CPNS",
    "selisih": "Selisih (+/-)",
    "status": "Status",
    "lowongan": "Lowongan",
    "proyeksi_pensiun": "Proyeksi Pensiun",
    "lowongan_proyeksi": "Lowongan + Proyeksi",
    "tidak_tertaut": "Pegawai Tidak Tertaut",
    "beban_kerja_jam": "Beban Kerja (jam/tahun)",
    "ej": "EJ",
    "kelas_ej": "Kelas EJ",
    "beban_lebih": "Beban Lebih",
    "beban_kurang": "Beban Kurang",
    "catatan": "Catatan",
    "nip": "NIP",
    "nama": "Nama",
    "jabatan": "Jabatan",
    "tanggal_lahir": "Tanggal Lahir",
    "bup": "BUP (tahun)",
    "tmt_pensiun": "TMT Pensiun",
    "predikat": "Predikat",
    "rentang": "Rentang",
    "rumus": "Rumus",
    **FINDING_HEADERS,
    "parameter": "Parameter",
    "nilai_parameter": "Nilai",
}
TEXT_FIELDS = frozenset({"nip", "kode_jabatan", "kolom", "nilai"})
DATE_FIELDS = frozenset({"tanggal_lahir", "tmt_pensiun"})
STATUS_COLOURS = {"KURANG": "#F8CBAD", "LEBIH": "#FFE699", "SESUAI": "#C6EFCE"}


def _plain(value: Any) -> Any:
    """Return a plain Python value, None for any missing marker (NaN, NaT, pd.NA)."""
    if value is None or value is pd.NaT:
        return None
    if isinstance(value, pd.Timestamp):
        return value.to_pydatetime()
    item = getattr(value, "item", None)
    if callable(item) and not isinstance(value, (str, bytes)):
        value = item()
    if isinstance(value, float) and (math.isnan(value) or math.isinf(value)):
        return None
    try:
        if pd.isna(value):
            return None
    except (TypeError, ValueError):
        pass
    return value


class _Writer:
    """Shared formats and the cell rules of this workbook."""

    def __init__(self, workbook: Workbook) -> None:
        self.wb = workbook
        self.header = workbook.add_format({"bold": True, "bg_color": "#D9E1F2", "border": 1, "text_wrap": True})
        self.date = workbook.add_format({"num_format": "dd-mm-yyyy"})
        self.decimal = workbook.add_format({"num_format": "0.00"})
        self.colours = {k: workbook.add_format({"bg_color": v}) for k, v in STATUS_COLOURS.items()}

    def cell(self, ws: Worksheet, r: int, c: int, value: Any, fld: str) -> None:
        value = _plain(value)
        if value is None:
            ws.write_blank(r, c, None)
        elif fld in TEXT_FIELDS:
            ws.write_string(r, c, str(value))
        elif isinstance(value, bool):
            ws.write_string(r, c, "Ya" if value else "Tidak")
        elif isinstance(value, (int, float)):
            ws.write_number(r, c, value, self.decimal if fld in ("ej", "beban_kerja_jam") else None)
        elif isinstance(value, dt.datetime):
            ws.write_datetime(r, c, value.replace(tzinfo=None), self.date)
        elif isinstance(value, dt.date):
            ws.write_datetime(r, c, dt.datetime(value.year, value.month, value.day), self.date)
        else:
            ws.write_string(r, c, str(value))  # never a formula, whatever it starts with

    def sheet(self, name: str, frame: pd.DataFrame, fields: Sequence[str]) -> Worksheet:
        ws = self.wb.add_worksheet(name)
        cols = [f for f in fields if f in frame.columns]
        for c, f in enumerate(cols):
            title = HEADERS.get(f, f)
            ws.write_string(0, c, title, self.header)
            sample = frame[f].head(300).map(lambda v: len(str(_plain(v) or ""))) if len(frame) else pd.Series([0])
            ws.set_column(c, c, min(60, max(len(title), int(sample.max() or 0)) + 2))
        for r, row in enumerate(frame[cols].itertuples(index=False, name=None), start=1):
            for c, value in enumerate(row):
                self.cell(ws, r, c, value, cols[c])
        ws.freeze_panes(1, 0)
        if cols:
            ws.autofilter(0, 0, max(len(frame), 1), len(cols) - 1)
        if "status" in cols and len(frame):
            c = cols.index("status")
            for status, fmt in self.colours.items():
                ws.conditional_format(
                    1, c, len(frame), c, {"type": "cell", "criteria": "==", "value": f'"{status}"', "format": fmt}
                )
        return ws


def _chart(writer: _Writer, ws: Worksheet, units: pd.DataFrame, fields: list[str]) -> None:
    """Add a bar chart of selisih per unit beside the table (at most 40 units shown)."""
    if not len(units) or "selisih" not in fields or "unit_kerja" not in fields:
        return
    n = min(len(units), 40)
    name_col, value_col = fields.index("unit_kerja"), fields.index("selisih")
    chart = writer.wb.add_chart({"type": "bar"})
    chart.add_series(
        {
            "name": "Selisih (bezetting − kebutuhan)",
            "categories": ["Per Unit", 1, name_col, n, name_col],
            "values": ["Per Unit", 1, value_col, n, value_col],
            "invert_if_negative": False,
            "fill": {"color": "#5B9BD5"},
        }
    )
    chart.set_title({"name": "Selisih pegawai per unit kerja"})
    chart.set_legend({"none": True})
    chart.set_size({"width": 720, "height": max(300, 22 * n)})
    ws.insert_chart(1, len(fields) + 1, chart)


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
) -> None:
    """Write the six sheets of :data:`SHEETS` to ``path`` atomically.

    ``units``/``positions`` are :func:`~asn_mutasi.workload.unit_summary` and
    :func:`~asn_mutasi.workload.position_summary` frames, ``retirements`` from
    :func:`~asn_mutasi.workload.projected_retirements`, ``grading`` from
    :func:`~asn_mutasi.workload.grading_table`. Raises OutputError when the file exists
    without ``overwrite`` or cannot be written.
    """
    from asn_mutasi.workload.analysis import POSITION_COLUMNS, UNIT_COLUMNS
    from asn_mutasi.workload.projection import RETIREMENT_COLUMNS

    problems = pd.DataFrame([f.to_dict() for f in findings], columns=list(FINDING_KEYS))
    params = pd.DataFrame(
        {"parameter": [str(k) for k in parameters], "nilai_parameter": [_param(v) for v in parameters.values()]}
    )
    with atomic_path(path, overwrite=overwrite) as tmp:
        workbook = xlsxwriter.Workbook(str(tmp), xlsx_options(tmp))
        writer = _Writer(workbook)
        unit_fields = [f for f in UNIT_COLUMNS if f in units.columns]
        ws = writer.sheet("Per Unit", units, unit_fields)
        _chart(writer, ws, units, unit_fields)
        writer.sheet("Per Jabatan", positions, POSITION_COLUMNS)
        writer.sheet("Proyeksi Pensiun", retirements, RETIREMENT_COLUMNS)
        writer.sheet("Kelas EJ", grading, ("kelas_ej", "predikat", "rentang", "rumus"))
        writer.sheet("Masalah Data", problems, FINDING_KEYS)
        writer.sheet("Parameter", params, ("parameter", "nilai_parameter"))
        try:
            workbook.close()
        except Exception as exc:  # xlsxwriter wraps OS errors in its own exception types
            raise OutputError(f"Berkas '{path}' tidak dapat ditulis: {exc}") from exc


def _param(value: Any) -> str:
    """Render a parameter value as text (lists joined, dates ISO)."""
    if isinstance(value, (list, tuple)):
        return "; ".join(_param(v) for v in value)
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return "" if value is None else str(value)
