"""Roster-reading leftovers and real files of the real31 hunt (h38): tests/fixtures/real/SOURCES.md."""

from __future__ import annotations

from pathlib import Path

from asn_mutasi.domain.jabatan import normalize_position_name
from asn_mutasi.findings import Severity
from asn_mutasi.io.readers import read_table
from asn_mutasi.validation import prepare_roster


def _csv(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "pegawai.csv"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_flag_in_a_post_part_column_is_no_post_but_says_the_jenis(tmp_path: Path) -> None:
    """A "JABATAN FUNGSIONAL" or "JFU" column holding a flag ("Ya", "V", "1", "\u2713") filled the empty JABATAN cell
    with the flag: the post became "Ya"."""
    path = _csv(
        tmp_path,
        "NIP,NAMA,JABATAN,JABATAN FUNGSIONAL,JFU,UNIT KERJA\n"
        "198606262011012004,ANI,-,Perencana Ahli Muda,,Dinas A\n"
        "198606262011012007,DODI,,Ya,,Dinas A\n"
        "198606262011012008,EKA,,\u2713,,Dinas A\n"
        "198606262011012009,FANI,,,1,Dinas A\n"
        "198606262011012010,GITA,,,V,Dinas A\n",
    )
    table = read_table(path, "pegawai")
    posts = table.frame["jabatan"].tolist()
    assert posts[0] == "Perencana Ahli Muda"
    assert all(p is None or str(p).strip() in ("", "-") for p in posts[1:]), posts
    assert table.frame["jenis_jabatan"].tolist()[1:] == ["Fungsional", "Fungsional", "Pelaksana", "Pelaksana"]
    prepared = prepare_roster(table)
    assert "Ya" not in prepared.frame["jabatan"].tolist()
    assert prepared.frame["jenis_jabatan"].tolist()[1:] == ["Fungsional", "Fungsional", "Pelaksana", "Pelaksana"]


def test_a_pangkat_in_the_post_column_is_the_golongan_evidence_never_the_post(tmp_path: Path) -> None:
    """ "Penata Tk.I" as the post, "Penata Tk.I | Kepala Bidang Umum": the pangkat was read as (part of) the post's
    name, silently. It leaves the post; the empty golongan is read from it (a filled one is kept); one warning."""
    path = _csv(
        tmp_path,
        "NIP,NAMA,GOLONGAN,JABATAN,UNIT KERJA\n"
        "198606262011012003,SITI,,Penata Tk.I,Dinas A\n"
        "198606262011012004,ANI,,Penata Tk.I | Kepala Bidang Umum,Dinas A\n"
        "198606262011012005,BUDI,III/b,Penata Muda,Dinas A\n"
        "198606262011012006,CICI,,Pengatur Muda Tingkat I,Dinas A\n"
        "198606262011012007,DODI,,Penata Kelola Sistem dan Teknologi Informasi Ahli Pertama,Dinas A\n"
        "198606262011012008,EKA,,Pembina Jasmani,Dinas A\n",
    )
    table = read_table(path, "pegawai")
    frame = table.frame
    assert frame["jabatan"].tolist() == [
        None,
        "Kepala Bidang Umum",
        None,
        None,
        "Penata Kelola Sistem dan Teknologi Informasi Ahli Pertama",
        "Pembina Jasmani",
    ]
    assert frame["golongan"].tolist() == ["III/d", "III/d", "III/b", "II/b", None, None]
    said = [f for f in table.findings if f.code == "pangkat-di-sel-jabatan"]
    assert len(said) == 1 and said[0].severity is Severity.WARNING
    assert "4 sel jabatan" in said[0].message and "golongan 3 baris" in said[0].message
    prepared = prepare_roster(table)
    out = prepared.frame.set_index("nip")
    assert out.loc["198606262011012004", "jenis_jabatan"] == "Administrator"
    assert out.loc["198606262011012004", "golongan"] == "III/d"


def test_a_roster_without_a_golongan_column_reads_the_pangkat_in_the_post_as_its_golongan(tmp_path: Path) -> None:
    path = _csv(
        tmp_path,
        "NIP,NAMA,JABATAN,UNIT KERJA\n198606262011012004,ANI,Kepala Seksi Umum / Penata,Dinas A\n"
        "198606262011012005,BUDI,Pengadministrasi Umum,Dinas A\n",
    )
    table = read_table(path, "pegawai")
    assert table.frame["jabatan"].tolist() == ["Kepala Seksi Umum", "Pengadministrasi Umum"]
    assert table.frame["golongan"].tolist() == ["III/c", None]
    assert table.columns["golongan"].how == "sel-jabatan"


def test_a_non_asn_post_beside_an_asn_status_or_nip_is_named_not_silently_read(tmp_path: Path) -> None:
    """ "Tenaga Honorer" / "THL" as the post of a row whose status says PNS (or whose NIP is valid) read as an ordinary
    post nobody holds, without a word: the status and NIP keep the row an ASN, and the contradiction is named."""
    path = _csv(
        tmp_path,
        "NIP,NAMA,STATUS PEGAWAI,GOLONGAN,JABATAN,UNIT KERJA\n"
        "198606262011012003,SITI,PNS,III/b,Tenaga Honorer,Dinas A\n"
        "198606262011012004,ANI,PNS,III/b,THL,Dinas A\n"
        "198606262011012005,BUDI,,,Honorer,Dinas A\n"
        "198606262011012006,CICI,PNS,III/a,Analis Kepegawaian Ahli Pertama,Dinas A\n"
        ",DEDI,Honorer,,Tenaga Honorer,Dinas A\n",
    )
    prepared = prepare_roster(read_table(path, "pegawai"))
    said = [f for f in prepared.findings if f.code == "status-beda-jabatan"]
    assert [f.location.value for f in said] == ["Tenaga Honorer", "THL", "Honorer"]
    assert all(f.severity is Severity.WARNING for f in said)
    assert "status kepegawaian PNS, NIP sah" in said[0].message
    assert "status kepegawaian kosong, NIP sah" in said[2].message
    kept = prepared.frame["nip"].tolist()
    assert "198606262011012003" in kept and "198606262011012005" in kept
    assert [f.code for f in prepared.findings if f.code == "bukan-asn"] == ["bukan-asn"]


REAL = Path(__file__).resolve().parent.parent / "fixtures" / "real"


def test_a_politeknik_staff_list_naming_an_eselon_as_the_post_is_told_it_names_no_post() -> None:
    """A Politeknik KP's staff list (a ";" CSV seeded into a payment app) writes its Kepala Subbagian's post as
    "Eselon IV A": read as a post nobody holds, without a word, where "Pelaksana" beside it was named."""
    table = read_table(REAL / "pegawai_politeknik_seed.csv", "pegawai")
    assert table.columns["unit_kerja"].header == "unitKerja"
    prepared = prepare_roster(table)
    said = [f for f in prepared.findings if f.code == "jabatan-tidak-spesifik"]
    assert len(said) == 1 and "'Eselon IV A'" in said[0].message and "Jabatan 3 pegawai" in said[0].message
    assert [f.code for f in prepared.findings if f.severity is not Severity.INFO] == ["jabatan-tidak-spesifik"]
    jenis = dict(zip(prepared.frame["jabatan"], prepared.frame["jenis_jabatan"], strict=True))
    assert jenis["Eselon IV A"] == "Pengawas" and jenis["Lektor Kepala"] == "Fungsional"


def test_a_school_list_of_names_and_nips_with_one_filled_row_is_read_as_written() -> None:
    """A school's angka kredit app (batupenyu/appAK): one row filled, its dates the app's placeholder (the day typed);
    the other rows a name and a spaced NIP only, PNS and PPPK. The post "Analis ASDMA Ahli Muda" shortens the JF
    Analis SDM Aparatur twice over ("A" and "SDMA"): its key was no JF's, so it linked to nothing."""
    table = read_table(REAL / "pegawai_sekolah_appak.csv", "pegawai")
    prepared = prepare_roster(table)
    frame = prepared.frame
    assert frame["_status"].tolist() == ["valid"] + ["dikecualikan"] * 7
    assert frame["status_kepegawaian"].tolist().count("PPPK") == 3
    codes = {f.code for f in prepared.findings if f.severity is not Severity.INFO}
    assert codes == {"sel-wajib-kosong", "nip-tanggal-lahir-beda", "tanggal-tidak-wajar"}
    post = frame["jabatan"].iat[0]
    assert normalize_position_name(post) == normalize_position_name("Analis Sumber Daya Manusia Aparatur Ahli Muda")
    for short in ("Analis SDMA Ahli Muda", "ASDMA Ahli Muda"):
        assert normalize_position_name(short) == normalize_position_name(post)
