"""Real layouts of the h29/real11 hunt: the THR list of PPPK paruh waktu as a Laravel Maatwebsite ``ThrExport``
writes it (3 merged title rows, ``SKPD: <name>`` rows merged A:H, ``Sub Kegiatan: <name>`` in the NIP column merged
B:H, subtotal and total rows, spacer rows); the people are invented."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from asn_mutasi.io.readers import read_table

HEADER = ["No", "NIP", "Nama", "Jabatan", "Sumber Dana", "Gaji Pokok Basis", "Masa Kerja (Bulan)", "Besaran THR"]
TITLE = [
    ["DAFTAR PEMBAYARAN TUNJANGAN HARI RAYA (THR) PEGAWAI PPPK PARUH WAKTU"],
    ["TAHUN 2026 (PEMBAYARAN BULAN MARET)"],
    ["DASAR PERHITUNGAN: GAJI POKOK PEBRUARI (12/12)"],
    [""],
]
DATA = [
    ("Dinas Pendidikan", "Pengelolaan Pendidikan Sekolah Dasar", [("199203142025211001", "Andi Saputra")]),
    ("Dinas Pendidikan", "Pengelolaan Pendidikan SMP", [("199701192025212004", "Sari Wulandari")]),
    ("Dinas Kesehatan", "Penyediaan Layanan Kesehatan", [("199608112025212006", "Lia Anggraini")]),
]


def _thr(make_workbook: Callable[..., Path], *, sub: bool, label: str = "SKPD: ") -> Path:
    """The ThrExport sheet: each SKPD's labelled heading merged A:H, and (``sub``) each sub-kegiatan's line written
    in the NIP column merged B:H, with its subtotal and a spacer row."""
    rows: list[list[object]] = [*TITLE, HEADER]
    merges = ["A1:H1", "A2:H2", "A3:H3"]
    skpd = ""
    for unit, kegiatan, people in DATA:
        if unit != skpd:
            rows.append([label + unit, "", "", "", "", "", "", ""])
            merges.append(f"A{len(rows)}:H{len(rows)}")
            skpd = unit
        if sub:
            rows.append(["", "Sub Kegiatan: " + kegiatan, "", "", "", "", "", ""])
            merges.append(f"B{len(rows)}:H{len(rows)}")
        rows += [[i, "'" + nip, nama, "Operator Layanan Operasional", "APBD", 2000000, 12, 2000000] for i, (nip, nama)
                 in enumerate(people, 1)]  # fmt: skip
        if sub:
            rows += [["", "SUBTOTAL SUB KEGIATAN", "", "", "", "", "", 2000000], [""]]
    rows.append(["TOTAL KESELURUHAN THR", "", "", "", "", "", "", 6000000])
    return make_workbook("thr.xlsx", {"Worksheet": {"rows": rows, "merges": merges}})


def test_a_labelled_skpd_heading_names_the_unit_of_its_block(make_workbook: Callable[..., Path]) -> None:
    """ "SKPD: Dinas Pendidikan" headings were skipped as section rows and the file left without a unit (kolom
    'unit_kerja' tidak ada: unplannable), while the same file without the label was read in unit blocks (real11 #4,
    h29; ThrExport layout). The text after the label is the unit; "UNIT KERJA :" and "Satuan Kerja:" alike."""
    for label in ("SKPD: ", "UNIT KERJA : ", "Satuan Kerja:", "OPD :"):
        raw = read_table(_thr(make_workbook, sub=False, label=label), "pegawai")
        units = dict(zip(raw.frame["nama"], raw.frame["unit_kerja"], strict=True))
        assert units == {
            "Andi Saputra": "Dinas Pendidikan",
            "Sari Wulandari": "Dinas Pendidikan",
            "Lia Anggraini": "Dinas Kesehatan",
        }, label
        said = [f for f in raw.findings if f.code == "unit-dari-baris-judul"]
        assert len(said) == 1 and "2 unit" in said[0].message
        assert not [f for f in raw.findings if f.code in ("kolom-tidak-ada", "baris-judul-bagian")]


def test_a_label_in_a_cell_of_its_own_and_other_labels(tmp_path: Path) -> None:
    """ "SKPD" | ":" | "Dinas X" (a PHPExcel report) heads a block as "SKPD: Dinas X" does (real11 #4, h29).
    Negatives: "Keterangan: Dinas Kesehatan" (another label) and "TOTAL SKPD: Dinas Pendidikan" name no unit; a roster
    whose first row is a person keeps no block reading."""
    path = tmp_path / "blok.csv"
    path.write_text(
        "NO,NIP,NAMA,JABATAN\nSKPD,:,Dinas Pendidikan,\n1,199203142025211001,Andi Saputra,Operator\n"
        "Keterangan: Dinas Kesehatan,,,\n2,199608112025212006,Lia Anggraini,Operator\n"
        "TOTAL SKPD: Dinas Pendidikan,,,2\n",
        encoding="utf-8",
    )
    raw = read_table(path, "pegawai")
    units = dict(zip(raw.frame["nama"], raw.frame["unit_kerja"], strict=True))
    assert units == {"Andi Saputra": "Dinas Pendidikan", "Lia Anggraini": "Dinas Pendidikan"}
    person_first = tmp_path / "orang.csv"
    person_first.write_text(
        "NO,NIP,NAMA,JABATAN\n1,199203142025211001,Andi Saputra,Operator\nSKPD: Dinas Kesehatan,,,\n"
        "2,199608112025212006,Lia Anggraini,Operator\n",
        encoding="utf-8",
    )
    raw = read_table(person_first, "pegawai")
    assert "unit_kerja" not in raw.frame.columns or raw.frame["unit_kerja"].isna().all()


def test_a_sub_kegiatan_line_in_the_nip_column_is_a_section_not_a_person(make_workbook: Callable[..., Path]) -> None:
    """ "Sub Kegiatan: <name>" written in the NIP column (merged B:H) was read as a person: 3 rows, 9 errors
    (nip-tidak-valid, sel-wajib-kosong × 2) and exit 1 on a clean pay list (real11 #5, h29; ThrExport layout). It
    is a section line, skipped and counted like the other section rows; the people keep their SKPD as unit."""
    raw = read_table(_thr(make_workbook, sub=True), "pegawai")
    assert raw.frame["nama"].tolist() == ["Andi Saputra", "Sari Wulandari", "Lia Anggraini"]
    assert raw.frame["unit_kerja"].tolist() == ["Dinas Pendidikan", "Dinas Pendidikan", "Dinas Kesehatan"]
    said = [f for f in raw.findings if f.code == "baris-judul-bagian"]
    assert (
        len(said) == 1
        and "3 baris" in said[0].message
        and "Sub Kegiatan: Pengelolaan Pendidikan SMP" in (said[0].message)
    )
    assert said[0].location.row == 7
    assert raw.skipped["judul_bagian"] == 3
    assert not [f for f in raw.findings if f.severity == "error"]


def test_a_lone_nip_or_name_or_a_labelled_nip_stays_a_persons_row(tmp_path: Path) -> None:
    """Negatives of the "label: text" section line (real11 #5, h29): a row holding only "NIP: <18 digits>" or only a
    name (which may hold a colon-free title) stays a data row, reported as incomplete."""
    path = tmp_path / "p.csv"
    path.write_text(
        "NO,NIP,NAMA,JABATAN,UNIT KERJA\n1,199203142025211001,Andi Saputra,Operator,Dinas Pendidikan\n"
        ',NIP: 199608112025212006,,,\n,,"Drs. Lia Anggraini, M.Si",,\n'
        "4,198811072025211002,Budi Hartono,Operator,Dinas Pendidikan\n",
        encoding="utf-8",
    )
    raw = read_table(path, "pegawai")
    assert len(raw.frame) == 4
    assert raw.frame["nama"].tolist()[2] == "Drs. Lia Anggraini, M.Si"
    assert not [f for f in raw.findings if f.code == "baris-judul-bagian"]
