"""The start-up hold of the collector (speed21, :func:`asn_mutasi.gc_pause.hold_start_up`) ends at the first bulk step
with :func:`gc.freeze`, which also froze the garbage made before it: ``surat`` and ``terapkan`` read the plan workbook
held, and its XML elements (about 60 per move) were frozen, never collected, for the rest of the run (``surat`` on the
shipped sample: 203 MB peak where the run without the hold took 192 MB; reviewB, h37). Reading a plan workbook is a
bulk step of its own now."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_SCRIPT = """
import gc, sys
from datetime import date
import asn_mutasi as am
from asn_mutasi import gc_pause
from asn_mutasi.io.approval_sheet import read_approval_sheet
from asn_mutasi.io.plan_workbook import read_plan_workbook

sample, out = sys.argv[1], sys.argv[2]
am.plan(pegawai=sample + "/pegawai.xlsx", jabatan=sample + "/peta_jabatan.xlsx", output=out, tanggal=date(2026, 11, 1))
gc.collect()
gc_pause.hold_start_up()  # as the command line starts
read_plan_workbook(out)  # as surat and terapkan read the plan before they read the roster
read_approval_sheet(out)
with gc_pause.gc_paused():  # the roster's read
    pass
gc.collect()  # what the collector can reach is gone; what was frozen is not
gc.unfreeze()
gc.set_debug(gc.DEBUG_SAVEALL)
gc.collect()
print(sum(type(o).__name__ == "Element" for o in gc.garbage))
"""


def test_a_plan_read_before_the_first_bulk_step_leaves_no_frozen_garbage(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-c", _SCRIPT, str(ROOT / "sample_data"), str(tmp_path / "r.xlsx")],
        capture_output=True, text=True, check=False, cwd=tmp_path, timeout=300,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    assert int(done.stdout.split()[-1]) < 100  # (13,000 XML elements of the sample plan were frozen)
