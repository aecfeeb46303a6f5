"""One fact, one answer (consist1, h34): a person whose post is no post of the position table is excluded by
`rencana` ("Jabatan tidak tertaut ke peta jabatan"); `cocokkan` and `nilai` offered the same person as a layak
candidate. The three commands now give each NIP the same verdict, with the same reason."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pandas as pd

import asn_mutasi

REAL = Path(__file__).parent / "fixtures" / "real"
DAY = date(2025, 6, 1)
LINKED, OUTSIDE = "199001102015031001", "199002112015032002"


def _small(tmp_path: Path) -> tuple[Path, Path]:
    """Two people of the same education: one holds a post of the table, one a post the table lacks (Bagian Gudang);
    one post of the table is vacant."""
    roster = tmp_path / "pegawai.csv"
    roster.write_text(
        "NIP,NAMA,JABATAN,UNIT KERJA,GOLONGAN,PENDIDIKAN,JURUSAN,TMT JABATAN,TANGGAL LAHIR\n"
        f"{LINKED},Pegawai Satu,Pengadministrasi Perkantoran,Bagian Umum,III/b,S-1,S1 Administrasi Negara,"
        "2019-01-01,1990-01-10\n"
        f"{OUTSIDE},Pegawai Dua,Pengadministrasi Perkantoran,Bagian Gudang,III/b,S-1,S1 Administrasi Negara,"
        "2019-01-01,1990-02-11\n",
        encoding="utf-8",
    )
    posts = tmp_path / "jabatan.csv"
    posts.write_text(
        "KODE JABATAN,NAMA JABATAN,UNIT KERJA,JENIS JABATAN,KELAS JABATAN,KEBUTUHAN,SYARAT PENDIDIKAN\n"
        "P-1,Pengadministrasi Perkantoran,Bagian Umum,Pelaksana,5,1,S-1\n"
        "P-2,Pengadministrasi Perkantoran,Bagian Keuangan,Pelaksana,5,2,S-1\n",
        encoding="utf-8",
    )
    return roster, posts


def _verdicts(tmp_path: Path, roster: Path, posts: Path) -> tuple[pd.DataFrame, set[str], pd.DataFrame]:
    """(the plan's accounting, the NIPs `cocokkan` offers, `nilai` of every NIP for every post of the table)."""
    planned = asn_mutasi.plan(pegawai=roster, jabatan=posts, tanggal=DAY).plan.accounting
    offered = asn_mutasi.match(pegawai=roster, jabatan=posts, tanggal=DAY, top=50).table
    codes = asn_mutasi.vacancies(pegawai=roster, jabatan=posts, tanggal=DAY).positions["kode_jabatan"].astype(str)
    usulan = tmp_path / "usulan.csv"
    pairs = [(n, k) for n in planned["nip"].astype(str) for k in codes]
    usulan.write_text("NIP,KODE JABATAN\n" + "".join(f"{n},{k}\n" for n, k in pairs), encoding="utf-8")
    assessed = asn_mutasi.assess(pegawai=roster, jabatan=posts, usulan=usulan, tanggal=DAY).table
    return planned, set(offered.loc[offered["layak"].astype(bool), "nip"].astype(str)), assessed


def _agree(planned: pd.DataFrame, offered: set[str], assessed: pd.DataFrame) -> None:
    """Every NIP the plan excludes for its post is offered by no command, and `nilai` says the plan's reason."""
    excluded = planned[planned["status"] == "dikecualikan"]
    for nip, why in zip(excluded["nip"].astype(str), excluded["alasan"].astype(str), strict=True):
        assert nip not in offered, nip
        rows = assessed[assessed["nip"].astype(str) == nip]
        assert len(rows) and not rows["layak"].astype(bool).any(), nip
        assert rows["alasan"].astype(str).str.startswith(why).all(), (nip, why, rows["alasan"].tolist())
    moved = planned[planned["status"] == "pindah"]
    assert set(moved["nip"].astype(str)) <= offered  # whom the plan moves, cocokkan offers


def test_small_tables_one_verdict_per_nip(tmp_path: Path) -> None:
    roster, posts = _small(tmp_path)
    planned, offered, assessed = _verdicts(tmp_path, roster, posts)
    status = dict(zip(planned["nip"].astype(str), planned["status"], strict=True))
    assert status[OUTSIDE] == "dikecualikan"
    assert status[LINKED] != "dikecualikan"
    assert offered == {LINKED}  # the one linked person is a candidate for the vacancy, the other one is not
    _agree(planned, offered, assessed)


def test_needs_only_table_one_verdict_per_nip(tmp_path: Path) -> None:
    """A table of needs for some JFs (Toba's Data_Master_Kebutuhan_JF) while the roster's people hold posts
    elsewhere: the plan excludes all four; `cocokkan` offered them for eight pairs and `nilai` said layak."""
    roster, posts = REAL / "siasn_gsheet_toba.csv", REAL / "kebutuhan_jf_toba.csv"
    planned, offered, assessed = _verdicts(tmp_path, roster, posts)
    assert (planned["status"] == "dikecualikan").all()
    assert offered == set()
    _agree(planned, offered, assessed)


def test_cocokkan_says_how_many_people_it_leaves_out_for_an_unlinked_post(tmp_path: Path) -> None:
    """An empty candidate list on a needs-only table said nothing of why; the count of people left out for their
    post names the cause rencana names, and the small table's one unlinked person is counted once."""
    from cli_helpers import EXIT_OK, expect, run

    toba = expect(run("cocokkan", REAL / "siasn_gsheet_toba.csv", REAL / "kebutuhan_jf_toba.csv"), EXIT_OK)
    assert "4 pegawai tidak dicalonkan karena jabatannya tidak tertaut ke peta jabatan" in toba.stderr
    roster, posts = _small(tmp_path)
    small = expect(run("cocokkan", roster, posts), EXIT_OK)
    assert "1 pegawai tidak dicalonkan karena jabatannya tidak tertaut ke peta jabatan" in small.stderr
    assert asn_mutasi.match(pegawai=roster, jabatan=posts, tanggal=DAY).outside == 1


def test_rencana_names_the_unlinked_people_where_nobody_is_eligible() -> None:
    """cocokkan sends the analyst to rencana's Lowongan Tidak Terisi for the cause per post; on a needs-only table
    it read "Tidak ada pegawai yang layak di mana pun" with no cause at all."""
    roster, posts = REAL / "siasn_gsheet_toba.csv", REAL / "kebutuhan_jf_toba.csv"
    unfilled = asn_mutasi.plan(pegawai=roster, jabatan=posts, tanggal=DAY).plan.unfilled
    assert len(unfilled) == 6
    said = "Tidak ada pegawai yang layak di mana pun: 4 pegawai dikecualikan karena jabatannya tidak tertaut ke peta"
    assert unfilled["alasan"].astype(str).str.startswith(said).all(), unfilled["alasan"].tolist()
