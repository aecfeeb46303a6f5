"""Merged cells of an ODS: calamine gives none, the reader reads them from content.xml (real-files campaign, h26)."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from asn_mutasi.io.ods_merged import is_ods, ods_merged
from asn_mutasi.io.readers import read_table

_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
)


def _cell(text: str = "", *, across: int = 1, down: int = 1, covered: bool = False) -> str:
    if covered:
        return "<table:covered-table-cell/>"
    spans = (f' table:number-columns-spanned="{across}"' if across > 1 else "") + (
        f' table:number-rows-spanned="{down}"' if down > 1 else ""
    )
    body = f"<text:p>{text}</text:p>" if text else ""
    kind = ' office:value-type="string"' if text else ""
    return f"<table:table-cell{kind}{spans}>{body}</table:table-cell>"


_MANIFEST = (
    '<?xml version="1.0"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">'
    '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
    '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>'
)


def _write(path: Path, content: str) -> None:
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet", compress_type=zipfile.ZIP_STORED)
        zf.writestr("META-INF/manifest.xml", _MANIFEST)
        zf.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)


def _ods(path: Path, rows: list[list[str]]) -> Path:
    body = "".join(f"<table:table-row>{''.join(r)}</table:table-row>" for r in rows)
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {_NS} office:version="1.2"><office:body>'
        f'<office:spreadsheet><table:table table:name="Peta">{body}</table:table>'
        "</office:spreadsheet></office:body></office:document-content>"
    )
    _write(path, content)
    return path


def test_a_header_merged_over_indented_names_reads_every_post(tmp_path: Path) -> None:
    """The Kendal e-formasi peta as ODS kept 1 of its 5 posts ("Kolom wajib 'nama_jabatan' kosong" for the rest):
    "NAMA JABATAN" spans the columns its names are indented in, and calamine gives an ODS no merged ranges."""
    blank = _cell()
    rows = [
        [_cell("UNIT KERJA"), _cell("NAMA JABATAN", across=3), _cell(covered=True), _cell(covered=True),
         _cell("KEBUTUHAN")],
        [_cell("Dinas X"), _cell("Kepala Dinas"), blank, blank, _cell("1")],
        [_cell("Dinas X"), blank, _cell("Sekretaris"), blank, _cell("1")],
        [_cell("Dinas X"), blank, blank, _cell("Pengadministrasi Perkantoran"), _cell("3")],
    ]  # fmt: skip
    path = _ods(tmp_path / "peta.ods", rows)
    assert is_ods(path) and not is_ods(path.read_bytes()[:100])
    assert ods_merged(path, "Peta") == [((0, 1), (0, 3))]
    assert ods_merged(path, "Lain") == []
    table = read_table(path, "jabatan")
    assert table.frame["nama_jabatan"].tolist() == ["Kepala Dinas", "Sekretaris", "Pengadministrasi Perkantoran"]


def test_merges_count_repeated_rows_and_cells(tmp_path: Path) -> None:
    rows = [
        ['<table:table-cell table:number-columns-repeated="2"/>', _cell("JUDUL", across=3)],
    ]
    path = _ods(tmp_path / "ulang.ods", rows)
    content = zipfile.ZipFile(path).read("content.xml").decode()
    content = content.replace(
        "<table:table-row>", '<table:table-row table:number-rows-repeated="4"/><table:table-row>', 1
    )
    _write(path, content)
    assert ods_merged(path, "Peta") == [((4, 2), (4, 4))]


def test_a_sheet_of_endless_merges_stops_at_the_cap(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Past the merges kept, a hostile sheet's rows were still walked per merge: 38 s for 426 KB (review, h26)."""
    import asn_mutasi.io.ods_merged as om

    monkeypatch.setattr(om, "_MERGES_MAX", 10)
    rows = [[_cell("A", across=2), _cell(covered=True), _cell("B", across=2), _cell(covered=True)] for _ in range(50)]
    assert len(om.ods_merged(_ods(tmp_path / "banyak.ods", rows), "Peta")) == 10
