"""No input text becomes active content, and no input name crashes a writer (inject31, h38).

A file or folder name that is not valid UTF-8 (a cp1252 name from a Windows zip or USB stick) reaches Python as lone
surrogates; written as is into a table's ``berkas`` column it crashed every UTF-8 writer ("Kesalahan internal
(UnicodeEncodeError)"). The tables show it as :func:`asn_mutasi.errors.shown_path` does (``\\xfd``).
"""

from __future__ import annotations

import csv
import io
import os
from pathlib import Path

import openpyxl
import pytest
from cli_helpers import EXIT_OK, JABATAN_XLSX, PEGAWAI_CSV, TANGGAL, USULAN_CSV, decide, expect, plan_to, run

pytestmark = pytest.mark.skipif(os.name == "nt", reason="POSIX file names hold any bytes")


def _odd(folder: Path, stem: bytes, suffix: str) -> Path:
    """A path below ``folder`` whose last part holds byte 0xfd (not UTF-8)."""
    return Path(os.fsdecode(os.fsencode(folder) + b"/" + stem + b"\xfd" + suffix.encode()))


def _csv_rows(path: Path) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig"), newline="")))


def test_aspiration_forms_in_a_folder_named_in_cp1252_are_listed(tmp_path: Path) -> None:
    folder, listing = _odd(tmp_path, b"formulir", ""), tmp_path / "formulir.csv"
    expect(run("aspirasi-formulir", PEGAWAI_CSV, JABATAN_XLSX, "-d", folder, "-o", listing, *TANGGAL), EXIT_OK)
    rows = _csv_rows(listing)
    assert rows and all(r["berkas"].startswith(str(tmp_path / "formulir\\xfd")) for r in rows)


def test_a_filled_aspiration_form_named_in_cp1252_is_read_into_csv_and_xlsx(tmp_path: Path) -> None:
    form = _odd(tmp_path, b"aspirasi", ".csv")
    form.write_text("NIP;Pilihan 1 Unit Kerja;Kesediaan Dipindah\n197705022003022001;Dinas Pertanian;Bersedia\n")
    for name in ("aspirasi.csv", "aspirasi.xlsx"):
        expect(run("aspirasi-baca", PEGAWAI_CSV, JABATAN_XLSX, form, "-o", tmp_path / name, *TANGGAL), EXIT_OK)
    assert [r["berkas"] for r in _csv_rows(tmp_path / "aspirasi.csv")] == [str(tmp_path / "aspirasi\\xfd.csv")]
    sheet = openpyxl.load_workbook(tmp_path / "aspirasi.xlsx", read_only=True).worksheets[0]
    assert str(tmp_path / "aspirasi\\xfd.csv") in {c for row in sheet.iter_rows(values_only=True) for c in row}


def test_proposals_named_in_cp1252_are_merged(tmp_path: Path) -> None:
    folder = tmp_path / "usulan"
    folder.mkdir()
    _odd(folder, b"usulan", ".csv").write_bytes(USULAN_CSV.read_bytes())
    for source in (folder, _odd(folder, b"usulan", ".csv")):
        out = tmp_path / f"penilaian_{len(list(tmp_path.iterdir()))}.xlsx"
        expect(run("usulan", "gabung", PEGAWAI_CSV, JABATAN_XLSX, source, "-o", out, *TANGGAL), EXIT_OK)
        cells = {
            c for ws in openpyxl.load_workbook(out, read_only=True) for r in ws.iter_rows(values_only=True) for c in r
        }
        assert "usulan\\xfd.csv" in cells


def test_letters_written_to_a_folder_named_in_cp1252_are_listed(tmp_path: Path) -> None:
    plan, payload, _ = plan_to(tmp_path)
    first = payload["mutasi"][0]["id_mutasi"]
    decided = decide(plan, tmp_path / "disetujui.xlsx", {first: "Setuju"})
    folder, listing = _odd(tmp_path, b"surat", ""), tmp_path / "dokumen.csv"
    expect(run("surat", decided, PEGAWAI_CSV, JABATAN_XLSX, "-d", folder, "-o", listing, *TANGGAL), EXIT_OK)
    shown = [r["berkas"] for r in _csv_rows(listing)]
    assert shown and all(b.startswith(str(tmp_path / "surat\\xfd")) for b in shown)


#: whitespace a spreadsheet may trim before it meets the formula (LibreOffice's "trim spaces", Google Sheets)
SPACED = ['  =HYPERLINK("http://x.test","klik")', "\n=1+1", " \t=1", "\u3000@SUM(A1)", "\xa0+1+1", " \uff1d1"]


@pytest.mark.parametrize("text", SPACED)
def test_whitespace_before_a_formula_is_neutralised_by_every_csv_writer(
    text: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Tab and CR before "=" got the apostrophe, spaces or a line feed did not: "  =HYPERLINK(…)" stayed live in
    every CSV (and the writer already quoted "x; =cmd…" after a delimiter). One rule for all of them; the sample's
    CSV writer used a bare csv.writer. A real negative number stays a number."""
    import pandas as pd

    from asn_mutasi.cli.render import emit_csv
    from asn_mutasi.io.sample_writer import _write_csv
    from asn_mutasi.io.writers import render_records

    def second_row(written: str) -> list[str]:
        return list(csv.reader(io.StringIO(written, newline="")))[1]

    assert second_row(render_records([{"t": text, "n": -3}], "csv")) == ["'" + text, "-3"]
    emit_csv([{"t": text, "n": -3}], ["t", "n"], raw=False)
    assert second_row(capsys.readouterr().out) == ["'" + text, "-3"]
    path = tmp_path / "sampel.csv"
    _write_csv(path, pd.DataFrame({"t": [text], "n": [-3]}), [("T", "t"), ("N", "n")], overwrite=True)
    assert second_row(path.read_text(encoding="utf-8")) == ["'" + text, "-3"]


@pytest.mark.parametrize("text", ["  -", "  -5", " Budi", "\r\n  Laki-laki", " +6281234567"])
def test_whitespace_before_plain_text_or_a_number_is_kept(text: str) -> None:
    from asn_mutasi.io.sanitise import is_formula_like, sanitise_text

    assert not is_formula_like(text) and sanitise_text(text) == text


def test_control_and_bidi_characters_of_a_file_name_are_shown_escaped(tmp_path: Path) -> None:
    """An ESC in a roster's file name reached ``periksa --format csv`` raw (a terminal ran "\\x1b]0;…\\x07" as a title
    change) and an RLO reordered the name in every listing; they are written as escapes, like a cp1252 byte."""
    from asn_mutasi.errors import shown_path

    roster = tmp_path / "pegawai\x1b]0;x\x07\u202ecsv.csv"
    lines = PEGAWAI_CSV.read_bytes().splitlines(keepends=True)
    roster.write_bytes(b"".join(lines) + lines[1].replace(b";1977", b";12345;1977", 1).replace(b"1;", b"9999;", 1))
    done = run("periksa", roster, JABATAN_XLSX, "--format", "csv", *TANGGAL)
    assert done.exit_code in (0, 1), done.stderr
    assert not {"\x1b", "\x07", "\u202e"} & set(done.stdout + done.stderr)
    assert "pegawai\\x1b]0;x\\x07\\u202ecsv.csv" in done.stdout
    assert shown_path("Ñandú é.xlsx") == "Ñandú é.xlsx"
