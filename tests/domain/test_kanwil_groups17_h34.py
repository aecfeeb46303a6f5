"""A ministry's Kantor Wilayah abbreviated after a written-out "Kepala" (groups17, h34)."""

import pytest

from asn_mutasi.domain.jabatan import classify_jenis_jabatan, jenis_by_kelas, normalize_position_name


@pytest.mark.parametrize("written", ["Kepala Kanwil Kemenag Provinsi Jawa Tengah", "KEPALA KANWIL BPN PROVINSI DIY"])
def test_kepala_kanwil_is_the_kepala_kantor_wilayah(written: str) -> None:
    """ "Kanwil" after a written-out "Kepala" is the Kantor Wilayah (KMA 8/2016), led at eselon II.a as "Kakanwil" is:
    it read Pelaksana (groups17, h34)."""
    assert classify_jenis_jabatan(written) == "JPT Pratama"
    assert jenis_by_kelas(written, classify_jenis_jabatan(written), 12.0) == "JPT Pratama"
    assert normalize_position_name("Kepala Kanwil Kemenag") == normalize_position_name("Kakanwil Kemenag")
