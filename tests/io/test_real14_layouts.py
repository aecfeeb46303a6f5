"""Real layouts of round 3 (real3, h31): a hospital SIMPEG's exports (adamyordan01/rsud-hrd), a city agency's DUK
and PNS list (novadwisaptanainseven/e-pekerja-api) and a college SIMPEG's DUK (yugisantoso52-hue/simpeg-app); the
people are invented (tests/fixtures/real/SOURCES.md)."""

from __future__ import annotations

from pathlib import Path

from asn_mutasi.io.readers import read_table
from asn_mutasi.validation import prepare_roster

REAL = Path(__file__).resolve().parents[1] / "fixtures" / "real"


def test_the_golongan_now_is_read_not_the_one_at_entry_nor_the_blood_type(tmp_path: Path) -> None:
    """The hospital's export writes GOLONGAN DARAH, GOLONGAN MASUK and GOLONGAN SEKARANG (its DUK "Gol. CPNS" and
    "Gol. Sekarang"): no golongan was read ("kolom-golongan-tidak-ada"), so no golongan rule could run."""
    roster = tmp_path / "pegawai.csv"
    roster.write_text(
        "NIP BARU,NAMA,GOLONGAN DARAH,GOLONGAN MASUK,GOLONGAN SEKARANG,JABATAN,UNIT KERJA\n"
        "197501012010011001,Andi,O,III/a,III/c,Analis Kepegawaian Ahli Muda,Bagian Tata Usaha\n"
    )
    raw = read_table(roster, "pegawai")
    assert raw.columns["golongan"].header == "GOLONGAN SEKARANG"
    assert list(prepare_roster(raw).frame["golongan"]) == ["III/c"]
    duk = read_table(REAL / "duk_rsud.xlsx", "pegawai")
    assert duk.columns["golongan"].header == "Gol. Sekarang"
    assert list(prepare_roster(duk).frame["golongan"]) == ["IV/a", "III/c", "II/d"]


def test_jenjang_didik_is_the_education_level() -> None:
    raw = read_table(REAL / "pegawai_aktif_rsud.xlsx", "pegawai")
    assert raw.columns["pendidikan"].header == "JENJANG DIDIK"
    frame = prepare_roster(raw).frame
    # (the last, S1 Keperawatan with GELAR BELAKANG "S.Kep., Ners", is a Ners since the title columns are read)
    assert list(frame["pendidikan"]) == ["S-1", "S-2", "D-III", "Profesi", "Profesi"]
    assert frame.loc[0, "jurusan"] == "Teknik Informatika"


def test_the_eselon_under_a_post_leaves_the_post() -> None:
    """A city agency's DUK prints "Kepala Bidang Perumahan" over "(Eselon IIIb)" in one cell ("(Eselon )" for a post
    without one): that line was part of the post's name in the plan and the decree letters, and the eselon unread."""
    raw = read_table(REAL / "duk_samarinda.xlsx", "pegawai")
    assert list(raw.frame["jabatan"]) == [
        "Kepala Bidang Perumahan",
        "Kasi Pendataan dan Perencanaan Perumahan",
        "Kepala Sub. Bagian Umum dan Kepegawaian",
        "Pengadministrasi Umum",
    ]
    assert list(raw.frame["eselon"]) == ["IIIb", "IVa", "IVa", None]
    assert raw.columns["eselon"].how == "sel-jabatan"
    assert [f.code for f in raw.findings].count("eselon-dari-sel-jabatan") == 1


def test_an_eselon_column_stays_and_other_brackets_stay(tmp_path: Path) -> None:
    roster = tmp_path / "pegawai.csv"
    roster.write_text(
        "NIP,Nama,Jabatan,Eselon,Unit Kerja\n"
        "197501012010011001,Andi,Kepala Bidang Perumahan (Eselon III.b),III.b,Dinas Perumahan\n"
        "197602022011042002,Sri,Pranata Komputer (Ahli Muda),,Dinas Perumahan\n"
    )
    raw = read_table(roster, "pegawai")
    assert list(raw.frame["jabatan"]) == ["Kepala Bidang Perumahan", "Pranata Komputer (Ahli Muda)"]
    assert raw.columns["eselon"].header == "Eselon"


def test_the_tmt_of_a_split_post_is_the_tmt_of_the_part_it_came_from(tmp_path: Path) -> None:
    """The hospital's export splits the post into JABATAN STRUKTURAL and JABATAN FUNGSIONAL, each with its own TMT: the
    post was read from them, its TMT from none (no minimum time in post could be checked)."""
    roster = tmp_path / "pegawai.csv"
    roster.write_text(
        "NIP BARU,NAMA,UNIT KERJA,JABATAN STRUKTURAL,TMT JABATAN STRUKTURAL,ESELON,JABATAN FUNGSIONAL,"
        "TMT JABATAN FUNGSIONAL\n"
        "197501012010011001,Andi,Bagian Tata Usaha,Kepala Sub Bagian Kepegawaian,02/01/2023,IV.a,,\n"
        "197602022011042002,Sri,Bidang Pelayanan,,,,Dokter Ahli Madya,15/07/2021\n"
    )
    raw = read_table(roster, "pegawai")
    assert raw.columns["tmt_jabatan"].header == "TMT JABATAN STRUKTURAL"
    frame = prepare_roster(raw).frame
    assert list(frame["jabatan"]) == ["Kepala Sub Bagian Kepegawaian", "Dokter Ahli Madya"]
    assert [d.date().isoformat() for d in frame["tmt_jabatan"]] == ["2023-01-02", "2021-07-15"]
