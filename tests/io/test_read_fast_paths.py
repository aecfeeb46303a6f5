"""The readers' numpy fast paths agree with the one-cell-at-a-time code they stand in for (issue 10)."""

from __future__ import annotations

import random
from datetime import date, datetime
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from asn_mutasi import distinct
from asn_mutasi.distinct import text_edges
from asn_mutasi.domain.coded_fields import DASHES
from asn_mutasi.io import readers
from asn_mutasi.io.headers import INVISIBLE
from asn_mutasi.io.readers import _kinds_and_edges, _slow_kinds
from tests.line_count import lines_run

#: characters that decide a kind (spaces, formula starts, NUL, a lone surrogate) and ordinary ones
ALPHABET = [
    " ",
    "\t",
    "\r",
    "\n",
    "\xa0",
    "\u3000",
    "\u2009",
    "\x1c",
    "=",
    "+",
    "-",
    "@",
    "\x00",
    "\ud800",
    "a",
    "Z",
    "7",
    "é",
    "字",
    "😀",
]


def _objects(values: list[object]) -> np.ndarray:
    return np.fromiter(values, dtype=object, count=len(values))


def _random_texts(rng: random.Random, n: int) -> list[str]:
    return ["".join(rng.choice(ALPHABET) for _ in range(rng.choice([0, 0, 1, 2, 5]))) for _ in range(n)]


@pytest.mark.parametrize("seed", range(20))
def test_cell_kinds_agree_with_the_slow_pass(seed: int) -> None:
    rng = random.Random(seed)
    texts = _random_texts(rng, rng.randrange(1, 300))
    if seed % 4 == 0:  # no NUL and no surrogate: the fast path takes the whole column
        texts = [t.replace("\x00", "x").replace("\ud800", "y") for t in texts]
    column = _objects(texts)
    kinds, ascii_only, _ = _kinds_and_edges(column)
    assert kinds.tolist() == _slow_kinds(texts).tolist()
    assert not ascii_only or all(t.isascii() for t in texts)


def test_cell_kinds_mixed_columns_take_the_slow_pass() -> None:
    values: list[object] = ["", " ", None, 1.0, 2, True, date(2020, 1, 1), datetime(2020, 1, 1, 8), "=A1", "x"]
    assert _kinds_and_edges(_objects(values))[0].tolist() == [3, 2, 1, 0, 0, 0, 0, 0, 2, 0]


def test_text_edges() -> None:
    first, last = text_edges(["ab", "", " c", "字", "", "x "])  # type: ignore[misc]
    assert first.tolist() == [ord("a"), 0, ord(" "), ord("字"), 0, ord("x")]
    assert last.tolist() == [ord("b"), 0, ord("c"), ord("字"), 0, ord(" ")]
    assert [a.tolist() for a in text_edges([""])] == [[0], [0]]  # type: ignore[union-attr]
    assert [a.tolist() for a in text_edges([])] == [[], []]  # type: ignore[union-attr]
    assert text_edges(["a\x00b", "c"]) is None  # a NUL inside a text would shift the starts
    assert text_edges(["\x00"]) is None
    assert text_edges(["\ud800"]) is None  # not encodable: one text at a time


def test_cell_kinds_blocks_and_memory_bound(monkeypatch: pytest.MonkeyPatch) -> None:
    """Columns longer than a block, and blocks too long to join, give the same kinds."""
    rng = random.Random(5)
    texts = [t.replace("\x00", "x").replace("\ud800", "y") for t in _random_texts(rng, 1000)]
    texts[500] = "a\x00b"  # one block falls back, the others do not
    monkeypatch.setattr(readers, "TEXT_EDGES_BLOCK", 64)
    assert _kinds_and_edges(_objects(texts))[0].tolist() == _slow_kinds(texts).tolist()
    monkeypatch.setattr(distinct, "TEXT_EDGES_MAX_CHARS", 10)
    assert _kinds_and_edges(_objects(texts))[0].tolist() == _slow_kinds(texts).tolist()


def test_clean_column_blank_and_formulas() -> None:
    column = _objects(["a", "", "  ", "\u3000", "=SUM(A1)", "-", "-5", "+62 812", "\t=1", " x", None])
    values, blank, formulas, ascii_only, _ = readers._cleaned_column(column)
    assert not ascii_only  # (the ideographic space)
    assert blank.tolist() == [False, True, True, True, False, False, False, False, False, False, True]
    assert formulas.tolist() == [4, 7, 8]
    assert values.tolist() == ["a", None, None, None, "=SUM(A1)", "-", "-5", "+62 812", "\t=1", " x", None]


def _old_summary_rows(columns: list[list[object]], n: int) -> list[bool]:
    """sheet_layout.summary_rows as it was before its all-text fast path."""
    from asn_mutasi.io.sheet_layout import _NEVER_SUMMARY, _SUMMARY

    out = [False] * n
    open_rows = list(range(n))
    for column in columns:
        still = []
        for r in open_rows:
            v = column[r]
            if v is None or isinstance(v, int | float):
                still.append(r)
            else:
                out[r] = isinstance(v, str) and v[:1] not in _NEVER_SUMMARY and _SUMMARY.match(v) is not None
        open_rows = still
    return out


@pytest.mark.parametrize("seed", range(12))
def test_summary_rows_agree_with_the_row_by_row_rule(seed: int) -> None:
    from asn_mutasi.io.sheet_layout import summary_rows

    rng = random.Random(seed)
    n = rng.randrange(1, 200)
    words = [
        "JUMLAH",
        " Total pegawai",
        "rata-rata",
        "Rata - rata",
        "SUB TOTAL",
        "Jumlahnya",
        "Analis",
        "",
        "x\x00",
        "\ud800",
    ]
    columns: list[list[object]] = []
    for c in range(3):
        if c == 0 and seed % 2:
            columns.append([float(i) if rng.random() < 0.9 else None for i in range(n)])
        elif seed % 3 == 0:
            columns.append([rng.choice(words) for _ in range(n)])  # all text: the fast path
        else:
            columns.append([rng.choice([*words, None, 3]) for _ in range(n)])
    arrays = [np.fromiter(col, dtype=object, count=n) for col in columns]
    assert summary_rows(arrays, n).tolist() == _old_summary_rows(columns, n)


class _Text(str):
    """A str subclass: validation gives plain str for it too."""


@pytest.mark.parametrize("seed", range(12))
def test_texts_agree_with_the_one_cell_pass(seed: int) -> None:
    import pandas as pd

    from asn_mutasi.validation import _text, _texts

    rng = random.Random(seed)
    values: list[object] = list(_random_texts(rng, rng.randrange(1, 200)))
    if seed % 3 == 1:
        values[rng.randrange(len(values))] = None
    if seed % 3 == 2:
        values[-1] = rng.choice([1.0, float("nan"), 3, date(2020, 1, 2), pd.NA, pd.NaT])
    if seed % 4 == 0:
        values[0] = _Text(" subclass ")
    expected = [(v.strip() or None) if v.__class__ is str else None if v is None else _text(v) for v in values]
    got = _texts(pd.Series(values, dtype=object))
    assert got == expected
    assert [type(v) for v in got] == [type(v) for v in expected]


def test_a_column_without_invisible_characters_counts_no_text_cells(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The text cells of a column are counted (one Python step a cell) only where an invisible character was
    taken out: the count decides nothing else, and every column of a clean 100,000-row roster was walked for it."""
    counted: list[int] = []
    real = readers._text_cells
    monkeypatch.setattr(readers, "_text_cells", lambda values: counted.append(len(values)) or real(values))
    rows = "".join(f"19800101200501{k:04d},Pegawai {k},Analis,BKD\n" for k in range(1, 200))
    (tmp_path / "a.csv").write_text(f"NIP,NAMA,JABATAN,UNIT KERJA\n{rows}", encoding="utf-8")
    clean = readers.read_table(tmp_path / "a.csv", "pegawai")
    assert counted == [] and not [f for f in clean.findings if "tak-terlihat" in f.code]
    marked = rows.replace("Pegawai", "\u200cPegawai")
    (tmp_path / "b.csv").write_text(f"NIP,NAMA,JABATAN,UNIT KERJA\n{marked}", encoding="utf-8")
    table = readers.read_table(tmp_path / "b.csv", "pegawai")
    assert counted == [199]  # the one column that changed
    assert [(f.code, f.location.column) for f in table.findings if "tak-terlihat" in f.code] == [
        ("kolom-karakter-tak-terlihat", "B")
    ]


@pytest.mark.parametrize(
    ("cells", "ascii_only"),
    [
        (["Analis", "", " x", "=1", None], True),
        (["Analis", None, 3.0], False),  # text beside a number: one cell at a time, not known
        ([None, 1.0, 2.0], True),  # no text at all
        (["Analis", "Pranata\u200bKomputer"], False),
        (["Analis", None, "\u00e9"], False),
        (["a\x00b", "c"], False),  # a NUL: the slow kinds, and no plain column: the strip takes it out (hostile6)
        (["a\x01b", "c"], False),  # a C0 control in ASCII text: the strip takes it out and names the cell
        (["a\tb", "c\r\nd"], True),  # tab and line ends are no control characters to strip
        (["Analis", float("nan"), "b"], False),  # NaN among texts: not joined, not known
    ],
)
def test_clean_column_says_whether_every_text_is_ascii(cells: list[object], ascii_only: bool) -> None:
    """The texts are joined to read their first characters; whether they are all ASCII then costs nothing, and a
    column that is needs no second join to look for invisible characters (none is ASCII; issue 10, speed6)."""
    assert readers._cleaned_column(_objects(cells))[3] is ascii_only
    assert not ascii_only or not any(isinstance(v, str) and INVISIBLE.search(v) for v in cells)


def test_an_ascii_column_is_not_searched_again_for_invisible_characters(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    searched: list[int] = []
    real = readers._strip_column
    monkeypatch.setattr(readers, "_strip_column", lambda v, b: searched.append(len(v)) or real(v, b))
    rows = "".join(f"19800101200501{k:04d},Pegawai {k},Analis,BKD\n" for k in range(1, 200))
    (tmp_path / "a.csv").write_text(f"NIP,NAMA,JABATAN,UNIT KERJA\n{rows}", encoding="utf-8")
    readers.read_table(tmp_path / "a.csv", "pegawai")
    assert searched == []
    marked = rows.replace("BKD", "BKD\u200c")
    (tmp_path / "b.csv").write_text(f"NIP,NAMA,JABATAN,UNIT KERJA\n{marked}", encoding="utf-8")
    table = readers.read_table(tmp_path / "b.csv", "pegawai")
    assert searched == [199]  # the one column that is not ASCII
    assert [(f.code, f.location.column) for f in table.findings if "tak-terlihat" in f.code] == [
        ("kolom-karakter-tak-terlihat", "D")
    ]


#: NIP and name cells that cell_text may read as no one, or as someone
_WHO = ["", " ", "-", " - ", "\u200c-", "–", "—", "--", "0", "00", " 0", "\xa00", "0123", "1980", "A", "a-",
        "\u200bBudi", "Budi", "9", "-1", "KOSONG", "\t", "\u3000--", "é"]  # fmt: skip


@pytest.mark.parametrize("seed", range(8))
def test_opens_with_a_name_only_where_cell_text_names_someone(seed: int) -> None:
    """:func:`readers._opens_with_a_name` passes over a cell only when its cell_text can be no blank or dash."""
    from asn_mutasi.io.headers import cell_text

    rng = random.Random(seed)
    values: list[object] = [rng.choice(_WHO) + rng.choice(["", "", "x", "7"]) for _ in range(rng.randrange(1, 300))]
    if seed % 2:
        values[rng.randrange(len(values))] = None
    if seed % 4 == 3:
        values[-1] = rng.choice([0.0, 0, 198001012005011001.0])
    got = readers._opens_with_a_name(_objects(values)).tolist()
    for v, named in zip(values, got, strict=True):
        if named:
            assert cell_text(v) not in readers._NO_ONE, v
    texts = [v for v in values if isinstance(v, str)]
    if seed % 4 != 3:  # text and None only: every text opening with a letter or 1-9 is passed over
        expected = [isinstance(v, str) and v[:1] in "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz123456789"
                    and v != "" for v in values]  # fmt: skip
        assert got == expected, texts


def test_vacant_seats_look_at_the_dash_rows_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """A roster's vacant seats are found looking at the rows whose NIP may be a dash or blank, not at every NIP."""
    n = 5000
    nip = _objects([f"19800101200501{k % 10000:04d}" if k % 1000 else "-" for k in range(n)])
    nama = _objects([f"Pegawai {k}" if k % 1000 else "-" if k % 2000 else "KOSONG" for k in range(n)])
    ket = _objects(["" if k % 4000 else "FORMASI TERSEDIA" for k in range(n)])
    cleaned = {"NIP": nip, "NAMA": nama, "KET": ket}
    calls: list[object] = []
    real = readers.cell_text
    monkeypatch.setattr(readers, "cell_text", lambda v: calls.append(v) or real(v))
    vacant = readers._vacant_seats(
        cleaned, ["NIP", "NAMA", "KET"], {0: "NIP", 1: "NAMA"}, {"nip": 0, "nama": 1}, "pegawai", np.ones(n, bool)
    )
    assert np.flatnonzero(vacant).tolist() == [0, 2000, 4000]
    assert len(calls) == 2 * 5  # the five dash rows' NIP and name


def _strip_reference(values: list[object]) -> tuple[list[object], list[tuple[int, str, str | None]]]:
    """_strip_column cell by cell: the invisible characters of each text cell taken out, a cell left empty blank (no
    C0 control among these values: the third item, what a control finding quotes, is None; hostile9, h32)."""
    out, changed = list(values), []
    for k, v in enumerate(values):
        if v.__class__ is str and INVISIBLE.search(v):
            what = "pengatur arah teks" if readers._BIDI().search(v) else "karakter kendali atau lebar-nol"
            changed.append((k, what, None))
            out[k] = INVISIBLE.sub("", v) if INVISIBLE.sub("", v).strip() else None
    return out, changed


@pytest.mark.parametrize(
    "values",
    [
        ["Analis", None, "\u200bAnalis", None, "Pengelola\u200e", None],
        ["Analis", None, "\u200c", 12.0, "\u202eBudi", datetime(2020, 1, 1), None],  # a number among the texts
        ["Analis", None, "Pengelola"],
        [None, None],
        ["\u2066x\u2069", "y"],
    ],
)
def test_strip_column_takes_invisible_characters_out_of_text_cells(values: list[object]) -> None:
    column = _objects(values)
    is_blank = np.array([v is None for v in values])
    changed = readers._strip_column(column, is_blank)
    expected, expected_changed = _strip_reference(values)
    assert changed == expected_changed
    assert column.tolist() == expected
    assert is_blank.tolist() == [v is None for v in expected]


def test_a_text_column_with_blanks_is_searched_without_a_step_per_cell() -> None:
    """An optional column (gelar, preferensi unit) of texts and blanks at 100k rows: the texts are joined at once."""
    values = ["Analis SDM", None, "Pengelola"] * 700
    column, is_blank = _objects(values), np.array([v is None for v in values])
    changed, lines = lines_run("asn_mutasi/io/readers.py", lambda: readers._strip_column(column, is_blank))
    assert changed == [] and column.tolist() == values
    assert lines < 100, lines


def test_dashes_read_empty_once_per_distinct_value(monkeypatch: pytest.MonkeyPatch) -> None:
    """A post or unit cell that is a lone dash is read empty, as the cell-by-cell rule reads it; the dash test runs
    once per distinct value of a column, not once per row (a 100,000-row roster repeats a few thousand posts)."""
    cells: list[object] = ["Analis", " - ", "\u2013", None, float("nan"), 12.0, "--", "x-", datetime(2020, 1, 1), "-"]
    values = cells * 300
    calls: list[object] = []
    real = readers._is_dash
    monkeypatch.setattr(readers, "_is_dash", lambda v: calls.append(v) or real(v))
    frame = pd.DataFrame({"jabatan": pd.Series(values, dtype=object), "unit_kerja": pd.Series(values, dtype=object)})
    readers._dashes_read_empty(frame)
    expected = [None if isinstance(v, str) and v.strip() in DASHES else v for v in values]
    for name in ("jabatan", "unit_kerja"):
        got = frame[name].tolist()
        assert [g is None for g in got] == [e is None for e in expected]
        assert [g for g in got if g is not None and g == g] == [e for e in expected if e is not None and e == e]
    assert len(calls) == 2 * 8  # the eight distinct filled values of each column
