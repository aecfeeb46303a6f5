"""Real PPPK and SIASN export layouts of round 21 (real21, h34): the people are invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from asn_mutasi.errors import SchemaError
from asn_mutasi.io.readers import read_table
from asn_mutasi.validation import prepare_positions, prepare_roster


def test_pendidikan_formal_is_the_education_column(tmp_path: Path) -> None:
    """SIMPEG exports head the education cell "PENDIDIKAN FORMAL" (beside the diklat): it was left unread
    ("kolom-tidak-dikenal", maybe jurusan or pendidikan?) and nobody's education was known."""
    roster = tmp_path / "pegawai.csv"
    roster.write_text(
        "NIP,NAMA,JABATAN,UNIT KERJA,PENDIDIKAN FORMAL,DIKLAT STRUKTURAL\n"
        "198501012010011001,Budi,Perencana Ahli Pertama,Bagian Organisasi,S1 Ekonomi Manajemen,PIM IV\n"
        "198702022011012002,Siti,Pengadministrasi Perkantoran,Bagian Organisasi,SLTA,\n"
    )
    raw = read_table(roster, "pegawai")
    assert raw.columns["pendidikan"].header == "PENDIDIKAN FORMAL"
    assert "kolom-tidak-dikenal" not in {f.code for f in raw.findings if f.location.column == "E"}
    assert list(prepare_roster(raw).frame["pendidikan"]) == ["S-1", "SMA"]


SEATS = (
    "NO,KATEGORI UNIT,JABATAN,KUALIFIKASI PENDIDIKAN,UNIT PENEMPATAN\n"
    "1,UMUM,Guru Ahli Pertama - Guru Kelas,S-1 PENDIDIKAN GURU SEKOLAH DASAR,SDN 1 Sukamaju\n"
    "2,UMUM,Guru Ahli Pertama - Guru Kelas,S-1 PENDIDIKAN GURU SEKOLAH DASAR,SDN 1 Sukamaju\n"
    "3,UMUM,Guru Ahli Pertama - Guru Kelas,S-1 PENDIDIKAN GURU SEKOLAH DASAR,SDN 2 Sukamaju\n"
    "4,UMUM,Perawat Terampil,D-III KEPERAWATAN,Puskesmas Sukamaju\n"
    "5,UMUM,Perawat Terampil,D-III KEPERAWATAN,Puskesmas Sukamaju\n"
    "6,DISABILITAS,perawat terampil,D-III KEPERAWATAN,Puskesmas Sukamaju\n"
)


def test_a_formasi_list_of_one_row_per_seat_counts_its_rows(tmp_path: Path) -> None:
    """A PPPK formasi export writes one row per seat (jabatan, unit penempatan, kualifikasi pendidikan) and no count:
    it was refused as a position table for want of a kebutuhan column."""
    path = tmp_path / "rincian_formasi_pppk.csv"
    path.write_text(SEATS)
    raw = read_table(path, "jabatan")
    assert raw.columns["kebutuhan"].how == "baris"
    said = [f for f in raw.findings if f.code == "kebutuhan-dari-jumlah-baris"]
    # one line per post of several seats (SDN 1 and the Puskesmas), since each further seat is no line of its own
    assert len(said) == 2 and all("6 baris menjadi 3 jabatan" in f.message for f in said)
    table = prepare_positions(raw)
    posts = zip(table.valid["nama_jabatan"], table.valid["unit_kerja"], strict=True)
    needs = dict(zip(posts, table.valid["kebutuhan"], strict=True))
    assert needs == {
        ("Guru Ahli Pertama - Guru Kelas", "SDN 1 Sukamaju"): 2,
        ("Guru Ahli Pertama - Guru Kelas", "SDN 2 Sukamaju"): 1,
        ("Perawat Terampil", "Puskesmas Sukamaju"): 3,
    }


def test_a_bare_list_of_posts_is_still_refused(tmp_path: Path) -> None:
    """A list where no (jabatan, unit) repeats says no need at all: no seat list, refused as before."""
    path = tmp_path / "daftar_jabatan.csv"
    path.write_text("JABATAN,UNIT KERJA\nPerawat Terampil,Puskesmas A\nBidan Terampil,Puskesmas A\n")
    with pytest.raises(SchemaError, match="Kebutuhan"):
        read_table(path, "jabatan")


def test_a_roster_given_as_the_table_is_no_seat_list(tmp_path: Path) -> None:
    """A roster given as the position table repeats (jabatan, unit) too, one row per holder: it lists people, not
    seats, and is refused (naming the swapped arguments) rather than read as a formasi."""
    path = tmp_path / "pegawai.csv"
    path.write_text(
        "NIP,NAMA,JABATAN,UNIT KERJA\n"
        "198501012010011001,Budi,Perawat Terampil,Puskesmas A\n"
        "198702022011012002,Siti,Perawat Terampil,Puskesmas A\n"
    )
    with pytest.raises(SchemaError, match="Kebutuhan"):
        read_table(path, "jabatan")


def test_a_seat_list_says_each_post_once_not_a_line_per_further_seat(tmp_path: Path) -> None:
    """Each further seat row of a formasi list was one ``jabatan-digabung`` info line (a list of 46,000 seats said
    40,000): one ``kebutuhan-dari-jumlah-baris`` per post of several seats, at its first row, says its seats
    (link1, h34)."""
    lines = ["JABATAN,UNIT PENEMPATAN"]
    lines += [f"Perawat Terampil,Puskesmas {p}" for p in "ABC" for _ in range(2)]
    lines += ["Bidan Terampil,Puskesmas B"] * 4 + ["Dokter Ahli Pertama,Puskesmas A", "bidan terampil,Puskesmas B"]
    path = tmp_path / "rincian_formasi.csv"
    path.write_text("\n".join(lines) + "\n")
    raw = read_table(path, "jabatan")
    table = prepare_positions(raw)
    assert not [f for f in table.findings if f.code == "jabatan-digabung"]
    said = [f for f in raw.findings if f.code == "kebutuhan-dari-jumlah-baris"]
    assert [(f.location.row, f.location.column, f.location.value) for f in said] == [
        (2, "A", "Perawat Terampil"),
        (4, "A", "Perawat Terampil"),
        (6, "A", "Perawat Terampil"),
        (8, "A", "Bidan Terampil"),
    ]
    assert all("12 baris menjadi 5 jabatan" in f.message for f in said)
    assert said[3].message.endswith(
        "jabatan 'Bidan Terampil' di unit 'Puskesmas B' tercantum di 5 baris, kebutuhannya 5"
    )
