"""A JF post written without its jenjang ("Perawat") asks its JF's lowest jenjang, and a blank golongan cannot show a
JF jenjang's golongan floor is met: ``nilai`` and ``rencana`` read one rule (oracle9 #1 and #2, h29)."""

from __future__ import annotations

import csv
import math
from pathlib import Path

import numpy as np
import pytest
from cli_helpers import EXIT_OK, TANGGAL, expect, run, stdout_json

from asn_mutasi.domain.jabatan import least_requirement
from asn_mutasi.domain.jenis import golongan_keys, level_code, level_step, level_steps
from asn_mutasi.matching.scoring import golongan_component

_PUSKESMAS = "UPT Puskesmas Sukamaju"


def _write(path: Path, header: list[str], rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";")
        w.writerow(header)
        w.writerows(rows)
    return path


def _inputs(tmp_path: Path, posts: list[list[str]], people: list[tuple[str, str, str, str, str]], req: bool = False):
    head = ["KODE JABATAN", "NAMA JABATAN", "UNIT KERJA", "JENIS JABATAN", "KEBUTUHAN"]
    if req:  # requirement columns without SYARAT GOLONGAN
        head += ["SYARAT PENDIDIKAN", "SYARAT JURUSAN"]
    jabatan = _write(tmp_path / "jabatan.csv", head, posts)
    rows = [
        [nip, nama, gol, "Pengadministrasi Perkantoran", "Dinas Kesehatan", "Pelaksana", "01-01-2019",
         f"{nip[6:8]}-{nip[4:6]}-{nip[:4]}", "PNS", level, jurusan]
        for nip, nama, gol, level, jurusan in people
    ]  # fmt: skip
    head_p = ["NIP", "NAMA", "GOL/RUANG", "JABATAN", "UNIT KERJA", "JENIS JABATAN", "TMT JABATAN", "TANGGAL LAHIR",
              "STATUS KEPEGAWAIAN", "PENDIDIKAN TERAKHIR", "JURUSAN"]  # fmt: skip
    pegawai = _write(tmp_path / "pegawai.csv", head_p, rows)
    return pegawai, jabatan


def _nilai(tmp_path: Path, pegawai: Path, jabatan: Path, pairs: list[tuple[str, str]]) -> dict[tuple[str, str], dict]:
    usulan = tmp_path / "usulan.csv"
    usulan.write_text("NIP;KODE JABATAN\n" + "".join(f"{n};{k}\n" for n, k in pairs), encoding="utf-8")
    out = stdout_json(expect(run("nilai", pegawai, jabatan, usulan, *TANGGAL, "-f", "json"), EXIT_OK))
    return {(r["nip"], r["kode_jabatan"]): r for r in out}


@pytest.mark.parametrize(
    ("nama", "least"),
    [
        ("Perawat", ("D-III", "II/b")),  # PermenPANRB 35/2019: Terampil the lowest
        ("Pranata Komputer", ("D-III", "II/b")),  # PermenPANRB 32/2020
        ("Dokter", ("S-1", "III/a")),  # keahlian only (validation raises it to the profession)
        ("Polisi Pamong Praja", ("SMA", "II/a")),  # PermenPANRB 4/2014: Pemula II/a
        ("Perawat Mahir", ("D-III", "III/a")),  # a jenjang written is read as before
    ],
)
def test_a_bare_jf_post_asks_its_jfs_lowest_jenjang(nama: str, least: tuple[str, str]) -> None:
    """ "Perawat" asked nothing while "Perawat Terampil" asked D-III, II/b (oracle9 #1, h29)."""
    assert least_requirement("Fungsional", nama) == least


def test_posts_of_no_jf_take_no_jenjang_default() -> None:
    """Negatives: a pelaksana post, a structural post and a name of no JF are not read as a JF's lowest jenjang."""
    from asn_mutasi.domain.jabatan import jf_lowest_jenjang

    assert least_requirement("Pelaksana", "Pengadministrasi Perkantoran") == (None, None)
    assert least_requirement("Pengawas", "Kepala Subbagian Umum") == ("D-III", None)
    assert jf_lowest_jenjang(None) is None


def test_the_level_rule_reads_a_bare_jf_target_at_its_lowest_jenjang() -> None:
    """A II/a pelaksana into a bare JF Terampil-lowest post is a promotion; II/b is a mutation; a JF holder of any
    jenjang into a bare post of a JF keeps the level (it may be any jenjang); oracle9 #1, h29."""
    assert level_step("Pelaksana", None, 5, "Fungsional", "terampil+")[0] == 1
    assert level_step("Pelaksana", None, 6, "Fungsional", "terampil+") == (0, "")
    assert level_step("Fungsional", "ahli muda", 11, "Fungsional", "terampil+") == (0, "")
    assert level_step("Fungsional", None, 5, "Fungsional", "terampil+") == (0, "")


def test_an_unknown_golongan_is_held_to_the_entry_golongan_of_the_education() -> None:
    """A blank golongan shows only the entry golongan of its education (PP 99/2000 Pasal 11: D-III II/c): Terampil
    (II/b) is open, Mahir (III/a) and Penyelia (III/c) are not; unknown education stays unknown (oracle9 #2, h29)."""
    keys = golongan_keys(np.array([math.nan, math.nan, 7.0]), None, np.array([6.0, math.nan, 6.0]))
    assert math.isnan(keys[1]) and keys[2] == 7.0
    frm = np.full(3, level_code("Pelaksana", None))
    to = np.array([level_code("Fungsional", k) for k in ("terampil", "mahir", "penyelia")])
    assert level_steps(frm, np.full(3, keys[0]), to).tolist() == [0, 1, 1]
    assert level_steps(frm, np.full(3, keys[1]), to).tolist() == [0, 0, 0]
    step, reason = level_step("Pelaksana", None, int(keys[0]), "Fungsional", "penyelia")
    assert step == 1 and "Golongan tidak diketahui" in reason and "III/c" in reason and "II/c" in reason


def test_an_unknown_golongan_never_scores_full_marks_against_a_floor() -> None:
    """A blank golongan scored 10.0 of 10 where the table had education columns (oracle9 #2, h29)."""
    assert golongan_component(np.array([math.nan, 11.0]), np.array([11.0, 11.0])).tolist() == [0.0, 1.0]
    assert golongan_component(np.array([math.nan]), np.array([math.nan])).tolist() == [1.0]


_BARE_POSTS = [
    ["P1", "Perawat", _PUSKESMAS, "Fungsional", "1"],
    ["P2", "Perawat Terampil", _PUSKESMAS, "Fungsional", "1"],
    ["K1", "Pranata Komputer", "Dinas Kesehatan", "Fungsional", "1"],
    ["A1", "Pengadministrasi Perkantoran", "Dinas Kesehatan", "Pelaksana", "1"],
]
_BUDI = "198001012006011002"
_DEWI = "198201012008012001"


def test_an_sma_pelaksana_is_not_layak_for_a_bare_jf_post_nor_planned_into_it(tmp_path: Path) -> None:
    """Before: Budi (II/a, SMA) layak 72.1 for "Perawat", refused "Perawat Terampil"; Dewi (blank golongan, SMA)
    was moved A1 → P1 (oracle9 #1, /tmp/h29/oracle9/bare, h29)."""
    people = [(_BUDI, "Budi Santoso", "II/a", "SLTA", "SMA"), (_DEWI, "Dewi Lestari", "", "SLTA", "SMA")]
    pegawai, jabatan = _inputs(tmp_path, _BARE_POSTS, people)
    rows = _nilai(tmp_path, pegawai, jabatan, [(n, k) for n in (_BUDI, _DEWI) for k in ("P1", "P2", "K1")])
    assert not any(r["layak"] for r in rows.values())
    assert "di bawah syarat D-III" in rows[(_BUDI, "P1")]["alasan"]
    assert rows[(_DEWI, "P1")]["skor_golongan"] == 0.0
    plan = stdout_json(expect(run("rencana", pegawai, jabatan, *TANGGAL, "-f", "json"), EXIT_OK))
    assert plan["mutasi"] == []


_PENYELIA = [
    ["A1", "Pengadministrasi Perkantoran", "Dinas Kesehatan", "Pelaksana", "2"],
    ["N1", "Perawat Penyelia", _PUSKESMAS, "Fungsional", "1"],
    ["N2", "Perawat Terampil", _PUSKESMAS, "Fungsional", "1"],
]


@pytest.mark.parametrize("req", [False, True])
def test_a_blank_golongan_d3_is_kept_out_of_penyelia_with_or_without_requirement_columns(
    tmp_path: Path, req: bool
) -> None:
    """Before: Dewi (D-III Keperawatan, golongan blank) was moved into Perawat Penyelia (III/c) at 75.2, and with
    SYARAT PENDIDIKAN/JURUSAN columns at 85.2 with skor_golongan 10.0 (oracle9 #2, /tmp/h29/oracle9/ungol, h29)."""
    posts = [[*p, "D-III", "Keperawatan"] if req else p for p in _PENYELIA]
    people = [(_DEWI, "Dewi Lestari", "", "D-III", "Keperawatan")]
    pegawai, jabatan = _inputs(tmp_path, posts, people, req=req)
    rows = _nilai(tmp_path, pegawai, jabatan, [(_DEWI, "N1"), (_DEWI, "N2")])
    penyelia = rows[(_DEWI, "N1")]
    assert penyelia["layak"] is False and penyelia["skor_golongan"] == 0.0
    assert "Golongan tidak diketahui; syarat III/c tidak dapat diperiksa" in penyelia["alasan"]
    assert "minimal III/c" in penyelia["alasan"]
    assert rows[(_DEWI, "N2")]["layak"] is True  # Terampil (II/b) is within a D-III's entry golongan II/c
    plan = stdout_json(expect(run("rencana", pegawai, jabatan, *TANGGAL, "-f", "json"), EXIT_OK))
    assert {m["kode_jabatan_tujuan"] for m in plan["mutasi"]} <= {"N2"}


def test_a_dokter_or_apoteker_of_unknown_golongan_is_held_to_iii_b() -> None:
    """PP 98/2000 jo. PP 11/2002 Pasal 11 appoints a dokter or apoteker at III/b, any other profesi (Ners) at its
    S-1's III/a; every Profesi read III/a (groups9, h32)."""
    keys = golongan_keys(
        np.full(5, math.nan), None, np.array([7.5, 7.5, 7.5, 7.5, 7.0]),
        np.array(["DOKTER", "DOKTER GIGI", "FARMASI APOTEKER", "NERS", "DOKTER"], dtype=object),
    )  # fmt: skip
    shown = [level_step("Pelaksana", None, int(k), "Fungsional", "ahli muda")[1] for k in keys]
    assert ["(III/b)" in s for s in shown] == [True, True, True, False, False]
    assert "(III/a)" in shown[3] and "(III/a)" in shown[4]


def test_the_roster_jurusan_tells_a_dokters_entry_golongan(tmp_path: Path) -> None:
    """The scorer reads the profession from JURUSAN: a blank-golongan "Profesi | Dokter" shows III/b, a Ners III/a."""
    people = [(_BUDI, "Budi Santoso", "", "Profesi", "Dokter"), (_DEWI, "Dewi Lestari", "", "Profesi", "Ners")]
    posts = [["D1", "Dokter Ahli Muda", _PUSKESMAS, "Fungsional", "1"]]
    pegawai, jabatan = _inputs(tmp_path, posts, people)
    rows = _nilai(tmp_path, pegawai, jabatan, [(_BUDI, "D1"), (_DEWI, "D1")])
    assert "golongan awal pendidikannya (III/b)" in rows[(_BUDI, "D1")]["alasan"]
    assert "golongan awal pendidikannya (III/a)" in rows[(_DEWI, "D1")]["alasan"]


@pytest.mark.parametrize(
    ("nama", "level", "jurusan", "gol"),
    [
        ("Budi Santoso", "Profesi", "Pendidikan Dokter", "III/b"),  # PDDikti's name of the dokter's S-1 programme
        ("dr. Budi Santoso", "S-1", "Kedokteran Umum", "III/b"),  # raised to Profesi by its "dr." title
        ("Budi Santoso", "Profesi", "Kedokteran Gigi", "III/b"),
        ("Budi Santoso", "Profesi", "Kedokteran Hewan", "III/b"),  # a dokter hewan too (groups10, h32)
    ],
)
def test_a_dokter_written_by_the_medical_faculty_is_held_to_iii_b(
    tmp_path: Path, nama: str, level: str, jurusan: str, gol: str
) -> None:
    """A Profesi whose JURUSAN names the faculty ("Pendidikan Dokter", "Kedokteran Umum" of a "dr.") showed III/a:
    only a programme key DOKTER told a dokter (review10, h32)."""
    posts = [["D1", "Dokter Ahli Muda", _PUSKESMAS, "Fungsional", "1"]]
    pegawai, jabatan = _inputs(tmp_path, posts, [(_BUDI, nama, "", level, jurusan)])
    rows = _nilai(tmp_path, pegawai, jabatan, [(_BUDI, "D1")])
    assert f"golongan awal pendidikannya ({gol})" in rows[(_BUDI, "D1")]["alasan"]
