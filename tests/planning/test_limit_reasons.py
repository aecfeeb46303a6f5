"""Reasons that name a unit limit name the one that binds: ``maks_pindah_per_unit`` only for a stayer whose move
would leave the unit, the staff floor by its own words, and a rotation-due person the limit holds is told so
(oracle8 #1 and #2, h29: its minimal repros, checked against the limits the plan had binding)."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

from cli_helpers import EXIT_OK, expect, run, stdout_json

from asn_mutasi.config import PlanSettings, Settings
from asn_mutasi.planning import make_plan
from tests.planning.factory import AS_OF, NO_RETIREMENTS, candidates, nip, positions, roster

HEADER = (
    "NIP;NAMA;GOL/RUANG;KODE JABATAN;JABATAN;UNIT KERJA;JENIS JABATAN;TMT JABATAN;TANGGAL LAHIR;"
    "STATUS KEPEGAWAIAN;PENDIDIKAN TERAKHIR;JURUSAN\n"
)
TABLE = "KODE JABATAN;NAMA JABATAN;UNIT KERJA;JENIS JABATAN;KEBUTUHAN;SYARAT PENDIDIKAN\n"
AGUS, DEWI, YANTI = "198502102010011001", "198604122010012002", "198703152011011003"


def _plan(tmp_path: Path, roster: str, table: str, *options: str) -> dict[str, Any]:
    (tmp_path / "pegawai.csv").write_text(HEADER + roster, encoding="utf-8")
    (tmp_path / "jabatan.csv").write_text(TABLE + table, encoding="utf-8")
    result = run(
        "rencana", tmp_path / "pegawai.csv", tmp_path / "jabatan.csv", "--tanggal", "01-07-2026", "-f", "json", *options
    )
    return stdout_json(expect(result, EXIT_OK))


def _unfilled(payload: dict[str, Any]) -> dict[str, str]:
    return {r["kode_jabatan"]: r["alasan"] for r in payload["lowongan_tidak_terisi"]}


def _people(payload: dict[str, Any]) -> dict[str, tuple[str, str]]:
    return {r["nip"]: (r["status"], r["alasan"]) for r in payload["pegawai"]}


# Dinas A: A2 vacant (S-1); Yanti holds A3 (k 1 = b 1) and is eligible for A2 in her own unit; Agus holds A4 (k 0)
# and leaves for Dinas B's B1 (oracle8 heldrepro)
HELD_ROSTER = (
    f"{AGUS};Agus Santoso;II/c;A4;Pengadministrasi Perkantoran;Dinas A;Pelaksana;01-03-2020;10-02-1985;PNS;SLTA;SMA\n"
    f"{YANTI};Yanti Rahayu;III/a;A3;Pengolah Data dan Informasi;Dinas A;Pelaksana;01-03-2020;15-03-1987;PNS;S-1;"
    "S-1 Administrasi Negara\n"
)
HELD_TABLE = (
    "A2;Penelaah Teknis Kebijakan;Dinas A;Pelaksana;1;S-1\nA3;Pengolah Data dan Informasi;Dinas A;Pelaksana;1;S-1\n"
    "A4;Pengadministrasi Perkantoran;Dinas A;Pelaksana;0;SLTA\nB1;Pengadministrasi Perkantoran;Dinas B;Pelaksana;1;SLTA\n"
)
NEEDED = "tetap karena memindahkan mereka mengosongkan jabatan asal yang sama-sama dibutuhkan"


def test_a_move_inside_the_unit_is_not_held_by_the_leaving_limit(tmp_path: Path) -> None:
    """Agus leaves Dinas A, so it is at its maks 1; Yanti's move A3 -> A2 stays inside Dinas A, which the limit
    does not count: she stays because A3 is needed as much, as without the limit (same plan either way)."""
    free = _plan(tmp_path, HELD_ROSTER, HELD_TABLE)
    limited = _plan(tmp_path, HELD_ROSTER, HELD_TABLE, "--maks-pindah-per-unit", "1")
    assert [m["nip"] for m in limited["mutasi"]] == [m["nip"] for m in free["mutasi"]] == [AGUS]
    reason = _unfilled(limited)["A2"]
    assert reason == _unfilled(free)["A2"]
    assert reason.startswith(f"1 pegawai layak; 1 {NEEDED}")
    assert "tertahan" not in reason
    assert _people(limited)[YANTI] == ("tetap", "Tetap: tidak ada mutasi yang menambah lowongan terisi")


def test_a_stayer_the_staff_floor_holds_is_said_to_be_held_by_the_floor(tmp_path: Path) -> None:
    """With min 2 Dinas A (2 staff) may lose nobody: both its people are held from B1 by the floor (Agus sits on
    A4, kebutuhan 0: moving him empties nothing needed), while A2 in their own unit is not behind the floor."""
    payload = _plan(tmp_path, HELD_ROSTER, HELD_TABLE, "--min-pegawai-per-unit", "2")
    assert payload["mutasi"] == []
    reasons = _unfilled(payload)
    assert reasons["B1"] == "2 pegawai layak; 2 tertahan batas minimal pegawai per unit kerja (2 pegawai)"
    assert reasons["A2"].startswith(f"1 pegawai layak; 1 {NEEDED}")
    assert _people(payload)[AGUS] == ("tetap", "Tetap: tertahan batas minimal pegawai per unit kerja (2 pegawai)")
    both = _plan(tmp_path, HELD_ROSTER, HELD_TABLE, "--min-pegawai-per-unit", "2", "--maks-pindah-per-unit", "0")
    assert _unfilled(both)["B1"] == "2 pegawai layak; 2 tertahan batas mutasi per unit kerja (0 keluar)"  # maks first


# Dinas A: Agus and Dewi hold A1 (k 2) since 2018, rotation-due; Dinas B's B1 has 3 open seats both may take
# (oracle8 rotrepro)
ROT_ROSTER = (
    f"{AGUS};Agus Santoso;II/c;A1;Pengadministrasi Perkantoran;Dinas A;Pelaksana;01-03-2018;10-02-1985;PNS;SLTA;SMA\n"
    f"{DEWI};Dewi Lestari;II/c;A1;Pengadministrasi Perkantoran;Dinas A;Pelaksana;01-03-2018;12-04-1986;PNS;SLTA;SMA\n"
    f"{YANTI};Eko Pratama;II/c;B9;Pengadministrasi Umum;Dinas B;Pelaksana;01-03-2022;15-03-1987;PNS;SLTA;SMA\n"
)
ROT_TABLE = (
    "A1;Pengadministrasi Perkantoran;Dinas A;Pelaksana;2;SLTA\nB1;Pengadministrasi Perkantoran;Dinas B;Pelaksana;3;SLTA\n"
    "B9;Pengadministrasi Umum;Dinas B;Pelaksana;1;SLTA\n"
)


def test_a_rotation_due_person_held_by_the_leaving_limit_is_told_so(tmp_path: Path) -> None:
    payload = _plan(tmp_path, ROT_ROSTER, ROT_TABLE, "--rotasi", "--maks-pindah-per-unit", "1")
    moved = [m["nip"] for m in payload["mutasi"]]
    assert len(moved) == 1 and moved[0] in (AGUS, DEWI)
    stayer = DEWI if moved[0] == AGUS else AGUS
    held = "tertahan batas mutasi per unit kerja (1 keluar)"
    assert _people(payload)[stayer] == ("tetap", f"Tetap: {held}")
    rot = [f["pesan"] for f in payload["temuan"] if f["kode"] == "rotasi-tidak-terpenuhi"]
    assert len(rot) == 1 and rot[0].endswith(f"tetapi {held}"), rot
    assert f"1 {held}" in _unfilled(payload)["B1"]
    free = _plan(tmp_path, ROT_ROSTER, ROT_TABLE, "--rotasi")
    assert sorted(m["nip"] for m in free["mutasi"]) == [AGUS, DEWI]


def test_a_rotation_due_person_with_no_free_seat_is_told_that_and_not_the_fill(tmp_path: Path) -> None:
    """B1 has one open seat only and B9 asks S-1: one due holder takes B1, the other has nowhere to go (no limit
    holds them; before, the row read "tidak ada mutasi yang menambah lowongan terisi")."""
    table = ROT_TABLE.replace("Dinas B;Pelaksana;3;", "Dinas B;Pelaksana;1;").replace(
        "Umum;Dinas B;Pelaksana;1;SLTA", "Umum;Dinas B;Pelaksana;1;S-1"
    )
    roster = ROT_ROSTER.rsplit("PNS;SLTA;SMA\n", 1)[0] + "PNS;S-1;S-1 Administrasi Negara\n"
    payload = _plan(tmp_path, roster, table, "--rotasi")
    assert [m["kode_jabatan_tujuan"] for m in payload["mutasi"]] == ["B1"]
    stayer = ({AGUS, DEWI} - {m["nip"] for m in payload["mutasi"]}).pop()
    none = "tidak ada jabatan tujuan yang layak dan tersedia"
    assert _people(payload)[stayer] == ("tetap", f"Tetap: masa jabatan melebihi batas rotasi, tetapi {none}")
    rot = [f["pesan"] for f in payload["temuan"] if f["kode"] == "rotasi-tidak-terpenuhi"]
    assert len(rot) == 1 and rot[0].endswith(f"tetapi {none}"), rot


def test_the_same_split_from_a_candidate_table(tmp_path: Path) -> None:
    """The direct-arc path (a candidate table, no classes) splits the same way: P1 leaves Dinas A (its maks 1);
    P2 (A3, needed) may fill A2 in Dinas A (not held) and B1 in Dinas B (held); P3 in Dinas C is free but needed."""
    pos = positions(
        [
            ("A2", "Penelaah", "Dinas A", 1),
            ("A3", "Pengolah Data", "Dinas A", 1),
            ("A4", "Pengadministrasi", "Dinas A", 0),
            ("B1", "Pengadministrasi", "Dinas B", 2),
            ("C1", "Pengadministrasi", "Dinas C", 1),
        ]
    )
    ro = roster([(nip(1), "A4"), (nip(2), "A3"), (nip(3), "C1")])
    ca = candidates(
        [(nip(1), "B1", 80, True), (nip(2), "A2", 70, True), (nip(2), "B1", 70, True), (nip(3), "B1", 60, True)]
    )
    st = Settings(rencana=dataclasses.replace(PlanSettings(), maks_pindah_per_unit=1))
    p = make_plan(ro, pos, ca, st, as_of=AS_OF, retirements=NO_RETIREMENTS)
    assert p.moves["nip"].tolist() == [nip(1)]
    reasons = dict(zip(p.unfilled["kode_jabatan"], p.unfilled["alasan"], strict=True))
    assert reasons["A2"].startswith(f"1 pegawai layak; 1 {NEEDED}")
    assert reasons["B1"] == (
        f"3 pegawai layak; 1 mengisi jabatan ini dalam rencana ini; 1 tertahan batas mutasi per unit kerja (1 keluar); "
        f"1 {NEEDED} (tidak menambah lowongan terisi)"
    )
    people = dict(zip(p.accounting["nip"], p.accounting["alasan"], strict=True))
    # one definition for the row and the seat: Dinas A is at its maks and B1 is open to P2 (P3: the fill)
    assert people[nip(2)] == "Tetap: tertahan batas mutasi per unit kerja (1 keluar)"
    assert people[nip(3)] == "Tetap: tidak ada mutasi yang menambah lowongan terisi"


def test_who_a_unit_limit_holds_is_found_without_expanding_every_block_over_every_unit() -> None:
    """Whether a held stayer has an open post in another unit expanded every class block over every unit its group
    had open posts in and sorted the result: 4-6 s and over 1 GB of a binding unit limit's plan at 100k (speed5,
    h31). Here 20,000 blocks over 100 units (2 million entries, about 100 MB before); now per (class, unit) of the
    stayers only. Measured with tracemalloc (this test's own allocations)."""
    import tracemalloc
    from types import SimpleNamespace

    import numpy as np

    from asn_mutasi.planning.explain import held_stayers

    n_u, n_g, n_class = 100, 20, 1000
    n_pos = n_u * n_g  # post p: group p // n_u, unit p % n_u, kebutuhan 1
    pos_u, u = np.arange(n_pos) % n_u, np.arange(n_u)
    mover_pos = np.stack([u, n_u + u], axis=1).ravel()  # two holders per unit: groups 0 and 1
    leaver = np.arange(2 * n_u) % 2 == 0  # the first leaves for group 2's post in the next unit: its unit is at maks 1
    target = mover_pos.copy()
    target[leaver] = 2 * n_u + (u + 1) % n_u
    inst = SimpleNamespace(
        mover_pos=mover_pos, limits=True, max_moves_per_unit=1, min_staff_per_unit=None, units=lambda: (pos_u, n_u),
        fixed=np.zeros(n_pos, np.int64), k=np.ones(n_pos, np.int64), cap=np.ones(n_pos, np.int64),
        stay_primary=np.zeros(2 * n_u, np.int64),
    )  # fmt: skip
    sol = SimpleNamespace(target=target, moved_arc=np.where(leaver, 0, -1))
    classes, groups = np.meshgrid(np.arange(n_class), np.arange(n_g), indexing="ij")  # every class fits every group
    elig = SimpleNamespace(
        emp_class=np.arange(2 * n_u), n_class=n_class, blk_class=classes.ravel(), blk_group=groups.ravel(),
        pos_group=np.arange(n_pos) // n_u, n_group=n_g, dir_emp=np.zeros(0, np.int64), dir_pos=np.zeros(0, np.int64),
    )  # fmt: skip
    tracemalloc.start()
    try:
        by_max, by_floor = held_stayers(inst, sol, elig)  # type: ignore[arg-type]
        peak_mb = tracemalloc.get_traced_memory()[1] / 2**20
    finally:
        tracemalloc.stop()
    assert by_max.tolist() == (~leaver).tolist() and not by_floor.any()  # every stayer has open posts elsewhere
    assert peak_mb < 10
