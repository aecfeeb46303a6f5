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
