"""``asn-mutasi check``: exit codes, the JSON/CSV payload, Excel locations, odd inputs, report files."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import openpyxl
import pytest
from cli_helpers import (
    BERMASALAH_XLSX,
    EXIT_FINDINGS,
    EXIT_INPUT,
    EXIT_OK,
    EXIT_OUTPUT,
    EXIT_USAGE,
    JABATAN_XLSX,
    PEGAWAI_CSV,
    PEGAWAI_XLSX,
    TANGGAL,
    expect,
    run,
    sample_notes,
    stdout_csv,
    stdout_json,
)
from openpyxl.utils import get_column_letter

from asn_mutasi.findings import CATALOGUE, FINDING_KEYS

REQUIRED_PEGAWAI = {"nip", "nama", "jabatan", "unit_kerja"}

#: sample_data/README.md, "Baris bermasalah": Excel row → the finding code it must produce
BAD_ROWS = {
    4: "nip-tersimpan-sebagai-angka",
    5: "nip-tidak-valid",
    6: "nip-tidak-valid",
    7: "nip-ganda",
    8: "sel-wajib-kosong",
    9: "golongan-tidak-dikenal",
    10: "pendidikan-tidak-dikenal",
    11: "tanggal-tidak-terbaca",
    12: "tanggal-ambigu",
    13: "tanggal-masa-depan",
    14: "nip-tanggal-lahir-beda",
    15: "nip-jenis-kelamin-beda",
    16: "jabatan-tidak-ditemukan",
    17: "sel-berisi-rumus",
}
#: the field (hence the column) each defect is in
BAD_FIELDS = {
    "nip-tersimpan-sebagai-angka": "nip",
    "nip-tidak-valid": "nip",
    "nip-ganda": "nip",
    "sel-wajib-kosong": "nama",
    "golongan-tidak-dikenal": "golongan",
    "pendidikan-tidak-dikenal": "pendidikan",
    "tanggal-tidak-terbaca": "tmt_jabatan",
    "tanggal-ambigu": "tmt_jabatan",
    "tanggal-masa-depan": "tmt_jabatan",
    "nip-tanggal-lahir-beda": "tanggal_lahir",
    "nip-jenis-kelamin-beda": "jenis_kelamin",
    "jabatan-tidak-ditemukan": "jabatan",
    "sel-berisi-rumus": "jurusan",
}

#: ../shared/domain.md §7.1: SIASN "Export Data ASN" (64 headers), the 3 newer ones and ESELON ID/NAMA = 69
SIASN_HEADERS = [
    *[
        "PNS ID",
        "NIP BARU",
        "NIP LAMA",
        "NAMA",
        "GELAR DEPAN",
        "GELAR BELAKANG",
        "TEMPAT LAHIR ID",
        "TEMPAT LAHIR NAMA",
        "TANGGAL LAHIR",
        "JENIS KELAMIN",
        "AGAMA ID",
        "AGAMA NAMA",
        "JENIS KAWIN ID",
        "JENIS KAWIN NAMA",
        "NIK",
        "NOMOR HP",
        "EMAIL",
        "EMAIL GOV",
        "ALAMAT",
        "NPWP NOMOR",
        "BPJS",
        "JENIS PEGAWAI ID",
        "JENIS PEGAWAI NAMA",
        "KEDUDUKAN HUKUM ID",
        "KEDUDUKAN HUKUM NAMA",
        "STATUS CPNS PNS",
        "KARTU ASN VIRTUAL",
        "NOMOR SK CPNS",
        "TANGGAL SK CPNS",
        "TMT CPNS",
        "NOMOR SK PNS",
        "TANGGAL SK PNS",
        "TMT PNS",
        "GOL AWAL ID",
        "GOL AWAL NAMA",
        "GOL AKHIR ID",
        "GOL AKHIR NAMA",
        "TMT GOLONGAN",
        "MK TAHUN",
        "MK BULAN",
        "JENIS JABATAN ID",
        "JENIS JABATAN NAMA",
        "JABATAN ID",
        "JABATAN NAMA",
        "TMT JABATAN",
        "TINGKAT PENDIDIKAN ID",
        "TINGKAT PENDIDIKAN NAMA",
        "PENDIDIKAN ID",
        "PENDIDIKAN NAMA",
        "TAHUN LULUS",
        "KPKN ID",
        "KPKN NAMA",
        "LOKASI KERJA ID",
        "LOKASI KERJA NAMA",
        "UNOR ID",
        "UNOR NAMA",
        "INSTANSI INDUK ID",
        "INSTANSI INDUK NAMA",
        "INSTANSI KERJA ID",
        "INSTANSI KERJA NAMA",
        "SATUAN KERJA INDUK ID",
        "SATUAN KERJA INDUK NAMA",
        "SATUAN KERJA KERJA ID",
        "SATUAN KERJA KERJA NAMA",
        "IS VALID NIK",
        "NAMA SEKOLAH",
        "FLAG IKD",
        "ESELON ID",
        "ESELON NAMA",
    ]
]
#: canonical field → the SIASN header it must come from
SIASN_EXPECTED = {
    "nip": "NIP BARU",
    "nama": "NAMA",
    "tanggal_lahir": "TANGGAL LAHIR",
    "jenis_kelamin": "JENIS KELAMIN",
    "golongan": "GOL AKHIR NAMA",
    "jenis_jabatan": "JENIS JABATAN NAMA",
    "jabatan": "JABATAN NAMA",
    "tmt_jabatan": "TMT JABATAN",
    "pendidikan": "TINGKAT PENDIDIKAN NAMA",
    "jurusan": "PENDIDIKAN NAMA",
    "unit_kerja": "UNOR NAMA",
}
SIASN_PEOPLE = [
    {
        "PNS ID": "A5EB03E21B68F6A0E040640A040252AD",
        "NIP BARU": "198609262015051001",
        "NAMA": "Budi Santoso",
        "GELAR BELAKANG": "S.Kom",
        "TANGGAL LAHIR": "26-09-1986",
        "JENIS KELAMIN": "M",
        "JENIS PEGAWAI NAMA": "PNS",
        "KEDUDUKAN HUKUM ID": "01",
        "KEDUDUKAN HUKUM NAMA": "Aktif",
        "GOL AKHIR NAMA": "III/b",
        "JENIS JABATAN NAMA": "Jabatan Fungsional",
        "JABATAN NAMA": "Pranata Komputer Ahli Pertama",
        "TMT JABATAN": "01-03-2020",
        "TINGKAT PENDIDIKAN NAMA": "S-1/Sarjana",
        "PENDIDIKAN NAMA": "S-1 Teknik Informatika",
        "UNOR NAMA": "Dinas Komunikasi dan Informatika",
        "SATUAN KERJA KERJA NAMA": "Dinas Komunikasi dan Informatika",
    },
    {
        "PNS ID": "A5EB03E21B68F6A0E040640A040252AE",
        "NIP BARU": "199001152019032002",
        "NAMA": "Siti Aminah",
        "TANGGAL LAHIR": "15-01-1990",
        "JENIS KELAMIN": "F",
        "JENIS PEGAWAI NAMA": "PNS",
        "KEDUDUKAN HUKUM ID": "01",
        "KEDUDUKAN HUKUM NAMA": "Aktif",
        "GOL AKHIR NAMA": "III/a",
        "JENIS JABATAN NAMA": "Jabatan Pelaksana",
        "JABATAN NAMA": "Pengadministrasi Perkantoran",
        "TMT JABATAN": "01-03-2019",
        "TINGKAT PENDIDIKAN NAMA": "S-1/Sarjana",
        "PENDIDIKAN NAMA": "S-1 Manajemen",
        "UNOR NAMA": "Sekretariat Daerah",
        "SATUAN KERJA KERJA NAMA": "Sekretariat Daerah",
    },
]


def sample_check(*extra: object) -> object:
    return run("check", PEGAWAI_XLSX, JABATAN_XLSX, "--format", "json", *TANGGAL, *extra)


def header_letters(path: Path, header_row: int) -> dict[str, str]:
    """Header text → Excel column letter, read independently with openpyxl."""
    ws = openpyxl.load_workbook(path, read_only=True).worksheets[0]
    row = next(ws.iter_rows(min_row=header_row, max_row=header_row, values_only=True))
    return {str(v).strip(): get_column_letter(i + 1) for i, v in enumerate(row) if v is not None}


def find_header_row(path: Path, first: str) -> int:
    ws = openpyxl.load_workbook(path, read_only=True).worksheets[0]
    for i, row in enumerate(ws.iter_rows(max_row=20, values_only=True), start=1):
        if first in [str(v).strip() for v in row if v is not None]:
            return i
    raise AssertionError(f"no header row with {first!r} in {path}")


# --- the shipped sample -------------------------------------------------------------------


def test_sample_is_clean_and_every_column_is_located() -> None:
    result = expect(sample_check(), EXIT_OK)
    payload = stdout_json(result)
    # pegawai_tidak_tertaut: every roster row linked to no position (polish2, h34); none in the sample
    assert set(payload) == {"ringkasan", "pemetaan_kolom", "baris_dikecualikan", "pegawai_tidak_tertaut", "temuan"}
    assert payload["pegawai_tidak_tertaut"] == []

    summary = payload["ringkasan"]
    assert summary["temuan_galat"] == 0
    tables = {t["tabel"]: t for t in summary["tabel"]}
    assert (tables["pegawai"]["baris_data"], tables["pegawai"]["valid"], tables["pegawai"]["dikecualikan"]) == (
        2000,
        2000,
        0,
    )
    assert tables["jabatan"]["baris_data"] == tables["jabatan"]["valid"] == 436
    assert payload["baris_dikecualikan"] == []

    roster_map = [m for m in payload["pemetaan_kolom"] if m["berkas"].endswith("pegawai.xlsx")]
    fields = {m["kolom_baku"] for m in roster_map}
    assert fields >= REQUIRED_PEGAWAI
    assert {"golongan", "pendidikan", "jurusan", "tmt_jabatan", "tanggal_lahir", "kode_jabatan"} <= fields
    # every reported letter is where that header really is in the workbook
    letters = header_letters(PEGAWAI_XLSX, find_header_row(PEGAWAI_XLSX, "NIP"))
    for m in roster_map:
        assert re.fullmatch(r"[A-Z]{1,3}", m["kolom"]), m
        assert letters[m["judul_kolom"]] == m["kolom"], m
    assert {m["kolom_baku"]: m["kolom"] for m in roster_map}["nip"] == letters["NIP"]

    position_fields = {m["kolom_baku"] for m in payload["pemetaan_kolom"] if m["berkas"].endswith("peta_jabatan.xlsx")}
    assert {"nama_jabatan", "unit_kerja", "kebutuhan", "kode_jabatan"} <= position_fields

    # the summary goes to stderr, not into the data
    assert "2.000 baris pegawai" in result.stderr and "436" in result.stderr  # counts written the Indonesian way


def test_default_output_in_a_pipe_is_findings_csv() -> None:
    result = expect(run("check", BERMASALAH_XLSX, JABATAN_XLSX, *TANGGAL), EXIT_FINDINGS)
    rows = stdout_csv(result)
    assert list(rows[0].keys()) == list(FINDING_KEYS)
    # (one of them: the table's BEZETTING column against this partial roster; the sample's JF holders stay in their
    # jenjang's golongan range since sample1, h33, so none is golongan-jenjang-mustahil; and, since real21/h34, the
    # table's holders in the 31 units this partial roster does not cover, read as vacancies)
    assert len(rows) == 16
    assert sum(r["kode"] == "bezetting-beda-banyak" for r in rows) == 1
    assert sum(r["kode"] == "bezetting-unit-tanpa-pegawai" for r in rows) == 1


# --- deliberately bad rows ----------------------------------------------------------------


@pytest.fixture(scope="module")
def bad_payload() -> dict[str, object]:
    result = expect(run("check", BERMASALAH_XLSX, JABATAN_XLSX, "--format", "json", *TANGGAL), EXIT_FINDINGS)
    payload = stdout_json(result)
    assert isinstance(payload, dict)
    return payload


def test_readme_rows_agree_with_the_generator_notes() -> None:
    notes = {n["baris"]: n["masalah"] for n in sample_notes()["pegawai_bermasalah"]}
    assert set(notes) == {2, 3, *BAD_ROWS}
    assert "duplikat" in notes[7] and "rumus" in notes[17] and "bersih" in notes[2]


@pytest.mark.parametrize(("row", "code"), sorted(BAD_ROWS.items()))
def test_each_defect_is_reported_at_its_excel_cell(bad_payload: dict, row: int, code: str) -> None:
    letters = header_letters(BERMASALAH_XLSX, find_header_row(BERMASALAH_XLSX, "NIP"))
    field_letter = {m["kolom_baku"]: m["kolom"] for m in bad_payload["pemetaan_kolom"] if "bermasalah" in m["berkas"]}
    hits = [f for f in bad_payload["temuan"] if f["baris"] == row and f["kode"] == code]
    assert hits, [f for f in bad_payload["temuan"] if f["baris"] == row]
    finding = hits[0]
    assert finding["tingkat"] == CATALOGUE[code].severity.value
    assert finding["kolom_baku"] == BAD_FIELDS[code]
    assert finding["kolom"] == field_letter[BAD_FIELDS[code]]
    assert letters[finding["judul_kolom"]] == finding["kolom"]
    assert finding["berkas"].endswith("pegawai_bermasalah.xlsx")


def test_clean_rows_have_no_findings_and_bad_nips_are_excluded(bad_payload: dict) -> None:
    assert not [f for f in bad_payload["temuan"] if f["baris"] in (2, 3)]
    excluded = {e["baris"] for e in bad_payload["baris_dikecualikan"]}
    assert excluded == {4, 5, 6, 7, 8}
    assert all(e["alasan"] for e in bad_payload["baris_dikecualikan"])
    table = next(t for t in bad_payload["ringkasan"]["tabel"] if t["tabel"] == "pegawai")
    assert table["baris_data"] == table["valid"] + table["dikecualikan"] == 16


def test_formula_text_stays_text(bad_payload: dict) -> None:
    finding = next(f for f in bad_payload["temuan"] if f["kode"] == "sel-berisi-rumus")
    assert finding["nilai"] == "=SUM(A1:A3)"


def test_fail_on_never_exits_zero_with_the_same_findings(bad_payload: dict) -> None:
    result = expect(run("check", BERMASALAH_XLSX, JABATAN_XLSX, "-f", "json", "--fail-on", "never", *TANGGAL), EXIT_OK)
    assert stdout_json(result)["temuan"] == bad_payload["temuan"]


def _warning_only_csv(tmp_path: Path) -> Path:
    """Five sample rows with one unknown golongan: a warning, no error."""
    with PEGAWAI_CSV.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh, delimiter=";"))[:6]
    gol = rows[0].index("GOL/RUANG")
    rows[3][gol] = "III/z"
    path = tmp_path / "peringatan.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh, delimiter=";").writerows(rows)
    return path


def test_fail_on_warning_turns_a_warning_into_exit_1(tmp_path: Path) -> None:
    path = _warning_only_csv(tmp_path)
    default = expect(run("check", path, "-f", "json", *TANGGAL), EXIT_OK)
    findings = stdout_json(default)["temuan"]
    assert [(f["kode"], f["tingkat"], f["baris"]) for f in findings] == [("golongan-tidak-dikenal", "peringatan", 4)]
    expect(run("check", path, "-f", "json", "--fail-on", "warning", *TANGGAL), EXIT_FINDINGS)
    expect(run("check", path, "-f", "json", "--fail-on", "error", *TANGGAL), EXIT_OK)
    # the CSV an analyst opens in Excel says the severity in Indonesian too (it said "warning")
    table = list(csv.DictReader(io.StringIO(expect(run("check", path, "-f", "csv", *TANGGAL), EXIT_OK).stdout)))
    assert [r["tingkat"] for r in table] == ["peringatan"]


# --- header shapes --------------------------------------------------------------------------


@pytest.mark.parametrize("delimiter", [";", ","])
def test_siasn_export_maps_every_canonical_field(tmp_path: Path, delimiter: str) -> None:
    assert len(SIASN_HEADERS) == 69 and len(set(SIASN_HEADERS)) == 69
    path = tmp_path / f"siasn_{'semicolon' if delimiter == ';' else 'comma'}.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, delimiter=delimiter)
        writer.writerow(SIASN_HEADERS)
        for person in SIASN_PEOPLE:
            writer.writerow([person.get(h, "") for h in SIASN_HEADERS])

    result = expect(run("check", path, "-f", "json", *TANGGAL), EXIT_OK)
    payload = stdout_json(result)
    # each field's own column; the columns completing one are listed after it ("pelengkap")
    mapping = {
        m["kolom_baku"]: (m["judul_kolom"], m["kolom"]) for m in payload["pemetaan_kolom"] if m["cara"] != "pelengkap"
    }
    completing = [(m["kolom_baku"], m["judul_kolom"]) for m in payload["pemetaan_kolom"] if m["cara"] == "pelengkap"]
    assert completing == [("nama", "GELAR DEPAN"), ("nama", "GELAR BELAKANG")]  # the titles join the name (real5, h31)
    for field, header in SIASN_EXPECTED.items():
        assert field in mapping, (field, sorted(mapping))
        assert mapping[field] == (header, get_column_letter(SIASN_HEADERS.index(header) + 1)), field
    table = payload["ringkasan"]["tabel"][0]
    assert (table["baris_data"], table["valid"]) == (2, 2)
    # M/F coding of JENIS KELAMIN is understood: no complaint about the gender cell
    assert not [f for f in payload["temuan"] if f["kolom_baku"] == "jenis_kelamin"], payload["temuan"]


def _nominatif(path: Path) -> Path:
    """A SIMPEG 'Daftar Nominatif': title rows, a two-row merged header and a numbering row."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Nominatif"
    ws["A1"] = "DAFTAR NOMINATIF PEGAWAI NEGERI SIPIL"
    ws.merge_cells("A1:I1")
    ws["A2"] = "PEMERINTAH KABUPATEN SUKAMAJU"
    ws.merge_cells("A2:I2")
    ws["A3"] = "KEADAAN PER 1 NOVEMBER 2026"
    ws.merge_cells("A3:I3")
    # row 5-6: two-row header; single headers merged vertically, groups merged horizontally
    for col, text in (("A", "NO"), ("B", "NIP"), ("C", "NAMA"), ("D", "GOL/RUANG"), ("G", "UNIT KERJA")):
        ws[f"{col}5"] = text
        ws.merge_cells(f"{col}5:{col}6")
    ws["E5"] = "JABATAN"
    ws.merge_cells("E5:F5")
    ws["E6"], ws["F6"] = "NAMA", "TMT"
    ws["H5"] = "PENDIDIKAN"
    ws.merge_cells("H5:I5")
    ws["H6"], ws["I6"] = "TERAKHIR", "JURUSAN"
    for i in range(9):
        ws.cell(row=7, column=i + 1, value=i + 1)
    people = [
        ("198609262015051001", "Budi Santoso, S.Kom", "III/b", "Pranata Komputer Ahli Pertama", "01-03-2020"),
        ("199001152019032002", "Siti Aminah, S.E.", "III/z", "Pengadministrasi Perkantoran", "01-03-2019"),
        ("198512312010011003", "Agus Salim", "III/c", "Analis Kebijakan Ahli Pertama", "02-01-2018"),
    ]
    for n, (nip, nama, gol, jab, tmt) in enumerate(people, start=1):
        ws.append([n, nip, nama, gol, jab, tmt, "Dinas Komunikasi dan Informatika", "S-1", "S-1 Teknik Informatika"])
    wb.save(path)
    return path


def test_daftar_nominatif_with_title_merged_header_and_numbering(tmp_path: Path) -> None:
    path = _nominatif(tmp_path / "nominatif.xlsx")
    result = expect(run("check", path, "-f", "json", *TANGGAL), EXIT_OK)
    payload = stdout_json(result)
    mapping = {m["kolom_baku"]: m["kolom"] for m in payload["pemetaan_kolom"]}
    expected = {
        "nip": "B",
        "nama": "C",
        "golongan": "D",
        "jabatan": "E",
        "tmt_jabatan": "F",
        "unit_kerja": "G",
        "pendidikan": "H",
        "jurusan": "I",
    }
    assert {f: mapping.get(f) for f in expected} == expected
    table = payload["ringkasan"]["tabel"][0]
    assert (table["baris_data"], table["valid"], table["dikecualikan"]) == (3, 3, 0)
    # data starts on Excel row 8: the bad golongan of the second person is on row 9, column D
    located = [(f["kode"], f["baris"], f["kolom"]) for f in payload["temuan"] if f["kode"] == "golongan-tidak-dikenal"]
    assert located == [("golongan-tidak-dikenal", 9, "D")]
    # the numbering row is not data
    assert not [f for f in payload["temuan"] if f["baris"] == 7]


# --- failures: exit codes and messages --------------------------------------------------------


def test_missing_file_is_input_error_in_bahasa(tmp_path: Path) -> None:
    result = expect(run("check", tmp_path / "tidak_ada.xlsx", *TANGGAL), EXIT_INPUT)
    assert result.stdout == ""
    assert "tidak ditemukan" in result.stderr and "tidak_ada.xlsx" in result.stderr


def test_missing_required_column_suggests_the_closest_header(tmp_path: Path) -> None:
    path = tmp_path / "salah_judul.csv"
    path.write_text("N.I.P.B,NAMA,JABATAN,UNIT KERJA\n198609262015051001,Budi,Analis,Dinas\n", encoding="utf-8")
    result = expect(run("check", path, *TANGGAL), EXIT_INPUT)
    assert result.stdout == ""
    said = " ".join(result.stderr.split())
    assert "kolom wajib tidak ditemukan: NIP (judul mis. 'NIP'" in said  # the field in words (walk5, h31)
    assert "maksud Anda 'N.I.P.B'" in result.stderr
    # the hint quotes the mapping-file syntax literally (not eaten as console markup)
    assert '[kolom] nip = "Judul Kolom"' in said


@pytest.mark.parametrize(
    ("name", "content", "code"),
    [
        ("rusak.xlsx", b"PK\x03\x04 not really a zip", EXIT_INPUT),
        ("acak.xlsx", bytes(range(256)) * 4, EXIT_INPUT),
        ("kosong.csv", b"", EXIT_INPUT),
        ("biner.csv", b"\x00\x01\x02\xff\xfe" * 200, EXIT_INPUT),
        ("hanya_judul.csv", b"NIP;NAMA;JABATAN;UNIT KERJA\n", EXIT_OK),  # no data rows: nothing to report
        ("nama[/x]aneh.csv", None, EXIT_INPUT),  # missing, with console-markup characters in the name
    ],
)
def test_bad_input_never_shows_a_traceback(tmp_path: Path, name: str, content: bytes | None, code: int) -> None:
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    result = expect(run("check", path, *TANGGAL), code)
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    if code == EXIT_INPUT:
        assert result.stdout == ""
        assert result.stderr.startswith("Gagal:")
        assert name.split(".")[0] in result.stderr  # the message names the file, brackets included


def test_directory_as_input_is_input_error(tmp_path: Path) -> None:
    result = expect(run("check", tmp_path, *TANGGAL), EXIT_INPUT)
    assert "bukan berkas" in result.stderr


def test_unknown_option_is_usage_error() -> None:
    result = expect(run("check", PEGAWAI_XLSX, "--tidak-ada-opsi"), EXIT_USAGE)
    assert result.stdout == ""
    assert "--tidak-ada-opsi" in result.stderr


def test_bad_fail_on_value_is_usage_error() -> None:
    expect(run("check", PEGAWAI_XLSX, "--fail-on", "kadang"), EXIT_USAGE)


# --- stdin and report files --------------------------------------------------------------------


def test_stdin_csv() -> None:
    data = PEGAWAI_CSV.read_bytes()
    result = expect(run("check", "-", "--input-format", "csv", "-f", "json", *TANGGAL, input=data), EXIT_OK)
    table = stdout_json(result)["ringkasan"]["tabel"][0]
    assert (table["baris_data"], table["valid"]) == (2000, 2000)


def test_stdin_csv_default_output_is_csv() -> None:
    data = _head_csv(PEGAWAI_CSV, 11)
    result = expect(run("check", "-", "--input-format", "csv", *TANGGAL, input=data), EXIT_OK)
    assert result.stdout.splitlines()[0] == ",".join(FINDING_KEYS)


def test_stdin_is_named_as_stdin_not_as_a_file_called_dash() -> None:
    refused = expect(run("check", "-", input=b"garbage\x00\x01"), EXIT_INPUT)
    assert "masukan dari stdin" in refused.stderr and "'-'" not in refused.stderr, refused.stderr
    unmapped = expect(run("check", "-", input=b"a,b\n1,2\n"), EXIT_INPUT)
    assert "Masukan dari stdin: kolom wajib" in unmapped.stderr, unmapped.stderr
    # one name for it, the one of the messages written for stdin itself (lang2, h31: "masukan standar (stdin)" beside
    # "Masukan dari stdin kosong")
    assert "Masukan dari stdin kosong" in expect(run("check", "-", input=b""), EXIT_INPUT).stderr
    shown = expect(run("check", "-", "-f", "table", "--fail-on", "never", *TANGGAL, input=_head_csv(PEGAWAI_CSV, 3)), 0)
    assert "masukan dari stdin" in shown.stdout  # the Berkas column of the findings and the column mapping
    machine = expect(
        run("check", "-", "-f", "json", "--fail-on", "never", *TANGGAL, input=_head_csv(PEGAWAI_CSV, 3)), 0
    )
    assert {m["berkas"] for m in stdout_json(machine)["pemetaan_kolom"]} == {"-"}  # JSON keeps the name given


def _head_csv(path: Path, n: int) -> bytes:
    return b"\n".join(path.read_bytes().splitlines()[:n]) + b"\n"


@pytest.mark.parametrize("suffix", ["xlsx", "csv", "json"])
def test_report_file_is_written_and_not_overwritten(tmp_path: Path, suffix: str) -> None:
    out = tmp_path / f"laporan.{suffix}"
    args = ("check", BERMASALAH_XLSX, JABATAN_XLSX, "-f", "json", "--fail-on", "never", *TANGGAL, "-o", out)
    first = expect(run(*args), EXIT_OK)
    findings = stdout_json(first)["temuan"]
    assert out.exists() and out.stat().st_size > 0
    if suffix == "xlsx":
        wb = openpyxl.load_workbook(out, read_only=True)
        assert {"Ringkasan", "Temuan", "Pemetaan Kolom", "Baris Dikecualikan"} <= set(wb.sheetnames)
        rows = list(wb["Temuan"].iter_rows(values_only=True))
        assert len(rows) - 1 == len(findings)
    elif suffix == "csv":
        with out.open(encoding="utf-8-sig", newline="") as fh:
            rows_csv = list(csv.DictReader(fh))
        assert [r["kode"] for r in rows_csv] == [f["kode"] for f in findings]
    else:
        assert json.loads(out.read_text(encoding="utf-8"))["temuan"] == findings

    before = out.read_bytes()
    second = expect(run(*args), EXIT_OUTPUT)
    assert "--timpa" in second.stderr
    assert out.read_bytes() == before
    expect(run(*args, "--timpa"), EXIT_OK)


def test_stdout_is_only_data_even_with_a_report_file(tmp_path: Path) -> None:
    out = tmp_path / "laporan.json"
    result = expect(sample_check("-o", out), EXIT_OK)
    stdout_json(result)  # parses: no message mixed into the data
    assert "laporan.json" in result.stderr


def test_catalogue_codes_are_known() -> None:
    assert set(BAD_ROWS.values()) <= set(CATALOGUE)


def test_unknown_sheet_is_input_error_listing_the_sheets() -> None:
    result = expect(run("check", PEGAWAI_XLSX, "--sheet", "Tidak Ada", *TANGGAL), EXIT_INPUT)
    assert "Daftar Nominatif" in result.stderr


def test_table_view_prints_mapping_and_findings() -> None:
    result = expect(run("check", BERMASALAH_XLSX, JABATAN_XLSX, "-f", "table", "--fail-on", "never", *TANGGAL), EXIT_OK)
    assert "Pemetaan kolom" in result.stdout and "Temuan" in result.stdout
    assert "nip-ganda" in result.stdout
    assert "\x1b[" not in result.stdout  # no colour codes when stdout is not a terminal


def test_output_dash_is_refused_not_written_as_a_file_named_dash(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`-o -` wrote a JSON file called "-" in the current folder and said "Laporan ditulis ke -"."""
    monkeypatch.chdir(tmp_path)
    result = expect(run("check", PEGAWAI_XLSX, "-f", "csv", "-o", "-", *TANGGAL), EXIT_USAGE)
    assert "'-o -' tidak dipakai" in result.stderr and result.stdout == ""
    assert list(tmp_path.iterdir()) == []


def test_files_given_the_other_way_round_are_named_as_such() -> None:
    """ "kolom wajib tidak ditemukan: 'nip'" with advice to rename columns, for a peta jabatan given as the roster
    (walkthrough, h24): the hint says which file it looks like and to check the order."""
    result = expect(run("lowongan", JABATAN_XLSX, PEGAWAI_XLSX, *TANGGAL), 3)
    assert "tampak seperti peta jabatan" in result.stderr and "urutan argumen" in result.stderr
    normal = expect(run("periksa", PEGAWAI_XLSX, JABATAN_XLSX), EXIT_OK)
    assert "urutan argumen" not in normal.stderr


def test_check_workbook_names_each_table_in_words(tmp_path: Path) -> None:
    """The Ringkasan sheet's Tabel column showed the codes "pegawai" and "jabatan" (walk10, h33); JSON keeps them."""
    out = tmp_path / "periksa.xlsx"
    expect(run("check", _warning_only_csv(tmp_path), JABATAN_XLSX, "-o", out, *TANGGAL), EXIT_OK)
    ws = openpyxl.load_workbook(out)["Ringkasan"]
    assert [ws.cell(r, 1).value for r in (1, 2, 3)] == ["Tabel", "data pegawai", "peta jabatan"]
