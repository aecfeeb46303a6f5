"""Rows that vanish or count twice: every roster row accounted for once, in every command (hostile18, h35)."""

from __future__ import annotations

from pathlib import Path

from asn_mutasi.domain.jabatan import acting_word
from tests.cli_helpers import expect, run, stdout_json

POSTS = (
    "KODE JABATAN;NAMA JABATAN;UNIT KERJA;JENIS JABATAN;KEBUTUHAN;SYARAT PENDIDIKAN\n"
    "J01;Analis Kebijakan Ahli Muda;Bagian Organisasi;Fungsional;2;S-1\n"
    "J02;Pengadministrasi Perkantoran;Bagian Umum;Pelaksana;2;SLTA\n"
)


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_a_jabatan_of_no_word_is_held_by_no_acting_word() -> None:
    """A blank or punctuation-only jabatan has no holding word (it raised IndexError)."""
    for text in ("", " ", "-", "...", "Pj"):
        assert acting_word(text) is None
    assert acting_word("Pj", alone=True) == "Pj."


def test_a_dash_jabatan_linked_by_its_code_is_checked_not_a_crash(tmp_path: Path) -> None:
    """A "-" in JABATAN beside a KODE JABATAN: `periksa` ended in "Kesalahan internal (IndexError)" (exit 70)."""
    roster = _write(
        tmp_path / "pegawai.csv",
        "NIP;NAMA;JABATAN;KODE JABATAN;UNIT KERJA;TANGGAL LAHIR;TMT JABATAN\n"
        "198003032005011003;Budi;Analis Kebijakan Ahli Muda;J01;Bagian Organisasi;03-03-1980;01-01-2020\n"
        "197501012010011001;Andi;-;J02;Bagian Umum;01-01-1975;01-01-2019\n",
    )
    result = expect(run("periksa", roster, _write(tmp_path / "jabatan.csv", POSTS), "-f", "json"), 1)
    table = stdout_json(result)["ringkasan"]["tabel"][0]
    assert (table["baris_data"], table["valid"], table["dikecualikan"]) == (2, 1, 1)


_MIX_HEADER = (
    "NO;NIP;NAMA;JABATAN;KODE JABATAN;UNIT KERJA;TANGGAL LAHIR;TMT JABATAN;STATUS KEPEGAWAIAN;INSTANSI;KEDUDUKAN"
)
_HERE, _THERE = "Kabupaten A", "Kabupaten B"


def _person(no: int, nip: str, instansi: str = _HERE, kedudukan: str = "Aktif", status: str = "PNS") -> str:
    born = f"{nip[6:8]}-{nip[4:6]}-{nip[:4]}" if len(nip) == 18 and nip.isdigit() else "01-01-1980"
    return (
        f"{no};{nip};Pegawai {no};Pengadministrasi Perkantoran;J02;Bagian Umum;{born};01-01-2020;{status};{instansi};"
        f"{kedudukan}"
    )


_A, _B, _C, _D = "198003032005011003", "197501012010011001", "198103032005011004", "198204042006041002"
#: (line, cause when left out, or "" when read): each row falls under several exclusion rules at once
_MIX = [
    (_person(1, _A), ""),
    (_person(2, _B), ""),
    (_person(3, _C), ""),
    (_person(4, _D), ""),
    (_person(5, _A, instansi=_THERE), "instansi_lain"),  # another agency and NIP ganda
    (_person(6, _B, instansi=_THERE, kedudukan="Pensiun"), "instansi_lain"),  # and pensiun, and NIP ganda
    (_person(7, _C, kedudukan="Meninggal"), "tidak_aktif"),  # and NIP ganda
    (_person(8, "19790230200906200X", instansi=_THERE), "instansi_lain"),  # a broken NIP of another agency
    (_person(9, "123", kedudukan="Pensiun"), "tidak_aktif"),  # a broken NIP, pensiun
    (_person(10, "", instansi=_THERE), "instansi_lain"),  # no NIP, another agency
    (_person(11, ""), "tidak_valid"),  # no NIP
    (_person(12, _D), "nip_ganda"),
    ("13;;;;;;;;;;", None),  # a numbered row of nothing: a blank row
    ("JUMLAH;;;;;;;;;;", None),  # the footer
]


def test_each_row_is_left_out_once_under_one_cause_in_every_count(tmp_path: Path) -> None:
    """A roster whose rows fall under several exclusion rules at once: `periksa` and the plan read the same rows,
    their counts add up to the rows read, each row under one cause whatever order its reasons come in. `bandingkan`
    counted another agency's repeated NIP or broken NIP as a fault, the plan a pensioner with a broken NIP as
    "tidak valid" and one written the other way round as "tidak aktif"."""
    roster = _write(tmp_path / "pegawai.csv", "\n".join([_MIX_HEADER, *(line for line, _ in _MIX)]) + "\n")
    posts = _write(tmp_path / "jabatan.csv", POSTS)
    data = [cause for _, cause in _MIX if cause is not None]
    checked = stdout_json(run("periksa", roster, posts, "--instansi", _HERE, "-f", "json"))["ringkasan"]["tabel"][0]
    assert (checked["baris_data"], checked["valid"], checked["dikecualikan"]) == (len(data), 4, len(data) - 4)

    from asn_mutasi.io.readers import read_table
    from asn_mutasi.validation import left_out_for_fault, prepare_roster

    table = prepare_roster(read_table(roster, "pegawai"), instansi=_HERE)
    assert left_out_for_fault(table.frame) == data.count("tidak_valid") + data.count("nip_ganda")
    from asn_mutasi.schema import exclusion_causes

    out = table.frame[table.frame["_status"] == "dikecualikan"]
    assert sorted(exclusion_causes(out["_alasan"]).tolist()) == sorted(c for c in data if c)

    expect(run("rencana", roster, posts, "--instansi", _HERE, "-o", tmp_path / "rencana.xlsx"), 0)
    plan = stdout_json(run("rencana", roster, posts, "--instansi", _HERE, "-f", "json"))["ringkasan"]
    assert plan["pegawai_input"] == checked["baris_data"]
    assert plan["pindah"] + plan["tetap"] == checked["valid"] and plan["dikecualikan"] == checked["dikecualikan"]
    causes = ("tidak_valid", "instansi_lain", "nrp", "tidak_aktif", "tanpa_jabatan", "nip_ganda")
    assert sum(plan[f"dikecualikan_{c}"] for c in causes) == plan["dikecualikan"]
    assert (plan["dikecualikan_tidak_aktif"], plan["dikecualikan_nip_ganda"]) == (2, 1)
    assert (plan["dikecualikan_instansi_lain"], plan["dikecualikan_tidak_valid"]) == (4, 1)  # apart (review19, h35)


def test_the_cause_of_a_row_is_the_same_in_whatever_order_its_reasons_come() -> None:
    import pandas as pd

    from asn_mutasi.schema import exclusion_causes

    broken, gone, other = "NIP tidak valid: panjang 3 digit", "kedudukan hukum 'Pensiun' (bukan aktif)", "NIP ganda (x)"
    agency = "instansi 'Kota C; Timur' bukan 'Kabupaten A'"
    for reasons, cause in (
        ([broken, gone], "tidak_aktif"),
        ([broken, other], "nip_ganda"),
        ([gone, agency], "instansi_lain"),
    ):
        rows = pd.Series(["; ".join(reasons), "; ".join(reversed(reasons))])
        assert exclusion_causes(rows).tolist() == [cause, cause]
    assert exclusion_causes(pd.Series([broken, "kolom wajib 'nip' kosong"])).tolist() == ["tidak_valid"] * 2


def test_two_people_a_line_are_refused_naming_both_nip_columns(tmp_path: Path) -> None:
    """ "NIP;NAMA;NIP;NAMA", two people a line: the second person was dropped with a kolom-ganda warning alone."""
    roster = _write(
        tmp_path / "pegawai.csv",
        "NIP;NAMA;NIP;NAMA\n198003032005011003;Budi;197501012010011001;Andi\n198103032005011004;Sari;;\n",
    )
    result = expect(run("periksa", roster, _write(tmp_path / "jabatan.csv", POSTS)), 3)
    assert "dua pegawai dalam satu baris" in result.output
    assert "kolom A ('NIP') dan kolom C ('NIP')" in result.output


def test_a_nip_column_repeated_with_the_same_numbers_is_still_read(tmp_path: Path) -> None:
    """The same NIPs twice (a SIMPEG export's second "NIP"), or a second column filling the first's gaps: one
    person a line, read as before."""
    for second in ("198003032005011003", ""):
        roster = _write(
            tmp_path / "pegawai.csv",
            "NIP;NAMA;JABATAN;UNIT KERJA;NIP\n"
            f"198003032005011003;Budi;Analis Kebijakan Ahli Muda;Bagian Organisasi;{second}\n",
        )
        table = stdout_json(run("periksa", roster, "-f", "json"))["ringkasan"]["tabel"][0]
        assert (table["baris_data"], table["valid"]) == (1, 1)
