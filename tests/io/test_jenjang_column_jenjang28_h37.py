"""A roster's JF jenjang in a column of its own ("JABATAN" | "JENJANG") read into the post's name (jenjang28, h37)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

import asn_mutasi as am
from asn_mutasi.io.readers import read_table
from asn_mutasi.validation import prepare_roster
from tests.cli_helpers import write_csv

REAL = Path(__file__).resolve().parents[1] / "fixtures" / "real"
HEAD = ("NIP", "NAMA", "JABATAN", "UNIT KERJA", "TANGGAL LAHIR")


def _roster(tmp_path: Path, header: str, rows: list[tuple[str, str]]) -> Path:
    """One row per (jabatan, jenjang cell), each with its own valid NIP, in one unit."""
    people = [
        (f"19660115{2000 + k:04d}0310{k % 2 + 1}{k:02d}"[:18], f"Pegawai {k}", j, "Dinas Kominfo", "15-01-1966", c)
        for k, (j, c) in enumerate(rows)
    ]
    return write_csv(tmp_path / "pegawai.csv", (*HEAD, header), people)


def test_bup_of_an_ahli_madya_whose_jenjang_is_in_its_own_column(tmp_path: Path) -> None:
    """The reproducer: "Pranata Komputer" | JENJANG "Ahli Madya", born 15-01-1966. Ignored, the jenjang was lost and
    "Ahli Madya" read as the education (D-III): BUP fell to 58 and the 59-year-old was pensiun-terlewati; the Ahli
    Madya's BUP is 60 (PP 11/2017 Pasal 239)."""
    path = _roster(tmp_path, "JENJANG", [("Pranata Komputer", "Ahli Madya")])
    result = am.check(pegawai=path, tanggal=date(2025, 1, 15))
    codes = [f.code for f in result.report.findings]
    assert "pensiun-terlewati" not in codes
    assert "jenjang-dari-kolom" in codes
    assert result.inputs.roster.valid["jabatan"].tolist() == ["Pranata Komputer Ahli Madya"]
    assert "pendidikan" not in result.inputs.roster.raw.columns  # no D-III read from "Ahli Madya"


@pytest.mark.parametrize(
    "header", ["JENJANG JABATAN", "Jenjang Fungsional", "jenjang_jabatan", "JENJANG JF", "TINGKAT JABATAN", "JENJANG"]
)
def test_a_messy_roster_reads_each_post_with_its_jenjang(tmp_path: Path, header: str) -> None:
    """Names without a jenjang are completed; a name with its own keeps it (a warning where the column says
    another); a structural post takes no JF jenjang; an old grade after the name ("Auditor" | "Madya") and a full
    name in the jenjang cell ("Widyaiswara" | "Widyaiswara Ahli Muda") read as the jenjang."""
    rows = [
        ("Pranata Komputer", "Ahli Madya"),
        ("Perawat", "TERAMPIL"),
        ("Analis Hukum Ahli Pertama", "Ahli Pertama"),
        ("Pranata Komputer Ahli Muda", "Ahli Pertama"),
        ("Kepala Seksi Umum", "-"),
        ("Kepala Bidang Aplikasi", "Ahli Madya"),
        ("Auditor", "Madya"),
        ("Widyaiswara", "Widyaiswara Ahli Muda"),
        ("Pengadministrasi Perkantoran", ""),
        ("Perawat", "Pelaksana Lanjutan"),
    ]
    raw = read_table(_roster(tmp_path, header, rows), "pegawai")
    assert raw.frame["jabatan"].tolist() == [
        "Pranata Komputer Ahli Madya",
        "Perawat Terampil",
        "Analis Hukum Ahli Pertama",
        "Pranata Komputer Ahli Muda",
        "Kepala Seksi Umum",
        "Kepala Bidang Aplikasi",
        "Auditor Ahli Madya",
        "Widyaiswara Ahli Muda",
        "Pengadministrasi Perkantoran",
        "Perawat Mahir",
    ]
    differ = [f for f in raw.findings if f.code == "jenjang-beda-kolom"]
    assert [(f.location.row, f.location.value) for f in differ] == [(5, "Pranata Komputer Ahli Muda")]
    assert "Ahli Pertama" in differ[0].message and "Ahli Muda" in differ[0].message
    said = [f for f in raw.findings if f.code == "jenjang-dari-kolom"]
    assert len(said) == 1 and said[0].location.header == header
    assert "kolom-tidak-dikenal" not in {f.code for f in raw.findings}
    assert [i.header for i in raw.parts["jabatan"]] == [header]  # shown in the mapping report as the name's part
    assert "pendidikan" not in raw.columns


def test_a_column_that_names_no_jenjang_is_left_alone(tmp_path: Path) -> None:
    """Negative: "TINGKAT JABATAN" of eselon levels names no JF jenjang: the names stay as written, said unused."""
    rows = [("Pranata Komputer", "Eselon III"), ("Perawat", "Eselon IV"), ("Kepala Seksi Umum", "IV/a")]
    raw = read_table(_roster(tmp_path, "TINGKAT JABATAN", rows), "pegawai")
    assert raw.frame["jabatan"].tolist() == ["Pranata Komputer", "Perawat", "Kepala Seksi Umum"]
    assert "jenjang-dari-kolom" not in {f.code for f in raw.findings}
    assert "kolom-dikenal-tidak-dipakai" in {f.code for f in raw.findings}


def test_ahli_madya_under_jenjang_beside_posts_that_are_no_jf_stays_the_education(tmp_path: Path) -> None:
    """Negative: "JENJANG" of "Ahli Madya" beside pelaksana posts is the education (D-III), as before."""
    rows = [("Pengadministrasi Perkantoran", "Ahli Madya"), ("Pengelola Keuangan", "Ahli Madya")]
    raw = read_table(_roster(tmp_path, "JENJANG", rows), "pegawai")
    assert prepare_roster(raw).valid["pendidikan"].tolist() == ["D-III", "D-III"]
    assert raw.frame["jabatan"].tolist() == ["Pengadministrasi Perkantoran", "Pengelola Keuangan"]


def test_every_command_counts_the_holder_in_the_post_of_its_jenjang(tmp_path: Path) -> None:
    """One fact: periksa links the holder to the peta jabatan's "Pranata Komputer Ahli Madya", lowongan counts them
    there (bezetting 1), and rencana offers the one seat left of two, not as an unlinked "Pranata Komputer"."""
    roster = _roster(tmp_path, "JENJANG JABATAN", [("Pranata Komputer", "Ahli Madya"), ("Perawat", "Terampil")])
    peta = write_csv(
        tmp_path / "peta.csv",
        ("KODE JABATAN", "NAMA JABATAN", "UNIT KERJA", "KEBUTUHAN"),
        [("J1", "Pranata Komputer Ahli Madya", "Dinas Kominfo", 2), ("J2", "Perawat Terampil", "Dinas Kominfo", 1)],
    )
    checked = am.check(pegawai=roster, jabatan=peta, tanggal=date(2025, 1, 15))
    assert not [f for f in checked.report.findings if f.code.startswith("jabatan-tidak")]
    needs = am.vacancies(pegawai=roster, jabatan=peta, tanggal=date(2025, 1, 15))
    held = dict(zip(needs.positions["kode_jabatan"], needs.positions["bezetting"], strict=True))
    assert held == {"J1": 1, "J2": 1}
    planned = am.plan(pegawai=roster, jabatan=peta, tanggal=date(2025, 1, 15)).plan.unfilled
    # (J2's Perawat Terampil, 59, is past the keterampilan BUP of 58: their seat is open too)
    assert dict(zip(planned["kode_jabatan"], planned["lowongan"], strict=True))["J1"] == 1


def test_a_position_tables_jenjang_column_makes_each_jenjang_its_post() -> None:
    """The real klasifikasi_jabatan table writes one JF on two rows told apart by ``jenjang_jf`` only (Penguji
    Kendaraan Bermotor: Terampil need 4, Mahir need 2): the column was unknown, the rows merged into one post of
    need 6 without a jenjang (jabatan-digabung) and the Pekerja Sosial read at its lowest jenjang. Each row is its
    jenjang's post."""
    raw = read_table(REAL / "klasifikasi_jabatan_dua_opd.csv", "jabatan")
    names = dict(zip(raw.frame["nama_jabatan"], raw.frame["kebutuhan"], strict=False))
    assert names["Penguji Kendaraan Bermotor Terampil"] == "4" and names["Penguji Kendaraan Bermotor Mahir"] == "2"
    assert "Pekerja Sosial Ahli Pertama" in names and "Kepala Dinas" in names
    assert [i.header for i in raw.parts["nama_jabatan"]] == ["jenjang_jf"]
    assert "kolom-tidak-dikenal" not in {f.code for f in raw.findings if f.location.header == "jenjang_jf"}


def test_a_roster_with_jenjang_links_to_a_peta_jabatan_that_writes_it_apart(tmp_path: Path) -> None:
    """The holder of "Perawat Mahir" counts in the peta jabatan's "Perawat" | JENJANG "Mahir", not its Terampil."""
    roster = write_csv(
        tmp_path / "pegawai.csv", HEAD, [("197001152000032002", "B", "Perawat Mahir", "Puskesmas A", "15-01-1970")]
    )
    peta = write_csv(
        tmp_path / "peta.csv",
        ("KODE JABATAN", "NAMA JABATAN", "JENJANG", "UNIT KERJA", "KEBUTUHAN"),
        [("P1", "Perawat", "Terampil", "Puskesmas A", 2), ("P2", "Perawat", "Mahir", "Puskesmas A", 1)],
    )
    needs = am.vacancies(pegawai=roster, jabatan=peta, tanggal=date(2025, 1, 15))
    held = dict(zip(needs.positions["kode_jabatan"], needs.positions["bezetting"], strict=True))
    assert held == {"P1": 0, "P2": 1}


def test_ahli_madya_of_nurses_below_its_golongan_stays_the_education(tmp_path: Path) -> None:
    """Negative: "Perawat" | JENJANG "Ahli Madya" at II/c and II/d is a D-III nurse (the JF Ahli Madya is held from
    III/c, PermenPANRB 1/2023): the education stays D-III and no "Perawat Ahli Madya" appears; at IV/a it is the JF's
    jenjang."""
    head = (*HEAD, "GOL", "JENJANG")
    low = [
        (nip, "B", "Perawat", "Puskesmas A", "15-01-1970", g, "Ahli Madya")
        for nip, g in (("197001152000032002", "II/c"), ("197102152001032003", "II/d"))
    ]
    raw = read_table(write_csv(tmp_path / "low.csv", head, low), "pegawai")
    assert raw.frame["jabatan"].tolist() == ["Perawat", "Perawat"]
    assert prepare_roster(raw).valid["pendidikan"].tolist() == ["D-III", "D-III"]
    high = [("196601152000031001", "A", "Perawat", "Puskesmas A", "15-01-1966", "IV/a", "Ahli Madya")]
    raw = read_table(write_csv(tmp_path / "high.csv", head, high), "pegawai")
    assert raw.frame["jabatan"].tolist() == ["Perawat Ahli Madya"]


def test_a_two_row_header_jabatan_over_nama_and_jenjang(tmp_path: Path) -> None:
    """A SIMPEG's "JABATAN" merged over "NAMA | JENJANG": the lower label alone says the jenjang (it was known and
    unused)."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["NIP", "NAMA", "JABATAN", None, "UNIT KERJA", "TANGGAL LAHIR"])
    ws.append([None, None, "NAMA", "JENJANG", None, None])
    for cells in ("A1:A2", "B1:B2", "C1:D1", "E1:E2", "F1:F2"):
        ws.merge_cells(cells)
    ws.append(["196601152000031001", "A", "Pranata Komputer", "Ahli Madya", "Dinas Kominfo", "15-01-1966"])
    ws.append(["197001152000032002", "B", "Perawat", "Terampil", "Dinas Kominfo", "15-01-1970"])
    wb.save(tmp_path / "pegawai.xlsx")
    raw = read_table(tmp_path / "pegawai.xlsx", "pegawai")
    assert raw.frame["jabatan"].tolist() == ["Pranata Komputer Ahli Madya", "Perawat Terampil"]
    assert "kolom-dikenal-tidak-dipakai" not in {f.code for f in raw.findings}
