"""JF rows whose kategori the catalogue left unchecked, read from public sources (groups16, h34).

An unchecked row names no kategori and its lowest jenjang falls to the Terampil default, so a bare post of a
keahlian-only JF asked D-III and II/b and a D-III holder was planned into it."""

import pytest

from asn_mutasi.domain.jabatan import jf_kategori, jf_lowest_jenjang, least_requirement


@pytest.mark.parametrize(
    "jf",
    ["analis ketahanan pangan", "adyatama kepariwisataan dan ekonomi kreatif", "penata kelola penanaman modal"],
)
def test_a_keahlian_only_jf_opens_at_ahli_pertama(jf: str) -> None:
    """SSCASN 2024 recruits each at Ahli Pertama only (69, 59, 48 formations), public rosters and seeders hold them at
    Ahli jenjang only, and none is held at a keterampilan jenjang anywhere in the public GitHub index; the Penata
    Kelola Penanaman Modal kebutuhan form counts Pertama to Utama only."""
    assert jf_kategori(jf) == "keahlian"
    assert jf_lowest_jenjang(jf) == "ahli pertama"
    assert least_requirement("Fungsional", jf.title()) == ("S-1", "III/a")


@pytest.mark.parametrize("jf", ["fisioterapis", "teknisi elektromedis"])
def test_a_health_jf_held_at_both_kategori_says_so_and_keeps_terampil(jf: str) -> None:
    """Two public hospital position lists hold these at Terampil-Penyelia and Ahli Pertama-Ahli Madya alike, and
    SSCASN 2024 recruits them at Terampil of D-III: a checked JF of both kategori, its lowest jenjang Terampil."""
    assert jf_kategori(jf) == "keahlian dan keterampilan"
    assert jf_lowest_jenjang(jf) == "terampil"
