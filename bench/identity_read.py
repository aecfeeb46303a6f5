"""Check that two versions of the code read and validate inputs identically (issue 10, read side).

Usage (from outside the repository, so PYTHONPATH decides which asn_mutasi is imported):
    PYTHONPATH=<old checkout> python bench/identity_read.py dump OUT_OLD [--big] [--fuzz DIR]
    PYTHONPATH=<new checkout> python bench/identity_read.py dump OUT_NEW [--big] [--fuzz DIR]
    python bench/identity_read.py cmp OUT_OLD OUT_NEW

``dump`` runs ``load_inputs`` (and ``build_world`` for the samples) on sample_data/, the
make_roster samples bench/out/sample_10000 (and sample_100000 with --big), every file of
tests/fixtures/real/ read as roster and as position table, the SSCASN 2024 list when present,
and the files of --fuzz DIR (dirty rosters made by bench/make_fuzz_roster.py); it pickles the
frames, the raw frames, the reader's metadata and the findings, or the error text. ``cmp``
compares frames with ``assert_frame_equal`` (dtypes included, exact) plus the type of every
object cell, findings lists with ``==``, everything else by repr, and prints one line per case.
"""

from __future__ import annotations

import pickle
import sys
from datetime import date
from pathlib import Path

import pandas as pd

WT = Path(__file__).resolve().parents[1]
REAL = WT / "tests/fixtures/real"
FUZZ = Path(sys.argv[sys.argv.index("--fuzz") + 1]) if "--fuzz" in sys.argv else None
SSCASN = Path("/work/shared/data/sscasn-2024/sscasn_data.xlsx")


def cases(big: bool):
    s = WT / "sample_data"
    yield (
        "sample_xlsx",
        dict(pegawai=s / "pegawai.xlsx", jabatan=s / "peta_jabatan.xlsx", abk=s / "abk_tugas.xlsx", world=True),
    )
    yield "sample_csv", dict(pegawai=s / "pegawai.csv", jabatan=s / "peta_jabatan.xlsx", world=True)
    yield "sample_bermasalah", dict(pegawai=s / "pegawai_bermasalah.xlsx", jabatan=s / "peta_jabatan.xlsx")
    yield (
        "s10k",
        dict(
            pegawai=WT / "bench/out/sample_10000/pegawai.xlsx",
            jabatan=WT / "bench/out/sample_10000/peta_jabatan.xlsx",
            world=True,
        ),
    )
    yield (
        "s10k_csv",
        dict(
            pegawai=WT / "bench/out/sample_10000/pegawai.csv", jabatan=WT / "bench/out/sample_10000/peta_jabatan.xlsx"
        ),
    )
    if big:
        yield (
            "s100k",
            dict(
                pegawai=WT / "bench/out/sample_100000/pegawai.xlsx",
                jabatan=WT / "bench/out/sample_100000/peta_jabatan.xlsx",
                world=True,
            ),
        )
    for f in sorted(FUZZ.iterdir()) if FUZZ else []:
        if "peta" in f.name:
            yield "fuzz_" + f.name, dict(pegawai=s / "pegawai.xlsx", jabatan=f)
        else:
            yield "fuzz_" + f.name, dict(pegawai=f, jabatan=s / "peta_jabatan.xlsx")
            yield "fuzzinst_" + f.name, dict(pegawai=f, jabatan=None, instansi="Dinas Fuzz")
    for f in sorted(REAL.iterdir()):
        if f.suffix in (".py", ".md"):
            continue
        yield "real_peg_" + f.name, dict(pegawai=f, jabatan=None)
        yield "real_jab_" + f.name, dict(pegawai=s / "pegawai.xlsx", jabatan=f)
    if SSCASN.exists():
        yield "sscasn", dict(pegawai=s / "pegawai.xlsx", jabatan=SSCASN)


def run(case):
    from asn_mutasi.api.inputs import ReadOptions, build_world, load_inputs, setup
    from asn_mutasi.config import load_settings

    settings = load_settings(None)
    opts = ReadOptions(limits=settings.baca, instansi=case.get("instansi"))
    out = {}
    try:
        inp = load_inputs(
            case["pegawai"], case["jabatan"], opts=opts, settings=settings, today=date(2026, 11, 1), abk=case.get("abk")
        )
        out["roster"] = inp.roster.frame
        out["roster_raw"] = inp.roster.raw.frame
        out["roster_orig"] = inp.roster.raw.original_frame
        out["roster_meta"] = (
            inp.roster.raw.skipped,
            inp.roster.raw.columns,
            inp.roster.raw.preamble,
            inp.roster.raw.source,
            inp.roster.raw.unmapped,
            inp.roster.raw.original_headers,
        )
        if inp.positions is not None:
            out["pos"] = inp.positions.frame
            out["pos_raw"] = inp.positions.raw.frame
            out["pos_orig"] = inp.positions.raw.original_frame
            out["pos_meta"] = (
                inp.positions.raw.skipped,
                inp.positions.raw.columns,
                inp.positions.raw.preamble,
                inp.positions.raw.source,
                inp.positions.abk,
            )
        out["findings"] = inp.findings
    except Exception as exc:
        out["error"] = f"{type(exc).__name__}: {exc}"
    if case.get("world"):
        try:
            run_ = setup(ReadOptions(), settings, date(2026, 11, 1), None)
            w = build_world(case["pegawai"], case["jabatan"], run=run_, abk=case.get("abk"))
            out["world_roster"] = w.roster
            out["world_pos"] = w.positions
            out["world_findings"] = w.findings
        except Exception as exc:
            out["world_error"] = f"{type(exc).__name__}: {exc}"
    return out


def dump(dest, big):
    dest = Path(dest)
    dest.mkdir(parents=True, exist_ok=True)
    import asn_mutasi

    print("code:", asn_mutasi.__file__)
    for name, case in cases(big):
        res = run(case)
        with open(dest / f"{name}.pkl", "wb") as fh:
            pickle.dump(res, fh)
        print(name, "error" if "error" in res else "ok", len(res.get("findings", [])))


def cmp(a, b):
    a, b = Path(a), Path(b)
    bad = 0
    for fa in sorted(a.glob("*.pkl")):
        fb = b / fa.name
        if not fb.exists():
            print("MISSING", fa.name)
            bad += 1
            continue
        ra, rb = pickle.loads(fa.read_bytes()), pickle.loads(fb.read_bytes())
        problems = []
        if set(ra) != set(rb):
            problems.append(f"keys {sorted(ra)} vs {sorted(rb)}")
        for k in ra:
            if k not in rb:
                continue
            va, vb = ra[k], rb[k]
            if isinstance(va, pd.DataFrame):
                try:
                    pd.testing.assert_frame_equal(va, vb, check_dtype=True, check_exact=True)
                    # also object cell types
                    for col in va.columns:
                        if va[col].dtype == object:
                            ta = [type(x) for x in va[col].tolist()]
                            tb = [type(x) for x in vb[col].tolist()]
                            if ta != tb:
                                i = next(i for i, (x, y) in enumerate(zip(ta, tb, strict=False)) if x is not y)
                                problems.append(f"{k}.{col} cell type row {i}: {ta[i]} vs {tb[i]}")
                except AssertionError as exc:
                    problems.append(f"{k}: {str(exc)[:600]}")
            elif k in ("findings", "world_findings"):
                if va != vb:
                    n = next((i for i, (x, y) in enumerate(zip(va, vb, strict=False)) if x != y), min(len(va), len(vb)))
                    problems.append(
                        f"{k}: len {len(va)} vs {len(vb)}; first diff at {n}: {va[n] if n < len(va) else None!r} vs {vb[n] if n < len(vb) else None!r}"
                    )
            else:
                if repr(va) != repr(vb):
                    problems.append(f"{k}: {repr(va)[:300]} vs {repr(vb)[:300]}")
        status = "SAME" if not problems else "DIFF"
        bad += bool(problems)
        print(f"{status} {fa.stem} ({len(ra.get('findings', []))} findings{', error' if 'error' in ra else ''})")
        for p in problems:
            print("   ", p)
    print("differences:", bad)
    return bad


if __name__ == "__main__":
    if sys.argv[1] == "dump":
        dump(sys.argv[2], "--big" in sys.argv)
    else:
        sys.exit(1 if cmp(sys.argv[2], sys.argv[3]) else 0)
