"""Real layouts of round 2 (real2, h30): see tests/fixtures/real/SOURCES.md."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from asn_mutasi.errors import SchemaError
from asn_mutasi.io.readers import read_table
from asn_mutasi.validation import prepare_positions, prepare_roster

#: the sheets of a BKPSDM dashboard workbook: every one a count per group, a card list or notes
DASHBOARD = {
    "01_Overview": [["Tanggal Data", "Total Pegawai", "Laki-Laki", "Perempuan"], ["09 Agustus 2026", 17851, 6431, 11420]],
    "03_Generasi": [["Generasi", "Laki-Laki", "Perempuan", "Total"], ["Generasi X", 0, 5, 5], ["Generasi Y", 2653, 5122, 7775]],
    "06_StatusPegawai": [["Status Pegawai", "Jumlah"], ["CPNS", 5], ["PNS", 8901], ["PPPK", 8945]],
    "09_GolonganPNS": [["Golongan", "Laki-Laki", "Perempuan", "Total"], ["III/a", 82, 5, 87], ["III/b", 12, 0, 12]],
    "15_Catatan": [["Informasi", "Keterangan"], ["Sumber", "Penarikan Bezetting 09 Agustus 2026"]],
}  # fmt: skip


@pytest.mark.parametrize("kind", ["pegawai", "jabatan"])
def test_a_workbook_of_recaps_is_refused_as_a_whole(make_workbook: Callable[..., Path], kind: str) -> None:
    """Refused naming '06_StatusPegawai' (its status column the one field found) and the headers of that sheet,
    as if that sheet needed renaming: the refusal says no sheet holds the table and which sheets are recaps."""
    with pytest.raises(SchemaError) as caught:
        read_table(make_workbook("dashboard.xlsx", DASHBOARD), kind)
    message = str(caught.value)
    assert "tidak ada lembar kerja berisi daftar" in message and "5 lembar kerja diperiksa" in message
    assert "'03_Generasi'" in message and "'06_StatusPegawai'" in message and "'15_Catatan'" not in message
    assert "lembar kerja '06_StatusPegawai'" not in message and "kolom wajib" not in message


def test_a_recap_beside_a_roster_still_reads_the_roster(make_workbook: Callable[..., Path]) -> None:
    sheets = dict(DASHBOARD)
    sheets["Data"] = [["NIP", "Nama", "Jabatan", "Unit Kerja"], ["197501012010011001", "Andi", "Analis", "BKPSDM"]]
    raw = read_table(make_workbook("dashboard.xlsx", sheets), "pegawai")
    assert raw.source.sheet == "Data" and list(raw.frame["nip"]) == ["197501012010011001"]


def test_a_single_recap_sheet_keeps_its_own_refusal(make_workbook: Callable[..., Path]) -> None:
    """One sheet: the refusal names it and its missing columns, as before (the sheet is the file)."""
    with pytest.raises(SchemaError) as caught:
        read_table(make_workbook("rekap.xlsx", {"Rekap": DASHBOARD["06_StatusPegawai"]}), "pegawai")
    assert "lembar kerja 'Rekap': kolom wajib tidak ditemukan" in str(caught.value)
    assert "rekap/statistik" in (caught.value.hint or "")


def test_a_dash_for_a_unit_or_post_is_no_unit_or_post(tmp_path: Path) -> None:
    """Kendal's e-formasi "Daftar Kebutuhan Jabatan" prints "-" for a post without a unit: the post was counted in a
    unit named "-" (where the "-" units of every file met), "—" was "another spelling of unit '-'", and a roster's
    jabatan "-" was "not in the peta jabatan; did you mean …". A lone dash there is read as the blank it stands for."""
    roster = tmp_path / "pegawai.csv"
    roster.write_text(
        "NIP,Nama,Jabatan,Unit Kerja\n197501012010011001,Andi,Analis Kepegawaian Ahli Muda, - \n"
        "197602022011042002,Sri,-,Sekretariat\n197703032012071003,Budi,Pengadministrasi Umum,Sekretariat\n"
    )
    posts = tmp_path / "jabatan.csv"
    lines = [f"Pengadministrasi Umum {k},Sekretariat,1" for k in range(6)]
    posts.write_text(
        "\n".join(["Nama Jabatan,Unit Kerja,Kebutuhan", "Analis Kepegawaian Ahli Muda,-,2", *lines]) + "\n"
    )
    people = prepare_roster(read_table(roster, "pegawai"))
    table = prepare_positions(read_table(posts, "jabatan"))
    assert list(people.frame["_status"]) == ["dikecualikan", "dikecualikan", "valid"]
    assert "-" not in set(table.frame["unit_kerja"].dropna()) and "-" not in set(people.frame["unit_kerja"].dropna())
    said = {(f.code, f.location.field) for f in people.findings + table.findings}
    assert {("sel-wajib-kosong", "unit_kerja"), ("sel-wajib-kosong", "jabatan")} <= said


def test_nama_pejabat_is_the_name(tmp_path: Path) -> None:
    """A SIMPEG's "Data Kepala OPD.xls" heads its names "Nama Pejabat": the column was unknown and the list was
    refused for a missing name beside its missing NIP (real2, h30)."""
    path = tmp_path / "kepala.csv"
    path.write_text("NIP,Nama Pejabat,Jabatan,Unit Kerja\n197501012010011001,dr. Andi,Kepala Dinas Kesehatan,Dinkes\n")
    raw = read_table(path, "pegawai")
    assert raw.columns["nama"].header == "Nama Pejabat" and list(raw.frame["nama"]) == ["dr. Andi"]


def test_a_dash_unit_is_never_filled_from_the_row_above(tmp_path: Path) -> None:
    """A unit "-" says the post has none (Kendal's e-formasi prints it where the post's unit is not found): read
    empty, it was then taken for the blank of a block layout and filled from the row above, so half of a table's
    posts were put, in silence, in the unit of the post before them (review2, h30). A blank under a "-" is no unit
    either (it is reported empty); a blank in a block of a named unit is still filled."""
    posts = tmp_path / "jabatan.csv"
    posts.write_text(
        "Nama Jabatan,Unit Kerja,Kebutuhan\nKepala Kecamatan,-,1\nSekretaris Kecamatan,-,1\n"
        "Kepala Seksi Pemerintahan,Seksi Pemerintahan,1\nCamat Pelaksana,-,2\nPengadministrasi Umum,,3\n"
        "Kepala Seksi Trantib,Seksi Trantib,1\nPengolah Data,,2\nPengadministrasi Trantib,,1\n"
    )
    table = read_table(posts, "jabatan")
    units = dict(zip(table.frame["nama_jabatan"], table.frame["unit_kerja"], strict=True))
    assert units["Camat Pelaksana"] is None and units["Pengadministrasi Umum"] is None
    assert units["Kepala Kecamatan"] is None
    assert units["Pengolah Data"] == units["Pengadministrasi Trantib"] == "Seksi Trantib"
    filled = [f for f in table.findings if f.code == "unit-kerja-diisi-dari-atas"]
    assert [(f.location.row, f.message.split()[2]) for f in filled] == [(8, "2")]  # rows 8 and 9, not 5 and 6
