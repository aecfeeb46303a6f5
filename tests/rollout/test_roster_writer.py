"""Tests for writing the roster back in the input's format and the loop workbooks."""

from __future__ import annotations

import csv
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pandas as pd
import pytest

from asn_mutasi.errors import OutputError
from asn_mutasi.io.readers import read_table
from asn_mutasi.io.rollout_workbooks import COMPARE_SHEETS, write_compare_workbook, write_sk_workbook
from asn_mutasi.io.roster_writer import write_roster_like
from asn_mutasi.rollout.apply import apply_plan
from asn_mutasi.rollout.compare import compare_rosters
from asn_mutasi.validation import prepare_roster

from .conftest import J1, J3, NIPS, move

CSV_ROWS = [
    ["No", "NIP", "Nama", "Jabatan", "Unit Kerja", "TMT Jabatan", "Keterangan"],
    [
        "1",
        NIPS["A"],
        "Ani Suryani, S.Kom",
        "Pranata Komputer",
        "Dinas Kominfo",
        "01/03/2019",
        "catatan; dengan titik koma",
    ],
    ["2", NIPS["C"], "Citra Dewi", "Analis Kebijakan", "Dinas Kominfo", "15/06/2018", ""],
    ["3", NIPS["B"], "Budi Ñoño", "Analis Data", "Bappeda", "01/03/2019", '"kutip"'],
]
SWAP = pd.DataFrame(
    [move("M-1", "C", J3, J1, "R1", keputusan="Setuju"), move("M-2", "A", J1, J3, "R1", keputusan="Setuju")]
)


def _csv_bytes(rows: list[list[str]], *, delimiter: str, eol: str, bom: bool, encoding: str = "utf-8") -> bytes:
    def cell(v: str) -> str:
        return f'"{v.replace(chr(34), chr(34) * 2)}"' if delimiter in v or '"' in v else v

    text = eol.join(delimiter.join(cell(v) for v in r) for r in rows) + eol
    return (b"\xef\xbb\xbf" if bom else b"") + text.encode(encoding)


def _apply(path: Path):
    raw = read_table(path, "pegawai")
    prepared = prepare_roster(raw, today=date(2025, 6, 1)).frame
    hidden = SWAP.drop(columns=["keputusan"])
    result = apply_plan(SWAP, hidden, raw, prepared, date(2026, 1, 1))
    assert result.ok, [f.message for f in result.findings]
    return raw, result


def test_csv_round_trip_keeps_bytes_of_unmoved_rows(tmp_path: Path) -> None:
    source = tmp_path / "pegawai.csv"
    data = _csv_bytes(CSV_ROWS, delimiter=";", eol="\r\n", bom=True)
    source.write_bytes(data)
    raw, result = _apply(source)
    out = tmp_path / "pegawai_baru.csv"
    assert write_roster_like(raw, result.roster, out) == "csv"
    written = out.read_bytes()
    assert written.startswith(b"\xef\xbb\xbf")
    old_lines, new_lines = data.split(b"\r\n"), written.split(b"\r\n")
    assert len(old_lines) == len(new_lines)
    assert new_lines[0] == old_lines[0] and new_lines[3] == old_lines[3]  # header and Budi unchanged
    assert new_lines[1].decode("utf-8-sig").split(";")[3:6] == ["Analis Kebijakan", "Dinas Kominfo", "01/01/2026"]
    assert new_lines[2].decode().split(";")[3:6] == ["Pranata Komputer", "Dinas Kominfo", "01/01/2026"]
    # what we wrote reads back as the same table shape
    again = read_table(out, "pegawai")
    assert again.source.delimiter == ";" and again.source.encoding == "utf-8-sig"
    assert again.frame["nip"].tolist() == [NIPS["A"], NIPS["C"], NIPS["B"]]


def test_csv_cp1252_comma_lf(tmp_path: Path) -> None:
    rows = [r[:6] for r in CSV_ROWS]
    source = tmp_path / "pegawai.csv"
    data = _csv_bytes(rows, delimiter=",", eol="\n", bom=False, encoding="cp1252")
    source.write_bytes(data)
    raw, result = _apply(source)
    out = tmp_path / "baru.csv"
    write_roster_like(raw, result.roster, out)
    written = out.read_bytes()
    assert b"\r\n" not in written and "Ñoño".encode("cp1252") in written
    assert written.split(b"\n")[3] == data.split(b"\n")[3]


def test_a_header_cell_of_the_roster_never_goes_out_as_a_formula(tmp_path: Path) -> None:
    """The roster's own header row is input too: "=HYPERLINK(…)" and "@SUM(1)" above an unmapped column get the
    apostrophe the data cells get (hostile-input campaign: the header went out raw)."""
    rows = [[*r[:6], ('=HYPERLINK("http://contoh.invalid")' if i == 0 else "x")] for i, r in enumerate(CSV_ROWS)]
    rows = [[*r, "@SUM(1)" if i == 0 else "y"] for i, r in enumerate(rows)]
    source = tmp_path / "pegawai.csv"
    source.write_bytes(_csv_bytes(rows, delimiter=";", eol="\n", bom=False))
    raw, result = _apply(source)
    out = tmp_path / "baru.csv"
    write_roster_like(raw, result.roster, out)
    header = next(csv.reader(out.read_text(encoding="utf-8").splitlines(), delimiter=";"))
    assert header[:6] == CSV_ROWS[0][:6]
    assert header[6].startswith("'=HYPERLINK") and header[7] == "'@SUM(1)"


def test_refuses_to_overwrite_and_unwritable_formats(tmp_path: Path) -> None:
    source = tmp_path / "pegawai.csv"
    source.write_bytes(_csv_bytes(CSV_ROWS, delimiter=";", eol="\n", bom=False))
    raw, result = _apply(source)
    with pytest.raises(OutputError):
        write_roster_like(raw, result.roster, source)
    assert source.read_bytes().count(b"Pranata Komputer") == 1  # untouched
    with pytest.raises(OutputError):  # the input roster is never replaced, even with overwrite (issue 13)
        write_roster_like(raw, result.roster, source, overwrite=True)
    assert source.read_bytes().count(b"Pranata Komputer") == 1
    with pytest.raises(OutputError):
        write_roster_like(raw, result.roster, tmp_path / "x.xls")


def test_xlsx_round_trip_keeps_the_title_rows_and_every_row_number(tmp_path: Path) -> None:
    """The title rows above the header are written back and the header stays on its row: they were dropped and
    every row number moved up (walk3 #6, h27; this test expected the header on row 1 before)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "DUK"
    ws.append(["DAFTAR URUT KEPANGKATAN"])
    ws.append([])
    ws.append(CSV_ROWS[0])
    for r in CSV_ROWS[1:]:
        ws.append([*r[:5], datetime.strptime(r[5], "%d/%m/%Y"), r[6]])
    source = tmp_path / "pegawai.xlsx"
    wb.save(source)
    raw, result = _apply(source)
    out = tmp_path / "baru.xlsx"
    assert write_roster_like(raw, result.roster, out) == "xlsx"
    back = openpyxl.load_workbook(out)
    sheet = back["DUK"]
    titles, rows = list(sheet.iter_rows(values_only=True))[:2], list(sheet.iter_rows(min_row=3, values_only=True))
    assert titles[0][0] == "DAFTAR URUT KEPANGKATAN" and not any(titles[1])
    assert list(rows[0]) == CSV_ROWS[0]
    assert rows[1][1] == NIPS["A"] and sheet.cell(4, 2).data_type == "s"
    assert rows[1][3] == "Analis Kebijakan" and rows[1][5] == datetime(2026, 1, 1)
    assert rows[3][3] == "Analis Data" and rows[3][5] == datetime(2019, 3, 1)
    assert rows[3][0] == "3" and rows[2][6] is None
    again = read_table(out, "pegawai")  # the tool reads its own output, each person on the input's row
    assert again.source.header_rows == raw.source.header_rows == (3,)
    assert again.frame["_baris"].tolist() == raw.frame["_baris"].tolist() == [4, 5, 6]


def test_a_real_date_stays_a_date_in_a_column_that_also_holds_text(tmp_path: Path) -> None:
    """Each mover's new TMT takes the style of the cell it replaces: the column's first cell (text) decided for all,
    and 64 real Excel dates of a DUK typed five ways became text "01-01-2027" (walk3 #6, h27)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(CSV_ROWS[0])
    ws.append(CSV_ROWS[1])  # A: TMT as text "01/03/2019"
    ws.append([*CSV_ROWS[2][:5], datetime(2018, 6, 15), ""])  # C: TMT a real date
    ws.append([*CSV_ROWS[3][:5], "1 Maret 2019", ""])  # B (not moved): text in words
    source = tmp_path / "pegawai.xlsx"
    wb.save(source)
    raw, result = _apply(source)
    out = tmp_path / "baru.xlsx"
    write_roster_like(raw, result.roster, out)
    sheet = openpyxl.load_workbook(out).active
    assert sheet.cell(2, 6).value == "01/01/2026" and sheet.cell(2, 6).data_type == "s"
    assert sheet.cell(3, 6).value == datetime(2026, 1, 1) and sheet.cell(3, 6).is_date
    assert sheet.cell(4, 6).value == "1 Maret 2019"


def test_sk_and_compare_workbooks(tmp_path: Path) -> None:
    source = tmp_path / "pegawai.csv"
    source.write_bytes(_csv_bytes(CSV_ROWS, delimiter=";", eol="\n", bom=False))
    raw, result = _apply(source)
    sk_path = tmp_path / "sk.xlsx"
    write_sk_workbook(result.sk, sk_path)
    ws = openpyxl.load_workbook(sk_path)["Daftar SK"]
    rows = list(ws.iter_rows(values_only=True))
    assert list(rows[0]) == [
        "No",
        "NIP/NI PPPK",
        "Nama",
        "Pangkat/Golongan",
        "Jabatan Lama",
        "Unit Kerja Lama",
        "Jabatan Baru",
        "Unit Kerja Baru",
        "TMT",
    ]
    assert rows[1][1] == NIPS["C"] and rows[1][8] == datetime(2026, 1, 1) and ws.freeze_panes == "A2"
    with pytest.raises(OutputError):
        write_sk_workbook(result.sk, sk_path)

    before = prepare_roster(raw, today=date(2025, 6, 1)).frame
    after_path = tmp_path / "baru.csv"
    write_roster_like(raw, result.roster, after_path)
    after = prepare_roster(read_table(after_path, "pegawai"), today=date(2025, 6, 1)).frame
    comparison = compare_rosters(before, after, None, plan_moves=SWAP)
    cmp_path = tmp_path / "banding.xlsx"
    write_compare_workbook(comparison, cmp_path)
    book = openpyxl.load_workbook(cmp_path)
    assert book.sheetnames == list(COMPARE_SHEETS)
    moved = list(book["Pindah"].iter_rows(values_only=True))
    assert moved[0][:3] == ("NIP", "Nama", "Jabatan Sebelum") and len(moved) == 3
    real = list(book["Realisasi Rencana"].iter_rows(values_only=True))
    assert [r[6] for r in real[1:]] == ["ya", "ya"]


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_a_nip_stored_as_a_number_is_written_back_as_the_damaged_number_it_is(tmp_path: Path, suffix: str) -> None:
    """terapkan wrote a NIP typed as a number (last digits rounded away: ...091001 read 1.97703292003091E+17) back
    as the 18-digit TEXT '197703292003091008', a wrong NIP the next run took as valid (hostile-input campaign)."""
    source = tmp_path / "pegawai.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["NIP", "Nama", "Jabatan", "Unit Kerja"])
    ws.append([NIPS["A"], "Ani", "Pranata Komputer", "Dinas Kominfo"])
    ws.append([197703292003091001, "Budi", "Analis Data", "Bappeda"])  # stored by Excel as a float
    wb.save(source)
    raw = read_table(source, "pegawai")
    out = tmp_path / f"baru{suffix}"
    write_roster_like(raw, raw.original_frame, out)
    again = prepare_roster(read_table(out, "pegawai"), today=date(2025, 6, 1))
    assert [f.code for f in again.findings if f.code.startswith("nip")] == ["nip-tersimpan-sebagai-angka"]
    assert again.frame["nip"].tolist()[0] == NIPS["A"]


def test_a_two_row_header_is_written_as_its_lower_row_and_reads_back(tmp_path: Path) -> None:
    """A merged group header ("DATA JABATAN" over JABATAN and UNIT KERJA) was written joined ("DATA JABATAN /
    JABATAN"): the tool could not read its own output (jabatan and unit unmapped; bandingkan: everyone moved)."""
    source = tmp_path / "dua_baris.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["NIP", "NAMA", "DATA JABATAN", None])
    ws.append([None, None, "JABATAN", "UNIT KERJA"])
    for c in (1, 2):
        ws.merge_cells(start_row=1, start_column=c, end_row=2, end_column=c)
    ws.merge_cells(start_row=1, start_column=3, end_row=1, end_column=4)
    ws.append([NIPS["A"], "Ani", "Pranata Komputer", "Dinas Kominfo"])
    wb.save(source)
    raw = read_table(source, "pegawai")
    assert len(raw.source.header_rows) == 2
    for suffix in (".xlsx", ".csv"):
        out = tmp_path / f"baru{suffix}"
        write_roster_like(raw, raw.original_frame, out)
        again = read_table(out, "pegawai")
        assert again.frame["jabatan"].tolist() == ["Pranata Komputer"]
        assert again.frame["unit_kerja"].tolist() == ["Dinas Kominfo"]
        assert again.frame["nip"].tolist() == [NIPS["A"]]


def test_the_numbering_row_under_the_header_is_kept_so_no_row_number_moves(tmp_path: Path) -> None:
    """A SIMPEG daftar nominatif (and the shipped sample) prints a numbering row "1 2 3 …" under its header: it was
    dropped, every person moved up one row and a finding's "baris 262" on the roster terapkan wrote named another
    person than on the input (walk, h30)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Daftar Nominatif"
    ws.append(["DAFTAR NOMINATIF PEGAWAI"])
    ws.append([])
    ws.append(CSV_ROWS[0])
    ws.append(list(range(1, len(CSV_ROWS[0]) + 1)))
    for r in CSV_ROWS[1:]:
        ws.append([*r[:5], datetime.strptime(r[5], "%d/%m/%Y"), r[6]])
    source = tmp_path / "pegawai.xlsx"
    wb.save(source)
    raw, result = _apply(source)
    assert raw.frame["_baris"].tolist() == [5, 6, 7]
    out = tmp_path / "baru.xlsx"
    write_roster_like(raw, result.roster, out)
    sheet = openpyxl.load_workbook(out)["Daftar Nominatif"]
    assert [c.value for c in sheet[4]] == list(range(1, len(CSV_ROWS[0]) + 1))
    assert sheet.cell(5, 2).value == NIPS["A"] and sheet.cell(7, 2).value == NIPS["B"]
    again = read_table(out, "pegawai")
    assert again.source.header_rows == (3,)
    assert again.frame["_baris"].tolist() == raw.frame["_baris"].tolist()
    assert again.frame["nip"].tolist() == raw.frame["nip"].tolist()
