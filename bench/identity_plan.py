"""Check that two versions of the code make identical plans, and time the steps after the solve (issue 10).

Usage (from outside the repository, so PYTHONPATH decides which asn_mutasi is imported):
    PYTHONPATH=<old checkout> python bench/identity_plan.py dump OUT_OLD [--big] [--limits]
    PYTHONPATH=<new checkout> python bench/identity_plan.py dump OUT_NEW [--big] [--limits]
    python bench/identity_plan.py cmp OUT_OLD OUT_NEW
    PYTHONPATH=<checkout> python bench/identity_plan.py time N [REPEATS]

``dump`` runs ``api.plan.plan`` (read → make_plan → training needs; no workbook) on sample_data/
(with riwayat and ABK; with the aspiration forms; with --tetap NIPs and a binding
``maks_pindah_per_unit``; with two pinned moves; with ``min_pegawai_per_unit``), on bench/out/sample_10000 and, with
--big, bench/out/sample_100000 (with --limits each of those also with a binding unit limit,
``maks_pindah_per_unit`` 1, and with a staff floor, ``min_pegawai_per_unit`` 45: the LP path of
planning/limited.py and the held-stayer reasons), and pickles every table of the plan (moves, unfilled, accounting,
three unit tables), the summary, the findings and the three training tables, or the error text.
``cmp`` compares frames with ``assert_frame_equal`` (dtypes included, exact) plus the type of
every object cell, dicts and findings with ``==``, and prints one line per case and part.

``time`` reads bench/out/sample_N once, then makes the plan REPEATS times (default 3) with wall
timers around each step after ``solve_exact`` and around ``plan_training``, and prints the best
time of each step (seconds); ``detail`` is ``Eligibility.detail`` (scores and reasons of the moved pairs).
"""

from __future__ import annotations

import pickle
import sys
import tempfile
import time
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pandas as pd

WT = Path(__file__).resolve().parents[1]
AS_OF = date(2026, 11, 1)
PLAN_PARTS = ("moves", "unfilled", "accounting", "units_before", "units_baseline", "units_after")


def cases(big: bool, limits: bool = False):
    from asn_mutasi.config import load_settings

    s = WT / "sample_data"
    base = load_settings(None)
    sample = dict(pegawai=s / "pegawai.xlsx", jabatan=s / "peta_jabatan.xlsx", riwayat=s / "riwayat_jabatan.csv")
    yield "sample", dict(sample, abk=s / "abk_tugas.xlsx"), base
    if (s / "aspirasi").exists():
        yield "sample_aspirasi", dict(sample, aspirasi=[s / "aspirasi"]), base
    yield "sample_csv", dict(pegawai=s / "pegawai.csv", jabatan=s / "peta_jabatan.xlsx"), base
    yield "sample_bermasalah", dict(pegawai=s / "pegawai_bermasalah.xlsx", jabatan=s / "peta_jabatan.xlsx"), base
    keep = ["198008142003122001", "196811141996091001"]
    limited = replace(base, rencana=replace(base.rencana, maks_pindah_per_unit=2))
    yield "sample_tetap_batas_unit", dict(sample, keep=keep), limited
    pins = Path(tempfile.gettempdir()) / "identity_plan_kunci.csv"
    pins.write_text("NIP,KODE JABATAN\n197802112006011001,BKPSDM-0007\n199409182019011001,BAPENDA-0009\n")
    yield "sample_kunci", dict(sample, pins=pins), base
    floor = replace(base, rencana=replace(base.rencana, min_pegawai_per_unit=20))
    yield "sample_min_unit", dict(sample), floor
    no_proj = replace(base, rencana=replace(base.rencana, isi_proyeksi_pensiun=False, rotasi_wajib=True))
    yield "sample_tanpa_proyeksi_rotasi", dict(sample), no_proj
    for n in (10_000, 100_000) if big else (10_000,):
        folder = WT / f"bench/out/sample_{n}"
        files = dict(pegawai=folder / "pegawai.xlsx", jabatan=folder / "peta_jabatan.xlsx")
        yield f"s{n // 1000}k", files, base
        if limits:
            yield f"s{n // 1000}k_batas1", files, replace(base, rencana=replace(base.rencana, maks_pindah_per_unit=1))
            yield f"s{n // 1000}k_min45", files, replace(base, rencana=replace(base.rencana, min_pegawai_per_unit=45))


def dump(out: Path, big: bool, limits: bool = False) -> None:
    from asn_mutasi.api.plan import plan

    result: dict[str, Any] = {}
    for name, kwargs, settings in cases(big, limits):
        t0 = time.perf_counter()
        try:
            r = plan(**kwargs, settings=settings, tanggal=AS_OF)
        except Exception as exc:  # the error text is part of what must not change
            result[name] = {"error": f"{type(exc).__name__}: {exc}"}
            print(f"{name}: error {type(exc).__name__}", flush=True)
            continue
        p = r.plan
        parts: dict[str, Any] = {k: getattr(p, k) for k in PLAN_PARTS}
        parts["summary"] = dict(p.summary)
        parts["findings"] = [f.to_dict() for f in p.findings]
        assert r.training is not None
        parts |= dict(zip(("training_lines", "training_opd", "training_diklat"), r.training, strict=True))
        result[name] = parts
        print(f"{name}: {len(p.moves)} moves, {len(p.unfilled)} unfilled, {time.perf_counter() - t0:.1f} s", flush=True)
    out.write_bytes(pickle.dumps(result))


def _same(a: Any, b: Any) -> str:
    if isinstance(a, pd.DataFrame) or isinstance(b, pd.DataFrame):
        try:
            pd.testing.assert_frame_equal(a, b, check_exact=True)
        except AssertionError as exc:
            return str(exc).splitlines()[0][:200]
        for c in a.columns:
            if a[c].dtype == object:
                ta = [type(v).__name__ for v in a[c].tolist()]
                tb = [type(v).__name__ for v in b[c].tolist()]
                if ta != tb:
                    return f"cell types differ in column {c}"
        return ""
    return "" if repr(a) == repr(b) else "differs"


def cmp(old: Path, new: Path) -> int:
    a, b = pickle.loads(old.read_bytes()), pickle.loads(new.read_bytes())
    bad = 0
    for name in sorted(set(a) | set(b)):
        if name not in a or name not in b:
            print(f"{name}: only in one dump")
            bad += 1
            continue
        for part in sorted(set(a[name]) | set(b[name])):
            why = _same(a[name].get(part), b[name].get(part))
            bad += bool(why)
            print(f"{name}.{part}: {'DIFF ' + why if why else 'same'}")
    print(f"{bad} differences")
    return 1 if bad else 0


def timing(n: int, repeats: int) -> None:
    import asn_mutasi.api.diklat as diklat
    import asn_mutasi.planning.plan as plan_mod
    from asn_mutasi.api.inputs import build_world, setup
    from asn_mutasi.api.plan import _solve

    best: dict[str, float] = {}
    spent: dict[str, float] = {}

    def timed(mod: Any, name: str) -> None:
        fn = getattr(mod, name)

        def wrapper(*args: Any, **kwargs: Any) -> Any:
            t0 = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                spent[name] = spent.get(name, 0.0) + time.perf_counter() - t0

        setattr(mod, name, wrapper)

    steps = [
        "_retirements",
        "build_base",
        "_eligibility",
        "solve_exact",
        "solve_greedy",
        "_rows",
        "_context",
        "explain_moves",
        "finalize_chain_text",
        "explain_unfilled",
        "_accounting",
        "_units",
        "_findings",
        "_summary",
    ]
    for s in steps:
        if hasattr(plan_mod, s):
            timed(plan_mod, s)
    eligibility = plan_mod._eligibility

    def timed_detail(*args: Any, **kwargs: Any) -> Any:  # elig.detail: the scored text of the moved pairs
        elig = eligibility(*args, **kwargs)
        timed(elig, "detail")
        return elig

    plan_mod._eligibility = timed_detail
    folder = WT / f"bench/out/sample_{n}"
    run = setup(None, None, AS_OF, None)
    world = build_world(folder / "pegawai.xlsx", folder / "peta_jabatan.xlsx", run=run)
    world.release_raw()
    for _ in range(repeats):
        spent.clear()
        t0 = time.perf_counter()
        solved = _solve(world, run, [], None)
        t1 = time.perf_counter()
        diklat.plan_training(solved.moves, world.valid_roster, world.positions, run.settings)
        t2 = time.perf_counter()
        spent["plan_training"] = t2 - t1
        spent["make_plan"] = t1 - t0
        solving = ("_retirements", "build_base", "_eligibility", "solve_exact")
        before = sum(spent.get(k, 0.0) for k in solving)
        spent["make_plan after solve_exact"] = t1 - t0 - before
        spent["post_solve+training"] = t2 - t0 - before
        for k, v in spent.items():
            best[k] = min(best.get(k, float("inf")), v)
    for k, v in best.items():
        print(f"{k:32s} {v:7.3f}")


def main() -> int:
    cmd = sys.argv[1]
    if cmd == "dump":
        dump(Path(sys.argv[2]), "--big" in sys.argv, "--limits" in sys.argv)
        return 0
    if cmd == "cmp":
        return cmp(Path(sys.argv[2]), Path(sys.argv[3]))
    if cmd == "time":
        timing(int(sys.argv[2]), int(sys.argv[3]) if len(sys.argv) > 3 else 3)
        return 0
    raise SystemExit(__doc__)


if __name__ == "__main__":
    raise SystemExit(main())
