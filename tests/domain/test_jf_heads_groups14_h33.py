"""Heads held by a JF holder as an additional task beyond schools and puskesmas (groups14, h33): the head of a KUA
Kecamatan (a Penghulu, PMA 34/2016 Pasal 6) and the head of a state college (a dosen, Permenristekdikti 19/2017) are
JF posts, never levelled up by the kelas rule for heads; a structural head of the same opening word still is."""

import pytest

from asn_mutasi.config import Rules
from asn_mutasi.domain.jabatan import classify_jenis_jabatan, jenis_by_kelas, retirement_age

JF_HEADS = [
    "Kepala Kantor Urusan Agama Kecamatan Cibadak",
    "Kepala KUA Kec. Sooko",
    "Direktur Politeknik Kesehatan Kemenkes Bandung",
    "Direktur Poltekkes Kemenkes Semarang",
    "Direktur Akademi Keperawatan Pemerintah Kabupaten Sumenep",
    "Ketua Sekolah Tinggi Ilmu Pelayaran",
    "Ketua STIKes Kabupaten X",
    "Kepala Madrasah Aliyah Negeri 1 Bogor",
    "Kepala MTsN 2 Bogor",
]


@pytest.mark.parametrize("name", JF_HEADS)
def test_a_jf_head_reads_fungsional_and_its_kelas_levels_it_no_higher(name: str) -> None:
    assert classify_jenis_jabatan(name) == "Fungsional"
    for kelas in (9.0, 11.0, 13.0, 14.0):
        assert jenis_by_kelas(name, classify_jenis_jabatan(name), kelas) == "Fungsional"
        # a "Struktural" jenis cell names a managerial post; its kelas (a JF ahli's) no higher level for it
        said = classify_jenis_jabatan(name, "Struktural")
        assert jenis_by_kelas(name, said, kelas) == said


@pytest.mark.parametrize(
    ("name", "kelas", "expected"),
    [
        # Kemenag's Kankemenag is led at eselon III.a whatever its kelas (PMA 19/2019; groups15, h34)
        ("Kepala Kantor Kementerian Agama Kabupaten Bogor", 14.0, "Administrator"),
        ("Kepala Kantor Pertanahan Kabupaten Bogor", 11.0, "Administrator"),
        ("Direktur RSUD Cibinong", 13.0, "JPT Pratama"),
        ("Direktur Rumah Sakit Umum Daerah", 11.0, "Administrator"),
        ("Kepala Balai Diklat Keagamaan", 13.0, "JPT Pratama"),
    ],
)
def test_a_structural_head_of_the_same_opening_word_is_still_told_by_its_kelas(
    name: str, kelas: float, expected: str
) -> None:
    assert classify_jenis_jabatan(name) != "Fungsional"
    assert jenis_by_kelas(name, classify_jenis_jabatan(name), kelas) == expected


def test_a_kua_head_under_a_struktural_cell_is_the_eselon_iv_it_was() -> None:
    """Before PMA 34/2016 the Kepala KUA was a structural eselon IV post: a roster still saying Struktural means
    Pengawas, not the Administrator of "Kepala Kantor"."""
    assert classify_jenis_jabatan("Kepala Kantor Urusan Agama Kecamatan Cibadak", "Struktural") == "Pengawas"
    assert classify_jenis_jabatan("Kepala KUA Kecamatan Cibadak", "Struktural") == "Pengawas"


def test_a_college_head_retires_as_a_dosen_and_a_kua_head_as_its_jf() -> None:
    rules = Rules()
    assert retirement_age(None, "Direktur Politeknik Kesehatan Kemenkes Bandung", rules) == rules.bup_dosen
    assert retirement_age(None, "Ketua Sekolah Tinggi Ilmu Pelayaran", rules) == rules.bup_dosen
    assert retirement_age(None, "Kepala KUA Kecamatan Cibadak", rules) == rules.bup_fungsional_lain
    assert (
        retirement_age(None, "Kepala KUA Kecamatan Cibadak (Penghulu Ahli Madya)", rules)
        == rules.bup_fungsional_ahli_madya
    )
    # a hospital's director stays managerial
    assert retirement_age(None, "Direktur RSUD Cibinong", rules) == rules.bup_administrator
