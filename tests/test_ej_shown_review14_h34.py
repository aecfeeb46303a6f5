"""EJ is shown with the decimals its grade reads (review14, h34): at ``ej_desimal`` 3 or -1 (graded unrounded, printed
with 4 decimals) an EJ of 0.895 graded C was shown at 2 decimals, "0,9" in the terminal and "0,90" in the workbook's
cell: B by the printed table, beside grade C."""

from __future__ import annotations

import re
from pathlib import Path

import openpyxl
import pytest
from cli_helpers import EXIT_OK, JABATAN_XLSX, PEGAWAI_XLSX, TANGGAL, expect, run

from asn_mutasi.formatting import display_value


@pytest.mark.parametrize("field", ["ej", "ej_sebelum", "ej_sesudah", "ej_tanpa_rencana"])
def test_terminal_shows_ej_as_rounded_for_its_grade(field: str) -> None:
    assert display_value(field, 0.895) == "0,895"
    assert display_value(field, 0.8996) == "0,8996"
    assert display_value(field, 0.89) == "0,89"


def _shown_decimals(number_format: str) -> int:
    """The most decimals an Excel number format shows ("#,##0.00_)" → 2, "0.00##_)" → 4)."""
    found = re.search(r"\.([0#]+)", number_format)
    return len(found.group(1)) if found else 0


def test_workbook_ej_cells_show_the_unrounded_value(tmp_path: Path) -> None:
    settings = tmp_path / "pengaturan.toml"
    settings.write_text("[beban_kerja]\nej_desimal = -1\n")
    out = tmp_path / "abk.xlsx"
    expect(run("workload", PEGAWAI_XLSX, JABATAN_XLSX, *TANGGAL, "-c", settings, "-o", out), EXIT_OK)
    wb = openpyxl.load_workbook(out)
    checked = finer = 0
    for ws in wb.worksheets:
        header = [c.value for c in ws[1]]
        for j, name in enumerate(header):
            if name != "EJ":
                continue
            for (cell,) in ws.iter_rows(min_row=2, min_col=j + 1, max_col=j + 1):
                if isinstance(cell.value, float):
                    assert round(cell.value, _shown_decimals(cell.number_format)) == cell.value, cell.coordinate
                    checked += 1
                    finer += round(cell.value, 2) != cell.value
    assert checked and finer  # EJ cells with more than 2 decimals were written and shown
