"""Review8 (h32): the town skipped between a Poltekkes and its programme is never a programme's word."""

from __future__ import annotations

import pytest

from asn_mutasi.domain.pendidikan import parse_education


@pytest.mark.parametrize(
    "cell",
    [
        "D3 Poltekkes Teknologi Laboratorium Medis",  # not MEDIS (a word of REKAM MEDIS)
        "D3 Poltekkes Promosi Kesehatan",  # not KESEHATAN
        "D3 Poltekkes Perekam Medis",
        "D3 Poltekkes Analis Farmasi dan Makanan",  # not FARMASI: ANALIS is a programme's word, no town
    ],
)
def test_a_programme_the_lexicon_does_not_name_loses_no_word_to_the_town_skip(cell: str) -> None:
    """The programme words after the college are not a town: skipping them read the programme's last word alone as
    the programme; an unknown programme is read as none, as before the skip."""
    parsed = parse_education(cell, None)
    assert (parsed.level, parsed.programme) == ("D-III", "")


def test_the_town_is_still_skipped_before_a_named_programme() -> None:
    assert parse_education("D3 Poltekkes Kemenkes Kupang Keperawatan Gigi", None).programme == "Keperawatan Gigi"
    assert parse_education("D3 Poltekkes Jakarta III Kebidanan", None).programme == "Kebidanan"
