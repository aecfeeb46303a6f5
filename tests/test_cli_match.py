"""``asn-mutasi match``: candidates per vacant position, one position, one employee; errors."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from cli_helpers import (
    EXIT_FINDINGS,
    EXIT_OK,
    EXIT_USAGE,
    JABATAN_XLSX,
    PEGAWAI_XLSX,
    TANGGAL,
    describe,
    expect,
    run,
    stdout_csv,
    stdout_json,
    usulan_case,
)

from asn_mutasi.api.match import MATCH_FIELDS, NIP_FIELDS


def match(*extra: object) -> object:
    return run("match", PEGAWAI_XLSX, JABATAN_XLSX, *TANGGAL, *extra)


@pytest.fixture(scope="module")
def vacancies() -> pd.DataFrame:
    """Positions with a seat open today, counted with pandas from the sample files."""
    result = expect(run("vacancies", PEGAWAI_XLSX, JABATAN_XLSX, *TANGGAL, "-f", "json"), EXIT_OK)
    frame = pd.DataFrame(stdout_json(result))
    return frame[frame["lowongan"] > 0]


def test_default_lists_candidates_for_vacant_positions(vacancies: pd.DataFrame) -> None:
    result = expect(match("-f", "json"), EXIT_OK)
    rows = stdout_json(result)
    assert rows and set(rows[0]) == set(MATCH_FIELDS)
    codes = {r["kode_jabatan"] for r in rows}
    assert codes <= set(vacancies["kode_jabatan"])
    per_position = pd.DataFrame(rows).groupby("kode_jabatan")
    for _kode, group in per_position:
        assert len(group) <= 10  # --top default
        assert group["peringkat"].tolist() == list(range(1, len(group) + 1))
        ranked = list(zip(group["layak"], group["skor"], strict=True))
        assert ranked == sorted(ranked, reverse=True)  # eligible first, then by score
        assert group["nip"].is_unique
    for r in rows:
        assert isinstance(r["layak"], bool) and isinstance(r["memenuhi_pendidikan"], bool)
        assert 0 <= r["skor"] <= 100
        assert r["alasan"]
    assert len(rows) >= 1000  # the count is written as every other count: "1.514 calon", not "1514" (walk, h30)
    assert f"{len(rows) // 1000}.{len(rows) % 1000:03d} calon untuk" in result.stderr
    # every vacant post is accounted for: those with candidates, and those without, named (a walkthrough counted
    # 162 posts here against lowongan's 171, the 9 without candidates unsaid)
    missing = sorted(set(vacancies["kode_jabatan"]) - codes)
    if missing:
        assert f"{len(missing)} jabatan lowong lain tanpa calon layak ({missing[0]}" in result.stderr


def test_one_position(vacancies: pd.DataFrame) -> None:
    kode = sorted(vacancies["kode_jabatan"])[0]
    rows = stdout_json(expect(match("--jabatan", kode, "--top", "5", "-f", "json"), EXIT_OK))
    assert 1 <= len(rows) <= 5
    assert {r["kode_jabatan"] for r in rows} == {kode}
    assert [r["peringkat"] for r in rows] == list(range(1, len(rows) + 1))


def test_one_employee_lists_positions() -> None:
    nip = usulan_case("biasa-1")["nip"]
    result = expect(match("--nip", nip, "-f", "json"), EXIT_OK)
    rows = stdout_json(result)
    assert rows and set(rows[0]) == set(NIP_FIELDS)
    assert {r["nip"] for r in rows} == {nip}
    assert len({r["kode_jabatan"] for r in rows}) == len(rows)  # distinct positions
    assert [r["peringkat"] for r in rows] == list(range(1, len(rows) + 1))
    assert any(r["layak"] for r in rows)
    layak = [r["layak"] for r in rows]
    assert layak == sorted(layak, reverse=True)  # the posts he may take first (walk2, h30)
    assert f"; {sum(layak)} di antaranya layak" in result.stderr


def test_csv_output_has_the_same_fields_and_booleans_as_words() -> None:
    nip = usulan_case("biasa-1")["nip"]
    result = expect(match("--nip", nip, "-f", "csv"), EXIT_OK)
    rows = stdout_csv(result)
    assert list(rows[0]) == NIP_FIELDS
    assert {r["layak"] for r in rows} <= {"true", "false"}


def test_jabatan_and_nip_together_is_usage_error() -> None:
    result = expect(match("--jabatan", "SETDA-0011", "--nip", usulan_case("a")["nip"]), EXIT_USAGE)
    assert result.stdout == ""
    assert "--jabatan" in result.stderr and "--nip" in result.stderr


def test_unknown_position_code_is_a_finding() -> None:
    result = expect(match("--jabatan", "TIDAK-ADA-0001"), EXIT_FINDINGS)
    assert result.stdout == ""
    assert "TIDAK-ADA-0001" in result.stderr


def test_unknown_nip_is_a_finding() -> None:
    result = match("--nip", "199001152019032999")
    assert result.exit_code == EXIT_FINDINGS, describe(result)
    assert result.stdout == ""


def test_unknown_nip_or_code_is_a_finding_with_a_suggestion_not_exit_3() -> None:
    from typer.testing import CliRunner

    from asn_mutasi.cli.app import app

    base = ["match", "sample_data/pegawai.xlsx", "sample_data/peta_jabatan.xlsx", "--tanggal", "01-11-2026"]
    result = CliRunner().invoke(app, [*base, "--nip", "19901030201312100", "--format", "json"])
    assert result.exit_code == 1
    assert "maksud Anda '199010302013121001'" in result.stderr and result.stdout.strip() == ""
    result = CliRunner().invoke(app, [*base, "--jabatan", "BAPENDA-007", "--format", "json"])
    assert result.exit_code == 1 and "'BAPENDA-0007'" in result.stderr
    result = CliRunner().invoke(app, [*base, "--jabatan", "bapenda-0007", "--top", "2", "--format", "json"])
    assert result.exit_code == 0  # a lowercase code is the same code


def test_a_code_written_in_several_units_suggests_its_posts(tmp_path: Path) -> None:
    from cli_helpers import write_csv

    roster = write_csv(tmp_path / "pegawai.csv", ("NIP", "NAMA", "JABATAN", "UNIT KERJA", "PENDIDIKAN"),
                       [("198001012005011001", "Budi", "Pengelola Data", "Induk", "S-1")])  # fmt: skip
    table = write_csv(tmp_path / "peta.csv", ("KODE JABATAN", "NAMA JABATAN", "UNIT KERJA", "KEBUTUHAN"),
                      [("ANALIS", "Analis Kebijakan Ahli Pertama", "Induk", 1),
                       ("ANALIS", "Analis Kebijakan Ahli Pertama", "Cabang", 2)])  # fmt: skip
    result = run("cocokkan", roster, table, "--jabatan", "ANALIS", *TANGGAL)
    assert "maksud Anda 'ANALIS | Induk' atau 'ANALIS | Cabang'" in result.stderr
    assert run("cocokkan", roster, table, "--jabatan", "ANALIS | Cabang", *TANGGAL).exit_code in (0, 1)


def test_every_command_reads_a_profession_filed_under_s2_as_the_profession(tmp_path: Path) -> None:
    """SSCASN files its professions under jenjang "S-2" ("S-2 | PROFESI NERS"); the matcher reads the profession, but
    the candidate prefilter used the table's S-2 and cut every Ners holder: `cocokkan --nip` ranked the nurse first
    for the post while the full `cocokkan` listed it "tanpa calon layak" (spell5, h27)."""
    roster = tmp_path / "pegawai.csv"
    roster.write_text(
        "NIP;NAMA;GOL/RUANG;JABATAN;UNIT KERJA;TANGGAL LAHIR;PENDIDIKAN TERAKHIR;JURUSAN\n"
        "199005032019031003;Pegawai Tiga, S.Kep., Ners;III/a;Pengadministrasi Perkantoran;Sekretariat Daerah;"
        "03-05-1990;Profesi;Ners\n",
        encoding="utf-8",
    )
    posts = tmp_path / "jabatan.csv"
    posts.write_text(
        "KODE JABATAN;NAMA JABATAN;UNIT KERJA;KEBUTUHAN;SYARAT PENDIDIKAN;SYARAT JURUSAN\n"
        "J-NERS;Perawat Ahli Pertama;Puskesmas Satu;1;S-2;PROFESI NERS\n"
        "J-ADM;Pengadministrasi Perkantoran;Sekretariat Daerah;1;S-1;\n",
        encoding="utf-8",
    )
    one = stdout_csv(expect(run("match", roster, posts, *TANGGAL, "--nip", "199005032019031003", "-f", "csv"), EXIT_OK))
    assert "J-NERS" in [r["kode_jabatan"] for r in one]
    every = stdout_csv(expect(run("match", roster, posts, *TANGGAL, "-f", "csv"), EXIT_OK))
    assert [(r["kode_jabatan"], r["nip"]) for r in every] == [("J-NERS", "199005032019031003")]
