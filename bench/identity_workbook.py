"""Check that two versions of the workbook writers write the same workbooks (issue 10 item 7, write side).

Usage:
    python bench/identity_workbook.py --ref <old checkout> [--sizes 10000 100000] [--keep DIR]

Each case is written twice, once by the code of ``--ref`` and once by this checkout (a child
process each, ``PYTHONPATH`` deciding which ``asn_mutasi`` is imported), from the same input:

* ``plan``: ``io.plan_workbook.write_plan_workbook`` of the plan solved for sample_data/ (training
  sheet included) and of bench/out/sample_N/ for every ``--sizes`` N (the plan pickled once by
  bench/bench_outputs.py, so both versions write the very same plan);
* ``check``, ``vacancies``, ``workload``, ``match``: the CLI on sample_data/ (the table writer in
  its constant-memory mode and the other workbooks sharing report_workbook.py).

Then the two files are compared twice over:

1. every part of the zip after unzipping, byte for byte (sheets, shared strings, styles,
   charts, drawings, data validations, print setup), the only allowed difference being the
   creation time in docProps/core.xml and the "waktu pembuatan" minute of the Parameter sheet;
2. through openpyxl: per sheet its state, dimensions, merged ranges, freeze panes, auto filter,
   column widths / hidden / outline, row heights / hidden, data validations, and every cell's
   value, type, font, fill, border, alignment, number format and protection.

One line per case with the number of differences (the first few are printed); exit 1 on any.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SAMPLE = ROOT / "sample_data"
AS_OF = "2026-11-01"

#: child process: write the plan workbook of a pickled plan (bench_outputs.solved's format)
WRITE_PLAN = """
import pickle, sys
from pathlib import Path
from asn_mutasi.io.plan_workbook import write_plan_workbook
with open(sys.argv[1], "rb") as fh:
    data = pickle.load(fh)
write_plan_workbook(data["plan"], Path(sys.argv[2]), parameters=data["parameters"], input_files=data["files"],
                    findings=data["findings"], overwrite=True, training=data["training"])
"""

#: child process: solve sample_data's plan and pickle it like bench_outputs.solved
SOLVE_SAMPLE = """
import pickle, sys
from datetime import date
from pathlib import Path
import asn_mutasi.api.plan as api
s = Path(sys.argv[1])
r = api.plan(pegawai=s / "pegawai.xlsx", jabatan=s / "peta_jabatan.xlsx", abk=s / "abk_tugas.xlsx",
             tanggal=date(2026, 11, 1))
data = {"plan": r.plan, "findings": r.findings, "parameters": r.parameters, "training": r.training,
        "files": [(str(p), "0" * 64) for p in r.world.files]}
with open(sys.argv[2], "wb") as fh:
    pickle.dump(data, fh)
"""

#: the Parameter sheet's creation time (minutes) and core.xml's timestamps
_MINUTE = re.compile(rb"\d{2}-\d{2}-\d{4} \d{2}:\d{2}")
_CORE_TIME = re.compile(rb"<dcterms:(created|modified)[^>]*>[^<]*</dcterms:\1>")


def run(code: list[str], pythonpath: Path, cwd: Path, *, ok: tuple[int, ...] = (0,)) -> None:
    """Run ``python code`` with ``pythonpath``'s asn_mutasi; ``ok``: the exit codes that are no failure."""
    env = {**os.environ, "PYTHONPATH": str(pythonpath)}
    done = subprocess.run([sys.executable, *code], env=env, cwd=cwd, capture_output=True, text=True)
    if done.returncode not in ok:
        raise SystemExit(f"{' '.join(code[:4])} failed under {pythonpath}:\n{done.stderr[-3000:]}")


def cli(command: str, out: Path) -> list[str]:
    p, j = str(SAMPLE / "pegawai.xlsx"), str(SAMPLE / "peta_jabatan.xlsx")
    common = ["-o", str(out), "--timpa", "--tanggal", AS_OF]
    args = {
        "check": [str(SAMPLE / "pegawai_bermasalah.xlsx"), j],
        "vacancies": [p, j],
        "workload": [p, j, "--abk", str(SAMPLE / "abk_tugas.xlsx")],
        "match": [p, j, "--top", "3"],
    }[command]
    return ["-m", "asn_mutasi", command, *args, *common]


def zip_differences(old: Path, new: Path) -> list[str]:
    """Differences between the unzipped parts (creation times aside)."""
    out: list[str] = []
    with zipfile.ZipFile(old) as a, zipfile.ZipFile(new) as b:
        names_a, names_b = a.namelist(), b.namelist()
        if names_a != names_b:
            out.append(f"parts differ: {names_a} vs {names_b}")
        for name in names_a:
            if name not in names_b:
                continue
            x, y = a.read(name), b.read(name)
            if name == "docProps/core.xml":
                x, y = _CORE_TIME.sub(b"", x), _CORE_TIME.sub(b"", y)
            if name == "xl/sharedStrings.xml":
                x, y = _MINUTE.sub(b"<minute>", x), _MINUTE.sub(b"<minute>", y)
            if x != y:
                at = next((i for i, (p, q) in enumerate(zip(x, y, strict=False)) if p != q), min(len(x), len(y)))
                out.append(
                    f"{name}: {len(x)} vs {len(y)} bytes, first difference at byte {at}: {x[at - 60 : at + 60]!r}"
                )
    return out


def _style(cell: Any) -> tuple[Any, ...]:
    return (
        repr(cell.font),
        repr(cell.fill),
        repr(cell.border),
        repr(cell.alignment),
        cell.number_format,
        repr(cell.protection),
    )


def _print_setup(ws: Any) -> tuple[Any, ...]:
    fit = ws.sheet_properties.pageSetUpPr
    return (
        ws.print_title_rows,
        ws.print_title_cols,
        dict(ws.page_setup),
        dict(ws.print_options),
        dict(ws.page_margins),
        dict(fit) if fit else None,
        ws.sheet_view.showGridLines,
        [b.id for b in ws.row_breaks.brk],
        (ws.oddFooter.left.text, ws.oddFooter.center.text, ws.oddFooter.right.text),
    )


def openpyxl_differences(old: Path, new: Path) -> list[str]:
    """Differences as openpyxl reads the two workbooks (see the module docstring)."""
    from openpyxl import load_workbook

    out: list[str] = []
    a, b = load_workbook(old), load_workbook(new)
    if a.sheetnames != b.sheetnames:
        return [f"sheets differ: {a.sheetnames} vs {b.sheetnames}"]
    for name in a.sheetnames:
        x, y = a[name], b[name]
        facts = {
            "state": (x.sheet_state, y.sheet_state),
            "dimensions": (x.dimensions, y.dimensions),
            "merged": (sorted(map(str, x.merged_cells.ranges)), sorted(map(str, y.merged_cells.ranges))),
            "freeze": (x.freeze_panes, y.freeze_panes),
            "autofilter": (x.auto_filter.ref, y.auto_filter.ref),
            "columns": tuple(
                {
                    k: (d.width, d.hidden, d.outlineLevel, d.collapsed, d.min, d.max)
                    for k, d in s.column_dimensions.items()
                }
                for s in (x, y)
            ),
            "rows": tuple(
                {k: (d.ht, d.hidden, d.outlineLevel) for k, d in s.row_dimensions.items() if d.ht or d.hidden}
                for s in (x, y)
            ),
            "validations": tuple(
                [
                    (str(v.sqref), v.type, v.formula1, v.promptTitle, v.prompt, v.errorTitle, v.error)
                    for v in s.data_validations.dataValidation
                ]
                for s in (x, y)
            ),
            "protection": (repr(x.protection), repr(y.protection)),
            "print": tuple(_print_setup(s) for s in (x, y)),
            "charts": (len(x._charts), len(y._charts)),
        }
        out += [f"{name}: {k} differ" for k, (p, q) in facts.items() if p != q]
        for row_x, row_y in zip(x.iter_rows(), y.iter_rows(), strict=False):
            for cx, cy in zip(row_x, row_y, strict=False):
                vx, vy = cx.value, cy.value
                if name == "Parameter" and isinstance(vx, str) and _MINUTE.fullmatch(vx.encode()):
                    vx = vy = None
                if (vx, cx.data_type) != (vy, cy.data_type) or _style(cx) != _style(cy):
                    out.append(f"{name}!{cx.coordinate}: {vx!r} ({cx.data_type}) vs {vy!r} ({cy.data_type})")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ref", type=Path, required=True, help="the old checkout (its asn_mutasi is imported)")
    parser.add_argument("--sizes", nargs="*", type=int, default=[10_000, 100_000])
    parser.add_argument("--keep", type=Path, help="keep the written workbooks in this folder")
    args = parser.parse_args()
    sys.path.insert(0, str(HERE))
    from bench_outputs import solved

    work = args.keep or Path(tempfile.mkdtemp(prefix="identity-workbook-"))
    work.mkdir(parents=True, exist_ok=True)
    sample = work / "sample_plan.pickle"
    run(["-c", SOLVE_SAMPLE, str(SAMPLE), str(sample)], ROOT, work)
    cases: list[tuple[str, list[str]]] = [("plan sample_data", ["-c", WRITE_PLAN, str(sample)])]
    for n in args.sizes:
        solved(n)  # pickled once in bench/out/sample_N/
        pickled = HERE / "out" / f"sample_{n}" / "plan_result.pickle"
        cases.append((f"plan sample_{n}", ["-c", WRITE_PLAN, str(pickled)]))
    cases += [(command, ["cli", command]) for command in ("check", "vacancies", "workload", "match")]
    failed = False
    for name, code in cases:
        files = []
        for side, root in (("ref", args.ref.resolve()), ("new", ROOT)):
            target = work / f"{name.replace(' ', '_')}.{side}.xlsx"
            argv = cli(code[1], target) if code[0] == "cli" else [*code, str(target)]
            run(argv, root, work, ok=(0, 1) if code[0] == "cli" else (0,))  # check exits 1 on galat findings
            files.append(target)
        diffs = zip_differences(*files) + openpyxl_differences(*files)
        failed |= bool(diffs)
        sizes = " vs ".join(f"{f.stat().st_size:,}" for f in files)
        print(f"{name:22s} {len(diffs)} differences  (bytes {sizes})", flush=True)
        for line in diffs[:8]:
            print(f"    {line}")
    print(f"workbooks in {work}")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
