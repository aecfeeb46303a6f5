"""JF catalogue rows checked against their regulations (groups28, h38): a bare post asks the JF's real lowest jenjang,
and a row cites the regulation that sets the JF rather than a consolidated list."""

from __future__ import annotations

import pytest

from asn_mutasi.domain.jabatan import jf_kategori, jf_lowest_jenjang, least_requirement, post_jenjang
from asn_mutasi.domain.rumpun import classify_position, jf_table


@pytest.mark.parametrize(
    ("nama", "jf", "kategori", "jenjang", "least"),
    [
        # PermenPANRB 15/2010: Pamong Belajar Ahli Pertama-Ahli Madya, no Terampil (read as Terampil, D-III, II/b)
        ("Pamong Belajar", "pamong belajar", "keahlian", "ahli pertama", ("S-1", "III/a")),
        # PermenPANRB 18/2018: Paramedik Karantina Hewan Pemula-Penyelia
        ("Paramedik Karantina Hewan", "paramedik karantina", "keterampilan", "pemula", ("SMA", "II/a")),
    ],
)
def test_a_bare_post_of_a_checked_jf_asks_its_regulations_lowest_jenjang(
    nama: str, jf: str, kategori: str, jenjang: str, least: tuple[str, str]
) -> None:
    assert classify_position(nama).jf == jf
    assert jf_kategori(jf) == kategori
    assert jf_lowest_jenjang(jf) == jenjang
    assert post_jenjang("Fungsional", nama) == jenjang
    assert least_requirement("Fungsional", nama) == least


def test_a_written_jenjang_still_wins_over_the_lowest() -> None:
    assert post_jenjang("Fungsional", "Pamong Belajar Ahli Muda") == "ahli muda"
    assert post_jenjang("Fungsional", "Paramedik Karantina Hewan Mahir") == "mahir"


@pytest.mark.parametrize(
    ("jf", "regulation"),
    [
        ("pamong belajar", "PermenPANRB 15/2010"),
        ("paramedik karantina", "PermenPANRB 18/2018"),
        ("dokter hewan karantina", "PermenPANRB 17/2018"),
        ("pengawas lingkungan hidup", "PermenPANRB 39/2011"),
        ("analis standardisasi", "PermenPANRB 28/2020"),
    ],
)
def test_a_checked_row_cites_the_regulation_of_its_jf(jf: str, regulation: str) -> None:
    assert regulation in jf_table()[jf].dasar


def test_dokter_hewan_karantina_climbs_to_ahli_utama() -> None:
    """PermenPANRB 17/2018 sets Ahli Pertama (III/b) to Ahli Utama (IV/d-IV/e); the row stopped at Ahli Madya."""
    assert "ahli pertama-ahli utama" in jf_table()["dokter hewan karantina"].dasar.lower()
