"""A "Jumlah Beban Kerja" that is the ABK's result in persons, proved by the file's own gap columns (peers13, h35).

Peer: a Kemenag kabupaten/kota office's letter generator (public GitHub code, React ``Template2``, "SURAT KETERANGAN
ANALISIS JABATAN DAN ANALISIS BEBAN KERJA PEGAWAI NEGERI SIPIL"; its form validates ``bbnkerja`` beside the integers
``eksisting``, ``kelebihan``, ``kekurangan``): a table ``No. | Nama Jabatan | Jumlah Beban Kerja | Jumlah Pegawai
(Eksisting, Kelebihan, Kekurangan) | Keterangan`` where "Jumlah Beban Kerja" is the persons the ABK needs, and
Eksisting + Kekurangan − Kelebihan equals it. The oracle is each row's own Kelebihan / Kekurangan.

Before: the column was read as hours a year (3 hours: kebutuhan 0 or 1), so every post read LEBIH against the file's
own KURANG, with no word.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
from cli_helpers import EXIT_OK, TANGGAL, expect, run, stdout_json

from asn_mutasi.io.readers import read_table
from asn_mutasi.validation import prepare_positions

HEADER = ["No.", "Unit Kerja", "Nama Jabatan", "Jumlah Beban Kerja", "Jumlah Pegawai", None, None, "Keterangan"]
SUB = [None, None, None, None, "Eksisting", "Kelebihan", "Kekurangan", None]
#: (unit, post, jumlah beban kerja, eksisting, kelebihan, kekurangan) as such letters fill them
ROWS = [
    ("KUA Kecamatan Sukamaju", "Penghulu Ahli Pertama", 3, 1, 0, 2),
    ("KUA Kecamatan Sukamaju", "Penyuluh Agama Islam Ahli Pertama", 4, 5, 1, 0),
    ("MTsN 1 Kota", "Guru Ahli Pertama", 12, 10, 0, 2),
    ("MTsN 1 Kota", "Pengelola Layanan Operasional", 2, 2, 0, 0),
]


def _write(tmp_path: Path, rows: list[tuple[str, str, float, int, int, int]], orang: bool = False) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(HEADER)
    ws.append(SUB)
    for cells in ("A1:A2", "B1:B2", "C1:C2", "D1:D2", "E1:G1", "H1:H2"):
        ws.merge_cells(cells)
    for i, (unit, post, beban, ada, lebih, kurang) in enumerate(rows, 1):
        shown = [f"{v} Orang" if orang and v else ("" if orang else v) for v in (lebih, kurang)]
        ws.append([i, unit, post, beban, ada, *shown, "Perlu diisi melalui mutasi PNS" if kurang else ""])
    path = tmp_path / "sk_abk.xlsx"
    wb.save(path)
    return path


def _roster(tmp_path: Path, rows: list[tuple[str, str, float, int, int, int]]) -> Path:
    lines = ["NIP,NAMA,JABATAN,UNIT KERJA,GOLONGAN,STATUS PEGAWAI"]
    seq = 0
    for unit, post, _, ada, _, _ in rows:
        for _ in range(ada):
            seq += 1
            lines.append(f"19850111201003{1 + seq % 2}{seq:03d},PEGAWAI {seq},{post},{unit},III/a,PNS")
    path = tmp_path / "pegawai.csv"
    path.write_text("\n".join(lines) + "\n", "utf-8")
    return path


def test_persons_column_is_the_kebutuhan_and_lowongan_gives_the_files_own_gaps(tmp_path: Path) -> None:
    peta, roster = _write(tmp_path, ROWS), _roster(tmp_path, ROWS)
    result = expect(run("lowongan", roster, peta, *TANGGAL, "-f", "json", "--per", "jabatan"), EXIT_OK)
    got = {r["nama_jabatan"]: (r["kebutuhan"], r["lowongan"], r["kelebihan"]) for r in stdout_json(result)}
    assert got == {post: (beban, kurang, lebih) for _, post, beban, _, lebih, kurang in ROWS}
    assert "1 peringatan" in result.stderr


def test_the_finding_names_the_column_and_the_rows_that_fit(tmp_path: Path) -> None:
    """Its written "2 Orang" and blank-for-zero (as the NTT Form D writes Kurang / Lebih) read the same; a row with
    both blank tells nothing (3 rows of 4 counted), and still takes its column's persons."""
    prepared = prepare_positions(read_table(str(_write(tmp_path, ROWS, orang=True)), "jabatan"))
    assert prepared.frame["kebutuhan"].tolist() == [3, 4, 12, 2]
    assert prepared.frame["beban_kerja_jam"].isna().all()
    (said,) = [f for f in prepared.findings if f.code == "beban-kerja-berupa-kebutuhan"]
    assert said.location.header == "Jumlah Beban Kerja" and "3 dari 3 jabatan" in said.message


def test_hours_whose_gaps_fit_hours_stay_hours(tmp_path: Path) -> None:
    """A workload in hours beside gaps of the kebutuhan those hours give (2.500 h on 1.250: 2 people) is kept."""
    rows = [
        ("Bidang A", "Analis Kebijakan Ahli Pertama", 2500.0, 1, 0, 1),
        ("Bidang A", "Pranata Komputer Ahli Pertama", 1250.0, 2, 1, 0),
    ]
    prepared = prepare_positions(read_table(str(_write(tmp_path, rows)), "jabatan"))
    assert prepared.frame["beban_kerja_jam"].tolist() == [2500.0, 1250.0]
    assert prepared.frame["kebutuhan"].tolist() == [2, 1]
    assert not [f for f in prepared.findings if f.code == "beban-kerja-berupa-kebutuhan"]
