"""A Persetujuan sheet edited by hand: a million empty ``<row r="N"/>`` tags, then one value. openpyxl parsed every
tag and :func:`read_approval_sheet` visited every row (12 fields each), past 120 s for ``terapkan`` and ``surat``;
the rows read now are those the guard saw holding cells (hostile29, h37)."""

from __future__ import annotations

import re
import zipfile
from datetime import date, datetime
from pathlib import Path

import pytest

import asn_mutasi as am
from asn_mutasi.io import approval_sheet
from asn_mutasi.io.open_workbook import sheet_entries
from asn_mutasi.rollout.stages import APPROVAL_SHEET, STAGE_COLUMNS

ROOT = Path(__file__).resolve().parents[2]
EMPTY = 100_000


@pytest.fixture(scope="module")
def plan(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("plan") / "r.xlsx"
    sample = ROOT / "sample_data"
    am.plan(
        pegawai=sample / "pegawai.xlsx", jabatan=sample / "peta_jabatan.xlsx", output=out, tanggal=date(2026, 11, 1)
    )
    return out


def _padded(plan: Path, dst: Path) -> int:
    """``plan`` with :data:`EMPTY` empty row tags after the Persetujuan rows and one Catatan after them; its row."""
    entry = sheet_entries(plan)[APPROVAL_SHEET]
    far = 0
    with zipfile.ZipFile(plan) as zi, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zo:
        for info in zi.infolist():
            data = zi.read(info)
            if info.filename == entry:
                last = max(int(m) for m in re.findall(rb'<row r="(\d+)"', data))
                far = last + EMPTY + 1
                pad = b"".join(b'<row r="%d"/>' % r for r in range(last + 1, far))
                one = f'<row r="{far}"><c r="A{far}" t="inlineStr"><is><t>catatan</t></is></c></row>'.encode()
                data = data.replace(b"</sheetData>", pad + one + b"</sheetData>")
            zo.writestr(info, data)
    return far


def test_empty_row_tags_are_not_visited(plan: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = approval_sheet.read_approval_sheet(plan)
    assert before is not None and len(before)
    dst = tmp_path / "padded.xlsx"
    far = _padded(plan, dst)
    calls = []
    real = approval_sheet.cell_text
    monkeypatch.setattr(approval_sheet, "cell_text", lambda v: calls.append(1) or real(v))
    after = approval_sheet.read_approval_sheet(dst)
    assert after is not None
    assert len(calls) <= (len(before) + 1) * len(STAGE_COLUMNS)  # (1.2 million when every empty row was visited)
    assert len(after) == len(before) + 1  # the value past the empty rows is read, at its row
    assert after["_baris"].iloc[-1] == far and after["id_mutasi"].iloc[-1] == "catatan"
    assert after.iloc[:-1].reset_index(drop=True).equals(before.reset_index(drop=True))


def test_a_typed_date_stays_a_date(plan: Path, tmp_path: Path) -> None:
    """Tanggal typed as a date (at midnight) comes back as a datetime, as openpyxl read it."""
    from openpyxl import load_workbook

    wb = load_workbook(plan)
    ws = wb[APPROVAL_SHEET]
    col = [c.value for c in ws[1]].index(dict(STAGE_COLUMNS)["tanggal"]) + 1
    ws.cell(row=2, column=col).value = datetime(2026, 11, 3)
    edited = tmp_path / "edited.xlsx"
    wb.save(edited)
    got = approval_sheet.read_approval_sheet(edited)
    assert got is not None
    first = got[got["_baris"] == 2]["tanggal"].iloc[0]
    assert isinstance(first, datetime) and first == datetime(2026, 11, 3)
