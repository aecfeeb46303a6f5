"""Small education misreads (spell26, h36): a master's title without its dot after a dotted title, titles before a
unit, a programme abbreviation alone, and "MAN." before a programme word."""

from __future__ import annotations

import pytest

from asn_mutasi.domain.gelar import bare_name, parse_titles
from asn_mutasi.domain.pendidikan import parse_education, roster_education, titles_then_programme


@pytest.mark.parametrize(
    ("cell", "programme"),
    [("S.H. MKn", "KENOTARIATAN"), ("S.E. MAk", "AKUNTANSI"), ("S.Pd. MHum", "")],
)
def test_undotted_master_after_dotted_title_reads_s2(cell: str, programme: str) -> None:
    # "S.H. MKn" read S-1 with no programme: the token was one title, its MKn lost; "S.H., M.Kn." read S-2
    parsed = parse_education(cell, None)
    assert (parsed.level, parsed.programme) == ("S-2", programme)
    dotted = parse_education(cell.replace(". M", "., M.").replace("MAk", "Ak").replace("MKn", "Kn"), None)
    assert (dotted.level, dotted.programme) == (parsed.level, parsed.programme)  # as "S.H., M.Kn." reads
    assert roster_education(cell, None) == ("S-2", programme or None)
    assert roster_education("S1", cell)[0] == "S-2"
    assert parse_titles(f"Budi Santoso, {cell}").level == "S-2"


@pytest.mark.parametrize("nama", ["Budi Santoso, S.Pd. MTs", "Budi Santoso, S.Pd. MAN"])
def test_madrasah_after_title_is_no_master(nama: str) -> None:
    assert parse_titles(nama).level == "S-1"


@pytest.mark.parametrize(
    "nama", ["Budi Santoso, S.H. MKn", "Dra. Hj. Siti Aminah, S.E. MAk", "Mkn Mak, S.H.", "Budi MKn"]
)
def test_names_unchanged(nama: str) -> None:
    assert (
        bare_name(nama)
        == {
            "Budi Santoso, S.H. MKn": "Budi Santoso",
            "Dra. Hj. Siti Aminah, S.E. MAk": "Siti Aminah",
            "Mkn Mak, S.H.": "Mkn Mak",
            "Budi MKn": "Budi MKn",
        }[nama]
    )


@pytest.mark.parametrize(
    "cell", ["S.E. Kab. Bandung", "S.E Sekretariat Daerah", "S.T Bidang Bina Marga", "S.T. Bagian Umum"]
)
def test_unit_after_dotted_titles_keeps_the_titles_level(cell: str) -> None:
    # the unit is no programme (review22), but the title's S-1 was lost with it: the row read no level at all
    assert titles_then_programme(cell) == ("S-1", "")
    assert roster_education(cell, None) == ("S-1", None)
    assert roster_education(None, cell) == ("S-1", None)
    parsed = parse_education(cell, None)
    assert (parsed.level, parsed.programme) == ("S-1", "")
    assert parse_education(cell, None, "Budi Santoso, S.E.").level == "S-1"


@pytest.mark.parametrize("cell", ["Drs. Ahmad Yani", "SE Kab Bandung"])
def test_name_or_undotted_title_before_a_unit_reads_no_level(cell: str) -> None:
    assert parse_education(cell, None).level is None


def test_pai_alone_is_the_programme() -> None:
    # "PAI" alone read no programme, where "PGSD" alone read PGSD: SSCASN 2024 writes "S-1 PAI" beside its full name
    parsed = parse_education("PAI", None)
    assert (parsed.level, parsed.programme) == (None, "PAI")
    assert roster_education("PAI", None) == (None, "PAI")


@pytest.mark.parametrize(("cell", "jurusan"), [("MAN. INFORMATIKA", None), (None, "MAN. INFORMATIKA")])
def test_dotted_man_before_a_programme_is_manajemen(cell: str | None, jurusan: str | None) -> None:
    # read SLTA, the madrasah MAN; real rosters write it beside S-1 and D-III (bench/data), so no level is guessed
    parsed = parse_education(cell, jurusan)
    assert (parsed.level, parsed.programme, parsed.jalur) == (None, "MANAJEMEN INFORMATIKA", None)
    assert roster_education(cell, jurusan) == (None, "MANAJEMEN INFORMATIKA")
    assert parse_education("D-III", "MAN. INFORMATIKA").level == "D-III"


@pytest.mark.parametrize("cell", ["MAN INFORMATIKA", "MAN. IPA", "MAN. 2 BIMA", "MAN."])
def test_madrasah_man_stays_slta(cell: str) -> None:
    assert parse_education(cell, None).level == "SMA"
    assert roster_education(cell, None)[0] == "SMA"


@pytest.mark.parametrize(
    ("cell", "programme"), [("S.Pd. Kimia", "Kimia"), ("S.H. Hukum", "Hukum"), ("S.Pd. PAI", "PAI")]
)
def test_short_programme_after_a_dotted_title_is_read(cell: str, programme: str) -> None:
    # five letters or fewer after the title fitted the titles-only pattern: one title "S.Pd. Kimia", no programme
    parsed = parse_education(cell, None)
    assert (parsed.level, parsed.programme) == ("S-1", programme)
    assert roster_education(cell, None) == ("S-1", programme)
    assert roster_education("S1", cell) == ("S-1", programme)


@pytest.mark.parametrize(("cell", "level"), [("A.Md. Kep", "D-III"), ("S.Sos. MM", "S-2"), ("S.Pd. MTs", "S-1")])
def test_titles_only_cells_still_read_as_titles(cell: str, level: str) -> None:
    assert parse_education(cell, None).level == level
