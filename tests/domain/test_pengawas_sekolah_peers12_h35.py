"""A Pengawas Sekolah written by the school level it supervises, as SIMPEG rosters write it (peers12, h35).

A public CodeIgniter SIMPEG/e-kinerja app (stored file found by ``find_string "Pengawas TK/SD"``) lists, under its
``jenis_jabatan == 'JFT'`` branch, the posts "Pengawas TK/SD", "Pengawas SMP", "Pengawas SMA" beside "Pengawas Sekolah
Ahli Muda/Madya/Utama": one JF, Pengawas Sekolah (PermenPANRB 21/2010: Pengawas Sekolah Muda, Madya, Utama). They read
Pelaksana here, with no education or golongan requirement, and an old jenjang after them ("Pengawas SMP Madya") was no
jenjang, so a Pengawas Sekolah Madya retired at 58, not the 60 PP 11/2017 Pasal 239 ayat 2 gives a JF madya.
"""

from __future__ import annotations

import pytest

from asn_mutasi.config import Rules
from asn_mutasi.domain.jabatan import classify_jenis_jabatan, least_requirement, retirement_age


@pytest.mark.parametrize(
    ("nama", "bup"),
    [
        ("Pengawas TK/SD", 58),
        ("Pengawas SMP", 58),
        ("Pengawas SMA", 58),
        ("Pengawas SD", 58),
        ("Pengawas TK/SD Muda", 58),
        ("Pengawas SMP Madya", 60),
        ("Pengawas SMA Utama", 65),
        ("Pengawas Pendidikan Agama Islam Madya", 60),
        ("Pengawas Sekolah Dasar Madya", 60),
        ("Pengawas Madrasah Madya", 60),  # the Kemenag JF (PMA 2/2012: pengawas madrasah and PAI)
        ("Pengawas Satuan Pendidikan", 58),
    ],
)
def test_school_level_pengawas_is_the_jf_pengawas_sekolah(nama: str, bup: int) -> None:
    assert classify_jenis_jabatan(nama) == "Fungsional"
    assert retirement_age(None, nama, Rules()) == bup
    # the JF's own requirement (PermenPANRB 21/2010: from guru of S-1/D-IV), as "Pengawas Sekolah" has it
    assert least_requirement("Fungsional", nama)[0] == least_requirement("Fungsional", "Pengawas Sekolah")[0] == "S-1"


@pytest.mark.parametrize("nama", ["Pengawas Pemilu", "Pengawas Tata Ruang", "Pengawas Madya"])
def test_other_pengawas_posts_stay_as_they_were(nama: str) -> None:
    """Only the school levels name the JF: a "Pengawas" of anything else keeps its reading."""
    assert classify_jenis_jabatan(nama) == "Pelaksana"
    assert retirement_age(None, nama, Rules()) == 58
