"""Fullwidth and other compatibility characters read as their plain forms (NFKC; spell8, h32)."""

from __future__ import annotations

from asn_mutasi.domain.coded_fields import compatible
from asn_mutasi.domain.gelar import parse_titles, with_title_columns
from asn_mutasi.domain.pendidikan import parse_education


def test_compatible_leaves_ascii_alone_and_folds_fullwidth() -> None:
    assert compatible("S.H.") == "S.H."
    assert compatible("Ｓ．Ｈ") == "S.H"


def test_fullwidth_title_cells_are_written_into_the_name() -> None:
    assert with_title_columns("Budi", "", "Ｓ．Ｈ") == "Budi, S.H"
    assert with_title_columns("Budi", "ｄｒ．", "Ｓｐ．ＰＤ") == "dr. Budi, Sp.PD"
    parsed = parse_education(None, None, with_title_columns("Budi", "", "Ｓ．Ｈ"))
    assert (parsed.level, parsed.programme) == ("S-1", "HUKUM")


def test_fullwidth_titles_in_the_name() -> None:
    assert parse_titles("Budi Santoso, Ｓ．Ｋｏｍ").level == "S-1"


def test_fullwidth_education_cell() -> None:
    parsed = parse_education("Ｓ１ Ｋｅｐｅｒａｗａｔａｎ", None)
    assert (parsed.level, parsed.programme) == ("S-1", "Keperawatan")
