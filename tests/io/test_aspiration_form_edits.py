"""Aspiration forms as OPD staff return them (hostile8, h28): saved by LibreOffice/WPS as .ods or .xls, macro-enabled
.xlsm, a copied or second sheet, an edited header, a table too large or nested too deep."""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest
from openpyxl import load_workbook

from asn_mutasi.api.aspirasi import form_paths
from asn_mutasi.config import ReadLimits
from asn_mutasi.errors import InputError
from asn_mutasi.io.aspiration_forms import FORM_SHEET, LIST_SHEET, read_forms, write_form

ROSTER = pd.DataFrame(
    {
        "nip": ["198001012005011001", "198102022006042002", "198203032007011003", "198304042008012004"],
        "nama": ["Budi Santoso", "Siti Aminah", "Agus Salim", "Rina Wati"],
        "jabatan": ["Analis Kepegawaian"] * 4,
        "unit_kerja": ["Dinas Kesehatan"] * 4,
    }
)
UNITS, JABATAN = ["Dinas Kesehatan", "Dinas Sosial"], ["Analis Kepegawaian", "Pengelola Data"]
#: (Pilihan 1 Unit Kerja, Pilihan 2 Unit Kerja, Kesediaan Dipindah) typed into rows 6..9
ANSWERS = [
    ("Dinas Sosial", "Dinas Kesehatan", "Bersedia"),
    ("Dinas Sosial", "", "Tidak bersedia"),
    ("Dinas Kesehatan", "Dinas Sosial", "Bersedia dengan syarat"),
    ("Dinas Sosial", "", "Tidak bersedia"),
]


def _form(path: Path) -> Path:
    write_form(path, ROSTER, UNITS, JABATAN, title="OPD / Unit Kerja: Dinas Kesehatan", overwrite=True)
    wb = load_workbook(path)
    ws = wb[FORM_SHEET]
    for r, (u1, u2, kes) in enumerate(ANSWERS, start=6):
        ws.cell(r, 6, u1)
        ws.cell(r, 8, u2 or None)
        ws.cell(r, 12, kes)
    wb.save(path)
    return path


def _by_nip(frame: pd.DataFrame, column: str) -> dict[str, str]:
    return dict(zip(frame["nip"], frame[column], strict=True))


def _codes(findings: list) -> list[str]:
    return [f.code for f in findings]


def test_a_form_saved_as_ods_or_xlsm_is_read_and_a_folder_names_the_files_it_passes_over(tmp_path: Path) -> None:
    """A folder with .ods/.xls/.xlsm forms read 38 of 41 files and lost 77 people's answers without a word; the .ods
    named directly was "rusak atau bukan workbook Excel" (hostile8 #1, h28)."""
    folder = tmp_path / "formulir"
    folder.mkdir()
    xlsx = _form(tmp_path / "aspirasi_dinkes.xlsx")
    shutil.copy(xlsx, folder / "aspirasi_dinkes.xlsm")  # macro-enabled copy: the same zip
    sheet = pd.read_excel(xlsx, sheet_name=FORM_SHEET, header=None, dtype=object, engine="openpyxl")
    with pd.ExcelWriter(folder / "aspirasi_dinsos.ods", engine="odf") as writer:  # LibreOffice's "Save as"
        sheet.to_excel(writer, sheet_name=FORM_SHEET, header=False, index=False)
    (folder / "surat_pengantar.pdf").write_bytes(b"%PDF-1.4")
    passed: list[str] = []
    files = form_paths([folder], passed=passed)
    assert sorted(p.name for p in files) == ["aspirasi_dinkes.xlsm", "aspirasi_dinsos.ods"]
    assert passed == ["surat_pengantar.pdf"]
    frame, findings = read_forms(files)
    assert findings == []
    ods = frame[frame["_berkas"].str.endswith(".ods")]
    assert _by_nip(ods, "kesediaan") == {nip: kes for nip, (_, _, kes) in zip(ROSTER["nip"], ANSWERS, strict=True)}
    assert _by_nip(ods, "pilihan_1_unit")["198001012005011001"] == "Dinas Sosial"
    assert list(ods["_baris"]) == [6, 7, 8, 9] and set(ods["_sheet"]) == {FORM_SHEET}
    assert len(frame[frame["_berkas"].str.endswith(".xlsm")]) == 4


def test_a_copied_sheet_and_rows_split_over_two_sheets_are_all_read(tmp_path: Path) -> None:
    """Staff filled a copy "Aspirasi (2)" of the protected sheet (0 pegawai read), or split the rows over two sheets
    (13 of 28 lost); with "Aspirasi" renamed and "Daftar" first, the filled sheet was never looked at (hostile8 #2)."""
    path = _form(tmp_path / "aspirasi.xlsx")
    wb = load_workbook(path)
    ws = wb[FORM_SHEET]
    copy = wb.copy_worksheet(ws)
    copy.title = "Aspirasi UPT"
    for r in range(6, 10):
        for c in (6, 8, 12):
            (ws if r >= 8 else copy).cell(r, c).value = None  # rows 6-7 on Aspirasi, rows 8-9 on the copy
    ws.title = "Form Dinkes"
    wb.move_sheet(LIST_SHEET, offset=-2)
    wb.save(path)
    frame, findings = read_forms([path])
    assert findings == []
    assert sorted(zip(frame["_sheet"], frame["_baris"], strict=True)) == [
        ("Aspirasi UPT", 8),
        ("Aspirasi UPT", 9),
        ("Form Dinkes", 6),
        ("Form Dinkes", 7),
    ]
    assert _by_nip(frame, "kesediaan")["198304042008012004"] == "Tidak bersedia"


def test_an_edited_header_is_read_when_it_still_names_the_column_and_named_when_it_does_not(tmp_path: Path) -> None:
    """ "Kesediaan Dipindah (pilih)" lost every kesediaan (three "Tidak bersedia" among them) and "Pilihan II Unit
    Kerja" every second choice, with no finding (hostile8 #2, h28)."""
    path = _form(tmp_path / "aspirasi.xlsx")
    wb = load_workbook(path)
    ws = wb[FORM_SHEET]
    ws["L5"] = "Kesediaan Dipindah (pilih)"
    ws["H5"] = "PILIHAN II UNIT KERJA"
    wb.save(path)
    frame, findings = read_forms([path])
    assert findings == []
    assert list(frame["kesediaan"]) == [kes for _, _, kes in ANSWERS]
    assert list(frame["pilihan_2_unit"]) == [u2 for _, u2, _ in ANSWERS]

    ws["L5"] = "Mau Dimutasi?"  # no longer the form's column: named, with the missing one
    ws["N5"] = "Catatan Atasan"  # a near header is no match either
    wb.save(path)
    frame, findings = read_forms([path])
    assert frame["kesediaan"].isna().all()  # no column: nothing read (check_aspirations reads it as empty)
    named = [(f.code, f.location.sheet, f.location.row, f.location.column, f.location.header) for f in findings]
    assert named == [
        ("formulir-aspirasi-kolom-tidak-dikenal", FORM_SHEET, 5, "L", "Mau Dimutasi?"),
        ("formulir-aspirasi-kolom-tidak-dikenal", FORM_SHEET, 5, "N", "Catatan Atasan"),
        ("formulir-aspirasi-kolom-tidak-ada", FORM_SHEET, 5, None, None),
    ]
    assert "'Kesediaan Dipindah'" in findings[2].message and "Pilihan" not in findings[2].message


def test_the_table_read_back_has_no_finding_for_its_own_columns(tmp_path: Path) -> None:
    """The table ``aspirasi-baca -o`` writes (berkas, baris) is read back without a header finding: only the answer
    columns are asked for (negative of the check above)."""
    path = tmp_path / "tabel.csv"
    path.write_text(
        "nip,pilihan_1_unit,pilihan_1_jabatan,pilihan_2_unit,pilihan_2_jabatan,pilihan_3_unit,pilihan_3_jabatan,"
        "kesediaan,alasan,waktu_isi,berkas,baris\n198001012005011001,Dinas Sosial,,,,,,Bersedia,,,a.xlsx,6\n",
        encoding="utf-8",
    )
    frame, findings = read_forms([path])
    assert findings == [] and list(frame["kesediaan"]) == ["Bersedia"]


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-16"])
def test_the_table_saved_as_unicode_without_a_bom_is_read(tmp_path: Path, encoding: str) -> None:
    """A table saved as UTF-16 without a BOM was refused ("isinya bukan teks") while the same bytes as a roster were
    read: the aspiration reader now tells the encoding as the CSV reader does."""
    path = tmp_path / "tabel.csv"
    text = (
        "nip;pilihan_1_unit;pilihan_1_jabatan;pilihan_2_unit;pilihan_2_jabatan;pilihan_3_unit;pilihan_3_jabatan;"
        "kesediaan;alasan;waktu_isi\n198001012005011001;Dinas Sosial;;;;;;Bersedia;;\n"
    )
    path.write_bytes(text.encode(encoding))
    frame, findings = read_forms([path])
    assert list(frame["pilihan_1_unit"]) == ["Dinas Sosial"] and list(frame["kesediaan"]) == ["Bersedia"]
    assert findings == []


def test_too_many_filled_rows_is_a_limit_not_a_memory_error(tmp_path: Path) -> None:
    """A 100 MB CSV table (2.27 M rows) or a 1,048,000-row form ended in exit 70 MemoryError at 2.6-2.7 GB; the filled
    rows are bounded by [baca] maks_baris_aspirasi, and a table larger than maks_ukuran_csv_mb is refused before it
    is read (hostile8 #3, h28)."""
    path = tmp_path / "tabel.csv"
    rows = "".join(f"19800101200501{i:04d},Dinas Sosial,Bersedia\n" for i in range(50))
    path.write_text("nip,pilihan_1_unit,kesediaan\n" + rows, encoding="utf-8")
    frame, _ = read_forms([path], limits=ReadLimits(maks_baris_aspirasi=50))
    assert len(frame) == 50
    with pytest.raises(InputError) as err:
        read_forms([path, _form(tmp_path / "f.xlsx")], limits=ReadLimits(maks_baris_aspirasi=52))
    assert "lebih dari 52 baris terisi" in err.value.message and "f.xlsx" in err.value.message
    assert "maks_baris_aspirasi" in (err.value.hint or "")
    with pytest.raises(InputError) as err:
        read_forms([path], limits=ReadLimits(maks_ukuran_csv_mb=0.001))
    assert "maks_ukuran_csv_mb" in (err.value.hint or "")


@pytest.mark.parametrize("text", ["[" * 100_000 + "]" * 100_000, '{"aspirasi": ' + "[" * 100_000 + "]" * 100_000 + "}"])
def test_json_nested_thousands_deep_is_refused_as_input(tmp_path: Path, text: str) -> None:
    """``[[[…]]]`` 100,000 deep ended in exit 70 RecursionError (hostile8 #4, h28)."""
    path = tmp_path / "deep.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as err:
        read_forms([path])
    assert "bersarang terlalu dalam" in err.value.message


def test_nan_in_a_json_table_is_no_json(tmp_path: Path) -> None:
    """``"nip": NaN`` was read as a NIP Excel stored as a number (hostile8 #4, minor)."""
    path = tmp_path / "nan.json"
    path.write_text('[{"nip": NaN, "pilihan_1_unit": "Dinas Sosial"}]', encoding="utf-8")
    with pytest.raises(InputError) as err:
        read_forms([path])
    assert "bukan JSON yang sah" in err.value.message


POSITIONS = pd.DataFrame({"unit_kerja": UNITS, "nama_jabatan": JABATAN})


def _with_draft(path: Path, *, final_date: str | None, draft_date: str | None, draft_first: bool = False) -> Path:
    """The form with a copied sheet "Aspirasi draf" kept from a first draft (every row "Bersedia" to Dinas Sosial),
    the Aspirasi sheet then filled as final ("Tidak bersedia", no choice); each sheet's Tanggal Pengisian as given."""
    wb = load_workbook(_form(path))
    ws = wb[FORM_SHEET]
    draft = wb.copy_worksheet(ws)
    draft.title = "Aspirasi draf"
    for r in range(6, 10):
        draft.cell(r, 6).value, draft.cell(r, 8).value, draft.cell(r, 12).value = "Dinas Sosial", None, "Bersedia"
        ws.cell(r, 6).value, ws.cell(r, 8).value, ws.cell(r, 12).value = None, None, "Tidak bersedia"
        ws.cell(r, 15).value, draft.cell(r, 15).value = final_date, draft_date
    if draft_first:
        wb.move_sheet(draft, offset=-len(wb.sheetnames) + 1)
    wb.save(path)
    return path


@pytest.mark.parametrize(
    ("final_date", "draft_date", "draft_first", "winner"),
    [
        (None, None, False, FORM_SHEET),  # one file, one modification time: the Aspirasi sheet, not the copy
        (None, None, True, FORM_SHEET),  # whatever the sheets' order in the workbook
        ("2026-10-05", None, False, FORM_SHEET),  # an undated copy never beats a dated row
        (None, "2026-10-05", False, FORM_SHEET),  # nor a dated copy an undated Aspirasi row (its time is unknown)
        ("2026-10-05", "2026-10-05", False, FORM_SHEET),  # the same day: the Aspirasi sheet
        ("2026-10-01", "2026-10-05", False, "Aspirasi draf"),  # a copy whose written date is later wins
    ],
)
def test_a_copied_draft_sheet_never_overrides_the_aspirasi_sheet_unless_dated_later(
    tmp_path: Path, final_date: str | None, draft_date: str | None, draft_first: bool, winner: str
) -> None:
    """A copied draft sheet ("Bersedia", Pilihan 1 Sekretariat) beat the Aspirasi sheet's final "Tidak bersedia" as
    "diisi lebih akhir", and the warning named the same file and row twice and no sheet (review9 #1, h28)."""
    from asn_mutasi.cli.console import finding_line
    from asn_mutasi.planning.aspiration import check_aspirations

    path = _with_draft(
        tmp_path / "aspirasi.xlsx", final_date=final_date, draft_date=draft_date, draft_first=draft_first
    )
    table, findings = check_aspirations(read_forms([path])[0], ROSTER, POSITIONS)
    final = winner == FORM_SHEET
    assert set(table["kesediaan"]) == {"Tidak bersedia" if final else "Bersedia"}
    assert set(table["pilihan_1_unit"]) == {"" if final else "Dinas Sosial"}
    assert sorted(table["baris"]) == [6, 7, 8, 9]
    assert _codes(findings) == ["aspirasi-sheet-bertentangan"] * 4
    loser = "Aspirasi draf" if final else FORM_SHEET
    assert [(f.location.sheet, f.location.row) for f in findings] == [(loser, r) for r in range(6, 10)]
    assert f"dipakai lembar kerja '{winner}' baris 6" in findings[0].message and "lebih akhir" in findings[0].message
    reason = "(lembar kerja Aspirasi didahulukan;" if final else "(Tanggal Pengisian-nya lebih akhir)"
    assert reason in findings[0].message
    assert finding_line(findings[0]).startswith(f"[aspirasi-sheet-bertentangan] {path}!{loser} baris 6 kolom B")


def test_the_same_answers_on_two_sheets_and_a_nip_on_one_sheet_only_say_nothing(tmp_path: Path) -> None:
    """A copied sheet with the same answers is no conflict; a NIP only on the copy is read from it (review9 #1)."""
    from asn_mutasi.planning.aspiration import check_aspirations

    path = _form(tmp_path / "aspirasi.xlsx")
    wb = load_workbook(path)
    copy = wb.copy_worksheet(wb[FORM_SHEET])
    copy.title = "Aspirasi (2)"
    for c in (6, 8, 12):
        wb[FORM_SHEET].cell(9, c).value = None  # the last person only on the copy
    wb.save(path)
    table, findings = check_aspirations(read_forms([path])[0], ROSTER, POSITIONS)
    assert findings == []
    assert _by_nip(table, "kesediaan") == {r: a[2] for r, a in zip(ROSTER["nip"], ANSWERS, strict=True)}


def test_a_form_sheet_renamed_in_capitals_is_still_the_form_sheet(tmp_path: Path) -> None:
    """Excel tells sheet names apart without case: a form sheet renamed "ASPIRASI " lost to a draft copy "Aspirasi
    (2)" placed first, and its "Tidak bersedia" became "Bersedia" (hostile9 #7, h28)."""
    from asn_mutasi.planning.aspiration import check_aspirations

    path = _with_draft(tmp_path / "aspirasi.xlsx", final_date=None, draft_date=None, draft_first=True)
    wb = load_workbook(path)
    wb[FORM_SHEET].title = "ASPIRASI "
    wb["Aspirasi draf"].title = "Aspirasi (2)"
    wb.save(path)
    table, findings = check_aspirations(read_forms([path])[0], ROSTER, POSITIONS)
    assert set(table["kesediaan"]) == {"Tidak bersedia"}
    assert {f.location.sheet for f in findings} == {"Aspirasi (2)"}


def test_a_form_is_read_by_its_content_whatever_its_name(tmp_path: Path) -> None:
    """The form workbook named .xls or .csv, and the aspiration table saved by Excel as "Unicode Text" (UTF-16, tabs)
    and named .xls, were refused ("tidak dapat dibaca sebagai xlsx", "isinya bukan teks") while every table reader
    reads such content by what it is (hostile2, h30); a web page is said to be no form."""
    xlsx = _form(tmp_path / "aspirasi.xlsx")
    for suffix in (".xls", ".csv", ""):
        named = tmp_path / f"aspirasi_salin{suffix}"
        shutil.copy(xlsx, named)
        frame, findings = read_forms([named])
        assert _by_nip(frame, "kesediaan") == dict(zip(ROSTER["nip"], [kes for *_, kes in ANSWERS], strict=True))
        assert _codes(findings) == (["format-isi-berbeda"] if suffix == ".csv" else [])
    text = "nip\tpilihan_1_unit\tkesediaan\r\n198001012005011001\tDinas Sosial\tBersedia\r\n"
    unicode_text = tmp_path / "aspirasi_tabel.xls"
    unicode_text.write_bytes(b"\xff\xfe" + text.encode("utf-16-le"))
    frame, findings = read_forms([unicode_text])
    assert _by_nip(frame, "pilihan_1_unit") == {"198001012005011001": "Dinas Sosial"}
    assert "format-isi-berbeda" in _codes(findings)
    page = tmp_path / "aspirasi_web.xls"
    page.write_text("<html><body><table><tr><td>NIP</td></tr></table></body></html>", encoding="utf-8")
    with pytest.raises(InputError, match="halaman web"):
        read_forms([page])


def test_a_table_of_one_huge_line_is_refused_before_its_text_is_decoded(tmp_path: Path) -> None:
    """An aspiration table of one 200 MB line took 1.3 GB (its text decoded whole, then parsed by every delimiter
    candidate) before "pemisah kolomnya tidak dapat ditentukan": the line is refused as read_table refuses it, while
    the file's bytes are all it holds (hostile2, h30)."""
    import tracemalloc

    path = tmp_path / "aspirasi.csv"
    size = (1 << 26) + (1 << 21)  # past the 16 MB line of UTF-32 text, as stdin's bound counts it
    with path.open("wb") as fh:
        fh.write(b"nip,kesediaan\n")
        fh.write(b"a" * size)
    tracemalloc.start()
    try:
        with pytest.raises(InputError, match="satu baris lebih panjang dari 16 MB"):
            read_forms([path])
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 1.2 * size
