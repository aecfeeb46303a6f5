"""Position tables with their own counts: holder rows, Selisih columns, kelas of heads (real18, h33)."""

from __future__ import annotations

from pathlib import Path

import xlsxwriter

from asn_mutasi.findings import Finding, Severity
from asn_mutasi.io.readers import read_table
from asn_mutasi.validation import prepare_positions

HEADER = ["No", "Jabatan Sesuai Kepmen 202 Tahun 2024", "Grade/Kelas Jabatan", "Jumlah ABK", "Jumlah Existing",
          "Nama Pemangku", "Kriteria ASN", "NIP", "Pangkat Golongan", "Keterangan Formasi"]  # fmt: skip


def _older_export(path: Path, rows: list[list[object]]) -> Path:
    """The balai app's older export: no merged cells, a post's further holders on rows of their own."""
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("Peta Jabatan")
    sheet.write_row(0, 0, HEADER)
    for r, row in enumerate(rows, start=1):
        sheet.write_row(r, 0, row)
    book.close()
    return path


def test_a_posts_further_holders_on_rows_of_their_own_are_no_posts(tmp_path: Path) -> None:
    """Each further holder's row (NIP and name only) was read as a post without a name: a galat each (real17)."""
    path = _older_export(
        tmp_path / "Peta_Jabatan_BBPVP_Bekasi.xlsx",
        [
            ["", "STRUKTURAL", "", "", "", "", "", "", "", ""],
            [1, "Kepala Balai", 14, 1, 1, "Andi", "PNS", "197001011995031001", "IV/b", "Sesuai"],
            ["", "FUNGSIONAL", "", "", "", "", "", "", "", ""],
            [2, "Instruktur Ahli Muda", 9, 4, 2, "Budi", "PNS", "198002022005011002", "III/d", "Kurang 2"],
            ["", "", "", "", "", "Citra", "PNS", "198503032010012003", "III/c", ""],
            [3, "Pranata Komputer Ahli Pertama", 8, 1, 3, "Dedi", "PNS", "199004042015031004", "III/a", "Lebih 2"],
            ["", "", "", "", "", "Eka", "PNS", "199105052019032005", "III/a", ""],
            ["", "", "", "", "", "Fajar", "PPPK", "199206062021211006", "IX", ""],
        ],
    )
    raw = read_table(path, "jabatan", unit_kerja="BBPVP Bekasi")
    assert raw.skipped["pemangku_lanjutan"] == 3
    table = prepare_positions(raw)
    assert [f.code for f in list(raw.findings) + table.findings if f.severity is Severity.ERROR] == []
    said = [f for f in raw.findings if f.code == "jabatan-baris-pemangku"]
    assert len(said) == 1 and "(baris 6, 8, 9)" in said[0].message
    assert len(table.valid) == 3 and int(table.valid["kebutuhan"].sum()) == 6
    assert table.valid.set_index("nama_jabatan")["bezetting"].to_dict()["Pranata Komputer Ahli Pertama"] == 3


def test_a_row_without_a_post_name_but_with_its_own_counts_stays_a_post(tmp_path: Path) -> None:
    """Never hide a real post without a name: a row with its own ABK (or No) is a post, with its galat."""
    path = _older_export(
        tmp_path / "peta.xlsx",
        [
            [1, "Instruktur Ahli Muda", 9, 4, 1, "Budi", "PNS", "198002022005011002", "III/d", ""],
            ["", "", "", 2, "", "", "", "", "", ""],
            [3, "", "", "", "", "Citra", "PNS", "198503032010012003", "III/c", ""],
        ],
    )
    raw = read_table(path, "jabatan", unit_kerja="BBPVP Bekasi")
    assert "pemangku_lanjutan" not in raw.skipped
    table = prepare_positions(raw)
    assert [f.code for f in table.findings if f.severity is Severity.ERROR].count("sel-wajib-kosong") == 2


def test_a_heads_level_the_name_cannot_tell_is_read_from_its_kelas() -> None:
    """ "Kepala Balai" at kelas 14 under a STRUKTURAL heading read Pengawas (a kabupaten UPT's head); BBPVP Bekasi is a
    Balai Besar, led at eselon II.b (real17/real18, h33)."""
    raw = read_table(Path(__file__).resolve().parents[1] / "fixtures" / "real" / "peta_jabatan_asn_balai.xlsx",
                     "jabatan", unit_kerja="BBPVP Bekasi")  # fmt: skip
    table = prepare_positions(raw)
    jenis = table.valid.set_index("nama_jabatan")["jenis_jabatan"].to_dict()
    assert jenis["Kepala Balai"] == "JPT Pratama" and jenis["Kepala Bagian Tata Usaha"] == "Administrator"
    said = [f for f in table.findings if f.code == "jenis-dari-kelas"]
    assert (
        len(said) == 1
        and "'Kepala Balai' dibaca JPT Pratama" in said[0].message
        and "bukan Pengawas" in said[0].message
    )
    assert said[0].location.header == "Grade/Kelas Jabatan"


def test_kelas_tells_only_heads_whose_level_varies_by_office() -> None:
    from asn_mutasi.domain.jabatan import jenis_by_kelas

    assert jenis_by_kelas("Kepala Balai", "Pengawas", 14.0) == "JPT Pratama"
    assert jenis_by_kelas("Kepala UPT Pengelolaan Air", "Pengawas", 12.0) == "Administrator"
    assert jenis_by_kelas("Kepala Balai Besar POM", "JPT Pratama", 9.0) == "Pengawas"
    assert jenis_by_kelas("Kepala Balai", "Pengawas", 9.0) == "Pengawas"
    assert jenis_by_kelas("Kepala Balai", "Pengawas", 10.0) == "Pengawas"  # no band: the name decides
    assert jenis_by_kelas("Kepala Balai", "Pengawas", None) == "Pengawas"
    assert jenis_by_kelas("Kepala Seksi Pelayanan", "Pengawas", 14.0) == "Pengawas"  # its name tells its level
    assert jenis_by_kelas("Pranata Komputer Ahli Utama", "Fungsional", 14.0) == "Fungsional"


def test_a_jenis_cell_stating_the_level_wins_over_the_kelas(tmp_path: Path) -> None:
    path = tmp_path / "peta.csv"
    path.write_text(
        "NAMA JABATAN,UNIT KERJA,JENIS JABATAN,KELAS JABATAN,KEBUTUHAN\n"
        "Kepala Balai,Balai Benih Ikan,Pengawas,14,1\nKepala Balai,Balai Latihan Kerja,Struktural,12,1\n",
        encoding="utf-8",
    )
    table = prepare_positions(read_table(path, "jabatan"))
    assert table.valid["jenis_jabatan"].tolist() == ["Pengawas", "Administrator"]


def test_analisa_bezetting_reads_its_holders_now_as_bezetting() -> None:
    """The "Analisa Bezetting" export heads its holders "Terisi Saat Ini": unread, every post's bezetting unknown."""
    raw = read_table(Path(__file__).resolve().parents[1] / "fixtures" / "real" / "analisa_bezetting.xlsx", "jabatan",
                     unit_kerja="SMP Negeri 1 Contoh")  # fmt: skip
    assert raw.columns["bezetting"].header == "Terisi Saat Ini"
    table = prepare_positions(raw)
    assert table.valid.set_index("nama_jabatan")["bezetting"].to_dict()["Guru Ahli Muda"] == 7


def _read_real(name: str, unit: str | None = None) -> list[Finding]:
    """The ``selisih-*`` findings of a position table (a fixture's name, or a path)."""
    raw = read_table(Path(__file__).resolve().parents[1] / "fixtures" / "real" / name, "jabatan", unit_kerja=unit)
    return [f for f in prepare_positions(raw).findings if f.code.startswith("selisih-")]


def test_a_selisih_of_our_sign_is_checked_and_said() -> None:
    """MonitoringExport's Selisih (existing − kebutuhan) was an unknown column: now its convention is said."""
    said = _read_real("monitoring_simonkeb.xlsx")
    assert [f.code for f in said] == ["selisih-tanda"]
    message = said[0].message
    assert "selisih = bezetting − kebutuhan:" in message and "7 dari 7 jabatan" in message


def test_a_selisih_of_the_opposite_sign_is_named_so() -> None:
    """ "Analisa Bezetting" writes kebutuhan − terisi (Kurang N where positive): the opposite sign is said."""
    said = _read_real("analisa_bezetting.xlsx", "SMP Negeri 1 Contoh")
    assert [f.code for f in said] == ["selisih-tanda"]
    message = said[0].message
    assert "kebutuhan − bezetting (tanda kebalikan" in message and "5 dari 5 jabatan" in message


def test_a_selisih_that_is_not_the_tables_own_counts_is_warned_with_both_figures(tmp_path: Path) -> None:
    path = tmp_path / "peta.csv"
    path.write_text(
        "UNIT KERJA,JABATAN,KEBUTUHAN (ABK),EXISTING,SELISIH\n"
        "Dinas X,Analis Kebijakan Ahli Muda,3,1,-2\nDinas X,Pengadministrasi Perkantoran,2,4,2\n"
        "Dinas X,Penata Layanan Operasional,5,2,1\n",
        encoding="utf-8",
    )
    said = _read_real(str(path))
    assert [f.code for f in said] == ["selisih-tanda", "selisih-beda"]
    beda = said[1].message
    assert beda.startswith("1 jabatan") and "(baris 4)" in beda and "tercatat 1" in beda
    assert "kebutuhan 5 dan bezetting 2 selisihnya -3" in beda


def test_a_jf_head_under_a_struktural_cell_is_never_leveled_up_by_its_kelas(tmp_path: Path) -> None:
    """A puskesmas's or a school's head is a JF with an additional task; a "Struktural" jenis cell made it Pengawas
    (an eselon IV of old), and its kelas 11–13 (a JF ahli's) then Administrator or JPT Pratama with the kelas rule
    (review12, h33). A UPT of another kind is still told by its kelas."""
    path = tmp_path / "peta.csv"
    path.write_text(
        "NAMA JABATAN,UNIT KERJA,JENIS JABATAN,KELAS JABATAN,KEBUTUHAN\n"
        "Kepala UPT Puskesmas Cikalong,UPT Puskesmas Cikalong,Struktural,11,1\n"
        "Kepala UPT SD Negeri 1 Cikalong,UPT SD Negeri 1 Cikalong,Struktural,12,1\n"
        "Kepala UPTD SMP Negeri 2,UPTD SMP Negeri 2,Struktural,13,1\n"
        "Kepala UPT Laboratorium Kesehatan,UPT Labkesda,Struktural,11,1\n",
        encoding="utf-8",
    )
    table = prepare_positions(read_table(path, "jabatan"))
    assert table.valid["jenis_jabatan"].tolist() == ["Pengawas", "Pengawas", "Pengawas", "Administrator"]
    said = [f.location.value for f in table.findings if f.code == "jenis-dari-kelas"]
    assert said == ["11"]
