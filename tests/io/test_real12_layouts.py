"""Real layouts of the h30/real hunt: SIMPEGA's monthly staff exports (the old "Nominatif" sheet with its repeated
"NIP" and its three bare "TMT" columns, and the new REKAP_PEGAWAI sheet that opens every value with U+200C); the
people are invented (tests/fixtures/real/SOURCES.md)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import openpyxl

from asn_mutasi.io.readers import read_table
from asn_mutasi.validation import prepare_roster

ZWNJ = "\u200c"
REKAP = ["NIP", "Nama Lengkap (Tanpa Gelar)", "Nama Lengkap (Dengan Gelar)", "Golongan", "Jabatan Fungsional",
         "Jabatan Tambahan", "Unit Kerja"]  # fmt: skip
PEOPLE = [
    (
        "197905052014041005",
        "Rudi Setiawan",
        "Rudi Setiawan, S.T.",
        "III/c",
        "Pranata Komputer Ahli Muda",
        "",
        "UPT TIK",
    ),
    ("198006062010072006", "Nur Aini", "Nur Aini, A.Md.Kep.", "III/a", "Perawat Terampil", "", "Klinik Pratama"),
    ("198107072011011007", "Yohanes Ndun", "Yohanes Ndun, S.H.", "IV/e", "Guru Besar", "Dekan", "Departemen Hukum"),
]


def _rekap(make_workbook: Callable[..., Path], mark: str = ZWNJ) -> Path:
    """REKAP_PEGAWAI as SIMPEGA writes it: one header row, every text value (headers too) opened with ``mark``."""
    rows = [[mark + h for h in REKAP]] + [[mark + v if v else "" for v in p] for p in PEOPLE]
    return make_workbook("rekap.xlsx", {"Worksheet": rows})


def test_nips_opened_by_a_zero_width_mark_are_nips(make_workbook: Callable[..., Path]) -> None:
    """The NIP column was judged on its raw cells ("‌1979…": no 18 digits) and flagged 'kolom-isi-tidak-cocok'
    although every NIP reads valid once the mark is taken out (h30/real, SIMPEGA REKAP_PEGAWAI)."""
    raw = read_table(_rekap(make_workbook), "pegawai")
    assert not [f for f in raw.findings if f.code == "kolom-isi-tidak-cocok"]
    assert list(raw.frame["nip"]) == [p[0] for p in PEOPLE]


def test_an_exports_marker_is_said_once_per_column(make_workbook: Callable[..., Path]) -> None:
    """A warning per cell (3 people × 7 columns here; 43,200 for the real 2,400 × 18) for the export's own
    marker. Said once per column, info: the values read right. A bidi override is still named per cell."""
    raw = read_table(_rekap(make_workbook), "pegawai")
    codes = [f.code for f in raw.findings]
    assert "sel-karakter-tak-terlihat" not in codes
    per_column = [f for f in raw.findings if f.code == "kolom-karakter-tak-terlihat"]
    assert len(per_column) == len(REKAP)  # the one filled "Jabatan Tambahan" cell too: the same marker
    assert {f.severity.value for f in per_column} == {"info"}

    turned = read_table(_rekap(make_workbook, mark="\u202e"), "pegawai")
    assert [f.code for f in turned.findings].count("sel-karakter-tak-terlihat") == 3 * 6 + 1


def test_headers_read_have_no_invisible_mark(make_workbook: Callable[..., Path]) -> None:
    """Every header of REKAP_PEGAWAI opens with U+200C: the values lost it, the headers kept it, so messages,
    ``judul_kolom`` and the mapping said "'\u200cAgama'" (the eye sees 'Agama'). Headers are read as they look, and
    a peta kolom naming the plain header still finds its column (real2, h30)."""
    raw = read_table(_rekap(make_workbook), "pegawai")
    assert raw.columns["nip"].header == "NIP" and raw.columns["unit_kerja"].header == "Unit Kerja"
    shown = [f.message for f in raw.findings] + [f.location.header or "" for f in raw.findings] + raw.unmapped
    assert shown and not [t for t in shown if ZWNJ in t]
    mapped = read_table(_rekap(make_workbook), "pegawai", mapping={"jabatan": "Jabatan Tambahan"})
    assert mapped.columns["jabatan"].header == "Jabatan Tambahan"


def test_one_odd_cell_is_still_named(make_workbook: Callable[..., Path]) -> None:
    """A zero-width space in one NIP among plain ones is no export's marker: that cell is named, as before."""
    rows = [REKAP] + [list(p) for p in PEOPLE]
    rows[2][0] = "1980060620100\u200b72006"
    raw = read_table(make_workbook("satu.xlsx", {"Sheet1": rows}), "pegawai")
    said = [f for f in raw.findings if f.code == "sel-karakter-tak-terlihat"]
    assert [(f.location.row, f.location.column) for f in said] == [(3, "A")]
    assert "kolom-karakter-tak-terlihat" not in [f.code for f in raw.findings]


def test_the_name_with_titles_is_read_not_the_bare_one(make_workbook: Callable[..., Path]) -> None:
    """ "Nama Lengkap (Tanpa Gelar)" stood left of "(Dengan Gelar)" and was read, with a 'kolom-ganda' warning: the
    titles ("S.T.", "A.Md.Kep.") that tell the education were lost. The titled name is read, without a word."""
    rows = [REKAP] + [list(p) for p in PEOPLE]
    raw = read_table(make_workbook("nama.xlsx", {"Sheet1": rows}), "pegawai")
    assert raw.columns["nama"].header == "Nama Lengkap (Dengan Gelar)"
    assert "kolom-ganda" not in [f.code for f in raw.findings]
    assert prepare_roster(raw).frame.loc[0, "nama"] == "Rudi Setiawan, S.T."


NOMINATIF = ["#", "NIP", "Nama Lengkap(Dengan Gelar)", "Golongan Pangkat", "TMT", "Jabatan Tambahan", "TMT",
             "Jabatan Fungsional", "TMT", "Jenjang Pendidikan", "Subag/Unit Kerja", "NIP"]  # fmt: skip


def _nominatif(make_workbook: Callable[..., Path]) -> Path:
    rows: list[list[object]] = [["DATA PNS DAN PTT"], [], NOMINATIF]
    for i, (nip, _, nama, gol, jab, tambahan, unit) in enumerate(PEOPLE, 1):
        rows.append([i, nip, nama, gol, "01-04-2019", tambahan, "02-01-2023" if tambahan else "", jab,
                     f"01-0{i}-2020", "S1", unit, nip])  # fmt: skip
    return make_workbook("nominatif.xlsx", {"Nominatif": rows})


def test_a_column_repeated_whole_is_no_second_candidate(make_workbook: Callable[..., Path]) -> None:
    """SIMPEGA's nominatif holds "NIP" twice, the same numbers: 'kolom-ganda' warned of a choice there was none
    to make. Two "NIP" columns with different numbers are still said."""
    path = _nominatif(make_workbook)
    raw = read_table(path, "pegawai")
    assert raw.columns["nip"].letter == "B"
    assert "kolom-ganda" not in [f.code for f in raw.findings]

    wb = openpyxl.load_workbook(path)
    wb["Nominatif"]["L4"] = "199001012015011001"  # another person's number in the second "NIP"
    wb.save(path)
    assert "kolom-ganda" in [f.code for f in read_table(path, "pegawai").findings]


def test_bare_tmt_right_of_the_jabatan_is_the_tmt_jabatan(make_workbook: Callable[..., Path]) -> None:
    """Three bare "TMT" columns (of the pangkat, the jabatan tambahan and the jabatan fungsional): none was read,
    so time in post went unchecked. The one right of the column read as the jabatan is the TMT jabatan."""
    raw = read_table(_nominatif(make_workbook), "pegawai")
    assert raw.columns["tmt_jabatan"].letter == "I"
    dates = prepare_roster(raw).frame["tmt_jabatan"]
    assert [d.strftime("%Y-%m-%d") for d in dates] == ["2020-01-01", "2020-02-01", "2020-03-01"]


def test_simpega_headers_are_known_spellings(make_workbook: Callable[..., Path]) -> None:
    """ "Golongan Pangkat" and "Subag/Unit Kerja" were mapped by similarity, each with a 'kolom-dipetakan-fuzzy'
    warning for a header SIMPEGA writes every month."""
    raw = read_table(_nominatif(make_workbook), "pegawai")
    assert (raw.columns["golongan"].how, raw.columns["unit_kerja"].how) == ("alias", "alias")
    assert "kolom-dipetakan-fuzzy" not in [f.code for f in raw.findings]
