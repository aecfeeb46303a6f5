"""Review8 (h32): a sparse data row after a one-cell row that reads as a closing is still data."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from asn_mutasi.io.readers import read_table
from asn_mutasi.validation import prepare_roster

_HEADER = ["NO", "NIP", "NAMA", "JABATAN", "UNIT KERJA", "GOLONGAN", "PENDIDIKAN", "TANGGAL LAHIR", "JENIS KELAMIN"]
_HEADER += ["ESELON", "TMT JABATAN"]


def _rest(k: int) -> list[object]:
    return [f"0{k}-0{k}-1975", "L", "IV.a", "01-01-2020"]


def test_new_employees_under_a_duk_pangkat_group_are_no_signature(make_workbook: Callable[..., Path]) -> None:
    """A DUK grouped by pangkat: the last group's row "PENATA MUDA" (one cell, read as a closing: a signer's pangkat)
    over two new employees whose rows fill five of eleven cells (NIP, name, post, unit, golongan). Each row holds its
    NIP and its name, as no signature does: both are people, not a signature block."""
    rows: list[list[object]] = [_HEADER, [None, None, "PEMBINA"]]
    rows += [
        [k, f"19750{k}0{k}2010011001", f"Pegawai {k}", "Kepala Seksi Umum", "Bagian Umum", "IV/a", "S-1", *_rest(k)]
        for k in (1, 2, 3, 4)
    ]
    rows += [[None, None, "PENATA MUDA"]]
    rows += [[None, f"19800{k}0{k}2024011001", f"Pegawai {k}", "Pengolah Data", "Bagian Umum", "III/a"] for k in (5, 6)]
    raw = read_table(make_workbook("duk.xlsx", {"DUK": rows}), "pegawai")
    assert not [f for f in raw.findings if f.code == "baris-penutup-dilewati"]
    frame = prepare_roster(raw).frame
    assert list(frame.loc[frame["_status"] == "valid", "nama"]) == [f"Pegawai {k}" for k in range(1, 7)]


def test_a_date_under_the_nip_of_another_year_is_no_birth_date() -> None:
    """ "NAMA / NIP" over a third line "01-03-1996": under the NIP of one born in 1975 the date is no birth date (a
    TMT); read as one, the TMT pensiun came from it. Of the NIP's year it is (a day typed otherwise is the roster's)."""
    from asn_mutasi.io.sheet_layout import split_birth_from_names

    nip = "197501012010011001"
    _, dates = split_birth_from_names([f"Pegawai\n{nip}\n01-03-1996", f"Pegawai\n{nip}\n02-01-1975"])
    assert dates == [None, "02-01-1975"]
