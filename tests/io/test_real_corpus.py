"""Every real-layout fixture (tests/fixtures/real/, see SOURCES.md) is read right with no options."""

from __future__ import annotations

import importlib.util
import sys
from datetime import date
from pathlib import Path
from types import ModuleType

import pytest

from asn_mutasi.io.readers import read_table
from asn_mutasi.validation import prepare_positions, prepare_roster

ROOT = Path(__file__).resolve().parents[2]
REAL = ROOT / "tests" / "fixtures" / "real"


def _bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("corpus_real", ROOT / "bench" / "corpus_real.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["corpus_real"] = module
    spec.loader.exec_module(module)
    return module


BENCH = _bench()
CASES = [c for c in BENCH.CASES if c.file.parent == REAL and c.outcome == "read"]
REFUSED = [c for c in BENCH.CASES if c.file.parent == REAL and c.outcome == "refuse"]


def test_every_fixture_has_an_expectation() -> None:
    files = {p.name for p in REAL.iterdir() if p.suffix in {".csv", ".tsv", ".xlsx", ".xls"}}
    assert files == {c.file.name for c in CASES + REFUSED}  # (a file only refused is expected as such)
    assert len(files) >= 10


@pytest.mark.parametrize("case", REFUSED, ids=lambda c: f"{c.file.name}-as-{c.kind}")
def test_wrong_table_is_refused_with_the_true_reason(case: object) -> None:
    out = BENCH.run_case(case)
    assert not out.read and out.correct, out.message


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.file.name)
def test_real_file_is_read_right(case: object) -> None:
    out = BENCH.run_case(case)
    assert out.read, out.message
    assert out.wrong == []
    assert out.alarm_codes == {}
    assert out.rows_unaccounted == 0


def test_siasn_export_keeps_cpns_and_agencies_apart() -> None:
    roster = prepare_roster(read_table(REAL / "siasn_export_dua_instansi.csv", "pegawai"))
    frame = roster.frame
    assert frame.loc[1, "status_kepegawaian"] == "CPNS"
    assert frame["unit_kerja"].nunique() == 2  # "Dinas Kesehatan" of two kabupaten
    assert list(frame["_status"]).count("dikecualikan") == 1  # the one on CLTN
    assert frame.loc[4, "tugas_belajar"]


def test_nominatif_layout() -> None:
    raw = read_table(REAL / "nominatif_dinas_sosial.xlsx", "pegawai")
    assert raw.source.sheet == "Nominatif"  # not the cover sheet before it
    assert raw.skipped == {"ringkasan": 1, "penutup": 4}
    assert raw.frame["nip"].str.len().eq(18).all()
    assert not raw.frame["nama"].str.contains("NIP").any()
    assert set(raw.frame["unit_kerja"]) == {"Dinas Sosial Kabupaten Kupang"}
    assert raw.columns["unit_kerja"].how == "judul"


def test_peta_jabatan_with_unit_in_title_and_indented_names() -> None:
    table = prepare_positions(read_table(REAL / "peta_jabatan_kendal.xlsx", "jabatan"))
    assert list(table.frame["nama_jabatan"])[-2:] == ["Perencana Pertama", "Penyusun Program Anggaran dan Pelaporan"]
    assert set(table.frame["unit_kerja"]) == {"BKPPD KABUPATEN KENDAL"}
    assert table.frame["bezetting"].sum() == 4


def test_opd_list_sums_repeated_lines_and_skips_the_total() -> None:
    raw = read_table(REAL / "formasi_opd_berulang.csv", "jabatan")
    table = prepare_positions(raw)
    assert raw.skipped == {"ringkasan": 1}
    perawat = table.valid[table.valid["nama_jabatan"] == "Perawat Ahli Pertama"]
    assert perawat["kebutuhan"].tolist() == [7] and perawat["bezetting"].tolist() == [2]


def test_unit_parameter_for_a_single_unit_file() -> None:
    raw = read_table(REAL / "bapas_pk_tab.tsv", "pegawai", unit_kerja="Bapas Kelas I Bandung")
    assert set(raw.frame["unit_kerja"]) == {"Bapas Kelas I Bandung"}
    assert raw.columns["unit_kerja"].how == "parameter"
    assert "kolom-tidak-ada" not in [f.code for f in raw.findings]


def test_input_format_applies_to_stdin_only() -> None:
    # `vacancies - peta.xlsx --input-format csv`: the workbook stays a workbook
    raw = read_table(REAL / "peta_jabatan_kendal.xlsx", "jabatan", input_format="csv")
    assert raw.source.format == "xlsx"


def test_library_check_reads_partial_files_and_filters_an_agency() -> None:
    import asn_mutasi as am

    result = am.check(pegawai=REAL / "bapas_pk_tab.tsv", tanggal=date(2026, 11, 1))
    assert "kolom-tidak-ada" in [f.code for f in result.report.findings]
    nip = next(m for m in result.mapping if m["kolom_baku"] == "nip")
    assert nip["alasan"].startswith("judul dikenal 'NIP'")

    options = am.ReadOptions(unit_kerja="Bapas Kelas I Bandung")
    result = am.check(pegawai=REAL / "bapas_pk_tab.tsv", options=options, tanggal=date(2026, 11, 1))
    assert "kolom-tidak-ada" not in [f.code for f in result.report.findings]

    options = am.ReadOptions(instansi="Pemerintah Kab. Belu")
    result = am.check(pegawai=REAL / "siasn_export_dua_instansi.csv", options=options, tanggal=date(2026, 11, 1))
    assert result.accounting[0]["valid"] == 3  # the three of Kab. Belu; the three of Kab. Kupang left out
    assert result.accounting[0]["dikecualikan"] == 3
    assert "baris-instansi-lain" in [f.code for f in result.report.findings]

    result = am.check(pegawai=REAL / "nominatif_dinas_sosial.xlsx", tanggal=date(2026, 11, 1))
    assert result.accounting[0]["baris_dilewati"] == 5


def test_a_balai_staff_list_fills_the_peta_jabatan_naming_it_by_initials() -> None:
    """The BBPMP templates' staff list (the Balai's name in its title) and peta jabatan ("BBPMP Provinsi Jawa Timur"):
    no holder was linked, bezetting read 0 everywhere (real23, h35)."""
    from asn_mutasi.workload import link_employees

    roster = prepare_roster(read_table(REAL / "duk_pegawai_bbpmp.xlsx", "pegawai")).valid
    table = prepare_positions(read_table(REAL / "peta_jabatan_bbpmp.xlsx", "jabatan")).valid
    res = link_employees(roster, table)
    assert res.frame["kode_jabatan_link"].notna().all()
    assert [f.code for f in res.findings] == ["unit-dibaca-dari-inisial"]
