"""One JF, one catalogue row: a JF under two names was two rows, read as two JFs (groups21, h35)."""

from asn_mutasi.domain.rumpun import classify_position


def test_pengawas_obat_dan_makanan_is_the_jf_pengawas_farmasi_dan_makanan() -> None:
    """BPOM's JF is Pengawas Farmasi dan Makanan (SSCASN 2024: "Pengawas Farmasi dan Makanan Ahli Pertama", 81
    formations); rosters write it "Pengawas Obat dan Makanan" after the agency. As two catalogue rows a holder of one
    name and a post of the other were two JFs."""
    written = classify_position("Pengawas Obat dan Makanan Ahli Muda").jf
    official = classify_position("Pengawas Farmasi dan Makanan Ahli Pertama").jf
    assert written == official == "pengawas farmasi dan makanan"
