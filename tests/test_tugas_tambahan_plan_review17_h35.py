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
