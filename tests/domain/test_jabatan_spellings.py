"""Position names as real rosters write them: a kind with the name in brackets, heads of offices, short forms
(spell9, real11; h29)."""

from __future__ import annotations

import numpy as np
import pytest

from asn_mutasi.domain.jabatan import classify_jenis_jabatan, normalize_position_name
from asn_mutasi.matching.scoring import jabatan_key, same_jabatan


@pytest.mark.parametrize(
    ("written", "key", "jenis"),
    [
        ("FUNGSIONAL(Perencana Pertama)", "perencana pertama", "Fungsional"),
        ("FUNGSIONAL(Pengadministrasi umum)", "pengadministrasi umum", "Pelaksana"),
        ("FUNGSIONAL(Bendahara Penerima)", "bendahara penerima", "Pelaksana"),
        ("Fungsional Umum (Pengadministrasi Umum)", "pengadministrasi umum", "Pelaksana"),
        ("Pelaksana (Pengadministrasi Umum)", "pengadministrasi umum", "Pelaksana"),
        ("JFU (Perawat)", "perawat", "Pelaksana"),  # the kind says it: a pelaksana awaiting inpassing
        ("JFT (Perawat Terampil)", "perawat terampil", "Fungsional"),
        ("Fungsional (Pranata Komputer Ahli Pertama)", "pranata komputer ahli pertama", "Fungsional"),
    ],
)
def test_a_kind_with_the_name_in_brackets_is_the_name(written: str, key: str, jenis: str) -> None:
    """A Balai roster's "FUNGSIONAL(Perencana Pertama)", "FUNGSIONAL(Pengadministrasi umum)" (1375695643) were all
    keyed "fungsional" (one jabatan for the PPPK rule) and the pelaksana read Fungsional (spell9 D2, h29)."""
    assert normalize_position_name(written) == key
    assert classify_jenis_jabatan(written) == jenis


@pytest.mark.parametrize(
    ("written", "key"),
    [
        ("Staf (Subbag Umum)", "staf"),  # a unit in the brackets
        ("Staf (Dinkes)", "staf"),
        ("Fungsional (Ahli Pertama)", "fungsional"),  # a jenjang alone
        ("Pelaksana (Plt.)", "pelaksana"),
        ("Perawat (JFU)", "perawat"),  # the name outside, the kind inside
        ("Kepala Pelaksana (BPBD)", "kepala pelaksana"),  # no kind word: a post of its own
        (
            "Analis SDM Aparatur Ahli Muda (Ketua Subkelompok Kepegawaian)",
            "analis sumber daya manusia aparatur ahli muda",
        ),
        ("Fungsional (Perawat) Puskesmas X", "fungsional puskesmas x"),  # words after the brackets: left as before
    ],
)
def test_brackets_after_a_kind_that_hold_no_post_name_are_dropped_as_before(written: str, key: str) -> None:
    """Negatives of the kind-with-brackets reading (spell9 D2, h29)."""
    assert normalize_position_name(written) == key


def test_posts_written_as_a_kind_with_brackets_are_not_one_jabatan() -> None:
    """ "FUNGSIONAL(Perencana Pertama)" and "FUNGSIONAL(Bendahara Penerima)" were one jabatan (relatedness 3): a PPPK
    could change post freely between them (spell9 D2, h29, all 3 false positives of its pair set)."""
    own = np.asarray(
        [jabatan_key("FUNGSIONAL(Pengadministrasi umum)")] * 2 + [jabatan_key("FUNGSIONAL(Perencana Pertama)")]
    )
    target = np.asarray(
        [
            jabatan_key(n)
            for n in ("FUNGSIONAL(Bendahara Penerima)", "Pengadministrasi Perkantoran", "Perencana Ahli Pertama")
        ]
    )
    assert same_jabatan(own, target).tolist() == [False, True, True]
