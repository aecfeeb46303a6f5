"""The second and third merges reviewed as a BKD analyst would read them (review19, h35)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli_helpers import expect, run, stdout_json

POSTS = (
    "KODE JABATAN;NAMA JABATAN;UNIT KERJA;JENIS JABATAN;KEBUTUHAN;SYARAT PENDIDIKAN\n"
    "J02;Pengadministrasi Perkantoran;Bagian Umum;Pelaksana;3;SLTA\n"
)
_HEADER = "NIP;NAMA;JABATAN;KODE JABATAN;UNIT KERJA;TANGGAL LAHIR;TMT JABATAN;INSTANSI\n"


def _row(nip: str, instansi: str) -> str:
    born = f"{nip[6:8]}-{nip[4:6]}-{nip[:4]}"
    return f"{nip};Pegawai {nip[-3:]};Pengadministrasi Perkantoran;J02;Bagian Umum;{born};01-01-2020;{instansi}\n"


def test_rows_of_another_agency_are_not_called_invalid_by_the_plan(tmp_path: Path) -> None:
    """`rencana --instansi` counted the rows of the other agencies it leaves out on purpose as "baris tidak valid"
    (Ringkasan and the command's summary line), while `bandingkan` does not count them as faults and `periksa`
    names them "instansi lain": a province roster read for one OPD said thousands of invalid rows."""
    roster = tmp_path / "pegawai.csv"
    roster.write_text(
        _HEADER
        + _row("198003032005011003", "Kabupaten A")
        + _row("197501012010011001", "Kabupaten B")
        + _row("198103032005011004", "Kabupaten B")
        + "19790230200906200X;Pegawai Rusak;Pengadministrasi Perkantoran;J02;Bagian Umum;01-01-1980;01-01-2020;"
        "Kabupaten A\n",
        encoding="utf-8",
    )
    posts = tmp_path / "jabatan.csv"
    posts.write_text(POSTS, encoding="utf-8")
    result = expect(run("rencana", roster, posts, "--instansi", "Kabupaten A", "-f", "json"), 0)
    plan = stdout_json(result)["ringkasan"]
    assert (plan["dikecualikan"], plan["dikecualikan_tidak_valid"], plan["dikecualikan_instansi_lain"]) == (3, 1, 2)
    causes = ("tidak_valid", "instansi_lain", "nrp", "tidak_aktif", "tanpa_jabatan", "nip_ganda")
    assert sum(plan[f"dikecualikan_{c}"] for c in causes) == plan["dikecualikan"]
    said = " ".join(result.stderr.split())
    assert "1 baris tidak valid" in said and "2 baris instansi lain" in said

    from asn_mutasi.io.readers import read_table
    from asn_mutasi.validation import left_out_for_fault, prepare_roster

    table = prepare_roster(read_table(roster, "pegawai"), instansi="Kabupaten A")
    assert left_out_for_fault(table.frame) == plan["dikecualikan_tidak_valid"]  # `bandingkan` counts the same rows


def test_ak_before_academic_titles_is_the_akuntan_title_not_an_academy() -> None:
    """ "Ak." opening a cell was read as Akademi whatever followed it (spell21): a cell of titles "Ak. M.Si" (the
    Akuntan title before a magister's, as "S.E, AK. M.Si" is written in a public SIMPEG seeder, code-search id
    4690649610) read D-III "Akademi M.Si", where it read S-1 before; an academy's programme still reads D-III."""
    from asn_mutasi.domain.pendidikan import parse_education, roster_education

    for cell in ("Ak. M.Si", "AK. M.SI", "Ak. MM", "Ak. S.E."):
        level, programme = roster_education(cell, None)
        assert level != "D-III" and "Akademi" not in (programme or ""), cell
        assert parse_education(cell, None).level != "D-III", cell
    assert roster_education("Ak. Ilmu Statistik", None)[0] == "D-III"
    read = parse_education("AK. KEPERAWATAN", None)
    assert (read.level, read.programme) == ("D-III", "KEPERAWATAN")


@pytest.mark.parametrize(
    "major",
    [
        "S-1 HUKUM ADMINISTRASI NEGARA",
        "D-IV ADMINISTRASI KEUANGAN NEGARA",
        "S-1 MANAJEMEN KEUANGAN NEGARA",
        "S-1 AKUNTANSI NEGARA",
        "S-1 AKUNTANSI ADMINISTRASI NEGARA",
    ],
)
def test_a_programme_ending_with_negara_is_no_campus_town(major: str) -> None:
    """SSCASN 2024 formations name these majors (its majors list, CC0). spell21 cut any kabupaten capital after a known
    programme, also one that is a programme's word: "Negara" (Jembrana's capital) was read as the campus town, so
    "S-1 HUKUM ADMINISTRASI NEGARA" read HUKUM and its holder failed a post asking for that very major; six of the 25
    SSCASN majors ending with such a capital failed their own requirement, one before. "Negara" ends programmes after
    different words (Administrasi Negara, Hukum Tata Negara): a word of programme names, not a town after them."""
    from asn_mutasi.domain.pendidikan import parse_education
    from asn_mutasi.matching.education import EducationMatcher

    read = parse_education(major, None)
    assert read.programme.endswith("NEGARA"), read
    assert EducationMatcher([major]).fit(major, None, read.level, major).memenuhi
