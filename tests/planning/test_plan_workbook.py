"""Tests of the plan workbook: sheets, dropdown, text cells, hidden sheet, round trip."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from openpyxl import load_workbook

from asn_mutasi.config import Settings
from asn_mutasi.errors import InputError, OutputError
from asn_mutasi.findings import Location, make_finding
from asn_mutasi.io.plan_workbook import read_plan_workbook, write_plan_workbook
from asn_mutasi.planning import Plan, make_plan
from asn_mutasi.schema import KEPUTUSAN, PLAN_HIDDEN_SHEET, PLAN_MOVE_COLUMNS, PLAN_SHEETS
from tests.planning.factory import AS_OF, NO_RETIREMENTS, candidates, nip, positions, roster


@pytest.fixture
def plan() -> Plan:
    pos = positions([("A", "Perawat", "UPT X", 2), ("B", "Perawat", "RSUD", 1), ("C", "=Bidan", "RSUD", 1)])
    ro = roster([(nip(1), "B"), (nip(2), "B"), (nip(3), "B"), (nip(4), "C")])
    ro.loc[0, "nama"] = '=HYPERLINK("http://x")'
    ro.loc[1, "nama"] = "@SUM(A1)"
    ca = candidates([(nip(1), "A", 80.5, True), (nip(2), "A", 60, True), (nip(3), "C", 70, True)])
    ca.loc[0, "alasan"] = "-pendidikan sesuai"
    return make_plan(ro, pos, ca, Settings(), as_of=AS_OF, retirements=NO_RETIREMENTS)


def write(plan: Plan, path: Path, **kw: object) -> None:
    write_plan_workbook(
        plan,
        path,
        parameters={"rencana": {"skor_minimum": 40.0, "maks_pindah_per_unit": None}, "keep": ["a", "b"]},
        input_files=[("pegawai.xlsx", "a" * 64)],
        findings=[make_finding("baris-kosong", Location(file="pegawai.xlsx", row=7))],
        **kw,  # type: ignore[arg-type]
    )


def test_sheets_dropdown_text_cells_and_hidden_sheet(plan: Plan, tmp_path: Path) -> None:
    path = tmp_path / "rencana.xlsx"
    write(plan, path)
    wb = load_workbook(path)
    # the reviewers' Persetujuan sheet (issue 16) follows Rencana Mutasi
    assert wb.sheetnames == [*PLAN_SHEETS[:2], "Persetujuan", *PLAN_SHEETS[2:], PLAN_HIDDEN_SHEET]
    assert wb[PLAN_HIDDEN_SHEET].sheet_state == "veryHidden"
    ws = wb["Rencana Mutasi"]
    assert [c.value for c in ws[1]] == [label for _, label in PLAN_MOVE_COLUMNS]
    assert ws.freeze_panes == "C2" and ws.auto_filter.ref
    kcol = [f for f, _ in PLAN_MOVE_COLUMNS].index("keputusan") + 1
    dvs = ws.data_validations.dataValidation
    assert len(dvs) == 1 and dvs[0].type == "list"
    assert dvs[0].formula1 == '"' + ",".join(KEPUTUSAN) + '"'
    assert ws.cell(2, kcol).coordinate in dvs[0].sqref
    nip_cell = ws.cell(2, 2)
    assert nip_cell.data_type == "s" and nip_cell.value == nip(1)
    names = {ws.cell(r, 3).value: ws.cell(r, 3).data_type for r in range(2, ws.max_row + 1)}
    assert names['=HYPERLINK("http://x")'] == "s" and names["@SUM(A1)"] == "s"
    alasan_col = [f for f, _ in PLAN_MOVE_COLUMNS].index("alasan") + 1
    assert all(ws.cell(r, alasan_col).data_type == "s" for r in range(2, ws.max_row + 1))
    assert ws.cell(2, [f for f, _ in PLAN_MOVE_COLUMNS].index("skor") + 1).value == 80.5
    # Ringkasan numbers add up and the charts are there
    summary = wb["Ringkasan"]
    values = {summary.cell(r, 1).value: summary.cell(r, 2).value for r in range(4, 30) if summary.cell(r, 1).value}
    assert (
        values["Pegawai dipindah"] + values["Pegawai tetap"] + values["Pegawai dikecualikan"]
        == values["Pegawai dalam data masukan"]
    )
    assert len(summary._charts) == 2
    params = {r[0].value: r[1].value for r in wb["Parameter"].iter_rows(min_row=2)}
    assert params["rencana.skor_minimum"] == "40" and params["nip_tetap"] == "a, b" and "keep" not in params
    assert params["berkas_input_1"] == "pegawai.xlsx (sha256 " + "a" * 64 + ")"
    assert "versi_asn_mutasi" in params
    problems = wb["Masalah Data"]
    assert problems.cell(1, 1).value == "Kode Temuan" and problems.cell(2, 1).value == "baris-kosong"
    assert problems.cell(2, 2).value in {"galat", "peringatan", "info"}
    assert wb["Lowongan Tidak Terisi"].cell(1, 6).value == "Lowongan Tidak Terisi"
    assert wb["Beban Kerja"].cell(1, 3).value == "Bezetting Sebelum"


def test_read_plan_workbook_round_trips_moves(plan: Plan, tmp_path: Path) -> None:
    path = tmp_path / "rencana.xlsx"
    write(plan, path)
    visible, hidden, params = read_plan_workbook(path)
    assert len(visible) == len(plan.moves) == 2
    assert visible.equals(hidden)
    assert visible["nip"].tolist() == plan.moves["nip"].tolist()
    assert visible["skor"].tolist() == ["80.5", "60"]
    assert visible.loc[visible["nip"] == nip(1), "nama"].item() == '=HYPERLINK("http://x")'
    assert params["rencana.skor_minimum"] == "40"
    # the analyst decides and reorders columns: still read through the labels
    wb = load_workbook(path)
    ws = wb["Rencana Mutasi"]
    kcol = [f for f, _ in PLAN_MOVE_COLUMNS].index("keputusan") + 1
    ws.cell(2, kcol).value = "Setuju"
    ws.move_range("A1:A4", cols=30)
    wb.save(path)
    visible2, hidden2, _ = read_plan_workbook(path)
    assert visible2.iloc[0]["keputusan"] == "Setuju" and hidden2.iloc[0]["keputusan"] == ""
    assert visible2["id_mutasi"].tolist() == hidden2["id_mutasi"].tolist()


def test_overwrite_and_errors(plan: Plan, tmp_path: Path) -> None:
    path = tmp_path / "rencana.xlsx"
    write(plan, path)
    with pytest.raises(OutputError):
        write(plan, path)
    write(plan, path, overwrite=True)
    assert [p.name for p in tmp_path.iterdir()] == ["rencana.xlsx"]  # no temp file left
    with pytest.raises(InputError):
        read_plan_workbook(tmp_path / "nope.xlsx")


def test_empty_plan_writes_valid_workbook(tmp_path: Path) -> None:
    pos = positions([("A", "Perawat", "UPT X", 1)])
    empty = make_plan(
        roster([(nip(1), "A")]),
        pos,
        candidates([]).astype({"layak": bool}),
        Settings(),
        as_of=AS_OF,
        retirements=NO_RETIREMENTS,
    )
    path = tmp_path / "kosong.xlsx"
    write(empty, path)
    visible, hidden, _ = read_plan_workbook(path)
    assert visible.empty and hidden.empty
    assert list(visible.columns) == [f for f, _ in PLAN_MOVE_COLUMNS]


@pytest.mark.parametrize("n_units", [1, 3, 12, 40, 75])
def test_summary_charts_never_overlap_each_other_or_the_table(n_units: int, tmp_path: Path) -> None:
    from tests.xlsx_layout import category_label_positions, chart_boxes

    rows = [(f"K{i:03d}", "Perawat", f"Unit Kerja Nomor {i} dengan Nama Panjang", 2) for i in range(n_units)]
    pos = positions(rows)
    ro = roster([(nip(i), f"K{i:03d}") for i in range(n_units)])
    built = make_plan(
        ro, pos, candidates([]).astype({"layak": bool}), Settings(), as_of=AS_OF, retirements=NO_RETIREMENTS
    )
    path = tmp_path / "rencana.xlsx"
    write(built, path)
    boxes = chart_boxes(path, "Ringkasan")
    assert len(boxes) == 2
    first, second = boxes
    assert not first.overlaps(second)
    assert first.bottom <= second.top  # stacked, the second below the first
    ws = load_workbook(path)["Ringkasan"]
    last_table_row = max(r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value is not None)
    assert first.top[0] >= last_table_row  # 0-based anchor row below the last (1-based) table row
    # every unit gets a bar: the chart grows with the unit count instead of squeezing labels
    spans = [(b.bottom[0] - b.top[0]) for b in boxes]
    assert min(spans) * 20 >= min(22 * n_units, 1200)
    assert category_label_positions(path) == ["low", "low"]  # unit names never sit on a negative bar


def test_summary_shows_words_rounded_figures_and_no_internal_keys(plan: Plan, tmp_path: Path) -> None:
    plan.summary["indeks_ketimpangan_sebelum"] = 0.12211981566820276
    plan.summary["nilai_tujuan"] = -123.0  # solver internals are not analyst figures
    path = tmp_path / "rencana.xlsx"
    write(plan, path)
    ws = load_workbook(path)["Ringkasan"]
    values = {ws.cell(r, 1).value: ws.cell(r, 2).value for r in range(4, ws.max_row + 1) if ws.cell(r, 1).value}
    label = next(k for k in values if str(k).startswith("Indeks ketimpangan sebelum"))
    assert values[label] == 0.122
    assert not any("nilai_tujuan" in str(k).casefold() or "nilai tujuan" in str(k).casefold() for k in values)
    headers = [c.value for c in ws[3]][:2]
    assert headers == ["Ukuran", "Nilai"]


def test_parameter_sheet_lists_version_and_time_once_in_words(plan: Plan, tmp_path: Path) -> None:
    path = tmp_path / "rencana.xlsx"
    write_plan_workbook(
        plan,
        path,
        parameters={
            "versi": "0.0.9",
            "waktu": "2026-01-01T00:00:00",
            "tanggal_acuan": "2026-11-01",
            "aturan": {"cek_bup": True},
        },
    )
    keys = [r[0] for r in load_workbook(path)["Parameter"].iter_rows(min_row=2, values_only=True)]
    params = {r[0]: r[1] for r in load_workbook(path)["Parameter"].iter_rows(min_row=2, values_only=True)}
    assert "versi" not in keys and "waktu" not in keys and keys.count("versi_asn_mutasi") == 1
    assert params["aturan.cek_bup"] == "ya" and params["tanggal_acuan"] == "01-11-2026"


def test_the_plan_findings_are_added_once_whether_given_as_the_same_objects_or_as_copies() -> None:
    import copy

    from asn_mutasi.findings import Finding, Location, Severity
    from asn_mutasi.io.plan_workbook import with_plan_findings

    inputs = [Finding("nip-ganda", Severity.ERROR, "NIP ganda", Location(file="p.xlsx", row=4))] * 2
    own = [
        Finding("rencana-sekunder-belum-terbukti", Severity.WARNING, "belum terbukti"),
        Finding("rencana-kunci-mengurangi-pengisian", Severity.WARNING, "kunci", Location(value="3")),
    ]
    assert with_plan_findings(inputs, own) == inputs + own  # none given: all added
    assert with_plan_findings(inputs + own, own) == inputs + own  # the same objects (api.plan)
    assert with_plan_findings(inputs + copy.deepcopy(own), own) == inputs + own  # copies: still once
    assert with_plan_findings(inputs + own[:1], own) == inputs + own[:1] + own[1:]  # only the one missing
    assert with_plan_findings(inputs, []) == inputs  # two equal input findings stay two rows


def test_the_workload_sheet_shows_ej_only_when_the_workload_gives_it(plan: Plan, tmp_path: Path) -> None:
    """walk5 #9 (h28): without --abk the Beban Kerja sheet printed three EJ columns empty, with no word why; they are
    left out then, and kept when any unit has an EJ."""
    path = tmp_path / "rencana.xlsx"
    write(plan, path)
    headers = [c.value for c in load_workbook(path)["Beban Kerja"][1]]
    assert plan.units_before["ej"].isna().all() and not [h for h in headers if "EJ" in str(h)]
    assert "Lowongan Sesudah" in headers
    plan.units_before.loc[plan.units_before.index[0], "ej"] = 0.85
    write(plan, tmp_path / "abk.xlsx")
    headers = [c.value for c in load_workbook(tmp_path / "abk.xlsx")["Beban Kerja"][1]]
    assert [h for h in headers if "EJ" in str(h)] == ["EJ Sebelum", "EJ Sesudah"]


def test_a_move_prints_on_few_lines_with_its_whole_reason(plan: Plan, tmp_path: Path) -> None:
    """Printed, each Rencana Mutasi row was as tall as its Alasan wrapped at 70 characters (six lines for a usual
    400-character reason) while the Alasan fell on the other page: 9 moves a page, 81 moves on 18 pages (walk6 #5,
    h29). A wider Alasan keeps a usual reason to three or four lines. The sheet prints three pages wide since render30
    (h38): two pages wide printed it at half size (tests/io/test_plan_sheet_prints_in_parts_render30_h38.py)."""
    reason = (
        "Mengisi lowongan Penelaah Teknis Kebijakan di Badan Kepegawaian dan Pengembangan Sumber Daya Manusia | "
        "Sekretariat (kurang 1); Jurusan 'S-1 Manajemen' sesuai syarat 'S-1 Manajemen'. Pengalaman terkait 5,4 tahun "
        "(serumpun, antara lain sebagai Penelaah Teknis Kebijakan). Sudah 5 tahun 4 bulan di jabatan sekarang, rotasi "
        "jatuh tempo (lebih dari 5 tahun); skor 91,2; berasal dari jabatan yang kelebihan pegawai (+3)"
    )
    plan.moves["alasan"] = reason
    path = tmp_path / "rencana.xlsx"
    write(plan, path)
    ws = load_workbook(path)["Rencana Mutasi"]
    heights = [ws.row_dimensions[r].height for r in range(2, ws.max_row + 1)]
    assert len(heights) == 2 and all(h is not None and h <= 4 * 15 for h in heights), heights
    assert ws.page_setup.orientation == "landscape" and ws.page_setup.fitToWidth == 3


def test_a_plan_moving_a_pppk_heads_the_grade_golongan_and_reads_back(plan: Plan, tmp_path: Path) -> None:
    """The Rencana Mutasi sheet read "Gol/Ruang | V" for a PPPK while the SK list and letters say "golongan V": a
    PPPK has a golongan (I–XVII) and no ruang (PP 49/2018; walk7 #5, h29). One rule, rollout.letters.pppk_mask: a
    plan that moves a PPPK heads the column "Golongan"; a PNS-only plan keeps "Gol/Ruang"; both read back."""
    import dataclasses

    from asn_mutasi.rollout.apply import canonical_plan_frame

    fields = [f for f, _ in PLAN_MOVE_COLUMNS]
    col = fields.index("golongan") + 1
    pns = tmp_path / "pns.xlsx"
    write(plan, pns)
    assert load_workbook(pns)["Rencana Mutasi"].cell(1, col).value == "Gol/Ruang"
    moves = plan.moves.copy()
    moves.loc[moves.index[0], "golongan"] = "V"  # a golongan only a PPPK has
    mixed = tmp_path / "pppk.xlsx"
    write(dataclasses.replace(plan, moves=moves), mixed)
    ws = load_workbook(mixed)["Rencana Mutasi"]
    assert (ws.cell(1, col).value, ws.cell(2, col).value) == ("Golongan", "V")
    visible, hidden, _ = read_plan_workbook(mixed)
    assert visible.equals(hidden) and visible["golongan"].tolist()[0] == "V"
    assert list(canonical_plan_frame(pd.DataFrame(columns=["Golongan", "Gol/Ruang"])).columns) == ["golongan"] * 2


def test_the_reason_says_the_score_as_the_score_column_shows_it(plan: Plan, tmp_path: Path) -> None:
    """The Alasan said "skor 60" where the Skor cell beside it showed 60,0 (one decimal, the column's format): one
    number in two formats on one row (walk5, h31). The reason writes the score with the column's decimals."""
    path = tmp_path / "rencana.xlsx"
    write(plan, path)
    ws = load_workbook(path)["Rencana Mutasi"]
    fields = [f for f, _ in PLAN_MOVE_COLUMNS]
    rows = [[c.value for c in r] for r in ws.iter_rows(min_row=2)]
    whole = [r for r in rows if float(r[fields.index("skor")]).is_integer()]
    assert whole, "the fixture moves someone with a whole score"
    for r in rows:
        cell = ws.cell(rows.index(r) + 2, fields.index("skor") + 1)
        assert cell.number_format.startswith("#,##0.0")  # the column: one decimal, also for a whole score
        shown = f"{r[fields.index('skor')]:.1f}".replace(".", ",")
        assert f"skor {shown};" in r[fields.index("alasan")]


def test_ringkasan_shows_the_optimality_gap_as_a_percentage() -> None:
    """The Ringkasan sheet showed the gap as the fraction 0,04 where the terminal says "4,2%" (plan9, h32)."""
    from asn_mutasi.io.report_workbook import summary_frame

    frame = summary_frame({"celah_optimalitas": 0.0421, "lowongan_terisi": 3}, {})
    assert frame["nilai_ringkasan"].tolist() == ["4,2%", 3]


def test_summary_says_what_to_do_next_with_the_workbook(plan: Plan, tmp_path: Path) -> None:
    """The Ringkasan said what the plan is and never what the analyst does with it next (walk10, h33): under the title,
    the Persetujuan sheet to fill, the final stage that counts and the terapkan command naming this workbook."""
    path = tmp_path / "rencana_2027.xlsx"
    write_plan_workbook(
        plan, path, parameters={"tata_kelola": {"tahap_final": "Sidang Baperjakat"}}, input_files=[], findings=[]
    )
    ws = load_workbook(path)["Ringkasan"]
    text = ws["A2"].value
    assert text.startswith("Langkah berikutnya: setiap penilai mengisi Keputusan (Setuju/Tolak/Tunda)")
    assert "di lembar kerja Persetujuan" in text and "Setuju di tahap Sidang Baperjakat diterapkan" in text
    assert "asn-mutasi terapkan rencana_2027.xlsx DATA_PEGAWAI -o DATA_PEGAWAI_BARU.xlsx --tmt DD-MM-YYYY" in text
    assert ws["A2"].alignment.wrap_text
    assert ws.row_dimensions[2].height >= 4 * 15  # the whole note shows, over the lines it needs
    assert [c.value for c in ws[3]][:2] == ["Ukuran", "Nilai"]  # the table stays where it was


def test_ringkasan_names_the_solver_gap_apart_from_the_fill_gap() -> None:
    """A stopped plan's Ringkasan shows the fill gap and the solver's gap on its own objective; the solver's read
    "(kursi terisi, bukan lowongan terisi)", untrue under --rotasi (its objective holds the stay costs) and easy to
    take for the fill gap. It now says it is a technical figure and points to the fill gap, whose label says which
    bound it is measured against under --rotasi (plan10, h33)."""
    from asn_mutasi.io.report_workbook import summary_frame

    frame = summary_frame({"celah_optimalitas": 0.25, "celah_tujuan_solver": 0.1}, {})
    fill_gap, solver_gap = frame.iloc[:, 0].tolist()
    # the rotation named in words, not the option "--rotasi" (render29, h38)
    assert "wajib rotasi" in fill_gap and "batas atas dengan rotasi" in fill_gap
    assert solver_gap.startswith("Teknis:") and "Celah optimalitas" in solver_gap and "kursi" not in solver_gap


def test_ringkasan_shows_both_gaps_as_percentages() -> None:
    """A stopped plan's Ringkasan showed ``celah_optimalitas`` as "28,1%" but ``celah_tujuan_solver`` as the raw
    fraction 0.24 two screens lower: the same kind of figure in two formats. Both read as percentages with the
    Indonesian decimal comma; JSON keeps both fractions (plan11, h33)."""
    from asn_mutasi.formatting import display_value
    from asn_mutasi.io.report_workbook import summary_frame

    frame = summary_frame({"celah_optimalitas": 0.2807017543859649, "celah_tujuan_solver": 0.23939316019542298}, {})
    assert frame.iloc[:, 1].tolist() == ["28,1%", "23,9%"]
    assert display_value("celah_tujuan_solver", 0.0004) == "<0,1%"  # never a 0% that reads as proven


def test_ringkasan_puts_the_solver_gap_beside_the_fill_gap(plan: Plan, tmp_path: Path) -> None:
    """The solver's own gap, whose label says "lihat Celah optimalitas", came after Kebutuhan diklat, twenty rows
    below the fill gap it is to be read apart from; it now follows that row (plan11, h33)."""
    from dataclasses import replace

    from asn_mutasi.labels import summary_label

    stopped = replace(
        plan,
        summary={**plan.summary, "status_solver": "batas-waktu", "celah_optimalitas": 0.25, "celah_tujuan_solver": 0.1},
    )
    path = tmp_path / "rencana.xlsx"
    write(stopped, path)
    labels = [row[0] for row in load_workbook(path)["Ringkasan"].iter_rows(min_row=4, max_col=1, values_only=True)]
    at = labels.index(summary_label("celah_optimalitas"))
    assert labels[at + 1] == summary_label("celah_tujuan_solver")


def test_summary_of_a_plan_without_moves_asks_for_no_decisions(plan: Plan, tmp_path: Path) -> None:
    """A plan of no moves (a real SIASN export none of whose staff link to another OPD's table) told the reviewers
    to fill Persetujuan and the analyst to run terapkan, which then refuses it (walk11, h33): its next step now says
    there is nothing to decide and where the reason is."""
    import dataclasses

    empty = dataclasses.replace(plan, moves=plan.moves.iloc[0:0])
    path = tmp_path / "rencana.xlsx"
    write_plan_workbook(empty, path, parameters={}, input_files=[], findings=[])
    text = load_workbook(path)["Ringkasan"]["A2"].value
    assert text.startswith("Langkah berikutnya: rencana ini tidak memuat satu pun usulan mutasi")
    assert "Persetujuan" not in text and "asn-mutasi terapkan" not in text
    assert "Lowongan Tidak Terisi" in text and "Masalah Data" in text


def test_wide_sheets_keep_the_columns_that_name_a_row_in_view(plan: Plan, tmp_path: Path) -> None:
    """Beban Kerja (14 columns) froze the header row only: scrolled right, a row named no unit (polish2, h34)."""
    path = tmp_path / "rencana.xlsx"
    write(plan, path)
    wb = load_workbook(path)
    beban, unfilled = wb["Beban Kerja"], wb["Lowongan Tidak Terisi"]
    assert beban["A1"].value == "Unit Kerja" and beban.freeze_panes == "B2"
    assert [unfilled["A1"].value, unfilled["B1"].value] == ["Kode Jabatan", "Nama Jabatan"]
    assert unfilled.freeze_panes == "C2"
    assert wb["Masalah Data"].freeze_panes == "A2"
