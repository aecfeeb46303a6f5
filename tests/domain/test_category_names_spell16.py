"""The education categories as SIASN and Dukcapil (the family card) name them, found as roster values in public code
(spell16, h33): "AKADEMI/DIPLOMA III/SARJANA MUDA" read the programme DIPLOMA III/SARJANA MUDA, "DIPLOMA I/II" the
programme II, and "S.MUDA" (Sarjana Muda) no level."""

from __future__ import annotations

import pytest

from asn_mutasi.domain.pendidikan import parse_education


@pytest.mark.parametrize(
    ("cell", "level", "programme"),
    [
        ("AKADEMI/DIPLOMA III/SARJANA MUDA", "D-III", ""),
        ("Akademi/Diploma III/Sarjana Muda", "D-III", ""),
        ("AKADEMI/DIPLOMA III/S. MUDA", "D-III", ""),
        ("AKADEMI/D3", "D-III", ""),
        ("DIPLOMA I/II", "D-I", ""),
        ("D I/II Keuangan", "D-I", "Keuangan"),
        ("S.MUDA Hukum", "D-III", "Hukum"),
    ],
)
def test_category_names_are_levels_only(cell: str, level: str, programme: str) -> None:
    read = parse_education(cell, None)
    assert (read.level, read.programme) == (level, programme)


def test_a_school_with_a_programme_of_its_own_keeps_it_before_sederajat() -> None:
    assert parse_education("SPK/SEDERAJAT", None).programme == "KEPERAWATAN"
