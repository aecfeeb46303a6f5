"""Noise the analyst wades through: one finding per unknown post, not per holder; Excel menus in Indonesian; a
"#:" numbering header; the sample README's words (polish1, h33)."""

from __future__ import annotations

import re
from pathlib import Path

from asn_mutasi.findings import CATALOGUE
from asn_mutasi.io.readers import read_table
from asn_mutasi.sample import generate_sample
from asn_mutasi.sample.readme import render_readme

#: English Excel menu and dialog names an analyst with an Indonesian Excel does not see
_ENGLISH_EXCEL = re.compile(
    r"\b(?:Unmerge|Merge Cells|Merge & Center|Format Cells|Text to Columns|Paste Special|Find and Replace|"
    r"Data Validation|Protect (?:Sheet|Workbook)|Remove Duplicates|Save As|Unhide|Wrap Text|Freeze Panes)\b"
)


def test_excel_menus_are_named_as_the_indonesian_excel_names_them() -> None:
    """keputusan-sel-gabungan told the analyst "di Excel: Unmerge Cells": the Indonesian Excel's menu is Beranda >
    Gabungkan & Tengahkan > Pisahkan Sel; the English name may follow, said as the English Excel's."""
    assert "Pisahkan Sel" in CATALOGUE["keputusan-sel-gabungan"].keterangan
    for code, spec in CATALOGUE.items():
        for text in (spec.template, spec.keterangan):
            bare = text.split("Excel berbahasa Inggris:")[0]
            assert not _ENGLISH_EXCEL.search(bare), (code, text)


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
