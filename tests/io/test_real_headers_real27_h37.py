"""real27 (h37): real export headers — SIASN camelCase, "Tgl Mulai Jabatan", one-cell "Nama / Gelar Belakang"."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl
import pytest

from asn_mutasi.config import ReadLimits
from asn_mutasi.errors import InputError
from asn_mutasi.io.readers import read_table

_PEOPLE = [
    ["199001012015031001", "Andi Saputra", "Analis Kebijakan Ahli Pertama", "Bagian Umum"],
    ["199202022016042002", "Sri Wahyuni", "Pranata Komputer Ahli Pertama", "Bagian Keuangan"],
    ["199303032017051003", "Budi Santoso", "Pengadministrasi Umum", "Bagian Umum"],
]


def _csv(path: Path, headers: list[str], extra: list[list[str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as fh:
        out = csv.writer(fh)
        out.writerow(["nipBaru", "nama", "jabatanNama", "unorNama", *headers])
        out.writerows(person + cells for person, cells in zip(_PEOPLE, extra, strict=True))
    return path


@pytest.mark.parametrize("header", ["tmtGolongan", "tmtGolAkhir", "tmtCpns", "tmtPns", "tmtEselon"])
def test_siasn_camel_case_dates_are_known_and_unused(tmp_path: Path, header: str) -> None:
    """SIASN data-utama's dates (tmtGolAkhir, tmtCpns, …) are the known TMT GOL AKHIR, TMT CPNS …: they were said
    "kolom-tidak-dikenal" while the upper-case SIASN export's spellings were known and unused."""
    table = read_table(_csv(tmp_path / "du.csv", [header], [["01-04-2019"]] * 3), "pegawai")
    codes = {f.code: f for f in table.findings if f.location.column == "E"}
    assert set(codes) == {"kolom-dikenal-tidak-dipakai"}
    assert "tmt_jabatan" not in table.columns


@pytest.mark.parametrize("header", ["TGL MULAI JABATAN", "Tanggal Mulai Jabatan", "tanggalMulaiJabatan"])
def test_date_a_post_began_is_the_tmt_jabatan(tmp_path: Path, header: str) -> None:
    """Staff apps write the date a post began as "Tgl Mulai Jabatan": it was unread (only offered)."""
    table = read_table(_csv(tmp_path / "r.csv", [header], [["01-01-2020"]] * 3), "pegawai")
    assert table.columns["tmt_jabatan"].header == header
    assert list(table.frame["tmt_jabatan"]) == ["01-01-2020"] * 3


@pytest.mark.parametrize("header", ["TMT DI UNIT KERJA", "TMT Unit Kerja", "tmtUnor"])
def test_date_one_came_to_the_unit_is_known_and_not_the_post(tmp_path: Path, header: str) -> None:
    """ "TMT DI UNIT KERJA" is when one came to the unit, not to the post: known and unused, never the TMT jabatan."""
    table = read_table(_csv(tmp_path / "r.csv", [header], [["01-01-2019"]] * 3), "pegawai")
    assert "tmt_jabatan" not in table.columns
    assert {f.code for f in table.findings if f.location.column == "E"} == {"kolom-dikenal-tidak-dipakai"}


def _sheet(path: Path, rows: list[list[object]], merges: tuple[str, ...] = ()) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in rows:
        ws.append(row)
    for cells in merges:
        ws.merge_cells(cells)
    wb.save(path)
    return path


def test_one_cell_name_with_its_rear_titles_is_the_name(tmp_path: Path) -> None:
    """A one-row "Nama / Gelar Belakang" (the name written with its titles) was unread: the roster refused for want of
    a name column."""
    names = ["Andi Saputra, S.E.", "Sri Wahyuni, A.Md.", "Budi Santoso"]
    rows = [["NIP", "Nama / Gelar Belakang", "JABATAN", "UNIT KERJA"]]
    rows += [[p[0], n, p[2], p[3]] for p, n in zip(_PEOPLE, names, strict=True)]
    table = read_table(_sheet(tmp_path / "r.xlsx", rows), "pegawai")
    assert table.columns["nama"].header == "Nama / Gelar Belakang"
    assert list(table.frame["nama"]) == names


def test_one_cell_jabatan_and_eselon_is_the_jabatan(tmp_path: Path) -> None:
    """A one-row "Jabatan / Eselon" ("Kepala Subbagian Umum / IV.a") was fuzzy-matched as the eselon and the roster
    read without a jabatan."""
    posts = ["Analis Kebijakan Ahli Pertama", "Kepala Subbagian Umum / IV.a", "Pengadministrasi Umum"]
    rows = [["NIP", "NAMA", "Jabatan / Eselon", "UNIT KERJA"]]
    rows += [[p[0], p[1], j, p[3]] for p, j in zip(_PEOPLE, posts, strict=True)]
    table = read_table(_sheet(tmp_path / "r.xlsx", rows), "pegawai")
    assert table.columns["jabatan"].header == "Jabatan / Eselon"
    # not the eselon's column: the eselon is read from after the slash of each cell (real30, h38)
    assert table.columns["eselon"].how == "sel-jabatan"
    assert list(table.frame["eselon"]) == [None, "IV.a", None]
    assert "kolom-dipetakan-fuzzy" not in {f.code for f in table.findings}


def test_jabatan_over_nama_and_eselon_keeps_the_eselon(tmp_path: Path) -> None:
    """Two header rows, "JABATAN" over "NAMA | ESELON": the lower "ESELON" cell is the eselon, as before."""
    rows: list[list[object]] = [["NIP", "NAMA", "JABATAN", None, "UNIT KERJA"], [None, None, "NAMA", "ESELON", None]]
    rows += [[p[0], p[1], p[2], e, p[3]] for p, e in zip(_PEOPLE, [None, "IV.a", None], strict=True)]
    merges = ("A1:A2", "B1:B2", "C1:D1", "E1:E2")
    table = read_table(_sheet(tmp_path / "r.xlsx", rows, merges), "pegawai")
    assert table.columns["eselon"].header == "JABATAN / ESELON"
    assert table.columns["jabatan"].header == "JABATAN / NAMA"


def test_a_cell_far_out_names_the_sheet_and_the_cell_and_what_to_do(tmp_path: Path) -> None:
    """A sheet whose cells reach far right of its table was refused "lebih dari … sel" with only the setting to raise:
    the analyst is told which sheet and cell, and to clear what lies beyond the table."""
    rows: list[list[object]] = [["NIP", "NAMA", "JABATAN", "UNIT KERJA"], *_PEOPLE]
    path = _sheet(tmp_path / "r.xlsx", rows)
    wb = openpyxl.load_workbook(path)
    ws = wb.active
    ws.title = "Data Pegawai"
    for row in range(11, 40):  # (rows 5–10 empty: the reference counts them)
        ws.cell(row, 16_384, "x")
    wb.save(path)
    with pytest.raises(InputError) as refused:
        read_table(path, "pegawai", limits=ReadLimits(maks_sel=100_000))
    text = f"{refused.value} {refused.value.hint}"
    assert "'Data Pegawai'" in str(refused.value) and "sel XFD17" in str(refused.value)
    assert "Hapus baris dan kolom di luar tabel" in (refused.value.hint or "") and "maks_sel" in text
