"""A province is read by its official name, its sourced other names and short names, with or without "Provinsi",
and two provinces are never one (link5, h36)."""

from __future__ import annotations

import pytest

from asn_mutasi.data import data_csv
from asn_mutasi.domain.jabatan import normalize_unit_name
from asn_mutasi.domain.unit import same_place, unit_regions

from .test_linking_regions_link2_h35 import _link

#: a province written by its sourced short name, or by a name of it the alias table holds, against its full name
SAME_PROVINCE = [
    ("Dinas Sosial Provinsi Yogyakarta", ["Dinas Sosial Provinsi Daerah Istimewa Yogyakarta"]),
    ("Dinas Sosial Provinsi D.I. Yogyakarta", ["Dinas Sosial Provinsi Daerah Istimewa Yogyakarta"]),
    ("Dinas Sosial DIY", ["Dinas Sosial Provinsi Daerah Istimewa Yogyakarta"]),
    ("Dinas Sosial NTT", ["Dinas Sosial Provinsi Nusa Tenggara Timur"]),
    ("Dinas Sosial Provinsi Kaltara", ["Dinas Sosial Provinsi Kalimantan Utara"]),
    ("Dinas Sosial Provinsi Sultra", ["Dinas Sosial Provinsi Sulawesi Tenggara"]),
    ("Dinas Sosial Provinsi Babel", ["Dinas Sosial Provinsi Kepulauan Bangka Belitung"]),
    ("Dinas Sosial Provinsi DKI", ["Dinas Sosial Provinsi DKI Jakarta"]),
    ("Dinas Sosial Propinsi Kalimantan Timur", ["Dinas Sosial Provinsi Kalimantan Timur"]),
]

#: two provinces, one of them or both written short: refused
OTHER_PROVINCE = [
    ("Dinas Sosial NTT", ["Dinas Sosial Provinsi Nusa Tenggara Barat"]),
    ("Dinas Sosial Provinsi NTT", ["Dinas Sosial Provinsi NTB"]),
    ("Dinas Sosial Provinsi Kaltara", ["Dinas Sosial Provinsi Kalimantan Barat"]),
    ("Dinas Sosial DIY", ["Dinas Sosial Provinsi Jawa Tengah"]),
    ("Dinas Sosial Provinsi Yogyakarta", ["Dinas Sosial Provinsi Jawa Tengah"]),
    ("Dinas Sosial Provinsi Papua", ["Dinas Sosial Provinsi Papua Barat"]),
]


@pytest.mark.parametrize(("written", "units"), SAME_PROVINCE)
def test_a_province_written_short_or_otherwise_is_that_province(written: str, units: list[str]) -> None:
    assert _link(written, units) == "J0"


@pytest.mark.parametrize(("written", "units"), OTHER_PROVINCE)
def test_two_provinces_are_never_one(written: str, units: list[str]) -> None:
    assert _link(written, units) is None


def test_every_short_name_is_its_own_province_only() -> None:
    """Each sourced name of a province is that province and no other of the official list."""
    provinces = [f"provinsi {normalize_unit_name(r['nama'])}" for r in data_csv("wilayah_provinsi.csv")]
    assert len(provinces) == 38
    for row in data_csv("wilayah_alias.csv"):
        if row["jenis"] != "provinsi":
            continue
        alias = f"provinsi {normalize_unit_name(row['alias'])}"
        hits = [p for p in provinces if same_place(alias, p)]
        assert hits == [f"provinsi {normalize_unit_name(row['nama'])}"], row


def test_a_short_name_alone_names_its_province_but_a_kota_name_does_not() -> None:
    assert unit_regions("Dinas Sosial NTT")["provinsi"] == {"provinsi ntt"}
    assert "provinsi" not in unit_regions("Dinas Sosial Kota Yogyakarta")


#: a kabupaten's or kota's unit and a province's (SSCASN 2024 OPD names): two governments
OTHER_GOVERNMENT = [
    ("Dinas Kesehatan Kab. Sanggau", ["DINAS KESEHATAN PROVINSI KALIMANTAN BARAT"]),
    ("Dinas Pendidikan Kabupaten Simeulue", ["DINAS PENDIDIKAN PROVINSI DKI JAKARTA"]),
    ("Dinas Sosial Provinsi NTT", ["Dinas Sosial Kota Kupang"]),
]


@pytest.mark.parametrize(("written", "units"), OTHER_GOVERNMENT)
def test_a_kabupatens_unit_is_no_provinces(written: str, units: list[str]) -> None:
    assert _link(written, units) is None


def test_a_kabupatens_unit_written_with_its_province_is_still_its_own() -> None:
    assert _link("Dinas Kesehatan Kabupaten Bima Provinsi NTB", ["Dinas Kesehatan Kabupaten Bima"]) == "J0"
    assert _link("Dinas Kesehatan Kabupaten Bima", ["Dinas Kesehatan Kabupaten Bima Provinsi NTB"]) == "J0"
