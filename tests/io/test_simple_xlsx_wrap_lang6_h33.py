"""The plain workbook (the ledger's audit export) wraps a text by the shared line estimate (lang6, h33).

write_simple_xlsx wrapped a cell when it had more characters than its column was wide: an upper-case name of fewer
letters than the width was cut at the column's edge, a short text with a line break stayed on one line, while the
report workbooks measure each glyph (report_workbook.lines_needed). Both now use the one estimate.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pandas as pd
from openpyxl import load_workbook

from asn_mutasi.io.report_workbook import lines_needed
from asn_mutasi.io.writers import write_simple_xlsx

LOWER = "kepala bidang mutasi dan promosi"  # 32 narrow letters: the sampled width
UPPER = "DINAS PEMBERDAYAAN MASYARAKAT DM"  # as many letters, far wider


def _write(tmp_path: Path, frame: pd.DataFrame) -> tuple[list[float | None], list[bool], float]:
    path = tmp_path / "audit.xlsx"
    write_simple_xlsx(path, {"Data": frame}, overwrite=False)
    ws = load_workbook(path)["Data"]
    heights = [ws.row_dimensions[r].height for r in range(2, ws.max_row + 1)]
    wrapped = [bool(ws.cell(r, 1).alignment.wrap_text) for r in range(2, ws.max_row + 1)]
    return heights, wrapped, float(ws.column_dimensions["A"].width)


def test_an_upper_case_text_past_the_sample_wraps_though_it_has_fewer_letters_than_the_width(tmp_path: Path) -> None:
    frame = pd.DataFrame({"Unit Kerja": [LOWER] * 500 + [UPPER]})
    heights, wrapped, width = _write(tmp_path, frame)
    assert len(UPPER) == len(LOWER) and lines_needed(LOWER, width) == 1 and lines_needed(UPPER, width) == 2
    assert wrapped[-1] and (heights[-1] or 15) >= 30
    assert not any(wrapped[:-1])  # the sampled texts fit their column on one line


def test_a_short_text_with_a_line_break_wraps(tmp_path: Path) -> None:
    heights, wrapped, _ = _write(tmp_path, pd.DataFrame({"Alasan": ["Kepala Bidang\nMutasi", "Setuju"]}))
    assert wrapped == [True, False] and (heights[0] or 15) >= 30


def test_a_sha256_stays_whole_on_one_line(tmp_path: Path) -> None:
    hashes = [hashlib.sha256(str(i).encode()).hexdigest() for i in range(300)]
    heights, wrapped, _ = _write(tmp_path, pd.DataFrame({"SHA-256 Data Pegawai": hashes}))
    assert not any(wrapped) and not any(h and h > 15 for h in heights)
