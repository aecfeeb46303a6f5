"""The Parameter sheet says what each setting is and its unit; the [aspirasi] settings survive --aspirasi (polish2,
h34)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

from openpyxl import load_workbook

import asn_mutasi as am
from asn_mutasi.config import Settings
from asn_mutasi.io.plan_workbook import read_plan_workbook, write_plan_workbook
from asn_mutasi.labels import PARAMETER_LABELS
from asn_mutasi.planning import make_plan
from tests.planning.factory import AS_OF, NO_RETIREMENTS, candidates, nip, positions, roster

SAMPLE = Path(__file__).resolve().parents[1] / "sample_data"


def _setting_keys() -> list[str]:
    return [
        f"{section.name}.{f.name}"
        for section in dataclasses.fields(Settings)
        for f in dataclasses.fields(getattr(Settings(), section.name))
    ]


def test_every_setting_has_words_and_a_unit_entry() -> None:
    missing = [k for k in _setting_keys() if k not in PARAMETER_LABELS]
    assert missing == []
    assert all(words.strip() for words, _unit in PARAMETER_LABELS.values())


def test_parameter_sheet_shows_unit_and_words_beside_key_and_value(tmp_path: Path) -> None:
    pos = positions([("A", "Perawat", "UPT X", 2), ("B", "Perawat", "RSUD", 1)])
    ro = roster([(nip(1), "B"), (nip(2), "B")])
    plan = make_plan(
        ro, pos, candidates([(nip(1), "A", 80, True)]), Settings(), as_of=AS_OF, retirements=NO_RETIREMENTS
    )
    path = tmp_path / "rencana.xlsx"
    parameters = {"tanggal_acuan": "2026-11-01", **Settings().to_dict()}
    write_plan_workbook(plan, path, parameters=parameters, input_files=[("pegawai.xlsx", "a" * 64)])
    ws = load_workbook(path)["Parameter"]
    assert [c.value for c in ws[1]] == ["Parameter", "Nilai", "Satuan", "Keterangan"]
    assert ws.freeze_panes == "A2" and ws.auto_filter.ref == f"A1:D{ws.max_row}"
    rows = {r[0]: r[1:] for r in ws.iter_rows(min_row=2, values_only=True)}
    assert rows["aturan.min_tahun_di_jabatan"] == (
        "2",
        "tahun",
        "Masa paling singkat dalam jabatan sebelum boleh dipindah",
    )
    assert rows["beban_kerja.jam_kerja_efektif"][:2] == ("1250", "jam")
    assert rows["bobot.serumpun_faktor"][:2] == ("0,5", "faktor (0–1)")
    assert rows["berkas_input_1"][2] == "Berkas masukan dan sidik jari SHA-256-nya"
    assert all(words for words in (r[2] for r in rows.values()))  # no row without words
    # the reader still finds key and value in the first two columns
    assert read_plan_workbook(path)[2]["tanggal_acuan"] == "01-11-2026"


def test_aspiration_settings_are_kept_beside_the_forms_read() -> None:
    """plan --aspirasi recorded the forms under "aspirasi", which replaced the [aspirasi] settings section: the
    Parameter sheet and the ledger lost the choice weights the plan used."""
    got = am.plan(
        pegawai=SAMPLE / "pegawai.xlsx",
        jabatan=SAMPLE / "peta_jabatan.xlsx",
        aspirasi=[SAMPLE / "aspirasi"],
        tanggal=dt.date(2026, 11, 1),
    )
    assert got.parameters["aspirasi"] == dataclasses.asdict(Settings().aspirasi)
    assert str(got.parameters["berkas_aspirasi"]).endswith("aspirasi")
