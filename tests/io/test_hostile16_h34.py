"""Noise and limits on hostile files (hostile16, h34): a workbook of thousands of small sheets, and a duplicate NIP
whose newer row a later rule excludes."""

from __future__ import annotations

from pathlib import Path

import pytest


def _small_sheets(path: Path, count: int) -> None:
    """A workbook of ``count`` sheets of one cell each, the roster first."""
    import openpyxl

    book = openpyxl.Workbook()
    roster = book.active
    assert roster is not None
    roster.title = "Pegawai"
    roster.append(["NIP", "NAMA", "JABATAN", "UNIT KERJA"])
    roster.append(["198003032005011003", "Budi Hartono", "Analis Kebijakan Ahli Muda", "Bagian Organisasi"])
    for i in range(1, count):
        book.create_sheet(f"S{i}")["A1"] = "catatan"
    book.save(path)


def test_a_small_sheet_is_scanned_as_one_block(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each small worksheet was scanned twice by the guard, its bytes up to the last "<" and then its closing tag:
    20,000 numpy scans of ~0.5 ms each for a workbook of 10,000 one-cell sheets (7.6 s of 15 s). A sheet that fits
    in one chunk is one block; the counts are unchanged."""
    from asn_mutasi.io import guard

    path = tmp_path / "lembar.xlsx"
    _small_sheets(path, 40)
    scanned: list[int] = []
    real = guard._scan_xml

    def counted(block: bytes, sheet: guard.SheetScan, size: int | None = None) -> None:
        scanned.append(len(block))
        real(block, sheet, size)

    monkeypatch.setattr(guard, "_scan_xml", counted)
    scan = guard.inspect_workbook(path, "lembar.xlsx")
    assert len(scan.sheets) == 40 and len(scanned) == 40
    cells = sorted(s.cells for s in scan.sheets.values())
    assert cells == [1] * 39 + [8] and max(s.max_row for s in scan.sheets.values()) == 2


def test_a_sheet_of_several_chunks_is_still_cut_at_a_tag(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Past one chunk the blocks are still cut before a "<" (no tag split between two scans): every cell counted."""
    from asn_mutasi.io import guard

    monkeypatch.setattr(guard, "_CHUNK", 1000)
    path = tmp_path / "besar.xlsx"
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for r in range(1, 301):
        sheet.append([f"198003032005011{r:03d}", f"Orang {r}", "Analis"])
    book.save(path)
    scan = guard.inspect_workbook(path, "besar.xlsx")
    (only,) = scan.sheets.values()
    assert only.cells == 900 and only.max_row == 300 and only.max_col == 3


def test_the_other_sheets_too_small_for_the_table_are_not_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """With the roster sheet found, the top of every other visible sheet was read to find a second copy of it
    (`sheet-lain-tidak-dibaca`): 9,990 sheets of one cell each. A sheet the guard counted fewer cells in than the
    table has headers cannot be that copy and is not read; a real copy is still found."""
    from asn_mutasi.io.open_workbook import SafeWorkbook
    from asn_mutasi.io.readers import read_table

    path = tmp_path / "lembar.xlsx"
    _small_sheets(path, 30)
    import openpyxl

    book = openpyxl.load_workbook(path)
    copy = book.create_sheet("Salinan")
    copy.append(["NIP", "NAMA", "JABATAN", "UNIT KERJA"])
    copy.append(["197501012010011001", "Andi Pratama", "Pengadministrasi Perkantoran", "Bagian Umum"])
    book.save(path)
    read: list[str] = []
    real = SafeWorkbook.head

    def counted(self: SafeWorkbook, name: str, nrows: int) -> list[list[object]]:
        read.append(name)
        return real(self, name, nrows)

    monkeypatch.setattr(SafeWorkbook, "head", counted)
    table = read_table(path, "pegawai")
    assert table.frame["nama"].tolist() == ["Budi Hartono"]
    assert [f.location.sheet for f in table.findings if f.code == "sheet-lain-tidak-dibaca"] == ["Salinan"]
    assert set(read) == {"Pegawai", "Salinan"}
