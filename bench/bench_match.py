"""Time top-10 candidate generation for every vacant position on a large synthetic dataset.

Usage: python bench/bench_match.py [n_pegawai] [seed]   (default 100000 employees)

Generates the sample (asn_mutasi.sample), prepares it with asn_mutasi.validation, links
employees to positions, then times ``top_candidates_for_positions``. Prints each stage's
seconds and the peak RSS of the process. Target: < 20 s and < 2 GB on 2 cores.
"""

from __future__ import annotations

import resource
import sys
import time
from datetime import date

import pandas as pd

from asn_mutasi.config import Settings
from asn_mutasi.matching.candidates import rank_candidates, select_positions
from asn_mutasi.matching.scoring import build_context
from asn_mutasi.sample import generate_sample
from asn_mutasi.schema import RawTable, SourceInfo
from asn_mutasi.validation import prepare_positions, prepare_roster

AS_OF = date(2026, 11, 1)


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def stage(name: str, start: float) -> float:
    now = time.perf_counter()
    print(f"{name:<34} {now - start:7.2f} s   peak RSS {peak_mb():7.0f} MB", flush=True)
    return now


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 7
    settings = Settings()
    t = time.perf_counter()
    data = generate_sample(n_pegawai=n, seed=seed, as_of=AS_OF)
    t = stage(f"generate_sample({n})", t)
    roster = prepare_roster(RawTable("pegawai", data.pegawai, SourceInfo("bench")), today=AS_OF).valid
    positions = prepare_positions(RawTable("jabatan", data.jabatan, SourceInfo("bench")), settings).valid
    t = stage("prepare roster + positions", t)
    try:
        from asn_mutasi.workload.linking import link_employees

        roster = link_employees(roster, positions).frame
        t = stage("link_employees", t)
    except ImportError:
        pass
    print(f"employees {len(roster):,}  positions {len(positions):,}")

    t0 = time.perf_counter()
    ctx = build_context(roster, positions, settings=settings, as_of=AS_OF)
    t = stage("build context (normalise, eligibility)", t0)
    rows = select_positions(ctx)
    result = rank_candidates(ctx, rows, top=10)
    t = stage("top-10 candidates, vacant positions", t)
    total = t - t0
    print(f"vacant positions {len(rows):,}  with candidates {result['kode_jabatan'].nunique():,}  rows {len(result):,}")
    print(f"matching total {total:.2f} s (target < 20 s); peak RSS {peak_mb():.0f} MB (target < 2048 MB)")
    pd.set_option("display.width", 200)
    print(result[["nip", "kode_jabatan", "skor", "status_pendidikan", "peringkat"]].head(5).to_string(index=False))


if __name__ == "__main__":
    main()
