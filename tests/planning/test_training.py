"""Training needs of movers (issue 15): leadership by level, syarat diklat items, field change,
experience gap; every mover has a line; per-OPD totals add up."""

from __future__ import annotations

import pandas as pd
import pytest

from asn_mutasi.planning.training import (
    KELUAR_JF,
    KEPEMIMPINAN,
    KOMPETENSI,
    ORIENTASI,
    PERPINDAHAN_JF,
    TEKNIS,
    TIDAK_ADA,
    leadership_rank,
    totals_per_opd,
    totals_per_training,
    training_needs,
)


@pytest.mark.parametrize(
    ("text", "rank"),
    [
        ("Diklat PIM IV; Pelatihan Kepemimpinan Pengawas", 1),
        ("PKP angkatan 12", 1),
        ("Diklatpim Tk. III", 2),
        ("Pelatihan Kepemimpinan Administrator (PKA)", 2),
        ("Diklat PIM II", 3),
        ("PKN Tingkat II 2019", 3),
        ("Pelatihan Kepemimpinan Nasional Tingkat I", 4),
        ("Bimtek Aplikasi SIASN", 0),
        ("Pelatihan Dasar CPNS", 0),
        ("", 0),
    ],
)
def test_leadership_rank_reads_old_and_new_names(text: str, rank: int) -> None:
    assert leadership_rank(pd.Series([text])).tolist() == [rank]


def _case() -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    positions = pd.DataFrame(
        {
            "kode_jabatan": ["P1", "P2", "P3", "P4", "P5"],
            "nama_jabatan": ["Kepala Bidang Anggaran", "Kepala Seksi Umum", "Pranata Komputer Ahli Pertama",
                             "Pengadministrasi Perkantoran", "Sekretaris Daerah"],
            "unit_kerja": ["BPKAD", "Kecamatan A", "Diskominfo", "Kecamatan B", "Setda"],
            "jenis_jabatan": ["Administrator", "Pengawas", "Fungsional", "Pelaksana", "JPT Pratama"],
            "syarat_diklat": [None, "Diklat PIM IV", "Diklat Fungsional Pranata Komputer; Bimtek Keamanan Informasi",
                              None, "Pelatihan Kepemimpinan Nasional Tingkat II"],
        }
    )  # fmt: skip
    roster = pd.DataFrame(
        {
            "nip": ["1", "2", "3", "4", "5"],
            "diklat": ["Diklat PIM IV", "Pelatihan Kepemimpinan Pengawas", "Bimtek Keamanan Informasi", None, "PKA"],
            "pendidikan": ["S-1", "S-1", "S-1", "SMA", "S-2"],
            "jurusan": ["S-1 Akuntansi", "S-1 Administrasi Negara", "S-1 Teknik Informatika", None, "S-2 Manajemen"],
        }
    )
    moves = pd.DataFrame(
        {
            "id_mutasi": ["M1", "M2", "M3", "M4", "M5"],
            "nip": ["1", "2", "3", "4", "5"],
            "nama": ["A", "B", "C", "D", "E"],
            "kode_jabatan_tujuan": ["P1", "P2", "P3", "P4", "P5"],
            "jabatan_asal": ["Kepala Bidang Aset", "Kepala Seksi Pelayanan", "Perawat Terampil",
                             "Pengadministrasi Perkantoran", "Asisten Administrasi Umum"],
            "unit_asal": ["BPKAD", "Kecamatan B", "RSUD Sukamaju", "Kecamatan A", "Setda"],
            "jabatan_tujuan": list(positions["nama_jabatan"]),
            "unit_tujuan": list(positions["unit_kerja"]),
            "skor_pengalaman": [20.0, 15.0, 12.0, 20.0, 2.0],
        }
    )  # fmt: skip
    return moves, roster, positions


def test_every_need_and_an_explicit_none() -> None:
    moves, roster, positions = _case()
    lines = training_needs(moves, roster, positions)
    by = {nip: g for nip, g in lines.groupby("nip")}
    # administrator post held with only PIM IV: PKA needed
    assert by["1"]["jenis_diklat"].tolist() == [KEPEMIMPINAN] and "PKA" in by["1"]["nama_diklat"].iloc[0]
    # pengawas post, PKP under its new name: nothing needed
    assert by["2"]["nama_diklat"].tolist() == [TIDAK_ADA]
    # nurse into IT: the functional diklat not in the history, orientation (field change) and, since walk3 (h27),
    # the uji kompetensi of a move from one JF into another (PermenPANRB 1/2023); the Bimtek is done
    assert set(by["3"]["jenis_diklat"]) == {TEKNIS, ORIENTASI, PERPINDAHAN_JF}
    assert "Diklat Fungsional Pranata Komputer" in by["3"]["nama_diklat"].tolist()
    assert "Bimtek Keamanan Informasi" not in by["3"]["nama_diklat"].tolist()
    assert by["4"]["nama_diklat"].tolist() == [TIDAK_ADA]
    # JPT pratama with only PKA: PKN II; and a competence gap (experience 2 of 20)
    assert set(by["5"]["jenis_diklat"]) == {KEPEMIMPINAN, KOMPETENSI}
    assert any("PKN II" in t for t in by["5"]["nama_diklat"])
    assert set(lines["nip"]) == set(moves["nip"])


def test_per_opd_totals_add_up() -> None:
    moves, roster, positions = _case()
    lines = training_needs(moves, roster, positions)
    per_opd = totals_per_opd(lines)
    per_training = totals_per_training(lines)
    needs = lines[lines["nama_diklat"] != TIDAK_ADA]
    assert per_opd["kebutuhan"].sum() == len(needs) == per_training["pegawai"].sum()
    assert per_opd["pegawai"].sum() == moves["nip"].nunique()
    assert per_opd["pegawai_perlu_diklat"].sum() == needs["nip"].nunique()


def test_per_opd_totals_are_per_opd_not_per_unit() -> None:
    """`diklat` "Per OPD" grouped by the unit key: 37 rows ("Dinas Kesehatan | Sekretariat", "Dinas Kesehatan |
    Pusat Kesehatan Masyarakat" …) for 21 OPD, said as "37 OPD tujuan" (walk5, h28). Diklat is budgeted per OPD (its
    DPA): the position table's OPD of the post, else the OPD of the key; a table without OPDs keeps the unit."""
    moves, roster, positions = _case()
    moves = moves.assign(
        unit_tujuan=["Dinas Kesehatan | Sekretariat", "Dinas Kesehatan | Puskesmas Biak Kota", "Dinas Kesehatan",
                     "Kecamatan B", "Setda"]
    )  # fmt: skip
    by_key = training_needs(moves, roster, positions)
    assert by_key["perangkat_daerah_tujuan"].drop_duplicates().tolist() == ["Dinas Kesehatan", "Kecamatan B", "Setda"]
    per_opd = totals_per_opd(by_key).set_index("perangkat_daerah_tujuan")
    assert per_opd["pegawai"].to_dict() == {"Dinas Kesehatan": 3, "Kecamatan B": 1, "Setda": 1}
    table = positions.assign(perangkat_daerah=["BPKAD", "Dinas Kesehatan", "Dinas Kesehatan", "Kecamatan B", ""])
    lines = training_needs(moves, roster, table)
    got = lines.drop_duplicates("nip").set_index("nip")["perangkat_daerah_tujuan"].to_dict()
    assert got == {"1": "BPKAD", "2": "Dinas Kesehatan", "3": "Dinas Kesehatan", "4": "Kecamatan B", "5": "Setda"}


def test_a_unit_without_its_opd_is_budgeted_to_the_dinas_its_name_says() -> None:
    """A table without OPDs put "UPT Puskesmas Mekarlaksana" in "Diklat per OPD" as an OPD of its own (real22, h34):
    a puskesmas is the Dinas Kesehatan's, a state school the Dinas Pendidikan's (as the tables write it); a unit whose
    name says nothing of its dinas stays itself."""
    moves, roster, positions = _case()
    moves = moves.assign(
        unit_tujuan=["UPT Puskesmas Mekarlaksana", "Puskesmas Biak Kota", "SD Negeri 1 Sukamaju", "UPT Pengelolaan Air",
                     "Dinas Pendidikan dan Kebudayaan"]
    )  # fmt: skip
    table = positions.assign(
        unit_kerja=["Dinas Kesehatan", "Dinas Kesehatan Hewan", "X", "Y", "Dinas Pendidikan dan Kebudayaan"]
    )
    got = training_needs(moves, roster, table).drop_duplicates("nip").set_index("nip")["perangkat_daerah_tujuan"]
    assert got.to_dict() == {
        "1": "Dinas Kesehatan", "2": "Dinas Kesehatan", "3": "Dinas Pendidikan dan Kebudayaan",
        "4": "UPT Pengelolaan Air", "5": "Dinas Pendidikan dan Kebudayaan",
    }  # fmt: skip
    from asn_mutasi.domain.jabatan import parent_dinas

    assert parent_dinas("SMKN 1 Biak", ()) == "Dinas Pendidikan"
    assert parent_dinas("Bidang Pembinaan SD", ()) is None  # a part of a dinas, not a school
    assert parent_dinas("RSUD Biak", ()) is None


def test_a_line_names_the_target_unit_beside_its_opd_not_the_opd_led_key() -> None:
    """The OPD has its own column: the unit column wrote the key "Dinas Kesehatan | Puskesmas Biak Kota" beside
    "Dinas Kesehatan" (walk4, h31); it is the unit's name, the OPD's own posts the OPD's."""
    moves, roster, positions = _case()
    moves = moves.assign(
        unit_tujuan=["Dinas Kesehatan | Sekretariat", "Dinas Kesehatan | Puskesmas Biak Kota", "Dinas Kesehatan",
                     "Kecamatan B", "Setda"]
    )  # fmt: skip
    lines = training_needs(moves, roster, positions).drop_duplicates("nip").set_index("nip")
    assert lines["unit_tujuan"].to_dict() == {
        "1": "Sekretariat", "2": "Puskesmas Biak Kota", "3": "Dinas Kesehatan", "4": "Kecamatan B", "5": "Setda"
    }  # fmt: skip
    assert lines.loc["2", "perangkat_daerah_tujuan"] == "Dinas Kesehatan"


def test_no_moves_no_lines() -> None:
    _, roster, positions = _case()
    assert training_needs(pd.DataFrame(columns=["nip"]), roster, positions).empty


def test_sample_plan_has_a_line_for_every_mover() -> None:
    from cli_helpers import JABATAN_XLSX, PEGAWAI_XLSX

    import asn_mutasi as am

    result = am.plan(pegawai=PEGAWAI_XLSX, jabatan=JABATAN_XLSX, tanggal=pd.Timestamp("2026-11-01").date())
    assert result.training is not None
    lines, per_opd, _ = result.training
    assert set(lines["nip"]) == set(result.plan.moves["nip"])
    assert per_opd["kebutuhan"].sum() == int((lines["nama_diklat"] != TIDAK_ADA).sum())
    payload = result.to_json()["kebutuhan_diklat"]
    assert {"rincian", "per_opd", "per_diklat"} == set(payload)


def test_plan_workbook_has_the_training_sheet(tmp_path: object) -> None:
    from pathlib import Path

    from cli_helpers import JABATAN_XLSX, PEGAWAI_XLSX
    from openpyxl import load_workbook

    import asn_mutasi as am

    out = Path(str(tmp_path)) / "rencana.xlsx"
    result = am.plan(pegawai=PEGAWAI_XLSX, jabatan=JABATAN_XLSX, output=out, tanggal=pd.Timestamp("2026-11-01").date())
    assert result.training is not None
    rows = list(load_workbook(out, read_only=True)["Kebutuhan Diklat"].iter_rows(values_only=True))
    lines = rows[2 : 2 + len(result.training[0])]
    assert {r[1] for r in lines} == set(result.plan.moves["nip"])
    opd_rows = list(load_workbook(out, read_only=True)["Diklat per OPD"].iter_rows(values_only=True))
    total = next(r for r in opd_rows if r[0] == "Jumlah")
    assert total[3] == sum(1 for r in lines if r[7] != TIDAK_ADA)  # nama_diklat, after the new OPD column
    # printed, every page of the list repeats its header row; on screen the list filters (walk4, h31: page 2 on
    # had no header and the sheet no filter, beside every other sheet of the workbook)
    ws = load_workbook(out)["Kebutuhan Diklat"]
    assert ws.print_title_rows == "$2:$2" or ws.print_title_rows == "2:2"
    assert ws.auto_filter.ref == f"A2:I{2 + len(lines)}"


def _profession_case() -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """Moves between JF of one field with long related experience (no field change, no experience gap)."""
    origin_target = [
        ("Analis Kebijakan Ahli Pertama", "Fungsional", "Perencana Ahli Pertama", "Fungsional"),  # walk3 M0004
        ("Perencana Ahli Pertama", "Fungsional", "Penata Layanan Operasional", "Pelaksana"),  # walk3 M0014
        ("Pamong Budaya Ahli Pertama", "Fungsional", "Adyatama Kepariwisataan Ahli Pertama", "Fungsional"),
        ("Pengelola Layanan Operasional", "Pelaksana", "Polisi Pamong Praja Pemula", "Fungsional"),
        # negatives: the same JF elsewhere, the same JF outside the catalogue, pelaksana to pelaksana
        ("PERENCANA AHLI PERTAMA", "Fungsional", "Perencana Ahli Pertama", "Fungsional"),
        ("Adyatama Kepariwisataan Ahli Pertama", "Fungsional", "Adyatama Kepariwisataan Ahli Pertama", "Fungsional"),
        ("Penata Layanan Operasional", "Pelaksana", "Penata Layanan Operasional", "Pelaksana"),
    ]
    n = len(origin_target)
    codes = [f"P{k}" for k in range(n)]
    positions = pd.DataFrame(
        {
            "kode_jabatan": codes,
            "nama_jabatan": [t for _, _, t, _ in origin_target],
            "unit_kerja": ["Bappeda"] * n,
            "jenis_jabatan": [j for _, _, _, j in origin_target],
            "syarat_diklat": [None] * n,
        }
    )
    nips = [str(k) for k in range(n)]
    roster = pd.DataFrame({"nip": nips, "diklat": [None] * n, "jenis_jabatan": [j for _, j, _, _ in origin_target]})
    moves = pd.DataFrame(
        {
            "id_mutasi": [f"M{k}" for k in range(n)],
            "nip": nips,
            "nama": nips,
            "kode_jabatan_tujuan": codes,
            "jabatan_asal": [o for o, _, _, _ in origin_target],
            "unit_asal": ["Bappeda"] * n,
            "jabatan_tujuan": list(positions["nama_jabatan"]),
            "unit_tujuan": ["Bappeda"] * n,
            "skor_pengalaman": [16.0] * n,
        }
    )
    return moves, roster, positions


def test_a_change_of_profession_always_has_its_need() -> None:
    """A move into another JF needs the uji kompetensi and JF training, whatever the field and the experience
    (Analis Kebijakan -> Perencana read "tidak ada kebutuhan diklat": walk3 #1, h27); a JF holder moved into a
    pelaksana post leaves the JF. Source: PermenPANRB 1/2023 (BKN SIASN FAQ "Persyaratan dalam Perpindahan JF", f)."""
    moves, roster, positions = _profession_case()
    lines = training_needs(moves, roster, positions)
    by = {nip: g for nip, g in lines.groupby("nip")}
    assert by["0"]["jenis_diklat"].tolist() == [PERPINDAHAN_JF]
    assert by["0"]["nama_diklat"].tolist() == [
        "Uji kompetensi dan pelatihan fungsional untuk perpindahan ke JF Perencana"
    ]
    assert "Pindah dari JF Analis Kebijakan ke JF Perencana" in by["0"]["dasar"].iloc[0]
    assert "PermenPANRB 1/2023" in by["0"]["dasar"].iloc[0] and "Kementerian PPN/Bappenas" in by["0"]["dasar"].iloc[0]
    assert by["1"]["jenis_diklat"].tolist() == [KELUAR_JF]
    assert by["1"]["nama_diklat"].tolist() == [
        "Orientasi tugas jabatan Penata Layanan Operasional (keluar dari JF Perencana)"
    ]
    # a JF outside the catalogue is still a JF (its name without jenjang); a pelaksana moving in is tested too
    assert by["2"]["nama_diklat"].tolist() == [
        "Uji kompetensi dan pelatihan fungsional untuk perpindahan ke JF Adyatama Kepariwisataan"
    ]
    into = by["3"][by["3"]["jenis_diklat"] == PERPINDAHAN_JF]  # beside the orientation of a field change
    assert into["dasar"].str.startswith("Pindah dari jabatan Pengelola Layanan Operasional ke JF").tolist() == [True]
    for same in ("4", "5", "6"):
        assert by[same]["nama_diklat"].tolist() == [TIDAK_ADA]


def test_the_letter_says_what_the_training_sheet_says() -> None:
    """The letter's development sentence is read from the training lines (one fact, one place; walk3 #1, h27)."""
    from asn_mutasi.rollout.letters import training_text

    moves, roster, positions = _profession_case()
    text = training_text(training_needs(moves, roster, positions))
    assert text["0"] == "Uji kompetensi dan pelatihan fungsional untuk perpindahan ke JF Perencana"
    assert "keluar dari JF Perencana" in text["1"]
    assert text["4"] == "tidak ada kebutuhan diklat khusus"


def test_a_regional_apbd_post_is_named_as_written_and_the_score_the_indonesian_way() -> None:
    """The letter to a mover into "Pranata Keuangan APBD Terampil" read "perpindahan ke JF Pranata Keuangan Apbn"
    with Kementerian Keuangan as pembina (walk7 #2, h29), and the experience gap read "skor pengalaman 8.4 dari 20"
    (walk7 #3, h29): the post is named as the peta names it, and decimals are written 8,4."""
    positions = pd.DataFrame(
        {
            "kode_jabatan": ["P1", "P2"],
            "nama_jabatan": ["Pranata Keuangan APBD Terampil", "Pranata Komputer Terampil"],
            "unit_kerja": ["BPKAD", "Diskominfo"],
            "jenis_jabatan": ["Fungsional", "Fungsional"],
            "syarat_diklat": [None, None],
        }
    )
    roster = pd.DataFrame({"nip": ["1", "2"], "diklat": [None, None], "jenis_jabatan": ["Pelaksana", "Fungsional"]})
    moves = pd.DataFrame(
        {
            "id_mutasi": ["M1", "M2"],
            "nip": ["1", "2"],
            "nama": ["A", "B"],
            "kode_jabatan_tujuan": ["P1", "P2"],
            "jabatan_asal": ["Pengadministrasi Keuangan", "Pranata Komputer Terampil"],
            "unit_asal": ["BPKAD", "Diskominfo Kota"],
            "jabatan_tujuan": list(positions["nama_jabatan"]),
            "unit_tujuan": list(positions["unit_kerja"]),
            "skor_pengalaman": [16.0, 8.44],
        }
    )
    lines = training_needs(moves, roster, positions)
    by = {nip: g for nip, g in lines.groupby("nip")}
    into = by["1"][by["1"]["jenis_diklat"] == PERPINDAHAN_JF]
    assert into["nama_diklat"].tolist() == [
        "Uji kompetensi dan pelatihan fungsional untuk perpindahan ke JF Pranata Keuangan APBD"
    ]
    assert "Kementerian Keuangan" not in into["dasar"].iloc[0]
    gap = by["2"][by["2"]["jenis_diklat"] == KOMPETENSI]
    assert gap["dasar"].tolist() == ["Pengalaman terkait jabatan tujuan kurang (skor pengalaman 8,4 dari 20)"]
