"""Hostile and odd input, round 10 (hostile10, h32)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

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
