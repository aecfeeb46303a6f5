"""A region's elected head and deputy (Bupati, Wali Kota, Gubernur and their Wakil) are pejabat negara, no ASN post:
never a vacancy nor a move target, and said (groups21, h35). A Pj. seat, held by an ASN of JPT level, stays."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_helpers import EXIT_OK, TANGGAL, expect, run, stdout_json, write_csv

from asn_mutasi.domain.jabatan import elected_seat
from asn_mutasi.validation import prepare_roster
from tests.test_validation import GOOD_NIP_F, person, raw_table

_POSTS = [
    ["A1", "Pengadministrasi Perkantoran", "Dinas Kesehatan", "Pelaksana", "1"],
    ["W1", "Wakil Bupati", "Sekretariat Daerah", "Pelaksana", "1"],
    ["B1", "BUPATI TAPIN", "Sekretariat Daerah", "", "1"],
    ["G1", "Wakil Gubernur", "Sekretariat Daerah", "", "1"],
    ["P1", "Pj. Wali Kota", "Sekretariat Daerah", "", "1"],
]
_PEOPLE = [
    ["198001012006011002", "Budi Santoso", "Pengadministrasi Perkantoran", "Dinas Kesehatan"],
    ["198201012008012001", "Dewi Lestari", "Pengadministrasi Perkantoran", "Dinas Kesehatan"],
    ["198301012009011003", "Ahmad Yani", "Pengadministrasi Perkantoran", "Dinas Kesehatan"],
]


def _inputs(tmp_path: Path) -> tuple[Path, Path]:
    head = ["NIP", "NAMA", "GOL/RUANG", "JABATAN", "UNIT KERJA", "JENIS JABATAN", "TMT JABATAN", "TANGGAL LAHIR",
            "STATUS KEPEGAWAIAN", "PENDIDIKAN TERAKHIR", "JURUSAN"]  # fmt: skip
    rows = [
        [nip, nama, "III/a", jab, unit, "Pelaksana", "01-01-2019", f"{nip[6:8]}-{nip[4:6]}-{nip[:4]}", "PNS", "S-1",
         "Administrasi Negara"]
        for nip, nama, jab, unit in _PEOPLE
    ]  # fmt: skip
    pegawai = write_csv(tmp_path / "pegawai.csv", head, rows, delimiter=";")
    jabatan = write_csv(
        tmp_path / "jabatan.csv", ["KODE JABATAN", "NAMA JABATAN", "UNIT KERJA", "JENIS JABATAN", "KEBUTUHAN"], _POSTS
    )
    return pegawai, jabatan


def test_an_elected_seat_is_no_vacancy_and_no_move_target(tmp_path: Path) -> None:
    """Before: "Wakil Bupati" read a pelaksana post and ``rencana`` moved Dewi (a surplus pelaksana) into it; "Bupati"
    read JPT Pratama and was a vacancy of ``lowongan``. The Pj. Wali Kota's seat (an ASN's, JPT) stays a post."""
    pegawai, jabatan = _inputs(tmp_path)
    plan = stdout_json(expect(run("rencana", pegawai, jabatan, *TANGGAL, "-f", "json"), EXIT_OK))
    assert {m["kode_jabatan_tujuan"] for m in plan["mutasi"]} <= {"P1"}
    assert {r["kode_jabatan"] for r in plan["lowongan_tidak_terisi"]} <= {"P1"}
    vacancies = stdout_json(expect(run("lowongan", pegawai, jabatan, *TANGGAL, "-f", "json"), EXIT_OK))
    assert {r["kode_jabatan"] for r in vacancies} == {"A1", "P1"}
    said = stdout_json(run("periksa", pegawai, jabatan, *TANGGAL, "-f", "json"))["temuan"]
    elected = [(f["baris"], f["nilai"]) for f in said if f["kode"] == "jabatan-kepala-daerah"]
    assert elected == [(3, "Wakil Bupati"), (4, "BUPATI TAPIN"), (5, "Wakil Gubernur")]
    assert "pejabat negara" in said[0]["pesan"]


def test_an_elected_official_in_a_roster_is_left_out_of_planning() -> None:
    """A Wakil Bupati written in a roster is no ASN to move; a Pj. Bupati is an ASN (JPT) and stays."""
    roster = prepare_roster(
        raw_table("pegawai", [person(jabatan="Wakil Bupati"), person(nip=GOOD_NIP_F, jabatan="Pj. Bupati")])
    )
    found = [f.location.value for f in roster.findings if f.code == "jabatan-kepala-daerah"]
    assert found == ["Wakil Bupati"]
    assert roster.frame["_status"].tolist()[0] != "valid"
    assert roster.frame["_status"].tolist()[1] == "valid"


@pytest.mark.parametrize(
    ("name", "elected"),
    [
        ("Bupati", True),
        ("Walikota Bandung", True),
        ("Wakil Wali Kota", True),
        ("Gubernur Jawa Barat", True),
        ("Plt. Bupati", True),  # the wakil or sekda standing in: the seat is still the elected one
        ("Pj. Bupati", False),
        ("Penjabat Gubernur", False),
        ("Pjs. Wali Kota", False),
        ("Staf Ahli Bupati", False),
        ("Ajudan Wakil Bupati", False),
        ("Wali Nagari", False),
        ("Sekretaris Daerah", False),
    ],
)
def test_which_names_are_elected_seats(name: str, elected: bool) -> None:
    assert elected_seat(name) is elected
