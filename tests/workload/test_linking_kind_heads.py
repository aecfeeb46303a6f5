"""A unit's head written by the kind of unit alone, as a SIMPEG export writes a structural post beside the unit it
heads ("KEPALA SEKSI" in Seksi Tata Kelola dan Usaha Kehutanan), links to the unit's one head post (peers6, h32)."""

from __future__ import annotations

import pytest

from asn_mutasi.workload import link_employees

from .frames import make_positions, make_roster

_RLPM = "Seksi Rehabilitasi Lahan dan Pemberdayaan Masyarakat"
_TKUK = "Seksi Tata Kelola dan Usaha Kehutanan"
_TU = "Sub Bagian Tata Usaha"


def _table(kasi_rlpm: str, kasi_tkuk: str, kasubbag: str) -> list[dict[str, str]]:
    return [
        {"kode_jabatan": "KCD", "nama_jabatan": "Kepala Cabang Dinas", "unit_kerja": "Cabang Dinas Kehutanan"},
        {"kode_jabatan": "KTU", "nama_jabatan": kasubbag, "unit_kerja": _TU},
        {"kode_jabatan": "PTU", "nama_jabatan": "Pengolah Data dan Informasi", "unit_kerja": _TU},
        {"kode_jabatan": "KS1", "nama_jabatan": kasi_rlpm, "unit_kerja": _RLPM},
        {"kode_jabatan": "PK1", "nama_jabatan": "Penyuluh Kehutanan Ahli Muda", "unit_kerja": _RLPM},
        {"kode_jabatan": "KS2", "nama_jabatan": kasi_tkuk, "unit_kerja": _TKUK},
        {"kode_jabatan": "PD2", "nama_jabatan": "Pengolah Data dan Informasi", "unit_kerja": _TKUK},
    ]


@pytest.mark.parametrize(
    "names",
    [
        ("Kepala Seksi RLPM", "Kepala Seksi TKUK", "Kepala Sub Bagian TU"),  # SMART-HUT's BezettingSeeder
        (f"Kepala {_RLPM}", f"Kepala {_TKUK}", f"Kepala {_TU}"),
        ("Kasi RLPM", "Kasi TKUK", "Kasubbag TU"),
    ],
)
def test_head_written_by_its_kind_links_to_the_head_of_its_unit(names: tuple[str, str, str]) -> None:
    """SMART-HUT's SIMPEG seeder (firdausnanda/SMART-HUT, a Jatim Cabang Dinas Kehutanan) writes its three heads
    "KEPALA SEKSI" / "KEPALA SUB BAGIAN" with the unit beside them; the three posts read bezetting 0 and a vacancy
    each, and the heads were unlinked (jabatan-tidak-ditemukan) though each unit has one such post."""
    roster = make_roster(
        [
            {"jabatan": "KEPALA SEKSI", "unit_kerja": _TKUK.upper()},
            {"jabatan": "KEPALA SEKSI", "unit_kerja": _RLPM.upper()},
            {"jabatan": "KEPALA SUB BAGIAN", "unit_kerja": _TU.upper()},
            {"jabatan": "Kepala Subbag", "unit_kerja": _TU},
        ]
    )
    res = link_employees(roster, make_positions(_table(*names)))
    assert res.frame["kode_jabatan_link"].tolist() == ["KS2", "KS1", "KTU", "KTU"]
    assert set(res.frame["cara_tautan"]) == {"nama"}
    assert not [f for f in res.findings if f.code == "jabatan-tidak-ditemukan"]


def test_kind_alone_stays_unlinked_where_the_unit_has_two_such_heads() -> None:
    """A table listing an OPD's Kasi in the OPD's own unit: "KEPALA SEKSI" there names none of them; and a name
    that is no kind of unit ("Kepala Dinas") is not read by this rule."""
    table = make_positions(
        [
            {"kode_jabatan": "A", "nama_jabatan": "Kepala Seksi Irigasi", "unit_kerja": "Dinas PUPR"},
            {"kode_jabatan": "B", "nama_jabatan": "Kepala Seksi Jalan", "unit_kerja": "Dinas PUPR"},
            {"kode_jabatan": "C", "nama_jabatan": "Kepala Dinas Pekerjaan Umum", "unit_kerja": "Dinas PUPR"},
        ]
    )
    roster = make_roster([{"jabatan": "KEPALA SEKSI", "unit_kerja": "Dinas PUPR"}])
    res = link_employees(roster, table)
    assert res.frame.loc[0, "cara_tautan"] != "nama"
    assert res.frame.loc[0, "kode_jabatan_link"] not in ("A", "B")
