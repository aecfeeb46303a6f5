"""A wrapped unit name gets the lines LibreOffice draws, not one more (polish3, h34).

The estimate filled only 95% of a column's width, yet a column set ``w`` wide holds ``w`` digits of text (its
5 pixels of padding are the cell margins). Rendered with LibreOffice at the widths the report writes (32 for
Unit Kerja, 60 for Ringkasan's Ukuran), these texts take the line counts asserted here; the estimate gave one
line more, so Per Unit / Per Jabatan rows were drawn three lines tall around two lines of a unit's name.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from openpyxl import load_workbook

from asn_mutasi.io.report_workbook import LINE_HEIGHT, Formats, close_workbook, lines_needed, new_workbook, write_table

TWO_LINES_AT_32 = (
    "Badan Perencanaan Pembangunan, Penelitian dan Pengembangan Daerah",
    "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
)


def test_long_unit_names_take_two_lines_in_the_unit_column() -> None:
    assert [lines_needed(t, 32) for t in TWO_LINES_AT_32] == [2, 2]


def test_a_ringkasan_label_that_fits_gets_one_line() -> None:
    assert lines_needed("Dikecualikan: NRP anggota TNI/Polri (tetap di jabatannya, tidak dipindah)", 60) == 1


def test_unit_name_row_is_two_lines_tall(tmp_path: Path) -> None:
    frame = pd.DataFrame({"unit_kerja": [*TWO_LINES_AT_32, "Dinas Sosial"], "kebutuhan": [43, 58, 45]})
    path = tmp_path / "per_unit.xlsx"
    wb = new_workbook(path)
    widths = write_table(wb.add_worksheet("Per Unit"), Formats(wb), frame, page_width=0)
    close_workbook(wb, path)
    assert widths[0] == 32.0
    ws = load_workbook(path).worksheets[0]
    assert [ws.row_dimensions[r].height for r in (2, 3)] == [2 * LINE_HEIGHT, 2 * LINE_HEIGHT]
    assert (ws.row_dimensions[4].height or LINE_HEIGHT) == LINE_HEIGHT
