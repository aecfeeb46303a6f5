"""The preferred-unit index: the inverse of the pairwise rule, the same whether started early or not."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

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


def test_a_cancelled_background_run_is_computed_on_demand() -> None:
    prefs = UnitPreferences(
        np.array(["Dinas Pendidkan", "RSUD Kota"] * 50, dtype=object),
        np.array([f"Unit {i}" for i in range(1200)] + ["Dinas Pendidikan", "RSUD Kota"], dtype=object),
    )
    prefs.cancel()  # set before the first block: the run stops at once
    prefs.start()
    assert prefs._pending is not None and prefs._pending.result() is None
    assert prefs.employees_preferring(len(prefs.unit_names) - 2).tolist() == list(range(0, 100, 2))
    assert prefs.employees_preferring(len(prefs.unit_names) - 1).tolist() == list(range(1, 100, 2))


@settings(max_examples=80, deadline=None)
@given(st.lists(names, min_size=1, max_size=14, unique=True), st.lists(names, min_size=1, max_size=10, unique=True))
def test_fuzzy_hits_equal_the_full_score_matrix(units: list[str], others: list[str]) -> None:
    """Small blocks, names that are units (the triangle and its mirror) and names that are not."""
    from unittest import mock

    from rapidfuzz import fuzz, process

    from asn_mutasi.matching import unit_preferences as up

    pool = sorted(set(units[: len(units) // 2] + others))
    full = process.cdist(units, pool, scorer=fuzz.token_set_ratio, score_cutoff=up.AMBANG_UNIT)
    want = np.nonzero(full >= up.AMBANG_UNIT)
    with mock.patch.object(up, "_ROWS_PER_BATCH", 3):
        got = up._fuzzy_hits(units, pool, 2, None)
    assert got is not None
    assert got[0].tolist() == want[0].tolist() and got[1].tolist() == want[1].tolist()
