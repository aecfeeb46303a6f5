"""``asn-mutasi plan``: the workbook, the JSON payload's accounting, eligibility, refusal, determinism."""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from cli_helpers import (
    EXIT_INFEASIBLE,
    EXIT_OK,
    EXIT_OUTPUT,
    JABATAN_XLSX,
    PEGAWAI_XLSX,
    TANGGAL,
    expect,
    plan_to,
    run,
    sample_roster,
    small_inputs,
    stdout_csv,
    stdout_json,
    usulan_case,
    write_csv,
)

from asn_mutasi.schema import PLAN_HIDDEN_SHEET, PLAN_MOVE_COLUMNS, PLAN_MOVE_PPPK_HEADERS, PLAN_SHEETS


@pytest.fixture(scope="module")
def planned(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any], Any]:
    return plan_to(tmp_path_factory.mktemp("plan"))


def test_workbook_has_the_plan_sheets(planned: tuple[Path, dict[str, Any], Any]) -> None:
    path, payload, _ = planned
    wb = openpyxl.load_workbook(path)
    # the reviewers' Persetujuan sheet (issue 16) follows Rencana Mutasi; Kebutuhan Diklat (issue 15) and its totals
    # per OPD and per training (each its own sheet, polish3, h34) are last
    training = ["Kebutuhan Diklat", "Diklat per OPD", "Diklat per Jenis"]
    assert wb.sheetnames == [*PLAN_SHEETS[:2], "Persetujuan", *PLAN_SHEETS[2:], *training, PLAN_HIDDEN_SHEET]
    assert wb[PLAN_HIDDEN_SHEET].sheet_state == "veryHidden"
    assert all(wb[s].sheet_state == "visible" for s in PLAN_SHEETS)
    ws = wb["Rencana Mutasi"]
    header = [c.value for c in ws[1]]
    # the sample moves PPPK (golongan V, X, VII): the grade column is "Golongan", not "Gol/Ruang" (walk7 #5, h29)
    assert header == [PLAN_MOVE_PPPK_HEADERS.get(key, label) for key, label in PLAN_MOVE_COLUMNS]
    assert "Golongan" in header and "Gol/Ruang" not in header
    ids = [r[0] for r in ws.iter_rows(min_row=2, values_only=True) if r[0]]
    assert ids == [m["id_mutasi"] for m in payload["mutasi"]]
    nips = [r[1] for r in ws.iter_rows(min_row=2, values_only=True) if r[0]]
    assert all(isinstance(n, str) and len(n) == 18 for n in nips)  # NIP kept as text


def test_every_employee_is_accounted_for_once(planned: tuple[Path, dict[str, Any], Any]) -> None:
    _, payload, result = planned
    summary = payload["ringkasan"]
    people = payload["pegawai"]
    roster_nips = set(sample_roster()["NIP"].astype(str))
    assert summary["pegawai_input"] == len(roster_nips) == 2000
    assert summary["pindah"] + summary["tetap"] + summary["dikecualikan"] == summary["pegawai_input"]
    assert len(people) == summary["pegawai_input"]
    assert Counter(p["nip"] for p in people).most_common(1)[0][1] == 1
    assert {p["nip"] for p in people} == roster_nips
    status = Counter(p["status"] for p in people)
    assert status == Counter({k: summary[k] for k in ("pindah", "tetap", "dikecualikan") if summary[k]})
    movers = {p["nip"] for p in people if p["status"] == "pindah"}
    assert movers == {m["nip"] for m in payload["mutasi"]}
    assert len(payload["mutasi"]) == summary["pindah"] > 0
    assert all(p["alasan"] for p in people if p["status"] == "dikecualikan")
    assert f"{summary['pindah']} pindah" in result.stderr


def test_moves_fill_distinct_open_seats_and_explain_themselves(planned: tuple[Path, dict[str, Any], Any]) -> None:
    _, payload, _ = planned
    for move in payload["mutasi"]:
        assert move["kode_jabatan_asal"] != move["kode_jabatan_tujuan"]
        assert move["status_pendidikan"] in ("sesuai", "serumpun")
        assert move["alasan"] and move["jenis_lowongan"]
        assert move["keputusan"] == ""


def test_every_move_is_eligible_when_assessed_on_its_own(
    planned: tuple[Path, dict[str, Any], Any], tmp_path: Path
) -> None:
    """Feed the plan's moves back through ``assess``: each one must be layak."""
    _, payload, _ = planned
    usulan = tmp_path / "usulan_dari_rencana.csv"
    with usulan.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["NIP", "KODE JABATAN"])
        writer.writerows([m["nip"], m["kode_jabatan_tujuan"]] for m in payload["mutasi"])
    result = expect(run("assess", PEGAWAI_XLSX, JABATAN_XLSX, usulan, *TANGGAL, "-f", "csv"), EXIT_OK)
    verdicts = stdout_csv(result)
    assert len(verdicts) == len(payload["mutasi"])
    not_layak = [(v["nip"], v["kode_jabatan"], v["alasan"]) for v in verdicts if v["layak"] != "true"]
    assert not_layak == []


def test_no_nurse_goes_to_a_non_health_post_while_a_nurse_vacancy_they_fit_stays_empty(
    planned: tuple[Path, dict[str, Any], Any], tmp_path: Path
) -> None:
    """Issue 12 "done when": a Perawat with a nursing education is not sent to a clerk post over a nurse vacancy."""
    from asn_mutasi.domain.rumpun import classify_position

    _, payload, _ = planned
    roster = sample_roster()
    text = roster["PENDIDIKAN TERAKHIR"].astype(str) + " " + roster["JURUSAN"].astype(str)
    education = dict(zip(roster["NIP"].astype(str), text.str.upper(), strict=True))
    nurses_away = [
        m["nip"]
        for m in payload["mutasi"]
        if m["jabatan_asal"].lower().startswith("perawat")
        and any(w in education[m["nip"]] for w in ("KEPERAWAT", "NERS"))
        and classify_position(m["jabatan_tujuan"], m["unit_tujuan"]).bidang != "kesehatan"
    ]
    empty = [v["kode_jabatan"] for v in payload["lowongan_tidak_terisi"] if "perawat" in v["nama_jabatan"].lower()]
    if not nurses_away or not empty:
        return
    usulan = tmp_path / "perawat_ke_lowongan_perawat.csv"
    with usulan.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["NIP", "KODE JABATAN"])
        writer.writerows([nip, kode] for nip in nurses_away for kode in empty)
    verdicts = stdout_csv(expect(run("assess", PEGAWAI_XLSX, JABATAN_XLSX, usulan, *TANGGAL, "-f", "csv"), EXIT_OK))
    assert [(v["nip"], v["kode_jabatan"]) for v in verdicts if v["layak"] == "true"] == []


def test_second_run_without_timpa_is_refused(planned: tuple[Path, dict[str, Any], Any]) -> None:
    path, _, _ = planned
    before = path.read_bytes()
    result = expect(run("plan", PEGAWAI_XLSX, JABATAN_XLSX, *TANGGAL, "-o", path, "-f", "json"), EXIT_OUTPUT)
    assert "--timpa" in result.stderr
    assert path.read_bytes() == before


def test_plan_is_deterministic(planned: tuple[Path, dict[str, Any], Any]) -> None:
    _, payload, _ = planned
    again = stdout_json(expect(run("plan", PEGAWAI_XLSX, JABATAN_XLSX, *TANGGAL, "-f", "json"), EXIT_OK))
    assert again["mutasi"] == payload["mutasi"]
    assert again["pegawai"] == payload["pegawai"]


def test_keep_pins_an_employee_in_place(planned: tuple[Path, dict[str, Any], Any]) -> None:
    _, payload, _ = planned
    mover = payload["mutasi"][0]["nip"]
    kept = stdout_json(
        expect(run("plan", PEGAWAI_XLSX, JABATAN_XLSX, *TANGGAL, "-f", "json", "--tetap", mover), EXIT_OK)
    )
    assert mover not in {m["nip"] for m in kept["mutasi"]}
    assert next(p for p in kept["pegawai"] if p["nip"] == mover)["status"] == "tetap"


def test_plan_options_have_indonesian_names_with_english_aliases() -> None:
    help_text = expect(run("plan", "--help"), EXIT_OK).stdout
    for indonesian in ("--tetap", "--nip-tetap", "--kunci"):
        assert indonesian in help_text


def test_the_rotation_help_names_the_setting_its_years_come_from() -> None:
    """The --rotasi help said "> 5 tahun" whatever [aturan] rotasi_tahun held (walk2, h30)."""
    from asn_mutasi.config import Rules
    from asn_mutasi.formatting import format_number

    help_text = " ".join(expect(run("plan", "--help"), EXIT_OK).stdout.replace("│", " ").split())
    assert f"lebih dari [aturan] rotasi_tahun (bawaan {format_number(Rules().rotasi_tahun)} tahun)" in help_text
    assert "> 5 tahun" not in help_text


def test_csv_output_lists_the_moves(planned: tuple[Path, dict[str, Any], Any]) -> None:
    _, payload, _ = planned
    rows = stdout_csv(expect(run("plan", PEGAWAI_XLSX, JABATAN_XLSX, *TANGGAL, "-f", "csv"), EXIT_OK))
    assert [r["id_mutasi"] for r in rows] == [m["id_mutasi"] for m in payload["mutasi"]]


def test_pin_to_an_ineligible_position_is_infeasible(tmp_path: Path) -> None:
    pin = tmp_path / "pin.csv"
    # a pelaksana (sample case biasa-1) pinned to the Sekretaris Daerah post
    nip = usulan_case("biasa-1")["nip"]
    pin.write_text(f"NIP,KODE JABATAN\n{nip},SETDA-0001\n", encoding="utf-8")
    out = tmp_path / "rencana.xlsx"
    result = expect(
        run("plan", PEGAWAI_XLSX, JABATAN_XLSX, *TANGGAL, "--pin", pin, "-o", out, "-f", "json"), EXIT_INFEASIBLE
    )
    assert result.stdout == ""
    assert "SETDA-0001" in result.stderr
    assert not out.exists()


def test_table_view(planned: tuple[Path, dict[str, Any], Any]) -> None:
    result = expect(run("plan", PEGAWAI_XLSX, JABATAN_XLSX, *TANGGAL, "-f", "table"), EXIT_OK)
    assert "Rencana mutasi" in result.stdout
    assert planned[1]["mutasi"][0]["id_mutasi"] in result.stdout


def test_position_table_with_headers_only_is_refused(tmp_path: Path) -> None:
    # a header-only position table crashed plan with exit 70 (TypeError in eligibility)
    jabatan = tmp_path / "jabatan.csv"
    jabatan.write_text("KODE JABATAN,NAMA JABATAN,UNIT KERJA,KEBUTUHAN,SYARAT PENDIDIKAN\n", encoding="utf-8")
    roster = tmp_path / "pegawai.csv"
    roster.write_text(
        "NIP,NAMA,JABATAN,UNIT KERJA,GOL/RUANG,PENDIDIKAN TERAKHIR\n"
        "198503122010011001,Budi,Pengadministrasi Perkantoran,Bagian Umum,III/a,S-1\n",
        encoding="utf-8",
    )
    result = expect(run("plan", roster, jabatan, *TANGGAL, "-f", "csv"), 3)
    assert "jabatan.csv" in result.stderr and "baris data" in result.stderr
    assert "Traceback" not in result.stderr


def test_pins_that_cost_fill_are_said_on_stderr_in_ringkasan_and_once_in_masalah_data(tmp_path: Path) -> None:
    """A generated office of 150 (``sampel --benih 29``) where 3 locked moves leave a vacancy unfilled: the plan
    fills 3, without the locks 4 (the all-pairs oracle agrees: tests/planning/test_oracle.py, case 150/29).
    The analyst reads it on stderr, in Ringkasan and JSON, and once in Masalah Data."""
    world = tmp_path / "dunia"
    expect(run("sampel", "-o", world, "--pegawai", 150, "--benih", 29), EXIT_OK)
    pins = tmp_path / "kunci.csv"
    pins.write_text(
        "nip,kode_jabatan\n198210172004111001,DISKOMINFO-0012\n197204031995082001,DINKES-0004\n"
        "197905052002111001,SETDA-0012\n",
        encoding="utf-8",
    )
    kept = ("197208021999041001", "197310232008081001", "197507192009062001", "197902092008112001")
    keep = [arg for nip in (*kept, "199009152019032001") for arg in ("--tetap", nip)]
    out = tmp_path / "rencana.xlsx"
    args = ("plan", world / "pegawai.xlsx", world / "peta_jabatan.xlsx", *TANGGAL, "--kunci", pins, *keep)
    result = expect(run(*args, "-o", out, "-f", "json"), EXIT_OK)
    payload = stdout_json(result)
    assert payload["ringkasan"]["lowongan_terisi"] == payload["ringkasan"]["batas_atas_pengisian"] == 3
    assert payload["ringkasan"]["batas_atas_tanpa_kunci"] == 4
    warning = "Mutasi terkunci (3 pegawai) mengurangi lowongan yang dapat diisi: dengan kunci paling banyak 3 lowongan, tanpa kunci 4"
    assert result.stderr.count(warning) == 1  # stdout holds it only as data, in temuan
    assert [t["kode"] for t in payload["temuan"]].count("rencana-kunci-mengurangi-pengisian") == 1
    book = openpyxl.load_workbook(out, read_only=True)
    ringkasan = {row[0]: row[1] for row in book["Ringkasan"].iter_rows(values_only=True) if row and row[0]}
    assert ringkasan["Batas atas lowongan terisi bila mutasi terkunci dilepas"] == 4
    codes = [row[0] for row in book["Masalah Data"].iter_rows(min_row=2, values_only=True)]
    assert codes.count("rencana-kunci-mengurangi-pengisian") == 1
    # without locks the figure and the finding are absent
    free = stdout_json(expect(run(*args[:5], *keep, "-f", "json"), EXIT_OK))
    assert "batas_atas_tanpa_kunci" not in free["ringkasan"] and free["ringkasan"]["lowongan_terisi"] == 4


def test_a_plan_finding_is_listed_once_in_masalah_data_and_said_on_stderr(tmp_path: Path) -> None:
    """The unit-limit pricing stopped by a zero pair budget: ``rencana-sekunder-belum-terbukti`` once in the workbook
    (the writer used to add the plan's findings to a list that already held them), once in JSON, once on stderr."""
    settings = tmp_path / "pengaturan.toml"
    settings.write_text("[rencana]\nmaks_pasangan_harga_batas_unit = 0\n", encoding="utf-8")
    out = tmp_path / "rencana.xlsx"
    args = ("plan", PEGAWAI_XLSX, JABATAN_XLSX, *TANGGAL, "--maks-pindah-per-unit", 1, "--pengaturan", settings)
    result = expect(run(*args, "-o", out, "-f", "json"), EXIT_OK)
    codes = [t["kode"] for t in stdout_json(result)["temuan"]]
    assert codes.count("rencana-sekunder-belum-terbukti") == 1
    assert result.stderr.count("Pembuktian urutan kedua rencana (skor, biaya pindah, preferensi) belum selesai") == 1
    book = openpyxl.load_workbook(out, read_only=True)
    listed = [row[0] for row in book["Masalah Data"].iter_rows(min_row=2, values_only=True)]
    assert listed.count("rencana-sekunder-belum-terbukti") == 1 and len(listed) == len(codes)


@pytest.mark.parametrize("command", ["rencana", "lowongan", "cocokkan"])
def test_position_rows_left_out_and_input_findings_are_counted_on_stderr(tmp_path: Path, command: str) -> None:
    """A position table whose rows lack UNIT KERJA planned nothing with exit 0 and not a word about why (the
    findings only reach -o or JSON): the counts now come on stderr, stdout keeps only the data."""
    pegawai, jabatan = small_inputs(
        tmp_path,
        [("198609262015051001", "Budi", "Analis SDM", "BKD"), ("199001152019032002", "Sri", "Analis SDM", "BKD")],
        [
            ("A", "Analis SDM", "BKD", 3),
            ("B", "Pranata Komputer", "", 2),  # one unit missing in a flat table: not filled down
            ("C", "Arsiparis", "Dinas Sosial", 1),
            ("D", "Pengemudi", "Dinas Sosial", 1),
        ],
    )
    result = expect(run(command, pegawai, jabatan, *TANGGAL, "-f", "csv"), EXIT_OK)
    assert "Temuan data masukan" not in result.stdout
    line = next(x for x in result.stderr.splitlines() if "Temuan data masukan" in x)
    assert "1 baris peta jabatan tidak dipakai" in line and "galat" in line


def test_repeated_position_lines_summed_into_one_are_not_counted_as_unused(tmp_path: Path) -> None:
    pegawai, jabatan = small_inputs(
        tmp_path,
        [("198609262015051001", "Budi", "Analis SDM", "BKD")],
        [("A", "Analis SDM", "BKD", 3), ("A2", "Analis SDM", "BKD", 1), ("B", "Pranata Komputer", "BKD", 2)],
    )
    result = expect(run("lowongan", pegawai, jabatan, *TANGGAL, "-f", "csv"), EXIT_OK)
    assert "Temuan data masukan" not in result.stderr  # the A2 line was summed into A: used, not left out


def test_the_excluded_rows_are_counted_by_cause(tmp_path: Path) -> None:
    """`periksa` said "0 dikecualikan" and `rencana` "1 dikecualikan" on one roster, nobody named: the plan also
    leaves out a row whose position is not in the position table (walkthrough). The plan now says which is which."""
    book = openpyxl.load_workbook(PEGAWAI_XLSX)
    sheet = book.active
    assert sheet is not None
    header_row = next(r for r in range(1, 15) if any(str(c.value).upper() == "JABATAN" for c in sheet[r]))
    columns = {str(c.value).upper(): c.column for c in sheet[header_row]}
    first = next(
        r for r in range(header_row + 1, header_row + 5) if len(str(sheet.cell(r, columns["NIP"]).value)) == 18
    )
    sheet.cell(first, columns["JABATAN"], "Jabatan Yang Tidak Ada")
    sheet.cell(first, columns["KODE JABATAN"], "TIDAK-ADA-0001")
    roster = tmp_path / "pegawai.xlsx"
    book.save(roster)
    result = expect(run("plan", roster, JABATAN_XLSX, *TANGGAL, "-f", "json"), EXIT_OK)
    summary = stdout_json(result)["ringkasan"]
    assert summary["dikecualikan"] == 1 and summary["dikecualikan_tanpa_jabatan"] == 1
    assert summary["dikecualikan_tidak_valid"] == summary["dikecualikan_nip_ganda"] == 0
    said = " ".join(result.stderr.split())
    assert "1 dikecualikan [1 jabatan tidak tertaut ke peta jabatan; lihat lembar kerja Masalah Data]" in said
    checked = stdout_json(expect(run("check", roster, JABATAN_XLSX, *TANGGAL, "-f", "json"), EXIT_OK))
    roster_table = next(t for t in checked["ringkasan"]["tabel"] if t["tabel"] == "pegawai")
    excluded = ("dikecualikan_tidak_valid", "dikecualikan_nrp", "dikecualikan_tidak_aktif", "dikecualikan_nip_ganda")
    assert roster_table["dikecualikan"] == sum(summary[k] for k in excluded)


def test_a_person_whose_nip_is_at_fault_still_holds_the_seat_in_every_command(tmp_path: Path) -> None:
    """A holder whose NIP Excel rounded ("1.98001E+17") and a second person under one NIP were dropped from bezetting:
    `lowongan` showed their seats vacant and the plan filled them, past kebutuhan (h26/onefact). A CLTN row is no
    holder. The plan's Ringkasan counted the repeated NIP 0 times and the CLTN row as "tidak valid"."""
    roster = tmp_path / "pegawai.csv"
    head = (
        "NIP;NAMA;GOL/RUANG;JABATAN;KODE JABATAN;UNIT KERJA;PENDIDIKAN TERAKHIR;JURUSAN;TANGGAL LAHIR;KEDUDUKAN HUKUM\n"
    )
    person = ";III/b;Analis Data;{kode};Dinas X;S-1;S-1 Statistika;01-01-1980;{kh}\n"
    rows = [
        ("198001012005011001", "Ani", "A-1", "Aktif"),
        ("1.98001E+17", "Budi", "A-1", "Aktif"),  # the seat is held: A-1 is full
        ("198001022005011002", "Cici", "A-2", "Aktif"),
        ("198001022005011002", "Dedi Kurniawan", "A-2", "Aktif"),  # another person under Cici's NIP
        ("198001032005011003", "Eka", "A-2", "CLTN"),  # on leave: no holder
        ("198001042005011004", "Fajar", "A-3", "Aktif"),
        ("198001052005011005", "Gina", "A-3", "Aktif"),
    ]
    roster.write_text(head + "".join(f"{n};{m}" + person.format(kode=k, kh=h) for n, m, k, h in rows), "utf-8")
    table = tmp_path / "jabatan.csv"
    table.write_text(
        "KODE JABATAN;NAMA JABATAN;UNIT KERJA;KEBUTUHAN;BEZETTING;SYARAT PENDIDIKAN;SYARAT JURUSAN\n"
        "A-1;Analis Data;Dinas X;2;2;S-1;S-1 Statistika\nA-2;Analis Data Kedua;Dinas X;3;2;S-1;S-1 Statistika\n"
        "A-3;Analis Data Ketiga;Dinas X;0;2;S-1;S-1 Statistika\n",
        "utf-8",
    )
    vac = stdout_json(expect(run("vacancies", roster, table, *TANGGAL, "-f", "json"), EXIT_OK))
    rows_ = vac["jabatan"] if isinstance(vac, dict) else vac
    held = {r["kode_jabatan"]: (r["bezetting"], r["lowongan"]) for r in rows_}
    assert held == {"A-1": (2, 0), "A-2": (2, 1), "A-3": (2, 0)}
    plan = stdout_json(run("plan", roster, table, *TANGGAL, "-f", "json", "-o", tmp_path / "r.xlsx"))
    into = Counter(m["kode_jabatan_tujuan"] for m in plan["mutasi"])
    assert into == {"A-2": 1}  # one seat open; none at A-1
    summary = plan["ringkasan"]
    assert (summary["dikecualikan_tidak_valid"], summary["dikecualikan_nip_ganda"]) == (1, 1)
    assert summary["dikecualikan_tidak_aktif"] == 1
    said = {p["nama"]: p["alasan"] for p in plan["pegawai"] if p["status"] == "dikecualikan"}
    assert (
        "tetap dihitung dalam bezetting" in said["Budi"] and "tetap dihitung dalam bezetting" in said["Dedi Kurniawan"]
    )
    assert "bezetting" not in said["Eka"]
    compared = stdout_json(run("compare", roster, roster, table, "-f", "json"))
    assert [(u["bezetting_sebelum"], u["lowongan_sebelum"]) for u in compared["per_unit"]] == [(6, 1)]
    checked = stdout_json(run("check", roster, table, *TANGGAL, "-f", "json"))
    assert not [f for f in checked["temuan"] if f["kode"] == "bezetting-beda"]  # the table's 2 = the holders
    offered = stdout_json(run("match", roster, table, *TANGGAL, "--nip", "198001042005011004", "-f", "json"))
    assert {r["kode_jabatan"] for r in offered} == {"A-2"}  # A-1's seats are held: no vacancy to offer


def test_a_roster_of_headers_only_is_refused_as_an_empty_position_table_is(tmp_path: Path) -> None:
    """`rencana` on a roster with only its header exited 0 ("0 pindah … lowongan terisi 0 dari 343"); an empty
    position table exits 3 (hostile-input campaign, round 3)."""
    roster = tmp_path / "kosong.csv"
    roster.write_text("NIP;NAMA;JABATAN;UNIT KERJA\n", encoding="utf-8")
    result = run("plan", roster, JABATAN_XLSX, *TANGGAL)
    assert result.exit_code == 3 and "tidak berisi baris data" in result.stderr


def test_a_pin_ruled_out_names_the_person_and_the_rule(tmp_path: Path) -> None:
    """Case c (14 months in post) pinned to its proposed post: the refusal listed "syarat pendidikan, kesetaraan,
    pengalaman, atau skor" and no one; the rule is the 2-year tenure, as `nilai` says (walkthrough, h24)."""
    case = usulan_case("c")
    pin = tmp_path / "pin.csv"
    pin.write_text(f"NIP,KODE JABATAN\n{case['nip']},BPKAD-0010\n", encoding="utf-8")  # its proposed post
    result = expect(run("plan", PEGAWAI_XLSX, JABATAN_XLSX, *TANGGAL, "--pin", pin, "-f", "json"), EXIT_INFEASIBLE)
    assert f"NIP {case['nip']}" in result.stderr and "minimal 2 tahun" in result.stderr
    assert "kesetaraan, pengalaman, atau skor" not in result.stderr


def test_a_pin_to_a_code_written_in_several_units_takes_its_unit_column(tmp_path: Path) -> None:
    """A code the table writes in two units was refused as "tidak ada di peta jabatan" and the pin's UNIT KERJA
    column ignored (`nilai` read the same row; oracle campaign h25)."""
    jabatan = tmp_path / "jabatan.csv"
    jabatan.write_text(
        "KODE JABATAN,NAMA JABATAN,UNIT KERJA,KEBUTUHAN,SYARAT PENDIDIKAN\n"
        "JAB-1,Pengadministrasi Perkantoran,Dinas Sosial,1,SLTA\n"
        "JAB-1,Pengadministrasi Perkantoran,Dinas Kesehatan,2,SLTA\n"
        "JAB-2,Pengolah Data,Dinas Sosial,1,SLTA\n",
        encoding="utf-8",
    )
    roster = tmp_path / "pegawai.csv"
    roster.write_text(
        "NIP,NAMA,JABATAN,KODE JABATAN,UNIT KERJA,GOL/RUANG,PENDIDIKAN TERAKHIR,TMT JABATAN,TANGGAL LAHIR\n"
        "198503122010011001,Budi,Pengolah Data,JAB-2,Dinas Sosial,III/a,SMA,01-01-2015,12-03-1985\n",
        encoding="utf-8",
    )
    pin = tmp_path / "kunci.csv"
    pin.write_text("NIP,KODE JABATAN,UNIT KERJA\n198503122010011001,JAB-1,Dinas Kesehatan\n", encoding="utf-8")
    result = expect(run("plan", roster, jabatan, *TANGGAL, "--kunci", pin, "-f", "csv"), EXIT_OK)
    assert "Dinas Kesehatan" in result.stdout.splitlines()[1]
    pin.write_text("NIP,KODE JABATAN\n198503122010011001,JAB-1\n", encoding="utf-8")
    result = expect(run("plan", roster, jabatan, *TANGGAL, "--kunci", pin, "-f", "csv"), 3)
    assert "JAB-1 ada di 2 unit kerja" in result.stderr and "Dinas Kesehatan, Dinas Sosial" in result.stderr


def test_a_damaged_nip_holder_retiring_in_the_horizon_opens_a_projected_vacancy(tmp_path: Path) -> None:
    """The holder counted in bezetting left no projected vacancy at BUP (lowongan_proyeksi 0; plan oracle, h26)."""
    roster = tmp_path / "pegawai.csv"
    roster.write_text(
        "NIP;NAMA;GOL/RUANG;JABATAN;KODE JABATAN;UNIT KERJA;JENIS JABATAN;TMT JABATAN;TANGGAL LAHIR;"
        "PENDIDIKAN TERAKHIR\n"
        "1.96810E+17;Orang 0;II/d;Pengadministrasi Perkantoran;R0;Unit R0;Pelaksana;01-01-2016;10-10-1968;SLTA\n"
        "197601012000011001;Pool 0;II/b;Pengadministrasi Perkantoran;POOL;Unit Pool;Pelaksana;01-01-2016;01-01-1976;SLTA\n",
        "utf-8",
    )
    table = tmp_path / "jabatan.csv"
    table.write_text(
        "KODE JABATAN;NAMA JABATAN;UNIT KERJA;JENIS JABATAN;KEBUTUHAN\n"
        "R0;Pengadministrasi Perkantoran;Unit R0;Pelaksana;1\nPOOL;Pengadministrasi Perkantoran;Unit Pool;Pelaksana;0\n",
        "utf-8",
    )
    when = ("--tanggal", "2026-07-01")
    vac = stdout_json(expect(run("vacancies", roster, table, *when, "-f", "json"), EXIT_OK))
    rows_ = vac["jabatan"] if isinstance(vac, dict) else vac
    r0 = next(r for r in rows_ if r["kode_jabatan"] == "R0")
    assert (r0["bezetting"], r0["proyeksi_pensiun"], r0["lowongan_proyeksi"]) == (1, 1, 1)
    plan = stdout_json(run("plan", roster, table, *when, "-f", "json", "-o", tmp_path / "r.xlsx"))
    assert plan["ringkasan"]["lowongan_awal"] == 1
    assert [(m["kode_jabatan_tujuan"], m["jenis_lowongan"]) for m in plan["mutasi"]] == [
        ("R0", "proyeksi pensiun (pensiun TMT 01-11-2026)")
    ]


def test_a_pin_of_a_person_left_out_of_planning_names_why(tmp_path: Path) -> None:
    """`--kunci` of a CLTN employee said only "pegawai tidak ada di data pegawai yang valid" (plan oracle, h26)."""
    roster = tmp_path / "pegawai.csv"
    roster.write_text(
        "NIP;NAMA;JABATAN;KODE JABATAN;UNIT KERJA;PENDIDIKAN TERAKHIR;KEDUDUKAN HUKUM\n"
        "198001012005011001;Budi;Analis Data;A-1;Dinas X;S-1;CLTN\n"
        "198001022005011002;Ani;Analis Data;A-1;Dinas X;S-1;Aktif\n",
        "utf-8",
    )
    table = tmp_path / "jabatan.csv"
    table.write_text(
        "KODE JABATAN;NAMA JABATAN;UNIT KERJA;KEBUTUHAN\nA-1;Analis Data;Dinas X;2\nA-2;Analis;Dinas Y;1\n"
    )
    pin = tmp_path / "kunci.csv"
    pin.write_text("NIP,KODE JABATAN\n198001012005011001,A-2\n", encoding="utf-8")
    result = run("plan", roster, table, *TANGGAL, "--kunci", pin, "-o", tmp_path / "r.xlsx")
    assert result.exit_code != 0
    said = " ".join(result.stderr.split())
    assert "dikecualikan dari perencanaan (kedudukan hukum 'CLTN'" in said


def test_a_young_holder_sharing_a_nip_with_a_retiring_one_keeps_the_seat(tmp_path: Path) -> None:
    """Retiring was decided per NIP: the excluded old holder's BUP marked the young valid holder of the same NIP as
    retiring, and someone was moved into their occupied seat (lowongan_awal 2 against lowongan's 1; h26 review)."""
    roster = tmp_path / "pegawai.csv"
    roster.write_text(
        "NIP;NAMA;GOL/RUANG;JABATAN;KODE JABATAN;UNIT KERJA;JENIS JABATAN;TMT JABATAN;TANGGAL LAHIR;"
        "PENDIDIKAN TERAKHIR\n"
        "198001012005011001;Budi Santoso;II/d;Pengadministrasi Perkantoran;R1;Unit R1;Pelaksana;01-01-2016;01-01-1980;SLTA\n"
        "198001012005011001;Slamet Riyadi;II/d;Pengadministrasi Perkantoran;R0;Unit R0;Pelaksana;01-01-2016;10-10-1968;SLTA\n"
        "197601012000011001;Pool Satu;II/b;Pengadministrasi Perkantoran;POOL;Unit Pool;Pelaksana;01-01-2016;01-01-1976;SLTA\n"
        "197701012000011002;Pool Dua;II/b;Pengadministrasi Perkantoran;POOL;Unit Pool;Pelaksana;01-01-2016;01-01-1977;SLTA\n",
        "utf-8",
    )
    table = tmp_path / "jabatan.csv"
    table.write_text(
        "KODE JABATAN;NAMA JABATAN;UNIT KERJA;JENIS JABATAN;KEBUTUHAN\n"
        "R0;Pengadministrasi Perkantoran;Unit R0;Pelaksana;1\nR1;Pengadministrasi Perkantoran;Unit R1;Pelaksana;1\n"
        "POOL;Pengadministrasi Perkantoran;Unit Pool;Pelaksana;0\n",
        "utf-8",
    )
    when = ("--tanggal", "2026-07-01")
    vac = stdout_json(expect(run("vacancies", roster, table, *when, "-f", "json"), EXIT_OK))
    rows_ = vac["jabatan"] if isinstance(vac, dict) else vac
    assert sum(r["lowongan_proyeksi"] for r in rows_) == 1
    plan = stdout_json(run("plan", roster, table, *when, "-f", "json", "-o", tmp_path / "r.xlsx"))
    assert plan["ringkasan"]["lowongan_awal"] == 1
    assert [m["kode_jabatan_tujuan"] for m in plan["mutasi"]] == ["R0"]


def test_an_unfilled_post_counts_no_holder_of_its_own_among_those_below_its_requirement(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Pranata Komputer Ahli Pertama (S-1), need 3, held by 2 grandfathered D-III holders; one D-III pelaksana
    elsewhere, one D-III on the same post in another unit. The reason said "4 di bawah syarat pendidikan" for both:
    a class counted for every post of its group, the holders' own seat included, where they are no candidates
    (review8 #5, h28)."""
    unit = "Dinas Komunikasi dan Informatika"
    peta, pegawai = tmp_path / "peta.csv", tmp_path / "pegawai.csv"
    with peta.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["KODE JABATAN", "NAMA JABATAN", "UNIT KERJA", "JENIS JABATAN", "KEBUTUHAN", "PENDIDIKAN"])
        w.writerow(["PK-01", "Pranata Komputer Ahli Pertama", unit, "Fungsional", 3, "S-1 Teknik Informatika"])
        w.writerow(["PK-02", "Pengadministrasi Perkantoran", unit, "Pelaksana", 1, "SLTA"])
        w.writerow(
            ["PK-03", "Pranata Komputer Ahli Pertama", "Dinas Kesehatan", "Fungsional", 2, "S-1 Teknik Informatika"]
        )
    people = [
        ("198805092012011001", "PK-01", "Pranata Komputer Ahli Pertama", "Teknik Informatika"),
        ("198905092012012002", "PK-01", "Pranata Komputer Ahli Pertama", "Manajemen Informatika"),
        ("199005092014011003", "PK-02", "Pengadministrasi Perkantoran", "Manajemen Informatika"),
        ("199105092015011004", "PK-03", "Pranata Komputer Ahli Pertama", "Teknik Informatika"),
    ]
    with pegawai.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["NIP", "NAMA", "GOL/RUANG", "KODE JABATAN", "JABATAN", "UNIT KERJA", "TANGGAL LAHIR",
                    "TMT JABATAN", "PENDIDIKAN", "JURUSAN"])  # fmt: skip
        for i, (nip, kode, jabatan, jurusan) in enumerate(people):
            where = "Dinas Kesehatan" if kode == "PK-03" else unit
            w.writerow([nip, f"Pegawai {i}", "III/a", kode, jabatan, where, f"09-05-{nip[:4]}", "01-01-2019", "D-III",
                        jurusan])  # fmt: skip
    monkeypatch.chdir(tmp_path)
    payload = stdout_json(expect(run("rencana", pegawai, peta, *TANGGAL, "-f", "json"), EXIT_OK))
    why = {v["kode_jabatan"]: v["alasan"] for v in payload["lowongan_tidak_terisi"]}
    # the other post's holder (same requirement, another unit) is a candidate below it: counted
    assert why == {
        "PK-01": "Tidak ada pegawai yang layak di mana pun: 2 di bawah syarat pendidikan",
        "PK-03": "Tidak ada pegawai yang layak di mana pun: 3 di bawah syarat pendidikan",
    }


def test_a_tni_polri_nrp_holds_its_seat_in_every_command(tmp_path: Path) -> None:
    """A Polri officer's 8-digit NRP in the NIP column made the Sekretaris Jenderal post (JPT Madya) a vacancy that
    the plan could fill (DPD RI peta jabatan, real10 #4, h29): UU 20/2023 Pasal 19 lets TNI/Polri hold such posts."""
    roster = tmp_path / "pegawai.csv"
    roster.write_text(
        "NIP;NAMA;GOL/RUANG;JABATAN;KODE JABATAN;UNIT KERJA;PENDIDIKAN TERAKHIR;JURUSAN;TANGGAL LAHIR\n"
        "75019037;Putri;;Sekretaris Jenderal;J-1;Sekretariat Jenderal;S-2;S-2 Hukum;01-01-1975\n"
        "197501012000011001;Fajar;IV/d;Deputi;J-2;Sekretariat Jenderal;S-2;S-2 Hukum;01-01-1975\n",
        "utf-8",
    )
    table = tmp_path / "jabatan.csv"
    table.write_text(
        "KODE JABATAN;NAMA JABATAN;UNIT KERJA;JENIS JABATAN;KEBUTUHAN;BEZETTING\n"
        "J-1;Sekretaris Jenderal;Sekretariat Jenderal;JPT Madya;1;1\nJ-2;Deputi;Sekretariat Jenderal;JPT Madya;1;1\n",
        "utf-8",
    )
    vac = stdout_json(expect(run("vacancies", roster, table, *TANGGAL, "-f", "json"), EXIT_OK))
    rows = vac["jabatan"] if isinstance(vac, dict) else vac
    assert {r["kode_jabatan"]: (r["bezetting"], r["lowongan"]) for r in rows} == {"J-1": (1, 0), "J-2": (1, 0)}
    plan = stdout_json(run("plan", roster, table, *TANGGAL, "-f", "json", "-o", tmp_path / "r.xlsx"))
    assert plan["mutasi"] == []
    said = {p["nama"]: p for p in plan["pegawai"]}
    assert said["Putri"]["status"] == "dikecualikan" and "tetap dihitung dalam bezetting" in said["Putri"]["alasan"]
    checked = stdout_json(expect(run("check", roster, table, *TANGGAL, "-f", "json"), EXIT_OK))
    nrp = [f for f in checked["temuan"] if f["kode"] == "nip-berupa-nrp"]
    assert len(nrp) == 1 and nrp[0]["tingkat"] == "peringatan" and "NRP anggota TNI/Polri" in nrp[0]["pesan"]
    assert not [f for f in checked["temuan"] if f["kode"] in ("nip-tidak-valid", "bezetting-beda")]


def test_an_nrp_row_written_twice_holds_one_seat(tmp_path: Path) -> None:
    """The same officer's NRP row written twice held two seats (bezetting 14 for 13 people) with no finding, where a
    PNS NIP written twice is nip-ganda (hostile11 #4, h29). Two NRP rows of two names both hold theirs."""
    roster = tmp_path / "pegawai.csv"
    row = "75019037;Putri;;Kepala Bagian Umum;J-1;Sekretariat Jenderal;S-2;S-2 Hukum;01-01-1975\n"
    roster.write_text(
        "NIP;NAMA;GOL/RUANG;JABATAN;KODE JABATAN;UNIT KERJA;PENDIDIKAN TERAKHIR;JURUSAN;TANGGAL LAHIR\n"
        + row
        + row
        + "75019037;Bambang;;Kepala Bagian Umum;J-1;Sekretariat Jenderal;S-2;S-2 Hukum;01-01-1975\n",
        "utf-8",
    )
    table = tmp_path / "jabatan.csv"
    table.write_text(
        "KODE JABATAN;NAMA JABATAN;UNIT KERJA;KEBUTUHAN\nJ-1;Kepala Bagian Umum;Sekretariat Jenderal;3\n", "utf-8"
    )
    vac = stdout_json(expect(run("vacancies", roster, table, *TANGGAL, "-f", "json"), EXIT_OK))
    rows = vac["jabatan"] if isinstance(vac, dict) else vac
    assert [(r["bezetting"], r["lowongan"]) for r in rows] == [(2, 1)]
    checked = stdout_json(run("check", roster, table, *TANGGAL, "-f", "json"))
    twice = [f for f in checked["temuan"] if f["kode"] == "nip-ganda"]
    assert [(f["baris"], f["nilai"]) for f in twice] == [(3, "75019037")]
    # the plan's summary counts the row written again with the NIPs given twice, not as an invalid row (re-read, h29)
    summary = stdout_json(run("plan", roster, table, *TANGGAL, "-f", "json", "-o", tmp_path / "r.xlsx"))["ringkasan"]
    assert (summary["dikecualikan_nrp"], summary["dikecualikan_nip_ganda"], summary["dikecualikan_tidak_valid"]) == (
        2,
        1,
        0,
    )


def test_the_plan_summary_names_an_nrp_holder_not_an_invalid_row(tmp_path: Path) -> None:
    """The summary read "1 dikecualikan [1 baris tidak valid; …]" for a TNI/Polri member who validly holds the
    post (UU 20/2023 Pasal 19) while the row itself said so (oracle9 #4, /tmp/h29/oracle9/small, h29); a broken NIP
    is still "baris tidak valid"."""
    roster = tmp_path / "pegawai.csv"
    roster.write_text(
        "NIP;NAMA;GOL/RUANG;JABATAN;KODE JABATAN;UNIT KERJA;PENDIDIKAN TERAKHIR;JURUSAN;TANGGAL LAHIR\n"
        "75019037;Putri;;Sekretaris Jenderal;J-1;Sekretariat Jenderal;S-2;S-2 Hukum;01-01-1975\n"
        "19750101200001100;Fajar;IV/d;Deputi;J-2;Sekretariat Jenderal;S-2;S-2 Hukum;01-01-1975\n",
        "utf-8",
    )
    table = tmp_path / "jabatan.csv"
    table.write_text(
        "KODE JABATAN;NAMA JABATAN;UNIT KERJA;JENIS JABATAN;KEBUTUHAN\n"
        "J-1;Sekretaris Jenderal;Sekretariat Jenderal;JPT Madya;1\nJ-2;Deputi;Sekretariat Jenderal;JPT Madya;1\n",
        "utf-8",
    )
    result = expect(run("plan", roster, table, *TANGGAL, "-f", "json"), EXIT_OK)
    summary = stdout_json(result)["ringkasan"]
    assert (summary["dikecualikan"], summary["dikecualikan_nrp"], summary["dikecualikan_tidak_valid"]) == (2, 1, 1)
    said = " ".join(result.stderr.split())
    assert "[1 baris tidak valid, 1 NRP TNI/Polri (tetap di jabatannya, tidak dipindah); lihat lembar kerja" in said


def test_reversed_position_rows_send_the_same_moves_to_the_same_code(tmp_path: Path) -> None:
    """A jabatan written on two lines of other codes is one post; the first line's code survived the fold, so the
    same table with its rows reversed sent the same moves to K-9 instead of K-2 (plan3, h31)."""
    lines = [("K-9", "Penata Layanan Operasional", "Dinas A", 1), ("X-1", "Pengadministrasi Perkantoran", "Dinas B", 1),
             ("K-2", "Penata Layanan Operasional", "Dinas A", 2)]  # fmt: skip
    people = [(f"19800101200501100{i}", f"Pegawai {i}", "III/a", "Pengadministrasi Perkantoran", "X-1", "Dinas B",
               "01-01-2015", "01-01-1980", "S-1", "Administrasi Negara") for i in range(1, 4)]  # fmt: skip
    header = ("NIP", "NAMA", "GOL/RUANG", "JABATAN", "KODE JABATAN", "UNIT KERJA", "TMT JABATAN", "TANGGAL LAHIR",
              "PENDIDIKAN TERAKHIR", "JURUSAN")  # fmt: skip
    pegawai = write_csv(tmp_path / "pegawai.csv", header, people)
    targets = []
    for name, order in (("maju", lines), ("mundur", lines[::-1])):
        jabatan = write_csv(
            tmp_path / f"{name}.csv", ("KODE JABATAN", "NAMA JABATAN", "UNIT KERJA", "KEBUTUHAN"), order
        )
        moves = stdout_json(expect(run("rencana", pegawai, jabatan, *TANGGAL, "-f", "json"), EXIT_OK))["mutasi"]
        targets.append(sorted((m["nip"], m["kode_jabatan_tujuan"]) for m in moves))
    assert len(targets[0]) == 2 and {k for _, k in targets[0]} == {"K-2"}
    assert targets[0] == targets[1]
