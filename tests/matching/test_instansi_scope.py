"""Several instansi stay apart in match and assess (issue 11): cross-instansi pairs are not layak."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import asn_mutasi

KAB, KOTA = "Pemerintah Kabupaten Sukamaju", "Pemerintah Kota Sukamaju"
SATU, DUA = "199001102015031001", "199002112015032002"


def _files(tmp_path: Path) -> tuple[Path, Path]:
    """Each person holds a post of their own instansi's table (A-1, B-1: only a person linked to a post of the table
    is a candidate, as the plan moves no one else); one vacancy in each instansi (A-3, B-3)."""
    roster = tmp_path / "pegawai.csv"
    roster.write_text(
        "NIP,NAMA,KODE JABATAN,JABATAN,UNIT KERJA,INSTANSI,GOLONGAN,PENDIDIKAN,JURUSAN,TMT JABATAN,TANGGAL LAHIR\n"
        f"{SATU},Pegawai Satu,A-1,Pengadministrasi Perkantoran,Bagian Umum,{KAB},III/b,S-1,"
        "S1 Administrasi Negara,2019-01-01,1990-01-10\n"
        f"{DUA},Pegawai Dua,B-1,Pengadministrasi Perkantoran,Bagian Umum,{KOTA},III/b,S-1,"
        "S1 Administrasi Negara,2019-01-01,1990-02-11\n",
        encoding="utf-8",
    )
    posts = tmp_path / "jabatan.csv"
    rows = [
        ("A-1", "Umum", KAB, 1),
        ("B-1", "Umum", KOTA, 1),
        ("A-3", "Keuangan", KAB, 1),
        ("B-3", "Keuangan", KOTA, 1),
    ]
    posts.write_text(
        "KODE JABATAN,NAMA JABATAN,UNIT KERJA,INSTANSI,JENIS JABATAN,KELAS JABATAN,KEBUTUHAN,"
        "SYARAT PENDIDIKAN,SYARAT GOLONGAN\n"
        + "".join(f"{k},Pengadministrasi Perkantoran,Bagian {u},{i},Pelaksana,5,{n},S-1,II/a\n" for k, u, i, n in rows),
        encoding="utf-8",
    )
    return roster, posts


def test_match_keeps_each_instansi_to_its_own_posts(tmp_path: Path) -> None:
    roster, posts = _files(tmp_path)
    result = asn_mutasi.match(pegawai=roster, jabatan=posts, tanggal=date(2025, 6, 1))
    pairs = set(zip(result.table["nip"], result.table["kode_jabatan"], strict=True))
    assert pairs == {(SATU, "A-3"), (DUA, "B-3")}


def test_assess_marks_cross_instansi_pair_not_layak_with_reason(tmp_path: Path) -> None:
    roster, posts = _files(tmp_path)
    usulan = tmp_path / "usulan.csv"
    usulan.write_text(f"NIP,KODE JABATAN\n{SATU},B-3\n{DUA},B-3\n", encoding="utf-8")
    result = asn_mutasi.assess(pegawai=roster, jabatan=posts, usulan=usulan, tanggal=date(2025, 6, 1))
    rows = {n: r for n, r in zip(result.table["nip"], result.table.to_dict("records"), strict=True)}
    assert not rows[SATU]["layak"]
    assert rows[SATU]["alasan"].startswith(f"Lintas instansi: pegawai di {KAB}, jabatan di {KOTA}")
    assert rows[DUA]["layak"]
    assert "Lintas instansi" not in rows[DUA]["alasan"]


def test_plan_scopes_pairs_by_the_scoring_context_instansi(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The plan's pair keys take the instansi the scoring context already holds (stripped, "" where none) instead
    of stripping the roster's and the positions' column again, row by row (speed7, h32): a cross-instansi pair is
    still no arc."""
    from asn_mutasi.planning import eligibility

    def again(frame: object) -> None:
        raise AssertionError("instansi read again")

    monkeypatch.setattr(eligibility, "instansi_column", again)
    roster = tmp_path / "pegawai.csv"
    roster.write_text(
        "NIP,NAMA,KODE JABATAN,JABATAN,UNIT KERJA,INSTANSI,GOLONGAN,PENDIDIKAN,JURUSAN,TMT JABATAN,TANGGAL LAHIR\n"
        f"{SATU},Pegawai Satu,A-1,Pengadministrasi Perkantoran,Bagian Umum, {KAB} ,III/b,S-1,"
        "S1 Administrasi Negara,2019-01-01,1990-01-10\n"
        f"{DUA},Pegawai Dua,B-1,Pengadministrasi Perkantoran,Bagian Umum,{KOTA},III/b,S-1,"
        "S1 Administrasi Negara,2019-01-01,1990-02-11\n",
        encoding="utf-8",
    )
    posts = tmp_path / "jabatan.csv"
    rows = [("A-1", "Umum", KAB, 0), ("B-1", "Umum", KOTA, 0), ("B-3", "Keuangan", KOTA, 1)]
    rows += [("B-4", "Keuangan", KOTA, 1), ("A-3", "Keuangan", KAB, 1)]
    posts.write_text(
        "KODE JABATAN,NAMA JABATAN,UNIT KERJA,INSTANSI,JENIS JABATAN,KELAS JABATAN,KEBUTUHAN,"
        "SYARAT PENDIDIKAN,SYARAT GOLONGAN\n"
        + "".join(f"{k},Pengadministrasi Perkantoran,Bagian {u},{i},Pelaksana,5,{n},S-1,II/a\n" for k, u, i, n in rows),
        encoding="utf-8",
    )
    result = asn_mutasi.plan(pegawai=roster, jabatan=posts, tanggal=date(2025, 6, 1))
    moves = dict(zip(result.plan.moves["nip"], result.plan.moves["kode_jabatan_tujuan"], strict=True))
    assert moves[SATU] == "A-3" and moves[DUA] in {"B-3", "B-4"}
