"""Post classification, round 10 (groups10, h32): lead words before a JF's name, pelaksana names of KepmenPANRB
41/2018."""

from __future__ import annotations

import pytest

from asn_mutasi.config import Rules
from asn_mutasi.domain.jabatan import classify_jenis_jabatan, retirement_age
from asn_mutasi.domain.rumpun import classify_position

RULES = Rules()


@pytest.mark.parametrize(
    ("nama", "jf", "bup"),
    [
        ("PNS Guru", "guru", 60),  # the holder's kind of appointment (UU 20/2023 Pasal 6)
        ("PPPK Guru", "guru", 60),
        ("P3K Guru", "guru", 60),
        ("Nakes Perawat", "perawat", 58),  # tenaga kesehatan, shortened
        ("Kepala Ruangan Perawat", "perawat", 58),  # a perawat with the ward's manager task (Permenkes 40/2017)
        ("Karu Perawat", "perawat", 58),
        ("Ketua Tim Perawat", "perawat", 58),
        ("Tenaga Kesehatan Bidan", "bidan", 58),  # read Fungsional before, but no JF
        ("Koordinator Guru", "guru", 60),
        ("Koordinator Penyuluh Pertanian", "penyuluh pertanian", 58),
    ],
)
def test_lead_words_before_a_jf_leave_it_the_post_s_jf(nama: str, jf: str, bup: int) -> None:
    """ "PNS Guru", "Nakes Perawat", "Kepala Ruangan Perawat" read Pelaksana (BUP 58, a guru's 60 missed), and
    "Tenaga Kesehatan Bidan" or "Koordinator Guru" read Fungsional but no JF for experience and education."""
    assert classify_jenis_jabatan(nama) == "Fungsional"
    assert classify_position(nama).jf == jf
    assert retirement_age(None, nama, RULES) == bup


@pytest.mark.parametrize("nama", ["Asisten Apoteker", "Pengelola Data Guru"])
def test_a_name_read_before_its_lead_words_keeps_its_reading(nama: str) -> None:
    """A JF whose own name opens with a lead word stays that JF; a post whose object is a JF stays pelaksana."""
    expected = {
        "Asisten Apoteker": "asisten apoteker",
        "Pengelola Data Guru": None,
    }
    assert classify_position(nama).jf == expected[nama]
