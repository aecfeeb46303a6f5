"""Field names where an analyst reads (lang4, h32): findings and errors name a field by its label, then the
canonical name the analyst types in a --peta-kolom file ("Kolom Unit Kerja (unit_kerja) tidak ada"), never the bare
code ("Kolom 'unit_kerja' tidak ada", "maksud Anda 'tanggal_lahir'?"); and a header naming another person's
attribute (the appraiser's post) is never offered for the employee's own field."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from asn_mutasi.errors import SchemaError
from asn_mutasi.findings import CATALOGUE, Location, make_finding
from asn_mutasi.io.column_mapping import likely_headers, map_columns
from asn_mutasi.io.readers import read_table
from asn_mutasi.labels import FIELD_LABELS, field_words
from asn_mutasi.schema import TABLE_KINDS
from asn_mutasi.validation import prepare_roster, require_fields
from tests.io.test_column_mapping import cols

REAL = Path(__file__).parent / "fixtures" / "real"


def test_every_field_a_table_reads_has_a_label() -> None:
    fields = {f for _, names in TABLE_KINDS.values() for f in names}
    assert sorted(fields - set(FIELD_LABELS)) == []


def test_field_words_label_then_name() -> None:
    assert field_words("unit_kerja") == "Unit Kerja (unit_kerja)"
    assert field_words("bezetting") == "Bezetting (bezetting)"  # the label's own bracket gives way
    assert field_words("") == ""


@pytest.mark.parametrize("code", sorted(c for c, spec in CATALOGUE.items() if "{field}" in spec.template))
def test_catalogue_names_a_field_in_words(code: str) -> None:
    message = make_finding(code, Location(field="tanggal_lahir", value="x", header="TGL")).message
    assert "Tanggal Lahir (tanggal_lahir)" in message
    assert "'tanggal_lahir'" not in message


def test_real_history_export_names_missing_and_suggested_fields_in_words() -> None:
    table = read_table(REAL / "siasn_rw_pendidikan.csv", "pegawai")
    said = {f.location.header or f.location.field: f.message for f in table.findings}
    assert said["unit_kerja"].startswith("Kolom Unit Kerja (unit_kerja) tidak ada;")
    # a graduation date is offered no birth date: 62% alike and no word of it (hostile13, h34)
    assert "maksud Anda" not in said["tglLulus"]
    assert not [m for m in said.values() if re.search(r"'[a-z]+_[a-z_]+'", m)]  # no quoted code anywhere


def test_refusal_for_planning_names_fields_in_words() -> None:
    table = read_table(REAL / "siasn_rw_pendidikan.csv", "pegawai")
    with pytest.raises(SchemaError) as info:
        require_fields(prepare_roster(table), purpose="rencana mutasi")
    assert "kolom Jabatan (jabatan), Unit Kerja (unit_kerja) tidak ada" in info.value.message


def test_appraisers_post_is_no_suggestion_for_the_employees_jabatan() -> None:
    table = read_table(REAL / "siasn_rw_skp.csv", "pegawai")
    missing = {f.location.field: f.message for f in table.findings if f.code == "kolom-tidak-ada"}
    assert "penilai" not in missing["jabatan"] and "penilai" not in missing["unit_kerja"]
    unknown = {f.location.header: f.message for f in table.findings if f.code == "kolom-tidak-dikenal"}
    assert "maksud Anda" not in unknown["penilaiJabatan"]


@pytest.mark.parametrize("other", ["penilaiJabatan", "Jabatan Atasan", "JABATAN PEJABAT PENILAI"])
def test_other_persons_header_withheld_own_header_offered(other: str) -> None:
    own = map_columns(cols("NIP", "NAMA", "UNIT KERJA", "JABATAN YBS"), "pegawai")
    assert likely_headers(own, "pegawai", "jabatan") == ["JABATAN YBS"]
    result = map_columns(cols("NIP", "NAMA", "UNIT KERJA", "JABATAN YBS", other), "pegawai")
    assert likely_headers(result, "pegawai", "jabatan") == ["JABATAN YBS"]
    unknown = {f.location.header: f.message for f in result.findings if f.code == "kolom-tidak-dikenal"}
    assert "Jabatan (jabatan)" in unknown["JABATAN YBS"]
    assert "maksud Anda" not in unknown[other]


def test_workbook_and_table_cells_name_a_field_in_words_json_keeps_the_name(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    from asn_mutasi.formatting import display_value
    from tests.cli_helpers import expect, run, stdout_json

    assert display_value("kolom_baku", "predikat_kinerja") == "Predikat Kinerja (predikat_kinerja)"
    data = stdout_json(run("periksa", REAL / "siasn_rw_skp.csv", "-f", "json"))
    assert {f["kolom_baku"] for f in data["temuan"] if f["kode"] == "kolom-tidak-ada"} == {"jabatan", "unit_kerja"}
    out = tmp_path / "laporan.xlsx"
    expect(run("periksa", REAL / "siasn_rw_skp.csv", "-o", out), 1)
    ws = load_workbook(out)["Pemetaan Kolom"]
    column = [c.value for c in ws[1]].index("Kolom Baku")
    assert "Predikat Kinerja (predikat_kinerja)" in [row[column] for row in ws.iter_rows(values_only=True)]


def test_a_mapping_file_takes_the_field_as_the_report_writes_it() -> None:
    from asn_mutasi.io.column_mapping import checked_mapping

    assert checked_mapping([("Unit Kerja (unit_kerja)", "UNOR")], "peta") == {"unit_kerja": "UNOR"}


def test_help_names_input_columns_in_words() -> None:
    import typer

    from asn_mutasi.cli.app import app

    commands = typer.main.get_command(app).commands  # type: ignore[attr-defined]
    helps = {(c, p.name): getattr(p, "help", "") or "" for c in ("nilai", "rencana") for p in commands[c].params}
    said = " ".join(helps[k] for k in (("nilai", "usulan"), ("rencana", "pin"), ("rencana", "riwayat")))
    assert "Kode Jabatan (kode_jabatan)" in said and "TMT Mulai (tmt_mulai)" in said
    assert not re.search(r"(?<!\()\b[a-z]+_[a-z_]+\b(?!\))", said)  # a code only in brackets after its words


def test_rule_descriptions_name_no_bare_field_code() -> None:
    from asn_mutasi.matching.eligibility import RULES

    fields = {f for _, names in TABLE_KINDS.values() for f in names if "_" in f}
    for code, rule in RULES.items():
        bare = [f for f in fields if re.search(rf"(?<!\(){f}\b", rule.deskripsi)]
        assert not bare, (code, bare)
