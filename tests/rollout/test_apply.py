"""Tests for applying an approved plan (pure decisions → roster, SK list, findings)."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime

import pandas as pd
import pytest

from asn_mutasi.findings import CATALOGUE, Severity
from asn_mutasi.rollout.apply import SK_COLUMNS, apply_plan, format_tmt_like, parse_keputusan, tmt_cells
from asn_mutasi.schema import PLAN_MOVE_COLUMNS, ColumnInfo, RawTable

from .conftest import NIPS, plan_moves, positions, prepared, roster_raw

TMT = date(2026, 1, 1)


def decide(plan: pd.DataFrame, **decisions: str) -> pd.DataFrame:
    out = plan.copy()
    for mid, value in decisions.items():
        out.loc[out["id_mutasi"] == mid.replace("_", "-"), "keputusan"] = value
    return out


def run(visible: pd.DataFrame, hidden: pd.DataFrame | None = None, **kw):
    raw = roster_raw(**kw)
    return apply_plan(
        visible,
        plan_moves() if hidden is None else hidden,
        raw,
        prepared(raw),
        TMT,
        positions=positions(),
        plan_file="rencana.xlsx",
    )


def codes(result) -> list[str]:
    return [f.code for f in result.findings]


def test_new_codes_are_in_catalogue() -> None:
    for code in (
        "rencana-nip-tidak-ada",
        "rencana-jabatan-berubah",
        "rencana-baris-diubah",
        "rencana-keputusan-tidak-valid",
        "rencana-rantai-putus",
        "rencana-ganda",
    ):
        assert CATALOGUE[code].severity is Severity.ERROR


def test_all_approved_updates_only_movers() -> None:
    visible = decide(plan_moves(), M_1="Setuju", M_2="setuju", M_3="SETUJU", M_4="Setuju")
    result = run(visible)
    assert result.ok, [f.message for f in result.findings]
    new = result.roster
    before = roster_raw().original_frame
    assert list(new.columns) == list(before.columns)
    assert new["Keterangan"].tolist() == before["Keterangan"].tolist()
    assert new["Nama Lengkap"].tolist() == before["Nama Lengkap"].tolist()
    # C (row 3) to J1, A (row 1) to J3, D to J2, E to J4; B untouched
    assert new["Jabatan"].tolist() == [
        "Analis Kebijakan",
        "Analis Data",
        "Pranata Komputer",
        "Analis Data",
        "Pengadministrasi Umum",
    ]
    assert new["Kode Jab"].tolist() == ["J3", "J2", "J1", "J2", "J4"]
    assert new["Unit Kerja"].tolist() == ["Dinas Kominfo", "Bappeda", "Dinas Kominfo", "Bappeda", "Bappeda"]
    # TMT written in the column's own style, only for movers
    assert new["TMT Jabatan"].tolist() == ["01-01-2026", "01-03-2019", "01-01-2026", "01-01-2026", "01-01-2026"]
    assert result.counts == {"setuju": 4, "tolak": 0, "tunda": 0, "kosong": 0}
    sk = result.sk
    assert list(sk.columns) == [c for c, _ in SK_COLUMNS]
    assert sk["nomor_urut"].tolist() == [1, 2, 3, 4]
    assert sk["nip"].tolist() == [NIPS["C"], NIPS["A"], NIPS["D"], NIPS["E"]]
    first = sk.iloc[0]
    assert (first["jabatan_lama"], first["unit_lama"], first["jabatan_baru"]) == (
        "Analis Kebijakan",
        "Dinas Kominfo",
        "Pranata Komputer",
    )
    assert "III/c" in first["golongan"] and first["tmt"] == TMT


def test_the_decree_list_names_the_old_post_and_unit_as_the_plan_does() -> None:
    """The roster's own spelling ("Dinkes") went into the list an SK lampiran is made from, where the plan, the
    ledger and `bandingkan` name the position table's unit (h26/onefact)."""
    official = plan_moves()
    official.loc[official["id_mutasi"] == "M-1", "unit_asal"] = "Dinas Komunikasi dan Informatika"
    visible = decide(official, M_1="Setuju", M_2="Setuju")
    result = run(visible, official)
    assert result.ok, [f.message for f in result.findings]
    first = result.sk.iloc[0]
    assert (first["nip"], first["unit_lama"]) == (NIPS["C"], "Dinas Komunikasi dan Informatika")


def test_the_decree_list_names_a_unit_of_an_opd_in_words() -> None:
    """The Daftar SK printed the plan's unit key "Dinas Kominfo | Sekretariat", which no Kepala BKPSDM can sign as
    is; and the golongan with its pangkat, as before (walk5, h28)."""
    official = plan_moves()
    official.loc[official["id_mutasi"] == "M-1", "unit_asal"] = "Dinas Kominfo | Bidang Persandian"
    official.loc[official["id_mutasi"] == "M-1", "unit_tujuan"] = "Dinas Kominfo | Sekretariat"
    visible = decide(official, M_1="Setuju", M_2="Setuju")
    result = run(visible, official)
    assert result.ok, [f.message for f in result.findings]
    first = result.sk.iloc[0]
    assert (first["unit_lama"], first["unit_baru"]) == (
        "Bidang Persandian pada Dinas Kominfo",
        "Sekretariat Dinas Kominfo",
    )
    assert first["golongan"] == "Penata, III/c"


def test_input_frame_is_not_modified() -> None:
    raw = roster_raw()
    snapshot = raw.original_frame.copy()
    visible = decide(plan_moves(), M_1="Setuju", M_2="Setuju")
    result = apply_plan(visible, plan_moves(), raw, prepared(raw), TMT)
    assert result.ok
    pd.testing.assert_frame_equal(raw.original_frame, snapshot)


def test_whole_chain_rejected_breaks_no_chain_but_nothing_is_applied() -> None:
    visible = decide(plan_moves(), M_1="Tolak", M_2="Tunda")
    result = run(visible)
    # no broken chain; but with nothing approved there is nothing to apply: refused, nothing written
    assert [f.code for f in result.findings] == ["rencana-belum-diputuskan"]
    assert not result.ok and result.roster is None and result.sk.empty
    assert "4 usulan: 2 kosong, 1 Tolak, 1 Tunda" in result.findings[0].message
    assert result.counts == {"setuju": 0, "tolak": 1, "tunda": 1, "kosong": 2}


def test_undecided_plan_is_refused_with_a_clear_message() -> None:
    result = run(plan_moves())
    assert not result.ok and result.roster is None
    (finding,) = result.findings
    assert finding.code == "rencana-belum-diputuskan" and "isi kolom Keputusan dengan Setuju" in finding.message
    assert finding.location.header == "Keputusan"


def _with_columns(raw: RawTable, frame: pd.DataFrame, fields: dict[str, str]) -> RawTable:
    """``raw`` with extra original columns mapped to canonical fields."""
    headers = list(frame.columns)
    columns = dict(raw.columns)
    for f, h in fields.items():
        columns[f] = ColumnInfo(f, chr(65 + headers.index(h)), h, "alias")
    return dataclasses.replace(raw, original_frame=frame, original_headers=headers, columns=columns)


def test_mover_gets_old_post_in_riwayat_and_jenis_from_target() -> None:
    raw = roster_raw()
    frame = raw.original_frame.copy()
    frame["RIWAYAT JABATAN"] = ["Pengolah Data (2010-2015)"] + [""] * (len(frame) - 1)
    frame["JENIS JABATAN"] = "Pelaksana"
    raw = _with_columns(raw, frame, {"riwayat_jabatan": "RIWAYAT JABATAN", "jenis_jabatan": "JENIS JABATAN"})
    visible = decide(plan_moves(), M_1="Setuju", M_2="Setuju")
    result = apply_plan(visible, plan_moves(), raw, prepared(raw), TMT)
    assert result.ok and result.roster is not None
    moved = plan_moves().set_index("id_mutasi")
    out = result.roster.set_index(raw.columns["nip"].header)
    for mid in ("M-1", "M-2"):
        row = out.loc[moved.loc[mid, "nip"]]
        old = moved.loc[mid, "jabatan_asal"]
        assert row["RIWAYAT JABATAN"].endswith(f"{old} (" + row["RIWAYAT JABATAN"].rsplit("(", 1)[1])
        assert row["RIWAYAT JABATAN"].endswith(f"-{TMT.year})")
    first = out.loc[moved.loc["M-1", "nip"]]
    ani = out.loc[moved.loc["M-2", "nip"]]  # row 1 already had a history: the old post is appended
    assert ani["RIWAYAT JABATAN"] == f"Pengolah Data (2010-2015); Pranata Komputer (2019-{TMT.year})"
    from asn_mutasi.domain.jabatan import classify_jenis_jabatan

    target = moved.loc["M-1", "jabatan_tujuan"]
    assert first["JENIS JABATAN"] == classify_jenis_jabatan(target)


def test_no_kode_or_tmt_columns_are_not_added() -> None:
    visible = decide(plan_moves(), M_3="Setuju", M_4="Setuju")
    result = run(visible, with_kode=False, with_tmt=False)
    assert result.ok, [f.message for f in result.findings]
    assert "Kode Jab" not in result.roster.columns and "TMT Jabatan" not in result.roster.columns
    assert result.roster["Jabatan"].tolist()[3:] == ["Analis Data", "Pengadministrasi Umum"]


def test_broken_chain_is_refused_with_clear_finding() -> None:
    # M-1 fills J1, which only M-2 (rejected) vacates: J1 would have two holders, need 1
    visible = decide(plan_moves(), M_1="Setuju", M_2="Tolak")
    result = run(visible)
    assert not result.ok and result.roster is None
    assert codes(result) == ["rencana-rantai-putus"]
    f = result.findings[0]
    assert f.location.row == 3 and f.location.sheet == "Rencana Mutasi" and f.location.file == "rencana.xlsx"
    assert f.location.header == "Keputusan"
    assert "M-2" in f.message and "M-1" in f.message and "R1" in f.message
    assert "Pranata Komputer" in f.message and "kebutuhan 1" in f.message


def test_either_half_of_a_chain_alone_is_refused() -> None:
    # M-3 fills J2 (need 2, holders B and E) only because E leaves; deferring M-4 leaves J2 at 3 > 2
    result = run(decide(plan_moves(), M_3="Setuju", M_4="Tunda"))
    assert codes(result) == ["rencana-rantai-putus"]
    assert "M-4" in result.findings[0].message and "belum" not in result.findings[0].message
    # approving only the vacating move: E joins J4 while D (rejected) stays
    assert run(decide(plan_moves(), M_4="Setuju", M_3="Tolak")).ok is False  # J4 now 2 > need 1


def test_chain_check_without_positions_uses_plan_capacity() -> None:
    raw = roster_raw()
    visible = decide(plan_moves(), M_1="Setuju")
    result = apply_plan(visible, plan_moves(), raw, prepared(raw), TMT)
    assert codes(result) == ["rencana-rantai-putus"]
    assert "belum diputuskan" in result.findings[0].message


def test_invalid_decision_and_edits_are_reported_per_row() -> None:
    visible = decide(plan_moves(), M_1="ok", M_2="Setuju", M_3="Setuju", M_4="Setuju")
    visible.loc[1, "jabatan_tujuan"] = "Kepala Dinas"
    visible.loc[2, "catatan"] = "setuju kepala BKD"  # allowed
    result = run(visible)
    found = {(f.code, f.location.row) for f in result.findings}
    assert ("rencana-keputusan-tidak-valid", 2) in found
    assert ("rencana-baris-diubah", 3) in found
    edited = next(f for f in result.findings if f.code == "rencana-baris-diubah")
    assert "M-2" in edited.message and "Jabatan Tujuan" in edited.message
    assert result.roster is None


def test_deleted_added_and_unknown_rows() -> None:
    visible = plan_moves().iloc[[0, 1, 2]].copy()
    extra = visible.iloc[[0]].copy()
    extra["id_mutasi"] = "M-99"
    blank = visible.iloc[[0]].copy()
    blank["id_mutasi"] = None
    visible = pd.concat([visible, extra, blank], ignore_index=True)
    result = run(visible)
    messages = [f.message for f in result.findings if f.code == "rencana-baris-diubah"]
    assert any("M-4" in m and "dihapus" in m for m in messages)
    assert any("M-99" in m and "tidak ada di rencana asli" in m for m in messages)
    assert any("tanpa ID Mutasi" in m for m in messages)


def test_unknown_nip_changed_position_and_double_approval() -> None:
    hidden = plan_moves()
    hidden.loc[3, "nip"] = "199001012015011999"
    hidden.loc[1, "kode_jabatan_asal"] = "J9"
    hidden = pd.concat([hidden, hidden.iloc[[0]].assign(id_mutasi="M-5")], ignore_index=True)
    visible = decide(hidden, M_1="Setuju", M_2="Setuju", M_3="Setuju", M_4="Setuju", M_5="Setuju")
    result = run(visible, hidden=hidden)
    by_code = {f.code: f for f in result.findings}
    assert by_code["rencana-nip-tidak-ada"].location.row == 5
    assert "199001012015011999" in by_code["rencana-nip-tidak-ada"].message
    assert by_code["rencana-jabatan-berubah"].location.row == 3
    assert "Pranata Komputer" in by_code["rencana-jabatan-berubah"].message
    assert by_code["rencana-ganda"].location.row == 6 and "M-1" in by_code["rencana-ganda"].message
    # no personal data beyond the NIP: names never appear in messages
    assert not any("Ani" in f.message or "Citra" in f.message for f in result.findings)


def test_workbook_headers_and_excel_rows_are_accepted() -> None:
    visible = decide(plan_moves(), M_1="Setuju")
    visible["_baris"] = [5, 6, 7, 8]
    visible = visible.rename(columns=dict(PLAN_MOVE_COLUMNS))
    result = run(visible)
    assert [f.location.row for f in result.findings] == [6]


@pytest.mark.parametrize(
    ("value", "expected"),
    [("Setuju", "Setuju"), (" tolak ", "Tolak"), ("TUNDA", "Tunda"), ("", ""), (None, ""), ("Ya", None)],
)
def test_parse_keputusan(value: object, expected: str | None) -> None:
    assert parse_keputusan(value) == expected


def test_format_tmt_like_follows_column_style() -> None:
    d = date(2026, 2, 3)
    assert format_tmt_like(d, pd.Series([None, "1/3/2019"])) == "03/02/2026"
    assert format_tmt_like(d, pd.Series(["2019-03-01"])) == "2026-02-03"
    assert format_tmt_like(d, pd.Series([datetime(2019, 3, 1)])) == datetime(2026, 2, 3)
    assert format_tmt_like(d, pd.Series([None], dtype=object)) == "2026-02-03"


def test_roster_with_an_opd_column_gets_the_targets_opd_and_unit_apart() -> None:
    """A unit told apart by OPD ("Bappeda | Bidang Data") is no cell of the roster: the OPD column gets the target's
    OPD and the unit column its unit as the position table writes it."""
    from asn_mutasi.schema import UNIT_AS_WRITTEN

    raw = roster_raw()
    frame = raw.original_frame.copy()
    frame["OPD"] = ["Dinas Kominfo", "Bappeda", "Dinas Kominfo", "Bappeda", "Bappeda"]
    raw = _with_columns(raw, frame, {"perangkat_daerah": "OPD"})
    table = positions()
    table["perangkat_daerah"] = ["Dinas Kominfo", "Bappeda", "Dinas Kominfo", "Bappeda"]
    table[UNIT_AS_WRITTEN] = ["Bidang Aptika", "Bidang Data", None, "Sekretariat"]
    visible = decide(plan_moves(), M_1="Setuju", M_2="Setuju", M_3="Setuju", M_4="Setuju")
    result = apply_plan(visible, plan_moves(), raw, prepared(raw), TMT, positions=table, plan_file="rencana.xlsx")
    assert result.ok, [f.message for f in result.findings]
    out = result.roster.set_index("NIP")
    assert out.loc[NIPS["C"], ["OPD", "Unit Kerja"]].tolist() == ["Dinas Kominfo", "Bidang Aptika"]  # to J1
    assert out.loc[NIPS["D"], ["OPD", "Unit Kerja"]].tolist() == ["Bappeda", "Bidang Data"]  # to J2
    # J3 is a post of the OPD itself (no unit written): its unit cell gets the OPD
    assert out.loc[NIPS["A"], ["OPD", "Unit Kerja"]].tolist() == ["Dinas Kominfo", "Dinas Kominfo"]
    assert out.loc[NIPS["B"], ["OPD", "Unit Kerja"]].tolist() == ["Bappeda", "Bappeda"]  # not moved: unchanged


@pytest.mark.parametrize(
    ("roster_unit", "plan_unit", "holds"),
    [
        ("Sekretariat Daerah Kab. Sukamaju", "SEKRETARIAT DAERAH", True),
        ("Puskesmas Karanggalih", "UPT Puskesmas Karanggalih", True),
        ("Dinas Kesehatan", "DINAS KESEHATAN", True),
        ("Dinas Sosial", "Dinas Kesehatan", False),
        ("Bidang Mutasi", "Bidang Mutasi dan Promosi Kabupaten X", True),
        ("", "Dinas Kesehatan", False),
        # a name that merely begins or ends with the other is another unit (third review, h26)
        ("Bagian Umum dan Keuangan", "Bagian Umum", False),
        ("Sekretariat Dinas Kesehatan", "Dinas Kesehatan", False),
        ("Kelurahan Sukamaju Kecamatan Sukamaju", "Kecamatan Sukamaju", False),
        ("Puskesmas Sukamaju II", "Puskesmas Sukamaju", False),
        ("Dinas Pendidikan Pemuda dan Olahraga", "Dinas Pendidikan", False),
        ("Sekretariat", "Dinas Kesehatan | Sekretariat", False),
        # an OPD written with its place beside its sub-unit, as linking reads it (walk4, h28)
        (
            "Satuan Polisi Pamong Praja Kabupaten Biak Numfor | Sekretariat",
            "Satuan Polisi Pamong Praja | Sekretariat",
            True,
        ),
        (
            "Dinas Perikanan Kab. Biak Numfor | Bidang Perikanan Budidaya",
            "Dinas Perikanan | Bidang Perikanan Budidaya",
            True,
        ),
        (
            "Dinas Perikanan Kabupaten Biak Numfor | Bidang Budidaya",
            "Dinas Perikanan | Bidang Perikanan Tangkap",
            False,
        ),
        ("Kecamatan Kota Bangun | Seksi Pemerintahan", "Kecamatan | Seksi Pemerintahan", False),
    ],
)
def test_a_person_still_in_the_origin_post_is_recognised_however_the_unit_is_spelled(
    roster_unit: str, plan_unit: str, holds: bool
) -> None:
    """`terapkan` refused 19 moves of an unchanged roster ("data pegawai sudah berubah") whose units read "X Kab.
    Sukamaju" or "Puskesmas X" where the plan, which linked them, wrote the table's name (walkthrough, h26)."""
    from asn_mutasi.rollout.apply import _holds_origin

    emp = pd.Series({"jabatan": "Analis Data", "unit_kerja": roster_unit, "kode_jabatan": None})
    move = {"jabatan_asal": "Analis Data", "unit_asal": plan_unit, "kode_jabatan_asal": "J-1"}
    assert _holds_origin(emp, move) is holds


def test_a_short_unit_name_is_the_plans_unit_only_when_no_other_unit_it_names_fits() -> None:
    from asn_mutasi.rollout.apply import same_unit

    assert same_unit("puskesmas sukamaju", "puskesmas sukamaju baru")
    assert not same_unit("puskesmas sukamaju", "puskesmas sukamaju baru", {"puskesmas sukamaju": "Puskesmas Sukamaju"})
    both = {
        "bidang mutasi dan promosi": "Bidang Mutasi dan Promosi",
        "bidang mutasi dan pengembangan": "Bidang Mutasi dan Pengembangan",
    }
    assert not same_unit("bidang mutasi", "bidang mutasi dan promosi", both)


def test_a_misspelt_kind_of_unit_is_the_unit_linking_read() -> None:
    """Linking reads "Keluharan Cikalong" as Kelurahan Cikalong and the plan moved its people; `terapkan` refused
    every such move as "data pegawai sudah berubah" (fourth review, h26)."""
    from asn_mutasi.domain.jabatan import normalize_unit_name
    from asn_mutasi.rollout.apply import same_unit

    assert same_unit(normalize_unit_name("Keluharan Cikalong"), normalize_unit_name("Kelurahan Cikalong"))
    assert not same_unit(normalize_unit_name("Keluharan Cikalong"), normalize_unit_name("Kelurahan Sukamaju"))


def test_each_mover_keeps_the_date_order_of_its_own_cell() -> None:
    """Style keys turned every digit run into one 9, so "2019/03/04" and "01/02/2020" shared a key and the first
    cell's order was written for both (h27 re-read)."""
    column = pd.Series(["2019/03/04", "01/02/2020", "1 Agustus 2019", datetime(2019, 3, 1)], dtype=object)
    got = tmt_cells(date(2027, 1, 1), column, [0, 1, 2, 3])
    assert got == ["2027/01/01", "01/01/2027", "1 Januari 2027", datetime(2027, 1, 1)]


def test_a_plan_without_any_move_is_refused_with_its_reason() -> None:
    """A plan of no moves (nobody in the roster linked to the position table: a real SIASN export against another
    OPD's table) ended `terapkan` in an internal error building an empty Daftar SK (walk11, h33). It is refused as
    a plan with nothing decided is, and the analyst is told where the reason is."""
    empty = plan_moves().iloc[0:0]
    result = run(empty, empty)
    assert not result.ok and result.roster is None and result.sk.empty
    (finding,) = result.findings
    assert finding.code == "rencana-tanpa-usulan" and finding.severity.value == "galat"
    assert finding.message.startswith("Rencana tidak memuat satu pun usulan mutasi")
    assert "Ringkasan dan Masalah Data rencana" in finding.message
