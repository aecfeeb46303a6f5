"""Real layouts of round 5 (real5, h31): the titles SIASN's "Export Data ASN" and a hospital SIMPEG's export keep in
GELAR DEPAN / GELAR BELAKANG columns beside the name (domain.md §7.1; adamyordan01/rsud-hrd; the spellings of apps
that read them: glr_depan, gelar_blk, GELAR_BLKG, peg_gelar_depan); the people are invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from asn_mutasi.io.readers import read_table
from asn_mutasi.validation import prepare_roster

REAL = Path(__file__).resolve().parents[1] / "fixtures" / "real"


def test_titles_in_their_own_columns_give_the_education(tmp_path: Path) -> None:
    """With no education column, "dr." + "Sp.PD" and "S.Kom" in GELAR DEPAN / GELAR BELAKANG gave no education level:
    the columns were unread ("kolom-tidak-dikenal") and the name held no title."""
    roster = tmp_path / "pegawai.csv"
    roster.write_text(
        "NIP BARU,GELAR DEPAN,NAMA,GELAR BELAKANG,JABATAN,UNIT KERJA\n"
        "197501012010011001,dr.,Sri Wahyuni,Sp.PD,Dokter Ahli Madya,Bidang Pelayanan\n"
        "197602022011042002,,Andi Pratama,S.Kom,Pranata Komputer Ahli Pertama,Bagian Umum\n"
        "197703032012071003,-,Budi Hartono,-,Pengadministrasi Perkantoran,Bagian Umum\n"
    )
    raw = read_table(roster, "pegawai")
    assert not [f for f in raw.findings if f.code == "kolom-tidak-dikenal"]
    assert [c.header for c in raw.parts["nama"]] == ["GELAR DEPAN", "GELAR BELAKANG"]
    frame = prepare_roster(raw).frame
    assert list(frame["nama"]) == ["dr. Sri Wahyuni, Sp.PD", "Andi Pratama, S.Kom", "Budi Hartono"]
    assert list(frame["pendidikan"]) == ["Sp-1", "S-1", None]
    assert list(frame["jurusan"]) == ["PENYAKIT DALAM", "ILMU KOMPUTER", None]
    # the roster written back (terapkan) keeps the export's own cells
    assert raw.original_frame is not None and list(raw.original_frame["NAMA"])[:2] == ["Sri Wahyuni", "Andi Pratama"]


@pytest.mark.parametrize(
    ("front", "back"),
    [("glr_depan", "glr_belakang"), ("gelar_dpn", "gelar_blk"), ("GELAR_DEPAN", "GELAR_BLKG"),
     ("peg_gelar_depan", "peg_gelar_belakang"), ("Gelar Depan", "Gelar Belakang")],
)  # fmt: skip
def test_the_title_columns_as_apps_spell_them(tmp_path: Path, front: str, back: str) -> None:
    roster = tmp_path / "pegawai.csv"
    roster.write_text(
        f'nip,{front},nama,{back},jabatan,unit_kerja\n197501012010011001,Dr.,Siti Aminah,"S.E., M.M.",Analis,Umum\n'
    )
    frame = prepare_roster(read_table(roster, "pegawai")).frame
    assert frame.loc[0, "nama"] == "Dr. Siti Aminah, S.E., M.M."
    assert frame.loc[0, "pendidikan"] == "S-3"


def test_a_title_already_in_the_name_is_not_written_twice_and_a_blank_name_stays_blank(tmp_path: Path) -> None:
    roster = tmp_path / "pegawai.csv"
    roster.write_text(
        "NIP,NAMA,GELAR DEPAN,GELAR BELAKANG,JABATAN,UNIT KERJA\n"
        '197501012010011001,"dr. Sri Wahyuni, Sp.PD",dr.,Sp.PD,Dokter Ahli Madya,Bidang Pelayanan\n'
        '197602022011042002,"Andi Pratama, S.Kom",,"S.Kom., M.T.",Pranata Komputer Ahli Muda,Bagian Umum\n'
        "197703032012071003,,dr.,S.Kom,Analis,Bagian Umum\n"
    )
    prepared = prepare_roster(read_table(roster, "pegawai"))
    assert list(prepared.frame["nama"])[:2] == ["dr. Sri Wahyuni, Sp.PD", "Andi Pratama, S.Kom, M.T."]
    assert prepared.frame.loc[1, "pendidikan"] == "S-2"
    assert [(f.code, f.location.row) for f in prepared.findings if f.code == "sel-wajib-kosong"] == [
        ("sel-wajib-kosong", 4)
    ]


def test_the_hospital_export_reads_the_nurse_profession_from_gelar_belakang() -> None:
    """The hospital's "Maria Goreti Bria" with S1 Keperawatan and GELAR BELAKANG "S.Kep., Ners" is a Ners: she was
    read as an S-1 and missed every Profesi Ners post."""
    frame = prepare_roster(read_table(REAL / "pegawai_aktif_rsud.xlsx", "pegawai")).frame
    assert frame.loc[4, "nama"] == "Maria Goreti Bria, S.Kep., Ners"
    assert (frame.loc[4, "pendidikan"], frame.loc[4, "jurusan"]) == ("Profesi", "Keperawatan + NERS")
    assert frame.loc[1, "nama"] == "dr. Sri Wahyuni, Sp.PD"


def test_two_back_title_columns_are_read_as_one(tmp_path: Path) -> None:
    """An export that splits the titles after the name over two columns (the first degree, then the higher one)."""
    roster = tmp_path / "pegawai.csv"
    roster.write_text(
        "NIP,NAMA,GELAR BELAKANG,GLR BLKG,JABATAN,UNIT KERJA\n"
        "197501012010011001,Siti Aminah,S.E.,M.M.,Analis,Umum\n"
        "197602022011042002,Andi,,-,Analis,Umum\n"
    )
    frame = prepare_roster(read_table(roster, "pegawai")).frame
    assert list(frame["nama"]) == ["Siti Aminah, S.E., M.M.", "Andi"]


def test_a_null_title_cell_adds_nothing_to_the_name(tmp_path: Path) -> None:
    """A database export writes SQL NULL as "NULL" in an empty title column (a seeder's gelar_depan NULL beside
    gelar_belakang 'S. Farm'): the names were read "NULL Rina Sari, NULL", the text every letter and SK printed. A
    title cell that says "nothing here" is read as the reader reads one in any part column (a dash, "null")."""
    roster = tmp_path / "pegawai.csv"
    roster.write_text(
        "nip,nama,gelar_depan,gelar_belakang,jabatan,unit_kerja\n"
        "197501012010011001,Rina Sari,NULL,NULL,Analis,Bagian Umum\n"
        "197602022011042002,Adita Ratnawidi,null,S. Farm,Analis,Bagian Umum\n"
        "197703032012071003,Budi Hartono,dr.,NULL,Analis,Bagian Umum\n"
    )
    frame = prepare_roster(read_table(roster, "pegawai")).frame
    assert list(frame["nama"]) == ["Rina Sari", "Adita Ratnawidi, S. Farm", "dr. Budi Hartono"]
