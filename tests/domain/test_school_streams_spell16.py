"""SLTA cells from public school tables (spell16): a stream code written with its gloss after a slash, and the
teacher-school stream named by a lower school in the JURUSAN column."""

from __future__ import annotations

import pytest

from asn_mutasi.domain.pendidikan import parse_education
from asn_mutasi.matching.education import EducationMatcher


@pytest.mark.parametrize(
    ("pendidikan", "jurusan"),
    [
        ("SMU", "A4/BAHASA"),  # an academic app's school-stream table
        ("SMA", "A.4/Bahasa"),  # the BKN reference spelling (kode 30010040)
    ],
)
def test_stream_code_with_slashed_gloss_is_the_general_stream(pendidikan: str, jurusan: str) -> None:
    parsed = parse_education(pendidikan, jurusan)
    assert (parsed.level, parsed.programme, parsed.jalur) == ("SMA", "BAHASA", "umum")


@pytest.mark.parametrize(
    ("pendidikan", "jurusan", "programme"),
    [("SPG", "SD", "PENDIDIKAN GURU SD"), ("SPG", "TK", "PENDIDIKAN GURU TK"), ("SGO", "SMP", "SMP")],
)
def test_lower_school_in_teacher_school_jurusan_keeps_the_teacher_track(
    pendidikan: str, jurusan: str, programme: str
) -> None:
    parsed = parse_education(pendidikan, jurusan)
    assert (parsed.level, parsed.programme, parsed.jalur) == ("SMA", programme, "keguruan")


@pytest.mark.parametrize(
    ("pendidikan", "jurusan", "requirement"),
    [
        ("SPG", "SD", "SLTA Keguruan"),
        ("SPG", "SD", "SPG"),
        ("SPG", "TK", "SPG"),
        ("SPG SD", None, "SPG"),
    ],
)
def test_spg_stream_graduate_meets_an_spg_or_keguruan_post(
    pendidikan: str, jurusan: str | None, requirement: str
) -> None:
    fit = EducationMatcher([requirement]).fit(pendidikan, jurusan, None, requirement)
    assert fit.memenuhi, fit.alasan


def test_spg_stream_graduate_still_misses_a_general_stream_post() -> None:
    fit = EducationMatcher(["SLTA/SMA IPA"]).fit("SPG", "SD", None, "SLTA/SMA IPA")
    assert not fit.memenuhi


@pytest.mark.parametrize(("pendidikan", "jurusan"), [("SMA", "SD"), ("SLTA", "SMP")])
def test_lower_school_beside_a_general_school_stays_unread(pendidikan: str, jurusan: str) -> None:
    parsed = parse_education(pendidikan, jurusan)
    assert (parsed.level, parsed.programme, parsed.jalur) == ("SMA", "", "umum")


@pytest.mark.parametrize("jurusan", ["IPA/IPS", "IPA / IPS", "IPS/IPA"])
def test_a_general_smas_category_ipa_ips_is_no_vocational_programme(jurusan: str) -> None:
    """ "IPA/IPS" as the jurusan is a general SMA's category: it read as SLTA kejuruan with the programme "IPA/IPS",
    and an "SLTA/SMA IPA" post was not met (spell16's report, integration h33)."""
    parsed = parse_education("SMA", jurusan)
    assert parsed.jalur == "umum"
    fit = EducationMatcher(["SLTA/SMA IPA"]).fit("SMA", jurusan, None, "SLTA/SMA IPA")
    assert fit.memenuhi
