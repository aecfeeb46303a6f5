"""HTML pages saved as spreadsheets ("Export ke Excel" of SIMPEG web apps) and files whose suffix lies."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from asn_mutasi.config import ReadLimits
from asn_mutasi.errors import InputError
from asn_mutasi.io.html_table import looks_like_html, read_html_rows
from asn_mutasi.io.readers import list_sheets, read_table

PEGAWAI_XLSX = Path(__file__).resolve().parents[2] / "sample_data" / "pegawai.xlsx"

#: the shape PHP SIMPEG exports write: a title, a two-row header with a merged group, NIPs as text
EXPORT = """<html xmlns:x="urn:schemas-microsoft-com:office:excel"><head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head><body>
<table><tr><td colspan="6"><b>DAFTAR NOMINATIF PEGAWAI</b></td></tr>
<tr><td colspan="6">PEMERINTAH KABUPATEN CONTOH</td></tr></table>
<table border="1">
<tr><th rowspan="2">NO</th><th rowspan="2">NIP</th><th rowspan="2">NAMA</th><th colspan="2">PANGKAT</th>
<th rowspan="2">JABATAN</th><th rowspan="2">UNIT KERJA</th></tr>
<tr><th>GOL</th><th>TMT</th></tr>
<tr><td>1</td><td style="mso-number-format:'\\@'">197705022003022001</td><td>Rat&iacute;na, S.E.</td>
<td>III/a</td><td>01-03-2003</td><td>Analis<br>Kepegawaian</td><td>BKPSDM</td></tr>
<tr><td>2</td><td>197609272008102001</td><td>Kartika  Sari</td><td>II/c</td><td>01-10-2008</td>
<td>Pengadministrasi Umum</td><td>BKPSDM</td></tr>
</table></body></html>"""


def test_an_export_page_saved_as_xls_is_read_as_its_table_with_a_finding_saying_so(tmp_path: Path) -> None:
    path = tmp_path / "nominatif.xls"
    path.write_bytes(EXPORT.encode("cp1252"))
    table = read_table(path, "pegawai")
    frame = table.frame
    assert frame["nip"].tolist() == ["197705022003022001", "197609272008102001"]  # text: all 18 digits
    assert frame["nama"].tolist() == ["Ratína, S.E.", "Kartika Sari"]  # entity decoded, spaces made one
    assert frame["golongan"].tolist() == ["III/a", "II/c"]  # GOL under the merged PANGKAT
    # <br> starts a line of the cell, as Alt+Enter in a workbook (the page shows two lines)
    assert frame["jabatan"].tolist() == ["Analis\nKepegawaian", "Pengadministrasi Umum"]
    assert frame["_baris"].tolist() == [6, 7]  # rows counted as the page shows them (title, blank, two headers)
    said = [f for f in table.findings if f.code == "format-isi-berbeda"]
    assert len(said) == 1 and ".xls" in said[0].message and "HTML" in said[0].message
    assert table.source.format == "html"
    assert list_sheets(path) == []  # no other sheet to look for a position table in


def test_spans_leave_their_other_cells_empty_and_are_merged_ranges() -> None:
    page = b"""<table><tr><td rowspan="2">A</td><td colspan="2">B</td></tr><tr><td>c</td><td>d</td></tr>
    <tr><td>e</td><td></td><td>  </td></tr></table>"""
    rows, merged = read_html_rows(page, "x")
    assert rows == [["A", "B", None], [None, "c", "d"], ["e", None, None]]
    assert sorted(merged) == [((0, 0), (1, 0)), ((0, 1), (0, 2))]


def test_a_nested_table_gives_its_own_rows_and_a_cut_page_keeps_what_was_read() -> None:
    page = b"<table><tr><td>luar<table><tr><td>dalam</td></tr></table></td><td>x</td></tr><tr><td>y"
    rows, _ = read_html_rows(page, "x")
    assert ["dalam", None] in rows and ["y", None] in rows


@pytest.mark.parametrize(
    "page",
    [
        b'<table><tr><td colspan="99999999">A</td></tr></table>',  # a span never allocates what it claims
        b"<table>" + b"<tr><td>1</td><td>2</td></tr>" * 40 + b"</table>",  # past the cell limit while parsing
    ],
)
def test_hostile_pages_stop_at_the_cell_limit(page: bytes) -> None:
    with pytest.raises(InputError, match="lebih dari 50 sel"):
        read_html_rows(page, "x", ReadLimits(maks_sel=50))


def test_a_page_without_a_filled_table_is_an_error_naming_it() -> None:
    with pytest.raises(InputError, match="tanpa tabel berisi data"):
        read_html_rows(b"<html><body><p>Sesi habis, silakan masuk lagi</p></body></html>", "ekspor.xls")


def test_xml_spreadsheet_2003_is_not_taken_for_html() -> None:
    xml = b'<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet/>'
    assert not looks_like_html(xml)
    assert looks_like_html(b"\xef\xbb\xbf\r\n<!DOCTYPE html><html>")


def test_a_workbook_named_csv_and_a_csv_named_xlsx_are_read_by_their_content(tmp_path: Path) -> None:
    wrong = tmp_path / "pegawai.csv"
    shutil.copyfile(PEGAWAI_XLSX, wrong)
    table = read_table(wrong, "pegawai")
    assert len(table.frame) > 100 and table.frame["nip"].str.len().eq(18).all()
    assert [f.code for f in table.findings if f.code == "format-isi-berbeda"] == ["format-isi-berbeda"]
    text = tmp_path / "pegawai.xlsx"
    text.write_text("NIP;NAMA;JABATAN;UNIT KERJA\n197705022003022001;Ratna;Analis;BKD\n", encoding="utf-8")
    table = read_table(text, "pegawai")
    assert table.frame["nama"].tolist() == ["Ratna"]
    assert "teks CSV" in next(f.message for f in table.findings if f.code == "format-isi-berbeda")


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("suffix", [".xls", ".xlsx"])
def test_unicode_text_named_as_a_workbook_is_read_as_text(tmp_path: Path, encoding: str, suffix: str) -> None:
    """Excel's "Unicode Text" (tab-separated UTF-16) saved as .xls, as web apps name their exports, was refused as a
    damaged workbook: its NUL bytes were taken for a binary file's (hostile, h30)."""
    text = tmp_path / f"pegawai{suffix}"
    lines = "NIP\tNAMA\tJABATAN\tUNIT KERJA\r\n197705022003022001\tRatnä\tAnalis\tBKD\r\n"
    text.write_bytes(lines.encode(encoding))
    table = read_table(text, "pegawai")
    assert table.frame["nama"].tolist() == ["Ratnä"] and table.frame["nip"].tolist() == ["197705022003022001"]
    assert "teks CSV" in next(f.message for f in table.findings if f.code == "format-isi-berbeda")


def test_a_layout_table_around_the_data_keeps_its_title_above_and_its_signature_below() -> None:
    """The data table nested in a layout table came out first, the title lines after it (review)."""
    page = b"""<table><tr><td>PEMERINTAH KABUPATEN CONTOH</td></tr><tr><td>
    <table><tr><th>NIP</th><th>NAMA</th></tr><tr><td>198001012005011001</td><td>Ani</td></tr></table>
    </td></tr><tr><td>Contoh, 1 Mei 2026</td></tr></table>"""
    rows, _ = read_html_rows(page, "x")
    firsts = [r[0] for r in rows if any(v is not None for v in r)]
    assert firsts == ["PEMERINTAH KABUPATEN CONTOH", "NIP", "198001012005011001", "Contoh, 1 Mei 2026"]


@pytest.mark.parametrize(
    "page",
    [
        b"<table>" + b"<tr></tr>" * 200 + b"</table>",  # endless empty rows
        b'<table><tr><td colspan="40">x</td></tr>' + b"<tr><td>1</td></tr>" * 3 + b"</table>",  # padded to 40 wide
    ],
)
def test_the_cell_limit_counts_the_grid_as_padded(page: bytes) -> None:
    with pytest.raises(InputError, match="lebih dari 100 sel"):
        read_html_rows(page, "x", ReadLimits(maks_sel=100))


def test_a_page_saved_as_utf16_is_read_too(tmp_path: Path) -> None:
    page = "<html><table><tr><th>NIP</th><th>NAMA</th><th>JABATAN</th><th>UNIT KERJA</th></tr>"
    page += "<tr><td>198001012005011001</td><td>Ani</td><td>Analis</td><td>BKD</td></tr></table></html>"
    path = tmp_path / "ekspor.xls"
    path.write_bytes(page.encode("utf-16"))
    assert read_table(path, "pegawai").frame["nama"].tolist() == ["Ani"]


def test_a_birth_line_under_the_name_leaves_the_name_and_gives_the_date_of_birth(tmp_path: Path) -> None:
    """simpeg-bogor's nominatif page prints "Nama<br>Tempat, dd-mm-yyyy" in one cell: the <br> was a space, so the
    name read "Drs. Bambang Sutejo, M.Si Semarang, 12-04-1968" and went on into plans and letters (real-files
    campaign)."""
    page = (
        "<table><tr><th>NO</th><th>NAMA</th><th>NIP</th><th>JABATAN</th><th>UNIT KERJA</th></tr>"
        "<tr><td>1</td><td>Drs. Bambang Sutejo, M.Si<br>Semarang, 12-04-1968</td><td>'196804121994031002</td>"
        "<td>Kepala Dinas</td><td>Diskominfo</td></tr>"
        "<tr><td>2</td><td>Lestari Wulandari, S.Sos<br>Kab. Bogor, 3 Mei 1983</td><td>'198305032009022001</td>"
        "<td>Analis</td><td>Diskominfo</td></tr>"
        "<tr><td>3</td><td>Rina, S.Kom</td><td>'198509172010012005</td><td>Analis</td><td>Diskominfo</td></tr></table>"
    )
    path = tmp_path / "nominatif.xls"
    path.write_text(page, encoding="utf-8")
    table = read_table(path, "pegawai")
    assert table.frame["nama"].tolist() == ["Drs. Bambang Sutejo, M.Si", "Lestari Wulandari, S.Sos", "Rina, S.Kom"]
    assert table.frame["tanggal_lahir"].tolist() == ["12-04-1968", "3 Mei 1983", None]
    assert table.columns["tanggal_lahir"].how == "sel-nama"
    said = [f.message for f in table.findings if f.code == "ttl-dari-sel-nama"]
    assert len(said) == 1 and "pada 2 baris; tanggalnya dipakai sebagai tanggal lahir" in said[0]


def test_the_text_above_the_first_table_is_title_rows_and_gives_the_unit(tmp_path: Path) -> None:
    """A "PETA JABATAN" print page writes its unit in an <h2>, a Kemenag DUK its satker in a <div>: text outside the
    table was dropped and both pages refused for a missing unit (real-files campaigns, h26). The print buttons and
    scripts are no text of the page."""
    page = (
        "<html><head><title>Peta Jabatan - Dinas Komunikasi dan Informatika</title>"
        "<script>window.print()</script></head><body><button>Cetak</button><h1>PETA JABATAN</h1>"
        "<h2>Dinas Komunikasi dan Informatika</h2><div>Dicetak pada: 03 Desember 2026</div>"
        "<table><tr><th>No</th><th>Kode</th><th>Nama Jabatan</th><th>Kebutuhan</th></tr>"
        "<tr><td>1</td><td>JPT.01</td><td>Kepala Dinas</td><td>1</td></tr>"
        "<tr><td>2</td><td>ADM.01</td><td>Sekretaris</td><td>1</td></tr></table></body></html>"
    )
    rows, _ = read_html_rows(page.encode(), "peta.xls")
    assert [r[0] for r in rows[:4]] == [
        "Peta Jabatan - Dinas Komunikasi dan Informatika",
        "PETA JABATAN",
        "Dinas Komunikasi dan Informatika",
        "Dicetak pada: 03 Desember 2026",
    ]
    path = tmp_path / "peta.xls"
    path.write_text(page, encoding="utf-8")
    table = read_table(path, "jabatan")
    assert table.frame["unit_kerja"].tolist() == ["Dinas Komunikasi dan Informatika"] * 2
    assert table.frame["kode_jabatan"].tolist() == ["JPT.01", "ADM.01"]


def test_a_menu_above_the_table_is_one_title_line_and_an_unclosed_option_hides_nothing(tmp_path: Path) -> None:
    """A 12-item menu above a table with 9 title rows pushed its header past the scanned rows; an <option> without
    its end tag (valid HTML) hid every later title line (review, h26)."""
    menu = "<ul>" + "".join(f"<li>Menu {k}</li>" for k in range(12)) + "</ul>"
    titles = "".join(f"<tr><td>Judul {k}</td></tr>" for k in range(9))
    page = (
        f"<html><body>{menu}<select><option>2025<option>2026</select><h2>Dinas Kesehatan</h2><table>{titles}"
        "<tr><th>KODE JABATAN</th><th>NAMA JABATAN</th><th>UNIT KERJA</th><th>KEBUTUHAN</th></tr>"
        "<tr><td>A1</td><td>Analis</td><td>Dinas Kesehatan</td><td>2</td></tr></table></body></html>"
    )
    rows, _ = read_html_rows(page.encode(), "m.xls")
    assert rows[0][0].startswith("Menu 0 Menu 1") and rows[1][0] == "Dinas Kesehatan"
    path = tmp_path / "m.xls"
    path.write_text(page, encoding="utf-8")
    assert read_table(path, "jabatan").frame["kode_jabatan"].tolist() == ["A1"]
