"""One remove-on-failure rule in io/writers: a batch of files (:func:`all_or_none`) is the commit point
(:func:`commit_point`) that keeps the files it replaced (tidy28, h38)."""

from __future__ import annotations

from pathlib import Path

import pytest

from asn_mutasi.io.writers import Commit, all_or_none, commit_point


def _fail_after_writing(guard: object, folder: Path) -> Commit:
    with pytest.raises(RuntimeError), guard as made:  # type: ignore[attr-defined]
        for name in ("a.docx", "lama.docx"):
            made(folder / name)
            (folder / name).write_text("baru")
        raise RuntimeError("berkas ketiga gagal")
    assert isinstance(made, Commit)
    return made


def test_a_failed_batch_removes_what_it_created_and_keeps_what_it_replaced(tmp_path: Path) -> None:
    (tmp_path / "lama.docx").write_text("lama")
    made = _fail_after_writing(all_or_none(), tmp_path)
    assert made.removed == [tmp_path / "a.docx"]
    assert [p.name for p in tmp_path.iterdir()] == ["lama.docx"]


def test_a_failed_commit_removes_the_replaced_file_too(tmp_path: Path) -> None:
    (tmp_path / "lama.docx").write_text("lama")
    made = _fail_after_writing(commit_point(), tmp_path)
    assert sorted(p.name for p in made.removed) == ["a.docx", "lama.docx"]
    assert list(tmp_path.iterdir()) == []
