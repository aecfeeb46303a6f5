"""The plan's per-row work done once per distinct value (issue 10, speed10 campaign, h33)."""

from __future__ import annotations

import numpy as np
import pytest

from asn_mutasi.domain import jenis
from asn_mutasi.schema import EDUCATION_RANK


def test_profession_entry_read_once_per_distinct_programme(monkeypatch: pytest.MonkeyPatch) -> None:
    """golongan_keys reads a profession's entry golongan once per distinct programme key, not once per row; the keys
    are those of reading every row."""
    calls: list[object] = []
    entry = jenis._profession_entry

    def counted(key: object) -> float:
        calls.append(key)
        return entry(key)

    programme = np.array(["FARMASI APOTEKER", None, "PENDIDIKAN DOKTER DOKTER", "MANAJEMEN"] * 500, dtype=object)
    education = np.full(len(programme), float(EDUCATION_RANK["Profesi"]))
    rank = np.full(len(programme), np.nan)
    expected = jenis.golongan_keys(rank, None, education, programme)
    monkeypatch.setattr(jenis, "_profession_entry", counted)
    keys = jenis.golongan_keys(rank, None, education, programme)
    assert len(calls) <= 4
    np.testing.assert_array_equal(keys, expected)
    assert not np.isnan(keys[0]) and keys[0] != keys[3]


def _split_over_all_markers(words: list[str], markers: tuple[tuple[str, list[str]], ...]) -> tuple[list, list]:
    """The split as it was: every marker compared at every word."""
    for i in range(1, len(words)):
        for marker, m in markers:
            if words[i : i + len(m)] == m:
                return words[:i], words[i + 1 :] if marker in ("pada", "di") else words[i:]
    return words, []


@pytest.mark.parametrize(
    "name",
    [
        "pengadministrasi keuangan pada dinas kesehatan",
        "perawat rumah sakit umum daerah sukamaju",
        "perawat rumah sakit jiwa",
        "penyuluh kesehatan puskesmas pembantu cibodas",
        "bidan pusat kesehatan masyarakat kota",
        "pranata komputer unit pelaksana teknis dinas",
        "analis unit kerja",
        "kepala seksi di kecamatan x pada kelurahan y",
        "pengelola",
        "",
    ],
)
def test_unit_tail_split_by_first_word_index(name: str) -> None:
    """The marker index by first word splits a post name where the scan over the whole marker list did, for both
    marker sets (multi-word markers sharing a first word included)."""
    from asn_mutasi.domain import rumpun

    words = name.split()
    assert rumpun._split_unit_tail(words) == _split_over_all_markers(words, rumpun._UNIT_MARKER_WORDS)
    whole = rumpun._split_unit_tail(words, rumpun._WHOLE_ALIAS_MARKER_INDEX)
    assert whole == _split_over_all_markers(words, rumpun._WHOLE_ALIAS_MARKER_WORDS)
