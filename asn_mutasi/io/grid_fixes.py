"""Grid repairs that need the header row: merged cells over data rows, a header row named by the user.

A merged cell spanning several data rows (one unit name merged down beside its
employees) leaves only its first row filled in the sheet XML; the rows below would read
as empty. :func:`fill_merged_down` copies the value into each row the merge covers and
reports it with an info finding. :func:`header_view` lets the user name the header row
(``baris_judul``, CLI ``--baris-judul N``) when detection cannot find it — for instance
a header on row 25 under a long title block.
"""

from __future__ import annotations

from collections.abc import Sequence

from asn_mutasi.errors import InputError
from asn_mutasi.findings import Finding, Location, make_finding
from asn_mutasi.io.headers import MergedRange, column_letter


def fill_merged_down(
    rows: list[list[object]],
    merged: Sequence[MergedRange],
    data_start: int,
    *,
    file: str,
    sheet: str | None,
    numbers: bool = True,
) -> list[Finding]:
    """Fill each merged range that starts at or below ``data_start`` and spans rows; return info findings.

    With ``numbers`` False (a position table) a number merged over exactly the rows a text cell is merged over (a
    post's name over its holders' rows) is left in its first row only: "Jumlah ABK 6" merged over a post's 4 holder
    rows was copied to each and summed, kebutuhan 24 (real-files campaign, h24); a kelas merged over several posts
    (their names not merged together) is still filled for each. A range written twice
    counts once, and a cell a range above already filled is not visited again (only blanks
    are filled, so it would keep its value): the work is bounded by the sheet's cells however many ranges overlap
    (30,000 copies of one tall range in a 4 KB file took 5.5 minutes; hostile-input campaign, h24).
    """
    findings = []
    covered: dict[int, int] = {}  #: per column, the last row a range already reached
    ranges = sorted(set(merged), key=lambda m: (m[0][1], m[0][0], m[1]))
    one_post = set() if numbers else _text_blocks(rows, ranges)
    for (r0, c0), (r1, c1) in ranges:
        if r1 <= r0 or r0 < data_start or r0 >= len(rows):
            continue
        value = rows[r0][c0] if c0 < len(rows[r0]) else None
        if value in (None, "") or (_is_number(value) and (r0, r1) in one_post):
            continue  # (a post's number merged over its holders' rows, beside its merged name: one figure)
        start = max(r0 + 1, covered.get(c0, -1) + 1)
        covered[c0] = max(covered.get(c0, -1), r1)
        for r in range(start, min(r1, len(rows) - 1) + 1):
            row = rows[r]
            if len(row) <= c0:
                row.extend([None] * (c0 + 1 - len(row)))
            if row[c0] in (None, ""):
                row[c0] = value
        letter = column_letter(c0)
        span = f"{letter}{r0 + 1}:{column_letter(c1)}{r1 + 1}"
        loc = Location(file=file, sheet=sheet, row=r0 + 1, column=letter)
        findings.append(make_finding("sel-gabung-diisi", loc, rentang=span))
    return findings


def blank_continuation_rows(
    rows: list[list[object]],
    merged: Sequence[MergedRange],
    data_start: int,
    nip_col: int,
    findings: list[Finding],
    where: Location,
) -> list[int]:
    """Blank the rows a roster's NIP cell is merged over below its first, and return them (0-based).

    A Daftar Nominatif printed as an HTML table merges a person's cells (``rowspan``) over one row per further
    training course or history entry (a Basarnas SIMPEG's ``nominatif_pegawai`` view lists each "Diklat Teknis" on a
    row of its own): :func:`fill_merged_down` copied the person into each, read as two people with one NIP (nip-ganda,
    the person counted twice; real19, h33). A NIP merged over rows is one person: the rows under its first are that
    person's continuation, their own cells (the further courses) no person's data. Their ``sel-gabung-diisi`` findings
    (the person's cells merged over exactly those rows) are dropped, one ``pegawai-baris-lanjutan`` says it instead.
    """
    spans = {
        (r0, r1)
        for (r0, c0), (r1, c1) in merged
        if c0 <= nip_col <= c1 and data_start <= r0 < r1 < len(rows) and _holds_nip(rows[r0], c0)
    }
    if not spans:
        return []
    blanked = sorted({r for r0, r1 in spans for r in range(r0 + 1, r1 + 1)})
    for r in blanked:
        rows[r] = [None] * len(rows[r])
    same = {(r0 + 1, column_letter(c0)) for (r0, c0), (r1, _) in merged if (r0, r1) in spans}
    findings[:] = [
        f for f in findings if not (f.code == "sel-gabung-diisi" and (f.location.row, f.location.column) in same)
    ]
    shown = ", ".join(str(r + 1) for r in blanked[:5]) + (", …" if len(blanked) > 5 else "")
    loc = Location(file=where.file, sheet=where.sheet, row=blanked[0] + 1, column=column_letter(nip_col))
    findings.append(make_finding("pegawai-baris-lanjutan", loc, jumlah=len(blanked), contoh=shown))
    return blanked


def _holds_nip(row: list[object], col: int) -> bool:
    """Whether a merged cell holds a NIP (a page header repeated mid-table merges its "NIP" label over two rows: no
    person, its second row is that header's)."""
    from asn_mutasi.domain.nip import NipError, normalize_nip

    try:
        normalize_nip(row[col] if col < len(row) else None)
    except NipError:
        return False
    return True


def _is_number(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _text_blocks(rows: list[list[object]], ranges: Sequence[MergedRange]) -> set[tuple[int, int]]:
    """The row spans over which a text cell is merged (a post's name over its holders' rows)."""
    out = set()
    for (r0, c0), (r1, _) in ranges:
        cell = rows[r0][c0] if r0 < len(rows) and c0 < len(rows[r0]) else None
        if r1 > r0 and isinstance(cell, str) and cell.strip():
            out.add((r0, r1))
    return out


def header_view(rows: list[list[object]], header_row: int, where: str) -> tuple[list[list[object]], int]:
    """Rows with everything above the 1-based ``header_row`` blanked, and the scan depth to use.

    Shallow: the data rows are the same list objects, so later fixes still apply to them.
    """
    if header_row < 1 or header_row > len(rows):
        raise InputError(f"Baris judul {header_row} di luar data {where} (ada {len(rows)} baris)")
    blank: list[object] = []
    return [blank] * (header_row - 1) + rows[header_row - 1 :], header_row + 1
