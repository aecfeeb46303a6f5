"""Row heights from each letter's width, not a digit's for every letter (walk10, h33).

Every character counted as wide as the digit "0": "Predikat Kinerja (predikat_kinerja)" got two lines in a
32-wide column and the plan's Ringkasan rows a blank second line each, while an upper-case unit name of 32 letters
was given one line where it needs two and was cut off in the cell.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from openpyxl import load_workbook

from asn_mutasi.io.report_workbook import (
    LINE_HEIGHT,
    Formats,
    close_workbook,
    lines_needed,
    new_workbook,
    write_table,
)


def test_lower_case_text_that_fits_its_line_gets_one_line() -> None:
    assert lines_needed("Predikat Kinerja (predikat_kinerja)", 32) == 1
    assert lines_needed("Dikecualikan: baris tidak valid (NIP, kolom wajib, instansi lain)", 60) == 1
    assert lines_needed("kata " * 20, 30) == 3  # seven words of four narrow letters on a 30-wide line


def test_upper_case_letters_are_wider_than_digits() -> None:
    assert lines_needed("DINAS KOMUNIKASI DAN INFORMATIKA", 32) == 2
    assert lines_needed("0" * 30, 32) == 1 and lines_needed("W" * 30, 32) == 2


def test_bold_headers_count_wider_than_cells() -> None:
    from asn_mutasi.io.report_workbook import header_lines

    title = "Lowongan Akhir Horizon tanpa Rencana"
    assert lines_needed(title, 36) == 1 and header_lines(title, 36) == 2


def test_a_report_row_is_as_tall_as_its_text_needs(tmp_path: Path) -> None:
    frame = pd.DataFrame(
        {
            "pesan": ["Dikecualikan: baris tidak valid (NIP, kolom wajib, instansi lain)", "x " * 40],
            "unit_kerja": ["Bagian Umum", "DINAS KOMUNIKASI DAN INFORMATIKA KABUPATEN"],
        }
    )
    path = tmp_path / "laporan.xlsx"
    wb = new_workbook(path)
    widths = write_table(wb.add_worksheet("Temuan"), Formats(wb), frame, wrap={"pesan": 60}, page_width=0)
    close_workbook(wb, path)
    assert widths[:2] == [60.0, 32.0]  # (a 65-character message in a column as wide would be no test)
    ws = load_workbook(path).worksheets[0]
    assert (ws.row_dimensions[2].height or LINE_HEIGHT) == LINE_HEIGHT  # one line, no blank second line
    assert (ws.row_dimensions[3].height or LINE_HEIGHT) >= 2 * LINE_HEIGHT
