"""The aspiration form's prefilled name, jabatan and unit wrap in rows tall enough for them (render28, h37).

Unwrapped, a jabatan longer than its column ("Kepala Subbagian Perencanaan dan Keuangan" in 30 characters) was cut
at the column's edge by the yellow choice cell beside it, on screen and in LibreOffice's PDF of the form.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pandas as pd

from asn_mutasi.io.aspiration_forms import FORM_COLUMNS, FORM_SHEET, HEADER_ROW, write_form
from asn_mutasi.io.report_workbook import LINE_HEIGHT, lines_needed


def test_a_long_jabatan_wraps_and_its_row_grows(tmp_path: Path) -> None:
    long_post = "Pengawas Penyelenggaraan Urusan Pemerintahan di Daerah Ahli Pertama"
    roster = pd.DataFrame(
        {
            "nip": ["197802112006011001", "198804232016081001"],
            "nama": ["Budi Kartini, S.Sos", "Ujang, S.Psi"],
            "jabatan": [long_post, "Penata Layanan Operasional"],
            "unit_kerja": ["Inspektorat Daerah", "Inspektorat Daerah"],
        }
    )
    path = tmp_path / "f.xlsx"
    write_form(
        path, roster, ["Inspektorat Daerah"], [long_post], title="OPD / Unit Kerja: Inspektorat", overwrite=False
    )
    ws = openpyxl.load_workbook(path)[FORM_SHEET]
    col = {f: c + 1 for c, (f, *_rest) in enumerate(FORM_COLUMNS)}
    width = {f: w for f, _, w, _ in FORM_COLUMNS}
    first = HEADER_ROW + 2  # Excel row of the first person
    long_cell = ws.cell(first, col["jabatan"])
    assert long_cell.value == long_post
    assert all(ws.cell(first, col[f]).alignment.wrap_text for f in ("nama", "jabatan", "unit_kerja"))
    needed = lines_needed(long_post, width["jabatan"])
    assert needed >= 2
    assert (ws.row_dimensions[first].height or LINE_HEIGHT) >= LINE_HEIGHT * needed
    assert (ws.row_dimensions[first + 1].height or LINE_HEIGHT) == LINE_HEIGHT  # a short jabatan keeps one line
    assert ws.cell(first, col["nip"]).number_format == "@"  # the NIP stays text
