"""A PPPK moves only to the same jabatan in another unit: the perjanjian kerja names the jabatan (PP 49/2018) and
PPPK management has no mutasi into another jabatan. The plan moved a PPPK Pranata Komputer Terampil into Arsiparis
Terampil and into a pelaksana post, and ``nilai`` called both layak (oracle6, h28)."""

from __future__ import annotations

import csv
from pathlib import Path

from cli_helpers import EXIT_OK, TANGGAL, expect, run, stdout_csv, stdout_json

_PPPK, _PNS = "199304152023212001", "199001102015031003"
_HEAD = ["NIP", "NAMA", "GOL/RUANG", "JABATAN", "UNIT KERJA", "JENIS JABATAN", "TMT JABATAN", "TANGGAL LAHIR",
         "JENIS KELAMIN", "STATUS KEPEGAWAIAN", "PENDIDIKAN TERAKHIR", "JURUSAN"]  # fmt: skip
_PEOPLE = [
    [_PPPK, "Rina Lestari", "VII", "Pranata Komputer Terampil", "Dinas Kesehatan", "Fungsional", "01-03-2023",
     "15-04-1993", "P", "PPPK", "D-III", "D-III Manajemen Informatika"],
    [_PNS, "Agus Saputra", "II/c", "Pranata Komputer Terampil", "Dinas Kesehatan", "Fungsional", "01-03-2019",
     "10-01-1990", "L", "PNS", "D-III", "D-III Manajemen Informatika"],
]  # fmt: skip
_POSTS = [
    ["KODE JABATAN", "NAMA JABATAN", "UNIT KERJA", "JENIS JABATAN", "KELAS JABATAN", "KEBUTUHAN", "SYARAT PENDIDIKAN"],
    ["A1", "Pranata Komputer Terampil", "Dinas Kesehatan", "Fungsional", 6, 0, "D-III"],
    ["B1", "Pengadministrasi Perkantoran", "Dinas Sosial", "Pelaksana", 5, 1, "SLTA"],
    ["B2", "Arsiparis Terampil", "Dinas Sosial", "Fungsional", 6, 1, "D-III"],
    ["C1", "Pranata Komputer Terampil", "Dinas Sosial", "Fungsional", 6, 1, "D-III"],
]


def _write(path: Path, rows: list[list[object]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh, delimiter=";").writerows(rows)
    return path


def test_a_pppk_keeps_the_jabatan_and_a_pns_does_not_have_to(tmp_path: Path) -> None:
    pegawai = _write(tmp_path / "pegawai.csv", [_HEAD, *_PEOPLE])
    jabatan = _write(tmp_path / "jabatan.csv", _POSTS)
    usulan = _write(
        tmp_path / "usulan.csv", [["NIP", "KODE JABATAN"], *([n, k] for n in (_PPPK, _PNS) for k in ("B1", "B2", "C1"))]
    )
    verdicts = stdout_csv(expect(run("nilai", pegawai, jabatan, usulan, *TANGGAL, "-f", "csv"), EXIT_OK))
    layak = {(v["nip"], v["kode_jabatan"]): v["layak"] for v in verdicts}
    assert layak[(_PPPK, "B1")] == layak[(_PPPK, "B2")] == "false"
    assert layak[(_PPPK, "C1")] == "true"  # the same jabatan in another unit
    assert layak[(_PNS, "B2")] == layak[(_PNS, "C1")] == "true"
    why = next(v["alasan"] for v in verdicts if (v["nip"], v["kode_jabatan"]) == (_PPPK, "B2"))
    assert "PPPK berganti jabatan" in why and "(memblokir)" in why
    plan = stdout_json(expect(run("rencana", pegawai, jabatan, *TANGGAL, "-f", "json"), EXIT_OK))
    moves = {m["nip"]: m["kode_jabatan_tujuan"] for m in plan["mutasi"]}
    assert moves[_PPPK] == "C1"  # never B1 or B2
    assert moves[_PNS] in {"B1", "B2"}  # the PNS, in a surplus seat too, may change jabatan
    assert plan["ringkasan"]["lowongan_terisi"] == plan["ringkasan"]["batas_atas_pengisian"]


def test_the_rule_can_be_switched_off(tmp_path: Path) -> None:
    pegawai = _write(tmp_path / "pegawai.csv", [_HEAD, _PEOPLE[0]])
    jabatan = _write(tmp_path / "jabatan.csv", _POSTS[:4])  # no Pranata Komputer seat elsewhere
    usulan = _write(tmp_path / "usulan.csv", [["NIP", "KODE JABATAN"], [_PPPK, "B2"]])
    config = tmp_path / "pengaturan.toml"
    config.write_text("[aturan]\npppk_tetap_jabatan = false\n", encoding="utf-8")
    blocked = stdout_json(expect(run("rencana", pegawai, jabatan, *TANGGAL, "-f", "json"), EXIT_OK))
    assert blocked["mutasi"] == []
    verdicts = stdout_csv(
        expect(run("nilai", pegawai, jabatan, usulan, *TANGGAL, "-f", "csv", "--config", config), EXIT_OK)
    )
    assert verdicts[0]["layak"] == "true" and "tidak memblokir" in verdicts[0]["alasan"]
    freed = stdout_json(expect(run("rencana", pegawai, jabatan, *TANGGAL, "-f", "json", "--config", config), EXIT_OK))
    assert [m["nip"] for m in freed["mutasi"]] == [_PPPK]


def test_one_jabatan_under_two_names_is_the_same_jabatan_for_a_pppk(tmp_path: Path) -> None:
    """The rule compared post names: a PPPK Penyuluh KB could not move to a Penyuluh Keluarga Berencana post of the
    same jenjang, a Guru Ahli Pertama to Guru Kelas Ahli Pertama, a Bidan Terampil to Bidan Pelaksana, while the same
    rows said "jabatan sama" (groups3, h28). A JF is its catalogue identity and jenjang."""
    from asn_mutasi.matching.scoring import jabatan_key

    same = [
        ("Penyuluh KB Ahli Pertama", "Penyuluh Keluarga Berencana Ahli Pertama"),
        ("Sanitarian Terampil", "Tenaga Sanitasi Lingkungan Terampil"),
        ("Guru Ahli Pertama", "Guru Kelas Ahli Pertama"),
        ("Bidan Terampil", "Bidan Pelaksana"),
        ("Pengadministrasi Perkantoran", "PENGADMINISTRASI  PERKANTORAN"),
    ]
    other = [
        ("Pranata Komputer Terampil", "Arsiparis Terampil"),
        ("Guru Ahli Pertama", "Guru Ahli Muda"),
        ("Pengadministrasi Perkantoran", "Penata Layanan Operasional"),
    ]
    assert all(jabatan_key(a) == jabatan_key(b) for a, b in same)
    assert all(jabatan_key(a) != jabatan_key(b) for a, b in other)
    people = [
        [_PPPK, "Rina Lestari", "IX", "Guru Ahli Pertama", "SD Negeri 1", "Fungsional", "01-03-2021", "15-04-1993",
         "P", "PPPK", "S-1", "S-1 Pendidikan Guru Sekolah Dasar"],
    ]  # fmt: skip
    posts = [
        ["KODE JABATAN", "NAMA JABATAN", "UNIT KERJA", "JENIS JABATAN", "KEBUTUHAN"],
        ["S1", "Guru Ahli Pertama", "SD Negeri 1", "Fungsional", 0],
        ["S2", "Guru Kelas Ahli Pertama", "SD Negeri 2", "Fungsional", 1],
    ]
    pegawai = _write(tmp_path / "pegawai.csv", [_HEAD, *people])
    jabatan = _write(tmp_path / "jabatan.csv", posts)
    plan = stdout_json(expect(run("rencana", pegawai, jabatan, *TANGGAL, "-f", "json"), EXIT_OK))
    assert [(m["nip"], m["kode_jabatan_tujuan"]) for m in plan["mutasi"]] == [(_PPPK, "S2")]


def test_an_unfilled_post_names_the_pppk_who_could_not_change_jabatan(tmp_path: Path) -> None:
    """The unfilled Arsiparis seat said only "Tidak ada pegawai yang layak di mana pun" while a PPPK who met its
    requirement sat in a surplus post: the rule that kept them out is named, as the other rules are (h28)."""
    pegawai = _write(tmp_path / "pegawai.csv", [_HEAD, _PEOPLE[0]])
    jabatan = _write(tmp_path / "jabatan.csv", _POSTS[:4])  # no Pranata Komputer seat elsewhere
    plan = stdout_json(expect(run("rencana", pegawai, jabatan, *TANGGAL, "-f", "json"), EXIT_OK))
    why = {u["kode_jabatan"]: u["alasan"] for u in plan["lowongan_tidak_terisi"]}
    assert "1 PPPK pada jabatan lain (PPPK tidak berganti jabatan)" in why["B2"]


def test_a_post_without_jenjang_or_in_its_old_name_is_the_same_jabatan_for_a_pppk(tmp_path: Path) -> None:
    """A per-puskesmas peta writes "Perawat" with no jenjang, an old one "Pengadministrasi Umum" for today's
    Pengadministrasi Perkantoran: a surplus PPPK of the same job could not fill them, and the reason said "PPPK
    berganti jabatan" beside "jabatan sama" (review9, h28)."""
    import numpy as np

    from asn_mutasi.matching.scoring import jabatan_key, same_jabatan

    keys = [jabatan_key(n) for n in ("Perawat Ahli Pertama", "Perawat", "Perawat Ahli Muda", "Bidan")]
    got = same_jabatan(np.array([keys[0]] * 4, dtype=object), np.array(keys, dtype=object)).tolist()
    assert got == [True, True, False, False]  # (another jenjang of the JF is another jabatan)
    assert jabatan_key("Pengadministrasi Umum") == jabatan_key("Pengadministrasi Perkantoran")
    people = [
        [_PPPK, "Rina Lestari", "IX", "Perawat Ahli Pertama", "Puskesmas A", "Fungsional", "01-03-2021", "15-04-1993",
         "P", "PPPK", "S-1", "Profesi Ners"],
        [_PNS, "Agus Saputra", "V", "Pengadministrasi Perkantoran", "Puskesmas A", "Pelaksana", "01-03-2019",
         "10-01-1990", "L", "PPPK", "SLTA", "IPS"],
    ]  # fmt: skip
    posts = [
        ["KODE JABATAN", "NAMA JABATAN", "UNIT KERJA", "JENIS JABATAN", "KEBUTUHAN"],
        ["A1", "Perawat Ahli Pertama", "Puskesmas A", "Fungsional", 0],
        ["A2", "Pengadministrasi Perkantoran", "Puskesmas A", "Pelaksana", 0],
        ["B1", "Perawat", "Puskesmas B", "Fungsional", 1],
        ["B2", "Pengadministrasi Umum", "Puskesmas B", "Pelaksana", 1],
    ]
    pegawai = _write(tmp_path / "pegawai.csv", [_HEAD, *people])
    jabatan = _write(tmp_path / "jabatan.csv", posts)
    plan = stdout_json(expect(run("rencana", pegawai, jabatan, *TANGGAL, "-f", "json"), EXIT_OK))
    assert {m["nip"]: m["kode_jabatan_tujuan"] for m in plan["mutasi"]} == {_PPPK: "B1", _PNS: "B2"}


def test_a_pppk_without_a_written_jenjang_keeps_to_posts_without_one_or_of_the_jenjang_known(tmp_path: Path) -> None:
    """Two PPPK "Perawat" (roster and peta write no jenjang) on one seat: the plan moved the surplus one to "Perawat
    Penyelia", a jenjang the contract may not hold, and the reason did not say the jenjang is unknown (review10 #3,
    h29). The loose match holds one way only: a known jenjang may fill a post written without one (Bidan Terampil →
    "Bidan", review9), an unknown one only a post without one; a jenjang the roster writes ("Perawat Terampil" on
    the bare post "Perawat") is what is known. `nilai` and `rencana` agree, and `nilai` says why."""
    import numpy as np

    from asn_mutasi.matching.scoring import jabatan_key, same_jabatan

    own = [jabatan_key(n) for n in ("Perawat", "Perawat", "Perawat Terampil", "Perawat Terampil", "Perawat")]
    to = [jabatan_key(n) for n in ("Perawat Penyelia", "Perawat", "Perawat", "Perawat Penyelia", "Bidan")]
    assert same_jabatan(np.array(own, object), np.array(to, object)).tolist() == [False, True, True, False, False]
    pppk = ["PPPK", "D-III", "D-III Keperawatan"]
    people = [
        ["199001012022212001", "Sri Wahyuni", "VII", "Perawat", "Puskesmas Sukamaju", "Fungsional", "01-01-2020",
         "01-01-1990", "P", *pppk],
        ["199001012022211002", "Dedi Kurnia", "VII", "Perawat", "Puskesmas Sukamaju", "Fungsional", "01-01-2020",
         "01-01-1990", "L", *pppk],
        ["199102022022211003", "Andi Pratama", "VII", "Perawat Terampil", "Puskesmas Sukamaju", "Fungsional",
         "01-01-2020", "02-02-1991", "L", *pppk],
        ["199001012022212004", "Siti Aminah", "VII", "Bidan Terampil", "Puskesmas Sukamaju", "Fungsional",
         "01-01-2020", "01-01-1990", "P", "PPPK", "D-III", "D-III Kebidanan"],
    ]  # fmt: skip
    posts = [
        ["KODE JABATAN", "NAMA JABATAN", "UNIT KERJA", "JENIS JABATAN", "KEBUTUHAN", "SYARAT PENDIDIKAN"],
        ["P-01", "Perawat", "Puskesmas Sukamaju", "Fungsional", 1, "D-III"],
        ["P-02", "Perawat Terampil", "Puskesmas Sukamaju", "Fungsional", 0, "D-III"],
        ["P-03", "Bidan Terampil", "Puskesmas Sukamaju", "Fungsional", 0, "D-III"],
        ["P-05", "Perawat Penyelia", "Puskesmas Cibodas", "Fungsional", 1, "D-III"],
        ["P-06", "Bidan", "Puskesmas Karangsari", "Fungsional", 1, "D-III"],
        ["P-07", "Perawat Terampil", "Puskesmas Karangsari", "Fungsional", 1, "D-III"],
    ]
    pegawai = _write(tmp_path / "pegawai.csv", [_HEAD, *people])
    jabatan = _write(tmp_path / "jabatan.csv", posts)
    plan = stdout_json(expect(run("rencana", pegawai, jabatan, *TANGGAL, "-f", "json"), EXIT_OK))
    moves = {m["nip"]: m["kode_jabatan_tujuan"] for m in plan["mutasi"]}
    assert moves == {"199102022022211003": "P-07", "199001012022212004": "P-06"}  # no one onto Perawat Penyelia
    usulan = _write(
        tmp_path / "usulan.csv",
        [["nip", "kode_jabatan"], ["199001012022211002", "P-05"], ["199001012022212004", "P-06"]],
    )
    rows = stdout_json(expect(run("nilai", pegawai, jabatan, usulan, *TANGGAL, "-f", "json"), EXIT_OK))
    assert [r["layak"] for r in rows] == [False, True]
    assert "jenjang PPPK tidak diketahui" in rows[0]["alasan"] and "periksa perjanjian kerjanya" in rows[0]["alasan"]
    assert "PPPK berganti jabatan" not in rows[1]["alasan"]
