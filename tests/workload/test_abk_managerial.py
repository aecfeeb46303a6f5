"""A managerial post's kebutuhan is the organisation's one seat, not its workload's (peers3 #1, h28).

The peer azovbrigadeina/sianjabemje fixes it ("jabatan.kebutuhan … Struktural auto=1"); an ABK of 2,500 h made a
second Kepala Dinas a vacancy that ``rencana --abk`` filled, one of 420 h made the only Kabid a surplus moved away.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pandas as pd
from cli_helpers import EXIT_OK, expect, run, stdout_json, write_csv

from asn_mutasi.api.needs import vacancies
from asn_mutasi.config import Settings
from asn_mutasi.workload import apply_abk
from asn_mutasi.workload.analysis import position_needs

DATE = ("--tanggal", "04-12-2026")
UNIT = "Dinas Perhubungan"
#: kode, name, holders, tasks (volume a year, minutes): 2,500 h; 1,300 h; 420 h; 120 h; 1,500 h
POSTS = [
    ("DISHUB-01", "Kepala Dinas Perhubungan", 1, [(300, 180), (200, 480)]),
    ("DISHUB-02", "Sekretaris Dinas Perhubungan", 1, [(260, 300)]),
    ("DISHUB-03", "Kepala Bidang Lalu Lintas", 1, [(40, 480), (100, 60)]),
    ("DISHUB-04", "Kepala Seksi Angkutan", 1, [(120, 60)]),
    ("DISHUB-05", "Pengadministrasi Perkantoran", 2, [(6000, 10), (3000, 10)]),
]


def _inputs(folder: Path) -> tuple[Path, Path, Path]:
    """The peers3 case: every managerial post of kebutuhan 1 in the table; a Sekretariat Daerah with two Staf Ahli on
    one seat (a surplus JPT to move) and a vacant Kepala Bidang elsewhere (invented people, synthetic NIPs)."""
    positions = [(k, n, UNIT, 2 if h == 2 else 1) for k, n, h, _ in POSTS]
    positions += [
        ("SETDA-09", "Staf Ahli Bupati Bidang Pemerintahan", "Sekretariat Daerah", 1),
        ("KOMINFO-03", "Kepala Bidang Aplikasi Informatika", "Dinas Komunikasi dan Informatika", 1),
    ]
    jabatan = write_csv(folder / "peta.csv", ("KODE JABATAN", "NAMA JABATAN", "UNIT KERJA", "KEBUTUHAN"), positions)
    tasks = [(k, n, UNIT, "Tugas", "Dokumen", v, m) for k, n, _, t in POSTS for v, m in t]
    header = ("KODE JABATAN", "NAMA JABATAN", "UNIT KERJA", "URAIAN TUGAS", "SATUAN HASIL", "VOLUME (PER TAHUN)")
    abk = write_csv(folder / "abk.csv", (*header, "NORMA WAKTU (MENIT)"), tasks)
    people, i = [], 0
    for k, n, h, _ in POSTS:
        for _ in range(h):
            i += 1
            born = f"19{75 + i}0{1 + i % 9}15"
            people.append((f"{born}200503100{i}", f"PEGAWAI {i}", k, n, UNIT, "III/c", "S-1", "01-01-2020"))
    for j in range(2):
        people.append(
            (f"197{j + 2}051{j}199803105{j}", f"STAF AHLI {j}", "SETDA-09", "Staf Ahli Bupati Bidang Pemerintahan",
             "Sekretariat Daerah", "IV/c", "S-2", "01-01-2019")
        )  # fmt: skip
    roster_header = ("NIP", "NAMA", "KODE JABATAN", "JABATAN", "UNIT KERJA", "GOL/RUANG", "PENDIDIKAN", "TMT JABATAN")
    pegawai = write_csv(folder / "pegawai.csv", roster_header, people)
    return pegawai, jabatan, abk


def test_lowongan_beban_kerja_and_rencana_keep_one_seat_per_managerial_post(tmp_path: Path) -> None:
    """(peers3 #1, h28): the JPT post read kebutuhan 2 (KURANG 1) and Kabid/Kasi 0 (LEBIH 1); ``rencana --abk``
    installed a Staf Ahli as a second Kepala Dinas and moved the only Kabid out of his bidang."""
    pegawai, jabatan, abk = _inputs(tmp_path)
    seen = {}
    for command in ("lowongan", "beban-kerja"):
        result = expect(run(command, pegawai, jabatan, "--abk", abk, *DATE, "-f", "json", "--per", "jabatan"), EXIT_OK)
        rows = pd.DataFrame(stdout_json(result)).set_index("kode_jabatan")
        seen[command] = rows["kebutuhan"].to_dict()
        for kode in ("DISHUB-01", "DISHUB-02", "DISHUB-03", "DISHUB-04"):
            assert (rows.loc[kode, "kebutuhan"], rows.loc[kode, "lowongan"], rows.loc[kode, "kelebihan"]) == (1, 0, 0)
        assert rows.loc["DISHUB-01", "ej"] == 2.0 and rows.loc["DISHUB-01", "kelas_ej"] == "A"  # the EJ stays
        assert rows.loc["DISHUB-03", "ej"] == 0.336
        assert "kebutuhan tetap" in rows.loc["DISHUB-01", "catatan"]
        assert "kebutuhan tetap" in rows.loc["DISHUB-04", "catatan"]
        assert rows.loc["DISHUB-02", "catatan"] == ""  # 1,300 h rounds to its 1 seat: nothing to say
        assert rows.loc["DISHUB-05", "kebutuhan"] == 1  # a pelaksana post still takes the ABK's 1,500 h → 1
    assert seen["lowongan"] == seen["beban-kerja"]
    # beban-kerja prints the workload findings: each post whose ABK gave another number is said once
    assert result.stderr.count("[kebutuhan-manajerial-tetap]") == 3
    assert "kebutuhan tetap 1 (peta jabatan), bukan 2 menurut beban kerja 2.500 jam" in result.stderr

    plan = expect(run("rencana", pegawai, jabatan, "--abk", abk, *DATE, "-f", "csv"), EXIT_OK)
    moves = list(csv.DictReader(io.StringIO(plan.stdout)))
    assert not [m for m in moves if m["kode_jabatan_tujuan"] == "DISHUB-01"]  # no second Kepala Dinas
    assert not [m for m in moves if m["kode_jabatan_asal"] == "DISHUB-03"]  # the bidang keeps its head
    assert not [
        m for m in moves if m["kode_jabatan_asal"].startswith("DISHUB") and m["kode_jabatan_asal"] != "DISHUB-05"
    ]


def test_hours_without_kebutuhan_give_a_managerial_post_at_least_one_seat(tmp_path: Path) -> None:
    """(peers3 #1, h28): the si-kelembagaan layout (BEBAN KERJA (JAM), no KEBUTUHAN) gave a Kasubbid of 400 h
    kebutuhan 0: a head is never 0 seats. Without a stated kebutuhan the hours still count the seats of a row (a
    generic head's row stands for several units: review9, h28), so 2,600 h give 2 as for a pelaksana post."""
    jabatan = write_csv(
        tmp_path / "peta.csv",
        ("KODE JABATAN", "NAMA JABATAN", "UNIT KERJA", "BEBAN KERJA (JAM)"),
        [("BPKAD-01", "Kepala Badan Pengelolaan Keuangan dan Aset Daerah", "BPKAD", 2600),
         ("BPKAD-04", "Kepala Sub Bidang Akuntansi", "BPKAD", 400),
         ("BPKAD-10", "Pengadministrasi Keuangan", "BPKAD", 2600)],
    )  # fmt: skip
    pegawai = write_csv(
        tmp_path / "pegawai.csv",
        ("NIP", "NAMA", "KODE JABATAN", "JABATAN", "UNIT KERJA"),
        [("197201052000031001", "PEGAWAI 1", "BPKAD-01", "Kepala Badan Pengelolaan Keuangan dan Aset Daerah", "BPKAD"),
         ("198002062005041002", "PEGAWAI 2", "BPKAD-04", "Kepala Sub Bidang Akuntansi", "BPKAD"),
         ("199003072015032003", "PEGAWAI 3", "BPKAD-10", "Pengadministrasi Keuangan", "BPKAD")],
    )  # fmt: skip
    result = expect(run("lowongan", pegawai, jabatan, *DATE, "-f", "json", "--per", "jabatan"), EXIT_OK)
    rows = pd.DataFrame(stdout_json(result)).set_index("kode_jabatan")
    assert rows["kebutuhan"].to_dict() == {"BPKAD-10": 2, "BPKAD-01": 2, "BPKAD-04": 1}
    assert rows.loc["BPKAD-04", "kelebihan"] == 0
    said = [f for f in vacancies(pegawai=pegawai, jabatan=jabatan).findings if f.code == "kebutuhan-manajerial-tetap"]
    assert [f.location.row for f in said] == [3]
    assert (
        "kebutuhan tetap 1 (peta jabatan tidak mencantumkannya), bukan 0 menurut beban kerja 400 jam" in said[0].message
    )


def test_library_needs_give_a_managerial_post_without_kebutuhan_at_least_one_seat() -> None:
    """(peers3 #1, h28): ``apply_abk`` and ``position_needs`` never give a managerial post 0 seats; a stated kebutuhan
    is kept; without one the hours count the seats (12.500 h of "Kepala UPTD Puskesmas": ten UPTD, review9)."""
    positions = pd.DataFrame(
        {
            "kode_jabatan": ["A", "B", "C", "D", "E"],
            "jenis_jabatan": ["JPT Pratama", "Pengawas", "Pelaksana", "Administrator", "Pengawas"],
            "kebutuhan": [None, None, None, 3, None],
            "beban_kerja_jam": [2600.0, 400.0, 2600.0, 100.0, 12500.0],
        }
    )
    out = apply_abk(positions, None, Settings()).frame.set_index("kode_jabatan")["kebutuhan"]
    assert out.to_dict() == {"A": 2, "B": 1, "C": 2, "D": 3, "E": 10}  # a table's own kebutuhan is kept, as before
    need, hours = position_needs(positions, Settings())
    assert need.tolist() == [2, 1, 2, 3, 10] and hours.tolist() == [2600.0, 400.0, 2600.0, 100.0, 12500.0]
