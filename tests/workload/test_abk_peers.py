"""ABK numbers reproduced from the open-source ABK applications BKDs use (issue 17).

Expected values come from the peers' own data, never from this code:

- orproject04/uianjab, ``database_pandawa_16_03_2026.sql`` (a pg_dump of a real Setjen DPD RI
  e-Anjab: tables ``tugas_pokok_abk`` and ``peta_jabatan``), formula in
  ``src/app/(admin)/(others-pages)/anjab/edit/_sections/tugas-pokok.tsx``
  (``computeKebutuhanPegawai`` = jumlah_hasil × waktu_penyelesaian_jam ÷ waktu_efektif) and
  ``tugas-pokok-abk.tsx`` (``Math.ceil`` of the sum per position). The excerpt in
  ``data/uianjab_*_excerpt.csv`` holds 60 of its 846 positions (position names, numbers; the
  ``pejabat`` column with names and NIPs left out). Over the whole dump 7,264 of 7,264 task
  rows and 846 of 846 positions agree (``bench/abk_peers.py``). Note the column says *jam*
  but every row divides by 75,000 (minutes): the sheet's own WKE column decides.
- aryaputra1976/silakap-asn, ``api/src/modules/statistics/queries/workforce-abk.query.ts``:
  kebutuhan = ``Math.ceil(SUM(volume_kerja * waktu_penyelesaian) / 75000)``.
- singgihadis/anjab, ``mysql/anjab.sql``: table ``abk`` (13 task rows with their stored
  ``kebutuhan_pegawai``), ``master_keterangan_waktu`` (Per Tahun 72,000 / Per Bulan 6,000 /
  Per Minggu 1,500 / Per Hari 300 / Per Jam 60 minutes) and ``application/controllers/Anjab.php``
  (per-task ``ToFixed(…, 4)``, the position's ``round()`` of the sum).
- Sujatmiko-Arafuru/WOLA ``README.md``: 1 hari kerja efektif = 300 menit, 1 minggu = 5 hari,
  1 bulan = 4 minggu, 1 tahun = 12 bulan (= 72,000 minutes).
"""

from __future__ import annotations

import math
from datetime import date
from pathlib import Path

import numpy as np
import openpyxl
import pandas as pd
import pytest

from asn_mutasi.workload.abk import workload_from_tasks

from .sheets import listing, read_sheet, settings, write_sheet

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="module")
def uianjab() -> tuple[pd.DataFrame, pd.DataFrame]:
    tasks = pd.read_csv(DATA / "uianjab_tugas_pokok_abk_excerpt.csv", dtype=str, keep_default_na=False)
    positions = pd.read_csv(DATA / "uianjab_peta_jabatan_excerpt.csv", dtype=str, keep_default_na=False)
    return tasks, positions


def _num(value: str) -> float | None:
    return None if value in ("", "\\N") else float(value)


def test_uianjab_export_layout_gives_their_kebutuhan_on_every_position(
    tmp_path: Path, uianjab: tuple[pd.DataFrame, pd.DataFrame]
) -> None:
    """Their own layout: hours-labelled time, a per-row WAKTU EFEKTIF, ceil per position."""
    tasks, positions = uianjab
    header = [
        "KODE JABATAN",
        "NAMA JABATAN",
        "UNIT KERJA",
        "JUMLAH HASIL",
        "WAKTU PENYELESAIAN (JAM)",
        "WAKTU EFEKTIF",
        "KEBUTUHAN PEGAWAI",
    ]
    rows = [
        [
            r.kode_jabatan,
            r.nama_jabatan,
            r.unit_kerja,
            *(_num(v) for v in (r.jumlah_hasil, r.waktu_penyelesaian_jam, r.waktu_efektif, r.kebutuhan_pegawai)),
        ]
        for r in tasks.itertuples()
    ]
    raw = read_sheet(write_sheet(tmp_path / "uianjab.xlsx", header, rows))
    listed = listing(list(positions[["kode_jabatan", "nama_jabatan", "unit_kerja"]].itertuples(index=False)))
    result = workload_from_tasks(None, listed, settings(pembulatan="atas"), raw=raw)
    got = result.frame.set_index("kode_jabatan")
    expected = positions.set_index("kode_jabatan")["kebutuhan_pegawai"].astype(int)
    agree = int((got["kebutuhan"].reindex(expected.index) == expected).sum())
    assert agree == len(expected) == 60
    # the per-task numbers they stored (4 decimals) sum to our unrounded need
    stored = tasks.assign(k=tasks["kebutuhan_pegawai"].map(_num)).groupby("kode_jabatan")["k"].sum()
    counts = tasks.groupby("kode_jabatan").size()
    assert np.all(np.abs(got["kebutuhan_riil"] - stored.reindex(got.index)) <= 5e-5 * counts.reindex(got.index))
    codes = {f.code for f in result.findings}
    assert "abk-kebutuhan-lembar-berbeda" not in codes  # our per-task shares agree with their column
    assert {"abk-wke-lembar", "sel-wajib-kosong"} <= codes  # 75,000 read from the sheet; 3 empty rows reported
    assert result.sheet is not None and result.sheet.wke_menit == 75000


def test_uianjab_numbers_in_the_documented_format_agree_with_silakaps_formula(
    tmp_path: Path, uianjab: tuple[pd.DataFrame, pd.DataFrame]
) -> None:
    """Minutes, no WKE column: Σ volume × minutes ÷ 75,000, ceil — silakap-asn's query."""
    tasks, positions = uianjab
    full = tasks[(tasks["jumlah_hasil"] != "\\N") & (tasks["waktu_penyelesaian_jam"] != "\\N")]
    rows = [
        [r.kode_jabatan, r.nama_jabatan, float(r.jumlah_hasil), float(r.waktu_penyelesaian_jam)]
        for r in full.itertuples()
    ]
    path = write_sheet(tmp_path / "menit.xlsx", ["KODE JABATAN", "NAMA JABATAN", "VOLUME", "NORMA WAKTU (MENIT)"], rows)
    listed = listing(list(positions[["kode_jabatan", "nama_jabatan", "unit_kerja"]].itertuples(index=False)))
    got = workload_from_tasks(None, listed, settings(pembulatan="atas"), raw=read_sheet(path)).frame
    beban = (
        (full["jumlah_hasil"].astype(float) * full["waktu_penyelesaian_jam"].astype(float))
        .groupby(full["kode_jabatan"])
        .sum()
    )
    silakap = beban.map(lambda total: math.ceil(total / 75000))  # Math.ceil(total_beban / WAKTU_EFEKTIF)
    assert got.set_index("kode_jabatan")["kebutuhan"].reindex(silakap.index).tolist() == silakap.tolist()
    assert (
        got["kebutuhan"].tolist()
        == positions.set_index("kode_jabatan")["kebutuhan_pegawai"].astype(int).reindex(got["kode_jabatan"]).tolist()
    )
    # half-up rounding (the default) differs from their ceil exactly where the fraction is below .5
    half = workload_from_tasks(None, listed, settings(), raw=read_sheet(path)).frame.set_index("kode_jabatan")
    frac = half["kebutuhan_riil"] - np.floor(half["kebutuhan_riil"])
    assert ((half["kebutuhan"] != silakap.reindex(half.index)) == ((frac > 1e-9) & (frac < 0.5))).all()


# singgihadis/anjab mysql/anjab.sql, table abk: (jabatan_id, hasil, jumlah_hasil, waktu_penyelesaian,
# master_keterangan_waktu_id, waktu_efektif, kebutuhan_pegawai as stored)
SINGGIHADIS = [
    (1, 45, 1, 1, 72000, 0.0006),
    (1, 35, 7, 2, 6000, 0.0408),
    (1, 10, 2, 5, 60, 0.3333),
    (1, 60, 7, 1, 72000, 0.0058),
    (1, 60, 4, 1, 72000, 0.0033),
    (1, 60, 6, 1, 72000, 0.005),
    (1, 60, 4, 1, 72000, 0.0033),
    (1, 60, 8, 1, 72000, 0.0067),
    (1, 23, 2, 3, 1500, 0.0307),
    (1, 60, 3, 3, 1500, 0.12),
    (1, 60, 4, 3, 1500, 0.16),
    (1, 60, 5, 3, 1500, 0.2),
    (6, 7, 45, 1, 72000, 0.0044),
]
KETERANGAN_WAKTU = {1: "Per Tahun", 2: "Per Bulan", 3: "Per Minggu", 4: "Per Hari", 5: "Per Jam"}
SINGGIHADIS_JABATAN = {
    1: (
        "1",
        "Kepala Badan Kepegawaian, Pendidikan dan Pelatihan Pegawai",
        "Badan Kepegawaian, Pendidikan dan Pelatihan",
    ),
    6: ("SD", "Penulis", "Surat"),
}


def _singgihadis_listing() -> pd.DataFrame:
    return listing(list(SINGGIHADIS_JABATAN.values()))


def test_singgihadis_print_layout_with_per_row_wke(tmp_path: Path) -> None:
    """Their Form (Anjab.php): WAKTU EFEKTIF per row is the period's minutes; round() per position."""
    header = ["NAMA JABATAN", "HASIL KERJA", "JUMLAH HASIL", "WAKTU PENYELESAIAN", "WAKTU EFEKTIF", "KEBUTUHAN PEGAWAI"]
    rows = [[SINGGIHADIS_JABATAN[j][1], "-", n, t, wke, k] for j, n, t, _p, wke, k in SINGGIHADIS]
    raw = read_sheet(write_sheet(tmp_path / "anjab.xlsx", header, rows))
    result = workload_from_tasks(None, _singgihadis_listing(), settings(), raw=raw)
    got = result.frame.set_index("kode_jabatan")
    assert got.loc["1", "kebutuhan_riil"] == pytest.approx(0.909625)  # Σ of 12 tasks; stored 4-dp sum 0.9095
    assert got.loc["1", "kebutuhan"] == 1 and got.loc["SD", "kebutuhan"] == 0  # PHP round()
    assert "abk-kebutuhan-lembar-berbeda" not in {f.code for f in result.findings}  # 13 of 13 tasks agree
    assert result.sheet is not None and result.sheet.wke_menit == 72000


@pytest.mark.parametrize("spelling", ["Per {p}", "{p}an", "/{p}"])
def test_singgihadis_period_column_on_72000_minutes_gives_the_same_numbers(tmp_path: Path, spelling: str) -> None:
    """A satuan_periode column instead of the WKE column: same shares when the WKE is 72,000."""
    words = {1: "Tahun", 2: "Bulan", 3: "Minggu", 4: "Hari", 5: "Jam"}
    header = ["NAMA JABATAN", "JUMLAH HASIL", "SATUAN PERIODE", "NORMA WAKTU (MENIT)"]
    rows = [
        [SINGGIHADIS_JABATAN[j][1], n, spelling.format(p=words[p]).replace("Jaman", "Per Jam"), t]
        for j, n, t, p, _w, _k in SINGGIHADIS
    ]
    raw = read_sheet(write_sheet(tmp_path / "periode.xlsx", header, rows))
    got = workload_from_tasks(None, _singgihadis_listing(), settings(menit_kerja_efektif=72000), raw=raw)
    frame = got.frame.set_index("kode_jabatan")
    assert frame.loc["1", "kebutuhan_riil"] == pytest.approx(0.909625)
    assert frame.loc["SD", "kebutuhan_riil"] == pytest.approx(7 * 45 / 72000)
    assert "abk-periode" in {f.code for f in got.findings}


def test_period_factors_on_the_default_1250_hours(tmp_path: Path) -> None:
    """PermenPANRB 1/2020 convention: ×250 a day, ×50 a week, ×12 a month on 75,000 minutes."""
    header = ["NAMA JABATAN", "VOLUME", "PERIODE", "NORMA WAKTU (MENIT)"]
    rows = [
        ["Analis", 1, "harian", 60],
        ["Analis", 1, "mingguan", 60],
        ["Analis", 1, "bulanan", 60],
        ["Analis", 1, "tahunan", 60],
    ]
    raw = read_sheet(write_sheet(tmp_path / "f.xlsx", header, rows))
    got = workload_from_tasks(None, listing([("A", "Analis", "U")]), settings(), raw=raw).frame
    assert got.loc[0, "menit_kerja"] == pytest.approx(60 * (250 + 50 + 12 + 1))
    assert got.loc[0, "beban_kerja_jam"] == pytest.approx(313.0)


@pytest.mark.parametrize(("factor", "flagged"), [(1, False), (60, True)])
def test_app_screen_layout_with_a_two_decimal_need_column(tmp_path: Path, factor: int, flagged: bool) -> None:
    """An anjab app's screen table (fahrocom/anjab-dan-abk-ditjen-badilag ``AbkTab.tsx``: Vol (1 Thn), WP (Mnt),
    Keb. Pegawai to 2 decimals), one sheet per jabatan: read as it is, its rounded column agrees with our shares,
    and a column 60 times off (hours for minutes) is still reported."""
    header = ["No", "Uraian Tugas", "Vol (1 Thn)", "WP (Mnt)", "Keb. Pegawai"]
    tasks = [(1000, 30), (250, 23), (100, 47)]  # 0.4, 0.0767 (shown 0.08), 0.0627 (shown 0.06) of 75,000 minutes
    rows = [[i, f"Tugas {i}", v, t, round(v * t / 75000 * factor, 2)] for i, (v, t) in enumerate(tasks, 1)]
    raw = read_sheet(write_sheet(tmp_path / "abk.xlsx", header, rows, sheet="Jurusita"))
    result = workload_from_tasks(None, listing([("J1", "Jurusita", "Kepaniteraan")]), settings(), raw=raw)
    got = result.frame.set_index("kode_jabatan")
    assert got.loc["J1", "kebutuhan_riil"] == pytest.approx(0.539333, abs=1e-6)
    assert got.loc["J1", "beban_kerja_jam"] == pytest.approx(674.1667, abs=1e-4)
    assert ("abk-kebutuhan-lembar-berbeda" in {f.code for f in result.findings}) is flagged


def test_period_factors_and_the_wke_are_written_the_indonesian_way(tmp_path: Path) -> None:
    """The abk-periode finding read "per minggu ×48.6667" on a WKE of 73,000 minutes: English decimals in a text the
    analyst reads (walk7 #3, h29; formatting.format_number, two decimals at most)."""
    header = ["NAMA JABATAN", "VOLUME", "PERIODE", "NORMA WAKTU (MENIT)"]
    rows = [["Analis", 1, "mingguan", 60], ["Analis", 1, "harian", 60]]
    raw = read_sheet(write_sheet(tmp_path / "f.xlsx", header, rows))
    got = workload_from_tasks(None, listing([("A", "Analis", "U")]), settings(menit_kerja_efektif=73000), raw=raw)
    (said,) = [f.message for f in got.findings if f.code == "abk-periode"]
    assert said.endswith(": per hari ×243,33, per minggu ×48,67"), said


# randisun05/kebutuhan (commit 178f419), app/Http/Controllers/AnjabAbkController.php ``export()``: the ABK rekap's
# header, one row per ABK with its own WKE (``waktu_kerja_efektif`` is a per-ABK input, 75,000 minutes by default);
# ``withEfektivitas``: EJ = round(total_beban_kerja ÷ (existing × waktu_kerja_efektif), 2), graded by
# ``Referensi::pej`` (A > 1,00; B ≥ 0,90; C ≥ 0,70; D ≥ 0,50; E); ``recalculate``: kebutuhan = round(total ÷ WKE)
RANDISUN05_REKAP = [
    "No",
    "Instansi",
    "Unit Kerja",
    "Jabatan",
    "Jenis",
    "Tahun",
    "Beban Kerja (jam)",
    "WKE (jam)",
    "Hasil Hitung",
    "Kebutuhan",
    "Existing",
    "Selisih",
    "EJ",
    "PEJ",
    "Status",
]
RANDISUN05_UNIT = "Badan Kepegawaian dan Pengembangan SDM"
#: (jabatan, beban kerja jam, WKE jam, existing, their EJ, their PEJ, their kebutuhan = PHP round(beban ÷ WKE))
RANDISUN05_ROWS = [
    ("Analis Sumber Daya Manusia Aparatur Ahli Pertama", 360.0, 1250, 1, 0.29, "E", 0),
    ("Pengadministrasi Perkantoran", 2812.5, 1250, 3, 0.75, "C", 2),
    ("Pranata Komputer Terampil", 1800.0, 1200, 1, 1.5, "A", 2),  # an ABK on 72,000 minutes
    ("Arsiparis Terampil", 2160.0, 1200, 2, 0.9, "B", 2),
]


def _randisun05_files(
    tmp_path: Path, *, with_need: bool, header: str = "WKE (jam)", minutes: bool = False
) -> tuple[Path, Path]:
    columns = [header if c == "WKE (jam)" else c for c in RANDISUN05_REKAP]
    rows = []
    for i, (name, hours, wke, existing, ej, pej, need) in enumerate(RANDISUN05_ROWS, 1):
        wke_cell = wke * 60 if minutes or "menit" in header.casefold() else wke
        head = [i, "Pemerintah Kabupaten Sejahtera", RANDISUN05_UNIT, name, "Fungsional", 2026, hours, wke_cell]
        rows.append(
            [*head, round(hours / wke, 2), need if with_need else None, existing, existing - need, ej, pej, "final"]
        )
    if not with_need:
        columns, rows = columns[:9] + columns[10:], [r[:9] + r[10:] for r in rows]
    peta = write_sheet(tmp_path / "rekap.xlsx", columns, rows, sheet="Rekap ABK")
    people = [(name, existing) for name, _h, _w, existing, *_ in RANDISUN05_ROWS]
    roster_rows = [
        [f"19880315201503{1 + k % 2}{k:03d}", f"Pegawai {k}", name, RANDISUN05_UNIT, "III/a", "S-1", "1988-03-15"]
        for k, name in enumerate((n for n, c in people for _ in range(c)), 1)
    ]
    header_roster = ["NIP", "NAMA", "JABATAN", "UNIT KERJA", "GOLONGAN", "PENDIDIKAN", "TANGGAL LAHIR"]
    return write_sheet(tmp_path / "pegawai.xlsx", header_roster, roster_rows, sheet="Pegawai"), peta


@pytest.mark.parametrize(
    ("with_need", "header", "minutes"),
    [(True, "WKE (jam)", False), (False, "WKE (jam)", False), (False, "WKE (menit)", True),
     (False, "Jam Kerja Efektif", True)],
)  # fmt: skip
def test_randisun05_rekap_with_a_wke_per_post_gives_their_ej_and_kebutuhan(
    tmp_path: Path, with_need: bool, header: str, minutes: bool
) -> None:
    """A position table's own WKE column is each post's WKE: a post on 1.200 hours graded on the setting's 1.250 had
    EJ 1,44 where its own rekap says 1,5, and its kebutuhan from hours 1 (1.800 ÷ 1.250) where it says 2. "Jam Kerja
    Efektif" is the concept's name, not its unit: 72.000 under it is minutes, as no year has 10.000 hours (an ABK app
    prints "Total Jam Kerja Efektif : $jumenit"; it was refused and the setting used, review h30)."""
    from asn_mutasi.api.needs import analyse_workload

    pegawai, peta = _randisun05_files(tmp_path, with_need=with_need, header=header, minutes=minutes)
    result = analyse_workload(pegawai=pegawai, jabatan=peta, tanggal=date(2026, 1, 1))
    got = result.positions.set_index("nama_jabatan")
    for name, _hours, wke, existing, ej, pej, need in RANDISUN05_ROWS:
        assert got.loc[name, "bezetting"] == existing
        assert got.loc[name, "wke_jam"] == wke
        assert round(float(got.loc[name, "ej"]) + 1e-9, 2) == ej, name
        assert got.loc[name, "kelas_ej"] == pej, name
        assert got.loc[name, "kebutuhan"] == need, name
    unit = result.units.set_index("unit_kerja").loc[RANDISUN05_UNIT]
    hours = sum(r[1] for r in RANDISUN05_ROWS)
    # printed as graded, two decimals (their EU: round(..., 2) = 0,83 too)
    assert unit["ej"] == pytest.approx(round(hours / sum(r[2] * r[3] for r in RANDISUN05_ROWS) + 1e-9, 2))


def test_a_wke_cell_that_is_no_yearly_wke_is_named_and_the_setting_used(tmp_path: Path) -> None:
    """7,5 hours (a day's, not a year's) is refused as the post's WKE: named, and the setting's 1.250 hours apply."""
    from asn_mutasi.api.needs import analyse_workload

    pegawai, peta = _randisun05_files(tmp_path, with_need=False, header="Jam Kerja Efektif")
    wb = openpyxl.load_workbook(peta)
    wb.active.cell(row=2, column=8).value = 7.5  # the first post's WKE cell
    wb.save(peta)
    result = analyse_workload(pegawai=pegawai, jabatan=peta, tanggal=date(2026, 1, 1))
    got = result.positions.set_index("nama_jabatan")
    first = RANDISUN05_ROWS[0][0]
    assert got.loc[first, "wke_jam"] == 1250 and got.loc["Arsiparis Terampil", "wke_jam"] == 1200
    (said,) = [f for f in result.findings if f.code == "angka-di-luar-batas"]
    assert said.location.field == "waktu_efektif" and "8.784 jam setahun" in said.message


def test_randisun05_rekap_jenis_column_is_the_jenis_jabatan(tmp_path: Path) -> None:
    """Their rekap's bare "Jenis" column holds the jenis jabatan (``jenis_label``): a post named by its unit ("Bidang
    Permukiman", Administrator) keeps its one seat whatever its 2.600 hours, as their structural kebutuhan 1 says; read
    without it, it was Pelaksana with 2 seats and a false vacancy."""
    from asn_mutasi.api.needs import analyse_workload

    unit = "Dinas Perumahan dan Kawasan Permukiman"
    columns = [c for c in RANDISUN05_REKAP if c not in ("Kebutuhan", "Selisih")]
    rows = [
        [1, "Pemkab", unit, "Bidang Permukiman", "Administrator", 2026, 2600, 1250, 2.08, 1, 2.08, "A", "final"],
        [2, "Pemkab", unit, "Pengadministrasi Perkantoran", "Pelaksana", 2026, 2500, 1250, 2.0, 2, 1.0, "B", "final"],
    ]
    peta = write_sheet(tmp_path / "rekap.xlsx", columns, rows, sheet="Rekap ABK")
    people = [["198803152015031001", "A", "Bidang Permukiman", unit]] + [
        [f"19880315201503100{k}", "B", "Pengadministrasi Perkantoran", unit] for k in (2, 3)
    ]
    pegawai = write_sheet(tmp_path / "pegawai.xlsx", ["NIP", "NAMA", "JABATAN", "UNIT KERJA"], people, sheet="P")
    got = analyse_workload(pegawai=pegawai, jabatan=peta, tanggal=date(2026, 1, 1)).positions.set_index("nama_jabatan")
    assert got.loc["Bidang Permukiman", "jenis_jabatan"] == "Administrator"
    assert got.loc["Bidang Permukiman", "kebutuhan"] == 1 and got.loc["Bidang Permukiman", "lowongan"] == 0
    assert got.loc["Pengadministrasi Perkantoran", "jenis_jabatan"] == "Pelaksana"


def test_the_unit_ej_leaves_out_holders_of_posts_without_abk_and_says_so(tmp_path: Path) -> None:
    """randisun05/kebutuhan (commit 178f419) grades a unit by EU = Σ beban kerja ÷ (every active holder of the unit ×
    WKE): a post without ABK counts its holders as idle. Ours sums only the posts with a workload (their kebutuhan is
    known; a post without ABK is neither short nor over, status TANPA ABK, as their own ``tanpa_abk`` status says), so
    the unit reads EJ 1,00 where theirs would read 0,33. The output said neither: the grades' formula and the unit's
    note now say who is counted (peers2, h30)."""
    from asn_mutasi.api.needs import analyse_workload

    unit = RANDISUN05_UNIT
    columns = [c for c in RANDISUN05_REKAP if c not in ("Kebutuhan", "Selisih")]
    rows = [
        [1, "Pemkab", unit, "Pengadministrasi Perkantoran", "Pelaksana", 2026, 1250, 1250, 1.0, 1, 1.0, "B", "final"],
        [2, "Pemkab", unit, "Pengelola Layanan Operasional", "Pelaksana", 2026, None, None, None, 2, None, None, ""],
    ]
    peta = write_sheet(tmp_path / "rekap.xlsx", columns, rows, sheet="Rekap ABK")
    people = [["198803152015031001", "A", "Pengadministrasi Perkantoran", unit]] + [
        [f"19880315201503100{k}", "B", "Pengelola Layanan Operasional", unit] for k in (2, 3)
    ]
    pegawai = write_sheet(tmp_path / "pegawai.xlsx", ["NIP", "NAMA", "JABATAN", "UNIT KERJA"], people, sheet="P")
    result = analyse_workload(pegawai=pegawai, jabatan=peta, tanggal=date(2026, 1, 1))
    posts = result.positions.set_index("nama_jabatan")
    assert posts.loc["Pengelola Layanan Operasional", "status"] == "TANPA ABK"
    row = result.units.set_index("unit_kerja").loc[unit]
    assert row["bezetting"] == 3 and row["ej"] == pytest.approx(1.0) and row["kelas_ej"] == "B"
    assert "2 pemangku jabatan tanpa beban kerja tidak dihitung dalam EJ unit" in row["catatan"], row["catatan"]
    (rule,) = set(result.grading["rumus"])
    assert "EJ unit = Σ beban kerja ÷ Σ (bezetting × jam kerja efektif) atas jabatan yang punya beban kerja" in rule


def test_budirs86_anjab_abk_screen_gives_their_kebutuhan(tmp_path: Path) -> None:
    """budirs86/anjab-abk (Laravel, commit 51a8397): ``AbkController::showJabatan`` sums
    ``SUM(waktu_penyelesaian * jumlah_hasil_kerja)`` over ``detail_abk`` (NULL products left out, as SQL does) and
    ``resources/views/abk/jabatan/show.blade.php`` prints "1250 jam" and ``ceil($wpt / 1250)`` orang; its table heads
    are "Uraian Tugas | Hasil Kerja | Jumlah Hasil Kerja | Waktu Penyelesaian" (hours). The sheet in that layout was
    refused: "JUMLAH HASIL KERJA" was no volume heading (peers8, h33)."""
    tasks = [
        # several tasks, a fraction below one half (ceil gives 1)
        ("J1", "Analis Kebijakan Ahli Muda", "Menyusun bahan kebijakan", "Dokumen", 12, 16),
        ("J1", "Analis Kebijakan Ahli Muda", "Mengikuti rapat", "Laporan", 48, 8),
        ("J1", "Analis Kebijakan Ahli Muda", "Mengevaluasi kebijakan", "Laporan", 4, 40),
        # exactly one WKE
        ("J2", "Arsiparis Terampil", "Menata arsip", "Berkas", 250, 5),
        # zero volume: no workload, no staff
        ("J3", "Pranata Komputer Ahli Pertama", "Memelihara server", "Laporan", 0, 5),
        # over two WKE
        ("J4", "Pengadministrasi Perkantoran", "Mengagendakan surat", "Surat", 2600, 1),
        ("J4", "Pengadministrasi Perkantoran", "Menggandakan dokumen", "Dokumen", 10, 5),
    ]
    header = ["KODE JABATAN", "NAMA JABATAN", "URAIAN TUGAS", "HASIL KERJA", "JUMLAH HASIL KERJA"]
    path = write_sheet(tmp_path / "budirs86.xlsx", [*header, "WAKTU PENYELESAIAN (JAM)"], [list(t) for t in tasks])
    listed = listing(sorted({(t[0], t[1], "Bagian Umum") for t in tasks}))
    got = workload_from_tasks(None, listed, settings(pembulatan="atas"), raw=read_sheet(path)).frame
    wpt: dict[str, float] = {}
    for kode, *_, jumlah, waktu in tasks:
        wpt[kode] = wpt.get(kode, 0) + jumlah * waktu  # SUM(waktu_penyelesaian * jumlah_hasil_kerja)
    theirs = {kode: math.ceil(total / 1250) for kode, total in wpt.items()}  # ceil($wpt / 1250)
    assert theirs == {"J1": 1, "J2": 1, "J3": 0, "J4": 3}
    ours = got.set_index("kode_jabatan")
    assert ours["kebutuhan"].astype(int).to_dict() == theirs
    assert ours["beban_kerja_jam"].to_dict() == pytest.approx(wpt)
