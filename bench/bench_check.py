"""Time ``asn-mutasi check`` end to end on a large roster xlsx (issue target: 100,000 rows < 15 s, < 2 GB).

Usage: python bench/bench_check.py [--pegawai 100000] [--dir bench/out/sample_100000]

Uses the files written by ``bench/make_roster.py`` (generated here when missing) and runs
the same library call as the CLI: read both workbooks, validate every cell, link every
employee to the peta jabatan. Prints seconds per stage and peak RSS. Run it on an idle
machine: the 2-core CI box is shared.
"""

from __future__ import annotations

import argparse
import resource
import time
from datetime import date
from pathlib import Path

from asn_mutasi.api.check import check
from asn_mutasi.api.inputs import ReadOptions
from asn_mutasi.config import Settings


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def ensure_files(folder: Path, n: int) -> None:
    if (folder / "pegawai.xlsx").exists() and (folder / "peta_jabatan.xlsx").exists():
        return
    from asn_mutasi.io.sample_writer import write_sample
    from asn_mutasi.sample import generate_sample

    t0 = time.perf_counter()
    folder.mkdir(parents=True, exist_ok=True)
    write_sample(generate_sample(n_pegawai=n), folder, overwrite=True)
    print(f"(generated {n:,} employees in {time.perf_counter() - t0:.1f} s; not part of the timing)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pegawai", type=int, default=100_000)
    parser.add_argument("--dir", type=Path, default=None)
    args = parser.parse_args()
    folder = args.dir or Path(__file__).parent / "out" / f"sample_{args.pegawai}"
    ensure_files(folder, args.pegawai)
    base = peak_mb()
    steps: list[tuple[str, float]] = []
    last = time.perf_counter()

    def progress(step: str) -> None:
        nonlocal last
        now = time.perf_counter()
        steps.append((step, now - last))
        last = now

    t0 = time.perf_counter()
    result = check(
        pegawai=folder / "pegawai.xlsx",
        jabatan=folder / "peta_jabatan.xlsx",
        options=ReadOptions(),
        settings=Settings(),
        tanggal=date(2026, 11, 1),
        progress=progress,
    )
    total = time.perf_counter() - t0
    steps.append(("(selesai)", time.perf_counter() - last))
    for (name, _), (_, seconds) in zip([("start", 0.0), *steps[:-1]], steps, strict=True):
        print(f"  {name:<50} {seconds:6.2f} s")
    counts = result.report.counts()
    rows = result.accounting
    sizes = ", ".join(f"{a['tabel']} {a['baris_data']:,}" for a in rows)
    print(f"rows: {sizes}; findings {counts}")
    print(f"check total {total:.2f} s   peak RSS {peak_mb():.0f} MB (before: {base:.0f} MB)")


if __name__ == "__main__":
    main()
