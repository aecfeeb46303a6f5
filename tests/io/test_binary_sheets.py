"""xls and xlsb whose cells would make calamine allocate a huge grid are refused before it parses them.

Without the guard each of these files (5-8 KB) aborts the whole process natively (SIGABRT) inside
calamine: no Python exception, no message. The refusals are checked through ``inspect_workbook``
(nothing here hands a hostile file to calamine in the test process), and once through the CLI in a
child process. Fixtures: tests/fixtures/binary/SOURCES.md.
"""

from __future__ import annotations

import io
import struct
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from python_calamine import CalamineWorkbook

from asn_mutasi.config import ReadLimits
from asn_mutasi.errors import InputError
from asn_mutasi.io import binary_sheets
from asn_mutasi.io.guard import inspect_workbook
from asn_mutasi.io.open_workbook import SafeWorkbook

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "binary"
XLS = FIXTURES / "date.xls"
XLSB = FIXTURES / "date.xlsb"
SHEET_BIN = "xl/worksheets/sheet1.bin"


def _patched_xls(tmp_path: Path, marker: bytes, offset: int, value: bytes) -> Path:
    """date.xls with the bytes at ``offset`` after the (only) record header ``marker`` replaced by ``value``."""
    data = bytearray(XLS.read_bytes())
    at = data.find(marker)
    assert at > 0 and data.find(marker, at + 1) < 0, "the record is expected once"
    data[at + offset : at + offset + len(value)] = value
    path = tmp_path / "bahaya.xls"
    path.write_bytes(bytes(data))
    return path


def _records(data: bytes) -> list[tuple[int, bytes]]:
    out, at = [], 0
    while at < len(data):
        b = data[at]
        at += 1
        typ = b & 0x7F
        if b & 0x80:
            typ |= (data[at] & 0x7F) << 7
            at += 1
        size = 0
        for k in range(4):
            b = data[at]
            at += 1
            size |= (b & 0x7F) << (7 * k)
            if not b & 0x80:
                break
        out.append((typ, data[at : at + size]))
        at += size
    return out


def _record(typ: int, body: bytes) -> bytes:
    head = bytes([typ]) if typ < 0x80 else bytes([(typ & 0x7F) | 0x80, typ >> 7])
    size, tail = len(body), b""
    while True:
        tail += bytes([(size & 0x7F) | (0x80 if size >> 7 else 0)])
        size >>= 7
        if not size:
            return head + tail + body


def _xlsb_with(tmp_path: Path, extra: bytes) -> Path:
    """date.xlsb with ``extra`` records added before the end of its sheet data."""
    with zipfile.ZipFile(XLSB) as src:
        sheet = src.read(SHEET_BIN)
        end = sheet.rfind(_record(0x92, b""))
        path = tmp_path / "bahaya.xlsb"
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
            for info in src.infolist():
                body = sheet[:end] + extra + sheet[end:] if info.filename == SHEET_BIN else src.read(info)
                out.writestr(info.filename, body)
    return path


def _row(row: int) -> bytes:
    return _record(0x00, struct.pack("<I", row) + bytes(21))


def _cell(col: int) -> bytes:
    return _record(0x02, struct.pack("<III", col, 0, 1 << 2 | 2))  # BrtCellRk: column, style, the integer 1


def _refused(path: Path) -> str:
    with pytest.raises(InputError) as err:
        inspect_workbook(path, path.name, ReadLimits())
    return err.value.message + " " + (err.value.hint or "")


def test_the_fixtures_pass_the_guard_and_read_as_calamine_reads_them() -> None:
    for path in (XLS, XLSB):
        scan = inspect_workbook(path, path.name, ReadLimits())
        assert scan is not None
        rows, _ = SafeWorkbook(path, None, path.name).read("Sheet1")
        assert rows == CalamineWorkbook.from_path(str(path)).get_sheet_by_name("Sheet1").to_python()
        assert len(rows) == 3


def test_an_xls_cell_at_the_last_row_and_column_is_refused(tmp_path: Path) -> None:
    path = _patched_xls(tmp_path, b"\x03\x02\x0e\x00", 4, struct.pack("<HH", 0xFFFF, 0xFFFF))  # NUMBER row, col
    text = _refused(path)
    assert "bahaya.xls" in text and "65.536" in text and "maks_sel" in text and ".xlsx" in text


def test_an_xls_dimensions_record_that_reserves_too_much_is_refused(tmp_path: Path) -> None:
    path = _patched_xls(tmp_path, b"\x00\x02\x0e\x00", 8, struct.pack("<I", 0xFFFFFFFF))  # DIMENSIONS rwMac
    assert "maks_sel" in _refused(path)


def test_a_dimensions_record_whose_unsigned_rows_wrap_is_refused() -> None:
    # first row 10, last row 5: calamine's u32 arithmetic wraps to about four billion rows
    stream = struct.pack("<HH", 0x0809, 0) + struct.pack("<HHIIHHH", 0x0200, 14, 10, 6, 0, 4, 0)
    assert binary_sheets.biff_areas(stream)[0].reserved > 4_000_000_000


def test_a_password_protected_xls_is_named_so(tmp_path: Path) -> None:
    path = _patched_xls(tmp_path, b"\xe1\x00\x02\x00", 0, b"\x2f\x00")  # INTERFACEHDR → FILEPASS
    assert "terenkripsi" in _refused(path)


def test_a_broken_ole2_container_is_refused_as_damaged(tmp_path: Path) -> None:
    data = XLS.read_bytes()
    path = tmp_path / "rusak.xls"
    path.write_bytes(data[:512] + b"\xff" * (len(data) - 512))
    assert "rusak" in _refused(path)


@pytest.mark.parametrize(
    ("extra", "where"),
    [
        (_row(1_048_575) + _cell(16_383), "1.048.576"),  # the last row and column of a sheet
        (_row(3) + _cell(0xFFFFFFF0), "4.294.967.281"),  # a column far past the sheet's
        (_row(40_000) + _record(0x05, b"\x01\x00"), "16.384"),  # a cell too short to name its column: the last
    ],
    ids=["baris-dan-kolom-terakhir", "kolom-jauh", "rekaman-terlalu-pendek"],
)
def test_an_xlsb_cell_far_out_is_refused(tmp_path: Path, extra: bytes, where: str) -> None:
    text = _refused(_xlsb_with(tmp_path, extra))
    assert "bahaya.xlsb" in text and where in text and "maks_sel" in text


def test_an_xlsb_cell_within_the_limit_is_read(tmp_path: Path) -> None:
    path = _xlsb_with(tmp_path, _row(9) + _cell(7))
    rows, _ = SafeWorkbook(path, None, path.name).read("Sheet1")
    assert len(rows) == 10 and len(rows[0]) == 8 and rows[9][7] == 1


@settings(max_examples=60, deadline=None)
@given(cuts=st.lists(st.integers(min_value=1, max_value=40), min_size=1, max_size=12))
def test_xlsb_records_fed_in_any_chunks_give_the_same_area(cuts: list[int]) -> None:
    with zipfile.ZipFile(XLSB) as src:
        sheet = src.read(SHEET_BIN)
    sheet = sheet + _row(70_000) + _cell(300) + _record(0x3C, bytes(300)) + _row(2) + _cell(5)
    whole = binary_sheets.XlsbRecords()
    whole.add(sheet)
    pieces = binary_sheets.XlsbRecords()
    at = 0
    for k, step in enumerate(cuts * 50):
        if at >= len(sheet):
            break
        pieces.add(sheet[at : at + step + k % 7])
        at += step + k % 7
    pieces.add(sheet[at:])
    assert (pieces.area.cells, pieces.area.max_row, pieces.area.max_col) == (
        whole.area.cells,
        70_001,
        301,
    )
    assert whole.area.cells == 8


def test_the_command_refuses_a_hostile_xlsb_with_a_message_not_a_crash(tmp_path: Path) -> None:
    path = _xlsb_with(tmp_path, _row(1_048_575) + _cell(16_383))
    done = subprocess.run(
        [sys.executable, "-m", "asn_mutasi", "periksa", str(path)],
        capture_output=True,
        text=True,
        timeout=120,
        stdin=subprocess.DEVNULL,
        check=False,
    )
    assert done.returncode == 3, done.stderr
    assert "bahaya.xlsb" in done.stderr and "maks_sel" in done.stderr
    assert "Traceback" not in done.stderr and "panicked" not in done.stderr and not done.stdout


def test_biff_records_are_read_within_their_stream() -> None:
    # a truncated last record and a MulRk whose last column lies before its first
    stream = struct.pack("<HH", 0x0809, 0) + struct.pack("<HHHHHH", 0x00BD, 6, 2, 9, 0, 3) + b"\x03\x02\x0e\x00\x01"
    area = binary_sheets.biff_areas(stream)[0]
    assert (area.cells, area.max_row, area.max_col) == (1, 3, 10)
    assert binary_sheets.biff_areas(io.BytesIO(b"").getvalue()) == []


def _biff(typ: int, body: bytes) -> bytes:
    return struct.pack("<HH", typ, len(body)) + body


def test_biff_error_cells_are_counted_and_their_sheet_named() -> None:
    """BOOLERR with fError = 1 and FORMULA whose cached result is an error: calamine reads both as empty."""
    globals_ = _biff(0x0809, bytes(16))
    name = "Pegawai"
    sheet_at = len(globals_) + 4 + 8 + len(name) + 4  # after the BOUNDSHEET record and the globals' EOF
    globals_ += _biff(0x0085, struct.pack("<IBBBB", sheet_at, 0, 0, len(name), 0) + name.encode()) + _biff(0x000A, b"")
    assert len(globals_) == sheet_at
    sheet = _biff(0x0809, bytes(16))
    sheet += _biff(0x0205, struct.pack("<HHHBB", 1, 0, 15, 0x2A, 1))  # A2: #N/A
    sheet += _biff(0x0205, struct.pack("<HHHBB", 1, 1, 15, 1, 0))  # B2: TRUE, no error
    sheet += _biff(0x0006, struct.pack("<HHH", 2, 3, 15) + bytes([2, 0, 0x17, 0, 0, 0, 0xFF, 0xFF]) + bytes(6))  # D3
    sheet += _biff(0x0006, struct.pack("<HHHd", 3, 0, 15, 7.0) + bytes(6))  # a number
    stream = globals_ + sheet + _biff(0x000A, b"")
    areas = binary_sheets.biff_areas(stream)
    assert [a.errors for a in areas] == [0, 2]
    assert areas[1].error_at == [(1, 0, "#N/A"), (2, 3, "#REF!")]
    assert binary_sheets.sheet_offsets(stream) == {sheet_at: "Pegawai"} and areas[1].offset == sheet_at


def test_an_xls_lookup_that_showed_na_is_named(tmp_path: Path) -> None:
    from asn_mutasi.io.readers import read_table

    table = read_table(FIXTURES / "vlookup_na.xls", "pegawai")
    found = [f for f in table.findings if f.code == "sel-galat-excel"]
    assert len(found) == 1 and found[0].location is not None
    assert (found[0].location.sheet, found[0].location.row, found[0].location.column) == ("Pegawai", 2, "A")
    assert "#N/A" in found[0].message
    assert table.frame["nip"].tolist() == [None, "199001012015031001"]


def test_an_xls_whose_sheets_together_pass_the_cell_limit_is_refused() -> None:
    """Each sheet of one far cell is under `maks_sel`, but calamine builds every sheet's grid when it opens an xls:
    ten such sheets (50 KB) took more than 3 GB and aborted the process (hostile-input campaign, h26)."""
    path = FIXTURES / "far_three_sheets.xls"
    text = _refused(path)
    assert "bersama-sama" in text and "maks_sel" in text and ".xlsx" in text


def test_biff_hidden_rows_holding_a_value_are_counted_and_their_sheet_named() -> None:
    """A roster filtered in LibreOffice and saved as .xls was read whole without `baris-tersembunyi` (hostile9 #4,
    h28). ROW records with fDyZero (0x20) mark a row hidden; one holding only BLANK cells holds no value."""
    from asn_mutasi.io.guard import _biff_errors

    def row(number: int, hidden: bool) -> bytes:
        return _biff(0x0208, struct.pack("<HHHHHHHH", number, 0, 3, 255, 0, 0, 0x20 if hidden else 0, 15))

    globals_ = _biff(0x0809, bytes(16))
    name = "Pegawai"
    sheet_at = len(globals_) + 4 + 8 + len(name) + 4
    globals_ += _biff(0x0085, struct.pack("<IBBBB", sheet_at, 0, 0, len(name), 0) + name.encode()) + _biff(0x000A, b"")
    sheet = _biff(0x0809, bytes(16)) + row(1, True) + row(2, True) + row(3, True) + row(4, False)
    sheet += _biff(0x0203, struct.pack("<HHHd", 1, 0, 15, 1.0))  # A2: a number, hidden
    sheet += _biff(0x00BD, struct.pack("<HHH", 2, 0, 15) + bytes(4) + struct.pack("<H", 15) + bytes(4) + b"\x01\x00")
    sheet += _biff(0x0201, struct.pack("<HHH", 3, 0, 15))  # A4: BLANK (a border), hidden: no value
    sheet += _biff(0x0203, struct.pack("<HHHd", 4, 0, 15, 2.0))  # A5: visible
    stream = globals_ + sheet + _biff(0x000A, b"")
    areas = binary_sheets.biff_areas(stream)
    assert areas[1].hidden_rows == {1, 2}
    scans = _biff_errors(stream, areas)
    assert (scans["Pegawai"].hidden_rows, scans["Pegawai"].hidden_refs, scans["Pegawai"].error_cells) == (2, [2, 3], 0)
