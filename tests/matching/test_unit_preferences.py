"""The preferred-unit index: the inverse of the pairwise rule, the same whether started early or not."""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import Future
from typing import Any

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from asn_mutasi.forked import SpawnedCall
from asn_mutasi.matching.unit_preferences import UnitPreferences, split_units, unit_matches

WORDS = ["dinas", "pendidikan", "kesehatan", "kelurahan", "sukamaju", "sukamaja", "badan", "daerah", "rsud", "kota"]
names = st.lists(st.sampled_from(WORDS), min_size=1, max_size=4).map(" ".join)
texts = st.one_of(st.none(), st.lists(names, min_size=1, max_size=3).map("; ".join))


def _by_rule(prefs: UnitPreferences, preferensi: list[str | None]) -> dict[int, list[int]]:
    """Every (unit, employee) pair checked one by one with the scoring rule."""
    out: dict[int, list[int]] = {}
    for uid, unit in enumerate(prefs.unit_names):
        hits = [e for e, text in enumerate(preferensi) if unit_matches(split_units(text), unit)]
        if hits:
            out[uid] = hits
    return out


def _index(prefs: UnitPreferences) -> dict[int, list[int]]:
    out = {u: prefs.employees_preferring(u).tolist() for u in range(len(prefs.unit_names))}
    return {u: v for u, v in out.items() if v}


@settings(max_examples=60, deadline=None)
@given(st.lists(texts, min_size=1, max_size=12), st.lists(names, min_size=1, max_size=8))
def test_index_equals_the_pairwise_rule_started_or_lazy(preferensi: list[str | None], units: list[str]) -> None:
    lazy = UnitPreferences(np.array(preferensi, dtype=object), np.array(units, dtype=object))
    early = UnitPreferences(np.array(preferensi, dtype=object), np.array(units, dtype=object))
    early.start()
    expected = _by_rule(lazy, preferensi)
    assert _index(lazy) == expected
    assert _index(early) == expected


def test_a_misspelt_preference_still_names_its_unit_and_another_unit_does_not() -> None:
    prefs = UnitPreferences(
        np.array(["Dinas Pendidkan", None, "RSUD Kota"], dtype=object),
        np.array(["Dinas Pendidikan", "Dinas Kesehatan", "RSUD Kota"], dtype=object),
    )
    prefs.start()
    assert prefs.employees_preferring(0).tolist() == [0]
    assert prefs.employees_preferring(1).tolist() == []
    assert prefs.employees_preferring(2).tolist() == [2]


@pytest.fixture
def any_batch_to_a_child(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The tests' batches are small: send them to a child all the same (and leave no early batch behind)."""
    from asn_mutasi.matching import unit_preferences as up

    monkeypatch.setattr(up, "SPAWN_MIN_PAIRS", 0)
    yield
    up.cancel_early()


def _two_units() -> UnitPreferences:
    return UnitPreferences(
        np.array(["Dinas Pendidkan", "RSUD Kota"] * 50, dtype=object),
        np.array([f"Unit {i}" for i in range(1200)] + ["Dinas Pendidikan", "RSUD Kota"], dtype=object),
    )


def _assert_two_units(prefs: UnitPreferences) -> None:
    assert prefs.employees_preferring(len(prefs.unit_names) - 2).tolist() == list(range(0, 100, 2))
    assert prefs.employees_preferring(len(prefs.unit_names) - 1).tolist() == list(range(1, 100, 2))


def test_a_cancelled_index_is_never_started_and_is_computed_on_demand() -> None:
    prefs = _two_units()
    prefs.cancel()
    prefs.start()
    assert prefs._pending is None
    _assert_two_units(prefs)


def test_a_thread_run_cancelled_before_its_first_block_stops_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    from asn_mutasi.matching import unit_preferences as up

    monkeypatch.setattr(up, "_spawn_ok", lambda: False)
    prefs = _two_units()
    prefs.start()
    assert isinstance(prefs._pending, Future)
    prefs.cancel()
    stopped = up.preference_index(prefs.unit_names, prefs.pref_sets, prefs.pref_id, stop=prefs._stop)
    assert stopped is None  # what the thread returns once it sees the flag before a block
    _assert_two_units(prefs)


def test_the_fuzzy_batch_runs_in_a_child_process(any_batch_to_a_child: None) -> None:
    prefs = _two_units()
    prefs.start()
    assert isinstance(prefs._child, SpawnedCall)
    _assert_two_units(prefs)
    assert prefs._child is None  # the child's answer was taken


def test_a_cancelled_child_is_reaped_and_the_index_computed_on_demand(any_batch_to_a_child: None) -> None:
    prefs = _two_units()
    prefs.start()
    child = prefs._child
    assert isinstance(child, SpawnedCall)
    prefs.cancel()
    assert child._process.poll() is not None
    _assert_two_units(prefs)


def test_a_child_that_gives_nothing_leaves_the_index_to_the_caller(
    monkeypatch: pytest.MonkeyPatch, any_batch_to_a_child: None
) -> None:
    from asn_mutasi.matching import unit_preferences as up

    prefs = _two_units()
    prefs.start()
    child = prefs._child
    assert isinstance(child, SpawnedCall)
    monkeypatch.setattr(child, "result", lambda: (SpawnedCall.cancel(child), None)[1])  # as a child that died
    calls: list[int] = []
    real = up.fuzzy_hits

    def counted(*args: Any, workers: int = -1, **kwargs: Any) -> Any:
        calls.append(workers)
        return real(*args, workers=workers, **kwargs)

    monkeypatch.setattr(up, "fuzzy_hits", counted)
    _assert_two_units(prefs)
    assert calls == [-1]  # computed once more, here


def test_a_child_that_cannot_start_leaves_the_batch_to_a_thread(
    monkeypatch: pytest.MonkeyPatch, any_batch_to_a_child: None
) -> None:
    from asn_mutasi.matching import unit_preferences as up

    def refused(*args: Any, **kwargs: Any) -> Any:
        raise OSError("no process")

    monkeypatch.setattr(up, "SpawnedCall", refused)
    prefs = _two_units()
    prefs.start()
    assert prefs._child is None and isinstance(prefs._pending, Future)
    _assert_two_units(prefs)


def test_a_small_batch_is_not_worth_a_child() -> None:
    prefs = _two_units()  # 1,202 units × 2 names
    prefs.start()
    assert prefs._child is None and isinstance(prefs._pending, Future)
    _assert_two_units(prefs)


def test_the_batch_takes_every_core_once_the_caller_waits(monkeypatch: pytest.MonkeyPatch) -> None:
    from asn_mutasi.matching import unit_preferences as up

    seen: list[int] = []
    from asn_mutasi.matching import unit_fuzzy

    real = unit_fuzzy.process.cdist

    def cdist(*args: Any, workers: int = 1, **kwargs: Any) -> Any:
        seen.append(workers)
        return real(*args, workers=workers, **kwargs)

    monkeypatch.setattr(unit_fuzzy.process, "cdist", cdist)
    monkeypatch.setattr(unit_fuzzy, "_ROWS_PER_BATCH", 300)
    prefs = _two_units()
    waiting = iter([False, False, True])
    names = up.preferred_names(prefs.pref_sets)
    hits = up.fuzzy_hits(prefs.unit_names, names, workers=1, hurry=lambda: next(waiting, True))
    assert seen[:2] == [1, 1] and set(seen[2:]) == {-1} and len(seen) > 3
    assert hits is not None
    index = up.preference_index(prefs.unit_names, prefs.pref_sets, prefs.pref_id, hits=hits)
    assert index is not None and {u: v.tolist() for u, v in index.items()} == _index(prefs)


@settings(max_examples=80, deadline=None)
@given(st.lists(names, min_size=1, max_size=14, unique=True), st.lists(names, min_size=1, max_size=10, unique=True))
def test_fuzzy_hits_equal_the_full_score_matrix(units: list[str], others: list[str]) -> None:
    """Small blocks, names that are units (the triangle and its mirror) and names that are not."""
    from unittest import mock

    from rapidfuzz import fuzz, process

    from asn_mutasi.matching import unit_fuzzy
    from asn_mutasi.matching import unit_preferences as up

    pool = sorted(set(units[: len(units) // 2] + others))
    full = process.cdist(units, pool, scorer=fuzz.token_set_ratio, score_cutoff=up.AMBANG_UNIT)
    want = np.nonzero(full >= up.AMBANG_UNIT)
    with mock.patch.object(unit_fuzzy, "_ROWS_PER_BATCH", 3):
        got = up.fuzzy_hits(units, pool, workers=2)
    assert got is not None
    assert got[0].tolist() == want[0].tolist() and got[1].tolist() == want[1].tolist()


def test_no_child_from_a_frozen_application(monkeypatch: pytest.MonkeyPatch, any_batch_to_a_child: None) -> None:
    import sys

    monkeypatch.setattr(sys, "frozen", True, raising=False)
    prefs = _two_units()
    prefs.start()
    assert prefs._child is None and isinstance(prefs._pending, Future)
    _assert_two_units(prefs)


def _raw_and_validated() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(preference cells as read, the same texts validated, the positions' units): the read has blank and padded
    cells and one row (a number) validation turns into a text the batch never saw."""
    raw = np.array(["  Dinas Pendidkan ", "RSUD Kota", "", None, "Dinas Pendidkan"] * 20, dtype=object)
    validated = np.array([None if not isinstance(v, str) else v.strip() or None for v in raw], dtype=object)
    units = np.array([f"Unit {i}" for i in range(1200)] + ["Dinas Pendidikan", "RSUD Kota"], dtype=object)
    return raw, validated, units


def test_a_batch_started_before_validation_is_taken_and_renumbered(any_batch_to_a_child: None) -> None:
    """start_early scores the preferences as read; the UnitPreferences of the validated roster (fewer names:
    rows dropped) takes that child and renumbers its hits: the same index as a batch of its own."""
    from asn_mutasi.matching import unit_preferences as up

    raw, validated, units = _raw_and_validated()
    assert up.start_early(np.append(raw, "Kota Lain"), units)  # a name only the read has (a dropped row)
    early_child = up._early._child if up._early is not None else None
    prefs = UnitPreferences(validated, units)
    prefs.start()
    assert early_child is not None and prefs._child is early_child and prefs._child_names is not None
    assert up._early is None  # taken
    plain = UnitPreferences(validated, units)
    assert _index(prefs) == _index(plain) == _by_rule(plain, list(validated))


def test_a_batch_that_misses_a_validated_name_is_cancelled(any_batch_to_a_child: None) -> None:
    """Validation can make a text the read did not have (a number cell): the early batch does not cover it,
    so it is cancelled (reaped) and the validated preferences are scored on their own."""
    from asn_mutasi.matching import unit_preferences as up

    raw, validated, units = _raw_and_validated()
    validated = validated.copy()
    validated[3] = "RSUD Kota Baru"
    assert up.start_early(raw, units)
    early = up._early
    assert early is not None and early._child is not None
    prefs = UnitPreferences(validated, units)
    prefs.start()
    assert prefs._child is not early._child and prefs._child_names is None
    assert early._child._process.returncode is not None  # killed and reaped
    assert _index(prefs) == _by_rule(prefs, list(validated))


def test_other_units_or_a_failed_plan_leave_no_early_batch_running(any_batch_to_a_child: None) -> None:
    from asn_mutasi.matching import unit_preferences as up

    raw, validated, units = _raw_and_validated()
    assert up.start_early(raw, units)
    first = up._early
    assert up.start_early(raw, units)  # a second plan in the same process: the first batch is cancelled
    assert first is not None and first._child is not None and first._child._process.returncode is not None
    other = UnitPreferences(validated, units[1:])  # another position table
    other.start()
    assert up._early is None and other._child_names is None
    assert up.start_early(raw, units)
    last = up._early
    up.cancel_early()  # what plan does when it fails before the batch is taken
    assert up._early is None and last is not None and last._child is not None
    assert last._child._process.returncode is not None
    assert up.start_early(raw, units)
    last = up._early
    nobody = UnitPreferences(np.full(len(raw), None, dtype=object), units)  # validation left no preference
    nobody.start()
    assert up._early is None and last is not None and last._child is not None
    assert last._child._process.returncode is not None  # not left running through the plan


def test_renumbered_hits_keep_their_order() -> None:
    from asn_mutasi.matching.unit_preferences import _renumbered

    hits = (np.array([0, 0, 1, 2, 2]), np.array([0, 2, 1, 0, 3]))
    unit, col = _renumbered(hits, ["a", "b", "c", "d"], ["a", "c", "d"])
    assert unit.tolist() == [0, 0, 2, 2] and col.tolist() == [0, 1, 0, 2]


def test_two_threads_starting_early_batches_leave_none_running(any_batch_to_a_child: None) -> None:
    """Two plans in two threads of one process: the batch one of them stores replaces the other's, which is
    cancelled and reaped, not lost; cancel_early then ends the one left."""
    import threading

    from asn_mutasi.matching import unit_preferences as up

    raw, _, units = _raw_and_validated()
    barrier = threading.Barrier(2)
    made: list[UnitPreferences] = []
    real_init = UnitPreferences.__init__

    def init(self: UnitPreferences, *args: Any) -> None:
        real_init(self, *args)
        made.append(self)
        barrier.wait(timeout=30)  # both build their batch before either stores it

    up_init = UnitPreferences.__init__
    UnitPreferences.__init__ = init  # type: ignore[method-assign]
    try:
        threads = [threading.Thread(target=up.start_early, args=(raw, units)) for _ in range(2)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=60)
    finally:
        UnitPreferences.__init__ = up_init  # type: ignore[method-assign]
    up.cancel_early()
    assert len(made) == 2 and up._early is None
    for prefs in made:
        assert prefs._child is not None and prefs._child._process.returncode is not None


def test_the_index_groups_the_employees_by_preference_without_a_python_call_per_preference() -> None:
    """Each unit's employees come from one sort of the preference ids, not a groupby-apply calling Python once per
    distinct preference (0.09 s at 100,000 staff; speed8, h32); the rows are the pairwise rule's."""
    import sys

    from asn_mutasi.matching.unit_preferences import preference_index

    units = ["Dinas Pendidikan", "Dinas Kesehatan", "Badan Keuangan"]
    n = 3000  # distinct preference texts, each naming one of the units beside a unit of its own
    pref_sets = [(units[k % 3].lower(), f"kantor {k}") for k in range(n)] + [()]
    pref_id = np.concatenate([np.arange(n), np.arange(n)[::-1], [-1, n]]).astype(np.int64)
    hits = (np.zeros(0, np.int64), np.zeros(0, np.int64))
    names = [u.lower() for u in units]
    calls = 0

    def profile(frame: object, event: str, arg: object) -> None:
        nonlocal calls
        calls += event == "call"

    sys.setprofile(profile)
    try:
        index = preference_index(names, pref_sets, pref_id, hits=hits)
    finally:
        sys.setprofile(None)
    assert index is not None and calls < 1000
    for uid in range(3):
        want = [i for i, k in enumerate(pref_id.tolist()) if k >= 0 and names[uid] in pref_sets[k]]
        assert index[uid].tolist() == want
