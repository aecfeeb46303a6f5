"""Hostile CSVs and far-value sheets (hostile30, h38)."""

from __future__ import annotations

from pathlib import Path

import pytest

from asn_mutasi.errors import InputError
from asn_mutasi.io.readers import read_table
from tests.cli_helpers import sample_plan_with_sheet_moved_down
from tests.io.test_hostile import HEADER, ROW, _letters, sheet_xml, write_xlsx


@pytest.mark.parametrize(("blank", "end"), [(30, "\n"), (100_000, "\r\n")])
def test_blank_lines_before_a_csv_table_are_read_past_and_counted(tmp_path: Path, blank: int, end: str) -> None:
    """A roster CSV with a hundred thousand blank lines before its table was called "kosong" (only the first 1,000
    rows were looked at) and its delimiter was guessed from the blank lines; thirty were enough for its header to be
    "not found" (the header was looked for in the first 20 rows, blank or not). The blank lines are read past
    before the delimiter is guessed and the header looked for, counted in one ``baris-kosong``, and the rows after
    them keep their line numbers."""
    second = ["199002022016041002", "Sari", "Analis Kepegawaian", "BKD"]
    text = end * blank + end.join(";".join(r) for r in (HEADER, ROW, second)) + end
    path = tmp_path / "pegawai.csv"
    path.write_bytes(text.encode())
    table = read_table(path, "pegawai")
    assert table.source.delimiter == ";"
    assert table.frame["nama"].tolist() == ["Budi", "Sari"]
    assert table.frame["_baris"].tolist() == [blank + 2, blank + 3]
    said = [f for f in table.findings if f.code == "baris-kosong"]
    assert [(f.location.row, f.message) for f in said] == [
        (1, f"Baris kosong dilewati ({f'{blank:,}'.replace(',', '.')} baris, sampai baris {blank})")
    ]


def test_a_csv_of_blank_lines_only_is_empty(tmp_path: Path) -> None:
    path = tmp_path / "pegawai.csv"
    path.write_text("\n \r\n\t\n" * 40_000)
    with pytest.raises(InputError, match="kosong"):
        read_table(path, "pegawai")


def test_a_far_text_that_is_no_header_is_said_with_the_rows_looked_at(tmp_path: Path) -> None:
    """Past a million blank rows the header is looked for from the first row with text; when none is found there
    the message names the rows looked at, not "the first 20 rows" (which were blank)."""
    top = 999_995
    cells = {f"{_letters(i + 1)}{top}": v for i, v in enumerate(["catatan", "12", "13", "14"])}
    path = write_xlsx(tmp_path / "pegawai.xlsx", sheet_xml(cells))
    with pytest.raises(InputError) as refused:
        read_table(path, "pegawai")
    assert "Baris judul kolom tidak ditemukan" in str(refused.value)
    assert f"baris {top:,}–{top + 19:,}".replace(",", "") in str(refused.value)


POSTS = 60  # (lines enough for the delimiter to be told from the sample)
PETA = "KODE JABATAN;NAMA JABATAN;UNIT KERJA;KEBUTUHAN\n" + "".join(
    f"J-{k};Analis SDM Aparatur {k};BKD;2\n" for k in range(POSTS)
)
ABK = "KODE JABATAN;NAMA JABATAN;UNIT KERJA;URAIAN TUGAS;SATUAN HASIL;VOLUME (PER TAHUN);NORMA WAKTU (MENIT)\n" + (
    "".join(f"J-{k};Analis SDM Aparatur {k};BKD;Menyusun laporan;Laporan;1250;60\n" for k in range(POSTS))
)
LINES = 3_000


def _one_value_lines(tmp_path: Path, name: str, head: str) -> Path:
    path = tmp_path / name
    path.write_text(head + "".join(f"{i}\n" for i in range(LINES)))
    return path


def test_a_peta_of_one_value_lines_makes_its_empty_cell_findings_only_as_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A peta jabatan CSV of a million lines holding a code only ran past 120 s: each line's empty name and unit
    made a finding (two million), a thousand of which were kept. Every line is still excluded and counted; the
    findings past the cap are counted without being made."""
    from asn_mutasi import validation
    from asn_mutasi.validation import prepare_positions

    raw = read_table(_one_value_lines(tmp_path, "peta.csv", PETA), "jabatan")
    made = 0
    make = validation.make_finding

    def counted(code: str, *args: object, **kwargs: object) -> object:
        nonlocal made
        made += code == "sel-wajib-kosong"
        return make(code, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(validation, "make_finding", counted)
    prepared = prepare_positions(raw)
    assert len(prepared.valid) == POSTS and len(prepared.frame) == LINES + POSTS
    kept = [f for f in prepared.findings if f.code == "sel-wajib-kosong"]
    summary = " ".join(f.message for f in prepared.findings if f.code == "temuan-diringkas")
    assert kept and made <= len(kept) + 2, made
    assert f"{2 * LINES - len(kept):,}".replace(",", ".") in summary


def test_an_abk_of_one_value_lines_is_read_without_a_per_line_pass(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An ABK CSV of a million lines of one value ran out of time and memory: its summary-row test took each line's
    first text by a row-wise ``bfill`` (one pandas block per line), and its number check indexed and copied each
    bad line's place twice. The sheet is read column by column; every line is still said (capped)."""
    from pandas.core.internals import blocks

    from asn_mutasi.config import Settings
    from asn_mutasi.validation import prepare_positions
    from asn_mutasi.workload import abk as abk_module

    peta = read_table(tmp_path.joinpath("peta.csv").write_text(PETA) and tmp_path / "peta.csv", "jabatan")
    raw = read_table(_one_value_lines(tmp_path, "abk.csv", ABK), "abk")
    fills = copies = 0
    pad = blocks.EABackedBlock.pad_or_backfill  # (the text columns' blocks)
    replace = abk_module.replace

    def counted_pad(self: object, *args: object, **kwargs: object) -> object:
        nonlocal fills
        fills += 1
        return pad(self, *args, **kwargs)  # type: ignore[arg-type]

    def counted_replace(obj: object, **changes: object) -> object:
        nonlocal copies
        copies += 1
        return replace(obj, **changes)  # type: ignore[type-var]

    monkeypatch.setattr(blocks.EABackedBlock, "pad_or_backfill", counted_pad)
    monkeypatch.setattr(abk_module, "replace", counted_replace)
    prepared = prepare_positions(peta, Settings(), abk=raw)
    assert prepared.valid["kebutuhan"].tolist() == [1] * POSTS
    assert fills < 50, fills
    assert copies <= LINES + 10, copies
    said = [f for f in prepared.findings if f.code in ("angka-tidak-valid", "sel-wajib-kosong", "temuan-diringkas")]
    assert said


def test_a_header_far_wider_than_its_rows_costs_no_work_per_empty_column(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An ABK CSV whose header line carries 16,000 labels over rows of 7 cells took 99 s: each empty column was
    sampled cell by cell and sorted into kinds like a filled one. A column past every row's end is sampled as
    blank at once, and a column of no cell is cleaned without a look at its cells."""
    from asn_mutasi.io import readers

    wide = 2_000
    head, *body = ABK.splitlines()
    path = tmp_path / "abk.csv"
    path.write_text("\n".join([head + "".join(f";K{i}" for i in range(wide)), *body]) + "\n")
    looked = sampled = 0
    kinds, block = readers._kinds_and_edges, readers._block_value

    def counted_kinds(column: object) -> object:
        nonlocal looked
        looked += 1
        return kinds(column)  # type: ignore[arg-type]

    def counted_block(cells: object) -> object:
        nonlocal sampled
        sampled += 1
        return block(cells)  # type: ignore[arg-type]

    monkeypatch.setattr(readers, "_kinds_and_edges", counted_kinds)
    monkeypatch.setattr(readers, "_block_value", counted_block)
    raw = read_table(path, "abk")
    assert raw.frame["uraian_tugas"].tolist() == ["Menyusun laporan"] * POSTS
    assert looked < 50, looked
    assert sampled < 50 * POSTS, sampled


def test_a_persetujuan_table_moved_down_is_said_where_it_was_looked_for_and_found(tmp_path: Path) -> None:
    """A Persetujuan sheet with rows inserted above its table was refused as having none of its twelve columns, as
    if they were missing: the message now says the header was looked for on row 1 from column A and where it is."""
    from asn_mutasi.io.approval_sheet import read_approval_sheet
    from asn_mutasi.rollout.stages import APPROVAL_SHEET

    moved = sample_plan_with_sheet_moved_down(tmp_path, APPROVAL_SHEET, 4)
    with pytest.raises(InputError) as refused:
        read_approval_sheet(moved)
    said = str(refused.value)
    assert "bergeser" in said and "baris 5 mulai kolom A" in said and "baris 1 mulai kolom A" in said
    assert "A1" in (refused.value.hint or "")
