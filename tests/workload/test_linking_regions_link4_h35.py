"""A region written by its old name or a sourced other spelling is that region, and still no other (link4, h35)."""

from __future__ import annotations

import pytest

from asn_mutasi.data import data_csv
from asn_mutasi.domain.jabatan import normalize_unit_name
from asn_mutasi.domain.unit import unit_regions, unit_without_place

from .test_linking_regions_link2_h35 import _link

#: an old name or another spelling of ``wilayah_alias.csv`` against the official one: these linked before link2's
#: region rule and were refused by it
SAME_REGION = [
    ("Dinas Sosial Provinsi Sumatra Utara", ["Dinas Sosial Provinsi Sumatera Utara"]),
    ("Dinas Sosial Provinsi Sumatera Barat", ["Dinas Sosial Provinsi Sumatra Barat"]),
    ("Dinas Sosial Provinsi Sumatra Utara", ["Dinas Sosial Provinsi Sumut"]),
    ("Dinas Sosial Provinsi DKI Jakarta", ["Dinas Sosial Provinsi Daerah Khusus Jakarta"]),
    ("Dinas Sosial Provinsi Daerah Khusus Ibukota Jakarta", ["Dinas Sosial Provinsi Daerah Khusus Jakarta"]),
    ("Dinas Sosial Kabupaten Toba Samosir", ["Dinas Sosial Kabupaten Toba"]),
    ("Dinas Sosial Kabupaten Mamuju Utara", ["Dinas Sosial Kabupaten Pasangkayu"]),
    ("Dinas Sosial Kabupaten Maluku Tenggara Barat", ["Dinas Sosial Kabupaten Kepulauan Tanimbar"]),
    ("Dinas Sosial Kota Padang Sidempuan", ["Dinas Sosial Kota Padangsidimpuan"]),
    ("Dinas Sosial Kabupaten 50 Kota", ["Dinas Sosial Kabupaten Lima Puluh Kota"]),
    ("Dinas Sosial Kabupaten Lima Puluh Kota", ["Dinas Sosial Kabupaten 50 Kota"]),
    ("Dinas Sosial Provinsi NAD", ["Dinas Sosial Provinsi Aceh"]),
    ("Dinas Sosial Provinsi Nanggroe Aceh Darussalam", ["Dinas Sosial Provinsi Aceh"]),
    ("Dinas Sosial Provinsi Aceh", ["Dinas Sosial Provinsi NAD"]),
    ("Dinas Sosial Provinsi DIY", ["Dinas Sosial Provinsi Daerah Istimewa Yogyakarta"]),
]

#: an old name read cut to another official region's ("Mamuju Utara" as Mamuju, "Padang Sidempuan" as Padang) or
#: two different regions of the alias table: still refused
OTHER_REGION = [
    ("Dinas Sosial Kabupaten Mamuju Utara", ["Dinas Sosial Kabupaten Mamuju"]),
    ("Dinas Sosial Kabupaten Maluku Tenggara Barat", ["Dinas Sosial Kabupaten Maluku Tenggara"]),
    ("Dinas Sosial Kota Padang Sidempuan", ["Dinas Sosial Kota Padang"]),
    ("Dinas Sosial Kabupaten Toba Samosir", ["Dinas Sosial Kabupaten Samosir"]),
    ("Dinas Sosial Provinsi Sumatra Barat", ["Dinas Sosial Provinsi Sumatera Utara"]),
    ("Dinas Sosial Provinsi Sumatra Utara", ["Dinas Sosial Provinsi Sumatera Selatan"]),
    ("Dinas Sosial Provinsi NAD", ["Dinas Sosial Provinsi Daerah Istimewa Yogyakarta"]),
    ("Dinas Sosial Provinsi DKI Jakarta", ["Dinas Sosial Provinsi Daerah Istimewa Yogyakarta"]),
]


@pytest.mark.parametrize(("written", "units"), SAME_REGION)
def test_an_old_name_or_other_spelling_is_the_same_region(written: str, units: list[str]) -> None:
    assert _link(written, units) == "J0"


@pytest.mark.parametrize(("written", "units"), OTHER_REGION)
def test_an_old_name_is_still_no_other_region(written: str, units: list[str]) -> None:
    assert _link(written, units) is None


def test_every_alias_is_sourced_and_names_an_official_region() -> None:
    """Each row of the alias table has its source, and a kabupaten's or kota's official name is on the official list."""
    official = {
        (r["jenis"], normalize_unit_name(r["nama"]).replace(" ", "")) for r in data_csv("wilayah_kabupaten_kota.csv")
    }
    rows = data_csv("wilayah_alias.csv")
    assert rows and all(r["sumber"] for r in rows)
    bad = [
        r for r in rows if r["jenis"] != "provinsi" and (r["jenis"], r["nama"].lower().replace(" ", "")) not in official
    ]
    assert bad == []


def test_an_old_name_is_cut_from_the_office_whole() -> None:
    for row in data_csv("wilayah_alias.csv"):
        place = f"{row['jenis']} {normalize_unit_name(row['alias'])}"
        assert unit_regions(f"Dinas Sosial {place} | Bidang Rehabilitasi")[_level(row["jenis"])] == {place}
        assert unit_without_place(f"dinas sosial {place} bidang rehabilitasi") == "dinas sosial bidang rehabilitasi"


def _level(word: str) -> str:
    return "provinsi" if word == "provinsi" else "daerah"
