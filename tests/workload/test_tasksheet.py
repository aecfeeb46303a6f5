"""Reading real task sheets: time units, periods, the sheet's own WKE, summary rows, one-position sheets."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from asn_mutasi.config import Settings, Workload, settings_from_dict
from asn_mutasi.errors import ConfigError, SchemaError
from asn_mutasi.workload import link_employees, position_summary, unit_summary
from asn_mutasi.workload.abk import workload_from_tasks
from asn_mutasi.workload.tasksheet import period_of, unit_of

from .frames import make_positions, make_roster
from .sheets import listing, read_sheet, settings, write_sheet

ANALIS = listing([("A1", "Analis Kepegawaian", "BKD"), ("P1", "Pengadministrasi Umum", "BKD")])


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("per hari", "hari"),
        ("Harian", "hari"),
        ("/hari", "hari"),
        ("Per Minggu", "minggu"),
        ("mingguan", "minggu"),
        ("PER BULAN", "bulan"),
        ("bulanan", "bulan"),
        ("per tahun", "tahun"),
        ("Tahunan", "tahun"),
        ("Per Jam", "jam"),
        ("semester", "semester"),
        ("triwulan", "triwulan"),
        ("kadang-kadang", None),
        ("per hari atau per minggu", None),
        (None, None),
    ],
)
def test_period_words(text: str | None, period: str | None) -> None:
    assert period_of(text) == period


@pytest.mark.parametrize(
    ("header", "unit"),
    [
        ("Norma Waktu (menit)", "menit"),
        ("WAKTU PENYELESAIAN (JAM)", "jam"),
        ("Waktu Penyelesaian Jam", "jam"),
        ("Norma Waktu", None),
        ("Waktu (jam/menit)", None),
    ],
)
def test_time_unit_from_header(header: str, unit: str | None) -> None:
    assert unit_of(header) == unit


def test_hours_header_is_read_as_hours_not_minutes(tmp_path: Path) -> None:
    """Issue 17: 'Waktu Penyelesaian (Jam)' was fuzzy-mapped to minutes, 60x too small."""
    path = write_sheet(
        tmp_path / "jam.xlsx",
        ["NAMA JABATAN", "VOLUME", "Waktu Penyelesaian (Jam)"],
        [["Analis Kepegawaian", 100, 12.5]],
    )
    got = workload_from_tasks(None, ANALIS, Settings(), raw=read_sheet(path))
    assert got.frame.loc[0, "beban_kerja_jam"] == pytest.approx(1250.0)
    assert got.frame.loc[0, "kebutuhan"] == 1
    assert any(f.code == "abk-satuan-waktu" and "jam" in f.message for f in got.findings)


def test_an_hours_header_over_a_minutes_wke_follows_the_sheets_arithmetic(tmp_path: Path) -> None:
    """A real e-Anjab seed (Setjen DPD RI, tugas_pokok): 'waktu_penyelesaian_jam' holds minutes, divided by a
    WKE of 75,000 in its own kebutuhan column (36 × 1,500 ÷ 75,000 = 0.72). The sheet's arithmetic is kept, the
    summary no longer says 'jam', and the contradiction is named."""
    header = ["nama_jabatan", "jumlah_hasil", "waktu_penyelesaian_jam", "waktu_efektif", "kebutuhan_pegawai"]
    rows = [["Analis Kepegawaian", 36, 1500, 75000, 0.72], ["Analis Kepegawaian", 1, 120, 75000, 0.0016]]
    path = write_sheet(tmp_path / "seed.xlsx", header, rows)
    got = workload_from_tasks(None, ANALIS, Settings(), raw=read_sheet(path))
    assert got.frame.loc[0, "kebutuhan_riil"] == pytest.approx(0.7216)
    assert got.sheet is not None and got.sheet.satuan_waktu == "sama dengan WKE"
    assert "'waktu_penyelesaian_jam' menyebut jam" in got.sheet.satuan_waktu_sumber
    codes = {f.code for f in got.findings}
    assert "abk-satuan-waktu-bertentangan" in codes and "abk-kebutuhan-lembar-berbeda" not in codes


def test_an_hours_header_over_an_hours_wke_is_no_contradiction(tmp_path: Path) -> None:
    header = ["nama_jabatan", "volume", "waktu penyelesaian (jam)", "waktu efektif"]
    path = write_sheet(tmp_path / "jam.xlsx", header, [["Analis Kepegawaian", 100, 12.5, 1250]])
    got = workload_from_tasks(None, ANALIS, Settings(), raw=read_sheet(path))
    assert got.frame.loc[0, "kebutuhan_riil"] == pytest.approx(1.0)
    assert got.sheet is not None and got.sheet.satuan_waktu == "jam"
    assert "abk-satuan-waktu-bertentangan" not in {f.code for f in got.findings}


def test_a_time_column_with_no_unit_is_refused(tmp_path: Path) -> None:
    path = write_sheet(tmp_path / "x.xlsx", ["NAMA JABATAN", "VOLUME", "NORMA WAKTU"], [["Analis Kepegawaian", 10, 30]])
    with pytest.raises(SchemaError, match=r"kolom C 'NORMA WAKTU': satuan waktu penyelesaian tidak dapat dipastikan"):
        workload_from_tasks(None, ANALIS, Settings(), raw=read_sheet(path))


def test_units_written_in_the_cells(tmp_path: Path) -> None:
    path = write_sheet(
        tmp_path / "sel.xlsx",
        ["NAMA JABATAN", "VOLUME", "WAKTU PENYELESAIAN"],
        [["Analis Kepegawaian", 10, "30 menit"], ["Analis Kepegawaian", 10, "1,5 jam"]],
    )
    got = workload_from_tasks(None, ANALIS, Settings(), raw=read_sheet(path)).frame
    assert got.loc[0, "menit_kerja"] == pytest.approx(10 * 30 + 10 * 90)


def test_summary_rows_are_skipped_and_the_sheets_wke_is_used(tmp_path: Path) -> None:
    """An e-Anjab sheet: JUMLAH, WAKTU KERJA EFEKTIF (72.000) and KEBUTUHAN PEGAWAI rows under the tasks."""
    path = write_sheet(
        tmp_path / "e-anjab.xlsx",
        ["NO", "URAIAN TUGAS", "NAMA JABATAN", "JUMLAH HASIL", "NORMA WAKTU (MENIT)"],
        [
            [1, "Menyusun laporan", "Analis Kepegawaian", 300, 120],
            [2, "Memverifikasi usul", "Analis Kepegawaian", 600, 60],
        ],
        footer_rows=[
            [None, "JUMLAH", None, None, None],
            [None, "WAKTU KERJA EFEKTIF", None, None, "72.000 menit"],
            [None, "KEBUTUHAN PEGAWAI", None, None, None],
        ],
    )
    got = workload_from_tasks(None, ANALIS, Settings(), raw=read_sheet(path))
    assert got.frame.loc[0, "kebutuhan_riil"] == pytest.approx(72000 / 72000)
    assert got.frame.loc[0, "wke_menit"] == 72000
    codes = [f.code for f in got.findings]
    assert codes.count("abk-baris-ringkasan") == 3 and "abk-wke-lembar" in codes
    ignored = workload_from_tasks(None, ANALIS, settings(pakai_wke_lembar=False), raw=read_sheet(path))
    assert ignored.frame.loc[0, "kebutuhan_riil"] == pytest.approx(72000 / 75000)
    (said,) = [f.message for f in ignored.findings if f.code == "abk-wke-lembar-diabaikan"]
    assert "tetapi WKE lembar tugas tidak dipakai (pengaturan [beban_kerja] pakai_wke_lembar = false)" in said
    assert said.endswith("kebutuhan dihitung dengan WKE pengaturan, 75.000 menit")


def test_merged_position_cells_cover_every_task_below(tmp_path: Path) -> None:
    path = write_sheet(
        tmp_path / "merged.xlsx",
        ["NAMA JABATAN", "URAIAN TUGAS", "VOLUME", "NORMA WAKTU (MENIT)"],
        [
            ["Analis Kepegawaian", "a", 100, 300],
            [None, "b", 100, 300],
            [None, "c", 100, 150],
            ["Pengadministrasi Umum", "d", 250, 300],
        ],
        merge=["A2:A4"],
    )
    got = workload_from_tasks(None, ANALIS, Settings(), raw=read_sheet(path)).frame.set_index("kode_jabatan")
    assert got.loc["A1", "jumlah_tugas"] == 3 and got.loc["A1", "kebutuhan_riil"] == pytest.approx(75000 / 75000)
    assert got.loc["P1", "jumlah_tugas"] == 1


def test_list_markers_beside_the_task_under_one_merged_header_are_no_task(tmp_path: Path) -> None:
    """URAIAN TUGAS merged over two columns, "-" or "•" in the first and the task beside it: every task was read as
    "-", the marker being the block's first filled cell (hostile3, h31). A task written in the first column, or a
    marker with nothing beside it, reads as before."""
    path = write_sheet(
        tmp_path / "penanda.xlsx",
        ["NAMA JABATAN", "URAIAN TUGAS", None, "VOLUME", "NORMA WAKTU (MENIT)"],
        [
            ["Analis Kepegawaian", "-", "Menyusun rencana kebutuhan pegawai", 100, 300],
            [None, "•", "Mengolah data mutasi", 100, 300],
            [None, "Menyusun telaahan", "catatan", 100, 150],
            [None, "-", None, 100, 150],
        ],
        merge=["B1:C1", "A2:A5"],
    )
    tasks = read_sheet(path).frame["uraian_tugas"].tolist()
    assert tasks[:3] == ["Menyusun rencana kebutuhan pegawai", "Mengolah data mutasi", "Menyusun telaahan"]
    assert tasks[3] in (None, "-")


@pytest.mark.parametrize("how", ["judul", "sheet", "parameter"])
def test_a_sheet_for_one_position(tmp_path: Path, how: str) -> None:
    title = [["FORMULIR ABK"], ["NAMA JABATAN", ":", "Analis Kepegawaian"], ["UNIT KERJA : BKD"], []]
    path = write_sheet(
        tmp_path / "satu.xlsx",
        ["NO", "URAIAN TUGAS", "VOLUME", "NORMA WAKTU (MENIT)"],
        [[1, "Menyusun laporan", 250, 300]],
        title_rows=title if how == "judul" else [],
        sheet="Analis Kepegawaian" if how == "sheet" else "Form",
    )
    extra = {"jabatan": "Analis Kepegawaian", "unit_kerja": "BKD"} if how == "parameter" else {}
    got = workload_from_tasks(None, ANALIS, Settings(), raw=read_sheet(path), **extra)
    assert got.frame["kode_jabatan"].tolist() == ["A1"] and got.frame.loc[0, "kebutuhan"] == 1
    assert got.sheet is not None
    assert (
        got.sheet.jabatan_dari == {"judul": "baris judul", "sheet": "nama lembar kerja", "parameter": "parameter"}[how]
    )


def test_an_unknown_period_leaves_the_task_out_with_an_error(tmp_path: Path) -> None:
    path = write_sheet(
        tmp_path / "p.xlsx",
        ["NAMA JABATAN", "VOLUME", "SATUAN PERIODE", "NORMA WAKTU (MENIT)"],
        [["Analis Kepegawaian", 1, "kadang-kadang", 60], ["Analis Kepegawaian", 1, "per bulan", 60]],
    )
    got = workload_from_tasks(None, ANALIS, Settings(), raw=read_sheet(path))
    assert got.frame.loc[0, "menit_kerja"] == pytest.approx(60 * 12)
    bad = [f for f in got.findings if f.code == "abk-periode-tidak-dikenal"]
    assert len(bad) == 1 and bad[0].location.row == 2 and bad[0].severity.value == "galat"


def test_a_volume_header_can_state_the_period(tmp_path: Path) -> None:
    path = write_sheet(
        tmp_path / "v.xlsx",
        ["NAMA JABATAN", "VOLUME PER BULAN", "NORMA WAKTU (MENIT)"],
        [["Analis Kepegawaian", 10, 60]],
    )
    got = workload_from_tasks(None, ANALIS, Settings(), raw=read_sheet(path)).frame
    assert got.loc[0, "menit_kerja"] == pytest.approx(10 * 60 * 12)


# --- one effective working time -----------------------------------------------------------
def test_hours_and_minutes_are_one_setting() -> None:
    assert Workload().jam_kerja_efektif == 1250 and Workload().menit_kerja_efektif == 75000
    assert Workload(menit_kerja_efektif=72000).jam_kerja_efektif == 1200
    assert Workload(jam_kerja_efektif=1200).menit_kerja_efektif == 72000
    assert Workload(jam_kerja_efektif=1200, menit_kerja_efektif=72000).menit_kerja_efektif == 72000
    with pytest.raises(ConfigError, match="isi salah satu saja"):
        Workload(jam_kerja_efektif=1250, menit_kerja_efektif=72000)
    with pytest.raises(ConfigError, match="isi salah satu saja"):
        settings_from_dict({"beban_kerja": {"jam_kerja_efektif": 1250, "menit_kerja_efektif": 72000}})


def test_ej_uses_the_wke_the_kebutuhan_used() -> None:
    """Issue 17: menit_kerja_efektif = 72000 alone gave kebutuhan on 72,000 but EJ on 1,250 h (0.864 C)."""
    positions = make_positions(
        [
            {
                "kode_jabatan": "A",
                "nama_jabatan": "Analis",
                "unit_kerja": "U",
                "kebutuhan": None,
                "beban_kerja_jam": 1080.0,
            }
        ]
    )
    roster = make_roster([{"jabatan": "Analis", "unit_kerja": "U"}])
    s = settings(menit_kerja_efektif=72000)
    ps = position_summary(link_employees(roster, positions).frame, positions, s, as_of=date(2025, 1, 1))
    assert ps.loc[0, "ej"] == pytest.approx(0.9) and ps.loc[0, "kelas_ej"] == "B"
    assert ps.loc[0, "wke_jam"] == 1200 and ps.loc[0, "kebutuhan"] == 1


def test_a_sheet_wke_reaches_ej_per_position() -> None:
    positions = make_positions(
        [
            {"kode_jabatan": "A", "nama_jabatan": "Analis", "unit_kerja": "U", "beban_kerja_jam": 1080.0},
            {"kode_jabatan": "B", "nama_jabatan": "Arsiparis", "unit_kerja": "U", "beban_kerja_jam": 1080.0},
        ]
    )
    positions["wke_jam"] = [1200.0, float("nan")]
    roster = make_roster([{"jabatan": "Analis", "unit_kerja": "U"}, {"jabatan": "Arsiparis", "unit_kerja": "U"}])
    linked = link_employees(roster, positions).frame
    ps = position_summary(linked, positions, Settings(), as_of=date(2025, 1, 1)).set_index("kode_jabatan")
    assert ps.loc["A", "ej"] == pytest.approx(0.9) and ps.loc["B", "ej"] == pytest.approx(
        0.86
    )  # 0.864 printed as graded
    unit = unit_summary(ps.reset_index(), Settings()).iloc[0]
    assert unit["ej"] == pytest.approx(0.88)  # 2160 / (1200 + 1250) = 0.8816, printed as graded


def test_positions_without_abk_are_shown_and_keep_their_holders() -> None:
    positions = make_positions(
        [
            {"kode_jabatan": "A", "nama_jabatan": "Analis", "unit_kerja": "U", "beban_kerja_jam": 1250.0},
            {"kode_jabatan": "B", "nama_jabatan": "Arsiparis", "unit_kerja": "U", "kebutuhan": 0, "tanpa_abk": True},
        ]
    )
    roster = make_roster([{"jabatan": "Arsiparis", "unit_kerja": "U"}, {"jabatan": "Arsiparis", "unit_kerja": "U"}])
    linked = link_employees(roster, positions).frame
    assert linked["kode_jabatan_link"].tolist() == ["B", "B"]  # holders still linked
    ps = position_summary(linked, positions, Settings(), as_of=date(2025, 1, 1)).set_index("kode_jabatan")
    row = ps.loc["B"]
    assert row["status"] == "TANPA ABK" and row["catatan"] == "tanpa ABK" and bool(row["tanpa_abk"])
    assert row["bezetting"] == 2 and row["selisih"] == 0 and row["lowongan"] == 0 and row["kelas_ej"] is None
    unit = unit_summary(ps.reset_index(), Settings(), linked=linked).iloc[0]
    assert "1 jabatan tanpa ABK" in unit["catatan"] and unit["tidak_tertaut"] == 0


def test_a_workbook_with_one_sheet_per_position(tmp_path: Path) -> None:
    """e-Anjab exports one sheet per position, named after it, with a cover sheet in front."""
    import openpyxl

    from asn_mutasi.api.inputs import ReadOptions, read_task_sheets
    from asn_mutasi.workload.abk import workload_from_sheets

    wb = openpyxl.Workbook()
    cover = wb.active
    assert cover is not None
    cover.title = "Sampul"
    cover.append(["ANALISIS BEBAN KERJA 2025"])
    for name, volume in (("Analis Kepegawaian", 250), ("Pengadministrasi Umum", 125)):
        ws = wb.create_sheet(name)
        ws.append(["NO", "URAIAN TUGAS", "JUMLAH HASIL", "WAKTU PENYELESAIAN (MENIT)"])
        ws.append([1, "Tugas A", volume, 150])
        ws.append([2, "Tugas B", volume, 150])
    path = tmp_path / "e-anjab.xlsx"
    wb.save(path)
    raws = read_task_sheets(path, ReadOptions())
    assert [r.source.sheet for r in raws] == ["Analis Kepegawaian", "Pengadministrasi Umum"]
    got = workload_from_sheets(raws, ANALIS, Settings())
    frame = got.frame.set_index("kode_jabatan")
    assert frame.loc["A1", "kebutuhan"] == 1 and frame.loc["P1", "kebutuhan_riil"] == pytest.approx(0.5)
    assert [s.jabatan_dari for s in got.sheets] == ["nama lembar kerja", "nama lembar kerja"]


def test_the_planner_neither_fills_nor_empties_a_position_without_abk() -> None:
    """Holders of a 'tanpa ABK' position are not a surplus to move out, and it is no vacancy."""
    from asn_mutasi.planning import make_plan
    from tests.planning.factory import AS_OF, NO_RETIREMENTS, candidates, nip, positions, roster

    pos = positions([("A", "Perawat", "RSUD", 2), ("B", "Arsiparis", "RSUD", 0)])
    ro = roster([(nip(1), "B"), (nip(2), "B")])
    ca = candidates([(nip(1), "A", 90, True), (nip(2), "A", 90, True)])
    surplus = make_plan(ro, pos, ca, Settings(), as_of=AS_OF, retirements=NO_RETIREMENTS)
    assert len(surplus.moves) == 2  # kebutuhan 0 read as a real need: both "surplus" holders leave
    pos["tanpa_abk"] = [False, True]
    kept = make_plan(ro, pos, ca, Settings(), as_of=AS_OF, retirements=NO_RETIREMENTS)
    assert len(kept.moves) == 0


def test_task_rows_with_a_volume_and_no_time_are_named_once(tmp_path: Path) -> None:
    """Every NORMA WAKTU 0 made every kebutuhan 0 and every holder surplus, with no finding."""
    header = ["NAMA JABATAN", "URAIAN TUGAS", "VOLUME", "NORMA WAKTU (MENIT)"]
    rows = [["Analis Kepegawaian", "Menyusun", 120, 0], ["Analis Kepegawaian", "Memeriksa", 50, 0],
            ["Analis Kepegawaian", "Rapat", 0, 0], ["Analis Kepegawaian", "Melapor", 12, 60]]  # fmt: skip
    path = write_sheet(tmp_path / "x.xlsx", header, rows)
    got = workload_from_tasks(None, ANALIS, Settings(), raw=read_sheet(path))
    zero = [f for f in got.findings if f.code == "abk-waktu-nol"]
    assert [(f.location.row, f.location.column) for f in zero] == [(2, "D")]
    assert "2 uraian tugas" in zero[0].message and "(baris 2, 3)" in zero[0].message


def test_a_task_row_whose_own_wke_is_a_slip_takes_the_sheets_and_is_named(tmp_path: Path) -> None:
    """An e-Anjab seed wrote WKE 75 for 75,000 minutes on some rows: those tasks' workload was divided by 75 and one
    post's kebutuhan read 928 for 1 (real files, round 2)."""
    header = ["NAMA JABATAN", "URAIAN TUGAS", "VOLUME", "NORMA WAKTU (MENIT)", "WAKTU EFEKTIF (MENIT)"]
    rows = [["Analis Kepegawaian", "Menyusun", 36, 1500, 75000], ["Analis Kepegawaian", "Memeriksa", 10, 600, 75]]
    path = write_sheet(tmp_path / "x.xlsx", header, rows)
    got = workload_from_tasks(None, ANALIS, Settings(), raw=read_sheet(path))
    slip = [f for f in got.findings if f.code == "abk-wke-baris-tidak-wajar"]
    assert len(slip) == 1 and slip[0].location.row == 3 and "'75'" in slip[0].message
    hours = got.frame["beban_kerja_jam"].sum() if "beban_kerja_jam" in got.frame else None
    assert hours is None or hours == pytest.approx((36 * 1500 + 10 * 600) / 60, rel=1e-6)


def test_tugas_pokok_heading_rows_are_no_tasks_and_no_errors(tmp_path: Path) -> None:
    """An e-Anjab form's heading row per tugas pokok (text, no numbers) was "Kolom wajib '' kosong" on WAKTU EFEKTIF,
    exit 1, although the sheet's figures were right (real files, round 2)."""
    header = ["NO", "URAIAN TUGAS", "JUMLAH HASIL", "WAKTU PENYELESAIAN (MENIT)", "WAKTU EFEKTIF", "NAMA JABATAN"]
    rows = [
        ["1", "Merumuskan kebijakan", None, None, None, "Analis Kepegawaian"],
        [None, "Menyusun konsep", 60, 300, 72000, "Analis Kepegawaian"],
        ["2", "Menyusun renstra", None, None, None, "Analis Kepegawaian"],
        [None, "Menjabarkan rencana", 10, 600, 6000, "Analis Kepegawaian"],
    ]
    path = write_sheet(tmp_path / "x.xlsx", header, rows)
    got = workload_from_tasks(None, ANALIS, Settings(), raw=read_sheet(path))
    codes = [f.code for f in got.findings]
    assert "sel-wajib-kosong" not in codes and "abk-baris-kelompok" in codes
    heading = next(f for f in got.findings if f.code == "abk-baris-kelompok")
    assert heading.location.row == 2 and "2 baris" in heading.message


def test_dashes_in_number_cells_are_empty_cells_as_in_the_position_table(tmp_path: Path) -> None:
    """orproject04/uianjab's anjab.docx prints "-" for a number not filled in (``jumlah_hasil ?? "-"``): its
    tugas-pokok heading of dashes was three "bukan angka yang valid" errors (exit 1) where the same heading left
    empty is skipped, and a task without its WKE was "invalid" rather than "empty" (peers5, h31)."""
    header = ["NO", "URAIAN TUGAS", "JUMLAH HASIL", "WAKTU PENYELESAIAN (JAM)", "WAKTU EFEKTIF", "KEBUTUHAN PEGAWAI"]
    rows = [
        ["1.", "Merumuskan kebijakan", "-", "-", "-", "0.0000"],
        ["2.", "Menyusun konsep", "12.00", "600.00", "75000.00", "0.0960"],
        ["3.", "Menghadiri rapat", "10.00", "1800.00", " – ", "0.0000"],
        ["4.", "Memeriksa berkas", "8.00", "300.00", "75000.00", "0.0320"],
        ["5.", "Melaporkan", "5.00", "120.00", "75000.00", "0.0080"],
    ]
    path = write_sheet(tmp_path / "x.xlsx", header, rows)
    raw = read_sheet(path)
    got = workload_from_tasks(None, ANALIS, Settings(), raw=raw, jabatan="Analis Kepegawaian")
    codes = [f.code for f in got.findings]
    assert "angka-tidak-valid" not in codes
    assert [f.location.row for f in got.findings if f.code == "abk-baris-kelompok"] == [2]
    empty = [f for f in got.findings if f.code == "sel-wajib-kosong"]
    assert [(f.location.row, f.location.field) for f in empty] == [(4, "waktu_efektif")]
    assert got.frame["kebutuhan_riil"].tolist() == pytest.approx([(12 * 600 + 8 * 300 + 5 * 120) / 75000])


@pytest.mark.parametrize(
    ("wke", "tasks"),
    [
        ([75000, None, None, None, None, 72000, None, None, None, None], 2),  # one per post block, each its own
        ([75000, 70000, None, None, None, None, None, None, None, None], 2),
    ],
)
def test_a_wke_on_a_few_rows_with_different_values_is_no_merged_cell(tmp_path: Path, wke: list, tasks: int) -> None:
    """A WKE column written on fewer than half the task rows with different values is no merged cell: no task is
    given a WKE it does not write; the rows without one are left out and named in one capped finding (hostile7,
    h32), not one error per row."""
    header = ["NAMA JABATAN", "URAIAN TUGAS", "VOLUME", "NORMA WAKTU (MENIT)", "WAKTU EFEKTIF (MENIT)"]
    names = ["Analis Kepegawaian"] * 5 + ["Pengadministrasi Umum"] * 5
    rows = [[name, f"Tugas {i}", 10, 600, w] for i, (name, w) in enumerate(zip(names, wke, strict=True))]
    got = workload_from_tasks(None, ANALIS, Settings(), raw=read_sheet(write_sheet(tmp_path / "w.xlsx", header, rows)))
    codes = [f.code for f in got.findings]
    assert "sel-wajib-kosong" not in codes
    (left,) = [f for f in got.findings if f.code == "abk-wke-tak-lengkap"]
    empty_rows = [i + 2 for i, w in enumerate(wke) if w is None]
    assert left.location.row == empty_rows[0] and left.location.field == "waktu_efektif"
    assert "8 baris" in left.message and ", ".join(map(str, empty_rows[:5])) + " …" in left.message
    assert int(got.frame["jumlah_tugas"].sum()) == tasks


def test_one_wke_on_one_row_still_reads_as_a_merged_cell(tmp_path: Path) -> None:
    """One value on one row is the look of a merged WKE cell: every task takes it, as before (hostile7, h32)."""
    header = ["NAMA JABATAN", "URAIAN TUGAS", "VOLUME", "NORMA WAKTU (MENIT)", "WAKTU EFEKTIF (MENIT)"]
    rows = [["Analis Kepegawaian", f"Tugas {i}", 10, 600, 75000 if i == 0 else None] for i in range(4)]
    got = workload_from_tasks(None, ANALIS, Settings(), raw=read_sheet(write_sheet(tmp_path / "w.xlsx", header, rows)))
    assert not [f for f in got.findings if f.code in ("abk-wke-tak-lengkap", "sel-wajib-kosong")]
    assert got.frame["jumlah_tugas"].tolist() == [4]


def test_a_numbered_first_data_row_is_not_taken_for_a_second_header_row() -> None:
    from asn_mutasi.io.headers import detect_header

    grid = [
        ["NO", "URAIAN TUGAS", "JUMLAH HASIL", "WAKTU PENYELESAIAN", "WAKTU EFEKTIF"],
        ["1", "Merumuskan kebijakan", "", "", ""],  # an HTML page's cells are all text
        ["", "Menyusun konsep", "60", "300", "72000"],
    ]
    layout = detect_header(grid, "abk")
    assert layout is not None and layout.rows == (0,) and layout.data_start == 1


def test_a_workbook_of_one_sheet_per_post_says_a_sheet_level_finding_once(tmp_path: Path) -> None:
    """A workbook of one task sheet per post repeated "Waktu penyelesaian dibaca dalam satuan menit" once per sheet
    (80 sheets, 80 lines): said on the first sheet, the others named in one finding (hostile6, h32)."""
    import openpyxl

    from asn_mutasi.api.inputs import ReadOptions, read_task_sheets
    from asn_mutasi.workload.abk import workload_from_sheets

    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name in ("Analis Kepegawaian", "Pengadministrasi Umum"):
        ws = wb.create_sheet(name)
        ws.append(["NO", "URAIAN TUGAS", "VOLUME", "NORMA WAKTU (MENIT)"])
        ws.append([1, "Menyusun laporan", 12, 600])
    path = tmp_path / "per_jabatan.xlsx"
    wb.save(path)
    got = workload_from_sheets(read_task_sheets(path, ReadOptions()), ANALIS, Settings())
    unit = [f.location.sheet for f in got.findings if f.code == "abk-satuan-waktu"]
    assert unit == ["Analis Kepegawaian"]
    said = [f for f in got.findings if f.code == "abk-sama-di-sheet-lain"]
    assert len(said) == 1 and "'abk-satuan-waktu'" in said[0].message and "1 lembar kerja lain" in said[0].message
    assert "('Pengadministrasi Umum')" in said[0].message
    assert sorted(got.frame["kode_jabatan"]) == ["A1", "P1"]  # both sheets still read


def test_a_post_sheet_whose_post_is_in_several_units_is_named_once(tmp_path: Path) -> None:
    """A sheet named after a post that the table holds in several units gave one jabatan-tidak-ditemukan per task
    row, "di unit ''": one finding per sheet names the units and the --unit-abk way out (hostile7, h32)."""
    import openpyxl

    from asn_mutasi.api.inputs import ReadOptions, read_task_sheets
    from asn_mutasi.findings import option_hint
    from asn_mutasi.workload.abk import workload_from_sheets

    table = listing([("A1", "Analis Kepegawaian", "BKD"), ("A2", "Analis Kepegawaian", "Inspektorat")])
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Analis Kepegawaian"
    ws.append(["NO", "URAIAN TUGAS", "VOLUME", "NORMA WAKTU (MENIT)"])
    for k in range(3):
        ws.append([k + 1, f"Tugas {k}", 12, 600])
    path = tmp_path / "per_jabatan.xlsx"
    wb.save(path)
    got = workload_from_sheets(read_task_sheets(path, ReadOptions()), table, Settings())
    assert "jabatan-tidak-ditemukan" not in [f.code for f in got.findings]
    (said,) = [f for f in got.findings if f.code == "abk-jabatan-banyak-unit"]
    assert said.location.row == 2 and said.location.sheet == "Analis Kepegawaian"
    assert "2 unit" in said.message and "'BKD', 'Inspektorat'" in said.message and "3 baris" in said.message
    # the setting in words, the option on the terminal only (render30, h38)
    assert "--unit-abk" not in said.message and "(pilihan: --unit-abk)" in option_hint(said)
    assert len(got.frame) == 0  # no post is guessed
    unit = workload_from_sheets(read_task_sheets(path, ReadOptions()), table, Settings(), unit_kerja="Inspektorat")
    assert unit.frame["kode_jabatan"].tolist() == ["A2"]


def test_one_wke_written_below_the_first_tasks_is_no_merged_cell_above_them(tmp_path: Path) -> None:
    """The same WKE on two of ten task rows, the first written on the third task: every task took it, the two above
    it too, though no merged cell starts above them (hostile11, h33). The tasks from the first written cell down
    take it, the two above are left out and named once."""
    header = ["NAMA JABATAN", "URAIAN TUGAS", "VOLUME", "NORMA WAKTU (MENIT)", "WAKTU EFEKTIF (MENIT)"]
    wke = [None, None, 75000, None, None, None, 75000, None, None, None]
    rows = [["Analis Kepegawaian", f"Tugas {i}", 10, 600, w] for i, w in enumerate(wke)]
    got = workload_from_tasks(None, ANALIS, Settings(), raw=read_sheet(write_sheet(tmp_path / "w.xlsx", header, rows)))
    (left,) = [f for f in got.findings if f.code == "abk-wke-tak-lengkap"]
    assert left.location.row == 2 and "baris 2, 3)" in left.message
    assert "sel-wajib-kosong" not in [f.code for f in got.findings]
    assert got.frame["jumlah_tugas"].tolist() == [8]


@pytest.mark.parametrize(
    ("header", "cell", "minutes"),
    [
        ("NORMA WAKTU (MENIT)", "1 jam 30 menit", 90),
        ("NORMA WAKTU (MENIT)", "90'", 90),
        ("NORMA WAKTU (MENIT)", "90 mnt", 90),
        ("NORMA WAKTU (MENIT)", "2 jam", 120),
        ("WAKTU PENYELESAIAN (JAM)", "30 Menit", 30),
        ("WAKTU PENYELESAIAN (JAM)", "1,5 jam", 90),
        ("WAKTU PENYELESAIAN", "1 jam 30 menit", 90),
        ("WAKTU PENYELESAIAN", "90'", 90),
    ],
)
def test_a_time_cell_that_writes_its_own_unit_is_read_in_it(
    tmp_path: Path, header: str, cell: str, minutes: int
) -> None:
    """ "1 jam 30 menit", "90'" (a prime marks minutes), "90 mnt" under a header naming a unit were refused as no
    number and the task dropped (abk31, h38); an e-kinerja screen prints ``norma_waktu + ' Menit'``, so a copied
    table writes "30 Menit"."""
    other = {"NORMA WAKTU (MENIT)": 60, "WAKTU PENYELESAIAN (JAM)": 1}.get(header, "60 menit")
    rows = [["Analis Kepegawaian", 10, cell], ["Analis Kepegawaian", 1, other]]
    path = write_sheet(tmp_path / "sel.xlsx", ["NAMA JABATAN", "VOLUME", header], rows)
    got = workload_from_tasks(None, ANALIS, Settings(), raw=read_sheet(path))
    assert not [f for f in got.findings if f.code == "angka-tidak-valid"]
    assert got.frame.loc[0, "menit_kerja"] == pytest.approx(10 * minutes + 60)


@pytest.mark.parametrize("label", ["Total Beban Kerja:", "Jumlah", "JUMLAH"])
def test_a_footer_label_in_the_volume_column_is_a_summary_row(tmp_path: Path, label: str) -> None:
    """The footer's label written over its sum in the number columns (the position's name filled down beside it,
    as a filled-down export writes it) was angka-tidak-valid, an error on a correct sheet (abk31, h38); like a label
    in the first cell (singgihadis/anjab's JUMLAH footer) it is a summary row, skipped and named."""
    header = ["NAMA JABATAN", "URAIAN TUGAS", "VOLUME", "NORMA WAKTU (MENIT)"]
    rows = [["Analis Kepegawaian", "Menyusun laporan", 10, 60], ["Analis Kepegawaian", "Memeriksa usul", 5, 120]]
    footer = [["Analis Kepegawaian", None, label, 1200]]
    path = write_sheet(tmp_path / "f.xlsx", header, rows, footer_rows=footer)
    got = workload_from_tasks(None, ANALIS, Settings(), raw=read_sheet(path))
    assert not [f for f in got.findings if f.code in ("angka-tidak-valid", "sel-wajib-kosong")]
    (said,) = [f for f in got.findings if f.code == "abk-baris-ringkasan"]
    assert said.location.row == 4 and label in said.message
    assert got.frame.loc[0, "menit_kerja"] == 1200 and got.frame.loc[0, "jumlah_tugas"] == 2


def test_a_volume_written_with_its_satuan_hasil_keeps_its_number(tmp_path: Path) -> None:
    """ "12 kali", "250 dokumen", "12 keg", "4 laporan": the satuan hasil an ABK form keeps in its own column
    (``satuan_hasil`` beside ``volume_1_tahun`` in a faculty ABK seeder, ``satuan`` beside ``target_kuantitas`` in
    a si-kelembagaan dump) typed after the number. Each was angka-tidak-valid and its task left out (abk31, h38);
    the number is the volume, the satuan named once. A period in the cell is no satuan: still refused."""
    header = ["NAMA JABATAN", "VOLUME", "NORMA WAKTU (MENIT)"]
    rows = [
        ["Analis Kepegawaian", "12 kali", 60],
        ["Analis Kepegawaian", "250 dokumen", 6],
        ["Analis Kepegawaian", "12 keg", 30],
        ["Analis Kepegawaian", "4 laporan", 120],
        ["Analis Kepegawaian", "12 per bulan", 60],
    ]
    path = write_sheet(tmp_path / "v.xlsx", header, rows)
    got = workload_from_tasks(None, ANALIS, Settings(), raw=read_sheet(path))
    assert got.frame.loc[0, "menit_kerja"] == pytest.approx(12 * 60 + 250 * 6 + 12 * 30 + 4 * 120)
    (said,) = [f for f in got.findings if f.code == "abk-volume-bersatuan"]
    assert "4 volume" in said.message and "'kali', 'dokumen', 'keg', 'laporan'" in said.message
    (bad,) = [f for f in got.findings if f.code == "angka-tidak-valid"]
    assert bad.location.value == "12 per bulan"


@pytest.mark.parametrize(
    ("cells", "minutes", "flagged"),
    [
        (["1.5", "1.200"], (1.5 + 1.2) * 60, "1.200"),
        (["0.500", "2.750"], (0.5 + 2.75) * 60, "2.750"),
        (["1,5", "1.200"], (1.5 + 1200) * 60, None),
        (["12", "1.200"], (12 + 1200) * 60, None),
    ],
)
def test_a_dotted_volume_is_read_by_its_columns_decimal_mark(
    tmp_path: Path, cells: list[str], minutes: float, flagged: str | None
) -> None:
    """ "1.200" is 1.200 in Indonesian writing but 1,2 in a column that writes its fractions with a dot ("1.5",
    "0.500": a web app's CSV export). "0.500" beside "2.750" read 0,5 and 2.750, a thousandfold volume, without a
    word (abk31, h38): the column's own mark decides, and the cells so read are named."""
    path = tmp_path / "v.csv"
    path.write_text("nama_jabatan;volume;norma_waktu\n" + "".join(f"Analis Kepegawaian;{v};60\n" for v in cells))
    got = workload_from_tasks(None, ANALIS, Settings(), raw=read_sheet(path))
    assert got.frame.loc[0, "menit_kerja"] == pytest.approx(minutes)
    said = [f for f in got.findings if f.code == "abk-titik-desimal"]
    assert [f.location.value for f in said] == ([flagged] if flagged else [])
