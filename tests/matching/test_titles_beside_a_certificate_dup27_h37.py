"""A row whose education cell opens with titles and names the programme after them ("S.E Akuntansi") is read alike by
the roster and the matcher when the jurusan cell holds only a certificate (dup27, h37)."""

from __future__ import annotations

import pytest

from asn_mutasi.domain.pendidikan import parse_education, roster_education


@pytest.mark.parametrize(
    ("pendidikan", "jurusan", "expected"),
    [
        ("S.E Akuntansi", "AKTA IV", ("S-1", "Akuntansi")),
        ("S.Pd Matematika", "Akta IV", ("S-1", "Matematika")),
        ("S.E., M.M. Manajemen", "AKTA IV", ("S-2", "Manajemen")),
        ("S.Sos Antropologi", ",", ("S-1", "Antropologi")),
    ],
)
def test_a_certificate_alone_in_the_jurusan_cell_leaves_the_titled_programme(
    pendidikan: str, jurusan: str, expected: tuple[str, str]
) -> None:
    """The roster read the programme after the titles only when the jurusan cell was empty, so "S.E Akuntansi" beside
    "AKTA IV" (a teacher's certificate, no programme) showed jurusan "AKTA IV" where the matcher read Akuntansi: the
    two readings went through two copies of the titles' rule, one of them on the cell before its certificates were
    dropped. One rule now (``_after_titles``)."""
    read = parse_education(pendidikan, jurusan)
    assert roster_education(pendidikan, jurusan) == expected == (read.level, read.programme)
