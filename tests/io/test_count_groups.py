"""A count header merged over sub-columns ("BEZETTING" over "PNS | PPPK | JUMLAH"): the total is the count."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from asn_mutasi.io.readers import read_table

_LEFT = ["KODE JABATAN", "NAMA JABATAN", "UNIT KERJA", "KEBUTUHAN"]
_POSTS = [("A-1", "Analis Kebijakan", "Dinas X", 3), ("A-2", "Pengadministrasi Umum", "Dinas X", 2)]


def _table(make_workbook: Callable[..., Path], children: list[str], counts: list[list[int]], *, down: bool) -> Path:
    """A position table whose BEZETTING label is merged across ``children``; the labels to its left are merged down
    over the sub-label row (``down``) or stand on the first row alone."""
    width = len(_LEFT) + len(children)
    last = chr(ord("A") + width - 1)
    first = chr(ord("A") + len(_LEFT))
    merges = [f"{first}1:{last}1"] + ([f"{c}1:{c}2" for c in "ABCD"] if down else [])
    rows = [[*_LEFT, "BEZETTING", *[None] * (len(children) - 1)], [None] * len(_LEFT) + children]
    rows += [[*post, *n] for post, n in zip(_POSTS, counts, strict=True)]
    return make_workbook("peta.xlsx", {"Peta Jabatan": {"rows": rows, "merges": merges}})


@pytest.mark.parametrize("down", [True, False], ids=["merged-down", "first-row-alone"])
@pytest.mark.parametrize(
    ("children", "counts"),
    [
        (["PNS", "PPPK", "JUMLAH"], [[1, 1, 2], [0, 2, 2]]),
        (["CPNS", "PNS", "PPPK", "TOTAL"], [[0, 1, 1, 2], [1, 0, 1, 2]]),
        (["PNS", "PPPK"], [[1, 1], [0, 2]]),  # no total: the status counts are summed
    ],
    ids=["jumlah", "total", "sum"],
)
def test_a_bezetting_merged_over_status_counts_is_their_total(
    make_workbook: Callable[..., Path], children: list[str], counts: list[list[int]], down: bool
) -> None:
    table = read_table(_table(make_workbook, children, counts, down=down), "jabatan")
    assert table.source.header_rows == (1, 2)  # the sub-labels are the header's second row, never a data row
    assert table.frame["kode_jabatan"].tolist() == ["A-1", "A-2"]
    assert [float(v) for v in table.frame["bezetting"]] == [2.0, 2.0]
    assert not [f for f in table.findings if f.code in ("kolom-ganda", "angka-tidak-valid", "sel-wajib-kosong")]
    said = [f for f in table.findings if f.code == "kolom-gabungan"]
    assert len(said) == 1 and said[0].location.field == "bezetting"
