"""Catalogue rows checked in groups14 (h33): JFs the SSCASN 2024 formations recruit at Pemula (a jenjang only the
keterampilan kategori has) start at Pemula, not the Terampil an unchecked row defaults to; a SLTA holder may be
planned into such a post written without its jenjang."""

import pytest

from asn_mutasi.domain.jabatan import jf_kategori, jf_lowest_jenjang


@pytest.mark.parametrize(
    "jf",
    [
        "penata laksana penyehatan lingkungan",
        "teknisi kesehatan ikan",
        "teknisi akuakultur",
        "pranata pencarian dan pertolongan",
        "pengamat tera",
        "penguji kendaraan bermotor",
    ],
)
def test_a_jf_recruited_at_pemula_starts_there(jf: str) -> None:
    assert jf_kategori(jf) is not None and "keterampilan" in jf_kategori(jf)
    assert jf_lowest_jenjang(jf) == "pemula"
