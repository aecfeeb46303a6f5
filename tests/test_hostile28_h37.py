"""Hostile inputs whose shape or cell kinds once crashed a later stage after the reader (hostile28, h37)."""

from __future__ import annotations

from test_validation import TODAY, codes, person, raw_table

from asn_mutasi.validation import prepare_roster


def test_a_number_in_the_jabatan_column_is_a_finding_not_a_crash() -> None:
    """A JABATAN cell typed as a number (5, as a roster's column-numbering row read as data gives) reached the
    golongan-jenjang rule raw: jenjang_fungsional called ``find`` on the float and the check ended with exit 70. Such a
    cell names no jenjang (the reader warns of it: sel-bukan-teks)."""
    rows = [person(), person(nip="198609262015051002", jabatan=5.0)]
    prepared = prepare_roster(raw_table("pegawai", rows), today=TODAY)
    assert len(prepared.frame) == 2 and not codes(prepared)
