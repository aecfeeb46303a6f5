"""Regular expressions of rare paths (a hostile workbook's XML, a NIP in scientific notation, a tree-shaped peta
jabatan) are compiled on first use, not when the core is imported: 353 were compiled at import, 138 of them never used
by periksa or rencana on the sample (tidy28, h38)."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_COUNT = """
import re, sys
compile = re.compile
count = 0
def counted(pattern, flags=0):
    global count
    frame = sys._getframe(1)
    if frame.f_code.co_name == "<module>" and "asn_mutasi" in frame.f_code.co_filename:
        count += 1
    return compile(pattern, flags)
re.compile = counted
import asn_mutasi.api.check, asn_mutasi.api.plan, asn_mutasi.io.guard, asn_mutasi.io.sheet_layout
print(count)
"""


def test_importing_the_core_compiles_only_the_patterns_a_typical_run_uses() -> None:
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(_COUNT)], cwd=ROOT, capture_output=True, text=True, check=True,
        timeout=300, env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
    )  # fmt: skip
    assert int(done.stdout.split()[-1]) <= 215  # 276 before (periksa's and rencana's modules), done.stdout


def test_a_lazy_pattern_is_compiled_once() -> None:
    from asn_mutasi.domain import nip

    assert nip._SCIENTIFIC() is nip._SCIENTIFIC()
