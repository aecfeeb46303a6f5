"""Real files of the real25 hunt (h36): formats the corpus lacked (tests/fixtures/real/SOURCES.md)."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from asn_mutasi.errors import InputError
from asn_mutasi.findings import Severity
from asn_mutasi.io.readers import read_table
from asn_mutasi.io.sheet_layout import title_fields
from asn_mutasi.validation import prepare_roster

REAL = Path(__file__).resolve().parent / "fixtures" / "real"


def test_a_nominatif_splitting_sex_and_status_into_tick_columns_is_read_whole() -> None:
    """A Papua agency's Daftar Nominatif PNS splits JENIS KELAMIN into L | P and STATUS KEPEGAWAIAN into CPNS | PNS
    (a "V" in one): only the first column of each was read, so every woman had no sex, every PNS no status and the
    CPNS's "V" was an unknown status, with two kolom-ganda warnings; the unit in "DILINGKUNGAN INSTANSI <unit>" was
    not read either."""
    table = read_table(REAL / "nominatif_pns_papua.xlsx", "pegawai")
    frame = table.frame
    assert list(frame["jenis_kelamin"]) == ["L", "P", "L", "P"]
    assert list(frame["status_kepegawaian"]) == ["PNS", "PNS", "PNS", "CPNS"]
    assert set(frame["unit_kerja"]) == {"DINAS KOMUNIKASI DAN INFORMATIKA PROVINSI PAPUA"}
    assert [p.header for p in table.parts["status_kepegawaian"]] == ["STATUS KEPEGAWAIAN / PNS"]
    prepared = prepare_roster(table)
    loud = [f.code for f in [*table.findings, *prepared.findings] if f.severity is not Severity.INFO]
    assert loud == []


def _two_row_sheet(path: Path, sub: list[str], rows: list[list[object]]) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["NIP", "NAMA", "JABATAN", "UNIT KERJA", "STATUS PEGAWAI", None])
    ws.append([None, None, None, None, *sub])
    ws.merge_cells("E1:F1")
    for c in "ABCD":
        ws.merge_cells(f"{c}1:{c}2")
    for row in rows:
        ws.append(row)
    wb.save(path)


def test_a_tick_of_any_usual_mark_reads_as_its_column_label(tmp_path: Path) -> None:
    path = tmp_path / "status.xlsx"
    _two_row_sheet(
        path,
        ["PNS", "PPPK"],
        [
            ["197501012010011001", "Andi", "Analis SDM Aparatur Ahli Muda", "BKD", "\u221a", None],
            ["197602022011042002", "Sri", "Pranata Komputer Ahli Pertama", "BKD", None, "\u221a"],
        ],
    )
    table = read_table(path, "pegawai")
    assert list(table.frame["status_kepegawaian"]) == ["PNS", "PPPK"]
    assert not [f for f in table.findings if f.code == "kolom-ganda"]


def test_two_columns_under_one_label_holding_other_values_stay_one_column(tmp_path: Path) -> None:
    """Not a tick group: both columns filled in a row (each a status of its own), so the first is read as before."""
    path = tmp_path / "status.xlsx"
    _two_row_sheet(
        path,
        ["AWAL", "AKHIR"],
        [
            ["197501012010011001", "Andi", "Analis SDM Aparatur Ahli Muda", "BKD", "CPNS", "PNS"],
            ["197602022011042002", "Sri", "Pranata Komputer Ahli Pertama", "BKD", "CPNS", "PNS"],
        ],
    )
    table = read_table(path, "pegawai")
    assert list(table.frame["status_kepegawaian"]) == ["CPNS", "CPNS"]
    assert "status_kepegawaian" not in table.parts


def test_dilingkungan_instansi_names_the_unit_after_it() -> None:
    rows = [["DAFTAR NOMINATIF PEGAWAI NEGERI SIPIL"], ["DILINGKUNGAN INSTANSI DINAS KESEHATAN KOTA X"]]
    assert title_fields(rows, "pegawai") == {"unit_kerja": ("DINAS KESEHATAN KOTA X", 1)}
    assert title_fields([["DI LINGKUNGAN INSTANSI PEMERINTAH KABUPATEN X"]], "pegawai") == {}


def test_a_position_table_ticking_its_jenis_jabatan_reads_the_ticked_jenis(tmp_path: Path) -> None:
    """A peta jabatan form with JENIS JABATAN over STRUKTURAL | FUNGSIONAL | PELAKSANA, a "V" in one: "V" (or
    nothing) was read as the jenis of every post."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["NO", "NAMA JABATAN", "UNIT KERJA", "JENIS JABATAN", None, None, "KEBUTUHAN", "BEZETTING"])
    ws.append([None, None, None, "STRUKTURAL", "FUNGSIONAL", "PELAKSANA", None, None])
    ws.merge_cells("D1:F1")
    for c in "ABCGH":
        ws.merge_cells(f"{c}1:{c}2")
    ws.append([1, "Kepala Bidang Pengembangan", "BKD", "V", None, None, 1, 1])
    ws.append([2, "Analis SDM Aparatur Ahli Muda", "BKD", None, "V", None, 3, 2])
    ws.append([3, "Pengadministrasi Perkantoran", "BKD", None, None, "V", 4, 4])
    path = tmp_path / "peta.xlsx"
    wb.save(path)
    table = read_table(path, "jabatan")
    assert list(table.frame["jenis_jabatan"]) == ["STRUKTURAL", "FUNGSIONAL", "PELAKSANA"]


SIASN_API = (
    '{"code": 1, "data": [{"nipBaru": "197501012010011001", "nama": "Andi Pratama", "jabatanNama": "Analis SDM '
    'Aparatur Ahli Muda", "unorNama": "Bidang Mutasi", "golRuangAkhir": "III/c"}]}'
)


@pytest.mark.parametrize("text", [SIASN_API, '\ufeff  [\n  {"nip": "197501012010011001"}]'])
def test_a_saved_api_response_is_refused_as_json_not_read_as_csv(tmp_path: Path, text: str) -> None:
    """A SIASN API response saved to a file was read as a CSV: its first line the header, refused for want of NIP
    and Nama with advice to point at the header row (--baris-judul), which cannot help."""
    path = tmp_path / "pns.json"
    path.write_text(text, "utf-8")
    with pytest.raises(InputError, match="berisi JSON") as caught:
        read_table(path, "pegawai")
    assert "--baris-judul" not in str(caught.value.hint or "")


def test_a_csv_whose_first_header_opens_with_a_bracket_is_still_a_csv(tmp_path: Path) -> None:
    path = tmp_path / "pegawai.csv"
    path.write_text("[NIP],NAMA,JABATAN\n197501012010011001,Andi,Analis SDM Aparatur Ahli Muda\n", "utf-8")
    assert len(read_table(path, "pegawai").frame) == 1


@pytest.mark.parametrize("header", ["J.KEL", "JKEL", "J. Kelamin", "J/K"])
def test_the_abbreviated_sex_headers_of_school_reports_are_read(tmp_path: Path, header: str) -> None:
    """A school's monthly teacher report (LaporanBulananGuruExport: NAMA, NUPTK, NPWP, NIP BARU, J.KEL, …) heads the
    sex "J.KEL": it was left unread (kolom-tidak-dikenal) and every teacher's sex unknown."""
    path = tmp_path / "guru.csv"
    head = f"NAMA,NUPTK,NPWP,NIP BARU,{header},TEMPAT LAHIR,TANGGAL LAHIR,STATUS KEPEGAWAIAN,GOLONGAN,TMT GOL,jurusan"
    row = "Andi,1234567890123456,123456789012000,197501012010011001,L,Kupang,1975-01-01,PNS,III/c,2019-04-01,Fisika"
    path.write_text(f"{head}\n{row}\n", "utf-8")
    table = read_table(path, "pegawai")
    assert table.columns["jenis_kelamin"].header == header
    assert list(table.frame["jenis_kelamin"]) == ["L"]


def test_the_monthly_teacher_report_fixture_reads_every_teacher_s_sex() -> None:
    table = read_table(REAL / "laporan_bulanan_guru.xlsx", "pegawai")
    assert list(table.frame["jenis_kelamin"]) == ["L", "P", "L"]
    assert list(table.frame["status_kepegawaian"]) == ["PNS", "PNS", "PPPK"]
