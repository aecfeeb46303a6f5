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
