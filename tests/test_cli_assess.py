"""``asn-mutasi assess``: verdicts on the sample's hand-picked proposals, same keys in csv and json."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from cli_helpers import (
    EXIT_INPUT,
    EXIT_OK,
    JABATAN_XLSX,
    PEGAWAI_XLSX,
    TANGGAL,
    USULAN_CSV,
    expect,
    run,
    sample_notes,
    stdout_csv,
    stdout_json,
    usulan_case,
)

from asn_mutasi.api.match import ASSESS_FIELDS


def assess(*extra: object) -> Any:
    return run("assess", PEGAWAI_XLSX, JABATAN_XLSX, USULAN_CSV, *TANGGAL, *extra)


@pytest.fixture(scope="module")
def verdicts() -> dict[str, dict[str, Any]]:
    result = expect(assess("-f", "json"), EXIT_OK)
    rows = stdout_json(result)
    assert len(rows) == len(sample_notes()["usulan"])
    return {r["nip"]: r for r in rows}


def test_every_proposal_has_one_verdict_with_the_documented_keys(verdicts: dict[str, dict[str, Any]]) -> None:
    for row in verdicts.values():
        assert list(row) == ASSESS_FIELDS
        assert isinstance(row["layak"], bool) and isinstance(row["memenuhi_pendidikan"], bool)
        assert row["alasan"]
    assert sorted(r["baris_usulan"] for r in verdicts.values()) == list(range(2, 2 + len(verdicts)))


def test_typo_in_major_still_meets_the_education_requirement(verdicts: dict[str, dict[str, Any]]) -> None:
    row = verdicts[usulan_case("a")["nip"]]
    assert row["memenuhi_pendidikan"] is True
    assert row["status_pendidikan"] == "sesuai"
    assert "Manajamen" in row["alasan"] and "salah ketik" in row["alasan"]
    assert row["skor_jurusan"] > 0


def test_typo_in_major_case_is_eligible_as_the_catalogue_says(verdicts: dict[str, dict[str, Any]]) -> None:
    case = usulan_case("a")
    assert case["harapan"] == "memenuhi syarat"
    assert verdicts[case["nip"]]["layak"] is True, verdicts[case["nip"]]["alasan"]


def test_near_miss_programme_fails_naming_the_programme(verdicts: dict[str, dict[str, Any]]) -> None:
    case = usulan_case("b")
    assert "pendidikan" in case["harapan"]
    row = verdicts[case["nip"]]
    assert row["layak"] is False
    assert row["memenuhi_pendidikan"] is False
    assert row["status_pendidikan"] != "sesuai"
    assert "Kesehatan Lingkungan" in row["alasan"]
    assert "Kesehatan Masyarakat" in row["alasan"]


def test_less_than_two_years_fails_citing_the_rule(verdicts: dict[str, dict[str, Any]]) -> None:
    case = usulan_case("c")
    assert "2 tahun" in case["harapan"]
    row = verdicts[case["nip"]]
    assert row["layak"] is False
    assert row["memenuhi_pendidikan"] is True  # the education is fine; tenure is what fails
    assert "2 tahun" in row["alasan"] and "Pasal 190" in row["alasan"]


@pytest.mark.parametrize("kasus", ["biasa-1", "biasa-2", "biasa-3"])
def test_ordinary_moves_are_eligible(verdicts: dict[str, dict[str, Any]], kasus: str) -> None:
    row = verdicts[usulan_case(kasus)["nip"]]
    assert row["layak"] is True, row["alasan"]
    assert row["memenuhi_pendidikan"] is True


def test_csv_has_the_same_keys_and_true_false(verdicts: dict[str, dict[str, Any]]) -> None:
    result = expect(assess("-f", "csv"), EXIT_OK)
    rows = stdout_csv(result)
    assert list(rows[0]) == ASSESS_FIELDS
    for r in rows:
        assert r["layak"] in ("true", "false") and r["memenuhi_pendidikan"] in ("true", "false")
        assert (r["layak"] == "true") is verdicts[r["nip"]]["layak"]
    layak = sum(v["layak"] for v in verdicts.values())
    assert f"{layak} layak" in result.stderr


def test_xlsx_report(tmp_path: Any, verdicts: dict[str, dict[str, Any]]) -> None:
    import openpyxl

    out = tmp_path / "penilaian.xlsx"
    expect(assess("-f", "json", "-o", out), EXIT_OK)
    ws = openpyxl.load_workbook(out, read_only=True)["Penilaian Usulan"]
    rows = list(ws.iter_rows(values_only=True))
    assert len(rows) == 1 + len(verdicts)


def test_missing_proposal_file_is_input_error(tmp_path: Any) -> None:
    result = expect(run("assess", PEGAWAI_XLSX, JABATAN_XLSX, tmp_path / "tidak.csv", *TANGGAL), EXIT_INPUT)
    assert result.stdout == ""


def test_a_proposal_names_a_code_the_table_writes_in_several_units(tmp_path: Path) -> None:
    """A code in two units is two posts ("ANALIS | Induk", "ANALIS | Cabang"): a proposal's unit tells which (it was
    "Jabatan dengan kode ANALIS tidak ditemukan")."""
    from cli_helpers import write_csv

    roster = write_csv(tmp_path / "pegawai.csv", ("NIP", "NAMA", "JABATAN", "KODE JABATAN", "UNIT KERJA", "PENDIDIKAN"),
                       [("198001012005011001", "Budi", "Analis Kebijakan Ahli Pertama", "ANALIS", "Induk", "S-1")])  # fmt: skip
    table = write_csv(tmp_path / "peta.csv", ("KODE JABATAN", "NAMA JABATAN", "UNIT KERJA", "KEBUTUHAN"),
                      [("ANALIS", "Analis Kebijakan Ahli Pertama", "Induk", 1),
                       ("ANALIS", "Analis Kebijakan Ahli Pertama", "Cabang", 2)])  # fmt: skip
    usulan = write_csv(tmp_path / "usulan.csv", ("NIP", "KODE JABATAN", "UNIT KERJA"),
                       [("198001012005011001", "ANALIS", "Cabang"), ("198001012005011001", "ANALIS", "")])  # fmt: skip
    rows = stdout_json(run("nilai", roster, table, usulan, "-f", "json", "--tanggal", "2026-11-01"))
    assert rows[0]["kode_jabatan"] == "ANALIS | Cabang" and rows[0]["unit_tujuan"] == "Cabang"
    assert "ada di 2 unit kerja" in rows[1]["alasan"] and "(ada di: Cabang, Induk)" in rows[1]["alasan"]


def test_a_proposal_nip_stored_as_a_number_is_named_damaged(tmp_path: Path) -> None:
    """An OPD's form with the NIP typed as a number (Excel keeps 15 digits) read as another, unknown NIP; the reason
    now says the cell lost its last digits (hostile-input campaign)."""
    import openpyxl
    from cli_helpers import write_csv

    roster = write_csv(tmp_path / "pegawai.csv", ("NIP", "NAMA", "JABATAN", "UNIT KERJA", "PENDIDIKAN"),
                       [("198001012005011001", "Budi", "Pengelola Data", "Induk", "S-1")])  # fmt: skip
    table = write_csv(tmp_path / "peta.csv", ("KODE JABATAN", "NAMA JABATAN", "UNIT KERJA", "KEBUTUHAN"),
                      [("J1", "Analis Data", "Induk", 2)])  # fmt: skip
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["NIP", "KODE JABATAN"])
    ws.append([1.98001012005011e17, "J1"])
    wb.save(tmp_path / "usulan.xlsx")
    rows = stdout_json(run("nilai", roster, table, tmp_path / "usulan.xlsx", "-f", "json", "--tanggal", "2026-11-01"))
    assert "tersimpan sebagai angka" in rows[0]["alasan"]


def test_a_proposal_for_a_person_left_out_of_planning_names_why(tmp_path: Path) -> None:
    """A proposal for a CLTN employee was "NIP … tidak ditemukan di data pegawai" while the plan named the cause
    (h26/onefact): an analyst told "not found" looks for a typo."""
    from cli_helpers import write_csv

    roster = write_csv(tmp_path / "pegawai.csv", ("NIP", "NAMA", "JABATAN", "UNIT KERJA", "KEDUDUKAN HUKUM"),
                       [("198001012005011001", "Budi", "Pengelola Data", "Induk", "CLTN")])  # fmt: skip
    table = write_csv(tmp_path / "peta.csv", ("KODE JABATAN", "NAMA JABATAN", "UNIT KERJA", "KEBUTUHAN"),
                      [("J1", "Analis Data", "Induk", 2)])  # fmt: skip
    usulan = write_csv(tmp_path / "usulan.csv", ("NIP", "KODE JABATAN"), [("198001012005011001", "J1")])
    rows = stdout_json(run("nilai", roster, table, usulan, "-f", "json", "--tanggal", "2026-11-01"))
    assert rows[0]["layak"] is False
    assert rows[0]["alasan"].startswith("Pegawai dikecualikan dari perencanaan (baris 2 data pegawai): kedudukan")
    assert "tidak ditemukan" not in rows[0]["alasan"]


def test_a_nip_proposed_twice_in_one_table_is_named(tmp_path: Path) -> None:
    """`nilai` did not flag the same NIP proposed to two posts in one table (hostile-input campaign, round 2);
    `usulan gabung` did."""
    table = tmp_path / "usulan.csv"
    table.write_text(
        "nip,kode_jabatan\n197705022003022001,SETDA-0002\n197705022003022001,RSUD02-0006\n"
        "197609272008102001,SETDA-0001\n",
        encoding="utf-8",
    )
    result = expect(run("nilai", PEGAWAI_XLSX, JABATAN_XLSX, table, *TANGGAL, "-f", "csv"), EXIT_OK)
    assert len(stdout_csv(result)) == 3  # every row still assessed
    assert result.stderr.count("usulan-nip-ganda") == 1 and "197705022003022001" in result.stderr


def test_nilai_and_usulan_gabung_say_what_the_history_file_left_out(tmp_path: Path) -> None:
    """History rows without a post or of an unknown NIP were dropped by `nilai` and `usulan gabung` without a word;
    `rencana` named them (hostile round 6, h26)."""
    table = tmp_path / "usulan.csv"
    table.write_text("nip,kode_jabatan\n197705022003022001,SETDA-0002\n", encoding="utf-8")
    history = tmp_path / "riwayat.csv"
    history.write_text(
        "NIP,JABATAN,UNIT KERJA,TMT MULAI\n197705022003022001,,Sekretariat Daerah,01-01-2010\n"
        "199901012020121999,Analis,Sekretariat Daerah,01-01-2015\n",
        encoding="utf-8",
    )
    result = expect(
        run("nilai", PEGAWAI_XLSX, JABATAN_XLSX, table, "--riwayat", history, *TANGGAL, "-f", "csv"), EXIT_OK
    )
    assert "riwayat-tanpa-jabatan" in result.stderr and "riwayat-nip-tidak-dikenal" in result.stderr
    assert "riwayat" not in result.stdout
    merged = run("usulan", "gabung", PEGAWAI_XLSX, JABATAN_XLSX, table, "--riwayat", history, *TANGGAL, "-f", "csv")
    assert "riwayat-tanpa-jabatan" in merged.stderr and "riwayat-nip-tidak-dikenal" in merged.stderr


def test_a_roster_given_as_the_proposals_is_refused_saying_what_it_is() -> None:
    """The roster given as the proposal file made 2,000 "proposals" of each person to their own post (hostile round
    6, h26)."""
    from cli_helpers import PEGAWAI_CSV

    result = expect(run("usulan", "gabung", PEGAWAI_XLSX, JABATAN_XLSX, PEGAWAI_CSV, *TANGGAL, "-f", "csv"), 3)
    assert "tampak seperti data pegawai" in result.stderr and result.stdout == ""
