"""Measure an employee's experience for a target position in calendar years, as a verifier would.

Experience comes from the current position (``jabatan`` held since ``tmt_jabatan``) and the
position history: either the free-text ``riwayat_jabatan`` column ("Pengolah Data
(2015-2019); Penata Layanan Operasional (2019-sekarang)") or a history table with the
columns of :data:`asn_mutasi.schema.HISTORY_FIELDS` (its ``unit_kerja`` is used). Every stint
is an interval; an open row is closed at the reference date.

How related a past post is to the target is one of four plain levels
(:mod:`asn_mutasi.domain.rumpun`): *jabatan sama* (same JF at any jenjang, or the same
post), *serumpun* (another JF of the same rumpun), *bidang sama* (same field of work),
*tidak terkait*. For each level the years are **calendar years** of the union of the stints
at least that related (overlaps merged, never weighted); the score component is the best
``bobot(level) × min(1, years / tahun_penuh)``.

``syarat_pengalaman`` is read clause by clause (:func:`parse_experience_requirement`): each
clause asks for years of one kind — *sebagai X* (that JF or post), *di bidang Y* (that
field), *dalam jabatan pelaksana/fungsional/pengawas/administrator* (that position type or
higher), or related to the target (no qualifier, "di bidang tugas jabatan …") — and is
compared with the calendar years of that kind. "dan" joins clauses all-of, "atau" any-of.
Text without a readable clause gives no verdict (``None``), never a silent yes or no.

Relatedness is computed on distinct names only and spread over pairs by merges, so scoring
millions of (employee, position) pairs stays a few vectorised passes.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

import numpy as np
import pandas as pd

from asn_mutasi.distinct import per_distinct, row_groups
from asn_mutasi.domain.jenis import JENIS_RANK, MANAJERIAL
from asn_mutasi.domain.rumpun import (
    BIDANG_SAMA,
    JABATAN_SAMA,
    LEVEL_NAMES,
    SERUMPUN,
    PositionClass,
    classify_position,
    jf_table,
    jf_title,
)
from asn_mutasi.domain.syarat_pengalaman import (
    Clause,
    ExperienceRequirement,
    jenis_counts,
    parse_experience_requirement,
    requirement_problems,
)
from asn_mutasi.domain.tanggal import parse_date

#: years credited to a history entry that gives no years: it proves the position was held,
#: not for how long, so it earns the least a mutation cycle lasts (conservative)
TAHUN_TANPA_KETERANGAN = 1.0
#: kept for callers that imported the rank table from here; the one definition is domain.jenis
URUTAN_JENIS = JENIS_RANK
_DAYS = 365.25
_EPOCH_ORDINAL = date(1970, 1, 1).toordinal()

_YEAR_RANGE = re.compile(
    r"(?P<a>(?:19|20)\d{2})\s*(?:-|–|—|s\.?\s*/?\s*d\.?|sampai(?: dengan)?|hingga|to)\s*"
    r"(?P<b>(?:19|20)\d{2}|sekarang|skrg|kini|saat ini|now)",
    re.IGNORECASE,
)
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
_ENTRY_SEP = re.compile(r"[;\n|]+")
_EMPTY_PARENS = re.compile(r"\(\s*[-–—,]?\s*\)")
#: the :class:`PositionClass` field a clause of each kind compares with its value (a jenis clause: :func:`jenis_counts`)
_SELECTOR_FIELD = {"jabatan": "jf", "bidang": "bidang"}


# --- history -----------------------------------------------------------------------------


def parse_riwayat_text(text: str | None, as_of: date) -> list[tuple[str, float | None, bool]]:
    """Split free-text history into ``(name as given, years or None, open-ended)`` entries."""
    return [(name, None if a is None else max(0.0, b - a), open_end) for name, a, b, open_end in _riwayat(text, as_of)]


_Entry = tuple[str, float | None, float, bool]


def _riwayat(text: str | None, as_of: date, seen: dict[str, _Entry | None] | None = None) -> list[_Entry]:
    """``(name, start year or None, end year, open-ended)`` per entry of a free-text history.

    ``seen``: parsed entries by their text, shared over many histories (entries recur far more
    often than whole histories do).
    """
    if text is None or (isinstance(text, float) and np.isnan(text)) or not str(text).strip():
        return []
    now = as_of.toordinal() / _DAYS
    out: list[_Entry] = []
    for part in _ENTRY_SEP.split(str(text)):
        if seen is None:
            parsed = _riwayat_entry(part, now)
        elif part in seen:
            parsed = seen[part]
        else:
            parsed = seen[part] = _riwayat_entry(part, now)
        if parsed is not None:
            out.append(parsed)
    return out


def _riwayat_entry(part: str, now: float) -> _Entry | None:
    """One entry of a history ("Kepala Seksi X 2015-2019"), None when it names nothing."""
    entry = part.strip(" ,.")
    if not entry:
        return None
    start: float | None = None
    end = now
    open_end = False
    m = _YEAR_RANGE.search(entry)
    if m:
        start = date(int(m.group("a")), 1, 1).toordinal() / _DAYS
        end_text = m.group("b").lower()
        open_end = not end_text[:1].isdigit()
        end = now if open_end else date(int(end_text), 1, 1).toordinal() / _DAYS
        entry = entry[: m.start()] + entry[m.end() :]
    entry = _YEAR.sub(" ", entry)
    name = _EMPTY_PARENS.sub(" ", entry).strip(" ,.-–—:")
    return (name, start, end, open_end) if name else None


def build_stints(
    roster: pd.DataFrame, as_of: date, history: pd.DataFrame | None = None
) -> tuple[pd.DataFrame, list[tuple[str, str, str]], list[str]]:
    """Put every employee's positions in long form: ``emp, name_id, mulai, selesai, kredit, sekarang``.

    ``emp`` is the row position in ``roster``; ``name_id`` indexes the returned list of
    distinct ``(name, unit, jenis)`` keys (the second list holds one display form of each).
    ``mulai``/``selesai`` are dates as years since year 0 (NaN when the entry gives no
    dates); ``kredit`` is the years credited to an undated entry (0 for dated ones).
    """
    n = len(roster)
    now = as_of.toordinal() / _DAYS
    frames = [_current_stints(roster, now)]
    with_table = np.zeros(n, dtype=bool)
    if history is not None and len(history):
        hist = _history_stints(roster, history, now, frames[0]["mulai"].to_numpy(dtype=float))
        if hist is not None:
            with_table[hist["emp"].to_numpy()] = True
            frames.append(hist)
    if "riwayat_jabatan" in roster:
        r = _riwayat_stints(roster, as_of, ~with_table)
        if r is not None:
            frames.append(r)
    stints = pd.concat(frames, ignore_index=True)
    stints = stints[stints["nama"] != ""]
    nama, unit, jenis = (stints[c].to_numpy(dtype=object) for c in ("nama", "unit", "jenis"))
    codes, first = row_groups(nama, unit, jenis)
    triples = [(str(nama[i]), str(unit[i]), str(jenis[i])) for i in first.tolist()]
    display = [t[0] for t in triples]
    out = pd.DataFrame(
        {
            "emp": stints["emp"].to_numpy(dtype=np.int64),
            "name_id": codes.astype(np.int64),
            "mulai": stints["mulai"].to_numpy(dtype=float),
            "selesai": stints["selesai"].to_numpy(dtype=float),
            "kredit": stints["kredit"].to_numpy(dtype=float),
            "sekarang": stints["sekarang"].fillna(False).to_numpy(dtype=bool),
        }
    )
    return out, [(t[0], t[1], t[2]) for t in triples], display


def _text_col(frame: pd.DataFrame, name: str) -> np.ndarray:
    """Return a column as stripped text ('' for missing cells or a missing column)."""
    if name not in frame:
        return np.full(len(frame), "", dtype=object)
    return per_distinct(frame[name].to_numpy(dtype=object), _stripped_text, missing="")


def _stripped_text(value: object) -> str:
    return str(value).strip()


def _current_stints(roster: pd.DataFrame, now: float) -> pd.DataFrame:
    """One stint per employee for the current post, from its TMT jabatan up to ``now``."""
    n = len(roster)
    tmt = (
        pd.to_datetime(roster["tmt_jabatan"], errors="coerce")
        if "tmt_jabatan" in roster
        else pd.Series(pd.NaT, index=roster.index, dtype="datetime64[ns]")
    )
    days = tmt.to_numpy(dtype="datetime64[D]")
    ordinal = np.where(np.isnat(days), np.nan, days.astype(np.int64) + _EPOCH_ORDINAL)
    start_cur_arr = np.minimum(ordinal / _DAYS, now)
    return pd.DataFrame(
        {
            "emp": np.arange(n, dtype=np.int64),
            "nama": _text_col(roster, "jabatan"),
            "unit": _text_col(roster, "unit_kerja"),
            "jenis": _text_col(roster, "jenis_jabatan"),
            "mulai": start_cur_arr,
            "selesai": np.full(n, now),
            # the current post without a TMT counts for nothing rather than for a guess
            "kredit": np.zeros(n),
            "sekarang": np.ones(n, dtype=bool),
        }
    )


def _history_stints(
    roster: pd.DataFrame, history: pd.DataFrame, now: float, current_start: np.ndarray | None = None
) -> pd.DataFrame | None:
    """Stints from a position-history table, for employees of ``roster``; None when it holds none of theirs.

    A post with a start (TMT) but no end ends where the person's next post begins (the next row of the history, or
    the current post's TMT jabatan, ``current_start`` per roster row), else at ``now``: SIMPEG and SIASN histories
    write only the start, and every past post ran "up to today" (1 year as Pranata Komputer read as 13.9 years and
    met a 3-year requirement; real-files campaign, h24)."""
    n = len(roster)
    pos = pd.Series(np.arange(n), index=roster["nip"].astype(str).to_numpy())
    h = history[history["jabatan"].notna()].copy()
    h["nip"] = h["nip"].astype(str)
    h = h[h["nip"].isin(pos.index)]
    if not len(h):
        return None
    d0 = np.asarray([_year_of(parse_date(v).value) for v in h.get("tmt_mulai", [None] * len(h))], dtype=float)
    d1 = np.asarray([_year_of(parse_date(v).value) for v in h.get("tmt_selesai", [None] * len(h))], dtype=float)
    open_end = np.isnan(d1)
    d1 = np.where(open_end, now, np.minimum(d1, now))
    hist = pd.DataFrame(
        {
            "nip": h["nip"].to_numpy(),
            "nama": _text_col(h, "jabatan"),
            "unit": _text_col(h, "unit_kerja"),
            "jenis": np.full(len(h), "", dtype=object),
            "mulai": d0,
            "selesai": d1,
            "kredit": np.where(np.isnan(d0), TAHUN_TANPA_KETERANGAN, 0.0),
        }
    )
    hist["_open"] = open_end
    emp_of = pd.DataFrame({"nip": pos.index.to_numpy(), "emp": pos.to_numpy()})
    hist = hist.merge(emp_of, on="nip").drop(columns="nip")
    hist = _close_open_stints(hist, now, current_start)
    return hist[hist["nama"] != ""]


def _close_open_stints(hist: pd.DataFrame, now: float, current_start: np.ndarray | None) -> pd.DataFrame:
    """End each open stint (``_open``) at the person's next start after its own: a later history row or the current
    post's start; ``now`` when there is none (see :func:`_history_stints`)."""
    emp = hist["emp"].to_numpy(dtype=np.int64)
    start = hist["mulai"].to_numpy(dtype=float)
    # the earliest start after each row's own, in the same person's rows (a post written twice is one post)
    key = emp * 1e5 + np.nan_to_num(start, nan=-1.0)  # (years since year 0 stay below 1e5)
    order = np.argsort(key, kind="stable")
    ranked = key[order]
    after = np.searchsorted(ranked, key, side="right")
    found = after < len(ranked)
    nxt = np.full(len(key), np.nan)
    j = order[after[found]]
    nxt[found] = np.where(emp[j] == emp[found], start[j], np.nan)
    if current_start is not None:
        cur = current_start[emp]
        nxt = np.fmin(nxt, np.where(cur > start, cur, np.nan))
    end = np.where(hist["_open"].to_numpy(dtype=bool), np.fmin(nxt, now), hist["selesai"].to_numpy(dtype=float))
    return hist.assign(selesai=end).drop(columns="_open")


def _riwayat_stints(roster: pd.DataFrame, as_of: date, wanted: np.ndarray) -> pd.DataFrame | None:
    """Stints parsed from the ``riwayat_jabatan`` text of the ``wanted`` rows; None when there are none.

    Each distinct text is parsed once; its entries are then repeated for every row holding it.
    """
    texts = roster["riwayat_jabatan"].to_numpy(dtype=object)
    rows = np.flatnonzero(wanted)
    codes, uniques = pd.factorize(pd.Series(texts[rows], dtype=object))
    seen: dict[str, _Entry | None] = {}
    entries = [_riwayat(t, as_of, seen) if isinstance(t, str) else [] for t in uniques.tolist()]
    count = np.asarray([len(e) for e in entries], dtype=np.int64)
    per_row = np.where(codes >= 0, count[np.maximum(codes, 0)] if len(count) else 0, 0)
    if not per_row.sum():
        return None
    first = np.concatenate([[0], np.cumsum(count)[:-1]])
    flat = [x for e in entries for x in e]
    emp = np.repeat(rows, per_row)
    at = np.repeat(first[np.maximum(codes, 0)] - (np.cumsum(per_row) - per_row), per_row) + np.arange(
        int(per_row.sum())
    )
    start = np.asarray([np.nan if a is None else a for _, a, _, _ in flat], dtype=float)
    r = pd.DataFrame(
        {
            "emp": emp.astype(np.int64),
            "nama": np.asarray([name for name, _, _, _ in flat], dtype=object)[at],
            "mulai": start[at],
            "selesai": np.asarray([b for _, _, b, _ in flat], dtype=float)[at],
            "kredit": np.where(np.isnan(start), TAHUN_TANPA_KETERANGAN, 0.0)[at],
        }
    )
    r["unit"] = ""
    r["jenis"] = ""
    return r


def _year_of(d: date | None) -> float:
    return np.nan if d is None else d.toordinal() / _DAYS


def union_years(pair: np.ndarray, start: np.ndarray, end: np.ndarray, credit: np.ndarray, n: int) -> np.ndarray:
    """Calendar years covered per pair by intervals sorted by (pair, start); undated credit added.

    Overlapping stints count once: each interval adds only what lies beyond the latest end
    seen so far for its pair.
    """
    out = np.bincount(pair, weights=credit, minlength=n).astype(float)
    dated = ~np.isnan(start)
    if not dated.any():
        return out
    p, st, e = pair[dated], start[dated], end[dated]
    # running maximum of the end per pair in one pass: pairs are offset far apart and increasing
    lifted = e + p * 1e5
    reach = np.maximum.accumulate(lifted) - p * 1e5
    prev = np.empty_like(reach)
    prev[0] = -np.inf
    prev[1:] = reach[:-1]
    prev[np.r_[True, p[1:] != p[:-1]]] = -np.inf
    covered = np.clip(e - np.maximum(st, prev), 0.0, None)
    return out + np.bincount(p, weights=covered, minlength=n)


# --- the index -----------------------------------------------------------------------------


@dataclass
class _PairTargets:
    """Facts about the targets of scored pairs, computed once per distinct target."""

    codes: np.ndarray  # per pair: index of its target
    cls: list[PositionClass]  # per target
    jf: np.ndarray  # per target: JF name id (-3 none, -2 unknown)
    isjf: np.ndarray  # per target
    rumpun: np.ndarray  # per target
    bidang: np.ndarray  # per target
    dasar: np.ndarray  # per target
    order: np.ndarray  # per pair: JENIS rank of the target
    struct: np.ndarray  # per pair: the target is managerial
    s_codes: np.ndarray  # per pair: index into s_uniques
    s_uniques: np.ndarray  # distinct syarat texts
    reqs: list[ExperienceRequirement | None]  # per distinct syarat
    jf_table: np.ndarray  # per target: its JF's row of jf_table() (-1 none), what keluar_profesi compares

    def take(self, at: np.ndarray) -> _PairTargets:
        """These targets for pairs whose targets are ``at`` (indices into :attr:`codes`): the per-target facts
        shared, the per-pair ones gathered (see :meth:`ExperienceIndex.position_targets`)."""
        return replace(
            self, codes=self.codes[at], order=self.order[at], struct=self.struct[at], s_codes=self.s_codes[at]
        )


@dataclass
class _PairStints:
    """Every pair's stints in (pair, start) order, with each stint's relation level to the pair's target."""

    n: int
    p: np.ndarray
    name_id: np.ndarray
    s: np.ndarray
    e: np.ndarray
    c: np.ndarray
    urutan: np.ndarray
    lv: np.ndarray

    def years(self, mask: np.ndarray) -> np.ndarray:
        """Calendar years per pair covered by the stints in ``mask``."""
        return union_years(self.p[mask], self.s[mask], self.e[mask], self.c[mask], self.n)


@dataclass
class _Verdicts:
    """Per pair: whether the experience requirement is met and the clause that decided."""

    memenuhi: np.ndarray
    penentu: np.ndarray
    tahun_syarat: np.ndarray
    syarat_tahun: np.ndarray
    terbaca: np.ndarray


class ExperienceIndex:
    """Stints of a whole roster, ready to score many (employee, position) pairs at once."""

    def __init__(
        self,
        roster: pd.DataFrame,
        as_of: date,
        *,
        history: pd.DataFrame | None = None,
        ambang: float = 90.0,
        tahun_penuh: float = 5.0,
        bobot_jabatan_sama: float = 1.0,
        bobot_serumpun: float = 0.8,
        bobot_bidang_sama: float = 0.5,
    ) -> None:
        self.as_of = as_of
        self.ambang = float(ambang)  #: similarity at which a misspelt JF name is still that JF
        self.tahun_penuh = max(tahun_penuh, 1e-9)
        self.bobot = {JABATAN_SAMA: bobot_jabatan_sama, SERUMPUN: bobot_serumpun, BIDANG_SAMA: bobot_bidang_sama}
        self.stints, self.keys, self.display = build_stints(roster, as_of, history)
        self.classes = [classify_position(nm, un, je, ambang=self.ambang) for nm, un, je in self.keys]
        self._codes()
        ranks = np.asarray([JENIS_RANK.get(c.jenis or "", 0) for c in self.classes], dtype=np.int8)
        self.stints["urutan"] = ranks[self.stints["name_id"].to_numpy()] if len(ranks) else np.int8(0)
        self._rel_cache: dict[tuple[str, str], tuple[np.ndarray, np.ndarray]] = {}
        self._req_cache: dict[str, ExperienceRequirement | None] = {}
        self._sel_cache: dict[tuple[str, str | None], np.ndarray] = {}
        self._field_cache: dict[str, tuple[np.ndarray, list[str | None]]] = {}
        self._class_cache: dict[tuple[str, str, str], PositionClass] = {}
        by_name = np.argsort(self.stints["name_id"].to_numpy(), kind="stable")
        self._emp_by_name = self.stints["emp"].to_numpy(dtype=np.int64)[by_name]
        self._name_offsets = np.searchsorted(self.stints["name_id"].to_numpy()[by_name], np.arange(len(self.keys) + 1))
        st = self.stints.sort_values(["emp", "mulai"], kind="stable")
        self._st_name = st["name_id"].to_numpy(dtype=np.int64)
        self._st_start = st["mulai"].to_numpy(dtype=float)
        self._st_end = st["selesai"].to_numpy(dtype=float)
        self._st_credit = st["kredit"].to_numpy(dtype=float)
        self._st_rank = st["urutan"].to_numpy(dtype=np.int8)
        self._offsets = np.searchsorted(st["emp"].to_numpy(dtype=np.int64), np.arange(len(roster) + 1))
        # the JF each employee holds now (the roster row is the first stint of every employee), and its id in the JF
        # table: looked up once per distinct stint name, not per employee
        self._jf_ids = {name: k for k, name in enumerate(jf_table())}
        self.current_jf = np.full(len(roster), None, dtype=object)
        self.current_jf_id = np.full(len(roster), -1, dtype=np.int64)
        cur = self.stints[self.stints["sekarang"].to_numpy(dtype=bool)]
        jfs = [c.jf for c in self.classes]
        if len(cur):
            emp, name = cur["emp"].to_numpy(), cur["name_id"].to_numpy()
            self.current_jf[emp] = np.asarray(jfs, dtype=object)[name]
            self.current_jf_id[emp] = np.asarray([self._jf_ids.get(j, -1) if j else -1 for j in jfs], np.int64)[name]

    def _codes(self) -> None:
        def fac(values: list[str | None]) -> np.ndarray:
            codes, _ = pd.factorize(pd.Series(values, dtype=object))
            return codes.astype(np.int64)

        cls = self.classes
        self._jf = fac([c.jf for c in cls])
        self._rumpun = fac([c.rumpun for c in cls])
        self._bidang = fac([c.bidang for c in cls])
        self._dasar = fac([c.dasar for c in cls])
        self._jf_names = {c.jf: int(k) for c, k in zip(cls, self._jf, strict=True) if c.jf}
        self._rumpun_names = {c.rumpun: int(k) for c, k in zip(cls, self._rumpun, strict=True) if c.rumpun}
        self._bidang_names = {c.bidang: int(k) for c, k in zip(cls, self._bidang, strict=True) if c.bidang}
        self._dasar_names = {c.dasar: int(k) for c, k in zip(cls, self._dasar, strict=True) if c.dasar}

    def _target_class(self, target: str, unit: str = "", jenis: str = "") -> PositionClass:
        """The class of a target position, once per distinct (name, unit, jenis) over all scoring batches."""
        key = (target, unit, jenis)
        found = self._class_cache.get(key)
        if found is None:
            found = self._class_cache[key] = classify_position(target, unit, jenis, ambang=self.ambang)
        return found

    def levels_for(self, tc: PositionClass) -> np.ndarray:
        """Relatedness level (0..3) of every known name to a classified target; vectorised over names."""
        n = len(self.classes)
        level = np.zeros(n, dtype=np.int8)
        if not n:
            return level
        jf = self._jf_names.get(tc.jf, -2) if tc.jf else -2
        bid = self._bidang_names.get(tc.bidang, -2) if tc.bidang else -2
        level[(self._bidang == bid)] = BIDANG_SAMA
        if tc.jf:
            rum = self._rumpun_names.get(tc.rumpun, -2) if tc.rumpun else -2
            level[(self._jf >= 0) & (self._rumpun == rum)] = SERUMPUN
            level[self._jf == jf] = JABATAN_SAMA
        else:
            das = self._dasar_names.get(tc.dasar, -2)
            same_work = (self._jf < 0) & (self._dasar == das) & (das >= 0)
            level[same_work & (level < SERUMPUN)] = SERUMPUN  # the same post in another field (see _pair_stints)
            level[same_work & (self._bidang == (bid if bid != -2 else -1))] = JABATAN_SAMA
        return level

    def prepare(self, targets: Iterable[str], units: Iterable[str] | None = None) -> None:
        """Compute relatedness of many targets (names as given or normalised) to all known names."""
        unit_list = list(units) if units is not None else None
        for k, t in enumerate(targets):
            u = unit_list[k] if unit_list is not None else ""
            if (t, u) in self._rel_cache:
                continue
            level = self.levels_for(self._target_class(t, u)) if t else np.zeros(len(self.classes), dtype=np.int8)
            ids = np.flatnonzero(level > 0)
            self._rel_cache[(t, u)] = (ids.astype(np.int64), level[ids])

    def related_names(self, target: str, unit: str = "") -> tuple[np.ndarray, np.ndarray]:
        """Return ``(name_ids, level)`` of all known names related to a target."""
        if (target, unit) not in self._rel_cache:
            self.prepare([target], [unit])
        return self._rel_cache[(target, unit)]

    def employees_related_to(self, target: str, unit: str = "", *, min_level: int = SERUMPUN) -> np.ndarray:
        """Return row positions of employees who held a post at least ``min_level`` related to ``target``.

        The default (same JF/post or serumpun) keeps the lists short enough for candidate
        blocking; a same-field employee still competes through the pre-score.
        """
        ids, lv = self.related_names(target, unit)
        ids = ids[lv >= min_level]
        if not len(ids):
            return np.empty(0, dtype=np.int64)
        lo, hi = self._name_offsets[ids], self._name_offsets[ids + 1]
        take = np.concatenate([np.arange(a, b) for a, b in zip(lo.tolist(), hi.tolist(), strict=True)])
        return np.unique(self._emp_by_name[take]) if len(take) else np.empty(0, dtype=np.int64)

    def requirement(self, text: str | None) -> ExperienceRequirement | None:
        """Parse a ``syarat_pengalaman`` once."""
        key = text if isinstance(text, str) else ""
        if key not in self._req_cache:
            self._req_cache[key] = parse_experience_requirement(key)
        return self._req_cache[key]

    def _selector(self, kind: str, value: str | None) -> np.ndarray:
        """Boolean mask over names for a target-independent clause kind."""
        key = (kind, value)
        hit = self._sel_cache.get(key)
        if hit is None:
            # the clause is tested once per distinct value of the class field it reads, not once per name
            codes, distinct = self._field_codes(_SELECTOR_FIELD.get(kind, "jenis"))
            if kind in _SELECTOR_FIELD:
                verdicts = [v == value for v in distinct]
            else:  # jenis: the rule Clause.describe names
                verdicts = [jenis_counts(value, v) for v in distinct]
            hit = np.asarray(verdicts, dtype=bool)[codes]
            self._sel_cache[key] = hit
        return hit

    def _field_codes(self, name: str) -> tuple[np.ndarray, list[str | None]]:
        """(code per known name, distinct values) of one :class:`PositionClass` field; None is the last value."""
        found = self._field_cache.get(name)
        if found is None:
            values = np.fromiter((getattr(c, name) for c in self.classes), dtype=object, count=len(self.classes))
            codes, distinct = pd.factorize(values)  # (None coded -1: read as the value after the others)
            found = (np.where(codes < 0, len(distinct), codes).astype(np.intp), [*distinct.tolist(), None])
            self._field_cache[name] = found
        return found

    def target_profiles(
        self,
        targets: Sequence[str],
        jenis: Sequence[str | None],
        units: Sequence[str | None],
        *,
        target_ids: np.ndarray | None = None,
        prepared: _PairTargets | None = None,
    ) -> pd.DataFrame:
        """Per target, every fact of it that :meth:`score_pairs`' ``skor`` and ``keluar_profesi`` read.

        Two targets with equal rows give every person the same experience score and the same
        ``keluar_profesi`` (the requirement verdict also reads ``syarat``, not included). The
        planner groups positions by these rows so one scoring stands for a whole group. ``target_ids`` and
        ``prepared``: as :meth:`score_pairs` takes them.
        """
        n = len(targets)
        tg = self._targets(n, (targets, jenis, [None] * n, units), target_ids, prepared)

        def per_pair(values: list[str | None]) -> np.ndarray:
            return np.asarray([v or "" for v in values], dtype=object)[tg.codes] if n else np.empty(0, dtype=object)

        return pd.DataFrame(
            {
                "jf": per_pair([c.jf for c in tg.cls]),
                "rumpun": per_pair([c.rumpun for c in tg.cls]),
                "bidang": per_pair([c.bidang for c in tg.cls]),
                "dasar": per_pair([c.dasar for c in tg.cls]),
                "urutan": tg.order.astype(np.int64),
                "struktural": tg.struct.astype(bool),
            }
        )

    def score_pairs(
        self,
        emp: np.ndarray,
        targets: Sequence[str],
        jenis: Sequence[str | None],
        syarat: Sequence[str | None],
        *,
        units: Sequence[str | None] | None = None,
        target_ids: np.ndarray | None = None,
        with_text: bool = False,
        prepared: _PairTargets | None = None,
    ) -> pd.DataFrame:
        """Score pairs given as parallel arrays: row positions, target names, target jenis, syarat (and units).

        Returns per pair: ``tahun_jabatan_sama``, ``tahun_serumpun``, ``tahun_bidang_sama``
        (calendar years of stints at least that related), ``tahun_terkait`` (related years,
        managerial experience included for a structural target), ``tingkat`` (best level
        0..3), ``skor`` (0..1), ``memenuhi_syarat`` (True/False/None), ``syarat_penentu``
        (the clause that decided), ``tahun_syarat`` and ``syarat_tahun`` (years counted and
        required by that clause), ``syarat_terbaca`` and ``contoh`` (name id of the most
        related stint, -1 if none); with ``with_text`` also ``alasan``. ``target_ids`` (e.g.
        position rows) say which pairs share one target, so per-target work is done once; with ``prepared``
        (:meth:`position_targets` of every position) they are its position rows and the targets are not
        classified again.
        """
        n = len(emp)
        emp, tg, st = self._pairs(emp, targets, jenis, syarat, units, target_ids, prepared)
        (t_sama, t_rumpun, t_bidang, t_terkait), managerial, skor = self._years_skor(st, tg)
        tingkat, best = _best_stints(st, managerial)
        v = self._requirement_verdicts(st, tg, t_bidang)
        out = pd.DataFrame(
            {
                "tahun_jabatan_sama": np.round(t_sama, 2),
                "tahun_serumpun": np.round(t_rumpun, 2),
                "tahun_bidang_sama": np.round(t_bidang, 2),
                "tahun_terkait": np.round(t_terkait, 2),
                "tingkat": tingkat,
                "skor": skor,
                "memenuhi_syarat": v.memenuhi,
                "syarat_penentu": v.penentu,
                "tahun_syarat": v.tahun_syarat,
                "syarat_tahun": v.syarat_tahun,
                "syarat_terbaca": v.terbaca,
                "contoh": best,
            }
        )
        # a JF holder whose target is not the same JF leaves their profession
        theirs = tg.jf_table[tg.codes] if n else np.zeros(0)
        mine = self.current_jf_id[emp] if n else np.zeros(0, dtype=np.int64)
        out["keluar_profesi"] = (mine >= 0) & (mine != theirs)
        out["jf_asal"] = self.current_jf[emp] if n else np.empty(0, dtype=object)
        if with_text:
            out["alasan"] = [
                self.reason(r, tg.s_uniques[k] if k >= 0 else None)
                for r, k in zip(out.to_dict("records"), tg.s_codes.tolist(), strict=True)
            ]
        return out

    def _years_skor(
        self, st: _PairStints, tg: _PairTargets
    ) -> tuple[tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray], np.ndarray, np.ndarray]:
        """Per pair: the years (same post, serumpun, same field, related), which stints are managerial experience
        for a structural target, and the ``skor`` (0..1) they give: what :meth:`score_pairs` and
        :meth:`skor_pairs` both read."""
        years, lv = st.years, st.lv
        t_sama, t_rumpun, t_bidang = years(lv >= JABATAN_SAMA), years(lv >= SERUMPUN), years(lv >= BIDANG_SAMA)
        managerial = tg.struct[st.p] & (st.urutan >= np.maximum(tg.order[st.p] - 1, 2))
        t_terkait = years((lv >= BIDANG_SAMA) | managerial) if managerial.any() else t_bidang
        skor = np.zeros(st.n)
        for level, yrs in ((JABATAN_SAMA, t_sama), (SERUMPUN, t_rumpun), (BIDANG_SAMA, t_terkait)):
            skor = np.maximum(skor, self.bobot[level] * np.clip(yrs / self.tahun_penuh, 0.0, 1.0))
        return (t_sama, t_rumpun, t_bidang, t_terkait), managerial, skor

    def skor_pairs(
        self,
        emp: np.ndarray,
        targets: Sequence[str],
        jenis: Sequence[str | None],
        *,
        units: Sequence[str | None] | None = None,
        target_ids: np.ndarray | None = None,
        prepared: _PairTargets | None = None,
    ) -> np.ndarray:
        """:meth:`score_pairs`' ``skor`` alone: the same targets, stints and years, without the requirement
        verdicts, best stints and frame the planner's pricing never reads (it prices by the score alone)."""
        n = len(emp)
        _, tg, st = self._pairs(emp, targets, jenis, [None] * n, units, target_ids, prepared)
        return self._years_skor(st, tg)[2]

    def position_targets(
        self,
        names: Sequence[str],
        jenis: Sequence[str | None],
        syarat: Sequence[str | None],
        units: Sequence[str | None],
    ) -> _PairTargets:
        """The targets of every position (one per row, in order), classified once: what :meth:`score_pairs` and
        :meth:`skor_pairs` take as ``prepared``, with the pairs' position rows as ``target_ids``. A plan scores
        pairs a dozen times; each call classified its distinct targets again (speed19, h36)."""
        n = len(names)
        return self._pair_targets(n, names, jenis, syarat, units, np.arange(n, dtype=np.int64))

    def requirement_met(
        self,
        emp: np.ndarray,
        targets: Sequence[str],
        jenis: Sequence[str | None],
        syarat: Sequence[str | None],
        *,
        units: Sequence[str | None] | None = None,
        target_ids: np.ndarray | None = None,
        prepared: _PairTargets | None = None,
    ) -> np.ndarray:
        """:meth:`score_pairs`' ``memenuhi_syarat`` alone (object: True, False, None where no rule is read).

        The same targets, stints and requirement verdicts, without the scores, levels and texts: what the
        planner asks of every member of a class whose blocks wait on an experience rule. ``prepared``: as
        :meth:`score_pairs` takes it.
        """
        _, tg, st = self._pairs(emp, targets, jenis, syarat, units, target_ids, prepared)
        return self._requirement_verdicts(st, tg, st.years(st.lv >= BIDANG_SAMA)).memenuhi

    def _pairs(
        self,
        emp: np.ndarray,
        targets: Sequence[str],
        jenis: Sequence[str | None],
        syarat: Sequence[str | None],
        units: Sequence[str | None] | None,
        target_ids: np.ndarray | None,
        prepared: _PairTargets | None = None,
    ) -> tuple[np.ndarray, _PairTargets, _PairStints]:
        """What :meth:`score_pairs` and :meth:`requirement_met` both start from: rows, targets, stints."""
        emp = np.asarray(emp, dtype=np.int64)
        tg = self._targets(len(emp), (targets, jenis, syarat, units), target_ids, prepared)
        return emp, tg, self._pair_stints(emp, tg)

    def _targets(
        self, n: int, texts: tuple[Any, Any, Any, Any], target_ids: np.ndarray | None, prepared: _PairTargets | None
    ) -> _PairTargets:
        """The pairs' targets: taken from ``prepared`` (:meth:`position_targets`) by their position rows
        ``target_ids``, else classified (:meth:`_pair_targets` of ``texts``: names, jenis, syarat, units)."""
        if prepared is not None and target_ids is not None:
            return prepared.take(np.asarray(target_ids, dtype=np.int64))
        return self._pair_targets(n, *texts, target_ids)

    def _pair_targets(
        self,
        n: int,
        targets: Sequence[str],
        jenis: Sequence[str | None],
        syarat: Sequence[str | None],
        units: Sequence[str | None] | None,
        target_ids: np.ndarray | None,
    ) -> _PairTargets:
        """Classify each distinct target once (position row, or name+unit+jenis+syarat); no per-pair Python."""
        if target_ids is None:
            combo = np.zeros(n, dtype=np.int64)
            for values in (targets, units if units is not None else [""] * n, jenis, syarat):
                codes, uniq = pd.factorize(np.asarray(values, dtype=object))
                combo = combo * (len(uniq) + 1) + codes.astype(np.int64) + 1
            target_ids = combo
        t_codes, _ = pd.factorize(np.asarray(target_ids, dtype=np.int64))
        _, first_at = np.unique(t_codes, return_index=True)

        def per_target(values: Sequence[Any] | None) -> list[str | None]:
            if values is None:
                return [""] * len(first_at)
            arr = np.asarray(values, dtype=object)[first_at]
            return [v if isinstance(v, str) else None for v in arr.tolist()]

        t_names, t_units = per_target(targets), per_target(units)
        t_pairs = [(a or "", b or "") for a, b in zip(t_names, t_units, strict=True)]
        t_jenis, t_syarat = per_target(jenis), per_target(syarat)
        t_cls = [self._target_class(t, u) for t, u in t_pairs]
        ts_codes, s_uniques = pd.factorize(np.asarray(t_syarat, dtype=object))
        return _PairTargets(
            codes=t_codes,
            cls=t_cls,
            jf=np.asarray([self._jf_names.get(c.jf, -2) if c.jf else -3 for c in t_cls], dtype=np.int64),
            isjf=np.asarray([c.jf is not None for c in t_cls], dtype=bool),
            rumpun=np.asarray(
                [self._rumpun_names.get(c.rumpun, -2) if c.rumpun else -3 for c in t_cls], dtype=np.int64
            ),
            bidang=np.asarray(
                [self._bidang_names.get(c.bidang, -2) if c.bidang else -1 for c in t_cls], dtype=np.int64
            ),
            dasar=np.asarray([self._dasar_names.get(c.dasar, -2) if c.dasar else -2 for c in t_cls], dtype=np.int64),
            order=np.asarray([JENIS_RANK.get(j or "", 0) for j in t_jenis], dtype=np.int8)[t_codes],
            struct=np.asarray([j in MANAJERIAL for j in t_jenis], dtype=bool)[t_codes],
            s_codes=ts_codes[t_codes] if n else np.zeros(0, dtype=np.int64),
            s_uniques=s_uniques,
            reqs=[self.requirement(v if isinstance(v, str) else None) for v in s_uniques],
            jf_table=np.asarray([self._jf_ids.get(c.jf, -1) if c.jf else -1 for c in t_cls], dtype=np.int64),
        )

    def _pair_stints(self, emp: np.ndarray, tg: _PairTargets) -> _PairStints:
        """Every pair's stints, in (pair, start) order, without a merge: the stints are sorted by (emp, start)."""
        n = len(emp)
        counts = self._offsets[emp + 1] - self._offsets[emp] if n else np.zeros(0, dtype=np.int64)
        p = np.repeat(np.arange(n, dtype=np.int64), counts)
        first = np.repeat(self._offsets[emp] - (np.cumsum(counts) - counts), counts)
        idx = first + np.arange(len(p), dtype=np.int64)
        name_id = self._st_name[idx]
        tid = tg.codes[p]
        pj, pr, pb, pd_ = self._jf[name_id], self._rumpun[name_id], self._bidang[name_id], self._dasar[name_id]
        is_jf = pj >= 0
        lv = np.where((pb == tg.bidang[tid]) & (pb >= 0), BIDANG_SAMA, 0).astype(np.int8)
        lv[is_jf & tg.isjf[tid] & (pr == tg.rumpun[tid])] = SERUMPUN
        lv[is_jf & (pj == tg.jf[tid])] = JABATAN_SAMA
        same_work = ~is_jf & ~tg.isjf[tid] & (pd_ == tg.dasar[tid]) & (tg.dasar[tid] >= 0)
        # the same post in another field ("Pengolah Data dan Informasi" of a Dinas Kesehatan, to a Kelurahan) is
        # related work: it was "tidak terkait", 0 years, while the same title between two kelurahan counted in full
        lv[same_work & (lv < SERUMPUN)] = SERUMPUN
        lv[same_work & (pb == tg.bidang[tid])] = JABATAN_SAMA
        return _PairStints(
            n=n,
            p=p,
            name_id=name_id,
            s=self._st_start[idx],
            e=self._st_end[idx],
            c=self._st_credit[idx],
            urutan=self._st_rank[idx],
            lv=lv,
        )

    def _requirement_verdicts(self, st: _PairStints, tg: _PairTargets, t_bidang: np.ndarray) -> _Verdicts:
        """Judge each pair's experience requirement, clause by clause."""
        n = st.n
        v = _Verdicts(
            memenuhi=np.full(n, None, dtype=object),
            penentu=np.full(n, "", dtype=object),
            tahun_syarat=np.full(n, np.nan),
            syarat_tahun=np.full(n, np.nan),
            terbaca=np.ones(n, dtype=bool),
        )
        clause_years: dict[tuple[str, str | None], np.ndarray] = {}
        asked = np.unique(tg.s_codes) if n else np.zeros(0, np.int64)  # (prepared targets: every post's syarat)
        for sid in asked[asked >= 0].tolist():
            req = tg.reqs[sid]
            rows = np.flatnonzero(tg.s_codes == sid)
            if req is None or not len(rows):
                continue
            if not req.terbaca:
                v.terbaca[rows] = False
                continue
            group_ok, group_first_fail = self._clause_groups(st, req, rows, t_bidang, clause_years)
            oks = np.vstack(group_ok)
            met = oks.any(axis=0)
            v.memenuhi[rows] = met
            first_met = np.argmax(oks, axis=0)
            for gi, group in enumerate(req.groups):
                fail_idx, got_matrix, need = group_first_fail[gi]
                pick_met = met & (first_met == gi)
                pick_fail = ~met & (gi == 0)
                for ci, cl in enumerate(group):
                    # a met group is told by its last clause (all hold); an unmet one by its first failure
                    sel = (pick_met & (ci == len(group) - 1)) | (pick_fail & (fail_idx == ci))
                    if sel.any():
                        idx = rows[sel]
                        v.penentu[idx] = cl.describe()
                        v.tahun_syarat[idx] = got_matrix[ci][sel]
                        v.syarat_tahun[idx] = need[ci]
        return v

    def _clause_groups(
        self,
        st: _PairStints,
        req: ExperienceRequirement,
        rows: np.ndarray,
        t_bidang: np.ndarray,
        clause_years: dict[tuple[str, str | None], np.ndarray],
    ) -> tuple[list[np.ndarray], list[tuple[np.ndarray, np.ndarray, np.ndarray]]]:
        """Per alternative group of ``req``: which ``rows`` meet it, and its first failing clause and years."""
        n = st.n
        row_set = np.zeros(n, dtype=bool)
        row_set[rows] = True
        group_ok = []
        group_first_fail: list[tuple[np.ndarray, np.ndarray, np.ndarray]] = []
        for group in req.groups:
            ok = np.ones(len(rows), dtype=bool)
            fail_idx = np.full(len(rows), -1)
            got_all = []
            for ci, cl in enumerate(group):
                if cl.jenis == "terkait":
                    got = t_bidang[rows]
                else:
                    key = (cl.jenis, cl.nilai)
                    if key not in clause_years:
                        clause_years[key] = np.full(n, np.nan)
                    have = clause_years[key]
                    todo = row_set & np.isnan(have)
                    if todo.any():
                        sel = self._selector(cl.jenis, cl.nilai)
                        mask = todo[st.p] & sel[st.name_id] if len(st.p) else np.zeros(0, dtype=bool)
                        yrs = st.years(mask)
                        have[todo] = yrs[todo]
                    got = have[rows]
                got_all.append(got)
                passed = got + 1e-9 >= cl.tahun
                fail_idx = np.where(ok & ~passed, ci, fail_idx)
                ok &= passed
            group_ok.append(ok)
            group_first_fail.append((fail_idx, np.vstack(got_all), np.asarray([cl.tahun for cl in group])))
        return group_ok, group_first_fail

    def reason(self, row: Mapping[Any, Any], syarat: str | None) -> str:
        """Write the Bahasa Indonesia reason for one scored pair (a row of :meth:`score_pairs`)."""
        tahun = float(row["tahun_terkait"])
        contoh = int(row["contoh"])
        if tahun <= 0 or contoh < 0:
            text = "Belum ada pengalaman di jabatan yang terkait"
        else:
            level = LEVEL_NAMES[int(row["tingkat"])]
            # years in managerial posts count for a structural target without being "bidang sama": the text said
            # "6,4 tahun (bidang sama …)" beside tahun_bidang_sama 0 (walkthrough)
            managerial = tahun - float(row["tahun_bidang_sama"])
            if managerial > 0.05 and float(row["tahun_bidang_sama"]) <= 0:
                level = "jabatan manajerial, paling rendah satu tingkat di bawah jabatan tujuan"
            text = f"Pengalaman terkait {fmt_tahun(tahun)} ({level}, antara lain sebagai {self.display[contoh]})"
            if managerial > 0.05 and float(row["tahun_bidang_sama"]) > 0:
                # the managerial years beside the field's own: "4,5 tahun di antaranya di jabatan manajerial" beside
                # "13,5 tahun dalam jabatan Pengawas atau lebih tinggi" read as 4,5 managerial years in all (walk2, h30)
                text += f"; {fmt_tahun(managerial)} di antaranya di jabatan manajerial bidang lain"
            if row["tahun_jabatan_sama"] > 0 and int(row["tingkat"]) < JABATAN_SAMA:
                text += f"; di jabatan yang sama {fmt_tahun(float(row['tahun_jabatan_sama']))}"
        memenuhi = row["memenuhi_syarat"]
        if memenuhi is True:
            text += (
                f"; memenuhi syarat pengalaman '{syarat}': {fmt_tahun(float(row['tahun_syarat']))} "
                f"{row['syarat_penentu']} (syarat {fmt_tahun(float(row['syarat_tahun']))})"
            )
        elif memenuhi is False:
            text += (
                f"; belum memenuhi syarat pengalaman '{syarat}': baru {fmt_tahun(float(row['tahun_syarat']))} "
                f"{row['syarat_penentu']} (syarat {fmt_tahun(float(row['syarat_tahun']))})"
            )
        elif isinstance(syarat, str) and syarat.strip():
            text += f"; syarat pengalaman '{syarat}' tidak dapat dibaca, tidak dinilai"
        if row.get("keluar_profesi"):
            # the rule code in brackets told the analyst nothing to do (walk8): say what follows the decision
            text += (
                f"; pemegang JF {jf_title(str(row['jf_asal']))} keluar dari profesinya: bila mutasi ditetapkan, ia "
                "diberhentikan dari JF itu (PermenPANRB 1/2023) dan memerlukan uji kompetensi (ke JF lain) atau "
                "orientasi tugas (lihat kebutuhan diklat)"
            )
        return text

    def fit(
        self,
        emp: int,
        target_name: str,
        target_jenis: str | None = None,
        syarat: str | None = None,
        unit: str | None = None,
    ) -> ExperienceFit:
        """Score one pair (``target_name`` as written)."""
        out = self.score_pairs(np.asarray([emp]), [target_name], [target_jenis], [syarat], units=[unit], with_text=True)
        row = out.iloc[0]
        return ExperienceFit(
            tahun_terkait=float(row["tahun_terkait"]),
            tahun_jabatan_sama=float(row["tahun_jabatan_sama"]),
            tahun_serumpun=float(row["tahun_serumpun"]),
            tahun_bidang_sama=float(row["tahun_bidang_sama"]),
            tingkat=LEVEL_NAMES[int(row["tingkat"])],
            skor=float(row["skor"]),
            memenuhi_syarat=row["memenuhi_syarat"],
            syarat_penentu=str(row["syarat_penentu"]),
            alasan=str(row["alasan"]),
        )


def _best_stints(st: _PairStints, managerial: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Return per pair the level and name id of its most related, then longest, stint (0 / -1 if none)."""
    n, p = st.n, st.p
    tingkat = np.zeros(n, dtype=np.int8)
    best = np.full(n, -1, dtype=np.int64)
    if len(p):
        # rows are grouped by pair already
        lv_best = np.where(managerial, np.maximum(st.lv, BIDANG_SAMA), st.lv)
        rank_key = lv_best * 1000.0 + np.clip(np.where(np.isnan(st.s), st.c, st.e - st.s), 0.0, 999.0)
        rank_key[lv_best == 0] = -1.0
        starts = np.flatnonzero(np.r_[True, p[1:] != p[:-1]])
        top = np.maximum.reduceat(rank_key, starts)
        top_of_row = np.repeat(top, np.diff(np.r_[starts, len(p)]))
        hit = np.flatnonzero((rank_key == top_of_row) & (rank_key >= 0))
        first_pair, first_row = np.unique(p[hit], return_index=True)
        best[first_pair] = st.name_id[hit[first_row]]
        tingkat[first_pair] = lv_best[hit[first_row]]
    return tingkat, best


@dataclass(frozen=True)
class ExperienceFit:
    """Related experience of one employee for one position (calendar years per level)."""

    tahun_terkait: float
    tahun_jabatan_sama: float
    tahun_serumpun: float
    tahun_bidang_sama: float
    tingkat: str  #: the best relatedness level found ("jabatan sama" … "tidak terkait")
    skor: float  #: 0..1
    memenuhi_syarat: bool | None  #: meets ``syarat_pengalaman``; None when there is none (or unreadable)
    syarat_penentu: str  #: the clause that decided ("sebagai perawat", "di bidang keuangan")
    alasan: str


def fmt_tahun(x: float) -> str:
    """Years as analysts write them: one decimal, decimal comma ("3,3 tahun")."""
    return f"{x:.1f}".replace(".", ",") + " tahun"


def experience_fit(
    employee: dict[str, object] | pd.Series,
    target_name: str,
    *,
    as_of: date,
    target_jenis: str | None = None,
    target_unit: str | None = None,
    syarat_pengalaman: str | None = None,
    history: pd.DataFrame | None = None,
    tahun_penuh: float = 5.0,
    ambang: float = 90.0,
) -> ExperienceFit:
    """Score one employee (a roster row) against one target position; convenience for single checks."""
    row = dict(employee)
    frame = pd.DataFrame(
        [{k: row.get(k) for k in ("nip", "jabatan", "unit_kerja", "tmt_jabatan", "jenis_jabatan", "riwayat_jabatan")}]
    )
    frame["tmt_jabatan"] = pd.to_datetime(frame["tmt_jabatan"], errors="coerce")
    index = ExperienceIndex(frame, as_of, history=history, ambang=ambang, tahun_penuh=tahun_penuh)
    return index.fit(0, target_name, target_jenis, syarat_pengalaman, target_unit)


__all__ = [
    "TAHUN_TANPA_KETERANGAN",
    "URUTAN_JENIS",
    "Clause",
    "ExperienceFit",
    "ExperienceIndex",
    "ExperienceRequirement",
    "build_stints",
    "experience_fit",
    "fmt_tahun",
    "jf_table",
    "parse_experience_requirement",
    "parse_riwayat_text",
    "requirement_problems",
    "union_years",
]
