"""Write analyst workbooks that read well on screen and on paper.

One writer for the table-shaped reports (check, match, assess, compare, the daftar SK,
the roster written back by ``apply``) and the layout rules the plan and workload
workbooks share: Indonesian headers from :mod:`asn_mutasi.labels` (canonical names are
for JSON/CSV), words for coded values (``ya``/``tidak``, ``galat``/``peringatan``/``info``),
numbers written as numbers with the display rounding of :mod:`asn_mutasi.formatting`,
dates as real dates (``dd-mm-yyyy``), ids as text, widths that fit the header words and
the values, row heights for wrapped text, and a print setup (A4 landscape, header row
repeated, one page wide when the table fits) so a printed sheet is not cut into strips.
Every string goes through ``write_string`` with formula conversion off: input text that
starts with ``=``, ``+``, ``-`` or ``@`` stays text.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd
import xlsxwriter
from xlsxwriter.workbook import Workbook
from xlsxwriter.worksheet import Worksheet

import asn_mutasi
from asn_mutasi.errors import OutputError
from asn_mutasi.formatting import (
    DIGITS,
    EXCEL_DATE_FORMAT,
    EXCEL_FORMATS,
    EXCEL_MIXED_FORMAT,
    digits_for,
    format_date,
    format_number,
)
from asn_mutasi.io.writers import TEXT_COLUMNS, atomic_path
from asn_mutasi.labels import label, value_label
from asn_mutasi.serialise import to_plain

#: canonical fields always written as text: the ids whose digits must survive, and the findings'
#: column letter and raw cell value
TEXT_FIELDS = frozenset(TEXT_COLUMNS) | {"kolom", "nilai"}
#: free-text fields shown wrapped in a wide column (their rows grow to fit)
WRAP_FIELDS = frozenset(
    {"ukuran", "alasan", "pesan", "catatan", "keterangan", "rumus", "syarat_pengalaman", "riwayat_jabatan"}
)
WRAP_WIDTH = 60
MAX_WIDTH = 48
#: a text column whose values run longer than LONG_TEXT wraps at NAME_WRAP (names of positions and units)
LONG_TEXT = 36
NAME_WRAP = 32
#: numbering columns (centred so the number never runs into the NIP beside it)
NUMBERING = frozenset({"no", "no.", "nomor", "nomor_urut", "no urut", "peringkat", "#", "baris", "baris_usulan"})
#: points per text line (Calibri/Carlito 11)
LINE_HEIGHT = 15.0
#: xlsxwriter default row height in pixels (for chart anchoring)
ROW_PIXELS = 20
#: widest table (in character units) still printed one page wide
FIT_WIDTH_LIMIT = 260
#: chart geometry (pixels): width, height per unit shown, fixed part, gap between stacked charts
CHART_WIDTH = 760
CHART_PX_PER_UNIT = 22
CHART_BASE_PX = 130
CHART_MAX_PX = 1400
CHART_GAP_PX = 24
EXCEL_OPTIONS = {"strings_to_formulas": False, "strings_to_urls": False, "strings_to_numbers": False}


@dataclass
class Formats:
    """The cell formats of one workbook (xlsxwriter formats belong to their workbook)."""

    wb: Workbook
    cache: dict[tuple[Any, ...], Any] = field(default_factory=dict)

    def get(self, **props: Any) -> Any:
        key = tuple(sorted(props.items()))
        if key not in self.cache:
            self.cache[key] = self.wb.add_format({"valign": "top", **props})
        return self.cache[key]

    @property
    def header(self) -> Any:
        return self.get(bold=True, bg_color="#D9E1F2", border=1, text_wrap=True)

    @property
    def title(self) -> Any:
        return self.get(bold=True, font_size=14)

    def number(self, fld: str, value: float | int) -> Any:
        if fld == "nilai_ringkasan":  # mixed figures, each already rounded for its own field
            whole = isinstance(value, int) or float(value).is_integer()
            return self.get(num_format=EXCEL_FORMATS[0] if whole else EXCEL_MIXED_FORMAT)
        if isinstance(value, int) or (fld not in DIGITS and float(value).is_integer()):
            return self.get(num_format=EXCEL_FORMATS[0])
        return self.get(num_format=EXCEL_FORMATS.get(digits_for(fld), "0.00"))


def new_workbook(path: Path, *, constant_memory: bool = False) -> Workbook:
    """Open an xlsxwriter workbook with formula/number/url conversion off."""
    from asn_mutasi.io.writers import xlsx_options  # temp files in the atomic write's scratch folder

    return xlsxwriter.Workbook(str(path), xlsx_options(path, constant_memory=constant_memory))


def close_workbook(wb: Workbook, path: str | Path) -> None:
    try:
        wb.close()
    except Exception as exc:  # xlsxwriter wraps OS errors in its own exception types
        raise OutputError(f"Berkas '{path}' tidak dapat ditulis: {exc}") from exc


def lines_needed(text: str, width: float) -> int:
    """Return how many lines ``text`` wraps to in a column ``width`` characters wide.

    Words move to the next line whole; a word longer than the line (a path, a long code)
    is broken over as many lines as it needs.
    """
    per_line = max(int(width), 1)
    total = 0
    for part in str(text).split("\n"):
        count, line = 1, 0
        for word in part.split(" "):
            size = len(word)
            if line and line + 1 + size > per_line:
                count, line = count + 1, 0
            if size > per_line:
                extra = (size - 1) // per_line
                count += extra
                line = size - extra * per_line
            else:
                line += (1 if line else 0) + size
        total += count
    return max(total, 1)


def header_width(title: str) -> float:
    """Return the narrowest width that wraps ``title`` only between words (at most 3 lines)."""
    longest = max((len(w) for w in title.split()), default=4)
    return float(max(longest + 2, math.ceil(len(title) / 3) + 2, 6))


def column_width(fld: str, title: str, values: Sequence[str]) -> float:
    """Return a width that shows the header words and the longest sampled value."""
    if fld in WRAP_FIELDS:
        return float(WRAP_WIDTH)
    longest = max((len(v) for v in values), default=0)
    width = max(header_width(title), min(longest + 2, MAX_WIDTH))
    if fld == "nip":
        width = max(width, 21.0)
    return float(width)


def print_setup(ws: Worksheet, widths: Sequence[float], *, header_row: int | None = 0) -> None:
    """A4 landscape, gridlines printed, header row repeated; one page wide when the table fits."""
    ws.set_paper(9)
    ws.set_landscape()
    ws.set_margins(left=0.4, right=0.4, top=0.5, bottom=0.5)
    ws.hide_gridlines(0)
    if header_row is not None:
        ws.repeat_rows(header_row)
    if sum(widths) <= FIT_WIDTH_LIMIT:
        ws.fit_to_pages(1, 0)
    else:  # too wide for one page: as few pages wide as keep it readable, the first column on each
        ws.fit_to_pages(math.ceil(sum(widths) / FIT_WIDTH_LIMIT), 0)
        ws.repeat_columns(0, 0)
        ws.print_across()
    ws.set_footer("&L&A&RHalaman &P dari &N")


def display_cell(fld: str, value: Any) -> Any:
    """Return what the cell holds for a person: words for codes and booleans, otherwise the value."""
    value = to_plain(value)
    if value is None:
        return None
    return value_label(fld, value)


def write_cell(ws: Worksheet, fmts: Formats, r: int, c: int, fld: str, value: Any, *, wrap: bool = False) -> None:
    """Write one display value: text as text, numbers rounded by format, dates as dates."""
    if value is None:
        return
    if fld in TEXT_FIELDS or isinstance(value, str):
        text = str(value) if not isinstance(value, float) or not value.is_integer() else str(int(value))
        ws.write_string(r, c, text, fmts.get(text_wrap=True) if wrap else fmts.get())
    elif isinstance(value, bool):
        ws.write_string(r, c, "ya" if value else "tidak", fmts.get())
    elif isinstance(value, (int, float)):
        if isinstance(value, int) and abs(value) >= 10**11:
            ws.write_string(r, c, str(value), fmts.get())  # an id that lost its text type
        else:
            ws.write_number(r, c, value, fmts.number(fld, value))
    elif isinstance(value, dt.datetime):
        if value.time() == dt.time(0):
            ws.write_datetime(r, c, value.replace(tzinfo=None), fmts.get(num_format=EXCEL_DATE_FORMAT))
        else:
            ws.write_datetime(r, c, value.replace(tzinfo=None), fmts.get(num_format=EXCEL_DATE_FORMAT + " hh:mm"))
    elif isinstance(value, dt.date):
        ws.write_datetime(r, c, dt.datetime(value.year, value.month, value.day), fmts.get(num_format=EXCEL_DATE_FORMAT))
    elif isinstance(value, (list, tuple, set)):
        ws.write_string(r, c, "; ".join(str(v) for v in value), fmts.get(text_wrap=wrap))
    else:
        ws.write_string(r, c, str(value), fmts.get(text_wrap=wrap))


def _long_text(values: pd.Series, sample: list[str]) -> bool:
    """Return True for a text column (not numbers or dates) with values longer than LONG_TEXT."""
    if values.dtype.kind in "biufcmM":
        return False
    return any(len(v) > LONG_TEXT for v in sample)


def _sample_text(fld: str, values: pd.Series, limit: int = 500) -> list[str]:
    out = []
    for v in values.head(limit):
        shown = display_cell(fld, v)
        if shown is None:
            continue
        if isinstance(shown, float):
            shown = f"{shown:,.{digits_for(fld)}f}"
        elif isinstance(shown, (dt.date, dt.datetime)):
            shown = "00-00-0000"
        out.append(str(shown))
    return out


def write_table(
    ws: Worksheet,
    fmts: Formats,
    frame: pd.DataFrame,
    *,
    start_row: int = 0,
    labelled: bool = True,
    headers: Mapping[str, str] | None = None,
    text_fields: frozenset[str] = TEXT_FIELDS,
    min_widths: Mapping[str, float] | None = None,
    wrap: Mapping[str, float] | None = None,
) -> list[float]:
    """Write ``frame`` as a table at ``start_row``: headers, cells, widths, row heights; return widths.

    ``labelled``: canonical column names become Indonesian headers (``headers`` first, then
    :func:`asn_mutasi.labels.label`) and coded values become words; otherwise the columns
    and values are written as given (a roster written back for re-import). ``wrap`` names
    further fields wrapped at a fixed width (rows grow to fit them too).
    """
    wrap = dict(wrap or {})
    fields = [str(c) for c in frame.columns]
    keys = [f.casefold() for f in fields] if not labelled else fields
    titles = [(headers or {}).get(f) or (label(f) if labelled else f) for f in fields]
    widths: list[float] = []
    for f, k, title in zip(fields, keys, titles, strict=True):
        sample = (
            _sample_text(k, frame[f]) if labelled else [str(v) for v in frame[f].head(500) if to_plain(v) is not None]
        )
        width = column_width(k, title, sample)
        width = max(width, float((min_widths or {}).get(f, 0)))
        if f not in wrap and k not in WRAP_FIELDS and k not in text_fields and _long_text(frame[f], sample):
            wrap[f] = max(NAME_WRAP, header_width(title))
        widths.append(float(wrap[f]) if f in wrap else width)
    for c, width in enumerate(widths):
        centred = keys[c] in NUMBERING or titles[c].casefold() in NUMBERING
        ws.set_column(c, c, width, fmts.get(align="center") if centred else None)
    head_lines = max((lines_needed(t, w) for t, w in zip(titles, widths, strict=True)), default=1)
    ws.set_row(start_row, LINE_HEIGHT * head_lines + 2)
    for c, title in enumerate(titles):
        ws.write_string(start_row, c, title, fmts.header)
    wrap_cols = [c for c, k in enumerate(keys) if k in WRAP_FIELDS or fields[c] in wrap]
    as_text = [k in text_fields for k in keys]
    centred_cols = {c for c, k in enumerate(keys) if k in NUMBERING or titles[c].casefold() in NUMBERING}
    for r, row in enumerate(frame.itertuples(index=False, name=None), start=start_row + 1):
        cells = [display_cell(k, v) if labelled else to_plain(v) for k, v in zip(keys, row, strict=True)]
        if wrap_cols:
            lines = max(lines_needed(str(cells[c]), widths[c]) if cells[c] is not None else 1 for c in wrap_cols)
            if lines > 1:
                ws.set_row(r, min(LINE_HEIGHT * lines, 409))
        for c, value in enumerate(cells):
            if value is not None and as_text[c] and not isinstance(value, str):
                value = str(int(value)) if isinstance(value, float) and value.is_integer() else str(value)
            if c in centred_cols and isinstance(value, (int, float)) and not isinstance(value, bool):
                ws.write_number(r, c, value, fmts.get(align="center"))
            else:
                write_cell(ws, fmts, r, c, keys[c], value, wrap=c in wrap_cols)
    ws.freeze_panes(start_row + 1, 0)
    if fields:
        ws.autofilter(start_row, 0, start_row + max(len(frame), 1), len(fields) - 1)
    return widths


@dataclass
class Sheet:
    """One sheet of a report workbook: a frame with canonical columns and optional header overrides."""

    frame: pd.DataFrame
    headers: Mapping[str, str] | None = None
    labelled: bool = True


def write_report_workbook(
    path: str | Path,
    sheets: Mapping[str, pd.DataFrame | Sheet],
    *,
    overwrite: bool = False,
    text_fields: Sequence[str] = (),
) -> None:
    """Write one table per sheet (see the module docstring) to ``path`` atomically."""
    texts = TEXT_FIELDS | {t.casefold() for t in text_fields} | set(text_fields)
    with atomic_path(path, overwrite=overwrite) as tmp:
        wb = new_workbook(tmp, constant_memory=True)
        fmts = Formats(wb)
        for name, spec in sheets.items():
            sheet = spec if isinstance(spec, Sheet) else Sheet(spec)
            ws = wb.add_worksheet(_sheet_name(name))
            widths = write_table(
                ws, fmts, sheet.frame, labelled=sheet.labelled, headers=sheet.headers, text_fields=frozenset(texts)
            )
            print_setup(ws, widths)
        close_workbook(wb, path)


def _sheet_name(name: str) -> str:
    bad = set("[]:*?/\\")
    return "".join("_" if ch in bad else ch for ch in name).strip("'")[:31] or "Sheet"


def summary_frame(summary: Mapping[str, Any], labels: Mapping[str, str]) -> pd.DataFrame:
    """Return a two-column (Ukuran, Nilai) frame of summary figures: values rounded by their field,
    coded values (solver status, method, booleans) in words."""
    from asn_mutasi.formatting import round_for_display
    from asn_mutasi.labels import summary_label

    rows = [
        {
            "ukuran": labels.get(k) or summary_label(k),
            "nilai_ringkasan": display_cell(k, round_for_display(to_plain(v), k)),
        }
        for k, v in summary.items()
    ]
    return pd.DataFrame(rows, columns=["ukuran", "nilai_ringkasan"])


def chart_height(units: int) -> int:
    """Return a chart's height in pixels for ``units`` bars (every unit label gets its own line)."""
    return int(min(CHART_MAX_PX, max(300, CHART_PX_PER_UNIT * units + CHART_BASE_PX)))


def write_parameters(ws: Worksheet, fmts: Formats, parameters: Mapping[str, Any], files: list[tuple[str, str]]) -> None:
    """The Parameter sheet: version and time once, then every setting and input file (with sha256)."""
    rows = parameter_rows(parameters, files)
    frame = pd.DataFrame(rows, columns=["parameter", "nilai_parameter"])
    # long values (a sha256, an input path with its hash) wrap in their column instead of running
    # over the empty columns beside it, which LibreOffice then prints as a grid of empty cells
    widths = write_table(
        ws, fmts, frame, text_fields=frozenset({"parameter", "nilai_parameter"}), wrap={"nilai_parameter": 66}
    )
    print_setup(ws, widths)


#: run options recorded under an English name by their callers → the name the Parameter sheet shows
PARAMETER_NAMES = {"keep": "nip_tetap"}
#: parameter keys the writer records itself (a caller's copy is dropped, not listed twice)
_OWN_PARAMETERS = {
    "versi": "versi_asn_mutasi",
    "waktu": "waktu_pembuatan",
    "versi_asn_mutasi": "",
    "waktu_pembuatan": "",
}


def parameter_rows(parameters: Mapping[str, Any], files: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Return (parameter, value text) rows: version and time first, settings flattened, input files last."""
    rows: list[tuple[str, str]] = [
        ("versi_asn_mutasi", asn_mutasi.__version__),
        ("waktu_pembuatan", format_date(dt.datetime.now().replace(microsecond=0, second=0))),
    ]
    rows += [
        (PARAMETER_NAMES.get(str(k), str(k)), _param(v))
        for k, v in _flatten(dict(parameters))
        if k not in _OWN_PARAMETERS
    ]
    rows += [(f"berkas_input_{i}", f"{p} (sha256 {h})") for i, (p, h) in enumerate(files, start=1)]
    return rows


def _flatten(data: dict[str, Any], prefix: str = "") -> list[tuple[str, Any]]:
    out: list[tuple[str, Any]] = []
    for k, v in data.items():
        key = f"{prefix}{k}"
        if isinstance(v, dict):
            out += _flatten(v, key + ".")
        else:
            out.append((key, v))
    return out


_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")


def _param(value: Any) -> str:
    """A setting as a person reads it: ya/tidak, 1,5 (Indonesian decimals), dd-mm-yyyy."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ya" if value else "tidak"
    if isinstance(value, (list, tuple)):
        return ", ".join(_param(v) for v in value)
    if isinstance(value, (dt.date, dt.datetime)):
        return format_date(value)
    if isinstance(value, (int, float)):
        return format_number(value, None) if isinstance(value, float) and not value.is_integer() else str(int(value))
    m = _ISO_DATE.match(str(value))
    if m:
        return f"{m.group(3)}-{m.group(2)}-{m.group(1)}"
    return str(value)
