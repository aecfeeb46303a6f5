"""Atomic writes, JSON/CSV records and the plain workbook writer."""

from __future__ import annotations

import datetime as dt
import io
import json
import math
import os
from pathlib import Path

import numpy as np
import openpyxl
import pandas as pd
import pytest

from asn_mutasi.errors import OutputError, UsageError
from asn_mutasi.io.writers import (
    atomic_write_bytes,
    atomic_writer,
    detect_output_format,
    render_records,
    sha256_file,
    write_records,
    write_simple_xlsx,
)


def leftovers(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.iterdir() if p.name.endswith(".tmp"))


def test_atomic_write_creates_and_refuses_to_overwrite(tmp_path: Path) -> None:
    target = tmp_path / "hasil.json"
    atomic_write_bytes(target, b"satu", overwrite=False)
    assert target.read_bytes() == b"satu"
    with pytest.raises(OutputError, match="--timpa") as info:
        atomic_write_bytes(target, b"dua", overwrite=False)
    assert info.value.exit_code == 5
    assert target.read_bytes() == b"satu"
    atomic_write_bytes(target, b"dua", overwrite=True)
    assert target.read_bytes() == b"dua"
    assert leftovers(tmp_path) == []


def test_failure_leaves_target_untouched_and_no_temp_file(tmp_path: Path) -> None:
    target = tmp_path / "rencana.csv"
    target.write_bytes(b"lama")
    with pytest.raises(RuntimeError), atomic_writer(target, overwrite=True) as fh:
        fh.write(b"setengah")
        raise RuntimeError("crash in the middle")
    assert target.read_bytes() == b"lama"
    assert leftovers(tmp_path) == []


def test_unwritable_destination(tmp_path: Path) -> None:
    with pytest.raises(OutputError, match="tidak ada"):
        atomic_write_bytes(tmp_path / "tidak" / "ada.json", b"x", overwrite=False)
    with pytest.raises(OutputError, match="folder"):
        atomic_write_bytes(tmp_path, b"x", overwrite=True)
    locked = tmp_path / "kunci"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        if os.access(locked, os.W_OK):  # running as root: permissions are not enforced
            pytest.skip("directory permissions not enforced for this user")
        with pytest.raises(OutputError):
            atomic_write_bytes(locked / "x.json", b"x", overwrite=False)
    finally:
        locked.chmod(0o700)


def test_new_file_gets_normal_permissions(tmp_path: Path) -> None:
    target = tmp_path / "a.json"
    atomic_write_bytes(target, b"{}", overwrite=False)
    umask = os.umask(0)
    os.umask(umask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~umask


def test_json_records() -> None:
    records = [
        {
            "nip": "199001012015031001",
            "skor": 87.5,
            "kosong": math.nan,
            "tanggal": dt.date(2024, 1, 5),
            "ts": pd.Timestamp("2024-02-03"),
            "nat": pd.NaT,
            "layak": np.bool_(True),
            "n": np.int64(3),
            "nama": "Peña",
            "alasan": ["a", "b"],
        }
    ]
    text = render_records(records, "json")
    assert "Peña" in text  # ensure_ascii=False
    assert json.loads(text) == [
        {
            "nip": "199001012015031001",
            "skor": 87.5,
            "kosong": None,
            "tanggal": "2024-01-05",
            "ts": "2024-02-03",
            "nat": None,
            "layak": True,
            "n": 3,
            "nama": "Peña",
            "alasan": ["a", "b"],
        }
    ]
    assert render_records([], "json") == "[]\n"


def test_csv_records() -> None:
    records = [
        {"nip": "199001012015031001", "layak": True, "skor": None, "tgl": dt.date(2024, 1, 5)},
        {"nip": "2", "layak": False},
    ]
    text = render_records(records, "csv")
    assert text.splitlines() == ["nip,layak,skor,tgl", "199001012015031001,true,,2024-01-05", "2,false,,"]
    assert render_records([], "csv", columns=["kode", "pesan"]) == "kode,pesan\n"
    assert render_records([], "csv") == ""
    with pytest.raises(UsageError):
        render_records(records, "xml")


def test_write_records_to_stream_and_path(tmp_path: Path) -> None:
    text_stream = io.StringIO()
    write_records([{"a": 1}], text_stream, "json")
    assert json.loads(text_stream.getvalue()) == [{"a": 1}]
    byte_stream = io.BytesIO()
    write_records([{"a": "é"}], byte_stream, "csv")
    assert byte_stream.getvalue().decode("utf-8") == "a\né\n"
    target = tmp_path / "out.csv"
    write_records([{"a": 1}], target, "csv")
    assert target.read_text(encoding="utf-8") == "a\n1\n"
    with pytest.raises(OutputError):
        write_records([{"a": 2}], target, "csv")


@pytest.mark.parametrize(
    ("path", "fmt", "expected"),
    [
        ("x.xlsx", None, "xlsx"),
        ("x.CSV", None, "csv"),
        ("x.json", None, "json"),
        (None, None, "json"),
        ("x.txt", "csv", "csv"),
    ],
)
def test_detect_output_format(path: str | None, fmt: str | None, expected: str) -> None:
    assert detect_output_format(path, fmt) == expected


def test_detect_output_format_rejects_unknown() -> None:
    with pytest.raises(UsageError):
        detect_output_format("hasil.pdf", None)
    with pytest.raises(UsageError):
        detect_output_format("hasil.json", "yaml")


def test_sha256_file(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_bytes(b"abc")
    assert sha256_file(p) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"


def test_simple_xlsx_is_safe_and_typed(tmp_path: Path) -> None:
    frame = pd.DataFrame(
        {
            "nip": ["199001012015031001", "199202022019032003"],
            "nama": ['=HYPERLINK("http://x")', "+62 812"],
            "catatan": ["-1+1", "@SUM(A1)"],
            "skor": [87.5, math.nan],
            "kode_jabatan": [101, 102],
            "tanggal": [pd.Timestamp("2024-01-05"), pd.NaT],
            "layak": [True, False],
        }
    )
    target = tmp_path / "laporan.xlsx"
    write_simple_xlsx(target, {"Data Pegawai": frame, "Kosong": pd.DataFrame({"kode": []})}, overwrite=False)
    wb = openpyxl.load_workbook(target)
    assert wb.sheetnames == ["Data Pegawai", "Kosong"]
    ws = wb["Data Pegawai"]
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == "A1:G3"
    assert [c.value for c in ws[1]] == ["nip", "nama", "catatan", "skor", "kode_jabatan", "tanggal", "layak"]
    row2 = ws[2]
    assert row2[0].value == "199001012015031001" and row2[0].data_type == "s"
    for cell in (row2[1], ws["B3"], row2[2], ws["C3"]):
        assert cell.data_type == "s", cell.value  # text, never a formula
    assert row2[1].value == '=HYPERLINK("http://x")'
    assert row2[3].value == 87.5 and ws["D3"].value is None
    assert row2[4].value == "101"  # ids as text
    assert row2[5].value == dt.datetime(2024, 1, 5) and row2[5].is_date
    assert row2[6].value is True
    assert ws.column_dimensions["A"].width >= 18
    with pytest.raises(OutputError):
        write_simple_xlsx(target, {"x": frame}, overwrite=False)


def test_an_output_path_under_a_file_says_the_file_is_no_folder(tmp_path: Path) -> None:
    """-o afile/x.csv said "Folder 'afile' tidak ada" while afile is there, a file."""
    from asn_mutasi.io.writers import check_output_path

    blocker = tmp_path / "pegawai.xlsx"
    blocker.write_bytes(b"x")
    with pytest.raises(OutputError, match="adalah berkas, bukan folder"):
        check_output_path(blocker / "hasil.csv", overwrite=False)
    with pytest.raises(OutputError, match="tidak ada"):
        check_output_path(tmp_path / "tidak-ada" / "hasil.csv", overwrite=False)


def test_a_read_only_folder_is_an_output_error_not_an_internal_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On a read-only mount the temp file is never made, and removing it raised EROFS from the cleanup, which
    replaced the write error: exit 70 "Kesalahan internal (OSError)" for exit 5 (hostile7, h27)."""
    import errno
    import tempfile

    def read_only(*_a: object, **_k: object) -> None:
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(tempfile, "mkstemp", read_only)
    monkeypatch.setattr(Path, "unlink", read_only)
    with pytest.raises(OutputError, match="hanya bisa dibaca"):
        atomic_write_bytes(tmp_path / "x.csv", b"x", overwrite=False)


@pytest.mark.parametrize("length", [214, 220, 240, 251])
def test_a_long_legal_name_is_written(tmp_path: Path, length: int) -> None:
    """Names of 215–255 bytes failed: the temp name beside them is 33 bytes longer than the name (hostile7, h27)."""
    target = tmp_path / ("é" * ((length - 4) // 2) + "x" * ((length - 4) % 2) + ".csv")
    assert len(os.fsencode(target.name)) == length
    atomic_write_bytes(target, b"isi", overwrite=False)
    assert target.read_bytes() == b"isi" and leftovers(tmp_path) == []


def test_a_file_name_that_is_not_utf8_is_shown_and_written_losslessly() -> None:
    from asn_mutasi.errors import shown_path

    assert shown_path(os.fsdecode(b"pegawai_\xe9.xlsx")) == "pegawai_\\xe9.xlsx"
    assert shown_path(Path("pegawai_é.xlsx")) == "pegawai_é.xlsx"


def test_a_symlink_as_output_name_is_not_replaced_without_overwrite(tmp_path: Path) -> None:
    """A looping or dangling symlink given as the output was replaced without --timpa (exists() says False; hostile7,
    h27)."""
    loop = tmp_path / "putaran.csv"
    loop.symlink_to(loop)
    dangling = tmp_path / "hilang.csv"
    dangling.symlink_to(tmp_path / "tidak-ada.csv")
    for link in (loop, dangling):
        with pytest.raises(OutputError, match="sudah ada"):
            atomic_write_bytes(link, b"x", overwrite=False)
        assert link.is_symlink()


def test_a_narrow_report_widens_its_wrapped_column_into_the_page_and_a_wide_one_does_not(tmp_path: Path) -> None:
    """The diklat workbook's 3-column Per Diklat sheet wrapped its names at 32 characters over two pages while most
    of the page stayed empty: wrapped columns widen into the room a narrow table leaves (walk9, h32)."""
    from asn_mutasi.io.report_workbook import NAME_WRAP, write_report_workbook

    names = [
        f"Orientasi tugas jabatan Penata Kelola Pemerintahan nomor {i} (keluar dari JF Pengawas)" for i in range(9)
    ]
    narrow = pd.DataFrame({"jenis_diklat": ["Keluar JF"] * 9, "nama_diklat": names, "pegawai": range(9)})
    wide = narrow.assign(**{f"kolom_{i}": ["nilai teks sedang panjang"] * 9 for i in range(6)})
    out = tmp_path / "laporan.xlsx"
    write_report_workbook(out, {"Sempit": narrow, "Lebar": wide})
    wb = openpyxl.load_workbook(out)
    sempit, lebar = wb["Sempit"], wb["Lebar"]
    assert sempit["B1"].value == "Nama Diklat"
    assert sempit.column_dimensions["B"].width >= max(map(len, names)) + 2  # on one line: no row grows
    assert all(sempit.row_dimensions[r].height in (None, 15) for r in range(2, 11))
    assert sum(d.width for d in sempit.column_dimensions.values()) <= 130  # still one A4 landscape page at 100%
    assert lebar.column_dimensions["B"].width < NAME_WRAP + 1  # a table that fills the page keeps wrapping
