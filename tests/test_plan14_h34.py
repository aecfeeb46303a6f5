"""What a dropped row of a repeated NIP holds, as the planner counts it and as docs/findings.md says (plan14, h34).

The plan counts another person written under a NIP as holding their seat (never moved) and a person written twice
once, at the row kept; the nip-ganda entry said only which row is read, not what the other row's seat becomes.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import asn_mutasi as am
from asn_mutasi.findings import CATALOGUE

AS_OF = date(2026, 11, 1)
ROSTER = """NIP;NAMA;JABATAN;KODE JABATAN;UNIT KERJA;JENIS JABATAN;TANGGAL LAHIR;TMT JABATAN;GOL/RUANG
198203112008012004;Sari Dewi;Pengelola Keuangan;J01;Dinas Kesehatan;Pelaksana;1982-03-11;2020-01-01;III/a
198203112008012004;Rina Wulandari;Penata Layanan Operasional;J02;Dinas Kesehatan;Pelaksana;1982-03-11;2020-01-01;III/a
198505112010011006;Budi Santoso;Pengadministrasi Perkantoran;J03;Dinas Kesehatan;Pelaksana;1985-05-11;2020-01-01;II/c
198505112010011006;Budi Santoso;Pengolah Data dan Informasi;J04;Dinas Kesehatan;Pelaksana;1985-05-11;2020-01-01;II/c
"""
POSTS = """KODE JABATAN;NAMA JABATAN;UNIT KERJA;JENIS JABATAN;KEBUTUHAN
J01;Pengelola Keuangan;Dinas Kesehatan;Pelaksana;1
J02;Penata Layanan Operasional;Dinas Kesehatan;Pelaksana;1
J03;Pengadministrasi Perkantoran;Dinas Kesehatan;Pelaksana;1
J04;Pengolah Data dan Informasi;Dinas Kesehatan;Pelaksana;1
"""


def test_nip_ganda_says_what_the_dropped_rows_seat_is_as_bezetting_counts_it(tmp_path: Path) -> None:
    """Two people under one NIP: both seats held; one person in two rows: one seat held, the other vacant; and the
    nip-ganda keterangan says both, so the analyst can read bezetting from the finding."""
    (tmp_path / "pegawai.csv").write_text(ROSTER, encoding="utf-8")
    (tmp_path / "jabatan.csv").write_text(POSTS, encoding="utf-8")
    result = am.vacancies(pegawai=tmp_path / "pegawai.csv", jabatan=tmp_path / "jabatan.csv", tanggal=AS_OF)
    held = dict(zip(result.positions["kode_jabatan"].astype(str), result.positions["bezetting"], strict=True))
    assert held["J01"] == held["J02"] == 1  # two people: each in their seat
    assert held["J03"] + held["J04"] == 1  # one person: counted once
    said = CATALOGUE["nip-ganda"].keterangan
    assert "orang lain" in said and "tetap dihitung menduduki" in said and "tidak dipindah" in said
    assert "orang yang sama" in said and "dihitung sekali" in said
