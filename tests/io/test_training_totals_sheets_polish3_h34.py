"""The plan's training totals print under their own headers (polish3, h34).

"Jumlah per OPD tujuan" and "Jumlah per jenis diklat" were stacked under the per-person list on the Kebutuhan
Diklat sheet, whose header row repeats on every printed page: the totals' pages showed "ID Mutasi", "NIP", "Nama"
above "Keluar JF", "Orientasi tugas jabatan …" and a count. Each total now has its own sheet, its header row
repeated, and the list's ID Mutasi column is no longer as wide as the OPD names that stood below it.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import xlsxwriter
from openpyxl import load_workbook

from asn_mutasi.io.training_sheet import write_training_sheet
from asn_mutasi.planning.training import TRAINING_FIELDS


def _write(tmp_path: Path) -> Path:
    lines = pd.DataFrame([{f: "x" for f in TRAINING_FIELDS}])
    lines["id_mutasi"], lines["nip"] = "M0001", "197802112006011001"
    per_opd = pd.DataFrame(
        {
            "perangkat_daerah_tujuan": ["Badan Pendapatan Daerah"],
            "pegawai": [3],
            "pegawai_perlu_diklat": [2],
            "kebutuhan": [4],
        }
    )
    per_training = pd.DataFrame(
        {"jenis_diklat": ["Keluar JF"], "nama_diklat": ["Orientasi tugas jabatan Penata"], "pegawai": [1]}
    )
    path = tmp_path / "rencana.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    write_training_sheet(wb, lines, per_opd, per_training)
    wb.close()
    return path


def test_each_total_has_its_own_sheet_with_its_own_printed_header(tmp_path: Path) -> None:
    wb = load_workbook(_write(tmp_path))
    assert wb.sheetnames == ["Kebutuhan Diklat", "Diklat per OPD", "Diklat per Jenis"]
    listing = wb["Kebutuhan Diklat"]
    assert listing.max_row == 3 and listing.cell(3, 1).value == "M0001"  # the list alone: title, header, one line
    assert (listing.column_dimensions["A"].width or 0) < 15  # "ID Mutasi", not an OPD name's width
    opd, training = wb["Diklat per OPD"], wb["Diklat per Jenis"]
    assert [c.value for c in opd[2]] == [
        "Perangkat Daerah (OPD) Tujuan",
        "Pegawai",
        "Pegawai Perlu Diklat",
        "Jumlah Kebutuhan",
    ]
    assert [c.value for c in opd[4]] == ["Jumlah", 3, 2, 4]
    assert [c.value for c in training[2]][:2] == ["Jenis Diklat", "Nama Diklat"]
    assert training.cell(3, 1).value == "Keluar JF"
    for ws in (listing, opd, training):
        assert ws.print_title_rows in ("$2:$2", "2:2") and ws.freeze_panes == "A3"


def test_the_totals_count_with_the_thousands_format_of_every_other_sheet(tmp_path: Path) -> None:
    """The training totals were General numbers: a province's 1,234 movers read "1234" beside every other sheet's
    "1,234" ("1.234" in an Indonesian Excel); counts and their total row take the workbook's count format (polish4,
    h35)."""
    from asn_mutasi.formatting import EXCEL_FORMATS

    wb = load_workbook(_write(tmp_path))
    opd, training = wb["Diklat per OPD"], wb["Diklat per Jenis"]
    assert [c.number_format for c in opd[3][1:]] == [EXCEL_FORMATS[0]] * 3
    assert [c.number_format for c in opd[4][1:]] == [EXCEL_FORMATS[0]] * 3  # the Jumlah row
    assert training.cell(3, 3).value == 1 and training.cell(3, 3).number_format == EXCEL_FORMATS[0]
    assert opd.cell(3, 1).number_format == "General"  # the OPD's name stays text
