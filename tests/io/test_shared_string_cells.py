"""A cell pointing past the shared strings is named, with its sheet, by every reader of workbooks (hostile, h30)."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import openpyxl
import pytest

from asn_mutasi.errors import InputError
from asn_mutasi.io.aspiration_forms import read_forms
from asn_mutasi.io.plan_workbook import read_plan_workbook
from asn_mutasi.schema import PLAN_MOVE_COLUMNS


def _pointing_past_the_strings(good: Path, bad: Path, sheet: str, cell: str) -> Path:
    """``good`` with text cell ``cell`` of worksheet XML ``sheet`` turned into shared string 5 of a workbook that has
    no shared strings at all (openpyxl writes its text inline)."""
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(bad, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == f"xl/worksheets/{sheet}.xml":
                pattern = rf'<c r="{cell}"([^>]*) t="inlineStr"><is><t>[^<]*</t></is></c>'.encode()
                data, n = re.subn(pattern, rf'<c r="{cell}"\1 t="s"><v>5</v></c>'.encode(), data)
                assert n == 1
            dst.writestr(item, data)
    return bad


def _book(path: Path, sheets: dict[str, list[list[str]]]) -> Path:
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        for row in rows:
            ws.append(row)
    wb.save(path)
    with zipfile.ZipFile(path) as zf:
        assert "xl/sharedStrings.xml" not in zf.namelist()  # the premise: text written inline
    return path


def test_an_aspiration_form_names_the_cell(tmp_path: Path) -> None:
    rows = [["NIP", "Nama", "Pilihan 1 Unit", "Pilihan 1 Jabatan"], ["199001012015031001", "Budi", "BKD", "Analis"]]
    good = _book(tmp_path / "baik.xlsx", {"Aspirasi": rows})
    bad = _pointing_past_the_strings(good, tmp_path / "rusak.xlsx", "sheet1", "B2")
    with pytest.raises(InputError) as info:
        read_forms([bad])
    assert "lembar kerja 'Aspirasi', sel B2 merujuk ke teks ke-6" in info.value.message
    assert "hanya berisi 0 teks" in info.value.message


def test_a_plan_workbook_names_the_sheet_and_the_cell(tmp_path: Path) -> None:
    header = [label for _, label in PLAN_MOVE_COLUMNS]
    sheets = {"Rencana Mutasi": [header, ["M0001", "199001012015031001"]], "_rencana": [["id_mutasi"]]}
    good = _book(tmp_path / "baik.xlsx", {**sheets, "Parameter": [["parameter", "nilai"], ["versi", "1"]]})
    bad = _pointing_past_the_strings(good, tmp_path / "rusak.xlsx", "sheet1", "A2")
    with pytest.raises(InputError) as info:
        read_plan_workbook(bad)
    assert "lembar kerja 'Rencana Mutasi', sel A2 merujuk ke teks ke-6" in info.value.message


def test_the_text_a_cell_points_to_is_counted_from_one(tmp_path: Path) -> None:
    """The index in the file counts from 0: a cell holding index 3 of a list of 3 texts was said to point to "teks
    nomor 3" of a list that "hanya berisi 3 teks", which reads as no fault at all (review2, h30). It points to the
    4th text."""
    import xlsxwriter

    good = tmp_path / "baik.xlsx"
    book = xlsxwriter.Workbook(str(good))
    book.add_worksheet("Aspirasi").write_row(0, 0, ["NIP", "Nama", "Pilihan 1 Unit"])
    book.close()
    bad = tmp_path / "rusak.xlsx"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(bad, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = re.sub(rb'(<c r="C1"[^>]*t="s"[^>]*><v>)\d+(</v>)', rb"\g<1>3\g<2>", data)
            dst.writestr(item, data)
    with pytest.raises(InputError) as info:
        read_forms([bad])
    assert "sel C1 merujuk ke teks ke-4," in info.value.message and "hanya berisi 3 teks" in info.value.message
