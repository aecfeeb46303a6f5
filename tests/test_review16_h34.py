"""Review of the second wave of merges (review16, h34): units compared part by part keep an office of its own
(a puskesmas, a hospital, a UPT) as a part of its own."""

from __future__ import annotations

import pytest

from asn_mutasi.workload import link_employees
from tests.workload.frames import make_positions, make_roster


@pytest.mark.parametrize(
    ("table_unit", "roster_unit"),
    [
        ("Dinas Kesehatan | UPTD Puskesmas Sukamaju", "UPTD Puskesmas Sukamaju Dinas Kesehatan"),
        ("Dinas Kesehatan | Puskesmas Sukamaju", "Puskesmas Sukamaju Dinas Kesehatan"),
        ("Dinas Lingkungan Hidup | UPT Pengelolaan Sampah", "UPT Pengelolaan Sampah Dinas Lingkungan Hidup"),
        ("Dinas Kesehatan | RSUD Sukamaju", "RSUD Sukamaju Dinas Kesehatan"),
        ("UPTD Puskesmas Sukamaju | Dinas Kesehatan", "Dinas Kesehatan UPTD Puskesmas Sukamaju"),
    ],
)
def test_an_office_of_its_own_written_before_its_dinas_is_the_table_s_unit(table_unit: str, roster_unit: str) -> None:
    """The part-wise comparison started a part at a part's or an OPD's head word only: "UPTD Puskesmas Sukamaju Dinas
    Kesehatan" was one part and no longer the table's "Dinas Kesehatan | UPTD Puskesmas Sukamaju" it linked to when
    units were compared as sets of words."""
    table = make_positions(
        [
            {"kode_jabatan": "J1", "nama_jabatan": "Analis", "unit_kerja": table_unit},
            {"kode_jabatan": "J2", "nama_jabatan": "Analis", "unit_kerja": "Dinas Sosial"},
        ]
    )
    res = link_employees(make_roster([{"jabatan": "Analis", "unit_kerja": roster_unit}]), table)
    assert res.frame["kode_jabatan_link"].tolist() == ["J1"]


def test_a_puskesmas_of_one_upt_is_not_another_upt_s() -> None:
    """The UPT's own puskesmas stays on the UPT's part: the parts of two UPTs are not mixed."""
    table = make_positions(
        [
            {"kode_jabatan": "J1", "nama_jabatan": "Analis", "unit_kerja": "Dinas Kesehatan | UPTD Puskesmas Sukamaju"},
            {"kode_jabatan": "J2", "nama_jabatan": "Analis", "unit_kerja": "Dinas Sosial"},
        ]
    )
    res = link_employees(
        make_roster([{"jabatan": "Analis", "unit_kerja": "UPTD Puskesmas Sukasari Dinas Kesehatan"}]), table
    )
    assert res.frame["kode_jabatan_link"].isna().all()
