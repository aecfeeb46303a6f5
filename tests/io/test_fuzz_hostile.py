"""Fuzz: generated hostile rosters never cause an internal error or a traceback (issue 13)."""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from asn_mutasi.errors import AsnMutasiError
from asn_mutasi.io.readers import read_table
from asn_mutasi.validation import prepare_roster

HEADER = ["NIP", "NAMA", "GOL/RUANG", "JABATAN", "UNIT KERJA", "TMT JABATAN", "TANGGAL LAHIR"]
NASTY = [
    "=HYPERLINK(\"http://x\")", "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)", "\t=1", "\r=1", "Bu\x00di", "\x07",
    "9" * 30, "1e308", "-1e308", "NaN", "inf", "9999-12-31", "31/02/2020", "00/00/0000", "199001012015031001",
    "1990010120150310019999", "IV/z", "", " ", "\u202e", "\ufeff", "ñ", "漢字", '"', "a,b", "a;b", "a\nb",
]  # fmt: skip
cell = st.one_of(st.sampled_from(NASTY), st.text(max_size=12))
row = st.lists(cell, min_size=0, max_size=len(HEADER) + 2)


def _csv_bytes(rows: list[list[str]], delimiter: str, encoding: str, quoting: bool) -> bytes:
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=delimiter, quoting=csv.QUOTE_MINIMAL if quoting else csv.QUOTE_NONE,
                        escapechar="\\", lineterminator="\n")  # fmt: skip
    writer.writerow(HEADER)
    for r in rows:
        writer.writerow(r)
    text = buf.getvalue()
    if encoding == "utf-8-sig":
        return b"\xef\xbb\xbf" + text.encode("utf-8", "surrogatepass")
    return text.encode(encoding, "replace")


def _xlsx_bytes(rows: list[list[str]], far: bool) -> bytes:
    from tests.io.test_hostile import _CT, _RELS, _WB, _WB_RELS, _letters

    def cells(r: int, values: list[str]) -> str:
        out = []
        for c, v in enumerate(values):
            safe = escape("".join(ch for ch in v if ch in "\t\n\r" or (ord(ch) >= 32 and ch not in "\ufffe\uffff")))
            out.append(f'<c r="{_letters(c + 1)}{r}" t="inlineStr"><is><t>{safe}</t></is></c>')
        return f'<row r="{r}">{"".join(out)}</row>'

    body = "".join(cells(i + 1, r) for i, r in enumerate([HEADER, *rows]))
    if far:
        body += '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row>'
    sheet = (
        '<?xml version="1.0" encoding="UTF-8"?><worksheet '
        f'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>{body}</sheetData></worksheet>'
    )
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in (("[Content_Types].xml", _CT), ("_rels/.rels", _RELS), ("xl/workbook.xml", _WB),
                           ("xl/_rels/workbook.xml.rels", _WB_RELS), ("xl/worksheets/sheet1.xml", sheet)):  # fmt: skip
            zf.writestr(name, data)
    return buf.getvalue()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    rows=st.lists(row, max_size=12),
    delimiter=st.sampled_from([",", ";", "\t", "|"]),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16"]),
    quoting=st.booleans(),
    as_xlsx=st.booleans(),
    far=st.booleans(),
    truncate=st.integers(min_value=0, max_value=40),
)
def test_hostile_rosters_give_findings_or_input_errors_never_internal_errors(
    tmp_path: Path,
    rows: list[list[str]],
    delimiter: str,
    encoding: str,
    quoting: bool,
    as_xlsx: bool,
    far: bool,
    truncate: int,
) -> None:
    if as_xlsx:
        data = _xlsx_bytes(rows, far and len(rows) < 3)
        if truncate:
            data = data[: max(len(data) - truncate * 50, 30)]  # a cut-off download
        path = tmp_path / "pegawai.xlsx"
    else:
        try:
            data = _csv_bytes(rows, delimiter, encoding, quoting)
        except csv.Error:
            return  # QUOTE_NONE cannot write some values; not an input we can build
        path = tmp_path / "pegawai.csv"
    path.write_bytes(data)
    try:
        raw = read_table(path, "pegawai")
        prepare_roster(raw)
    except AsnMutasiError:
        pass  # a documented failure with its exit code


def test_cli_on_a_hostile_roster_has_no_traceback_and_no_internal_error(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from asn_mutasi.cli.app import app

    rows = [[v, v, "III/a", v, v, v, v] for v in NASTY if v]
    path = tmp_path / "pegawai.csv"
    path.write_bytes(_csv_bytes(rows, ",", "utf-8", True))
    result = CliRunner().invoke(app, ["check", str(path), "--format", "json"])
    assert result.exit_code in (0, 1, 3), result.output
    assert "Traceback" not in result.output and "Kesalahan internal" not in result.output


def test_a_header_of_only_a_note_is_read_not_an_internal_error(tmp_path: Path) -> None:
    """'()' normalises to no lookup key at all (found by the fuzz test above); it is just an unknown column."""
    path = tmp_path / "pegawai.csv"
    path.write_text("NIP;Nama;()\n199001012015031001;Ani;x\n", encoding="utf-8")
    raw = read_table(path, "pegawai")
    assert len(raw.frame) == 1 and "nip" in raw.frame.columns
