"""Real exports of the real11 hunt (h32): SIASN rw-skp22 given as the roster, posts written "<jabatan> pada <unit>",
an official listed again for the post he holds acting (see tests/fixtures/real/SOURCES.md)."""

from __future__ import annotations

from pathlib import Path

from asn_mutasi.io.readers import read_table
from asn_mutasi.validation import PreparedTable, prepare_roster

REAL = Path(__file__).resolve().parents[1] / "fixtures" / "real"


def test_a_siasn_skp22_history_rated_alike_each_year_is_named() -> None:
    """SIASN rw-skp22 (one row per year; kuadranKinerja is the predikat): everyone is rated BAIK each year, so only the
    year column tells the rows apart, and the file was read as a roster with a nip-ganda per year and no word on its
    layout. It is named once as an appraisal history."""
    table = prepare_roster(read_table(REAL / "siasn_rw_skp22.csv", "pegawai"))
    said = [f.message for f in table.findings if f.code == "pegawai-berisi-riwayat"]
    assert len(said) == 1, said
    assert said[0].startswith("3 NIP tertulis") and "(4 baris lebih;" in said[0]
    assert "Riwayat SKP SIASN" in said[0] and "--riwayat" not in said[0]


def test_a_roster_with_one_predikat_per_person_and_a_year_is_no_history(tmp_path: Path) -> None:
    """A roster with a year column (the year of its last appraisal) and one row per person names no history; a
    person written twice for the same year is a duplicate, not a history."""
    path = REAL / "siasn_rw_skp22.csv"
    lines = path.read_text(encoding="utf-8").splitlines()
    text = "\n".join([lines[0], lines[1], lines[1], lines[4], lines[6], lines[8]]) + "\n"
    copy = tmp_path / "skp22_once.csv"
    copy.write_text(text, encoding="utf-8")
    table = prepare_roster(read_table(copy, "pegawai"))
    assert "pegawai-berisi-riwayat" not in {f.code for f in table.findings}


_PLT_HEADER = "NIP,NAMA,JABATAN,UNIT KERJA,GOL"
_PLT_PEOPLE = [
    "197501012010011001,Andi Pratama,Kepala Seksi Pelayanan,Dinas Kesehatan,III/d",
    "198003032005011003,Budi Hartono,Sekretaris Dinas Kesehatan,Dinas Kesehatan,IV/b",
    "197602022011042002,Sri Wahyuni,Pengadministrasi Umum,Dinas Kesehatan,II/c",
]
_PLT_ROW = "198003032005011003,Budi Hartono,Plt. Kepala Dinas Kesehatan,Dinas Kesehatan,IV/b"


def _plt_roster(tmp_path: Path, lines: list[str], header: str = _PLT_HEADER) -> PreparedTable:
    path = tmp_path / "pegawai.csv"
    path.write_text(header + "\n" + "\n".join(lines) + "\n", encoding="utf-8")
    return prepare_roster(read_table(path, "pegawai"))


def test_an_official_listed_first_for_his_acting_post_is_counted_at_his_own(tmp_path: Path) -> None:
    """A roster lists the Sekretaris Dinas a second time, first, as "Plt. Kepala Dinas Kesehatan": the definitive row
    was dropped as a nip-ganda and the person counted in the Kepala Dinas seat he holds only acting. The acting row is
    left out (the seat stays vacant in bezetting), he is counted once at his definitive post, and the finding says so."""
    table = _plt_roster(tmp_path, [_PLT_ROW, *_PLT_PEOPLE])
    kept = table.valid.set_index("nip")["jabatan"]
    assert kept["198003032005011003"] == "Sekretaris Dinas Kesehatan"
    assert "Plt. Kepala Dinas Kesehatan" not in set(table.valid["jabatan"])
    codes = [f.code for f in table.findings]
    assert "nip-ganda" not in codes and codes.count("nip-ganda-plt") == 1
    said = next(f for f in table.findings if f.code == "nip-ganda-plt")
    assert said.location.row == 2 and said.severity.value == "info"
    assert "jabatan 'Kepala Dinas Kesehatan' hanya dipegangnya sebagai pelaksana tugas" in said.message
    assert "tetap lowong dalam bezetting" in said.message
    assert "dihitung sekali, pada jabatan definitifnya 'Sekretaris Dinas Kesehatan' (baris 4)" in said.message


def test_an_acting_post_said_in_a_status_column_listed_after(tmp_path: Path) -> None:
    """The same with Plt in a STATUS JABATAN column, the acting row after the definitive one."""
    lines = [f"{p},Definitif" for p in _PLT_PEOPLE]
    lines.append("198003032005011003,Budi Hartono,Kepala Dinas Kesehatan,Dinas Kesehatan,IV/b,Plt")
    table = _plt_roster(tmp_path, lines, _PLT_HEADER + ",STATUS JABATAN")
    assert table.valid.set_index("nip")["jabatan"]["198003032005011003"] == "Sekretaris Dinas Kesehatan"
    said = [f for f in table.findings if f.code == "nip-ganda-plt"]
    assert len(said) == 1 and said[0].location.row == 5 and "nip-ganda" not in {f.code for f in table.findings}


def test_a_person_written_twice_for_two_definitive_posts_stays_a_nip_ganda(tmp_path: Path) -> None:
    """Negative: two definitive posts (or two acting ones) under one NIP are no acting repeat."""
    twice = "198003032005011003,Budi Hartono,Kepala Bidang Pelayanan,Dinas Kesehatan,IV/b"
    codes = [f.code for f in _plt_roster(tmp_path, [*_PLT_PEOPLE, twice]).findings]
    assert codes.count("nip-ganda") == 1 and "nip-ganda-plt" not in codes
