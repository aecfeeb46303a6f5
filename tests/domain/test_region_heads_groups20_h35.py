"""The heads of regions: "Walikota" and "Wali Kota" one key, the seat a Pj. holds read at its JPT (groups20, h35)."""

from __future__ import annotations

import pytest

from asn_mutasi.domain.jabatan import acting_word, classify_jenis_jabatan, normalize_position_name


@pytest.mark.parametrize(
    ("one", "other"),
    [("Walikota Surabaya", "Wali Kota Surabaya"), ("Staf Ahli Walikota", "Staf Ahli Wali Kota"),
     ("Wakil Walikota", "Wakil Wali Kota")],
)  # fmt: skip
def test_walikota_and_wali_kota_are_one_key(one: str, other: str) -> None:
    assert normalize_position_name(one) == normalize_position_name(other)


@pytest.mark.parametrize(
    ("nama", "jenis"),
    [
        # UU 10/2016 Pasal 201 ayat 10 and 11: a Pj. Gubernur comes from JPT Madya, a Pj. Bupati/Wali Kota from
        # JPT Pratama
        ("Pj. Walikota Bekasi", "JPT Pratama"),
        ("Pj Wali Kota Bekasi", "JPT Pratama"),
        ("Penjabat Bupati Bekasi", "JPT Pratama"),
        ("Pj. Gubernur DKI Jakarta", "JPT Madya"),
        ("Wakil Bupati", "Pelaksana"),  # no seat a penjabat holds; left as it read
    ],
)
def test_penjabat_seat_of_a_region_head_reads_its_jpt(nama: str, jenis: str) -> None:
    assert classify_jenis_jabatan(nama) == jenis
    if nama.startswith("P"):
        assert acting_word(nama) == "Pj."
