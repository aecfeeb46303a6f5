"""The roster's table build and validation touch each fact once (speed15, h35).

At 100,000 staff every pass over a column costs its own copy of scattered Python objects or bytes: the ASCII texts
were encoded twice for their edges, the NIP digits copied to int64, the prepared frame's text columns copied before
the frame's constructor copied them again, the post names grouped once more for the managerial check, and each JF
grade phrase escaped and looked up in ``re``'s cache for every distinct post name.
"""

from __future__ import annotations

import tracemalloc
from collections.abc import Callable
from typing import Any

import pytest

import asn_mutasi.validation as validation
from tests.test_validation import GOOD_NIP_F, TODAY, person, prepare_roster, raw_table


def _peak(func: Callable[[], object]) -> int:
    tracemalloc.start()
    try:
        func()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return peak


def test_ascii_text_edges_hold_one_copy_of_the_bytes() -> None:
    """ASCII texts are encoded once (no padded copy encoded again) and the joined text is let go once encoded; the
    controls are counted one byte mask at a time. The peak was 4.4 bytes a character, it is 3.0."""
    from asn_mutasi.distinct import text_edges_ascii

    texts = [f"Pegawai Nomor {k:06d}" if k % 7 else "" for k in range(20_000)]
    chars = sum(map(len, texts)) + len(texts)
    edges, plain = text_edges_ascii(texts)
    assert edges is not None and plain
    assert edges[0].tolist() == [ord(t[0]) if t else 0 for t in texts]
    assert edges[1].tolist() == [ord(t[-1]) if t else 0 for t in texts]
    assert _peak(lambda: text_edges_ascii(texts)) < 3.6 * chars


@pytest.mark.parametrize(
    ("texts", "plain"),
    [
        (["a\tb", "c\nd\r"], True),  # tab and line breaks are plain
        (["ab", "c\x01"], False),
        (["ab\x7f", "c"], False),  # DEL
        (["\x1f"], False),
        (["", "", ""], True),
        (["x\x00y"], False),  # a NUL inside a text: no edges, not plain
    ],
)
def test_ascii_text_edges_tell_controls_as_before(texts: list[str], plain: bool) -> None:
    from asn_mutasi.distinct import text_edges_ascii

    edges, found = text_edges_ascii(texts)
    assert found is plain
    if "\x00" in "".join(texts):
        assert edges is None
    else:
        assert edges is not None
        assert edges[0].tolist() == [ord(t[0]) if t else 0 for t in texts]
        assert edges[1].tolist() == [ord(t[-1]) if t else 0 for t in texts]


def test_nip_digits_are_read_as_bytes() -> None:
    """The 18 digits of each NIP stay one byte each: an int64 copy (144 bytes a row) was written and read again for
    every NIP of the column. The peak was 316 bytes a row, it is under 200."""
    from asn_mutasi.domain.nip import parse_nip, parse_nip_column

    nips = [f"19800101{2005 + i // 900:04d}{1 + i % 12:02d}{1 + i % 2}{1 + i % 900:03d}" for i in range(20_000)]
    parsed = parse_nip_column(nips, is_blank=lambda v: v is None)
    assert parsed.valid.all()
    for i in (0, 901, 19_999):
        one = parse_nip(nips[i])
        assert (parsed.tanggal_lahir[i], parsed.jenis_kelamin[i], bool(parsed.pppk[i])) == (
            one.tanggal_lahir,
            one.jenis_kelamin,
            one.pppk,
        )
        assert int(parsed.number[i]) == int(nips[i])
    assert _peak(lambda: parse_nip_column(nips, is_blank=lambda v: v is None)) < 250 * len(nips)


def test_grade_phrases_are_compiled_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """The JF grade of a post name is looked for with patterns compiled once per phrase, not escaped per name."""
    import re

    from asn_mutasi.domain import jabatan as jab

    jab.jenjang_fungsional("Analis Kebijakan Ahli Muda")  # the phrases' patterns made
    escaped: list[str] = []
    real = re.escape

    def counting(text: Any) -> Any:
        escaped.append(text)
        return real(text)

    monkeypatch.setattr(re, "escape", counting)
    names = [f"Pengelola Data Bidang {k} Terampil" for k in range(60)]
    jab._jenjang.cache_clear()
    assert {jab.jenjang_fungsional(n) for n in names} == {jab.jenjang_fungsional("Pranata Komputer Terampil")}
    assert len(escaped) < 10


def test_managerial_check_reads_the_roster_groups(monkeypatch: pytest.MonkeyPatch) -> None:
    """The roster's struktural check reads the post names and jenis texts by the groups the jenis rule made; it
    grouped them again (a factorize of 100,000 names). What it says is unchanged."""
    real = validation.map_distinct
    asked: list[object] = []

    def recording(series: Any, func: Any) -> Any:
        asked.append(func)
        return real(series, func)

    monkeypatch.setattr(validation, "map_distinct", recording)
    roster = prepare_roster(
        raw_table(
            "pegawai",
            [
                person(jabatan="ANGKUTAN PELAYARAN RAKYAT", jenis_jabatan="Struktural"),
                person(nip=GOOD_NIP_F, jabatan="Kepala Satuan", jenis_jabatan="Struktural"),
                person(nip="198001012005011003", jabatan="Kepala", jenis_jabatan=""),
                person(nip="198001012005011004", jabatan="Kepala", jenis_jabatan=""),
            ],
        ),
        today=TODAY,
    )
    found = [(f.location.row, f.location.value) for f in roster.findings if f.code == "jenis-struktural-tanpa-tingkat"]
    assert found == [(5, "ANGKUTAN PELAYARAN RAKYAT"), (7, "Kepala"), (8, "Kepala")]
    assert validation._office_head not in asked
    from asn_mutasi.domain import jabatan as jab

    assert jab.says_managerial not in asked


def test_prepared_frame_copies_its_text_columns_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """The prepared frame's text columns are copied by the frame's constructor alone: each went through a Series
    that copied it first (pandas 3 copies an array by default). Measured from the last column made to the frame."""
    rows = [person(nip=f"19800101{2005 + i // 900:04d}{1 + i % 12:02d}1{1 + i % 900:03d}") for i in range(5000)]
    raw = raw_table("pegawai", rows)
    marks: dict[str, int] = {}
    real_acting, real_objects = validation._acting_jabatan, validation._as_objects

    def acting(ctx: Any) -> Any:
        made = real_acting(ctx)
        tracemalloc.reset_peak()
        marks["start"] = tracemalloc.get_traced_memory()[0]
        return made

    def objects(frame: Any, *args: Any, **kwargs: Any) -> Any:
        marks["peak"] = tracemalloc.get_traced_memory()[1]
        return real_objects(frame, *args, **kwargs)

    monkeypatch.setattr(validation, "_acting_jabatan", acting)
    monkeypatch.setattr(validation, "_as_objects", objects)
    tracemalloc.start()
    try:
        prepared = prepare_roster(raw, today=TODAY)
    finally:
        tracemalloc.stop()
    assert len(prepared.frame) == len(rows)
    assert (marks["peak"] - marks["start"]) / len(rows) < 330
