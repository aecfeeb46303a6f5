"""Dapodik's "Daftar Guru" writes a guru's post only as the Jenis PTK ("Guru Mapel", "Guru Kelas"), no jenjang; a
school's peta writes "Guru Ahli Pertama/Muda/Madya". Every guru stayed unlinked, the school's guru posts all vacant,
although the JF and the jenjang are known: a guru's jenjang follows the golongan (PermenPANRB 16/2009; real9, h31)."""

from __future__ import annotations

from pathlib import Path

from cli_helpers import EXIT_OK, TANGGAL, expect, run, stdout_json, write_csv

from asn_mutasi.io.readers import read_table
from asn_mutasi.validation import prepare_positions, prepare_roster
from asn_mutasi.workload import link_employees

from .frames import make_positions, make_roster

REAL = Path(__file__).parent.parent / "fixtures" / "real"
SCHOOL = "SMP NEGERI 2 KUPANG TENGAH"


def _peta(tmp_path: Path, names: list[str]) -> Path:
    lines = ["NAMA JABATAN,UNIT KERJA,KEBUTUHAN", *(f"{n},{SCHOOL},2" for n in names)]
    (tmp_path / "peta.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return tmp_path / "peta.csv"


def test_dapodik_guru_is_linked_to_the_jenjang_of_its_golongan(tmp_path: Path) -> None:
    """IV/a → Ahli Madya, III/c → Ahli Muda, PPPK IX → Ahli Pertama, counted in one info finding; the Tenaga
    Administrasi Sekolah (no JF) stays unlinked with its suggestion."""
    peta = _peta(tmp_path, ["Guru Ahli Madya", "Guru Ahli Muda", "Guru Ahli Pertama", "Pengadministrasi Perkantoran"])
    pos = prepare_positions(read_table(peta, "jabatan")).valid
    ros = prepare_roster(read_table(REAL / "dapodik_gtk_guru.xlsx", "pegawai")).valid
    res = link_employees(ros, pos)
    names = dict(zip(pos["kode_jabatan"], pos["nama_jabatan"], strict=True))
    got = {
        (j, g): (names.get(k), how)
        for j, g, k, how in res.frame[["jabatan", "golongan", "kode_jabatan_link", "cara_tautan"]].itertuples(
            index=False
        )
    }
    assert got[("Guru Mapel", "IV/a")] == ("Guru Ahli Madya", "nama")
    assert got[("Guru Mapel", "III/c")] == ("Guru Ahli Muda", "nama")
    assert got[("Guru Mapel", "IX")] == ("Guru Ahli Pertama", "nama")
    assert got[("Tenaga Administrasi Sekolah", "II/d")] == (None, "tidak_tertaut")
    info = [f for f in res.findings if f.code == "jabatan-jenjang-dari-golongan"]
    assert len(info) == 1 and info[0].severity == "info"
    assert "3 pemangku jabatan 'Guru Mapel'" in info[0].message
    assert "Ahli Pertama 1, Ahli Muda 1, Ahli Madya 1" in info[0].message
    assert not [f for f in res.findings if f.code == "jabatan-tidak-ditemukan" and f.location.value == "Guru Mapel"]


def _linked(rows: list[tuple[str, float, bool]], names: list[str]) -> list[object]:
    table = make_positions([{"kode_jabatan": n, "nama_jabatan": n, "unit_kerja": SCHOOL} for n in names])
    roster = make_roster(
        [{"jabatan": j, "unit_kerja": SCHOOL, "golongan_rank": g, "golongan_tanpa_ruang": bare} for j, g, bare in rows]
    )
    return link_employees(roster, table).frame["kode_jabatan_link"].tolist()


def test_the_golongan_reading_is_only_a_fallback_of_one_jf_and_one_jenjang() -> None:
    """Guru Kelas III/b → Ahli Pertama, Guru BK IV/d → Ahli Utama. Left unlinked: a golongan without its ruang
    ("III": Ahli Pertama or Muda), a golongan below the range (II/d), a jenjang the unit lacks (IV/a, no Ahli Madya
    post), a JF of both kategori (a III/a "Perawat" is Mahir or Ahli Pertama), a Kepala Sekolah (a guru's additional
    task, the school's head). A peta that writes "Guru Kelas" itself keeps the plain name."""
    posts = ["Guru Ahli Pertama", "Guru Ahli Muda", "Guru Ahli Utama", "Perawat Ahli Pertama", "Perawat Mahir"]
    rows = [("Guru Kelas", 10.0, False), ("Guru Bimbingan dan Konseling", 16.0, False), ("Guru Kelas", 9.0, True)]
    rows += [("Guru Mapel", 8.0, False), ("Guru Mapel", 13.0, False), ("Perawat", 9.0, False)]
    rows += [("Kepala Sekolah", 13.0, False)]
    assert _linked(rows, posts) == ["Guru Ahli Pertama", "Guru Ahli Utama", None, None, None, None, None]
    assert _linked([("Guru Kelas", 11.0, False)], ["Guru Kelas", "Guru Ahli Muda"]) == ["Guru Kelas"]


def test_a_holder_linked_to_a_jenjang_keeps_it_in_the_plan(tmp_path: Path) -> None:
    """A IV/a "Guru Mapel" linked to the Ahli Madya post (by the golongan, or by its code) was read as a JF of no
    jenjang and moved into a Guru Ahli Pertama seat as a lateral move; it may fill an Ahli Madya seat only."""
    head = ("KODE JABATAN", "NAMA JABATAN", "UNIT KERJA", "JENIS JABATAN", "KEBUTUHAN", "SYARAT PENDIDIKAN")
    posts = [("G1", "Guru Ahli Madya", "SMP Negeri 1", "Fungsional", 0, "S-1"),
             ("G2", "Guru Ahli Pertama", "SMP Negeri 2", "Fungsional", 1, "S-1")]  # fmt: skip
    peta = write_csv(tmp_path / "peta.csv", head, posts)
    people = ("NIP", "NAMA", "GOL/RUANG", "JABATAN", "UNIT KERJA", "TANGGAL LAHIR", "TMT JABATAN", "PENDIDIKAN")
    one = ("197502032000031004", "Budi", "IV/a", "Guru Mapel", "SMP Negeri 1", "03-02-1975", "01-01-2015", "S-1")
    for roster in ([people, one], [(*people, "KODE JABATAN"), (*one, "G1")]):
        pegawai = write_csv(tmp_path / "pegawai.csv", roster[0], [roster[1]])
        plan = stdout_json(expect(run("rencana", pegawai, peta, *TANGGAL, "-f", "json"), EXIT_OK))
        assert plan["mutasi"] == [] and plan["ringkasan"]["pindah"] == 0
    peta = write_csv(
        tmp_path / "peta.csv", head, [*posts, ("G3", "Guru Ahli Madya", "SMP Negeri 3", "Fungsional", 1, "S-1")]
    )
    plan = stdout_json(expect(run("rencana", pegawai, peta, *TANGGAL, "-f", "json"), EXIT_OK))
    assert [m["kode_jabatan_tujuan"] for m in plan["mutasi"]] == ["G3"]


def test_a_bare_keterampilan_jf_is_linked_by_its_golongan() -> None:
    """A III/a "Refraksionis Optisien" (PER/47/M.PAN/4/2005: a keterampilan JF, Pelaksana Lanjutan III/a-III/b, now
    Mahir) is linked to the unit's Mahir post, a II/c one to Terampil; the row named no kategori and both stayed
    unlinked (groups22, h36)."""
    posts = ["Refraksionis Optisien Terampil", "Refraksionis Optisien Mahir"]
    rows = [("Refraksionis Optisien", 9.0, False), ("Refraksionis Optisien", 7.0, False)]
    assert _linked(rows, posts) == ["Refraksionis Optisien Mahir", "Refraksionis Optisien Terampil"]
