"""A Poltekkes's prodi list names each programme with its campus town ("D-III Keperawatan Blora"): the town, a
kabupaten or kota of the official list, is no part of the programme when the words before it are a known programme
(spell16, h33)."""

from __future__ import annotations

import pytest

from asn_mutasi.domain.pendidikan import parse_education


@pytest.mark.parametrize(
    ("cell", "level", "programme"),
    [
        ("D-III Keperawatan Blora", "D-III", "Keperawatan"),
        ("D IV Keperawatan Semarang", "D-IV", "Keperawatan"),
        ("D-III Keperawatan Gigi Semarang", "D-III", "Keperawatan Gigi"),
        ("D-IV Gizi Semarang", "D-IV", "Gizi"),
        ("D-III Kebidanan Kota Bogor", "D-III", "Kebidanan"),
    ],
)
def test_campus_town_after_a_known_programme_is_cut(cell: str, level: str, programme: str) -> None:
    read = parse_education(cell, None)
    assert (read.level, read.programme) == (level, programme)


@pytest.mark.parametrize(
    "cell",
    ["S2 Pendidikan Bahasa Lampung", "S1 Perencanaan Wilayah dan Kota", "SLTA IPS Blitar"],
)
def test_no_town_or_no_known_programme_before_it_keeps_the_words(cell: str) -> None:
    before = parse_education(cell, None).programme
    assert before.upper() in {"PENDIDIKAN BAHASA LAMPUNG", "PERENCANAAN WILAYAH DAN KOTA", "IPS"}
