"""The Rencana Mutasi sheet prints at a readable size: a page per part of the row (who and where from; where to and
why that post; the reason and the decision), each part about a page wide, ID Mutasi on every page (render30, h38).

Fitted two pages wide, the sample plan's sheet (513 character units with Alasan 140 wide) printed at half size:
Calibri 11 came out as ~5.5 pt in LibreOffice, unreadable on the paper the analyst signs.
"""

from __future__ import annotations

import itertools
from pathlib import Path

from openpyxl import load_workbook

from asn_mutasi.config import Settings
from asn_mutasi.io.plan_workbook import write_plan_workbook
from asn_mutasi.io.report_workbook import LINE_HEIGHT, PAGE_WIDTH, lines_needed
from asn_mutasi.planning import make_plan
from asn_mutasi.schema import PLAN_MOVE_COLUMNS
from tests.planning.factory import AS_OF, NO_RETIREMENTS, candidates, nip, positions, roster

#: the widest printed part allowed, in character units: at most this much wider than a page at 100%, so that a page
#: prints at ~80% (Calibri 11 as ~9 pt) or larger
WIDEST_PART = 1.3 * PAGE_WIDTH


def test_moves_print_in_parts_each_about_a_page_wide(tmp_path: Path) -> None:
    pos = positions([("A", "Perawat", "UPT X", 2), ("B", "Perawat", "RSUD", 1)])
    ro = roster([(nip(1), "B"), (nip(2), "B")])
    plan = make_plan(
        ro, pos, candidates([(nip(1), "A", 80, True)]), Settings(), as_of=AS_OF, retirements=NO_RETIREMENTS
    )
    path = tmp_path / "rencana.xlsx"
    write_plan_workbook(plan, path, parameters={"tanggal_acuan": "2026-11-01"})
    ws = load_workbook(path)["Rencana Mutasi"]
    header = [c.value for c in ws[1]]
    assert header == [label for _, label in PLAN_MOVE_COLUMNS]  # every column stays, in its place

    def width(c: int) -> float:  # 0-based; a hidden (folded) column prints nothing
        dims = next((d for d in ws.column_dimensions.values() if d.min <= c + 1 <= (d.max or d.min)), None)
        return 0.0 if dims is None or dims.hidden else float(dims.width)

    starts = sorted(b.id for b in ws.col_breaks.brk)  # a break after column id (1-based): the next part starts there
    assert [header[s] for s in starts] == ["Kode Jabatan Tujuan", "Alasan"]
    assert ws.page_setup.fitToWidth == len(starts) + 1 and ws.print_title_cols == "$A:$A"
    bounds = [0, *starts, len(header)]
    parts = [sum(map(width, range(a, b))) + (width(0) if a else 0.0) for a, b in itertools.pairwise(bounds)]
    assert max(parts) <= WIDEST_PART, parts
    alasan = header.index("Alasan")
    cell = ws.cell(2, alasan + 1)
    assert cell.alignment.wrap_text
    height = ws.row_dimensions[2].height or LINE_HEIGHT
    assert height >= LINE_HEIGHT * lines_needed(cell.value, width(alasan) - 0.71) - 0.01  # the row follows the reason
