"""Three unit links left by link5: a short province name opening its longer name ("DKI Jakarta"), a province named
bare at the end of an office's name ("DINAS PANGAN ACEH", SSCASN 2024), and a kabupaten's table whose units also
name the province the kabupaten lies in (link6, h36)."""

from __future__ import annotations

import pytest

from asn_mutasi.domain.jabatan import normalize_unit_name
from asn_mutasi.domain.unit import own_regions, unit_among, unit_regions, unit_without_place

from .test_linking_regions_link2_h35 import _link

#: a province written by a short name and the rest of a longer name of it, no "Provinsi": that province
DKI_SAME = [
    ("Dinas Kesehatan DKI Jakarta", ["Dinas Kesehatan"]),
    ("Dinas Kesehatan DKI Jakarta", ["Dinas Kesehatan Provinsi DKI Jakarta"]),
    ("Dinas Kesehatan DKI Jakarta", ["Dinas Kesehatan Provinsi Daerah Khusus Jakarta"]),
    ("Dinas Kesehatan Provinsi DKI Jakarta", ["Dinas Kesehatan DKI Jakarta"]),
]
#: the same, against another province's or a kota's office: two units
DKI_OTHER = [
    ("Dinas Kesehatan DKI Jakarta", ["Dinas Kesehatan Provinsi Jawa Barat"]),
    ("Dinas Kesehatan DKI Jakarta", ["Dinas Kesehatan Kota Bekasi"]),
    ("Dinas Kesehatan Provinsi Jawa Barat", ["Dinas Kesehatan DKI Jakarta"]),
]


@pytest.mark.parametrize(("written", "units"), DKI_SAME)
def test_a_short_province_name_with_the_rest_of_its_name_is_that_province(written: str, units: list[str]) -> None:
    assert _link(written, units) == "J0"


@pytest.mark.parametrize(("written", "units"), DKI_OTHER)
def test_a_short_province_name_with_the_rest_of_its_name_is_no_other(written: str, units: list[str]) -> None:
    assert _link(written, units) is None


def test_the_whole_province_name_is_cut_and_read() -> None:
    assert unit_without_place(normalize_unit_name("Dinas Kesehatan DKI Jakarta")) == "dinas kesehatan"
    assert unit_regions("Dinas Kesehatan DKI Jakarta") == {"provinsi": {"provinsi dki jakarta"}}


#: an office named with its province bare at the end (SSCASN 2024 writes Aceh's so): that province
BARE_SAME = [
    ("DINAS PANGAN ACEH", ["Dinas Pangan"]),
    ("DINAS PANGAN ACEH", ["Dinas Pangan Provinsi Aceh"]),
    ("INSPEKTORAT ACEH", ["Inspektorat Provinsi Aceh"]),
    ("Dinas Pangan Sumatera Utara", ["Dinas Pangan Provinsi Sumut"]),
]
#: another province, a kabupaten whose name starts with the province's, or a kabupaten's table: two units
BARE_OTHER = [
    ("DINAS PANGAN ACEH", ["Dinas Pangan Kabupaten Aceh Besar"]),
    ("DINAS PANGAN ACEH", ["Dinas Pangan Provinsi Sumatera Utara"]),
    ("DINAS PANGAN ACEH", ["Dinas Pangan", "Sekretariat Daerah Kabupaten Aceh Besar"]),
    ("Dinas Pangan Kabupaten Aceh Barat", ["DINAS PANGAN ACEH"]),
    ("Dinas Pangan Provinsi Papua", ["Dinas Pangan Papua Barat"]),
]


@pytest.mark.parametrize(("written", "units"), BARE_SAME)
def test_a_province_named_bare_at_the_end_is_that_province(written: str, units: list[str]) -> None:
    assert _link(written, units) == "J0"


@pytest.mark.parametrize(("written", "units"), BARE_OTHER)
def test_a_province_named_bare_at_the_end_is_no_other_unit(written: str, units: list[str]) -> None:
    assert _link(written, units) is None


@pytest.mark.parametrize(
    "written",
    [
        "Dinas Pangan Aceh Barat",  # a kabupaten's name that starts with the province's
        "Dinas Pendidikan Banda Aceh",  # a kota's name that ends with it
        "Dinas Pangan Kabupaten Bengkulu Selatan",
        "Universitas Riau",  # no office of a government
        "Kecamatan Riau Silip",  # a kecamatan's own name
    ],
)
def test_a_name_ending_with_a_kabupatens_name_is_no_province(written: str) -> None:
    assert "provinsi" not in unit_regions(written)


def test_a_province_named_bare_at_the_end_is_read_and_cut() -> None:
    assert unit_regions("DINAS PANGAN ACEH") == {"provinsi": {"provinsi aceh"}}
    assert unit_without_place(normalize_unit_name("DINAS PANGAN ACEH")) == "dinas pangan"
    assert unit_without_place(normalize_unit_name("Dinas Pangan Aceh Barat")) == "dinas pangan aceh barat"


#: a kabupaten's table whose units name the province the kabupaten lies in
KABUPATEN_TABLE = [
    "Dinas Pangan",
    "Dinas Kesehatan Kabupaten Bandung Provinsi Jawa Barat",
    "Sekretariat Daerah Kabupaten Bandung Provinsi Jawa Barat",
]


@pytest.mark.parametrize(
    "written", ["Dinas Pangan Provinsi Jawa Barat", "Dinas Pangan Jabar", "Dinas Pangan Kabupaten Bandung Barat"]
)
def test_a_province_office_is_no_unit_of_a_kabupatens_table_naming_its_province(written: str) -> None:
    assert _link(written, KABUPATEN_TABLE) is None
    keys = [normalize_unit_name(u) for u in KABUPATEN_TABLE]
    assert unit_among(normalize_unit_name(written), keys, dict(zip(keys, KABUPATEN_TABLE, strict=True))) is None


@pytest.mark.parametrize(
    "written",
    ["Dinas Pangan", "Dinas Pangan Kabupaten Bandung", "Dinas Pangan Kabupaten Bandung Provinsi Jawa Barat"],
)
def test_the_kabupatens_own_office_still_links(written: str) -> None:
    assert _link(written, KABUPATEN_TABLE) == "J0"


def test_a_kabupatens_table_is_the_kabupatens_not_its_provinces() -> None:
    assert own_regions(KABUPATEN_TABLE) == {"daerah": "kabupaten bandung"}


@pytest.mark.parametrize(
    ("written", "units"),
    [
        ("Dinas Pangan Provinsi Jawa Barat", ["Dinas Pangan Kabupaten Bandung Provinsi Jawa Barat"]),
        ("Dinas Pangan Kabupaten Bandung Provinsi Jawa Barat", ["Dinas Pangan Provinsi Jawa Barat"]),
        ("Dinas Kesehatan Kabupaten Bima Provinsi NTB", ["Dinas Kesehatan Provinsi NTB"]),
    ],
)
def test_a_kabupatens_unit_naming_its_province_is_no_province_office(written: str, units: list[str]) -> None:
    assert _link(written, units) is None


#: a province's table with one unit that names a kota it serves: still the province's, its offices link
PROVINCE_TABLE = [
    "Dinas Kesehatan",
    "Dinas Sosial Provinsi Jawa Barat",
    "UPTD Pengelolaan Pendapatan Daerah Kota Bandung Provinsi Jawa Barat",
]


def test_a_provinces_table_with_a_unit_in_a_kota_keeps_its_province() -> None:
    assert _link("Dinas Kesehatan Provinsi Jawa Barat", PROVINCE_TABLE) == "J0"
    assert (
        _link("Cabang Dinas Pendidikan Provinsi Jawa Timur Wilayah Kabupaten Malang", ["Cabang Dinas Pendidikan"])
        == "J0"
    )
