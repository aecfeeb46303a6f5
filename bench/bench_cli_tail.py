"""Time the end of ``asn-mutasi plan PEGAWAI JABATAN -o r.xlsx``: ``_write_and_record`` and what the
command does after it until the process exits.

Usage: python bench/bench_cli_tail.py N      (bench/out/sample_N/ from ``bench/make_roster.py``)

Runs the command line in this process (``asn_mutasi.cli.app.main``, ``--tanggal 2026-11-01``, the
workbook into a temporary folder) and prints, just before the process ends (``os._exit``), the
wall time of ``_write_and_record`` and the time from its return to the exit. Run it with
``PYTHONPATH`` pointing at another checkout to compare two versions.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent


def main() -> None:
    import asn_mutasi.api.plan as api
    from asn_mutasi.cli.app import main as cli

    n = int(sys.argv[1])
    folder = HERE / "out" / f"sample_{n}"
    marks: dict[str, float] = {}
    parent = os.getpid()
    real_write, real_exit = api._write_and_record, os._exit

    def write(*args: Any, **kwargs: Any) -> None:
        marks["start"] = time.perf_counter()
        try:
            real_write(*args, **kwargs)
        finally:
            marks["end"] = time.perf_counter()

    def leave(status: int) -> None:
        if os.getpid() != parent or "end" not in marks:  # a forked child of the plan, or an early exit
            real_exit(status)
        now = time.perf_counter()
        print(
            f"N={n:,}  _write_and_record {marks['end'] - marks['start']:.3f} s, "
            f"after it until exit {now - marks['end']:.3f} s (status {status})",
            file=sys.stderr,
            flush=True,
        )
        shutil.rmtree(out.parent, ignore_errors=True)
        real_exit(status)

    api._write_and_record = write  # type: ignore[assignment]
    os._exit = leave  # type: ignore[assignment]
    out = Path(tempfile.mkdtemp(prefix="bench-cli-tail-")) / "r.xlsx"
    sys.argv = ["asn-mutasi", "plan", str(folder / "pegawai.xlsx"), str(folder / "peta_jabatan.xlsx")]
    sys.argv += ["-o", str(out), "--timpa", "--tanggal", "2026-11-01", "-q"]
    cli()


if __name__ == "__main__":
    main()
