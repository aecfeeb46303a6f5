"""Every workbook the commands write, read back as an analyst sees it.

The commands run once on a small generated sample; then every workbook is checked for
Indonesian headers (no ``kode``/``judul_kolom``/``baris_usulan``), words for codes
(``galat``, ``ya``/``tidak``), rounded figures and hidden helper sheets, and — when
LibreOffice is installed — printed to PDF to check that what a person would print shows
no code-style header, no unrounded number and nothing of the hidden ``_rencana`` sheet.
(``scripts/render_workbooks.py`` renders the full sample to PNG for a person to look at.)
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner

from asn_mutasi.cli.app import app
from asn_mutasi.schema import PLAN_HIDDEN_SHEET, PLAN_MOVE_COLUMNS, PLAN_SHEETS

AS_OF = ["--tanggal", "01-11-2026"]
#: labelled workbooks (the roster written back keeps the input's own headers)
LABELLED = (
    "check",
    "match",
    "assess",
    "vacancies",
    "workload",
    "rencana",
    "sk",
    "compare",
    "indikator",
    "diklat",
    "audit",
)
CODE_HEADER = re.compile(r"^[a-z]+(_[a-z]+)+$|^(kode|tingkat|pesan|berkas|baris|kolom|field|nilai)$")
#: columns of data kept on one line, whole in the cell for copying (the audit export's hashed JSON: wrapped, it
#: printed a page a record)
ONE_LINE = frozenset({"Data (JSON yang di-hash)"})
UNROUNDED = re.compile(r"\d[.,]\d{5,}")


def _cli(*args: str) -> None:
    result = CliRunner().invoke(app, list(args), prog_name="asn-mutasi")
    assert result.exit_code in (0, 1), result.output


@pytest.fixture(scope="module")
def books(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("buku")
    data = root / "data"
    _cli("sample", "-o", str(data), "--pegawai", "150", "--seed", "3")
    p, j = str(data / "pegawai.xlsx"), str(data / "peta_jabatan.xlsx")
    out = {name: root / f"{name}.xlsx" for name in (*LABELLED, "roster")}
    _cli("check", str(data / "pegawai_bermasalah.xlsx"), j, "-o", str(out["check"]), *AS_OF)
    _cli("match", p, j, "--top", "3", "-o", str(out["match"]), *AS_OF)
    _cli("assess", p, j, str(data / "usulan_mutasi.csv"), "-o", str(out["assess"]), *AS_OF)
    _cli("vacancies", p, j, "-o", str(out["vacancies"]), *AS_OF)
    _cli("workload", p, j, "--abk", str(data / "abk_tugas.xlsx"), "-o", str(out["workload"]), *AS_OF)
    _cli("plan", p, j, "-o", str(out["rencana"]), *AS_OF)
    decided = root / "diputuskan.xlsx"
    wb = load_workbook(out["rencana"])
    ws = wb[PLAN_SHEETS[1]]
    col = [c.value for c in ws[1]].index(dict(PLAN_MOVE_COLUMNS)["keputusan"]) + 1
    for row in range(2, ws.max_row + 1):
        ws.cell(row, col).value = "Setuju"
    wb.save(decided)
    _cli("apply", str(decided), p, "-o", str(out["roster"]), "--sk", str(out["sk"]), "--tmt", "01-01-2027")
    _cli("compare", p, str(out["roster"]), j, "--rencana", str(decided), "-o", str(out["compare"]), *AS_OF)
    _cli("indikator", "templat", j, "-o", str(out["indikator"]), "--periode", "2025", "--periode", "2026")
    _cli("diklat", str(decided), p, j, "-o", str(out["diklat"]))
    _cli("buku-besar", "ekspor", "--buku-besar", str(root / "buku_besar_mutasi.sqlite"), "-o", str(out["audit"]))
    return out


def _header_rows(path: Path) -> list[tuple[str, list[str]]]:
    wb = load_workbook(path, read_only=True)
    out = []
    for ws in wb.worksheets:
        if ws.sheet_state != "visible":
            continue
        for row in ws.iter_rows(max_row=4, values_only=True):
            if row and sum(v is not None for v in row) >= 2:  # the first row with a table header
                out.append((ws.title, [str(v) for v in row if v is not None]))
                break
    wb.close()
    return out


@pytest.mark.parametrize("name", LABELLED)
def test_headers_are_words_not_codes(books: dict[str, Path], name: str) -> None:
    for sheet, header in _header_rows(books[name]):
        codes = [h for h in header if CODE_HEADER.match(h)]
        assert not codes, f"{name}/{sheet}: {codes}"


def test_codes_shown_as_words_and_figures_rounded(books: dict[str, Path]) -> None:
    wb = load_workbook(books["check"], read_only=True)
    severities = {r[1] for r in wb["Temuan"].iter_rows(min_row=2, values_only=True) if r and r[1]}
    assert severities and severities <= {"galat", "peringatan", "info"}
    wb = load_workbook(books["rencana"])
    assert wb[PLAN_HIDDEN_SHEET].sheet_state == "veryHidden"
    params = [r[0] for r in wb["Parameter"].iter_rows(min_row=2, values_only=True)]
    assert len(params) == len(set(params)) and "versi" not in params and "waktu" not in params
    flags = {r[1] for r in wb["Parameter"].iter_rows(min_row=2, values_only=True) if r[0].startswith("aturan.cek_")}
    assert flags <= {"ya", "tidak"}
    wb = load_workbook(books["compare"], read_only=True)
    figures = [r[1] for r in wb["Ringkasan"].iter_rows(min_row=2, values_only=True) if isinstance(r[1], float)]
    assert all(round(f, 3) == f for f in figures)


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) not installed")
def test_printed_workbooks_show_no_codes_unrounded_numbers_or_hidden_sheet(
    books: dict[str, Path], tmp_path: Path
) -> None:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) not installed")
    files = [str(books[n]) for n in ("check", "assess", "vacancies", "rencana", "sk", "compare")]
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation={(tmp_path / 'profil').as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            *files,
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    for f in files:
        pdf = tmp_path / (Path(f).stem + ".pdf")
        text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True).stdout
        assert text.strip(), pdf.name
        assert not UNROUNDED.search(text), (pdf.name, UNROUNDED.search(text))
        assert "kode_jabatan_asal" not in text  # the hidden _rencana sheet is never printed
        for code in ("judul_kolom", "baris_usulan", "memenuhi_pendidikan", "nilai_parameter"):
            assert code not in text, (pdf.name, code)


def test_wrapped_rows_are_tall_enough_for_long_words_and_sentences() -> None:
    from asn_mutasi.io.report_workbook import lines_needed

    assert lines_needed("/work/data/sample_data/pegawai_bermasalah.xlsx", 32) == 2  # a path has no spaces
    assert lines_needed("x" * 70, 30) == 3
    assert lines_needed("KATA " * 20, 30) == 4  # 100 characters of upper-case words in 30-wide lines
    assert lines_needed("satu\ndua", 30) == 2


def test_check_workbook_rows_fit_their_wrapped_paths(books: dict[str, Path]) -> None:
    ws = load_workbook(books["check"])["Ringkasan"]
    assert all((ws.row_dimensions[r].height or 15) >= 30 for r in (2, 3))  # two lines of file path each


def test_every_canonical_output_field_has_a_label() -> None:
    from asn_mutasi.api.match import ASSESS_FIELDS, MATCH_FIELDS, NIP_FIELDS
    from asn_mutasi.findings import FINDING_KEYS
    from asn_mutasi.labels import FIELD_LABELS
    from asn_mutasi.schema import PLAN_MOVE_COLUMNS, POSITION_COLUMNS, UNIT_COLUMNS

    fields = {*MATCH_FIELDS, *NIP_FIELDS, *ASSESS_FIELDS, *FINDING_KEYS, *POSITION_COLUMNS, *UNIT_COLUMNS}
    fields |= {f for f, _ in PLAN_MOVE_COLUMNS}
    assert sorted(fields - set(FIELD_LABELS)) == []


def _column_widths(ws: object) -> dict[int, float]:
    """Column index (1-based) → width, with the min..max ranges openpyxl keeps under their first letter."""
    widths: dict[int, float] = {}
    for dim in ws.column_dimensions.values():  # type: ignore[attr-defined]
        for i in range(dim.min or 1, (dim.max or dim.min or 1) + 1):
            widths[i] = float(dim.width or 8.43)
    return widths


@pytest.mark.parametrize("name", LABELLED)
def test_every_header_word_fits_its_column_and_every_sheet_prints_to_fit(books: dict[str, Path], name: str) -> None:
    """No header is cut mid-word (the plan's Status Pendidikan once lost its width to the outline
    mark), and no sheet prints as unbounded strips: each is fitted to a set number of pages wide."""
    wb = load_workbook(books[name])
    for ws in wb.worksheets:
        if ws.sheet_state != "visible" or ws.max_row < 2:
            continue
        assert ws.sheet_properties.pageSetUpPr is not None and ws.sheet_properties.pageSetUpPr.fitToPage, ws.title
        widths = _column_widths(ws)
        header = next((i for i in range(1, 5) if sum(c.value is not None for c in ws[i]) >= 2), None)
        if header is None:
            continue
        for cell in ws[header]:
            hidden = ws.column_dimensions[cell.column_letter].hidden
            if isinstance(cell.value, str) and not hidden:
                longest = max(len(w) for w in cell.value.split())
                assert widths.get(cell.column, 8.43) >= longest + 1, (
                    name,
                    ws.title,
                    cell.value,
                    widths.get(cell.column),
                )


@pytest.mark.parametrize("name", LABELLED)
def test_rows_are_tall_enough_for_their_wrapped_text(books: dict[str, Path], name: str) -> None:
    """A wrapped cell never spills over the rows below it (the plan's Kebutuhan Diklat once did)."""
    from asn_mutasi.io.report_workbook import LINE_HEIGHT, lines_needed

    wb = load_workbook(books[name])
    for ws in wb.worksheets:
        if ws.sheet_state != "visible":
            continue
        widths = _column_widths(ws)
        for row in ws.iter_rows(min_row=2):
            for cell in row:
                if not isinstance(cell.value, str) or not cell.alignment.wrap_text:
                    continue
                needed = lines_needed(cell.value, _cell_width(ws, widths, cell))
                height = ws.row_dimensions[cell.row].height or LINE_HEIGHT
                assert height >= LINE_HEIGHT * needed - 1, (name, ws.title, cell.coordinate, cell.value, height)


def _cell_width(ws: Any, widths: dict[int, float], cell: Any) -> float:
    """A cell's width: its column's, or the columns' of the merged range it opens (a note across a table)."""
    for merged in ws.merged_cells.ranges:
        if merged.min_row == cell.row and merged.min_col == cell.column:
            return sum(widths.get(c, 8.43) for c in range(merged.min_col, merged.max_col + 1))
    return widths.get(cell.column, 8.43)


@pytest.mark.parametrize("name", LABELLED)
def test_no_unwrapped_text_is_longer_than_its_column(books: dict[str, Path], name: str) -> None:
    """Unwrapped text wider than its column runs over the next cell (or is cut by it): never. Wider by the shared
    line estimate (each glyph's width), as the writers decide what to wrap."""
    from asn_mutasi.io.report_workbook import lines_needed

    wb = load_workbook(books[name])
    for ws in wb.worksheets:
        if ws.sheet_state != "visible":
            continue
        widths = _column_widths(ws)
        for row in ws.iter_rows(min_row=2):
            for cell in row:
                if (
                    isinstance(cell.value, str)
                    and not cell.alignment.wrap_text
                    and not ws.column_dimensions[cell.column_letter].hidden
                    and ws[1][cell.column - 1].value not in ONE_LINE
                ):
                    width = widths.get(cell.column, 8.43)
                    assert lines_needed(cell.value, width) == 1, (name, ws.title, cell.coordinate, cell.value, width)
