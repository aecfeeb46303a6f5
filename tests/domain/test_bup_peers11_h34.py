"""BUP and TMT pensiun against three peer SIMPEG applications' own rules (peers11, h34).

Each peer's rule is rebuilt here from its public code (stored GitHub files, found by ``find_string "function
hitungBup"`` / ``"usia_pensiun = 60"``) and run on the same generated posts and birth dates as ours, figure by figure:

- HELPER: a CodeIgniter helper ``hitungBupInfo`` (Asia/Makassar): 65 for "AHLI UTAMA"; 60 for "AHLI MADYA", any "GURU",
  "KEPALA SEKOLAH", "PENGAWAS SEKOLAH", "PENILIK", "DOKTER", a name opening "KEPALA DINAS", "KEPALA BADAN",
  "INSPEKTUR", "SEKRETARIS DAERAH", "SEKRETARIS DPRD", "STAF AHLI", "ASISTEN", or eselon II; else 58. TMT: the 1st of
  the month after the birthday month in the BUP year.
- RADAR: yugisantoso52-hue/simpeg-app's ``CekPensiunHarian::hitungBup`` ("sesuai Ketentuan BKN"; also ported by
  bench/peers_bezetting.py --simpeg-app): 70 profesor/guru besar/peneliti or perekayasa
  ahli utama; 65 dosen or any ahli utama; 60 guru, ahli madya or a jenis "pimpinan tinggi"/"jpt"; else 58.
- NEXTJS: a Next.js API's ``usia_pensiun``: 60 for eselon JPTP/JPTM/JPTU, then for a JF 65 "UTAMA", 60 "MADYA", then
  65 "DOSEN", 70 "GURU BESAR"; else 58 (no guru rule).

Where a peer differs the law decides and our figure is pinned with the reason.
"""

from __future__ import annotations

from datetime import date

import pytest

from asn_mutasi.config import Rules
from asn_mutasi.domain.jabatan import classify_jenis_jabatan, pension_date, retirement_age


def helper_bup(jabatan: str, eselon: int = 0) -> int:
    j = jabatan.upper()
    if "AHLI UTAMA" in j:
        return 65
    anywhere = ("AHLI MADYA", "GURU", "KEPALA SEKOLAH", "PENGAWAS SEKOLAH", "PENILIK", "DOKTER")
    opening = ("KEPALA DINAS", "KEPALA BADAN", "INSPEKTUR", "SEKRETARIS DAERAH", "SEKRETARIS DPRD", "STAF AHLI")
    if any(w in j for w in anywhere) or j.startswith((*opening, "ASISTEN")) or eselon == 2:
        return 60
    return 58


def helper_tmt(born: date, bup: int) -> date:
    month = born.month + 1
    return date(born.year + bup + (month > 12), (month - 1) % 12 + 1, 1)


def radar_bup(jabatan: str, jenis: str = "") -> int:
    j, k = jabatan.lower(), jenis.lower()
    if any(w in j for w in ("profesor", "guru besar", "peneliti ahli utama", "perekayasa ahli utama")):
        return 70
    if "dosen" in j or "ahli utama" in j:
        return 65
    if "guru" in j or "ahli madya" in j or "pimpinan tinggi" in k or "jpt" in k:
        return 60
    return 58


def nextjs_bup(jabatan: str, eselon: str) -> int:
    j = jabatan.upper()
    if eselon in ("JPTP", "JPTM", "JPTU"):
        return 60
    if eselon == "JF" and "UTAMA" in j:
        return 65
    if eselon == "JF" and "MADYA" in j:
        return 60
    if "DOSEN" in j:
        return 65
    return 70 if "GURU BESAR" in j else 58


#: (post, eselon number for HELPER, jenis for RADAR, eselon code for NEXTJS)
POSTS = [
    ("Kepala Dinas Pendidikan", 2, "Jabatan Pimpinan Tinggi", "JPTP"),
    ("Sekretaris Daerah", 2, "Jabatan Pimpinan Tinggi", "JPTP"),
    ("Staf Ahli Bupati Bidang Pemerintahan", 2, "Jabatan Pimpinan Tinggi", "JPTP"),
    ("Asisten Pemerintahan dan Kesejahteraan Rakyat", 2, "Jabatan Pimpinan Tinggi", "JPTP"),
    ("Inspektur", 2, "Jabatan Pimpinan Tinggi", "JPTP"),
    ("Asisten Deputi Bidang Perumusan Kebijakan", 2, "Jabatan Pimpinan Tinggi", "JPTP"),
    ("Direktur Jenderal Otonomi Daerah", 1, "Jabatan Pimpinan Tinggi", "JPTM"),
    ("Kepala Bidang Mutasi", 3, "Administrator", "III.b"),
    ("Inspektur Pembantu Wilayah I", 3, "Administrator", "III.a"),
    ("Kepala Seksi Pemerintahan", 4, "Pengawas", "IV.a"),
    ("Pengadministrasi Umum", 0, "Pelaksana", ""),
    ("Analis Kepegawaian Ahli Madya", 0, "Fungsional", "JF"),
    ("Analis Kebijakan Ahli Utama", 0, "Fungsional", "JF"),
    ("Perencana Ahli Muda", 0, "Fungsional", "JF"),
    ("Guru Ahli Pertama", 0, "Fungsional", "JF"),
    ("Guru Ahli Utama", 0, "Fungsional", "JF"),
    ("Pengawas Sekolah Ahli Muda", 0, "Fungsional", "JF"),
    ("Pengawas Sekolah Ahli Madya", 0, "Fungsional", "JF"),
    ("Penilik Ahli Pertama", 0, "Fungsional", "JF"),
    ("Dokter Ahli Muda", 0, "Fungsional", "JF"),
    ("Dokter Ahli Madya", 0, "Fungsional", "JF"),
    ("Widyaiswara Ahli Utama", 0, "Fungsional", "JF"),
    ("Peneliti Ahli Utama", 0, "Fungsional", "JF"),
    ("Peneliti Ahli Madya", 0, "Fungsional", "JF"),
    ("Dosen Lektor Kepala", 0, "Fungsional", "JF"),
    ("Guru Besar", 0, "Fungsional", "JF"),
    ("Asisten Apoteker", 0, "Fungsional", "JF"),
]

#: generated birth dates: month ends, the 1st, 29 February, 31 December
BORN = [date(1967, 1, 1), date(1968, 2, 29), date(1970, 6, 30), date(1966, 12, 31), date(1972, 11, 15)]

#: posts where a peer's BUP is not the law's, with ours and the reason (UU 20/2023 Pasal 55; PP 11/2017 Pasal 239
#: ayat 2: 58 administrasi, JF ahli pertama/muda and keterampilan, 60 JPT and JF ahli madya, 65 JF ahli utama;
#: Pasal 240: only an undang-undang sets another BUP for a JF)
PEER_WRONG = {
    # HELPER: "INSPEKTUR" opening a name makes an Inspektur Pembantu (eselon III.a, administrator) a JPT
    ("helper", "Inspektur Pembantu Wilayah I"): 58,
    # HELPER: every Pengawas Sekolah and Penilik at 60 reads PP 21/2014 Pasal 2 ayat 2 huruf b; PP 11/2017 Pasal 239
    # (the later PP on the same matter) gives an ahli muda/pertama 58, and no undang-undang (Pasal 240) sets theirs
    ("helper", "Pengawas Sekolah Ahli Muda"): 58,
    ("helper", "Penilik Ahli Pertama"): 58,
    # HELPER: a Dokter has no BUP of its own in any undang-undang; below ahli madya 58 (PP 11/2017 Pasal 239)
    ("helper", "Dokter Ahli Muda"): 58,
    # HELPER: only eselon II counts, so an eselon I Direktur Jenderal (JPT Madya, 60) falls to 58
    ("helper", "Direktur Jenderal Otonomi Daerah"): 60,
    # HELPER: "ASISTEN" opening a name also catches the JF Asisten Apoteker (keterampilan, 58)
    ("helper", "Asisten Apoteker"): 58,
    # HELPER: the guru's 60 outranks "AHLI UTAMA" 65 (UU 14/2005 Pasal 30 ayat 4); RADAR and NEXTJS give it 65 too
    ("helper", "Guru Ahli Utama"): 60,
    ("radar", "Guru Ahli Utama"): 60,
    ("nextjs", "Guru Ahli Utama"): 60,
    # HELPER and NEXTJS: peneliti ahli madya 65, ahli utama 70 (UU 11/2019 Pasal 53, the undang-undang of Pasal 240)
    ("helper", "Peneliti Ahli Madya"): 65,
    ("helper", "Peneliti Ahli Utama"): 70,
    ("nextjs", "Peneliti Ahli Madya"): 65,
    ("nextjs", "Peneliti Ahli Utama"): 70,
    ("radar", "Peneliti Ahli Madya"): 65,
    # HELPER: a dosen 65 and a guru besar 70 (UU 14/2005 Pasal 67); its "GURU" makes a Guru Besar 60
    ("helper", "Dosen Lektor Kepala"): 65,
    ("helper", "Guru Besar"): 70,
    # NEXTJS: no guru rule, a guru of every jenjang retires at 60 (UU 14/2005 Pasal 30 ayat 4)
    ("nextjs", "Guru Ahli Pertama"): 60,
}


def _peer_figures(post: tuple[str, int, str, str]) -> dict[str, int]:
    name, eselon, jenis, code = post
    return {"helper": helper_bup(name, eselon), "radar": radar_bup(name, jenis), "nextjs": nextjs_bup(name, code)}


@pytest.mark.parametrize("post", POSTS, ids=[p[0] for p in POSTS])
def test_bup_figure_by_figure_against_peers(post: tuple[str, int, str, str]) -> None:
    ours = retirement_age(None, post[0], Rules())
    for peer, theirs in _peer_figures(post).items():
        expected = PEER_WRONG.get((peer, post[0]), theirs)
        assert ours == expected, (peer, post[0], theirs)


def test_peer_wrong_table_names_real_differences() -> None:
    """Every pinned difference is one the peer's own rule makes (no stale entry hiding an agreement)."""
    by_name = {p[0]: p for p in POSTS}
    for (peer, name), ours in PEER_WRONG.items():
        assert _peer_figures(by_name[name])[peer] != ours, (peer, name)


def test_tmt_pensiun_dated_as_the_helper_peer_dates_it() -> None:
    """The 1st of the month after the birthday month at BUP, December births in January of the next year, a
    29 February birth on 1 March (the HELPER peer, domain.md §5.3); a Laravel ``addYears`` date is not used."""
    for born in BORN:
        for bup in (58, 60, 65, 70):
            assert pension_date(born, bup) == helper_tmt(born, bup)
    assert pension_date(date(1966, 12, 31), 58) == date(2025, 1, 1)
    assert pension_date(date(1968, 2, 29), 60) == date(2028, 3, 1)


@pytest.mark.parametrize(
    ("name", "jenis"),
    [
        ("Direktur Jenderal Otonomi Daerah", "JPT Madya"),
        ("Inspektur Jenderal", "JPT Madya"),
        ("Sekretaris Utama", "JPT Madya"),
        ("Asisten Deputi Bidang Perumusan Kebijakan", "JPT Pratama"),
        ("Sekretaris Direktorat Jenderal Bina Keuangan Daerah", "JPT Pratama"),
        ("Sekretaris Inspektorat Jenderal", "JPT Pratama"),
    ],
)
def test_central_jpt_titles_retire_at_60(name: str, jenis: str) -> None:
    """A ministry's eselon I.a and II.a heads (Perpres 68/2019) are JPT, BUP 60 (UU 20/2023 Pasal 55): a Direktur
    Jenderal read as a "direktur" (Administrator) and an Asisten Deputi, Inspektur Jenderal or Sekretaris Utama read
    Pelaksana, all retiring at 58 (peers11, h34)."""
    assert classify_jenis_jabatan(name) == jenis
    assert retirement_age(None, name, Rules()) == 60


@pytest.mark.parametrize("name", ["Direktur Perencanaan", "Inspektur Pembantu Wilayah I", "Sekretaris Badan"])
def test_lower_heads_keep_the_administrator_bup(name: str) -> None:
    assert retirement_age(None, name, Rules()) == 58
