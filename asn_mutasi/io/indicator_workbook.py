"""Indicator workbooks: the template a BKD fills per unit and period, and the indicator sheet
(with one chart per indicator) added to the ``compare`` workbook."""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import pandas as pd
from xlsxwriter import Workbook
from xlsxwriter.worksheet import Worksheet

from asn_mutasi.domain.jabatan import unit_in_words
from asn_mutasi.errors import OutputError, write_reason
from asn_mutasi.io.writers import atomic_path, xlsx_options
from asn_mutasi.labels import FIELD_LABELS, ROUND_LABELS
from asn_mutasi.rollout.indicators import IKM_GRADES, NAIK, STANDARD_INDICATORS, TURUN, IndicatorComparison
from asn_mutasi.schema import ROUND_FIELDS

TEMPLATE_SHEET = "Indikator"
ROUNDS_SHEET = "Tren Putaran"
#: the ledger's round figures shown in the Tren Putaran sheet (the hashes, date and version are in the ledger export)
TREND_FIELDS = tuple(f for f in ROUND_FIELDS if f not in ("sha256_pegawai", "tanggal_acuan", "status_solver", "versi"))
INDICATOR_SHEET = "Indikator Layanan"
#: the width of the template's Petunjuk column: one landscape page
GUIDE_WIDTH = 110
#: the template's headers (the indicator reader's names) and the least width of each column
TEMPLATE_HEADERS = {"Unit Kerja": 20.0, "Periode": 12.0, "Indikator": 30.0, "Nilai": 12.0, "Arah": 14.0}
#: the template's OPD column, before Unit Kerja when the units are told apart by OPD (a header the reader maps to the OPD)
TEMPLATE_OPD = "Perangkat Daerah"
#: the guide's line on that column
OPD_GUIDE = (
    f"{TEMPLATE_OPD}: perangkat daerah (OPD) tempat unit kerja itu berada, ditulis seperti di data pegawai. Unit kerja "
    "yang namanya sama di beberapa OPD (mis. Sekretariat, UPT Puskesmas) dibedakan oleh kolom ini: isi keduanya untuk "
    "setiap baris, juga baris yang ditambahkan."
)
HEADERS = {
    "perangkat_daerah": FIELD_LABELS["perangkat_daerah"],
    "unit_kerja": "Unit Kerja",
    "indikator": "Indikator",
    "arah": "Arah",
    "periode_sebelum": "Periode Sebelum",
    "nilai_sebelum": "Nilai Sebelum",
    "periode_sesudah": "Periode Sesudah",
    "nilai_sesudah": "Nilai Sesudah",
    "selisih": "Selisih",
    "layanan": "Layanan",
    "tren": "Tren Semua Periode",
    "bezetting_sebelum": "Bezetting Sebelum",
    "bezetting_sesudah": "Bezetting Sesudah",
    "perubahan_bezetting": "Perubahan Bezetting",
    "lowongan_sebelum": "Lowongan Sebelum",
    "lowongan_sesudah": "Lowongan Sesudah",
    "kepegawaian_membaik": "Kepegawaian Membaik",
    "perlu_perhatian": "Perlu Perhatian (kepegawaian membaik, layanan memburuk)",
}


def write_indicator_template(
    units: Sequence[str], periods: Sequence[str], path: str | Path, *, overwrite: bool = False
) -> int:
    """Write the indicator table to fill: one row per unit × standard indicator × period; return the rows.

    Laid out and printed as every report table (``report_workbook.write_table`` and ``print_setup``): a unit's name
    wraps in its column instead of being cut by the period beside it ("Badan Kepegawaian dan Pengembangan Sumber D"),
    and the sheet prints landscape, one page wide, its header on every page (it printed portrait, two columns a page,
    16 pages for 40 units; walk4, h31). Units told apart by OPD (``OPD | unit`` keys) are written as the roster writes
    them, the OPD in a Perangkat Daerah column before the unit as written: the cells read "Dinas Kesehatan | UPT
    Puskesmas X" (walk7, h32); the reader joins the two columns back into the key."""
    from asn_mutasi.domain.jabatan import opd_and_unit
    from asn_mutasi.io.report_workbook import Formats, print_setup, write_table

    parts = opd_and_unit(units)  # {} when no unit has an OPD in its key: no OPD column
    headers = {TEMPLATE_OPD: 20.0} if parts else {}
    headers |= TEMPLATE_HEADERS
    rows = [
        (*((parts[unit][0], parts[unit][1]) if parts else (unit,)), period, name, None, arah)
        for unit in units
        for name, arah in STANDARD_INDICATORS
        for period in periods
    ]
    frame = pd.DataFrame(rows, columns=list(headers), dtype=object)
    with atomic_path(path, overwrite=overwrite) as tmp:
        wb = Workbook(str(tmp), xlsx_options(tmp))
        ws = wb.add_worksheet(TEMPLATE_SHEET)
        widths = write_table(ws, Formats(wb), frame, labelled=False, text_fields=frozenset({"periode"}))
        widths = [max(w, headers[h]) for w, h in zip(widths, frame.columns, strict=True)]
        column = {h: c for c, h in enumerate(frame.columns)}
        for c, width in enumerate(widths):  # room to type a value; a period typed later stays text ("2025-01")
            ws.set_column(c, c, width, wb.add_format({"num_format": "@"}) if c == column["Periode"] else None)
        _add_template_validations(ws, max(len(rows), 1) + 500, column)
        ws.freeze_panes(1, column["Unit Kerja"] + 1)  # the header row and the unit (with its OPD) stay in view
        print_setup(ws, widths)
        _write_template_guide(wb, by_opd=bool(parts))
        ws.activate()
        try:
            wb.close()
        except Exception as exc:
            raise OutputError(f"Berkas '{path}' tidak dapat ditulis: {write_reason(exc)}") from exc
    return len(rows)


def _add_template_validations(ws: Worksheet, last: int, column: Mapping[str, int]) -> None:
    """Arah as a dropdown, Nilai as a number, Indikator as a suggestion list (other names allowed); ``column``: each
    header's column."""
    arah, nilai, indikator = column["Arah"], column["Nilai"], column["Indikator"]
    ws.data_validation(
        1,
        arah,
        last,
        arah,
        {
            "validate": "list",
            "source": [NAIK, TURUN],
            "error_title": "Arah",
            "error_message": "Isi 'naik baik' (makin tinggi makin baik) atau 'turun baik'.",
        },
    )
    ws.data_validation(
        1,
        nilai,
        last,
        nilai,
        {
            "validate": "decimal",
            "criteria": ">=",
            "value": -1e12,
            "error_title": "Nilai",
            "error_message": "Isi angka.",
        },
    )
    ws.data_validation(
        1,
        indikator,
        last,
        indikator,
        {
            "validate": "list",
            "source": [n for n, _ in STANDARD_INDICATORS],
            "error_type": "information",
            "input_title": "Indikator",
            "input_message": "Pilih atau ketik indikator lain.",
        },
    )


def _write_template_guide(wb: Workbook, *, by_opd: bool = False) -> None:
    """The Petunjuk sheet: the OPD column when there is one (``by_opd``: the guide said nothing of the Perangkat Daerah
    column it gained; lang3, h32), periods, direction, the IKM formula (PermenPANRB 14/2017) and its grades."""
    from asn_mutasi.io.report_workbook import LINE_HEIGHT, lines_needed, print_setup

    guide = wb.add_worksheet("Petunjuk")
    guide.set_column(0, 0, GUIDE_WIDTH)
    bold = wb.add_format({"bold": True, "text_wrap": True, "valign": "top"})
    wrap = wb.add_format({"text_wrap": True, "valign": "top"})
    lines = [
        # the OPD filling the table reads what it is for, not the BKD's command-line option (render29, h38)
        (
            "Tabel indikator layanan per unit kerja dan periode: diisi OPD, lalu dipakai BKD untuk membandingkan "
            "layanan unit kerja sebelum dan sesudah mutasi.",
            bold,
        ),
        *(((OPD_GUIDE, None),) if by_opd else ()),
        ("Periode ditulis agar urut sebagai teks: 2025, 2026 atau 2025-S1, 2025-S2 atau 2025-01.", None),
        (
            "Arah: 'naik baik' bila nilai lebih tinggi lebih baik (IKM, capaian kinerja, survei pegawai); "
            "'turun baik' bila lebih rendah lebih baik (jumlah pengaduan).",
            None,
        ),
        (
            "IKM menurut PermenPANRB 14/2017: NRR per unsur = total nilai persepsi per unsur / jumlah responden yang mengisi; "
            "IKM = Σ (NRR per unsur × 1/jumlah unsur); IKM unit pelayanan = IKM × 25.",
            None,
        ),
        (
            "Mutu pelayanan (nilai konversi): "
            + "; ".join(f"{g} ({m}) mulai {lo:.2f}".replace(".", ",") for lo, g, m in IKM_GRADES)
            + ". Hitung dengan: asn-mutasi indikator ikm NRR1 NRR2 … NRR9",
            None,
        ),
    ]
    for i, (line, fmt) in enumerate(lines):  # wrapped in the page's width (the longer lines were cut in print)
        guide.set_row(i, LINE_HEIGHT * lines_needed(line, GUIDE_WIDTH))
        guide.write_string(i, 0, line, fmt or wrap)
    print_setup(guide, [GUIDE_WIDTH], header_row=None)


def add_indicator_sheet(
    path: str | Path, comparison: IndicatorComparison | None, *, rounds: Sequence[Mapping[str, object]] | None = None
) -> None:
    """Add the sheet ``Indikator Layanan`` and one bar chart per indicator (before vs after per unit),
    and/or the ledger's rounds (``Tren Putaran``), to an existing workbook (the ``compare`` output),
    replacing it atomically."""
    from asn_mutasi.io.open_workbook import openpyxl_workbook

    target = Path(path)
    wb = openpyxl_workbook(target)  # (a temporary file's name has no .xlsx for openpyxl)
    if comparison is not None:
        _indicators(wb, comparison)
    if rounds is not None:
        _rounds(wb, rounds)
    for name in (INDICATOR_SHEET, INDICATOR_SHEET + " (Grafik)", ROUNDS_SHEET):
        if name in wb.sheetnames:
            _as_text(wb[name])
    with atomic_path(target, overwrite=True) as tmp:
        wb.save(tmp)


def _rounds(wb: Any, rounds: Sequence[Mapping[str, object]]) -> None:
    """The Tren Putaran sheet: one row per ledger round. Times are date-time cells in this computer's zone, named in
    the header as the ledger export names them (they were UTC text "2026-12-05T09:34:53+00:00"); figures carry the
    number format of the same figure elsewhere (an index at 3 decimals, counts with a thousands separator)."""
    from asn_mutasi.formatting import local_moment, local_zone

    ws = wb.create_sheet(ROUNDS_SHEET)
    fields = list(TREND_FIELDS)
    zone, zone_name = local_zone()
    headers = [ROUND_LABELS.get(f, f) + (f" ({zone_name})" if f == "waktu" else "") for f in fields]
    ws.append(headers)
    for rec in rounds:
        ws.append([_cell(local_moment(rec.get(f), zone) if f == "waktu" else rec.get(f)) for f in fields])
    # a fixed width of 18 cut every round id ("P-20261205-082143-5") and the page printed portrait, four pages
    # wide, without the footer every other sheet has (walk2, h30)
    shown = [
        [h, *(("00-00-0000 00:00" if f == "waktu" else rec.get(f)) for rec in rounds)]
        for h, f in zip(headers, fields, strict=True)
    ]
    _printable(ws, fields, shown, keys=1)


def _as_text(ws: Any) -> None:
    """Every cell openpyxl took for a formula is text: a unit or indicator named "=HYPERLINK(…)" in the
    analyst's CSV, or a plan file named "=1+1.xlsx" in the ledger, must stay words (no input becomes a formula)."""
    for row in ws.iter_rows():
        for cell in row:
            if cell.data_type == "f":
                cell.data_type = "s"


def _indicators(wb: Any, comparison: IndicatorComparison) -> None:
    if INDICATOR_SHEET in wb.sheetnames:
        del wb[INDICATOR_SHEET]
    from asn_mutasi.io.report_workbook import with_opd_columns

    ws = wb.create_sheet(INDICATOR_SHEET)
    # units told apart by OPD: the OPD in a column before the unit as written, as Per Unit beside it (they showed the
    # "Dinas Kesehatan | UPT Puskesmas X" key; walk6, h31)
    table = with_opd_columns(comparison.table)
    fields = list(table.columns)
    ws.append([HEADERS.get(f, f) for f in fields])
    for rec in table.to_dict("records"):
        ws.append([_cell(rec[f]) for f in fields])
    keys = fields.index("indikator") + 1  # the OPD, the unit and the indicator name a row
    _printable(ws, fields, [[HEADERS.get(f, f), *table[f].tolist()] for f in fields], keys=keys)
    _charts(wb, comparison.table)


def _printable(ws: Any, fields: Sequence[str], columns: Sequence[Sequence[object]], *, keys: int) -> None:
    """Style, size and print a table sheet written here as the report writers do theirs (``report_workbook``
    ``write_table`` and ``print_setup``): the same header cells (bold on a blue fill, bordered, wrapped), widths
    (``column_width``), header height, number formats and freeze (the header row and the ``keys`` columns that name a
    row); landscape A4, one page wide, header row repeated, the sheet's name and "Halaman n dari N" in the footer.
    ``columns``: each field's header, then its values as shown. The two sheets added here had plain headers 96-112 pt
    tall over 10-wide columns, figures without number formats and only column A frozen (walk7, h32)."""
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    from asn_mutasi.io.report_workbook import (
        HEADER_FILL,
        LINE_HEIGHT,
        LONG_TEXT,
        NAME_WRAP,
        column_width,
        header_lines,
        header_width,
        lines_needed,
    )

    fill = PatternFill("solid", fgColor="FF" + HEADER_FILL.lstrip("#"))
    thin = Side(style="thin")
    lines, heights = 1, [1] * (ws.max_row + 1)
    top, wrapped = Alignment(vertical="top"), Alignment(wrap_text=True, vertical="top")
    for c, (field, (header, *values)) in enumerate(zip(fields, columns, strict=True), start=1):
        sample = [str(v) for v in values[:500] if v is not None and v == v]
        width = column_width(field, str(header), sample)
        wrap = any(isinstance(v, str) and len(v) > LONG_TEXT for v in values)  # a unit's long name wraps, never cut
        width = max(NAME_WRAP, header_width(str(header))) if wrap else width
        for r, value in enumerate(values, start=2):  # every cell at the top of its row, as the report sheets' cells
            ws.cell(r, c).alignment = wrapped if wrap else top
            if wrap and isinstance(value, str):
                heights[r] = max(heights[r], lines_needed(value, width))
        # + the 5 pixels (5/7 of a character) xlsxwriter pads every width it stores: the report sheets' columns, whose
        # line counts the heights here share (a unit's name wrapped to three lines in a row two lines high)
        ws.column_dimensions[ws.cell(1, c).column_letter].width = width + 5 / 7
        head = ws.cell(1, c)
        head.font, head.fill = Font(bold=True), fill
        head.border = Border(left=thin, right=thin, top=thin, bottom=thin)
        head.alignment = Alignment(wrap_text=True, vertical="top")  # a long header wraps, never cut
        lines = max(lines, header_lines(str(header), width))
        _number_formats(ws, c, field)
    ws.row_dimensions[1].height = LINE_HEIGHT * lines + 2
    for r, n in enumerate(heights):
        if r > 1 and n > 1:
            ws.row_dimensions[r].height = min(LINE_HEIGHT * n, 409)
    ws.page_setup.paperSize, ws.page_setup.orientation = 9, "landscape"  # every column on the page's width
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.gridLines = True
    ws.print_title_rows = "1:1"
    ws.oddFooter.left.text, ws.oddFooter.right.text = "&A", "Halaman &P dari &N"
    ws.freeze_panes = ws.cell(2, keys + 1).coordinate
    ws.auto_filter.ref = ws.dimensions


def _number_formats(ws: Any, column: int, field: str) -> None:
    """A date-time cell as day-month-year and time; a count with a thousands separator; a figure of a field with
    its own decimals (``formatting.DIGITS``: an index at 3) at those; any other figure (an indicator's value, at the
    decimals the analyst wrote) as it is."""
    from asn_mutasi.formatting import DIGITS, EXCEL_FORMATS, excel_format

    for (cell,) in ws.iter_rows(min_row=2, min_col=column, max_col=column):
        if isinstance(cell.value, dt.datetime):
            cell.number_format = "dd-mm-yyyy hh:mm"
        elif isinstance(cell.value, bool) or not isinstance(cell.value, int | float):
            continue
        elif isinstance(cell.value, int):
            cell.number_format = EXCEL_FORMATS[0]
        elif field in DIGITS:
            cell.number_format = excel_format(field)


#: rows of the default height (15 pt) on a portrait A4 page inside the print margins
_ROWS_PER_PAGE = 48
#: the tallest chart (cm): its rows (``2 * height + 2``) fill one page
_CHART_MAX_CM = 23.0


def _charts(wb: Any, table: pd.DataFrame) -> None:
    """One bar chart per indicator on the "(Grafik)" sheet, printed portrait A4 one page wide with a page break
    before a chart that would cross a page: without a page setup each chart was split over about 4 pages and the
    chart data block printed cut ("Badan Kep"; walk5, h28). The data block (AD:AF) is widened for the screen and
    left out of the print area: the table sheet prints those figures."""
    from openpyxl.chart import BarChart, Reference
    from openpyxl.worksheet.pagebreak import Break

    charts = wb.create_sheet(INDICATOR_SHEET + " (Grafik)")
    charts.sheet_properties.tabColor = "4472C4"
    # each bar named by its unit in words ("UPT Puskesmas X pada Dinas Kesehatan"), never its key (walk6, h31)
    units = {u: unit_in_words(u) for u in dict.fromkeys(table["unit_kerja"].astype(str))}
    top, data_top, on_page = 1, 1, 0  # the charts' rows and the data block's rows advance apart
    for name, part in table.groupby("indikator", sort=True):
        # a chart reads a contiguous range: this indicator's units and values, in columns AD:AF
        charts.cell(data_top, 30, "Unit Kerja")
        charts.cell(data_top, 31, _cell(f"Sebelum ({part['periode_sebelum'].iloc[0]})"))
        charts.cell(data_top, 32, _cell(f"Sesudah ({part['periode_sesudah'].iloc[0]})"))
        for k, rec in enumerate(part.to_dict("records"), start=1):
            charts.cell(data_top + k, 30, _cell(units[rec["unit_kerja"]]))
            charts.cell(data_top + k, 31, _cell(rec["nilai_sebelum"]))
            charts.cell(data_top + k, 32, _cell(rec["nilai_sesudah"]))
        last = data_top + len(part)
        chart = BarChart()
        chart.type = "bar"
        chart.title = f"{_cell(str(name))}: sebelum vs sesudah"
        chart.add_data(Reference(charts, min_col=31, max_col=32, min_row=data_top, max_row=last), titles_from_data=True)
        chart.set_categories(Reference(charts, min_col=30, min_row=data_top + 1, max_row=last))
        chart.y_axis.scaling.min = 0  # bars from zero: a cut axis would exaggerate small changes
        chart.y_axis.majorGridlines = None
        chart.x_axis.scaling.orientation = "maxMin"  # first unit on top
        chart.legend.position = "b"
        # every unit label has room, up to one page's height (37 units made a 34 cm chart no page holds)
        chart.height = min(_CHART_MAX_CM, max(7.5, 0.8 * len(part) + 4))
        chart.width = 16  # fits a portrait A4 page
        step = round(chart.height * 2) + 2  # rows of 15 pt (~0.53 cm) the chart covers, and a gap
        if on_page and on_page + step > _ROWS_PER_PAGE:  # this chart would cross the page's foot: a new page
            charts.row_breaks.append(Break(id=top - 1))
            on_page = 0
        charts.add_chart(chart, f"A{top}")
        top, data_top, on_page = top + step, last + 2, on_page + step
    longest = max((len(u) for u in units.values()), default=10)
    charts.column_dimensions["AD"].width = min(60, max(12, longest + 2))
    for col in ("AE", "AF"):
        charts.column_dimensions[col].width = 18
    charts.page_setup.paperSize, charts.page_setup.orientation = 9, "portrait"
    charts.page_setup.fitToWidth, charts.page_setup.fitToHeight = 1, 0
    charts.sheet_properties.pageSetUpPr.fitToPage = True
    charts.print_area = f"A1:J{max(top - 1, 1)}"  # the columns a 16 cm chart covers at the default width


#: characters an XML 1.0 document cannot hold (C0 controls but tab, LF, CR): openpyxl refuses them, and a vertical tab
#: or ESC in an indicator table's unit or indicator name ended ``bandingkan --indikator`` with exit 70 (hostile7, h27)
@functools.cache
def _NOT_XML() -> re.Pattern[str]:
    return re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def _cell(value: object) -> object:
    if value is None or (isinstance(value, float) and value != value):
        return None
    if isinstance(value, str):
        return _NOT_XML().sub(" ", value)
    if isinstance(value, bool):
        return "Ya" if value else "Tidak"
    if value is pd.NA:
        return None
    return value.item() if hasattr(value, "item") else value
