"""Education spellings left by spell20 (spell21, h35): a trailing word that is both a kabupaten capital and a
concentration ("S1 Hukum Waris": Waris is Keerom's capital and a part of civil law), an SMK competency followed by its
own abbreviation in brackets, and the short forms of an old BPS roster ("Ak. Ilmu Statistik", "S-1 Ekonomi(Perus)")."""

from __future__ import annotations

import pytest

from asn_mutasi.domain.pendidikan import parse_education
from asn_mutasi.matching.education import EducationMatcher
from asn_mutasi.matching.programme import programme_key


@pytest.mark.parametrize(
    ("cell", "programme"),
    [
        # a concentration after its programme stays: the capital Waris is no town after Hukum
        ("S1 Hukum Waris", "Hukum Waris"),
        ("S1 Ilmu Hukum Waris", "Ilmu Hukum Waris"),
        ("S1 Hukum Tata Negara", "Hukum Tata Negara"),
        # a capital after a programme it does not complete is the campus town, also one that is a programme's word
        ("D3 Keperawatan Benteng", "Keperawatan"),
        ("S1 Akuntansi Waris", "Akuntansi"),
        ("D3 Kebidanan Waris", "Kebidanan"),
        # "Negara" closes programme names after different words (Administrasi Negara, Hukum Tata Negara, SSCASN's
        # Akuntansi Negara): no town after them, as before spell21 (review19, h35)
        ("D3 Keperawatan Negara", "Keperawatan Negara"),
        ("S1 Administrasi Negara", "Administrasi Negara"),
        ("S1 Ilmu Administrasi Negara", "Ilmu Administrasi Negara"),
    ],
)
def test_a_trailing_concentration_is_no_place_and_a_place_no_concentration(cell: str, programme: str) -> None:
    assert parse_education(cell, None).programme == programme


@pytest.mark.parametrize(
    ("pendidikan", "jurusan"),
    [("S1 Hukum Waris", None), ("S1", "Hukum Waris"), ("S-1 HUKUM AGRARIA", None), ("S-1", "HUKUM KEPERDATAAN")],
)
def test_a_law_concentration_meets_ilmu_hukum_only(pendidikan: str, jurusan: str | None) -> None:
    posts = ["S-1 ILMU HUKUM", "S-1 AKUNTANSI", "S-1 HUKUM PIDANA"]
    matcher = EducationMatcher(posts)
    assert matcher.fit(pendidikan, jurusan, "S-1", "S-1 ILMU HUKUM").memenuhi
    assert not matcher.fit(pendidikan, jurusan, "S-1", "S-1 AKUNTANSI").memenuhi
    assert not matcher.fit(pendidikan, jurusan, "S-1", "S-1 HUKUM PIDANA").memenuhi  # one concentration, not another


def test_a_place_after_a_programme_is_not_read_as_its_concentration() -> None:
    matcher = EducationMatcher(["S-1 AKUNTANSI", "S-1 ILMU HUKUM", "D-III KEPERAWATAN"])
    assert matcher.fit("S1 Akuntansi Waris", None, "S-1", "S-1 AKUNTANSI").memenuhi
    assert not matcher.fit("S1 Akuntansi Waris", None, "S-1", "S-1 ILMU HUKUM").memenuhi
    assert matcher.fit("D3 Keperawatan Benteng", None, "D-III", "D-III KEPERAWATAN").memenuhi


@pytest.mark.parametrize(
    ("cell", "programme"),
    [
        ("SMK OTOMATISASI TATA KELOLA PERKANTORAN (OTKP)", "OTOMATISASI TATA KELOLA PERKANTORAN"),
        ("SMK Akuntansi Keuangan Lembaga (AKL)", "AKUNTANSI KEUANGAN LEMBAGA"),
        ("SMK Teknik Kendaraan Ringan (TKR", "TEKNIK KENDARAAN RINGAN"),  # the bracket left unclosed
        ("SMA (IPS)", "IPS"),  # the stream alone in brackets is the programme
    ],
)
def test_a_school_programme_closed_by_its_abbreviation(cell: str, programme: str) -> None:
    assert parse_education(cell, None).programme == programme


def test_an_smk_competency_with_its_abbreviation_meets_its_post() -> None:
    post = "SMK OTOMATISASI DAN TATA KELOLA PERKANTORAN"
    matcher = EducationMatcher([post, "SMK AKUNTANSI DAN KEUANGAN LEMBAGA"])
    cell = "SMK OTOMATISASI TATA KELOLA PERKANTORAN (OTKP)"
    assert matcher.fit(cell, None, "SMA", post).memenuhi
    assert not matcher.fit(cell, None, "SMA", "SMK AKUNTANSI DAN KEUANGAN LEMBAGA").memenuhi


@pytest.mark.parametrize(
    ("cell", "level", "programme"),
    [
        # an old BPS roster's short forms (standardPendidikanTerakhir, public GitHub)
        ("Ak. Ilmu Statistik", "D-III", "STATISTIKA"),
        ("Akad. Keperawatan", "D-III", "KEPERAWATAN"),
    ],
)
def test_ak_dot_opening_a_cell_is_an_akademi(cell: str, level: str, programme: str) -> None:
    parsed = parse_education(cell, None)
    assert (parsed.level, parsed.programme) == (level, programme)


@pytest.mark.parametrize(
    ("cell", "post", "other"),
    [
        # Ekonomi Perusahaan, Manajemen's old name: PERUS, a known abbreviation of no word before it, is no
        # abbreviation of EKONOMI (the bracket was dropped)
        ("S-1 Ekonomi(Perus)", "S-1 MANAJEMEN", "S-1 AKUNTANSI"),
        # the same reading the matcher already made of a bracket's concentration (programme_alternatives)
        ("S1 Ekonomi (Akt)", "S-1 AKUNTANSI", "S-1 MANAJEMEN"),
        ("S1 Manajemen (MNJ)", "S-1 MANAJEMEN", "S-1 AKUNTANSI"),
    ],
)
def test_a_short_concentration_in_brackets_names_the_programme(cell: str, post: str, other: str) -> None:
    matcher = EducationMatcher([post, other])
    assert matcher.fit(cell, None, "S-1", post).memenuhi
    assert not matcher.fit(cell, None, "S-1", other).memenuhi


@pytest.mark.parametrize(
    ("jurusan", "post", "other"),
    [
        ("Keperawatan Benteng", "D-III KEPERAWATAN", "D-III KEBIDANAN"),  # Benteng, the capital of Kepulauan Selayar
        ("Kebidanan Purwokerto", "D-III KEBIDANAN", "D-III KEPERAWATAN"),
    ],
)
def test_a_programme_column_ending_with_its_campus_town(jurusan: str, post: str, other: str) -> None:
    """The town after a programme was cut in a one-column cell only: "D3" + "Keperawatan Benteng" met no D-III
    Keperawatan post (serumpun), "D3 Keperawatan Benteng" did."""
    matcher = EducationMatcher([post, other])
    assert parse_education("D3", jurusan).programme == jurusan.split()[0]
    assert matcher.fit("D3", jurusan, "D-III", post).memenuhi
    assert not matcher.fit("D3", jurusan, "D-III", other).memenuhi


@pytest.mark.parametrize(
    ("text", "key"),
    [
        # the bracket gives the new name of the words before it: their abbreviation, dropped
        ("D3 ANALIS KESEHATAN (TLM)", "TEKNOLOGI LABORATORIUM MEDIS"),
        ("S1 Kesehatan Masyarakat (IKM)", "KESEHATAN MASYARAKAT"),
        ("S1 Manajemen (MNJ)", "MANAJEMEN"),
        # after a one-word faculty a known abbreviation of none of its words names the department
        ("S-1 Ekonomi(Perus)", "MANAJEMEN"),
        ("S1 Ekonomi (Akt)", "AKUNTANSI"),
    ],
)
def test_a_known_abbreviation_in_brackets_keys_the_programme(text: str, key: str) -> None:
    assert programme_key(text) == key


def test_every_degree_of_one_level_in_a_history_cell_is_checked() -> None:
    """Guard for spell20's reading of two same-level degrees (the first is the programme read): a post wanting the
    second degree is met too, as docs/pendidikan.md now says."""
    cell = "S1 Ilmu Hukum dan S1 Pemerintahan"
    matcher = EducationMatcher(["S-1 ILMU HUKUM", "S-1 ILMU PEMERINTAHAN", "S-1 AKUNTANSI"])
    assert parse_education(cell, None).programme == "Ilmu Hukum"
    assert matcher.fit(cell, None, "S-1", "S-1 ILMU HUKUM").memenuhi
    assert matcher.fit(cell, None, "S-1", "S-1 ILMU PEMERINTAHAN").memenuhi
    assert not matcher.fit(cell, None, "S-1", "S-1 AKUNTANSI").memenuhi
