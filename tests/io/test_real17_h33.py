"""A Kemnaker balai's peta jabatan export (tests/fixtures/real/peta_jabatan_asn_balai.xlsx; real17, h33)."""

from __future__ import annotations

from pathlib import Path

import pytest
import xlsxwriter

from asn_mutasi.errors import SchemaError
from asn_mutasi.findings import Severity
from asn_mutasi.io.header_aliases import lookup
from asn_mutasi.io.readers import read_table
from asn_mutasi.validation import prepare_positions

REAL = Path(__file__).resolve().parents[1] / "fixtures" / "real"
BALAI = REAL / "peta_jabatan_asn_balai.xlsx"


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Jabatan Sesuai Kepmen 202 Tahun 2024", "nama_jabatan"),
        ("Nama Jabatan Sesuai Dengan PermenPANRB 41 Tahun 2018", "nama_jabatan"),
        ("Kelas Jabatan Berdasarkan Perbup 12/2022", "kelas_jabatan"),
        ("Grade/Kelas Jabatan", "kelas_jabatan"),
    ],
)
def test_header_naming_its_rule_is_read_as_the_column(header: str, field: str) -> None:
    assert lookup("jabatan", header) == field


def test_balai_peta_jabatan_reads_posts_once_without_group_headings() -> None:
    raw = read_table(BALAI, "jabatan", unit_kerja="BBPVP Bekasi")
    got = {f: c.header for f, c in raw.columns.items()}
    assert got["nama_jabatan"] == "Jabatan Sesuai Kepmen 202 Tahun 2024"
    assert got["kelas_jabatan"] == "Grade/Kelas Jabatan"
    assert got["kebutuhan"] == "Jumlah ABK"
    assert got["bezetting"] == "Jumlah Existing"
    assert raw.skipped["judul_bagian"] == 3
    table = prepare_positions(raw)
    errors = [f.code for f in list(raw.findings) + table.findings if f.severity is Severity.ERROR]
    assert errors == []
    assert "jabatan-baris-judul-bagian" in {f.code for f in raw.findings}
    valid = table.valid
    assert len(valid) == 7
    assert int(valid["kebutuhan"].sum()) == 14  # each post's ABK once, not once per holder row
    assert "STRUKTURAL" not in set(table.frame["nama_jabatan"].dropna())
    assert valid.set_index("nama_jabatan")["kelas_jabatan"].to_dict()["Kepala Balai"] == 14


def test_balai_peta_jabatan_without_unit_is_refused_for_the_unit_alone() -> None:
    with pytest.raises(SchemaError) as caught:
        read_table(BALAI, "jabatan")
    message = str(caught.value)
    assert "lembar kerja 'Peta Jabatan ASN'" in message and "Unit Kerja" in message
    assert "Nama Jabatan" not in message and "tidak ada sheet berisi" not in message
    assert "--unit-kerja" in (caught.value.hint or "")


def test_jenis_heading_in_the_name_column_is_no_post(tmp_path: Path) -> None:
    path = tmp_path / "peta.xlsx"
    wb = xlsxwriter.Workbook(path)
    ws = wb.add_worksheet("Peta Jabatan")
    ws.write_row(0, 0, ["No", "Nama Jabatan", "Kelas Jabatan", "Jumlah ABK", "Jumlah Existing", "Keterangan"])
    ws.write_row(1, 0, ["", "STRUKTURAL", "", "", "", ""])
    ws.write_row(2, 0, [1, "Kepala Dinas", 14, 1, 1, "Sesuai"])
    ws.write_row(3, 0, ["", "JABATAN FUNGSIONAL", "", "", "", ""])
    ws.write_row(4, 0, [2, "Perencana Ahli Muda", 9, 2, 1, "Kurang 1"])
    ws.write_row(5, 0, ["", "Pelaksana", "", "", "", ""])
    ws.write_row(6, 0, [3, "Pengadministrasi Perkantoran", 5, 3, 3, "Sesuai"])
    wb.close()
    raw = read_table(path, "jabatan", unit_kerja="Dinas Kesehatan")
    table = prepare_positions(raw)
    assert raw.skipped["judul_bagian"] == 3
    assert list(table.valid["nama_jabatan"]) == ["Kepala Dinas", "Perencana Ahli Muda", "Pengadministrasi Perkantoran"]
    assert not [f for f in table.findings if f.code == "jabatan-tanpa-abk"]


def test_remark_column_is_never_offered_for_the_missing_unit() -> None:
    with pytest.raises(SchemaError) as caught:
        read_table(BALAI, "jabatan")
    assert "Keterangan" not in str(caught.value).split("kolom wajib tidak ditemukan", 1)[1]
