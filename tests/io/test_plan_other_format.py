"""A plan workbook saved by LibreOffice in its own format is named as such, not as a damaged file (hostile8, h28)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from asn_mutasi.errors import InputError
from asn_mutasi.io.approval_sheet import open_plan_workbook


def test_an_ods_plan_is_asked_to_be_saved_as_xlsx_and_a_broken_xlsx_is_still_damaged(tmp_path: Path) -> None:
    """``pl/lo_ods/ok.ods`` (the approved plan saved as .ods) read "berkasnya rusak atau bukan workbook Excel"."""
    ods = tmp_path / "rencana.ods"
    with pd.ExcelWriter(ods, engine="odf") as writer:
        pd.DataFrame({"ID Mutasi": ["M0001"], "Keputusan": ["Setuju"]}).to_excel(writer, sheet_name="Rencana Mutasi")
    with pytest.raises(InputError) as err:
        open_plan_workbook(ods)
    assert ".ods (LibreOffice), bukan .xlsx" in err.value.message and "simpan sebagai .xlsx" in (err.value.hint or "")
    broken = tmp_path / "rencana.xlsx"
    broken.write_bytes(b"PK\x03\x04" + b"\x00" * 200)  # a zip header and nothing else: damaged
    with pytest.raises(InputError) as err:
        open_plan_workbook(broken)
    assert "rusak" in err.value.message


@pytest.mark.parametrize("name", ["rencana.xls", "rencana.csv", "rencana"])
def test_a_plan_workbook_is_opened_by_its_content_whatever_its_name(tmp_path: Path, name: str) -> None:
    """An .xlsx plan named .xls or .csv, or with no suffix (a mail client's attachment), was "rusak atau bukan
    workbook Excel": openpyxl refuses a file by its name (hostile2, h30)."""
    path = tmp_path / name
    with pd.ExcelWriter(path, engine="openpyxl") as writer:
        pd.DataFrame({"ID Mutasi": ["M0001"]}).to_excel(writer, sheet_name="Rencana Mutasi", index=False)
    wb = open_plan_workbook(path)
    try:
        assert wb.sheetnames == ["Rencana Mutasi"]
    finally:
        wb.close()


def test_a_plan_saved_as_text_is_named_as_such(tmp_path: Path) -> None:
    """The Rencana Mutasi sheet saved as CSV (and named .xlsx) was "berkasnya rusak": it is text, which holds none of
    the hidden sheet and parameters a plan needs."""
    path = tmp_path / "rencana.xlsx"
    path.write_text("ID Mutasi,Keputusan\nM0001,Setuju\n", encoding="utf-8")
    with pytest.raises(InputError) as err:
        open_plan_workbook(path)
    assert "teks (CSV), bukan .xlsx" in err.value.message and "rusak" not in err.value.message
