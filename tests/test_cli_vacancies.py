"""``asn-mutasi vacancies``: per position, per unit and retirements, checked against a pandas recount."""

from __future__ import annotations

import csv
import json
from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
import pandas as pd
import pytest
from cli_helpers import (
    ABK_XLSX,
    EXIT_OK,
    EXIT_OUTPUT,
    JABATAN_XLSX,
    PEGAWAI_XLSX,
    TANGGAL,
    expect,
    run,
    sample_positions,
    sample_roster,
    stdout_csv,
    stdout_json,
)

from asn_mutasi.api.needs import POSITION_FIELDS, RETIREMENT_FIELDS, UNIT_FIELDS

AS_OF = date(2026, 11, 1)


def vacancies(*extra: object) -> Any:
    return run("vacancies", PEGAWAI_XLSX, JABATAN_XLSX, *TANGGAL, *extra)


@pytest.fixture(scope="module")
def expected() -> pd.DataFrame:
    """Kebutuhan from the peta jabatan and holders counted from the roster (CPNS occupy the seat, shown apart)."""
    roster = sample_roster()
    cpns = roster["STATUS KEPEGAWAIAN"].astype(str).str.upper().eq("CPNS")
    positions = sample_positions().set_index("KODE JABATAN")
    out = pd.DataFrame(
        {
            "unit_kerja": positions["UNIT KERJA"],
            "kebutuhan": positions["KEBUTUHAN"],
            "bezetting": roster["kode"].value_counts(),
            "bezetting_cpns": roster.loc[cpns, "kode"].value_counts(),
        }
    )
    out[["bezetting", "bezetting_cpns"]] = out[["bezetting", "bezetting_cpns"]].fillna(0).astype(int)
    out["selisih"] = out["bezetting"] - out["kebutuhan"]
    out["lowongan"] = (-out["selisih"]).clip(lower=0)
    return out


@pytest.fixture(scope="module")
def per_jabatan() -> pd.DataFrame:
    result = expect(vacancies("-f", "json"), EXIT_OK)
    rows = stdout_json(result)
    assert list(rows[0]) == POSITION_FIELDS
    return pd.DataFrame(rows).set_index("kode_jabatan")


def test_per_position_equals_an_independent_count(per_jabatan: pd.DataFrame, expected: pd.DataFrame) -> None:
    assert per_jabatan.index.is_unique
    assert set(per_jabatan.index) == set(expected.index)
    got = per_jabatan.loc[expected.index]
    for column in ("kebutuhan", "bezetting", "bezetting_cpns", "selisih", "lowongan"):
        assert got[column].tolist() == expected[column].tolist(), column
    status = expected["selisih"].map(lambda s: "KURANG" if s < 0 else "LEBIH" if s > 0 else "SESUAI")
    assert got["status"].tolist() == status.tolist()
    assert int(got["kebutuhan"].sum()) == 2170


def test_sample_overstaffed_positions_are_lebih(per_jabatan: pd.DataFrame) -> None:
    from cli_helpers import sample_notes

    lebih = set(per_jabatan.index[per_jabatan["status"] == "LEBIH"])
    assert set(sample_notes()["jabatan_lebih"]) <= lebih
    assert per_jabatan.loc["SETDA-0011", "status"] == "LEBIH"


def test_per_unit_sums_the_positions(expected: pd.DataFrame) -> None:
    result = expect(vacancies("-f", "json", "--per", "unit"), EXIT_OK)
    rows = stdout_json(result)
    assert list(rows[0]) == UNIT_FIELDS
    got = pd.DataFrame(rows).set_index("unit_kerja").sort_index()
    want = expected.groupby("unit_kerja")[["kebutuhan", "bezetting", "bezetting_cpns", "lowongan"]].sum().sort_index()
    assert got.index.tolist() == want.index.tolist()
    assert len(got) == 40
    for column in want.columns:
        assert got[column].tolist() == want[column].tolist(), column
    assert got["jumlah_jabatan"].tolist() == expected.groupby("unit_kerja").size().sort_index().tolist()


def _tmt_pensiun(birth: pd.Timestamp, bup: int) -> pd.Timestamp:
    """First day of the month after the BUP birthday."""
    reached = birth + pd.DateOffset(years=bup)
    return (reached + pd.offsets.MonthBegin(1)).normalize()


def test_retirements_within_twelve_months() -> None:
    result = expect(vacancies("-f", "json", "--per", "pensiun"), EXIT_OK)
    rows = stdout_json(result)
    assert rows and list(rows[0]) == RETIREMENT_FIELDS
    got = {r["nip"]: r for r in rows}
    assert len(got) == len(rows)

    end = pd.Timestamp(2027, 11, 1)
    roster = sample_roster()
    for row in rows:
        birth = pd.Timestamp(row["tanggal_lahir"])
        tmt = pd.Timestamp(row["tmt_pensiun"])
        assert tmt == _tmt_pensiun(birth, row["bup"])
        assert tmt <= end
    # every employee on a BUP-58 post (pelaksana, administrator, pengawas, first-level JF other than
    # teachers, whose BUP is 60) whose pension falls in the horizon is listed
    jenis = roster["JENIS JABATAN"].astype(str)
    jabatan = roster["JABATAN"].astype(str)
    bup58 = jenis.isin(["Pelaksana", "Administrator", "Pengawas"]) | (
        jenis.eq("Fungsional") & ~jabatan.str.contains("Madya|Utama") & ~jabatan.str.startswith("Guru")
    )
    births = pd.to_datetime(roster["TANGGAL LAHIR"])
    due = [
        nip
        for nip, birth, ok in zip(roster["NIP"], births, bup58, strict=True)
        if ok and _tmt_pensiun(birth, 58) <= end
    ]
    assert set(due) <= set(got)
    assert f"{len(rows)} pensiun dalam 12 bulan" in result.stderr


def test_horizon_changes_the_projection() -> None:
    short = stdout_json(expect(vacancies("-f", "json", "--per", "pensiun", "--horizon", "3"), EXIT_OK))
    full = stdout_json(expect(vacancies("-f", "json", "--per", "pensiun"), EXIT_OK))
    assert {r["nip"] for r in short} < {r["nip"] for r in full}
    assert all(pd.Timestamp(r["tmt_pensiun"]) <= pd.Timestamp(2027, 2, 1) for r in short)


def test_abk_sheet_gives_the_same_needs(per_jabatan: pd.DataFrame) -> None:
    rows = stdout_json(expect(vacancies("-f", "json", "--abk", ABK_XLSX), EXIT_OK))
    got = pd.DataFrame(rows).set_index("kode_jabatan").loc[per_jabatan.index]
    assert got["kebutuhan"].tolist() == per_jabatan["kebutuhan"].tolist()


def test_csv_view_matches_json(per_jabatan: pd.DataFrame) -> None:
    rows = stdout_csv(expect(vacancies("-f", "csv"), EXIT_OK))
    assert list(rows[0]) == POSITION_FIELDS
    assert {r["kode_jabatan"]: int(r["lowongan"]) for r in rows} == per_jabatan["lowongan"].to_dict()


def test_workbook_has_every_view(tmp_path: Path) -> None:
    out = tmp_path / "kebutuhan.xlsx"
    result = expect(vacancies("-f", "json", "-o", out), EXIT_OK)
    stdout_json(result)
    sheets = openpyxl.load_workbook(out, read_only=True).sheetnames
    assert len(sheets) >= 3
    lowered = " ".join(sheets).lower()
    assert "unit" in lowered and "jabatan" in lowered and "pensiun" in lowered
    expect(vacancies("-f", "json", "-o", out), EXIT_OUTPUT)


def test_the_summary_says_when_the_imbalance_index_cannot_be_computed(tmp_path: Path) -> None:
    """Total kebutuhan 0: the index is undefined; the summary said "indeks ketimpangan ." with nothing."""
    roster = tmp_path / "pegawai.csv"
    roster.write_text("NIP,NAMA,JABATAN,UNIT KERJA\n198504042010012004,Satu,Analis Kepegawaian,Bidang Mutasi\n")
    peta = tmp_path / "peta.csv"
    peta.write_text("NAMA JABATAN,UNIT KERJA,KEBUTUHAN\nAnalis Kepegawaian,Bidang Mutasi,0\n")
    result = expect(run("vacancies", str(roster), str(peta), "-f", "csv", *TANGGAL), EXIT_OK)
    assert "indeks ketimpangan tidak dapat dihitung (kebutuhan 0)." in result.stderr
    assert "indeks_ketimpangan" not in result.stdout


def test_a_cut_table_names_only_options_the_command_has(capsys: pytest.CaptureFixture[str]) -> None:
    """`lowongan -f tabel` ended "… 136 lagi; gunakan --semua" and `--semua` was 'Opsi --semua tidak dikenal'; a
    command without --semua (diklat: its --semua means every proposal) no longer names it (walkthrough)."""
    from asn_mutasi.cli.render import emit_table

    cut = expect(run("vacancies", PEGAWAI_XLSX, JABATAN_XLSX, "-f", "tabel", *TANGGAL), 0)
    assert "lagi; gunakan --semua" in cut.stdout
    whole = expect(run("vacancies", PEGAWAI_XLSX, JABATAN_XLSX, "-f", "tabel", "--semua", *TANGGAL), 0)
    assert "lagi;" not in whole.stdout and len(whole.stdout.splitlines()) > len(cut.stdout.splitlines())
    workload = expect(run("workload", PEGAWAI_XLSX, JABATAN_XLSX, "--per", "jabatan", "--semua", *TANGGAL), 0)
    assert "lagi;" not in workload.stdout
    emit_table([{"a": "x" * 60} for i in range(5)], [("a", "A")], limit=2, all_option=False)  # wide: no wrap
    shown = " ".join(capsys.readouterr().out.split())
    assert "3 lagi; gunakan --format csv atau -o" in shown and "--semua" not in shown


def test_workload_offers_only_its_own_views() -> None:
    """`beban-kerja --per` listed <jabatan|unit|pensiun> and refused 'pensiun' naming the hidden English commands
    ('workload … vacancies --per pensiun'); its choices are now unit and jabatan (walkthrough)."""
    result = run("workload", PEGAWAI_XLSX, JABATAN_XLSX, "--per", "pensiun", *TANGGAL)
    said = " ".join(result.stderr.replace("│", " ").split())
    assert result.exit_code == 2 and "'pensiun' bukan salah satu dari 'unit', 'jabatan'" in said
    assert "vacancies" not in result.stderr and "workload" not in result.stderr


def test_the_summary_counts_the_units_of_the_table_not_of_unlinked_roster_rows(tmp_path: Path) -> None:
    """ "7 jabatan di 10 unit" for a 7-unit table: roster units linked to no post were counted (plan oracle 3)."""
    roster = tmp_path / "pegawai.csv"
    roster.write_text(
        "NIP;NAMA;JABATAN;UNIT KERJA\n198001012005011001;A;Analis;Dinas Sosial\n"
        "198001022005011001;B;Analis;Kantor Antah Berantah\n",
        encoding="utf-8",
    )
    table = tmp_path / "jabatan.csv"
    table.write_text("KODE JABATAN;NAMA JABATAN;UNIT KERJA;KEBUTUHAN\nJ1;Analis;Dinas Sosial;2\n", encoding="utf-8")
    result = run("lowongan", roster, table, "--tanggal", "2026-11-01")
    assert "1 jabatan di 1 unit" in result.stderr


def test_one_unit_spelt_two_ways_is_one_unit_in_every_per_unit_view(tmp_path: Path) -> None:
    """ "SEKRETARIAT DPRD" beside "SEKRETARIAT DEWAN PERWAKILAN RAKYAT DAERAH": its posts were summed as one unit
    while lowongan --per unit and aspirasi-formulir counted two (walk3 #2, h27)."""
    from cli_helpers import small_inputs

    import asn_mutasi as am
    from asn_mutasi.api.aspirasi import aspiration_forms

    dewan, dprd = "SEKRETARIAT DEWAN PERWAKILAN RAKYAT DAERAH", "SEKRETARIAT DPRD"
    pegawai, jabatan = small_inputs(
        tmp_path,
        [
            ("198506012008031001", "A", "Kepala", dewan),
            ("198601012009031002", "B", "Arsiparis Terampil", dprd),
            ("198701012010031003", "C", "Analis Kebijakan Ahli Pertama", "Dinas Pertanian"),
        ],
        [
            ("J1", "Kepala", dewan, 1),
            ("J2", "Arsiparis Terampil", dprd, 2),
            ("J3", "Analis Kebijakan Ahli Pertama", "Dinas Pertanian", 1),
        ],
    )
    result = am.vacancies(pegawai=pegawai, jabatan=jabatan, tanggal=AS_OF)
    units = result.units.set_index("unit_kerja")
    assert sorted(units.index) == ["Dinas Pertanian", dewan]
    assert (int(units.loc[dewan, "kebutuhan"]), int(units.loc[dewan, "bezetting"])) == (3, 2)
    forms = aspiration_forms(pegawai=pegawai, jabatan=jabatan, output=tmp_path / "formulir", tanggal=AS_OF)
    assert sorted((f["opd"], f["pegawai"]) for f in forms.forms) == [("Dinas Pertanian", 1), (dewan, 2)]


def test_the_summary_counts_retirements_as_the_column_does_and_names_those_off_the_peta(tmp_path: Path) -> None:
    """ "358 pensiun dalam 12 bulan" while proyeksi_pensiun summed to 353 in every table: 5 retiring people held posts
    not on the peta (walk3, h27)."""
    roster = tmp_path / "pegawai.csv"
    roster.write_text(
        "NIP;NAMA;JABATAN;UNIT KERJA;TANGGAL LAHIR\n"
        "196803012005011001;A;Analis;Dinas Sosial;01-03-1968\n"
        "196804022005011001;B;Pramu Kantor;Dinas Sosial;02-04-1968\n"
        "196805032005011001;C;Pengemudi;Dinas Sosial;03-05-1968\n"
        "198001022005011001;D;Analis;Dinas Sosial;02-01-1980\n",
        encoding="utf-8",
    )
    table = tmp_path / "jabatan.csv"
    table.write_text("KODE JABATAN;NAMA JABATAN;UNIT KERJA;KEBUTUHAN\nJ1;Analis;Dinas Sosial;3\n", encoding="utf-8")
    result = expect(run("lowongan", roster, table, "-f", "json", "--tanggal", "01-12-2026"), EXIT_OK)
    column = sum(r["proyeksi_pensiun"] for r in stdout_json(result))
    listed = stdout_json(expect(run("lowongan", roster, table, "-f", "json", "--per", "pensiun", *TANGGAL), EXIT_OK))
    assert (column, len(listed)) == (1, 3)
    said = " ".join(result.stderr.split())
    assert "; 1 pensiun dalam 12 bulan (+2 pada jabatan di luar peta jabatan);" in said
    # all on the peta: nothing said apart
    table.write_text(
        "KODE JABATAN;NAMA JABATAN;UNIT KERJA;KEBUTUHAN\nJ1;Analis;Dinas Sosial;3\nJ2;Pramu Kantor;Dinas Sosial;1\n"
        "J3;Pengemudi;Dinas Sosial;1\n",
        encoding="utf-8",
    )
    whole = " ".join(expect(run("lowongan", roster, table, "--tanggal", "01-12-2026"), EXIT_OK).stderr.split())
    assert "; 3 pensiun dalam 12 bulan;" in whole


@pytest.mark.parametrize("command", ["lowongan", "beban-kerja"])
def test_the_findings_hint_names_the_workbook_just_written(tmp_path: Path, command: str) -> None:
    """With ``-o laporan_bkd.xlsx`` the hint still said "Rinciannya: -o laporan.xlsx (sheet Masalah Data)", as if
    no workbook had been written; it names the sheet of the workbook written, and a .csv report (the table alone)
    still points to a workbook (walk, h30)."""
    out = tmp_path / "laporan_bkd.xlsx"
    later = ("--tanggal", "2027-06-01")  # some staff past their BUP: one pensiun-terlewati
    said = " ".join(expect(run(command, PEGAWAI_XLSX, JABATAN_XLSX, *later, "-o", out), EXIT_OK).stderr.split())
    assert f"Rinciannya: lembar kerja Masalah Data di {out}," in said and "-o laporan.xlsx" not in said
    assert "Masalah Data" in openpyxl.load_workbook(out, read_only=True).sheetnames
    csv_out = tmp_path / "laporan_bkd.csv"
    said = " ".join(expect(run(command, PEGAWAI_XLSX, JABATAN_XLSX, *later, "-o", csv_out), EXIT_OK).stderr.split())
    assert "Rinciannya: -o laporan.xlsx (lembar kerja Masalah Data)," in said


@pytest.mark.parametrize(
    ("command", "per", "suffix"),
    [
        ("lowongan", "unit", ".csv"),
        ("lowongan", "pensiun", ".json"),
        ("beban-kerja", None, ".csv"),  # its default view: per unit
        ("beban-kerja", "jabatan", ".json"),
    ],
)
def test_a_csv_or_json_report_holds_the_view_the_command_shows(
    tmp_path: Path, command: str, per: str | None, suffix: str
) -> None:
    """``-o x.csv``/``x.json`` wrote the per-position table whatever ``--per`` said: ``beban-kerja -o beban.csv``
    showed units and wrote posts, ``lowongan --per pensiun -o pensiun.json`` wrote posts (walk, h30). The file now
    holds the rows ``--format json`` prints."""
    view = ("--per", per) if per else ()
    shown = stdout_json(expect(run(command, PEGAWAI_XLSX, JABATAN_XLSX, *TANGGAL, *view, "-f", "json"), EXIT_OK))
    out = tmp_path / f"laporan{suffix}"
    expect(run(command, PEGAWAI_XLSX, JABATAN_XLSX, *TANGGAL, *view, "-o", out), EXIT_OK)
    if suffix == ".json":
        written = json.loads(out.read_text(encoding="utf-8"))
        assert written == shown
    else:
        with out.open(encoding="utf-8-sig", newline="") as fh:
            written = list(csv.DictReader(fh))
        assert list(written[0]) == list(shown[0]) and len(written) == len(shown)
        key = next(iter(shown[0]))  # kode_jabatan, unit_kerja or nip: the same rows in the same order
        assert [r[key] for r in written] == [str(r[key]) for r in shown]


def test_an_index_of_exactly_one_is_shown_with_its_decimals(tmp_path: Path) -> None:
    """Every post vacant: the index is 1, and the summary's sentence ended "indeks ketimpangan 1." (walk9, h32)."""
    roster = tmp_path / "pegawai.csv"
    roster.write_text("NIP,NAMA,JABATAN,UNIT KERJA\n198504042010012004,Satu,Pranata Komputer,Bidang Data\n")
    peta = tmp_path / "peta.csv"
    peta.write_text("NAMA JABATAN,UNIT KERJA,KEBUTUHAN\nAnalis Kepegawaian,Bidang Mutasi,2\n")
    result = expect(run("vacancies", str(roster), str(peta), "-f", "json", *TANGGAL), EXIT_OK)
    assert "indeks ketimpangan 1,000." in result.stderr
