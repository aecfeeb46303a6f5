"""One file's proven order of day and month settles its other date columns (real5, h31).

Every TMT pangkat or jabatan falls on the 1st of a month, so a column of "01/04/2022" never proves its own order,
and each row was named ``tanggal-ambigu`` although the same file's Tanggal Lahir ("25/12/1975") proves day-first
(domain.md §8: prefer day-first for Indonesian sources, flag what stays ambiguous)."""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from asn_mutasi.io.readers import read_table
from asn_mutasi.validation import prepare_roster

TODAY = date(2026, 11, 1)


def _read(path: Path) -> object:
    return prepare_roster(read_table(path, "pegawai"), today=TODAY)


def _ambiguous(prepared: object) -> list[tuple[str, int | None]]:
    return [(f.code, f.location.row) for f in prepared.findings if f.code.startswith("tanggal-ambigu")]  # type: ignore[attr-defined]


def test_the_birth_date_column_settles_the_tmt_column(tmp_path: Path) -> None:
    roster = tmp_path / "pegawai.csv"
    roster.write_text(
        "NIP,Nama,TMT Jabatan,Tanggal Lahir,Jabatan,Unit Kerja\n"
        "197501012010011001,Andi,01/04/2022,25/12/1975,Analis,Umum\n"
        "197602022011042002,Sri,01/10/2021,13/02/1976,Analis,Umum\n"
        "197703032012071003,Budi,01/10/2021,03/03/1977,Analis,Umum\n"
    )
    prepared = _read(roster)
    assert _ambiguous(prepared) == [("tanggal-ambigu-berkas", 2)]
    said = next(f for f in prepared.findings if f.code == "tanggal-ambigu-berkas")  # type: ignore[attr-defined]
    assert said.message.startswith("3 tanggal di kolom ini ambigu")
    assert "kolom 'Tanggal Lahir' di berkas yang sama" in said.message and "'25/12/1975' di baris 2" in said.message
    frame = prepared.frame  # type: ignore[attr-defined]
    assert [d.date() for d in frame["tmt_jabatan"]] == [date(2022, 4, 1), date(2021, 10, 1), date(2021, 10, 1)]
    # the birth column's own ambiguous 03/03/1977 is no doubt (day = month); its own proof needs no other column
    assert [d.date() for d in frame["tanggal_lahir"]] == [date(1975, 12, 25), date(1976, 2, 13), date(1977, 3, 3)]


def test_an_unread_date_column_of_the_file_proves_the_order_too(tmp_path: Path) -> None:
    """SIASN's TANGGAL SK CPNS is read by no rule, yet its "15/02/2010" proves how the export writes dates."""
    roster = tmp_path / "pegawai.csv"
    roster.write_text(
        "NIP BARU,NAMA,TANGGAL SK CPNS,TMT JABATAN,TANGGAL LAHIR,JABATAN NAMA,UNOR NAMA\n"
        "197501012010011001,Andi,15/02/2010,01/04/2022,1975-01-01,Analis,Umum\n"
        "197602022011042002,Sri,,01/10/2021,1976-02-02,Analis,Umum\n"
    )
    prepared = _read(roster)
    assert _ambiguous(prepared) == [("tanggal-ambigu-berkas", 2)]
    said = next(f for f in prepared.findings if f.code == "tanggal-ambigu-berkas")  # type: ignore[attr-defined]
    assert "kolom 'TANGGAL SK CPNS'" in said.message and "'15/02/2010' di baris 2" in said.message


def test_columns_that_prove_opposite_orders_leave_each_ambiguous_date_named(tmp_path: Path) -> None:
    """One column day-first (25/12/1975), another month-first (02/15/2010: a US-locale Excel passed over it): the
    file cannot tell how its TMT were written, so each one stays named."""
    roster = tmp_path / "pegawai.csv"
    roster.write_text(
        "NIP,Nama,Tanggal SK,TMT Jabatan,Tanggal Lahir,Jabatan,Unit Kerja\n"
        "197501012010011001,Andi,02/15/2010,01/04/2022,25/12/1975,Analis,Umum\n"
        "197602022011042002,Sri,,01/10/2021,,Analis,Umum\n"
    )
    assert _ambiguous(_read(roster)) == [("tanggal-ambigu", 2), ("tanggal-ambigu", 3)]
    # a dash date ("25-12-1975") is no "/" date, whose order an export could have swapped: no proof either
    dashed = tmp_path / "dashed.csv"
    dashed.write_text(roster.read_text().replace("25/12/1975", "25-12-1975").replace("02/15/2010", ""))
    assert _ambiguous(_read(dashed)) == [("tanggal-ambigu", 2), ("tanggal-ambigu", 3)]


_DAYS = st.dates(min_value=date(1960, 1, 1), max_value=date(2025, 12, 31))
_BORN = st.dates(min_value=date(1960, 1, 1), max_value=date(2000, 12, 31))  # a serving ASN's (no implausible birth)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rows=st.lists(st.tuples(_DAYS, _BORN, _DAYS), min_size=1, max_size=8))
def test_day_first_dates_with_one_day_above_12_in_any_column_are_all_read_right(
    rows: list[tuple[date, date, date]],
) -> None:
    """A file of d/m/Y dates in which any column holds a day above 12 reads every date as written, none in doubt."""
    if not any(d.day > 12 for row in rows for d in row):
        rows = [*rows, (date(2020, 1, 1), date(1980, 1, 1), date(2010, 3, 25))]  # the proof in the unread column
    lines = ["NIP,Nama,TMT Jabatan,Tanggal Lahir,TMT CPNS,Jabatan,Unit Kerja"]
    for k, (tmt, born, cpns) in enumerate(rows):
        nip = f"{born:%Y%m%d}{born.year + 25}01{1 + k % 2}{k + 1:03d}"  # the NIP's birth date is the column's
        cells = (d.strftime("%d/%m/%Y") for d in (tmt, born, cpns))
        lines.append(f"{nip},Orang {k},{','.join(cells)},Analis,Umum")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "pegawai.csv"
        path.write_text("\n".join(lines) + "\n")
        prepared = _read(path)
    frame = prepared.frame  # type: ignore[attr-defined]
    assert list(frame["tmt_jabatan"]) == [pd.Timestamp(tmt) for tmt, _, _ in rows]
    assert list(frame["tanggal_lahir"]) == [pd.Timestamp(born) for _, born, _ in rows]
    assert not [code for code, _ in _ambiguous(prepared) if code == "tanggal-ambigu"]


def test_a_month_first_export_is_read_month_first_and_said_once_per_column(tmp_path: Path) -> None:
    """A US-locale export's "12/31/1975" was unreadable and its "04/01/2022" read 4 Januari, cell by cell. A column
    whose "/" dates prove month-first and none day-first is read month-first, as is a column proving nothing beside
    it; one finding each names the proof (hostile6, h32)."""
    roster = tmp_path / "pegawai.csv"
    roster.write_text(
        "NIP,Nama,TMT Jabatan,Tanggal Lahir,Jabatan,Unit Kerja\n"
        "197512312010011001,Andi,04/01/2022,12/31/1975,Analis,Umum\n"
        "197602132011042002,Sri,10/01/2021,02/13/1976,Analis,Umum\n"
        "197703032012071003,Budi,10/01/2021,03/03/1977,Analis,Umum\n"
    )
    prepared = _read(roster)
    frame = prepared.frame  # type: ignore[attr-defined]
    assert [d.date() for d in frame["tanggal_lahir"]] == [date(1975, 12, 31), date(1976, 2, 13), date(1977, 3, 3)]
    assert [d.date() for d in frame["tmt_jabatan"]] == [date(2022, 4, 1), date(2021, 10, 1), date(2021, 10, 1)]
    said = [f for f in prepared.findings if f.code.startswith("tanggal-")]  # type: ignore[attr-defined]
    assert [(f.code, f.location.row, f.location.column) for f in said] == [
        ("tanggal-bulan-hari", 2, "C"),
        ("tanggal-bulan-hari", 2, "D"),
    ]
    assert said[0].message.startswith("3 tanggal di kolom ini dibaca bulan-hari-tahun")
    assert (
        "kolom 'Tanggal Lahir' di berkas yang sama" in said[0].message and "'12/31/1975' di baris 2" in said[0].message
    )
    assert said[1].message.startswith("2 tanggal") and "dibaca 31 Desember 1975" in said[1].message


def test_a_column_proving_both_orders_is_never_flipped(tmp_path: Path) -> None:
    """One "25/12/1975" beside one "12/31/1976": the column cannot tell; no cell is read month-first (hostile6)."""
    roster = tmp_path / "pegawai.csv"
    roster.write_text(
        "NIP,Nama,Tanggal Lahir,Jabatan,Unit Kerja\n"
        "197512252010011001,Andi,25/12/1975,Analis,Umum\n"
        "197612312011042002,Sri,12/31/1976,Analis,Umum\n"
    )
    prepared = _read(roster)
    codes = [(f.code, f.location.row) for f in prepared.findings if f.code.startswith("tanggal-")]  # type: ignore[attr-defined]
    assert codes == [("tanggal-tidak-terbaca", 3)]
    assert prepared.frame["tanggal_lahir"].iloc[0].date() == date(1975, 12, 25)  # type: ignore[attr-defined]


def _month_first_file(tmp_path: Path, *, second_proof: bool) -> object:
    """Three rows: one (or two) birth dates that can only be month-first, a TMT column proving day-first."""
    other = "02/14/1991" if second_proof else "03/04/1991"
    roster = tmp_path / "pegawai.csv"
    roster.write_text(
        "NIP,Nama,TMT Jabatan,Tanggal Lahir,Jabatan,Unit Kerja\n"
        "199002132015031001,Andi,25/01/2015,02/13/1990,Analis,Umum\n"
        "199103042016042002,Sri,01/02/2016," + other + ",Analis,Umum\n"
        "199205062017071003,Budi,01/03/2017,05/06/1992,Analis,Umum\n"
    )
    return _read(roster)


def test_one_month_first_cell_beside_a_day_first_column_does_not_flip_the_column(tmp_path: Path) -> None:
    """One "02/13/1990" flipped every ambiguous birth date of a small file although its TMT column proves day-first:
    the proof is not consistent, so the column is left ambiguous and each such cell named (hostile9, h32)."""
    prepared = _month_first_file(tmp_path, second_proof=False)
    codes = [(f.code, f.location.row) for f in prepared.findings if f.code.startswith("tanggal-")]  # type: ignore[attr-defined]
    assert ("tanggal-tidak-terbaca", 2) in codes and ("tanggal-ambigu", 3) in codes and ("tanggal-ambigu", 4) in codes
    assert not [c for c, _ in codes if c == "tanggal-bulan-hari"]
    born = prepared.frame["tanggal_lahir"].tolist()  # type: ignore[attr-defined]
    assert born[1].date() == date(1991, 4, 3) and born[2].date() == date(1992, 6, 5)  # day-first, each named


def test_two_month_first_cells_flip_the_column_despite_a_day_first_column(tmp_path: Path) -> None:
    """Two cells proving month-first are a consistent proof: the column is read month-first, said once."""
    prepared = _month_first_file(tmp_path, second_proof=True)
    said = prepared.findings  # type: ignore[attr-defined]
    assert [(f.code, f.location.row) for f in said if f.code.startswith("tanggal-") and f.location.column == "D"] == [
        ("tanggal-bulan-hari", 2)
    ]
    born = [d.date() for d in prepared.frame["tanggal_lahir"]]  # type: ignore[attr-defined]
    assert born == [date(1990, 2, 13), date(1991, 2, 14), date(1992, 5, 6)]


def test_one_month_first_cell_alone_in_the_file_still_flips_the_column(tmp_path: Path) -> None:
    """One proving cell and no day-first-only cell anywhere in the file: consistent, read month-first."""
    roster = tmp_path / "pegawai.csv"
    roster.write_text(
        "NIP,Nama,TMT Jabatan,Tanggal Lahir,Jabatan,Unit Kerja\n"
        "199002132015031001,Andi,01/01/2015,02/13/1990,Analis,Umum\n"
        "199103042016042002,Sri,01/02/2016,03/04/1991,Analis,Umum\n"
    )
    prepared = _read(roster)
    born = [d.date() for d in prepared.frame["tanggal_lahir"]]  # type: ignore[attr-defined]
    assert born == [date(1990, 2, 13), date(1991, 3, 4)]


def _twice_listed_file(tmp_path: Path, second: str) -> object:
    """One person listed twice with the birth date ``"02/13/1990"`` (month-first only), another row's birth date
    ``second``, a TMT column proving day-first."""
    roster = tmp_path / "pegawai.csv"
    roster.write_text(
        "NIP,Nama,TMT Jabatan,Tanggal Lahir,Jabatan,Unit Kerja\n"
        "199002132015031001,Andi,25/01/2015,02/13/1990,Analis,Umum\n"
        "199002132015031001,Andi,25/01/2015,02/13/1990,Analis,Umum\n"
        "199205062017071003,Budi,01/03/2017," + second + ",Analis,Umum\n"
    )
    return _read(roster)


def test_one_person_listed_twice_is_one_month_first_proof(tmp_path: Path) -> None:
    """The same "02/13/1990" on two rows (one person listed twice) counted as two proving cells and flipped the birth
    dates of a file whose TMT column proves day-first: distinct values count, so the column stays day-first, its
    ambiguous cell named (hostile10, h32)."""
    prepared = _twice_listed_file(tmp_path, "05/06/1992")
    said = prepared.findings  # type: ignore[attr-defined]
    assert not [f for f in said if f.code == "tanggal-bulan-hari"]
    assert ("tanggal-ambigu", 4) in [(f.code, f.location.row) for f in said]
    assert prepared.frame["tanggal_lahir"].iloc[2].date() == date(1992, 6, 5)  # type: ignore[attr-defined]


def test_two_distinct_month_first_values_still_flip_the_column(tmp_path: Path) -> None:
    """A second, different month-first value beside the repeated one: two distinct proofs, read month-first."""
    prepared = _twice_listed_file(tmp_path, "05/16/1992")
    said = prepared.findings  # type: ignore[attr-defined]
    assert [f.location.row for f in said if f.code == "tanggal-bulan-hari"] == [2]
    assert prepared.frame["tanggal_lahir"].iloc[2].date() == date(1992, 5, 16)  # type: ignore[attr-defined]


def test_one_date_written_two_ways_is_one_month_first_proof(tmp_path: Path) -> None:
    """The same birth date written "02/13/1990" and " 02/13/1990 " (or "2/13/1990") on a person listed twice were
    two distinct cells, so two proofs, and flipped every birth date of a file whose TMT column proves day-first:
    distinct dates count (hostile11, h33)."""
    for again in (" 02/13/1990 ", "2/13/1990"):
        roster = tmp_path / "pegawai.csv"
        roster.write_text(
            "NIP,Nama,TMT Jabatan,Tanggal Lahir,Jabatan,Unit Kerja\n"
            "199002132015031001,Andi,25/01/2015,02/13/1990,Analis,Umum\n"
            f'199002132015031001,Andi,25/01/2015,"{again}",Analis,Umum\n'
            "199205062017071003,Budi,01/03/2017,05/06/1992,Analis,Umum\n"
        )
        prepared = _read(roster)
        said = prepared.findings  # type: ignore[attr-defined]
        assert not [f for f in said if f.code == "tanggal-bulan-hari"], again
        assert ("tanggal-ambigu", 4) in [(f.code, f.location.row) for f in said]
        assert prepared.frame["tanggal_lahir"].iloc[2].date() == date(1992, 6, 5)  # type: ignore[attr-defined]
