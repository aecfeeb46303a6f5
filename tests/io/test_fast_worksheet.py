"""The block writers and FastWorksheet write exactly the file xlsxwriter's own per-cell path writes.

The plan workbook and report tables are written twice, once through :class:`FastWorksheet`
(the default) and once through xlsxwriter's plain ``Worksheet`` (where every block writer falls
back to ``write_string``/``write_number`` cell by cell, row by row, as before): every part of
the two files is the same byte for byte, apart from the creation time in docProps/core.xml.
This also catches an xlsxwriter release that changes the XML FastWorksheet reproduces.
"""

from __future__ import annotations

import datetime as dt
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pytest
import xlsxwriter
from xlsxwriter.worksheet import Worksheet

from asn_mutasi.config import Settings
from asn_mutasi.errors import OutputError
from asn_mutasi.io import plan_workbook, report_workbook
from asn_mutasi.io.report_workbook import (
    FastWorkbook,
    FastWorksheet,
    Formats,
    new_workbook,
    put_cells,
    put_strings,
    write_table,
)
from asn_mutasi.io.writers import xlsx_options
from asn_mutasi.planning import Plan, make_plan
from asn_mutasi.planning.training import TRAINING_FIELDS
from tests.planning.factory import AS_OF, NO_RETIREMENTS, candidates, nip, positions, roster


def parts(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as z:
        return {n: z.read(n) for n in z.namelist() if n != "docProps/core.xml"}


def plain_workbook(path: Path, *, constant_memory: bool = False) -> Any:
    """xlsxwriter's own Workbook and Worksheet (the per-cell path, xlsxwriter's shared strings and charts)."""
    wb = xlsxwriter.Workbook(str(path), xlsx_options(path, constant_memory=constant_memory))
    assert type(wb) is xlsxwriter.Workbook and wb.worksheet_class is Worksheet
    return wb


@pytest.fixture
def fixed_time(monkeypatch: pytest.MonkeyPatch) -> None:
    real = report_workbook.parameter_rows

    def rows(parameters: Any, files: Any) -> list[tuple[str, str]]:
        return [(k, "01-01-2026 00:00" if k == "waktu_pembuatan" else v) for k, v in real(parameters, files)]

    monkeypatch.setattr(report_workbook, "parameter_rows", rows)


def plan() -> Plan:
    pos = positions(
        [
            ("A", "Perawat Terampil pada Unit Pelaksana Teknis Daerah", "UPT X", 2),
            ("B", "Perawat", "Rumah Sakit Umum Daerah Kabupaten Sukamaju", 1),
            ("C", "=Bidan", "RSUD", 1),
        ]
    )
    ro = roster([(nip(1), "B"), (nip(2), "B"), (nip(3), "B"), (nip(4), "C")])
    ro.loc[0, "nama"] = '=HYPERLINK("http://x")'
    ca = candidates([(nip(1), "A", 80.5, True), (nip(2), "A", 60, True), (nip(3), "C", 70, True)])
    ca.loc[0, "alasan"] = "-pendidikan sesuai " + "sangat panjang " * 12
    return make_plan(ro, pos, ca, Settings(), as_of=AS_OF, retirements=NO_RETIREMENTS)


def training() -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    lines = pd.DataFrame(
        [
            [
                "M-0001",
                nip(1),
                "Nama",
                "Dinas Kesehatan",
                "Unit Kerja Tujuan yang Namanya Panjang Sekali " * 2,
                "Perawat",
                "teknis",
                "X",
                "d",
            ],
            ["M-0002", nip(2), None, "RSUD", "RSUD", "Perawat", "kepemimpinan", "Y", np.nan],
        ],
        columns=list(TRAINING_FIELDS),
    )
    per_opd = pd.DataFrame(
        {
            "perangkat_daerah_tujuan": ["RSUD", "UPT"],
            "pegawai": [2, 1],
            "pegawai_perlu_diklat": [1, 0],
            "kebutuhan": [1.0, 0],
        }
    )
    per_training = pd.DataFrame({"jenis_diklat": ["teknis", True], "nama_diklat": ["X", "Y"], "pegawai": [1, 1]})
    return lines, per_opd, per_training


def test_plan_workbook_is_the_same_file_as_per_cell_writes(
    tmp_path: Path, fixed_time: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    p = plan()
    assert len(p.moves) >= 2

    def write(path: Path) -> None:
        plan_workbook.write_plan_workbook(
            p,
            path,
            parameters={"id_putaran": "P-1", "rencana": {"skor_minimum": 40.0}},
            input_files=[("pegawai.xlsx", "a" * 64)],
            findings=[],
            training=training(),
        )

    # one file name for both: the Ringkasan's next step names the workbook itself (walk10, h33)
    (tmp_path / "fast").mkdir()
    (tmp_path / "plain").mkdir()
    write(tmp_path / "fast" / "rencana.xlsx")
    monkeypatch.setattr(plan_workbook, "new_workbook", plain_workbook)
    write(tmp_path / "plain" / "rencana.xlsx")
    fast, plain = parts(tmp_path / "fast" / "rencana.xlsx"), parts(tmp_path / "plain" / "rencana.xlsx")
    assert fast.keys() == plain.keys()
    assert [n for n in fast if fast[n] != plain[n]] == []


def every_kind(n: int) -> pd.DataFrame:
    """Columns of every kind write_table meets, with gaps, over ``n`` rows (more than one span block)."""
    rng = np.random.default_rng(7)
    words = ["Analis", "Kepegawaian", "Ahli", "Muda", "pada", "Badan", "Kepegawaian", "Daerah", "=SUM(A1)", "@x"]
    text = [" ".join(rng.choice(words, size=rng.integers(1, 12))) for _ in range(n)]
    return pd.DataFrame(
        {
            "no": np.arange(1, n + 1),
            "nip": [nip(i) if i % 5 else None for i in range(n)],
            "kode_jabatan": [float(i) if i % 3 else f"K-{i}" for i in range(n)],
            "nama_jabatan": text,
            "alasan": [t + "\nbaris kedua" if i % 4 == 0 else t for i, t in enumerate(text)],
            "skor": rng.normal(60, 10, n).round(3),
            "kebutuhan": rng.integers(0, 5, n),
            "selisih": [float(i % 3) if i % 7 else np.nan for i in range(n)],
            "besar": [10**12 + i if i % 2 else i for i in range(n)],
            "layak": [bool(i % 2) for i in range(n)],
            "status_solver": ["optimal" if i % 2 else "batas-waktu" for i in range(n)],
            "tanggal": [dt.date(2026, 1, 1 + i % 28) if i % 6 else None for i in range(n)],
            "waktu": pd.to_datetime(["2026-02-03 10:30"] * n),
            "campur": [1 if i % 2 else "satu" for i in range(n)],
            "kosong": [None] * n,
        }
    )


@pytest.mark.parametrize("labelled", [True, False])
def test_write_table_is_the_same_file_as_per_cell_writes(tmp_path: Path, labelled: bool) -> None:
    frame = every_kind(40)
    pure = frame.drop(columns=["tanggal", "waktu", "campur", "layak"])  # only block-written columns

    def write(make: Callable[..., Any], path: Path) -> None:
        wb = make(path)
        fmts = Formats(wb)
        for name, table in (("semua", frame), ("blok", pure)):
            ws = wb.add_worksheet(name)
            write_table(ws, fmts, table, start_row=2, labelled=labelled, wrap={"nama_jabatan": 20})
        report_workbook.close_workbook(wb, path)

    write(new_workbook, tmp_path / "fast.xlsx")
    write(plain_workbook, tmp_path / "plain.xlsx")
    fast, plain = parts(tmp_path / "fast.xlsx"), parts(tmp_path / "plain.xlsx")
    assert [n for n in fast if fast[n] != plain[n]] == []


def test_block_writers_on_sparse_blocks_and_in_constant_memory(tmp_path: Path) -> None:
    texts = [["a", None, "c", None], [None, None, None, None], [None, "b", "a", "=x"]]
    numbers = [[None, 2.5, None, 1e20], [1, None, 3, None], [None, None, None, None]]

    def write(make: Callable[..., Any], path: Path, **kw: Any) -> None:
        wb = make(path, **kw)
        ws = wb.add_worksheet("x")
        ws.set_row(40, 30)
        put_strings(ws, [5], [9], [["wide"]], [None])  # the first block of 16 rows spans more columns
        put_strings(ws, range(20, 24), [1, 3], [["p", None, "q", "r"], [None, "s", None, None]], [None, None])
        put_cells(ws, range(30, 34), texts, numbers)
        report_workbook.close_workbook(wb, path)

    write(new_workbook, tmp_path / "fast.xlsx")
    write(plain_workbook, tmp_path / "plain.xlsx")
    assert parts(tmp_path / "fast.xlsx") == parts(tmp_path / "plain.xlsx")
    write(new_workbook, tmp_path / "fast_cm.xlsx", constant_memory=True)
    write(plain_workbook, tmp_path / "plain_cm.xlsx", constant_memory=True)
    assert parts(tmp_path / "fast_cm.xlsx") == parts(tmp_path / "plain_cm.xlsx")


#: shared strings and chart labels that need xlsxwriter's escaping, and plain ones around them
TRICKY = [
    "Dinas Kesehatan",
    " spasi depan",
    "spasi belakang ",
    "Dinas P & K <Baru>",
    'Kepala Seksi "Umum"',
    "Sekretariat DPRD_x0041_",
    "_x000D_",
    "Baris\nkedua",
    "tab\tdi tengah",
    "kontrol \x01",
    "Aceh Besar – Lhoknga",
    "Nanggroe é ü",
    "",
    "=SUM(A1)",
    "@x",
    "-1",
    "Rp 1.000,50",
]


def test_shared_strings_and_chart_points_are_xlsxwriters(tmp_path: Path) -> None:
    """Plain text is written directly, anything else (escapes, whitespace, non-ASCII) by xlsxwriter."""

    def write(make: Callable[..., Any], path: Path) -> None:
        wb = make(path)
        ws = wb.add_worksheet("data")
        n = len(TRICKY)
        put_strings(ws, range(1, n + 1), [0], [TRICKY], [None])
        for r in range(1, n + 1):
            ws.write_number(r, 1, r * 1.5 - 7, None)
            ws.write_number(r, 2, r, None)
        for kind in ("bar", "column", "line"):
            chart = wb.add_chart({"type": kind})
            for c in (1, 2):
                chart.add_series(
                    {"name": ["data", 0, c], "categories": ["data", 1, 0, n, 0], "values": ["data", 1, c, n, c]}
                )
            ws.insert_chart(1, 4, chart)
        report_workbook.close_workbook(wb, path)

    write(new_workbook, tmp_path / "fast.xlsx")
    write(plain_workbook, tmp_path / "plain.xlsx")
    fast, plain = parts(tmp_path / "fast.xlsx"), parts(tmp_path / "plain.xlsx")
    assert fast.keys() == plain.keys() and "xl/charts/chart3.xml" in fast
    assert [n for n in fast if fast[n] != plain[n]] == []


def test_new_workbook_sheets_are_fast_worksheets(tmp_path: Path) -> None:
    wb = new_workbook(tmp_path / "x.xlsx")
    assert isinstance(wb, FastWorkbook)
    assert isinstance(wb.add_worksheet("a"), FastWorksheet)
    report_workbook.close_workbook(wb, tmp_path / "x.xlsx")


def test_an_xlsxwriter_without_the_expected_internals_gets_plain_worksheets(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert report_workbook.FAST_WORKSHEETS  # the installed xlsxwriter is the one FastWorksheet follows
    monkeypatch.setattr(report_workbook, "CellStringTuple", None)
    assert not report_workbook._fast_worksheet_fits()
    monkeypatch.setattr(report_workbook, "FAST_WORKSHEETS", False)
    wb = new_workbook(tmp_path / "x.xlsx")
    ws = wb.add_worksheet("a")
    assert type(ws) is Worksheet
    write_table(ws, Formats(wb), every_kind(5))
    report_workbook.close_workbook(wb, tmp_path / "x.xlsx")
    assert zipfile.ZipFile(tmp_path / "x.xlsx").testzip() is None


def _deflated_size(data: bytes, level: int) -> int:
    packer = zlib.compressobj(level, zlib.DEFLATED, -15)
    return len(packer.compress(data) + packer.flush())


def test_workbook_parts_are_deflated_at_zip_level_and_zipfile_is_put_back(tmp_path: Path) -> None:
    path = tmp_path / "x.xlsx"
    wb = new_workbook(path)
    write_table(wb.add_worksheet("a"), Formats(wb), every_kind(300))
    report_workbook.close_workbook(wb, path)
    assert xlsxwriter.workbook.ZipFile is zipfile.ZipFile
    with zipfile.ZipFile(path) as z:
        assert z.testzip() is None
        info = z.getinfo("xl/worksheets/sheet1.xml")
        data = z.read(info)
    assert info.compress_type == zipfile.ZIP_DEFLATED
    assert info.compress_size == _deflated_size(data, report_workbook.ZIP_LEVEL)
    assert report_workbook.ZIP_LEVEL != zlib.Z_DEFAULT_COMPRESSION and info.compress_size != _deflated_size(data, 6)


def test_zipfile_is_put_back_when_the_zip_step_fails(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(self: Any) -> Any:
        raise OSError("disk penuh")

    monkeypatch.setattr(report_workbook.FastPackager, "_create_package", broken)
    path = tmp_path / "x.xlsx"
    wb = new_workbook(path)
    wb.add_worksheet("a").write_string(0, 0, "x")
    with pytest.raises(OutputError):
        report_workbook.close_workbook(wb, path)
    assert xlsxwriter.workbook.ZipFile is zipfile.ZipFile


def test_move_texts_in_bulk_are_text_of_each_value() -> None:
    values = [1.0, 2.5, float("nan"), float("inf"), -0.0, 1e20, 3, "x", "", None, pd.NA, pd.NaT, np.float64(4.0), 1e-7]
    assert plan_workbook._texts(values) == [plan_workbook._text(v) for v in values]


def test_shared_strings_found_in_one_search_are_xlsxwriters() -> None:
    """Random strings of the characters that matter (edges, separators, escapes) against xlsxwriter's writer."""
    import io
    import random

    from xlsxwriter.sharedstrings import SharedStrings, SharedStringTable

    rng = random.Random(5)
    alphabet = ["a", "Z", " ", "  ", "|", "_", "x", "_x000D_", "&", "<", ">", '"', "é", "\n", "\t"]
    for _ in range(400):
        strings = list(
            dict.fromkeys("".join(rng.choices(alphabet, k=rng.randrange(6))) for _ in range(rng.randrange(12)))
        )
        written = []
        for kind in (report_workbook.FastSharedStrings, SharedStrings):
            table = SharedStringTable()
            for s in strings:
                table._get_shared_string_index(s)
            table._sort_string_data()
            sst = kind()
            sst.string_table = table
            sst.fh = io.StringIO()
            sst._write_sst_strings()
            written.append(sst.fh.getvalue())
        assert written[0] == written[1], strings


def test_kept_blocks_read_and_overwritten_like_cells(tmp_path: Path) -> None:
    """Blocks kept as columns behave as cells written one by one: later writes win, rows with a
    format, charts, hyperlinks, merged cells and autofit read them, gaps and sparse rows mix in."""

    def numbers(ws: Any, rows: range, col: int, values: list[float], fmt: Any = None) -> None:
        if isinstance(ws, FastWorksheet):
            ws.put_numbers(list(rows), col, values, [fmt] * len(values))
        else:
            for r, v in zip(rows, values, strict=True):
                ws.write_number(r, col, v, fmt)

    kept: list[int] = []

    def write(make: Callable[..., Any], path: Path) -> None:
        wb = make(path)
        bold = wb.add_format({"bold": True})
        ws = wb.add_worksheet("data")
        a, b, c = range(1, 41), range(60, 80), range(100, 140)
        ws.write_string(0, 0, "Unit")
        put_strings(ws, a, [0, 2], [[f"Unit {i % 7}" for i in a], [f"k{i}" for i in a]], [None, bold])
        numbers(ws, a, 1, [i * 1.5 for i in a])
        put_strings(ws, a, [3], [[f"t{i}" for i in a]], [[bold if i % 3 else None for i in a]])
        ws.write_string(5, 2, "ditimpa")  # a write into a kept row
        ws.set_row(7, 30, bold)  # a row format styles the row's unformatted cells
        ws.write_url(9, 3, "https://example.org", string="tautan")
        ws.merge_range(11, 4, 12, 5, "gabung")
        put_strings(ws, b, [0, 1], [[f"b{i}" for i in b], [f"c{i}" for i in b]], [None, None])
        put_cells(ws, b, [[None] * len(b)], [[i * 2.0 for i in b]])  # column 0 again: later wins
        put_strings(ws, b, [1], [["z"] * len(b)], [bold])  # column 1 again, all rows: later wins
        put_strings(ws, c, [0], [[f"Unit {i}" for i in c]], [None])
        numbers(ws, c, 1, [float(i % 9) - 4 for i in c], bold)
        put_strings(ws, range(150, 154), [1], [["a", None, "c", "d"]], [None])  # a gap: cells one by one
        for values, categories in (((1, 1), (2, 2)), ((0, 0), (3, 3)), ((1, 1), (0, 0))):
            chart = wb.add_chart({"type": "bar"})
            for rows in (a, c):
                chart.add_series(
                    {
                        "categories": ["data", rows[0], categories[0], rows[-1], categories[1]],
                        "values": ["data", rows[0], values[0], rows[-1], values[1]],
                    }
                )
            ws.insert_chart(1, 8, chart)
        fit = wb.add_worksheet("autofit")
        put_strings(fit, range(0, 5), [0, 1], [["panjang sekali"] * 5, ["x"] * 5], [None, None])
        fit.autofit()
        if isinstance(ws, FastWorksheet):
            kept.append(len(ws.table.lazy))
        report_workbook.close_workbook(wb, path)

    write(new_workbook, tmp_path / "fast.xlsx")
    write(plain_workbook, tmp_path / "plain.xlsx")
    assert kept and kept[0] >= 40  # block c (and most of a) still kept as columns when the workbook closes
    fast, plain = parts(tmp_path / "fast.xlsx"), parts(tmp_path / "plain.xlsx")
    assert fast.keys() == plain.keys()
    assert [n for n in fast if fast[n] != plain[n]] == []


def test_zip_members_are_the_ones_xlsxwriter_stores(tmp_path: Path) -> None:
    """Parts zipped from memory by the second thread: same order, names, time stamps and modes."""

    def write(make: Callable[..., Any], path: Path) -> list[tuple[Any, ...]]:
        wb = make(path)
        write_table(wb.add_worksheet("a"), Formats(wb), every_kind(60))
        write_table(wb.add_worksheet("b"), Formats(wb), every_kind(5))
        report_workbook.close_workbook(wb, path)
        with zipfile.ZipFile(path) as z:
            assert z.testzip() is None
            return [(i.filename, i.date_time, i.external_attr, i.compress_type, i.file_size) for i in z.infolist()]

    fast = write(new_workbook, tmp_path / "fast.xlsx")
    plain = write(plain_workbook, tmp_path / "plain.xlsx")
    core = [i for i, m in enumerate(plain) if m[0] == "docProps/core.xml"]
    assert [m for i, m in enumerate(fast) if i not in core] == [m for i, m in enumerate(plain) if i not in core]
    assert [m[:4] for m in fast] == [m[:4] for m in plain]


def test_a_failing_zip_thread_fails_the_write_and_ends(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import threading

    def broken(self: Any, *args: Any, **kwargs: Any) -> None:
        import errno

        raise OSError(errno.ENOSPC, "No space left on device")  # said in Indonesian, never the English strerror

    monkeypatch.setattr(zipfile.ZipFile, "writestr", broken)
    path = tmp_path / "x.xlsx"
    wb = new_workbook(path)
    write_table(wb.add_worksheet("a"), Formats(wb), every_kind(20))
    with pytest.raises(OutputError, match="disk penuh"):
        report_workbook.close_workbook(wb, path)
    assert xlsxwriter.workbook.ZipFile is zipfile.ZipFile
    assert not [t for t in threading.enumerate() if t.name == "asn-mutasi-zip"]
