"""The steps after the solve (issue 10 speed): rows found by position, the bulk "where they went", training look-ups."""

from __future__ import annotations

import numpy as np
import pandas as pd

from asn_mutasi.config import Settings
from asn_mutasi.planning import make_plan
from asn_mutasi.planning.explain import _best_without_direct, _candidate_columns
from asn_mutasi.planning.training import _first_rows
from tests.planning.factory import AS_OF, candidates, nip, positions, roster

POS = positions(
    [
        ("A", "Perawat Ahli Pertama", "UPT Puskesmas X", 2),
        ("B", "Perawat Ahli Pertama", "RSUD", 1),
        ("C", "Bidan Ahli Pertama", "RSUD", 1),
        ("D", "Analis Kesehatan", "UPT Puskesmas X", 1),
    ]
)


def test_every_roster_row_gets_the_first_rule_that_applies() -> None:
    ro = roster(
        [
            (nip(1), "B"),  # moves (B is over its need)
            (nip(2), "B"),  # no eligible move
            (nip(1), "B"),  # the same NIP again
            (nip(3), "C"),  # retires within the horizon
            (nip(4), "C"),  # kept by the analyst
            (nip(5), None),  # not linked
            (nip(6), "Z"),  # linked to a code missing from the position table
            (nip(7), "D"),  # could move, but moving empties D: no seat gained
        ],
        excluded=1,
    )
    ro.loc[8, "nip"] = nip(1)  # an invalid row of the moved NIP keeps the validator's reason
    ca = candidates([(nip(1), "A", 70, True), (nip(7), "A", 60, True)])
    ret = pd.DataFrame({"nip": [nip(3)], "tmt_pensiun": [pd.Timestamp("2026-06-01")]})
    p = make_plan(ro, POS, ca, Settings(), as_of=AS_OF, keep=[nip(4)], retirements=ret)
    acc = p.accounting
    assert acc["nip"].tolist() == ro["nip"].tolist()
    assert acc["nama"].tolist() == ro["nama"].tolist()
    assert list(zip(acc["status"], acc["alasan"], strict=True)) == [
        ("pindah", "M0001: ke Perawat Ahli Pertama di UPT Puskesmas X"),
        ("tetap", "Tidak ada jabatan tujuan yang layak dengan skor di atas minimum"),
        ("dikecualikan", "NIP ganda: hanya baris pertama yang direncanakan"),
        ("tetap", "Pensiun TMT 01-06-2026 dalam horizon rencana; kursinya dihitung sebagai lowongan proyeksi"),
        ("tetap", "Dipertahankan atas permintaan analis"),
        ("dikecualikan", "Jabatan tidak tertaut ke peta jabatan"),
        ("dikecualikan", "Jabatan tidak ada di peta jabatan"),
        ("tetap", "Tetap: tidak ada mutasi yang menambah lowongan terisi"),
        ("dikecualikan", "NIP tidak valid"),
    ]
    assert p.moves["nama"].tolist() == ["Pegawai 2"]  # a NIP on two valid rows is named from the last one
    assert p.summary["pindah"] + p.summary["tetap"] + p.summary["dikecualikan"] == len(ro)


def _dense(base: np.ndarray, own: np.ndarray, lowered_by: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The reference: one dense row per post, its own unit lowered, ``argmax`` (first of equals)."""
    block = np.tile(base, (len(own), 1))
    block[np.arange(len(own)), own] -= lowered_by
    best = block.argmax(axis=1)
    return best, block[np.arange(len(own)), best]


def test_best_unit_from_the_two_best_equals_the_dense_argmax() -> None:
    rng = np.random.default_rng(7)
    for _ in range(400):
        n_u = int(rng.integers(1, 6))
        base = rng.integers(0, 4, n_u).astype(np.int64)  # small values: many ties
        n_short = int(rng.integers(1, 8))
        short = np.arange(n_short) + 10
        pos_u = np.zeros(short.max() + 1, np.int64)
        pos_u[short] = rng.integers(0, n_u, n_short)
        moved_in = np.zeros(short.max() + 1, np.int64)
        moved_in[short] = rng.integers(0, 4, n_short)
        units = [f"U{j}" for j in range(n_u)]
        got: dict[int, str] = {}
        _best_without_direct(base, np.arange(n_short), short, pos_u, moved_in, units, got)
        best, top = _dense(base, pos_u[short], moved_in[short])
        want = {int(p): f" (terbanyak ke {units[j]}: {v})" for p, j, v in zip(short, best, top, strict=True) if v > 0}
        assert got == want, (base, pos_u[short], moved_in[short])


def test_training_lookup_keeps_the_first_row_of_each_key() -> None:
    frame = pd.DataFrame({"nip": ["a", "b", "a", 7, "7", "c"], "diklat": ["a1", "b1", "a2", "i7", "s7", "c1"]})
    wanted = pd.Series(["a", "7", "x"])
    got = _first_rows(frame, "nip", wanted)
    full = frame.drop_duplicates("nip")
    full = full.set_index(full["nip"].astype(str))
    assert got.equals(full.loc[full.index.isin(["a", "7", "x"])])
    assert got["diklat"].tolist() == ["a1", "i7", "s7"]
    texts = pd.DataFrame({"nip": ["a", "b", "a"], "diklat": ["a1", "b1", "a2"]})
    assert _first_rows(texts, "nip", pd.Series(["a"]))["diklat"].tolist() == ["a1"]


def test_candidate_columns_take_the_first_row_of_each_pair_and_read_nan_for_a_missing_one() -> None:
    ca = candidates([(nip(1), "A", 70, True), (nip(1), "A", 10, False), (nip(2), "C", 60, True)])
    ca.loc[1, "skor_jurusan"] = 1.0
    frame = pd.DataFrame({"nip": [nip(2), nip(1)], "kode_jabatan_tujuan": ["C", "A"]})
    got = _candidate_columns(ca, frame)
    assert got["skor_jurusan"].tolist() == [30.0, 30.0]
    assert got["alasan"].tolist() == ["pendidikan sesuai (S-1 Keperawatan)"] * 2
    frame.loc[2] = [nip(3), "A"]  # a pair the table does not have: reindexed, NaN as before
    got = _candidate_columns(ca, frame)
    assert got["skor_jurusan"][:2].tolist() == [30.0, 30.0] and np.isnan(got["skor_jurusan"][2])
    assert pd.isna(got["alasan"][2])


def test_where_they_went_equals_the_dense_count_per_post() -> None:
    """The unit most eligible movers went to, from sorted sparse counts, equals a dense count per short post (a
    post's own former holders not counted)."""
    from types import SimpleNamespace

    from asn_mutasi.planning.explain import _where_they_went, own_post_counted

    rng = np.random.default_rng(11)
    for _ in range(300):
        n_pos, n_emp = int(rng.integers(1, 9)), int(rng.integers(1, 12))
        n_class, n_group = int(rng.integers(0, 4)), int(rng.integers(0, 4))
        units = [f"U{j}" for j in rng.integers(0, 4, n_pos)]
        n_blk = int(rng.integers(0, 6)) if n_class and n_group else 0
        blk_class, blk_group = rng.integers(0, max(n_class, 1), n_blk), rng.integers(0, max(n_group, 1), n_blk)
        n_dir = int(rng.integers(0, 8))
        elig = SimpleNamespace(
            n_class=n_class,
            n_group=n_group,
            emp_class=rng.integers(-1, n_class, n_emp) if n_class else np.full(n_emp, -1),
            pos_group=rng.integers(-1, n_group, n_pos) if n_group else np.full(n_pos, -1),
            blk_class=blk_class,
            blk_group=blk_group,
            dir_emp=rng.integers(0, n_emp, n_dir),
            dir_pos=rng.integers(0, n_pos, n_dir),
        )
        sol = SimpleNamespace(moved_arc=rng.integers(-1, 2, n_emp), target=rng.integers(0, n_pos, n_emp))
        mover_pos = rng.integers(0, n_pos, n_emp)
        inst = SimpleNamespace(pos_unit=units, k=np.ones(n_pos, np.int64), mover_pos=mover_pos)
        short = np.sort(rng.choice(n_pos, int(rng.integers(1, n_pos + 1)), replace=False))
        moved_in = rng.integers(0, 3, n_pos)
        got = _where_they_went(inst, sol, elig, short, moved_in, own_post_counted(inst, elig))  # type: ignore[arg-type]
        names = sorted(set(units))
        want: dict[int, str] = {}
        moved = [e for e in range(n_emp) if sol.moved_arc[e] >= 0]
        if moved:
            for p in short.tolist():
                count = np.zeros(len(names), np.int64)
                for c, g in zip(blk_class.tolist(), blk_group.tolist(), strict=True):
                    if g == elig.pos_group[p]:
                        for e in moved:
                            if elig.emp_class[e] == c and mover_pos[e] != p:  # nobody counts for the post they held
                                count[names.index(units[sol.target[e]])] += 1
                for e, q in zip(elig.dir_emp.tolist(), elig.dir_pos.tolist(), strict=True):
                    if q == p and sol.moved_arc[e] >= 0:
                        count[names.index(units[sol.target[e]])] += 1
                count[names.index(units[p])] -= moved_in[p]
                best = int(count.argmax())
                if count[best] > 0:
                    want[p] = f" (terbanyak ke {names[best]}: {int(count[best])})"
        assert got == want


def test_a_retirement_already_past_is_said_as_passed() -> None:
    """A person whose TMT pensiun was in 2018 read "Pensiun TMT 01-04-2018 dalam horizon rencana" (oracle, h25)."""
    ro = roster([(nip(1), "C"), (nip(2), "C")])
    ret = pd.DataFrame(
        {"nip": [nip(1), nip(2)], "tmt_pensiun": [pd.Timestamp("2018-04-01"), pd.Timestamp("2026-06-01")]}
    )
    p = make_plan(ro, POS, candidates([]), Settings(), as_of=AS_OF, retirements=ret)
    assert p.accounting["alasan"].tolist() == [
        "Sudah melewati TMT pensiun 01-04-2018 (data pegawai belum diperbarui); kursinya dihitung sebagai lowongan proyeksi",
        "Pensiun TMT 01-06-2026 dalam horizon rencana; kursinya dihitung sebagai lowongan proyeksi",
    ]
