"""Every row counted, and said truly, on hostile templates and agency filters (hostile19, h35)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from asn_mutasi.findings import Severity
from asn_mutasi.io.readers import read_table
from asn_mutasi.schema import HOLDS
from asn_mutasi.validation import prepare_roster

AS_OF = date(2025, 1, 1)
HEADER = "NO;NIP;NAMA;JABATAN;UNIT KERJA;TANGGAL LAHIR;TMT JABATAN;INSTANSI"
HERE, THERE = "Kabupaten A", "Kabupaten B"
BUDI = "198003032005011003;Budi;Analis Kebijakan Ahli Muda;Bagian Organisasi;03-03-1980;01-01-2020"
SARI = "198103032005011004;Sari;Pengadministrasi Perkantoran;Bagian Umum;03-03-1981;01-01-2020"


def _roster(path: Path, lines: list[str], instansi: str | None = HERE) -> Any:
    body = [f"{k};{line}" for k, line in enumerate(lines, start=1)]
    path.write_text("\n".join([HEADER, *body]) + "\n", encoding="utf-8")
    return prepare_roster(read_table(path, "pegawai"), today=AS_OF, instansi=instansi)


def test_a_damaged_nip_of_a_row_left_out_by_instansi_is_not_said_to_hold_its_seat(tmp_path: Path) -> None:
    """A 19-character NIP typo on another agency's row: nip-tidak-valid said "orangnya tetap dihitung dalam
    bezetting jabatannya", but --instansi leaves the row out and it is counted nowhere. In the agency read, the
    note stays (the person does hold the seat). (hostile20: a row naming another agency has its faults counted in
    one line; a blank INSTANSI cannot be told apart from this agency and keeps the finding, without the note.)"""
    typo = "19800303200501100X;Andi;Analis Kebijakan Ahli Muda;Bagian Organisasi;03-03-1980;01-01-2020"
    table = _roster(tmp_path / "p.csv", [f"{BUDI};{HERE}", f"{typo};"])
    said = [f for f in table.findings if f.code == "nip-tidak-valid"]
    assert len(said) == 1 and said[0].location.row == 3
    assert "bezetting" not in said[0].message
    assert not table.frame[HOLDS].any()
    table = _roster(tmp_path / "p.csv", [f"{BUDI};{HERE}", f"{typo};{THERE}"])
    assert not [f for f in table.findings if f.code == "nip-tidak-valid"]
    assert not table.frame[HOLDS].any()
    table = _roster(tmp_path / "p.csv", [f"{BUDI};{HERE}", f"{typo};{HERE}"])
    said = [f for f in table.findings if f.code == "nip-tidak-valid"]
    assert len(said) == 1 and "tetap dihitung dalam bezetting" in said[0].message


def test_a_nip_repeated_in_an_agency_left_out_is_a_warning_not_a_galat(tmp_path: Path) -> None:
    """Budi written in agency A and agency B, --instansi A: the B row is out of scope; NIP uniqueness is a rule of
    the agency planned, and the repeat (a person moving between agencies) is said as a warning, not a galat that
    fails `periksa`. Within one agency the repeat stays a galat."""
    table = _roster(tmp_path / "p.csv", [f"{BUDI};{HERE}", f"{SARI};{HERE}", f"{BUDI};{THERE}"])
    said = [f for f in table.findings if f.code.startswith("nip-ganda")]
    assert [(f.code, f.severity, f.location.row) for f in said] == [("nip-ganda-instansi-lain", Severity.WARNING, 4)]
    assert THERE in said[0].message and "baris 2" in said[0].message
    assert table.valid["nama"].tolist() == ["Budi", "Sari"]
    assert not [f for f in table.findings if f.severity is Severity.ERROR]
    # the same rows, both in agency A: a galat
    table = _roster(tmp_path / "p.csv", [f"{BUDI};{HERE}", f"{SARI};{HERE}", f"{BUDI};{HERE}"])
    assert [f.code for f in table.findings if f.code.startswith("nip-ganda")] == ["nip-ganda"]
    # no --instansi: every agency is read, the repeat is a galat
    table = _roster(tmp_path / "p.csv", [f"{BUDI};{HERE}", f"{SARI};{HERE}", f"{BUDI};{THERE}"], instansi=None)
    assert [f.code for f in table.findings if f.code.startswith("nip-ganda")] == ["nip-ganda"]


def _numbered(path: Path, people: list[str], numbered_to: int) -> Path:
    """A template numbered 1 to ``numbered_to``: the people in rows 1, 2, …, a row number alone on the third line
    (between data rows) and on every line after the last person, then a total row."""
    lines = [HEADER]
    rows = [*people[:2], "", *people[2:]]
    for k in range(1, numbered_to + 1):
        line = rows[k - 1] if k <= len(rows) else ""
        lines.append(f"{k};{line};{HERE}" if line else f"{k};;;;;;;")
    lines.append("JUMLAH;;;;;;;")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_rows_holding_only_a_row_number_are_counted_as_skipped_wherever_they_are(tmp_path: Path) -> None:
    """A template numbered ahead: the numbered row between data rows got a baris-kosong and the ones after the last
    person nothing, and none was counted, so `periksa` accounted for fewer lines than the file holds. Every line is
    now read or skipped with a count, and the numbered rows said once, in a CSV and in a workbook."""
    import pandas as pd

    people = [BUDI, SARI, BUDI.replace("198003032005011003", "198204042006041002").replace("Budi", "Andi")]
    path = _numbered(tmp_path / "bernomor.csv", people, 10)
    lines = len(path.read_text(encoding="utf-8").splitlines()) - 1
    raw = read_table(path, "pegawai")
    table = prepare_roster(raw, today=AS_OF, instansi=HERE)
    assert len(table.frame) == 3 and table.valid["nama"].tolist() == ["Budi", "Sari", "Andi"]
    assert raw.skipped.get("bernomor_kosong") == 7  # row 3 of the block, and 5 to 10 after the last person
    assert len(table.frame) + sum(raw.skipped.values()) == lines
    said = [f for f in raw.findings if f.code == "baris-bernomor-kosong"]
    assert len(said) == 1 and said[0].location.row == 4 and said[0].message.startswith("7 baris")
    assert not [f for f in raw.findings if f.code == "baris-kosong"]
    book = tmp_path / "bernomor.xlsx"
    cells = [line.split(";") for line in path.read_text(encoding="utf-8").splitlines()]
    numbers = [[int(r[0]) if r[0].isdigit() else r[0], *(c or None for c in r[1:])] for r in cells[1:]]
    pd.DataFrame(numbers, columns=cells[0]).to_excel(book, index=False)
    raw = read_table(book, "pegawai")
    assert raw.skipped.get("bernomor_kosong") == 7 and len(raw.frame) + sum(raw.skipped.values()) == lines


def test_a_template_numbered_past_99999_is_no_person_on_its_last_rows(tmp_path: Path) -> None:
    """A template numbered to 100,000: the row numbered 100000 (one past the old five-digit limit) was read as a person
    without NIP, name, post or unit, four galat. A worksheet has 1,048,576 rows; any of them may be numbered."""
    path = tmp_path / "p.csv"
    path.write_text(
        "\n".join([HEADER, f"1;{BUDI};{HERE}", "99999;;;;;;;", "100000;;;;;;;", "1048576.;;;;;;;"]) + "\n",
        encoding="utf-8",
    )
    raw = read_table(path, "pegawai")
    assert len(raw.frame) == 1 and raw.skipped.get("bernomor_kosong") == 3


def test_periksa_says_how_many_lines_it_skipped_so_its_counts_add_up(tmp_path: Path) -> None:
    """`periksa` said "Diperiksa 3 baris pegawai (3 valid, 0 dikecualikan)" of a file of 11 data lines: the numbered
    rows and the total row were skipped with no count on the line the analyst reads."""
    from tests.cli_helpers import expect, run

    people = [BUDI, SARI, BUDI.replace("198003032005011003", "198204042006041002").replace("Budi", "Andi")]
    roster = _numbered(tmp_path / "bernomor.csv", people, 10)
    posts = tmp_path / "jabatan.csv"
    posts.write_text(
        "NAMA JABATAN;UNIT KERJA;JENIS JABATAN;KEBUTUHAN\n"
        "Analis Kebijakan Ahli Muda;Bagian Organisasi;Fungsional;2\n"
        "Pengadministrasi Perkantoran;Bagian Umum;Pelaksana;2\n",
        encoding="utf-8",
    )
    result = expect(run("periksa", roster, posts, "--instansi", HERE, "--gagal-jika", "tidak-pernah"), 0)
    assert "3 baris pegawai (3 valid, 0 dikecualikan; 8 baris bukan data dilewati)" in result.stderr


def test_the_plan_counts_rows_of_another_agency_apart_from_faulty_rows(tmp_path: Path) -> None:
    """`rencana --instansi A` said "3 baris tidak valid" of one row without NIP and two rows of agency B that are
    faultless and only out of scope; the Ringkasan label said "(NIP, kolom wajib, instansi lain)". They are counted
    apart, and the causes still add up to the rows left out."""
    from tests.cli_helpers import expect, run, stdout_json

    andi = BUDI.replace("198003032005011003", "198204042006041002").replace("Budi", "Andi")
    lines = [f"{BUDI};{HERE}", f"{SARI};{THERE}", f"{andi};{THERE}", f"{SARI.replace('198103032005011004', '')};{HERE}"]
    roster = tmp_path / "pegawai.csv"
    roster.write_text("\n".join([HEADER, *(f"{k};{x}" for k, x in enumerate(lines, 1))]) + "\n", encoding="utf-8")
    posts = tmp_path / "jabatan.csv"
    posts.write_text(
        "NAMA JABATAN;UNIT KERJA;JENIS JABATAN;KEBUTUHAN\n"
        "Analis Kebijakan Ahli Muda;Bagian Organisasi;Fungsional;2\n"
        "Pengadministrasi Perkantoran;Bagian Umum;Pelaksana;2\n",
        encoding="utf-8",
    )
    args = ("rencana", roster, posts, "--instansi", HERE, "--tanggal", "2025-01-01")
    plan = stdout_json(expect(run(*args, "-f", "json"), 0))["ringkasan"]
    assert (plan["dikecualikan_tidak_valid"], plan["dikecualikan_instansi_lain"], plan["dikecualikan"]) == (1, 2, 3)
    said = " ".join(expect(run(*args, "-o", tmp_path / "rencana.xlsx"), 0).stderr.split())
    assert "[1 baris tidak valid, 2 baris instansi lain;" in said
