"""A province's name ends where a name of a province ends: SSCASN 2024's "UPTD … Provinsi Bali di Kabupaten Badung"
named the province "bali di", and a path's "Provinsi Jawa Barat | Wakil Direktur …" one "jawa barat wakil direktur
…" once its bars were lost (units28, h38)."""

from __future__ import annotations

from asn_mutasi.domain.jabatan import normalize_unit_name
from asn_mutasi.domain.unit import own_regions, unit_regions, unit_without_place

from .test_linking_regions_link2_h35 import _link

BALI = [
    "Dinas Kesehatan | Rumah Sakit Jiwa",
    "Badan Pendapatan Daerah | UPTD Pelayanan Pajak dan Retribusi Daerah Provinsi Bali di Kabupaten Badung",
    "Badan Pendapatan Daerah | UPTD Pelayanan Pajak dan Retribusi Daerah Provinsi Bali di Kota Denpasar",
]


def test_a_province_named_before_di_is_that_province() -> None:
    """The table was of the province "bali di", and Bali's staff linked to nothing."""
    assert unit_regions(BALI[1])["provinsi"] == {"provinsi bali"}
    assert own_regions(BALI) == {"provinsi": "provinsi bali"}
    assert _link("Pemerintah Provinsi Bali | Dinas Kesehatan | Rumah Sakit Jiwa", BALI) == "J0"
    assert _link("Pemerintah Provinsi Jawa Timur | Dinas Kesehatan | Rumah Sakit Jiwa", BALI) is None


def test_the_words_after_a_provinces_name_stay_in_the_unit() -> None:
    """They were cut as the province's name: "… Wakil Direktur Medis" was read as the hospital itself."""
    key = normalize_unit_name("Rumah Sakit Jiwa Provinsi Jawa Barat | Wakil Direktur Medis")
    assert unit_without_place(key) == "rumah sakit jiwa wakil direktur medis"
    assert unit_regions("Dinas Sosial Provinsi Papua Barat Daya")["provinsi"] == {"provinsi papua barat daya"}
