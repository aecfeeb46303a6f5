"""Hostile and odd input, round 9 (hostile9, h32)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from asn_mutasi.findings import make_finding
from asn_mutasi.io.readers import read_table
from asn_mutasi.validation import prepare_roster


@pytest.mark.parametrize("unit", [float("nan"), np.float64("nan"), pd.NA, pd.NaT, None, " "])
def test_a_missing_unit_is_said_as_no_unit(unit: object) -> None:
    """A NaN or pd.NA unit read "di unit 'nan'" / "di unit '<NA>'": every missing value is no unit."""
    message = make_finding("jabatan-tidak-ditemukan", jabatan="Lurah", unit_kerja=unit).message
    assert message.startswith("Jabatan 'Lurah' (tanpa unit kerja) tidak ada di peta jabatan")
    assert "nan" not in message.lower() and "<NA>" not in message


def test_a_named_unit_is_still_quoted() -> None:
    message = make_finding("jabatan-tidak-ditemukan", jabatan="Lurah", unit_kerja="Kelurahan Nan").message
    assert "di unit 'Kelurahan Nan'" in message


def _prepared(tmp_path: Path, body: str) -> object:
    roster = tmp_path / "pegawai.csv"
    roster.write_text("NIP,Nama,Tanggal Lahir,Jabatan,Unit Kerja\n" + body)
    return prepare_roster(read_table(roster, "pegawai"), today=date(2026, 11, 1))


def test_the_nip_owner_is_chosen_on_birth_dates_read_in_the_files_order(tmp_path: Path) -> None:
    """A month-first file (two "12/31/…" cells prove it): one person twice under NIP 19850509…, born "05/10/1985"
    (a typo) and "05/09/1985" (9 May, the NIP's date). The duplicate rules read both day-first before rule_dates
    settled the order, so neither row was the NIP's owner and the later, right row was left out as another person."""
    prepared = _prepared(
        tmp_path,
        "197512312010011001,Andi,12/31/1975,Analis,Umum\n"
        "197612302011042002,Sri,12/30/1976,Analis,Umum\n"
        "198505092010011003,Budi Santoso,05/10/1985,Analis,Umum\n"
        "198505092010011003,Budi Santoso,05/09/1985,Analis,Umum\n",
    )
    frame = prepared.frame  # type: ignore[attr-defined]
    assert frame["tanggal_lahir"].iloc[3].date() == date(1985, 5, 9)  # the file is month-first
    status = dict(zip(frame["_baris"], frame["_status"], strict=True))
    assert status[5] == "valid" and status[4] != "valid"
    reason = frame.loc[frame["_baris"] == 4, "_alasan"].iloc[0]
    assert "tanggal lahir lain" not in reason and "sama dengan baris 5" in reason


def test_a_lost_birth_digit_is_found_with_the_birth_date_in_the_files_order(tmp_path: Path) -> None:
    """A 17-digit NIP missing the 8th digit: the note naming the full NIP read the birth date day-first in a
    month-first file ("09/15/1985" unreadable so), so it found no lost digit."""
    prepared = _prepared(
        tmp_path,
        "197512312010011001,Andi,12/31/1975,Analis,Umum\n"
        "197612302011042002,Sri,12/30/1976,Analis,Umum\n"
        "19850912010011003,Budi,09/15/1985,Analis,Umum\n",
    )
    said = [f.message for f in prepared.findings if f.code == "nip-tidak-valid"]  # type: ignore[attr-defined]
    assert any("19850915" in m and "hilang" in m for m in said)


def test_a_nip_written_with_the_persons_kind_is_read_and_the_note_said_once(tmp_path: Path) -> None:
    """ "…/PNS", "… pns/pppk" were refused; read now, and the note taken off said once for the column, so the analyst
    knows it was not read as the person's status."""
    prepared = _prepared(
        tmp_path,
        "198501012010011001/PNS,Andi,01-01-1985,Analis,Umum\n"
        "198602022011042002 pns/pppk,Sri,02-02-1986,Analis,Umum\n"
        "198703032012071003,Budi,03-03-1987,Analis,Umum\n",
    )
    frame = prepared.frame  # type: ignore[attr-defined]
    assert frame["_status"].tolist() == ["valid"] * 3
    assert frame["nip"].tolist()[:2] == ["198501012010011001", "198602022011042002"]
    said = [f for f in prepared.findings if f.code == "nip-berketerangan-jenis"]  # type: ignore[attr-defined]
    assert [(f.location.row, f.location.value) for f in said] == [(2, "198501012010011001/PNS")]
    assert said[0].message.startswith("2 NIP ditulis dengan keterangan jenis pegawai")


def test_the_kind_note_search_skips_only_columns_no_kind_word_can_be_in() -> None:
    """The kind-note search looks at the cells only when their texts hold a P (speed9, h33): every kind word
    ``KIND_AT_END`` takes off holds one, and no character but "p" and "P" matches a P ignoring case; a note in
    lower case, or a cell that is no text, is still searched."""
    import sys

    from asn_mutasi.domain.nip import KIND_AT_END
    from asn_mutasi.validation import _may_hold_kind_word

    assert [c for c in range(sys.maxunicode + 1) if c not in (0x50, 0x70) and KIND_AT_END.search(f"1{chr(c)}3k")] == []
    for word in ("pns", "CPNS", "pppk", "P3K", "pns paruh waktu"):
        assert KIND_AT_END.search(f"198501012010011001/{word}")
        assert _may_hold_kind_word(np.array(["198501012010011001", f"198501012010011001 ({word})"], dtype=object))
    assert not _may_hold_kind_word(np.array(["198501012010011001", "198602022011042002 (cnsk)"], dtype=object))
    assert _may_hold_kind_word(np.array(["198501012010011001", 198501012010011001], dtype=object))
