"""Noise the analyst wades through: one finding per unknown post, not per holder; Excel menus in Indonesian; a
"#:" numbering header; the sample README's words (polish1, h33)."""

from __future__ import annotations

import csv
import re
from collections import Counter
from pathlib import Path

from cli_helpers import EXIT_OK, expect, run, stdout_json

from asn_mutasi.findings import CATALOGUE
from asn_mutasi.io.readers import read_table
from asn_mutasi.sample import generate_sample
from asn_mutasi.sample.readme import render_readme


def _files(tmp_path: Path, holders: list[tuple[str, str, str]]) -> tuple[Path, Path]:
    roster, table = tmp_path / "pegawai.csv", tmp_path / "jabatan.csv"
    with roster.open("w", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(["NIP", "NAMA", "JABATAN", "UNIT KERJA"])
        out.writerows([nip, f"Pegawai {i}", post, unit] for i, (nip, post, unit) in enumerate(holders))
    table.write_text("KODE JABATAN,NAMA JABATAN,UNIT KERJA,KEBUTUHAN\nJ1,Analis Kepegawaian,BKD,3\n")
    return roster, table


def test_an_unknown_post_is_said_once_with_its_holders_not_once_per_holder(tmp_path: Path) -> None:
    """A roster whose post is missing from the table gave one identical jabatan-tidak-ditemukan per holder (999
    lines for 1,000 rows; hostile11): one per distinct (jabatan, unit), at its first holder's row, with the count
    and the first rows. An excluded row (its NIP unreadable) is not counted: it is said once, with its reason."""
    missing = [(f"19800101200501{1001 + i:04d}", "Pranata Komputer", "BKD") for i in range(24)]
    other = [(f"19800101200501{2001 + i:04d}", "Arsiparis", "Sekretariat") for i in range(2)]
    linked = [("198001012005011099", "Analis Kepegawaian", "BKD")]
    roster, table = _files(tmp_path, [*linked, *missing, ("bukan-nip", "Pranata Komputer", "BKD"), *other])
    out = stdout_json(expect(run("periksa", roster, table, "-f", "json", "--gagal-jika", "tidak-pernah"), EXIT_OK))
    said = [f for f in out["temuan"] if f["kode"] == "jabatan-tidak-ditemukan"]
    assert Counter(f["nilai"] for f in said) == {"Pranata Komputer": 1, "Arsiparis": 1}
    (pranata,) = [f for f in said if f["nilai"] == "Pranata Komputer"]
    assert pranata["baris"] == 3
    assert "(24 pegawai, baris 3, 4, 5, 6, 7 …)" in pranata["pesan"]
    (arsiparis,) = [f for f in said if f["nilai"] == "Arsiparis"]
    assert "(2 pegawai, baris 28, 29)" in arsiparis["pesan"]


def test_one_unknown_holder_reads_as_before(tmp_path: Path) -> None:
    roster, table = _files(tmp_path, [("198001012005011001", "Pranata Komputer", "BKD")])
    out = stdout_json(expect(run("periksa", roster, table, "-f", "json"), EXIT_OK))
    (said,) = [f["pesan"] for f in out["temuan"] if f["kode"] == "jabatan-tidak-ditemukan"]
    assert said.startswith("Jabatan 'Pranata Komputer' di unit 'BKD' tidak ada di peta jabatan")
    assert " pegawai" not in said


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
