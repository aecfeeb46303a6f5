"""Real layouts of the h27/real8 hunt: a BBPMP monthly DUK (work teams under PENEMPATAN, the unit in the title), an
anjab app's Form D (its kop), an e-kinerja SKP recap (unit over Eselon II/III/IV, "nama / nip / gol" cells)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from asn_mutasi.io.readers import read_table
from asn_mutasi.io.sheet_layout import title_fields

NIP_A, NIP_B, NIP_C = "197003121998031001", "197608212002122003", "198504172006042005"


def _bbpmp_rows(title: str) -> list[list[object]]:
    return [
        [title],
        ["September 2026"],
        ["NO", "NAMA", "NIP/NIP3K", "GOL", "JABATAN", "PENEMPATAN", None, "STATUS"],
        [None, None, None, None, None, "SK Tim Kerja (Baru)", "SK Tim Kerja (Awal)", None],
        [1, "Hendra Kusuma", NIP_A, "IV/c", "Kepala Balai Besar", "Pimpinan", "Pimpinan", "PNS"],
        [2, "Siti Rahmawati", NIP_B, "IV/a", "Kepala Bagian Umum", "Bagian Umum", "Bagian Umum", "PNS"],
        [3, "Rina Kartika", NIP_C, "IV/a", "Widyaprada Ahli Madya", "Tim Kerja Fasilitasi", "Tim Kerja Mutu", "PNS"],
    ]


_MERGES = ["A1:H1", "A2:H2", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4", "F3:G3", "H3:H4"]
_UNIT = "BALAI BESAR PENJAMINAN MUTU PENDIDIKAN PROVINSI JAWA TIMUR"


def test_a_work_team_under_penempatan_is_no_unit_and_the_title_names_the_unit(
    make_workbook: Callable[..., Path],
) -> None:
    """BBPMP Jawa Timur's DUK: "PENEMPATAN / SK Tim Kerja (Baru)" holds work teams; read as the unit it linked none of
    15 holders (bezetting 0, lowongan 43 for the file's 15 / 28). The one-line title "DAFTAR PEGAWAI <unit>" names the
    unit (h27/real8)."""
    rows = _bbpmp_rows(f"DAFTAR PEGAWAI {_UNIT}")
    raw = read_table(make_workbook("duk.xlsx", {"DUK PEGAWAI": {"rows": rows, "merges": _MERGES}}), "pegawai")
    assert raw.frame["unit_kerja"].tolist() == [_UNIT] * 3
    assert raw.columns["unit_kerja"].how == "judul"
    assert [f.location.column for f in raw.findings if f.code == "kolom-tim-kerja"] == ["F", "G"]
    assert not [f for f in raw.findings if f.code == "kolom-ganda"]


@pytest.mark.parametrize(
    "header", ["TIM KERJA", "Penempatan Tim", "Unit Kerja (Tim)", "POKJA", "Nama Tim Kerja", "Tim Kerja Baru"]
)
def test_a_team_column_is_never_the_unit(tmp_path: Path, header: str) -> None:
    """A work team is in no peta jabatan: no spelling of it is read as the unit, beside a real unit column or alone
    (h27/real8)."""
    path = tmp_path / "pegawai.csv"
    path.write_text(
        f"NIP,NAMA,JABATAN,UNIT KERJA,{header}\n{NIP_A},Hendra,Analis Kebijakan Ahli Muda,Dinas Sosial,Tim A\n",
        encoding="utf-8",
    )
    raw = read_table(str(path), "pegawai")
    assert raw.columns["unit_kerja"].header == "UNIT KERJA"
    assert raw.frame["unit_kerja"].tolist() == ["Dinas Sosial"]
    assert not [f for f in raw.findings if f.code == "kolom-ganda"]


@pytest.mark.parametrize("header", ["Unit Kerja (Wilayah Timur)", "Unit Kerja", "SATUAN KERJA"])
def test_words_that_only_contain_tim_still_name_the_unit(tmp_path: Path, header: str) -> None:
    """Negative: "TIM" counts as a whole word only (h27/real8)."""
    path = tmp_path / "pegawai.csv"
    path.write_text(f"NIP,NAMA,JABATAN,{header}\n{NIP_A},Hendra,Camat,Kecamatan X\n", encoding="utf-8")
    raw = read_table(str(path), "pegawai")
    assert raw.frame["unit_kerja"].tolist() == ["Kecamatan X"]
    assert not [f for f in raw.findings if f.code == "kolom-tim-kerja"]


@pytest.mark.parametrize(
    ("lines", "unit"),
    [
        # the one-line list title (a BBPMP monthly DUK), and a DUK title with the OPD and a period on the same line
        ([f"DAFTAR PEGAWAI {_UNIT}", "September 2026"], _UNIT),
        (["DAFTAR URUT KEPANGKATAN PEGAWAI NEGERI SIPIL DINAS KESEHATAN TAHUN 2026"], "DINAS KESEHATAN"),
        # an anjab app's Form D kop: "UNIT KERJA <OPD>" without a colon, or the OPD alone under the form's title
        (["PEMERINTAH PROVINSI NUSA TENGGARA TIMUR", "FORM D - PERHITUNGAN KEBUTUHAN PEJABAT/PEGAWAI",
          "UNIT KERJA DINAS PENDIDIKAN DAN KEBUDAYAAN"], "DINAS PENDIDIKAN DAN KEBUDAYAAN"),
        (["PEMERINTAH PROVINSI NUSA TENGGARA TIMUR", "FORM D - PERHITUNGAN KEBUTUHAN PEJABAT/PEGAWAI",
          "DINAS PENDIDIKAN DAN KEBUDAYAAN"], "DINAS PENDIDIKAN DAN KEBUDAYAAN"),
        # negatives: a title naming no unit, the region, or the whole agency's list
        (["DAFTAR URUT KEPANGKATAN", "TAHUN 2026"], None),
        (["DAFTAR URUT KEPANGKATAN PEGAWAI NEGERI SIPIL PEMERINTAH KABUPATEN GROBOGAN"], None),
        (["SATUAN KERJA PERANGKAT DAERAH KABUPATEN SLEMAN"], None),
        (["UNIT KERJA YANG MEMBUTUHKAN"], None),
        (["FORM D - PERHITUNGAN KEBUTUHAN PEJABAT/PEGAWAI", "TAHUN ANGGARAN 2026"], None),
        # two units named: the analyst decides
        ([f"DAFTAR PEGAWAI {_UNIT}", "DAFTAR PEGAWAI DINAS SOSIAL"], None),
    ],
)  # fmt: skip
def test_title_lines_that_name_the_unit(lines: list[str], unit: str | None) -> None:
    """The unit in a title line without a colon (h27/real8): a list title with the unit on its line, a kop's "UNIT
    KERJA <OPD>", the OPD on the line under a form's title."""
    for kind in ("pegawai", "jabatan"):
        found = title_fields([[line] for line in lines], kind)
        assert found.get("unit_kerja", (None,))[0] == unit


@pytest.mark.parametrize(
    ("header", "beban", "expected", "said"),
    [
        # Form D: the tasks' minutes, its kebutuhan = minutes ÷ 75 000 (WAKTU_EFEKTIF): read as minutes
        ("Jumlah Beban Kerja", [150000, 112500, 60000, 225000], [2500.0, 1875.0, 1000.0, 3750.0], True),
        # hours whose kebutuhan is hours ÷ 1 250: kept
        ("Jumlah Beban Kerja", [2500, 1875, 1000, 3750], [2500.0, 1875.0, 1000.0, 3750.0], False),
        # a header saying hours is believed
        ("Beban Kerja (Jam)", [150000, 112500, 60000, 225000], [150000.0, 112500.0, 60000.0, 225000.0], False),
    ],
)
def test_a_workload_in_minutes_is_told_by_the_tables_own_kebutuhan(
    tmp_path: Path, header: str, beban: list[int], expected: list[float], said: bool
) -> None:
    """Form D of a Pemprov NTT anjab app: "Jumlah Beban Kerja" sums the tasks' minutes and "Kebutuhan Pegawai" is it
    ÷ 75 000; read as hours the EJ was 60 times too high (58,2 for the unit instead of 0,97) and every post class A
    (h27/real8)."""
    from asn_mutasi.validation import prepare_positions

    path = tmp_path / "formd.csv"
    lines = [f"Nama Jabatan,Unit Kerja,{header},Kebutuhan Pegawai"]
    names = ["Analis Kebijakan Ahli Muda", "Pengelola Data", "Pranata Komputer Ahli Pertama", "Penata Kelola"]
    lines += [f"{n},Dinas Pendidikan,{b},{k}" for n, b, k in zip(names, beban, [2, 2, 1, 3], strict=True)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    table = prepare_positions(read_table(str(path), "jabatan"))
    assert table.frame["beban_kerja_jam"].tolist() == expected
    assert table.frame["kebutuhan"].tolist() == [2, 2, 1, 3]
    found = [f for f in table.findings if f.code == "beban-kerja-menit-dari-kebutuhan"]
    assert bool(found) is said
    if said:
        assert "75.000 menit" in found[0].message and "pada 4 dari 4 jabatan" in found[0].message


@pytest.mark.parametrize("wke", ["72000", "1200"])
def test_a_workload_in_minutes_is_told_on_the_posts_own_wke(tmp_path: Path, wke: str) -> None:
    """(peers3, h31) A Form D on 72.000 minutes (its own "Waktu Kerja Efektif" column, in minutes or hours) whose
    kebutuhan is minutes ÷ 72.000: posts of 25 to 50 people fit neither reading on the setting's 75.000 (2.160.000 ÷
    75.000 = 28,8 against 30), so the minutes stayed hours and the EJ was 60 times too high."""
    from asn_mutasi.validation import prepare_positions

    path = tmp_path / "formd.csv"
    lines = ["Nama Jabatan,Unit Kerja,Jumlah Beban Kerja,Kebutuhan Pegawai,Waktu Kerja Efektif"]
    names = ["Guru Ahli Pertama", "Perawat Terampil", "Bidan Terampil", "Penata Layanan Operasional"]
    needs = [30, 25, 40, 50]
    lines += [f"{n},Dinas Kesehatan,{k * 72000},{k},{wke}" for n, k in zip(names, needs, strict=True)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    table = prepare_positions(read_table(str(path), "jabatan"))
    assert table.frame["beban_kerja_jam"].tolist() == [k * 1200.0 for k in needs]
    assert table.frame["kebutuhan"].tolist() == needs
    found = [f for f in table.findings if f.code == "beban-kerja-menit-dari-kebutuhan"]
    assert len(found) == 1 and "72.000 menit" in found[0].message and "pada 4 dari 4 jabatan" in found[0].message


_OPD = "Dinas Kependudukan dan Pencatatan Sipil"


def _skp_recap(make_workbook: Callable[..., Path], *, one_cell: bool) -> Path:
    """An e-kinerja "REKAPITULASI CAPAIAN PRODUKTIVITAS KERJA (SKP)": the unit over Unit Kerja Eselon II | III | IV."""
    people = [
        ("Yohanes Ndun", NIP_A, "IV/c", "Kepala Dinas", None, None),
        ("Maria Goreti", NIP_B, "IV/b", "Kepala Bidang Pendaftaran Penduduk", "Bidang Pendaftaran Penduduk", None),
        ("Agustinus Lay", NIP_C, "III/d", "Kepala Seksi Identitas", "Bidang Pendaftaran Penduduk", "Seksi Identitas"),
    ]
    head = ["No", "Nama / NIP / Pangkat Golongan", "Nama Jabatan", "Unit Kerja Eselon II", "Unit Kerja Eselon III",
            "Unit Kerja Eselon IV", "Status"]  # fmt: skip
    if not one_cell:
        head[1:2] = ["Nama", "NIP", "Golongan"]
    rows: list[list[object]] = [["REKAPITULASI CAPAIAN PRODUKTIVITAS KERJA (SKP)"], [], head]
    for k, (nama, nip, gol, jab, es3, es4) in enumerate(people, 1):
        who: list[object] = [f"{nama} / {nip} / {gol}"] if one_cell else [nama, nip, gol]
        rows.append([k, *who, jab, _OPD, es3, es4, "Baik"])
    return make_workbook("skp.xlsx", {"Sheet1": rows})


@pytest.mark.parametrize("one_cell", [False, True])
def test_a_unit_over_eselon_columns_is_the_deepest_filled_level_under_the_opd(
    make_workbook: Callable[..., Path], one_cell: bool
) -> None:
    """ "Unit Kerja Eselon II | III | IV" was refused ("kolom 'unit_kerja' tidak ada"); mapped to Eselon IV, the Kepala
    Dinas and a Kepala Bidang (Eselon IV blank by nature) were dropped: bezetting 6 / lowongan 7 for 8 / 5. The unit is
    the deepest filled level under the OPD (Eselon II), as a peta with an OPD column keys it (h27/real8)."""
    raw = read_table(_skp_recap(make_workbook, one_cell=one_cell), "pegawai")
    assert raw.frame["unit_kerja"].tolist() == [
        _OPD,
        f"{_OPD} | Bidang Pendaftaran Penduduk",
        f"{_OPD} | Seksi Identitas",
    ]
    said = [f for f in raw.findings if f.code == "kolom-gabungan"]
    assert len(said) == 1 and "eselon tertinggi" in said[0].message


def test_a_name_nip_golongan_cell_on_one_line_is_split(make_workbook: Callable[..., Path]) -> None:
    """e-kinerja writes ``nama . ' / ' . nip . ' / ' . golongan`` under "Nama / NIP / Pangkat Golongan": the roster
    was refused ("kolom wajib tidak ditemukan: 'nip'"); it is split as the two-line "NAMA / NIP" cell is, the golongan
    after the NIP read when the table has no golongan column (h27/real8)."""
    raw = read_table(_skp_recap(make_workbook, one_cell=True), "pegawai")
    assert raw.frame["nama"].tolist() == ["Yohanes Ndun", "Maria Goreti", "Agustinus Lay"]
    assert raw.frame["nip"].tolist() == [NIP_A, NIP_B, NIP_C]
    assert raw.frame["golongan"].tolist() == ["IV/c", "IV/b", "III/d"]
    assert raw.columns["golongan"].how == "sel-nama"


@pytest.mark.parametrize(
    ("cell", "nama", "nip"),
    [
        (f"Drs. Yohanes Ndun, M.Si. / {NIP_A} / IV/c", "Drs. Yohanes Ndun, M.Si.", NIP_A),
        ("Siti / 19700505 199503 1 001", "Siti", "197005051995031001"),
        # negatives: no whole NIP between slashes, a slash inside a name
        ("Siti / 1970050519950310 / IV/c", "Siti / 1970050519950310 / IV/c", None),
        ("Ir. Budi S/D Santoso", "Ir. Budi S/D Santoso", None),
    ],
)
def test_the_one_line_name_nip_cell(cell: str, nama: str, nip: str | None) -> None:
    """The slash form splits on a whole 18-digit NIP only (h27/real8)."""
    from asn_mutasi.io.sheet_layout import split_nip_from_name

    assert split_nip_from_name(cell) == ((nama, nip) if nip else (cell, None))


def test_a_status_column_of_predikat_words_and_a_rosters_kelas_jabatan_are_said_once(tmp_path: Path) -> None:
    """An e-kinerja SKP recap's "Status" holds the month's predikat ("Baik"): 8 × "status kepegawaian 'Baik' tidak
    dikenali"; a roster's KELAS JABATAN was "tidak dipetakan; maksud Anda 'kode_jabatan'?" (h27/real8)."""
    from asn_mutasi.validation import prepare_roster

    path = tmp_path / "skp.csv"
    rows = [f"{nip},Nama {k},Analis,Dinas Sosial,Baik,9" for k, nip in enumerate([NIP_A, NIP_B, NIP_C])]
    path.write_text("NIP,NAMA,JABATAN,UNIT KERJA,Status,Kelas Jabatan\n" + "\n".join(rows) + "\n", encoding="utf-8")
    raw = read_table(str(path), "pegawai")
    assert "status_kepegawaian" not in raw.columns
    said = {f.code: f.location.header for f in raw.findings if f.code.startswith("kolom-")}
    assert said == {"kolom-status-berisi-predikat": "Status", "kolom-dikenal-tidak-dipakai": "Kelas Jabatan"}
    assert not [f for f in prepare_roster(raw).findings if f.code == "status-tidak-dikenal"]
    # negative: a status column of statuses, one "Baik" among them, stays the status
    path.write_text(
        "NIP,NAMA,JABATAN,UNIT KERJA,STATUS\n"
        f"{NIP_A},A,Analis,Dinas Sosial,PNS\n{NIP_B},B,Analis,Dinas Sosial,PPPK\n{NIP_C},C,Analis,Dinas Sosial,Baik\n",
        encoding="utf-8",
    )
    assert read_table(str(path), "pegawai").columns["status_kepegawaian"].header == "STATUS"
