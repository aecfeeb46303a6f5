"""Merged ranges filled down a data column (io.grid_fixes.fill_merged_down)."""

from __future__ import annotations

from asn_mutasi.io.grid_fixes import fill_merged_down


class _CountingRows(list):
    """Rows that count how often a row is looked up (the work of a fill)."""

    looked = 0

    def __getitem__(self, index):  # type: ignore[no-untyped-def]
        type(self).looked += 1
        return super().__getitem__(index)


def _rows(n: int) -> _CountingRows:
    rows = _CountingRows([[f"r{r}", None] for r in range(n)])
    rows[1][1] = "Dinas A"
    _CountingRows.looked = 0
    return rows


def test_a_range_written_many_times_is_filled_once() -> None:
    """30,000 copies of one tall range in a 4 KB workbook took 5.5 minutes (hostile-input campaign, h24): a range
    is filled once, a cell once, and said once."""
    once, many = _rows(2_000), _rows(2_000)
    single = fill_merged_down(once, [((1, 1), (1_999, 1))], 1, file="x.xlsx", sheet="S")
    looked_once = _CountingRows.looked
    _CountingRows.looked = 0
    repeated = fill_merged_down(many, [((1, 1), (1_999, 1))] * 3_000, 1, file="x.xlsx", sheet="S")
    assert list(many) == list(once) and [r[1] for r in many[1:]] == ["Dinas A"] * 1_999
    assert len(single) == len(repeated) == 1
    assert _CountingRows.looked <= looked_once + 3 * 3_000  # not 3,000 times the rows


def test_nested_ranges_fill_each_cell_once_with_the_outer_value() -> None:
    rows = _rows(100)
    fill_merged_down(rows, [((1, 1), (99, 1)), ((10, 1), (20, 1)), ((10, 1), (20, 1))], 1, file="x.xlsx", sheet=None)
    assert {r[1] for r in rows[1:]} == {"Dinas A"}


def test_a_number_merged_over_a_posts_holder_rows_stays_one_figure() -> None:
    """A peta jabatan with holders (Kemnaker BBPVP): "Jumlah ABK 6" merged over the post's 4 holder rows was copied to
    each row and summed to kebutuhan 24 (real-files campaign, h24). In a position table the number stays in its
    first row; the post's name is still filled for every holder."""
    rows: list[list[object]] = [["Instruktur Ahli Pertama", 6, "Ani"], [None, None, "Budi"], [None, None, "Citra"]]
    said = fill_merged_down(rows, [((0, 0), (2, 0)), ((0, 1), (2, 1))], 0, file="x.xlsx", sheet=None, numbers=False)
    assert [r[0] for r in rows] == ["Instruktur Ahli Pertama"] * 3
    assert [r[1] for r in rows] == [6, None, None] and len(said) == 1


def test_a_number_merged_over_several_posts_is_filled_for_each() -> None:
    """A kelas merged over three different posts (their names not merged together) is each post's (second review)."""
    rows: list[list[object]] = [["Analis A", 8], ["Analis B", None], ["Analis C", None]]
    fill_merged_down(rows, [((0, 1), (2, 1))], 0, file="x.xlsx", sheet=None, numbers=False)
    assert [r[1] for r in rows] == [8, 8, 8]
