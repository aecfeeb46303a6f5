"""Real layouts of the h28/real9 hunt: a SIMPEG "DATA PEGAWAI PNS" sheet written in UPTD blocks (Dinas SDA, Cipta
Karya & Tata Ruang Prov. Sulawesi Selatan; the columns as the app's PegawaiSeeder reads them, the rows invented)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from asn_mutasi.io.readers import read_table

HEADER = ["NO", "NAMA", "GOLONGAN", "NIP", "STATUS PEGAWAI", "JABATAN"]
PEOPLE = [
    [1, "Putri Wibowo", "II/c", "198003132005041001", "PNS", "Pengelola Sumber Daya Air"],
    [2, "Eko Kurniawan", "III/b", "198711062012011005", "PNS", "Teknik Pengairan Ahli Pertama"],
    [3, "Hadi Susanti", "III/d", "198604022011012002", "PNS", "Pengadministrasi Perkantoran"],
    [4, "Rudi Hartono", "II/c", "197202091997031010", "PNS", "Pengelola Sumber Daya Air"],
]
UNITS = ["UPTD WS. JENEBERANG", "UPTD W. POMPENGAN LARONA"]


def _blocks(merged: bool) -> tuple[list[list[object]], list[str]]:
    """The sheet: a title, the header, then each UPTD's heading (under NAMA as the seeder reads it, or merged over
    the row from column A) and its people."""
    rows: list[list[object]] = [["DATA PEGAWAI PNS DINAS SUMBER DAYA AIR PROVINSI SULAWESI SELATAN"], HEADER]
    merges = []
    for unit, people in zip(UNITS, (PEOPLE[:2], PEOPLE[2:]), strict=True):
        rows.append([unit] if merged else [None, unit])
        if merged:
            merges.append(f"A{len(rows)}:F{len(rows)}")
        rows += people
    return rows, merges


@pytest.mark.parametrize("merged", [False, True])
def test_a_roster_in_uptd_blocks_takes_each_heading_as_the_unit_below_it(
    make_workbook: Callable[..., Path], merged: bool
) -> None:
    """The headings were three persons without a NIP (galat) or skipped as section rows, and the file refused for
    planning ("kolom 'unit_kerja' tidak ada"; real9, h28). Each heading is the unit of the people under it."""
    rows, merges = _blocks(merged)
    path = make_workbook("sda.xlsx", {"DATA PEGAWAI PNS ": {"rows": rows, "merges": merges}})
    raw = read_table(path, "pegawai")
    assert raw.frame["nip"].tolist() == [p[3] for p in PEOPLE]
    assert raw.frame["unit_kerja"].tolist() == [UNITS[0]] * 2 + [UNITS[1]] * 2
    said = [f for f in raw.findings if f.code == "unit-dari-baris-judul"]
    assert len(said) == 1 and "2 unit" in said[0].message
    assert not [f for f in raw.findings if f.code in ("baris-judul-bagian", "kolom-tidak-ada")]


def test_a_unit_name_below_the_people_is_no_block_heading(make_workbook: Callable[..., Path]) -> None:
    """Negatives: a signature's "DINAS …" line after the people, and a roster with its own unit column, keep their
    reading (no unit from a heading)."""
    rows: list[list[object]] = [HEADER, *PEOPLE, [None, "DINAS SUMBER DAYA AIR"], [None, "Ir. Andi Rahman, M.T."]]
    raw = read_table(make_workbook("ttd.xlsx", {"Data": {"rows": rows}}), "pegawai")
    assert "unit_kerja" not in raw.frame.columns or raw.frame["unit_kerja"].isna().all()
    assert not [f for f in raw.findings if f.code == "unit-dari-baris-judul"]
    with_unit = [[*HEADER, "UNIT KERJA"], [None, UNITS[0]], *[[*p, "UPTD WS. SADDANG"] for p in PEOPLE]]
    raw = read_table(make_workbook("unit.xlsx", {"Data": {"rows": with_unit}}), "pegawai")
    assert set(raw.frame["unit_kerja"].dropna()) == {"UPTD WS. SADDANG"}


def test_a_persons_name_alone_on_a_row_is_no_unit_heading(make_workbook: Callable[..., Path]) -> None:
    """A person's row holding only the name "Man Suparman" matched the unit word MAN (Madrasah Aliyah Negeri): the
    person vanished and the people below took "Man Suparman" as their unit (hostile9 #3, h28). An acronym heading is
    written in capitals."""
    rows, _ = _blocks(False)
    rows.insert(3, [None, "Man Suparman"])  # under the first heading, the rest of the row left empty
    raw = read_table(make_workbook("sda.xlsx", {"Data": {"rows": rows}}), "pegawai")
    assert "Man Suparman" in raw.frame["nama"].tolist()
    assert "Man Suparman" not in set(raw.frame["unit_kerja"].dropna())
    assert raw.frame.loc[raw.frame["nip"] == PEOPLE[0][3], "unit_kerja"].tolist() == [UNITS[0]]


def test_block_headings_outside_the_word_list_with_an_enumerator_cell_or_a_count_are_headings(
    make_workbook: Callable[..., Path],
) -> None:
    """ "LABKESDA KABUPATEN" and "PUSAT KESEHATAN MASYARAKAT CIKALONG" were persons without a NIP and their people
    counted in the Dinkes block above; "A" | "DINAS KESEHATAN" (the enumerator in the NO column, DUK printouts) and
    a heading with its head count ("2 orang", 2) were no headings, the file unplannable (hostile9 #2, h28).
    Negatives: a person row holding only an uppercase name, and a vacancy line naming a position, stay rows."""
    rows: list[list[object]] = [HEADER, ["A", "DINAS KESEHATAN"], PEOPLE[0]]
    rows += [[None, "LABKESDA KABUPATEN", None, None, None, "2 orang"], PEOPLE[1]]
    rows += [["II.", "PUSAT KESEHATAN MASYARAKAT CIKALONG", None, None, None, 2], PEOPLE[2]]
    rows += [[None, "AHMAD SUPARMAN"], [None, "KEPALA SEKSI KESEHATAN KELUARGA"], PEOPLE[3]]
    raw = read_table(make_workbook("blok.xlsx", {"Data": {"rows": rows}}), "pegawai")
    units = dict(zip(raw.frame["nama"], raw.frame["unit_kerja"], strict=True))
    assert units == {
        "Putri Wibowo": "DINAS KESEHATAN",
        "Eko Kurniawan": "LABKESDA KABUPATEN",
        "Hadi Susanti": "PUSAT KESEHATAN MASYARAKAT CIKALONG",
        "AHMAD SUPARMAN": "PUSAT KESEHATAN MASYARAKAT CIKALONG",
        "KEPALA SEKSI KESEHATAN KELUARGA": "PUSAT KESEHATAN MASYARAKAT CIKALONG",
        "Rudi Hartono": "PUSAT KESEHATAN MASYARAKAT CIKALONG",
    }
    said = [f for f in raw.findings if f.code == "unit-dari-baris-judul"]
    assert len(said) == 1 and "3 unit" in said[0].message


def test_an_empty_spacer_row_between_unit_blocks_is_read_not_a_crash(tmp_path: Path) -> None:
    """A roster in unit blocks with an empty row between the blocks (usual in DUK printouts and PhpSpreadsheet
    exports) ended every command in exit 70 (IndexError in the heading check; real11 #1, h29)."""
    path = tmp_path / "blok.csv"
    path.write_text(
        "NO,NIP,NAMA,JABATAN\nDINAS PENDIDIKAN,,,\n1,199203142025211001,Andi Saputra,Operator Layanan Operasional\n"
        ",,,\nDINAS KESEHATAN,,,\n1,199608112025212006,Lia Anggraini,Pengelola Umum Operasional\n",
        encoding="utf-8",
    )
    raw = read_table(path, "pegawai")
    units = dict(zip(raw.frame["nama"], raw.frame["unit_kerja"], strict=True))
    assert units == {"Andi Saputra": "DINAS PENDIDIKAN", "Lia Anggraini": "DINAS KESEHATAN"}
