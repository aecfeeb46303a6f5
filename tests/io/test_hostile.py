"""Hostile and broken workbooks: bounded reading, clear causes, never a native crash or traceback."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from datetime import date
from pathlib import Path

import pytest

from asn_mutasi.config import ReadLimits, settings_from_dict
from asn_mutasi.errors import InputError
from asn_mutasi.io.guard import column_index, inspect_workbook
from asn_mutasi.io.readers import read_table

_CT = (
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'
)
_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships '
    'xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    'Target="xl/workbook.xml"/></Relationships>'
)
_WB = (
    '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
    '<sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
_WB_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships '
    'xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
    'Target="worksheets/sheet1.xml"/></Relationships>'
)
HEADER = ["NIP", "NAMA", "JABATAN", "UNIT KERJA"]
ROW = ["199001012015031001", "Budi", "Analis SDM Aparatur", "BKD"]


def _letters(n: int) -> str:
    out = ""
    while n:
        n, rem = divmod(n - 1, 26)
        out = chr(65 + rem) + out
    return out


def sheet_xml(cells: dict[str, str], *, dimension: str | None = None) -> bytes:
    """A worksheet with inline-string cells given as {"A1": "text"}."""
    rows: dict[int, list[str]] = {}
    for ref, text in cells.items():
        digits = ref.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        rows.setdefault(int(digits), []).append(f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>')
    body = "".join(f'<row r="{r}">{"".join(cs)}</row>' for r, cs in sorted(rows.items()))
    dim = f'<dimension ref="{dimension}"/>' if dimension else ""
    return (
        '<?xml version="1.0" encoding="UTF-8"?><worksheet '
        f'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">{dim}<sheetData>{body}</sheetData></worksheet>'
    ).encode()


def write_xlsx(path: Path, sheet: bytes, *, extra: dict[str, bytes] | None = None) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", _CT)
        zf.writestr("_rels/.rels", _RELS)
        zf.writestr("xl/workbook.xml", _WB)
        zf.writestr("xl/_rels/workbook.xml.rels", _WB_RELS)
        zf.writestr("xl/worksheets/sheet1.xml", sheet)
        for name, data in (extra or {}).items():
            zf.writestr(name, data)
    return path


def roster_cells(extra: dict[str, str] | None = None) -> dict[str, str]:
    cells = {f"{_letters(i + 1)}1": h for i, h in enumerate(HEADER)}
    cells.update({f"{_letters(i + 1)}2": v for i, v in enumerate(ROW)})
    cells.update(extra or {})
    return cells


def test_column_index() -> None:
    assert [column_index(c) for c in ("A", "Z", "AA", "XFD")] == [1, 26, 27, 16384]


def test_cell_at_xfd1048576_is_read_sparsely_in_a_subprocess_under_a_memory_cap(tmp_path: Path) -> None:
    """calamine would allocate 549 GB and abort the process; the guard streams the sheet instead."""
    path = write_xlsx(tmp_path / "jauh.xlsx", sheet_xml(roster_cells({"XFD100000": "x"}), dimension="A1:XFD1048576"))
    scan = inspect_workbook(path, "jauh.xlsx")
    assert scan is not None and scan.sheets["xl/worksheets/sheet1.xml"].area == 100000 * 16384
    code = (
        "import resource; resource.setrlimit(resource.RLIMIT_AS, (1500 << 20, 1500 << 20));"
        "from asn_mutasi.io.readers import read_table;"
        f"t = read_table({str(path)!r}, 'pegawai');"
        "print(len(t.frame), t.frame['nama'].tolist())"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split()[0] == "1"  # Budi; the lone far cell lies outside the table


@pytest.mark.parametrize(
    ("workbook", "rels"),
    [
        (_WB.replace('"', "'"), _WB_RELS.replace('"', "'")),  # single quotes: valid XML
        (_WB.replace('name="Data"', 'name = "Data"'), _WB_RELS),  # spaces around "="
        (_WB, _WB_RELS.replace('Target="worksheets', 'Target="./worksheets')),  # a relative "./" target
        (_WB, _WB_RELS.replace('Target="worksheets', 'Target="/xl/worksheets')),  # an absolute target
    ],
)
def test_the_guards_verdict_reaches_a_sheet_however_its_workbook_xml_is_spelled(
    tmp_path: Path, workbook: str, rels: str
) -> None:
    """With `name='Data'` (single quotes) or `name = "Data"` the sheet's guard scan was not found: a 2.7 KB file with a
    cell at XFD1048576 went to calamine whole, which asked for 512 GB and aborted the process (exit 134; hostile-input
    campaign, h26). The streamed read is now chosen as for the double-quoted file."""
    from asn_mutasi.io.open_workbook import SafeWorkbook

    path = tmp_path / "kutip.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in (("[Content_Types].xml", _CT), ("_rels/.rels", _RELS), ("xl/workbook.xml", workbook),
                           ("xl/_rels/workbook.xml.rels", rels),
                           ("xl/worksheets/sheet1.xml", sheet_xml(roster_cells({"XFD1048576": "x"})))):  # fmt: skip
            zf.writestr(name, data)
    book = SafeWorkbook(path, None, "kutip.xlsx")
    assert book.cells("Data") == 2 * len(HEADER) + 1  # the scan of its sheet, not 0
    rows, _ = book.read("Data", nrows=3)
    assert rows[1][:2] == ROW[:2]


def test_a_worksheet_target_in_another_case_still_gets_its_scan(tmp_path: Path) -> None:
    """calamine finds "xl/WORKSHEETS/sheet1.xml" as "xl/worksheets/sheet1.xml": the scan was not found and a 4.8 KB
    file aborted the process (exit 134; review, h26). Its scan is found; the far cell then refuses or streams."""
    from asn_mutasi.io.open_workbook import SafeWorkbook

    path = tmp_path / "huruf.xlsx"
    rels = _WB_RELS.replace('Target="worksheets', 'Target="WORKSHEETS')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in (("[Content_Types].xml", _CT), ("_rels/.rels", _RELS), ("xl/workbook.xml", _WB),
                           ("xl/_rels/workbook.xml.rels", rels),
                           ("xl/worksheets/sheet1.xml", sheet_xml(roster_cells({"XFD1048576": "x"})))):  # fmt: skip
            zf.writestr(name, data)
    assert SafeWorkbook(path, None, "huruf.xlsx").cells("Data") == 2 * len(HEADER) + 1


def test_a_far_stray_cell_does_not_become_a_million_row_grid(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A sparse read gives a million empty rows before XFD1048576: the table's grid stops at its last filled row
    (was 620 MB and 4 s for a 200-row roster)."""
    from asn_mutasi.io import readers

    sizes: list[tuple[int, int]] = []
    real = readers._object_grid

    def spy(body: list[list[object]], needed: list[int], width: int) -> object:
        sizes.append((len(body), len(needed)))
        return real(body, needed, width)

    monkeypatch.setattr(readers, "_object_grid", spy)
    path = write_xlsx(tmp_path / "jauh.xlsx", sheet_xml(roster_cells({"XFD1048576": "x", "A4": ROW[0]})))
    table = read_table(path, "pegawai")
    assert sizes == [(3, len(HEADER))]  # rows 2-4: the blank row 3 is inside the table and is reported
    assert table.frame["nip"].tolist() == [ROW[0], ROW[0]]
    assert [f.location.row for f in table.findings if f.code == "baris-kosong"] == [3]


def test_a_far_header_cell_above_a_million_sparse_rows_stays_within_memory(tmp_path: Path) -> None:
    """A stray header cell at XFD1 and a value at A1048576: the table spans 16,384 columns and a million rows, and its
    grid was built rows × 16,384 (a four-row file took past 14 GB, then a MemoryError, exit 70; h37). Only the table's
    labelled columns become the grid; every row is accounted for."""
    cells = roster_cells({"XFD1": "x", "A1048576": "y"})
    path = write_xlsx(tmp_path / "jauh.xlsx", sheet_xml(cells, dimension="A1:XFD1048576"))
    code = (
        "import resource; resource.setrlimit(resource.RLIMIT_AS, (1500 << 20, 1500 << 20));"
        "from asn_mutasi.io.readers import read_table;"
        f"t = read_table({str(path)!r}, 'pegawai');"
        "print(t.frame['nip'].tolist(), sorted({f.code for f in t.findings}))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == f"{[ROW[0], 'y']!r} ['baris-kosong', 'kolom-tidak-dikenal']"


def test_filled_length_counts_rows_up_to_the_last_cell_inside_the_width() -> None:
    from asn_mutasi.io.readers import _filled_length

    assert _filled_length([["a"], [], [None, ""], [None, None, "far"]], 2) == 1
    assert _filled_length([[], [" "], []], 1) == 2  # whitespace is judged later (a blank-row finding)
    assert _filled_length([], 3) == 0


def test_sparse_sheet_past_the_cell_limit_is_refused(tmp_path: Path) -> None:
    cells = roster_cells({f"XFD{r}": "x" for r in range(3, 40)})
    path = write_xlsx(tmp_path / "lebar.xlsx", sheet_xml(cells))
    with pytest.raises(InputError, match="ditolak"):
        read_table(path, "pegawai", limits=ReadLimits(maks_sel=100_000))


def test_zip_bomb_is_refused_by_inflated_size(tmp_path: Path) -> None:
    big = b"<!--" + b"A" * (3 << 20) + b"-->"
    sheet = sheet_xml(roster_cells()).replace(b"<sheetData>", big + b"<sheetData>")
    path = write_xlsx(tmp_path / "bom.xlsx", sheet)
    assert path.stat().st_size < 64_000
    with pytest.raises(InputError) as err:
        read_table(path, "pegawai", limits=ReadLimits(maks_ukuran_isi_mb=1))
    assert "maks_ukuran_isi_mb" in (err.value.hint or "")
    assert err.value.exit_code == 3


def test_zip_bomb_is_refused_by_compression_ratio(tmp_path: Path) -> None:
    big = b"<!--" + b"A" * (17 << 20) + b"-->"
    sheet = sheet_xml(roster_cells()).replace(b"<sheetData>", big + b"<sheetData>")
    path = write_xlsx(tmp_path / "rasio.xlsx", sheet)
    with pytest.raises(InputError, match="bom zip") as err:
        read_table(path, "pegawai")
    assert "maks_rasio_kompresi" in (err.value.hint or "")


def test_too_many_zip_entries(tmp_path: Path) -> None:
    extra = {f"xl/media/x{i}.bin": b"" for i in range(30)}
    path = write_xlsx(tmp_path / "entri.xlsx", sheet_xml(roster_cells()), extra=extra)
    with pytest.raises(InputError, match="entri zip"):
        read_table(path, "pegawai", limits=ReadLimits(maks_entri_zip=20))


def test_a_zip_whose_header_lies_about_its_size_is_corrupt(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "bohong.xlsx", sheet_xml(roster_cells()))
    data = bytearray(path.read_bytes())
    name = b"xl/worksheets/sheet1.xml"
    # shrink the declared inflated size in the central directory record of the sheet
    cd = data.rfind(b"PK\x01\x02", 0, data.rfind(name))
    data[cd + 24 : cd + 28] = (10).to_bytes(4, "little")
    path.write_bytes(bytes(data))
    with pytest.raises(InputError, match="rusak"):
        read_table(path, "pegawai")


def test_a_damaged_deflate_stream_is_a_corrupt_file_not_a_crash(tmp_path: Path) -> None:
    extra = {
        f"{c}{r}": f"{v} {r * 7919}"
        for r in range(3, 400)
        for c, v in zip("ABCD", ("NIP", "Nama", "Jab", "Unit"), strict=True)
    }
    path = write_xlsx(tmp_path / "rusak.xlsx", sheet_xml(roster_cells(extra)))  # a deflate stream long enough
    data = bytearray(path.read_bytes())
    info = zipfile.ZipFile(path).getinfo("xl/worksheets/sheet1.xml")
    body = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    for k in range(body + 40, body + info.compress_size - 8, 53):  # flip bytes inside the deflate stream
        data[k] ^= 0x5A
    path.write_bytes(bytes(data))
    with pytest.raises(InputError) as err:
        read_table(path, "pegawai")
    assert "rusak" in err.value.message and "sheet1.xml" in err.value.message and "Error" not in err.value.message


def test_a_normal_workbook_is_unaffected(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "biasa.xlsx", sheet_xml(roster_cells(), dimension="A1:D2"))
    table = read_table(path, "pegawai")
    assert table.frame["nama"].tolist() == ["Budi"]


def test_native_panic_becomes_input_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    class PanicException(BaseException):  # what pyo3 raises: a BaseException, not an Exception
        pass

    import asn_mutasi.io.open_workbook as ow

    def boom(*_: object, **__: object) -> None:
        raise PanicException("called `Option::unwrap()` on a `None` value")

    path = write_xlsx(tmp_path / "panik.xlsx", sheet_xml(roster_cells()))
    monkeypatch.setattr(ow.CalamineWorkbook, "from_path", boom)
    with pytest.raises(InputError, match="pembaca lembar kerja menolak isinya") as err:
        read_table(path, "pegawai")
    assert "Panic" not in str(err.value) and "unwrap" not in str(err.value)  # the reader's English: -vv log only


def test_xml_spreadsheet_2003_saved_as_xls_is_named(tmp_path: Path) -> None:
    """(An HTML page saved as .xls is read as its tables: tests/io/test_html_table.py.)"""
    path = tmp_path / "ekspor.xls"
    path.write_bytes(
        b'<?xml version="1.0"?><?mso-application progid="Excel.Sheet"?><Workbook '
        b'xmlns="urn:schemas-microsoft-com:office:spreadsheet"></Workbook>'
    )
    with pytest.raises(InputError, match="XML Spreadsheet 2003"):
        read_table(path, "pegawai")


def test_encrypted_workbook_is_named_encrypted(tmp_path: Path) -> None:
    # the two stream names Office writes into the OLE2 directory of a password-protected xlsx
    ole = bytearray(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504)
    ole += "EncryptionInfo".encode("utf-16-le") + b"\x00" * 100 + "EncryptedPackage".encode("utf-16-le")
    path = tmp_path / "rahasia.xlsx"
    path.write_bytes(bytes(ole) + b"\x00" * 2048)
    with pytest.raises(InputError, match="terenkripsi"):
        read_table(path, "pegawai")


def test_read_limits_are_settings() -> None:
    settings = settings_from_dict({"baca": {"maks_sel": 5, "maks_ukuran_isi_mb": 2.5}})
    assert settings.baca.maks_sel == 5
    assert settings.baca.maks_ukuran_isi_mb == 2.5


def test_every_formula_prefix_in_input_is_flagged(tmp_path: Path) -> None:
    names = ["=HYPERLINK(1)", "+cmd|x", "-2+3", "@SUM(A1)", "\t=1", "-5", "-", "Budi"]
    lines = ["NIP,NAMA,JABATAN,UNIT KERJA"] + [
        f'{199001012015031000 + i},"{n}",Analis,BKD' for i, n in enumerate(names)
    ]
    path = tmp_path / "rumus.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    table = read_table(path, "pegawai")
    flagged = [f.location.value for f in table.findings if f.code == "sel-berisi-rumus"]
    assert flagged == names[:5]


def test_ragged_csv_rows_are_findings_with_record_number_and_field_count(tmp_path: Path) -> None:
    path = tmp_path / "rata.csv"
    path.write_text(
        "NIP,NAMA,JABATAN,UNIT KERJA\n"
        "199001012015031001,Budi,Analis,BKD\n"
        "199001012015031002,Santoso, Budi,Analis,BKD\n"  # unquoted comma in the name
        "199001012015031003,Sri,Analis\n"  # short
        "199001012015031004,Ani,Analis,BKD\n",
        encoding="utf-8",
    )
    table = read_table(path, "pegawai")
    found = {(f.code, f.location.row) for f in table.findings if f.code.startswith("csv-kolom")}
    assert found == {("csv-kolom-bergeser", 3), ("csv-kolom-kurang", 4)}
    shifted = next(f for f in table.findings if f.code == "csv-kolom-bergeser")
    assert "5 kolom" in shifted.message and "4 kolom" in shifted.message
    assert shifted.severity.value == "galat"


def test_nul_and_control_characters_are_findings_quoting_the_cleaned_value(tmp_path: Path) -> None:
    """The finding showed an empty ``nilai``, so the analyst could not see which text was touched: it quotes the
    cleaned value with the removed characters named, never the raw control (hostile9, h32; was: no value)."""
    path = tmp_path / "nul.csv"
    path.write_bytes(
        b"NIP,NAMA,JABATAN,UNIT KERJA\n199001012015031001,Bu\x00di,Analis,BKD\n1990,Sri\x07\x00,Analis,BKD\n"
    )
    table = read_table(path, "pegawai")
    hits = [f for f in table.findings if f.code == "sel-karakter-kendali"]
    assert [(f.location.row, f.location.header) for f in hits] == [(2, "NAMA"), (3, "NAMA")]
    assert [f.location.value for f in hits] == [
        "Budi (karakter U+0000 dibuang)",
        "Sri (karakter U+0000, U+0007 dibuang)",
    ]


def test_large_utf8_csv_with_a_late_cp1252_byte_falls_back(tmp_path: Path) -> None:
    body = "".join(f"19900101201503{i:04d},Nama {i},Analis,BKD\n" for i in range(20000))
    path = tmp_path / "campur.csv"
    path.write_bytes(("NIP,NAMA,JABATAN,UNIT KERJA\n" + body).encode() + "1990,Andr\xe9,Analis,BKD\n".encode("cp1252"))
    table = read_table(path, "pegawai")
    assert table.source.encoding == "cp1252"
    assert table.frame["nama"].tolist()[-1] == "André"
    assert len(table.frame) == 20001


def _hidden_book(path: Path, state: str, *, visible_rows: list[list[str]] | None = None) -> Path:
    import openpyxl

    wb = openpyxl.Workbook()
    old = wb.active
    old.title = "Lama"
    for row in (HEADER, ["199001012015031009", "Basi", "Analis", "BKD"]):
        old.append(row)
    old.sheet_state = state
    new = wb.create_sheet("Sheet2")
    for row in visible_rows if visible_rows is not None else [HEADER, ROW]:
        new.append(row)
    wb.save(path)
    return path


@pytest.mark.parametrize("state", ["hidden", "veryHidden"])
def test_a_hidden_sheet_is_never_chosen_over_a_visible_one(tmp_path: Path, state: str) -> None:
    path = _hidden_book(tmp_path / "tersembunyi.xlsx", state)
    table = read_table(path, "pegawai")
    assert table.source.sheet == "Sheet2" and table.frame["nama"].tolist() == ["Budi"]
    assert "sheet-tersembunyi" not in [f.code for f in table.findings]
    explicit = read_table(path, "pegawai", sheet="Lama")  # still allowed by name
    assert explicit.frame["nama"].tolist() == ["Basi"]
    assert "sheet-tersembunyi" not in [f.code for f in explicit.findings]


def test_a_hidden_sheet_holding_the_only_data_is_read_with_a_warning(tmp_path: Path) -> None:
    path = _hidden_book(tmp_path / "petunjuk.xlsx", "veryHidden", visible_rows=[["Petunjuk pengisian"], ["Isi data"]])
    table = read_table(path, "pegawai")
    assert table.source.sheet == "Lama"
    warning = next(f for f in table.findings if f.code == "sheet-tersembunyi")
    assert "Lama" in warning.message and warning.severity.value == "peringatan"


def test_merged_unit_cell_over_data_rows_is_filled_down(make_workbook: object) -> None:
    rows = [
        ["NIP", "NAMA", "JABATAN", "UNIT KERJA"],
        ["199001012015031001", "Budi", "Analis", "BKD"],
        ["199001012015031002", "Sri", "Analis", None],
        ["199001012015031003", "Ani", "Analis", None],
        ["199001012015031004", "Dewi", "Analis", "Dinas Kesehatan"],
    ]
    path = make_workbook("gabung.xlsx", {"DUK": {"rows": rows, "merges": ["D2:D4"]}})  # type: ignore[operator]
    table = read_table(path, "pegawai")
    assert table.frame["unit_kerja"].tolist() == ["BKD", "BKD", "BKD", "Dinas Kesehatan"]
    info = [f for f in table.findings if f.code == "sel-gabung-diisi"]
    assert len(info) == 1 and "D2:D4" in info[0].message and info[0].severity.value == "info"


def test_header_row_can_be_named(tmp_path: Path) -> None:
    lines = [f"Judul laporan baris {i}" for i in range(1, 25)]
    lines += [",".join(HEADER), ",".join(ROW)]
    path = tmp_path / "judul25.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(InputError, match="Baris judul"):
        read_table(path, "pegawai")
    table = read_table(path, "pegawai", baris_judul=25)
    assert table.source.header_rows == (25,)
    assert table.frame["_baris"].tolist() == [26] and table.frame["nama"].tolist() == ["Budi"]
    with pytest.raises(InputError, match="bukan baris judul"):
        read_table(path, "pegawai", baris_judul=3)
    with pytest.raises(InputError, match="di luar"):
        read_table(path, "pegawai", baris_judul=400)


def _ods(path: Path, rows_repeated: int, cols_repeated: int) -> Path:
    ns = (
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
    )
    header = "".join(
        f'<table:table-cell office:value-type="string"><text:p>{h}</text:p></table:table-cell>' for h in HEADER
    )
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ns} office:version="1.2"><office:body>'
        f'<office:spreadsheet><table:table table:name="Data"><table:table-row>{header}</table:table-row>'
        f'<table:table-row table:number-rows-repeated="{rows_repeated}"><table:table-cell '
        f'table:number-columns-repeated="{cols_repeated}" office:value-type="string"><text:p>x</text:p>'
        "</table:table-cell></table:table-row>"
        # LibreOffice pads every sheet with empty repeats: these cost nothing
        '<table:table-row table:number-rows-repeated="1048500"><table:table-cell '
        'table:number-columns-repeated="1024"/></table:table-row>'
        "</table:table></office:spreadsheet></office:body></office:document-content>"
    )
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet", compress_type=zipfile.ZIP_STORED)
        zf.writestr(
            "META-INF/manifest.xml",
            '<?xml version="1.0"?><manifest:manifest '
            'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry '
            'manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
            '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
            "</manifest:manifest>",
        )
        zf.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
    return path


def test_ods_with_repeated_filled_cells_past_the_limit_is_refused(tmp_path: Path) -> None:
    path = _ods(tmp_path / "ulang.ods", 6000, 16384)  # calamine would allocate ~3 GB and abort
    with pytest.raises(InputError, match="mengulang sel") as err:
        read_table(path, "pegawai")
    assert "maks_sel" in (err.value.hint or "")
    small = read_table(_ods(tmp_path / "biasa.ods", 3, 4), "pegawai")
    assert small.frame["nama"].tolist() == ["x", "x", "x"]


def test_an_ods_repeating_one_row_a_million_times_is_refused_within_the_cell_limit(tmp_path: Path) -> None:
    """1,000,000 repeats of a 20-cell row is 20 million cells, under `maks_sel`: calamine expanded them past 3.2 GB
    (hostile-input campaign, h26). A few repeated rows, as a real table may have, are read."""
    with pytest.raises(InputError, match="sel salinan") as err:
        read_table(_ods(tmp_path / "ulang.ods", 1_000_000, 20), "pegawai")
    assert "LibreOffice" in (err.value.hint or "")
    assert len(read_table(_ods(tmp_path / "sedikit.ods", 50, 4), "pegawai").frame) == 50


def test_an_ods_of_formula_cells_or_of_many_tables_past_the_limit_is_refused(tmp_path: Path) -> None:
    """Cells holding only a formula were not counted (49 million from 9 KB), and the limit was counted per table
    (25 tables of 2 million): calamine builds them all (hostile-input campaign, h26)."""
    path = _ods(tmp_path / "rumus.ods", 3000, 16384)
    with zipfile.ZipFile(path) as zf:
        content = zf.read("content.xml").decode()
    formulas = content.replace('office:value-type="string"><text:p>x</text:p>', 'table:formula="of:=1+1">', 1)
    assert formulas != content
    _rewrite_ods(path, formulas)
    with pytest.raises(InputError, match="mengulang sel"):
        read_table(path, "pegawai")
    many = _ods(tmp_path / "banyak.ods", 10, 2000)  # 20,000 cells a table, under the limit below
    with zipfile.ZipFile(many) as zf:
        content = zf.read("content.xml").decode()
    table = content[content.index("<table:table ") : content.index("</table:table>") + len("</table:table>")]
    _rewrite_ods(many, content.replace(table, "".join(table.replace('name="Data"', f'name="T{k}"') for k in range(4))))
    with pytest.raises(InputError, match="lembar kerjanya bersama-sama"):
        read_table(many, "pegawai", limits=ReadLimits(maks_sel=50_000))


def _rewrite_ods(path: Path, content: str) -> None:
    with zipfile.ZipFile(path) as zf:
        parts = {i.filename: zf.read(i) for i in zf.infolist() if i.filename != "content.xml"}
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in parts.items():
            zf.writestr(name, data, compress_type=zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED)
        zf.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)


def test_a_csv_past_the_cell_limit_is_refused_while_it_is_read(tmp_path: Path) -> None:
    """1,500 lines of 100,000 named columns (151 MB, under the size cap) took more than 3.2 GB (h26)."""
    path = tmp_path / "lebar.csv"
    path.write_text(",".join(["NIP", "NAMA", *(f"K{i}" for i in range(300))]) + "\n" + ("1,a" + ",x" * 300 + "\n") * 50)
    with pytest.raises(InputError, match=r"lebih dari 10\.000 sel") as err:
        read_table(path, "pegawai", limits=ReadLimits(maks_sel=10_000))
    assert "maks_sel" in (err.value.hint or "")
    # Excel pads every line to the sheet's width: empty trailing fields cost nothing (review, h26)
    padded = tmp_path / "berisi.csv"
    padded.write_text("NIP,NAMA" + "," * 300 + "\n" + ("198001012005011001,Budi" + "," * 300 + "\n") * 50)
    assert len(read_table(padded, "pegawai", limits=ReadLimits(maks_sel=10_000)).frame) == 50


def test_a_cut_off_ods_is_refused_in_the_analysts_words(tmp_path: Path) -> None:
    """expat's English "unclosed token: line 1, column 8907" reached the analyst (hostile-input campaign, h26)."""
    whole = _ods(tmp_path / "utuh.ods", 3, 4)
    with zipfile.ZipFile(whole) as zf:
        content = zf.read("content.xml")
    path = tmp_path / "terpotong.ods"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet", compress_type=zipfile.ZIP_STORED)
        zf.writestr("content.xml", content[: len(content) // 2], compress_type=zipfile.ZIP_DEFLATED)
    with pytest.raises(InputError) as err:
        read_table(path, "pegawai")
    assert "bukan XML yang utuh" in str(err.value) and "baris 1, kolom" in str(err.value)
    assert "token" not in str(err.value) and "line" not in str(err.value)


def test_a_plan_workbook_bomb_is_refused_before_openpyxl(tmp_path: Path) -> None:
    from asn_mutasi.io.plan_workbook import read_plan_workbook

    big = b"<!--" + b"A" * (17 << 20) + b"-->"
    path = write_xlsx(
        tmp_path / "rencana.xlsx", sheet_xml(roster_cells()).replace(b"<sheetData>", big + b"<sheetData>")
    )
    with pytest.raises(InputError, match="bom zip"):
        read_plan_workbook(path)


def test_endless_stdin_stops_at_the_limit() -> None:
    import io as _io

    class Endless(_io.RawIOBase):
        def readable(self) -> bool:
            return True

        def readinto(self, buffer: bytearray) -> int:  # type: ignore[override]
            buffer[:] = b"a" * len(buffer)
            return len(buffer)

    stream = _io.BufferedReader(Endless())
    with pytest.raises(InputError, match="stdin melebihi"):
        read_table("-", "pegawai", stdin=stream, limits=ReadLimits(maks_ukuran_csv_mb=1, maks_ukuran_isi_mb=1))


def test_a_workbook_on_stdin_stops_at_the_workbook_limit_and_names_it() -> None:
    """A 3 GB xlsx piped in was held up to the CSV limit (2 GB) and the refusal named maks_ukuran_csv_mb (hostile8,
    h28): a zip or OLE stream is a workbook, bounded by maks_ukuran_isi_mb; text by the CSV limit."""
    import io as _io

    limits = ReadLimits(maks_ukuran_csv_mb=4, maks_ukuran_isi_mb=1)
    zipped = _io.BytesIO(b"PK\x03\x04" + b"\0" * (2 << 20))  # 2 MB: past the workbook limit, within the CSV one
    with pytest.raises(InputError, match=r"stdin melebihi batas 1 MB") as refused:
        read_table("-", "pegawai", stdin=zipped, limits=limits)
    assert "maks_ukuran_isi_mb" in str(refused.value.hint)
    text = _io.BytesIO(b"a" * (5 << 20))
    with pytest.raises(InputError, match=r"stdin melebihi batas 4 MB") as refused:
        read_table("-", "pegawai", stdin=text, limits=limits)
    assert "maks_ukuran_csv_mb" in str(refused.value.hint)


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be", "utf-32", "utf-16"])
def test_a_csv_saved_as_unicode_with_or_without_a_bom_is_read(tmp_path: Path, encoding: str) -> None:
    """Without a BOM a UTF-16/32 CSV was read as UTF-8: its NUL-interleaved first data row became the header,
    and the refusal printed that row (a NIP and a name) with the NULs in it."""
    text = "NIP;NAMA;JABATAN;UNIT KERJA\r\n199001012015031001;José Ratna;Analis SDM;BKD\r\n"
    path = tmp_path / "pegawai.csv"
    path.write_bytes(text.encode(encoding))
    table = read_table(path, "pegawai")
    assert table.frame["nama"].tolist() == ["José Ratna"]
    assert table.frame["nip"].tolist() == ["199001012015031001"]


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-32-le"])
def test_stdin_saved_as_unicode_without_a_bom_is_read_as_the_named_file_is(encoding: str) -> None:
    """The same bytes were read from a named .csv and refused from stdin ("Format berkas '-' tidak dikenal"): the
    stdin format sniff took the NUL bytes of BOM-less UTF-16 for a binary file."""
    import io as _io

    text = "NIP;NAMA;JABATAN;UNIT KERJA\r\n199001012015031001;José Ratna;Analis SDM;BKD\r\n"
    table = read_table("-", "pegawai", stdin=_io.BytesIO(text.encode(encoding)))
    assert table.frame["nama"].tolist() == ["José Ratna"]
    with pytest.raises(InputError, match="tidak dikenal"):
        read_table("-", "pegawai", stdin=_io.BytesIO(b"NIP\x00\x01\x02binary\x00\xff" * 50))


def test_a_refused_header_row_holding_an_nip_between_nul_bytes_names_no_cell(tmp_path: Path) -> None:
    from asn_mutasi.errors import SchemaError

    row = "\x001\x009\x009\x000\x000\x001\x000\x001\x002\x000\x001\x005\x000\x003\x001\x000\x000\x001"
    path = tmp_path / "rusak.csv"
    path.write_text(f"NAMA;JABATAN;UNIT KERJA;KETERANGAN TAMBAHAN;{row}\nBudi;Analis;BKD;-;x\n", encoding="utf-8")
    with pytest.raises(SchemaError) as err:
        read_table(path, "pegawai")
    assert "\x001" not in str(err.value.hint) and "--baris-judul" in str(err.value.hint)


def test_a_csv_line_longer_than_a_field_may_be_is_refused_without_reading_it_whole(tmp_path: Path) -> None:
    """A 1 GB line without a newline was read whole (2.2 GB, then MemoryError, exit 70; hostile-input campaign): no
    line is read past 16 MB, and the file is refused as no table."""
    import tracemalloc

    from asn_mutasi.io.csv_reader import LINE_MAX

    path = tmp_path / "satu_baris.csv"
    with path.open("w", encoding="utf-8") as fh:
        fh.write("NIP,NAMA\n")
        fh.write("x" * (3 * LINE_MAX))
    tracemalloc.start()
    try:
        with pytest.raises(InputError, match="satu baris lebih panjang dari 16 MB"):
            read_table(path, "pegawai")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 2.5 * LINE_MAX * 4  # a line's worth (UCS-4 at worst), never the whole 48 MB line twice


def test_a_second_visible_sheet_with_the_same_table_is_named(tmp_path: Path) -> None:
    """PNS on one sheet, PPPK on another: the PPPK rows were dropped with no word (hostile-input campaign). A guest
    list or notes beside a roster is no second roster (real corpus: lampiran SK with 'List undangan')."""
    import openpyxl

    wb = openpyxl.Workbook()
    pns = wb.active
    pns.title = "PNS"
    for row in (HEADER, ROW):
        pns.append(row)
    pppk = wb.create_sheet("PPPK")
    for row in (HEADER, ["199202022020122002", "Sari", "Analis", "BKD"]):
        pppk.append(row)
    notes = wb.create_sheet("Catatan")
    notes.append(["Nama", "Keterangan"])
    notes.append(["Budi", "cuti"])
    wb.save(tmp_path / "dua.xlsx")
    table = read_table(tmp_path / "dua.xlsx", "pegawai")
    named = [f for f in table.findings if f.code == "sheet-lain-tidak-dibaca"]
    assert [f.location.sheet for f in named] == ["PPPK"] and "'PNS'" in named[0].message
    assert "sheet-lain-tidak-dibaca" not in {
        f.code for f in read_table(tmp_path / "dua.xlsx", "pegawai", sheet="PPPK").findings
    }


def test_a_hidden_abk_sheet_is_not_counted(tmp_path: Path) -> None:
    """A hidden stale copy of the task sheet was added in: every kebutuhan doubled (hostile-input campaign)."""
    import openpyxl

    from asn_mutasi.io.readers import read_workbook_tables

    wb = openpyxl.Workbook()
    for title, hidden in (("Tugas", False), ("Lama", True), ("Tugas2", False)):
        ws = wb.active if title == "Tugas" else wb.create_sheet(title)
        ws.title = title
        ws.append(["NAMA JABATAN", "UNIT KERJA", "URAIAN TUGAS", "VOLUME", "NORMA WAKTU (MENIT)"])
        ws.append(["Analis", "BKD", "Menyusun laporan", 100, 60])
        if hidden:
            ws.sheet_state = "hidden"
    wb.save(tmp_path / "abk.xlsx")
    tables = read_workbook_tables(tmp_path / "abk.xlsx", "abk")
    assert [t.source.sheet for t in tables] == ["Tugas", "Tugas2"]
    assert [f.location.sheet for f in tables[0].findings if f.code == "sheet-tersembunyi-dilewati"] == ["Lama"]


def test_the_protective_apostrophe_is_taken_off_when_read_back(tmp_path: Path) -> None:
    """terapkan writes "'=HYPERLINK…" and "'- catatan" into a CSV so Excel shows text; read back, the apostrophe stuck
    to the value and every later cycle inherited it (hostile-input campaign). A plain apostrophe text stays."""
    path = tmp_path / "baru.csv"
    path.write_text(
        "NIP;NAMA;JABATAN;UNIT KERJA\n"
        '197705022003022001;\'=HYPERLINK("http://x.invalid");Analis;BKD\n'
        "197609272008102001;'- catatan;Analis;BKD\n"
        "198001012005011001;'Ali;Analis;BKD\n",
        encoding="utf-8",
    )
    table = read_table(path, "pegawai")
    assert table.frame["nama"].tolist() == ['=HYPERLINK("http://x.invalid")', "- catatan", "'Ali"]
    assert [f.location.row for f in table.findings if f.code == "sel-berisi-rumus"] == [2, 3]


def test_the_cell_limit_holds_for_all_the_sheets_an_abk_workbook_reads(tmp_path: Path) -> None:
    """Every task sheet is read and kept: 60 sheets each under maks_sel ran 13 minutes into a MemoryError (exit 70)
    in the hostile campaign. Together they are held to the limit too."""
    import openpyxl

    from asn_mutasi.io.readers import read_workbook_tables

    wb = openpyxl.Workbook()
    for i in range(3):
        ws = wb.active if i == 0 else wb.create_sheet(f"Tugas{i}")
        ws.append(["NAMA JABATAN", "UNIT KERJA", "URAIAN TUGAS", "VOLUME", "NORMA WAKTU (MENIT)"])
        for r in range(20):
            ws.append(["Analis", "BKD", f"Tugas {r}", 10, 60])
    wb.save(tmp_path / "abk.xlsx")
    assert len(read_workbook_tables(tmp_path / "abk.xlsx", "abk", limits=ReadLimits(maks_sel=400))) == 3
    with pytest.raises(InputError, match=r"bersama berisi lebih dari"):
        read_workbook_tables(tmp_path / "abk.xlsx", "abk", limits=ReadLimits(maks_sel=250))


def test_findings_of_one_code_are_counted_past_a_thousand(tmp_path: Path) -> None:
    """A 423 KB CSV of 200,000 lines holding only "x" made a million findings and 1.25 GB (hostile-input campaign,
    round 3). Past 1,000 findings of one code the rest are counted in one `temuan-diringkas` with their rows' span;
    every row is still accounted for (excluded with its reason)."""
    from asn_mutasi.io.readers import read_table
    from asn_mutasi.validation import prepare_roster

    people = [f"1980010120050110{i:02d};Orang {i};Analis;Dinas A" for i in range(1, 61)]
    lines = ["NIP;NAMA;JABATAN;UNIT KERJA", *people] + ["x"] * 1500
    path = tmp_path / "sampah.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    raw = read_table(path, "pegawai")
    # the 1,500 short rows in a row are said once with their span (hostile16, h34): they were 1,000 findings + 1
    ragged = [f for f in raw.findings if f.code.startswith("csv-kolom-kurang")]
    assert [f.code for f in ragged] == ["csv-kolom-kurang-beruntun"] and ragged[0].location.row == 62
    assert "1.500 baris CSV berturut-turut (baris 62–1561) hanya berisi 1 kolom" in ragged[0].message
    assert not [f for f in raw.findings if f.code == "temuan-diringkas"]
    prepared = prepare_roster(raw, today=date(2026, 12, 4))
    assert len(prepared.frame) == 1560 and (prepared.frame["_status"] == "dikecualikan").sum() == 1500
    empty = [f for f in prepared.findings if f.code == "sel-wajib-kosong"]
    told = [f for f in prepared.findings if f.code == "temuan-diringkas" and "'sel-wajib-kosong'" in f.message]
    assert len(empty) == 1000 and len(told) == 1 and told[0].severity.value == "galat"
    assert "Dan 3.500 temuan" in told[0].message  # 1,500 rows × 3 empty required cells, less the 1,000 kept


def test_a_header_one_column_wider_than_every_row_is_said_once_with_the_span(tmp_path: Path) -> None:
    """A CSV whose header is one column wider than each of its 2,000 rows printed 1,000 identical
    `csv-kolom-kurang` warnings and a summary (hostile16, h34): one run of short rows is one finding with its span
    and count; a lone short row and a run of a different width stay their own findings."""
    from asn_mutasi.io.readers import read_table

    people = [f"1980010120050110{i % 100:02d};Orang {i};Analis" for i in range(1, 2001)]
    lines = ["NIP;NAMA;JABATAN;KETERANGAN", *people, "198001012005011001;Orang;Analis;x", "198001012005011002;A"]
    lines += ["198001012005011003;B;Analis"] * 2
    path = tmp_path / "judul_lebar.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    raw = read_table(path, "pegawai")
    ragged = [(f.code, f.location.row) for f in raw.findings if f.code.startswith("csv-kolom")]
    assert ragged == [("csv-kolom-kurang-beruntun", 2), ("csv-kolom-kurang", 2003), ("csv-kolom-kurang-beruntun", 2004)]
    first = next(f for f in raw.findings if f.code == "csv-kolom-kurang-beruntun")
    assert first.message.startswith("2.000 baris CSV berturut-turut (baris 2–2001) hanya berisi 3 kolom")
    assert first.severity.value == "peringatan" and len(raw.frame) == 2004


def test_rows_shifted_past_a_thousand_are_each_an_error_then_counted(tmp_path: Path) -> None:
    """Rows with more fields than the header stay one error each (each row needs looking at), counted past the cap
    without being made (hostile16, h34)."""
    from asn_mutasi.io.readers import read_table

    rows = [f"1980010120050110{i % 100:02d};Santoso; Budi;Analis;BKD" for i in range(1, 1201)]
    path = tmp_path / "geser.csv"
    path.write_text("\n".join(["NIP;NAMA;JABATAN;UNIT KERJA", *rows]) + "\n", encoding="utf-8")
    raw = read_table(path, "pegawai")
    shifted = [f for f in raw.findings if f.code == "csv-kolom-bergeser"]
    told = [f for f in raw.findings if f.code == "temuan-diringkas"]
    assert len(shifted) == 1000 and [f.location.row for f in shifted[:2]] == [2, 3]
    assert len(told) == 1 and "Dan 200 temuan 'csv-kolom-bergeser' lain (baris 1002–1201)" in told[0].message


def test_a_cell_over_the_csv_field_limit_is_refused_in_indonesian_with_its_row(tmp_path: Path) -> None:
    """A quote left open over 1.2 million lines was refused as "field larger than field limit (16777216)", the csv
    module's English, with no row (hostile-input campaign, round 3)."""
    from asn_mutasi.errors import InputError
    from asn_mutasi.io.readers import read_table

    path = tmp_path / "kutip_besar.csv"
    with path.open("w", encoding="utf-8") as fh:
        fh.write('NIP;NAMA;JABATAN;UNIT KERJA\n198001012005011001;Andi;Analis;BKD\n198001012005011002;"Budi\n')
        fh.writelines("x" * 99 + "\n" for _ in range(175_000))
    with pytest.raises(InputError) as err:
        read_table(path, "pegawai")
    assert "satu sel lebih dari 16 MB" in err.value.message and "dimulai di baris berkas 3" in err.value.message
    assert "field larger" not in err.value.message


def test_a_shared_string_far_past_a_cells_limit_is_refused_before_calamine_holds_it(tmp_path: Path) -> None:
    """One 100 MB shared string took past 3.2 GB (a 30 MB one 1.5 GB) with no word (hostile-input campaign, h25); a
    worksheet's own text was already bounded. A long but bounded text (1 MB) still passes the guard."""
    from asn_mutasi.io.guard import MAX_TEXT_RUN

    def book(length: int, name: str) -> Path:
        strings = f'<sst xmlns="x" count="1" uniqueCount="1"><si><t>{"A" * length}</t></si></sst>'.encode()
        return write_xlsx(tmp_path / name, sheet_xml(roster_cells()), extra={"xl/sharedStrings.xml": strings})

    with pytest.raises(InputError, match="jauh melampaui batas Excel"):
        inspect_workbook(book(MAX_TEXT_RUN + 10, "panjang.xlsx"), "panjang.xlsx")
    inspect_workbook(book(1 << 20, "sedang.xlsx"), "sedang.xlsx")


def test_an_ods_with_filtered_rows_names_them(tmp_path: Path) -> None:
    """A roster filtered in LibreOffice and saved as .ods (`table:visibility="filter"`) was read whole with no
    `baris-tersembunyi` (hostile9 #4, h28); hidden padding rows without a value are none."""
    path = _ods(tmp_path / "saring.ods", 3, 4)
    with zipfile.ZipFile(path) as zf:
        content = zf.read("content.xml").decode()
    hidden = content.replace(
        '<table:table-row table:number-rows-repeated="3">',
        '<table:table-row table:number-rows-repeated="3" table:visibility="filter">',
    ).replace(
        '<table:table-row table:number-rows-repeated="1048500">',
        '<table:table-row table:number-rows-repeated="1048500" table:visibility="collapse">',
    )
    assert hidden.count("table:visibility") == 2
    _rewrite_ods(path, hidden)
    table = read_table(path, "pegawai")
    assert len(table.frame) == 3
    found = [f for f in table.findings if f.code == "baris-tersembunyi"]
    assert len(found) == 1 and found[0].location is not None
    assert (found[0].location.sheet, found[0].location.row) == ("Data", 2)
    assert "3 baris" in found[0].message and "baris 2, 3, 4" in found[0].message


@pytest.mark.parametrize("cell", ["NaN", "nan", "inf", "-Infinity"])
def test_a_nan_or_inf_text_in_kebutuhan_is_an_invalid_number_not_a_crash(tmp_path: Path, cell: str) -> None:
    """A pandas ``astype(str)`` export writes "nan": the column-mapping check of whole numbers called int() on it
    and every command ended in exit 70 (ValueError/OverflowError; hostile11 #1, h29)."""
    from asn_mutasi.validation import prepare_positions

    path = tmp_path / "peta.csv"
    path.write_text(
        f"KODE JABATAN;NAMA JABATAN;UNIT KERJA;KEBUTUHAN\nA-1;Kepala Dinas Kesehatan;Dinas Kesehatan;1\n"
        f"A-2;Perawat Ahli Pertama;Dinas Kesehatan;{cell}\nA-3;Bidan Ahli Pertama;Dinas Kesehatan;2\n",
        encoding="utf-8",
    )
    prepared = prepare_positions(read_table(path, "jabatan"))
    bad = [f for f in prepared.findings if f.code == "angka-tidak-valid"]
    assert [(f.location.row, f.location.value) for f in bad] == [(3, cell)]
    assert prepared.frame.set_index("kode_jabatan").loc["A-3", "kebutuhan"] == 2


_STRAY_NUL = b"NIP,NAMA,JABATAN,UNIT KERJA\n199001012015031001,Bu\x00di,Analis,BKD\n"
_PROGRAM = b"\x7fELF\x02\x01\x01" + bytes(9) + b"\x02\x00\x3e\x00\x01\x00\x00\x00" * 20 + bytes(200) + b"NIP,NAMA\n" * 3


@pytest.mark.parametrize("name", ["data.csv", "data.txt", "data", "-"])
def test_one_content_gets_one_answer_named_or_on_stdin(tmp_path: Path, name: str) -> None:
    """A CSV with one stray NUL was read from a .csv and refused from stdin or a file without a suffix ("Format
    berkas tidak dikenal"), while a program named .csv was read as a table and refused for its header: the binary
    rule now looks at the content alone, wherever it comes from."""
    import io as _io

    def read(data: bytes) -> object:
        if name == "-":
            return read_table("-", "pegawai", stdin=_io.BytesIO(data))
        path = tmp_path / name
        path.write_bytes(data)
        return read_table(path, "pegawai")

    table = read(_STRAY_NUL)
    assert [f.location.row for f in table.findings if f.code == "sel-karakter-kendali"] == [2]  # type: ignore[attr-defined]
    with pytest.raises(InputError, match="tidak dikenal"):
        read(_PROGRAM)
    with pytest.raises(InputError, match="tidak dikenal"):
        read(bytes(4000))  # a file of NULs only (a disk that lost its blocks)


def _shared_strings_xlsx(path: Path, texts: list[str]) -> Path:
    """A roster whose cells are shared strings: a header row, then rows of ``texts`` (NIP, NAMA) pairs."""
    strings = [*HEADER[:2], *texts]
    cells = "".join(
        f'<row r="{r + 1}">'
        + "".join(f'<c r="{_letters(c + 1)}{r + 1}" t="s"><v>{2 * r + c}</v></c>' for c in range(2))
        + "</row>"
        for r in range(len(strings) // 2)
    )
    sheet = (
        '<?xml version="1.0" encoding="UTF-8"?><worksheet '
        f'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>{cells}</sheetData></worksheet>'
    )
    sst = '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' + "".join(
        f"<si><t>{s}</t></si>" for s in strings
    )
    rel = (
        '<Relationship Id="rId2" Target="sharedStrings.xml" '
        'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings"/></Relationships>'
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", _CT)
        zf.writestr("_rels/.rels", _RELS)
        zf.writestr("xl/workbook.xml", _WB)
        zf.writestr("xl/_rels/workbook.xml.rels", _WB_RELS.replace("</Relationships>", rel))
        zf.writestr("xl/worksheets/sheet1.xml", sheet)
        zf.writestr("xl/sharedStrings.xml", sst + "</sst>")
    return path


def test_a_workbook_cell_past_excels_limit_is_cut_where_read_with_a_finding(tmp_path: Path) -> None:
    """No program that saves a workbook writes a cell over 32,767 characters: 35 of 1.5 million were matched whole
    against every header spelling (30 s) and held six times over (440 MB for 52 MB of text); they are cut where read,
    inline strings and shared strings alike, and the finding names where (hostile3, h31)."""
    from asn_mutasi.domain.limits import CELL_MAX

    long = ("Budi " * 12_000)[:-1] + "x"  # 60,000 characters (no trailing space, which an inline string may lose)
    inline = write_xlsx(tmp_path / "inline.xlsx", sheet_xml(roster_cells({"B3": long, "A3": ROW[0], "C4": long})))
    shared = _shared_strings_xlsx(tmp_path / "shared.xlsx", [ROW[0], "Ani", "199001012015031002", long + "x"])
    for path, refs in ((inline, ("B", 3, "B3, C4", "60.000")), (shared, ("B", 3, "B3", "60.001"))):
        table = read_table(path, "pegawai")
        assert table.frame["nama"].str.len().max() <= CELL_MAX
        assert table.frame["nama"].iloc[1] == long[:CELL_MAX].strip()
        [found] = [f for f in table.findings if f.code == "sel-dipotong"]
        assert (found.location.sheet, found.location.column, found.location.row) == ("Data", *refs[:2])
        assert refs[2] in found.message and "32.767" in found.message
        # the longest with its unit, and what to do (lang2, h31: "terpanjang 60.000", no advice)
        assert f"yang terpanjang {refs[3]} karakter" in found.message and "periksa sel itu" in found.message


def test_an_ordinary_workbook_is_never_searched_for_long_cells(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The guard measured the sheet's and shared strings' longest text: below a cell's limit no cell is visited."""
    from asn_mutasi.domain.limits import CELL_MAX
    from asn_mutasi.io.open_workbook import SafeWorkbook

    def refuse(*_: object) -> None:
        raise AssertionError("cells visited")

    monkeypatch.setattr(SafeWorkbook, "_cut_long_cells", refuse)
    text = "A" * (CELL_MAX - 10)
    write_xlsx(tmp_path / "inline.xlsx", sheet_xml(roster_cells({"B2": text})))
    _shared_strings_xlsx(tmp_path / "shared.xlsx", [ROW[0], text])
    for name in ("inline.xlsx", "shared.xlsx"):
        table = read_table(tmp_path / name, "pegawai")
        assert table.frame["nama"].iloc[0] == text


def test_a_text_longer_than_a_cell_names_no_column_and_is_not_cached() -> None:
    """A CSV's cells are read whole, but 35 of 1.5 million characters were each normalised against every header
    spelling (38 s) and kept alive in the header cache (hostile3, h31)."""
    from asn_mutasi.io import header_aliases

    before = header_aliases._header_keys.cache_info().currsize
    assert header_aliases.header_keys("NIP " * 10_000) == ("",)
    assert header_aliases._header_keys.cache_info().currsize == before
    assert header_aliases.header_keys("NIP") == ("NIP",)


def test_nul_and_control_characters_are_taken_out_of_csv_and_workbook_cells_and_said(tmp_path: Path) -> None:
    """A CSV's NUL stayed in the name and the unit ("BKD\\x01" a unit of its own, no post of the map) and went on to
    every output; a workbook's _x0001_ likewise. Taken out where read, each cell named with its column (hostile6,
    h32)."""
    csv_path = tmp_path / "nul.csv"
    csv_path.write_bytes(b"NIP,NAMA,JABATAN,UNIT KERJA\n199001012015031001,Bu\x00di,Analis,BKD\x01\n")
    xlsx = write_xlsx(tmp_path / "nul.xlsx", sheet_xml(roster_cells({"B2": "Bu_x0000_di", "D2": "BKD_x0007_"})))
    for path in (csv_path, xlsx):
        table = read_table(path, "pegawai")
        assert table.frame["nama"].tolist() == ["Budi"] and table.frame["unit_kerja"].tolist() == ["BKD"]
        hits = [f for f in table.findings if f.code == "sel-karakter-kendali"]
        assert [(f.location.row, f.location.column) for f in hits] == [(2, "B"), (2, "D")]
        assert all("dibuang" in f.message for f in hits)
        assert [f.location.value for f in hits] == [
            "Budi (karakter U+0000 dibuang)",
            f"BKD (karakter U+000{1 if path is csv_path else 7} dibuang)",
        ]


def test_a_formula_cell_with_a_nul_is_quoted_without_it(tmp_path: Path) -> None:
    """ "@SUM(1+1)\\x00" was named sel-berisi-rumus with its NUL, which went on into periksa's CSV (hostile6, h32)."""
    path = tmp_path / "rumus.csv"
    path.write_bytes(b"NIP,NAMA,JABATAN,UNIT KERJA\n199001012015031001,@SUM(1+1)\x00,Analis,BKD\n")
    table = read_table(path, "pegawai")
    said = [f for f in table.findings if f.code == "sel-berisi-rumus"]
    assert len(said) == 1 and "\x00" not in said[0].message and "\x00" not in (said[0].location.value or "")
    assert said[0].location.value == "@SUM(1+1)"


def test_a_header_with_a_nul_is_read_and_quoted_without_it(tmp_path: Path) -> None:
    """A CSV header "NA\\x00MA" was mapped by likeness and quoted with its NUL in every message (hostile6, h32)."""
    path = tmp_path / "judul.csv"
    path.write_bytes(b"NIP,NA\x00MA,JABATAN,UNIT KERJA\x07\n199001012015031001,Budi,Analis,BKD\n")
    table = read_table(path, "pegawai")
    assert table.columns["nama"].header == "NAMA" and table.columns["unit_kerja"].header == "UNIT KERJA"
    assert not [f for f in table.findings if "\x00" in f.message or "\x00" in (f.location.header or "")]
    assert not [f for f in table.findings if f.code == "kolom-dipetakan-fuzzy"]


def test_a_control_character_in_an_all_ascii_column_is_still_taken_out(tmp_path: Path) -> None:
    """speed6 (h32) skips the invisible-character strip for an all-ASCII column; a C0 control is ASCII, so the
    skip must not keep it (hostile6 takes it out and names the cell): a large ASCII column with one SOH."""
    rows = "".join(f"1985010120100110{k % 10:02d},Pegawai {k},Analis,Umum\n" for k in range(300))
    rows += "198501012010011099,Andi\x01 Nul,Analis,Umum\n"
    (tmp_path / "a.csv").write_text(f"NIP,NAMA,JABATAN,UNIT KERJA\n{rows}", encoding="utf-8")
    table = read_table(tmp_path / "a.csv", "pegawai")
    assert "Andi Nul" in table.frame["nama"].tolist()
    assert [(f.code, f.location.column) for f in table.findings if f.code == "sel-karakter-kendali"] == [
        ("sel-karakter-kendali", "B")
    ]
