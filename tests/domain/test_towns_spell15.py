"""A college's or school's town from the official kabupaten/kota list is no programme (spell15, h33): "Politeknik
Negeri Tanah Laut" read the programme NEGERI TANAH LAUT and "SMK Negeri 1 Tanjung Jabung Barat" TANJUNG JABUNG BARAT,
the towns' words (TANAH, LAUT, BARAT) being words of programmes too. The names come from Kepmendagri's kode wilayah
(``asn_mutasi/data/wilayah_kabupaten_kota.csv``)."""

from __future__ import annotations

import pytest

from asn_mutasi.data import data_csv
from asn_mutasi.domain.pendidikan import parse_education, without_town
from asn_mutasi.matching.education import EducationMatcher


@pytest.mark.parametrize(
    "cell",
    [
        "Politeknik Negeri Tanah Laut",
        "D3 Politeknik Negeri Tanah Laut",
        "D3 Politeknik Negeri Kab. Tanah Laut",
        "D3 Politeknik Negeri Kabupaten Tanah Laut",
    ],
)
def test_a_college_and_its_town_name_no_programme(cell: str) -> None:
    read = parse_education(cell, None)
    assert (read.level, read.programme) == ("D-III", "")


@pytest.mark.parametrize(
    ("cell", "programme"),
    [
        ("SMK Negeri 1 Tanjung Jabung Barat", ""),
        ("SMK N 1 Tanjung Jabung Barat", ""),
        ("SMK N 1 Kab. Tanah Laut", ""),
        ("SMK Negeri 1 Kota Baru", ""),
        ("SMK Pertanian Tanah Laut", "PERTANIAN"),
        ("SMK Kelautan Tanah Laut", "KELAUTAN"),
        ("SPK Depkes Tanah Datar", "KEPERAWATAN"),
        ("SMK Negeri 1 Akuntansi", "AKUNTANSI"),
    ],
)
def test_a_schools_town_is_no_programme(cell: str, programme: str) -> None:
    read = parse_education(cell, None)
    assert (read.level, read.programme) == ("SMA", programme)


@pytest.mark.parametrize(
    ("cell", "programme"),
    [
        ("D3 Politeknik Negeri Tanah Laut Akuntansi", "AKUNTANSI"),
        ("D3 Akper Pemkab Tanah Datar", "KEPERAWATAN"),
        ("D3 Akademi Kebidanan Kota Baru", "KEBIDANAN"),
    ],
)
def test_a_programme_beside_the_town_stays(cell: str, programme: str) -> None:
    assert parse_education(cell, None).programme.upper() == programme


@pytest.mark.parametrize(
    ("text", "left"),
    [
        ("KEPERAWATAN KOTA WARINGIN TIMUR", "KEPERAWATAN"),  # written apart, listed as KOTAWARINGIN TIMUR
        ("KEPERAWATAN KOTAWARINGIN TIMUR", "KEPERAWATAN"),
        ("PERENCANAAN WILAYAH DAN KOTA MALANG", "PERENCANAAN WILAYAH DAN KOTA"),  # KOTA of the programme stays
        ("PERENCANAAN WILAYAH DAN KOTA", "PERENCANAAN WILAYAH DAN KOTA"),
        ("PERENCANAAN WILAYAH KOTA", "PERENCANAAN WILAYAH KOTA"),  # no town after the words written before one
        ("Ilmu Administrasi", "Ilmu Administrasi"),
        ("TEKNIK KELAUTAN", "TEKNIK KELAUTAN"),
    ],
)
def test_without_town(text: str, left: str) -> None:
    assert without_town(text) == left


def test_the_town_list_is_kepmendagris_and_small() -> None:
    rows = data_csv("wilayah_kabupaten_kota.csv")
    assert len(rows) >= 514  # 416 kabupaten and 98 kota (Kepmendagri 300.2.2-2138/2025)
    assert {r["jenis"] for r in rows} == {"kabupaten", "kota"}
    assert {"TANAH LAUT", "TANJUNG JABUNG BARAT", "KOTAWARINGIN TIMUR"} <= {r["nama"] for r in rows}


def test_the_matcher_says_the_programme_is_not_recorded() -> None:
    requirement = "SLTA/SMK Teknik Mesin"
    read = parse_education("SMK Negeri 1 Tanjung Jabung Barat", None)
    fit = EducationMatcher([requirement]).fit(read.level, read.programme, read.jalur, requirement)
    assert not fit.memenuhi
    assert "tidak tercatat" in fit.alasan


@pytest.mark.parametrize(
    ("cell", "programme"),
    [
        ("SMK Negeri 1 Tanah Laut Jurusan Akuntansi", "AKUNTANSI"),
        ("SMK Negeri 1 Kota Batu Tata Boga", "TATA BOGA"),
        ("SMK Negeri 2 Kab. Tanah Laut Teknik Mesin", "TEKNIK MESIN"),
        ("SMK Negeri 1 Kota Baru Akuntansi", "AKUNTANSI"),  # Kotabaru written apart
    ],
)
def test_a_programme_after_a_vocational_schools_town(cell: str, programme: str) -> None:
    read = parse_education(cell, None)
    assert (read.level, read.programme.upper(), read.jalur) == ("SMA", programme, "kejuruan")
