"""A programme's abbreviation in capitals after a first degree of another field is the programme, not an undotted
master's title (reviewB, h37): "S.Pd. MPI" (Manajemen Pendidikan Islam, a madrasah teacher's S-1) read S-2 PERIKANAN
once spell27 read any capitals word whose dotted form is a title ("M.Pi", Magister Perikanan) as that title."""

from __future__ import annotations

import pytest

from asn_mutasi.domain.pendidikan import parse_education, roster_education


@pytest.mark.parametrize("cell", ["S.Pd. MPI", "S.Ag. MPI", "S.Pd.I. MPI", "S.Pd.I MPI", "S.Pd.I, MPI"])
def test_mpi_after_an_education_degree_is_the_programme(cell: str) -> None:
    for pendidikan, jurusan in ((cell, None), (None, cell), ("S1", cell)):
        parsed = parse_education(pendidikan, jurusan)
        assert (parsed.level, parsed.programme) == ("S-1", "MPI"), (pendidikan, jurusan)
        assert roster_education(pendidikan, jurusan) == ("S-1", "MPI"), (pendidikan, jurusan)


@pytest.mark.parametrize("cell", ["S.Pi MPI", "S.Pi, MPI", "S.Pi. MPI", "S.Pi., MPI"])
def test_mpi_after_a_fisheries_degree_is_still_magister_perikanan(cell: str) -> None:
    parsed = parse_education(cell, None)
    assert (parsed.level, parsed.programme) == ("S-2", "PERIKANAN")


@pytest.mark.parametrize(("cell", "programme"), [("S.E. MM", "MANAJEMEN"), ("S.E, MM", "MANAJEMEN")])
def test_bare_masters_stay_titles(cell: str, programme: str) -> None:
    parsed = parse_education(cell, None)
    assert (parsed.level, parsed.programme) == ("S-2", programme)
