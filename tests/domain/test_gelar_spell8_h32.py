"""Name and title readings of round spell8 (h32)."""

from __future__ import annotations

import pytest

from asn_mutasi.domain.gelar import bare_name, with_title_columns


def test_title_typed_twice_after_the_name_is_written_once() -> None:
    assert with_title_columns("AHMAD SH SH", "", "S.H.") == "AHMAD, S.H."
    assert with_title_columns("AHMAD FAUZI SH", "", "S.H.") == "AHMAD FAUZI, S.H."


@pytest.mark.parametrize(
    ("nama", "word", "kept"),
    [
        # a fellowship after a specialist's title is no name
        ("dr. Paul Agus Sp.P (K) FISR", "FISR", False),
        ("dr. Rina Sp.JP FIHA", "FIHA", False),
        # an all-caps word after another title is the name's own
        ("Budi Santoso S.Kom FAJAR", "FAJAR", True),
        ("Siti Aminah S.Pd FITRI", "FITRI", True),
    ],
)
def test_fellowship_only_after_a_specialist(nama: str, word: str, kept: bool) -> None:
    assert (word in bare_name(nama).split()) is kept
