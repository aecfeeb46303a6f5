"""`periksa` lists every roster row linked to no position, with the closest post (polish2, h34)."""

from __future__ import annotations

from pathlib import Path

from cli_helpers import EXIT_OK, expect, run, stdout_json
from openpyxl import load_workbook


def _files(tmp_path: Path) -> tuple[Path, Path]:
    roster, table = tmp_path / "pegawai.csv", tmp_path / "jabatan.csv"
    roster.write_text(
        "NIP,NAMA,JABATAN,UNIT KERJA\n"
        "198001012005011099,Ani,Analis Kepegawaian,BKD\n"
        "198001012005011001,Budi,Pranata Komputr,Dinas Kominfo\n"
        "198001012005011002,Cici,Pranata Komputr,Dinas Kominfo\n"
        "bukan-nip,Dedi,Pranata Komputr,Dinas Kominfo\n"
    )
    table.write_text(
        "KODE JABATAN,NAMA JABATAN,UNIT KERJA,KEBUTUHAN\n"
        "J1,Analis Kepegawaian,BKD,3\n"
        "J2,Pranata Komputer Ahli Pertama,Dinas Kominfo,2\n"
        "J3,Arsiparis,Dinas Kominfo,1\n"
    )
    return roster, table


def test_json_lists_each_unlinked_valid_row_with_the_closest_post(tmp_path: Path) -> None:
    roster, table = _files(tmp_path)
    out = stdout_json(expect(run("periksa", roster, table, "-f", "json", "--gagal-jika", "tidak-pernah"), EXIT_OK))
    rows = out["pegawai_tidak_tertaut"]
    # the excluded row (its NIP unreadable) is listed with its reason under baris_dikecualikan, not here
    assert [(r["baris"], r["nip"], r["nama"]) for r in rows] == [
        (3, "198001012005011001", "Budi"),
        (4, "198001012005011002", "Cici"),
    ]
    assert {(r["jabatan"], r["unit_kerja"], r["jabatan_terdekat"]) for r in rows} == {
        ("Pranata Komputr", "Dinas Kominfo", "Pranata Komputer Ahli Pertama")
    }


def test_table_and_workbook_show_the_list(tmp_path: Path) -> None:
    roster, table = _files(tmp_path)
    report = tmp_path / "laporan.xlsx"
    res = expect(run("periksa", roster, table, "-f", "tabel", "-o", report, "--gagal-jika", "tidak-pernah"), EXIT_OK)
    assert "Pegawai tidak tertaut ke peta jabatan" in res.stdout and "Cici" in res.stdout
    ws = load_workbook(report)["Pegawai Tidak Tertaut"]
    assert [c.value for c in ws[1]] == [
        "Baris Excel",
        "NIP",
        "Nama",
        "Jabatan",
        "Unit Kerja",
        "Jabatan Terdekat di Peta Jabatan",
    ]
    assert ws.freeze_panes is not None and ws.auto_filter.ref
    nip = ws.cell(2, 2)
    assert nip.value == "198001012005011001" and nip.data_type == "s"  # a NIP is text, never 1.98E+17
    assert ws.cell(3, 6).value == "Pranata Komputer Ahli Pertama"
