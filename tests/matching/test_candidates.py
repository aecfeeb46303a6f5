"""Candidate generation: blocking agrees with brute force, order, vacancies, proposals."""

from __future__ import annotations

import dataclasses
from datetime import date

import numpy as np
import pandas as pd
import pytest

from asn_mutasi.config import Settings
from asn_mutasi.errors import InputError
from asn_mutasi.matching.candidates import (
    assess_proposals,
    score_pairs,
    top_candidates_for_positions,
    top_positions_for_employee,
)
from asn_mutasi.matching.scoring import CANDIDATE_COLUMNS, build_context, score_index_pairs

AS_OF = date(2025, 1, 1)
GOL = {"II/c": 7.0, "II/d": 8.0, "III/a": 9.0, "III/b": 10.0, "III/c": 11.0, "III/d": 12.0}
LEVEL = {"SMA": 3.0, "D-III": 6.0, "S-1": 7.0, "S-2": 8.0}
PROGRAMMES = ["S-1 AKUNTANSI", "S-1 MANAJEMEN", "S-1 ILMU HUKUM", "D-III KEPERAWATAN", "S-1 TEKNIK INFORMATIKA", None]
NAMES = [
    "Analis Keuangan",
    "Bendahara",
    "Perawat Terampil",
    "Perawat Ahli Pertama",
    "Pengolah Data",
    "Kepala Subbagian Umum",
]
UNITS = ["Dinas A", "Dinas B", "Dinas Kesehatan", "Badan Keuangan"]
REQS = [
    "S-1 Akuntansi; S-1 Manajemen",
    "D-III Keperawatan",
    "S-1 Ilmu Hukum",
    None,
    "S-1 Teknik Informatika/Ilmu Komputer",
]


def random_instance(seed: int, n_emp: int = 70, n_pos: int = 16) -> tuple[pd.DataFrame, pd.DataFrame]:
    rng = np.random.default_rng(seed)
    emps = []
    for i in range(n_emp):
        prog = PROGRAMMES[rng.integers(len(PROGRAMMES))]
        level = prog.split()[0] if prog else str(rng.choice(list(LEVEL)))
        emps.append(
            {
                "_status": "valid",
                "nip": f"19800101200{seed % 10}01{i:05d}",
                "nama": f"Pegawai {i}",
                "jabatan": str(rng.choice(NAMES)),
                "unit_kerja": str(rng.choice(UNITS)),
                "kode_jabatan": f"P{rng.integers(n_pos):02d}" if rng.random() < 0.5 else None,
                "golongan": str(rng.choice(list(GOL))),
                "pendidikan": level,
                "jurusan": prog,
                "tmt_jabatan": pd.Timestamp("2015-01-01") + pd.Timedelta(days=int(rng.integers(0, 3600))),
                "tanggal_lahir": pd.Timestamp("1967-01-01") + pd.Timedelta(days=int(rng.integers(0, 9000))),
                "status_kepegawaian": "CPNS" if rng.random() < 0.05 else "PNS",
                "jenis_jabatan": None,
                "predikat_kinerja": rng.choice(["Sangat Baik", "Baik", "Butuh Perbaikan", None]),
                "hukuman_disiplin": bool(rng.random() < 0.05),
                "tugas_belajar": bool(rng.random() < 0.05),
                "riwayat_jabatan": rng.choice(
                    [None, "Bendahara (2010-2014)", "Perawat Pelaksana (2008-2016)", "Pengolah Data"]
                ),
                "diklat": rng.choice([None, "Diklat Bendahara", "Pelatihan Pengadaan Barang/Jasa"]),
                "preferensi_unit": rng.choice([None, None, "Dinas B", "Dinas Kesehatan"]),
            }
        )
    poss = []
    for k in range(n_pos):
        req = REQS[rng.integers(len(REQS))]
        poss.append(
            {
                "_status": "valid",
                "kode_jabatan": f"P{k:02d}",
                "nama_jabatan": str(rng.choice(NAMES)),
                "unit_kerja": str(rng.choice(UNITS)),
                "jenis_jabatan": None,
                "kebutuhan": int(rng.integers(1, 5)),
                "syarat_pendidikan": req.split()[0] if req else rng.choice([None, "SMA", "S-1"]),
                "syarat_jurusan": req,
                "syarat_golongan": rng.choice([None, "III/a", "III/c"]),
                "syarat_pengalaman": rng.choice([None, "Minimal 2 tahun"]),
                "syarat_diklat": rng.choice([None, "Bendahara"]),
            }
        )
    r = pd.DataFrame(emps)
    r["golongan_rank"] = r["golongan"].map(GOL).astype(float)
    r["pendidikan_rank"] = r["pendidikan"].map(LEVEL).astype(float)
    p = pd.DataFrame(poss)
    p["syarat_pendidikan_rank"] = p["syarat_pendidikan"].map(LEVEL).astype(float)
    p["syarat_golongan_rank"] = p["syarat_golongan"].map(GOL).astype(float)
    return r, p


def brute_force(r: pd.DataFrame, p: pd.DataFrame, codes: list[str], top: int, settings: Settings) -> pd.DataFrame:
    ctx = build_context(r, p, settings=settings, as_of=AS_OF)
    rows = np.flatnonzero(np.isin(ctx.kode, codes))
    e, q = np.meshgrid(np.arange(len(r)), rows, indexing="ij")
    out = score_index_pairs(ctx, e.ravel(), q.ravel(), with_text=False)
    out = out[out["layak"]].sort_values(["_pos", "skor", "nip"], ascending=[True, False, True])
    return out.groupby("_pos").head(top)


@pytest.mark.parametrize("seed", [1, 2, 3, 4, 5])
def test_blocking_keeps_every_brute_force_top_candidate(seed: int) -> None:
    r, p = random_instance(seed)
    settings = Settings()
    got = top_candidates_for_positions(r, p, settings=settings, as_of=AS_OF, top=5)
    held = r["kode_jabatan"].value_counts()
    vacant = [k for k, need in zip(p["kode_jabatan"], p["kebutuhan"], strict=True) if need > held.get(k, 0)]
    expected = brute_force(r, p, vacant, 5, settings)
    assert len(got) > 10
    assert list(zip(got["kode_jabatan"], got["nip"], got["skor"], strict=True)) == list(
        zip(expected["kode_jabatan"], expected["nip"], expected["skor"], strict=True)
    )


def test_small_pool_still_finds_the_experienced_candidate() -> None:
    r, p = random_instance(11, n_emp=12, n_pos=1)
    r["jurusan"], r["pendidikan"], r["pendidikan_rank"] = "S-1 AKUNTANSI", "S-1", 7.0
    r["hukuman_disiplin"], r["tugas_belajar"], r["status_kepegawaian"] = False, False, "PNS"
    r["tanggal_lahir"], r["tmt_jabatan"] = pd.Timestamp("1985-01-01"), pd.Timestamp("2020-01-01")
    r["predikat_kinerja"], r["riwayat_jabatan"], r["diklat"], r["preferensi_unit"] = "Sangat Baik", None, None, None
    r["jabatan"], r["kode_jabatan"] = "Pengemudi", None
    r.loc[11, ["predikat_kinerja", "riwayat_jabatan"]] = ["Kurang", "Analis Keuangan (2010-2019)"]
    p.loc[
        0,
        [
            "nama_jabatan",
            "syarat_jurusan",
            "syarat_pendidikan",
            "syarat_golongan",
            "syarat_pengalaman",
            "syarat_diklat",
        ],
    ] = ["Analis Keuangan", "S-1 Akuntansi", "S-1", None, None, None]
    p["syarat_pendidikan_rank"], p["syarat_golongan_rank"] = 7.0, np.nan
    small = Settings(bobot=dataclasses.replace(Settings().bobot, kandidat_pra_skor=3))
    got = top_candidates_for_positions(r, p, settings=small, as_of=AS_OF, top=1, vacant_only=False)
    assert got["nip"].tolist() == [r["nip"].iloc[11]]
    assert "Analis Keuangan" in got["alasan"].iloc[0]


def test_output_shape_order_and_determinism() -> None:
    r, p = random_instance(9)
    settings = Settings()
    got = top_candidates_for_positions(r, p, settings=settings, as_of=AS_OF, top=4, vacant_only=False)
    assert list(got.columns) == [*CANDIDATE_COLUMNS, "peringkat"]
    assert got["layak"].all()
    assert (got["alasan"].str.len() > 0).all()
    for _, group in got.groupby("kode_jabatan", sort=False):
        keys = list(zip(-group["skor"], group["nip"], strict=True))
        assert keys == sorted(keys)
        assert group["peringkat"].tolist() == list(range(1, len(group) + 1))
    shuffled = top_candidates_for_positions(
        r.sample(frac=1.0, random_state=3), p, settings=settings, as_of=AS_OF, top=4, vacant_only=False
    )
    assert shuffled[["kode_jabatan", "nip", "skor", "peringkat"]].equals(
        got[["kode_jabatan", "nip", "skor", "peringkat"]]
    )


def test_vacancies_computed_from_holders_or_given() -> None:
    r, p = random_instance(4, n_emp=10, n_pos=3)
    r["kode_jabatan"] = ["P00"] * 3 + ["P01"] * 7
    p["kebutuhan"] = [3, 8, 1]
    got = top_candidates_for_positions(r, p, settings=Settings(), as_of=AS_OF, top=100)
    assert set(got["kode_jabatan"]) <= {"P01", "P02"}
    r["kode_jabatan_link"] = ["P02"] * 10
    r2 = top_candidates_for_positions(r, p, settings=Settings(), as_of=AS_OF, top=100)
    assert "P02" not in set(r2["kode_jabatan"])
    given = top_candidates_for_positions(
        r, p, settings=Settings(), as_of=AS_OF, vacancies=pd.Series({"P00": 1, "P01": 0, "P02": 0})
    )
    assert set(given["kode_jabatan"]) <= {"P00"}
    only = top_candidates_for_positions(
        r, p, settings=Settings(), as_of=AS_OF, position_codes=["P01"], vacant_only=False
    )
    assert set(only["kode_jabatan"]) <= {"P01"}


def test_assess_rows_for_unknown_nip_and_position_and_name_resolution() -> None:
    r, p = random_instance(5, n_emp=20, n_pos=4)
    p["nama_jabatan"] = ["Analis Keuangan", "Bendahara", "Bendahara", "Pengolah Data"]
    p["unit_kerja"] = ["Dinas A", "Dinas A", "Dinas B", "Dinas A"]
    nip = r["nip"].iloc[0]
    proposals = pd.DataFrame(
        {
            "nip": ["199901012020011999", nip, nip, nip, nip],
            "kode_jabatan": ["P00", "X99", None, None, None],
            "nama_jabatan": [None, None, "bendahara", "Bendahara", "Kasubbag Umum"],
            "unit_kerja": [None, None, "dinas b", None, None],
        }
    )
    out = assess_proposals(proposals, r, p, settings=Settings(), as_of=AS_OF)
    assert len(out) == 5
    assert {
        "nip",
        "kode_jabatan",
        "memenuhi_pendidikan",
        "status_pendidikan",
        "skor",
        "layak",
        "alasan",
        "nama",
        "jabatan_tujuan",
        "unit_tujuan",
        "skor_jurusan",
    } <= set(out.columns)
    assert not out["layak"].iloc[0] and "tidak ditemukan di data pegawai" in out["alasan"].iloc[0]
    assert not out["layak"].iloc[1] and "X99 tidak ditemukan" in out["alasan"].iloc[1]
    assert out["kode_jabatan"].iloc[2] == "P02" and out["unit_tujuan"].iloc[2] == "Dinas B"
    assert 0 <= out["skor"].iloc[2] <= 100
    assert not out["layak"].iloc[3] and "2 unit kerja" in out["alasan"].iloc[3]
    assert not out["layak"].iloc[4] and "tidak ditemukan di tabel jabatan" in out["alasan"].iloc[4]
    pairs = score_pairs(pd.DataFrame({"nip": [nip], "kode_jabatan": ["P03"]}), r, p, settings=Settings(), as_of=AS_OF)
    assert pairs["kode_jabatan"].iloc[0] == "P03" and pairs["alasan"].iloc[0]


def test_top_positions_for_employee_ranks_eligible_posts_first() -> None:
    """A post ruled out for the person (a demotion, a promotion, experience not met) never ranks above one he may be
    moved to, whatever its score (walk2, h30: an Administrator's eligible post came tenth, under nine he could not
    take); a person no post is open to still sees every post with its reason."""
    outranked = 0
    for seed in range(8):
        r, p = random_instance(seed, n_emp=30, n_pos=12)
        ctx = build_context(r, p, settings=Settings(), as_of=AS_OF)
        for e, nip in enumerate(r["nip"]):
            out = top_positions_for_employee(nip, r, p, settings=Settings(), as_of=AS_OF, top=5, vacant_only=False)
            layak = out["layak"].astype(bool).tolist()
            assert layak == sorted(layak, reverse=True), (seed, nip)
            # every post the person may take is there before any he may not, up to ``top``
            rows = np.flatnonzero(ctx.kode != ctx.holder_code[e])
            every = score_index_pairs(ctx, np.full(len(rows), e), rows, with_text=False)
            every = every[every["memenuhi_pendidikan"].to_numpy(dtype=bool)]
            assert sum(layak) == min(5, int(every["layak"].sum()))
            high = every.loc[~every["layak"].astype(bool), "skor"]
            low = every.loc[every["layak"].astype(bool), "skor"]
            outranked += bool(len(high) and len(low) and high.max() > low.min())
    assert outranked  # the instances hold ineligible posts scored above eligible ones


def test_top_positions_for_employee() -> None:
    r, p = random_instance(6, n_emp=30, n_pos=12)
    nip = r["nip"].iloc[0]
    out = top_positions_for_employee(nip, r, p, settings=Settings(), as_of=AS_OF, top=5, vacant_only=False)
    assert len(out) <= 5 and out["memenuhi_pendidikan"].all()
    assert out["peringkat"].tolist() == list(range(1, len(out) + 1))
    order = list(zip(~out["layak"].astype(bool), -out["skor"], strict=True))  # eligible first, then skor desc
    assert order == sorted(order)
    own = r["kode_jabatan"].iloc[0]
    assert own not in set(out["kode_jabatan"])
    with pytest.raises(InputError):
        top_positions_for_employee("000", r, p, settings=Settings(), as_of=AS_OF)


def test_scored_pairs_are_made_a_frame_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Pricing and the candidate blocks score pairs in many calls; each call set 19 columns one at a time on a built
    frame, a copy of its blocks each (speed7, h32). The columns are now gathered and the frame made once, in the
    same order and dtypes."""
    r, p = random_instance(1)
    ctx = build_context(r, p, settings=Settings(), as_of=AS_OF)
    e, q = np.meshgrid(np.arange(len(r)), np.arange(len(p)), indexing="ij")
    expected = score_index_pairs(ctx, e.ravel(), q.ravel(), with_text=False)

    setitem, insert = pd.DataFrame.__setitem__, pd.DataFrame.insert

    def no_setitem(self: pd.DataFrame, key: object, value: object) -> None:
        assert "kode_jabatan" not in self.columns, f"column {key} set on the built score frame"
        setitem(self, key, value)

    def no_insert(self: pd.DataFrame, loc: int, key: object, value: object) -> None:
        assert "kode_jabatan" not in self.columns, f"column {key} inserted into the built score frame"
        insert(self, loc, key, value)

    monkeypatch.setattr(pd.DataFrame, "__setitem__", no_setitem)
    monkeypatch.setattr(pd.DataFrame, "insert", no_insert)
    out = score_index_pairs(ctx, e.ravel(), q.ravel(), with_text=False)
    monkeypatch.undo()
    assert list(out.columns) == list(expected.columns) and out.dtypes.equals(expected.dtypes)
    pd.testing.assert_frame_equal(out, expected, check_exact=True)
