"""Real position-side exports of the real12 hunt (h32): an ABK recap app's download with the OPD in an
"OPD/Unit Kerja: …" title and its own rounding beside the ABK fraction, and a Laravel "Peta Jabatan" CSV with the
unit in a key-value title row (see tests/fixtures/real/SOURCES.md)."""

from __future__ import annotations

from pathlib import Path

import pytest

from asn_mutasi.io.column_mapping import map_columns
from asn_mutasi.io.headers import HeaderColumn, column_letter
from asn_mutasi.io.readers import read_table
from asn_mutasi.io.sheet_layout import title_fields
from asn_mutasi.validation import prepare_positions

REAL = Path(__file__).resolve().parents[1] / "fixtures" / "real"


@pytest.mark.parametrize(
    "label",
    ["OPD/Unit Kerja: ", "SKPD / UNIT KERJA : ", "Unit Kerja/OPD : ", "Perangkat Daerah/Unit Kerja:"],
)
def test_unit_labels_joined_by_a_slash_name_the_unit(label: str) -> None:
    """An ABK recap app titles its sheet "OPD/Unit Kerja: <OPD>": the combined label named no unit, and a table
    without a unit column was refused ("kolom wajib tidak ditemukan: Unit Kerja")."""
    rows = [["REKAPITULASI ANALISIS BEBAN KERJA (ABK)"], [label + "Dinas Kesehatan"], []]
    assert title_fields(rows, "jabatan")["unit_kerja"] == ("Dinas Kesehatan", 1)


def _cols(*names: str) -> list[HeaderColumn]:
    return [HeaderColumn(k, column_letter(k), n, (n,)) for k, n in enumerate(names)]


def test_the_tables_own_rounding_is_the_need_not_the_abk_fraction() -> None:
    """ "Kebutuhan Pegawai" 1,35 beside "Pembulatan Formasi" 2: the fraction was read and rounded again by our rule
    (1, one post short of what the table decided) with a kebutuhan-pecahan warning on every row."""
    samples = {2: [1.05, 2.85, 1.35, 1.92, 0.72], 3: [1, 3, 2, 2, 1]}
    names = ("Nama Jabatan", "Unit Kerja", "Kebutuhan Pegawai", "Pembulatan Formasi")
    result = map_columns(_cols(*names), "jabatan", samples=samples)
    assert result.columns["kebutuhan"].header == "Pembulatan Formasi"


def test_the_abk_recap_download_reads_the_files_own_totals() -> None:
    table = prepare_positions(read_table(REAL / "rekap_abk_sheetjs.xlsx", "jabatan"))
    df = table.valid
    assert set(df["unit_kerja"]) == {"Badan Kepegawaian dan Pengembangan Sumber Daya Manusia"}
    assert df["kebutuhan"].tolist() == [1, 3, 1, 2, 1]  # the file's "Pembulatan Formasi", Σ 8
    assert not [f for f in table.findings if f.code == "kebutuhan-pecahan"]


def test_a_peta_jabatan_csv_with_the_unit_in_a_key_value_title_row() -> None:
    table = prepare_positions(read_table(REAL / "peta_jabatan_unit.csv", "jabatan"))
    df = table.valid
    assert set(df["unit_kerja"]) == {"UPTD Puskesmas Kecamatan Sukamaju"}
    assert int(df["kebutuhan"].sum()) == 11 and len(df) == 5


def test_unit_headings_under_a_titled_opd_are_units_not_posts(tmp_path: Path) -> None:
    """A Lampiran Perbup ABK: the OPD in the title ("… DI LINGKUNGAN BADAN KEPEGAWAIAN DAERAH"), then "A |
    SEKRETARIAT", "Subbagian Umum dan Kepegawaian", "B | BIDANG MUTASI DAN PROMOSI" over their posts, a JUMLAH per
    block and a TOTAL. With the unit taken from the title, the headings were read as three posts without ABK in the
    OPD; they are each post's unit, the title's OPD above them."""
    openpyxl = pytest.importorskip("openpyxl")
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in [
        ["LAMPIRAN PERATURAN BUPATI SUKAMAJU"],
        ["ANALISIS BEBAN KERJA DI LINGKUNGAN BADAN KEPEGAWAIAN DAERAH"],
        [],
        ["NO", "NAMA JABATAN", "KELAS JABATAN", "BEBAN KERJA", "KEBUTUHAN PEGAWAI", "BEZETTING", "KURANG/LEBIH"],
        ["A", "SEKRETARIAT"],
        ["1", "Sekretaris", 12, "1.250,00", 1, 1, 0],
        ["", "Subbagian Umum dan Kepegawaian"],
        ["2", "Kepala Subbagian Umum dan Kepegawaian", 9, "1.187,50", 1, 1, 0],
        ["3", "Pengadministrasi Perkantoran", 5, "3.437,50", 3, 2, -1],
        ["", "JUMLAH", None, None, 5, 4, -1],
        ["B", "BIDANG MUTASI DAN PROMOSI"],
        ["4", "Kepala Bidang Mutasi dan Promosi", 11, "1.312,50", 1, 1, 0],
        ["5", "Analis Sumber Daya Manusia Aparatur Ahli Pertama", 8, "2.500,00", 2, 3, 1],
        ["", "JUMLAH", None, None, 3, 4, 1],
        ["", "TOTAL", None, None, 8, 8, 0],
    ]:
        ws.append(row)
    path = tmp_path / "lampiran_abk.xlsx"
    wb.save(path)
    df = prepare_positions(read_table(path, "jabatan")).valid
    assert len(df) == 5 and int(df["kebutuhan"].sum()) == 8
    units = dict(zip(df["nama_jabatan"], df["unit_kerja"], strict=True))
    assert "SEKRETARIAT" not in units and "BIDANG MUTASI DAN PROMOSI" not in units
    assert units["Sekretaris"].endswith("SEKRETARIAT")
    assert units["Pengadministrasi Perkantoran"].endswith("Subbagian Umum dan Kepegawaian")
    assert units["Analis Sumber Daya Manusia Aparatur Ahli Pertama"].endswith("BIDANG MUTASI DAN PROMOSI")
    assert set(df["perangkat_daerah"]) == {"BADAN KEPEGAWAIAN DAERAH"}


def test_counts_written_with_their_unit_or_in_words_are_read(tmp_path: Path) -> None:
    """A lampiran writes "2 orang", "1 (satu)", "2 (dua) orang" under KEBUTUHAN and BEZETTING: each was a galat
    "bukan angka yang valid" and the need was taken from the beban kerja instead (the per-status holder columns
    already read "2 org"). A range "1-2" names no one number: its low end is read and named (kebutuhan-rentang,
    real13)."""
    path = tmp_path / "lampiran.csv"
    path.write_text(
        "NAMA JABATAN;UNIT KERJA;KEBUTUHAN;BEZETTING\n"
        "Pengadministrasi Perkantoran;Sekretariat;3 orang;2 (dua) orang\n"
        "Pranata Komputer Terampil;Sekretariat;1 (satu);1 org.\n"
        "Analis Kebijakan Ahli Muda;Sekretariat;1-2;1\n",
        encoding="utf-8",
    )
    table = prepare_positions(read_table(path, "jabatan"))
    df = table.frame.set_index("nama_jabatan")
    assert df.loc["Pengadministrasi Perkantoran", ["kebutuhan", "bezetting"]].tolist() == [3, 2]
    assert df.loc["Pranata Komputer Terampil", ["kebutuhan", "bezetting"]].tolist() == [1, 1]
    assert df.loc["Analis Kebijakan Ahli Muda", "kebutuhan"] == 1
    assert not [f for f in table.findings if f.code == "angka-tidak-valid"]
    assert [f.location.value for f in table.findings if f.code == "kebutuhan-rentang"] == ["1-2"]
