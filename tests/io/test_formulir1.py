"""The national "Formulir 1 – Rekapitulasi Data Kelembagaan dan Data Kepegawaian" read as a position table: a five-row
merged header whose holders ("JUMLAH PNS KEADAAN SAMPAI DENGAN <bulan tahun>/ RIIL") and ABK need are each a block of
sub-columns per jenis/jenjang ending in "JUMLAH", a numbering row, "BUP TH. <year>" (layout of DiskominfoWsb/simpeg
``proyeksipertahun/Views/rekap_excel.blade.php``; formulir, h30)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from openpyxl.utils import get_column_letter

from asn_mutasi.io.readers import read_table

#: the block's sub-columns by their jenjang row: Es. I-V, the JF jenjang, then JFU and JUMLAH
_LEVELS = ["Es. I", "Es. II", "Es. III", "Es. IV", "Es. V", "Pemula", "Terampil", "Mahir", "Penyelia"]
_LEVELS += ["Pertama", "Muda", "Madya", "Utama"]
#: (name, sub-column of the block, holders, ABK need)
POSTS = [
    ("Kepala Dinas Pertanian", 1, 1, 1),
    ("Sekretaris", 2, 1, 1),
    ("Penyuluh Pertanian Ahli Pertama", 9, 2, 5),
    ("Pengadministrasi Perkantoran", 13, 6, 3),
]


def _block(rows: list[list[object]], merges: list[str], start: int) -> None:
    """One count block from column ``start`` (1-based) under its title on sheet row 5 (the caller's rows 0-4 are
    sheet rows 5-9)."""
    L = get_column_letter
    spans = [(" JABATAN PIMPINAN TINGGI", 0, 1), ("JABATAN ADMINISTRASI", 2, 4), ("JABATAN FUNGSIONAL", 5, 12)]
    for text, a, b in spans:
        rows[1][start + a - 1] = text
        merges.append(f"{L(start + a)}6:{L(start + b)}6")
    for text, at in (("JABATAN PELAKSANA (JFU)", 13), ("JUMLAH ", 14)):
        rows[1][start + at - 1] = text
        merges.append(f"{L(start + at)}6:{L(start + at)}9")
    for k, text in enumerate(["Madya", "Pratama", "Adminis-trator", "Pengawas", "Pelaksana"]):
        rows[2][start + k - 1] = text
        merges.append(f"{L(start + k)}7:{L(start + k)}8")
    for text, a in (("Terampil", 5), ("Ahli", 9)):
        rows[2][start + a - 1] = text
        merges.append(f"{L(start + a)}7:{L(start + a + 3)}8")
    for k, text in enumerate(_LEVELS):
        rows[4][start + k - 1] = text


def formulir(
    make_workbook: Callable[..., Path],
    *,
    month: str = "JANUARI 2026",
    heading: bool = True,
    notes: bool = False,
    posts: list[tuple[str, int, int, int]] = POSTS,
    bup: list[int] | None = None,
) -> Path:
    """A Formulir 1 sheet: title rows, the five-row header from row 5, the numbering row, (``heading``) the OPD's
    heading row "DINAS PERTANIAN" | "TIPE A", the posts one column deeper, a total row and (``notes``) the notes;
    ``bup``: each post's "BUP TH. 2027" (0 by default)."""
    width = 41
    head: list[list[object]] = [[None] * width for _ in range(5)]
    merges = ["A5:A9", "B5:H9", "I5:I9", "J5:J9", "K5:Y5", "Z5:AN5", "AO5:AO9"]
    head[0][:10] = ["NO", "UNIT ORGANISASI DAN NAMA JABATAN", *[None] * 6, "TIPE OPD", "KELAS JABATAN"]
    head[0][10] = f"JUMLAH PNS KEADAAN SAMPAI DENGAN {month}/ RIIL"
    head[0][25] = "JUMLAH KEBUTUHAN PNS BERDASARKAN ANALISIS BEBAN KERJA/ ABK"
    head[0][40] = "BUP TH. 2027"
    _block(head, merges, 11)
    _block(head, merges, 26)
    rows: list[list[object]] = [["FORMULIR 1"], [], ["REKAPITULASI DATA KELEMBAGAAN DAN DATA KEPEGAWAIAN TH. 2025"], []]
    rows += head
    rows.append([1, 2, *[None] * 6, *range(3, 36)])
    merges.append("B10:H10")
    rows.append([])
    if heading:
        rows.append([None, "DINAS PERTANIAN", *[None] * 6, "TIPE A"])
        merges.append(f"B{len(rows)}:H{len(rows)}")
    for i, (name, sub, riil, abk) in enumerate(posts, 1):
        if sub < 0:  # a unit heading row (an OPD's, a sub-unit's): its name only
            rows.append([None, name])
            merges.append(f"B{len(rows)}:H{len(rows)}")
            continue
        counts = [riil if k == sub else 0 for k in range(14)] + [riil]
        counts += [abk if k == sub else 0 for k in range(14)] + [abk, bup[i - 1] if bup else 0]
        rows.append([i, None, name, *[None] * 5, "-", 8, *counts])
        merges.append(f"C{len(rows)}:H{len(rows)}")
    rows.append([None, "Jumlah Seluruhnya", *[None] * 22, sum(p[2] for p in posts if p[1] >= 0), *[None] * 14, 10])
    if notes:
        rows += [[], ["Catatan :"], ["1.", "Kolom 2 diisi nama unit organisasi dan nama jabatan"]]
        rows += [["3.", "Dinas Pendidikan (tidak termasuk tenaga Guru)"]]
    return make_workbook("formulir1.xlsx", {"Formulir 1": {"rows": rows, "merges": merges}})


@pytest.mark.parametrize("month", ["JANUARI 2026", "DESEMBER 2024", "31 MARET 2025"])
def test_a_five_row_header_takes_each_block_total(make_workbook: Callable[..., Path], month: str) -> None:
    """The header was read as two rows, no count named and the file refused as "a recap table"; the header is five
    rows deep, its dated title named by its stable words, and each block's JUMLAH is the count (its sub-columns the
    jenis/jenjang parts of it, never read as the count)."""
    raw = read_table(formulir(make_workbook, month=month, heading=False), "jabatan", unit_kerja="Dinas Pertanian")
    assert raw.source.header_rows == (5, 6, 7, 8, 9)
    assert raw.frame["nama_jabatan"].tolist() == [p[0] for p in POSTS]  # the numbering row is no post
    assert [int(v) for v in raw.frame["bezetting"]] == [p[2] for p in POSTS]
    assert [int(v) for v in raw.frame["kebutuhan"]] == [p[3] for p in POSTS]
    assert raw.columns["bezetting"].header.endswith("RIIL / JUMLAH")
    assert raw.columns["kebutuhan"].header.endswith("ABK / JUMLAH")
    assert raw.columns["nama_jabatan"].header == "UNIT ORGANISASI DAN NAMA JABATAN"
    assert raw.columns["kelas_jabatan"].header == "KELAS JABATAN"
    said = {f.location.header: f for f in raw.findings if f.code == "kolom-dikenal-tidak-dipakai"}
    assert "TIPE OPD" in said  # known, not used
    assert raw.columns["pensiun_tahun"].header == "BUP TH. 2027"  # compared with the roster (peers3, h31)
    assert not [f for f in raw.findings if f.code in ("kolom-tidak-dikenal", "kolom-ganda", "angka-tidak-valid")]


def test_a_title_dated_by_month_is_no_yearly_column(make_workbook: Callable[..., Path]) -> None:
    """Only an as-of date is read past ("SAMPAI DENGAN JANUARI 2026", "PER 31 DESEMBER 2025"): a year alone is
    still a yearly column's (two "PREDIKAT KINERJA <tahun>" columns stay the latest year's)."""
    from asn_mutasi.io.header_aliases import header_keys

    assert header_keys("BEZETTING PER 31 DESEMBER 2025")[-1] == "BEZETTING"
    assert header_keys("JUMLAH PNS KEADAAN S/D DESEMBER 2024 / RIIL")[-1] == "JUMLAH PNS RIIL"
    assert header_keys("PREDIKAT KINERJA 2024") == ("PREDIKAT KINERJA 2024",)
    assert header_keys("PREDIKAT SKP TAHUN 2025") == ("PREDIKAT SKP TAHUN 2025",)


def test_the_opd_heading_row_is_the_unit_of_the_posts_below(make_workbook: Callable[..., Path]) -> None:
    """Formulir 1 has no unit column: the OPD is a heading row in the name block ("DINAS PERTANIAN" | "TIPE A"), the
    posts below it one column deeper. The file was refused for its missing unit (or the heading read as a post):
    the roster's unit blocks are read in the name block, a heading holding no count; its notes under the total row
    ("Catatan :", "Kolom 2 diisi …", "Dinas Pendidikan (tidak termasuk tenaga Guru)") are no posts."""
    raw = read_table(formulir(make_workbook, notes=True), "jabatan")
    assert raw.frame["nama_jabatan"].tolist() == [p[0] for p in POSTS]
    assert set(raw.frame["unit_kerja"]) == {"DINAS PERTANIAN"}
    assert raw.columns["unit_kerja"].how == "judul"
    said = [f for f in raw.findings if f.code == "unit-dari-baris-judul"]
    assert len(said) == 1 and "setiap jabatan" in said[0].message and "'DINAS PERTANIAN'" in said[0].message
    assert raw.skipped.get("ringkasan") == 1 and raw.skipped.get("penutup", 0) >= 2


def test_the_real_formulir1_layout_reads_without_options() -> None:
    """The generator's own layout (XML Spreadsheet 2003 sent as .xls; posts indented a column per unit level, a
    JF post without its jenjang in the name, "Jumlah Seluruhnya" and the form's notes; tests/fixtures/real)."""
    from asn_mutasi.validation import prepare_positions

    raw = read_table(Path(__file__).parents[1] / "fixtures" / "real" / "formulir1_kelembagaan.xls", "jabatan")
    table = prepare_positions(raw)
    assert len(table.frame) == 9
    assert int(table.valid["kebutuhan"].sum()) == 13 and int(table.valid["bezetting"].sum()) == 11
    assert set(raw.frame["unit_kerja"]) == {"BADAN KEPEGAWAIAN, PENDIDIKAN DAN PELATIHAN DAERAH"}
    severe = [f.code for f in raw.findings + table.findings if f.severity in ("error", "warning")]
    assert set(severe) <= {"jabatan-tanpa-syarat-pendidikan"}


def test_the_sub_column_a_post_is_counted_in_gives_its_jenis_and_a_missing_jenjang(
    make_workbook: Callable[..., Path],
) -> None:
    """Each post is counted in one sub-column of its block (JPT Pratama "Es. II", JF "Ahli / Muda", JFU): that is its
    jenis, and a JF post whose name leaves the jenjang out is read with it ("Analis Kebijakan" under Ahli / Muda was
    a JF of no jenjang: its requirements and BUP those of none). A vacant post is placed by its ABK column."""
    posts = [
        ("Kepala Dinas Pertanian", 1, 1, 1),
        ("Analis Kebijakan", 10, 2, 3),
        ("Pranata Komputer", 6, 0, 1),  # nobody holds it: the ABK block says Terampil / Terampil
        ("Pengadministrasi Perkantoran", 13, 4, 3),
    ]
    raw = read_table(formulir(make_workbook, posts=posts), "jabatan")
    got = dict(zip(raw.frame["nama_jabatan"], raw.frame["jenis_jabatan"], strict=True))
    assert got == {
        "Kepala Dinas Pertanian": "JPT Pratama",
        "Analis Kebijakan Ahli Muda": "Fungsional",
        "Pranata Komputer Terampil": "Fungsional",
        "Pengadministrasi Perkantoran": "Pelaksana",
    }
    said = [f for f in raw.findings if f.code == "jenjang-dari-subkolom"]
    assert len(said) == 1 and "2 jabatan" in said[0].message
    assert not [f for f in raw.findings if f.code == "jenis-beda-subkolom"]


def test_a_name_that_says_another_jenis_or_jenjang_is_named(make_workbook: Callable[..., Path]) -> None:
    """The name and the sub-column disagree: the row is named (one warning each), the jenjang kept from the name."""
    posts = [("Kepala Dinas Pertanian", 2, 1, 1), ("Analis Kebijakan Ahli Madya", 10, 1, 1), ("Sekretaris", 2, 1, 1)]
    raw = read_table(formulir(make_workbook, posts=posts), "jabatan")
    said = {f.location.value: f for f in raw.findings if f.code == "jenis-beda-subkolom"}
    assert set(said) == {"Kepala Dinas Pertanian", "Analis Kebijakan Ahli Madya"}
    assert (
        "JPT Pratama" in said["Kepala Dinas Pertanian"].message
        and "Adminis-trator" in said["Kepala Dinas Pertanian"].message
    )
    assert "ahli madya" in said["Analis Kebijakan Ahli Madya"].message
    assert raw.frame["nama_jabatan"].tolist() == [p[0] for p in posts]


def test_labels_merged_down_a_whole_sheet_are_no_header(make_workbook: Callable[..., Path]) -> None:
    """Two side labels merged down 5,000 rows beside a table of text cells: no header of 5,000 rows (its data read
    as sub-labels, its rows × columns walked); the header is the row of known labels."""
    rows: list[list[object]] = [["CATATAN", "LAMPIRAN"], [], [None, None, "NAMA JABATAN", "UNIT KERJA", "KEBUTUHAN"]]
    rows += [[None, None, f"Analis Kebijakan {k}", "Dinas X", "2"] for k in range(4997)]
    raw = read_table(make_workbook("tall.xlsx", {"S": {"rows": rows, "merges": ["A1:A5000", "B1:B5000"]}}), "jabatan")
    assert raw.source.header_rows == (3,)
    assert len(raw.frame) == 4997


def test_a_sub_unit_heading_of_two_opds_is_told_apart_by_its_opd(make_workbook: Callable[..., Path]) -> None:
    """Two OPDs in one form, each with a "SEKRETARIAT" heading: the unit blocks made one unit "SEKRETARIAT" of both
    OPDs' posts (their needs summed, their holders pooled); each is now named under its OPD, as the indented tree
    of a SIMPEG bezetting export names it."""
    posts = [
        ("Kepala Dinas Pertanian", 1, 1, 1),
        ("SEKRETARIAT", -1, 0, 0),
        ("Pengadministrasi Perkantoran", 13, 2, 3),
        ("DINAS KESEHATAN", -1, 0, 0),
        ("Kepala Dinas Kesehatan", 1, 1, 1),
        ("SEKRETARIAT", -1, 0, 0),
        ("Pengadministrasi Perkantoran", 13, 1, 2),
    ]
    raw = read_table(formulir(make_workbook, posts=posts), "jabatan")
    assert raw.frame["unit_kerja"].tolist() == [
        "DINAS PERTANIAN",
        "DINAS PERTANIAN | SEKRETARIAT",
        "DINAS KESEHATAN",
        "DINAS KESEHATAN | SEKRETARIAT",
    ]


@pytest.mark.parametrize(
    "levels", [["I", "II", "III", "IV"], ["II/a", "III/a", "III/b", "IV/a"], ["2a", "3a", "3b", "4a"]]
)
def test_a_count_broken_down_by_golongan_gives_no_jenis(make_workbook: Callable[..., Path], levels: list[str]) -> None:
    """An ordinary position table counts its holders per golongan ("BEZETTING" over "I | II | III | IV | JUMLAH"):
    a bare roman level over a count is a golongan, not an eselon, so it says nothing of the post's jenis. Each post
    was read as the eselon of the golongan its holders have ("Pengadministrasi Perkantoran" JPT Pratama, "Analis
    Kepegawaian Ahli Pertama" Administrator) with a false jenis-beda-subkolom warning (review3, h30)."""
    from asn_mutasi.validation import prepare_positions

    posts = [
        ("Analis Kepegawaian Ahli Pertama", [0, 0, 1, 0], "Fungsional"),
        ("Pengadministrasi Perkantoran", [0, 3, 0, 0], "Pelaksana"),
        ("Sekretaris", [0, 0, 0, 1], "Administrator"),
        ("Kepala Subbagian Umum", [0, 0, 1, 0], "Pengawas"),
    ]
    rows: list[list[object]] = [["NO", "NAMA JABATAN", "UNIT KERJA", "KEBUTUHAN", "BEZETTING", None, None, None, None]]
    rows.append([None] * 4 + [*levels, "JUMLAH"])
    rows += [[i, name, "Dinas Kesehatan", 2, *held, sum(held)] for i, (name, held, _) in enumerate(posts, 1)]
    merges = ["A1:A2", "B1:B2", "C1:C2", "D1:D2", "E1:I1"]
    raw = read_table(make_workbook("golongan.xlsx", {"Peta": {"rows": rows, "merges": merges}}), "jabatan")
    assert raw.columns["bezetting"].header == "BEZETTING / JUMLAH"
    assert "jenis_jabatan" not in raw.columns
    assert not [f for f in raw.findings if f.code in ("jenis-beda-subkolom", "jenjang-dari-subkolom")]
    table = prepare_positions(raw)
    assert table.frame["jenis_jabatan"].tolist() == [p[2] for p in posts]


def test_bup_th_is_compared_with_the_holders_retiring_that_year(
    make_workbook: Callable[..., Path], tmp_path: Path
) -> None:
    """(peers3, h31) "BUP TH. 2027" is read as the posts' holders whose TMT pensiun falls in 2027, as the e-formasi app
    that writes the form counts them (DiskominfoWsb/simpeg: ``YEAR(pensiunnext) = <tahun>``, pensiunnext the 1st of the
    month after the BUP birthday), and each post whose count the roster does not bear out is named; it was "known, not
    used". A pelaksana born 20 December 1968 reaches 58 in December 2026 and retires 1 January 2027: counted in 2027."""
    import asn_mutasi as am

    table = formulir(make_workbook, bup=[1, 0, 1, 1])
    raw = read_table(table, "jabatan")
    assert raw.columns["pensiun_tahun"].header == "BUP TH. 2027"
    assert not [f for f in raw.findings if f.location.header == "BUP TH. 2027"]
    people = [
        ("Kepala Dinas Pertanian", "19750310 200003 1 001"),  # BUP 60 in 2035: the form's 1 is not borne out
        ("Sekretaris", "19770512 200212 2 001"),
        ("Penyuluh Pertanian Ahli Pertama", "19690310 199503 1 002"),  # 58 in March 2027: TMT 1 April 2027
        ("Penyuluh Pertanian Ahli Pertama", "19850101 201001 1 003"),
        ("Pengadministrasi Perkantoran", "19681220 199003 2 004"),  # 58 in December 2026: TMT 1 January 2027
    ]
    roster = tmp_path / "pegawai.csv"
    lines = ["NIP,Nama,Jabatan,Unit Kerja,Tanggal Lahir"]
    lines += [f"{nip.replace(' ', '')},Pegawai {i},{job},Dinas Pertanian,{nip[6:8]}-{nip[4:6]}-{nip[:4]}"
              for i, (job, nip) in enumerate(people)]  # fmt: skip
    roster.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = am.check(pegawai=roster, jabatan=table, tanggal=date(2026, 1, 15))
    said = [f for f in result.report.findings if f.code == "pensiun-tahun-beda"]
    assert [(f.location.row, f.location.value) for f in said] == [(13, "1")], said
    assert "mencatat 1 pemangku pensiun tahun 2027" in said[0].message and "data pegawai: 0" in said[0].message


def test_two_retirement_counts_of_one_year_say_which_is_read(tmp_path: Path) -> None:
    """ "BUP TH. 2027" beside "PENSIUN TH 2027": the first was read and the second claimed without a word; the second
    is now named with the column read. A later year of a projection is no rival (hostile6, h32)."""
    path = tmp_path / "peta.csv"
    path.write_text(
        "JABATAN,UNIT KERJA,KEBUTUHAN,BUP TH. 2027,PENSIUN TH 2027,BUP TH. 2028\n"
        "Analis SDM Aparatur,Bagian Umum,3,1,2,0\n",
        encoding="utf-8",
    )
    raw = read_table(path, "jabatan")
    assert raw.columns["pensiun_tahun"].header == "BUP TH. 2027"
    said = [f for f in raw.findings if f.code == "kolom-ganda"]
    assert [(f.location.column, f.location.header) for f in said] == [("E", "PENSIUN TH 2027")]
    assert "dipakai kolom D ('BUP TH. 2027')" in said[0].message
