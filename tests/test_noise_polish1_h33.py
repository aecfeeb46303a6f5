"""Noise the analyst wades through: one finding per unknown post, not per holder; Excel menus in Indonesian; a
"#:" numbering header; the sample README's words (polish1, h33)."""

from __future__ import annotations

import re
from pathlib import Path

from asn_mutasi.io.readers import read_table
from asn_mutasi.sample import generate_sample
from asn_mutasi.sample.readme import render_readme


def test_a_hash_colon_header_is_the_numbering_column(tmp_path: Path) -> None:
    """ "#:" normalises to an empty key and was said "Kolom '#:' tidak dipetakan" instead of read as numbering."""
    path = tmp_path / "p.csv"
    path.write_text("#:,NIP,NAMA,JABATAN\n1,197501012010011001,Andi,Analis\n", "utf-8")
    table = read_table(path, "pegawai")
    assert [f.location.header for f in table.findings if f.code == "kolom-tidak-dikenal"] == []


def test_the_sample_readme_says_judul_kolom_not_header() -> None:
    text = render_readme(generate_sample(n_pegawai=200, seed=11))
    assert "judul kolom" in text
    assert not re.search(r"\bheader\b", text, re.I)
