"""Hostile workbooks are bounded wherever their parts lie: an xlsb's shared strings, a worksheet outside
xl/worksheets/ (hostile24, h36)."""

from __future__ import annotations

import struct
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from python_calamine import CalamineWorkbook

from asn_mutasi.errors import InputError
from asn_mutasi.io.guard import SHARED_ITEMS_FLOOR, SHARED_ITEMS_PER_CELL, inspect_workbook
from tests.io.test_binary_sheets import XLSB, _record
from tests.io.test_bounded_reads_hostile23_h36 import _roster

XLSB_CELLS = 6  #: the valued cells of date.xlsb's sheet


def _xlsb_strings(path: Path, items: int) -> Path:
    """date.xlsb with an xl/sharedStrings.bin of ``items`` items ("s0", "s1", ...)."""
    texts = (f"s{i}".encode("utf-16-le") for i in range(items))
    sst = b"".join(_record(0x13, b"\x00" + struct.pack("<I", len(t) // 2) + t) for t in texts)
    with zipfile.ZipFile(XLSB) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            out.writestr(info.filename, src.read(info))
        out.writestr("xl/sharedStrings.bin", _record(0x9F, struct.pack("<II", items, items)) + sst + _record(0xA0, b""))
    return path


def test_xlsb_shared_strings_far_beyond_the_cells_are_refused(tmp_path: Path) -> None:
    """An xlsb whose sharedStrings.bin held 2 million items for a sheet of 6 cells passed the guard (its rule counted
    sharedStrings.xml only) and calamine kept every item: 122 MB, and the inflated size allowed holds some 150
    million. Its items are bounded as an xlsx's, by the cells of its worksheets."""
    most = SHARED_ITEMS_FLOOR + SHARED_ITEMS_PER_CELL * XLSB_CELLS
    path = _xlsb_strings(tmp_path / "pegawai.xlsb", most + 1)
    assert len(CalamineWorkbook.from_path(str(path)).get_sheet_by_name("Sheet1").to_python()) == 3  # read as it is
    with pytest.raises(InputError) as refused:
        inspect_workbook(path, "pegawai.xlsb")
    said = str(refused.value)
    assert "'pegawai.xlsb' ditolak" in said and "sharedStrings.bin" in said and "100.024 teks" in said, said
    assert "6 sel" in said
    scan = inspect_workbook(_xlsb_strings(tmp_path / "cukup.xlsb", most), "cukup.xlsb")
    assert scan is not None and scan.shared_items == most and scan.xlsb_cells == XLSB_CELLS


def _moved(path: Path, target: str, entry: str, *, far: bool = False) -> Path:
    """A roster whose worksheet lies at ``entry``, its relationship's target ``target``; ``far``: with a cell at
    XFD1048576 too (17 billion cells of dense range)."""
    source = _roster(path.with_name("asal.xlsx"), 4)
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            name, data = info.filename, src.read(info)
            if name == "xl/worksheets/sheet1.xml":
                name = entry
                if far:
                    cell = b'<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>'
                    data = data.replace(b"</sheetData>", cell + b"</sheetData>")
            elif name == "xl/_rels/workbook.xml.rels":
                data = data.replace(b'Target="worksheets/sheet1.xml"', f'Target="{target}"'.encode())
            out.writestr(name, data)
    return path


MOVED = [
    ("lain/s.xml", "xl/lain/s.xml"),
    ("/luar/s.xml", "luar/s.xml"),
    ("worksheets/sub/s.xml", "xl/worksheets/sub/s.xml"),
]


@pytest.mark.parametrize(("target", "entry"), MOVED)
def test_a_worksheet_outside_xl_worksheets_is_scanned(tmp_path: Path, target: str, entry: str) -> None:
    """calamine reads a worksheet wherever the workbook's relationships point; the guard scanned only
    xl/worksheets/*.xml, so such a sheet had no limit on its cells or area: one cell at XFD1048576 made calamine
    abort the process (exit 134, no message). The guard follows the relationships."""
    plain = _moved(tmp_path / "pegawai.xlsx", target, entry)
    assert CalamineWorkbook.from_path(str(plain)).get_sheet_by_name("Data").to_python()[1][1] == "Ani"
    scan = inspect_workbook(plain, "pegawai.xlsx")
    assert scan is not None and scan.sheets[entry].cells == 4
    far = inspect_workbook(_moved(tmp_path / "jauh.xlsx", target, entry, far=True), "jauh.xlsx")
    assert far is not None and far.sheets[entry].area == 1_048_576 * 16_384


def test_a_far_cell_in_a_moved_worksheet_is_refused_not_aborted(tmp_path: Path) -> None:
    path = _moved(tmp_path / "pegawai.xlsx", "lain/s.xml", "xl/lain/s.xml", far=True)
    done = subprocess.run(
        [sys.executable, "-m", "asn_mutasi", "periksa", str(path)], capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 3, done.stderr[-600:]
    assert "pegawai.xlsx" in done.stderr
