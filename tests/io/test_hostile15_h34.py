"""Loose ends on hostile input (hostile15, h34): the people and posts are invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from asn_mutasi.errors import SchemaError
from asn_mutasi.io.readers import read_table


@pytest.mark.parametrize("need", ["K", "KEB", "KBTH", "JML ORANG"])
def test_a_need_under_an_unknown_header_is_no_seat_list(tmp_path: Path, need: str) -> None:
    """Repeated (jabatan, unit) lines with their need under a header no alias knows were read as one row per seat:
    Analis 2 + 1 became 2, Pengadministrasi 4 + 3 became 2. The column of small whole numbers stops that reading:
    refused with the header offered."""
    path = tmp_path / "peta.csv"
    path.write_text(
        f"NO,NAMA JABATAN,UNIT KERJA,KELAS JABATAN,{need}\n"
        "1,Analis Kebijakan Ahli Muda,Bagian Organisasi,9,2\n"
        "2,Analis Kebijakan Ahli Muda,Bagian Organisasi,9,1\n"
        "3,Pengadministrasi Perkantoran,Bagian Umum,5,4\n"
        "4,Pengadministrasi Perkantoran,Bagian Umum,5,3\n"
    )
    with pytest.raises(SchemaError, match=rf"maksud Anda '{need}'") as caught:
        read_table(path, "jabatan")
    assert "Kebutuhan" in str(caught.value)


def test_a_seat_list_with_its_rows_numbered_under_an_unknown_header_still_counts_rows(tmp_path: Path) -> None:
    """A seat list's own running number ("URUTAN": 1, 2, 3 …) and a column of 1 per seat are no need column."""
    path = tmp_path / "rincian_formasi.csv"
    path.write_text(
        "URUTAN,JABATAN,UNIT PENEMPATAN,TANDA\n"
        "1,Perawat Terampil,Puskesmas A,1\n"
        "2,Perawat Terampil,Puskesmas A,1\n"
        "3,Bidan Terampil,Puskesmas A,1\n"
    )
    raw = read_table(path, "jabatan")
    assert raw.columns["kebutuhan"].how == "baris"


def test_a_seat_list_with_code_and_id_columns_still_counts_rows(tmp_path: Path) -> None:
    """Small whole numbers under an id or code header ("ID LOKASI", "KODE FORMASI") are no need column: the seat
    list is read, not refused offering 'ID LOKASI'."""
    path = tmp_path / "rincian_formasi.csv"
    path.write_text(
        "KODE FORMASI,JABATAN,UNIT PENEMPATAN,ID LOKASI\n"
        "101,Perawat Terampil,Puskesmas A,12\n"
        "101,Perawat Terampil,Puskesmas A,12\n"
        "205,Bidan Terampil,Puskesmas B,14\n"
    )
    raw = read_table(path, "jabatan")
    assert raw.columns["kebutuhan"].how == "baris"


def test_header_keys_keep_a_bounded_number_of_short_texts() -> None:
    """Every distinct header text met in the process was kept (``functools.cache``): hostile files one after another
    grew it without end. The cache is bounded and a long text (here 1,000 characters, under a cell's limit) is
    worked out, not kept."""
    from asn_mutasi.io import header_aliases

    kept = header_aliases._header_keys.cache_info().maxsize
    assert kept is not None
    for i in range(kept + 10):
        header_aliases.header_keys(f"KOLOM ASING {i}")
    assert header_aliases._header_keys.cache_info().currsize <= kept
    before = header_aliases._header_keys.cache_info().currsize
    long = "Kebutuhan Pegawai " * 56
    assert header_aliases.header_keys(long)[0].startswith("KEBUTUHAN PEGAWAI KEBUTUHAN")
    assert header_aliases.header_keys(long) == header_aliases.header_keys(long)
    assert header_aliases._header_keys.cache_info().currsize == before
    assert header_aliases.header_keys("NIP (Wajib)") == ("NIP WAJIB", "NIP")


def test_a_plt_row_kept_over_two_definitive_rows_is_left_out_once(tmp_path: Path) -> None:
    """Three rows under one NIP: the Plt. row (latest TMT, so kept first) and the definitive post written twice. Each
    definitive row was compared with the kept Plt. row only: the Plt. row left out twice and both definitive rows
    counted the one person twice. Now one definitive row is kept, the Plt. row said once (nip-ganda-plt) and the
    other definitive row is a nip-ganda: every row accounted for once."""
    from asn_mutasi.validation import prepare_roster

    path = tmp_path / "pegawai.csv"
    path.write_text(
        "NIP,NAMA,JABATAN,UNIT KERJA,GOL,TMT JABATAN\n"
        "198003032005011003,Budi Hartono,Plt. Kepala Dinas Kesehatan,Dinas Kesehatan,IV/b,2025-01-01\n"
        "198003032005011003,Budi Hartono,Sekretaris Dinas Kesehatan,Dinas Kesehatan,IV/b,2020-01-01\n"
        "198003032005011003,Budi Hartono,Sekretaris Dinas Kesehatan,Dinas Kesehatan,IV/b,2020-01-01\n"
        "197501012010011001,Andi Pratama,Kepala Seksi Pelayanan,Dinas Kesehatan,III/d,2019-01-01\n"
    )
    table = prepare_roster(read_table(path, "pegawai"))
    budi = table.valid[table.valid["nip"] == "198003032005011003"]
    assert budi["jabatan"].tolist() == ["Sekretaris Dinas Kesehatan"]
    said = [(f.code, f.location.row) for f in table.findings if f.code.startswith("nip-ganda")]
    assert sorted(said) == [("nip-ganda", 4), ("nip-ganda-plt", 2)]


def _many_sheets(path: Path, count: int) -> list[str]:
    """A workbook of ``count`` small sheets, the roster on the last; returns the sheet names."""
    import openpyxl

    book = openpyxl.Workbook()
    first = book.active
    assert first is not None
    first.title = "S1"
    first["A1"] = "catatan"
    for i in range(2, count):
        book.create_sheet(f"S{i}")["A1"] = "catatan"
    roster = book.create_sheet("Pegawai")
    roster.append(["NIP", "NAMA", "JABATAN", "UNIT KERJA"])
    roster.append(["198003032005011003", "Budi Hartono", "Analis Kebijakan Ahli Muda", "Bagian Organisasi"])
    book.save(path)
    return book.sheetnames


class _CountedDict(dict):  # type: ignore[type-arg]
    walks = 0

    def __iter__(self):  # type: ignore[no-untyped-def]
        type(self).walks += 1
        return super().__iter__()


class _CountedList(list):  # type: ignore[type-arg]
    walks = 0

    def __iter__(self):  # type: ignore[no-untyped-def]
        type(self).walks += 1
        return super().__iter__()


def test_a_workbook_of_many_sheets_is_looked_up_not_walked_per_sheet(tmp_path: Path) -> None:
    """Each sheet's guard verdict and visibility were found by walking every sheet (a casefolded index of all the
    zip's sheet entries built per look-up, a search of the sheet list): a workbook of 9,990 small sheets under the
    zip-entry limit took 55 s for a roster of two rows. Both are built once."""
    from asn_mutasi.io.open_workbook import SafeWorkbook

    path = tmp_path / "lembar.xlsx"
    names = _many_sheets(path, 120)
    book = SafeWorkbook(path, None, "lembar.xlsx")
    assert book.scan is not None
    book.scan.sheets = _CountedDict(book.scan.sheets)
    book.sheets = _CountedList(book.sheets)
    for name in names:
        book.cells(name)
        assert not book.info(name).hidden
    assert _CountedDict.walks <= 2 and _CountedList.walks <= 2
    assert read_table(path, "pegawai").frame["nama"].tolist() == ["Budi Hartono"]


def test_a_small_sheet_starts_no_scanning_thread(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A small sheet's closing tags (its second block) started a worker thread of their own: one thread per sheet,
    10,000 for a workbook of 10,000 tiny sheets. A block that small is scanned in the calling thread."""
    from asn_mutasi.io import guard

    started: list[int] = []

    class Counted(guard.ThreadPoolExecutor):
        def __init__(self, *args: object, **kwargs: object) -> None:
            started.append(1)
            super().__init__(max_workers=1)

    monkeypatch.setattr(guard, "_SECOND_CORE", True)
    monkeypatch.setattr(guard, "ThreadPoolExecutor", Counted)
    path = tmp_path / "lembar.xlsx"
    _many_sheets(path, 40)
    scan = guard.inspect_workbook(path, "lembar.xlsx")
    assert scan is not None and len(scan.sheets) == 40
    assert not started
