"""Real files of the real13 hunt (h32): a roster without a unit column whose posts read "<jabatan> pada <unit>"
(tests/fixtures/real/db_pegawai_pada.csv, see SOURCES.md), planned on the units of the posts it links to."""

from __future__ import annotations

from pathlib import Path

import pytest

from asn_mutasi.api.inputs import build_world, setup
from asn_mutasi.errors import SchemaError
from asn_mutasi.workload.linking import LINK_COLUMN

REAL = Path(__file__).resolve().parent / "fixtures" / "real"

#: the units of db_pegawai_pada.csv's posts, written whole (the export cut them at 50 characters)
PETA = """KODE JABATAN,NAMA JABATAN,UNIT KERJA,JENIS JABATAN,KEBUTUHAN
B1,Kepala Sub Bidang Perencanaan Sumber Daya Manusia,Bidang Pengembangan SDM,Pengawas,1
B2,Pengadministrasi,Subbag Program dan Pelaporan,Pelaksana,2
B3,Pengelola Data,"Bidang Pemerintahan, Sosial dan Budaya",Pelaksana,2
B4,Fungsional Umum,"Bidang Pemerintahan, Sosial dan Budaya",Pelaksana,2
B5,Pengelola Data,"Bidang Perencanaan, Ekonomi dan Infrastruktur",Pelaksana,2
"""


def test_a_roster_without_a_unit_column_is_planned_on_its_linked_posts_units(tmp_path: Path) -> None:
    """Planning refused the roster for its missing unit column although every linked post names its unit: each
    linked person's unit is the linked post's (the table's spelling, not the cut one), the two whose post links
    nowhere are excluded with their reason and named, and it is said once."""
    peta = tmp_path / "peta.csv"
    peta.write_text(PETA, encoding="utf-8")
    world = build_world(REAL / "db_pegawai_pada.csv", peta, run=setup(None, None, None, None))
    roster = world.roster.set_index("_baris")
    assert roster.loc[4, LINK_COLUMN] == "B3"
    assert roster.loc[4, "unit_kerja"] == "Bidang Pemerintahan, Sosial dan Budaya"
    assert roster.loc[7, "unit_kerja"] == "Bidang Perencanaan, Ekonomi dan Infrastruktur"
    assert list(world.valid_roster["_baris"]) == [3, 4, 5, 7]
    assert "unit kerja tidak diketahui" in roster.loc[6, "_alasan"]
    said = [f for f in world.findings if f.code == "unit-dari-jabatan-tertaut"]
    assert len(said) == 1
    assert "Unit kerja 4 pegawai" in said[0].message and "(baris 2, 6)" in said[0].message


def test_a_roster_without_a_unit_column_none_of_whose_posts_links_is_still_refused(tmp_path: Path) -> None:
    """No post links (a table of other units' posts): no person's unit is known, the roster is refused as before."""
    peta = tmp_path / "peta.csv"
    peta.write_text("KODE JABATAN,NAMA JABATAN,UNIT KERJA,KEBUTUHAN\nX1,Camat,Kecamatan Lain,1\n", encoding="utf-8")
    with pytest.raises(SchemaError, match="unit_kerja"):
        build_world(REAL / "db_pegawai_pada.csv", peta, run=setup(None, None, None, None))


def test_a_kebutuhan_written_as_a_range_is_its_low_end_and_named(tmp_path: Path) -> None:
    """ "1-2" in a position table's KEBUTUHAN was refused as no number and its post dropped: the low end is read
    (the one need the table commits to), each cell named with what was taken; the workload beside it is not used
    instead, and a range written backwards stays unreadable."""
    from asn_mutasi.io.readers import read_table
    from asn_mutasi.validation import prepare_positions

    peta = tmp_path / "peta.csv"
    peta.write_text(
        "KODE JABATAN,NAMA JABATAN,UNIT KERJA,KEBUTUHAN,BEBAN KERJA JAM\n"
        "D1,Pengadministrasi Umum,Dinas Kesehatan,1-2,6250\n"
        "D2,Pengelola Data,Dinas Kesehatan,2 s.d. 3,\n"
        "D3,Analis Data,Dinas Kesehatan,3-1,\n",
        encoding="utf-8",
    )
    table = prepare_positions(read_table(peta, "jabatan"))
    need = dict(zip(table.valid["kode_jabatan"], table.valid["kebutuhan"], strict=True))
    assert need == {"D1": 1, "D2": 2}
    said = [(f.location.row, f.location.value, f.message) for f in table.findings if f.code == "kebutuhan-rentang"]
    assert [(r, v) for r, v, _ in said] == [(2, "1-2"), (3, "2 s.d. 3")]
    assert "dibaca 1 (batas bawahnya)" in said[0][2] and "dibaca 2 " in said[1][2]
    assert [f.location.row for f in table.findings if f.code == "angka-tidak-valid"] == [4]


def test_a_kepala_uptd_puskesmas_is_structural_by_its_eselon_and_asks_permenkes_least_either_way(
    tmp_path: Path,
) -> None:
    """An ESELON column decides the jenis of a Kepala UPTD Puskesmas (IV.a: Pengawas, a structural head of a UPTD);
    without one it is a JF with an additional task (docs/pengaturan.md). Either way its head asks S-1/D-IV
    (Permenkes 43/2019): read Pengawas it asked D-III, the least of a Pengawas."""
    from asn_mutasi.io.readers import read_table
    from asn_mutasi.validation import prepare_positions

    peta = tmp_path / "peta.csv"
    peta.write_text(
        "KODE JABATAN,NAMA JABATAN,UNIT KERJA,ESELON,KEBUTUHAN\n"
        "D5,Kepala UPTD Puskesmas Sukamaju,UPTD Puskesmas Sukamaju,IV.a,1\n"
        "D6,Kepala UPTD Puskesmas Sukamundur,UPTD Puskesmas Sukamundur,,1\n"
        "D8,Kepala UPTD Instalasi Farmasi,UPTD Instalasi Farmasi,IV.a,1\n",
        encoding="utf-8",
    )
    frame = prepare_positions(read_table(peta, "jabatan")).frame.set_index("kode_jabatan")
    assert frame.loc["D5", "jenis_jabatan"] == "Pengawas"
    assert frame.loc["D6", "jenis_jabatan"] == "Fungsional"
    assert frame.loc["D5", "syarat_pendidikan"] == frame.loc["D6", "syarat_pendidikan"] == "S-1"
    assert frame.loc["D8", "syarat_pendidikan"] == "D-III"  # another UPTD's head: a Pengawas's least


_FLAT = """KODE JABATAN,NAMA JABATAN,UNIT KERJA,JENIS JABATAN,KEBUTUHAN
D1,Kepala Dinas,Dinas Kesehatan,JPT Pratama,1
D4,Kepala Bidang Pelayanan Kesehatan,Bidang Pelayanan Kesehatan,Administrator,1
D5,Analis Kebijakan Ahli Muda,Bagian Organisasi,Fungsional,2
D7,Kepala Bidang Pelayanan Kesehatan,Bidang Pelayanan Kesehatan Hewan,Administrator,1
D8,Analis Kebijakan Ahli Muda,Bagian Hukum,Fungsional,1
"""


def test_a_pada_post_links_to_the_unit_it_heads_or_the_table_unit_beginning_its_own(tmp_path: Path) -> None:
    """A flat table: "Kepala Bidang Pelayanan Kesehatan pada Dinas Kesehatan" is the post of the unit it heads
    (the table's "Bidang Pelayanan Kesehatan", not the OPD's), and "… pada Bagian Organisasi Sekretariat Daerah"
    is the post of "Bagian Organisasi"; both were left unlinked. A post of no unit so placed stays unlinked."""
    from asn_mutasi.io.readers import read_table
    from asn_mutasi.validation import prepare_positions, prepare_roster
    from asn_mutasi.workload.linking import link_employees

    (tmp_path / "peta.csv").write_text(_FLAT, encoding="utf-8")
    (tmp_path / "pegawai.csv").write_text(
        "NIP,NAMA,JABATAN,GOL\n"
        "197703032012071003,Budi Hartono,Kepala Bidang Pelayanan Kesehatan pada Dinas Kesehatan,IV/a\n"
        "197804042013012004,Dewi Kartika,Analis Kebijakan Ahli Muda pada Bagian Organisasi Sekretariat Daerah,III/c\n"
        "197905052014042005,Sari Dewi,Analis Kebijakan Ahli Muda pada Dinas Kesehatan,III/c\n",
        encoding="utf-8",
    )
    people = prepare_roster(read_table(tmp_path / "pegawai.csv", "pegawai"))
    table = prepare_positions(read_table(tmp_path / "peta.csv", "jabatan"))
    frame = link_employees(people.valid, table.valid).frame.set_index("nip")
    assert frame.loc["197703032012071003", LINK_COLUMN] == "D4"
    assert frame.loc["197703032012071003", "unit_kerja"] == "Bidang Pelayanan Kesehatan"
    assert frame.loc["197804042013012004", LINK_COLUMN] == "D5"
    assert frame.loc["197905052014042005", LINK_COLUMN] is None  # two Bagian hold it, none is named


def test_a_missing_unit_column_says_planning_takes_the_linked_units_not_that_it_refuses(tmp_path: Path) -> None:
    """``kolom-tidak-ada`` said every planning command refuses the file; without a unit column they plan on the units
    of the linked posts (real13), so the unit's finding says that, and the other fields keep the refusal."""
    from asn_mutasi.io.readers import read_table

    path = tmp_path / "pegawai.csv"
    path.write_text("NIP,NAMA\n198501012010011001,Andi\n", encoding="utf-8")
    said = {f.location.field: f.message for f in read_table(path, "pegawai").findings if f.code == "kolom-tidak-ada"}
    assert "memakai unit jabatan peta jabatan yang tertaut" in said["unit_kerja"]
    assert "menolak berkas ini" not in said["unit_kerja"]
    assert "perintah perencanaan akan menolak berkas ini" in said["jabatan"]
