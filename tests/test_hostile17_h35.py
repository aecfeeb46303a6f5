"""Repeated NIPs whose rows read two ways, and hostile rosters (hostile17, h35)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from asn_mutasi.io.readers import read_table
from asn_mutasi.validation import prepare_roster

AS_OF = date(2025, 1, 1)
HEADER = "NIP;NAMA;JABATAN;UNIT KERJA;TANGGAL LAHIR;TMT JABATAN;KEDUDUKAN HUKUM"
ACTIVE = "198103032005011004;Sari;Analis Kebijakan Ahli Muda;Bagian Organisasi;03-03-1981;01-01-2020;Aktif"
GONE = "198103032005011004;Sari;Analis Kebijakan Ahli Madya;Bagian Umum;03-03-1981;01-01-2024;CLTN"


def _roster(path: Path, lines: list[str], header: str = HEADER) -> Any:
    path.write_text("\n".join([header, *lines]) + "\n", encoding="utf-8")
    return prepare_roster(read_table(path, "pegawai"), today=AS_OF)


def test_the_row_kept_of_a_repeated_nip_is_a_row_that_is_read(tmp_path: Path) -> None:
    """The newer row of a repeated NIP was kept, then left out as CLTN by a later rule: nip-ganda said "yang dibaca
    baris 3" of a row not read, and the active row was dropped too, so the person was read nowhere."""
    for lines, active_row in (([ACTIVE, GONE], 2), ([GONE, ACTIVE], 3)):
        table = _roster(tmp_path / "ganda.csv", lines)
        assert table.valid["_baris"].tolist() == [active_row]
        said = [(f.code, f.location.row, f.message) for f in table.findings if f.code.startswith("nip-ganda")]
        assert len(said) == 1
        code, row, message = said[0]
        assert code == "nip-ganda" and row != active_row and f"yang dibaca baris {active_row}" in message


def test_a_repeated_nip_with_every_row_left_out_says_none_is_read(tmp_path: Path) -> None:
    """Both rows out of scope: the finding names no row as read, and each row is left out once."""
    table = _roster(tmp_path / "ganda.csv", [GONE, GONE.replace("Bagian Umum", "Bagian Hukum").replace("2024", "2023")])
    assert table.valid.empty
    said = [f for f in table.findings if f.code.startswith("nip-ganda")]
    assert [f.code for f in said] == ["nip-ganda-tidak-dibaca"]
    assert "tidak satu pun baris NIP ini dibaca" in said[0].message and "CLTN" in said[0].message
    assert "yang dibaca" not in said[0].message
    assert table.frame["_status"].tolist() == ["dikecualikan", "dikecualikan"]


_TT_POSTS = "KODE JABATAN;NAMA JABATAN;UNIT KERJA;JENIS JABATAN;KEBUTUHAN;SYARAT PENDIDIKAN\n" + "".join(
    f"{kode};{nama};Puskesmas Kota;Fungsional;1;S-1\n"
    for kode, nama in (("J01", "Dokter Ahli Muda"), ("J02", "Kepala Puskesmas"), ("J03", "Dokter Ahli Pertama"))
)
_TT_HEADER = (
    "NIP;NAMA;GOL/RUANG;JABATAN;KODE JABATAN;UNIT KERJA;JENIS JABATAN;TMT JABATAN;TANGGAL LAHIR;STATUS KEPEGAWAIAN;"
    "PENDIDIKAN TERAKHIR;JURUSAN"
)
_TT_ROWS = [
    "198203112008012004;dr. Sari Dewi;III/d;Dokter Ahli Muda;J01;Puskesmas Kota;Fungsional;2019-01-01;1982-03-11;PNS;"
    "S-1;Profesi Dokter",
    "198203112008012004;dr. Sari Dewi;III/d;Kepala Puskesmas;J02;Puskesmas Kota;Fungsional;2019-01-01;1982-03-11;PNS;"
    "S-1;Profesi Dokter",
    "198505112010012006;Budi Santoso;III/c;Dokter Ahli Pertama;J03;Puskesmas Kota;Fungsional;2015-01-01;1985-05-11;"
    "PNS;S-1;Profesi Dokter",
]


def test_a_head_held_as_an_additional_task_under_the_same_nip_fills_its_seat_in_every_command(tmp_path: Path) -> None:
    """A dokter written twice, as Dokter Ahli Muda and as Kepala Puskesmas (tugas tambahan): the head row was a
    nip-ganda error, so the Kepala Puskesmas read vacant in lowongan and in the plan, which could fill it by mutation.
    The head is held definitively (PP 18/2016 Pasal 95): its seat is filled, the person is planned once from the JF
    row, and every command gives the same figure whichever row comes first."""
    from cli_helpers import EXIT_OK, TANGGAL, expect, run, stdout_csv, stdout_json

    jabatan = tmp_path / "jabatan.csv"
    jabatan.write_text(_TT_POSTS, encoding="utf-8")
    for order in (_TT_ROWS, [_TT_ROWS[1], _TT_ROWS[0], _TT_ROWS[2]]):
        pegawai = tmp_path / "pegawai.csv"
        pegawai.write_text("\n".join([_TT_HEADER, *order]) + "\n", encoding="utf-8")
        said = stdout_csv(expect(run("periksa", pegawai, jabatan, *TANGGAL), EXIT_OK))
        assert [(f["kode"], f["tingkat"]) for f in said] == [("nip-ganda-tugas-tambahan", "info")]
        vac = stdout_csv(expect(run("lowongan", pegawai, jabatan, *TANGGAL, "-f", "csv"), EXIT_OK))
        assert {r["kode_jabatan"]: r["bezetting"] for r in vac} == {"J01": "1", "J02": "1", "J03": "1"}
        plan = stdout_json(expect(run("rencana", pegawai, jabatan, *TANGGAL, "-f", "json"), EXIT_OK))["ringkasan"]
        assert plan["lowongan_saat_ini"] == 0 == sum(int(r["lowongan"]) for r in vac)
        assert (plan["dikecualikan_nip_ganda"], plan["dikecualikan_tidak_valid"]) == (1, 0)
        table = prepare_roster(read_table(pegawai, "pegawai"), today=AS_OF)
        assert table.valid["jabatan"].tolist() == ["Dokter Ahli Muda", "Dokter Ahli Pertama"]


_NUMBERED_HEADER = "NO;NIP;NAMA;JABATAN;UNIT KERJA;TANGGAL LAHIR;TMT JABATAN"
_NUMBERED_ROWS = [
    "1;198003032005011003;Budi;Analis Kebijakan Ahli Muda;Bagian Organisasi;03-03-1980;01-01-2020",
    "2;198103032005021004;Sari;Perencana Ahli Muda;Bagian Umum;03-03-1981;01-01-2021",
]


def test_rows_numbered_ahead_by_a_template_are_blank_rows(tmp_path: Path) -> None:
    """A template numbers its rows ahead (NO 1 to 5, two people): each row holding only its number was read as a
    person without NIP, name, post or unit, four galat a row and "dikecualikan" in every count. They are blank rows,
    in a CSV and in a workbook (numbers stored as numbers), and a row with a NIP beside its number still is a row."""
    import pandas as pd

    lines = [*_NUMBERED_ROWS, "3;;;;;;", "4;;;;;;", "5.;;;;;;"]
    table = _roster(tmp_path / "bernomor.csv", lines, header=_NUMBERED_HEADER)
    assert len(table.frame) == 2 and table.valid["nama"].tolist() == ["Budi", "Sari"]
    assert not [f for f in table.findings if f.code == "sel-wajib-kosong"]
    book = tmp_path / "bernomor.xlsx"
    cells = [line.split(";") for line in [*_NUMBERED_ROWS, "3;;;;;;", "4;;;;;;"]]
    frame = pd.DataFrame([[int(r[0]), *(c or None for c in r[1:])] for r in cells], columns=_NUMBERED_HEADER.split(";"))
    frame.to_excel(book, index=False)
    table = prepare_roster(read_table(book, "pegawai"), today=AS_OF)
    assert len(table.frame) == 2 and not [f for f in table.findings if f.code == "sel-wajib-kosong"]
    # a row with a cell beside its number stays a data row, reported as such
    table = _roster(tmp_path / "bernomor.csv", [*_NUMBERED_ROWS, "3;;Andi;;;;"], header=_NUMBERED_HEADER)
    assert len(table.frame) == 3


def test_a_damaged_nip_row_beside_its_valid_twin_out_of_service_holds_no_seat(tmp_path: Path) -> None:
    """With the duplicate rules moved after rule_kedudukan, a row whose NIP Excel damaged held a seat beside its
    valid twin left out as Meninggal (a twin left out was taken for a duplicate holding nothing): the person is the
    twin's, out of service, and holds no seat."""
    lines = [
        "198003032005011003;Budi;Analis Kebijakan Ahli Muda;Bagian Organisasi;03-03-1980;01-01-2020;Meninggal",
        "1.98003E+17;Budi;Analis Kebijakan Ahli Muda;Bagian Organisasi;03-03-1980;01-01-2020;Aktif",
    ]
    table = _roster(tmp_path / "rusak.csv", lines)
    assert table.frame["_menduduki"].tolist() == [False, False]
    assert "orang yang sama dengan baris 2" in table.frame["_alasan"].tolist()[1]


def test_a_head_row_written_twice_holds_its_seat_once(tmp_path: Path) -> None:
    """The head row of a tugas tambahan written twice held the Kepala Puskesmas seat twice (bezetting 2, LEBIH): the
    person holds it once, the second head row is a plain repeat."""
    pegawai = tmp_path / "pegawai.csv"
    pegawai.write_text("\n".join([_TT_HEADER, _TT_ROWS[1], _TT_ROWS[0], _TT_ROWS[1], _TT_ROWS[2]]) + "\n", "utf-8")
    table = prepare_roster(read_table(pegawai, "pegawai"), today=AS_OF)
    assert table.frame["_menduduki"].tolist() == [True, False, False, False]
    assert sorted(f.code for f in table.findings if f.code.startswith("nip-ganda")) == [
        "nip-ganda",
        "nip-ganda-tugas-tambahan",
    ]
