"""JF names with an abbreviation: written in capitals, and one letter of it is another name, not a typo (walk7 #2,
h29: "perpindahan ke JF Pranata Keuangan Apbn" in a letter about a "Pranata Keuangan APBD Terampil" post)."""

from __future__ import annotations

import pytest

from asn_mutasi.domain.jabatan import normalize_position_name, title_in_sentence
from asn_mutasi.domain.rumpun import classify_position, find_jf, jf_title


def _jf(name: str) -> str | None:
    return find_jf(normalize_position_name(name))


@pytest.mark.parametrize(
    ("jf", "title"),
    [
        ("pranata keuangan apbn", "Pranata Keuangan APBN"),
        ("analis pengelolaan keuangan apbn", "Analis Pengelolaan Keuangan APBN"),
        ("pranata keuangan apbd", "Pranata Keuangan APBD"),
        # negatives: words that are no abbreviation keep their capital only
        ("tenaga promosi kesehatan dan ilmu perilaku", "Tenaga Promosi Kesehatan dan Ilmu Perilaku"),
        ("analis sumber daya manusia aparatur", "Analis Sumber Daya Manusia Aparatur"),
        ("pengelola pengadaan barang jasa", "Pengelola Pengadaan Barang Jasa"),
    ],
)
def test_jf_title_writes_abbreviations_in_capitals(jf: str, title: str) -> None:
    """SSCASN 2024 writes "PRANATA KEUANGAN APBN TERAMPIL"; PermenPANRB 54/2018 "Pranata Keuangan APBN" (walk7 #2,
    h29)."""
    assert jf_title(jf) == title


def test_titles_and_jf_names_share_one_abbreviation_list() -> None:
    """One fact, one place: the official's title in running text keeps the same abbreviations (walk7 #2, h29)."""
    assert title_in_sentence("KEPALA UPTD PUSKESMAS CIBODAS") == "Kepala UPTD Puskesmas Cibodas"
    assert title_in_sentence("BUPATI BIAK NUMFOR") == "Bupati Biak Numfor"


@pytest.mark.parametrize(
    "name",
    [
        "Pranata Keuangan APBD Terampil",
        "Pranata Keuangan APBD Mahir pada BPKAD",
        "Analis Pengelolaan Keuangan APBD Ahli Muda",
    ],
)
def test_an_apbd_post_is_not_the_central_apbn_jf(name: str) -> None:
    """JF Pranata Keuangan APBN and Analis Pengelolaan Keuangan APBN are JFs "pada Instansi Pusat dan Instansi
    Vertikal" (PermenPANRB 54/2018, 55/2018); SSCASN 2024 has no APBD JF. A regional "… APBD …" post is read as a
    post of its own in the keuangan field (no catalogue JF, so no Kementerian Keuangan as pembina), not as the
    APBN JF at a typo's distance (walk7 #2, h29)."""
    assert _jf(name) is None
    cls = classify_position(name, "Fungsional")
    assert (cls.jf, cls.bidang) == (None, "keuangan")
    assert jf_title(cls.dasar) == name.split(" Terampil")[0].split(" Mahir")[0].split(" Ahli")[0]


@pytest.mark.parametrize(
    ("name", "jf"),
    [
        ("Pranata Keuangan APBN Terampil", "pranata keuangan apbn"),
        ("Pranata Keuangn APBN Terampil", "pranata keuangan apbn"),  # a typo outside the abbreviation still reads
        ("Pranata Komputr Ahli Pertama", "pranata komputer"),
        ("Analis Pengelolaan Keuangan APBN Ahli Muda", "analis pengelolaan keuangan apbn"),
    ],
)
def test_the_apbn_jf_and_typos_in_other_words_still_read(name: str, jf: str) -> None:
    assert _jf(name) == jf


@pytest.mark.parametrize(
    ("name", "jf"),
    [
        ("PPL", "penyuluh pertanian"),  # Penyuluh Pertanian Lapangan, as Dinas Pertanian apps write the post
        ("PPL Ahli Pertama", "penyuluh pertanian"),
        ("APK APBN Ahli Muda", "analis pengelolaan keuangan apbn"),
        ("APK", None),  # also Alat Peraga Kampanye: no JF from it alone
        ("PPK", None),
    ],
)
def test_jf_acronyms_real_sources_write_spell4(name: str, jf: str | None) -> None:
    """ "PPL" (Penyuluh Pertanian Lapangan: a BPP's weekly report, an e-absensi app for a Dinas Pertanian's PPL) and "APK
    APBN" (beside PKN, PermenPANRB 53/2018 and 54/2018) matched no JF (spell4, h31)."""
    assert _jf(name) == jf
