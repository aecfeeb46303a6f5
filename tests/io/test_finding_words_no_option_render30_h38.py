"""The plan workbook's Masalah Data says the setting a finding is about in words, never the command-line option; the
terminal line keeps the option after the message (render30, h38).

"Wajib rotasi (--rotasi) mengurangi …" and "… yang tidak diikutkan (--instansi)" were printed in the sheet the
analyst and the Baperjakat read: flags for whoever typed the command.
"""

from __future__ import annotations

import re
from pathlib import Path

from openpyxl import load_workbook

from asn_mutasi.cli.console import finding_line
from asn_mutasi.config import Settings
from asn_mutasi.findings import CATALOGUE, make_finding
from asn_mutasi.io.plan_workbook import write_plan_workbook
from asn_mutasi.planning import make_plan
from tests.planning.factory import AS_OF, NO_RETIREMENTS, candidates, nip, positions, roster

OPTION = re.compile(r"(?<![\w-])--[a-z]")


def test_masalah_data_names_no_option(tmp_path: Path) -> None:
    pos = positions([("A", "Perawat", "UPT X", 2), ("B", "Perawat", "RSUD", 1)])
    ro = roster([(nip(1), "B"), (nip(2), "B")])
    plan = make_plan(
        ro, pos, candidates([(nip(1), "A", 80, True)]), Settings(), as_of=AS_OF, retirements=NO_RETIREMENTS
    )
    findings = [make_finding(code, instansi="Pemerintah Kabupaten Beta", nilai="2") for code in CATALOGUE]
    path = tmp_path / "rencana.xlsx"
    write_plan_workbook(plan, path, parameters={"tanggal_acuan": "2026-11-01"}, findings=findings)
    ws = load_workbook(path)["Masalah Data"]
    header = [c.value for c in ws[1]]
    messages = {r[0]: r[header.index("Pesan")] for r in ws.iter_rows(min_row=2, values_only=True)}
    assert set(CATALOGUE) <= set(messages)
    assert {code: m for code, m in messages.items() if OPTION.search(str(m))} == {}
    rotation = messages["rencana-rotasi-mengurangi-pengisian"]
    assert rotation.startswith("Wajib rotasi mengurangi") and "tanpa wajib rotasi pengisian diutamakan" in rotation
    assert "bukan instansi yang direncanakan" in messages["nip-ganda-instansi-lain"]


def test_terminal_line_keeps_the_option() -> None:
    line = finding_line(make_finding("rencana-rotasi-mengurangi-pengisian", dipindah="3"))
    assert line.endswith("(pilihan: --rotasi)")
    assert finding_line(make_finding("tmt-sebelum-rencana", value="01-01-2020")).endswith("(pilihan: --tmt)")
    assert "pilihan:" not in finding_line(make_finding("sel-wajib-kosong"))  # a finding about no setting: as it was


def test_plan_reasons_name_no_option(tmp_path: Path) -> None:
    """The reasons of a plan the analyst steered said "(--tetap)", "(--kunci)" and "dikosongkan mutasi terkunci
    (--kunci)" in the Rencana Mutasi and Lowongan Tidak Terisi sheets (and the accounting behind them)."""
    pos = positions(
        [
            ("A", "Perawat Ahli Pertama", "UPT Puskesmas X", 2),
            ("B", "Perawat Ahli Pertama", "RSUD", 1),
            ("C", "Bidan Ahli Pertama", "RSUD", 1),
            ("D", "Analis Kesehatan", "UPT Puskesmas X", 1),
        ]
    )
    ro = roster([(nip(1), "B"), (nip(2), "B"), (nip(3), "C")])
    ca = candidates([(nip(1), "A", 70, True), (nip(2), "A", 50, True), (nip(3), "D", 45, True)])
    plan = make_plan(
        ro, pos, ca, Settings(), as_of=AS_OF, retirements=NO_RETIREMENTS, keep=[nip(1)], pins=[(nip(3), "D")]
    )
    assert not [t for t in plan.accounting["alasan"].astype(str) if OPTION.search(t)]
    path = tmp_path / "rencana.xlsx"
    write_plan_workbook(plan, path, parameters={"tanggal_acuan": "2026-11-01"})
    wb = load_workbook(path)
    texts = {
        (ws.title, v)
        for ws in wb
        if ws.sheet_state == "visible" and ws.title != "Ringkasan"  # (its next step names the commands to type)
        for row in ws.iter_rows(values_only=True)
        for v in row
        if isinstance(v, str)
    }
    assert any("Ditetapkan analis" in v for _, v in texts) and any("dikunci analis" in v for _, v in texts)
    assert {t for t in texts if OPTION.search(t[1])} == set()
