"""A head held as an additional task (a Kepala Puskesmas, a Kepala Sekolah) is entered by selection, not by mutation:
``nilai`` and ``rencana`` move another such head into it, never a JF holder or a structural official (groups6, h31)."""

from __future__ import annotations

import csv
from pathlib import Path

from cli_helpers import EXIT_OK, TANGGAL, expect, run, stdout_csv, stdout_json

_POSTS = [  # kode, nama, unit, jenis (blank: the name decides), kebutuhan
    ("PKM-01", "Kepala Puskesmas", "UPT Puskesmas Cikalong", "", 1),
    ("PKM-02", "Kepala Puskesmas", "UPT Puskesmas Sukamaju", "", 1),
    ("DINKES-01", "Dokter Ahli Muda", "Dinas Kesehatan", "Fungsional", 1),
    ("DINKES-02", "Kepala Seksi Pelayanan Kesehatan", "Dinas Kesehatan", "Pengawas", 1),
    ("SD-01", "Kepala Sekolah", "SD Negeri 1 Sukamaju", "", 1),
    ("SD-02", "Guru Ahli Muda", "SD Negeri 2 Sukamaju", "Fungsional", 1),
]
_PEOPLE = [  # nip, nama, golongan, kode, pendidikan, jurusan
    ("198001012005011001", "Dokter Satu", "III/d", "DINKES-01", "Profesi", "Profesi Dokter"),
    ("198001012005011002", "Kasi Dua", "III/d", "DINKES-02", "S-1", "S-1 Kesehatan Masyarakat"),
    ("197801012003011003", "Kapus Tiga", "IV/a", "PKM-02", "Profesi", "Profesi Dokter"),
    ("198001012005011004", "Guru Empat", "III/d", "SD-02", "S-1", "S-1 Pendidikan Guru Sekolah Dasar"),
]


def _inputs(tmp_path: Path) -> tuple[Path, Path]:
    jabatan, pegawai = tmp_path / "jabatan.csv", tmp_path / "pegawai.csv"
    with jabatan.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";")
        w.writerow(["KODE JABATAN", "NAMA JABATAN", "UNIT KERJA", "JENIS JABATAN", "KEBUTUHAN"])
        w.writerows(_POSTS)
    posts = {p[0]: p for p in _POSTS}
    with pegawai.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";")
        w.writerow(["NIP", "NAMA", "GOL/RUANG", "JABATAN", "KODE JABATAN", "UNIT KERJA", "JENIS JABATAN",
                    "TMT JABATAN", "TANGGAL LAHIR", "STATUS KEPEGAWAIAN", "PENDIDIKAN TERAKHIR", "JURUSAN",
                    "PREDIKAT KINERJA"])  # fmt: skip
        for nip, nama, gol, kode, pendidikan, jurusan in _PEOPLE:
            _, name, unit, jenis, _ = posts[kode]
            born = f"{nip[6:8]}-{nip[4:6]}-{nip[:4]}"
            w.writerow([nip, nama, gol, name, kode, unit, jenis, "01-01-2020", born, "PNS", pendidikan, jurusan,
                        "Baik"])  # fmt: skip
    return pegawai, jabatan


def test_only_another_head_moves_into_a_head_held_as_an_additional_task(tmp_path: Path) -> None:
    """Before: a Kepala Puskesmas read Pengawas by its name, so a Dokter Ahli Muda (the level of Pengawas) and a
    Kepala Seksi entered it as a lateral move, and a Guru Ahli Muda entered a Kepala Sekolah (a guru post at its
    lowest jenjang). PP 18/2016 Pasal 95 ayat 9, Permenkes 19/2024, Permendikbudristek 40/2021: the head is a JF
    holder's additional task, given by selection; a Kepala Puskesmas moved to another puskesmas keeps it."""
    pegawai, jabatan = _inputs(tmp_path)
    usulan = tmp_path / "usulan.csv"
    usulan.write_text(
        "NIP;KODE JABATAN\n198001012005011001;PKM-01\n198001012005011002;PKM-01\n197801012003011003;PKM-01\n"
        "198001012005011004;SD-01\n",
        encoding="utf-8",
    )
    verdicts = stdout_csv(expect(run("nilai", pegawai, jabatan, usulan, *TANGGAL, "-f", "csv"), EXIT_OK))
    layak = {(v["nip"], v["kode_jabatan"]): v["layak"] for v in verdicts}
    assert layak == {
        ("198001012005011001", "PKM-01"): "false",
        ("198001012005011002", "PKM-01"): "false",
        ("197801012003011003", "PKM-01"): "true",
        ("198001012005011004", "SD-01"): "false",
    }
    result = expect(run("rencana", pegawai, jabatan, *TANGGAL, "-f", "json"), EXIT_OK)
    into = {m["nip"] for m in stdout_json(result)["mutasi"] if m["kode_jabatan_tujuan"] in ("PKM-01", "SD-01")}
    assert into <= {"197801012003011003"}
