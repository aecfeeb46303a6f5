"""Hostile workbooks are refused before they cost memory (hostile23, h36)."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

import asn_mutasi as am
from asn_mutasi.errors import InputError
from asn_mutasi.io.guard import SHARED_ITEMS_FLOOR, SHARED_ITEMS_PER_CELL, WorkbookScan, _SharedScan, inspect_workbook

_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_CT = (
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>'
)
_RELS = (
    '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    f'<Relationship Id="rId1" Type="{_REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>'
)
_WB = f'<?xml version="1.0"?><workbook xmlns="{_MAIN}" xmlns:r="{_REL}"><sheets><sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>'
_WB_RELS = (
    '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    f'<Relationship Id="rId1" Type="{_REL}/worksheet" Target="worksheets/sheet1.xml"/>'
    f'<Relationship Id="rId2" Type="{_REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>'
)


def _roster(path: Path, items: int, *, prefix: str = "", strings_first: bool = False) -> Path:
    """A roster of 2 rows × 2 columns, all shared strings, whose sharedStrings.xml holds ``items`` items in all."""
    p = f"{prefix}:" if prefix else ""
    rows = [["nip", "nama"], ["197705022003022001", "Ani"]]
    cells = "".join(
        f'<row r="{r + 1}">'
        + "".join(f'<c r="{"AB"[c]}{r + 1}" t="s"><v>{2 * r + c}</v></c>' for c in range(2))
        + "</row>"
        for r in range(2)
    )
    sheet = f'<?xml version="1.0"?><worksheet xmlns="{_MAIN}"><sheetData>{cells}</sheetData></worksheet>'
    texts = [t for row in rows for t in row] + [f"s{i}" for i in range(items - 4)]
    xmlns = f"xmlns:{prefix}" if prefix else "xmlns"
    sst = f'<?xml version="1.0"?><{p}sst {xmlns}="{_MAIN}">' + "".join(
        f"<{p}si><{p}t>{t}</{p}t></{p}si>" for t in texts
    )
    parts = [("xl/worksheets/sheet1.xml", sheet), ("xl/sharedStrings.xml", sst + f"</{p}sst>")]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", _CT)
        zf.writestr("_rels/.rels", _RELS)
        zf.writestr("xl/workbook.xml", _WB)
        zf.writestr("xl/_rels/workbook.xml.rels", _WB_RELS)
        for name, text in reversed(parts) if strings_first else parts:
            zf.writestr(name, text)
    return path


@pytest.mark.parametrize("layout", [{}, {"prefix": "x"}, {"strings_first": True}])
def test_shared_strings_far_beyond_the_cells_are_refused(tmp_path: Path, layout: dict[str, object]) -> None:
    """A 13 MB xlsx whose sharedStrings.xml held 5 million items for a sheet of 10 cells took 372 MB and 8 s before
    its refusal (50 million fit in the inflated size allowed): calamine keeps every item, used or not. Items past
    the bound are refused as they are inflated, the shared strings coming first in the zip or prefixed alike."""
    most = SHARED_ITEMS_FLOOR + SHARED_ITEMS_PER_CELL * 4
    path = _roster(tmp_path / "pegawai.xlsx", most + 1, **layout)  # type: ignore[arg-type]
    with pytest.raises(InputError) as refused:
        inspect_workbook(path, "pegawai.xlsx")
    said = str(refused.value)
    assert "'pegawai.xlsx' ditolak" in said and "sharedStrings.xml" in said and "100.016 teks" in said, said
    assert "4 sel" in said and "simpan ulang" in (refused.value.hint or "")
    with pytest.raises(InputError, match="sharedStrings") as refused:
        am.check(pegawai=path)
    assert refused.value.exit_code == 3


def test_shared_strings_within_the_bound_are_read(tmp_path: Path) -> None:
    path = _roster(tmp_path / "pegawai.xlsx", SHARED_ITEMS_FLOOR + SHARED_ITEMS_PER_CELL * 4)
    scan = inspect_workbook(path, "pegawai.xlsx")
    assert scan is not None and scan.shared_items == SHARED_ITEMS_FLOOR + 16


def test_shared_items_cut_between_two_chunks_are_counted_once() -> None:
    text = b"<sst><si><t>a:s</t></si><x:si><x:t>si</x:t></x:si><si/><si\n><t>b</t></si></sst>"
    for size in range(1, len(text) + 1):
        book = WorkbookScan(container="zip")
        shared = _SharedScan(book, "b.xlsx")
        for start in range(0, len(text), size):
            shared.add(text[start : start + size])
        assert book.shared_items == 4, size


def test_blank_lines_between_rows_share_one_row(tmp_path: Path) -> None:
    """2 million blank lines between two rows of a CSV took 548 MB: each blank record was a list of its own (180 MB
    of them). A run of blank records is one row shared; the rows after it keep their numbers."""
    import tracemalloc

    from asn_mutasi.io.csv_reader import read_csv_rows

    path = tmp_path / "pegawai.csv"
    path.write_text("nip,nama\n" + "\n" * 200_000 + ",\n" * 100_000 + "197705022003022001,Ani\n")
    tracemalloc.start()
    try:
        read = read_csv_rows(path, path.name, lambda text: ",")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert len(read.rows) == 300_002 and read.rows[-1] == ["197705022003022001", "Ani"]
    assert read.rows[1] == [] and read.rows[200_001] == ["", ""] and list(read.widths[-2:]) == [2, 2]
    assert peak < 6 * 2**20, peak  # (a list per blank record: 22 MB)
