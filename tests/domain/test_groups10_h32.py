"""Post classification, round 10 (groups10, h32): lead words before a JF's name, pelaksana names of KepmenPANRB
41/2018."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from asn_mutasi.config import Rules
from asn_mutasi.domain.jabatan import classify_jenis_jabatan, named_pelaksana, retirement_age
from asn_mutasi.domain.jenis import golongan_keys
from asn_mutasi.domain.pensiun import IMPLAUSIBLE, SAME, roster_pension
from asn_mutasi.domain.rumpun import classify_position
from asn_mutasi.schema import EDUCATION_RANK, STATED_TMT

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


PELAKSANA_41_2018 = ["Pengelola Data Guru", "Pengelola Keuangan", "Pengemudi", "Caraka", "Operator Komputer",
                     "Penyusun Program Anggaran dan Pelaporan", "Pramu Bakti", "Verifikator Keuangan"]  # fmt: skip


def test_pelaksana_names_of_41_2018_say_pelaksana_and_their_bup_by_law() -> None:
    """ "Pengelola Data Guru" with a roster's 60 (a guru's BUP) was believed: only "Pengadministrasi" and "Pengolah"
    named a pelaksana, not the other head nouns of PermenPANRB 41/2018. A JF that opens with one ("Pengelola
    Pengadaan Barang/Jasa Ahli Madya", BUP 60) keeps the roster's figure."""
    names = [*PELAKSANA_41_2018, "Pengelola Pengadaan Barang/Jasa Ahli Madya"]
    frame = pd.DataFrame(
        {
            "jabatan": names,
            "tanggal_lahir": pd.to_datetime(["1966-03-10"] * len(names)),
            "tmt_pensiun": pd.to_datetime(["2026-04-01"] * len(names)),  # at 60
        }
    )
    used = roster_pension(frame.rename(columns={"tmt_pensiun": STATED_TMT}), RULES)
    assert used.verdict.tolist() == [IMPLAUSIBLE] * len(PELAKSANA_41_2018) + [SAME]
    assert used.bup.tolist() == [58] * len(PELAKSANA_41_2018) + [60]


@pytest.mark.parametrize(
    "nama",
    ["Pengelola Pengadaan Barang/Jasa", "Pengelola Sumber Daya Air", "Pengelola Kesehatan Ikan", "Kepala Laboratorium"],
)
def test_a_jf_opening_with_a_pelaksana_head_is_not_named_pelaksana(nama: str) -> None:
    """JFs of the catalogue that open with "Pengelola" stay JFs; a post read pelaksana for want of a JF is not named."""
    assert not named_pelaksana(nama)


def test_a_dokter_hewan_of_unknown_golongan_enters_at_iii_b_as_a_dokter() -> None:
    """PP 98/2000 jo. PP 11/2002 Pasal 11: "Dokter, Apoteker, dan Magister (S2)" at III/b; a Profesi Dokter Hewan was
    held to its S-1's III/a while SSCASN 2024 regional formations pay it III/b (groups10, h32)."""
    profesi = EDUCATION_RANK["Profesi"]
    keys = golongan_keys(
        np.array([np.nan] * 4),
        None,
        np.array([profesi, profesi, profesi, EDUCATION_RANK["S-1"]]),
        np.array(["DOKTER", "DOKTER HEWAN", "KEDOKTERAN HEWAN", "KEDOKTERAN HEWAN"], dtype=object),
    ).tolist()
    assert keys[1] == keys[2] == keys[0]
    assert keys[3] < keys[0]
