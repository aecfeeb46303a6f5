"""Time what ``plan`` writes: the plan workbook and the ``--format json`` document, per roster size.

Usage: python bench/bench_outputs.py [--ulang 3] [N ...]      (default: 10000 100000)

Each N needs bench/out/sample_N/ (``python bench/make_roster.py --pegawai N``). The plan is
solved once per size (``--tanggal 2026-11-01``) and cached as a pickle in bench/out/sample_N/
(``plan_result.pickle``; delete it after changing the planner), then each output is produced
``--ulang`` times and the best wall time printed:

* workbook: ``io.plan_workbook.write_plan_workbook`` (all sheets, training sheet included), wall
  time and, as a steadier figure on a busy machine, the process CPU time of the best run;
* report: ``cli.plan._report`` as ``rencana … > file`` runs it (the move table as CSV on stdout);
* json: ``PlanResult.to_json`` + ``serialise.dumps`` (what ``rencana -f json`` writes to stdout).

Run it once with ``PYTHONPATH`` pointing at another checkout to compare two versions of the
writers on the same cached plan (the pickle holds data frames only, no writer code).
"""

from __future__ import annotations

import argparse
import functools
import pickle
import resource
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent


def solved(n: int) -> dict[str, object]:
    """The plan of bench/out/sample_n (cached): what the writers need, as plain data."""
    folder = HERE / "out" / f"sample_{n}"
    cache = folder / "plan_result.pickle"
    if cache.exists():
        with cache.open("rb") as fh:
            return pickle.load(fh)  # our own cache file
    import asn_mutasi.api.plan as api

    t0 = time.perf_counter()
    result = api.plan(pegawai=folder / "pegawai.xlsx", jabatan=folder / "peta_jabatan.xlsx", tanggal=date(2026, 11, 1))
    print(f"  (plan solved in {time.perf_counter() - t0:.1f} s, cached in {cache})", file=sys.stderr)
    data = {
        "plan": result.plan,
        "findings": result.findings,
        "parameters": result.parameters,
        "training": result.training,
        "files": [(str(p), "0" * 64) for p in result.world.files],
    }
    with cache.open("wb") as fh:
        pickle.dump(data, fh)
    return data


def best(runs: int, func: object) -> float:
    return best_with_cpu(runs, func)[0]


def best_with_cpu(runs: int, func: object) -> tuple[float, float]:
    """(best wall time, best process CPU time) over ``runs`` calls."""
    walls, cpus = [], []
    for _ in range(runs):
        t0, c0 = time.perf_counter(), time.process_time()
        func()  # type: ignore[operator]
        walls.append(time.perf_counter() - t0)
        cpus.append(time.process_time() - c0)
    return min(walls), min(cpus)


def write_workbook(result: Any, target: Path, files: Any) -> None:
    from asn_mutasi.io.plan_workbook import write_plan_workbook

    write_plan_workbook(
        result.plan,
        target,
        parameters=result.parameters,
        input_files=files,
        findings=result.findings,
        overwrite=True,
        training=result.training,
    )


def report_csv(result: Any) -> int:
    """What ``rencana … > file`` prints on stdout (the move table as CSV); returns its length."""
    import contextlib
    import io

    from asn_mutasi.cli.choices import OutputFormat
    from asn_mutasi.cli.console import State
    from asn_mutasi.cli.options import Context
    from asn_mutasi.cli.plan import _report

    ctx = Context(fmt=OutputFormat.csv, output=None, overwrite=False, read=None, settings=None, tanggal=None)  # type: ignore[arg-type]
    out, quiet = io.StringIO(), State.verbosity
    State.verbosity = -1  # -q: the summary lines on stderr are not part of the product
    try:
        with contextlib.redirect_stdout(out):
            _report(result, ctx, semua=False, output=None)
    finally:
        State.verbosity = quiet
    return len(out.getvalue())


def emit_json(result: Any) -> str:
    """What ``rencana -f json`` prints."""
    from asn_mutasi.serialise import dumps

    return dumps(result.to_json())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[10_000, 100_000])
    parser.add_argument("--ulang", type=int, default=3, help="repetitions; the best time is printed")
    args = parser.parse_args()
    import asn_mutasi
    from asn_mutasi.api.plan import PlanResult

    print(f"asn_mutasi from {Path(asn_mutasi.__file__).parent}")
    for n in args.sizes:
        data = solved(n)
        result = PlanResult(
            plan=data["plan"],  # type: ignore[arg-type]
            findings=data["findings"],  # type: ignore[arg-type]
            world=None,  # type: ignore[arg-type]
            parameters=data["parameters"],  # type: ignore[arg-type]
            training=data["training"],  # type: ignore[arg-type]
        )
        with tempfile.TemporaryDirectory() as tmp:
            target = Path(tmp) / "r.xlsx"
            files = data["files"]
            t_wb, cpu_wb = best_with_cpu(args.ulang, functools.partial(write_workbook, result, target, files))
            t_rep = best(args.ulang, functools.partial(report_csv, result))
            t_to = best(args.ulang, result.to_json)
            t_js = best(args.ulang, functools.partial(emit_json, result))
            mb = target.stat().st_size / 1e6
            size = len(emit_json(result).encode())
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(
            f"N={n:>7,}  moves {len(result.plan.moves):>6,}  workbook {t_wb:6.2f} s (cpu {cpu_wb:.2f} s, {mb:.2f} MB)  "
            f"report csv {t_rep:5.3f} s  "
            f"to_json {t_to:5.2f} s  to_json+dumps {t_js:5.2f} s ({size / 1e6:.1f} MB)  peak RSS {peak:,.0f} MB",
            flush=True,
        )


if __name__ == "__main__":
    main()
