"""Aspiration forms (issue 15): written per OPD with dropdowns and protection, filled like an OPD
would, read back with findings for unknown NIPs, invalid choices, duplicates and conflicting forms."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from cli_helpers import TANGGAL, expect, run, stdout_json
from openpyxl import load_workbook

import asn_mutasi as am
from asn_mutasi.config import AspirationSettings
from asn_mutasi.io.aspiration_forms import FORM_SHEET, LIST_SHEET, fill_form, form_file_name
from asn_mutasi.planning.aspiration import (
    ASPIRATION_FIELDS,
    AspirationCost,
    annotate_moves,
    aspiration_summary,
    check_aspirations,
    without_aspiration_note,
)
from asn_mutasi.sample.aspirations import aspiration_answers

DAY = pd.Timestamp("2026-11-01").date()


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("asp")
    am.make_sample(output=folder, pegawai=300, seed=5)
    return {"pegawai": folder / "pegawai.xlsx", "jabatan": folder / "peta_jabatan.xlsx", "folder": folder}


@pytest.fixture(scope="module")
def forms(sample: dict[str, Path]) -> tuple[Path, am.AspirationFormsResult]:
    out = sample["folder"] / "formulir"
    result = am.aspiration_forms(pegawai=sample["pegawai"], jabatan=sample["jabatan"], output=out, tanggal=DAY)
    return out, result


def _world(sample: dict[str, Path]) -> tuple[pd.DataFrame, pd.DataFrame]:
    from asn_mutasi.api.inputs import load_inputs, setup

    r = setup(None, None, DAY, None)
    i = load_inputs(sample["pegawai"], sample["jabatan"], opts=r.read, settings=r.settings, today=r.today)
    assert i.positions is not None
    return i.roster.valid, i.positions.valid


def test_one_form_per_opd_prefilled_with_dropdowns_and_protection(
    sample: dict[str, Path], forms: tuple[Path, am.AspirationFormsResult]
) -> None:
    _folder, result = forms
    roster, positions = _world(sample)
    assert len(result.forms) == roster["unit_kerja"].nunique()
    assert sum(f["pegawai"] for f in result.forms) == len(roster)
    first = result.forms[0]
    wb = load_workbook(first["berkas"])
    ws = wb[FORM_SHEET]
    assert wb[LIST_SHEET].sheet_state == "hidden"
    assert ws.protection.sheet
    nip_cell = ws.cell(6, 2)
    assert nip_cell.data_type == "s" and len(str(nip_cell.value)) == 18
    assert str(nip_cell.value) in set(roster["nip"])
    assert not ws.cell(6, 6).protection.locked and ws.cell(6, 2).protection.locked
    sources = sorted(dv.formula1 for dv in ws.data_validations.dataValidation if dv.type == "list")
    assert any(LIST_SHEET in s and "$A$" in s for s in sources) and any("$C$" in s for s in sources)
    units = [c.value for c in wb[LIST_SHEET]["A"][1:] if c.value]
    assert sorted(units) == sorted(set(positions["unit_kerja"]))


def test_the_form_asks_for_the_fill_date_as_every_other_date_is_written(
    forms: tuple[Path, am.AspirationFormsResult],
) -> None:
    """The form said "Tanggal Pengisian (opsional, YYYY-MM-DD)" and showed its date cells as yyyy-mm-dd while the
    Persetujuan sheet, --tmt and every message write DD-MM-YYYY (walk3, h27)."""
    wb = load_workbook(forms[1].forms[0]["berkas"])
    ws = wb[FORM_SHEET]
    assert "Tanggal Pengisian (opsional, DD-MM-YYYY)" in str(ws.cell(3, 1).value)
    header = [c.value for c in ws[5]]
    assert ws.cell(6, header.index("Tanggal Pengisian") + 1).number_format == "dd-mm-yyyy"


def test_filled_forms_read_back_with_every_finding(
    sample: dict[str, Path], forms: tuple[Path, am.AspirationFormsResult], tmp_path: Path
) -> None:
    _folder, result = forms
    roster, positions = _world(sample)
    opd = result.forms[0]["opd"]
    path = Path(result.forms[0]["berkas"])
    people = roster[roster["unit_kerja"] == opd]["nip"].tolist()
    unit_b = sorted(set(positions["unit_kerja"]) - {opd})[0]
    answers = pd.DataFrame(
        {
            "nip": [people[0], people[1], "199901012020121999"],
            "pilihan_1_unit": [unit_b, "Dinas Tidak Ada", unit_b],
            "pilihan_1_jabatan": ["", "", ""],
            "kesediaan": ["Bersedia", "tidak bersedia", "Bersedia"],
            "alasan": ["Dekat rumah", "Keluarga", "x"],
            "tanggal_isi": ["2026-10-01", "2026-10-01", "2026-10-01"],
        }
    )
    own = tmp_path / "a.xlsx"
    fill_form(path, answers, output=own)
    # the same person typed again below the list: the lower row wins
    _typed_below(own, own, {2: people[0], 6: unit_b, 12: "Bersedia dengan syarat"})
    # a later form for people[1] with another answer: it wins (Tanggal Pengisian)
    later = tmp_path / "b.xlsx"
    fill_form(
        path,
        pd.DataFrame(
            {"nip": [people[1]], "pilihan_1_unit": [unit_b], "kesediaan": ["Bersedia"], "tanggal_isi": ["2026-10-09"]}
        ),
        output=later,
    )
    got = am.read_aspirations(pegawai=sample["pegawai"], jabatan=sample["jabatan"], formulir=[own, later], tanggal=DAY)
    codes = sorted(f.code for f in got.findings)
    assert codes == [
        "aspirasi-bertentangan",
        "aspirasi-ganda",
        "aspirasi-nip-tidak-dikenal",
        "aspirasi-pilihan-tidak-valid",
    ]
    table = got.table.set_index("nip")
    assert table.at[people[0], "kesediaan"] == "Bersedia dengan syarat"
    assert table.at[people[1], "kesediaan"] == "Bersedia" and table.at[people[1], "berkas"] == str(later)
    # where each row was read: file, sheet and row (the sheet was missing, h30)
    assert (table.at[people[1], "lembar_kerja"], table.at[people[0], "lembar_kerja"]) == (FORM_SHEET, FORM_SHEET)
    conflict = next(f for f in got.findings if f.code == "aspirasi-bertentangan")
    assert conflict.location.file == str(own) and f"dipakai {later}!Aspirasi baris " in conflict.message
    assert list(got.table.columns) == list(ASPIRATION_FIELDS)
    # each finding names its cell: column and value (they named the row only)
    where = {f.code: (f.location.column, f.location.value) for f in got.findings}
    assert where["aspirasi-nip-tidak-dikenal"] == ("B", "199901012020121999")
    assert where["aspirasi-pilihan-tidak-valid"] == ("F", "Dinas Tidak Ada")


def _typed_below(form: Path, out: Path, cells: dict[int, object]) -> int:
    """Save ``form`` as ``out`` with ``cells`` (column number -> value) typed in a row below its list, as an OPD
    adds someone; return that row."""
    wb = load_workbook(form)
    ws = wb[FORM_SHEET]
    row = ws.max_row + 1
    for column, value in cells.items():
        ws.cell(row, column, value)
    wb.save(out)
    return row


def test_a_nip_the_form_holds_as_a_number_is_named_as_such(
    sample: dict[str, Path], forms: tuple[Path, am.AspirationFormsResult], tmp_path: Path
) -> None:
    """A NIP typed as a number (Excel kept 15 digits) was "tidak ada di data pegawai"."""
    _folder, result = forms
    path = Path(result.forms[0]["berkas"])
    own = tmp_path / "angka.xlsx"
    r = _typed_below(path, own, {2: 196909032001081984, 12: "Bersedia"})  # the NIP stored as a number
    got = am.read_aspirations(pegawai=sample["pegawai"], jabatan=sample["jabatan"], formulir=[own], tanggal=DAY)
    assert [(f.code, f.location.row, f.location.column) for f in got.findings] == [
        ("nip-tersimpan-sebagai-angka", r, "B")
    ]


def test_conflict_without_dates_goes_to_the_newest_file(
    sample: dict[str, Path], forms: tuple[Path, am.AspirationFormsResult], tmp_path: Path
) -> None:
    roster, positions = _world(sample)
    path = Path(forms[1].forms[0]["berkas"])
    nip = roster[roster["unit_kerja"] == forms[1].forms[0]["opd"]]["nip"].iloc[0]
    units = sorted(set(positions["unit_kerja"]))
    old, new = tmp_path / "z_old.xlsx", tmp_path / "a_new.xlsx"
    fill_form(path, pd.DataFrame({"nip": [nip], "pilihan_1_unit": [units[0]]}), output=old)
    fill_form(path, pd.DataFrame({"nip": [nip], "pilihan_1_unit": [units[1]]}), output=new)
    os.utime(old, (1_700_000_000, 1_700_000_000))
    os.utime(new, (1_800_000_000, 1_800_000_000))
    got = am.read_aspirations(pegawai=sample["pegawai"], jabatan=sample["jabatan"], formulir=[tmp_path], tanggal=DAY)
    assert got.table.set_index("nip").at[nip, "pilihan_1_unit"] == units[1]
    assert [f.code for f in got.findings] == ["aspirasi-bertentangan"]


def test_a_file_that_is_no_form_is_a_finding(sample: dict[str, Path], tmp_path: Path) -> None:
    other = tmp_path / "lain.xlsx"
    pd.DataFrame({"a": [1]}).to_excel(other, index=False)
    got = am.read_aspirations(pegawai=sample["pegawai"], jabatan=sample["jabatan"], formulir=[other], tanggal=DAY)
    assert [f.code for f in got.findings] == ["formulir-aspirasi-tidak-dikenali"] and got.table.empty


def test_sample_answers_are_deterministic_and_read_back(
    sample: dict[str, Path], forms: tuple[Path, am.AspirationFormsResult], tmp_path: Path
) -> None:
    roster, positions = _world(sample)
    a1 = aspiration_answers(roster, positions, seed=3, tanggal="2026-10-20")
    a2 = aspiration_answers(roster, positions, seed=3, tanggal="2026-10-20")
    pd.testing.assert_frame_equal(a1, a2)
    unit_of = roster.set_index("nip")["unit_kerja"]
    for form in forms[1].forms:
        part = a1[a1["nip"].map(unit_of) == form["opd"]]
        if len(part):
            fill_form(Path(form["berkas"]), part, output=tmp_path / form_file_name(form["opd"]))
    got = am.read_aspirations(pegawai=sample["pegawai"], jabatan=sample["jabatan"], formulir=[tmp_path], tanggal=DAY)
    assert len(got.table) == len(a1)
    assert {f.code for f in got.findings} <= {"aspirasi-pilihan-tidak-valid", "aspirasi-kesediaan-tidak-valid"}
    # the table aspirasi-baca writes (.csv, .xlsx, .json) is read back as the same table: the README's route
    # "aspirasi-baca -o aspirasi.xlsx" then "rencana --aspirasi aspirasi.xlsx" exited 3 (walkthrough)
    for suffix in ("csv", "xlsx", "json"):
        table = tmp_path.parent / f"tabel_{tmp_path.name}.{suffix}"
        args = ("aspirasi-baca", sample["pegawai"], sample["jabatan"], tmp_path, "-o", table, *TANGGAL)
        expect(run(*args), 0)
        again = am.read_aspirations(pegawai=sample["pegawai"], jabatan=sample["jabatan"], formulir=[table], tanggal=DAY)
        keep = ["nip", "pilihan_1_unit", "pilihan_1_jabatan", "kesediaan"]
        pd.testing.assert_frame_equal(again.table[keep].astype(str), got.table[keep].astype(str), obj=suffix)


def _positions() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "kode_jabatan": ["A1", "A2", "B1", "C1"],
            "nama_jabatan": ["Analis", "Pengolah Data", "Analis", "Analis"],
            "unit_kerja": ["Dinas A", "Dinas A", "Dinas B", "Dinas C"],
        }
    )


def _table(**cols: list[str]) -> pd.DataFrame:
    n = len(cols["nip"])
    base = {f: [""] * n for f in ASPIRATION_FIELDS}
    base.update(cols)
    return pd.DataFrame(base)


def test_cost_rewards_choice_ranks_and_charges_unwilling_moves() -> None:
    table = _table(
        nip=["1", "2"],
        pilihan_1_unit=["Dinas B", ""],
        pilihan_2_unit=["", ""],
        pilihan_2_jabatan=["Analis", ""],
        kesediaan=["Bersedia", "Tidak bersedia"],
    )
    cost = AspirationCost.build(table, _positions(), AspirationSettings())
    got = cost(["1", "1", "1", "1", "2"], ["B1", "A1", "A2", "C1", "A1"])
    assert got.tolist() == [-1000, -600, 0, -600, 3000]
    assert cost.minimum == -1000 and cost.maximum_abs == 3000


def test_annotate_moves_names_the_aspiration_and_counts() -> None:
    table = _table(
        nip=["1", "2", "3"],
        pilihan_1_unit=["Dinas B", "Dinas C", ""],
        kesediaan=["Bersedia", "Bersedia", "Tidak bersedia"],
    )
    moves = pd.DataFrame(
        {
            "nip": ["1", "2", "3", "4"],
            "kode_jabatan_tujuan": ["B1", "A1", "A2", "C1"],
            "alasan": ["Mengisi lowongan"] * 4,
        }
    )
    out = annotate_moves(moves, table, _positions())
    assert "pilihan 1 (Dinas B)" in out.loc[0, "alasan"]
    assert "tidak terpenuhi (pilihan 1: Dinas C)" in out.loc[1, "alasan"]
    assert "TIDAK BERSEDIA" in out.loc[2, "alasan"]
    assert out.loc[3, "alasan"] == "Mengisi lowongan"
    s = aspiration_summary(out, table)
    assert (s["aspirasi_pilihan_1"], s["aspirasi_tidak_terpenuhi"], s["aspirasi_pindah_tidak_bersedia"]) == (1, 1, 1)
    assert "biaya_tidak_bersedia" not in out.loc[2, "alasan"]  # a settings key is no word for an employee letter
    # a plan read back from its workbook (alasan with the note) and annotated again keeps one note (walkthrough:
    # the letter said it three times)
    again = annotate_moves(out, table, _positions())
    assert again["alasan"].tolist() == out["alasan"].tolist()
    assert without_aspiration_note(out["alasan"]).tolist() == ["Mengisi lowongan"] * 4


def test_an_unmet_aspiration_names_the_choice_by_its_own_number() -> None:
    """Pilihan 1 dropped as invalid, pilihan 2 kept: the reason said 'pilihan 1: <pilihan 2's unit>' (walkthrough)."""
    table = _table(nip=["2"], pilihan_1_unit=[""], pilihan_2_unit=["Dinas C"], kesediaan=["Bersedia"])
    moves = pd.DataFrame({"nip": ["2"], "kode_jabatan_tujuan": ["A1"], "alasan": ["Mengisi lowongan"]})
    out = annotate_moves(moves, table, _positions())
    assert "tidak terpenuhi (pilihan 2: Dinas C)" in out.loc[0, "alasan"]


def test_check_rejects_a_jabatan_not_in_the_chosen_unit() -> None:
    raw = _table(nip=["1"], pilihan_1_unit=["Dinas B"], pilihan_1_jabatan=["Pengolah Data"], kesediaan=["Bersedia"])
    raw = raw.drop(columns=["waktu_isi", "berkas", "baris"]).assign(
        _berkas="f.xlsx", _sheet="Aspirasi", _baris=6, _waktu=pd.Timestamp("2026-10-01"), _urutan_berkas=0
    )
    roster = pd.DataFrame({"nip": ["1"]})
    table, findings = check_aspirations(raw, roster, _positions())
    assert [f.code for f in findings] == ["aspirasi-pilihan-tidak-valid"]
    assert "tidak ada di unit kerja" in findings[0].message
    assert table.loc[0, "pilihan_1_unit"] == "" and findings[0].location.row == 6


def test_a_jabatan_not_in_the_chosen_unit_is_named_at_its_own_cell(
    sample: dict[str, Path], forms: tuple[Path, am.AspirationFormsResult], tmp_path: Path
) -> None:
    """ "Pilihan 1 tidak dipakai: jabatan itu tidak ada di unit kerja yang dipilih" stood at the unit column with the
    unit as its value and no header: the jabatan was named nowhere (109 of 215 rows; walk3, h27)."""
    _folder, result = forms
    roster, positions = _world(sample)
    opd = result.forms[0]["opd"]
    nip = roster[roster["unit_kerja"] == opd]["nip"].iloc[0]
    units = positions.groupby("unit_kerja")["nama_jabatan"].agg(set)
    unit = sorted(units.index)[0]
    elsewhere = sorted(set(positions["nama_jabatan"]) - units[unit])[0]
    own = tmp_path / "pasangan.xlsx"
    answers = {"nip": [nip], "pilihan_1_unit": [unit], "pilihan_1_jabatan": [elsewhere], "kesediaan": ["Bersedia"]}
    fill_form(Path(result.forms[0]["berkas"]), pd.DataFrame(answers), output=own)
    got = am.read_aspirations(pegawai=sample["pegawai"], jabatan=sample["jabatan"], formulir=[own], tanggal=DAY)
    (finding,) = got.findings
    loc = finding.location
    assert (finding.code, loc.column, loc.header, loc.field, loc.value) == (
        "aspirasi-pilihan-tidak-valid",
        "G",
        "Pilihan 1 Jabatan",
        "pilihan_1_jabatan",
        elsewhere,
    )
    assert finding.message == f"Pilihan 1 tidak dipakai: jabatan '{elsewhere}' tidak ada di unit kerja '{unit}'"


def test_a_lone_dash_answer_reads_empty_as_every_other_reader_reads_it(
    sample: dict[str, Path], forms: tuple[Path, am.AspirationFormsResult], tmp_path: Path
) -> None:
    """A "-" typed for "no second choice" was "Pilihan 2 tidak dipakai: unit kerja '-' tidak ada di peta jabatan",
    a "-" kesediaan "tidak dikenal", while every table reader reads a lone dash as empty (hostile3, h31). A row of
    dashes only is a form left unfilled."""
    _folder, result = forms
    roster, positions = _world(sample)
    opd = result.forms[0]["opd"]
    first, second = roster[roster["unit_kerja"] == opd]["nip"].iloc[:2]
    unit, jabatan = positions[["unit_kerja", "nama_jabatan"]].iloc[0]
    own = tmp_path / "strip.xlsx"
    answers = {
        "nip": [first, second],
        "pilihan_1_unit": [unit, "-"],
        "pilihan_1_jabatan": [jabatan, "–"],
        "pilihan_2_unit": ["-", "-"],
        "pilihan_2_jabatan": ["--", "-"],
        "kesediaan": ["Bersedia", "-"],
        "alasan": ["-", "-"],
    }
    fill_form(Path(result.forms[0]["berkas"]), pd.DataFrame(answers), output=own)
    got = am.read_aspirations(pegawai=sample["pegawai"], jabatan=sample["jabatan"], formulir=[own], tanggal=DAY)
    assert [f.code for f in got.findings] == []
    assert got.table["nip"].tolist() == [first]
    row = got.table.iloc[0]
    assert (row["pilihan_1_unit"], row["pilihan_2_unit"], row["pilihan_2_jabatan"], row["alasan"]) == (unit, "", "", "")


def test_a_row_whose_every_answer_was_refused_is_named_and_not_counted() -> None:
    """The row with only an invalid Pilihan 1 counted as a pegawai (215) with no kesediaan and no finding, while the
    kesediaan breakdown summed to 214 and the plan, reading the table back, said 214 (walk3, h27)."""
    from asn_mutasi.api.aspirasi import AspirationsResult

    raw = _table(
        nip=["1", "2", "3"],
        pilihan_1_unit=["Dinas Kesehatan Kota", "Dinas B", "Dinas C"],
        kesediaan=["", "", "Bersedia"],
    )
    raw = raw.drop(columns=["waktu_isi", "berkas", "baris"]).assign(
        _berkas="f.xlsx", _sheet="Aspirasi", _baris=[6, 7, 8], _waktu=pd.Timestamp("2026-10-01"), _urutan_berkas=0
    )
    table, findings = check_aspirations(raw, pd.DataFrame({"nip": ["1", "2", "3"]}), _positions())
    assert [(f.code, f.location.row) for f in findings] == [
        ("aspirasi-pilihan-tidak-valid", 6),
        ("aspirasi-isi-ditolak", 6),
    ]
    assert table["nip"].tolist() == ["2", "3"]
    summary = AspirationsResult(table=table, findings=findings, files=[], rows_read=3).summary
    assert (summary["pegawai"], summary["bersedia"], summary["kesediaan_kosong"]) == (2, 1, 1)
    kinds = ("bersedia", "tidak_bersedia", "bersedia_dengan_syarat", "kesediaan_kosong")
    assert sum(summary[k] for k in kinds) == summary["pegawai"]


def test_cli_aspirasi_baca_json_equals_library(
    sample: dict[str, Path], forms: tuple[Path, am.AspirationFormsResult]
) -> None:
    folder, _ = forms
    cli = stdout_json(
        expect(run("aspirasi-baca", sample["pegawai"], sample["jabatan"], folder, "-f", "json", *TANGGAL), 0)
    )
    lib = am.read_aspirations(pegawai=sample["pegawai"], jabatan=sample["jabatan"], formulir=[folder], tanggal=DAY)
    assert cli == am.to_jsonable(lib.to_json())
    assert cli["ringkasan"]["berkas"] == len(list(folder.glob("*.xlsx")))


def test_cli_aspirasi_formulir_writes_one_file(sample: dict[str, Path], tmp_path: Path) -> None:
    out = stdout_json(
        expect(
            run(
                "aspirasi-formulir",
                sample["pegawai"],
                sample["jabatan"],
                "-d",
                tmp_path,
                "--satu-berkas",
                "-f",
                "json",
                *TANGGAL,
            ),
            0,
        )
    )
    assert [Path(f["berkas"]).name for f in out["formulir"]] == ["aspirasi_semua.xlsx"]
    assert np.isclose(out["formulir"][0]["pegawai"], len(_world(sample)[0]))


def test_plan_with_forms_hard_rule_keeps_the_unwilling(sample: dict[str, Path], tmp_path: Path) -> None:
    import dataclasses

    plain = am.plan(pegawai=sample["pegawai"], jabatan=sample["jabatan"], tanggal=DAY)
    movers = plain.plan.moves["nip"].tolist()
    assert movers, "the sample plan moves nobody"
    # every mover says "Tidak bersedia" in one form for all
    written = am.aspiration_forms(
        pegawai=sample["pegawai"], jabatan=sample["jabatan"], output=tmp_path, per_opd=False, tanggal=DAY
    )
    fill_form(Path(str(written.forms[0]["berkas"])), pd.DataFrame({"nip": movers, "kesediaan": "Tidak bersedia"}))
    hard = dataclasses.replace(am.Settings(), aspirasi=AspirationSettings(tidak_bersedia_wajib_tetap=True))
    kept = am.plan(
        pegawai=sample["pegawai"], jabatan=sample["jabatan"], aspirasi=[tmp_path], settings=hard, tanggal=DAY
    )
    assert not set(kept.plan.moves["nip"]) & set(movers)
    soft = am.plan(pegawai=sample["pegawai"], jabatan=sample["jabatan"], aspirasi=[tmp_path], tanggal=DAY)
    s = soft.plan.summary
    assert s["aspirasi_formulir"] == len(movers)
    against = soft.plan.moves[soft.plan.moves["kesediaan"] == "Tidak bersedia"]
    assert s["aspirasi_pindah_tidak_bersedia"] == len(against)
    assert all("TIDAK BERSEDIA" in a for a in against["alasan"])
    assert s["lowongan_terisi"] == plain.plan.summary["lowongan_terisi"]  # a soft cost never lowers the fill


def test_a_pin_of_an_unwilling_person_kept_by_the_hard_rule_names_the_form(
    sample: dict[str, Path], tmp_path: Path
) -> None:
    """A pin of someone kept only by their "Tidak bersedia" form (``tidak_bersedia_wajib_tetap``) was refused as
    "pegawai juga tercantum di --tetap", an option the analyst never gave (oracle2, h30): the refusal names the form
    and the setting; with --tetap too it names --tetap, as before."""
    import dataclasses

    from asn_mutasi.errors import PinRowError

    plain = am.plan(pegawai=sample["pegawai"], jabatan=sample["jabatan"], tanggal=DAY)
    nip, kode = plain.plan.moves[["nip", "kode_jabatan_tujuan"]].iloc[0]
    written = am.aspiration_forms(
        pegawai=sample["pegawai"], jabatan=sample["jabatan"], output=tmp_path / "f", per_opd=False, tanggal=DAY
    )
    fill_form(Path(str(written.forms[0]["berkas"])), pd.DataFrame({"nip": [nip], "kesediaan": "Tidak bersedia"}))
    pins = tmp_path / "kunci.csv"
    pd.DataFrame({"nip": [nip], "kode_jabatan": [kode]}).to_csv(pins, index=False)
    hard = dataclasses.replace(am.Settings(), aspirasi=AspirationSettings(tidak_bersedia_wajib_tetap=True))
    given = {"pegawai": sample["pegawai"], "jabatan": sample["jabatan"], "pins": pins, "settings": hard, "tanggal": DAY}
    with pytest.raises(PinRowError) as caught:
        am.plan(aspirasi=[tmp_path / "f"], **given)
    said = caught.value.message
    assert "tidak bersedia dipindah di formulir aspirasi" in said and "tidak_bersedia_wajib_tetap" in said
    assert "--tetap" not in said and said.startswith(f"--kunci '{pins}': Mutasi terkunci baris ")
    with pytest.raises(PinRowError, match="juga tercantum di --tetap"):
        am.plan(aspirasi=[tmp_path / "f"], keep=[nip], **given)


def test_forms_of_another_roster_give_warnings_and_an_empty_table(sample: dict[str, Path]) -> None:
    """The shipped forms (2,000-person Sukamaju) read against this 300-person roster: no NIP is known."""
    shipped = Path(__file__).resolve().parents[1] / "sample_data" / "aspirasi" / "aspirasi_dinas_kesehatan.xlsx"
    got = am.read_aspirations(pegawai=sample["pegawai"], jabatan=sample["jabatan"], formulir=[shipped], tanggal=DAY)
    assert got.table.empty and got.findings
    assert {f.code for f in got.findings} == {"aspirasi-nip-tidak-dikenal"}


def test_a_broken_form_workbook_is_an_indonesian_error(sample: dict[str, Path], tmp_path: Path) -> None:
    import zipfile

    good = tmp_path / "baik.xlsx"
    pd.DataFrame({"NIP": ["1"]}).to_excel(good, index=False)
    broken = tmp_path / "rusak.xlsx"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(broken, "w") as out:
        for info in src.infolist():
            if info.filename != "xl/workbook.xml":  # openpyxl: "There is no item named 'xl/workbook.xml'"
                out.writestr(info, src.read(info))
    result = run("aspirasi-baca", sample["pegawai"], sample["jabatan"], broken, *TANGGAL)
    assert result.exit_code == 3 and "rusak.xlsx" in result.stderr and "berkasnya rusak" in result.stderr
    assert "There is no item" not in result.stderr and "Traceback" not in result.stderr


def test_a_large_aspiration_table_parses_each_distinct_fill_time_once(tmp_path: Path) -> None:
    """300,000 rows with one fill date took 53 s, 42 of them parsing the same date text row by row."""
    from datetime import datetime

    import asn_mutasi.io.aspiration_forms as forms

    path = tmp_path / "aspirasi.csv"
    lines = ["nip,pilihan_1_unit,kesediaan,waktu_isi"]
    lines += [f"1986092620150510{i % 100:02d},RSUD,Bersedia,{'2026-01-0' + str(1 + i % 2)}" for i in range(2000)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    forms._parsed_when.cache_clear()
    table, _ = forms.read_forms([path])
    info = forms._parsed_when.cache_info()
    assert len(table) == 2000 and info.misses == 2 and info.hits == 1998
    assert set(table["_waktu"]) == {datetime(2026, 1, 1), datetime(2026, 1, 2)}


def test_two_opds_that_differ_in_case_get_two_forms(tmp_path: Path) -> None:
    """ "Dinas Kesehatan" and "DINAS KESEHATAN" made one file name: with --timpa the second form replaced the first
    and its people had no form (hostile-input campaign). Each OPD now gets its own file."""
    from cli_helpers import write_csv

    header = ("NIP", "NAMA", "JABATAN", "UNIT KERJA")
    people = [("198001012005011001", "Budi", "Perawat", "Dinas Kesehatan"),
              ("198101012006042002", "Sari", "Perawat", "DINAS KESEHATAN")]  # fmt: skip
    roster = write_csv(tmp_path / "pegawai.csv", header, people)
    table = write_csv(  # units the table does not have: the roster's own spellings group the forms
        tmp_path / "peta.csv", ("NAMA JABATAN", "UNIT KERJA", "KEBUTUHAN"), [("Perawat", "Puskesmas Lain", 3)]
    )
    result = am.aspiration_forms(pegawai=roster, jabatan=table, output=tmp_path / "f", per_opd=True, overwrite=True)
    files = [Path(str(f["berkas"])) for f in result.forms]
    assert len(files) == 2 and len(set(files)) == 2 and all(f.is_file() for f in files)
    assert sum(int(f["pegawai"]) for f in result.forms) == 2


def test_a_unit_the_roster_spells_several_ways_gets_one_form_under_the_tables_name(tmp_path: Path) -> None:
    """A roster spelling a unit five ways got five forms for it, one titled "OPD / Unit Kerja: Dinkes" (238 forms for
    70 units; walkthrough, h26): people are grouped by the unit of the post they are linked to."""
    from cli_helpers import write_csv

    header = ("NIP", "NAMA", "JABATAN", "UNIT KERJA")
    people = [("198001012005011001", "Budi", "Perawat", "Dinas Kesehatan"),
              ("198101012006042002", "Sari", "Perawat", "DINAS KESEHATAN"),
              ("198201012007011003", "Andi", "Perawat", "Dinas Kesehatan Kab. Sukamaju")]  # fmt: skip
    roster = write_csv(tmp_path / "pegawai.csv", header, people)
    table = write_csv(
        tmp_path / "peta.csv", ("NAMA JABATAN", "UNIT KERJA", "KEBUTUHAN"), [("Perawat", "Dinas Kesehatan", 3)]
    )
    result = am.aspiration_forms(pegawai=roster, jabatan=table, output=tmp_path / "f", per_opd=True)
    assert [(f["opd"], f["pegawai"]) for f in result.forms] == [("Dinas Kesehatan", 3)]


def test_forms_per_opd_follow_the_opd_column(tmp_path: Path) -> None:
    from cli_helpers import write_csv

    header = ("NIP", "NAMA", "JABATAN", "OPD", "UNIT KERJA")
    people = [("198001012005011001", "Budi", "Sekretaris", "Dinas Sosial", "Sekretariat"),
              ("198101012006042002", "Sari", "Pekerja Sosial", "Dinas Sosial", "Bidang Rehabilitasi Sosial"),
              ("198201012007011003", "Andi", "Sekretaris", "Dinas Perhubungan", "Sekretariat")]  # fmt: skip
    roster = write_csv(tmp_path / "pegawai.csv", header, people)
    table = write_csv(tmp_path / "peta.csv", ("OPD", "NAMA JABATAN", "UNIT KERJA", "KEBUTUHAN"),
                      [(p[3], p[2], p[4], 1) for p in people])  # fmt: skip
    result = am.aspiration_forms(pegawai=roster, jabatan=table, output=tmp_path / "f", per_opd=True)
    assert sorted((f["opd"], f["pegawai"]) for f in result.forms) == [("Dinas Perhubungan", 1), ("Dinas Sosial", 2)]


@pytest.mark.parametrize("table_has_opds", [True, False])
def test_an_opd_the_roster_spells_several_ways_gets_one_form(tmp_path: Path, table_has_opds: bool) -> None:
    """A roster with an OPD column writing 25 OPDs four ways (capitals, a double space, "… Kabupaten Biak Numfor")
    got 85 forms, four for Dinas Perikanan and the main one named "…_3" (walk4, h28). One form per OPD, spelt as
    the table (or most rows) write it; an unlinked person's OPD is folded too. Another OPD stays apart."""
    from cli_helpers import write_csv

    header = ("NIP", "NAMA", "JABATAN", "OPD", "UNIT KERJA")
    people = [("198001012005011001", "Budi", "Sekretaris", "Dinas Perikanan", "Sekretariat"),
              ("198101012006042002", "Sari", "Penyuluh Perikanan", "Dinas Perikanan", "Bidang Budidaya"),
              ("198201012007011003", "Andi", "Penyuluh Perikanan", "DINAS PERIKANAN", "Bidang Budidaya"),
              ("198301012008011004", "Rudi", "Penyuluh Perikanan", "Dinas  Perikanan", "Bidang Budidaya"),
              ("198401012009011005", "Tono", "Penyuluh Perikanan", "Dinas Perikanan Kabupaten Biak Numfor",
               "Bidang Budidaya"),
              ("198501012010011006", "Wati", "Juru Masak", "DINAS PERIKANAN KABUPATEN BIAK NUMFOR", "Sekretariat"),
              ("198601012011011007", "Yanti", "Sekretaris", "Dinas Perikanan dan Kelautan", "Sekretariat")]  # fmt: skip
    roster = write_csv(tmp_path / "pegawai.csv", header, people)
    posts = [("Dinas Perikanan", "Sekretaris", "Sekretariat", 1),
             ("Dinas Perikanan", "Penyuluh Perikanan", "Bidang Budidaya", 4),
             ("Dinas Perikanan dan Kelautan", "Sekretaris", "Sekretariat", 1)]  # fmt: skip
    if table_has_opds:
        table = write_csv(tmp_path / "peta.csv", ("OPD", "NAMA JABATAN", "UNIT KERJA", "KEBUTUHAN"), posts)
    else:  # one table of units without OPDs
        table = write_csv(tmp_path / "peta.csv", ("NAMA JABATAN", "UNIT KERJA", "KEBUTUHAN"), [p[1:] for p in posts])
    result = am.aspiration_forms(pegawai=roster, jabatan=table, output=tmp_path / "f", per_opd=True)
    got = sorted((f["opd"], f["pegawai"], Path(str(f["berkas"])).name) for f in result.forms)
    assert got == [("Dinas Perikanan", 6, "aspirasi_dinas_perikanan.xlsx"),
                   ("Dinas Perikanan dan Kelautan", 1, "aspirasi_dinas_perikanan_dan_kelautan.xlsx")]  # fmt: skip


def test_a_filled_row_without_nip_is_named_not_skipped(
    sample: dict[str, Path], forms: tuple[Path, am.AspirationFormsResult], tmp_path: Path
) -> None:
    """A row with choices and a reason but its NIP cell emptied was skipped without a word (hostile-input campaign):
    every filled row is accounted for."""
    _folder, result = forms
    path = Path(result.forms[0]["berkas"])
    own = tmp_path / "tanpa_nip.xlsx"
    r = _typed_below(path, own, {6: "Dinas Apa Saja", 13: "Alasan tertulis"})
    got = am.read_aspirations(pegawai=sample["pegawai"], jabatan=sample["jabatan"], formulir=[own], tanggal=DAY)
    named = [f for f in got.findings if f.code == "aspirasi-nip-tidak-dikenal"]
    assert [f.location.row for f in named] == [r]


def test_a_typed_fill_date_is_read_day_first_and_an_impossible_one_is_named(
    sample: dict[str, Path], tmp_path: Path
) -> None:
    """'05-06-2026' (5 June) was read as 6 May, so a form of 20 May won over it; '31-02-2026' silently became the
    file's modification time (hostile-input campaign)."""
    roster, positions = _world(sample)
    nip, other = roster["nip"].iloc[0], roster["nip"].iloc[1]
    unit = sorted(set(positions["unit_kerja"]))[0]
    head = "nip,pilihan_1_unit,kesediaan,waktu_isi\n"
    (tmp_path / "a.csv").write_text(head + f"{nip},{unit},Bersedia,05-06-2026 10:30\n", encoding="utf-8")
    (tmp_path / "b.csv").write_text(
        head + f"{nip},{unit},Tidak bersedia,2026-05-20\n{other},{unit},Bersedia,31-02-2026\n", encoding="utf-8"
    )
    got = am.read_aspirations(pegawai=sample["pegawai"], jabatan=sample["jabatan"], formulir=[tmp_path], tanggal=DAY)
    row = got.table.set_index("nip").loc[nip]
    assert row["kesediaan"] == "Bersedia" and row["waktu_isi"] == "2026-06-05T10:30:00"
    unread = [f for f in got.findings if f.code == "tanggal-tidak-terbaca"]
    assert [(f.location.row, f.location.value) for f in unread] == [(3, "31-02-2026")]


def test_plan_with_only_a_file_that_is_no_form_is_refused(sample: dict[str, Path], tmp_path: Path) -> None:
    """`rencana --aspirasi usulan_mutasi.csv` planned as if no form were given, exit 0, the error only in JSON
    (hostile-input campaign, round 2)."""
    from asn_mutasi.errors import InputError

    other = tmp_path / "bukan.csv"
    other.write_text("NIP,KODE JABATAN\n198001012005011001,X-1\n", encoding="utf-8")
    with pytest.raises(InputError, match="bukan formulir aspirasi"):
        am.plan(pegawai=sample["pegawai"], jabatan=sample["jabatan"], aspirasi=[other], tanggal=DAY)


def test_a_fill_time_in_words_with_a_wib_clock_is_read_and_a_bare_clock_is_no_date() -> None:
    from datetime import datetime

    from asn_mutasi.io.aspiration_forms import _parsed_when

    assert _parsed_when("5 Juni 2026 14.30 WIB") == datetime(2026, 6, 5, 14, 30)
    assert _parsed_when("05.06.2026") == datetime(2026, 6, 5)
    assert _parsed_when("14.30") is None  # an Excel serial of 1900 is no fill date


def test_an_aspiration_table_saved_by_excel_in_windows_1252_is_read(tmp_path: Path) -> None:
    """The aspiration CSV was read as UTF-8 only: a table re-saved by Excel ("CSV (dipisah koma)", Windows-1252, ';')
    with a unit "Bagian Umum & Keuangan – Sekretariat" was refused (last session's hostile-input campaign)."""
    import asn_mutasi.io.aspiration_forms as forms

    path = tmp_path / "aspirasi.csv"
    text = "nip;pilihan_1_unit;kesediaan\r\n198609262015051001;Bagian Umum – Sekretariat;Bersedia\r\n"
    path.write_bytes(text.encode("cp1252"))
    table, _ = forms.read_forms([path])
    assert table["pilihan_1_unit"].tolist() == ["Bagian Umum – Sekretariat"]
    assert table["nip"].tolist() == ["198609262015051001"]


def test_the_aspiration_counts_add_up_to_the_movers_with_a_form() -> None:
    """With the shipped forms, "48 pindah yang mengisi formulir" were counted 22 + 7 + 1 + 16 + 0 = 46: two forms
    without any choice fell into no count (walkthrough)."""
    from cli_helpers import JABATAN_XLSX, PEGAWAI_XLSX, SAMPLE

    got = am.plan(pegawai=PEGAWAI_XLSX, jabatan=JABATAN_XLSX, aspirasi=[SAMPLE / "aspirasi"], tanggal=DAY)
    s = got.plan.summary
    parts = ("aspirasi_pilihan_1", "aspirasi_pilihan_2", "aspirasi_pilihan_3", "aspirasi_tidak_terpenuhi")
    parts += ("aspirasi_tanpa_pilihan", "aspirasi_pindah_tidak_bersedia")
    assert sum(s[k] for k in parts) == s["aspirasi_pindah_berformulir"] > 0


def test_a_form_dated_after_today_is_named(tmp_path: Path) -> None:
    """A form dated 2099-01-01 gave no word, though its date decides which form wins when one NIP filled several
    (hostile-input campaign, round 3)."""
    import asn_mutasi.io.aspiration_forms as forms
    from asn_mutasi.planning.aspiration import check_aspirations

    path = tmp_path / "aspirasi.csv"
    path.write_text(
        "nip,pilihan_1_unit,kesediaan,waktu_isi\n198609262015051001,Dinas A,Bersedia,2099-01-01\n"
        "198609262015051002,Dinas A,Bersedia,2026-10-01\n",
        encoding="utf-8",
    )
    raw, _ = forms.read_forms([path])
    roster = pd.DataFrame({"nip": ["198609262015051001", "198609262015051002"], "unit_kerja": ["Dinas B"] * 2})
    _, findings = check_aspirations(raw, roster, _positions(), DAY)
    ahead = [f for f in findings if f.code == "aspirasi-tanggal-mendatang"]
    assert len(ahead) == 1 and ahead[0].location.row == 2 and "01-11-2026" in ahead[0].message


def test_the_form_shows_the_current_unit_as_its_unit_list_names_it(tmp_path: Path) -> None:
    """The form's "Unit Kerja Saat Ini" showed the roster's raw key ("KECAMATAN SIRIMAU KOTA AMBON | Kelurahan
    Rijali") beside a Daftar list naming the unit "Kecamatan Sirimau | Kelurahan Rijali" (walk6 #5, h29): a linked
    person's unit is the table's; an unlinked one keeps the roster's spelling."""
    import openpyxl
    from cli_helpers import write_csv

    header = ("NIP", "NAMA", "JABATAN", "OPD", "UNIT KERJA")
    people = [("198001012005011001", "Budi", "Lurah", "KECAMATAN SIRIMAU KOTA AMBON", "Kelurahan Rijali"),
              ("198101012006042002", "Sari", "Pengadministrasi Perkantoran", "KECAMATAN SIRIMAU", "KEL. RIJALI"),
              ("198201012007011003", "Andi", "Juru Masak", "KECAMATAN SIRIMAU", "Kelurahan Uritetu")]  # fmt: skip
    roster = write_csv(tmp_path / "pegawai.csv", header, people)
    posts = [("Kecamatan Sirimau", "Lurah", "Kelurahan Rijali", 1),
             ("Kecamatan Sirimau", "Pengadministrasi Perkantoran", "Kelurahan Rijali", 2)]  # fmt: skip
    table = write_csv(tmp_path / "peta.csv", ("OPD", "NAMA JABATAN", "UNIT KERJA", "KEBUTUHAN"), posts)
    result = am.aspiration_forms(pegawai=roster, jabatan=table, output=tmp_path / "f", per_opd=True)
    (form,) = result.forms
    book = openpyxl.load_workbook(str(form["berkas"]))
    rows = list(book["Aspirasi"].iter_rows(min_row=6, values_only=True))
    listed = {r[0] for r in book["Daftar"].iter_rows(min_row=2, values_only=True)}
    shown = {r[2]: r[4] for r in rows}
    assert shown["Budi"] == shown["Sari"] == "Kecamatan Sirimau | Kelurahan Rijali" and shown["Budi"] in listed
    assert shown["Andi"] == "KECAMATAN SIRIMAU | Kelurahan Uritetu"  # no post of the table: as the roster writes it


def test_blank_forms_are_never_written_over_returned_forms_even_with_timpa(
    sample: dict[str, Path], tmp_path: Path
) -> None:
    """A folder of returned forms given to ``aspirasi-formulir -d … --timpa`` (as its refusal advised) lost 1,036
    answers without a word (hostile10, h29): forms holding answers are refused, named and counted; blank ones are
    still replaced with --timpa."""
    from asn_mutasi.errors import OutputError

    folder = tmp_path / "formulir"
    args = {"pegawai": sample["pegawai"], "jabatan": sample["jabatan"], "output": folder, "tanggal": DAY}
    written = am.aspiration_forms(**args)  # type: ignore[arg-type]
    again = am.aspiration_forms(**args, overwrite=True)  # type: ignore[arg-type]
    assert len(again.forms) == len(written.forms)  # blank forms: replaced
    roster, _positions = _world(sample)
    form = written.forms[1]
    people = roster[roster["unit_kerja"] == form["opd"]]["nip"].tolist()[:3]
    path = Path(form["berkas"])
    answers = pd.DataFrame({"nip": people, "kesediaan": ["Bersedia", "Tidak bersedia", "Bersedia"]})
    fill_form(path, answers)
    before = path.read_bytes()
    for overwrite in (False, True):
        with pytest.raises(OutputError) as caught:
            am.aspiration_forms(**args, overwrite=overwrite)  # type: ignore[arg-type]
        message = str(caught.value)
        assert f"'{path.name}' (3 jawaban)" in message and "juga dengan --timpa" in message
        assert "pakai --timpa" not in message and "folder lain" in (caught.value.hint or "")
    assert path.read_bytes() == before
    got = am.read_aspirations(pegawai=sample["pegawai"], jabatan=sample["jabatan"], formulir=[folder], tanggal=DAY)
    assert sorted(got.table["nip"]) == sorted(people)


def test_the_shipped_forms_show_dates_as_every_message_writes_them() -> None:
    """sample_data/aspirasi was written before the forms said DD-MM-YYYY: its instruction still asked for "Tanggal
    Pengisian (opsional, YYYY-MM-DD)" while the form writer, the README and every message write DD-MM-YYYY (walk3,
    h27); the shipped forms are written again with scripts/isi_formulir_aspirasi.py (review13, h33)."""
    shipped = sorted((Path(__file__).resolve().parents[1] / "sample_data" / "aspirasi").glob("*.xlsx"))
    assert shipped
    for path in shipped:
        sheet = load_workbook(path, read_only=True)[FORM_SHEET]
        said = " ".join(str(v) for row in sheet.iter_rows(max_row=5, values_only=True) for v in row if v)
        assert "DD-MM-YYYY" in said and "YYYY-MM-DD" not in said, path.name
