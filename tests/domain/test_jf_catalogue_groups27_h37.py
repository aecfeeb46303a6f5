"""JF rows checked against their official groupings (groups27, h37): Asisten Perpustakaan split from Pustakawan by
PermenPANRB 55/2022, Terapis Wicara and Teknisi Transfusi Darah (keterampilan), Pengawas Keselamatan Pelayaran
(PermenPANRB 2/2025) and Pengawas Radiasi (PermenPANRB 46/2012) with their regulations cited."""

import pytest

from asn_mutasi.domain.jabatan import jenjang_fungsional, jf_kategori, jf_lowest_jenjang, least_requirement
from asn_mutasi.domain.rumpun import classify_position, jf_table


@pytest.mark.parametrize("jf", ["asisten perpustakaan", "terapis wicara", "teknisi transfusi darah"])
def test_a_keterampilan_jf_of_the_2024_formations_names_its_kategori(jf: str) -> None:
    """Every SSCASN 2024 formation of these JFs is Terampil (147, 3 and 41) and no source holds them at an ahli
    jenjang; their rows named no kategori, so the JF read as unchecked."""
    assert jf_kategori(jf) == "keterampilan"
    assert jf_lowest_jenjang(jf) == "terampil"


@pytest.mark.parametrize(
    ("name", "jf", "jenjang"),
    [
        ("Pustakawan Terampil", "asisten perpustakaan", "terampil"),
        ("PUSTAKAWAN PENYELIA", "asisten perpustakaan", "penyelia"),
        ("Pustakawan Pelaksana Lanjutan", "asisten perpustakaan", "mahir"),
        ("Asisten Perpustakaan Mahir", "asisten perpustakaan", "mahir"),
        ("Pustakawan Ahli Muda", "pustakawan", "ahli muda"),
    ],
)
def test_a_keterampilan_grade_of_pustakawan_is_asisten_perpustakaan(name: str, jf: str, jenjang: str) -> None:
    """PermenPANRB 55/2022 makes Pustakawan keahlian alone; its Terampil, Mahir and Penyelia are Asisten
    Perpustakaan (a librarians' data app lists 'Pustakawan Terampil / Asisten Perpustakaan Terampil')."""
    assert classify_position(name).jf == jf
    assert jenjang_fungsional(name) == jenjang


def test_pustakawan_is_keahlian_and_a_bare_post_asks_ahli_pertama() -> None:
    assert jf_kategori("pustakawan") == "keahlian"
    assert least_requirement("Fungsional", "Pustakawan") == ("S-1", "III/a")
    assert "PermenPANRB 55/2022" in jf_table()["pustakawan"].dasar


def test_pengawas_keselamatan_pelayaran_opens_at_pemula() -> None:
    """PermenPANRB 2/2025 Pasal 10 appoints first at Pemula (SLTA), Terampil (D-3) and Ahli Pertama (S-1/D-4); the
    old name Teknisi Pelayaran (KEP/195/M.PAN/12/2004) is the same JF."""
    assert jf_kategori("pengawas keselamatan pelayaran") == "keahlian dan keterampilan"
    assert jf_lowest_jenjang("pengawas keselamatan pelayaran") == "pemula"
    assert classify_position("Teknisi Pelayaran Pelaksana").jf == "pengawas keselamatan pelayaran"
    assert "PermenPANRB 2/2025" in jf_table()["pengawas keselamatan pelayaran"].dasar


def test_pengawas_radiasi_cites_its_regulation() -> None:
    """The row cited no regulation ("regulation (periksa)"); PermenPANRB 46/2012 sets Pertama to Utama and BAPETEN's
    angka kredit rules name a Pengawas Radiasi Terampil."""
    dasar = jf_table()["pengawas radiasi"].dasar
    assert "PermenPANRB 46/2012" in dasar
    assert "(periksa)" not in dasar.split("rumpun")[0]
    assert jf_kategori("pengawas radiasi") == "keahlian dan keterampilan"
