"""A person holding a head as a tugas tambahan under their NIP is not moved away from it by the plan (review17, h35)."""

from __future__ import annotations

from pathlib import Path

from cli_helpers import EXIT_OK, TANGGAL, expect, run, stdout_json

_POSTS = "KODE JABATAN;NAMA JABATAN;UNIT KERJA;JENIS JABATAN;KEBUTUHAN;SYARAT PENDIDIKAN\n" + "".join(
    f"{kode};{nama};{unit};Fungsional;1;S-1\n"
    for kode, nama, unit in (
        ("J01", "Dokter Ahli Muda", "Puskesmas Kota"),
        ("J02", "Kepala Puskesmas", "Puskesmas Kota"),
        ("J04", "Dokter Ahli Muda", "Puskesmas Desa"),
    )
)
_HEADER = (
    "NIP;NAMA;GOL/RUANG;JABATAN;KODE JABATAN;UNIT KERJA;JENIS JABATAN;TMT JABATAN;TANGGAL LAHIR;STATUS KEPEGAWAIAN;"
    "PENDIDIKAN TERAKHIR;JURUSAN"
)
_SARI = (
    "198203112008012004;dr. Sari Dewi;III/d;{jabatan};{kode};Puskesmas Kota;Fungsional;2019-01-01;1982-03-11;PNS;S-1;"
)
_ROWS = [
    _SARI.format(jabatan="Dokter Ahli Muda", kode="J01") + "Profesi Dokter",
    _SARI.format(jabatan="Kepala Puskesmas", kode="J02") + "Profesi Dokter",
    "198505112010012006;Budi Santoso;III/d;Dokter Ahli Muda;J01;Puskesmas Kota;Fungsional;2021-01-01;1985-05-11;PNS;"
    "S-1;Profesi Dokter",
]


def test_the_plan_does_not_move_a_head_held_as_a_tugas_tambahan_away_from_its_seat(tmp_path: Path) -> None:
    """Sari, Dokter Ahli Muda and Kepala Puskesmas (tugas tambahan) of Puskesmas Kota, was moved to Puskesmas Desa
    (her rotation due) while her head seat still read filled after the move: the plan counted a head who had left.
    Moving her vacates that seat too, which the plan cannot fill: she stays, and Budi, the surplus dokter, goes."""
    jabatan = tmp_path / "jabatan.csv"
    jabatan.write_text(_POSTS, encoding="utf-8")
    pegawai = tmp_path / "pegawai.csv"
    pegawai.write_text("\n".join([_HEADER, *_ROWS]) + "\n", encoding="utf-8")
    plan = stdout_json(expect(run("rencana", pegawai, jabatan, *TANGGAL, "-f", "json"), EXIT_OK))
    assert [(m["nama"], m["kode_jabatan_tujuan"]) for m in plan["mutasi"]] == [("Budi Santoso", "J04")]
    sari = [p for p in plan["pegawai"] if p["nama"] == "dr. Sari Dewi"]
    assert [p["status"] for p in sari] == ["tetap", "dikecualikan"]
    assert "tugas tambahan" in sari[0]["alasan"] and "Kepala Puskesmas" in sari[0]["alasan"]
    after = {u["unit_kerja"]: u["bezetting"] for u in plan["unit_sesudah"]}
    assert after == {"Puskesmas Kota": 2, "Puskesmas Desa": 1}


_PROMOTED_POSTS = (
    "KODE JABATAN;NAMA JABATAN;UNIT KERJA;JENIS JABATAN;KEBUTUHAN;SYARAT PENDIDIKAN\n"
    "K01;Kepala Sekolah;SMP Negeri 1 Kota;Fungsional;1;S-1\n"
    "K02;Kepala Bidang Pembinaan SMP;Dinas Pendidikan;Administrator;1;S-1\n"
    "K03;Guru Ahli Madya;SMP Negeri 1 Kota;Fungsional;2;S-1\n"
)
_PROMOTED_HEADER = (
    "NIP;NAMA;GOL/RUANG;JABATAN;KODE JABATAN;UNIT KERJA;TMT JABATAN;TANGGAL LAHIR;STATUS KEPEGAWAIAN;"
    "PENDIDIKAN TERAKHIR;JURUSAN"
)
_AHMAD = "197503112000031004;Ahmad Fauzi;IV/b;{};PNS;S-1;Pendidikan Matematika"
_PROMOTED_ROWS = [
    _AHMAD.format("Kepala Sekolah;K01;SMP Negeri 1 Kota;2018-01-01;1975-03-11"),
    _AHMAD.format("Kepala Bidang Pembinaan SMP;K02;Dinas Pendidikan;2024-01-01;1975-03-11"),
    "198505112010012006;Budi Santoso;III/d;Guru Ahli Madya;K03;SMP Negeri 1 Kota;2015-01-01;1985-05-11;PNS;S-1;"
    "Pendidikan Matematika",
]


def test_a_head_row_beside_a_structural_post_is_a_plain_repeat(tmp_path: Path) -> None:
    """A Kepala Sekolah promoted to Kepala Bidang, the old head row still in the roster: a tugas tambahan sits beside
    a JF (a guru, a dokter), so the old row is a nip-ganda repeat, the school's head seat vacant. It was read as a
    tugas tambahan beside the "jabatan fungsional" Kepala Bidang: the person held both seats and the school had no
    vacancy."""
    from cli_helpers import stdout_csv

    jabatan = tmp_path / "jabatan.csv"
    jabatan.write_text(_PROMOTED_POSTS, encoding="utf-8")
    pegawai = tmp_path / "pegawai.csv"
    pegawai.write_text("\n".join([_PROMOTED_HEADER, *_PROMOTED_ROWS]) + "\n", encoding="utf-8")
    vac = stdout_csv(run("lowongan", pegawai, jabatan, *TANGGAL, "-f", "csv"))
    assert {r["kode_jabatan"]: r["bezetting"] for r in vac} == {"K01": "0", "K02": "1", "K03": "1"}
    said = stdout_csv(run("periksa", pegawai, jabatan, *TANGGAL))
    assert [(f["kode"], f["baris"]) for f in said] == [("nip-ganda", "2")]
    assert "fungsional" not in said[0]["pesan"]
