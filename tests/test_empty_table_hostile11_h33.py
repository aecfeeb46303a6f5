"""``periksa`` with a position table of headers only (hostile11, h33)."""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

from cli_helpers import EXIT_OK, expect, run, stdout_json


def test_a_position_table_of_headers_only_is_said_once_not_per_holder(tmp_path: Path) -> None:
    """Every holder of a roster checked against a position table with no data row got its own
    jabatan-tidak-ditemukan (300 warnings for 300 people) beside the one tanpa-baris-data that says why."""
    roster, table = tmp_path / "pegawai.csv", tmp_path / "jabatan.csv"
    with roster.open("w", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(["NIP", "NAMA", "JABATAN", "UNIT KERJA"])
        out.writerows([f"19800101200501{1001 + i:04d}", f"Pegawai {i}", "Analis", "BKD"] for i in range(30))
    table.write_text("KODE JABATAN,NAMA JABATAN,UNIT KERJA,KEBUTUHAN\n")
    said = Counter(
        f["kode"] for f in stdout_json(expect(run("periksa", roster, table, "-f", "json"), EXIT_OK))["temuan"]
    )
    assert said["tanpa-baris-data"] == 1
    assert said["jabatan-tidak-ditemukan"] == 0
