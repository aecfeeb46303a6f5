"""Real files of the real20 hunt (h33): formation lists and usulan of public apps (tests/fixtures/real/SOURCES.md)."""

from __future__ import annotations

from pathlib import Path

import pytest

from asn_mutasi.errors import SchemaError
from asn_mutasi.io.readers import read_table
from asn_mutasi.matching.programme import split_requirements
from asn_mutasi.validation import prepare_positions

REAL = Path(__file__).resolve().parent / "fixtures" / "real"


def test_a_kemenag_formasi_export_is_read_as_a_position_table() -> None:
    """A Kemenag formasi app's CPNS export (NO, KELOMPOK, JABATAN, KUALIFIKASI PENDIDIKAN, JUMLAH, UNIT PENEMPATAN) was
    refused: no unit column (UNIT PENEMPATAN) and no need (JUMLAH, the formation's seats)."""
    table = read_table(REAL / "formasi_cpns_kemenag.xlsx", "jabatan")
    assert table.columns["unit_kerja"].header == "UNIT PENEMPATAN"
    assert table.columns["kebutuhan"].header == "JUMLAH"
    assert table.columns["syarat_pendidikan"].header == "KUALIFIKASI PENDIDIKAN"
    frame = prepare_positions(table).frame
    assert int(frame["kebutuhan"].sum()) == 6
    assert list(frame["syarat_pendidikan"]) == ["S-1", "S-1", "S-1", "S-1", "D-III"]
    assert frame.loc[0, "unit_kerja"] == "MIN 1 Kota Kupang"


POSITIONS = "NAMA JABATAN,UNIT KERJA,{count},JUMLAH\nAnalis Kebijakan Ahli Muda,Bagian Umum,3,5\n"


def test_a_bare_jumlah_beside_another_count_is_not_the_need(tmp_path: Path) -> None:
    """A bare JUMLAH is the need only when the table counts nothing else: beside BEZETTING it may be that count's
    total, and the table is refused for want of its need rather than read from the wrong column."""
    path = tmp_path / "peta.csv"
    path.write_text(POSITIONS.format(count="BEZETTING"), "utf-8")
    with pytest.raises(SchemaError, match="Kebutuhan"):
        read_table(path, "jabatan")


def test_a_bare_jumlah_beside_kebutuhan_stays_unread(tmp_path: Path) -> None:
    path = tmp_path / "peta.csv"
    path.write_text(POSITIONS.format(count="KEBUTUHAN"), "utf-8")
    table = read_table(path, "jabatan")
    assert table.columns["kebutuhan"].header == "KEBUTUHAN"


ANJAB = """NO,NAMA JABATAN,UNIT KERJA,KELAS JABATAN,PENDIDIKAN FORMAL,PENDIDIKAN DAN PELATIHAN,PENGALAMAN KERJA,KEBUTUHAN
1,Analis Kepegawaian Ahli Pertama,Badan Kepegawaian Daerah,8,S-1 Psikologi/Manajemen SDM,Diklat Fungsional Analis Kepegawaian,-,2
2,Pengelola Data Kepegawaian,Badan Kepegawaian Daerah,7,D-III Manajemen Informatika,Diklat Teknis Pengelolaan Data,-,1
"""


def test_the_anjab_kualifikasi_jabatan_columns_are_the_requirements(tmp_path: Path) -> None:
    """An Anjab's "Kualifikasi Jabatan" as columns (PermenPANRB 1/2020: Pendidikan Formal, Pendidikan dan Pelatihan,
    Pengalaman Kerja; the items of SIMPEG Kemenag's anjab form): the education column was unread, so the D-III
    requirement was lost, and "Pendidikan dan Pelatihan" was offered as a jurusan."""
    path = tmp_path / "anjab.csv"
    path.write_text(ANJAB, "utf-8")
    table = read_table(path, "jabatan")
    assert table.columns["syarat_pendidikan"].header == "PENDIDIKAN FORMAL"
    assert table.columns["syarat_diklat"].header == "PENDIDIKAN DAN PELATIHAN"
    frame = prepare_positions(table).frame
    assert list(frame["syarat_pendidikan"]) == ["S-1", "D-III"]
    assert list(frame["syarat_jurusan"]) == ["S-1 Psikologi/Manajemen SDM", "D-III Manajemen Informatika"]


def test_a_dash_under_a_requirement_is_no_requirement(tmp_path: Path) -> None:
    """ "-" under Pengalaman Kerja (none required) was named syarat-pengalaman-tidak-terbaca on every post, and every
    candidate's reason said the requirement '-' could not be read."""
    path = tmp_path / "anjab.csv"
    path.write_text(ANJAB, "utf-8")
    prepared = prepare_positions(read_table(path, "jabatan"))
    assert not [f for f in prepared.findings if f.code == "syarat-pengalaman-tidak-terbaca"]
    assert prepared.frame["syarat_pengalaman"].isna().all()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1. S-1 Akuntansi 2. S-1 Manajemen", ["S-1 Akuntansi", "S-1 Manajemen"]),
        ("1) S-1 Akuntansi 2) D-III Akuntansi", ["S-1 Akuntansi", "D-III Akuntansi"]),
        ("S-1 Akuntansi & S-1 Manajemen", ["S-1 Akuntansi", "S-1 Manajemen"]),
    ],
)
def test_a_numbered_or_ampersand_list_of_programmes_is_split(text: str, expected: list[str]) -> None:
    """An Anjab's Pendidikan Formal flattened from its numbered list, or two requirements joined by "&", was one
    programme nobody met."""
    assert split_requirements(text) == expected


@pytest.mark.parametrize("text", ["SPESIALIS KEDOKTERAN FORENSIK & MEDIKOLEGAL", "Strata 1. Akuntansi"])
def test_an_ampersand_or_number_inside_a_name_stays(text: str) -> None:
    assert split_requirements(text) == [text]
