"""JF ladders and start golongan checked against their regulations (groups29, h38): a post naming a jenjang its JF
does not have is named in the roster and the position table; the catalogue's ladders are whole ranges only."""

from __future__ import annotations

import pytest

from asn_mutasi.domain.jabatan import (
    jenjang_outside_ladder,
    jf_kategori,
    jf_ladder,
    jf_lowest_jenjang,
    least_requirement,
    post_jenjang,
)
from asn_mutasi.domain.rumpun import classify_position, jf_table
from asn_mutasi.validation import prepare_positions, prepare_roster
from tests.test_validation import TODAY, person, position, raw_table


@pytest.mark.parametrize(
    ("nama", "jf"),
    [
        ("Bidan Ahli Utama", "bidan"),  # PermenPANRB 36/2019: Ahli Pertama-Ahli Madya
        ("Pamong Belajar Ahli Utama", "pamong belajar"),  # PermenPANRB 15/2010: Ahli Pertama-Ahli Madya
        ("Pengawas Sekolah Ahli Pertama", "pengawas sekolah"),  # PermenPANRB 21/2010: from Pengawas Sekolah Muda
        ("Asisten Apoteker Pemula", "asisten apoteker"),  # Terampil-Penyelia
    ],
)
def test_a_jenjang_outside_the_jfs_ladder_is_told(nama: str, jf: str) -> None:
    found = jenjang_outside_ladder(nama)
    assert found is not None and found[0] == jf


@pytest.mark.parametrize(
    "nama",
    [
        "Bidan Ahli Madya",  # the top itself
        "Pengawas Sekolah Muda",  # the bottom, old name
        "Pamong Belajar Madya",
        "Perawat Ahli Utama",  # Ahli Pertama-Ahli Utama
        "Penyuluh Pertanian Ahli Utama",  # ladder given only by SSCASN counts: unknown, not checked
        "Pengelola Pengadaan Barang/Jasa Ahli Utama",  # row still to check (periksa)
        "Guru Terampil",  # a kategori the row gives no range: not checked here
        "Pengadministrasi Perkantoran",
    ],
)
def test_a_jenjang_within_or_of_an_unknown_ladder_is_not_told(nama: str) -> None:
    assert jenjang_outside_ladder(nama) is None


def test_an_open_range_is_no_ladder() -> None:
    assert jf_ladder("pekerja sosial") == (("terampil", "mahir", "penyelia"),)  # "Ahli Pertama-" has no top
    assert jf_ladder("penyuluh pertanian") == ()


def test_the_roster_check_names_the_row_and_keeps_it() -> None:
    rows = [
        person(jabatan="Bidan Ahli Utama", golongan="IV/d"),
        person(nip="199001152019032002", jabatan="Bidan Ahli Madya", golongan="IV/a", jenis_kelamin="P"),
    ]
    prepared = prepare_roster(raw_table("pegawai", rows), today=TODAY)
    hits = [f for f in prepared.findings if f.code == "jenjang-jf-tidak-ada"]
    assert [(f.location.row, f.location.header) for f in hits] == [(5, "JABATAN")]
    assert (
        "Ahli Utama" in hits[0].message and "Bidan" in hits[0].message and "Ahli Pertama–Ahli Madya" in hits[0].message
    )
    assert (prepared.frame["_status"] == "valid").all()


def test_the_position_table_check_names_the_post() -> None:
    rows = [
        position(nama_jabatan="Pamong Belajar Ahli Utama", unit_kerja="SKB Kota"),
        position(kode_jabatan="X-2", nama_jabatan="Pamong Belajar Ahli Madya", unit_kerja="SKB Kota"),
    ]
    prepared = prepare_positions(raw_table("jabatan", rows))
    hits = [f for f in prepared.findings if f.code == "jenjang-jf-tidak-ada"]
    assert [f.location.row for f in hits] == [5]
    assert "Pamong Belajar" in hits[0].message


@pytest.mark.parametrize(
    ("nama", "jf", "kategori", "lowest"),
    [
        # PermenPANRB 15/2018; Permentan 26/2021: Ahli Pertama III/a-III/b to Ahli Utama (140 SSCASN 2024 formations)
        ("ANALIS PERKARANTINAAN TUMBUHAN AHLI PERTAMA", "analis perkarantinaan tumbuhan", "keahlian", "ahli pertama"),
        # PermenPANRB 16/2018: kategori keterampilan, Pemula (II/a) to Penyelia
        ("Pemeriksa Karantina Tumbuhan", "pemeriksa karantina tumbuhan", "keterampilan", "pemula"),
    ],
)
def test_the_plant_quarantine_jfs_are_read(nama: str, jf: str, kategori: str, lowest: str) -> None:
    assert classify_position(nama).jf == jf
    assert jf_kategori(jf) == kategori
    assert jf_lowest_jenjang(jf) == lowest
    assert "Permentan 26/2021" in jf_table()[jf].dasar
    assert [len(rung) for rung in jf_ladder(jf)] == [4]  # the whole ladder of its kategori


@pytest.mark.parametrize(
    ("nama", "least"),
    [
        # PermenPANRB 17/2018, Permentan 26/2021: Dokter Hewan Karantina Ahli Pertama is Penata Muda Tingkat I, III/b
        ("Dokter Hewan Karantina Ahli Pertama", ("S-1", "III/b")),
        ("Dokter Hewan Karantina", ("S-1", "III/b")),  # a bare post asks its lowest jenjang
        ("Dokter Hewan Karantina Ahli Muda", ("S-1", "III/c")),  # the general range above the start
        ("Analis Perkarantinaan Tumbuhan Ahli Pertama", ("S-1", "III/a")),  # Permentan 26/2021: III/a-III/b
    ],
)
def test_an_ahli_pertama_post_asks_its_jfs_start_golongan(nama: str, least: tuple[str, str]) -> None:
    assert least_requirement("Fungsional", nama) == least
    assert least_requirement(None, nama) == least


def test_a_table_without_requirements_asks_the_start_golongan() -> None:
    rows = [position(nama_jabatan="Dokter Hewan Karantina Ahli Pertama", syarat_pendidikan=None, syarat_jurusan=None)]
    prepared = prepare_positions(raw_table("jabatan", rows))
    assert prepared.frame["syarat_golongan"].tolist() == ["III/b"]


@pytest.mark.parametrize(
    ("nama", "jenjang"),
    [
        # PermenPAN-RB 17/2013: Asisten Ahli III/a-III/b, Lektor III/c-III/d, Lektor Kepala IV/a-IV/c, Profesor IV/d-IV/e
        ("DOSEN ASISTEN AHLI", "ahli pertama"),  # 381 SSCASN 2024 formations
        ("Dosen Lektor", "ahli muda"),
        ("Dosen Lektor Kepala", "ahli madya"),
        ("Lektor Kepala", "ahli madya"),
        ("Guru Besar", "ahli utama"),
    ],
)
def test_a_dosen_post_is_read_with_its_jenjang(nama: str, jenjang: str) -> None:
    assert post_jenjang("Fungsional", nama) == jenjang
    if nama.lower().startswith("dosen"):
        assert classify_position(nama).jf == "dosen"
        assert jf_kategori("dosen") == "keahlian"


def test_a_dosen_post_asks_its_jenjangs_golongan() -> None:
    assert least_requirement(None, "Dosen Lektor") == ("S-1", "III/c")  # it asked Ahli Pertama's III/a
