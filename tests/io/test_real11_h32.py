"""Real exports of the real11 hunt (h32): SIASN rw-skp22 given as the roster, posts written "<jabatan> pada <unit>",
an official listed again for the post he holds acting (see tests/fixtures/real/SOURCES.md)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from asn_mutasi.findings import Finding
from asn_mutasi.io.readers import read_table
from asn_mutasi.validation import PreparedTable, prepare_positions, prepare_roster
from asn_mutasi.workload.linking import LINK_COLUMN, link_employees

REAL = Path(__file__).resolve().parents[1] / "fixtures" / "real"


def test_a_siasn_skp22_history_rated_alike_each_year_is_named() -> None:
    """SIASN rw-skp22 (one row per year; kuadranKinerja is the predikat): everyone is rated BAIK each year, so only the
    year column tells the rows apart, and the file was read as a roster with a nip-ganda per year and no word on its
    layout. It is named once as an appraisal history."""
    table = prepare_roster(read_table(REAL / "siasn_rw_skp22.csv", "pegawai"))
    said = [f.message for f in table.findings if f.code == "pegawai-berisi-riwayat"]
    assert len(said) == 1, said
    assert said[0].startswith("3 NIP tertulis") and "(4 baris lebih;" in said[0]
    assert "Riwayat SKP SIASN" in said[0] and "--riwayat" not in said[0]


def test_a_roster_with_one_predikat_per_person_and_a_year_is_no_history(tmp_path: Path) -> None:
    """A roster with a year column (the year of its last appraisal) and one row per person names no history; a
    person written twice for the same year is a duplicate, not a history."""
    path = REAL / "siasn_rw_skp22.csv"
    lines = path.read_text(encoding="utf-8").splitlines()
    text = "\n".join([lines[0], lines[1], lines[1], lines[4], lines[6], lines[8]]) + "\n"
    copy = tmp_path / "skp22_once.csv"
    copy.write_text(text, encoding="utf-8")
    table = prepare_roster(read_table(copy, "pegawai"))
    assert "pegawai-berisi-riwayat" not in {f.code for f in table.findings}


_PLT_HEADER = "NIP,NAMA,JABATAN,UNIT KERJA,GOL"
_PLT_PEOPLE = [
    "197501012010011001,Andi Pratama,Kepala Seksi Pelayanan,Dinas Kesehatan,III/d",
    "198003032005011003,Budi Hartono,Sekretaris Dinas Kesehatan,Dinas Kesehatan,IV/b",
    "197602022011042002,Sri Wahyuni,Pengadministrasi Umum,Dinas Kesehatan,II/c",
]
_PLT_ROW = "198003032005011003,Budi Hartono,Plt. Kepala Dinas Kesehatan,Dinas Kesehatan,IV/b"


def _plt_roster(tmp_path: Path, lines: list[str], header: str = _PLT_HEADER) -> PreparedTable:
    path = tmp_path / "pegawai.csv"
    path.write_text(header + "\n" + "\n".join(lines) + "\n", encoding="utf-8")
    return prepare_roster(read_table(path, "pegawai"))


def test_an_official_listed_first_for_his_acting_post_is_counted_at_his_own(tmp_path: Path) -> None:
    """A roster lists the Sekretaris Dinas a second time, first, as "Plt. Kepala Dinas Kesehatan": the definitive row
    was dropped as a nip-ganda and the person counted in the Kepala Dinas seat he holds only acting. The acting row is
    left out (the seat stays vacant in bezetting), he is counted once at his definitive post, and the finding says so."""
    table = _plt_roster(tmp_path, [_PLT_ROW, *_PLT_PEOPLE])
    kept = table.valid.set_index("nip")["jabatan"]
    assert kept["198003032005011003"] == "Sekretaris Dinas Kesehatan"
    assert "Plt. Kepala Dinas Kesehatan" not in set(table.valid["jabatan"])
    codes = [f.code for f in table.findings]
    assert "nip-ganda" not in codes and codes.count("nip-ganda-plt") == 1
    said = next(f for f in table.findings if f.code == "nip-ganda-plt")
    assert said.location.row == 2 and said.severity.value == "info"
    assert "jabatan 'Kepala Dinas Kesehatan' hanya dipegangnya sebagai pelaksana tugas" in said.message
    assert "tetap lowong dalam bezetting" in said.message
    assert "dihitung sekali, pada jabatan definitifnya 'Sekretaris Dinas Kesehatan' (baris 4)" in said.message


def test_an_acting_post_said_in_a_status_column_listed_after(tmp_path: Path) -> None:
    """The same with Plt in a STATUS JABATAN column, the acting row after the definitive one."""
    lines = [f"{p},Definitif" for p in _PLT_PEOPLE]
    lines.append("198003032005011003,Budi Hartono,Kepala Dinas Kesehatan,Dinas Kesehatan,IV/b,Plt")
    table = _plt_roster(tmp_path, lines, _PLT_HEADER + ",STATUS JABATAN")
    assert table.valid.set_index("nip")["jabatan"]["198003032005011003"] == "Sekretaris Dinas Kesehatan"
    said = [f for f in table.findings if f.code == "nip-ganda-plt"]
    assert len(said) == 1 and said[0].location.row == 5 and "nip-ganda" not in {f.code for f in table.findings}


def test_a_person_written_twice_for_two_definitive_posts_stays_a_nip_ganda(tmp_path: Path) -> None:
    """Negative: two definitive posts (or two acting ones) under one NIP are no acting repeat."""
    twice = "198003032005011003,Budi Hartono,Kepala Bidang Pelayanan,Dinas Kesehatan,IV/b"
    codes = [f.code for f in _plt_roster(tmp_path, [*_PLT_PEOPLE, twice]).findings]
    assert codes.count("nip-ganda") == 1 and "nip-ganda-plt" not in codes


_TABLE = """KODE JABATAN,NAMA JABATAN,UNIT KERJA,JENIS JABATAN,KEBUTUHAN
D1,Kepala Dinas,Dinas Kesehatan,JPT Pratama,1
D2,Kepala Seksi Pelayanan Kesehatan Primer,Bidang Pelayanan Kesehatan,Pengawas,1
D3,Pengadministrasi Umum,Dinas Kesehatan,Pelaksana,3
D5,Analis Kebijakan Ahli Muda,Bagian Organisasi,Fungsional,2
D6,Kepala Subbagian Umum pada Sekretariat,Dinas Kesehatan,Pengawas,1
D7,Pengelola Data,Dinas Kesehatan,Pelaksana,1
"""


def _linked(tmp_path: Path, roster: str) -> tuple[pd.DataFrame, list[Finding]]:
    (tmp_path / "peta.csv").write_text(_TABLE, encoding="utf-8")
    (tmp_path / "pegawai.csv").write_text(roster, encoding="utf-8")
    people = prepare_roster(read_table(tmp_path / "pegawai.csv", "pegawai"))
    table = prepare_positions(read_table(tmp_path / "peta.csv", "jabatan"))
    link = link_employees(people.valid, table.valid)
    return link.frame.set_index("nip"), link.findings


def test_a_post_written_with_its_unit_after_pada_links_to_the_table(tmp_path: Path) -> None:
    """A Baperjakat draft's JABATAN LAMA (solasoli/simpeg-bogor) writes the post held now as "<jabatan> pada <unit>"
    and the roster has no unit column: the unit was never read and no post linked. The unit is read out of the name
    (a unit of the table, or a name that reads as a unit beside a post of the table) and said once."""
    roster = "\n".join([
        "NIP,NAMA,JABATAN,GOL",
        "197501012010011001,Andi Pratama,Kepala Seksi Pelayanan Kesehatan Primer pada Bidang Pelayanan Kesehatan,III/d",
        "197602022011042002,Sri Wahyuni,Pengadministrasi Umum pada Dinas Kesehatan,II/c",
        "197804042013012004,Dewi Kartika,Analis Kebijakan Ahli Muda pada Puskesmas Oesao,III/c",
    ]) + "\n"  # fmt: skip
    frame, findings = _linked(tmp_path, roster)
    assert frame.loc["197501012010011001", LINK_COLUMN] == "D2"
    assert frame.loc["197602022011042002", LINK_COLUMN] == "D3"
    assert frame.loc["197602022011042002", "unit_kerja"] == "Dinas Kesehatan"
    # a unit the table lacks that reads as one (Puskesmas), beside a post of the table: read, not linked
    assert frame.loc["197804042013012004", "jabatan"] == "Analis Kebijakan Ahli Muda"
    assert frame.loc["197804042013012004", "unit_kerja"] == "Puskesmas Oesao"
    said = [f for f in findings if f.code == "jabatan-pada-unit"]
    assert len(said) == 1 and said[0].message.startswith("3 jabatan ditulis bersama unitnya")
    assert "(baris 2, 3, 4)" in said[0].message and said[0].location.row == 2


def test_pada_is_kept_where_the_name_is_a_post_a_unit_is_written_or_no_unit_follows(tmp_path: Path) -> None:
    """Negative: a post of the table whose own name holds "pada" is never split; a row with its unit written keeps
    its name; "pada" before words that are no unit ("Kegiatan …") is part of the name."""
    roster = "\n".join([
        "NIP,NAMA,JABATAN,UNIT KERJA,GOL",
        "198005052014021005,Rudi Hermawan,Kepala Subbagian Umum pada Sekretariat,Dinas Kesehatan,III/d",
        "197703032012071003,Budi Hartono,Kepala Subbagian Umum pada Sekretariat,,III/d",
        "197602022011042002,Sri Wahyuni,Pengadministrasi Umum pada Dinas Kesehatan,Dinas Kesehatan,II/c",
        "197804042013012004,Dewi Kartika,Pengelola Data pada Kegiatan Surveilans,,III/c",
    ]) + "\n"  # fmt: skip
    frame, findings = _linked(tmp_path, roster)
    assert frame.loc["198005052014021005", LINK_COLUMN] == "D6"
    assert frame.loc["197703032012071003", "jabatan"] == "Kepala Subbagian Umum pada Sekretariat"
    assert frame.loc["197602022011042002", "jabatan"] == "Pengadministrasi Umum pada Dinas Kesehatan"
    assert "197804042013012004" not in frame.index  # (a blank unit before no unit: still a blank required cell)
    assert "jabatan-pada-unit" not in {f.code for f in findings}


def test_a_blank_unit_cell_is_read_out_of_the_post(tmp_path: Path) -> None:
    """A unit column with a blank cell beside "<jabatan> pada <unit>": the row was left out for a blank required
    cell; its unit is read out of the post."""
    roster = "\n".join([
        "NIP,NAMA,JABATAN,UNIT KERJA,GOL",
        "198005052014021005,Rudi Hermawan,Kepala Dinas,Dinas Kesehatan,IV/b",
        "197602022011042002,Sri Wahyuni,Pengadministrasi Umum pada Dinas Kesehatan,,II/c",
    ]) + "\n"  # fmt: skip
    frame, findings = _linked(tmp_path, roster)
    assert frame.loc["197602022011042002", LINK_COLUMN] == "D3"
    assert [f.location.row for f in findings if f.code == "jabatan-pada-unit"] == [3]


_BAPPEDA = """KODE JABATAN,NAMA JABATAN,UNIT KERJA,JENIS JABATAN,KEBUTUHAN
B1,Kepala Bidang Pemerintahan Sosial dan Budaya,Bidang Pemerintahan Sosial dan Budaya,Administrator,1
B2,Pengelola Data,Bidang Pemerintahan Sosial dan Budaya,Pelaksana,2
B3,Pengelola Data,Bidang Perencanaan Ekonomi dan Sumber Daya Alam,Pelaksana,2
B4,Pengadministrasi,Subbagian Program dan Pelaporan,Pelaksana,1
B6,Pengelola Data,Bidang Pemerintahan Desa,Pelaksana,1
"""


def test_a_unit_cut_at_the_column_width_links_to_the_one_table_unit_it_begins(tmp_path: Path) -> None:
    """A MySQL dump's varchar(50) post cuts its unit: "Pengelola Data pada Bidang Pemerintahan, Sosial da". The unit
    is the one table unit that goes on from its whole words with a word its cut last word begins ("dan"), said as a
    unit read as another; "Bidang Pemerintahan Desa" does not go on so."""
    (tmp_path / "peta.csv").write_text(_BAPPEDA, encoding="utf-8")
    people = prepare_roster(read_table(REAL / "db_pegawai_pada.csv", "pegawai"))
    table = prepare_positions(read_table(tmp_path / "peta.csv", "jabatan"))
    link = link_employees(people.valid, table.valid)
    linked = link.frame.set_index("nip")[LINK_COLUMN]
    assert linked["197703032012071003"] == "B2"  # "… pada Bidang Pemerintahan, Sosial da"
    assert linked["198006062010072006"] == "B3"  # "… pada Bidang Perencanaan, Ekonomi da"
    assert linked["197602022011042002"] == "B4"  # "… pada Subbag Program dan Pelaporan"
    read_as = [f.message for f in link.findings if f.code == "unit-dibaca-sebagai"]
    assert any("'Bidang Pemerintahan, Sosial da'" in m for m in read_as), read_as
