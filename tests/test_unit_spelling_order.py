"""One unit spelled several ways in the position table is named the same whatever the row order: the plan's texts,
its ``kode_jabatan`` keys and its tie-breaks followed the first row ("→ DINAS KESEHATAN" for one stray row, keys
with double spaces, 8 other moves under a shuffle; oracle8 #3, h29)."""

from __future__ import annotations

from itertools import permutations
from pathlib import Path

from cli_helpers import EXIT_OK, expect, run, stdout_json
from hypothesis import given, settings
from hypothesis import strategies as st

from asn_mutasi.validation import prepare_positions
from tests.test_validation import raw_table

SPELLINGS = [
    ("Analis Kebijakan", "DINAS KESEHATAN"),
    ("Perawat", "Dinas Kesehatan"),
    ("Bidan", "Dinas  Kesehatan"),
    ("Pengelola", "Dinas Kesehatan"),
    # negatives: other words are other units; a unit only ever written in capitals keeps them
    ("Dokter Hewan", "Dinas Kesehatan Hewan"),
    ("Analis SDM", "BADAN KEPEGAWAIAN DAERAH"),
    ("Arsiparis", "SEKRETARIAT DPRD"),
    ("Pengadministrasi", "SEKRETARIAT DEWAN PERWAKILAN RAKYAT DAERAH"),
    ("Pengolah Data", "SEKRETARIAT DPRD"),
]


@settings(max_examples=40, deadline=None)
@given(st.permutations(SPELLINGS))
def test_the_spelling_kept_does_not_depend_on_row_order(rows: list[tuple[str, str]]) -> None:
    table = [{"nama_jabatan": name, "unit_kerja": unit, "kebutuhan": 1} for name, unit in rows]
    p = prepare_positions(raw_table("jabatan", table))
    unit_of = dict(zip(p.valid["nama_jabatan"], p.valid["unit_kerja"], strict=True))
    assert unit_of == {
        "Analis Kebijakan": "Dinas Kesehatan",  # not the capitals, not the double space
        "Perawat": "Dinas Kesehatan",
        "Bidan": "Dinas Kesehatan",
        "Pengelola": "Dinas Kesehatan",
        "Dokter Hewan": "Dinas Kesehatan Hewan",
        "Analis SDM": "BADAN KEPEGAWAIAN DAERAH",
        "Arsiparis": "SEKRETARIAT DEWAN PERWAKILAN RAKYAT DAERAH",  # the name over its acronym, though fewer rows
        "Pengadministrasi": "SEKRETARIAT DEWAN PERWAKILAN RAKYAT DAERAH",
        "Pengolah Data": "SEKRETARIAT DEWAN PERWAKILAN RAKYAT DAERAH",
    }
    said = sorted(f.location.value for f in p.findings if f.code == "unit-ejaan-disatukan")
    # once per spelling; "Dinas  Kesehatan" differs by a space alone and is tidied unsaid (review11 #7, h29)
    assert said == ["DINAS KESEHATAN", "SEKRETARIAT DPRD"]


ROSTER = (
    "NIP;NAMA;GOL/RUANG;JABATAN;UNIT KERJA;JENIS JABATAN;TMT JABATAN;TANGGAL LAHIR;STATUS KEPEGAWAIAN;"
    "PENDIDIKAN TERAKHIR;JURUSAN\n"
    "198502102010011001;Agus Santoso;III/b;Pengadministrasi Perkantoran;Dinas Sosial;Pelaksana;01-03-2020;"
    "10-02-1985;PNS;SLTA;SMA\n"
    "198604122010012002;Dewi Lestari;III/a;Pengadministrasi Perkantoran;Dinas Sosial;Pelaksana;01-03-2020;"
    "12-04-1986;PNS;SLTA;SMA\n"
    "198703152011011003;Eko Pratama;III/a;Penelaah Teknis Kebijakan;Dinas Kesehatan;Pelaksana;01-03-2020;"
    "15-03-1987;PNS;S-1;S-1 Administrasi Negara\n"
)
TABLE_ROWS = [
    "D1;Pengadministrasi Perkantoran;DINAS  KESEHATAN;Pelaksana;2;SLTA\n",
    "D2;Penelaah Teknis Kebijakan;Dinas Kesehatan;Pelaksana;1;S-1\n",
    "S1;Pengadministrasi Perkantoran;Dinas Sosial;Pelaksana;1;SLTA\n",
]


def test_the_plan_is_the_same_in_every_row_order(tmp_path: Path) -> None:
    """oracle8's ejaan repro, every order of the position table's rows: one move, to "Dinas Kesehatan"."""
    (tmp_path / "pegawai.csv").write_text(ROSTER, encoding="utf-8")
    seen = set()
    for n, order in enumerate(permutations(TABLE_ROWS)):
        table = tmp_path / f"jabatan_{n}.csv"
        table.write_text(
            "KODE JABATAN;NAMA JABATAN;UNIT KERJA;JENIS JABATAN;KEBUTUHAN;SYARAT PENDIDIKAN\n" + "".join(order)
        )
        result = run("rencana", tmp_path / "pegawai.csv", table, "--tanggal", "01-07-2026", "-f", "json")
        payload = stdout_json(expect(result, EXIT_OK))
        moves = tuple((m["nip"], m["kode_jabatan_tujuan"], m["unit_tujuan"], m["alasan"]) for m in payload["mutasi"])
        units = tuple(sorted(r["unit_kerja"] for r in payload["lowongan_tidak_terisi"]))
        seen.add((moves, units))
    assert len(seen) == 1
    ((moves, _),) = seen
    assert [(m[1], m[2]) for m in moves] == [("D1", "Dinas Kesehatan")]
    assert "di Dinas Kesehatan" in moves[0][3]


def test_a_unit_restating_its_acronym_in_brackets_is_the_same_unit() -> None:
    """ "Dinas Kesehatan (Dinkes)" beside "Dinas Kesehatan" was a second unit (key "dinas kesehatan dinas kesehatan"):
    40 units became 41, one split into a KURANG and a LEBIH row (hostile11 #2, h29; a Kab. Kediri master_opd writes
    "… (BKPSDM)" beside "DINAS KESEHATAN"). A bracket of other words stays words of the unit."""
    from asn_mutasi.validation import unit_identity

    same = [
        ("Dinas Kesehatan (Dinkes)", "Dinas Kesehatan"),
        ("Badan Kepegawaian dan Pengembangan Sumber Daya Manusia (BKPSDM)", "BKPSDM"),
        ("Satuan Polisi Pamong Praja (Satpol PP)", "Satuan Polisi Pamong Praja"),
        ("Badan Pengelolaan Keuangan dan Aset Daerah (BPKAD)", "Badan Pengelolaan Keuangan dan Aset Daerah"),
    ]
    for a, b in same:
        assert unit_identity(a) == unit_identity(b), (a, b)
    apart = [
        ("UPT Puskesmas (Rawat Inap)", "UPT Puskesmas (Rawat Jalan)"),
        ("Dinas Sosial (Dinkes)", "Dinas Sosial"),  # a bracket naming another unit is not the name restated
        ("UPT Puskesmas (Rawat Inap)", "UPT Puskesmas"),
    ]
    for a, b in apart:
        assert unit_identity(a) != unit_identity(b), (a, b)
    table = [
        {"nama_jabatan": "Perawat", "unit_kerja": "Dinas Kesehatan (Dinkes)", "kebutuhan": 2},
        {"nama_jabatan": "Bidan", "unit_kerja": "Dinas Kesehatan", "kebutuhan": 1},
    ]
    p = prepare_positions(raw_table("jabatan", table))
    assert p.valid["unit_kerja"].nunique() == 1
