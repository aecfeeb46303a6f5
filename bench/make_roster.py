"""Generate a large synthetic roster and peta jabatan as files for the other benchmarks.

Usage: python bench/make_roster.py [--pegawai 100000] [--out bench/out/sample_100000] [--seed 2026] [--timpa]

Runs ``generate_sample`` and ``write_sample`` (pegawai.xlsx in the SIMPEG "Daftar
Nominatif" layout, pegawai.csv, peta_jabatan.xlsx, abk_tugas.xlsx, riwayat_jabatan.csv …)
and prints the seconds of each stage, the row counts, the file sizes and the peak RSS.
bench/out/ is git-ignored.
"""

from __future__ import annotations

import argparse
import resource
import time
from pathlib import Path

from asn_mutasi.io.sample_writer import write_sample
from asn_mutasi.sample import generate_sample


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pegawai", type=int, default=100_000, help="number of employees (default 100000)")
    parser.add_argument("--out", type=Path, default=None, help="output folder (default bench/out/sample_<pegawai>)")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--timpa", action="store_true", help="overwrite existing files")
    args = parser.parse_args()
    out = args.out or Path(__file__).parent / "out" / f"sample_{args.pegawai}"

    t0 = time.perf_counter()
    data = generate_sample(n_pegawai=args.pegawai, seed=args.seed)
    t1 = time.perf_counter()
    print(f"generate_sample({args.pegawai})  {t1 - t0:7.2f} s   peak RSS {peak_mb():7.0f} MB", flush=True)
    print(
        f"  pegawai {len(data.pegawai):,}  unit {data.catatan['jumlah_unit']:,}  jabatan {len(data.jabatan):,}"
        f"  tugas ABK {len(data.abk):,}  riwayat {len(data.riwayat):,}"
    )
    paths = write_sample(data, out, overwrite=args.timpa)
    t2 = time.perf_counter()
    print(f"write_sample -> {out}  {t2 - t1:7.2f} s   peak RSS {peak_mb():7.0f} MB", flush=True)
    for path in paths:
        print(f"  {path.name:<26} {path.stat().st_size / 1e6:8.2f} MB")
    print(f"total {t2 - t0:.2f} s, peak RSS {peak_mb():.0f} MB")


if __name__ == "__main__":
    main()
