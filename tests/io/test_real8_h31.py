"""Real exports of the real8 hunt (h31): history rows, Dapodik posts, request verdicts (see tests/fixtures/real/SOURCES.md)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from asn_mutasi.io.readers import read_table
from asn_mutasi.validation import prepare_positions, prepare_roster

REAL = Path(__file__).resolve().parents[1] / "fixtures" / "real"


def test_an_unknown_request_verdict_counts_and_is_said(make_workbook: Callable[..., Path]) -> None:
    """A STATUS the tool does not know ("SELESAI VERVAL", another app's workflow word) was counted as a need without
    a word: it still counts (nothing says it was refused), and is said once with its rows and words. "DIKEMBALIKAN"
    (sent back to the instansi to be corrected) is an open request: it counts and is no unknown word."""
    verdicts = ["DISETUJUI", "DIKEMBALIKAN", "SELESAI VERVAL", "DITOLAK", "REVISI", "SELESAI VERVAL", "-", None]
    rows: list[list[object]] = [["NAMA JABATAN", "UNIT KERJA", "ALOKASI", "STATUS"]]
    rows += [[f"Analis Kebijakan {i}", "Bagian Umum", i + 1, v] for i, v in enumerate(verdicts)]
    raw = read_table(make_workbook("usulan.xlsx", {"Usulan": rows}), "jabatan")
    assert raw.columns["status_usulan"].header == "STATUS"
    table = prepare_positions(raw)
    left = table.frame.loc[table.frame["_status"] == "dikecualikan", "_baris"]
    assert list(left) == [5]
    assert int(table.valid["kebutuhan"].sum()) == sum(range(1, 9)) - 4
    said = [f for f in table.findings if f.code == "status-usulan-tidak-dikenal"]
    assert len(said) == 1, [f.message for f in table.findings]
    assert said[0].location.row == 4 and said[0].location.header == "STATUS"
    assert said[0].message.startswith("2 baris usulan") and "'SELESAI VERVAL'" in said[0].message
    assert "baris 4, 7" in said[0].message and "DIKEMBALIKAN" not in said[0].message


def test_a_status_an_export_left_null_is_no_unknown_verdict(make_workbook: Callable[..., Path]) -> None:
    """An SQL or JSON export writes "NULL" ("None" from Python) for a request not yet verified: a cell that says
    nothing, as a blank or a dash is, and no verdict word to name (review7, h31)."""
    verdicts = ["DISETUJUI", "NULL", "None", "null", "DITOLAK", "MENUNGGU"]
    rows: list[list[object]] = [["NAMA JABATAN", "UNIT KERJA", "ALOKASI", "STATUS USULAN"]]
    rows += [[f"Analis Kebijakan {i}", "Bagian Umum", i + 1, v] for i, v in enumerate(verdicts)]
    raw = read_table(make_workbook("usulan.xlsx", {"Usulan": rows}), "jabatan")
    assert raw.columns["status_usulan"].header == "STATUS USULAN"
    table = prepare_positions(raw)
    assert int(table.valid["kebutuhan"].sum()) == sum(range(1, 7)) - 5  # (the refused row left out, the rest count)
    assert not [f.message for f in table.findings if f.code == "status-usulan-tidak-dikenal"]


def test_a_real_usulan_list_has_no_unknown_verdict() -> None:
    """Negative: rumahASN's list (DISETUJUI, MENUNGGU, PERBAIKAN, DITOLAK) holds only known verdicts."""
    table = prepare_positions(read_table(REAL / "usulan_formasi_jatim.xlsx", "jabatan"))
    assert not [f for f in table.findings if f.code == "status-usulan-tidak-dikenal"]


def _history_findings(tmp_path: Path, text: str) -> list[tuple[str, int | None, str | None, str]]:
    from asn_mutasi.api.inputs import ReadOptions, _read_history

    path = tmp_path / "riwayat.csv"
    path.write_text(text, encoding="utf-8")
    _, findings = _read_history(path, ReadOptions())
    return [(f.code, f.location.row, f.location.value, f.message) for f in findings if f.code.startswith("tanggal-")]


def test_ambiguous_history_dates_are_said_one_by_one_when_nothing_proves_the_order(tmp_path: Path) -> None:
    """A history's "01/06/2015" (1 June or 6 January) was read day-first without a word; the roster names it. Nothing
    in this file proves the order: each ambiguous TMT is named with how it was read."""
    got = _history_findings(
        tmp_path,
        "NIP,JABATAN,TMT MULAI,TMT SELESAI\n"
        "197908302008011001,Pengolah Data,01/06/2015,01/02/2019\n"
        "197908302008011001,Analis Kebijakan,01/02/2019,\n",
    )
    assert [(c, r, v) for c, r, v, _ in got] == [
        ("tanggal-ambigu", 2, "01/06/2015"),
        ("tanggal-ambigu", 3, "01/02/2019"),
        ("tanggal-ambigu", 2, "01/02/2019"),
    ]
    assert "dibaca sebagai 1 Juni 2015" in got[0][3]


def test_ambiguous_history_dates_take_the_order_the_file_proves(tmp_path: Path) -> None:
    """The roster's rule: a column whose own "/" dates prove day-first (25/05/2015) reads its ambiguous ones day-first
    and says so once; a column that proves nothing takes the order of the file's other date columns (TMT MULAI)."""
    got = _history_findings(
        tmp_path,
        "NIP,JABATAN,TMT MULAI,TMT SELESAI,TANGGAL SK\n"
        "197908302008011001,Pengolah Data,25/05/2010,01/06/2015,20/04/2010\n"
        "197908302008011001,Analis Kebijakan,01/06/2015,01/02/2019,28/05/2015\n"
        "197908302008011001,Analis Kebijakan Ahli Muda,01/02/2019,,14/01/2019\n",
    )
    assert [(c, r, v) for c, r, v, _ in got] == [
        ("tanggal-ambigu-kolom", 3, "01/06/2015"),
        ("tanggal-ambigu-berkas", 2, "01/06/2015"),
    ]
    assert got[0][3].startswith("2 tanggal di kolom ini ambigu") and "'25/05/2010' di baris 2" in got[0][3]
    assert "kolom 'TMT MULAI'" in got[1][3] and "'25/05/2010' di baris 2" in got[1][3]


def test_a_history_column_borrows_the_order_of_another_date_column(tmp_path: Path) -> None:
    """Every TMT on the 1st of a month proves nothing; the file's TANGGAL SK (20/04/2010) proves day-first."""
    got = _history_findings(
        tmp_path,
        "NIP,JABATAN,TMT MULAI,TANGGAL SK\n"
        "197908302008011001,Pengolah Data,01/05/2010,20/04/2010\n"
        "197908302008011001,Analis Kebijakan,01/06/2015,28/05/2015\n",
    )
    assert [(c, r, v) for c, r, v, _ in got] == [("tanggal-ambigu-berkas", 2, "01/05/2010")]
    assert (
        got[0][3].startswith("2 tanggal")
        and "kolom 'TANGGAL SK'" in got[0][3]
        and "'20/04/2010' di baris 2" in got[0][3]
    )


def test_opposite_orders_in_a_history_file_leave_each_ambiguous_date_named(tmp_path: Path) -> None:
    """Negative: TMT MULAI proves day-first (25/05/2010) but TANGGAL SK month-first (05/20/2010): the file cannot tell,
    TMT SELESAI borrows nothing and its ambiguous date stays named on its own."""
    got = _history_findings(
        tmp_path,
        "NIP,JABATAN,TMT MULAI,TMT SELESAI,TANGGAL SK\n"
        "197908302008011001,Pengolah Data,25/05/2010,01/06/2015,05/20/2010\n",
    )
    assert [(c, r, v) for c, r, v, _ in got] == [("tanggal-ambigu", 2, "01/06/2015")]


def test_a_month_first_history_is_read_month_first_and_said_once_per_column(tmp_path: Path) -> None:
    """The roster's month-first rule (hostile6) now reads the history too: TMT SELESAI's "12/31/2015" proves
    month-first (no longer unreadable), so TMT MULAI's "04/01/2010" is 1 April, not 4 Januari; said once per
    column (hostile7, h32)."""
    from datetime import date

    from asn_mutasi.api.inputs import ReadOptions, _read_history

    path = tmp_path / "riwayat.csv"
    path.write_text(
        "NIP,JABATAN,TMT MULAI,TMT SELESAI,TANGGAL SK\n"
        "197908302008011001,Pengolah Data,04/01/2010,12/31/2015,03/20/2010\n"
        "197908302008011001,Analis Kebijakan,01/01/2016,02/01/2019,12/28/2015\n"
        "197908302008011001,Analis Kebijakan Ahli Muda,02/01/2019,,01/14/2019\n",
        encoding="utf-8",
    )
    frame, findings = _read_history(path, ReadOptions())
    assert frame["tmt_mulai"].tolist() == [date(2010, 4, 1), date(2016, 1, 1), date(2019, 2, 1)]
    assert frame["tmt_selesai"].tolist()[:2] == [date(2015, 12, 31), date(2019, 2, 1)]
    said = [(f.code, f.location.row, f.location.column) for f in findings if f.code.startswith("tanggal-")]
    assert said == [("tanggal-bulan-hari", 2, "C"), ("tanggal-bulan-hari", 2, "D")]
    first, second = (f.message for f in findings if f.code == "tanggal-bulan-hari")
    assert first.startswith("2 tanggal") and "kolom 'TMT SELESAI' di berkas yang sama" in first
    assert "dibaca 1 April 2010" in first and "'12/31/2015' di baris 2" in first
    assert second.startswith("2 tanggal") and "kolom ini berisi" in second and "'12/31/2015' di baris 2" in second


def test_a_printed_history_s_page_headers_and_subtotals_are_no_stints(tmp_path: Path) -> None:
    """A position history printed as the roster is (its header again on each page, JUMLAH / Sub Total rows) read each
    as a stint: "JABATAN" in "UNIT KERJA" counted a year, two unreadable TMTs per page header. They are skipped and
    counted as the roster's are (hostile7, h32)."""
    from asn_mutasi.api.inputs import ReadOptions, _read_history

    header = "NIP,JABATAN,UNIT KERJA,TMT MULAI,TMT SELESAI"
    stints = [f"19790830200801100{k},Analis Kebijakan,Bagian Umum,01-0{k}-2015," for k in range(1, 7)]
    lines = [header, *stints[:3], "JUMLAH,,,,", ",Sub Total,,,", header, *stints[3:]]
    path = tmp_path / "riwayat.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    frame, findings = _read_history(path, ReadOptions())
    assert frame["nip"].tolist() == [s.split(",")[0] for s in stints]
    codes = [(f.code, f.location.row) for f in findings]
    assert codes == [("baris-ringkasan-dilewati", 5), ("baris-ringkasan-dilewati", 6), ("baris-judul-berulang", 7)]


def test_a_siasn_job_history_given_as_the_roster_is_named_once() -> None:
    """SIASN rw-jabatan (kanekescom's table: NIP, Nama, then BKN's rw-jabatan fields) given as the roster: five
    nip-ganda and each NIP's first row (its oldest post) read as the post held now, without a word on the layout."""
    table = prepare_roster(read_table(REAL / "siasn_rw_jabatan.csv", "pegawai"))
    said = [f for f in table.findings if f.code == "pegawai-berisi-riwayat"]
    assert len(said) == 1 and said[0].severity == "galat"
    assert said[0].location.row == 2 and said[0].location.header == "NIP"
    assert said[0].message.startswith("3 NIP tertulis di beberapa baris") and "(5 baris lebih;" in said[0].message
    assert "di baris 2, 3, 4" in said[0].message and "--riwayat" in said[0].message


def test_a_golongan_history_given_as_the_roster_is_named(tmp_path: Path) -> None:
    """SIASN rw-golongan (kanekescom's table: NIP, Nama, golongan, jenisKPNama, tmtGolongan): no post, the golongan
    and its TMT change from row to row."""
    path = tmp_path / "rw_golongan.csv"
    path.write_text(
        "NIP,Nama,golongan,jenisKPNama,tmtGolongan\n"
        "197908302008011001,Andi Pratama,III/a,Reguler,01-01-2008\n"
        "197908302008011001,Andi Pratama,III/b,Reguler,01-04-2012\n"
        "198002142009012002,Sri Wahyuni,III/a,Reguler,01-01-2009\n"
        "198002142009012002,Sri Wahyuni,III/b,Reguler,01-04-2013\n"
        "198002142009012002,Sri Wahyuni,III/c,Reguler,01-04-2017\n",
        encoding="utf-8",
    )
    table = prepare_roster(read_table(path, "pegawai"))
    said = [f.message for f in table.findings if f.code == "pegawai-berisi-riwayat"]
    assert len(said) == 1 and said[0].startswith("2 NIP") and "(3 baris lebih;" in said[0]


def test_a_roster_with_a_few_twice_written_rows_is_no_history(tmp_path: Path) -> None:
    """Negative: one person written twice with the same entries, two people under one NIP, and one NIP written twice
    with another post among ten people: nip-ganda as before, no history layout."""
    nips = [f"19{70 + i:02d}0{(i % 9) + 1}1{(i % 9) + 1}2008011{i + 1:03d}" for i in range(10)]
    lines = [f"{n},Pegawai {i},Pengolah Data,Bagian Umum,01-01-2015" for i, n in enumerate(nips)]
    lines += [
        f"{nips[0]},Pegawai 0,Pengolah Data,Bagian Umum,01-01-2015",  # the same entries again
        f"{nips[1]},Budi Santoso,Analis Kebijakan,Bagian Hukum,01-01-2019",  # another person under one NIP
        f"{nips[2]},Pegawai 2,Analis Kebijakan,Bagian Hukum,01-01-2019",  # one repeat with another post
    ]
    path = tmp_path / "pegawai.csv"
    path.write_text("NIP,NAMA,JABATAN,UNIT KERJA,TMT JABATAN\n" + "\n".join(lines) + "\n", encoding="utf-8")
    table = prepare_roster(read_table(path, "pegawai"))
    codes = [f.code for f in table.findings]
    assert codes.count("nip-ganda") == 3 and "pegawai-berisi-riwayat" not in codes


def test_a_history_of_many_ambiguous_dates_is_said_within_the_cap(tmp_path: Path) -> None:
    """Each ambiguous TMT of a history nothing proves the order of is named, but past 1,000 the rest are counted in one
    ``temuan-diringkas``, as the roster's findings are: 100,000 such rows were 181,822 warnings, each a row of the
    plan's Masalah Data sheet (hostile5, h31)."""
    rows = "".join(
        f"197908302008011001,Analis {k},{k % 12 + 1:02d}/{(k + 5) % 12 + 1:02d}/20{k % 20 + 1:02d}\n"
        for k in range(1500)
    )
    got = _history_findings(tmp_path, "NIP,JABATAN,TMT MULAI\n" + rows)
    assert [c for c, *_ in got].count("tanggal-ambigu") == 1000
    from asn_mutasi.api.inputs import ReadOptions, _read_history

    _, findings = _read_history(tmp_path / "riwayat.csv", ReadOptions())
    summary = [f for f in findings if f.code == "temuan-diringkas"]
    assert len(summary) == 1 and "500" in summary[0].message, [f.message for f in summary]
