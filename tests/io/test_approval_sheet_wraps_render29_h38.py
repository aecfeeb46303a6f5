"""The Persetujuan sheet, the record each reviewer signs, prints one page wide: long names, jabatan and units wrap
in rows tall enough for them instead of widening their columns (render29, h38).

Widened to 60 characters on one line, a long unit made the sample plan's sheet 322 characters wide: LibreOffice
printed the names on one page and the Tahap, Keputusan and Nama Penilai columns of the same rows on the next.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pandas as pd
from xlsxwriter import Workbook

from asn_mutasi.io.approval_sheet import write_approval_sheet
from asn_mutasi.io.report_workbook import LINE_HEIGHT, lines_needed
from asn_mutasi.rollout.stages import STAGE_COLUMNS

UNIT = "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kabupaten Sukamaju"
JABATAN = "Pengawas Penyelenggaraan Urusan Pemerintahan di Daerah Ahli Pertama"


def test_long_names_wrap_and_the_sheet_prints_one_page_wide(tmp_path: Path) -> None:
    moves = pd.DataFrame(
        {
            "id_mutasi": ["M0001", "M0002"],
            "nip": ["197802112006011001", "198312222016071001"],
            "nama": ["Dr. Raden Ajeng Kartini Kusumawardhani, S.Sos., M.Si.", "Ujang"],
            "jabatan_tujuan": [JABATAN, "Penata Layanan Operasional"],
            "unit_tujuan": [UNIT, "Inspektorat Daerah"],
        }
    )
    path = tmp_path / "p.xlsx"
    wb = Workbook(str(path))
    write_approval_sheet(wb, moves)
    wb.close()
    ws = openpyxl.load_workbook(path)["Persetujuan"]
    assert (ws.page_setup.fitToWidth or 1) == 1 and ws.print_title_cols is None
    col = {f: i + 1 for i, (f, _) in enumerate(STAGE_COLUMNS)}
    unit_cell = ws.cell(2, col["unit_tujuan"])
    assert unit_cell.value == UNIT and unit_cell.alignment.wrap_text
    width = ws.column_dimensions[unit_cell.column_letter].width
    assert width < len(UNIT)  # wrapped, not widened
    needed = max(lines_needed(JABATAN, 30), lines_needed(UNIT, 30))
    assert needed >= 2
    stages = (ws.max_row - 1) // 2
    for r in range(2, 2 + stages):  # every stage row of the long move
        assert ws.row_dimensions[r].height == LINE_HEIGHT * needed, r
    assert all(ws.row_dimensions[r].height is None for r in range(2 + stages, 2 + 2 * stages))  # short: one line
