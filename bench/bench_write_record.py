"""Time ``api.plan._write_and_record`` (the plan workbook written with its inputs' hashes, the round
recorded in the ledger) as ``rencana … -o r.xlsx`` runs it, per roster size.

Usage: python bench/bench_write_record.py [--ulang 3] [N ...]      (default: 10000 100000)

Each N needs bench/out/sample_N/ (``python bench/make_roster.py --pegawai N``). The plan is solved
once per size (``--tanggal 2026-11-01``, into a temporary folder); its first ``_write_and_record``
call is timed as the command runs it (imports of the writers included), then the same call is
repeated ``--ulang`` − 1 more times and the best wall time printed. Run it with ``PYTHONPATH``
pointing at another checkout to compare two versions (one process per version).
"""

from __future__ import annotations

import argparse
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[10_000, 100_000])
    parser.add_argument("--ulang", type=int, default=3, help="calls per size; the best time is printed")
    args = parser.parse_args()
    import asn_mutasi
    import asn_mutasi.api.plan as api

    print(f"asn_mutasi from {Path(asn_mutasi.__file__).parent}")
    real = api._write_and_record
    for n in args.sizes:
        folder = HERE / "out" / f"sample_{n}"
        calls: list[tuple[tuple[Any, ...], dict[str, Any]]] = []
        times: list[float] = []

        def timed(*a: Any, calls: list[Any] = calls, times: list[float] = times, **k: Any) -> None:
            calls.append((a, k))
            t0 = time.perf_counter()
            real(*a, **k)
            times.append(time.perf_counter() - t0)

        api._write_and_record = timed  # type: ignore[assignment]
        try:
            with tempfile.TemporaryDirectory() as tmp:
                out = Path(tmp) / "r.xlsx"
                api.plan(
                    pegawai=folder / "pegawai.xlsx",
                    jabatan=folder / "peta_jabatan.xlsx",
                    tanggal=date(2026, 11, 1),
                    output=out,
                    overwrite=True,
                )
                a, k = calls[0]
                for _ in range(args.ulang - 1):
                    timed(*a, **{**k, "overwrite": True})
                size = out.stat().st_size / 1e6
        finally:
            api._write_and_record = real  # type: ignore[assignment]
        print(
            f"N={n:>7,}  _write_and_record first {times[0]:.3f} s  best of {len(times)} {min(times):.3f} s  "
            f"({size:.2f} MB; all: {', '.join(f'{t:.3f}' for t in times)})",
            flush=True,
        )


if __name__ == "__main__":
    main()
