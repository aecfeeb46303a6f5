"""JF rows whose kategori was unchecked, decided from each JF's own rule (groups20, h35)."""

import pytest

from asn_mutasi.domain.jabatan import jf_kategori, jf_lowest_jenjang, least_requirement


def test_penilik_is_keahlian_from_its_rule() -> None:
    """PermenPANRB 14/2010: Penilik Pertama from III/b, first appointment S-1/D-IV; a bare "Penilik" post asked D-III
    and II/b at the Terampil default."""
    assert jf_kategori("penilik") == "keahlian"
    assert jf_lowest_jenjang("penilik") == "ahli pertama"
    assert least_requirement("Fungsional", "Penilik") == ("S-1", "III/a")


@pytest.mark.parametrize(
    ("jf", "kategori"),
    # (groups20 checked "pengawas obat dan makanan", now an other name of this row: one JF, groups21, h35)
    [("asisten apoteker", "keterampilan"), ("pengawas farmasi dan makanan", "keahlian dan keterampilan")],
)
def test_checked_kategori_keeps_the_terampil_opening(jf: str, kategori: str) -> None:
    assert jf_kategori(jf) == kategori
    assert jf_lowest_jenjang(jf) == "terampil"
