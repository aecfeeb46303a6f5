"""Hostile and odd input, round 10 (hostile10, h32)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from cli_helpers import EXIT_OK, JABATAN_XLSX, PEGAWAI_XLSX, TANGGAL, expect, run

from asn_mutasi.domain.nip import kind_note
from asn_mutasi.io.readers import read_table
from asn_mutasi.validation import prepare_roster


def _prepared(tmp_path: Path, body: str) -> object:
    roster = tmp_path / "pegawai.csv"
    roster.write_text("NIP,Nama,Status Pegawai,Tanggal Lahir,Jabatan,Unit Kerja\n" + body)
    return prepare_roster(read_table(roster, "pegawai"), today=date(2026, 11, 1))


def test_a_kind_note_against_the_nips_digits_and_the_status_is_one_warning(tmp_path: Path) -> None:
    """ "198501012010011001/PPPK" (a PNS-shaped number, month 01, TMT 2010) beside status PNS: the note was taken off
    without a word; one warning names both contradictions, and the NIP and status stay as read."""
    prepared = _prepared(
        tmp_path,
        "198501012010011001/PPPK,Andi,PNS,01-01-1985,Analis,Umum\n"
        "198602022011042002/PNS,Sri,PPPK,02-02-1986,Analis,Umum\n"
        "198703032021211003 (PNS),Budi,,03-03-1987,Analis,Umum\n"
        "198804042012071004/PNS,Dewi,PNS,04-04-1988,Analis,Umum\n"
        "198905052013081005 pns/pppk,Eko,PPPK,05-05-1989,Analis,Umum\n",
    )
    said = [f for f in prepared.findings if f.code == "nip-keterangan-jenis-beda"]  # type: ignore[attr-defined]
    assert [f.location.row for f in said] == [2, 3, 4]
    first, second, third = (f.message for f in said)
    assert "'PPPK'" in first and "NIP PNS" in first and "'01'" in first and "menulis 'PNS'" in first
    assert "menulis 'PPPK'" in second and "digit 13–14" not in second
    assert "NI PPPK" in third and "'21'" in third and "kolom status" not in third
    frame = prepared.frame  # type: ignore[attr-defined]
    assert frame["nip"].tolist()[:3] == ["198501012010011001", "198602022011042002", "198703032021211003"]
    assert frame["status_kepegawaian"].tolist()[:3] == ["PNS", "PPPK", "PPPK"]
    assert frame["_status"].tolist() == ["valid"] * 5


def test_the_kind_a_note_names() -> None:
    assert kind_note("198501012010011001/PPPK") == "PPPK"
    assert kind_note("198501012010011001 P3K paruh waktu") == "PPPK"  # "P3K" holds a digit
    assert kind_note("198501012010011001 (CPNS)") == "PNS"
    assert kind_note("198501012010011001 pns/pppk") is None  # both: a header's words, no statement
    assert kind_note("198501012010011001") is None


@pytest.mark.parametrize("twice", [False, True])
def test_a_history_with_one_month_first_cell_beside_a_day_first_column_stays_day_first(
    tmp_path: Path, twice: bool
) -> None:
    """`nilai --riwayat`, end to end: one "02/13/2008" (a history row listed once, or twice) in TMT MULAI beside a
    TMT SELESAI proving day-first ("25/01/2010"). The history stays day-first: no `tanggal-bulan-hari`, the
    month-first cell unreadable, each ambiguous TMT MULAI named; a twice-listed row was two proofs and flipped it."""
    table = tmp_path / "usulan.csv"
    table.write_text("nip,kode_jabatan\n197705022003022001,SETDA-0002\n", encoding="utf-8")
    first = "197705022003022001,Analis,Sekretariat Daerah,02/13/2008,25/01/2010\n"
    history = tmp_path / "riwayat.csv"
    history.write_text(
        "NIP,JABATAN,UNIT KERJA,TMT MULAI,TMT SELESAI\n"
        + first * (2 if twice else 1)
        + "197705022003022001,Pengadministrasi,Sekretariat Daerah,05/03/2010,28/02/2012\n"
        "197705022003022001,Pengelola,Sekretariat Daerah,06/04/2012,04/01/2015\n",
        encoding="utf-8",
    )
    result = expect(
        run("nilai", PEGAWAI_XLSX, JABATAN_XLSX, table, "--riwayat", history, *TANGGAL, "-f", "csv"), EXIT_OK
    )
    said = [line for line in result.stderr.splitlines() if "riwayat.csv" in line]
    assert not [line for line in said if "tanggal-bulan-hari" in line]
    shift = 1 if twice else 0
    ambiguous = [line for line in said if "[tanggal-ambigu]" in line]
    assert len(ambiguous) == 2
    assert f"baris {3 + shift} kolom D" in ambiguous[0] and "5 Maret 2010" in ambiguous[0]
    assert f"baris {4 + shift} kolom D" in ambiguous[1] and "6 April 2012" in ambiguous[1]
    assert len([line for line in said if "[tanggal-tidak-terbaca]" in line and "02/13/2008" in line]) == 1 + shift
    assert [line for line in said if "[tanggal-ambigu-kolom]" in line and "kolom E" in line]


def test_a_part_time_pppk_note_on_a_pns_shaped_number_is_no_contradiction_of_its_digits(tmp_path: Path) -> None:
    """A PPPK paruh waktu is listed with a PNS-shaped number (validation._status_against_nip leaves it unsaid): its
    "…/PPPK paruh waktu" note contradicts no digits; one contradicting the status column is still said."""
    prepared = _prepared(
        tmp_path,
        "198501012010011001/PPPK paruh waktu,Andi,PPPK,01-01-1985,Analis,Umum\n"
        "198602022011042002/PPPK paruh waktu,Sri,PNS,02-02-1986,Analis,Umum\n",
    )
    said = [f for f in prepared.findings if f.code == "nip-keterangan-jenis-beda"]  # type: ignore[attr-defined]
    assert [f.location.row for f in said] == [3]
    assert "digit 13–14" not in said[0].message and "menulis 'PNS'" in said[0].message
