"""CLI ⇔ library contract: for every command, ``--format json`` stdout equals the library verb's
result serialised by the one serialiser (``asn_mutasi.serialise``).

Model: frictionless ``console/commands/__spec__/test_validate.py``. Inputs are a small synthetic
sample (300 employees) generated once per module, so every command runs in well under a second
or two.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from cli_helpers import decide, expect, run, stdout_json

import asn_mutasi as am
from asn_mutasi.serialise import to_jsonable

TANGGAL = date(2026, 11, 1)
CLI_TANGGAL = ("--tanggal", TANGGAL.isoformat())


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    folder = tmp_path_factory.mktemp("contract")
    result = am.make_sample(output=folder, pegawai=300, seed=11)
    names = {p.name: str(p) for p in result.files}
    forms = _filled_forms(folder / "pegawai.xlsx", folder / "peta_jabatan.xlsx", tmp_path_factory.mktemp("aspirasi"))
    return {
        "aspirasi": str(forms),
        "pegawai": names["pegawai.xlsx"],
        "jabatan": names["peta_jabatan.xlsx"],
        "abk": names["abk_tugas.xlsx"],
        "riwayat": names["riwayat_jabatan.csv"],
        "usulan": names["usulan_mutasi.csv"],
        "folder": str(folder),
    }


def _filled_forms(pegawai: Path, jabatan: Path, out: Path) -> Path:
    """One aspiration form for all, filled with the sample's deterministic answers."""
    from asn_mutasi.api.inputs import load_inputs, setup
    from asn_mutasi.io.aspiration_forms import fill_form
    from asn_mutasi.sample.aspirations import aspiration_answers

    written = am.aspiration_forms(pegawai=pegawai, jabatan=jabatan, output=out, per_opd=False, tanggal=TANGGAL)
    run_ = setup(None, None, TANGGAL, None)
    inputs = load_inputs(pegawai, jabatan, opts=run_.read, settings=run_.settings, today=run_.today)
    assert inputs.positions is not None
    answers = aspiration_answers(inputs.roster.valid, inputs.positions.valid, seed=1, tanggal="2026-10-20")
    fill_form(Path(str(written.forms[0]["berkas"])), answers)
    return out


def library(payload: object) -> Any:
    """The library result as the CLI would print it: serialised, then through a JSON round trip."""
    return json.loads(json.dumps(to_jsonable(payload)))


def cli_json(*args: object, code: int = 0) -> Any:
    return stdout_json(expect(run(*args, "-f", "json", *CLI_TANGGAL), code))


Case = tuple[Callable[[dict[str, str]], list[object]], Callable[[dict[str, str]], object]]

CASES: dict[str, Case] = {
    "check": (
        lambda d: ["check", d["pegawai"], d["jabatan"], "--fail-on", "never"],
        lambda d: am.check(pegawai=d["pegawai"], jabatan=d["jabatan"], tanggal=TANGGAL).to_json(),
    ),
    "match": (
        lambda d: ["match", d["pegawai"], d["jabatan"], "--riwayat", d["riwayat"], "--top", "3"],
        lambda d: am.match(
            pegawai=d["pegawai"], jabatan=d["jabatan"], riwayat=d["riwayat"], top=3, tanggal=TANGGAL
        ).to_json(),
    ),
    "assess": (
        lambda d: ["assess", d["pegawai"], d["jabatan"], d["usulan"]],
        lambda d: am.assess(pegawai=d["pegawai"], jabatan=d["jabatan"], usulan=d["usulan"], tanggal=TANGGAL).to_json(),
    ),
    "usulan-gabung": (
        lambda d: ["usulan", "gabung", d["pegawai"], d["jabatan"], d["usulan"]],
        lambda d: am.merge_proposals(
            pegawai=d["pegawai"], jabatan=d["jabatan"], usulan=[d["usulan"]], tanggal=TANGGAL
        ).to_json(),
    ),
    "vacancies": (
        lambda d: ["vacancies", d["pegawai"], d["jabatan"], "--per", "unit"],
        lambda d: am.vacancies(pegawai=d["pegawai"], jabatan=d["jabatan"], tanggal=TANGGAL).to_json(am.View.unit),
    ),
    "vacancies-pensiun": (
        lambda d: ["vacancies", d["pegawai"], d["jabatan"], "--per", "pensiun", "--horizon", "24"],
        lambda d: am.vacancies(pegawai=d["pegawai"], jabatan=d["jabatan"], horizon=24, tanggal=TANGGAL).to_json(
            am.View.pensiun
        ),
    ),
    "workload": (
        lambda d: ["workload", d["pegawai"], d["jabatan"], "--abk", d["abk"], "--per", "jabatan"],
        lambda d: am.analyse_workload(
            pegawai=d["pegawai"], jabatan=d["jabatan"], abk=d["abk"], tanggal=TANGGAL
        ).to_json(am.View.jabatan),
    ),
    "aspirasi-baca": (
        lambda d: ["aspirasi-baca", d["pegawai"], d["jabatan"], d["aspirasi"]],
        lambda d: am.read_aspirations(
            pegawai=d["pegawai"], jabatan=d["jabatan"], formulir=[d["aspirasi"]], tanggal=TANGGAL
        ).to_json(),
    ),
    "compare": (
        lambda d: ["compare", d["pegawai"], d["pegawai"], d["jabatan"]],
        lambda d: am.compare(
            sebelum=d["pegawai"], sesudah=d["pegawai"], jabatan=d["jabatan"], tanggal=TANGGAL
        ).to_json(),
    ),
}


@pytest.mark.parametrize("name", list(CASES))
def test_cli_json_equals_library_result(name: str, data: dict[str, str]) -> None:
    cli_args, verb = CASES[name]
    expected = library(verb(data))
    assert expected, f"{name}: the library result is empty, the contract would prove nothing"
    assert cli_json(*cli_args(data)) == expected


@pytest.fixture(scope="module")
def planned(data: dict[str, str], tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    folder = tmp_path_factory.mktemp("plan")
    cli = cli_json("plan", data["pegawai"], data["jabatan"], "-o", folder / "cli.xlsx")
    lib = am.plan(pegawai=data["pegawai"], jabatan=data["jabatan"], output=folder / "lib.xlsx", tanggal=TANGGAL)
    return {"cli": cli, "lib": lib, "folder": folder}


def test_plan_cli_json_equals_library_result(planned: dict[str, Any]) -> None:
    assert planned["lib"].workbook == planned["folder"] / "lib.xlsx"
    assert planned["cli"] == library(planned["lib"].to_json())
    assert planned["cli"]["mutasi"], "the sample plan moves nobody: the contract would prove little"


@pytest.fixture(scope="module")
def applied(data: dict[str, str], planned: dict[str, Any]) -> dict[str, Any]:
    """The library's apply of the decided plan (it also writes the decisions to the plan's ledger)."""
    folder: Path = planned["folder"]
    decisions = {m["id_mutasi"]: "Tolak" if m["rantai"] else "Setuju" for m in planned["cli"]["mutasi"]}
    decided = decide(folder / "lib.xlsx", folder / "decided.xlsx", decisions)
    outcome = am.apply(
        rencana=decided, pegawai=data["pegawai"], tmt=date(2027, 1, 1), output=folder / "lib_baru.xlsx", tanggal=TANGGAL
    )
    return {"decided": decided, "outcome": outcome}


def test_apply_cli_json_equals_library_result(
    data: dict[str, str], planned: dict[str, Any], applied: dict[str, Any]
) -> None:
    folder: Path = planned["folder"]
    outcome = applied["outcome"]
    cli = cli_json("apply", applied["decided"], data["pegawai"], "-o", folder / "cli_baru.xlsx", "--tmt", "2027-01-01")
    assert outcome.ok and outcome.sk_file == folder / "lib_baru_SK.xlsx"
    assert cli == library(outcome.to_json())
    assert cli, "no approved move was applied"


def test_diklat_and_surat_cli_equal_library(data: dict[str, str], planned: dict[str, Any]) -> None:
    folder: Path = planned["folder"]
    decisions = {m["id_mutasi"]: "Setuju" for m in planned["cli"]["mutasi"]}
    decided = decide(folder / "lib.xlsx", folder / "semua_setuju.xlsx", decisions)
    cli = cli_json("diklat", decided, data["pegawai"], data["jabatan"])
    lib = am.training_needs(rencana=decided, pegawai=data["pegawai"], jabatan=data["jabatan"], tanggal=TANGGAL)
    assert cli == library(lib.to_json()) and cli["rincian"]
    cli_letters = cli_json("surat", decided, data["pegawai"], data["jabatan"], "-d", folder / "surat_cli")
    lib_letters = am.letters(
        rencana=decided, pegawai=data["pegawai"], jabatan=data["jabatan"], output=folder / "surat_lib", tanggal=TANGGAL
    ).to_json()
    names = [Path(d["berkas"]).name for d in cli_letters["dokumen"]]
    assert names == [Path(str(d["berkas"])).name for d in lib_letters["dokumen"]]
    assert cli_letters["catatan"] == lib_letters["catatan"]


def test_sample_cli_writes_what_the_library_writes(data: dict[str, str], tmp_path: Path) -> None:
    result = expect(run("sample", "-o", tmp_path, "--pegawai", "300", "--seed", "11"), 0)
    printed = [Path(line).name for line in result.stdout.splitlines()]
    library_files = sorted(p.name for p in Path(data["folder"]).iterdir())
    assert sorted(printed) == library_files
    for name in ("pegawai.csv", "riwayat_jabatan.csv", "usulan_mutasi.csv"):
        assert (tmp_path / name).read_bytes() == (Path(data["folder"]) / name).read_bytes()


def test_ledger_cli_json_equals_library_result(planned: dict[str, Any], applied: dict[str, Any]) -> None:
    """``buku-besar putaran|riwayat|verifikasi`` print what ``ledger_rounds``/``ledger_history``/``verify_ledger`` return."""
    ledger = Path(planned["folder"]) / "buku_besar_mutasi.sqlite"  # beside the plans written by the fixture
    nip = planned["cli"]["mutasi"][0]["nip"]
    cases: list[tuple[list[object], object]] = [
        (["buku-besar", "putaran"], am.ledger_rounds(buku_besar=ledger).to_json()),
        (["buku-besar", "riwayat", nip], am.ledger_history(nip=nip, buku_besar=ledger).to_json()),
        (["buku-besar", "verifikasi"], am.verify_ledger(buku_besar=ledger).to_json()),
    ]
    for args, lib in cases:
        expected = library(lib)
        assert expected, f"{args}: the library result is empty, the contract would prove nothing"
        assert stdout_json(expect(run(*args, "--buku-besar", ledger, "-f", "json"), 0)) == expected


def test_aspirasi_formulir_cli_json_equals_library_result(data: dict[str, str], tmp_path: Path) -> None:
    """Same forms (file names, OPD, people) and findings; only the folder they were written to differs."""
    cli = cli_json("aspirasi-formulir", data["pegawai"], data["jabatan"], "-d", tmp_path / "cli")
    lib = library(
        am.aspiration_forms(
            pegawai=data["pegawai"], jabatan=data["jabatan"], output=tmp_path / "lib", tanggal=TANGGAL
        ).to_json()
    )
    assert cli["formulir"], "no form written: the contract would prove nothing"
    for form in (*cli["formulir"], *lib["formulir"]):
        form["berkas"] = Path(form["berkas"]).name
    assert cli == lib
    assert sorted(p.name for p in (tmp_path / "cli").iterdir()) == sorted(p.name for p in (tmp_path / "lib").iterdir())


def test_indikator_ikm_cli_json_equals_library_result() -> None:
    nrr = [3.2, 3.1, 3.4, 2.9, 3.0, 3.3, 3.5, 3.1, 2.8]
    cli = stdout_json(expect(run("indikator", "ikm", *nrr, "-f", "json"), 0))
    assert cli == library(am.compute_ikm(nrr=nrr).to_json())
    assert cli["mutu_pelayanan"]


def sheet_values(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every sheet's cell values (what a person reads), for workbooks written without JSON output."""
    from openpyxl import load_workbook

    wb = load_workbook(path, read_only=True)
    try:
        return {ws.title: [tuple(row) for row in ws.iter_rows(values_only=True)] for ws in wb.worksheets}
    finally:
        wb.close()


def test_commands_without_json_write_what_the_library_writes(
    data: dict[str, str], planned: dict[str, Any], tmp_path: Path
) -> None:
    """``usulan templat``, ``indikator templat`` and ``buku-besar ekspor`` have no --format: the CLI's
    workbook holds the same cells as the one the library verb writes."""
    ledger = Path(planned["folder"]) / "buku_besar_mutasi.sqlite"
    cases: list[tuple[list[object], Callable[[Path], object]]] = [
        (
            ["usulan", "templat", data["jabatan"], *CLI_TANGGAL],
            lambda out: am.proposal_template(jabatan=data["jabatan"], output=out, tanggal=TANGGAL),
        ),
        (
            ["indikator", "templat", data["jabatan"], "--periode", "2025", "--periode", "2026", *CLI_TANGGAL],
            lambda out: am.indicator_template(output=out, jabatan=data["jabatan"], periode=["2025", "2026"]),
        ),
        (
            ["buku-besar", "ekspor", "--buku-besar", ledger],
            lambda out: am.export_ledger(output=out, buku_besar=ledger),
        ),
    ]
    for i, (args, verb) in enumerate(cases):
        cli_file, lib_file = tmp_path / f"cli_{i}.xlsx", tmp_path / f"lib_{i}.xlsx"
        expect(run(*args, "-o", cli_file), 0)
        verb(lib_file)
        cli_sheets = sheet_values(cli_file)
        assert any(len(rows) > 1 for rows in cli_sheets.values()), f"{args[:2]}: empty workbook"
        assert cli_sheets == sheet_values(lib_file), args[:2]


#: the command a CASES entry runs, where the entry's name is not the command's
CASE_COMMAND = {"usulan-gabung": "usulan gabung", "vacancies-pensiun": "vacancies"}
#: command → the test above that holds it to its library verb
COVERED: dict[str, str] = {
    **{CASE_COMMAND.get(name, name): "CASES" for name in CASES},
    "plan": "test_plan_cli_json_equals_library_result",
    "apply": "test_apply_cli_json_equals_library_result",
    "diklat": "test_diklat_and_surat_cli_equal_library",
    "surat": "test_diklat_and_surat_cli_equal_library",
    "sample": "test_sample_cli_writes_what_the_library_writes",
    "buku-besar putaran": "test_ledger_cli_json_equals_library_result",
    "buku-besar riwayat": "test_ledger_cli_json_equals_library_result",
    "buku-besar verifikasi": "test_ledger_cli_json_equals_library_result",
    "buku-besar ekspor": "test_commands_without_json_write_what_the_library_writes",
    "usulan templat": "test_commands_without_json_write_what_the_library_writes",
    "indikator templat": "test_commands_without_json_write_what_the_library_writes",
    "aspirasi-formulir": "test_aspirasi_formulir_cli_json_equals_library_result",
    "indikator ikm": "test_indikator_ikm_cli_json_equals_library_result",
}


def test_every_command_has_a_contract_test() -> None:
    import typer.main

    from asn_mutasi.cli.app import COMMAND_NAMES, app

    root = typer.main.get_command(app)
    names: set[str] = set()
    for name, cmd in root.commands.items():  # type: ignore[attr-defined]
        subs = getattr(cmd, "commands", None)
        names |= {f"{name} {sub}" for sub in subs} if subs else {name}
    covered = {COMMAND_NAMES.get(name, name) for name in COVERED}  # the tests run the English aliases
    assert names == covered, f"commands without a contract test: {sorted(names - covered)}"
    assert all(test == "CASES" or test in globals() for test in COVERED.values())
