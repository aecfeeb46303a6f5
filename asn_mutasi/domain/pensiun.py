"""The roster's own TMT pensiun and BUP against the tool's, and which one a row retires by.

A SIMPEG export often carries its own figures ("TMT PENSIUN", "BUP"). They usually reflect a BUP for the post that the
tool may not know (a JF ahli utama at 65, a sector rule), so a plausible one is believed; an impossible one (an age
that is no BUP of the settings, a date no BUP birthday gives, another BUP for a post named pelaksana, guru,
pengawas or administrator, whose BUP the law sets) is not, and the tool's own date stands (docs/pengaturan.md, "TMT pensiun dari data pegawai").

One rule for the date: the TMT pensiun is the 1st of the month after the BUP birthday
(:func:`~asn_mutasi.domain.jabatan.pension_date`). A roster date on the 1st of the birthday month itself (another
application's convention) names the same BUP: with the BUP the tool computes, it agrees; with another BUP, that BUP is
used and the date follows the one rule.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from asn_mutasi.config import Rules
from asn_mutasi.distinct import per_distinct
from asn_mutasi.domain.jabatan import (
    jenjang_fungsional,
    named_administrator,
    named_guru,
    named_pelaksana,
    named_pengawas,
    pension_dates,
    pension_days,
)
from asn_mutasi.schema import STATED_BUP, STATED_TMT

#: verdicts of a row's stated figure (``""``: the roster states none)
SAME = "sama"  #: the roster's figure names the BUP and date the tool computes
#: the same BUP, its date by another application's convention: the 1st of the birthday month, or of the month after
#: next for a birth day the month after lacks (:func:`stated_age`)
MONTH = "beda-bulan"
OTHER_BUP = "beda-bup"  #: another plausible BUP: the roster's BUP is used
IMPLAUSIBLE = "tidak-wajar"  #: no plausible BUP: the tool's date is used
NO_BIRTH = "tanpa-lahir"  #: no birth date to compare with: the roster's plausible figure is used as it stands
#: without a birth date a stated TMT pensiun is believed in these years only (a birth year from 1940, the earliest a
#: serving ASN's is read as, plus the lowest BUP; an Excel zero date 1900 is not)
_EARLIEST_BIRTH_YEAR = 1940
_LATEST_YEAR = 2100


@dataclass(frozen=True)
class StatedPension:
    """Per row: the BUP and TMT pensiun the row retires by, the tool's own, and how the roster's figure compared."""

    bup: np.ndarray  #: int64, used
    tmt: np.ndarray  #: datetime64[ns], used (NaT: unknown)
    own_bup: np.ndarray  #: int64, from the post (``retirement_age``)
    own_tmt: np.ndarray  #: datetime64[ns], from the birth date and ``own_bup``
    stated_bup: np.ndarray  #: float: the BUP the roster's figure names (its TMT's age, or its BUP cell); NaN: none
    verdict: np.ndarray  #: object: one of the verdicts above, "" where the roster states nothing
    by_tmt: np.ndarray  #: bool: the roster's TMT pensiun decided (else its BUP column)
    #: bool: a BUP of the settings refused as the post's kind sets its BUP (pelaksana, guru, pengawas, administrator)
    by_law: np.ndarray

    def take(self, rows: np.ndarray) -> StatedPension:
        """The figures of some rows (a boolean mask or positions into the rows these are of): the figures of a prepared
        roster, computed once, serve any subset of its rows (every figure is the row's own)."""
        return StatedPension(*(getattr(self, f.name)[rows] for f in dataclasses.fields(self)))


def bup_range(rules: Rules) -> tuple[int, int]:
    """The lowest and highest BUP of the settings (58 and 70 by default): a stated figure outside is not believed."""
    years = [int(getattr(rules, f.name)) for f in dataclasses.fields(rules) if f.name.startswith("bup_")]
    return min(years), max(years)


def bup_values(rules: Rules) -> np.ndarray:
    """The BUPs of the settings (58, 60, 65, 70 by default), sorted: the only ages a stated figure may name."""
    return np.unique([int(getattr(rules, f.name)) for f in dataclasses.fields(rules) if f.name.startswith("bup_")])


def _months(values: np.ndarray) -> np.ndarray:
    """Calendar months since 1970-01 of datetime64 values (NaT: 0; callers mask them)."""
    out = values.astype("datetime64[M]").astype(np.int64)
    return np.where(np.isnat(values), 0, out)


def stated_pension(
    own: tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray],
    born: Any,
    stated_tmt: Any,
    stated_bup: Any,
    rules: Rules,
) -> StatedPension:
    """Compare the roster's TMT pensiun and BUP (either may be all NaT/NaN) with the tool's, vectorised. ``own``: per
    row the tool's BUP, its TMT pensiun, whether the post's kind sets its BUP by law (no other BUP is plausible), and
    the lowest BUP the law allows the post (0: none; no lower BUP is plausible).

    A stated TMT pensiun is plausible when it falls on the 1st of the month after, or of, a birthday at an age that is
    a BUP of ``rules`` (:func:`bup_values`); a stated BUP when it is one of them. The TMT decides when plausible, else
    the BUP. A plausible figure naming another BUP than the post's wins (its date by
    :func:`~asn_mutasi.domain.jabatan.pension_date`); an implausible one loses to the tool's.
    """
    own_bup, own_tmt, by_kind, floor = own
    lo, bups = bup_range(rules)[0], bup_values(rules)
    days = pd.to_datetime(pd.Series(born), errors="coerce").to_numpy(dtype="datetime64[D]")
    s_tmt = pd.to_datetime(pd.Series(stated_tmt), errors="coerce").to_numpy(dtype="datetime64[ns]")
    s_bup = pd.to_numeric(pd.Series(stated_bup, dtype=object), errors="coerce").to_numpy(dtype=float)
    has_born, has_tmt, has_bup = ~np.isnat(days), ~np.isnat(s_tmt), ~np.isnan(s_bup)
    implied, rem, fits = stated_age(days, s_tmt)
    tmt_bup = has_born & has_tmt & fits & np.isin(implied, bups)
    bup_bup = has_bup & np.isin(s_bup, bups)
    # a BUP of the settings, but not the one the law gives the post's kind, or below the lowest it allows the post
    tmt_law = tmt_bup & ((by_kind & (implied != own_bup)) | (implied < floor))
    bup_law = bup_bup & ((by_kind & (s_bup != own_bup)) | (s_bup < floor))
    tmt_ok = np.where(
        has_born, tmt_bup & ~tmt_law, has_tmt & _years_between(s_tmt, _EARLIEST_BIRTH_YEAR + lo, _LATEST_YEAR)
    )
    bup_ok = bup_bup & ~bup_law
    by_tmt = tmt_ok | (has_tmt & ~bup_ok)
    years = np.where(by_tmt, np.where(has_born & has_tmt, implied, np.nan), s_bup).astype(float)
    plausible = tmt_ok | bup_ok
    stated = has_tmt | has_bup
    same = plausible & has_born & (years == own_bup)
    verdict = np.select(
        [~stated, ~plausible, ~has_born, same & by_tmt & (rem != 1), same],
        ["", IMPLAUSIBLE, NO_BIRTH, MONTH, SAME],
        OTHER_BUP,
    ).astype(object)
    other = verdict == OTHER_BUP
    bup = np.where(other | ((verdict == NO_BIRTH) & ~by_tmt), years, own_bup).astype(np.int64)
    tmt = own_tmt.astype("datetime64[ns]").copy()
    if other.any():
        tmt[other] = pension_days(days[other], bup[other])
    taken = (verdict == NO_BIRTH) & by_tmt
    tmt[taken] = s_tmt[taken]
    by_law = (verdict == IMPLAUSIBLE) & np.where(by_tmt, tmt_law, bup_law)
    return StatedPension(bup, tmt, own_bup, own_tmt, years, verdict, by_tmt, by_law)


def stated_age(born: np.ndarray, stated: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per row, for birth dates ``born`` (datetime64[D]) and stated TMT pensiun ``stated`` (datetime64): the whole
    years from the birth month to the stated TMT's month, the months left over, and whether that month is one a BUP
    birthday gives: the month after (the law's), the birthday month itself (another application's convention), or,
    for a birth day the month after the birthday lacks (29 to 31 January, 31 March …, and 29 February in a common
    year), two months after: ``setFullYear(y + bup); setMonth(m + 1); setDate(1)`` in JavaScript, Carbon's
    ``addYears()->addMonth()->startOfMonth()`` in PHP, overflow the 31st into the month after next. Such a date was not
    believed, so a roster's BUP 60 for a "Dokter" born on the 31st fell back to the tool's 58 (peers28, h37)."""
    age = _months(stated) - _months(born)  # months from the birth month to the stated TMT's
    years, rem = age // 12, age % 12
    birth_month = born.astype("datetime64[M]")
    day = (born - birth_month.astype("datetime64[D]")).astype(np.int64) + 1
    in_bup_year = birth_month + (years * 12).astype("timedelta64[M]")
    overflow = (day > _month_days(in_bup_year)) | (day > _month_days(in_bup_year + np.timedelta64(1, "M")))
    fits = (rem <= 1) | ((rem == 2) & overflow & ~np.isnat(born))
    return years, rem, fits


def _month_days(months: np.ndarray) -> np.ndarray:
    """The number of days of each datetime64[M] month."""
    return ((months + np.timedelta64(1, "M")).astype("datetime64[D]") - months.astype("datetime64[D]")).astype(np.int64)


def _years_between(values: np.ndarray, first: int, last: int) -> np.ndarray:
    """Per datetime64 value: its year is from ``first`` to ``last`` (NaT: False)."""
    year = values.astype("datetime64[Y]").astype(np.int64) + 1970
    return ~np.isnat(values) & (year >= first) & (year <= last)


def _column(frame: pd.DataFrame, name: str, fill: Any = None) -> pd.Series:
    """The column (all ``fill`` when the frame has none)."""
    if name not in frame.columns:
        return pd.Series(fill, index=frame.index, dtype=object)
    return frame[name]


def roster_pension(roster: pd.DataFrame, rules: Rules) -> StatedPension:
    """Per row of a prepared roster: the BUP and TMT pensiun it retires by (:func:`stated_pension` of the roster's own
    figures, where it has them, against :func:`~asn_mutasi.domain.jabatan.pension_dates`). The one place the
    employee rules, the retirement projection and the plan take a retirement date from. Each row's figures are its
    own (no row reads another's), so the plan computes them once per roster and gives each step its rows
    (:meth:`StatedPension.take`)."""
    born, jenis, jabatan = (
        _column(roster, "tanggal_lahir"),
        _column(roster, "jenis_jabatan"),
        _column(roster, "jabatan"),
    )
    own_bup, own_tmt = pension_dates(jenis, jabatan, born, rules)
    stated = [c for c in (STATED_TMT, STATED_BUP) if c in roster.columns and roster[c].notna().any()]
    if not stated:  # (a roster without its own figures: every prepared one that has no such column)
        none, no = np.full(len(roster), "", dtype=object), np.zeros(len(roster), dtype=bool)
        return StatedPension(own_bup, own_tmt, own_bup, own_tmt, np.full(len(roster), np.nan), none, no, no)
    # a post named pelaksana (and read so, its BUP the pelaksana's: not a dosen's) has the BUP UU 20/2023 gives it; a
    # guru's (read so, at the guru's BUP: not an ahli utama's) the one UU 14/2005 Pasal 30 ayat 4 gives it
    pelaksana = (
        np.asarray(per_distinct(jabatan, named_pelaksana, missing=False), dtype=bool)
        & (jenis.isna() | jenis.eq("Pelaksana")).to_numpy(dtype=bool)
        & (own_bup == rules.bup_pelaksana)
    )
    guru = (
        np.asarray(per_distinct(jabatan, named_guru, missing=False), dtype=bool)
        & (jenis.isna() | jenis.eq("Fungsional")).to_numpy(dtype=bool)
        & (own_bup == rules.bup_guru)
    )
    # a post named pengawas ("Kepala Seksi", read so, at the pengawas BUP) the one UU 20/2023 Pasal 55 gives it
    pengawas = (
        np.asarray(per_distinct(jabatan, named_pengawas, missing=False), dtype=bool)
        & (jenis.isna() | jenis.eq("Pengawas")).to_numpy(dtype=bool)
        & (own_bup == rules.bup_pengawas)
    )
    # a post named administrator ("Kepala Bidang", read so: a jenis column saying Fungsional marks a name left unchanged
    # after the penyetaraan, a JF ahli madya at 60) the 58 UU 20/2023 Pasal 55 gives it (groups12, h33)
    administrator = (
        np.asarray(per_distinct(jabatan, named_administrator, missing=False), dtype=bool)
        & (jenis.isna() | jenis.eq("Administrator")).to_numpy(dtype=bool)
        & (own_bup == rules.bup_administrator)
    )
    by_kind = pelaksana | guru | pengawas | administrator
    own = (own_bup, own_tmt, by_kind, _jenjang_floor(jabatan, jenis, own_bup, rules))
    return stated_pension(own, born, _column(roster, STATED_TMT), _column(roster, STATED_BUP, np.nan), rules)


def _jenjang_floor(jabatan: pd.Series, jenis: pd.Series, own_bup: np.ndarray, rules: Rules) -> np.ndarray:
    """Per row the lowest BUP PP 11/2017 Pasal 239 allows a JF whose name states its jenjang: ahli madya 60, ahli
    utama 65 (a sector rule only raises it: peneliti 65/70, dosen 65); 0 for any other post, and never above the
    tool's own BUP (a guru ahli utama retires at the guru's 60). LLDIKTI-XVI-TEAM/SIMPEG stores 58 for every
    "Fungsional Tertentu": its 58 for an Analis Kepegawaian Ahli Madya was believed (peers8, h33)."""
    by_jenjang = {"ahli madya": rules.bup_fungsional_ahli_madya, "ahli utama": rules.bup_fungsional_ahli_utama}
    named = per_distinct(jabatan, lambda name: by_jenjang.get(jenjang_fungsional(name) or "", 0), missing=0)
    floor = np.asarray(named, dtype=np.int64) * (jenis.isna() | jenis.eq("Fungsional")).to_numpy(dtype=bool)
    return np.minimum(floor, own_bup)
