"""The workload workbook opens in openpyxl with its sheets, chart, text NIPs and dates."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pandas as pd
import pytest

from asn_mutasi.config import Settings
from asn_mutasi.errors import OutputError
from asn_mutasi.io.workload_workbook import CHART_SHEET, SHEETS, write_workload_workbook
from asn_mutasi.workload import grading_table, link_employees, position_summary, projected_retirements, unit_summary

from .frames import make_positions, make_roster

AS_OF = dt.date(2025, 1, 1)


def _write(path: Path, *, overwrite: bool = False) -> None:
    positions = make_positions(
        [
            {"kode_jabatan": "J1", "nama_jabatan": '=HYPERLINK("x")', "unit_kerja": "Sekretariat", "kebutuhan": 2},
            {
                "kode_jabatan": "J2",
                "nama_jabatan": "Analis",
                "unit_kerja": "Bidang",
                "kebutuhan": 1,
                "beban_kerja_jam": 2000.0,
            },
        ]
    )
    roster = make_roster(
        [
            {
                "nip": "196501012000031001",
                "jabatan": '=HYPERLINK("x")',
                "unit_kerja": "Sekretariat",
                "tanggal_lahir": "1965-01-01",
            },
            {"jabatan": "Analis", "unit_kerja": "Bidang"},
            {"jabatan": "Analis", "unit_kerja": "Bidang"},
            {"jabatan": "-Hilang", "unit_kerja": "Bidang"},
        ]
    )
    res = link_employees(roster, positions, source="pegawai.xlsx")
    ps = position_summary(res.frame, positions, Settings(), as_of=AS_OF)
    write_workload_workbook(
        path,
        units=unit_summary(ps, Settings(), linked=res.frame),
        positions=ps,
        retirements=projected_retirements(res.frame, Settings(), as_of=AS_OF, horizon_months=12),
        grading=grading_table(Settings()),
        parameters={"tanggal_acuan": AS_OF, "horizon_bulan": 12, "berkas": ["pegawai.xlsx", "jabatan.xlsx"]},
        findings=res.findings,
        overwrite=overwrite,
    )


def test_workbook_sheets_chart_and_cells(tmp_path: Path) -> None:
    path = tmp_path / "beban.xlsx"
    _write(path)
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == list(SHEETS)
    unit_ws = wb["Per Unit"]
    assert not unit_ws._charts and len(wb[CHART_SHEET]._charts) == 1  # the chart has its own sheet and page
    from tests.xlsx_layout import category_label_positions, chart_boxes

    assert category_label_positions(path) == ["low"]
    (box,) = chart_boxes(path, CHART_SHEET)
    assert box.top == (0, 0) and box.left == (0, 0)
    chart_ws = wb[CHART_SHEET]  # fitted to one page (width and height 1 are the defaults, not written)
    assert chart_ws.sheet_properties.pageSetUpPr.fitToPage and chart_ws.page_setup.fitToHeight in (None, 1)
    assert not chart_ws.print_options.gridLines
    # the header row and the unit stay in view (polish2, h34: the header row only, before)
    assert unit_ws.freeze_panes == "B2" and unit_ws.auto_filter.ref
    headers = [c.value for c in unit_ws[1]]
    assert headers[0] == "Unit Kerja" and "Pegawai Tidak Tertaut" in headers

    pos_ws = wb["Per Jabatan"]
    # a post is its code and name: both stay in view when scrolling right to EJ (polish2, h34)
    assert [c.value for c in pos_ws[1]][:2] == ["Kode Jabatan", "Nama Jabatan"]
    assert pos_ws.freeze_panes == "C2"
    assert wb["Proyeksi Pensiun"].freeze_panes == "C2"  # NIP and name
    assert wb["Masalah Data"].freeze_panes == "A2"  # a finding's code names no row
    names = [r[1] for r in pos_ws.iter_rows(min_row=2, values_only=True)]
    assert '=HYPERLINK("x")' in names
    assert all(c.data_type != "f" for row in pos_ws.iter_rows() for c in row)
    assert pos_ws.conditional_formatting  # status colours

    ret = wb["Proyeksi Pensiun"]
    row = [c for c in ret[2]]
    assert row[0].value == "196501012000031001" and row[0].data_type == "s"
    assert isinstance(row[5].value, dt.datetime) and row[7].value == dt.datetime(2023, 2, 1)

    problems = list(wb["Masalah Data"].iter_rows(min_row=2, values_only=True))
    assert [p[0] for p in problems] == ["jabatan-tidak-ditemukan"]
    assert problems[0][-1] == "-Hilang"
    params = {r[0]: r[1] for r in wb["Parameter"].iter_rows(min_row=2, values_only=True)}
    assert params["tanggal_acuan"] == "01-01-2025" and params["berkas"] == "pegawai.xlsx, jabatan.xlsx"
    assert [r[0] for r in wb["Kelas EJ"].iter_rows(min_row=2, values_only=True)] == ["A", "B", "C", "D", "E"]


def test_existing_file_needs_overwrite(tmp_path: Path) -> None:
    path = tmp_path / "beban.xlsx"
    path.write_bytes(b"lama")
    with pytest.raises(OutputError):
        _write(path)
    assert path.read_bytes() == b"lama"
    _write(path, overwrite=True)
    assert openpyxl.load_workbook(path).sheetnames == list(SHEETS)
    assert [p.name for p in tmp_path.iterdir()] == ["beban.xlsx"]


def test_empty_frames_still_write(tmp_path: Path) -> None:
    path = tmp_path / "kosong.xlsx"
    empty = pd.DataFrame()
    write_workload_workbook(
        path,
        units=empty,
        positions=empty,
        retirements=empty,
        grading=grading_table(Settings()),
        parameters={},
        findings=[],
        overwrite=False,
    )
    assert openpyxl.load_workbook(path).sheetnames == list(SHEETS)
