"""Position and unit summaries against a plain, independent pandas computation."""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal

import numpy as np
import pandas as pd
import pytest
from hypothesis import given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from asn_mutasi.config import Settings, Workload
from asn_mutasi.workload import (
    grade_ej,
    grading_table,
    imbalance_index,
    link_employees,
    position_summary,
    unit_summary,
)

from .frames import make_positions, make_roster

AS_OF = date(2025, 1, 1)


def _printed(ej: float) -> float:
    """EJ as printed and graded: two decimals, half up (PHP ``round($ej, 2)`` of the ABK applications)."""
    return float(Decimal(format(ej, ".15g")).quantize(Decimal("0.01"), ROUND_HALF_UP))


def _data(seed: int = 7) -> tuple[pd.DataFrame, pd.DataFrame]:
    rng = np.random.default_rng(seed)
    units = ["Sekretariat", "Bidang Mutasi", "Bidang Pengadaan", "UPT Diklat"]
    names = ["Analis Kepegawaian", "Pengelola Data", "Pengadministrasi Umum", "Kepala Seksi"]
    pos_rows = []
    for u in units:
        for n in names:
            pos_rows.append(
                {
                    "kode_jabatan": f"J{len(pos_rows):02d}",
                    "nama_jabatan": n,
                    "unit_kerja": u,
                    "kebutuhan": int(rng.integers(0, 5)),
                    "beban_kerja_jam": float(rng.choice([np.nan, 1250.0, 2600.0, 4000.0, 900.0])),
                }
            )
    positions = make_positions(pos_rows)
    people = []
    for _ in range(120):
        p = pos_rows[int(rng.integers(0, len(pos_rows)))]
        people.append(
            {
                "jabatan": p["nama_jabatan"] if rng.random() > 0.1 else "Jabatan Lama Entah",
                "unit_kerja": p["unit_kerja"],
                "status_kepegawaian": str(rng.choice(["PNS", "PNS", "PPPK", "CPNS", None])),
                "tanggal_lahir": pd.Timestamp("1966-01-01") + pd.Timedelta(days=int(rng.integers(0, 365 * 30))),
                "_status": "valid" if rng.random() > 0.05 else "dikecualikan",
            }
        )
    roster = make_roster(people)
    roster.loc[roster["status_kepegawaian"] == "None", "status_kepegawaian"] = None
    return roster, positions


def test_position_counts_match_plain_groupby() -> None:
    roster, positions = _data()
    linked = link_employees(roster, positions).frame
    ps = position_summary(linked, positions, Settings(), as_of=AS_OF, horizon_months=12).set_index("kode_jabatan")

    ok = linked[(linked["_status"] == "valid") & linked["kode_jabatan_link"].notna()]
    is_cpns = ok["status_kepegawaian"] == "CPNS"
    expected_bez = ok.groupby("kode_jabatan_link").size()  # a CPNS occupies the seat (seat_vacancies)
    expected_cpns = ok[is_cpns].groupby("kode_jabatan_link").size()
    for kode, row in ps.iterrows():
        assert row["bezetting"] == expected_bez.get(kode, 0)
        assert row["bezetting_cpns"] == expected_cpns.get(kode, 0)
        need = positions.set_index("kode_jabatan").loc[kode, "kebutuhan"]
        assert row["kebutuhan"] == need
        assert row["selisih"] == row["bezetting"] - need
        assert row["lowongan"] == max(0, need - row["bezetting"])
        assert row["status"] == (
            "KURANG" if row["bezetting"] < need else "LEBIH" if row["bezetting"] > need else "SESUAI"
        )
        hours = positions.set_index("kode_jabatan").loc[kode, "beban_kerja_jam"]
        if np.isnan(hours) or row["bezetting"] == 0:
            assert np.isnan(row["ej"])
        else:
            assert row["ej"] == pytest.approx(_printed(hours / (row["bezetting"] * 1250)))


def test_projected_vacancies_use_retirements() -> None:
    roster, positions = _data()
    linked = link_employees(roster, positions).frame
    ps = position_summary(linked, positions, Settings(), as_of=AS_OF, horizon_months=24).set_index("kode_jabatan")
    ok = linked[(linked["_status"] == "valid") & linked["kode_jabatan_link"].notna()]
    # pelaksana/unknown BUP 58; pension on the 1st of the month after the birthday
    born = ok["tanggal_lahir"]
    tmt = pd.to_datetime({"year": born.dt.year + 58 + (born.dt.month == 12), "month": born.dt.month % 12 + 1, "day": 1})
    retiring = ok[tmt <= pd.Timestamp("2027-01-01")].groupby("kode_jabatan_link").size()
    for kode, row in ps.iterrows():
        r = int(retiring.get(kode, 0))
        assert row["proyeksi_pensiun"] == r
        assert row["lowongan_proyeksi"] == max(0, row["kebutuhan"] - (row["bezetting"] - r))
        assert row["lowongan"] <= row["lowongan_proyeksi"] <= row["lowongan"] + r


def test_a_unit_the_table_lacks_is_no_sesuai_unit() -> None:
    """`lowongan --per unit` listed 15 units the peta jabatan lacks, each with no post, one unlinked holder and
    status SESUAI (walk4, h28): such a unit is "TIDAK DI PETA" and its catatan says why; a table unit whose
    holders are all linked keeps its status."""
    positions = make_positions(
        [{"kode_jabatan": "J1", "nama_jabatan": "Analis Kebijakan", "unit_kerja": "Bidang Tangkap", "kebutuhan": 1}]
    )
    roster = make_roster(
        [
            {"jabatan": "Analis Kebijakan", "unit_kerja": "Bidang Tangkap"},
            {"jabatan": "Analis Kebijakan", "unit_kerja": "Bidang Budidaya"},
            {"jabatan": "Pengolah Data", "unit_kerja": "Bidang Budidaya"},
        ]
    )
    linked = link_employees(roster, positions).frame
    ps = position_summary(linked, positions, Settings(), as_of=AS_OF)
    units = unit_summary(ps, Settings(), linked=linked).set_index("unit_kerja")
    assert units.loc["Bidang Tangkap", "status"] == "SESUAI"
    outside = units.loc["Bidang Budidaya"]
    assert (outside["jumlah_jabatan"], outside["tidak_tertaut"], outside["status"]) == (0, 2, "TIDAK DI PETA")
    assert outside["catatan"] == "tidak ada di peta jabatan: 2 pegawai tidak tertaut"


def test_unit_totals_add_up_to_roster() -> None:
    roster, positions = _data()
    linked = link_employees(roster, positions).frame
    ps = position_summary(linked, positions, Settings(), as_of=AS_OF)
    units = unit_summary(ps, Settings(), linked=linked)
    valid = int((roster["_status"] == "valid").sum())
    assert int(units[["bezetting", "tidak_tertaut"]].to_numpy().sum()) == valid  # bezetting_cpns is a subset
    assert units["kebutuhan"].sum() == positions["kebutuhan"].sum()
    plain = ps.groupby("unit_kerja")[["kebutuhan", "bezetting", "lowongan"]].sum()
    got = units.set_index("unit_kerja").loc[plain.index, ["kebutuhan", "bezetting", "lowongan"]]
    assert (got.to_numpy() == plain.to_numpy()).all()
    # unit EJ recomputed from sums over the positions that have a workload
    for unit, grp in ps.groupby("unit_kerja"):
        w = grp[grp["beban_kerja_jam"].notna()]
        row = units.set_index("unit_kerja").loc[unit]
        if len(w) and w["bezetting"].sum() > 0:
            assert row["ej"] == pytest.approx(_printed(w["beban_kerja_jam"].sum() / (w["bezetting"].sum() * 1250)))


def test_cpns_occupy_the_seat_and_are_shown_apart() -> None:
    positions = make_positions([{"kode_jabatan": "P", "nama_jabatan": "Analis", "unit_kerja": "U", "kebutuhan": 2}])
    roster = make_roster(
        [
            {"jabatan": "Analis", "unit_kerja": "U", "status_kepegawaian": "CPNS"},
            {"jabatan": "Analis", "unit_kerja": "U", "status_kepegawaian": "PPPK"},
            {"jabatan": "Analis", "unit_kerja": "U", "status_kepegawaian": None},
        ]
    )
    ps = position_summary(link_employees(roster, positions).frame, positions, Settings(), as_of=AS_OF)
    row = ps.iloc[0]
    assert (row["bezetting"], row["bezetting_cpns"], row["selisih"], row["status"]) == (3, 1, 1, "LEBIH")
    assert row["lowongan"] == 0


def test_a_unit_with_short_and_over_filled_posts_says_both() -> None:
    """A unit's selisih nets its posts: 2 empty seats in one post and 2 extra holders in another read 'SESUAI'
    with nothing else (a peer app, randisun05/kebutuhan, reports kurang 2 and lebih 2)."""
    positions = make_positions(
        [
            {"kode_jabatan": "A", "nama_jabatan": "Analis", "unit_kerja": "Induk", "kebutuhan": 3},
            {"kode_jabatan": "B", "nama_jabatan": "Pengadministrasi", "unit_kerja": "Induk", "kebutuhan": 1},
        ]
    )
    roster = make_roster(
        [{"jabatan": "Analis", "unit_kerja": "Induk"}] + [{"jabatan": "Pengadministrasi", "unit_kerja": "Induk"}] * 3
    )
    linked = link_employees(roster, positions).frame
    ps = position_summary(linked, positions, Settings(), as_of=AS_OF).set_index("kode_jabatan")
    assert (ps.loc["A", "lowongan"], ps.loc["A", "kelebihan"], ps.loc["B", "kelebihan"]) == (2, 0, 2)
    unit = unit_summary(ps.reset_index(), Settings(), linked=linked).iloc[0]
    assert (unit["selisih"], unit["status"], unit["lowongan"], unit["kelebihan"]) == (0, "SESUAI", 2, 2)
    assert "2 lowongan dan 2 kelebihan di jabatan yang berbeda" in unit["catatan"]


def test_only_workload_hours_gives_kebutuhan() -> None:
    positions = make_positions(
        [
            {
                "kode_jabatan": "P",
                "nama_jabatan": "Analis",
                "unit_kerja": "U",
                "kebutuhan": np.nan,
                "beban_kerja_jam": 3200.0,
            },
        ]
    )
    roster = make_roster([{"jabatan": "Analis", "unit_kerja": "U"}])
    ps = position_summary(link_employees(roster, positions).frame, positions, Settings(), as_of=AS_OF)
    row = ps.iloc[0]
    assert row["kebutuhan"] == 3  # 3200 / 1250 = 2.56 → 3
    assert row["ej"] == pytest.approx(2.56)
    assert row["kelas_ej"] == "A" and bool(row["beban_lebih"])


def test_no_holder_with_workload_has_no_grade() -> None:
    """EJ ÷ 0 is undefined: no grade (peers print none), flagged "lowong, beban tanpa pemangku"."""
    positions = make_positions(
        [{"kode_jabatan": "P", "nama_jabatan": "Analis", "unit_kerja": "U", "beban_kerja_jam": 800.0}]
    )
    linked = link_employees(make_roster([]), positions).frame
    ps = position_summary(linked, positions, Settings(), as_of=AS_OF)
    row = ps.iloc[0]
    assert np.isnan(row["ej"]) and row["kelas_ej"] is None and row["catatan"] == "lowong, beban tanpa pemangku"
    assert bool(row["beban_lebih"])


@pytest.mark.parametrize(
    ("ej", "grade"),
    [
        (1.0001, "B"),  # 1.00 at two decimals: the printed table's B (0.90–1.00)
        (1.0024, "B"),
        (1.0049, "B"),
        (1.005, "A"),  # half up, as PHP round() / Excel ROUND
        (1.00, "B"),
        (0.90, "B"),
        (0.8999, "B"),
        (0.895, "B"),
        (0.8949, "C"),
        (0.70, "C"),
        (0.6999, "C"),
        (0.6949, "D"),
        (0.50, "D"),
        (0.4999, "D"),
        (0.4949, "E"),
        (0.0, "E"),
    ],
)
def test_grades_at_the_printed_tables_two_decimals(ej: float, grade: str) -> None:
    assert grade_ej(pd.Series([ej]), Settings()).iloc[0] == grade


@pytest.mark.parametrize(("ej", "grade"), [(1.0001, "A"), (1.00, "B"), (0.8999, "C"), (0.6999, "D"), (0.4999, "E")])
def test_unrounded_grading_is_a_setting(ej: float, grade: str) -> None:
    settings = Settings(beban_kerja=Workload(ej_desimal=-1))
    assert grade_ej(pd.Series([ej]), settings).iloc[0] == grade


@pytest.mark.parametrize(
    ("hours", "grade"),
    [(1250.0, "B"), (1255.0, "B"), (1125.0, "B"), (875.0, "C"), (625.0, "D"), (624.0, "D"), (618.0, "E")],
)
def test_grades_from_computed_ej(hours: float, grade: str) -> None:
    positions = make_positions(
        [{"kode_jabatan": "P", "nama_jabatan": "A", "unit_kerja": "U", "beban_kerja_jam": hours}]
    )
    roster = make_roster([{"jabatan": "A", "unit_kerja": "U"}])
    ps = position_summary(link_employees(roster, positions).frame, positions, Settings(), as_of=AS_OF)
    assert ps.loc[0, "kelas_ej"] == grade


def test_grading_table_prints_the_two_decimal_bounds() -> None:
    table = grading_table(Settings())
    assert table["rentang"].tolist() == [
        "EJ > 1,00",
        "0,90 ≤ EJ ≤ 1,00",
        "0,70 ≤ EJ ≤ 0,89",
        "0,50 ≤ EJ ≤ 0,69",
        "EJ < 0,50",
    ]
    assert "2 desimal" in table.loc[0, "rumus"]


def test_grading_table_follows_settings() -> None:
    table = grading_table(Settings(beban_kerja=Workload(ej_b=0.95)))
    assert table["kelas_ej"].tolist() == ["A", "B", "C", "D", "E"]
    # the thousands written the Indonesian way, as every figure beside it (walk7 #3, h29; was "× 1250 jam")
    assert "0,95" in table.loc[1, "rentang"] and "(bezetting × 1.250 jam kerja efektif," in table.loc[0, "rumus"]
    odd = grading_table(Settings(beban_kerja=Workload(jam_kerja_efektif=1187.5, menit_kerja_efektif=71250)))
    assert "(bezetting × 1.187,5 jam kerja efektif," in odd.loc[0, "rumus"]


def test_sorted_worst_shortfall_first() -> None:
    positions = make_positions(
        [
            {"kode_jabatan": "S", "nama_jabatan": "A", "unit_kerja": "U", "kebutuhan": 1},
            {"kode_jabatan": "K1", "nama_jabatan": "B", "unit_kerja": "U", "kebutuhan": 2},
            {"kode_jabatan": "L", "nama_jabatan": "C", "unit_kerja": "U", "kebutuhan": 0},
            {"kode_jabatan": "K3", "nama_jabatan": "D", "unit_kerja": "U", "kebutuhan": 3},
        ]
    )
    roster = make_roster([{"jabatan": "A", "unit_kerja": "U"}, {"jabatan": "C", "unit_kerja": "U"}])
    ps = position_summary(link_employees(roster, positions).frame, positions, Settings(), as_of=AS_OF)
    assert ps["kode_jabatan"].tolist() == ["K3", "K1", "L", "S"]


def _units(bez: list[int], need: list[int]) -> pd.DataFrame:
    return pd.DataFrame({"unit_kerja": [f"U{i}" for i in range(len(bez))], "bezetting": bez, "kebutuhan": need})


def test_imbalance_index_values() -> None:
    assert imbalance_index(_units([3, 1], [2, 2])) == pytest.approx(0.5)
    assert imbalance_index(_units([2, 2], [2, 2])) == 0.0
    assert imbalance_index(_units([0], [0])) == 0.0


@hsettings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 20), st.integers(0, 20)), min_size=2, max_size=8), st.data())
def test_imbalance_decreases_when_surplus_moves_to_shortage(pairs: list[tuple[int, int]], data: st.DataObject) -> None:
    bez = [p[0] for p in pairs]
    need = [p[1] for p in pairs]
    surplus = [i for i in range(len(bez)) if bez[i] > need[i]]
    short = [i for i in range(len(bez)) if bez[i] < need[i]]
    if not surplus or not short:
        return
    i, j = data.draw(st.sampled_from(surplus)), data.draw(st.sampled_from(short))
    before = imbalance_index(_units(bez, need))
    bez[i] -= 1
    bez[j] += 1
    assert imbalance_index(_units(bez, need)) < before
