"""CLI wiring of library features: --csv-mentah, --baris-judul, plan's solver outcome, workload's ABK
options and --fail-on, --semua, and one set of BEFORE figures across vacancies, plan and compare."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from cli_helpers import (
    EXIT_FINDINGS,
    EXIT_INPUT,
    EXIT_OK,
    EXIT_USAGE,
    JABATAN_XLSX,
    PEGAWAI_CSV,
    PEGAWAI_XLSX,
    TANGGAL,
    expect,
    run,
    stdout_json,
)

from asn_mutasi.formatting import display_value

FORMULA = '=HYPERLINK("http://contoh.invalid","klik")'


def _roster_with(tmp_path: Path, *, golongan: str | None = None, title_rows: int = 0) -> Path:
    """The sample roster CSV, its first golongan replaced and/or ``title_rows`` junk lines above the header."""
    lines = PEGAWAI_CSV.read_text(encoding="utf-8-sig").splitlines()
    if golongan is not None:
        cells = lines[1].split(";")
        cells[3] = golongan
        lines[1] = ";".join(cells)
    # title lines above the header (a report title, notes), as exports from some SIMPEG versions have
    width = lines[0].count(";")
    junk = [";".join([f"Catatan {i}", *[""] * width]) for i in range(title_rows)]
    path = tmp_path / "pegawai.csv"
    path.write_text("\n".join([*junk, *lines]) + "\n", encoding="utf-8")
    return path


# --- 1. --csv-mentah ---------------------------------------------------------------------------


def _nilai(text: str) -> set[str]:
    """The ``nilai`` cells of the golongan findings in a findings CSV."""
    import csv
    import io

    return {r["nilai"] for r in csv.DictReader(io.StringIO(text.lstrip("\ufeff"))) if r["kolom_baku"] == "golongan"}


def test_csv_escapes_formulas_by_default_and_csv_mentah_keeps_them(tmp_path: Path) -> None:
    roster = _roster_with(tmp_path, golongan=FORMULA)
    args = ("check", roster, *TANGGAL, "--fail-on", "never")
    safe = expect(run(*args, "-f", "csv"), EXIT_OK).stdout
    raw = expect(run(*args, "-f", "csv", "--csv-mentah"), EXIT_OK).stdout
    assert _nilai(safe) == {"'" + FORMULA}
    assert _nilai(raw) == {FORMULA}
    # the same for a CSV report file (-o)
    out_safe, out_raw = tmp_path / "aman.csv", tmp_path / "mentah.csv"
    expect(run(*args, "-o", out_safe), EXIT_OK)
    expect(run(*args, "-o", out_raw, "--csv-mentah"), EXIT_OK)
    assert _nilai(out_safe.read_text(encoding="utf-8-sig")) == {"'" + FORMULA}
    assert _nilai(out_raw.read_text(encoding="utf-8-sig")) == {FORMULA}


def test_csv_mentah_is_documented_in_help() -> None:
    help_text = expect(run("vacancies", "--help"), EXIT_OK).stdout
    assert "--csv-mentah" in help_text


# --- 2. --baris-judul --------------------------------------------------------------------------


def test_baris_judul_reads_a_header_on_row_25(tmp_path: Path) -> None:
    roster = _roster_with(tmp_path, title_rows=24)
    expected = len(PEGAWAI_CSV.read_text(encoding="utf-8-sig").splitlines()) - 1
    result = expect(run("check", roster, *TANGGAL, "-f", "json", "--baris-judul", "25"), EXIT_OK)
    text = json.dumps(stdout_json(result))
    assert f'"baris_data": {expected}' in text, text[:800]
    # a row that is not a header row is refused with an input error naming the row, not a guess
    wrong = expect(run("check", roster, *TANGGAL, "-f", "json", "--baris-judul", "3"), EXIT_INPUT)
    assert "Baris 3" in wrong.stderr


# --- 3. plan: deprecated options, solver outcome -----------------------------------------------


@pytest.fixture(scope="module")
def before_figures() -> dict[str, object]:
    """vacancies, plan and compare (same roster before and after) on the sample, as JSON."""
    data = (PEGAWAI_XLSX, JABATAN_XLSX)
    vac = expect(run("vacancies", *data, *TANGGAL, "-f", "json"), EXIT_OK)
    plan = expect(run("plan", *data, *TANGGAL, "-f", "json", "--semua-jabatan"), EXIT_OK)
    cmp = expect(run("compare", PEGAWAI_XLSX, *data, *TANGGAL, "-f", "json"), EXIT_OK)
    return {"vacancies": vac, "plan": plan, "compare": cmp}


def test_plan_deprecated_options_are_hidden_and_said_to_have_no_effect(before_figures: dict[str, object]) -> None:
    plan = before_figures["plan"]
    assert "tidak berpengaruh lagi" in plan.stderr and "semua jabatan" in plan.stderr  # type: ignore[attr-defined]
    assert "--semua-jabatan" not in expect(run("plan", "--help"), EXIT_OK).stdout


def test_plan_summary_line_shows_the_bound_and_the_solver_status(before_figures: dict[str, object]) -> None:
    plan = before_figures["plan"]
    summary = stdout_json(plan)["ringkasan"]  # type: ignore[arg-type]
    line = next(s for s in plan.stderr.splitlines() if s.startswith("Rencana:"))  # type: ignore[attr-defined]
    assert f"batas atas {summary['batas_atas_pengisian']}" in line
    shown = {"optimal": "optimal (terbukti)", "batas-waktu": "berhenti di batas waktu (belum terbukti optimal)"}
    assert f"penyelesaian {shown[summary['status_solver']]}" in line
    assert ("celah optimalitas" in line) == (summary["status_solver"] != "optimal")


def test_plan_table_shows_the_solver_outcome() -> None:
    from asn_mutasi.cli.plan import _solver_rows, _summary_line

    optimal = {"lowongan_awal": 10, "lowongan_terisi": 8, "batas_atas_pengisian": 8, "status_solver": "optimal"}
    rows = {r["butir"]: r["nilai"] for r in _solver_rows({**optimal, "celah_optimalitas": None})}
    assert any("Batas atas" in k for k in rows) and any("Status penyelesaian" in k for k in rows)
    assert "optimal (terbukti)" in rows.values()
    assert not any("Celah" in k for k in rows)
    stopped = {**optimal, "status_solver": "batas-waktu", "celah_optimalitas": 0.05}
    rows = {r["butir"]: r["nilai"] for r in _solver_rows(stopped)}
    assert any("Celah" in k for k in rows)
    assert "celah optimalitas" in _summary_line(stopped)


def test_plan_table_shows_every_solver_figure_of_the_ringkasan() -> None:
    """The terminal's "Ringkasan penyelesaian" listed its own five figures, so under --rotasi it left out
    ``batas_atas_dengan_rotasi`` (and the rotations) that the Ringkasan sheet and the JSON give: both now show
    :data:`~asn_mutasi.schema.PLAN_SOLVER_FIGURES` (plan3, h31)."""
    from asn_mutasi.cli.plan import _solver_rows
    from asn_mutasi.io.plan_workbook import SUMMARY_ORDER
    from asn_mutasi.labels import summary_label
    from asn_mutasi.schema import PLAN_SOLVER_FIGURES

    result = expect(run("rencana", PEGAWAI_XLSX, JABATAN_XLSX, *TANGGAL, "--rotasi", "-f", "json"), EXIT_OK)
    summary = stdout_json(result)["ringkasan"]
    assert "batas_atas_dengan_rotasi" in summary and "rotasi_dipindah" in summary
    rows = {r["butir"]: r["nilai"] for r in _solver_rows(summary)}
    stopped = summary["status_solver"] != "optimal"
    shown = [k for k in PLAN_SOLVER_FIGURES if k in summary and (k != "celah_optimalitas" or stopped)]
    assert list(rows) == [summary_label(k) for k in shown]
    assert rows[summary_label("batas_atas_dengan_rotasi")] == display_value(
        "batas_atas_dengan_rotasi", summary["batas_atas_dengan_rotasi"]
    )
    assert set(PLAN_SOLVER_FIGURES) <= set(SUMMARY_ORDER)  # the sheet shows them too


def test_plan_summary_line_names_current_and_projected_vacancies() -> None:
    from asn_mutasi.cli.plan import _summary_line

    s = {"lowongan_saat_ini": 269, "lowongan_awal": 337, "lowongan_terisi": 87, "batas_atas_pengisian": 87}
    line = _summary_line({**s, "status_solver": "optimal"})
    assert "lowongan terisi 87 dari 337 (269 lowongan saat ini + 68 lowongan baru dari pensiun dalam horizon)" in line
    assert "; batas atas 87; penyelesaian optimal (terbukti)." in line
    same = _summary_line({**s, "lowongan_awal": 269, "status_solver": "optimal"})
    assert "dari 269 (269 lowongan saat ini);" in same and "pensiun" not in same


def test_plan_summary_line_under_rotation_names_both_bounds() -> None:
    """Under --rotasi the bound is the maximum without rotation: the line says so, with the plan's own bound and the
    rotations (it read "lowongan terisi 24; batas atas 44; optimal (terbukti)"; oracle2, h30)."""
    from asn_mutasi.cli.plan import _summary_line

    s = {"lowongan_awal": 60, "lowongan_terisi": 24, "batas_atas_pengisian": 44, "status_solver": "optimal"}
    rot = {"rotasi_jatuh_tempo": 1200, "rotasi_dipindah": 30, "batas_atas_dengan_rotasi": 24}
    line = _summary_line({**s, **rot})
    assert (
        "; batas atas 44 tanpa wajib rotasi, 24 dengan rotasi 30 dari 1.200 pegawai jatuh tempo; penyelesaian" in line
    )
    assert "; batas atas 44; penyelesaian" in _summary_line(s)


def test_plan_warns_on_stderr_when_the_solver_hits_its_time_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    """The time-limit status never passes silently (stubbing the solver's answer, not the plan)."""
    import asn_mutasi.api.plan as api_plan

    real = api_plan.plan

    def stopped(**kwargs: object) -> object:
        result = real(**kwargs)  # type: ignore[arg-type]
        result.plan.summary.update(status_solver="batas-waktu", celah_optimalitas=0.0421)
        return result

    monkeypatch.setattr(api_plan, "plan", stopped)
    result = expect(run("plan", PEGAWAI_XLSX, JABATAN_XLSX, *TANGGAL, "-f", "table"), EXIT_OK)
    assert "batas waktu" in result.stderr and "belum terbukti optimal" in result.stderr
    assert "celah optimalitas 4,2%" in result.stderr  # a percentage, not the fraction 0,04 (plan9, h32)
    assert "Ringkasan penyelesaian" in result.stdout and "berhenti di batas waktu" in result.stdout


# --- 4. workload: ABK sheet options, status/catatan, --fail-on ---------------------------------


def _sheet_without_position(tmp_path: Path) -> Path:
    """An ABK sheet with tasks only (no position column): 3 tasks × 250 days × 5 h = 3,750 h."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Tugas"
    ws.append(["URAIAN TUGAS", "JUMLAH HASIL", "SATUAN PERIODE", "WAKTU PENYELESAIAN (JAM)"])
    for task in ("Menyusun laporan", "Memeriksa berkas", "Mengoordinasikan rapat"):
        ws.append([task, 1, "per hari", 5])
    path = tmp_path / "abk.xlsx"
    wb.save(path)
    return path


def test_workload_jabatan_abk_ties_a_sheet_without_a_position_column(tmp_path: Path) -> None:
    abk = _sheet_without_position(tmp_path)
    base = ("workload", PEGAWAI_XLSX, JABATAN_XLSX, *TANGGAL, "-f", "json", "--per", "jabatan", "--abk", abk)
    tied = expect(
        run(*base, "--jabatan-abk", "Sekretaris Daerah", "--unit-abk", "Sekretariat Daerah", "--sheet-abk", "Tugas"),
        EXIT_OK,
    )
    rows = pd.DataFrame(stdout_json(tied)).set_index("kode_jabatan")
    # the sheet is tied (its 3,750 h reach the post); a managerial post keeps its one seat (peers3, h28)
    assert rows.loc["SETDA-0001", "kebutuhan"] == 1 and rows.loc["SETDA-0001", "beban_kerja_jam"] == 3750
    assert "satu kursi" in " ".join(tied.stderr.split())
    assert "parameter" in tied.stderr  # how the position was chosen is reported
    untied = run(*base, "--fail-on", "never")
    expect(untied, EXIT_OK)
    assert pd.DataFrame(stdout_json(untied)).set_index("kode_jabatan").loc["SETDA-0001", "beban_kerja_jam"] != 3750


def test_workload_abk_options_need_abk() -> None:
    result = run("workload", PEGAWAI_XLSX, JABATAN_XLSX, *TANGGAL, "--jabatan-abk", "Sekretaris Daerah")
    expect(result, EXIT_USAGE)


def test_workload_fail_on_warning_exits_1_on_warnings(tmp_path: Path) -> None:
    abk = _sheet_without_position(tmp_path)  # tied by the sheet name "Tugas": links nowhere → a finding
    base = ("workload", PEGAWAI_XLSX, JABATAN_XLSX, *TANGGAL, "-f", "json", "--abk", abk)
    never = expect(run(*base, "--fail-on", "never"), EXIT_OK)
    assert "Peringatan" in never.stderr or "Galat" in never.stderr
    expect(run(*base, "--fail-on", "warning"), EXIT_FINDINGS)


def test_workload_tables_show_status_and_catatan() -> None:
    for per in ("unit", "jabatan"):
        result = expect(run("workload", PEGAWAI_XLSX, JABATAN_XLSX, *TANGGAL, "-f", "table", "--per", per), EXIT_OK)
        assert "Status" in result.stdout and "Catatan" in result.stdout


# --- 5. --semua --------------------------------------------------------------------------------


def test_semua_prints_every_row_of_a_cut_table() -> None:
    args = ("match", PEGAWAI_XLSX, JABATAN_XLSX, *TANGGAL, "-f", "table", "--top", "3")
    cut = expect(run(*args), EXIT_OK)
    full = expect(run(*args, "--semua"), EXIT_OK)
    assert "lagi; gunakan --semua" in cut.stdout
    assert "lagi; gunakan" not in full.stdout and len(full.stdout.splitlines()) > len(cut.stdout.splitlines())


# --- 6. one set of BEFORE figures --------------------------------------------------------------


def test_vacancies_plan_and_compare_report_the_same_before_figures(before_figures: dict[str, object]) -> None:
    vac = stdout_json(before_figures["vacancies"])  # type: ignore[arg-type]
    plan = stdout_json(before_figures["plan"])["ringkasan"]  # type: ignore[arg-type]
    cmp = stdout_json(before_figures["compare"])["ringkasan"]  # type: ignore[arg-type]
    lowongan = sum(int(r["lowongan"] or 0) for r in vac)
    proyeksi = sum(int(r["lowongan_proyeksi"] or 0) for r in vac)
    assert plan["lowongan_saat_ini"] == lowongan == cmp["lowongan_sebelum"]
    assert plan["lowongan_awal"] == proyeksi
    shown = display_value("indeks_ketimpangan", plan["indeks_ketimpangan_sebelum"])
    assert shown == display_value("indeks_ketimpangan", cmp["indeks_ketimpangan_sebelum"])
    assert f"indeks ketimpangan {shown}." in before_figures["vacancies"].stderr  # type: ignore[attr-defined]


def test_documented_json_shapes_match_the_output(before_figures: dict[str, object]) -> None:
    from asn_mutasi.api.needs import POSITION_FIELDS
    from asn_mutasi.cli.app import COMMAND_NAMES
    from asn_mutasi.cli.json_shapes import json_shapes

    shapes = {english: json_shapes()[name] for english, name in COMMAND_NAMES.items()}
    for name in ("plan", "compare"):
        payload = stdout_json(before_figures[name])  # type: ignore[arg-type]
        assert shapes[name].bentuk == "objek"
        assert list(payload) == [k for k, _ in shapes[name].kunci if k not in shapes[name].opsional], name
    rows = stdout_json(before_figures["vacancies"])  # type: ignore[arg-type]
    assert shapes["vacancies"].bentuk == "daftar" and isinstance(rows, list)
    assert list(rows[0]) == POSITION_FIELDS
    check = stdout_json(expect(run("check", PEGAWAI_CSV, *TANGGAL, "-f", "json"), EXIT_OK))
    assert list(check) == [k for k, _ in shapes["check"].kunci]


def test_vv_prints_debug_details_on_stderr() -> None:
    args = ("check", PEGAWAI_CSV, *TANGGAL, "-f", "json")
    plain = expect(run(*args), EXIT_OK)
    debug = expect(run(*args, "-vv"), EXIT_OK)
    assert "[rinci]" not in plain.stderr
    assert "[rinci]" in debug.stderr and "nip ← kolom B 'NIP'" in debug.stderr
    assert "pegawai diperiksa: baris" in debug.stderr
    assert debug.stdout == plain.stdout  # stdout stays the product only


def test_sample_shows_a_progress_bar_on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    import io
    import sys

    from rich.console import Console

    from asn_mutasi.cli import console

    buffer = io.StringIO()
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True, raising=False)
    monkeypatch.setattr(console, "err_console", lambda: Console(file=buffer, force_terminal=True, width=100))
    seen = []
    with console.progress_bar("Membuat data contoh", 2) as step:
        for message in ("membuat data pegawai dan peta jabatan", "menulis berkas"):
            step(message)
            seen.append(message)
    assert "Membuat data contoh" in buffer.getvalue() and "2/2" in buffer.getvalue()


def test_every_command_given_the_report_option_writes_it() -> None:
    """``@command`` adds ``-o/--keluaran`` to every command that does not declare its own output; a command body
    that never reads ``ctx.output`` would accept the option and silently write nothing. A body that hands its
    ``ctx`` to ``render.show_rows`` writes through it (tidy28, h38), which must itself read ``ctx.output``."""
    import ast
    import inspect

    from asn_mutasi.cli.render import show_rows

    assert "ctx.output" in inspect.getsource(show_rows)
    silent = []
    for module in sorted((Path(__file__).resolve().parents[1] / "asn_mutasi" / "cli").glob("*.py")):
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.FunctionDef):
                continue
            decorated = any(
                isinstance(d, ast.Call) and isinstance(d.func, ast.Name) and d.func.id == "command"
                for d in node.decorator_list
            )
            declared = {a.arg for a in [*node.args.args, *node.args.kwonlyargs]}
            body = ast.unparse(node)
            if decorated and "output" not in declared and "ctx.output" not in body and "show_rows(ctx" not in body:
                silent.append(f"{module.name}:{node.name}")
    assert silent == []


def test_indikator_ikm_writes_its_report(tmp_path: Path) -> None:
    out = tmp_path / "ikm.csv"
    expect(run("indikator", "ikm", *["3"] * 9, "-o", out), EXIT_OK)
    assert pd.read_csv(out)["mutu_pelayanan"].tolist() == ["C"]
