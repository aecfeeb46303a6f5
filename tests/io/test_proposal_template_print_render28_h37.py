"""The OPD proposal template prints as a report does: the header on every page, the position list one page wide
(render28, h37).

Unset, LibreOffice printed the Daftar Jabatan sheet 24 pages long: the codes and names on ten pages, their units on
the next ten without any header, then the dropdown lists; the Usulan sheet's header was on its first page only.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pandas as pd

from asn_mutasi.io.proposal_template import LIST_SHEET, SHEET, write_proposal_template


def test_both_sheets_repeat_their_header_and_the_list_prints_its_positions_one_page_wide(tmp_path: Path) -> None:
    positions = pd.DataFrame(
        {
            "kode_jabatan": [f"DINSOS-{i:04d}" for i in range(1, 121)],
            "nama_jabatan": ["Pengadministrasi Perkantoran"] * 120,
            "unit_kerja": ["Dinas Sosial"] * 120,
            "kebutuhan": [2] * 120,
        }
    )
    path = tmp_path / "templat.xlsx"
    write_proposal_template(positions, path)
    wb = openpyxl.load_workbook(path)
    for name in (SHEET, LIST_SHEET):
        ws = wb[name]
        assert ws.print_title_rows == "$1:$1", name
        assert ws.page_setup.orientation == "landscape", name
        assert ws.sheet_properties.pageSetUpPr.fitToPage and ws.page_setup.fitToWidth in (None, 1), name
    listed = wb[LIST_SHEET]
    assert listed.print_area == f"'{LIST_SHEET}'!$A$1:$D$121"  # the positions, not the dropdown lists F–G
    assert listed["F1"].value == "Daftar Unit Kerja"  # (still there for the dropdowns)


def test_a_long_name_or_unit_in_the_position_list_wraps_in_a_taller_row(tmp_path: Path) -> None:
    from asn_mutasi.io.report_workbook import LINE_HEIGHT

    long_unit = "Badan Perencanaan Pembangunan, Penelitian dan Pengembangan Daerah"
    positions = pd.DataFrame(
        {
            "kode_jabatan": ["BAPPEDA-0001", "DINSOS-0002"],
            "nama_jabatan": ["Kepala Bidang Perencanaan Ekonomi", "Sekretaris"],
            "unit_kerja": [long_unit, "Dinas Sosial"],
            "kebutuhan": [1, 1],
        }
    )
    path = tmp_path / "templat.xlsx"
    write_proposal_template(positions, path)
    ws = openpyxl.load_workbook(path)[LIST_SHEET]
    rows = {ws.cell(r, 3).value: r for r in (2, 3)}
    assert ws.cell(rows[long_unit], 3).alignment.wrap_text
    assert (ws.row_dimensions[rows[long_unit]].height or LINE_HEIGHT) >= 2 * LINE_HEIGHT
    assert (ws.row_dimensions[rows["Dinas Sosial"]].height or LINE_HEIGHT) == LINE_HEIGHT
