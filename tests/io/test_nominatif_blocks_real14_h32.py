"""Real layouts of the h32/real14 hunt: a kecamatan's "daftar nominatif" (domain.md §7.3 nominatif layouts) whose
title names the kecamatan and whose staff sit in unit blocks ("KANTOR KECAMATAN …", "KELURAHAN …") merged over the
row, under a numbering row; the people are invented."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from asn_mutasi.io.readers import read_table

HEADER = ["NO", "NAMA", "NIP", "PANGKAT/GOL", "JABATAN", "PENDIDIKAN", "KET"]
BLOCKS = [
    ("KANTOR KECAMATAN CIBEBER", [("Andi Pratama, S.STP", "198502032010011001", "Camat")]),
    ("KELURAHAN SUKAMAJU", [("Budi Hartono", "197803122006041002", "Lurah")]),
    ("KELURAHAN MEKARSARI", [("Sri Wahyuni", "198807142011012003", "Pengadministrasi Perkantoran")]),
]


def _nominatif(make_workbook: Callable[..., Path]) -> Path:
    rows: list[list[object]] = [
        ["DAFTAR NOMINATIF PEGAWAI NEGERI SIPIL"],
        ["KECAMATAN CIBEBER KEADAAN 31 DESEMBER 2024"],
        [],
        HEADER,
        list(range(1, 8)),
    ]
    merges = ["A1:G1", "A2:G2"]
    for n, (unit, people) in enumerate(BLOCKS, 1):
        rows.append([unit])
        merges.append(f"A{len(rows)}:G{len(rows)}")
        rows += [[n, name, nip, "Penata (III/c)", post, "S1", ""] for name, nip, post in people]
    return make_workbook("nominatif_kecamatan.xlsx", {"Nominatif": {"rows": rows, "merges": merges}})


def test_unit_headings_under_a_titled_kecamatan_name_each_persons_unit(make_workbook: Callable[..., Path]) -> None:
    """The title's "KECAMATAN CIBEBER" was given to every person and the kelurahan headings skipped as section
    titles (baris-judul-bagian): a lurah was planned in the kecamatan. The headings are the units, the title's
    kecamatan the OPD above them (as a position table's title already was, real12)."""
    raw = read_table(_nominatif(make_workbook), "pegawai")
    units = dict(zip(raw.frame["nama"], raw.frame["unit_kerja"], strict=True))
    assert units == {
        "Andi Pratama, S.STP": "KANTOR KECAMATAN CIBEBER",
        "Budi Hartono": "KELURAHAN SUKAMAJU",
        "Sri Wahyuni": "KELURAHAN MEKARSARI",
    }
    assert set(raw.frame["perangkat_daerah"]) == {"KECAMATAN CIBEBER"}
    assert not [f for f in raw.findings if f.code == "baris-judul-bagian"]


def test_unit_organisasi_induk_is_the_opd_beside_the_unit(tmp_path: Path) -> None:
    """SIASN's profile page labels the OPD "Unit Organisasi Induk" beside "Unit Organisasi"; a BKN-style data sheet
    heads its columns so (a numbering row under them). The column was left unmapped, so "Sekretariat" of two OPDs
    was one unit and nobody linked to a peta jabatan that names its units per OPD; its "TMT GOL" was offered as
    the birth date."""
    roster = tmp_path / "data_pegawai.csv"
    roster.write_text(
        "NO,NIP BARU,NAMA LENGKAP,GOL/RUANG,TMT GOL,NAMA JABATAN,UNIT ORGANISASI,UNIT ORGANISASI INDUK\n"
        "(1),(2),(3),(4),(5),(6),(7),(8)\n"
        "1,198502032010011001,Andi Pratama,III/a,01-04-2021,Pengadministrasi Perkantoran,Sekretariat,Dinas Sosial\n"
        "2,197803122006041002,Budi Hartono,III/b,01-10-2019,Pengadministrasi Perkantoran,Sekretariat,Dinas Kesehatan\n"
    )
    raw = read_table(roster, "pegawai")
    assert raw.columns["perangkat_daerah"].header == "UNIT ORGANISASI INDUK"
    assert raw.columns["unit_kerja"].header == "UNIT ORGANISASI"
    assert list(raw.frame["perangkat_daerah"]) == ["Dinas Sosial", "Dinas Kesehatan"]
    assert "tanggal_lahir" not in raw.columns
    offered = [f.message for f in raw.findings if "maksud Anda" in f.message]
    assert not offered, offered


def test_a_school_staff_list_names_its_school_on_the_title_line(make_workbook: Callable[..., Path]) -> None:
    """ "DAFTAR GURU SMP NEGERI 2 CIBEBER" over NO | NAMA | NIP/NUPTK: the school was not read ("kolom unit kerja
    tidak ada"), while "DAFTAR PEGAWAI <unit>" was; a school's list names its teachers and staff instead."""
    header = ["NO", "NAMA", "NIP/NUPTK", "JABATAN", "STATUS"]
    person = [1, "Maria Bria, S.Pd.", "'198601152010012001", "Guru Ahli Pertama", "PNS"]
    for title, school in (
        ("DAFTAR GURU SMP NEGERI 2 CIBEBER", "SMP NEGERI 2 CIBEBER"),
        ("DAFTAR GURU DAN TENAGA KEPENDIDIKAN SDN 1 SUKAMAJU TAHUN 2025", "SDN 1 SUKAMAJU"),
        ("DAFTAR PTK SMK NEGERI 1 PALOPO", "SMK NEGERI 1 PALOPO"),
    ):
        path = make_workbook("guru.xlsx", {"Daftar Guru": [[title], [], header, person]})
        raw = read_table(path, "pegawai")
        assert list(raw.frame["unit_kerja"]) == [school], title


def test_a_hospital_ward_is_the_unit_only_when_no_unit_column_is_there(tmp_path: Path) -> None:
    """A hospital's staff list with STR and SIP numbers places each nurse by RUANGAN only: the file was read with no
    unit ("kolom unit kerja tidak ada") and "maksud Anda Unit Kerja?" offered for the ward. Beside UNIT KERJA the
    ward stays a place inside it (the hospital's own export, pegawai_aktif_rsud.xlsx)."""
    head = "NO,NIP,NAMA,JABATAN,RUANGAN,NO. STR,NO. SIP"
    line = "1,198601152010012001,Nur Aini,Perawat Terampil,Ruang Rawat Inap Anggrek,1201102221234567,503/445/SIPP/2023"
    alone = tmp_path / "nakes.csv"
    alone.write_text(f"{head}\n{line}\n")
    raw = read_table(alone, "pegawai")
    assert raw.columns["unit_kerja"].header == "RUANGAN"
    assert list(raw.frame["unit_kerja"]) == ["Ruang Rawat Inap Anggrek"]
    beside = tmp_path / "nakes_unit.csv"
    other = line.replace("2001,Nur Aini", "2002,Sri Wahyuni").replace("Anggrek", "Mawar")
    beside.write_text(f"{head},UNIT KERJA\n{line},\n{other},RSUD Kupang\n")
    raw = read_table(beside, "pegawai")
    assert raw.columns["unit_kerja"].header == "UNIT KERJA"
    # an empty unit cell is not filled with the ward, nor the ward joined to a unit ("Ruang Mawar | RSUD Kupang")
    assert not raw.parts.get("unit_kerja")
    assert raw.frame["unit_kerja"].tolist()[1] == "RSUD Kupang"
    assert raw.frame["unit_kerja"].isna().tolist() == [True, False]


def test_the_subject_a_teacher_teaches_is_offered_as_no_field(tmp_path: Path) -> None:
    """A teacher list's MATA PELAJARAN was offered as "maksud Anda Tugas Belajar (tugas_belajar)?"."""
    roster = tmp_path / "guru.csv"
    roster.write_text(
        "NO,NAMA,NIP,JABATAN,MATA PELAJARAN,MAPEL DIAMPU,UNIT KERJA\n"
        "1,Maria Bria,198601152010012001,Guru Ahli Pertama,Matematika,Matematika,SMP Negeri 2 Kupang\n"
    )
    raw = read_table(roster, "pegawai")
    offered = [f.message for f in raw.findings if "maksud Anda" in f.message]
    assert not offered, offered
    assert "tugas_belajar" not in raw.columns
