"""Rosters as SIASN and its neighbours write them (tests/fixtures/real/SOURCES.md, real7): the data-utama keys apps
store (camelCase, every code beside its name), Export Data ASN as a pipe-delimited file whose satuan kerja is the
government itself, and a PPPK paruh waktu sheet numbered by its NI PPPK."""

from __future__ import annotations

from pathlib import Path

from asn_mutasi.io.readers import read_table
from tests.cli_helpers import EXIT_OK, TANGGAL, expect, run, stdout_json, write_csv

REAL = Path(__file__).resolve().parent / "fixtures" / "real"


def _mapped(raw: object) -> dict[str, str]:
    return {name: col.header for name, col in raw.columns.items()}  # type: ignore[attr-defined]


def _codes(raw: object) -> list[str]:
    return [f.code for f in raw.findings]  # type: ignore[attr-defined]


def test_a_satuan_kerja_repeating_the_instansi_is_set_aside_without_a_warning() -> None:
    raw = read_table(REAL / "siasn_pipa.csv", "pegawai")
    assert _mapped(raw)["instansi"] == "INSTANSI_KERJA_NAMA"
    assert "kolom-ganda" not in _codes(raw)  # SATUAN_KERJA_KERJA_NAMA is "Pemerintah Kab. Kupang" on every row too


def test_the_opd_is_the_unor_induk_beside_a_satuan_kerja_naming_the_government(tmp_path: Path) -> None:
    # data-utama: satuanKerjaKerjaNama is the government, unorIndukNama the OPD; the two Sekretariat stay apart
    header = ("nipBaru", "nama", "satuanKerjaKerjaNama", "unorIndukNama", "unorNama", "jabatanNama")
    people = [
        ("198001012005011001", "Budi", "Pemerintah Kab. Kupang", "Dinas Sosial", "Sekretariat", "Sekretaris"),
        ("198201012007011003", "Andi", "Pemerintah Kab. Kupang", "Dinas Perhubungan", "Sekretariat", "Sekretaris"),
        ("198301012008012004", "Rina", "Pemerintah Kab. Kupang", "Dinas Perhubungan", "Sekretariat", "Sekretaris"),
    ]
    roster = write_csv(tmp_path / "data_utama.csv", header, people)
    positions = write_csv(
        tmp_path / "peta.csv",
        ("perangkat_daerah", "jabatan", "unit_kerja", "kebutuhan"),
        [("Dinas Sosial", "Sekretaris", "Sekretariat", 1), ("Dinas Perhubungan", "Sekretaris", "Sekretariat", 1)],
    )
    raw = read_table(roster, "pegawai")
    assert _mapped(raw)["perangkat_daerah"] == "unorIndukNama"
    assert _mapped(raw)["instansi"] == "satuanKerjaKerjaNama"
    assert "kolom-ganda" not in _codes(raw)
    out = stdout_json(expect(run("lowongan", roster, positions, "-f", "json", *TANGGAL), EXIT_OK))
    held = {r["unit_kerja"]: r["bezetting"] for r in out}
    assert held == {"Dinas Sosial | Sekretariat": 1, "Dinas Perhubungan | Sekretariat": 2}


def test_a_code_beside_its_name_is_one_fact_not_a_second_column() -> None:
    raw = read_table(REAL / "siasn_data_utama.csv", "pegawai")
    mapped = _mapped(raw)
    assert mapped["eselon"] == "eselon"  # eselonId "31" beside it: the same fact coded
    assert mapped["unit_kerja"] == "unorNama"  # lokasiKerja, a region beside lokasiKerjaId, is no unit
    assert "lokasiKerja" not in mapped.values()
    assert "kolom-ganda" not in _codes(raw)


def test_data_utama_spellings_of_the_level_and_the_legal_status() -> None:
    raw = read_table(REAL / "siasn_data_utama.csv", "pegawai")
    mapped = _mapped(raw)
    assert mapped["pendidikan"] == "tkPendidikanTerakhir"
    assert raw.columns["pendidikan"].how == "alias"
    assert mapped["kedudukan_hukum"] == "kedudukanPnsNama"
    assert "kolom-dipetakan-fuzzy" not in _codes(raw)


def test_a_pppk_paruh_waktu_number_and_section_are_the_nip_and_unit() -> None:
    raw = read_table(REAL / "pppk_paruh_waktu.xlsx", "pegawai")
    assert _mapped(raw)["nip"] == "NI PPPK PW"
    assert raw.columns["nip"].how == "alias"  # by its header, not guessed from the digits
    assert _mapped(raw)["unit_kerja"] == "SEKSI"
    assert not {"kolom-nip-dari-isi", "kolom-tidak-ada"} & set(_codes(raw))
