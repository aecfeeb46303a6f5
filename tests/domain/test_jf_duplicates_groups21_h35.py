"""One JF, one catalogue row: a JF under two names was two rows, read as two JFs; and a JF row's kategori from its own
sources (groups21, h35)."""

from asn_mutasi.domain.jabatan import jf_kategori, least_requirement, post_jenjang
from asn_mutasi.domain.rumpun import classify_position


def test_pengawas_obat_dan_makanan_is_the_jf_pengawas_farmasi_dan_makanan() -> None:
    """BPOM's JF is Pengawas Farmasi dan Makanan (SSCASN 2024: "Pengawas Farmasi dan Makanan Ahli Pertama", 81
    formations); rosters write it "Pengawas Obat dan Makanan" after the agency. As two catalogue rows a holder of one
    name and a post of the other were two JFs."""
    written = classify_position("Pengawas Obat dan Makanan Ahli Muda").jf
    official = classify_position("Pengawas Farmasi dan Makanan Ahli Pertama").jf
    assert written == official == "pengawas farmasi dan makanan"


def test_a_bare_pengawas_kemetrologian_post_asks_ahli_pertama() -> None:
    """Kemendag's JF centre (pusbinjfdag.id) sets a D-IV/S-1 ijazah and at least III/a to become a Pengawas
    Kemetrologian: a keahlian ladder. Its row named no kategori, so a post written without jenjang asked the Terampil
    default, D-III and II/b (groups21, h35)."""
    assert jf_kategori("pengawas kemetrologian") == "keahlian"
    assert least_requirement("Fungsional", "Pengawas Kemetrologian") == ("S-1", "III/a")
    assert post_jenjang(None, "Pengawas Kemetrologian") == "ahli pertama"
