"""Education cells as real rosters write them, read by parse_education and roster_education alike (spell24, h36)."""

from __future__ import annotations

import pytest

from asn_mutasi.domain.pendidikan import parse_education, roster_education


@pytest.mark.parametrize("cell", ["ASISTEN APOTEKER", "Asisten Apoteker"])
def test_an_assistant_pharmacist_is_the_slta_school_not_the_profession(cell: str) -> None:
    # the APOTEKER in it read the profession, a level above every S-1 requirement
    parsed = parse_education(cell, None)
    assert (parsed.level, parsed.programme, parsed.jalur) == ("SMA", "FARMASI", "kejuruan")
    assert roster_education(cell, None)[0] == "SMA"


def test_an_assistant_pharmacist_after_a_diploma_stays_its_programme() -> None:
    assert parse_education("D3 ASISTEN APOTEKER", None).level == "D-III"
    assert parse_education("D3", "ASISTEN APOTEKER").level == "D-III"
    assert parse_education("APOTEKER", None).level == "Profesi"


@pytest.mark.parametrize(
    ("cell", "level", "programme"),
    [
        ("S.E Akuntansi", "S-1", "Akuntansi"),  # the title, then the programme: no level was read, nor a programme
        ("S.E. Akuntansi", "S-1", "Akuntansi"),
        ("SE Akuntansi", "S-1", "Akuntansi"),  # undotted before a programme the tables know
        ("S.Pd Matematika", "S-1", "Matematika"),
        ("S.Kom Teknik Informatika", "S-1", "Teknik Informatika"),
        ("S.E., M.M. Manajemen", "S-2", "Manajemen"),  # the highest title
        ("AMK Keperawatan", "D-III", "Keperawatan"),
        ("Drs. Ekonomi", "S-1", "Ekonomi"),
    ],
)
def test_titles_then_a_programme_read_the_titles_level_and_the_programme(cell: str, level: str, programme: str) -> None:
    parsed = parse_education(cell, None)
    assert (parsed.level, parsed.programme) == (level, programme)
    assert roster_education(cell, None) == (level, programme)
    assert parse_education(None, cell).level == level  # in the programme column
    assert roster_education(None, cell) == (level, programme)
    assert roster_education("S1", cell)[0] == max(level, "S-1")  # beside a written level: the higher


@pytest.mark.parametrize(
    ("cell", "level", "programme"),
    [
        ("MA IPA", "SMA", "IPA"),  # a level word that is also a title (M.A.) stays the level
        ("SI. Hukum", "S-1", "Hukum"),
        ("A.Md. Kep", "D-III", "KEPERAWATAN"),  # titles only: the title's field
        ("SP Kebun", None, ""),  # an undotted "title" before no known programme is no title
    ],
)
def test_levels_and_title_cells_keep_their_reading(cell: str, level: str | None, programme: str) -> None:
    parsed = parse_education(cell, None)
    assert (parsed.level, parsed.programme) == (level, programme)


@pytest.mark.parametrize(
    ("cell", "programme", "degree"),
    [
        ("S1 KEPERAWATAN NERS", "NERS", ("S-1", "KEPERAWATAN")),  # the nurse's degree and profession, a space between
        ("S1 KEP. NERS", "NERS", ("S-1", "KEP.")),
        ("S1 FARMASI APOTEKER", "APOTEKER", ("S-1", "FARMASI")),
        ("S1 APOTEKER", "APOTEKER", None),  # as "S1" beside "APOTEKER" reads it
    ],
)
def test_a_profession_after_its_degree_in_one_cell_is_the_profession(
    cell: str, programme: str, degree: tuple[str, str] | None
) -> None:
    parsed = parse_education(cell, None)
    assert (parsed.level, parsed.programme) == ("Profesi", programme)
    assert degree is None or degree in parsed.lain
    assert roster_education(cell, None)[0] == "Profesi"
    assert parse_education("S1", cell.partition(" ")[2]).level == "Profesi"  # the two columns read alike


@pytest.mark.parametrize("cell", ["D3 KEPERAWATAN NERS", "S2 APOTEKER", "S1 KEPERAWATAN"])
def test_a_profession_word_after_another_level_leaves_the_level(cell: str) -> None:
    # Ners and Apoteker are entered from an S-1 (or D-IV): a D-III or S-2 cell keeps its written level
    assert parse_education(cell, None).level == cell.partition(" ")[0].replace("D3", "D-III").replace(
        "S2", "S-2"
    ).replace("S1", "S-1")
    assert roster_education(cell, None)[0] == parse_education(cell, None).level


@pytest.mark.parametrize(
    ("cell", "level"),
    [
        ("IPDN", "D-IV"),
        ("D IV IPDN", "D-IV"),
        ("S1 IPDN", "S-1"),
        ("IIP", "S-1"),
        ("INSTITUT ILMU PEMERINTAHAN", "S-1"),
    ],
)
def test_the_home_affairs_institutes_name_their_programme(cell: str, level: str) -> None:
    # IPDN (STPDN's successor) and IIP read no level or no programme, where STPDN and APDN read ILMU PEMERINTAHAN
    parsed = parse_education(cell, None)
    assert (parsed.level, parsed.programme) == (level, "ILMU PEMERINTAHAN")
    assert roster_education(cell, None)[0] == level


@pytest.mark.parametrize(
    ("cell", "programme"),
    [
        ("S1 Ekonomi — Universitas Galuh", "Ekonomi"),
        ("S1 Ekonomi – UGM", "Ekonomi"),
        ("D3 Keperawatan ‒ Semarang", "Keperawatan"),
    ],
)
def test_a_typographic_dash_parts_the_programme_from_its_college_as_a_hyphen_does(cell: str, programme: str) -> None:
    # the em dash was kept at the programme's end: "Ekonomi —"
    assert parse_education(cell, None).programme == programme
    assert parse_education(cell.replace("—", "-").replace("–", "-").replace("‒", "-"), None).programme == programme


def test_dotted_short_forms_written_one_after_another_are_all_expanded() -> None:
    # "Ak.I.Keu.Perbankan" (Akademi Ilmu Keuangan dan Perbankan): only the first short form was expanded
    from asn_mutasi.matching.education import EducationMatcher

    posts = ["D-III KEUANGAN DAN PERBANKAN", "D-III AKUNTANSI"]
    matcher = EducationMatcher(posts)
    assert matcher.fit("Ak.I.Keu.Perbankan", None, "D-III", posts[0]).memenuhi
    assert not matcher.fit("Ak.I.Keu.Perbankan", None, "D-III", posts[1]).memenuhi


def test_a_roman_numeral_after_a_level_is_no_short_form() -> None:
    # "I." read as Ilmu after "Strata" cost a positive pair of bench/quality_pendidikan.py
    from asn_mutasi.matching.education import EducationMatcher

    post = "S-1 PSIKOLOGI + PROFESI"
    assert EducationMatcher([post]).fit("S-1", "Strata I. PSIKOLOGI + PROFESI", "S-1", post).memenuhi
