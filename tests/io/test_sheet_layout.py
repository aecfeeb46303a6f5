"""Title rows, NIP under the name and total rows (asn_mutasi/io/sheet_layout.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from asn_mutasi.io.sheet_layout import count_nip_in_name, split_nip_from_name, summary_rows, title_fields
from asn_mutasi.schema import RawTable


def test_nip_is_split_from_the_name_cell() -> None:
    assert split_nip_from_name("Andi Pratama, S.Kom\nNIP. 19750101 201001 1 001") == (
        "Andi Pratama, S.Kom",
        "197501012010011001",
    )
    assert split_nip_from_name("Sri Wahyuni NIP: 197602022011042002") == ("Sri Wahyuni", "197602022011042002")
    assert split_nip_from_name("Budi Hartono") == ("Budi Hartono", None)
    assert split_nip_from_name(12345) == (12345, None)
    assert count_nip_in_name(["A\nNIP. 197501012010011001", "B", None]) == 1


def test_an_unlabelled_nip_line_under_the_name_is_taken_when_it_has_18_digits() -> None:
    """The Daftar Nominatif of a SIMPEG app (header "Nama / NIP") writes the NIP alone on the second line."""
    assert split_nip_from_name("PUTRI HIDAYAT, S.ST.\n19760222 200504 2 001") == (
        "PUTRI HIDAYAT, S.ST.",
        "197602222005042001",
    )
    assert split_nip_from_name("Budi\r\n197602222005041001 ") == ("Budi", "197602222005041001")
    assert split_nip_from_name("Budi\n3515012202760001")[1] is None  # a 16-digit NIK is no NIP
    assert split_nip_from_name("Budi\n1976022 200504 1 001")[1] is None  # 17 digits: the labelled form only
    assert split_nip_from_name("Budi 197602222005041001")[1] is None  # on the same line without the word NIP


def test_summary_rows_look_at_the_first_text_cell_only() -> None:
    first = [1, 2, None, None, 5]
    second = ["Andi", "Jumlah Hasil Kerja", "JUMLAH", "Rata-rata usia", "Total"]
    flags = summary_rows([first, second], 5)
    # row 2 starts with a name-like text after its running number: "Jumlah Hasil Kerja" is data
    assert flags.tolist() == [False, True, True, True, True]
    flags = summary_rows([["Perencana", None], [None, "TOTAL"]], 2)
    assert flags.tolist() == [False, True]


def test_title_rows_give_the_unit_and_the_agency() -> None:
    rows = [
        ["DAFTAR NOMINATIF PEGAWAI NEGERI SIPIL", None],
        ["SKPD : Dinas Sosial Kabupaten Kupang", None],
        [None, "INSTANSI: Pemerintah Kab. Kupang"],
    ]
    assert title_fields(rows, "pegawai") == {
        "unit_kerja": ("Dinas Sosial Kabupaten Kupang", 1),
        "instansi": ("Pemerintah Kab. Kupang", 2),
    }


def test_a_proposal_forms_title_names_its_proposer_not_every_rows_target() -> None:
    """ "OPD PENGUSUL : DINAS KESEHATAN" over an OPD's proposal form was no title fact (h26/real6); a unit a proposal's
    title names is the proposer's, never every proposal's target unit (taken as the target it sent people to posts
    of the proposer's name; fifth review, h26)."""
    assert title_fields([["OPD PENGUSUL : DINAS KESEHATAN"]], "usulan") == {"pengusul": ("DINAS KESEHATAN", 0)}
    assert title_fields([["OPD PENGUSUL", ":", "DINAS SOSIAL"]], "usulan") == {"pengusul": ("DINAS SOSIAL", 0)}
    assert title_fields([["SKPD : Dinas Sosial"]], "usulan") == {"pengusul": ("Dinas Sosial", 0)}
    assert "unit_kerja" not in title_fields([["OPD PENGUSUL : DINAS KESEHATAN"]], "pegawai")


def test_peta_jabatan_unit_line_under_the_title() -> None:
    rows = [["PETA JABATAN", None], ["BKPPD KABUPATEN KENDAL", None], [None, None]]
    assert title_fields(rows, "jabatan") == {"unit_kerja": ("BKPPD KABUPATEN KENDAL", 1)}
    # a date line is not a unit, and a roster title is never read as one
    assert title_fields([["PETA JABATAN"], ["PER 31 DESEMBER 2024"]], "jabatan") == {}
    assert title_fields([["PETA JABATAN"], ["BKPPD"]], "pegawai") == {}


def test_di_lingkungan_without_a_colon_names_the_unit_only_when_a_unit_follows() -> None:
    """e-Anjab (Kab. Pati) titles its ABK recap "DI LINGKUNGAN <OPD>" without a colon: the table was refused for want
    of a unit (h24 real files). The whole region after it is no unit."""
    rows = [["REKAPITULASI ANALISIS BEBAN KERJA"], ["DI LINGKUNGAN BADAN KEPEGAWAIAN DAERAH"], ["TAHUN 2024"]]
    assert title_fields(rows, "jabatan") == {"unit_kerja": ("BADAN KEPEGAWAIAN DAERAH", 1)}
    assert title_fields([["DI LINGKUNGAN PEMERINTAH KABUPATEN PATI"]], "jabatan") == {}
    # ending a title line too (diff review)
    assert title_fields([["PETA JABATAN DI LINGKUNGAN DINAS KESEHATAN"]], "jabatan") == {
        "unit_kerja": ("DINAS KESEHATAN", 0)
    }


def test_a_title_naming_every_unit_names_none() -> None:
    for value in ("Semua", "SEMUA UNIT KERJA", "Seluruh SKPD", "-"):
        assert title_fields([[f"Satuan Kerja : {value}"]], "pegawai") == {}
    assert title_fields([["Satuan Kerja : Semua Bidang Dinas Kesehatan"]], "pegawai") == {
        "unit_kerja": ("Semua Bidang Dinas Kesehatan", 0)
    }


def test_a_signature_block_down_the_name_column_after_a_total_row_is_no_staff(tmp_path: Path) -> None:
    """An attendance recap (real layout, BKPSDM Kota Manado): NIP in the name cell, a RATA-RATA row, then the
    signature block written one line per row in the first columns; before, each line was a person with
    empty required cells (25 false errors)."""
    import openpyxl

    from asn_mutasi.io.readers import read_table

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["No", "Nama Pegawai", "Gol/Ruang", "Jabatan", "Kelas Jabatan"])
    sheet.append([1, "Andi Pratama, S.Kom\nNIP. 197501012010011001", "III", "Pranata Komputer", 7])
    sheet.append([2, "Sri Wahyuni\nNIP. 197602022011042002", "II", "Pelaksana", 6])
    sheet.append(["RATA-RATA PRESENTASE KEHADIRAN"])
    for line in ["Mengetahui,", "Kepala Badan", "Budi Hartono", "Pembina Utama Muda"]:
        sheet.append([line])
    for line in ["Manado, 20 Juni 2024", "Dewi Kartika, S.Sos.", "Penata, III/c"]:
        sheet.append([None, line])
    path = tmp_path / "rekap.xlsx"
    book.save(path)
    table = read_table(path, "pegawai")
    assert table.frame["nama"].tolist() == ["Andi Pratama, S.Kom", "Sri Wahyuni"]
    assert table.skipped == {"ringkasan": 1, "penutup": 7}
    closing = [f for f in table.findings if f.code == "baris-penutup-dilewati"]
    assert len(closing) == 1 and closing[0].location.row == 5


def test_a_data_row_after_a_total_row_is_still_data(tmp_path: Path) -> None:
    import openpyxl

    from asn_mutasi.io.readers import read_table

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["No", "Nama", "NIP", "Jabatan"])
    sheet.append([1, "Andi", "197501012010011001", "Analis"])
    sheet.append(["JUMLAH", None, None, None])
    sheet.append([2, "Sri", "197602022011042002", "Pelaksana"])  # two cells and more: a person
    path = tmp_path / "lanjut.xlsx"
    book.save(path)
    assert read_table(path, "pegawai").frame["nama"].tolist() == ["Andi", "Sri"]


def test_reports_stacked_under_the_first_table_and_its_signature_are_left_out_with_a_warning(tmp_path: Path) -> None:
    """BKPSDM Kota Manado's recap repeats its staff in six stacked reports: 56 people read as 580 rows with 692
    false errors. The first table ends at its total row and signature; the rest is one warning."""
    import openpyxl

    from asn_mutasi.io.readers import read_table

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["No", "Nama Pegawai", "Gol/Ruang", "Jabatan"])
    sheet.append([1, "Andi Pratama, S.Kom\nNIP. 197501012010011001", "III", "Pranata Komputer"])
    sheet.append([2, "Sri Wahyuni\nNIP. 197602022011042002", "II", "Pelaksana"])
    sheet.append(["RATA-RATA PRESENTASE KEHADIRAN", "79 %"])
    for line in ["Mengetahui,", "Kepala Badan", "Budi Hartono"]:
        sheet.append([line])
    sheet.append([])
    sheet.append(["REKAPITULASI PENILAIAN KINERJA"])
    sheet.append(["No", "Nama Pegawai", "Gol/Ruang", "Jabatan"])  # row 10: the next report
    sheet.append([1, "Andi Pratama, S.Kom\nNIP. 197501012010011001", "III", "Pranata Komputer"])
    sheet.append(["JUMLAH", 1])
    path = tmp_path / "rekap.xlsx"
    book.save(path)
    table = read_table(path, "pegawai")
    assert table.frame["nama"].tolist() == ["Andi Pratama, S.Kom", "Sri Wahyuni"]
    assert table.skipped == {"ringkasan": 1, "penutup": 7}
    other = [f for f in table.findings if f.code == "tabel-lain-diabaikan"]
    assert len(other) == 1 and other[0].location.row == 10 and other[0].message.startswith("3 baris")  # its header on


def _lampiran_sk(path: Path) -> Path:
    """A lampiran SK mutasi as BKPSDM Kota Manado prints it: each person on two rows under "NAMA / NIP" (the NIP
    alone in the second, the other columns merged over both), a blank row between people, the mayor's signature
    in the JABATAN BARU column; a second sheet lists the invited (names without NIP)."""
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "ES III IV"
    sheet.append(["LAMPIRAN KEPUTUSAN WALI KOTA MANADO"])
    sheet.append([])
    sheet.append(["NO.", "NAMA / NIP", "PANGKAT/ GOL.RUANG", "JABATAN LAMA", "JABATAN BARU", "KETERANGAN"])
    sheet.append([1, 2, 3, 4, 5, 6])
    people = [("Andi Pratama, S.Kom", " 19750101 201001 1 001"), ("Sri Wahyuni", "19760202 201104 2 002")]
    for i, (name, nip) in enumerate(people):
        top = 5 + 3 * i
        sheet.append([i + 1, name, "Penata, III/c", "Analis Kebijakan", "Kepala Seksi Umum", "-"])
        sheet.append([None, nip, None, None, None, " "])
        for col in "CDEF":
            sheet.merge_cells(f"{col}{top}:{col}{top + 1}")
        sheet.append([])
    sheet.append([None, None, None, None, "WALI KOTA MANADO,"])
    sheet.append([None, None, None, None, "Budi Hartono"])
    invited = book.create_sheet("List undangan")
    invited.append(["NO", "NAMA", "JABATAN SEBELUMNYA", "PERANGKAT DAERAH"])
    invited.append([1, "Andi Pratama, S.Kom", "Analis Kebijakan", "BKPSDM"])
    book.save(path)
    return path


def test_an_nip_in_the_row_under_the_name_is_joined_to_it(tmp_path: Path) -> None:
    from asn_mutasi.io.readers import read_table

    table = read_table(_lampiran_sk(tmp_path / "lampiran.xlsx"), "pegawai")  # the two-row sheet is chosen
    assert table.source.sheet == "ES III IV"
    assert table.frame["nip"].tolist() == ["197501012010011001", "197602022011042002"]
    assert table.frame["nama"].tolist() == ["Andi Pratama, S.Kom", "Sri Wahyuni"]
    assert table.frame["_baris"].tolist() == [5, 8]
    gaps = [f.location.row for f in table.findings if f.code == "baris-kosong"]
    assert gaps == [7]  # the blank row between the people, not the NIP rows 6 and 9
    assert table.skipped.get("baris_nip") == 2 and table.skipped.get("penutup") == 2
    assert [f.message for f in table.findings if f.code == "nip-dari-baris-bawah"] == [
        "NIP diambil dari baris di bawah nama (baris NIP sendiri, seperti lampiran SK) untuk 2 pegawai"
    ]


def test_nip_rows_are_joined_only_when_most_names_have_one() -> None:
    from asn_mutasi.io.sheet_layout import nip_rows_below_names

    rows: list[list[object]] = [["Andi", "x"], ["197501012010011001", None], ["Sri", "y"], ["Budi", "z"], ["Dewi", "w"]]
    assert nip_rows_below_names([list(r) for r in rows], 0, 0) == []  # 1 of 4 names: a stray number, not the layout
    rows = [["Andi", "x"], ["197501012010011001", ""], ["Sri", "y"], ["NIP. 19760202 201104 2 002", "y"]]
    joined = [list(r) for r in rows]
    assert nip_rows_below_names(joined, 0, 0) == [1, 3]  # the second: "y" repeats the merged cell above
    assert joined[0][0] == "Andi\nNIP. 197501012010011001" and joined[1] == [None, None]
    assert split_nip_from_name(joined[2][0]) == ("Sri", "197602022011042002")


def test_a_subtotal_followed_by_section_headings_keeps_the_staff_after_it(tmp_path: Path) -> None:
    """A sectioned roster (JUMLAH per bidang, then "BIDANG …" / "Seksi …" headings) is one table: no signature
    follows the subtotal, so nothing after it is left out (a review caught the first rule dropping them)."""
    import openpyxl

    from asn_mutasi.io.readers import read_table

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["No", "NIP", "Nama", "Jabatan", "Golongan"])
    sheet.append(["SEKRETARIAT"])
    sheet.append([1, "197501012010011001", "Andi", "Analis", "III/a"])
    sheet.append([2, "197601012010011002", "Budi", "Analis", "III/a"])
    sheet.append(["JUMLAH", None, None, 2])
    sheet.append(["BIDANG PENDIDIKAN DASAR"])
    sheet.append(["Seksi Kurikulum"])
    sheet.append([3, "197602022011042002", "Sri", "Pengawas", "III/b"])
    sheet.append([4, "197702022011042003", "Tuti", "Pengawas", "III/b"])
    sheet.append(["JUMLAH", None, None, 2])
    path = tmp_path / "bidang.xlsx"
    book.save(path)
    table = read_table(path, "pegawai")
    assert [n for n in table.frame["nama"].tolist() if n] == ["Andi", "Budi", "Sri", "Tuti"]
    assert not [f for f in table.findings if f.code == "tabel-lain-diabaikan"]
    assert table.skipped.get("ringkasan") == 2


def test_an_nip_row_holding_another_value_is_not_joined(tmp_path: Path) -> None:
    from datetime import datetime

    from asn_mutasi.io.sheet_layout import nip_rows_below_names

    rows: list[list[object]] = [["Andi", "x"], ["197501012010011001", datetime(2020, 1, 1)]]
    assert nip_rows_below_names([list(r) for r in rows], 0, 0) == []  # the TMT would be lost


def test_an_nip_row_carrying_second_lines_joins_them_to_the_name_row() -> None:
    """ "Penata" over "III/c" under PANGKAT / GOL (a lampiran SK's two-row record): the golongan becomes the second
    line of the cell, as "GR / TMT" cells print it; a date under an empty cell moves up unchanged."""
    from datetime import datetime

    from asn_mutasi.domain.golongan import parse_golongan
    from asn_mutasi.io.sheet_layout import nip_rows_below_names

    when = datetime(2020, 1, 1)
    rows: list[list[object]] = [
        ["Andi", "Penata", None],
        ["197501012010011001", "III/c", when],
        ["Sri", "Pembina", "x"],
        ["NIP. 19760202 201104 2 002", "IV/a", None],
    ]
    assert nip_rows_below_names(rows, 0, 0) == [1, 3]
    assert rows[0] == ["Andi\nNIP. 197501012010011001", "Penata\nIII/c", when]
    assert parse_golongan(rows[0][1]).kode == "III/c"  # type: ignore[union-attr]
    assert rows[2][1] == "Pembina\nIV/a" and rows[3] == [None, None, None]


def _roster_read(path: Path, rows: list[list[object]]) -> RawTable:
    """``rows`` saved as the one sheet of workbook ``path``, read back as a roster."""
    import openpyxl

    from asn_mutasi.io.readers import read_table

    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return read_table(path, "pegawai")


def test_a_signature_set_in_two_columns_is_no_other_table(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["No", "NIP", "Nama", "Jabatan", "Golongan"],
        [1, "197501012010011001", "Andi", "Analis", "III/a"],
        [2, "197601012010011002", "Sri", "Analis", "III/a"],
        ["JUMLAH", None, None, 2],
        [None, "Mengetahui,"],
        [None, "Kepala Dinas"],
        [None, "Budi Hartono", None, "Pembuat Daftar,"],
        [None, "NIP. 196501011990031001", None, "Dewi Kartika"],
    ]
    table = _roster_read(tmp_path / "ttd.xlsx", rows)
    assert table.frame["nama"].tolist() == ["Andi", "Sri"]
    assert not [f for f in table.findings if f.code == "tabel-lain-diabaikan"]
    assert table.skipped == {"ringkasan": 1, "penutup": 4}


def test_a_unit_printed_once_per_block_is_filled_down_to_its_positions(tmp_path: Path) -> None:
    """A WLA "Form D" view prints the unit on the first row of each block only, blocks apart by a blank row:
    4 of 6 positions were excluded for an empty unit (Σ kebutuhan 2 instead of 9)."""
    import openpyxl

    from asn_mutasi.io.readers import read_table

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Nama Jabatan", "Unit Kerja", "Kebutuhan"])
    sheet.append(["Kepala Kantor Cabang", "Kantor Cabang Utama", 1])
    sheet.append(["Penata Layanan Operasional", None, 3])
    sheet.append(["Petugas Administrasi", None, 2])
    sheet.append([])
    sheet.append(["Kepala Kantor Cabang", "Kantor Cabang Timur", 1])
    sheet.append(["Pengemudi", None, 2])
    path = tmp_path / "wla.xlsx"
    book.save(path)
    table = read_table(path, "jabatan")
    assert table.frame["unit_kerja"].tolist() == ["Kantor Cabang Utama"] * 3 + ["Kantor Cabang Timur"] * 2
    found = [f for f in table.findings if f.code == "unit-kerja-diisi-dari-atas"]
    assert len(found) == 1 and found[0].location.row == 3 and found[0].message.startswith("Unit kerja 3 baris")


def test_the_unit_option_fills_a_unit_column_left_empty_in_every_row(tmp_path: Path) -> None:
    """--unit-kerja was ignored when the file had a UNIT KERJA column with nothing in it: every row "kosong"."""
    from asn_mutasi.io.readers import read_table

    path = tmp_path / "peta.csv"
    path.write_text("Nama Jabatan,Unit Kerja,Kebutuhan\nPenyuluh Pertanian,,3\nPengolah Data,,1\n", encoding="utf-8")
    table = read_table(path, "jabatan", unit_kerja="Dinas Pertanian")
    assert table.frame["unit_kerja"].tolist() == ["Dinas Pertanian", "Dinas Pertanian"]
    assert [f.code for f in table.findings if f.code == "kolom-dari-judul"] == ["kolom-dari-judul"]
    partly = tmp_path / "sebagian.csv"
    partly.write_text("Nama Jabatan,Unit Kerja,Kebutuhan\nPenyuluh,Dinas A,3\nPengolah Data,,1\n", encoding="utf-8")
    assert read_table(partly, "jabatan", unit_kerja="Dinas Pertanian").frame["unit_kerja"].tolist() == ["Dinas A", None]


@pytest.mark.parametrize(
    "row",
    [
        ["SKPD", ":", "Badan Kepegawaian Daerah"],  # a real TPP recap (PHPExcel): label, colon, value in three cells
        ["SKPD :", "Badan Kepegawaian Daerah"],
        ["SKPD", "Badan Kepegawaian Daerah"],
        ["SKPD : Badan Kepegawaian Daerah"],
    ],
)
def test_a_labelled_title_split_over_cells_names_the_unit(row: list[str]) -> None:
    rows = [["REKAP TPP BULAN MEI 2024"], row, ["Bulan", ":", "Mei 2024"]]
    assert title_fields(rows, "pegawai") == {"unit_kerja": ("Badan Kepegawaian Daerah", 1)}


def test_an_unfilled_labelled_title_names_no_unit() -> None:
    """A template left unfilled: "UNIT KERJA" | ":" | (blank) | "KEADAAN" | ":" | date gave the unit "KEADAAN"."""
    rows = [["DAFTAR NOMINATIF"], ["UNIT KERJA", ":", None, "", "KEADAAN", ":", "31 Desember 2024"]]
    assert title_fields(rows, "pegawai") == {}
    assert title_fields([["SKPD", ":", "UNIT KERJA", ":", "Bidang X"]], "pegawai") == {  # a label is no value
        "unit_kerja": ("Bidang X", 0)
    }


def test_the_old_nip_before_a_slash_on_the_nip_line_is_left_out() -> None:
    """Kemenag's DUK prints 'NIP / NIP_BARU' under the name ('150312457 / 1968…', ' / 1983…' without an old NIP);
    the file was refused: no NIP column (real-files campaign)."""
    assert split_nip_from_name("Drs. Bambang, M.Si\n150312457 / 196804121994031002") == (
        "Drs. Bambang, M.Si",
        "196804121994031002",
    )
    assert split_nip_from_name("Lestari, S.Sos\n / 198302252009022001") == ("Lestari, S.Sos", "198302252009022001")
    assert split_nip_from_name("Lestari\n150312457 / 12345")[1] is None  # only a whole NIP


def test_a_print_stamp_under_the_table_is_no_data_row(tmp_path: Path) -> None:
    """'simpeg kemenag / 01/10/2026 09:15' under a DUK read as a person without NIP, name or position (3 errors)."""
    rows: list[list[object]] = [
        ["NO", "NIP", "NAMA", "JABATAN", "UNIT KERJA"],
        [1, "196804121994031002", "Bambang", "Analis", "BKD"],
        [2, "198302252009022001", "Lestari", "Analis", "BKD"],
        [],
        ["simpeg kemenag / 01/10/2026 09:15"],
    ]
    table = _roster_read(tmp_path / "duk.xlsx", rows)
    assert table.frame["nama"].tolist() == ["Bambang", "Lestari"]


def test_a_lone_unit_name_in_the_title_rows_is_the_unit() -> None:
    """simpeg-bogor's 'Daftar Pegawai' sheet names its OPD on the next line without a label; planning refused the
    roster for want of a unit (real-files campaign). Two such lines name no one unit."""
    rows = [["Daftar Pegawai", None], ["Dinas Komunikasi dan Informatika", None], [None, None]]
    assert title_fields(rows, "pegawai") == {"unit_kerja": ("Dinas Komunikasi dan Informatika", 1)}
    two = [["Badan Kepegawaian Daerah"], ["Dinas Sosial"]]
    assert "unit_kerja" not in title_fields(two, "pegawai")
    assert "unit_kerja" not in title_fields([["DAFTAR NOMINATIF PEGAWAI"], ["KEADAAN 1 JANUARI 2026"]], "pegawai")
    # a letterhead above a region-wide ranking is the issuing BKD, not every row's unit (diff review)
    duk = [["PEMERINTAH KABUPATEN KENDAL"], ["BADAN KEPEGAWAIAN DAN PENGEMBANGAN SDM"], ["DAFTAR URUT KEPANGKATAN"]]
    assert "unit_kerja" not in title_fields(duk, "pegawai")
    # one OPD's DUK names its OPD under the title, with the year (a regional PHP-SIMPEG's print page, h26/real5)
    own = [["DAFTAR URUT KEPANGKATAN PEGAWAI NEGERI SIPIL"], ["DINAS PENDIDIKAN KABUPATEN GROBOGAN TAHUN 2026"]]
    assert title_fields(own, "pegawai") == {"unit_kerja": ("DINAS PENDIDIKAN KABUPATEN GROBOGAN", 1)}
    region = [["DAFTAR URUT KEPANGKATAN"], ["PEMERINTAH KABUPATEN GROBOGAN TAHUN 2026"]]
    assert "unit_kerja" not in title_fields(region, "pegawai")


def test_a_rank_and_its_date_under_a_name_is_no_birth_line() -> None:
    from asn_mutasi.io.sheet_layout import split_birth_from_names

    names, dates = split_birth_from_names(["Yanto\nPembina Tk. I, 01-04-2019", "Sari\nSemarang, 12-04-1968"])
    assert names == ["Yanto\nPembina Tk. I, 01-04-2019", "Sari"] and dates == [None, "12-04-1968"]


_PAGE_HEADER = ["No", "NIP", "Nama", "Jabatan", "Golongan"]


def _printed_pages(header_of_page: list[list[str]]) -> list[list[object]]:
    """Pages as a DUK is exported "as printed": 2 title lines, a header, 2 people, a JUMLAH row and "Halaman n dari
    N" per page; page n's header is ``header_of_page[n]``."""
    rows: list[list[object]] = []
    pages = len(header_of_page)
    for p, header in enumerate(header_of_page):
        rows += [["DAFTAR NOMINATIF PEGAWAI NEGERI SIPIL"], ["PEMERINTAH KABUPATEN CONTOH"], list(header)]
        for i in range(2):
            rows.append(
                [2 * p + i + 1, f"19750101201001{2 * p + i + 1:04d}", f"Pegawai {2 * p + i + 1}", "Analis", "III/a"]
            )
        rows += [[None, None, "JUMLAH", None, "2 orang"], [f"Halaman {p + 1} dari {pages}"]]
    return rows


def _save_rows(path: Path, rows: list[list[object]]) -> Path:
    if path.suffix == ".csv":
        path.write_text("\n".join(";".join("" if v is None else str(v) for v in r) for r in rows) + "\n", "utf-8")
        return path
    import openpyxl

    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_printed_pages_with_title_total_and_footer_are_all_read(tmp_path: Path, suffix: str) -> None:
    """Every printed page (title, the same header, rows, JUMLAH, "Halaman n dari 4") is the same table: only page 1
    of 200 people was read, the rest called another report, with exit 0 (hostile10, h29)."""
    from asn_mutasi.io.readers import read_table

    table = read_table(_save_rows(tmp_path / f"duk{suffix}", _printed_pages([_PAGE_HEADER] * 4)), "pegawai")
    assert table.frame["nama"].tolist() == [f"Pegawai {i}" for i in range(1, 9)]
    codes = [f.code for f in table.findings]
    assert "tabel-lain-diabaikan" not in codes
    assert codes.count("baris-ringkasan-dilewati") == 4 and "baris-judul-berulang" in codes
    assert table.skipped["judul_berulang"] == 3 and table.skipped["ringkasan"] == 4


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_a_page_footer_then_a_different_header_is_still_another_table(tmp_path: Path, suffix: str) -> None:
    """Only the first table's own header makes a block after its footer its next page (hostile10, h29): a recap with
    other columns below it stays left out with ``tabel-lain-diabaikan``."""
    from asn_mutasi.io.readers import read_table

    other = ["Unit Kerja", "Jumlah PNS", "Jumlah PPPK", "Keterangan", "Total"]
    table = read_table(_save_rows(tmp_path / f"duk{suffix}", _printed_pages([_PAGE_HEADER, other])), "pegawai")
    assert table.frame["nama"].tolist() == ["Pegawai 1", "Pegawai 2"]
    found = [f for f in table.findings if f.code == "tabel-lain-diabaikan"]
    assert len(found) == 1 and found[0].location.row == 10  # the other table's header
