"""Penyuluh Perikanan (keahlian, PermenPANRB 18/2022) and its keterampilan counterpart, the JF Asisten Penyuluh
Perikanan (PermenPANRB 19/2022; Permen KP 25/2023 Pasal 2: Terampil II/b-II/d, Mahir III/a-III/b, Penyelia III/c-III/d)
(groups17, h34). The old name at a keterampilan grade read as the keahlian JF, unchecked and so at Terampil."""

from __future__ import annotations

import pytest

from asn_mutasi.domain.jabatan import jenjang_fungsional, jf_kategori, jf_lowest_jenjang
from asn_mutasi.domain.rumpun import classify_position


@pytest.mark.parametrize(
    ("name", "jenjang"),
    [
        ("Penyuluh Perikanan Terampil", "terampil"),
        ("Penyuluh Perikanan Pelaksana Lanjutan", "mahir"),
        ("PENYULUH PERIKANAN PENYELIA", "penyelia"),
        ("Asisten Penyuluh Perikanan Mahir", "mahir"),
    ],
)
def test_a_keterampilan_grade_of_penyuluh_perikanan_is_the_asisten_jf(name: str, jenjang: str) -> None:
    assert classify_position(name).jf == "asisten penyuluh perikanan"
    assert jenjang_fungsional(name) == jenjang


def test_penyuluh_perikanan_is_keahlian_only() -> None:
    """The JF keeps its ahli grades; a bare "Penyuluh Perikanan" post asks its lowest, Ahli Pertama."""
    assert classify_position("Penyuluh Perikanan Ahli Muda").jf == "penyuluh perikanan"
    assert jf_kategori("penyuluh perikanan") == "keahlian"
    assert jf_lowest_jenjang("penyuluh perikanan") == "ahli pertama"
    assert jf_kategori("asisten penyuluh perikanan") == "keterampilan"
