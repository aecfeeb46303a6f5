"""Real roster spellings of education (spell29, h38): an undotted master's title with dots after its field, a school
after a degree and its programme, a master's level written after a first degree, M.A. written without its dots."""

from __future__ import annotations

import pytest

from asn_mutasi.domain.gelar import parse_titles
from asn_mutasi.domain.pendidikan import parse_education, roster_education


@pytest.mark.parametrize("cell", ["S.Pd.I MPd.I", "S.Pd.I, MPd.I", "S.Ag, MPd.I"])
def test_undotted_master_with_dotted_field_is_a_title(cell: str) -> None:
    # "S.Pd.I MPd.I" read S-1 with the programme "MPd.I": the M's dot missing, the I's kept, it was no title
    parsed = parse_education(cell, None)
    assert (parsed.level, parsed.programme) == ("S-2", "PENDIDIKAN AGAMA ISLAM")
    assert roster_education(cell, None) == ("S-2", "PENDIDIKAN AGAMA ISLAM")
    assert parse_titles(f"Siti Aminah, {cell}").level == "S-2"  # the name's call site: the same rule


@pytest.mark.parametrize(
    ("cell", "programme"),
    [
        ("S.Pd. Biologi SMA", "BIOLOGI"),
        ("S.Pd. Matematika SMAN 1 Bandung", "MATEMATIKA"),
        ("S.Pd Bahasa Inggris, SMP", "BAHASA INGGRIS"),
    ],
)
def test_school_after_degree_and_programme_keeps_the_degree(cell: str, programme: str) -> None:
    # "S.Pd. Biologi SMA" read SMA with no programme: the school where the titled teaches lowered the level
    parsed = parse_education(cell, None)
    assert (parsed.level, parsed.programme.upper()) == ("S-1", programme)
    level, roster_programme = roster_education(cell, None)
    assert (level, (roster_programme or "").upper()) == ("S-1", programme)


def test_school_letters_of_no_known_programme_stay() -> None:
    # "Guru SD" is no programme the tables know: no school is cut from it
    assert parse_education("S.Pd. Guru SD", None).programme == ""


@pytest.mark.parametrize(
    ("cell", "level", "programme"),
    [
        ("S.Si. S2 Kimia", "S-2", "KIMIA"),  # the Sarjana Sains's master's in chemistry
        ("S.E., S2 Manajemen", "S-2", "MANAJEMEN"),
        ("A.Md. S1 Keperawatan", "S-1", "KEPERAWATAN"),
    ],
)
def test_level_written_after_a_lower_title_is_the_education(cell: str, level: str, programme: str) -> None:
    # "S.Si. S2 Kimia" read S-1 with no programme: the written level after the title made it no titles cell
    parsed = parse_education(cell, None)
    assert (parsed.level, parsed.programme.upper()) == (level, programme)
    read_level, read_programme = roster_education(cell, None)
    assert (read_level, (read_programme or "").upper()) == (level, programme)


@pytest.mark.parametrize(
    ("cell", "level", "programme"),
    [
        ("S.Pd. MA Bahasa Inggris", "S-2", "BAHASA INGGRIS"),  # M.A., Master of Arts, in English
        ("S.Ag., MA Pendidikan Agama Islam", "S-2", "PENDIDIKAN AGAMA ISLAM"),
        ("S.Pd. MA IPA", "S-1", ""),  # a stream: the madrasah aliyah where the titled teaches
        ("S.Pd. MA", "S-2", ""),  # M.A. at the end of the titles (edu30, h38: was S-1, MA read as the school)
    ],
)
def test_undotted_master_of_arts_before_a_field(cell: str, level: str, programme: str) -> None:
    # "S.Pd. MA Bahasa Inggris" read S-1 with no programme: MA was read as the school, the field lost with it
    parsed = parse_education(cell, None)
    assert (parsed.level, parsed.programme.upper()) == (level, programme)
    read_level, read_programme = roster_education(cell, None)
    assert (read_level, (read_programme or "").upper()) == (level, programme)


@pytest.mark.parametrize(
    ("cell", "level"),
    [
        ("S-2 Master", "S-2"),
        ("S-3 Doktor", "S-3"),
        ("S-1 Lainnya", "S-1"),
        ("SMK Lainnya", "SMA"),
        ("Akademi (D III)", "D-III"),
    ],
)
def test_level_word_or_placeholder_after_a_level_is_no_programme(cell: str, level: str) -> None:
    # a statistics college's roster: "S-2 Master" read the programme MASTER, "S-1 Lainnya" LAINNYA ("other")
    parsed = parse_education(cell, None)
    assert (parsed.level, parsed.programme) == (level, "")


def test_placeholder_inside_a_programme_stays() -> None:
    assert parse_education("S-1 Pendidikan Lainnya", None).programme.upper() == "PENDIDIKAN LAINNYA"


@pytest.mark.parametrize(
    ("cell", "level", "programme"),
    [
        ("S2 MAGISTER TEKNIK SIPIL", "S-2", "TEKNIK SIPIL"),
        ("S3 Doktor Ilmu Hukum", "S-3", "ILMU HUKUM"),
        ("S-2 Magister Manajemen", "S-2", "MANAJEMEN"),
    ],
)
def test_level_said_again_in_words_is_not_the_programme(cell: str, level: str, programme: str) -> None:
    # "S2 MAGISTER TEKNIK SIPIL" read the programme MAGISTER TEKNIK SIPIL, where "Magister Manajemen" alone read MANAJEMEN
    parsed = parse_education(cell, None)
    assert (parsed.level, parsed.programme.upper()) == (level, programme)
