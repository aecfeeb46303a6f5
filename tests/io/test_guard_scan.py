"""The numpy worksheet scan (io.guard._scan_xml) agrees with the regex scan it replaced."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from asn_mutasi.io.guard import SheetScan, _scan_xml, _scan_xml_prefixed, column_index

_ROW_TAG = re.compile(rb'<row r="([0-9]{1,7})"')
_REF_LETTERS = re.compile(rb'<c r="([A-Z]{1,3})')
_REF_DIGITS = re.compile(rb'<c r="[A-Z]{1,3}([0-9]{1,7})"')


#: (``[^<>]``: a reference belongs to the tag its nearest "<" opens; ``[^>]`` ran on from "<c " over "<col" into
#: a col's reference, and the soup below found such a block now and then; reviewE, h38)
_ANY_REF_SPEC = re.compile(rb'<(?:\w+:)?(?:c|row)\s[^<>]*?\br="([A-Z]*)([0-9]*)"')


def _bounds_spec(block: bytes) -> None:
    """The rule every scan applies first: a row or cell reference past row 1,048,576 or column XFD (any length of
    letters or digits, wherever ``r`` stands among the attributes) refuses the sheet, naming the first one."""
    for match in _ANY_REF_SPEC.finditer(block):
        letters, digits = match.group(1).decode(), match.group(2).decode()
        if (
            len(letters) > 3
            or len(digits) > 7
            or (digits and int(digits) > 1_048_576)
            or (letters and column_index(letters) > 16_384)
        ):
            raise ValueError(letters + digits)


def reference_scan(block: bytes, sheet: SheetScan) -> None:
    """The regex scan, as it was before the numpy scan (and the count of ``<!``/``<?`` tags), after the bounds rule."""
    _bounds_spec(block)
    sheet.markup += block.count(b"<!") + block.count(b"<?")
    if b":c " in block or b":c>" in block or b":row" in block:
        _scan_xml_prefixed(block, sheet)
        return
    cells = block.count(b"<c ") + block.count(b"<c>") + block.count(b"<c/>")
    if not cells and b"<row" not in block:
        return
    sheet.cells += cells
    with_ref = block.count(b'<c r="')
    if with_ref != cells or block.count(b"<row") != block.count(b'<row r="'):
        sheet.implicit = True
    row_tags = _ROW_TAG.findall(block)
    if row_tags:
        sheet.max_row = max(sheet.max_row, max(map(int, row_tags)))
    if with_ref:
        letters = set(_REF_LETTERS.findall(block))
        sheet.max_col = max(sheet.max_col, max(column_index(c) for c in letters))
        sheet.max_row = max(sheet.max_row, max(map(int, set(_REF_DIGITS.findall(block)))))


def _both(block: bytes) -> tuple[object, object]:
    results = []
    for scan in (reference_scan, _scan_xml):
        sheet = SheetScan(entry="x")
        try:
            scan(block, sheet)
            results.append(sheet)
        except ValueError as exc:
            results.append(("ValueError", str(exc)))
    return results[0], results[1]


@pytest.mark.parametrize(
    "block",
    [
        b'<row r="1"><c r="A1" t="s"><v>0</v></c><c r="XFD1048576"><v>1</v></c></row>',
        b'<row r="12345678"><c r="AB12"><v>1</v></c></row>',  # an 8-digit row number: past the last row
        b'<row><c><v>1</v></c><c/><c r="C3"/></row>',  # cells and rows without r: implicit
        b'<row r="2" spans="1:3"><c s="1" r="B2"><v>1</v></c></row>',  # r not first
        b'<cols><col min="1" max="3"/></cols><row r="7"><c r="ABCD7"><v>1</v></c><c r="Z9"/></row>',
        b'<row r="3"><c r="1"><v>1</v></c></row>',  # a reference without letters: broken
        b'<row r="3"><c r="A"><v>1</v></c></row>',  # letters without digits: broken
        b"<sheetData/>",
        b"",
        b'<row r="0009"><c r="AA0010"/></row>',
        # 8 digits without letters: past the last row, refused as such before "broken" (the token soup found it
        # now and then; reviewE, h38)
        b'<c r="12345678"',
        b'<row r="1"><c r="12345678"/></row>',
        b'<c <col r="DD01048576"/>',  # a col's reference, not the cell's: the cell tag ends before it
        b'<row <c99 r="12345678"</row>',
    ],
)
def test_scan_matches_the_regex_scan(block: bytes) -> None:
    old, new = _both(block)
    assert new == old


_TOKENS = st.sampled_from(
    [
        b"<row",
        b' r="',
        b"<c",
        b" ",
        b">",
        b"/>",
        b'"',
        b"<v>1</v>",
        b"</c>",
        b"</row>",
        b"A",
        b"Z",
        b"XF",
        b"D",
        b"1",
        b"99",
        b"0",
        b"007",
        b"1048576",
        b"12345678",
        b"<col",
        b"t=",
        b"<is><t>x</t></is>",
        b"x:",
        b":",
        b"row",
    ]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_TOKENS, max_size=60))
def test_scan_matches_the_regex_scan_on_token_soup(tokens: list[bytes]) -> None:
    block = b"".join(tokens)
    old, new = _both(block)
    assert new == old


@pytest.mark.parametrize(
    "block",
    [b'<x:row r="1"><x:c r="A1"/></x:row>', b'<row r="1"><c r="B1"><v>08:c 1</v></c></row>', b"a:c>", b"z:rowz"],
)
def test_prefixed_blocks_take_the_prefixed_scan(block: bytes) -> None:
    expected, got = SheetScan(entry="x"), SheetScan(entry="x")
    _scan_xml_prefixed(block, expected)
    _scan_xml(block, got)
    assert got == expected


_NUMBER_SOUP = st.lists(
    st.sampled_from([b"0", b"1", b"5", b"9", b"10", b"0042", b"99999", b"1048576", b"12345678", b"x", b'"']),
    min_size=0,
    max_size=8,
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_NUMBER_SOUP, max_size=40))
def test_max_number_at_is_the_largest_quoted_number(fields: list[list[bytes]]) -> None:
    """1–7 digits closed by a quote count; the largest wins (ties, leading zeros and equal lengths included)."""
    import numpy as np

    from asn_mutasi.io.guard import _PAD, _max_number_at

    texts = [b"".join(f) for f in fields]
    block = b"".join(b"<" + t for t in texts)
    at, pos = [], 0
    for t in texts:
        at.append(pos + 1)
        pos += len(t) + 1
    expected = [int(m.group(1)) for t in texts if (m := re.match(rb"([0-9]{1,7})\"", t))]
    buf = np.frombuffer(block + bytes(_PAD), dtype=np.uint8)
    assert _max_number_at(buf, np.array(at, dtype=np.int64)) == (max(expected) if expected else None)


def _workbook_bytes(sheet_xml: bytes) -> bytes:
    import io
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("xl/workbook.xml", b"<workbook/>")
        zf.writestr("xl/worksheets/sheet1.xml", sheet_xml)
    return out.getvalue()


def _inspect(data: bytes, *, inline: bool, monkeypatch: pytest.MonkeyPatch, limits: object = None) -> object:
    """inspect_workbook's sheet scan or error text; ``inline``: every block in the calling thread."""
    from asn_mutasi.config import ReadLimits
    from asn_mutasi.errors import InputError
    from asn_mutasi.io import guard

    class Inline(guard._BlockScans):
        def add(self, block: bytes, size: int | None = None) -> None:
            self.count = 0  # always odd after the increment: scanned here
            super().add(block, size)

    monkeypatch.setattr(guard, "_CHUNK", 97)  # many blocks from a small sheet
    monkeypatch.setattr(guard, "_BlockScans", Inline if inline else guard._BlockScans)
    try:
        scan = guard.inspect_workbook(data, "buku.xlsx", limits or ReadLimits())  # type: ignore[arg-type]
    except InputError as exc:
        return str(exc)
    assert scan is not None
    return scan.sheets


@settings(max_examples=150, deadline=None)
@given(st.lists(st.lists(_TOKENS, max_size=30), min_size=1, max_size=12))
def test_scans_in_two_threads_equal_one_thread(rows: list[list[bytes]]) -> None:
    """Token-soup worksheets over many blocks: the same scan, or the same error, either way."""
    xml = b"<worksheet><sheetData>" + b"".join(b"".join(r) for r in rows) + b"</sheetData></worksheet>"
    with pytest.MonkeyPatch.context() as mp:
        one = _inspect(_workbook_bytes(xml), inline=True, monkeypatch=mp)
    with pytest.MonkeyPatch.context() as mp:
        two = _inspect(_workbook_bytes(xml), inline=False, monkeypatch=mp)
    assert two == one


@pytest.mark.parametrize("before", range(4))
def test_an_earlier_blocks_error_wins_over_a_later_one(before: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """A broken block (in either thread) is reported, not the over-long tag that comes after it."""
    good = b'<row r="1"><c r="A1"><v>1</v></c></row>'
    broken = b'<row r="2">' + b'<c r="1"/>' * 40 + b"</row>"  # blocks of references without letters
    xml = good * before + broken + good * 2 + b"<v>" + b"x" * 400 + b"</v>" + good
    results = [_inspect(_workbook_bytes(xml), inline=i, monkeypatch=monkeypatch) for i in (True, False)]
    assert results[0] == results[1]
    assert isinstance(results[0], str) and "tidak dapat dibuka" in results[0]


@pytest.mark.parametrize("bad", [(1, 2), (2, 3), (1, 3), (1, 2, 3)])
def test_the_first_failing_block_wins_when_later_ones_fail_too(
    bad: tuple[int, ...], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Blocks queued for the worker that fail after an earlier failing one never replace its error."""
    import threading
    import time

    from asn_mutasi.io import guard

    def scan(block: bytes, part: object) -> None:
        i = int(block.split(b":")[1])
        time.sleep(0.02 if i == min(bad) else 0)  # the first bad block ends last
        if block.startswith(b"bad"):
            raise ValueError(f"E{i}")

    monkeypatch.setattr(guard, "_scan_xml", scan)
    monkeypatch.setattr(guard, "_SECOND_CORE", True)
    scans = guard._BlockScans(guard.SheetScan(entry="x"))
    with pytest.raises(ValueError) as caught:
        try:
            for i in range(5):
                scans.add((b"bad:%d" if i in bad else b"ok:%d") % i)
        finally:
            scans.finish()
    assert str(caught.value) == f"E{min(bad)}"
    assert not [t for t in threading.enumerate() if t.name.startswith("periksa-sheet")]


@pytest.mark.parametrize(
    ("block", "gaps", "refs"),
    [
        (b'<row r="2"><c r="F2"><f>263*1</f><v></v></c><c r="G2"><v>5</v></c></row>', 1, ["F2"]),  # openpyxl
        (b'<row r="2"><c r="F2"><f>A1*2</f></c></row>', 1, ["F2"]),  # no <v> at all
        (b'<row r="2"><c r="F2" s="1"><f>A1*2</f><v>6</v></c></row>', 0, []),  # Excel stores the result
        (b'<row r="2"><c r="F2"><f>A1*2</f><v>0</v></c></row>', 0, []),  # xlsxwriter stores 0
        (b'<row r="2"><c r="F2" t="str"><f>A1&amp;"x"</f><v>ax</v></c></row>', 0, []),
        (
            b'<row r="3"><c r="B3"><f t="shared" si="0"/><v>7</v></c><c r="C3"><f t="shared" si="0"/></c></row>',
            1,
            ["C3"],
        ),
        (b'<row r="4"><c r="A4"><v>1</v></c><c r="B4"><f>A4</f><v></v></c><c r="C4"><f>A4</f>', 1, ["B4"]),  # C4 cut
        (
            b"".join(b'<row r="%d"><c r="D%d"><f>1</f><v></v></c></row>' % (r, r) for r in range(1, 9)),
            8,
            ["D1", "D2", "D3", "D4", "D5"],
        ),
    ],
)
def test_formulas_without_a_stored_result_are_counted(block: bytes, gaps: int, refs: list[str]) -> None:
    sheet = SheetScan(entry="x")
    _scan_xml(block, sheet)
    assert (sheet.formula_gaps, sheet.gap_refs) == (gaps, refs)


def test_a_roster_with_unsaved_formulas_says_so_where_they_are(tmp_path: Path) -> None:
    import openpyxl

    from asn_mutasi.io.readers import read_table

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Pegawai"
    sheet.append(["NIP", "NAMA", "JABATAN", "UNIT KERJA", "GOLONGAN"])
    sheet.append(["199001012015031001", "Ani", "Analis", "Dinas A", "III/a"])
    sheet.append(["199001012015031002", '=PROPER("budi")', "Analis", "Dinas A", "III/a"])
    path = tmp_path / "pegawai.xlsx"
    book.save(path)
    table = read_table(path, "pegawai")
    found = [f for f in table.findings if f.code == "rumus-tanpa-hasil"]
    assert len(found) == 1 and found[0].location is not None
    assert (found[0].location.sheet, found[0].location.row, found[0].location.column) == ("Pegawai", 3, "B")
    assert "1 sel" in found[0].message and "B3" in found[0].message and "simpan ulang" in found[0].message
    assert table.frame["nama"].tolist()[1] is None  # what the reader sees of it: empty


@pytest.mark.parametrize(
    ("block", "count", "refs", "values"),
    [
        (
            b'<row r="2"><c r="A2" s="0" t="e"><f aca="false">VLOOKUP(1,B:C,2,0)</f><v>#N/A</v></c></row>',
            1,
            ["A2"],
            ["#N/A"],
        ),
        (b'<row r="2"><c r="A2" t="str"><v>#N/A as text</v></c><c r="B2" t="s"><v>3</v></c></row>', 0, [], []),
        (b'<x:row r="2"><x:c r="C2" t="e"><x:v>#REF!</x:v></x:c></x:row>', 1, ["C2"], ["#REF!"]),  # a prefixed sheet
        (
            b"".join(
                b'<row r="%d"><c r="D%d" t="e"><v>%s</v></c></row>' % (r, r, v)
                for r, v in enumerate([b"#N/A", b"#N/A", b"#DIV/0!", b"#N/A", b"#VALUE!", b"#NAME?", b"#N/A"], start=1)
            ),
            7,
            ["D1", "D2", "D3", "D4", "D5"],
            ["#N/A", "#DIV/0!", "#VALUE!"],
        ),
    ],
)
def test_cells_holding_an_excel_error_are_counted(block: bytes, count: int, refs: list[str], values: list[str]) -> None:
    sheet = SheetScan(entry="x")
    _scan_xml(block, sheet)
    assert (sheet.error_cells, sheet.error_refs, sheet.error_values) == (count, refs, values)


def test_a_lookup_that_showed_na_is_named_not_only_reported_empty(tmp_path: Path) -> None:
    """As LibreOffice and Excel save a VLOOKUP that found nothing: ``t="e"`` with the cached ``#N/A``;
    calamine reads it as empty text, so without this warning the analyst only sees "nip kosong"."""
    from asn_mutasi.io.readers import read_table

    cell = '<c r="A3" s="0" t="e"><f aca="false">VLOOKUP(B3,Ref!A:B,2,0)</f><v>#N/A</v></c>'
    rows = [
        ["NIP", "NAMA", "JABATAN", "UNIT KERJA"],
        ["199001012015031001", "Ani", "Analis", "Dinas A"],
        [None, "Budi", "Analis", "Dinas A"],
    ]
    body = "".join(
        f'<row r="{r}">'
        + "".join(
            cell if (r, c) == (3, 0) else f'<c r="{"ABCD"[c]}{r}" t="inlineStr"><is><t>{v}</t></is></c>'
            for c, v in enumerate(row)
            if v is not None or (r, c) == (3, 0)
        )
        + "</row>"
        for r, row in enumerate(rows, start=1)
    )
    from tests.io.test_hostile import write_xlsx

    head = '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    path = write_xlsx(tmp_path / "vlookup.xlsx", f"{head}<sheetData>{body}</sheetData></worksheet>".encode())
    table = read_table(path, "pegawai")
    found = [f for f in table.findings if f.code == "sel-galat-excel"]
    assert len(found) == 1 and found[0].location is not None
    assert (found[0].location.row, found[0].location.column) == (3, "A")
    assert "#N/A" in found[0].message and "A3" in found[0].message and "dibaca kosong" in found[0].message
    assert table.frame["nip"].tolist() == ["199001012015031001", None]


def _rows_xml(numbers: list[int], *, empty: frozenset[int] = frozenset()) -> bytes:
    """A worksheet whose row tags carry ``numbers`` in this order (one cell each, none for those in ``empty``)."""
    rows = [
        f'<row r="{n}"/>'.encode() if k in empty else f'<row r="{n}"><c r="A{n}"><v>{k}</v></c></row>'.encode()
        for k, n in enumerate(numbers)
    ]
    return b"<worksheet><sheetData>" + b"".join(rows) + b"</sheetData></worksheet>"


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.integers(min_value=1, max_value=40), min_size=1, max_size=30),
    st.sets(st.integers(min_value=0, max_value=29)),
    st.booleans(),
)
def test_repeated_row_numbers_are_counted_in_any_order_and_any_blocks(
    numbers: list[int], empty: set[int], inline: bool
) -> None:
    """A row number on a second row that holds cells is one repeat, wherever the blocks are cut; empty row tags
    never repeat data; rows out of order but each number once are no repeat."""
    holding = [n for k, n in enumerate(numbers) if k not in empty]
    expected = len(holding) - len(set(holding))
    expected_refs = [n for k, n in enumerate(holding) if n in holding[:k]][:5]
    with pytest.MonkeyPatch.context() as mp:
        sheets = _inspect(_workbook_bytes(_rows_xml(numbers, empty=frozenset(empty))), inline=inline, monkeypatch=mp)
    assert isinstance(sheets, dict)
    sheet = sheets["xl/worksheets/sheet1.xml"]
    assert (sheet.repeated_rows, sheet.repeated_refs) == (expected, expected_refs)


def test_a_roster_that_writes_one_row_number_twice_is_refused_naming_the_row(tmp_path: Path) -> None:
    """calamine keeps one of two rows numbered alike: a person would vanish unsaid, so the read stops (exit 3)."""
    from asn_mutasi.errors import InputError
    from asn_mutasi.io.readers import read_table

    head = '<row r="1"><c r="A1" t="inlineStr"><is><t>NIP</t></is></c><c r="B1" t="inlineStr"><is><t>NAMA</t></is></c></row>'
    people = [(2, "198001012005011001", "Ani"), (3, "198001012005011002", "Budi"), (3, "198001012005011003", "Citra")]
    rows = "".join(
        f'<row r="{r}"><c r="A{r}" t="inlineStr"><is><t>{nip}</t></is></c>'
        f'<c r="B{r}" t="inlineStr"><is><t>{name}</t></is></c></row>'
        for r, nip, name in people
    )
    path = tmp_path / "pegawai.xlsx"
    path.write_bytes(_real_workbook(head + rows))
    with pytest.raises(InputError) as caught:
        read_table(path, "pegawai")
    message = str(caught.value)
    assert "Sheet1" in message and "baris 3" in message and "pegawai.xlsx" in message
    assert caught.value.exit_code == 3
    assert "Budi" not in message and "198001012005011002" not in message  # no personal data in the message


def test_rows_out_of_order_are_all_read(tmp_path: Path) -> None:
    """Rows written 1, 3, 2 (each number once) are placed by their numbers: none is lost, none refused."""
    from asn_mutasi.io.readers import read_table

    cells = {1: ("NIP", "NAMA"), 2: ("198001012005011001", "Ani"), 3: ("198001012005011002", "Budi")}
    rows = "".join(
        f'<row r="{r}"><c r="A{r}" t="inlineStr"><is><t>{cells[r][0]}</t></is></c>'
        f'<c r="B{r}" t="inlineStr"><is><t>{cells[r][1]}</t></is></c></row>'
        for r in (1, 3, 2)
    )
    path = tmp_path / "pegawai.xlsx"
    path.write_bytes(_real_workbook(rows))
    frame = read_table(path, "pegawai").frame
    assert frame["nama"].tolist() == ["Ani", "Budi"]  # in their rows' order


def _real_workbook(sheet_data: str) -> bytes:
    """A minimal workbook Excel and calamine open: one sheet 'Sheet1' holding ``sheet_data``."""
    import io
    import zipfile

    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
        "xl/worksheets/sheet1.xml": f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>{sheet_data}</sheetData></worksheet>',
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, text in files.items():
            zf.writestr(name, text)
    return out.getvalue()


@pytest.mark.parametrize(
    "far",
    [
        '<row r="5"><c r="A4294967295"><v>1</v></c></row>',  # calamine aborted the process (Rust OOM, exit 134)
        '<row r="5"><c r="ZZZZ5"><v>1</v></c></row>',  # 1.9 GB, exit 0, no word
        '<row r="10000000"><c r="A10000000"><v>1</v></c></row>',  # 4.3 GB
        '<row r="5"><c s="1" r="A99999999"><v>1</v></c></row>',  # r not first: the streaming reader, 2.2 GB
        '<row r="5"><c r="XFE5"><v>1</v></c></row>',  # one column past XFD
    ],
)
def test_a_reference_past_the_last_row_or_column_is_refused_before_any_read(tmp_path: Path, far: str) -> None:
    """A 2 KB workbook with one cell past row 1,048,576 or column XFD (hostile-input campaign, h24)."""
    from asn_mutasi.errors import InputError
    from asn_mutasi.io.readers import read_table

    head = '<row r="1"><c r="A1" t="inlineStr"><is><t>NIP</t></is></c><c r="B1" t="inlineStr"><is><t>NAMA</t></is></c></row>'
    path = tmp_path / "jauh.xlsx"
    path.write_bytes(_real_workbook(head + far))
    with pytest.raises(InputError) as caught:
        read_table(path, "pegawai")
    assert "di luar batas lembar kerja" in str(caught.value) and caught.value.exit_code == 3


def test_the_last_row_and_column_are_still_read(tmp_path: Path) -> None:
    from asn_mutasi.io.guard import inspect_workbook

    sheet = '<row r="1"><c r="A1"><v>1</v></c></row><row r="1048576"><c r="XFD1048576"><v>1</v></c></row>'
    scan = inspect_workbook(_real_workbook(sheet), "x.xlsx")
    assert scan is not None
    found = scan.sheets["xl/worksheets/sheet1.xml"]
    assert (found.max_row, found.max_col) == (1_048_576, 16_384)


@pytest.mark.parametrize(
    "rows",
    [
        # r not first among the row's attributes (the streaming reader's path)
        '<row spans="1:2" r="2"><c r="A2" t="inlineStr"><is><t>198001012005011001</t></is></c></row>'
        '<row spans="1:2" r="3"><c r="A3" t="inlineStr"><is><t>198001012005011002</t></is></c></row>'
        '<row spans="1:2" r="3"><c r="A3" t="inlineStr"><is><t>198001012005011003</t></is></c></row>',
        # rows numbered 2, 3, 4 whose cells say A2, A3, A3: calamine places cells by their references
        '<row r="2"><c r="A2" t="inlineStr"><is><t>198001012005011001</t></is></c></row>'
        '<row r="3"><c r="A3" t="inlineStr"><is><t>198001012005011002</t></is></c></row>'
        '<row r="4"><c r="A3" t="inlineStr"><is><t>198001012005011003</t></is></c></row>',
    ],
)
def test_a_person_placed_on_another_persons_row_is_refused_in_any_spelling(tmp_path: Path, rows: str) -> None:
    """The first form of the repeated-row check read only ``<row r="N">`` written first (diff review, h24)."""
    from asn_mutasi.errors import InputError
    from asn_mutasi.io.readers import read_table

    head = '<row r="1"><c r="A1" t="inlineStr"><is><t>NIP</t></is></c></row>'
    path = tmp_path / "ganda.xlsx"
    path.write_bytes(_real_workbook(head + rows))
    with pytest.raises(InputError, match="baris 3"):
        read_table(path, "pegawai")


@pytest.mark.parametrize(
    ("block", "count", "refs"),
    [
        (b'<row r="2"><c r="A2"><v>1</v></c></row><row r="3" hidden="1"><c r="A3"><v>2</v></c></row>', 1, [3]),
        (b'<row r="4" spans="1:3" hidden="true" ht="0"><c r="A4"><v>1</v></c></row>', 1, [4]),
        (b'<row r="5" hidden="1"/><row r="6"><c r="A6"><v>1</v></c></row>', 0, []),  # a hidden empty row: nothing
        (b'<row r="7" hidden="0"><c r="A7"><v>1</v></c></row>', 0, []),
        (b'<cols><col min="1" max="1" hidden="1"/></cols><row r="2"><c r="A2"><v>1</v></c></row>', 0, []),  # a column
        (b'<row r="8"><c r="A8" t="inlineStr"><is><t>hidden="1"</t></is></c></row>', 0, []),  # text, not an attribute
    ],
)
def test_hidden_rows_with_cells_are_counted(block: bytes, count: int, refs: list[int]) -> None:
    sheet = SheetScan(entry="x")
    _scan_xml(block, sheet)
    assert (sheet.hidden_rows, sheet.hidden_refs) == (count, refs)


def test_a_roster_with_filtered_out_rows_reads_them_and_says_so(tmp_path: Path) -> None:
    """An analyst filters the roster to one OPD and saves it: every reader still reads the hidden rows, while the
    analyst sees only the rest. They are read as data, and the finding names how many and where (h28)."""
    import openpyxl

    from asn_mutasi.io.readers import read_table

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Pegawai"
    sheet.append(["NIP", "NAMA", "JABATAN", "UNIT KERJA", "GOLONGAN"])
    for k in range(1, 6):
        sheet.append([f"19900101201503100{k}", f"Pegawai {k}", "Analis", "Dinas A" if k % 2 else "Dinas B", "III/a"])
    for row in (3, 5):
        sheet.row_dimensions[row].hidden = True
    sheet.row_dimensions[9].hidden = True  # hidden but empty: not data
    path = tmp_path / "pegawai.xlsx"
    book.save(path)
    table = read_table(path, "pegawai")
    assert len(table.frame) == 5  # read, all of them
    found = [f for f in table.findings if f.code == "baris-tersembunyi"]
    assert len(found) == 1 and found[0].location is not None
    assert (found[0].location.sheet, found[0].location.row) == ("Pegawai", 3)
    assert "2 baris" in found[0].message and "baris 3, 5" in found[0].message
    sheet.row_dimensions[3].hidden = sheet.row_dimensions[5].hidden = False
    book.save(path)
    assert not [f for f in read_table(path, "pegawai").findings if f.code == "baris-tersembunyi"]


@pytest.mark.parametrize(
    ("block", "count", "refs"),
    [
        (b'<row r="2" hidden="1"><c r="A2" s="1"/><c r="B2" s="1"/></row><row r="3"/>', 0, []),  # styled, no value
        (b'<row r="2" hidden="1"><c r="A2"><f>B2</f><v></v></c></row>', 0, []),  # a formula with no result
        (b'<row r="4" hidden="1"><c r="A4" s="1"/><c r="B4" t="inlineStr"><is><t>x</t></is></c></row>', 1, [4]),
        (b"<row r='5' hidden='1'><c r='A5'><v>7</v></c></row>", 1, [5]),  # single quotes, valid XML
        (b'<x:row r="6" hidden="1"><x:c r="A6"><x:v>1</x:v></x:c></x:row><x:row r="7" hidden="1"/>', 1, [6]),
        (
            b'<x:row r="8" hidden="true"><x:c r="A8" s="2"/></x:row><x:row r="9"><x:c r="A9"><x:v>1</x:v></x:c></x:row>',
            0,
            [],
        ),
    ],
)
def test_hidden_rows_count_only_rows_holding_a_value(block: bytes, count: int, refs: list[int]) -> None:
    """Hidden rows of styled empty cells (borders on whole rows, unused rows hidden) were named "baris berisi data";
    `hidden='1'` and an `x:`-prefixed sheet (.NET writers) were never counted (hostile9 #4, #5, h28)."""
    sheet = SheetScan(entry="x")
    _scan_xml(block, sheet)
    assert (sheet.hidden_rows, sheet.hidden_refs) == (count, refs)


def test_a_hidden_row_whose_value_opens_the_next_block_is_counted_once() -> None:
    """A hidden row tag ending one scanned block, its cells in the next, was lost: 1.039.992 of 1.040.000 hidden rows
    (hostile9 #5, h28). Blocks merged in order, as the inflating scan merges them."""
    from asn_mutasi.io.guard import _BlockScans

    for prefix in (b"", b"x:"):
        row, c, v = prefix + b"row", prefix + b"c", prefix + b"v"
        blocks = [
            b"<" + row + b' r="2" hidden="1">',
            b"<" + c + b' r="A2"><' + v + b">1</" + v + b"></" + c + b"></" + row + b">",
            b"<" + row + b' r="3" hidden="1">',
            b"<" + c + b' r="A3" s="1"/></' + row + b"><" + row + b' r="4"><' + c + b' r="A4"><' + v + b">1</",
            v + b"></" + c + b"></" + row + b">",
        ]
        sheet = SheetScan(entry="x")
        scans = _BlockScans(sheet)
        for block in blocks:
            scans.add(block)
        scans.finish()
        assert (sheet.hidden_rows, sheet.hidden_refs) == (1, [2]), prefix


def _chunked(xml: bytes, chunk: int, monkeypatch: pytest.MonkeyPatch) -> object:
    """inspect_workbook's scan of one sheet (or its error text) when inflated ``chunk`` bytes at a time."""
    from asn_mutasi.errors import InputError
    from asn_mutasi.io import guard

    monkeypatch.setattr(guard, "_CHUNK", chunk)
    monkeypatch.setattr(guard, "_SECOND_CORE", True)  # (blocks after the first go to the worker thread)
    try:
        scan = guard.inspect_workbook(_workbook_bytes(xml), "buku.xlsx")
    except InputError as exc:
        return str(exc)
    assert scan is not None
    sheet = scan.sheets["xl/worksheets/sheet1.xml"]
    return (
        (sheet.cells, sheet.max_row, sheet.max_col, sheet.implicit, sheet.markup, sheet.error_cells),
        (sheet.hidden_rows, sheet.hidden_refs, sheet.repeated_rows, sheet.repeated_refs),
    )


@pytest.mark.parametrize(("prefix", "spans"), [(b"", b""), (b"x:", b""), (b"", b' spans="2:28"')])
def test_every_chunk_boundary_scans_as_one_block(prefix: bytes, spans: bytes) -> None:
    """Chunks cut anywhere (inside a tag, a cell reference, a row number, a value) are scanned as the whole XML in
    one block: each block is built once with its padding after the last "<" of its chunk (speed11, h33). An error
    cell whose value ``#N/A`` opens the next block is counted (it was lost), and a row
    written twice is found when its cells open the next block in a prefixed sheet (``<x:row>``) or one whose
    ``r`` is not first, as in a plain sheet."""
    row, c, v = prefix + b"row", prefix + b"c", prefix + b"v"
    rows = [
        b'<%s%s r="%d"%s><%s r="B%d" t="%s"><%s>%s</%s></%s><%s r="AB%d" s="1"/></%s>'
        % (
            row,
            spans,
            n,
            b' hidden="1"' if n % 3 == 0 else b"",
            c,
            n,
            b"e" if n == 5 else b"n",
            v,
            b"#N/A" if n == 5 else b"%d" % n,
            v,
            c,
            c,
            n,
            row,
        )
        for n in (*range(1, 12), 7, 1048576)
    ]
    xml = b"<worksheet><!-- x --><sheetData>" + b"".join(rows) + b"</sheetData></worksheet>"
    with pytest.MonkeyPatch.context() as mp:
        whole = _chunked(xml, len(xml) + 1, mp)
    assert isinstance(whole, tuple) and whole == ((26, 1048576, 28, bool(spans), 1, 1), (3, [3, 6, 9], 1, [7]))
    for chunk in range(40, 130):  # (a chunk shorter than a tag and its text is refused)
        with pytest.MonkeyPatch.context() as mp:
            assert _chunked(xml, chunk, mp) == whole, chunk


def test_a_far_reference_is_refused_wherever_the_chunks_cut_it() -> None:
    """A reference past the last row, cut by the chunks at any byte of it, is refused all the same."""
    xml = b'<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c><c r="XFD1048577"><v>1</v></c></row></sheetData>'
    for chunk in range(30, 120):
        with pytest.MonkeyPatch.context() as mp:
            said = _chunked(xml + b"</worksheet>", chunk, mp)
        assert isinstance(said, str) and "XFD1048577" in said, chunk


@settings(max_examples=300, deadline=None)
@given(
    st.binary(min_size=1, max_size=40), st.sampled_from([b"", b"0", b"9", b"12", b"1048576", b"12345678", b"99999999"])
)
def test_the_word_scan_of_digits_agrees_with_the_byte_scan(tail: bytes, digits: bytes) -> None:
    """_quoted_runs reads the digits leading each position from one 8-byte word; it agrees with the byte-by-byte
    _digit_runs everywhere (digits, quotes, and bytes 0xFA-0xFF whose +6 carries into the next byte)."""
    import numpy as np

    from asn_mutasi.io.guard import _PAD, _digit_runs, _quoted_runs

    block = digits + tail + b'"\xff\xfa9"' + digits
    buf = np.frombuffer(block + bytes(_PAD), dtype=np.uint8)
    at = np.arange(len(block), dtype=np.int64)
    _, run, ok = _quoted_runs(buf, at)
    _, expected_run, expected_ok = _digit_runs(buf, at)
    assert run.tolist() == expected_run.tolist()
    assert ok.tolist() == expected_ok.tolist()


@pytest.mark.parametrize(
    "rows",
    [
        b'<row r="2" spans="1:2" hidden="1"><c r="A2"><v>1</v></c></row>',
        b'<row r="2" x="<" hidden="1"><c r="A2"><v>1</v></c></row>',  # a "<" in the tag: no XML, read all the same
        b'<row r="2" customHeight=\'1\' hidden=\'true\' ht="0">\n <c r="A2"><v>1</v></c></row>',
    ],
)
def test_a_hidden_row_is_found_in_the_row_tags_however_written(rows: bytes) -> None:
    """Only the row tags are searched for ``hidden=`` (speed11, h33): every spelling the full-block search found."""
    plain = b'<row r="1"><c r="A1" t="inlineStr"><is><t>Dinas Pendidikan dan Kebudayaan</t></is></c></row>' * 30
    sheet = SheetScan(entry="x")
    _scan_xml(b"<sheetData>" + plain + rows + plain.replace(b'"1"', b'"3"') + b"</sheetData>", sheet)
    assert (sheet.hidden_rows, sheet.hidden_refs) == (1, [2])


@pytest.mark.parametrize("space", [b"\n", b"\t", b"\r\n", b"\n  "])
@pytest.mark.parametrize("prefix", [b"", b"x:"])
def test_a_cell_tag_whose_name_ends_in_a_line_break_is_a_cell(space: bytes, prefix: bytes) -> None:
    """``<c`` then a line feed or a tab (XML white space, as a space) was no cell to the numpy scan: a far cell written
    so was missed and calamine built its whole range (17 billion cells at XFD1048576). It is counted, and its
    reference, not first after a space, sends the sheet to the streaming reader (speed11, h33)."""
    c, row = prefix + b"c", prefix + b"row"
    xml = (
        b'<worksheet><sheetData><%s r="1"><%s r="A1"><v>1</v></%s></%s><%s r="1048576"><%s%sr="XFD1048576"><v>1</v>'
        b"</%s></%s></sheetData></worksheet>" % (row, c, c, row, row, c, space, c, row)
    )
    with pytest.MonkeyPatch.context() as mp:
        scan = _inspect(_workbook_bytes(xml), inline=True, monkeypatch=mp)
    assert isinstance(scan, dict)
    sheet = scan["xl/worksheets/sheet1.xml"]
    assert sheet.cells == 2
    assert sheet.implicit or sheet.area > 30_000_000


def test_a_scan_in_a_worker_thread_gets_the_gil_back_quickly(monkeypatch: pytest.MonkeyPatch) -> None:
    """The worker's scans and the caller's inflate run under a short switch interval, restored afterwards: at the
    default 5 ms each numpy or zlib call of the roster's guard waited that long for the GIL beside the CLI's imports
    and the plan's head start (speed18, h36)."""
    import sys
    import threading

    from asn_mutasi.io import guard

    seen: list[tuple[str, float]] = []
    scan = guard._scan_xml

    def recording(block: bytes, sheet: SheetScan, size: int | None = None) -> None:
        seen.append((threading.current_thread().name, sys.getswitchinterval()))
        scan(block, sheet, size)

    monkeypatch.setattr(guard, "_scan_xml", recording)
    monkeypatch.setattr(guard, "_SECOND_CORE", True)
    monkeypatch.setattr(guard, "_CHUNK", 4096)
    monkeypatch.setattr(guard, "_THREAD_MIN", 1)
    rows = b"".join(b'<row r="%d"><c r="A%d"><v>%d</v></c></row>' % (i, i, i) for i in range(1, 2001))
    before = sys.getswitchinterval()
    scanned = guard.inspect_workbook(
        _workbook_bytes(b"<worksheet><sheetData>" + rows + b"</sheetData></worksheet>"), "b"
    )  # type: ignore[arg-type]
    assert scanned is not None and scanned.sheets["xl/worksheets/sheet1.xml"].cells == 2000
    in_worker = [interval for name, interval in seen if name.startswith("periksa-sheet")]
    assert len(in_worker) > 3
    assert max(in_worker) <= guard._SCAN_SWITCH < before
    assert sys.getswitchinterval() == before


def test_the_switch_interval_comes_back_after_scans_that_overlap() -> None:
    """Two workbooks guarded at once: the interval stays short until the last scan ends, then is what it was."""
    import sys

    from asn_mutasi.io.guard import _SCAN_SWITCH, _QuickSwitch

    before = sys.getswitchinterval()
    _QuickSwitch.enter()
    _QuickSwitch.enter()
    _QuickSwitch.leave()
    assert sys.getswitchinterval() <= _SCAN_SWITCH
    _QuickSwitch.leave()
    assert sys.getswitchinterval() == before
