"""Review of this session's education readings (reviewC, h38): a level written after a first degree's titles is read
as the same level and programme alone would be."""

from __future__ import annotations

import pytest

from asn_mutasi.domain.pendidikan import parse_education, roster_education


@pytest.mark.parametrize(
    ("cell", "level", "programme"),
    [
        ("S.Pd. S2 Magister Manajemen", "S-2", "MANAJEMEN"),
        ("Drs. S2 Magister Administrasi Publik", "S-2", "ADMINISTRASI PUBLIK"),
        ("S.Pd. S2 Lainnya", "S-2", ""),
        ("S.Pd. S-2 Master", "S-2", ""),
        ("S.Pd. S2 Magister", "S-2", ""),
    ],
)
def test_a_level_after_titles_reads_as_that_level_alone(cell: str, level: str, programme: str) -> None:
    # "S.Pd. S2 Lainnya" kept LAINNYA and "S.Pd. S2 Magister Manajemen" MAGISTER MANAJEMEN as the programme, where
    # "S2 Lainnya" and "S2 Magister Manajemen" alone read none and MANAJEMEN: one reading of a level's words
    alone = cell.split(" ", 1)[1]
    assert (parse_education(alone, None).level, parse_education(alone, None).programme.upper()) == (level, programme)
    parsed = parse_education(cell, None)
    assert (parsed.level, parsed.programme.upper()) == (level, programme)
    read_level, read_programme = roster_education(cell, None)
    assert (read_level, (read_programme or "").upper()) == (level, programme)


@pytest.mark.parametrize(
    ("cell", "programme"),
    [
        ("D. III AKADEMI KEBIDANAN KARYA HUSADA - PARE KEDIRI", "KEBIDANAN"),
        ("D III AKADEMI KEPERAWATAN KARYA HUSADA - PARE KEDIRI", "KEPERAWATAN"),
    ],
)
def test_a_school_word_after_its_level_still_names_the_school(cell: str, programme: str) -> None:
    # "Akademi" says D-III again, and was cut as the repeated level word before the school's reading: the academy's
    # name and town stayed in the programme (KEBIDANAN KARYA HUSADA - PARE KEDIRI, no match for a D-III Kebidanan post)
    parsed = parse_education(cell, None)
    assert (parsed.level, parsed.programme.upper()) == ("D-III", programme)


@pytest.mark.parametrize("cell", ["S.Pd. Guru Kelas SD", "S.Ag. Guru PAI SD", "S.Pd., Guru SD", "S.Pd. Kepala SD"])
def test_a_school_after_titles_and_other_words_keeps_the_titles_level(cell: str) -> None:
    # the school where the titled teaches read as the level held (SD) when the words before it were no known
    # programme; "S.Pd. Biologi SMA" (a known programme) already kept S-1 (spell29)
    assert parse_education(cell, None).level == "S-1"
    assert roster_education(cell, None)[0] == "S-1"
