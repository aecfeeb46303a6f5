"""Time the whole plan path at scale: read xlsx, prepare, link, match, solve, write the plan workbook.

Usage: python bench/bench_plan.py [folder]   (default bench/out/sample_100000, made by
bench/make_roster.py: pegawai.xlsx + peta_jabatan.xlsx)
       python bench/bench_plan.py --synthetic [n_vacancies] [candidates_per_vacancy]

The default run goes through the real upstream modules (io.read_table, validation,
workload.link_employees, matching candidates with ``kandidat_per_lowongan`` per vacant
position) and then ``make_plan`` and ``write_plan_workbook``. ``--synthetic`` benches the
planner alone on a generated candidate table (default 20,000 vacancies × 30 candidates,
100,000 employees). Both print each stage's seconds, the peak RSS, and the exact plan
against the greedy baseline (vacancies filled, total score, moves).
Targets: < 30 s end to end and < 2 GB on 2 cores.
"""

from __future__ import annotations

import resource
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd

from asn_mutasi.config import Settings
from asn_mutasi.io.plan_workbook import write_plan_workbook
from asn_mutasi.planning import Plan, make_plan

AS_OF = date(2026, 11, 1)


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def stage(name: str, start: float) -> float:
    now = time.perf_counter()
    print(f"{name:<40} {now - start:7.2f} s   peak RSS {peak_mb():7.0f} MB", flush=True)
    return now


def real_inputs(folder: Path, settings: Settings) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame, float]:
    from asn_mutasi.io.readers import read_table
    from asn_mutasi.matching.candidates import rank_candidates, select_positions
    from asn_mutasi.matching.scoring import build_context
    from asn_mutasi.validation import prepare_positions, prepare_roster
    from asn_mutasi.workload.linking import link_employees

    t0 = t = time.perf_counter()
    raw_roster = read_table(str(folder / "pegawai.xlsx"), "pegawai")
    raw_pos = read_table(str(folder / "peta_jabatan.xlsx"), "jabatan")
    t = stage("read pegawai.xlsx + peta_jabatan.xlsx", t)
    roster = prepare_roster(raw_roster, today=AS_OF).frame
    positions = prepare_positions(raw_pos, settings).valid
    t = stage("prepare roster + positions", t)
    linked = link_employees(roster, positions).frame
    t = stage("link_employees", t)
    ctx = build_context(linked, positions, settings=settings, as_of=AS_OF)
    rows = select_positions(ctx)
    cands = rank_candidates(ctx, rows, top=settings.rencana.kandidat_per_lowongan)
    t = stage(f"candidates (top {settings.rencana.kandidat_per_lowongan}, {len(rows):,} vacant)", t)
    return linked, positions, cands, t - t0


def synthetic_inputs(
    n_vac: int, per_vac: int, n_emp: int = 100_000, seed: int = 5
) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    rng = np.random.default_rng(seed)
    n_pos = 20_000
    units = [f"Unit {i:03d}" for i in range(400)]
    codes = [f"J-{i:06d}" for i in range(n_pos)]
    holder_pos = rng.integers(0, n_pos, n_emp)
    bez = np.bincount(holder_pos, minlength=n_pos)
    kebutuhan = np.maximum(bez + rng.integers(-2, 3, n_pos), 0)
    open_pos = np.flatnonzero(kebutuhan > bez)
    positions = pd.DataFrame(
        {
            "_status": "valid",
            "kode_jabatan": codes,
            "nama_jabatan": [f"Jabatan {i % 700}" for i in range(n_pos)],
            "unit_kerja": [units[i % len(units)] for i in range(n_pos)],
            "kebutuhan": kebutuhan,
            "beban_kerja_jam": np.nan,
        }
    )
    nips = np.array([f"1980{i:014d}" for i in range(n_emp)], dtype=object)
    roster = pd.DataFrame(
        {
            "_baris": np.arange(2, n_emp + 2),
            "_status": "valid",
            "_alasan": "",
            "nip": nips,
            "nama": [f"Pegawai {i}" for i in range(n_emp)],
            "golongan": "III/b",
            "tmt_jabatan": pd.Timestamp("2019-01-01"),
            "kode_jabatan_link": np.array(codes, dtype=object)[holder_pos],
        }
    )
    targets = rng.choice(open_pos, size=min(n_vac, len(open_pos)), replace=False)
    tpos = np.repeat(targets, per_vac)
    emp = rng.integers(0, n_emp, len(tpos))
    skor = rng.uniform(30, 100, len(tpos)).round(2)
    cands = pd.DataFrame(
        {
            "nip": nips[emp],
            "kode_jabatan": np.array(codes, dtype=object)[tpos],
            "skor": skor,
            "status_pendidikan": "sesuai",
            "memenuhi_pendidikan": True,
            "layak": rng.uniform(size=len(tpos)) < 0.8,
            "alasan": "pendidikan sesuai",
        }
    )
    for f in (
        "skor_pendidikan",
        "skor_jurusan",
        "skor_pengalaman",
        "skor_golongan",
        "skor_kinerja",
        "skor_diklat",
        "skor_preferensi",
    ):
        cands[f] = (skor / 7).round(2)
    cands = cands.drop_duplicates(["nip", "kode_jabatan"])
    return roster, positions, cands


def report(plan: Plan) -> None:
    s = plan.summary
    print(
        f"employees in {s['pegawai_input']:,}: pindah {s['pindah']:,} tetap {s['tetap']:,} dikecualikan {s['dikecualikan']:,}"
    )
    print(f"vacancies {s['lowongan_awal']:,}: filled {s['lowongan_terisi']:,}, unfilled {s['lowongan_tidak_terisi']:,}")
    print(
        f"exact ({s['solver']}): filled {s['lowongan_terisi']:,}  moves {s['pindah']:,}  total skor {s['total_skor']:,.1f}"
        f"  objective {s['objective']:,}"
    )
    print(
        f"greedy:           filled {s['greedy_lowongan_terisi']:,}  moves {s['greedy_pindah']:,}"
        f"  total skor {s['greedy_total_skor']:,.1f}  objective {s['greedy_objective']:,}"
    )
    if "indeks_ketimpangan_sebelum" in s:
        print(
            f"imbalance index now {s['indeks_ketimpangan_sebelum']}, at horizon without plan "
            f"{s['indeks_ketimpangan_tanpa_rencana']}, with plan {s['indeks_ketimpangan_sesudah']}"
        )


def main() -> None:
    settings = Settings()
    args = sys.argv[1:]
    start = time.perf_counter()
    retirements = None
    if args and args[0] == "--synthetic":
        n_vac = int(args[1]) if len(args) > 1 else 20_000
        per = int(args[2]) if len(args) > 2 else 30
        roster, positions, cands = synthetic_inputs(n_vac, per)
        retirements = pd.DataFrame(
            {"nip": pd.Series([], dtype=object), "tmt_pensiun": pd.Series([], dtype="datetime64[ns]")}
        )
        t = stage(f"synthetic inputs ({len(cands):,} candidate rows)", start)
        start = t
    else:
        folder = Path(args[0]) if args else Path(__file__).parent / "out" / "sample_100000"
        roster, positions, cands, _ = real_inputs(folder, settings)
        t = time.perf_counter()
    print(f"employees {len(roster):,}  positions {len(positions):,}  candidate rows {len(cands):,}", flush=True)
    plan = make_plan(roster, positions, cands, settings, as_of=AS_OF, retirements=retirements)
    t = stage("make_plan (solve + greedy + explain)", t)
    with tempfile.TemporaryDirectory() as tmp:
        write_plan_workbook(
            plan, Path(tmp) / "rencana.xlsx", parameters=settings.to_dict(), input_files=[], findings=[]
        )
        size = (Path(tmp) / "rencana.xlsx").stat().st_size
    t = stage(f"write_plan_workbook ({size / 1e6:.1f} MB)", t)
    report(plan)
    print(f"TOTAL {t - start:.2f} s (target < 30 s); peak RSS {peak_mb():.0f} MB (target < 2048 MB)")


if __name__ == "__main__":
    main()
