"""What the analyst reads of units told apart by OPD (walk5, h31): a roster and position table with an OPD column
beside the unit (the sample with a PERANGKAT DAERAH column, as walk4 built it) keyed every unit "OPD | unit" inside,
and the report sheets printed that key ("Dinas Kesehatan | UPT Puskesmas Cibeunying") in 13 + 128 cells of
`lowongan`, in the plan's Lowongan Tidak Terisi, Beban Kerja, Rencana Mutasi, Persetujuan and in every Alasan.

Report sheets now show a Perangkat Daerah column before the unit as written; the decision sheets that `terapkan`
reads name the unit in words ("UPT Puskesmas Cibeunying pada Dinas Kesehatan", as the SK list and the letters) and
read back as the plan's key through the hidden copy.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pandas as pd
import pytest

from tests.cli_helpers import (
    ABK_XLSX,
    EXIT_FINDINGS,
    EXIT_OK,
    JABATAN_XLSX,
    PEGAWAI_CSV,
    TANGGAL,
    decide,
    expect,
    run,
    stdout_json,
)

OPD_HEADER = "PERANGKAT DAERAH"


def _opd(unit: str) -> str:
    """The OPD of a sample unit: the health centres are Dinas Kesehatan's, a kelurahan its kecamatan's."""
    if unit.startswith("UPT Puskesmas"):
        return "Dinas Kesehatan"
    if unit.startswith("Kelurahan "):
        return "Kecamatan " + unit.split(" ", 1)[1]
    return unit


@pytest.fixture(scope="module")
def opd_pair(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path]:
    """(roster, position table, ABK task sheet) of the sample with a PERANGKAT DAERAH column before UNIT KERJA."""
    d = tmp_path_factory.mktemp("opd")
    p = pd.read_csv(PEGAWAI_CSV, sep=";", dtype=str, encoding="utf-8-sig", keep_default_na=False)
    p.insert(p.columns.get_loc("UNIT KERJA"), OPD_HEADER, p["UNIT KERJA"].map(_opd))
    p.to_csv(d / "pegawai_opd.csv", sep=";", index=False)
    j = pd.read_excel(JABATAN_XLSX, header=1, dtype=object, engine="openpyxl")
    j.insert(j.columns.get_loc("UNIT KERJA"), OPD_HEADER, j["UNIT KERJA"].map(_opd))
    j.to_excel(d / "peta_jabatan_opd.xlsx", index=False)
    a = pd.read_excel(ABK_XLSX, dtype=object, engine="openpyxl")
    a.insert(a.columns.get_loc("UNIT KERJA"), OPD_HEADER, a["UNIT KERJA"].map(_opd))
    a.to_excel(d / "abk_opd.xlsx", index=False)
    return d / "pegawai_opd.csv", d / "peta_jabatan_opd.xlsx", d / "abk_opd.xlsx"


def _keyed_cells(path: Path, *, skip: tuple[str, ...] = ("Masalah Data",)) -> dict[str, int]:
    """Per visible sheet, the cells holding the "OPD | unit" key (the findings sheet explains the key: skipped)."""
    wb = openpyxl.load_workbook(path)
    out = {}
    for ws in wb.worksheets:
        if ws.sheet_state != "visible" or ws.title in skip:
            continue
        n = sum(isinstance(v, str) and " | " in v for row in ws.iter_rows(values_only=True) for v in row)
        if n:
            out[ws.title] = n
    return out


def _approve_at_final_stage(plan: Path, out: Path) -> Path:
    """A copy of the plan with every move's Persetujuan PPK row decided Setuju (reviewer, NIP and date)."""
    wb = openpyxl.load_workbook(plan)
    ws = wb["Persetujuan"]
    col = {c.value: i for i, c in enumerate(ws[1])}
    for row in ws.iter_rows(min_row=2):
        if row[col["Tahap"]].value == "Persetujuan PPK":
            row[col["Keputusan"]].value = "Setuju"
            row[col["Nama Penilai"]].value = "Bupati"
            row[col["NIP Penilai"]].value = "197001011990031001"
            row[col["Tanggal"]].value = "2026-11-20"
    wb.save(out)
    return out


def _table(path: Path, sheet: str) -> pd.DataFrame:
    return pd.read_excel(path, sheet_name=sheet, dtype=object, engine="openpyxl")


def test_vacancy_sheets_show_the_opd_and_the_unit_as_written(opd_pair: tuple[Path, Path, Path], tmp_path: Path) -> None:
    roster, table, abk = opd_pair
    out = tmp_path / "beban.xlsx"
    expect(run("beban-kerja", roster, table, "--abk", abk, "-o", out, *TANGGAL), EXIT_OK)
    assert _keyed_cells(out) == {}  # was Per Unit 13, Per Jabatan 128
    for sheet in ("Per Unit", "Per Jabatan"):
        frame = _table(out, sheet)
        cols = list(frame.columns)
        assert cols.index("Perangkat Daerah (OPD)") == cols.index("Unit Kerja") - 1, sheet
        health = frame[frame["Unit Kerja"].astype(str).str.startswith("UPT Puskesmas")]
        assert len(health) and set(health["Perangkat Daerah (OPD)"]) == {"Dinas Kesehatan"}, sheet
        own = frame[frame["Unit Kerja"] == "Inspektorat Daerah"]  # a unit that is its OPD: the OPD itself
        assert len(own) and set(own["Perangkat Daerah (OPD)"]) == {"Inspektorat Daerah"}, sheet
    units = _table(out, "Per Unit")
    assert not units[["Perangkat Daerah (OPD)", "Unit Kerja"]].duplicated().any()
    # printed two pages wide, each page repeats the OPD and the unit: "Dinas Kesehatan" alone named no unit
    assert openpyxl.load_workbook(out)["Per Unit"].print_title_cols == "$A:$B"


def test_plan_rencana_decide_terapkan_round_trip_with_units_in_words(
    opd_pair: tuple[Path, Path, Path], tmp_path: Path
) -> None:
    roster, table, _ = opd_pair
    plan = tmp_path / "rencana.xlsx"
    moves = stdout_json(expect(run("rencana", roster, table, "-o", plan, "-f", "json", *TANGGAL), EXIT_OK))["mutasi"]
    assert any(" | " in m["unit_tujuan"] for m in moves)  # the JSON keeps the plan's keys
    assert _keyed_cells(plan) == {}  # was Rencana Mutasi 95, Persetujuan 128, Lowongan Tidak Terisi 76, Beban Kerja 13
    sheet = _table(plan, "Rencana Mutasi").set_index("ID Mutasi")
    keyed = next(m for m in moves if m["unit_tujuan"].startswith("Dinas Kesehatan | "))
    words = keyed["unit_tujuan"].split(" | ")[1] + " pada Dinas Kesehatan"
    assert sheet.loc[keyed["id_mutasi"], "Unit Kerja Tujuan"] == words
    assert f" di {words} " in sheet.loc[keyed["id_mutasi"], "Alasan"]
    approvals = _table(plan, "Persetujuan")
    assert set(approvals.loc[approvals["ID Mutasi"] == keyed["id_mutasi"], "Unit Kerja Tujuan"]) == {words}
    unfilled = _table(plan, "Lowongan Tidak Terisi")
    assert "Perangkat Daerah (OPD)" in unfilled.columns
    # decide every move at the final stage, apply: every move applied, no cell read as edited or as another target
    decided = _approve_at_final_stage(plan, tmp_path / "setuju.xlsx")
    new = tmp_path / "baru.csv"
    result = expect(
        run("terapkan", decided, roster, "--jabatan", table, "-o", new, "--tmt", "2027-01-01", *TANGGAL), EXIT_OK
    )
    assert f"Diterapkan {len(moves)} mutasi" in result.stderr
    assert "rencana-baris-diubah" not in result.stderr and "tahap-tujuan-berbeda" not in result.stderr
    sk = pd.read_excel(tmp_path / "baru_SK.xlsx", dtype=str, engine="openpyxl").set_index("NIP/NI PPPK")
    assert len(sk) == len(moves) and sk.loc[keyed["nip"], "Unit Kerja Baru"] == words
    # a unit in words edited by hand is still an edit of the plan
    edited = decide(
        plan,
        tmp_path / "diubah.xlsx",
        {keyed["id_mutasi"]: "Setuju"},
        edit={keyed["id_mutasi"]: {"Unit Kerja Tujuan": "UPT Puskesmas Lain pada Dinas Kesehatan"}},
    )
    refused = run("terapkan", edited, roster, "--jabatan", table, "-o", tmp_path / "x.csv", "--tmt", "2027-01-01")
    assert "rencana-baris-diubah" in expect(refused, EXIT_FINDINGS).stderr


@pytest.fixture(scope="module")
def applied(opd_pair: tuple[Path, Path, Path], tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The OPD pair planned, decided Setuju at Persetujuan PPK and applied: plan, decided plan, roster after, ledger."""
    roster, table, _ = opd_pair
    d = tmp_path_factory.mktemp("siklus")
    plan = d / "rencana.xlsx"
    expect(run("rencana", roster, table, "-o", plan, "-f", "json", *TANGGAL), EXIT_OK)
    decided = _approve_at_final_stage(plan, d / "setuju.xlsx")
    after = d / "pegawai_baru.csv"
    expect(run("terapkan", decided, roster, "--jabatan", table, "-o", after, "--tmt", "2027-01-01", *TANGGAL), EXIT_OK)
    return {"rencana": plan, "setuju": decided, "sesudah": after, "buku_besar": d / "buku_besar_mutasi.sqlite"}


def test_compare_sheets_show_the_opd_and_the_unit_as_written(
    opd_pair: tuple[Path, Path, Path], applied: dict[str, Path], tmp_path: Path
) -> None:
    """bandingkan's Pindah (units before and after) and Realisasi Rencana (the unit now) printed the key in every
    cell of a unit told apart by OPD (walk6, h31); they show an OPD column before each unit, as Per Unit does."""
    roster, table, _ = opd_pair
    out = tmp_path / "banding.xlsx"
    expect(run("bandingkan", roster, applied["sesudah"], table, "--rencana", applied["setuju"], "-o", out), EXIT_OK)
    assert _keyed_cells(out) == {}  # was Pindah 50 (before and after), Realisasi Rencana 19 (now)
    moved = _table(out, "Pindah")
    for when in ("Sebelum", "Sesudah"):
        cols = list(moved.columns)
        assert cols.index(f"Perangkat Daerah (OPD) {when}") == cols.index(f"Unit Kerja {when}") - 1
    health = moved[moved["Unit Kerja Sesudah"].astype(str).str.startswith("UPT Puskesmas")]
    assert len(health) and set(health["Perangkat Daerah (OPD) Sesudah"]) == {"Dinas Kesehatan"}
    done = _table(out, "Realisasi Rencana")
    cols = list(done.columns)
    assert cols.index("Perangkat Daerah (OPD) Sekarang") == cols.index("Unit Kerja Sekarang") - 1
    # carried out: where the employee is now is the plan's target, OPD and unit alike
    assert (done["Perangkat Daerah (OPD) Sekarang"] == done["Perangkat Daerah (OPD) Tujuan"]).all()
    assert (done["Unit Kerja Sekarang"] == done["Unit Kerja Tujuan"]).all()


def test_other_target_finding_names_the_plans_unit_and_post_as_written(
    opd_pair: tuple[Path, Path, Path], applied: dict[str, Path], tmp_path: Path
) -> None:
    """tahap-tujuan-berbeda quoted the plan's target lower-cased, a unit by its key ("dinas kesehatan | upt puskesmas
    sukamaju"; walk6, h31): the analyst compares it with the sheet, which names the unit in words."""
    roster = opd_pair[0]
    plan = _table(applied["rencana"], "Rencana Mutasi")
    row = plan[plan["Unit Kerja Tujuan"].astype(str).str.endswith(" pada Dinas Kesehatan")].iloc[0]
    wb = openpyxl.load_workbook(applied["setuju"])
    ws = wb["Persetujuan"]
    col = {c.value: i for i, c in enumerate(ws[1])}
    for cells in ws.iter_rows(min_row=2):
        if cells[col["ID Mutasi"]].value == row["ID Mutasi"] and cells[col["Tahap"]].value == "Persetujuan PPK":
            cells[col["Unit Kerja Tujuan"]].value = "Sekretariat Daerah"
    wb.save(tmp_path / "lain.xlsx")
    result = run("terapkan", tmp_path / "lain.xlsx", roster, "-o", tmp_path / "x.csv", "--tmt", "2027-01-01", *TANGGAL)
    stderr = expect(result, EXIT_FINDINGS).stderr
    assert "tahap-tujuan-berbeda" in stderr
    assert f"sedangkan rencana kini menulis '{row['Unit Kerja Tujuan']}'" in " ".join(stderr.split())
    for cells in ws.iter_rows(min_row=2):  # the post: as the plan writes it, not lower-cased
        if cells[col["ID Mutasi"]].value == row["ID Mutasi"] and cells[col["Tahap"]].value == "Persetujuan PPK":
            cells[col["Unit Kerja Tujuan"]].value = row["Unit Kerja Tujuan"]
            cells[col["Jabatan Tujuan"]].value = "Jabatan Lain"
    wb.save(tmp_path / "jabatan.xlsx")
    result = run("terapkan", tmp_path / "jabatan.xlsx", roster, "-o", tmp_path / "y.csv", "--tmt", "2027-01-01")
    stderr = " ".join(expect(result, EXIT_FINDINGS).stderr.split())
    assert f"sedangkan rencana kini menulis '{row['Jabatan Tujuan']}'" in stderr


def _worse_everywhere(template: Path, out: Path) -> Path:
    """The indicator template filled so that every indicator gets worse from the first period to the second."""
    wb = openpyxl.load_workbook(template)
    ws = wb["Indikator"]
    col = {c.value: i for i, c in enumerate(ws[1])}
    for row in ws.iter_rows(min_row=2):
        first = row[col["Periode"]].value == "2026"
        down = row[col["Arah"]].value == "turun baik"
        row[col["Nilai"]].value = (5 if first else 30) if down else (90 if first else 60)
    wb.save(out)
    return out


def test_indicator_template_writes_the_opd_in_its_own_column_and_the_unit_as_written(
    opd_pair: tuple[Path, Path, Path], tmp_path: Path
) -> None:
    """indikator templat wrote the working key "Dinas Kesehatan | UPT Puskesmas X" in Unit Kerja for the analyst to
    fill (walk7, h32): the OPD in a Perangkat Daerah column before the unit as written, both kept in view."""
    _, table, _ = opd_pair
    template = tmp_path / "indikator.xlsx"
    expect(run("indikator", "templat", table, "-o", template, "--periode", "2026"), EXIT_OK)
    assert _keyed_cells(template) == {}
    sheet = _table(template, "Indikator")
    assert list(sheet.columns) == ["Perangkat Daerah", "Unit Kerja", "Periode", "Indikator", "Nilai", "Arah"]
    health = sheet[sheet["Unit Kerja"].astype(str).str.startswith("UPT Puskesmas")]
    assert len(health) and set(health["Perangkat Daerah"]) == {"Dinas Kesehatan"}
    ws = openpyxl.load_workbook(template)["Indikator"]
    assert ws.freeze_panes == "C2"
    arah = next(v for v in ws.data_validations.dataValidation if v.type == "list" and '"naik baik' in str(v.formula1))
    assert str(arah.sqref).startswith("F2:F")  # the dropdown on the Arah column, moved with it


def test_indicator_sheets_and_findings_name_units_without_the_key(
    opd_pair: tuple[Path, Path, Path], applied: dict[str, Path], tmp_path: Path
) -> None:
    """bandingkan --indikator: the Indikator Layanan sheet, its charts' bars and the layanan-memburuk findings named a
    unit told apart by OPD by its key ("Unit Dinas Kesehatan | UPT Puskesmas X: kepegawaian membaik …"; walk6, h31)."""
    roster, table, _ = opd_pair
    template = tmp_path / "indikator.xlsx"
    expect(run("indikator", "templat", table, "-o", template, "--periode", "2026", "--periode", "2027"), EXIT_OK)
    filled = _worse_everywhere(template, tmp_path / "indikator_isi.xlsx")
    out = tmp_path / "banding.xlsx"
    args = ("bandingkan", roster, applied["sesudah"], table, "--indikator", filled, "-o", out, "-f", "json")
    findings = stdout_json(expect(run(*args, "--gagal-jika", "tidak-pernah", *TANGGAL), EXIT_OK))["temuan"]
    assert _keyed_cells(out) == {}  # was Indikator Layanan 52, its chart data 52
    sheet = _table(out, "Indikator Layanan")
    assert list(sheet.columns[:2]) == ["Perangkat Daerah (OPD)", "Unit Kerja"]
    health = sheet[sheet["Unit Kerja"].astype(str).str.startswith("UPT Puskesmas")]
    assert len(health) and set(health["Perangkat Daerah (OPD)"]) == {"Dinas Kesehatan"}
    bars = [
        v for row in openpyxl.load_workbook(out)["Indikator Layanan (Grafik)"].iter_rows(values_only=True) for v in row
    ]
    assert any(isinstance(v, str) and v.endswith(" pada Dinas Kesehatan") for v in bars)
    worse = [f["pesan"] for f in findings if f["kode"] == "layanan-memburuk"]
    assert worse and not any(" | " in m for m in worse)
    assert any(m.startswith("Unit UPT Puskesmas ") and " pada Dinas Kesehatan: " in m for m in worse)


def test_ledger_export_names_units_without_the_key(applied: dict[str, Path], tmp_path: Path) -> None:
    """buku-besar ekspor: Mutasi Diterapkan's units and Riwayat Mutasi's Keterangan ("Diterapkan: X (Kecamatan A |
    Kelurahan A) → …") printed the "OPD | unit" key (walk6, h31); Semua Catatan keeps the JSON as hashed."""
    out = tmp_path / "audit.xlsx"
    expect(run("buku-besar", "ekspor", "--buku-besar", applied["buku_besar"], "-o", out), EXIT_OK)
    assert _keyed_cells(out, skip=("Semua Catatan",)) == {}  # was Mutasi Diterapkan 50, Riwayat Mutasi 42
    applied_moves = _table(out, "Mutasi Diterapkan")
    cols = list(applied_moves.columns)
    for end in ("Asal", "Tujuan"):
        assert cols.index(f"Perangkat Daerah (OPD) {end}") == cols.index(f"Unit Kerja {end}") - 1
    health = applied_moves[applied_moves["Unit Kerja Tujuan"].astype(str).str.startswith("UPT Puskesmas")]
    assert len(health) and set(health["Perangkat Daerah (OPD) Tujuan"]) == {"Dinas Kesehatan"}
    notes = _table(out, "Riwayat Mutasi")["Keterangan"].astype(str)
    assert notes.str.contains(r"\(UPT Puskesmas \w+ pada Dinas Kesehatan\)").any()


def test_training_workbook_heads_its_table_as_the_plan_sheet_does(
    opd_pair: tuple[Path, Path, Path], applied: dict[str, Path], tmp_path: Path
) -> None:
    """`diklat -o x.xlsx` headed the target OPD "Perangkat Daerah (OPD)" and the basis "Dasar" where the plan's
    Kebutuhan Diklat sheet, the same table, says "Perangkat Daerah (OPD) Tujuan" and "Dasar Kebutuhan" (walk6, h31)."""
    roster, table, _ = opd_pair
    out = tmp_path / "diklat.xlsx"
    expect(run("diklat", applied["setuju"], roster, table, "-o", out, *TANGGAL), EXIT_OK)
    plan_head = [c.value for c in openpyxl.load_workbook(applied["rencana"])["Kebutuhan Diklat"][2]]
    book = openpyxl.load_workbook(out)
    assert [c.value for c in book["Kebutuhan Diklat"][1]] == plan_head
    assert book["Per OPD"]["A1"].value == "Perangkat Daerah (OPD) Tujuan"
