"""XML Spreadsheet 2003 files (the '.xls' Kendal's e-formasi and other PHP apps write by hand) are read as a sheet."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from asn_mutasi.config import ReadLimits
from asn_mutasi.errors import InputError
from asn_mutasi.io.readers import read_table
from asn_mutasi.io.spreadsheet_xml import read_spreadsheet_xml

HEAD = (
    '<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>\n'
    '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" '
    'xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet" xmlns:html="http://www.w3.org/TR/REC-html40">\n'
)


def _cell(value: object, kind: str = "String", extra: str = "") -> str:
    return f'<Cell{extra}><Data ss:Type="{kind}">{value}</Data></Cell>'


#: a cover sheet, then the roster: a title merged across, a two-row header (NO and NIP merged down, PANGKAT over
#: GOL | TMT), an 18-digit NIP typed Number, a date typed DateTime, bold markup in a name, a row and a cell that
#: jump ahead with ss:Index
ROSTER = (
    HEAD
    + '<Worksheet ss:Name="Sampul"><Table></Table></Worksheet>\n'
    + '<Worksheet ss:Name="Pegawai"><Table>\n'
    + "<Row>" + _cell("DAFTAR NOMINATIF PEGAWAI", extra=' ss:MergeAcross="5"') + "</Row>\n"
    + '<Row ss:Index="3">'
    + _cell("NO", extra=' ss:MergeDown="1"') + _cell("NIP", extra=' ss:MergeDown="1"')
    + _cell("NAMA", extra=' ss:MergeDown="1"') + _cell("PANGKAT", extra=' ss:MergeAcross="1"')
    + _cell("JABATAN", extra=' ss:MergeDown="1"') + _cell("UNIT KERJA", extra=' ss:MergeDown="1"') + "</Row>\n"
    + "<Row>" + _cell("GOL", extra=' ss:Index="4"') + _cell("TMT") + "</Row>\n"
    + "<Row>" + _cell(1, "Number") + _cell("197705022003022001", "Number")
    + '<Cell><ss:Data ss:Type="String" xmlns="http://www.w3.org/TR/REC-html40"><B>Ratna</B>, S.E.</ss:Data></Cell>'
    + _cell("III/a") + _cell("2003-03-01T00:00:00.000", "DateTime") + _cell("Analis Kepegawaian") + _cell("BKPSDM")
    + "</Row>\n"
    + "<Row>" + _cell(2, "Number") + _cell("197609272008102001") + _cell("Kartika Sari") + _cell("II/c")
    + _cell("2008-10-01T00:00:00.000", "DateTime") + _cell("Pengadministrasi Umum", extra=' ss:Index="6"')
    + _cell("BKPSDM") + "</Row>\n"
    + "</Table></Worksheet></Workbook>\n"
)  # fmt: skip


def test_the_grid_keeps_merges_jumps_types_and_the_first_sheet_with_data() -> None:
    rows, merged, name = read_spreadsheet_xml(ROSTER.encode(), "ekspor.xls")
    assert name == "Pegawai"
    assert rows[0][0] == "DAFTAR NOMINATIF PEGAWAI" and rows[1] == [None] * 7
    assert rows[2][:4] == ["NO", "NIP", "NAMA", "PANGKAT"] and rows[2][5:] == ["JABATAN", "UNIT KERJA"]
    assert rows[3][:6] == [None, None, None, "GOL", "TMT", None]  # the cells below NO..NAMA are covered
    assert rows[4][1] == "197705022003022001" and rows[4][2] == "Ratna, S.E."  # no digit lost, markup dropped
    assert rows[4][4] == datetime(2003, 3, 1) and rows[4][0] == 1
    assert rows[5][5:] == ["Pengadministrasi Umum", "BKPSDM"]
    assert ((0, 0), (0, 5)) in merged and ((2, 0), (3, 0)) in merged and ((2, 3), (2, 4)) in merged


def test_a_roster_named_xls_is_read_as_its_table(tmp_path: Path) -> None:
    path = tmp_path / "nominatif.xls"
    path.write_text(ROSTER, encoding="utf-8")
    table = read_table(path, "pegawai")
    assert table.frame["nip"].tolist() == ["197705022003022001", "197609272008102001"]
    assert table.frame["nama"].tolist() == ["Ratna, S.E.", "Kartika Sari"]
    assert table.frame["golongan"].tolist() == ["III/a", "II/c"]
    assert table.source.sheet == "Pegawai" and table.source.format == "xml2003"
    said = [f.message for f in table.findings if f.code == "format-isi-berbeda"]
    assert len(said) == 1 and "XML Spreadsheet 2003" in said[0]
    assert read_table(path, "pegawai", sheet="2").frame["nip"].tolist()[0] == "197705022003022001"
    with pytest.raises(InputError, match=r"tidak punya lembar kerja 'Data'.*'Sampul', 'Pegawai'"):
        read_table(path, "pegawai", sheet="Data")


def test_hostile_documents_are_refused_with_a_message() -> None:
    bomb = '<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]>' + HEAD.split("?>\n", 2)[2]
    with pytest.raises(InputError, match="DOCTYPE"):
        read_spreadsheet_xml(bomb.encode(), "bom.xls")
    with pytest.raises(InputError, match=r"rusak: teks terpotong.*baris"):
        read_spreadsheet_xml(ROSTER[:-40].encode(), "potong.xls")
    wide = HEAD + '<Worksheet ss:Name="A"><Table><Row>' + _cell("x", extra=' ss:MergeAcross="999999"') + "</Row>"
    wide += '<Row ss:Index="900000">' + _cell("y") + "</Row></Table></Worksheet></Workbook>"
    with pytest.raises(InputError, match=r"maks_sel|lebih dari"):
        read_spreadsheet_xml(wide.encode(), "lebar.xls", ReadLimits(maks_sel=100_000))


def test_a_line_break_in_a_cell_is_kept() -> None:
    """'NAMA&#10;NIP' arrived as one line, so the NIP under the name was never found (diff review)."""
    xml = HEAD + '<Worksheet ss:Name="A"><Table><Row>' + _cell("Sari, S.E.&#10;19760222 200504 1 001") + "</Row>"
    xml += "</Table></Worksheet></Workbook>"
    rows, _, _ = read_spreadsheet_xml(xml.encode(), "x.xls")
    assert rows[0][0] == "Sari, S.E.\n19760222 200504 1 001"


def test_the_cell_limit_holds_for_the_whole_workbook() -> None:
    """40 extra sheets, each one row at ss:Index 1048576, took 3 GB from an 11.7 KB file: the limit was per sheet
    (hostile-input campaign, round 3). Together the sheets are held to maks_sel; a skipped row costs no list."""
    extra = "".join(
        f'<Worksheet ss:Name="S{i}"><Table><Row ss:Index="60000">{_cell("x")}</Row></Table></Worksheet>'
        for i in range(5)
    )
    many = ROSTER.replace("</Workbook>\n", extra + "</Workbook>\n")
    rows, _, name = read_spreadsheet_xml(many.encode(), "banyak.xls", ReadLimits(maks_sel=1_000_000))
    assert name == "Pegawai" and len(rows) == 6  # five sheets of 60,000 rows × 1 fit in a million
    with pytest.raises(InputError, match=r"semua lembar kerja bersama-sama lebih dari"):
        read_spreadsheet_xml(many.encode(), "banyak.xls", ReadLimits(maks_sel=250_000))
