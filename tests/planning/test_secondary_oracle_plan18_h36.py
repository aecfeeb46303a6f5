"""The secondary oracle under ``rotasi_wajib`` (plan18, h36).

plan17 ran the secondary oracle of ``test_secondary_oracle_plan16_h35`` on ``edge_worlds`` and found the plan's
``nilai_tujuan_sekunder`` far above the oracle's minimum while the plan said it was proven (26190 against 6480, every
failure with ``rotasi_wajib``). The plan was right: ``edge_worlds`` adds a chain of posts whose holders have been in
post since 2021-03-01, more than ``rotasi_tahun`` (5) years before the reference date, so rotation-due, but it left
them out of ``World.due``. The oracle priced their stays at 0 and found a plan that rotates none of them, which the
planner (a due stayer weighs two vacancies) rightly never takes; counted as due, the oracle's optimum is the plan's.

So every world must name as due exactly the holders more than ``rotasi_tahun`` years in post (restated here from
docs/pengaturan.md, "[aturan] rotasi_tahun 5: PP 11/2017 Pasal 190 ayat (3)", from the roster's TMT JABATAN), the
oracle now checks the plan's ``rotasi_dipindah`` against its own due movers, and the secondary oracle runs on the
chain worlds with ``rotasi_wajib`` always on. The failing world of plan17 is kept as a case of its own.
"""

from __future__ import annotations

import io
import tempfile
from datetime import date
from pathlib import Path

import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from asn_mutasi.config import PlanSettings
from tests.planning.test_fuzz_oracle import AS_OF, FUZZ, ROTATION_YEARS, World, _oracle, _write, shaped_worlds, worlds
from tests.planning.test_oracle_plan17_h36 import edge_worlds
from tests.planning.test_secondary_oracle_plan16_h35 import Weights, _check, _compare, weights

ROTATION = settings(FUZZ, max_examples=15)


def _due_from_tmt(roster: pd.DataFrame) -> set[str]:
    """NIPs in post since a date more than ROTATION_YEARS (calendar years) before AS_OF."""
    start = date(AS_OF.year - ROTATION_YEARS, AS_OF.month, AS_OF.day)
    tmt = pd.to_datetime(roster["TMT JABATAN"]).dt.date
    return set(roster.loc[tmt < start, "NIP"].astype(str))


@settings(FUZZ, max_examples=60)
@given(st.one_of(worlds(), shaped_worlds(), edge_worlds()))
def test_every_world_names_exactly_the_holders_over_rotasi_tahun_as_due(world: World) -> None:
    assert world.due == _due_from_tmt(world.roster)


@ROTATION
@given(edge_worlds(), weights(), st.data())
def test_rotation_secondary_equals_the_oracle_on_chains_and_edge_retirements(
    world: World, w: Weights, data: st.DataObject
) -> None:
    _check(world, w, data, rotation=True)


@ROTATION
@given(worlds(), weights(), st.data())
def test_rotation_secondary_equals_the_oracle_on_random_worlds(world: World, w: Weights, data: st.DataObject) -> None:
    _check(world, w, data, rotation=True)


ROSTER = """NIP;NAMA;GOL/RUANG;JABATAN;KODE JABATAN;UNIT KERJA;JENIS JABATAN;TMT JABATAN;TANGGAL LAHIR;STATUS KEPEGAWAIAN;PENDIDIKAN TERAKHIR;JURUSAN;PREFERENSI UNIT
199004112014032001;Pegawai 1;III/a;Kepala Bagian Umum;J00;Sekretariat Daerah;Administrator;2019-09-01;1990-04-11;PNS;S-2;S-2 Perencanaan Wilayah dan Kota;
199511112019031002;Pegawai 2;II/c;Kepala Puskesmas;J02;Sekretariat Daerah;Fungsional;2023-03-01;1995-11-11;PNS;Strata 1;S-1 Ekonomi Pembangunan;
199601112020032003;Pegawai 3;IV/a;Kepala Subbagian Umum;J04;Sekretariat Daerah;Pengawas;2022-07-01;1996-01-11;PNS;S-2;S-2 Perencanaan Wilayah dan Kota;Sekretariat Daerah
196911012005032004;Pegawai 4;III/b;Kepala Bagian Umum;J00;Sekretariat Daerah;Administrator;2023-06-01;1969-11-01;PNS;S-2;S-2 Perencanaan Wilayah dan Kota;Dinas Kesehatan
196911022008031005;Pegawai 5;III/a;Pengelola Keuangan;J03;Dinas Kesehatan;Pelaksana;2022-06-01;1969-11-02;PNS;S1;S-1 Administrasi Negara;Dinas Kesehatan
199412112018032006;Pegawai 6;II/a;Kepala Bagian Umum;J00;Sekretariat Daerah;Administrator;2023-04-01;1994-12-11;PNS;D-III;D-III Akuntansi;Sekretariat Daerah
199407112018032007;Pegawai 7;IV/a;Kepala Puskesmas;J02;Sekretariat Daerah;Fungsional;2025-01-01;1994-07-11;PNS;S-2;S-2 Perencanaan Wilayah dan Kota;
198805052010031008;Pegawai Rantai 8;III/a;Kepala Subbagian Umum;R0;Dinas Kesehatan;Pengawas;2021-03-01;1988-05-05;PNS;D-III;D-III Akuntansi;
198805052010032009;Pegawai Rantai 9;III/d;Kepala Subbagian Umum;R0;Dinas Kesehatan;Pengawas;2021-03-01;1988-05-05;PNS;S-1;S-1 Akuntansi;
198805052010031010;Pegawai Rantai 10;III/c;Pranata Komputer Terampil;R1;Sekretariat Daerah;Fungsional;2021-03-01;1988-05-05;PNS;S-1;S-1 Akuntansi;
"""
POSTS = """KODE JABATAN;NAMA JABATAN;UNIT KERJA;JENIS JABATAN;KEBUTUHAN;SYARAT PENDIDIKAN;SYARAT JURUSAN;SYARAT GOLONGAN
J00;Kepala Bagian Umum;Sekretariat Daerah;Administrator;0;S-1;;III/d
J01;Perencana Ahli Pertama;Badan Keuangan Daerah;Fungsional;3;S-1;"S-1 Ekonomi Pembangunan; S-1 Perencanaan Wilayah dan Kota";
J02;Kepala Puskesmas;Sekretariat Daerah;Fungsional;0;S-1;;
J03;Pengelola Keuangan;Dinas Kesehatan;Pelaksana;1;D-III;"D-III Akuntansi; S-1 Akuntansi";
J04;Kepala Subbagian Umum;Sekretariat Daerah;Pengawas;0;D-III;;III/b
J05;Pengadministrasi Perkantoran;Sekretariat Daerah;Pelaksana;0;SMA;;
R0;Kepala Subbagian Umum;Dinas Kesehatan;Pengawas;1;D-III;;III/b
R1;Pranata Komputer Terampil;Sekretariat Daerah;Fungsional;1;D-III;"D-III Teknik Informatika; D-III Manajemen Informatika";
R2;Pengolah Data dan Informasi;Badan Keuangan Daerah;Pelaksana;1;D-III;;
"""


def test_plan17s_failing_world_a_chain_of_due_holders_and_a_swap_reaches_the_oracle() -> None:
    """plan17's failing world (no unit limits, skor_minimum 0, tidak_bersedia_wajib_tetap): the chain's three holders
    are due; the plan rotates two of them (one by a swap that fills nothing) and keeps the third, whose only way out
    would cost a filled seat. Its secondary is the oracle's minimum once the oracle counts them as due."""
    roster = pd.read_csv(io.StringIO(ROSTER), sep=";", dtype=str, keep_default_na=False)
    posts = pd.read_csv(io.StringIO(POSTS), sep=";", dtype=str, keep_default_na=False)
    posts["KEBUTUHAN"] = posts["KEBUTUHAN"].astype(int)
    world = World(roster, posts, set(), _due_from_tmt(roster))
    assert {"198805052010031008", "198805052010032009", "198805052010031010"} <= world.due
    rules = PlanSettings(skor_minimum=0.0, rotasi_wajib=True)
    answers = pd.DataFrame(
        [["199412112018032006", "", *["Sekretariat Daerah", ""] * 3, "Bersedia dengan syarat"]],
        columns=["nip", "nama", *(f"pilihan_{r}_{k}" for r in (1, 2, 3) for k in ("unit", "jabatan")), "kesediaan"],
    )
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        rp, pp = _write(world, folder)
        o = _oracle(world, rp, pp, folder, rules.skor_minimum)
        w = Weights(biaya_pindah=40.0, bonus=0.0, pilihan=(0.0, 0.0, 0.0), tidak_bersedia=30.0)
        _compare(world, w, (rules, True), (o, folder, rp, pp), answers, [], [])
