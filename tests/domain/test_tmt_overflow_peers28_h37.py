"""A roster's TMT pensiun computed by a peer whose month arithmetic overflows (peers28, h37).

Peers, rebuilt from their public GitHub code (stored files found by ``find_string "hitungTmtPensiun"``):

- OVERFLOW: several SIMPEG/kepegawaian forms (plain JavaScript) fill "TMT Pensiun" from the birth date and the BUP as
  ``tgl.setFullYear(tgl.getFullYear() + bup); tgl.setMonth(tgl.getMonth() + 1); tgl.setDate(1)``. JavaScript rolls
  a day the month lacks into the next month, so a birth on 31 January gives 1 March, not 1 February; 29 February
  in a common BUP year gives 1 April. Carbon's ``addYears()->addMonth()->startOfMonth()`` does the same in PHP.
- STRTOTIME: a Laravel hospital SIMPEG's ``Pegawai::hitungTmtPensiun`` returns ``date('Y-m-01', strtotime($lahir . "
  +$bup years +1 month"))``: the years and the month added at once, then one roll-over (31 January gives 1 March;
  29 February gives 1 March, the law's date).
- CONSTRUCTOR: others write ``new Date(lahir.getFullYear() + bup, lahir.getMonth() + 1, 1)``: the 1st of the month
  after the birthday month, the date the law's reading gives (PP 11/2017 Pasal 239, the end of the month the BUP is
  reached) and ours.

The OVERFLOW date names the same BUP. It was read as an age of BUP years and 2 months, "tidak wajar", and the tool's
own BUP replaced the roster's: a "Dokter" (no jenjang in the name, 58 by the tool) whom the roster retires at 60 was
planned to retire two years early, for every birth day a month after lacks (82 of the 4,383 rows below). Now such a date
counts as the other application's convention ("beda-bulan" when the BUP is the tool's, else "beda-bup") and the date
used is the CONSTRUCTOR one; a date two months after any other birth day stays implausible.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pandas as pd
import pytest

import asn_mutasi as am
from asn_mutasi.config import Rules
from asn_mutasi.domain.pensiun import IMPLAUSIBLE, MONTH, OTHER_BUP, SAME, roster_pension
from asn_mutasi.schema import STATED_TMT


def _rolled(year: int, month: int, day: int) -> tuple[int, int, int]:
    """A JavaScript ``Date``'s normalisation: a day past the month's end rolls into the next months."""
    while day > calendar.monthrange(year, month)[1]:
        day -= calendar.monthrange(year, month)[1]
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return year, month, day


def overflow_tmt(born: date, bup: int) -> date:
    """OVERFLOW: ``setFullYear(y + bup)``, ``setMonth(m + 1)``, ``setDate(1)``, each rolling over as JavaScript does."""
    year, month, day = _rolled(born.year + bup, born.month, born.day)
    year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    year, month, _ = _rolled(year, month, day)
    return date(year, month, 1)


def strtotime_tmt(born: date, bup: int) -> date:
    """STRTOTIME: ``strtotime("$lahir +$bup years +1 month")``, rolled over once, then the 1st of that month."""
    year, month = (born.year + bup + 1, 1) if born.month == 12 else (born.year + bup, born.month + 1)
    year, month, _ = _rolled(year, month, born.day)
    return date(year, month, 1)


def constructor_tmt(born: date, bup: int) -> date:
    """CONSTRUCTOR: ``new Date(y + bup, m + 1, 1)``."""
    return date(born.year + bup + (born.month == 12), born.month % 12 + 1, 1)


#: (post, the BUP the roster's application stored for it); a Dokter's jenjang is not in the name: the tool's own 58
POSTS = [("Dokter", 60), ("Pranata Komputer Ahli Pertama", 58), ("Analis Kebijakan Ahli Madya", 60)]
BIRTHS = [date(1964, 1, 1) + timedelta(days=k) for k in range(4 * 365 + 1)]  # 1964 (leap) to 1967


def _peer_roster(peer: Callable[[date, int], date] = overflow_tmt) -> pd.DataFrame:
    rows = [
        {"jabatan": post, "tanggal_lahir": pd.Timestamp(born), STATED_TMT: pd.Timestamp(peer(born, bup))}
        for born in BIRTHS
        for post, bup in POSTS
    ]
    frame = pd.DataFrame(rows)
    frame["jenis_jabatan"] = None
    return frame


@pytest.mark.parametrize(("peer", "rolled"), [(overflow_tmt, 82), (strtotime_tmt, 81)])
def test_the_peer_s_overflowed_date_keeps_the_roster_s_bup(peer: Callable[[date, int], date], rolled: int) -> None:
    roster = _peer_roster(peer)
    peer_bup = [bup for _ in BIRTHS for _, bup in POSTS]
    law = [pd.Timestamp(constructor_tmt(born, bup)) for born in BIRTHS for _, bup in POSTS]
    overflowed = roster[STATED_TMT].to_numpy() != pd.Series(law).to_numpy()
    assert overflowed.sum() == rolled  # births on the 29th to 31st whose next month is shorter (29 February)
    used = roster_pension(roster, Rules())
    assert used.bup.tolist() == peer_bup
    assert pd.Series(used.tmt).tolist() == law
    assert IMPLAUSIBLE not in set(used.verdict)
    verdict = pd.Series(used.verdict)
    dokter = roster["jabatan"].eq("Dokter").to_numpy()
    assert set(verdict[dokter]) == {OTHER_BUP}  # the roster's 60 over the tool's 58, born on the 31st or not
    assert set(verdict[~dokter & overflowed]) == {MONTH}
    assert set(verdict[~dokter & ~overflowed]) == {SAME}


@pytest.mark.parametrize(
    ("born", "stated"),
    [
        (date(1966, 1, 15), date(2026, 3, 1)),  # mid-month: January's 15th is in February too
        (date(1966, 1, 28), date(2026, 3, 1)),  # February has a 28th
        (date(1966, 12, 31), date(2027, 2, 1)),  # January has a 31st
        (date(1966, 2, 28), date(2026, 4, 1)),  # March has a 28th
    ],
)
def test_two_months_after_a_birth_day_the_next_month_has_is_still_implausible(born: date, stated: date) -> None:
    frame = pd.DataFrame(
        {"jabatan": ["Dokter"], "jenis_jabatan": [None], "tanggal_lahir": [pd.Timestamp(born)], STATED_TMT: [stated]}
    )
    used = roster_pension(frame, Rules())
    assert used.verdict.tolist() == [IMPLAUSIBLE]
    assert used.bup.tolist() == [58]


def test_a_checked_roster_retires_the_dokter_born_on_the_31st_at_the_roster_s_bup(tmp_path: Path) -> None:
    path = tmp_path / "pegawai.csv"
    path.write_text(
        "NIP,NAMA,JABATAN,UNIT KERJA,TANGGAL LAHIR,TMT PENSIUN\n"
        "196601312000031001,Andi,Dokter,Puskesmas Kota,31-01-1966,01-03-2026\n"  # the peer's 60: 1 February 2026
        "196603312000031002,Budi,Dokter,Puskesmas Kota,31-03-1966,01-05-2026\n",
        encoding="utf-8",
    )
    findings = am.check(pegawai=path, tanggal=date(2025, 1, 15)).report.findings
    assert not [f for f in findings if f.code == "tmt-pensiun-tidak-wajar"]
    (summary,) = [f for f in findings if f.code == "tmt-pensiun-dibandingkan"]
    assert "2 dengan BUP lain (dipakai BUP data pegawai); 0 tidak wajar" in summary.message


#: the peer's Excel export: every field of its ``pegawai`` table as a header (``f.replace(/_/g, ' ').toUpperCase()``),
#: an empty cell written "-"
PEER_EXPORT = (
    "NO,NIK,NAMA,NIP,STATUS,KELOMPOK PEGAWAI,KELOMPOK JABATAN,GOL,TMT PANGKAT,TMT BERIKUTNYA,JABATAN,JENIS KELAMIN,"
    "AGAMA,RENTANG BUP,TMT PENSIUN,TMT CPNS,MASUK RS,MASA KERJA RS,TEMPAT LAHIR,TANGGAL LAHIR,JENJANG,RUANGAN\n"
    "1,3201010101010001,Andi,196601312000031001,PNS,Medis,Fungsional,III/d,2020-04-01,2024-04-01,Dokter,L,Islam,60,-,"
    "2000-03-01,2000-03-01,25 Tahun 1 Bulan 2 Hari,Bogor,1966-01-31,S1,IGD\n"
)


def test_the_peer_s_rentang_bup_column_is_the_roster_s_bup(tmp_path: Path) -> None:
    """The same peer stores the BUP as ``rentang_bup`` (its form's "Rentang BUP" field, from which it computes TMT
    PENSIUN). Unread, the row whose TMT PENSIUN is empty retired at the tool's 58 for a Dokter: 1 February 2024, read
    as already past on 15 January 2025 (``pensiun-terlewati``), where the roster's 60 gives 1 February 2026."""
    path = tmp_path / "Data_Karyawan.csv"
    path.write_text(PEER_EXPORT, encoding="utf-8")
    findings = am.check(pegawai=path, tanggal=date(2025, 1, 15)).report.findings
    codes = {f.code for f in findings}
    assert "pensiun-terlewati" not in codes
    assert not [f for f in findings if f.code == "kolom-tidak-dikenal" and "RENTANG BUP" in f.message]
    (differs,) = [f for f in findings if f.code == "tmt-pensiun-beda"]
    assert "BUP di data pegawai 60 tahun" in differs.message and "01-02-2026" in differs.message
