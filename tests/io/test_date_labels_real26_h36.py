"""real26 (h36): a header naming a date ("TMT …", "TGL …", "TANGGAL …") is read as a date field or not at all."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import openpyxl
import pytest

from asn_mutasi.io.column_mapping import DATE_FIELDS, map_columns
from asn_mutasi.io.headers import HeaderColumn
from asn_mutasi.io.readers import read_table

_PEOPLE = [
    ["197501012010011001", "Andi", "Analis SDM Aparatur Ahli Muda", "BKD"],
    ["197602022011042002", "Sri", "Pranata Komputer Ahli Pertama", "BKD"],
    ["197703032012011003", "Budi", "Pengelola Keuangan", "BKD"],
]


def _roster(path: Path, upper: list[object], lower: list[object] | None, extra: list[list[object]]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["NIP", "NAMA", "JABATAN", "UNIT KERJA", *upper])
    if lower is not None:
        ws.append([None] * 4 + lower)
        ws.merge_cells(start_row=1, start_column=5, end_row=1, end_column=4 + len(lower))
        for c in "ABCD":
            ws.merge_cells(f"{c}1:{c}2")
    for person, cells in zip(_PEOPLE, extra, strict=True):
        ws.append(person + cells)
    wb.save(path)
    return path


def test_tmt_over_gol_and_eselon_fills_no_eselon(tmp_path: Path) -> None:
    """ "TMT" over "GOL | ESELON" (a DUK): the TMT eselon's dates were fuzzy-matched as the eselon (its lower label
    alone), every manager's eselon a date; review22 closed only the exact-alias path."""
    dates = [[datetime(2019, 4, 1), datetime(2020, 1, i)] for i in range(1, 4)]
    table = read_table(_roster(tmp_path / "duk.xlsx", ["TMT", None], ["GOL", "ESELON"], dates), "pegawai")
    assert "eselon" not in table.columns
    assert "kolom-dipetakan-fuzzy" not in {f.code for f in table.findings}


def test_a_dated_header_never_steals_the_golongan_from_pangkat(tmp_path: Path) -> None:
    """ "TMT GOL RUANG AKHIR" beside "PANGKAT": the TMT was fuzzy-matched as the golongan, every row's golongan a date,
    and the PANGKAT column (the golongan when no GOL column is there) read only where the dates were blank."""
    cells = [
        [datetime(2015, 4, i), p] for i, p in enumerate(["Penata (III/c)", "Pembina (IV/a)", "Penata Muda (III/a)"], 1)
    ]
    table = read_table(_roster(tmp_path / "r.xlsx", ["TMT GOL RUANG AKHIR", "PANGKAT"], None, cells), "pegawai")
    assert table.columns["golongan"].header == "PANGKAT"
    assert list(table.frame["golongan"]) == ["Penata (III/c)", "Pembina (IV/a)", "Penata Muda (III/a)"]


@pytest.mark.parametrize(
    ("kind", "header"),
    [
        ("pegawai", "TMT STATUS KEPEGAWAIAN"),
        ("pegawai", "Tgl. Kedudukan Hukum"),
        ("jabatan", "TMT BEBAN KERJA JAM"),
        ("usulan", "TGL JABATAN SEKARANG"),
        ("usulan", "TMT. UNIT KERJA TUJUAN"),
        ("abk", "TMT WAKTU KERJA EFEKTIF"),
        ("indikator", "TMT PERANGKAT DAERAH"),
    ],
)
def test_no_dated_header_is_fuzzy_matched_to_a_plain_field(kind: str, header: str) -> None:
    """Whatever the kind, a header whose first word is TMT/TGL/TANGGAL is never fuzzy-matched to a field that holds
    no date."""
    cols = [HeaderColumn(0, "A", "NIP", ("NIP",)), HeaderColumn(1, "B", header, (header,))]
    result = map_columns(cols, kind)
    assert [f for f, i in result.indices.items() if i == 1 and f not in DATE_FIELDS] == []


def test_a_misspelt_proposal_date_is_still_the_proposal_date() -> None:
    """The proposal's date is a date field: a close spelling of it ("Tanggal Usul") is still read as it."""
    cols = [HeaderColumn(0, "A", "NIP", ("NIP",)), HeaderColumn(1, "B", "TANGGAL USUL", ("TANGGAL USUL",))]
    assert map_columns(cols, "usulan").indices.get("tanggal_usulan") == 1


@pytest.mark.parametrize(
    "upper, lower",
    [(["TMT ESELON"], None), (["TMT / GOL"], None), (["TMT CPNS/PNS"], None), (["TMT", None], ["GOL", "ESELON"])],
)
def test_dates_the_plan_does_not_read_are_known_and_unused(
    tmp_path: Path, upper: list[object], lower: list[object] | None
) -> None:
    """A roster's TMT golongan, TMT CPNS or TMT eselon was said unknown ("kolom-tidak-dikenal"), as if the tool could
    not read it: it is a known date the plan has no use for (kolom-dikenal-tidak-dipakai)."""
    cells = [[datetime(2019, 4, i)] * len(upper) for i in range(1, 4)]
    table = read_table(_roster(tmp_path / "r.xlsx", upper, lower, cells), "pegawai")
    said = [f for f in table.findings if f.location.header and f.location.header.startswith("TMT")]
    assert said and {f.code for f in said} == {"kolom-dikenal-tidak-dipakai"}
