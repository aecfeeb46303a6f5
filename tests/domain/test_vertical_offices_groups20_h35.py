"""Heads of a ministry's offices in a region: the eselon their organisation rule sets (groups20, h35)."""

from __future__ import annotations

import pytest

from asn_mutasi.domain.jabatan import classify_jenis_jabatan, jenis_by_kelas


@pytest.mark.parametrize(
    ("nama", "jenis"),
    [
        # real spellings: "Kepala Kantah Loteng", "Kepala KPP Pratama Jambi", "Kakanim Palopo" (public apps' officials),
        # "Kepala Lembaga Pemasyarakatan Kelas IIA Banjarmasin", "Kepala Lembaga Pemasyarakatan Klas II B Ampana"
        # (public code), "Kepala Kantor Imigrasi Kelas I Khusus TPI Jakarta Selatan", "Kelas III Non TPI Ketapang"
        ("Kepala Kantor Pertanahan Kabupaten Bogor", "Administrator"),
        ("Kepala Kantah Loteng", "Administrator"),
        ("Kepala KPP Pratama Jambi", "Administrator"),
        ("Kepala KPPN Jakarta I", "Administrator"),
        ("Kepala KPPBC TMP C Cilacap", "Administrator"),
        ("Kepala Kantor Pelayanan Utama Bea dan Cukai Tipe A Tanjung Priok", "JPT Pratama"),
        ("Kepala Kantor Imigrasi Kelas I Khusus TPI Jakarta Selatan", "JPT Pratama"),
        ("Kepala Kantor Imigrasi Kelas I TPI Palembang", "Administrator"),
        ("Kepala Kantor Imigrasi Kelas III Non TPI Ketapang", "Pengawas"),
        ("Kepala Lembaga Pemasyarakatan Kelas IIA Banjarmasin", "Administrator"),
        ("Kepala Lembaga Pemasyarakatan Klas II B Ampana", "Pengawas"),
        ("Kalapas Kelas 2B", "Pengawas"),
        ("Kepala Rumah Tahanan Negara Kelas IIB Purwodadi", "Pengawas"),
        ("Karutan Kelas I", "Administrator"),
        ("Kepala Kantor Kementerian Agama Kota Bandung", "Administrator"),
        ("Kakanwil Kemenag", "JPT Pratama"),
    ],
)
@pytest.mark.parametrize("kelas", [None, 8.0, 14.0, 15.0])
def test_vertical_office_head_reads_its_rule_eselon_whatever_the_kelas(nama: str, jenis: str, kelas: float) -> None:
    assert jenis_by_kelas(nama, classify_jenis_jabatan(nama), kelas) == jenis


def test_lapas_head_without_class_is_managerial_and_told_by_kelas() -> None:
    # "Kepala Lembaga Pemasyarakatan" alone read Pelaksana (BUP 58); its class decides its eselon, the kelas stands in
    assert classify_jenis_jabatan("Kepala Lembaga Pemasyarakatan") == "Administrator"
    assert jenis_by_kelas("Kepala Lapas", "Administrator", 8.0) == "Pengawas"
