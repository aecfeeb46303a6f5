"""DKI Jakarta's kota and kabupaten administrasi are units of the province, no governments of their own: the staff
of a kecamatan or kelurahan there belong to a table of the province (units28, h38)."""

from __future__ import annotations

import pytest

from asn_mutasi.domain.unit import governments, unit_regions

from .test_linking_regions_link2_h35 import _link

DKI_TABLE = ["Dinas Kesehatan Provinsi DKI Jakarta", "Kecamatan Menteng", "Kelurahan Gondangdia"]


@pytest.mark.parametrize(
    ("written", "code"),
    [
        ("Kecamatan Menteng Kota Administrasi Jakarta Pusat", "J1"),
        ("Kelurahan Gondangdia Kota Adm. Jakarta Pusat", "J2"),
        ("Kecamatan Menteng Kota Jakarta Pusat Provinsi DKI Jakarta", "J1"),
        ("Kelurahan Gondangdia Kota Jakpus", "J2"),
    ],
)
def test_a_dki_kecamatan_links_to_a_table_naming_the_province(written: str, code: str) -> None:
    """Each was refused as a kota's unit by a province's table."""
    assert _link(written, DKI_TABLE) == code


@pytest.mark.parametrize(
    ("written", "table"),
    [
        ("Kecamatan Menteng Kota Bekasi", DKI_TABLE),
        (
            "Kecamatan Menteng Kota Administrasi Jakarta Pusat",
            ["Dinas Kesehatan Provinsi Jawa Barat", "Kecamatan Menteng"],
        ),
        ("Kecamatan Menteng Kota Administrasi Jakarta Pusat", ["Kecamatan Menteng Kota Administrasi Jakarta Selatan"]),
        ("Dinas Kesehatan Kab. Adm. Kep. Seribu", ["Dinas Kesehatan Provinsi Jawa Barat", "Kecamatan Menteng"]),
    ],
)
def test_another_kota_or_province_stays_refused(written: str, table: list[str]) -> None:
    assert _link(written, table) is None


def test_a_provinces_unit_serving_a_kota_administrasi_is_the_provinces() -> None:
    """SSCASN 2024's "… | Pusat Pelatihan … Kota Administrasi Jakarta Pusat | …" of the province's Dinas Pendidikan
    was of no government: it names the province and a kota after it."""
    path = (
        "PEMERINTAH PROVINSI DKI JAKARTA | DINAS PENDIDIKAN PROVINSI DKI JAKARTA | PUSAT PELATIHAN DAN PENGEMBANGAN "
        "PENDIDIKAN KOTA ADMINISTRASI JAKARTA PUSAT | SATUAN PELAKSANA PELATIHAN DAN PENGEMBANGAN PENDIDIK"
    )
    assert governments([path], 3) == ["provinsi daerah khusus jakarta"]
    assert "provinsi daerah khusus jakarta" in unit_regions("Kecamatan Cakung Kab. Kep. Seribu")["provinsi"]
