"""The plan's unit tables are `lowongan`'s: posts without ABK counted alike (one fact, one number)."""

from __future__ import annotations

from datetime import date

import pandas as pd

from asn_mutasi.config import Settings
from asn_mutasi.planning.plan import make_plan
from asn_mutasi.workload import imbalance_index, position_summary, unit_summary
from asn_mutasi.workload.linking import link_employees


def _person(i: int, kode: str, unit: str) -> dict[str, object]:
    return {
        "nip": f"19800101200501{i:04d}",
        "nama": f"Pegawai {i}",
        "jabatan": kode,
        "kode_jabatan": kode,
        "unit_kerja": unit,
        "golongan": "III/a",
        "pendidikan": "S-1",
        "jurusan": "Administrasi Negara",
        "tmt_jabatan": pd.Timestamp("2015-01-01"),
        "tanggal_lahir": pd.Timestamp("1980-01-01"),
        "status_kepegawaian": "PNS",
        "_status": "valid",
        "_baris": i + 2,
    }


def test_posts_without_abk_are_counted_as_lowongan_counts_them() -> None:
    """Helper oracle audit: a unit with posts without ABK had kebutuhan 22 in the plan and 20 in `lowongan`."""
    positions = pd.DataFrame(
        {
            "kode_jabatan": ["A", "B", "C", "D"],
            "nama_jabatan": ["A", "B", "C", "D"],
            "unit_kerja": ["Umum", "Umum", "Umum", "Hukum"],
            "jenis_jabatan": ["Pelaksana"] * 4,
            "kebutuhan": [2, 0, 0, 1],
            "beban_kerja_jam": [2500.0, None, None, 1250.0],
            "tanpa_abk": [False, True, True, False],
            "syarat_pendidikan": ["S-1"] * 4,
            "syarat_jurusan": [None] * 4,
            "_status": ["valid"] * 4,
            "_baris": [2, 3, 4, 5],
        }
    )
    roster = pd.DataFrame([_person(1, "A", "Umum"), _person(2, "B", "Umum"), _person(3, "C", "Umum")])
    roster = pd.concat([roster, pd.DataFrame([_person(4, "C", "Umum"), _person(5, "D", "Hukum")])], ignore_index=True)
    settings = Settings()
    linked = link_employees(roster, positions).frame
    as_of = date(2026, 11, 1)
    plan = make_plan(linked, positions, None, settings, as_of=as_of)
    lowongan = unit_summary(position_summary(linked, positions, settings, as_of=as_of), settings)
    want = lowongan.set_index("unit_kerja")[["kebutuhan", "bezetting", "selisih", "lowongan", "ej"]].sort_index()
    got = plan.units_before.set_index("unit_kerja")[
        ["kebutuhan", "bezetting", "selisih", "lowongan", "ej"]
    ].sort_index()
    pd.testing.assert_frame_equal(got, want, check_dtype=False)
    assert got.loc["Umum", "kebutuhan"] == 2  # not 2 + the three holders of the posts without ABK
    assert plan.summary["indeks_ketimpangan_sebelum"] == round(imbalance_index(lowongan), 4)
    # the plan's figure with its moves has its own name: "_sesudah" is `bandingkan`'s index measured on the roster
    # after applying (buku-besar putaran showed the plan's 0,115 under the name of compare's 0,083; walk9, h32)
    assert "indeks_ketimpangan_sesudah" not in plan.summary
    assert plan.summary["indeks_ketimpangan_dengan_rencana"] == round(imbalance_index(plan.units_after), 4)


def test_the_plan_lists_units_in_reading_order_whatever_their_letter_case() -> None:
    """The plan workbook's "Lowongan per unit" chart (rows of its Beban Kerja sheet) put every upper-case name first,
    then "Dinas Kesehatan" … "Sekretariat Daerah" (walk3, h27)."""
    units = ["Dinas Sosial", "BADAN KEPEGAWAIAN", "DINAS KESEHATAN", "Badan Pendapatan", "dinas pendidikan"]
    positions = pd.DataFrame(
        {
            "kode_jabatan": [f"J{i}" for i in range(len(units))],
            "nama_jabatan": ["Analis"] * len(units),
            "unit_kerja": units,
            "jenis_jabatan": ["Pelaksana"] * len(units),
            "kebutuhan": [1] * len(units),
            "syarat_pendidikan": ["S-1"] * len(units),
            "syarat_jurusan": [None] * len(units),
            "_status": ["valid"] * len(units),
            "_baris": list(range(2, 2 + len(units))),
        }
    )
    roster = pd.DataFrame([_person(i, f"J{i}", u) for i, u in enumerate(units)])
    linked = link_employees(roster, positions).frame
    plan = make_plan(linked, positions, None, Settings(), as_of=date(2026, 11, 1))
    reading = ["BADAN KEPEGAWAIAN", "Badan Pendapatan", "DINAS KESEHATAN", "dinas pendidikan", "Dinas Sosial"]
    for table in (plan.units_before, plan.units_after):
        assert table["unit_kerja"].tolist() == reading
