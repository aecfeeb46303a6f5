"""Blank lines before a CSV table that cross the reader's first block (reviewE, h38): the blanks opening the first
line with text are kept, and the line ends are counted as the csv reader counts them."""

from __future__ import annotations

from pathlib import Path

from asn_mutasi.io.csv_reader import _SAMPLE
from asn_mutasi.io.readers import read_table

SAMPLE = Path(__file__).parents[2] / "sample_data" / "pegawai.csv"


def _tsv() -> str:
    """Five people as a TSV whose first column (the row number) has no header: the header line opens with a tab."""
    lines = SAMPLE.read_text(encoding="utf-8-sig").splitlines()[:6]
    return "\n".join("\t".join([("" if k == 0 else c) for k, c in enumerate(line.split(";"))]) for line in lines) + "\n"


def test_a_header_line_opening_with_a_tab_at_a_blocks_end_keeps_its_tab(tmp_path: Path) -> None:
    body = _tsv()
    path = tmp_path / "pegawai.tsv"
    path.write_text("\n" * (_SAMPLE - 1) + body, encoding="utf-8")  # the block ends on the header's leading tab
    raw = read_table(path, "pegawai")
    plain = tmp_path / "polos.tsv"
    plain.write_text(body, encoding="utf-8")
    expected = read_table(plain, "pegawai")
    assert raw.source.header_rows == (_SAMPLE,)
    assert raw.columns["nip"].header == "NIP" and raw.columns["nip"].letter == expected.columns["nip"].letter
    assert raw.frame["nip"].tolist() == expected.frame["nip"].tolist()
    assert raw.frame["nama"].tolist() == expected.frame["nama"].tolist()


def test_a_cr_cr_lf_cut_by_a_block_is_two_line_ends(tmp_path: Path) -> None:
    """ "\\r\\r\\n" is two line ends (a lone "\\r", then "\\r\\n"): with the block ending after its two "\\r", the "\\n"
    opening the next block was counted as a third, and every row number after it was one too many."""
    path = tmp_path / "pegawai.csv"
    text = SAMPLE.read_text(encoding="utf-8-sig")
    path.write_bytes(b"\r" * (_SAMPLE + 1) + b"\n" + text.encode("utf-8"))
    raw = read_table(path, "pegawai")
    assert raw.source.header_rows == (_SAMPLE + 2,)  # _SAMPLE + 1 line ends before it
