"""Official groupings (groups15, h34): the jenis of a ministry's regional heads and of a deputy head, and the kategori
of the JF catalogue's rows."""

from __future__ import annotations

import pytest

from asn_mutasi.domain.jabatan import classify_jenis_jabatan, jenis_by_kelas


@pytest.mark.parametrize(
    "written",
    [
        "Kepala Kantor Kementerian Agama Kabupaten Sleman",
        "Kakankemenag Kota Semarang",
        "KEPALA KANTOR KEMENTERIAN AGAMA",
    ],
)
@pytest.mark.parametrize("kelas", [11.0, 12.0, 13.0, 14.0])
def test_a_kepala_kantor_kementerian_agama_is_an_administrator_whatever_its_kelas(written: str, kelas: float) -> None:
    """Kemenag's Kantor Kementerian Agama Kabupaten/Kota is led at eselon III.a (PMA 19/2019): at its kelas 13-14 the
    kelas rule for heads of varying level read it JPT Pratama, and the abbreviation Pelaksana."""
    assert jenis_by_kelas(written, classify_jenis_jabatan(written), kelas) == "Administrator"


@pytest.mark.parametrize(
    "written", ["Kepala Kantor Wilayah Kementerian Agama Provinsi Jawa Tengah", "Kakanwil Kemenag Provinsi Bali"]
)
@pytest.mark.parametrize("kelas", [12.0, 14.0])
def test_a_kepala_kantor_wilayah_is_jpt_pratama_whatever_its_kelas(written: str, kelas: float) -> None:
    """A ministry's Kantor Wilayah is led at eselon II.a: read as any "kepala kantor" it was an Administrator."""
    assert jenis_by_kelas(written, classify_jenis_jabatan(written), kelas) == "JPT Pratama"


def test_a_kepala_kantor_of_unset_level_still_takes_its_kelas() -> None:
    """The kelas rule stays for the offices whose level varies (a Kepala Kantor of another kind)."""
    # (a Kepala Kantor Pertanahan was the example: its level is now set by its rule, data/jabatan_kantor_vertikal.csv)
    assert jenis_by_kelas("Kepala Kantor Kesehatan Pelabuhan", "Administrator", 14.0) == "JPT Pratama"
    assert jenis_by_kelas("Kepala Kantor Kesehatan Pelabuhan", "Administrator", 9.0) == "Pengawas"


@pytest.mark.parametrize(
    "written",
    [
        "Wakil Dekan Bidang Akademik",
        "Wakil Rektor I",
        "Pembantu Rektor II",
        "Dekan Fakultas Teknik",
        "Wakil Direktur I Politeknik Negeri Bandung",
        "Wakil Ketua STIKES",
        "Ketua Jurusan Teknik Sipil",
    ],
)
def test_a_college_s_deputy_head_is_a_dosen_with_an_additional_task(written: str) -> None:
    """The JF Dosen's tugas tambahan (PermenPAN-RB 17/2013) name the wakil rektor, dekan, wakil dekan, the wakil of a
    politeknik's direktur or a sekolah tinggi's ketua and the ketua jurusan beside the rektor: read Pelaksana (BUP 58)
    or, for a politeknik's, Administrator, where their Rektor and Direktur read Fungsional at a dosen's BUP 65."""
    from asn_mutasi.config import Rules
    from asn_mutasi.domain.jabatan import retirement_age

    assert classify_jenis_jabatan(written) == "Fungsional"
    assert retirement_age("Fungsional", written, Rules()) == 65


@pytest.mark.parametrize("written", ["Wakil Direktur Pelayanan", "Wadir Umum dan Keuangan"])
def test_a_hospital_s_wakil_direktur_takes_its_kelas_as_its_direktur_does(written: str) -> None:
    """A hospital's Wakil Direktur is managerial at the level of its hospital's class, as its Direktur: read
    Administrator at any kelas, a class A RSUD's deputy (kelas 14) stood below its own kelas band."""
    assert classify_jenis_jabatan(written) == "Administrator"
    assert jenis_by_kelas(written, "Administrator", 14.0) == jenis_by_kelas("Direktur RSUD", "Administrator", 14.0)
    assert jenis_by_kelas(written, "Administrator", 12.0) == "Administrator"
    assert classify_jenis_jabatan("Direktur Keuangan Politeknik X") == "Administrator"  # no deputy, no head of it


def test_penyuluh_perindustrian_has_both_kategori() -> None:
    """Penyuluh Perindustrian dan Perdagangan has a keterampilan (Pelaksana, Pelaksana Lanjutan, Penyelia) and a
    keahlian kategori: its row named none and was read as unchecked."""
    from asn_mutasi.domain.jabatan import jf_kategori, jf_lowest_jenjang

    assert jf_kategori("penyuluh perindustrian") == "keahlian dan keterampilan"
    assert jf_lowest_jenjang("penyuluh perindustrian") == "terampil"
