"""Scoring of (employee, position) pairs: bounds, components, layak and reasons."""

from __future__ import annotations

import dataclasses
from datetime import date

import numpy as np
import pandas as pd
import pytest

from asn_mutasi.config import Settings, Weights
from asn_mutasi.matching.scoring import (
    CANDIDATE_COLUMNS,
    KINERJA,
    ScoringContext,
    build_context,
    diklat_tokens,
    required_courses,
    score_index_pairs,
)

AS_OF = date(2025, 1, 1)
GOL = {"II/c": 7.0, "II/d": 8.0, "III/a": 9.0, "III/b": 10.0, "III/c": 11.0, "III/d": 12.0}
LEVEL = {"SMA": 3.0, "D-III": 6.0, "S-1": 7.0, "S-2": 8.0}


def emp(i: int, **kw: object) -> dict[str, object]:
    row: dict[str, object] = {
        "_status": "valid",
        "nip": f"1985010120100110{i:02d}",
        "nama": f"Pegawai {i}",
        "jabatan": "Pengolah Data",
        "unit_kerja": "Dinas A",
        "kode_jabatan": "J0",
        "golongan": "III/a",
        "pendidikan": "S-1",
        "jurusan": "S-1 AKUNTANSI",
        "tmt_jabatan": pd.Timestamp("2021-01-01"),
        "tanggal_lahir": pd.Timestamp("1985-01-01"),
        "status_kepegawaian": "PNS",
        "jenis_jabatan": "Pelaksana",
        "predikat_kinerja": "Baik",
        "hukuman_disiplin": False,
        "tugas_belajar": False,
        "riwayat_jabatan": None,
        "diklat": None,
        "preferensi_unit": None,
    }
    row.update(kw)
    return row


def pos(kode: str, **kw: object) -> dict[str, object]:
    row: dict[str, object] = {
        "_status": "valid",
        "kode_jabatan": kode,
        "nama_jabatan": "Analis Keuangan",
        "unit_kerja": "Dinas B",
        "jenis_jabatan": "Pelaksana",
        "kebutuhan": 2,
        "syarat_pendidikan": "S-1",
        "syarat_jurusan": "S-1 Akuntansi; S-1 Manajemen",
        "syarat_golongan": None,
        "syarat_pengalaman": None,
        "syarat_diklat": None,
    }
    row.update(kw)
    return row


def frames(emps: list[dict[str, object]], poss: list[dict[str, object]]) -> tuple[pd.DataFrame, pd.DataFrame]:
    r = pd.DataFrame(emps)
    r["golongan_rank"] = r["golongan"].map(GOL).astype(float)
    r["pendidikan_rank"] = r["pendidikan"].map(LEVEL).astype(float)
    p = pd.DataFrame(poss)
    p["syarat_pendidikan_rank"] = p["syarat_pendidikan"].map(LEVEL).astype(float)
    p["syarat_golongan_rank"] = p["syarat_golongan"].map(GOL).astype(float)
    return r, p


def score_all(r: pd.DataFrame, p: pd.DataFrame, settings: Settings | None = None) -> pd.DataFrame:
    ctx = build_context(r, p, settings=settings or Settings(), as_of=AS_OF)
    e, q = np.meshgrid(np.arange(len(r)), np.arange(len(p)), indexing="ij")
    return score_index_pairs(ctx, e.ravel(), q.ravel())


def test_full_match_scores_by_weights() -> None:
    r, p = frames(
        [
            emp(
                0,
                predikat_kinerja="Sangat Baik",
                preferensi_unit="Dinas B",
                riwayat_jabatan="Analis Keuangan (2010-2020)",
            )
        ],
        [pos("J1")],
    )
    out = score_all(r, p)
    assert tuple(out.columns[: len(CANDIDATE_COLUMNS)]) == CANDIDATE_COLUMNS
    row = out.iloc[0]
    assert row["skor"] == 100.0
    assert row["skor_jurusan"] == 35.0 and row["skor_pendidikan"] == 20.0
    assert row["status_pendidikan"] == "sesuai" and row["memenuhi_pendidikan"] and row["layak"]
    assert "sesuai" in row["alasan"] and "Analis Keuangan" in row["alasan"]


def test_components_by_rule() -> None:
    r, p = frames(
        [
            emp(0, golongan="II/d", predikat_kinerja="Butuh Perbaikan", preferensi_unit="Dinas C"),
            emp(1, golongan="II/c", predikat_kinerja=None, jurusan="S-1 HUKUM"),
            emp(2, pendidikan="D-III", jurusan="D-III AKUNTANSI"),
        ],
        [pos("J1", syarat_golongan="III/a")],
    )
    out = score_all(r, p).set_index("nip")
    a, b, c = out.iloc[0], out.iloc[1], out.iloc[2]
    assert a["skor_golongan"] == 5.0  # one step below: half of 10
    assert b["skor_golongan"] == 0.0
    assert a["skor_kinerja"] == pytest.approx(7 * KINERJA["Butuh Perbaikan"])
    assert b["skor_kinerja"] == pytest.approx(7 * 0.6)
    assert a["skor_preferensi"] == 0.0 and b["skor_preferensi"] == 2.0
    assert b["skor_jurusan"] == 0.0 and not b["layak"]
    assert (
        "Pendidikan tidak memenuhi syarat" in b["alasan"]
        and "di bawah syarat jabatan" not in b["alasan"]
        and "Golongan II/c di bawah syarat III/a" in b["alasan"]
    )
    assert c["skor_pendidikan"] == 0.0 and not c["memenuhi_pendidikan"] and not c["layak"]


def test_serumpun_gets_the_configured_share() -> None:
    r, p = frames([emp(0, jurusan="S-1 AKUNTANSI")], [pos("J1", syarat_jurusan="S-1 Manajemen")])
    out = score_all(r, p)
    status = out["status_pendidikan"].iloc[0]
    expected = {"sesuai": 35.0, "serumpun": 17.5, "tidak_sesuai": 0.0}[status]
    assert out["skor_jurusan"].iloc[0] == expected
    half = dataclasses.replace(Weights(), serumpun_faktor=0.2)
    out2 = score_all(r, p, Settings(bobot=half))
    assert out2["skor_jurusan"].iloc[0] == {"sesuai": 35.0, "serumpun": 7.0, "tidak_sesuai": 0.0}[status]


def test_ineligible_employee_not_layak_with_reason_and_holder_excluded() -> None:
    r, p = frames(
        [emp(0, hukuman_disiplin=True), emp(1, kode_jabatan="J1"), emp(2, tmt_jabatan=pd.Timestamp("2024-06-01"))],
        [pos("J1")],
    )
    out = score_all(r, p)
    assert out["layak"].tolist() == [False, False, False]
    assert "hukuman disiplin" in out["alasan"].iloc[0]
    assert "sudah menduduki jabatan ini" in out["alasan"].iloc[1]
    assert "PP 11/2017 Pasal 190 ayat 3" in out["alasan"].iloc[2]
    relaxed = dataclasses.replace(Settings().aturan, hukdis_tidak_dipindah=False, cek_masa_jabatan=False)
    out2 = score_all(r, p, Settings(aturan=relaxed))
    assert out2["layak"].tolist() == [True, False, True]


def test_diklat_tokens_and_courses() -> None:
    assert required_courses("Diklat Bendahara; Pelatihan Pengadaan Barang/Jasa") == [
        frozenset({"bendahara"}),
        frozenset({"pengadaan", "barang", "jasa"}),
    ]
    r, p = frames(
        [emp(0, diklat="Bimtek Bendahara Pengeluaran 2019"), emp(1)],
        [pos("J1", syarat_diklat="Diklat Bendahara, Sertifikasi Pengadaan")],
    )
    out = score_all(r, p)
    assert out["skor_diklat"].tolist() == [2.0, 0.0]
    assert diklat_tokens(None) == frozenset()


def test_score_bounds_component_sum_and_weight_scale_invariance() -> None:
    rng = np.random.default_rng(7)
    emps = [
        emp(
            i,
            golongan=str(rng.choice(list(GOL))),
            pendidikan=str(rng.choice(list(LEVEL))),
            jurusan=str(rng.choice(["S-1 AKUNTANSI", "S-1 HUKUM", "S-1 MANAJEMEN", None])),
            predikat_kinerja=rng.choice([*KINERJA, None]),
            preferensi_unit=rng.choice([None, "Dinas B", "Dinas C"]),
            riwayat_jabatan=rng.choice([None, "Bendahara (2010-2015)", "Analis Keuangan (2018-2020)"]),
            diklat=rng.choice([None, "Diklat Bendahara"]),
        )
        for i in range(30)
    ]
    poss = [
        pos("J1"),
        pos("J2", syarat_jurusan=None, syarat_golongan="III/c", syarat_diklat="Bendahara"),
        pos("J3", nama_jabatan="Penyusun Materi Hukum", syarat_jurusan="S-1 Ilmu Hukum", syarat_pendidikan=None),
    ]
    r, p = frames(emps, poss)
    out = score_all(r, p)
    parts = out[[c for c in CANDIDATE_COLUMNS if c.startswith("skor_")]].sum(axis=1)
    assert ((out["skor"] >= 0) & (out["skor"] <= 100)).all()
    assert np.allclose(out["skor"], parts.round(1))
    doubled = Weights(
        **{
            f.name: getattr(Weights(), f.name)
            * (
                2
                if f.name in {"pendidikan", "jurusan", "pengalaman", "golongan", "kinerja", "diklat", "preferensi"}
                else 1
            )
            for f in dataclasses.fields(Weights)
        }
    )
    out2 = score_all(r, p, Settings(bobot=doubled))
    assert out2["skor"].tolist() == out["skor"].tolist()


def test_warm_post_classes_classifies_what_scoring_asks_for(monkeypatch: pytest.MonkeyPatch) -> None:
    """The plan's head start (issue 10) warms exactly the classification keys the posts' scoring asks for."""
    from pathlib import Path

    import asn_mutasi.domain.rumpun as rumpun
    import asn_mutasi.matching.families as families
    import asn_mutasi.matching.scoring as scoring
    from asn_mutasi.api.inputs import ReadOptions, build_world, setup
    from asn_mutasi.config import load_settings
    from asn_mutasi.matching.experience import ExperienceIndex
    from asn_mutasi.matching.scoring import warm_post_classes
    from asn_mutasi.planning import make_plan

    sample = Path(__file__).resolve().parents[2] / "sample_data"
    settings = load_settings(None)
    as_of = date(2026, 11, 1)
    world = build_world(
        sample / "pegawai.xlsx", sample / "peta_jabatan.xlsx", run=setup(ReadOptions(), settings, as_of, None)
    )
    keys: dict[str, set[tuple[object, ...]]] = {"warm": set(), "plan": set()}
    phase = ["warm"]
    scoring_posts = [False]
    name_of, family_of, target_of = rumpun._classify_name, families.post_family, ExperienceIndex._target_class

    def classify_name(name: str, jenis: str, ambang: float) -> object:
        if phase[0] == "warm" or scoring_posts[0]:
            keys[phase[0]].add(("nama", name, jenis, ambang))
        return name_of(name, jenis, ambang)

    def post_family(*args: object) -> object:
        keys[phase[0]].add(("bidang", *args))
        return family_of(*args)  # type: ignore[arg-type]

    def target_class(self: ExperienceIndex, *args: str) -> object:
        scoring_posts[0] = True
        try:
            return target_of(self, *args)
        finally:
            scoring_posts[0] = False

    monkeypatch.setattr(rumpun, "_classify_name", classify_name)
    monkeypatch.setattr(families, "post_family", post_family)
    monkeypatch.setattr(scoring, "post_family", post_family)
    monkeypatch.setattr(ExperienceIndex, "_target_class", target_class)
    warm_post_classes(world.positions, settings)
    phase[0] = "plan"
    make_plan(world.roster, world.positions, None, settings, as_of=as_of)
    assert keys["plan"] and keys["plan"] <= keys["warm"]
    assert {k[0] for k in keys["plan"]} == {"nama", "bidang"}


def _experience_frames() -> tuple[pd.DataFrame, pd.DataFrame]:
    emps = [
        emp(1, riwayat_jabatan="Analis Keuangan (2015-2020); Bendahara (2020-2021)"),
        emp(2, jabatan="Analis Keuangan", riwayat_jabatan="Pengadministrasi Umum (2012-2019)"),
        emp(3, _status="tidak valid", riwayat_jabatan="Analis Keuangan (2001-2020)"),
        emp(4, jabatan="Bendahara", tmt_jabatan=pd.Timestamp("2012-03-01")),
    ]
    poss = [
        pos("J0", nama_jabatan="Pengolah Data", unit_kerja="Dinas A"),
        pos("J1", syarat_pengalaman="2 tahun di bidang keuangan"),
        pos("J2", nama_jabatan="Bendahara", syarat_pengalaman="Analis Keuangan minimal 3 tahun"),
    ]
    return frames(emps, poss)


def _valid_pairs(ctx: ScoringContext) -> pd.DataFrame:
    """Every (valid employee, position) pair scored."""
    e, q = np.meshgrid(np.arange(len(ctx.nip)), np.arange(len(ctx.kode)), indexing="ij")
    return score_index_pairs(ctx, e.ravel(), q.ravel())


def test_warm_post_classes_normalises_every_post_and_unit_name_scoring_reads() -> None:
    from pathlib import Path

    from asn_mutasi.domain.jabatan import normalize_position_name, normalize_unit_name
    from asn_mutasi.io.readers import read_table
    from asn_mutasi.matching.scoring import _col, _post_texts, warm_post_classes
    from asn_mutasi.matching.unit_preferences import UnitPreferences
    from asn_mutasi.validation import prepare_positions

    sample = Path(__file__).resolve().parents[2] / "sample_data"
    settings = Settings()
    positions = prepare_positions(read_table(sample / "peta_jabatan.xlsx", "jabatan"), settings).valid
    normalize_position_name.cache_clear()
    normalize_unit_name.cache_clear()
    warm_post_classes(positions, settings)
    warmed = normalize_position_name.cache_info().misses, normalize_unit_name.cache_info().misses
    assert min(warmed) > 10
    _post_texts(positions)
    UnitPreferences(np.full(3, None, dtype=object), _col(positions, "unit_kerja"))
    assert (normalize_position_name.cache_info().misses, normalize_unit_name.cache_info().misses) == warmed


def test_a_context_that_fails_leaves_no_preferred_unit_batch_running(monkeypatch: pytest.MonkeyPatch) -> None:
    from asn_mutasi.matching import scoring, unit_preferences

    monkeypatch.setattr(unit_preferences, "SPAWN_MIN_PAIRS", 0)  # a child even for this small batch
    started: list[unit_preferences.UnitPreferences] = []
    real_start = unit_preferences.UnitPreferences.start

    def start(self: unit_preferences.UnitPreferences) -> None:
        real_start(self)
        started.append(self)

    def broken(*args: object, **kwargs: object) -> object:
        raise MemoryError("fakta")

    monkeypatch.setattr(unit_preferences.UnitPreferences, "start", start)
    monkeypatch.setattr(scoring, "roster_facts", broken)
    r, p = _experience_frames()
    r["preferensi_unit"] = ["Dinas B", None, "Dinas A", "Dinas B"]
    with pytest.raises(MemoryError):
        build_context(r, p, settings=Settings(), as_of=AS_OF, prefetch_preferences=True)
    assert len(started) == 1 and started[0]._stop.is_set()
    child = started[0]._child
    assert child is not None and child._done and child._process.returncode is not None


def test_only_rows_without_an_education_read_their_name(monkeypatch: pytest.MonkeyPatch) -> None:
    """The name (its academic titles) is evidence only where level or programme is missing: the context strips the
    names of those rows alone, not the nearly all distinct names of a whole roster, and scores them as before."""
    from asn_mutasi import distinct

    rows = [emp(i, nama=f"  Pegawai {i}  ") for i in range(40)]
    rows[3].update(jurusan=None, nama=" Budi, S.Kom. ")
    rows[7].update(pendidikan=None, nama="Ani, S.E.")
    r, p = frames(rows, [pos("P1")])
    read: list[object] = []
    real = distinct.stripped_text
    monkeypatch.setattr(distinct, "stripped_text", lambda v: read.append(v) or real(v))
    ctx = build_context(r, p, settings=Settings(), as_of=AS_OF)
    assert sorted(str(v) for v in read if "," in str(v) or "Pegawai" in str(v)) == [" Budi, S.Kom. ", "Ani, S.E."]
    names = dict(zip(ctx.edu_keys, ctx.edu_names, strict=True))
    assert names[("S-1", None)] == "Budi, S.Kom." and names[(None, "S-1 AKUNTANSI")] == "Ani, S.E."
    assert names[("S-1", "S-1 AKUNTANSI")] is None


def test_the_context_reads_kinerja_and_instansi_without_a_python_step_per_row() -> None:
    """``kinerja`` and the instansi of both sides are one look-up of the column, not a Python loop over the rows
    (speed8, h32); the values are the per-row rule's: a predicate's score (0.6 unknown or missing), "" for no
    instansi."""
    import sys
    from types import FrameType

    predikat = ["Sangat Baik", " Baik ", None, "Luar Biasa", "Kurang", "", "Sangat Kurang", "Butuh Perbaikan"]
    instansi = ["Pemerintah Kota A", None, " ", "Pemerintah Kota A ", None, "Kabupaten B", None, None]
    n = 2_000
    emps = [emp(i % 100, predikat_kinerja=predikat[i % 8], instansi=instansi[i % 8]) for i in range(n)]
    r, p = frames(emps, [pos("A", instansi="Pemerintah Kota A"), pos("B", instansi=None)])
    lines = 0

    def trace(frame: FrameType, event: str, arg: object) -> object:
        nonlocal lines
        outer = frame.f_back
        if outer is None or outer.f_code.co_name != "__post_init__" or not frame.f_code.co_name.startswith("<"):
            return None

        def count(frame: FrameType, event: str, arg: object) -> object:
            nonlocal lines
            lines += event == "line"
            return count

        return count

    sys.settrace(trace)
    try:
        ctx = build_context(r, p, settings=Settings(), as_of=AS_OF)
    finally:
        sys.settrace(None)
    assert lines < n  # (comprehensions over distinct values only)
    want = {"Sangat Baik": 1.0, "Baik": 0.8, "Kurang": 0.2, "Sangat Kurang": 0.0, "Butuh Perbaikan": 0.4}
    assert ctx.kinerja.dtype == np.float64
    assert (
        ctx.kinerja[:8].tolist()
        == [1.0, 0.8, 0.6, 0.6, 0.2, 0.6, 0.0, 0.4]
        == [want.get((v or "").strip(), 0.6) for v in predikat]
    )
    assert ctx.emp_instansi[:8].tolist() == [
        "Pemerintah Kota A",
        "",
        "",
        "Pemerintah Kota A",
        "",
        "Kabupaten B",
        "",
        "",
    ]
    assert ctx.pos_instansi.tolist() == ["Pemerintah Kota A", ""] and ctx.pos_instansi.dtype == object


def test_the_context_strips_each_roster_column_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every roster text column the context and its lateral rule read is stripped once (one pass over the distinct
    texts of 100,000 rows each; the lateral rule stripped ``jabatan`` twice; speed8, h32)."""
    from asn_mutasi.matching import scoring

    r, p = frames([emp(i, jabatan="Guru" if i % 2 else "Pengolah Data") for i in range(6)], [pos("A"), pos("B")])
    read: list[str] = []
    real = scoring._col

    def counted(frame: pd.DataFrame, name: str) -> np.ndarray:
        if "nip" in frame:  # a roster frame
            read.append(name)
        return real(frame, name)

    monkeypatch.setattr(scoring, "_col", counted)
    ctx = build_context(r, p, settings=Settings(), as_of=AS_OF)
    lateral = ctx.lateral(np.arange(6), np.zeros(6, dtype=np.int64))
    assert len(lateral) == 6 and "jabatan" in read
    assert sorted(read) == sorted(set(read))


def test_the_context_strips_jabatan_once_with_pppk_on_the_roster(monkeypatch: pytest.MonkeyPatch) -> None:
    """With PPPK on the roster, the PPPK jabatan rule and the lateral rule's level codes read the one stripped
    ``jabatan`` (:meth:`ScoringContext.emp_names`): the rule stripped the 100,000-row column a second time (speed24)."""
    from asn_mutasi.matching import scoring

    status = ["PPPK", "PNS", "PPPK", "PNS", "PNS", "PPPK"]
    staff = [emp(i, jabatan=" Guru " if i % 2 else "Pengolah Data", status_kepegawaian=status[i]) for i in range(6)]
    r, p = frames(staff, [pos("A"), pos("B")])
    read: list[str] = []
    real = scoring._col

    def counted(frame: pd.DataFrame, name: str) -> np.ndarray:
        if "nip" in frame:  # a roster frame
            read.append(name)
        return real(frame, name)

    monkeypatch.setattr(scoring, "_col", counted)
    ctx = build_context(r, p, settings=Settings(), as_of=AS_OF)
    lateral = ctx.lateral(np.arange(6), np.zeros(6, dtype=np.int64))
    assert len(lateral) == 6 and read.count("jabatan") == 1
    assert ctx.pppk_jabatan[0] is not None and ctx.pppk_jabatan[1] is None
    assert ctx.emp_names()[1] == "Guru"


def test_pairs_read_whether_a_post_states_a_programme_without_a_python_step_per_pair() -> None:
    """Whether a post states a programme (``syarat_jurusan``) is worked out once per post, not once per scored pair
    (the planner scores 200,000 pairs at 100,000 staff; speed16, h35); the pair gets the post's fact."""
    import sys
    from types import FrameType

    r, p = frames([emp(i) for i in range(4)], [pos("A"), pos("B", syarat_jurusan=None), pos("C")])
    ctx = build_context(r, p, settings=Settings(), as_of=AS_OF)
    assert ctx.req_has_text.tolist() == [True, False, True]
    n = 3_000
    e, q = np.arange(n) % 4, np.arange(n) % 3
    lines = 0

    def trace(frame: FrameType, event: str, arg: object) -> object:
        outer = frame.f_back
        if outer is None or outer.f_code.co_name != "score_index_pairs" or not frame.f_code.co_name.startswith("<"):
            return None

        def count(frame: FrameType, event: str, arg: object) -> object:
            nonlocal lines
            lines += event == "line"
            return count

        return count

    sys.settrace(trace)
    try:
        out = score_index_pairs(ctx, e, q, with_text=False)
    finally:
        sys.settrace(None)
    assert lines < n
    alone = [score_index_pairs(ctx, e[k : k + 1], q[k : k + 1])["skor_jurusan"].iloc[0] for k in range(3)]
    assert out["skor_jurusan"].to_numpy()[:3].tolist() == alone


def test_warm_post_classes_builds_the_constant_tables_scoring_builds_on_first_use() -> None:
    """The plan's head start also builds the level rule's table and the field families' specialty keys, which the
    plan's main thread built on first use (0.07 s at 100,000 staff; speed16, h35)."""
    import asn_mutasi.matching.families as families
    from asn_mutasi.domain.jenis import level_step_table
    from asn_mutasi.matching.scoring import warm_post_classes

    level_step_table.cache_clear()
    families._specialty_keys.cache_clear()
    _, p = frames([emp(1)], [pos("A")])
    warm_post_classes(p, Settings())
    assert level_step_table.cache_info().currsize == 1
    assert families._specialty_keys.cache_info().currsize == 1


def _mixed_frames() -> tuple[pd.DataFrame, pd.DataFrame]:
    """Employees and posts that vary every component: education, experience (with a requirement), golongan,
    kinerja, diklat and a preferred unit."""
    r, p = _experience_frames()
    extra_e, extra_p = frames(
        [
            emp(5, pendidikan="D-III", jurusan="D-III Keperawatan", golongan="II/c", preferensi_unit="Dinas B"),
            emp(6, predikat_kinerja="Butuh Perbaikan", diklat="Bimtek Bendahara Pengeluaran 2019"),
            emp(7, jurusan="S-1 Manajemen", preferensi_unit="Dinas C", golongan="III/c"),
        ],
        [
            pos("J3", syarat_diklat="Diklat Bendahara, Sertifikasi Pengadaan", syarat_golongan="III/b"),
            pos("J4", nama_jabatan="Perawat Terampil", unit_kerja="Dinas C", syarat_pendidikan="D-III",
                syarat_jurusan="D-III Keperawatan", jenis_jabatan="Fungsional"),
        ],
    )  # fmt: skip
    return pd.concat([r, extra_e], ignore_index=True), pd.concat([p, extra_p], ignore_index=True)


def test_score_totals_are_the_scored_pairs_skor_and_preference_points() -> None:
    from asn_mutasi.matching.scoring import score_totals

    r, p = _mixed_frames()
    ctx = build_context(r, p, settings=Settings(), as_of=AS_OF)
    e, q = (x.ravel() for x in np.meshgrid(np.arange(len(ctx.nip)), np.arange(len(ctx.kode)), indexing="ij"))
    full = score_index_pairs(ctx, e, q, with_text=False)
    assert full["skor"].nunique() > 3 and (full["skor_preferensi"] != full["skor_preferensi"].iloc[0]).any()
    skor, pref = score_totals(ctx, e, q)
    np.testing.assert_array_equal(skor, full["skor"].to_numpy(dtype=float))
    np.testing.assert_array_equal(pref, full["skor_preferensi"].to_numpy(dtype=float))


def test_the_planners_pricing_scores_read_no_verdicts_lateral_rule_or_frame(monkeypatch: pytest.MonkeyPatch) -> None:
    """The plan prices arcs by the skor alone: its exact and default scorers judged each pair's experience
    requirement, level and PPPK rules and built a candidate frame for nothing (0.09 s at 100,000 staff, speed19)."""
    from asn_mutasi.matching import scoring
    from asn_mutasi.matching.experience import ExperienceIndex
    from asn_mutasi.planning.eligibility import _context_rows, _scorers

    r, p = _mixed_frames()
    ctx = build_context(r, p, settings=Settings(), as_of=AS_OF)
    rows = _context_rows(ctx, list(ctx.nip), list(ctx.kode))
    e, q = (x.ravel() for x in np.meshgrid(np.arange(len(ctx.nip)), np.arange(len(ctx.kode)), indexing="ij"))
    full = score_index_pairs(ctx, e, q, with_text=False)
    score, score_default, _ = _scorers(ctx, rows)

    def unused(*_: object, **__: object) -> None:
        raise AssertionError("read by the planner's pricing")

    for owner, name in (
        (ExperienceIndex, "_requirement_verdicts"),
        (scoring.ScoringContext, "lateral"),
        (scoring.ScoringContext, "pppk_ok"),
        (scoring, "score_index_pairs"),
    ):
        monkeypatch.setattr(owner, name, unused)
    np.testing.assert_array_equal(score(e, q), full["skor"].to_numpy(dtype=float))
    sk, pref = full["skor"].to_numpy(dtype=float), full["skor_preferensi"].to_numpy(dtype=float)
    has_pref = ctx.pref_id[e] >= 0
    np.testing.assert_array_equal(score_default(e, q), np.where(has_pref, np.round(sk - pref, 1), sk))


def test_a_context_classifies_its_posts_as_experience_targets_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every scoring of pairs against one context classified the distinct posts of its batch again (a plan scores
    a dozen batches and checks each experience rule on a batch of its own: 0.03 s at 100,000 staff, speed19)."""
    from asn_mutasi.matching.experience import ExperienceIndex
    from asn_mutasi.matching.scoring import score_totals
    from asn_mutasi.planning.eligibility import _meets_rule

    r, p = _mixed_frames()
    ctx = build_context(r, p, settings=Settings(), as_of=AS_OF)
    e, q = (x.ravel() for x in np.meshgrid(np.arange(len(ctx.nip)), np.arange(len(ctx.kode)), indexing="ij"))
    x = ctx.experience
    texts = (ctx.pos_name_norm[q], ctx.pos_jenis[q], ctx.syarat_pengalaman[q])
    alone = x.score_pairs(e, *texts, units=ctx.pos_unit[q], target_ids=q, with_text=True)
    rule = int(np.flatnonzero(pd.notna(ctx.syarat_pengalaman))[-1])
    at = np.full(len(ctx.nip), rule)
    rows = np.arange(len(ctx.nip))
    met = x.requirement_met(
        rows, ctx.pos_name_norm[at], ctx.pos_jenis[at], ctx.syarat_pengalaman[at], units=ctx.pos_unit[at]
    )
    assert (met == False).any() and (met == True).any()  # noqa: E712
    calls: list[int] = []
    classify = ExperienceIndex._pair_targets

    def counted(self: ExperienceIndex, *args: object) -> object:
        calls.append(1)
        return classify(self, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(ExperienceIndex, "_pair_targets", counted)
    for k in range(1, 4):
        score_index_pairs(ctx, e[::k], q[::k], with_text=False)
        score_totals(ctx, e[::k], q[::k])
        np.testing.assert_array_equal(_meets_rule(ctx, rows, rule), met != False)  # noqa: E712
    assert len(calls) == 1  # the context's own, once
    prepared = x.score_pairs(e, *texts, units=ctx.pos_unit[q], target_ids=q, with_text=True, prepared=ctx.targets())
    pd.testing.assert_frame_equal(prepared, alone)


def test_the_planners_post_groups_read_the_contexts_classified_targets(monkeypatch: pytest.MonkeyPatch) -> None:
    """The planner's group keys (``target_profiles``) classified every post again beside the context's own
    classification (0.04 s at 100,000 staff, speed19): the same profiles, from the posts classified once."""
    from asn_mutasi.matching.experience import ExperienceIndex
    from asn_mutasi.planning.eligibility import _context_rows, _keys

    r, p = _mixed_frames()
    ctx = build_context(r, p, settings=Settings(), as_of=AS_OF)
    order = np.arange(len(ctx.kode))[::-1]
    x, names = ctx.experience, ctx.pos_name_norm[order]
    alone = x.target_profiles(list(names), list(ctx.pos_jenis[order]), list(ctx.pos_unit[order]))
    assert alone["jf"].nunique() > 1 and alone["bidang"].nunique() > 1
    ctx.targets()
    calls: list[int] = []
    classify = ExperienceIndex._pair_targets

    def counted(self: ExperienceIndex, *args: object) -> object:
        calls.append(1)
        return classify(self, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(ExperienceIndex, "_pair_targets", counted)
    keys = _keys(ctx, _context_rows(ctx, list(ctx.nip), list(ctx.kode[order])), Settings())
    assert not calls
    pd.testing.assert_frame_equal(keys.profiles, alone)
