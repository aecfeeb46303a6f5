"""Hostile inputs are read with bounded memory (hostile22, h36)."""

from __future__ import annotations

import os
import tracemalloc
from pathlib import Path

import pytest

import asn_mutasi as am
from asn_mutasi.errors import InputError
from asn_mutasi.io.aspiration_forms import read_forms
from asn_mutasi.io.csv_reader import read_csv_rows

NIP = "197705022003022001"


def test_blank_lines_ending_a_csv_cost_no_memory(tmp_path: Path) -> None:
    """A 10 MB CSV of 10 million empty lines after its header took 2 GB and 68 s: every blank record was kept as a
    row until the grid dropped them. Those ending the file are dropped as read; those between rows are kept."""
    path = tmp_path / "pegawai.csv"
    path.write_text(f"nip,nama\n{NIP},Ani\n" + "\n" * 300_000 + ",\n" * 1000)
    tracemalloc.start()
    try:
        read = read_csv_rows(path, path.name, lambda text: ",")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert read.rows == [["nip", "nama"], [NIP, "Ani"]] and list(read.widths) == [2, 2]
    assert peak < 8 * 2**20, peak  # (the 300,000 rows kept took 20 MB)


def test_blank_lines_between_rows_keep_the_rows_numbers(tmp_path: Path) -> None:
    path = tmp_path / "pegawai.csv"
    path.write_text(f"nip,nama\n\n,\n{NIP},Ani\n\n\n")
    read = read_csv_rows(path, path.name, lambda text: ",")
    assert read.rows == [["nip", "nama"], [], ["", ""], [NIP, "Ani"]] and list(read.widths) == [2, 0, 2, 2]
    found = am.check(pegawai=path)
    assert [(f["baris"], f["pesan"]) for f in found.findings() if f["kode"] == "baris-kosong"] == [
        (2, "Baris kosong dilewati (2 baris, sampai baris 3)")
    ]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX FIFO")
def test_a_fifo_among_the_aspiration_forms_is_said_not_a_file(tmp_path: Path) -> None:
    """A FIFO named like a form was "tidak ditemukan" (not found) though it is there: it is no file to read."""
    fifo = tmp_path / "formulir.xlsx"
    os.mkfifo(fifo)
    with pytest.raises(InputError, match="bukan berkas"):
        read_forms([fifo])
    with pytest.raises(InputError, match="tidak ditemukan"):
        read_forms([tmp_path / "tidak_ada.xlsx"])
