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
    # (lang5, h32, says the missing unit in words: "(tanpa unit kerja)")
    assert msg.startswith(
        "Jabatan 'Kepala Subbagian Keuangan pada Bidang Anggaran' (tanpa unit kerja) tidak ada di peta"
    )
    # three suggested posts of 150 characters each are named whole, never cut in the middle of a word
    assert "karakter)" not in msg
    assert f"'Kepala Subbagian Perencanaan dan Keuangan di {_UNIT} 1'" in msg
    assert msg.endswith("?")


def test_a_jf_holder_leaving_the_profession_is_told_what_follows_in_words_not_the_rule_code(tmp_path: Path) -> None:
    roster = tmp_path / "pegawai.csv"
    roster.write_text(
        "NIP,NAMA,JABATAN,UNIT KERJA,GOL,PENDIDIKAN,TMT JABATAN\n"
        "197501012005011001,Andi,Analis Sumber Daya Manusia Aparatur Ahli Pertama,BKPSDM,III/b,S-1 Manajemen,"
        "01-01-2015\n",
        encoding="utf-8",
    )
    positions = tmp_path / "jabatan.csv"
    positions.write_text(
        "KODE JABATAN,NAMA JABATAN,UNIT KERJA,JENIS JABATAN,KEBUTUHAN\n"
        "ASDM-1,Analis Sumber Daya Manusia Aparatur Ahli Pertama,BKPSDM,Fungsional,1\n"
        "PLO-1,Penata Layanan Operasional,Dinas Sosial,Pelaksana,1\n",
        encoding="utf-8",
    )
    proposals = tmp_path / "usulan.csv"
    proposals.write_text("NIP,KODE JABATAN\n197501012005011001,PLO-1\n", encoding="utf-8")
    table = am.assess(pegawai=roster, jabatan=positions, usulan=proposals).table
    (alasan,) = table["alasan"].tolist()
    assert bool(table["keluar_profesi"].iloc[0])
    assert "(keluar-profesi-jf)" not in alasan
    assert "keluar dari profesinya: bila mutasi ditetapkan, ia diberhentikan dari JF itu" in alasan
    assert "lihat kebutuhan diklat" in alasan


def test_a_number_option_shows_a_number_and_its_range_in_words() -> None:
    from typer.testing import CliRunner

    from asn_mutasi.cli.app import app

    out = CliRunner().invoke(app, ["lowongan", "--bantuan"], prog_name="asn-mutasi", env={"COLUMNS": "160"}).output
    horizon = next(line for line in out.splitlines() if "--horizon" in line)
    assert "<angka> [0–1.200]" in horizon
    heading = next(line for line in out.splitlines() if "--baris-judul" in line)
    assert "<angka> [paling kecil 1]" in heading
    assert "rentang" not in out and "x>=" not in out and "<=x" not in out


def test_a_position_table_given_to_abk_is_named_a_position_table_with_what_to_do(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from asn_mutasi.cli.app import app

    roster, positions = _tables(tmp_path)
    rekap = tmp_path / "rekap_abk.csv"
    rekap.write_text(
        "No,Nama Jabatan,Jenis Jabatan,Kelas Jabatan,Total Beban Kerja,Kebutuhan Pegawai,Pembulatan Formasi\n"
        "1,Pengadministrasi Perkantoran,Pelaksana,5,2400,1.92,2\n",
        encoding="utf-8",
    )
    args = ["beban-kerja", str(roster), str(positions), "--abk", str(rekap)]
    result = CliRunner().invoke(app, args, prog_name="asn-mutasi")
    assert result.exit_code == 3
    said = " ".join(result.output.split())
    assert "tampak seperti peta jabatan berisi beban kerja atau kebutuhan per jabatan" in said
    assert "berikan sebagai argumen JABATAN, tanpa --abk" in said
