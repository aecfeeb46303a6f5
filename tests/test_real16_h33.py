"""Real files of the real16 hunt (h33): layouts of public Indonesian personnel apps (tests/fixtures/real/SOURCES.md)."""

from __future__ import annotations

from pathlib import Path

import pytest

from asn_mutasi.io.readers import read_table
from asn_mutasi.io.sanitise import is_formula_like, sanitise_text

REAL = Path(__file__).resolve().parent / "fixtures" / "real"


@pytest.mark.parametrize("text", ["\r\n            Laki-laki", "\t\tBidang Umum", "\r\n", "\t-5", "\r\n - "])
def test_a_leading_line_break_before_text_is_not_a_formula(text: str) -> None:
    """ "\\r\\n   Laki-laki" (a MySQL dump's wrapped cell) was named sel-berisi-rumus and written with an apostrophe:
    a tab or CR is a formula opener only when a formula character follows the whitespace it starts."""
    assert not is_formula_like(text)
    assert sanitise_text(text) == text


@pytest.mark.parametrize("text", ["\r\n=cmd|' /C calc'!A0", "\t =1+1", "\r\n@SUM(A1)", "\t\t-2+3"])
def test_a_formula_after_a_leading_line_break_is_still_one(text: str) -> None:
    assert is_formula_like(text)
    assert sanitise_text(text) == "'" + text


def test_the_wrapped_gender_cell_of_a_mysql_dump_is_not_named_a_formula() -> None:
    table = read_table(REAL / "db_pegawai_pada.csv", "pegawai")
    assert not [f for f in table.findings if f.code == "sel-berisi-rumus"]
    assert "Laki-laki" in set(table.frame["jenis_kelamin"].dropna().str.strip())


NAKES = """NO,NIP,NAMA,PROFESI,{jabatan}UNIT KERJA,GOL
1,198501012010012001,Siti Aminah,Perawat,{p1}Puskesmas Kota,III/a
2,198602022011011002,Budi Santoso,Bidan,{p2}Puskesmas Desa,II/c
"""


def test_a_profession_beside_the_jabatan_is_known_not_offered_as_preference_or_major(tmp_path: Path) -> None:
    """A health workers' list's PROFESI beside JABATAN was said as "maksud Anda Preferensi Unit atau Jurusan?" (its
    letters are near PREFERENSI): it is the profession, known and unused beside the post."""
    path = tmp_path / "nakes.csv"
    path.write_text(NAKES.format(jabatan="JABATAN,", p1="Perawat Ahli Pertama,", p2="Bidan Terampil,"), "utf-8")
    table = read_table(path, "pegawai")
    assert table.columns["jabatan"].header == "JABATAN"
    said = [f for f in table.findings if f.location.header == "PROFESI"]
    assert [f.code for f in said] == ["kolom-dikenal-tidak-dipakai"]
    assert "maksud Anda" not in said[0].message and "profesi" in said[0].message


def test_a_profession_without_a_jabatan_column_is_the_post(tmp_path: Path) -> None:
    path = tmp_path / "nakes.csv"
    path.write_text(NAKES.format(jabatan="", p1="", p2=""), "utf-8")
    table = read_table(path, "pegawai")
    assert table.columns["jabatan"].header == "PROFESI"
    assert list(table.frame["jabatan"]) == ["Perawat", "Bidan"]


def test_a_report_heading_its_nip_column_nik_is_read_by_its_nips() -> None:
    """zenner88/employee_management's staff reports head the NIP "NIK" and write it NIP + a white "_": the file was
    refused for a missing NIP column (NIK is a column never guessed). Its cells are valid 18-digit NIPs, which no
    16-digit NIK is: read as the NIP, said as kolom-nip-dari-isi."""
    from asn_mutasi.validation import prepare_roster

    table = read_table(REAL / "laporan_unit_satuan.xls", "pegawai")
    assert table.columns["nip"].header == "NIK"
    assert [f.code for f in table.findings if f.location.field == "nip"] == ["kolom-nip-dari-isi"]
    people = prepare_roster(table)
    assert list(people.valid["nip"].str.len()) == [18] * 4
    assert people.valid["nip"].iloc[0] == "197501012010011001"


def test_a_column_of_nips_under_its_own_header_wins_over_one_headed_nik(tmp_path: Path) -> None:
    """The NIK column counts only when no other column holds the NIPs."""
    path = tmp_path / "p.csv"
    path.write_text(
        "NIK,Kode Pegawai,Nama,Jabatan\n"
        "197501012010011001,197501012010011001,Andi,Analis\n"
        "197602022011042002,197602022011042002,Sri,Analis\n",
        "utf-8",
    )
    assert read_table(path, "pegawai").columns["nip"].header == "Kode Pegawai"


def test_a_school_report_s_hash_and_marital_status_are_not_guessed() -> None:
    """santowidjaja/Brother's staff report: "#" (its numbering header) was said "Kolom '#' tidak dipetakan", and
    "Status Nikah" was offered as "maksud Anda Status Jabatan … atau Unit Kerja?"; the post is Jenis PTK."""
    table = read_table(REAL / "laporan_pegawai_sekolah.xls", "pegawai")
    assert table.columns["jabatan"].header == "Jenis PTK"
    said = {f.location.header: f.message for f in table.findings if f.code == "kolom-tidak-dikenal"}
    assert "#" not in said
    assert "maksud Anda" not in said["Status Nikah"]


def test_a_refusal_does_not_list_the_numbering_column_as_unknown(tmp_path: Path) -> None:
    from asn_mutasi.errors import SchemaError

    path = tmp_path / "p.csv"
    path.write_text("#,Kode,Nama\n1,A1,Andi\n2,A2,Sri\n", "utf-8")
    with pytest.raises(SchemaError) as refused:
        read_table(path, "pegawai")
    assert "'Kode'" in str(refused.value.hint) and "'#'" not in str(refused.value.hint)


def test_a_duk_of_bulleted_lists_in_every_cell_is_read() -> None:
    """gedelumbung/pempek's DUK (.xls = HTML): each cell a <ul> of "> " items. The items ran together on one line
    ("> Andi > 1975… > Laki-laki …"), the header "NAMA / NIP / STATUS PERKAWINAN / STATUS PEGAWAI" named no field,
    and the file was refused for no NIP and no name. Each item is a line without its typed bullet, the NIP is the
    line under the name (lines after it are no name), the post's "Eselon : III.b" line and what follows leave it."""
    from asn_mutasi.validation import prepare_roster

    table = read_table(REAL / "duk_pempek.xls", "pegawai")
    people = prepare_roster(table).valid
    assert list(people["nip"])[:2] == ["197501012010011001", "197602022011042002"]
    assert list(people["nama"])[:2] == ["Andi Pratama, S.Kom", "Sri Wahyuni, S.E."]
    assert list(people["golongan"]) == ["IV/a", "III/d", "III/b", "II/c"]
    assert (
        people["jabatan"].iloc[0]
        == "Kepala Bidang Pelayanan, Dinas Penanaman Modal dan PTSP, Bidang Pelayanan, Bidang Pelayanan"
    )
    assert list(table.frame["eselon"]) == ["III.b", "IV.a", None, None]
    assert list(people["pendidikan"]) == ["S-2", "S-1", "S-1", "SMA"]


def test_a_list_item_s_bullet_goes_but_a_line_of_plain_text_keeps_its_dash(tmp_path: Path) -> None:
    from asn_mutasi.io.html_table import read_html_rows

    page = "<table><tr><td>Nama</td></tr><tr><td><ul><li>> Budi</li><li>- Kawin</li></ul>- 5 tahun</td></tr></table>"
    rows, _ = read_html_rows(page.encode(), "x.xls")
    assert rows[1][0] == "Budi\nKawin\n- 5 tahun"


PETA_PEMPEK = """KODE JABATAN,NAMA JABATAN,UNIT KERJA,JENIS JABATAN,KEBUTUHAN
P1,Kepala Bidang Pelayanan,Bidang Pelayanan,Administrator,1
P2,Kepala Seksi Pendaftaran,Bidang Pelayanan,Pengawas,1
P3,Analis Kepegawaian Ahli Pertama,Sekretariat,Fungsional,2
P4,"Kepala Subbagian Umum, Kepegawaian dan Keuangan",Sekretariat,Pengawas,1
P5,Pengadministrasi Umum,Sekretariat,Pelaksana,2
"""


def test_a_post_written_with_its_unit_path_links_to_its_unit(tmp_path: Path) -> None:
    """The pempek DUK writes the post "<jabatan>, <OPD>, <sub unit>, <unit>" and has no unit column: no post linked
    and lowongan refused the roster. The part before a comma that is a table post, in a unit named after it, is the
    post and that unit its unit (said as jabatan-pada-unit); a table post holding a comma is never cut."""
    from asn_mutasi.api.inputs import build_world, setup

    peta = tmp_path / "peta.csv"
    peta.write_text(PETA_PEMPEK, encoding="utf-8")
    world = build_world(REAL / "duk_pempek.xls", peta, run=setup(None, None, None, None))
    roster = world.roster.set_index("nip")
    assert roster.loc["197501012010011001", "unit_kerja"] == "Bidang Pelayanan"
    assert roster.loc["197804042013012004", "jabatan"] == "Pengadministrasi Umum"
    assert len(world.valid_roster) == 4
    assert [f.code for f in world.findings].count("jabatan-pada-unit") == 1


def test_a_post_with_a_comma_of_its_own_is_not_cut(tmp_path: Path) -> None:
    from asn_mutasi.validation import prepare_positions
    from asn_mutasi.workload import linking

    peta = tmp_path / "peta.csv"
    peta.write_text(PETA_PEMPEK, encoding="utf-8")
    index = linking.PositionIndex.build(prepare_positions(read_table(peta, "jabatan")).valid)
    name = "Kepala Subbagian Umum, Kepegawaian dan Keuangan"
    assert linking._pada_split(name, index) is None
    assert linking._pada_split(name + ", Dinas X, Sekretariat", index) == (name, "Sekretariat")
    assert linking._pada_split("Pengadministrasi Umum, Dinas X, Bidang Pelayanan", index) is None  # not that unit's
