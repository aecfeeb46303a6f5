"""The aspiration form's instruction is read on one screen, in a row as tall as its wrapped lines (render29, h38).

Merged over eleven columns (286 characters wide) it ran on one line past the right edge of the screen, and its
45 pt row held two blank lines under it in LibreOffice's PDF of the form.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pandas as pd
from openpyxl.utils import get_column_letter

from asn_mutasi.io.aspiration_forms import FORM_SHEET, INSTRUCTION, write_form
from asn_mutasi.io.report_workbook import LINE_HEIGHT, lines_needed

#: the width (characters) of a spreadsheet window on a 1366-pixel laptop screen, at 7 pixels a character
SCREEN = 180


def test_instruction_wraps_within_a_screen_in_a_row_as_tall_as_its_lines(tmp_path: Path) -> None:
    roster = pd.DataFrame(
        {"nip": ["197802112006011001"], "nama": ["Ujang"], "jabatan": ["Penata"], "unit_kerja": ["Dinas Sosial"]}
    )
    path = tmp_path / "f.xlsx"
    write_form(path, roster, ["Dinas Sosial"], ["Penata"], title="OPD / Unit Kerja: Dinas Sosial", overwrite=False)
    ws = openpyxl.load_workbook(path)[FORM_SHEET]
    assert ws["A3"].value == INSTRUCTION and ws["A3"].alignment.wrap_text
    (merged,) = [r for r in ws.merged_cells.ranges if r.min_row == 3]
    width = sum(ws.column_dimensions[get_column_letter(c)].width for c in range(merged.min_col, merged.max_col + 1))
    assert width <= SCREEN, width
    # as tall as the lines the text wraps to (openpyxl reads widths with xlsxwriter's padding: ~0.71 more a column)
    lines = lines_needed(INSTRUCTION, width - 0.72 * (merged.max_col - merged.min_col + 1))
    assert lines >= 2 and ws.row_dimensions[3].height == LINE_HEIGHT * lines
