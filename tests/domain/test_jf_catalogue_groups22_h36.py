"""JF catalogue rows still unchecked, decided from each JF's own regulation (groups22, h36)."""

import pytest

from asn_mutasi.domain.jabatan import jf_kategori, jf_lowest_jenjang
from asn_mutasi.domain.rumpun import classify_position, jf_table


@pytest.mark.parametrize(
    "jf",
    [
        "refraksionis optisien",  # PER/47/M.PAN/4/2005: Pelaksana (II/c) to Penyelia (III/d), no ahli jenjang
        "ortotis prostetis",  # PER/122/M.PAN/12/2005: "Ortotis Prostetis Pelaksana s.d Penyelia"
        "okupasi terapis",  # PER/123/M.PAN/12/2005: "Okupasi Terapis Pelaksana", Perpres 34/2008
    ],
)
def test_an_old_kemenkes_jf_of_pelaksana_grades_is_keterampilan(jf: str) -> None:
    """The row named no kategori, so a holder written "Refraksionis Optisien" without a jenjang was never read at the
    jenjang its golongan gives (a JF of one kategori: workload.linking); its ladder starts at Terampil."""
    assert jf_kategori(jf) == "keterampilan"
    assert jf_lowest_jenjang(jf) == "terampil"


def test_pengawas_kesehatan_ikan_is_no_jf() -> None:
    """No regulation and no SSCASN 2024 formation names a JF "Pengawas Kesehatan Ikan" (the row's only source); the
    KKP's fish-health JFs are Pengelola Kesehatan Ikan (PermenPANRB 1/2017) and Teknisi Kesehatan Ikan (34/2019)."""
    assert "pengawas kesehatan ikan" not in jf_table()
    assert classify_position("Pengawas Kesehatan Ikan Ahli Pertama").jf is None
    assert classify_position("Pengelola Kesehatan Ikan Ahli Pertama").jf == "pengelola kesehatan ikan"
    assert classify_position("Teknisi Kesehatan Ikan Terampil").jf == "teknisi kesehatan ikan"


def test_checked_rows_cite_their_regulation() -> None:
    """Each kategori decided here names the regulation it was read in."""
    table = jf_table()
    assert "PermenPANRB 34/2019" in table["teknisi kesehatan ikan"].dasar
    assert "Perpres 103/2021" in table["pengawas ketenagakerjaan"].dasar
    assert jf_lowest_jenjang("pengawas ketenagakerjaan") == "ahli pertama"
