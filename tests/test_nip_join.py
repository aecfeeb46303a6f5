"""The roster, the plan, apply and compare join on one NIP key (domain.nip.nip_key).

Analysts type NIPs with spaces, dots, a leading apostrophe (Excel text), a ``NIP.`` prefix
or non-breaking spaces; each stage must find the same employee whatever the spelling.
"""

from __future__ import annotations

from datetime import date

import numpy as np
import pandas as pd
import pytest

from asn_mutasi.config import Settings
from asn_mutasi.domain.nip import nip_key, nip_keys
from asn_mutasi.planning import make_plan
from asn_mutasi.rollout.apply import apply_plan
from asn_mutasi.rollout.compare import compare_rosters
from asn_mutasi.validation import prepare_roster
from tests.line_count import lines_run
from tests.planning import factory as f
from tests.rollout.conftest import NIPS, plan_moves, positions, roster_raw

#: one way of writing each conftest NIP, the ways real exports and analysts write them
SPELLINGS = {
    "A": "19850101 201001 1 001",
    "B": "19860202.201101.2.002",
    "C": '="198703032012011003"',
    "D": "NIP. 19880404 201301 2 004",
    "E": "\u2019 19890505\u00a0201401\u00a01\u00a0005 ",
}
#: more spellings the key must read the same way (an apostrophe-prefixed Excel text cell)
MORE = {
    "A": "'198501012010011001",
    "B": "NIP: 19860202-201101-2-002",
}


def test_every_spelling_has_the_canonical_key() -> None:
    for who, written in SPELLINGS.items():
        assert nip_key(written) == NIPS[who], who
    assert nip_keys(list(SPELLINGS.values())) == list(NIPS.values())
    assert all(nip_key(written) == NIPS[who] for who, written in MORE.items())
    # an Excel number cell keeps its digits (precision is lost, reported elsewhere), no '.0'
    assert nip_key(198501012010011001.0) == str(int(198501012010011001.0))
    assert nip_keys([None, float("nan"), pd.NaT, pd.NA, " "]) == [""] * 5


def test_nip_keys_of_a_column_equal_nip_key_of_each_cell() -> None:
    """Lists, object columns, pandas string columns and numeric arrays all give nip_key per cell."""
    cells = [*SPELLINGS.values(), *MORE.values(), None, float("nan"), " ", "１９８５０１０１２０１００１１００１", 12.5]
    numbers = np.array([198501012010011001.0, 7.0, np.nan])
    for column in (
        cells,
        pd.Series(cells, dtype=object),
        pd.Series([c for c in cells if isinstance(c, str)], dtype="string"),
        numbers,
        pd.Series(numbers),
        np.array([198501012010011001, 12], dtype=np.int64),
    ):
        assert nip_keys(column) == [nip_key(v) for v in column], type(column)


def test_nip_keys_near_misses_of_an_all_normalised_column_equal_nip_key_of_each_cell() -> None:
    """Columns the one bulk check must not take whole: a length off (17 + 19 still add up), a non-ASCII digit."""
    good = "198501012010011001"
    for column in (
        [good, good[:-1], good + "1"],  # 17 + 19 characters: the joined text is 36 digits
        [good, "198501012010011００1"],  # fullwidth digits are digits, not ASCII
        [good, "19850101201001100²"],  # a superscript two is a digit to str.isdigit
        [good, "19850101 201001 1 1"],
        [good, None],
        [good, 198501012010011001],
        [],
    ):
        assert nip_keys(column) == [nip_key(v) for v in column], column
        assert nip_keys(pd.Series(column, dtype=object)) == [nip_key(v) for v in column], column


def test_nip_keys_of_normalised_nips_takes_no_step_per_row() -> None:
    """A prepared roster's NIP column (100k rows at a large BKD) is checked whole, not row by row."""
    column = pd.Series([f"1985010120100110{i % 100:02d}" for i in range(2000)], dtype=object)
    keys, lines = lines_run("asn_mutasi/domain/nip.py", lambda: nip_keys(column))
    assert keys == column.tolist()
    assert lines < 100, lines


def _messy_raw():
    raw = roster_raw()
    spelled = [SPELLINGS[who] for who in NIPS]
    raw.frame["nip"] = spelled
    raw.original_frame["NIP"] = spelled
    return raw


def test_roster_keys_are_the_canonical_nips() -> None:
    prepared = prepare_roster(_messy_raw(), today=date(2026, 1, 1)).frame
    assert prepared["_status"].eq("valid").all()
    assert prepared["nip"].tolist() == list(NIPS.values())
    assert nip_keys(prepared["nip"]) == prepared["nip"].tolist()


@pytest.mark.parametrize("who", list(SPELLINGS))
def test_plan_keep_and_pins_find_the_roster_nip_whatever_the_spelling(who: str) -> None:
    # one vacancy in P2; the holder of P1 (over its need) and `who` both could fill it
    other = "A" if who != "A" else "B"
    roster = f.roster([(NIPS[other], "P1"), (NIPS[who], "P1")])
    pos = f.positions([("P1", "Jabatan Satu", "Unit", 1), ("P2", "Jabatan Dua", "Unit", 1)])
    cands = f.candidates([(NIPS[other], "P2", 90.0, True), (NIPS[who], "P2", 50.0, True)])
    common = {"as_of": f.AS_OF, "retirements": f.NO_RETIREMENTS}

    free = make_plan(roster, pos, cands, Settings(), **common)
    assert free.moves["nip"].tolist() == [NIPS[other]]  # the higher score moves
    kept = make_plan(roster, pos, cands, Settings(), keep=[SPELLINGS[other]], **common)
    assert kept.moves["nip"].tolist() == [NIPS[who]]
    pinned = make_plan(roster, pos, cands, Settings(), pins=[(SPELLINGS[who], "P2")], **common)
    assert pinned.moves["nip"].tolist() == [NIPS[who]]


def test_apply_and_compare_find_the_roster_nip_whatever_the_spelling() -> None:
    raw = _messy_raw()
    prepared = prepare_roster(raw, today=date(2026, 1, 1)).frame
    by_nip = {v: k for k, v in NIPS.items()}
    canonical = plan_moves()
    # a plan sheet that spells the NIPs differently from both the roster file and the roster key
    hidden = canonical.assign(nip=[SPELLINGS[by_nip[n]].replace(" ", ".") for n in canonical["nip"]])
    visible = hidden.assign(keputusan="Setuju")

    result = apply_plan(visible, hidden, raw, prepared, date(2026, 1, 1), positions=positions(), plan_file="r.xlsx")
    assert result.ok, [f.message for f in result.findings]
    assert sorted(result.sk["nip"]) == sorted(canonical["nip"])
    assert sorted(result.applied["nip"].map(nip_key)) == sorted(canonical["nip"])

    after = prepared.copy()
    moved = dict(zip(canonical["nip"], canonical["kode_jabatan_tujuan"], strict=True))
    after["kode_jabatan"] = [moved.get(n, k) for n, k in zip(after["nip"], after["kode_jabatan"], strict=True)]
    after["nip"] = [SPELLINGS[by_nip[n]] for n in after["nip"]]  # the next export spells them its own way
    comparison = compare_rosters(prepared, after, None, plan_moves=visible)
    assert comparison.joined.empty and comparison.left.empty  # nobody seems to come or go
    assert sorted(comparison.moved["nip"]) == sorted(canonical["nip"])
    assert comparison.summary["pindah"] == 4 and comparison.summary["rencana_terlaksana"] == 4
