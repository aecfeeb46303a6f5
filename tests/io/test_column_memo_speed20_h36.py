"""The reader hands what it learnt of a column to the validation (speed20, h36): each fact tied to the column's
memory, so a column rewritten after the fact is found anew, never read stale."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from asn_mutasi import validation
from asn_mutasi.distinct import ColumnMemo, distinct_groups
from asn_mutasi.io import readers
from asn_mutasi.validation import _texts, prepare_roster

_HEADER = "NIP;NAMA;GOL/RUANG;JABATAN;UNIT KERJA;PENDIDIKAN TERAKHIR;TANGGAL LAHIR\n"


def _roster(tmp_path: Path, rows: list[str]) -> Path:
    path = tmp_path / "pegawai.csv"
    path.write_text(_HEADER + "".join(r + "\n" for r in rows), encoding="utf-8")
    return path


def _clean_rows(n: int) -> list[str]:
    posts = ["Analis Kebijakan", "Pengadministrasi Umum", "Perencana Ahli Muda"]
    return [
        f"19800101200501{1000 + i:04d};Pegawai {i};III/a;{posts[i % 3]};Dinas {i % 4};S-1;01-01-1980" for i in range(n)
    ]


def test_validation_takes_the_readers_texts_and_grouping(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A clean roster's name column is its own stripped text, and its posts were grouped by the reader: the
    validation neither joins the names again nor groups the posts again."""
    raw = readers.read_table(_roster(tmp_path, _clean_rows(30)), "pegawai")
    assert raw.memo is not None and raw.memo.own_texts("nama", raw.frame["nama"])
    grouped = raw.memo.groups("jabatan", raw.frame["jabatan"])
    joined: list[int] = []
    edge_texts = validation._edge_texts
    monkeypatch.setattr(validation, "_edge_texts", lambda v: joined.append(len(v)) or edge_texts(v))
    ctx_columns: dict[str, validation._Column] = {}
    real_column = validation.RosterContext.column

    def column(self: validation.RosterContext, name: str) -> validation._Column:
        ctx_columns[name] = real_column(self, name)
        return ctx_columns[name]

    monkeypatch.setattr(validation.RosterContext, "column", column)
    prepared = prepare_roster(raw, today=date(2026, 11, 1))
    assert prepared.frame["nama"].tolist() == [f"Pegawai {i}" for i in range(30)]
    assert ctx_columns["nama"].texts() is ctx_columns["nama"].values  # no second look at the names
    assert ctx_columns["jabatan"].groups() is grouped  # the reader's grouping, not a second one
    assert len(joined) < len(ctx_columns)  # (columns the file lacks, all None, still go through _edge_texts)


def test_a_column_rewritten_after_the_reader_learnt_it_is_found_anew(tmp_path: Path) -> None:
    """The post column loses its eselon line after the reader grouped it (and a dash unit is read empty): the
    validation's results are those of a validation that is handed nothing."""
    rows = _clean_rows(6)
    rows[3] = rows[3].replace("Analis Kebijakan", '"Kepala Bidang Umum\n(Eselon IIIb)"').replace("Dinas 3", "-")
    rows[2] = rows[2].replace("Pegawai 2", "  Pegawai 2\u200b ")
    raw = readers.read_table(_roster(tmp_path, rows), "pegawai")
    assert "Kepala Bidang Umum" in raw.frame["jabatan"].tolist()
    assert raw.frame["unit_kerja"].tolist()[3] is None
    assert raw.memo is not None
    fresh = prepare_roster(raw, today=date(2026, 11, 1))
    raw.memo = None
    alone = prepare_roster(raw, today=date(2026, 11, 1))
    pd.testing.assert_frame_equal(fresh.frame, alone.frame)
    assert [(f.code, f.location) for f in fresh.findings] == [(f.code, f.location) for f in alone.findings]


def test_memo_never_reads_a_column_written_in_place() -> None:
    """A column written in place after a fact was found: Copy-on-Write gave it new memory, the fact is not its."""
    frame = pd.DataFrame({"jabatan": pd.Series(["a", "b", "a", None], dtype=object)}, copy=False)
    memo = ColumnMemo()
    before = memo.groups("jabatan", frame["jabatan"])
    memo.note_own_texts("jabatan", frame["jabatan"])
    assert memo.groups("jabatan", frame.reset_index(drop=True)["jabatan"]) is before
    frame.loc[2, "jabatan"] = " b"
    assert not memo.own_texts("jabatan", frame["jabatan"])
    after = memo.groups("jabatan", frame["jabatan"])
    assert before is not None and after is not None and before[0].tolist() == [0, 1, 0, 2]
    assert after[0].tolist() == distinct_groups(frame["jabatan"].to_numpy(dtype=object))[0].tolist() == [0, 1, 2, 3]


def test_field_columns_are_views_of_the_original_columns(tmp_path: Path) -> None:
    """The frame's field columns are the original columns' memory, not a consolidated copy of it."""
    raw = readers.read_table(_roster(tmp_path, _clean_rows(5)), "pegawai")
    assert raw.original_frame is not None
    assert np.shares_memory(raw.frame["nama"].to_numpy(), raw.original_frame["NAMA"].to_numpy())


_CELLS = [None, "", " ", "a", " a", "a ", "\u3000b", "b\xa0", "\x1cc", "d\x1f", "'=1+2", "=A1", "-", "\u200be", 1, 2.5]


@given(st.lists(st.sampled_from(_CELLS), min_size=1, max_size=30))
def test_a_column_said_its_own_texts_is_its_stripped_texts(cells: list[object]) -> None:
    """Whenever the reader says a cleaned column is its own stripped text, the validation's texts of it are its
    cells themselves."""
    column = np.empty(len(cells), dtype=object)
    column[:] = cells
    values, _, _, _, own = readers._cleaned_column(column)
    if own:
        texts = _texts(pd.Series(values, dtype=object))
        assert all(t is v for t, v in zip(texts, values.tolist(), strict=True))


def test_dashes_read_empty_with_the_memo_as_without(monkeypatch: pytest.MonkeyPatch) -> None:
    """Grouped by the memo, a dash is read empty as without it, and a missing cell is never tested."""
    cells: list[object] = ["Analis", " - ", "\u2013", None, float("nan"), 12.0, "--", "-", pd.NA]
    frames = [pd.DataFrame({"jabatan": pd.Series(cells * 3, dtype=object)}) for _ in range(2)]
    calls: list[object] = []
    real = readers._is_dash
    monkeypatch.setattr(readers, "_is_dash", lambda v: calls.append(v) or real(v))
    readers._dashes_read_empty(frames[0], ColumnMemo())
    assert len(calls) == 6  # the six distinct filled values
    readers._dashes_read_empty(frames[1])
    assert repr(frames[0]["jabatan"].tolist()) == repr(frames[1]["jabatan"].tolist())
