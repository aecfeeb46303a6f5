"""A per-puskesmas peta writes a JF post without its jenjang ("Perawat", "Bidan"); the roster writes each holder's
jenjang ("Perawat Terampil"). They were linked to no post: bezetting 0, lowongan 5, and `periksa` offered "Bidan" to a
Perawat (review10 #4, h29)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from cli_helpers import EXIT_OK, TANGGAL, expect, run, stdout_json, write_csv

from asn_mutasi.workload import link_employees

from .frames import make_positions, make_roster

UNIT = "UPTD Puskesmas Sukamaju"


def _linked(written: list[str], names: list[str]) -> list[object]:
    table = make_positions([{"kode_jabatan": n, "nama_jabatan": n, "unit_kerja": UNIT} for n in names])
    res = link_employees(make_roster([{"jabatan": w, "unit_kerja": UNIT} for w in written]), table)
    return res.frame["kode_jabatan_link"].tolist()


def test_a_jf_holder_with_a_jenjang_is_linked_to_its_jf_post_written_without_one() -> None:
    """(review10 #4, h29): Perawat Terampil, Perawat Ahli Pertama, the old "Perawat Pelaksana Lanjutan" and Bidan
    Terampil hold the unit's "Perawat" and "Bidan". Negatives: another JF whose name starts alike ("Perawat Gigi
    Terampil", "Bidan" for no Perawat), and a unit that has the post as written ("Perawat Terampil" row) keeps it."""
    written = ["Perawat Terampil", "Perawat Ahli Pertama", "Perawat Pelaksana Lanjutan", "Bidan Terampil"]
    assert _linked(written, ["Perawat", "Bidan"]) == ["Perawat", "Perawat", "Perawat", "Bidan"]
    assert _linked(["Perawat Gigi Terampil", "Bidan Terampil"], ["Perawat"]) == [None, None]
    got = _linked(["Perawat Terampil", "Perawat Ahli Pertama"], ["Perawat", "Perawat Terampil"])
    assert got == ["Perawat Terampil", "Perawat"]
    assert _linked(["Pranata Komputer Terampil"], ["Pranata Komputer Ahli Pertama"]) == [None]  # a jenjang apart


def test_lowongan_counts_the_holders_of_a_bare_jf_post_and_a_pppk_keeps_its_known_jenjang(tmp_path: Path) -> None:
    """(review10 #4 and #3, h29): `lowongan` counted bezetting 0 on "Perawat" (3) and "Bidan" (2), 5 vacancies; with
    the links, 2 and 1. A PPPK "Perawat Terampil" linked to the bare post keeps the jenjang the roster writes: it may
    fill a "Perawat Terampil" seat elsewhere, never a "Perawat Penyelia" one."""
    peta = write_csv(
        tmp_path / "peta.csv",
        ("KODE JABATAN", "NAMA JABATAN", "UNIT KERJA", "JENIS JABATAN", "KEBUTUHAN", "SYARAT PENDIDIKAN"),
        [("P-01", "Perawat", UNIT, "Fungsional", 1, "D-III"),
         ("P-03", "Bidan", UNIT, "Fungsional", 2, "D-III"),
         ("P-05", "Perawat Penyelia", "UPTD Puskesmas Cibodas", "Fungsional", 1, "D-III"),
         ("P-07", "Perawat Terampil", "UPTD Puskesmas Cibodas", "Fungsional", 1, "D-III")],
    )  # fmt: skip
    head = ("NIP", "NAMA", "STATUS KEPEGAWAIAN", "GOL/RUANG", "JABATAN", "UNIT KERJA", "TANGGAL LAHIR", "TMT JABATAN")
    people = [
        ("199001012022212001", "Sri Wahyuni", "PPPK", "VII", "Perawat Terampil", UNIT, "01-01-1990", "01-01-2020"),
        ("199102022022211002", "Dedi Kurnia", "PPPK", "VII", "Perawat Terampil", UNIT, "02-02-1991", "01-01-2020"),
        ("199003032022212003", "Siti Aminah", "PPPK", "VII", "Bidan Terampil", UNIT, "03-03-1990", "01-01-2020"),
    ]
    pegawai = write_csv(tmp_path / "pegawai.csv", (*head, "PENDIDIKAN"), [(*p, "D-III Keperawatan") for p in people])
    result = expect(run("lowongan", pegawai, peta, *TANGGAL, "-f", "json", "--per", "jabatan"), EXIT_OK)
    rows = pd.DataFrame(stdout_json(result)).set_index("kode_jabatan")
    assert rows.loc[["P-01", "P-03"], "bezetting"].tolist() == [2, 1]
    plan = stdout_json(expect(run("rencana", pegawai, peta, *TANGGAL, "-f", "json"), EXIT_OK))
    assert [m["kode_jabatan_tujuan"] for m in plan["mutasi"]] == ["P-07"]
