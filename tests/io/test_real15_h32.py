"""An appraisal form given as the roster (real15, h32): an e-Kinerja "DATA SASARAN KERJA PEGAWAI" form (layout of
Yulistama/Penilaian_Karyawan application/views/pages/atasan/data_skp/pdf/index.php) repeats its column header for
the appraiser ("Nama Penilai") and the second appraiser ("Nama Pejabat Penilai"), who were counted as staff."""

from __future__ import annotations

from pathlib import Path

import pytest

from asn_mutasi.io.readers import read_table
from asn_mutasi.validation import prepare_roster

HEADER = "{no},{nama},NIP,Pangkat/Gol.Ruang,Jabatan,Unit Kerja"

SKP_FORM = "\n".join(
    [
        "DATA SASARAN KERJA PEGAWAI,,,,,",
        HEADER.format(no="No", nama="Nama"),
        "1,Andi Pratama,198502032010011001,Penata (III/c),Pranata Komputer Ahli Pertama,Bidang Aplikasi",
        HEADER.format(no="", nama="Nama Penilai"),  # (its No cell blank, as the form writes it)
        "2,Dewi Kartika,197804122005012002,Pembina (IV/a),Kepala Bidang Aplikasi,Bidang Aplikasi",
        HEADER.format(no="", nama="Nama Pejabat Penilai"),
        "3,Rudi Setiawan,197001052000031001,Pembina Utama Muda (IV/c),Kepala Dinas,Dinas Kominfo",
        "",
    ]
)


def test_the_appraisers_of_an_appraisal_form_are_no_staff(tmp_path: Path) -> None:
    """The rows under "Nama Penilai" and "Nama Pejabat Penilai" are left out, each accounted for, and the layout is
    named once with its titles; the appraised person is read."""
    path = tmp_path / "skp.csv"
    path.write_text(SKP_FORM, encoding="utf-8")
    raw = read_table(path, "pegawai")
    assert raw.frame["nama"].tolist() == ["Andi Pratama"]
    assert raw.skipped["penilai"] == 2 and raw.skipped["judul_berulang"] == 2
    said = [f for f in raw.findings if f.code == "pegawai-berisi-penilai"]
    assert len(said) == 1 and said[0].severity == "peringatan"
    assert said[0].location.row == 5
    assert "'Nama Penilai' dan 'Nama Pejabat Penilai'" in said[0].message and "(baris 5, 7)" in said[0].message
    table = prepare_roster(raw)
    assert table.counts()["baris"] == 1


@pytest.mark.parametrize("column", ["Jabatan Atasan", "Nama Pejabat Penilai"])
def test_a_roster_with_a_supervisor_column_and_repeated_headers_keeps_its_staff(tmp_path: Path, column: str) -> None:
    """A normal roster printed per page, its own column JABATAN ATASAN (or an appraisal export's NAMA PEJABAT
    PENILAI) repeated with the header: every person read, no appraisal form named."""
    header = f"No,Nama,NIP,Jabatan,Unit Kerja,{column}"
    rows = [
        header,
        "1,Andi Pratama,198502032010011001,Pranata Komputer,Bidang Aplikasi,Kepala Bidang Aplikasi",
        "2,Sri Lestari,198703152011012003,Pengelola Data,Bidang Aplikasi,Kepala Bidang Aplikasi",
        header,
        "3,Budi Santoso,199001012015031004,Pengadministrasi,Sekretariat,Sekretaris",
        "4,Rina Wati,199202022019032005,Analis Data,Sekretariat,Sekretaris",
        "",
    ]
    path = tmp_path / "pegawai.csv"
    path.write_text("\n".join(rows), encoding="utf-8")
    raw = read_table(path, "pegawai")
    assert raw.frame["nama"].tolist() == ["Andi Pratama", "Sri Lestari", "Budi Santoso", "Rina Wati"]
    assert "penilai" not in raw.skipped
    assert not [f for f in raw.findings if f.code == "pegawai-berisi-penilai"]


def test_the_appraisers_under_role_headings_are_no_staff(tmp_path: Path) -> None:
    """The same form with one header and section headings naming each role ("PEJABAT PENILAI"): the appraisers
    under them are left out and named; the appraised person is read."""
    rows = [
        HEADER.format(no="No", nama="Nama"),
        "PEGAWAI YANG DINILAI,,,,,",
        "1,Andi Pratama,198502032010011001,Penata (III/c),Pranata Komputer Ahli Pertama,Bidang Aplikasi",
        "PEJABAT PENILAI,,,,,",
        "2,Dewi Kartika,197804122005012002,Pembina (IV/a),Kepala Bidang Aplikasi,Bidang Aplikasi",
        "ATASAN PEJABAT PENILAI,,,,,",
        "3,Rudi Setiawan,197001052000031001,Pembina Utama Muda (IV/c),Kepala Dinas,Dinas Kominfo",
        "",
    ]
    path = tmp_path / "skp.csv"
    path.write_text("\n".join(rows), encoding="utf-8")
    raw = read_table(path, "pegawai")
    assert raw.frame["nama"].tolist() == ["Andi Pratama"]
    assert raw.skipped["penilai_bagian"] == 2 and raw.skipped["judul_bagian"] == 3
    said = [f for f in raw.findings if f.code == "pegawai-berisi-penilai"]
    assert len(said) == 1 and "'PEJABAT PENILAI' dan 'ATASAN PEJABAT PENILAI' (baris 5, 7)" in said[0].message


def test_a_roster_grouped_by_a_unit_named_for_appraisers_keeps_its_staff(tmp_path: Path) -> None:
    """A DUK grouped by unit, one unit the "Sekretariat Tim Penilai Angka Kredit": a unit's name, not a role."""
    rows = [
        "No,Nama,NIP,Jabatan,Unit Kerja",
        "SEKRETARIAT,,,,",
        "1,Andi Pratama,198502032010011001,Pranata Komputer,Sekretariat",
        "SEKRETARIAT TIM PENILAI ANGKA KREDIT,,,,",
        "2,Sri Lestari,198703152011012003,Pengelola Data,Sekretariat Tim Penilai",
        "",
    ]
    path = tmp_path / "duk.csv"
    path.write_text("\n".join(rows), encoding="utf-8")
    raw = read_table(path, "pegawai")
    assert raw.frame["nama"].tolist() == ["Andi Pratama", "Sri Lestari"]
    assert not [f for f in raw.findings if f.code == "pegawai-berisi-penilai"]
