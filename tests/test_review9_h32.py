"""Review of the second half of the h32 merges (review9, h32): over-broad readings of real data found by review."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from asn_mutasi.config import Settings
from asn_mutasi.findings import Location
from asn_mutasi.io.readers import read_table
from asn_mutasi.matching.education import EducationMatcher
from asn_mutasi.validation import prepare_positions, prepare_roster
from asn_mutasi.workload.linking import LINK_COLUMN, link_employees
from asn_mutasi.workload.retirement import stated_retirements

_SCHOOLS = """KODE JABATAN,NAMA JABATAN,UNIT KERJA,JENIS JABATAN,KEBUTUHAN
G2,Guru Kelas,SD Negeri 2,Fungsional,3
G5,Guru Kelas,SD Negeri 5,Fungsional,3
G170,Guru Kelas,SD Negeri 170,Fungsional,3
"""

_TEACHERS = """NIP,NAMA,JABATAN,UNIT KERJA
197501012010011001,Andi,Guru Kelas,SD Negeri 1
197602022011042002,Sri,Guru Kelas,SD Negeri 17
197703032012071003,Budi,Guru Kelas,SD Negeri 2
"""


def test_a_numbered_unit_is_never_read_as_a_cut_of_another_number(tmp_path: Path) -> None:
    """A unit cut at a column's width links to the one table unit its cut last word begins (real11); a closing
    number is whole as written: "SD Negeri 1" (key "sd negeri i") linked to the table's "SD Negeri 2" ("… ii"),
    and "SD Negeri 17" to "SD Negeri 170", a teacher of a school the table leaves out counted at another school."""
    (tmp_path / "peta.csv").write_text(_SCHOOLS, encoding="utf-8")
    (tmp_path / "pegawai.csv").write_text(_TEACHERS, encoding="utf-8")
    people = prepare_roster(read_table(tmp_path / "pegawai.csv", "pegawai"))
    table = prepare_positions(read_table(tmp_path / "peta.csv", "jabatan"))
    linked = link_employees(people.valid, table.valid).frame.set_index("nip")[LINK_COLUMN]
    assert linked["197703032012071003"] == "G2"
    assert linked.isna()["197501012010011001"], linked["197501012010011001"]
    assert linked.isna()["197602022011042002"], linked["197602022011042002"]


@pytest.mark.parametrize(
    ("pendidikan", "jurusan", "syarat"),
    [
        ("S2 | Sp.PD", None, "Penyakit Dalam"),
        ("S2", "Sp.PD", "Penyakit Dalam"),
        ("Sp-1", "SP. OG", "Obstetri dan Ginekologi"),
        ("S-2", "SpOG(K)", "Obstetri dan Ginekologi"),
    ],
)
def test_a_specialist_title_written_as_the_programme_names_its_specialty(
    pendidikan: str, jurusan: str | None, syarat: str
) -> None:
    """A roster writing the specialty as its title ("S2 | Sp.PD"; a jurusan "Sp.PD") read the level as the
    specialist's (spell9) but kept "Sp.PD" as the programme: it met no "Penyakit Dalam" post. The title names the
    specialty as the same title in the name does; it meets that specialty only."""
    matcher = EducationMatcher([syarat, "Anak"])
    assert matcher.fit(pendidikan, jurusan, "Sp-1", syarat).memenuhi
    assert not matcher.fit(pendidikan, jurusan, "Sp-1", "Anak").memenuhi


def test_a_count_whose_words_say_another_number_is_no_count(tmp_path: Path) -> None:
    """A lampiran's "1 (satu)" is read 1 (real12); "1 (dua)" was read 1 too, the words that say 2 passed over: a
    typo that cannot tell which number is meant is refused as any unreadable number, and words that spell the number
    ("dua belas", "dua puluh lima") are read."""
    path = tmp_path / "lampiran.csv"
    path.write_text(
        "NAMA JABATAN;UNIT KERJA;KEBUTUHAN;BEZETTING\n"
        "Pengadministrasi Perkantoran;Sekretariat;1 (dua);2 (dua) orang\n"
        "Pranata Komputer Terampil;Sekretariat;12 (dua belas);25 (dua puluh lima) orang\n"
        "Analis Kebijakan Ahli Muda;Sekretariat;3 (tiga);2 (sebelas)\n",
        encoding="utf-8",
    )
    table = prepare_positions(read_table(path, "jabatan"))
    df = table.frame.set_index("nama_jabatan")
    assert df.loc["Pranata Komputer Terampil", ["kebutuhan", "bezetting"]].tolist() == [12, 25]
    bad = sorted(f.location.value for f in table.findings if f.code == "angka-tidak-valid")
    assert bad == ["1 (dua)", "2 (sebelas)"]


def test_a_gurus_tmt_pensiun_set_aside_names_the_guru_law(tmp_path: Path) -> None:
    """A guru's TMT PENSIUN at 58 beside BUP 60 is set aside for the BUP (``tmt-pensiun-diabaikan``); its reason
    called the post "jabatan pelaksana" under UU 20/2023, though a guru's BUP is UU 14/2005's. The reason is the one
    the BUP cell's refusal gives (guru or pelaksana, each under its law)."""
    path = tmp_path / "pegawai.csv"
    path.write_text(
        "NIP,NAMA,JABATAN,UNIT KERJA,TANGGAL LAHIR,TMT PENSIUN,BUP\n"
        "197005152000031001,Andi,Guru Ahli Pertama,SD Negeri 1,15-05-1970,01-06-2028,60\n"
        "197005152000031002,Budi,Pengadministrasi Umum,Bagian Umum,15-05-1970,01-06-2030,58\n",
        encoding="utf-8",
    )
    prepared = prepare_roster(read_table(path, kind="pegawai"), today=date(2026, 1, 15))
    where = {"tmt_pensiun": Location(file=str(path), column="F", header="TMT PENSIUN", field="tmt_pensiun")}
    said = {
        f.location.row: f.message
        for f in stated_retirements(prepared.frame, Settings(), where)
        if f.code == "tmt-pensiun-diabaikan"
    }
    assert set(said) == {2, 3}, said
    assert "jabatan guru" in said[2] and "UU 14/2005" in said[2] and "pelaksana" not in said[2], said[2]
    assert "jabatan pelaksana" in said[3] and "UU 20/2023" in said[3], said[3]


def test_a_number_alone_in_a_month_first_csv_column_is_still_no_date(tmp_path: Path) -> None:
    """A CSV's number alone is no Excel serial (hostile6), and a column proven month-first is read month-first
    (hostile6); together the month-first reading fell back to the workbook reading: a TMT JABATAN "1.5" was read
    31-12-1899 and "44000" 18-06-2020 without a word once the birth dates proved the file month-first."""
    path = tmp_path / "pegawai.csv"
    path.write_text(
        "NIP,NAMA,JABATAN,UNIT KERJA,TANGGAL LAHIR,TMT JABATAN\n"
        "197005152000031001,Andi,Pengadministrasi Umum,Bagian Umum,05/15/1970,1.5\n"
        "198012312005011002,Budi,Pengadministrasi Umum,Bagian Umum,12/31/1980,03/01/2020\n"
        "198503032010012003,Cici,Pengadministrasi Umum,Bagian Umum,03/03/1985,44000\n",
        encoding="utf-8",
    )
    prepared = prepare_roster(read_table(path, kind="pegawai"), today=date(2026, 1, 15))
    tmt = prepared.frame.set_index("nip")["tmt_jabatan"]
    assert tmt["198012312005011002"] == pd.Timestamp(2020, 3, 1)  # month-first still
    assert tmt.isna()["197005152000031001"] and tmt.isna()["198503032010012003"], tmt.tolist()
    unread = {(f.location.row, f.location.value) for f in prepared.findings if f.code == "tanggal-tidak-terbaca"}
    assert unread == {(2, "1.5"), (4, "44000")}, unread
    month = [f for f in prepared.findings if f.code == "tanggal-bulan-hari" and f.location.column == "F"]
    assert len(month) == 1 and month[0].message.startswith("1 tanggal"), month


_PUSKESMAS = """KODE JABATAN,NAMA JABATAN,UNIT KERJA,JENIS JABATAN,KEBUTUHAN
P1,Perawat Terampil,UPT Puskesmas Kotabaru,Fungsional,3
P2,Perawat Terampil,UPT Puskesmas Batulicin,Fungsional,3
C1,Pengadministrasi Perkantoran,Kecamatan Kota,Pelaksana,2
C2,Pengadministrasi Perkantoran,Kecamatan Batu,Pelaksana,2
"""


def test_a_word_the_table_writes_whole_is_no_cut_word(tmp_path: Path) -> None:
    """ "UPT Puskesmas Kota", a puskesmas the table leaves out, linked to "UPT Puskesmas Kotabaru" as a unit cut at a
    column's width, though the same table writes "Kota" whole ("Kecamatan Kota"); a cut word no unit writes whole
    ("Batul") still links to the unit it begins."""
    (tmp_path / "peta.csv").write_text(_PUSKESMAS, encoding="utf-8")
    (tmp_path / "pegawai.csv").write_text(
        "NIP,NAMA,JABATAN,UNIT KERJA\n"
        "197501012010011001,Andi,Perawat Terampil,UPT Puskesmas Kota\n"
        "197602022011042002,Sri,Perawat Terampil,UPT Puskesmas Batul\n",
        encoding="utf-8",
    )
    people = prepare_roster(read_table(tmp_path / "pegawai.csv", "pegawai"))
    table = prepare_positions(read_table(tmp_path / "peta.csv", "jabatan"))
    linked = link_employees(people.valid, table.valid).frame.set_index("nip")[LINK_COLUMN]
    assert linked.isna()["197501012010011001"], linked["197501012010011001"]
    assert linked["197602022011042002"] == "P2"


def test_a_number_alone_in_a_csv_history_is_no_date(tmp_path: Path) -> None:
    """The roster's CSV dates refuse a number alone (hostile6: a text file keeps no Excel serial); the position
    history read "44000" as 18-06-2020 and "39000" as 10-10-2006 without a word (only a serial before 1940 was
    refused). Each is now unreadable and named, the stint undated."""
    from asn_mutasi.api.inputs import ReadOptions, _read_history

    path = tmp_path / "riwayat.csv"
    path.write_text(
        "NIP,JABATAN,UNIT KERJA,TMT MULAI,TMT SELESAI\n"
        "197705022003022001,Pengolah Data,Sekretariat Daerah,39000,44000\n"
        "197910302009062001,Pengolah Data,Sekretariat Daerah,01-01-2010,20150101\n",
        encoding="utf-8",
    )
    history, findings = _read_history(path, ReadOptions())
    assert history["tmt_mulai"].tolist() == [None, date(2010, 1, 1)]
    assert history["tmt_selesai"].tolist() == [None, date(2015, 1, 1)]
    unread = {(f.location.row, f.location.value) for f in findings if f.code == "tanggal-tidak-terbaca"}
    assert unread == {(2, "39000"), (2, "44000")}, unread
