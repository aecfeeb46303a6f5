"""What a new analyst reads on a first run (walk8, h32): finding texts, plan reasons and help types in words."""

from __future__ import annotations

from pathlib import Path

import asn_mutasi as am

_UNIT = "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kabupaten Sukamaju Provinsi Jawa Barat"


def _tables(tmp_path: Path) -> tuple[Path, Path]:
    roster = tmp_path / "pegawai.csv"
    roster.write_text(
        "NIP,NAMA,JABATAN,GOL\n"
        "197501012010011001,Andi,Kepala Subbagian Keuangan pada Bidang Anggaran,III/c\n"
        "198002022010012002,Budi,Pengadministrasi Perkantoran,II/c\n",
        encoding="utf-8",
    )
    positions = tmp_path / "jabatan.csv"
    rows = [f"KSK-{i},Kepala Subbagian Perencanaan dan Keuangan,{_UNIT} {i},Pengawas,1" for i in range(1, 4)]
    rows.append(f"PP-1,Pengadministrasi Perkantoran,{_UNIT} 1,Pelaksana,2")
    positions.write_text(
        "KODE JABATAN,NAMA JABATAN,UNIT KERJA,JENIS JABATAN,KEBUTUHAN\n" + "\n".join(rows) + "\n", encoding="utf-8"
    )
    return roster, positions


def test_a_post_not_found_without_a_unit_column_names_no_empty_unit_and_whole_suggestions(tmp_path: Path) -> None:
    roster, positions = _tables(tmp_path)
    found = am.check(pegawai=roster, jabatan=positions)
    (msg,) = [
        f.message
        for f in found.report.findings
        if f.code == "jabatan-tidak-ditemukan" and f.location.value == "Kepala Subbagian Keuangan pada Bidang Anggaran"
    ]
    assert "di unit ''" not in msg
    assert msg.startswith("Jabatan 'Kepala Subbagian Keuangan pada Bidang Anggaran' tidak ada di peta jabatan")
    # three suggested posts of 150 characters each are named whole, never cut in the middle of a word
    assert "karakter)" not in msg
    assert f"'Kepala Subbagian Perencanaan dan Keuangan di {_UNIT} 1'" in msg
    assert msg.endswith("?")

