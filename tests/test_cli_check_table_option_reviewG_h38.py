"""periksa's terminal table says a finding's option after its message, as the stderr lines do ("… (pilihan:
--instansi)"); JSON and CSV keep the message in words (render30's rule). The option left the messages with render30
and the Temuan table, the terminal's own view, then named none (reviewG, h38)."""

from __future__ import annotations

from cli_helpers import EXIT_OK, PEGAWAI_XLSX, expect, run, stdout_csv, stdout_json

ARGS = ("periksa", PEGAWAI_XLSX, "--instansi", "Pemerintah Kota Contoh")


def test_the_table_names_the_option() -> None:
    out = expect(run(*ARGS, "--format", "tabel", env={"COLUMNS": "400"}), EXIT_OK).stdout
    assert "instansi-tanpa-kolom" in out
    assert "(pilihan:" in out and "--instansi)" in out  # (the cell may wrap between the two words)


def test_json_and_csv_keep_the_words() -> None:
    payload = stdout_json(expect(run(*ARGS, "--format", "json"), EXIT_OK))
    (said,) = [t for t in payload["temuan"] if t["kode"] == "instansi-tanpa-kolom"]
    assert "pilihan:" not in said["pesan"] and "instansi yang direncanakan" in said["pesan"]
    rows = stdout_csv(expect(run(*ARGS, "--format", "csv"), EXIT_OK))
    (row,) = [r for r in rows if r["kode"] == "instansi-tanpa-kolom"]
    assert "pilihan:" not in row["pesan"]
