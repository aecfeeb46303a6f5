"""Real files and leftovers of the real30 campaign (h38): tests/fixtures/real/SOURCES.md."""

from __future__ import annotations

from pathlib import Path

from asn_mutasi.domain.jabatan import jenjang_fungsional, normalize_position_name
from asn_mutasi.io.readers import read_table
from asn_mutasi.validation import prepare_roster

REAL = Path(__file__).resolve().parents[1] / "fixtures" / "real"


def test_siasn_rw_jabatan_as_a_roster_reads_each_rows_post_from_its_jenis_column() -> None:
    """SIASN rw-jabatan's namaJabatan holds the structural post only; the JF and pelaksana rows name theirs under
    jabatanFungsionalNama / jabatanFungsionalUmumNama. Read as a roster, 6 of its 8 posts were empty."""
    raw = read_table(REAL / "siasn_rw_jabatan.csv", "pegawai")
    assert raw.columns["jabatan"].header == "namaJabatan"
    assert raw.frame["jabatan"].tolist() == [
        "Pengadministrasi Umum",
        "Penyusun Materi Hukum",
        "Analis Hukum Ahli Pertama",
        "Perawat Terampil",
        "Perawat Ahli Pertama",
        "Pengelola Keuangan",
        "Kepala Subbagian Keuangan",
        "Kepala Bagian Umum",
    ]
    unknown = {f.location.header for f in raw.findings if f.code == "kolom-tidak-dikenal"}
    assert unknown.isdisjoint({"jabatanFungsionalNama", "jabatanFungsionalUmumNama"})


def test_the_next_kgb_or_promotion_date_is_known_and_unused(tmp_path: Path) -> None:
    """A KGB/promotion monitor's "TMT Berikutnya" (and "TMT Berikutnya (YAD)") beside "TMT Pangkat": each was a
    kolom-tidak-dikenal warning; it is the next date, known and not read."""
    path = tmp_path / "pegawai.csv"
    path.write_text(
        "NIP,Nama,Gol,Jabatan,Unit Kerja,TMT Pangkat,TMT Berikutnya,TMT Berikutnya (YAD)\n"
        "197501012010011001,Andi,III/a,Pengadministrasi Umum,Bagian Umum,01-04-2020,01-04-2024,01-04-2024\n",
        encoding="utf-8",
    )
    raw = read_table(path, "pegawai")
    said = {f.location.header: f.code for f in raw.findings}
    assert said["TMT Berikutnya"] == "kolom-dikenal-tidak-dipakai"
    assert said["TMT Berikutnya (YAD)"] == "kolom-dikenal-tidak-dipakai"


def test_a_jabatan_eselon_header_fills_the_eselon_and_checks_it_against_an_eselon_column(tmp_path: Path) -> None:
    """A one-cell "Jabatan / Eselon" writes "Sekretaris / III.a": the key dropped the eselon but the eselon field
    stayed empty. It is now the eselon (and, beside an ESELON column, a difference is one warning)."""
    path = tmp_path / "pegawai.csv"
    path.write_text(
        "NIP,NAMA,Jabatan / Eselon,UNIT KERJA\n"
        "197501012010011001,Andi,Sekretaris / III.a,Sekretariat\n"
        "197602022011042002,Sri,Kepala Subbagian Umum / IV.a,Sekretariat\n"
        "197703032012071003,Budi,Pengadministrasi Umum / -,Sekretariat\n"
        "197804042013012004,Dewi,Analis Kebijakan Ahli Muda,Sekretariat\n",
        encoding="utf-8",
    )
    raw = read_table(path, "pegawai")
    assert raw.frame["jabatan"].tolist()[:3] == ["Sekretaris", "Kepala Subbagian Umum", "Pengadministrasi Umum"]
    assert raw.frame["eselon"].tolist() == ["III.a", "IV.a", None, None]

    both = tmp_path / "dua_kolom.csv"
    both.write_text(
        "NIP,NAMA,Jabatan / Eselon,ESELON,UNIT KERJA\n"
        "197501012010011001,Andi,Sekretaris / III.a,III/a,Sekretariat\n"
        "197602022011042002,Sri,Kepala Subbagian Umum / IV.a,III.b,Sekretariat\n",
        encoding="utf-8",
    )
    raw = read_table(both, "pegawai")
    assert raw.frame["eselon"].tolist() == ["III/a", "III.b"]
    said = [f for f in raw.findings if f.code == "eselon-sel-jabatan-berbeda"]
    assert len(said) == 1 and said[0].severity == "peringatan" and said[0].location.header == "ESELON"
    assert "pada 1 baris" in said[0].message and "IV.a di sel jabatan, III.b di kolom eselon" in said[0].message


def test_a_jf_jenjang_written_before_the_jf_name_is_read_as_the_jf_at_that_jenjang() -> None:
    """A Diskominfo's staff list (reakattimur-art/PKL.Kel) writes "Ahli Pertama Pranata Komputer" and "Pertama Pranata
    Komputer": the first's key was no "pranata komputer ahli pertama" (no link to the peta jabatan's post), the
    second read Pelaksana with no jenjang."""
    raw = read_table(REAL / "pegawai_diskominfo_sbd.csv", "pegawai")
    table = prepare_roster(raw)
    frame = table.frame.set_index("jabatan")
    for post in ("Ahli Pertama Pranata Komputer", "Pertama Pranata Komputer"):
        assert normalize_position_name(post) == normalize_position_name("Pranata Komputer Ahli Pertama")
        assert jenjang_fungsional(post) == "ahli pertama"
        assert frame.loc[post, "jenis_jabatan"] == "Fungsional"
    # a grade word before a name that is no JF stays as written
    assert normalize_position_name("Muda Bidang Umum") == "muda bidang umum"
    assert normalize_position_name("Madya Praja") == "madya praja"


_SWAPPED = """No.,NAMA,NIP ,PANGKAT,JABATAN,SUB JABATAN
1,"SITI AMINAH, A.Md",198606262011012003,III/b,PENGOLAH DATA DAN INFORMASI,STAFF ASN SEKRETARIAT
2,"RINA WATI, S.Sos",19680714 199202 2 002,III/d,Penata Tk.I,Kepala Bidang
3,"AHMAD YANI, SH",197501012003121001,III/d,BIDANG REHABILITASI SOSIAL,KEPALA SEKSI REHABILITASI ANAK
4,JOKO SUSILO,197602022005011002,III/c,SEKRETARIAT,Pekerja Sosial Ahli Muda
5,DEWI LESTARI,197703032006042003,III/a,Sekretaris Dinas,STAFF ASN SEKRETARIAT
6,ANI,197804042007012004,II/c,BIDANG PEMBERDAYAAN SOSIAL,STAFF ASN BIDANG PEMBERDAYAAN SOSIAL
"""


def test_a_dinas_sosial_roster_with_post_and_unit_swapped_on_some_rows_is_read_swapped_back(tmp_path: Path) -> None:
    """A Dinas Sosial roster (JABATAN | SUB JABATAN, SUB JABATAN read as the unit) writes the unit under JABATAN and
    the post under SUB JABATAN on a block of rows: those posts were units and the units posts, without a word. Rows
    where only one cell looks swapped (a pangkat under JABATAN, a unit under both) stay as written."""
    path = tmp_path / "data_pegawai.csv"
    path.write_text(_SWAPPED, encoding="utf-8")
    raw = read_table(path, "pegawai")
    assert raw.frame["jabatan"].tolist() == [
        "PENGOLAH DATA DAN INFORMASI",
        None,  # a pangkat under JABATAN is no post: it leaves the post cell (pangkat-di-sel-jabatan; real31, h38)
        "KEPALA SEKSI REHABILITASI ANAK",
        "Pekerja Sosial Ahli Muda",
        "Sekretaris Dinas",
        "BIDANG PEMBERDAYAAN SOSIAL",
    ]
    assert raw.frame["unit_kerja"].tolist()[2:4] == ["BIDANG REHABILITASI SOSIAL", "SEKRETARIAT"]
    said = [f for f in raw.findings if f.code == "jabatan-unit-tertukar"]
    assert len(said) == 1 and said[0].severity == "peringatan" and said[0].location.row == 4
    assert "Pada 2 baris (baris 4, 5)" in said[0].message


def test_a_proposal_recaps_jenis_usulan_is_known_and_unused() -> None:
    """An OPD mutation-proposal recap (BOM, ";") heads "Jenis Usulan" (Mutasi, Promosi) beside "Jabatan Lama |
    Jabatan Baru": it was offered as "maksud Anda Unit Kerja?"."""
    raw = read_table(REAL / "rekap_usulan_opd.csv", "usulan")
    assert raw.columns["nama_jabatan"].header == "Jabatan Baru"
    assert raw.columns["jabatan_sekarang"].header == "Jabatan Lama"
    said = {f.location.header: f for f in raw.findings}
    assert said["Jenis Usulan"].code == "kolom-dikenal-tidak-dipakai"
    assert "Unit Kerja" not in said["Jenis Usulan"].message
