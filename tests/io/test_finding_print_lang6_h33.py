"""One print setup for every findings table (lang6, h33).

``periksa``'s Temuan sheet printed one page wide at about 55% and the plan's Masalah Data, with the same columns,
two pages wide: whether a findings table fit one page hung on how long its longest file name and value were. A
findings table now wraps its text columns at fixed widths, so it always prints landscape, one page wide at a
readable scale, with the header row repeated.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from openpyxl import load_workbook

from asn_mutasi.findings import FINDING_KEYS
from asn_mutasi.io.report_workbook import (
    FIT_WIDTH_LIMIT,
    PAGE_WIDTH,
    Formats,
    close_workbook,
    new_workbook,
    print_setup,
    write_report_workbook,
    write_table,
)

LONG_PATH = "/home/bkpsdm/Dokumen/Mutasi 2026/Bahan dari OPD/Dinas Perumahan dan Kawasan Permukiman/duk_2026.xlsx"


def _findings(rows: int) -> pd.DataFrame:
    row = {
        "kode": "jabatan-tidak-ditemukan-di-peta",
        "tingkat": "peringatan",
        "pesan": "Jabatan 'Kepala Bidang Perumahan' di unit 'Dinas Perumahan dan Kawasan Permukiman' tidak ada di "
        "peta jabatan; maksud Anda 'Kasubag Perencanaan' atau 'Kepala Bidang Kawasan Permukiman'?",
        "berkas": LONG_PATH,
        "lembar_kerja": "Daftar Nominatif PNS dan PPPK",
        "baris": 12,
        "kolom": "AB",
        "judul_kolom": "Jabatan / Eselon / TMT Jabatan",
        "kolom_baku": "jabatan (nama jabatan)",
        "nilai": "Kepala Bidang Perumahan dan Kawasan Permukiman pada Dinas Perumahan",
    }
    return pd.DataFrame([row] * rows, columns=list(FINDING_KEYS))


def _layout(path: Path, sheet: str) -> tuple[float, object, object, object, str | None, list[bool]]:
    ws = load_workbook(path)[sheet]
    widths = [ws.column_dimensions[chr(ord("A") + c)].width for c in range(len(FINDING_KEYS))]
    setup = ws.page_setup
    fit = ws.sheet_properties.pageSetUpPr.fitToPage
    wrapped = [bool(ws.cell(2, c + 1).alignment.wrap_text) for c in range(len(FINDING_KEYS))]
    return sum(widths), setup.orientation, setup.fitToWidth or 1, fit, ws.print_title_rows, wrapped


def _check(path: Path, sheet: str) -> None:
    total, orientation, pages_wide, fit, titles, wrapped = _layout(path, sheet)
    assert orientation == "landscape" and fit and pages_wide == 1 and titles == "$1:$1"
    # readable: at most a third wider than the page at 100% (PAGE_WIDTH), so it prints at 75% or more
    assert total <= PAGE_WIDTH / 0.75 < FIT_WIDTH_LIMIT, total
    for key in ("kode", "pesan", "berkas", "lembar_kerja", "judul_kolom", "kolom_baku", "nilai"):
        assert wrapped[FINDING_KEYS.index(key)], key


def test_periksa_temuan_prints_one_page_wide_at_a_readable_scale(tmp_path: Path) -> None:
    path = tmp_path / "periksa.xlsx"
    write_report_workbook(path, {"Temuan": _findings(30)})
    _check(path, "Temuan")


def test_a_plan_masalah_data_prints_like_temuan(tmp_path: Path) -> None:
    """The plan's Masalah Data is written as plan_workbook writes it: write_table, then print_setup."""
    path = tmp_path / "rencana.xlsx"
    wb = new_workbook(path, constant_memory=True)
    ws = wb.add_worksheet("Masalah Data")
    print_setup(ws, write_table(ws, Formats(wb), _findings(30)))
    close_workbook(wb, path)
    _check(path, "Masalah Data")
    temuan = tmp_path / "periksa.xlsx"
    write_report_workbook(temuan, {"Temuan": _findings(30)})
    assert _layout(path, "Masalah Data") == _layout(temuan, "Temuan")


def test_a_short_findings_table_keeps_the_same_widths(tmp_path: Path) -> None:
    """Widths do not hang on the values: a table of one short finding is laid out as the long one."""
    short = _findings(1).assign(berkas="p.xlsx", nilai="x", judul_kolom="NIP", lembar_kerja="Data")
    one, two = tmp_path / "a.xlsx", tmp_path / "b.xlsx"
    write_report_workbook(one, {"Temuan": short})
    write_report_workbook(two, {"Temuan": _findings(30)})
    assert _layout(one, "Temuan")[:5] == _layout(two, "Temuan")[:5]


def test_a_nip_in_the_value_column_stays_on_one_line(tmp_path: Path) -> None:
    """The Nilai column wrapped at 14 broke every NIP a finding names over two lines ("19760307200307 / 1"; polish4,
    h35): an 18-digit NIP, and the 19 digits of one Excel turned into a number, fit the column on one line."""
    from openpyxl.utils import get_column_letter

    from asn_mutasi.io.report_workbook import lines_needed

    frame = _findings(2)
    frame["nilai"] = ["197603072003071001", "2002032220250520000"]
    path = tmp_path / "periksa.xlsx"
    write_report_workbook(path, {"Temuan": frame})
    ws = load_workbook(path)["Temuan"]
    width = ws.column_dimensions[get_column_letter(FINDING_KEYS.index("nilai") + 1)].width
    assert [lines_needed(v, width) for v in frame["nilai"]] == [1, 1]
    _check(path, "Temuan")  # still one page wide at a readable scale
