"""Real roster cells spell13 left misread (spell14, h33): a hospital SIMPEG's one-column education cells
("<level> <programme> <college> <town>"), a psychiatric hospital's staff app and staff names with a specialist's
title. Each cell is copied as the source writes it (graduation dates cut off)."""

from __future__ import annotations

import pytest

from asn_mutasi.domain.gelar import parse_titles
from asn_mutasi.domain.pendidikan import parse_education, roster_education
from asn_mutasi.matching.education import EducationMatcher


@pytest.mark.parametrize(
    ("cell", "level", "programme"),
    [
        ("D. III Teknik Gigi IIK Bhakti Wiyata Kediri Kediri", "D-III", "TEKNIK GIGI"),  # Institut Ilmu Kesehatan
        ("S2 Dokter Universiatas Airlangga", "S-2", "DOKTER"),  # Universitas misspelt
        ("S1 Hukum Univeristas Nusa Cendana", "S-1", "HUKUM"),
        ("D. III - POLTEKES GIGI SURABAYA", "D-III", "GIGI"),  # Poltekkes misspelt, its department, its town
        ("D3 Keperawatan Poltekes Kupang", "D-III", "KEPERAWATAN"),
    ],
)
def test_a_college_misspelt_or_by_its_initials_is_no_programme(cell: str, level: str, programme: str) -> None:
    read = parse_education(cell, None)
    assert (read.level, read.programme.upper()) == (level, programme)


@pytest.mark.parametrize("cell", ["D3 Poltekkes Kupang", "D3 Politeknik Negeri Kupang"])
def test_a_college_and_its_town_alone_still_name_no_programme(cell: str) -> None:
    assert parse_education(cell, None).programme == ""


@pytest.mark.parametrize(
    ("cell", "programme"),
    [
        ("S1 Profesi Keperawatan SURYA MITRA HUSADA KEDIRI KEDIRI", "NERS"),
        ("Profesi Apoteker BHAKTI WIYATA KEDIRI", "APOTEKER"),
        ("Profesi Ners Keperawatan", "KEPERAWATAN"),  # a programme after it stays
        ("PPG Matematika", "MATEMATIKA"),  # PPG's field of study stays
    ],
)
def test_a_college_name_after_a_health_profession_is_not_its_programme(cell: str, programme: str) -> None:
    read = parse_education(cell, None)
    assert (read.level, read.programme.upper()) == ("Profesi", programme)


def test_the_nurse_of_a_kediri_college_meets_a_ners_post() -> None:
    fit = EducationMatcher(["Ners"]).fit(
        "S1 Profesi Keperawatan SURYA MITRA HUSADA KEDIRI KEDIRI", None, "Profesi", "Ners"
    )
    assert fit.memenuhi


@pytest.mark.parametrize(
    ("cell", "programme"),
    [
        ("SI Keperawatan", "KEPERAWATAN"),
        ("SI Hukum", "HUKUM"),
        ("SI. Keperawatan", "KEPERAWATAN"),
        # a dash between them too (hypothesis found "SI - HUKUM" read as Sistem Informasi Hukum)
        ("SI - HUKUM", "HUKUM"),
        ("SI-Keperawatan", "KEPERAWATAN"),
    ],
)
def test_si_before_a_known_programme_is_s1_with_that_programme(cell: str, programme: str) -> None:
    """ "SI Keperawatan" read the level S-1 but no programme ("SI" alone is Sistem Informasi to the level split)."""
    read = parse_education(cell, None)
    assert (read.level, read.programme.upper()) == ("S-1", programme)


@pytest.mark.parametrize(
    ("cell", "programme"),
    [("SI AKUNTANSI", "AKUNTANSI"), ("SI - Akuntansi", "AKUNTANSI"), ("SI-Manajemen", "MANAJEMEN")],
)
def test_si_opening_a_level_cell_read_s1_keeps_the_programme_after_it(cell: str, programme: str) -> None:
    """ "SI AKUNTANSI" (a staff seeder's pendidikan cell, code-search id 57580936754) read the level S-1 from "SI" and
    dropped the rest as the level's own words: no programme, so no Akuntansi post fitted. The level read from "SI",
    the rest is the programme; in a programme column "SI Akuntansi" stays Sistem Informasi Akuntansi (review19, h35)."""
    read = parse_education(cell, None)
    assert (read.level, read.programme.upper()) == ("S-1", programme)
    assert parse_education("S1", cell).programme == cell  # the programme column's own reading is unchanged
    assert EducationMatcher([programme]).fit(cell, None, "S-1", programme).memenuhi  # the matcher reads it so too
    assert roster_education(cell, None) == ("S-1", read.programme)


def test_a_misspelt_programme_after_an_academy_is_no_town() -> None:
    """ "ELEKTOMEDIK" (one letter dropped from Elektromedik) was read as the academy's town: no programme."""
    read = parse_education("AKADEMI ELEKTOMEDIK", None)
    assert (read.level, read.programme) == ("D-III", "ELEKTOMEDIK")
    assert (
        EducationMatcher(["Teknik Elektromedik"])
        .fit("AKADEMI ELEKTOMEDIK", None, "D-III", "Teknik Elektromedik")
        .memenuhi
    )


@pytest.mark.parametrize("nama", ["dr. Budi SpOG", "dr. Budi SpOG(K)", "dr. Budi SpPD"])
def test_a_dotless_specialist_title_after_the_name_reads_the_specialty(nama: str) -> None:
    """ "dr. Budi SpOG" read a plain dokter; "dr. Budi, SpOG" (a comma) already read Sp-1 Obstetri dan Ginekologi."""
    evidence = parse_titles(nama)
    assert evidence.level in {"Sp-1", "Sp-2"}
    assert evidence.programme_hint in {"OBSTETRI DAN GINEKOLOGI", "PENYAKIT DALAM"}


def test_a_word_after_the_name_that_is_no_specialty_stays_the_name() -> None:
    assert parse_titles("Budi Sport").titles == ()
