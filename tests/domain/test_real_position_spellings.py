"""Real roster spellings of position names, labelled by hand, read by the jabatan parsers.

The labelled list is ``tests/fixtures/ejaan/jabatan_nyata.csv`` (sources in its header comment; no personal data):
jenis jabatan, JF jenjang and JF of each name as written (spell, h30).
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from asn_mutasi.domain.jabatan import classify_jenis_jabatan, jenjang_fungsional
from asn_mutasi.domain.rumpun import classify_position

FIXTURE = Path(__file__).parents[1] / "fixtures" / "ejaan" / "jabatan_nyata.csv"
with FIXTURE.open(encoding="utf-8") as _handle:
    POSITIONS = list(csv.DictReader(line for line in _handle if not line.startswith("#")))


@pytest.mark.parametrize("row", POSITIONS, ids=[r["nama_jabatan"] for r in POSITIONS])
def test_real_position_spelling_is_read_to_its_kind(row: dict[str, str]) -> None:
    """Typos of a managerial head word ("Sekrtaris"), school heads ("Kepsek"), "(JFU)"/"(JFT)" marks, old and cut JF
    grades (spell, h30)."""
    name = row["nama_jabatan"]
    assert classify_jenis_jabatan(name) == row["jenis"]
    assert jenjang_fungsional(name) == (row["jenjang"] or None)
    if row["jf"] != "*":
        assert classify_position(name).jf == (row["jf"] or None)
    # one name, one jenis: "Perawat (JFU)" was a Pelaksana here and a Fungsional of JF perawat there (h30)
    assert classify_position(name).jenis == row["jenis"]


def test_a_jf_name_with_its_jenjang_stays_the_jf_beside_a_pelaksana_jenis() -> None:
    """A table's jenis Pelaksana beside "Perawat" (SIASN's JFU) makes it a pelaksana post in the JF's field, but
    beside "Perawat Ahli Pertama" the name's jenjang says the JF: past work there stays "jabatan sama" (review, h30)."""
    assert classify_position("Perawat", jenis="Pelaksana").jf is None
    assert classify_position("Perawat", jenis="Pelaksana").bidang == "kesehatan"
    assert classify_position("Perawat Ahli Pertama", jenis="Pelaksana").jf == "perawat"
