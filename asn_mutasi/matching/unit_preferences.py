"""Preferred units (``preferensi_unit``): which employees name which unit, by one fuzzy rule.

A preferred unit names a target unit when the two normalised names are equal or their
``token_set_ratio`` reaches :data:`AMBANG_UNIT` (:func:`unit_matches`, the rule the
preference score uses pair by pair). :class:`UnitPreferences` answers the inverse
question for the planner and the candidate lists — every employee preferring a unit —
with ONE fuzzy batch over distinct unit names × distinct preferred names. That batch is
the largest single text computation of a plan (2,000 × 1,965 names at 100,000 staff,
6,000 × 5,890 at 300,000), and :meth:`start` runs it in the background while the caller goes on with the
eligibility rules: in a fresh child process (:class:`asn_mutasi.forked.SpawnedCall`), or where
none can start, or for a small batch, on a thread (rapidfuzz's worker pool runs without the GIL);
the result is the same whether it was started early or computed on first use.
"""

from __future__ import annotations

import functools
import logging
import os
import re
import sys
import threading
from concurrent.futures import Future, ThreadPoolExecutor

import numpy as np
import pandas as pd
from rapidfuzz import fuzz

from asn_mutasi.distinct import per_distinct, stripped_texts
from asn_mutasi.domain.jabatan import normalize_unit_name
from asn_mutasi.forked import SpawnedCall, parent_waiting
from asn_mutasi.matching.unit_fuzzy import AMBANG_UNIT as AMBANG_UNIT  # re-exported: the rule's threshold
from asn_mutasi.matching.unit_fuzzy import fuzzy_hits

log = logging.getLogger(__name__)


UnitHits = dict[int, np.ndarray]


def split_units(text: str | None) -> tuple[str, ...]:
    """The normalised unit names of one ``preferensi_unit`` text (``;`` ``|`` newline ``atau``)."""
    if not text:
        return ()
    return tuple(u for u in (normalize_unit_name(p) for p in re.split(r"[;\n|]|\batau\b", text)) if u)


def unit_matches(preferred: tuple[str, ...], target: str) -> bool:
    """Return True when one of the (normalised) preferred units names the (normalised) target unit."""
    return any(p == target or fuzz.token_set_ratio(p, target) >= AMBANG_UNIT for p in preferred)


def preferred_names(pref_sets: list[tuple[str, ...]]) -> list[str]:
    """The distinct preferred unit names, sorted: the columns of the fuzzy batch."""
    return sorted({u for units in pref_sets for u in units})


def preference_index(
    unit_names: list[str],
    pref_sets: list[tuple[str, ...]],
    pref_id: np.ndarray,
    *,
    workers: int = -1,
    stop: threading.Event | None = None,
    hits: tuple[np.ndarray, np.ndarray] | None = None,
) -> UnitHits | None:
    """Map every unit id to the sorted row positions of the employees preferring it.

    ``pref_id`` gives each employee's preference text id (−1 = none), ``pref_sets`` the
    normalised unit names of each text. Equal to :func:`unit_matches` on every
    (employee, unit) pair, computed once per distinct (unit name, preferred name).
    ``hits``: :func:`fuzzy_hits` of ``unit_names`` × :func:`preferred_names`, when already
    computed (in a child process); else they are computed here with ``workers``.
    None when ``stop`` is set before the last block of names is scored.
    """
    flat = preferred_names(pref_sets)
    if not flat or not unit_names:
        return {}
    if hits is None:
        hits = fuzzy_hits(unit_names, flat, workers=workers, stop=stop)
        if hits is None:
            return None
    by_name: dict[str, list[int]] = {}
    for k, units in enumerate(pref_sets):
        for u in units:
            by_name.setdefault(u, []).append(k)
    hit_unit, hit_name = hits
    starts = np.searchsorted(hit_unit, np.arange(len(unit_names) + 1))
    emps_by_pref = _rows_by_id(pref_id)
    out: UnitHits = {}
    for uid, target in enumerate(unit_names):
        cols = hit_name[starts[uid] : starts[uid + 1]]
        prefs = {k for c in cols.tolist() for k in by_name[flat[c]]}
        prefs.update(by_name.get(target, []))
        if prefs:
            out[uid] = np.sort(np.concatenate([emps_by_pref[k] for k in prefs if k in emps_by_pref]))
    return out


def _rows_by_id(ids: np.ndarray) -> dict[int, np.ndarray]:
    """Id → the ascending row positions holding it, for the ids >= 0: one stable sort, then a slice per id (a
    groupby-apply, a Python call per id, took 0.09 s at 100,000 staff, speed8 h32)."""
    rows = np.flatnonzero(ids >= 0)
    if not len(rows):
        return {}
    kept = ids[rows]
    order = np.argsort(kept, kind="stable")
    uniq, starts = np.unique(kept[order], return_index=True)
    ordered, ends = rows[order], [*starts[1:].tolist(), len(rows)]
    return {k: ordered[a:b] for k, a, b in zip(uniq.tolist(), starts.tolist(), ends, strict=True)}


#: the smallest batch (unit names × preferred names) worth a child process: about 0.3 s of scoring on
#: one core, against about 0.2 s to start the child's interpreter (measured at 100,000 staff: 3.9 million
#: pairs, 1.2 s of CPU)
SPAWN_MIN_PAIRS = 1_000_000


def _spawn_ok() -> bool:
    """Whether the batch may go to a fresh child process: POSIX (the child learns of the caller's end from a
    pipe) and a real interpreter as ``sys.executable`` (not a frozen application)."""
    return os.name == "posix" and not getattr(sys, "frozen", False) and bool(sys.executable)


class UnitPreferences:
    """The employees' preferred units and the positions' units, as ids of distinct normalised names."""

    def __init__(self, preferensi: np.ndarray, unit_kerja: np.ndarray) -> None:
        """``preferensi``: each employee's ``preferensi_unit`` text (None = none); ``unit_kerja``: each position's unit."""
        codes, texts = pd.factorize(pd.Series(preferensi, dtype=object))
        self.pref_id = codes.astype(np.int64)  #: −1 = no preference
        self.pref_sets = [split_units(str(t)) for t in texts]
        self.pos_unit_norm = per_distinct(unit_kerja, normalize_unit_name, missing=normalize_unit_name(""))
        unit_codes, unit_uniques = pd.factorize(pd.Series(self.pos_unit_norm, dtype=object))
        self.pos_unit_id = unit_codes.astype(np.int64)
        self.unit_names = [str(u) for u in unit_uniques]
        self._hits: UnitHits | None = None
        self._pending: Future[UnitHits | None] | None = None
        self._child: SpawnedCall[tuple[np.ndarray, np.ndarray] | None] | None = None
        #: the preferred names of an adopted early batch (:func:`start_early`): its hits are on their ids
        self._child_names: list[str] | None = None
        self._stop = threading.Event()

    def start(self) -> None:
        """Compute the index in the background (the caller's other work runs meanwhile).

        The fuzzy batch runs in a fresh child process (:class:`~asn_mutasi.forked.SpawnedCall`):
        one rapidfuzz worker there uses the core the caller leaves idle and takes nothing from
        the caller, and once the caller waits for the answer
        (:func:`~asn_mutasi.forked.parent_waiting`) every core scores the blocks left. Not a
        fork: the batch can run for many seconds at 300,000 staff, and a forked child keeps every
        page the planner changes meanwhile (measured: 530 MB). Where no child can be started,
        the whole index is computed on a thread.
        """
        busy = self._hits is not None or self._pending is not None or self._child is not None
        early = None if busy else _take_early()  # (a batch started early is taken here or cancelled below)
        if busy or self._stop.is_set() or not any(self.pref_sets):
            if early is not None:
                early.cancel()
            return  # (a cancelled index is computed on demand, if it is asked for at all)
        names = preferred_names(self.pref_sets)
        if early is not None and early.unit_names == self.unit_names and early._child is not None:
            early_names = preferred_names(early.pref_sets)
            if set(names) <= set(early_names):  # the batch started before validation covers these names
                self._child, self._child_names = early._child, early_names
                return
        if early is not None:
            early.cancel()  # another table, or validation changed a preference text: score these instead
        if self._spawn_worthy(names) and self._spawn(names):
            return
        # rapidfuzz's single-worker path takes the GIL back per row, so beside a busy caller it
        # convoys (6.3 s instead of 1.8 s measured at 100,000 staff); its worker pool does not
        workers = max(2, os.cpu_count() or 2)
        pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="preferensi-unit")
        self._pending = pool.submit(
            preference_index, self.unit_names, self.pref_sets, self.pref_id, workers=workers, stop=self._stop
        )
        pool.shutdown(wait=False)

    def _spawn(self, names: list[str]) -> bool:
        """Start the batch of ``names`` in a child process; False when none can start."""
        batch = functools.partial(fuzzy_hits, workers=1, hurry=parent_waiting)
        try:
            self._child = SpawnedCall(batch, self.unit_names, names)
        except Exception:
            log.debug("preferensi unit: proses anak tidak dapat dimulai; memakai thread")
            return False
        return True

    def _spawn_worthy(self, names: list[str]) -> bool:
        """Whether the batch of ``names`` goes to a child process (big enough, and a child can start)."""
        return _spawn_ok() and len(self.unit_names) * len(names) >= SPAWN_MIN_PAIRS

    def cancel(self) -> None:
        """Stop a background run (a plan that failed or was interrupted): a thread at its next block, a child now."""
        self._stop.set()
        if self._child is not None:
            self._child.cancel()

    def employees_preferring(self, unit_id: int) -> np.ndarray:
        """Row positions of the employees whose stated preference names the unit ``unit_id``."""
        if self._hits is None:
            if self._child is not None:
                hits, self._child = self._child.result(), None
                if hits is not None and self._child_names is not None:
                    hits = _renumbered(hits, self._child_names, preferred_names(self.pref_sets))
                if hits is not None:
                    self._hits = preference_index(self.unit_names, self.pref_sets, self.pref_id, hits=hits)
            elif self._pending is not None:
                self._hits, self._pending = self._pending.result(), None
            if self._hits is None:  # never started, cancelled, or the child failed: compute it here
                self._hits = preference_index(self.unit_names, self.pref_sets, self.pref_id) or {}
        return self._hits.get(unit_id, np.empty(0, dtype=np.int64))


#: the batch :func:`start_early` started and no :class:`UnitPreferences` has taken yet
_early: UnitPreferences | None = None
_early_lock = threading.Lock()


def start_early(preferensi: np.ndarray, unit_kerja: np.ndarray) -> bool:
    """Start the fuzzy batch of preferences not yet validated, in a child process (only a batch worth one).

    ``plan`` calls this with the roster's ``preferensi_unit`` cells as read, before it validates them: the
    validation runs on one core, the batch on the other. The next :meth:`UnitPreferences.start` of the same
    position units takes the batch when its preferred names are among the batch's (its hits are
    renumbered to them), else cancels it and scores its own: the index is the same either way. A later
    call cancels a batch not taken; see :func:`cancel_early`. Returns whether a batch was started.
    """
    global _early
    prefs = UnitPreferences(stripped_texts(preferensi), unit_kerja)  # the texts scoring reads (``_col``)
    cancel_early()
    names = preferred_names(prefs.pref_sets)
    if not names or not prefs._spawn_worthy(names) or not prefs._spawn(names):
        return False
    with _early_lock:  # swapped under the lock: a batch another thread stored meanwhile is cancelled, not lost
        old, _early = _early, prefs
    if old is not None:
        old.cancel()
    return True


def cancel_early() -> None:
    """Stop the batch :func:`start_early` started, if no :class:`UnitPreferences` has taken it (a failed plan)."""
    early = _take_early()
    if early is not None:
        early.cancel()


def _take_early() -> UnitPreferences | None:
    global _early
    with _early_lock:
        early, _early = _early, None
    return early


def _renumbered(hits: tuple[np.ndarray, np.ndarray], old: list[str], new: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """Hits on the ids of the sorted names ``old`` as hits on those of the sorted names ``new`` (a subset).

    The renumbering keeps the order of the names, so the hits stay sorted by unit id, then name id.
    """
    at = {name: i for i, name in enumerate(new)}
    to_new = np.array([at.get(name, -1) for name in old], dtype=np.int64)
    unit, col = hits
    col = to_new[col] if len(col) else col
    keep = col >= 0
    return unit[keep], col[keep]
