"""Education readings left open by the reviews (edu30, h38): "MA" after a first degree, the field after it, a
programme's abbreviation after S.Pd., a placeholder or broad field after a level."""

from __future__ import annotations

import pytest

from asn_mutasi.domain.gelar import parse_titles
from asn_mutasi.domain.pendidikan import parse_education, roster_education


@pytest.mark.parametrize(
    "nama",
    [
        "Siti, S.Pd., MA",  # real names write M.A. without dots: "Rohman, S.Pd., MA", "Ansar, S.Ag., MA"
        "SIRAJUDDIN, S.Ag., MA",
        "Rahmawati Nusi, S.Pd, MA",
        "NURYADI, S.Pd. MA",  # no comma between the titles: a payroll seed's spelling
        "Henny Herlena, S.Pd., MA.",
        "Budi, Lc., MA",
    ],
)
def test_ma_in_a_names_titles_is_the_master_of_arts(nama: str) -> None:
    # read S-1: MA taken as the madrasah aliyah, though a school is never a title
    assert parse_titles(nama).level == "S-2"
    assert parse_education(None, None, nama).level == "S-2"


@pytest.mark.parametrize("cell", ["S.Pd., MA", "S.Ag. MA", "S.Ag., MA", "S.Pd MA", "S.Pd. MA."])
def test_ma_after_a_first_degree_in_a_cell_is_the_master_of_arts(cell: str) -> None:
    assert parse_education(cell, None).level == "S-2"
    assert roster_education(cell, None)[0] == "S-2"
    assert roster_education("S1", cell)[0] == "S-2"


def test_ma_after_an_undotted_first_degree_is_the_master_of_arts() -> None:
    # "Lc, MA" read no level, where "Lc, M.A." read S-2
    assert parse_education("Lc, MA", None).level == parse_education("Lc, M.A.", None).level == "S-2"


@pytest.mark.parametrize(("cell", "programme"), [("MA", ""), ("MA IPA", "IPA"), ("MADRASAH ALIYAH", "")])
def test_ma_alone_is_the_school(cell: str, programme: str) -> None:
    assert (parse_education(cell, None).level, parse_education(cell, None).programme) == ("SMA", programme)


@pytest.mark.parametrize(
    ("cell", "level", "programme"),
    [
        ("S.Pd. MA Matematika", "S-1", "MATEMATIKA"),  # a stream: the madrasah; its stream the S-1 programme
        ("S.Pd.I, MA Biologi", "S-1", "BIOLOGI"),
        ("S.Pd., MA Sejarah", "S-2", "SEJARAH"),  # after a comma, M.A. in history
        ("S.Pd. MA Bahasa Inggris", "S-2", "BAHASA INGGRIS"),
        ("S.Pd. MA IPA", "S-1", ""),  # a stream only a school has
        ("S.Pd. MA Negeri 1 Kendari", "S-1", ""),  # the school's own name
    ],
)
def test_field_after_ma_is_kept(cell: str, level: str, programme: str) -> None:
    # "S.Pd. MA Matematika" and "S.Pd., MA Sejarah" read S-1 with no programme: the field went with the school
    parsed = parse_education(cell, None)
    assert (parsed.level, parsed.programme.upper()) == (level, programme)
    read_level, read_programme = roster_education(cell, None)
    assert (read_level, (read_programme or "").upper()) == (level, programme)


@pytest.mark.parametrize(
    ("cell", "level", "programme"),
    [
        ("S.Pd. BK", "S-1", "BIMBINGAN DAN KONSELING"),  # was S-1 with no programme
        ("S.Pd BK", "S-1", "BIMBINGAN DAN KONSELING"),  # was no level at all
        ("S.Pd., BK", "S-1", "BIMBINGAN DAN KONSELING"),
        ("S.Pd., M.Pd. BK", "S-2", "BIMBINGAN DAN KONSELING"),
        ("S.Pd. TI", "S-1", "PENDIDIKAN TEKNIK INFORMATIKA"),
        ("S.E. BK", "S-1", ""),  # BK names a programme after an education degree only
        ("S.Pd. PEND", "S-1", ""),
    ],
)
def test_word_abbreviation_after_an_education_title_is_the_programme(cell: str, level: str, programme: str) -> None:
    parsed = parse_education(cell, None)
    assert (parsed.level, parsed.programme.upper()) == (level, programme)
    read_level, read_programme = roster_education(cell, None)
    assert (read_level, (read_programme or "").upper()) == (level, programme)


@pytest.mark.parametrize(
    ("pendidikan", "jurusan", "level", "programme"),
    [
        ("S-2 Sains", None, "S-2", None),  # Magister Sains: a broad field, no programme (was SAINS)
        ("S2", "Sains", "S-2", None),
        ("S-1 Lainnya", None, "S-1", None),
        ("S1", "Lainnya", "S-1", None),  # was the programme "Lainnya" in the roster
        ("SMK Lainnya", None, "SMA", "SMK"),  # was "SMK Lainnya": the track kept, the placeholder dropped
        ("SMK", "Lainnya", "SMA", "SMK"),
        ("STM Lain-lain", None, "SMA", "STM"),  # the matcher read TEKNIK LAIN LAIN
    ],
)
def test_one_placeholder_rule_for_every_level(
    pendidikan: str, jurusan: str | None, level: str, programme: str | None
) -> None:
    assert roster_education(pendidikan, jurusan) == (level, programme)
    assert parse_education(pendidikan, jurusan).programme == ""


def test_a_field_named_with_sains_stays() -> None:
    assert parse_education("S1 Perpustakaan dan Sains Informasi", None).programme == "Perpustakaan dan Sains Informasi"


@pytest.mark.parametrize(
    ("cell", "level"),
    [
        ("S.H., S.Ag., MA., Ph.D.", "S-3"),  # a lecturer table's back titles: read S-1, "MA.," the madrasah
        ("S.Ag., MA., Ph.D.", "S-3"),
        ("S.Pd. MA, M.Pd.", "S-2"),
    ],
)
def test_titles_after_ma_are_read_with_it(cell: str, level: str) -> None:
    assert parse_education(cell, None).level == level
    assert roster_education(cell, None)[0] == level
