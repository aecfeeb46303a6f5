"""A unit's initials stand for its first words, never for the place kind written out after them (review17, h35)."""

from __future__ import annotations

import pytest

from asn_mutasi.workload import link_employees

from .frames import make_positions, make_roster

POST = "Analis Kebijakan Ahli Muda"


@pytest.mark.parametrize(
    ("written", "table_unit", "linked"),
    [
        # Dinas Kesehatan's staff read as the DKP (Kelautan dan Perikanan) of the province: "Provinsi" initialled
        ("Dinas Kesehatan Provinsi Jawa Timur", "DKP Jawa Timur", False),
        ("Dinas Pendidikan Kabupaten Sukamaju", "DPK Sukamaju", False),
        ("DKK Sukamaju", "Dinas Kesehatan Kabupaten Sukamaju", False),
        # the initials of the words before the place, the place written out on both sides, still link
        ("DKP Provinsi Jawa Timur", "Dinas Kelautan dan Perikanan Provinsi Jawa Timur", True),
        ("Dinas Kelautan dan Perikanan Provinsi Jawa Timur", "DKP Provinsi Jawa Timur", True),
    ],
)
def test_initials_never_stand_for_the_place_kind(written: str, table_unit: str, linked: bool) -> None:
    """The initials of a unit's first words with the rest written out (real23) took "Provinsi", "Kabupaten" into the
    initials: a roster's Dinas Kesehatan Provinsi Jawa Timur was linked to the table's "DKP Jawa Timur", another
    dinas, where nothing links at all is the answer (the analyst adds the unit)."""
    table = make_positions(
        [
            {"kode_jabatan": "J0", "nama_jabatan": POST, "unit_kerja": table_unit},
            {"kode_jabatan": "JX", "nama_jabatan": POST, "unit_kerja": "X"},
        ]
    )
    res = link_employees(make_roster([{"jabatan": POST, "unit_kerja": written}]), table)
    assert res.frame.loc[0, "kode_jabatan_link"] == ("J0" if linked else None)
