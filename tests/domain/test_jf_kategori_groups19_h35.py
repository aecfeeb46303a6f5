"""JF rows whose kategori the catalogue left unchecked, decided by SSCASN 2024 and the public GitHub index (groups19,
h35).

An unchecked row names no kategori and its lowest jenjang falls to the Terampil default: a bare "Pembina Jasa
Konstruksi" post asked D-III and II/b though every SSCASN 2024 formation of these JFs is Ahli Pertama (S-1/D-IV) and no
public roster, seeder or reference list holds them at a keterampilan jenjang."""

import pytest

from asn_mutasi.domain.jabatan import jf_kategori, jf_lowest_jenjang, least_requirement


@pytest.mark.parametrize(
    "jf",
    [
        "pembina jasa konstruksi",
        "analis prasarana dan sarana pertanian",
        "pengawas alat dan mesin pertanian",
        "penata kelola penyehatan lingkungan",
        "administrator database kependudukan",
        "penyuluh sosial",
        "penata kelola pemilihan umum",
        "pengembang kewirausahaan",
    ],
)
def test_a_jf_recruited_at_ahli_pertama_only_opens_there(jf: str) -> None:
    assert jf_kategori(jf) == "keahlian"
    assert jf_lowest_jenjang(jf) == "ahli pertama"
    assert least_requirement("Fungsional", jf.title()) == ("S-1", "III/a")


@pytest.mark.parametrize(
    "jf", ["pranata laboratorium kemetrologian", "analis standardisasi", "pengawas lingkungan hidup"]
)
def test_a_jf_of_one_formation_stays_unchecked(jf: str) -> None:
    """One SSCASN formation is too little to decide on: the row keeps no kategori (and the Terampil default)."""
    assert jf_kategori(jf) is None
