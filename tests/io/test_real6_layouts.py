"""Reader gaps of the real6 hunt (h31): see tests/fixtures/real/SOURCES.md."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from asn_mutasi.errors import SchemaError
from asn_mutasi.io.readers import read_table
from asn_mutasi.validation import prepare_positions, prepare_roster

REAL = Path(__file__).resolve().parents[1] / "fixtures" / "real"


def test_a_refused_request_is_no_need() -> None:
    """rumahASN's "Semua Usulan" (BKD Jawa Timur) lists every request with its STATUS: the DITOLAK one was counted in
    the kebutuhan, 13 posts where 10 were asked for and not refused. It is left out, said once with its count."""
    raw = read_table(REAL / "usulan_formasi_jatim.xlsx", "jabatan")
    assert raw.columns["status_usulan"].header == "STATUS"
    table = prepare_positions(raw)
    assert int(table.valid["kebutuhan"].sum()) == 10
    left = table.frame[table.frame["_status"] == "dikecualikan"]
    assert list(left["_baris"]) == [10] and "usulan ditolak ('DITOLAK')" in left["_alasan"].iloc[0]
    said = [f for f in table.findings if f.code == "usulan-ditolak-dilewati"]
    assert len(said) == 1 and said[0].location.row == 10 and said[0].location.header == "STATUS"
    assert said[0].message.startswith("1 baris usulan berstatus ditolak") and "3 formasi" in said[0].message


@pytest.mark.parametrize("header", ["STATUS", "Status Usulan", "Status Verifikasi"])
def test_only_a_refusal_leaves_a_request_out(make_workbook: Callable[..., Path], header: str) -> None:
    """ "Tidak Disetujui" and "TMS" are refusals; "Belum Disetujui", "MENUNGGU" and "PERBAIKAN" are open requests and
    count, as do the approved ones."""
    verdicts = ["DISETUJUI", "Tidak Disetujui", "Belum Disetujui", "MENUNGGU", "PERBAIKAN", "TMS", "Sudah Disetujui"]
    rows: list[list[object]] = [["NAMA JABATAN", "UNIT KERJA", "ALOKASI", header]]
    rows += [[f"Analis Kebijakan {i}", "Bagian Umum", i + 1, v] for i, v in enumerate(verdicts)]
    table = prepare_positions(read_table(make_workbook("usulan.xlsx", {"Usulan": rows}), "jabatan"))
    left = table.frame.loc[table.frame["_status"] == "dikecualikan", "_baris"]
    assert list(left) == [3, 7]
    assert int(table.valid["kebutuhan"].sum()) == 1 + 3 + 4 + 5 + 7
    said = [f.message for f in table.findings if f.code == "usulan-ditolak-dilewati"]
    assert len(said) == 1 and said[0].startswith("2 baris") and "8 formasi" in said[0]


def test_a_peta_status_is_no_verdict(make_workbook: Callable[..., Path]) -> None:
    """Negative: a peta jabatan's STATUS (SESUAI, KURANG, LEBIH; Kendal) or a bare list of open requests holds no
    refusal; nothing is left out and the STATUS stays unread."""
    rows = [
        ["NAMA JABATAN", "UNIT KERJA", "KEBUTUHAN", "STATUS"],
        ["Analis Kebijakan", "Bagian Umum", 2, "KURANG"],
        ["Pengadministrasi Perkantoran", "Bagian Umum", 1, "SESUAI"],
        ["Pranata Komputer", "Bagian Umum", 1, "LEBIH"],
    ]
    raw = read_table(make_workbook("peta.xlsx", {"Peta": rows}), "jabatan")
    assert "status_usulan" not in raw.columns
    table = prepare_positions(raw)
    assert int(table.valid["kebutuhan"].sum()) == 4 and len(table.valid) == 3


def test_a_one_person_roster_reads_jenis_and_kedudukan_apart() -> None:
    """SI-ITING's roster sheet (Kab. Bandung Barat) of one person: "Status Pegawai" (Aktif) was the status and
    "Jenis Pegawai" (PNS) went unused, too few cells to judge (real6, h31)."""
    raw = read_table(REAL / "buku_bezetting_kbb.xlsx", "pegawai")
    assert (raw.columns["status_kepegawaian"].header, raw.columns["kedudukan_hukum"].header) == (
        "Jenis Pegawai",
        "Status Pegawai",
    )
    roster = prepare_roster(raw)
    assert (roster.frame.loc[0, "status_kepegawaian"], roster.frame.loc[0, "kedudukan_hukum"]) == ("PNS", "Aktif")


def _refusal(path: Path, unit: str | None = None) -> SchemaError:
    with pytest.raises(SchemaError) as caught:
        read_table(path, "jabatan", unit_kerja=unit)
    return caught.value


def test_a_wide_abk_table_is_refused_with_its_layout_named() -> None:
    """phoenix351/singkat's ABK download: one row per jabatan, a block "ABK | Eksisting | Kebutuhan Pegawai" under each
    satker's merged name. It was refused with "maksud Anda 'BPS Kab. Minahasa / KEPKA 182 TAHUN 2024 / Kebutuhan
    Pegawai'?" (one satker's gap offered as the need) and advice to name one --unit-kerja (real6, h31)."""
    err = _refusal(REAL / "abk_satker_bps.xlsx")
    # the fields in words with headers read as them, no longer their codes 'unit_kerja'; 'kebutuhan atau ...' (walk5)
    assert str(err).endswith(
        "kolom wajib tidak ditemukan: Unit Kerja (judul mis. 'UNIT KERJA', 'UNIT', 'UNOR'); Kebutuhan (judul mis. "
        "'KEBUTUHAN', 'KEBUTUHAN PEGAWAI', 'JUMLAH KEBUTUHAN') atau Beban Kerja (jam/tahun) (judul mis. "
        "'BEBAN KERJA JAM', 'BEBAN KERJA', 'JUMLAH BEBAN KERJA')"
    )
    hint = err.hint or ""
    assert hint.startswith(
        "Berkas ini tampak seperti tabel melebar: satu baris per jabatan, dengan blok kolom yang sama ('ABK', "
        "'Eksisting', 'Kebutuhan Pegawai') berulang di bawah 3 judul unit ('BPS Prov. Sulawesi Utara', 'BPS Kab. "
        "Minahasa', 'BPS Kota Manado')."
    )
    assert "Unpivot" in hint and "--unit-kerja" not in hint
    # nor to rename the headers or write a column map, which cannot undo the blocks; the hint ends with what to do
    # (lang2, h31: it went on "Judul kolom yang tidak dikenali: 'No', 'BPS Prov. … / ABK' … Ubah judul kolom …")
    assert "peta kolom" not in hint and "Ubah judul" not in hint and hint.endswith("menyalin tiap blok unit ke bawah.")


def test_a_two_row_wide_abk_export_is_named_too(make_workbook: Callable[..., Path]) -> None:
    """The app's server export (``AbkExport.php``): two header rows, the satker names merged over their blocks, a
    "Jumlah" row; four satker, so the hint names three and counts the rest."""
    units = ["BPS Kab. Minahasa", "BPS Kota Manado", "BPS Kota Bitung", "BPS Kab. Sangihe"]
    top: list[object] = ["No", "Jabatan"]
    under: list[object] = [None, None]
    for unit in units:
        top += [unit, None, None]
        under += ["ABK", "Eksisting", "Kebutuhan Pegawai"]
    merges = ["A1:A2", "B1:B2"] + [f"{chr(67 + 3 * k)}1:{chr(69 + 3 * k)}1" for k in range(len(units))]
    rows = [top, under, [1, "Statistisi Ahli Muda", *[2, 1, 1] * 4], [None, "Jumlah", *[2, 1, 1] * 4]]
    path = make_workbook("abk.xlsx", {"ABK": {"rows": rows, "merges": merges}})
    said = "berulang di bawah 4 judul unit ('BPS Kab. Minahasa', 'BPS Kota Manado', 'BPS Kota Bitung' dan 1 lagi)"
    assert said in (_refusal(path).hint or "")
    # named as one unit's file, its first block was read as the need and the other three satker dropped unsaid
    err = _refusal(path, unit="BPS Kab. Minahasa")
    assert str(err).endswith(
        "tabel melebar tidak dapat dibaca: kolom 'BPS Kab. Minahasa / ABK' hanya milik satu dari 4 blok unit kerja"
    )
    assert said in (err.hint or "")


def test_one_grouped_count_block_is_no_wide_table(make_workbook: Callable[..., Path]) -> None:
    """Negative: a peta refused for its missing need, with one "BEZETTING / PNS | PPPK" group, is told the usual
    way (its --unit-kerja advice kept, no word of a wide table)."""
    rows = [
        ["Nama Jabatan", "Bezetting", None],
        [None, "PNS", "PPPK"],
        ["Statistisi Ahli Muda", 2, 1],
    ]
    err = _refusal(make_workbook("peta.xlsx", {"Peta": {"rows": rows, "merges": ["A1:A2", "B1:C1"]}}))
    assert "tabel melebar" not in (err.hint or "") and "--unit-kerja" in (err.hint or "")


def test_blocks_per_year_are_no_units(make_workbook: Callable[..., Path]) -> None:
    """Negative: "2024 / Kebutuhan | 2024 / Bezetting | 2025 / ..." repeats its block per year, not per unit: it is
    read as before (its first block), not refused as a wide table."""
    rows = [
        ["Nama Jabatan", "Unit Kerja", "2024", None, "Tahun 2025", None],
        [None, None, "Kebutuhan", "Bezetting", "Kebutuhan", "Bezetting"],
        ["Statistisi Ahli Muda", "Bagian Umum", 2, 1, 3, 1],
    ]
    merges = ["A1:A2", "B1:B2", "C1:D1", "E1:F1"]
    raw = read_table(make_workbook("peta.xlsx", {"Peta": {"rows": rows, "merges": merges}}), "jabatan")
    assert raw.columns["kebutuhan"].header == "2024 / Kebutuhan"


@pytest.mark.parametrize(
    ("first", "second"), [("Usulan OPD", "Persetujuan BKD"), ("Kondisi Saat Ini", "Kondisi Seharusnya")]
)
def test_stages_beside_a_unit_column_are_no_unit_blocks(
    make_workbook: Callable[..., Path], first: str, second: str
) -> None:
    """Negative: a peta with its own "Unit Kerja" column repeating "Kebutuhan | Bezetting" under two stages
    ("Usulan OPD", "Persetujuan BKD") holds no unit in its block titles: it is read as before, not refused as a wide
    table whose blocks are units (review6, h31: refused, its hint naming the stages as units)."""
    rows = [
        ["Nama Jabatan", "Unit Kerja", first, None, second, None],
        [None, None, "Kebutuhan", "Bezetting", "Kebutuhan", "Bezetting"],
        ["Statistisi Ahli Muda", "Bagian Umum", 2, 1, 3, 1],
        ["Pengadministrasi Perkantoran", "Bagian Umum", 3, 2, 3, 2],
    ]
    merges = ["A1:A2", "B1:B2", "C1:D1", "E1:F1"]
    raw = read_table(make_workbook("peta.xlsx", {"Peta": {"rows": rows, "merges": merges}}), "jabatan")
    assert raw.columns["unit_kerja"].header == "Unit Kerja" and raw.columns["kebutuhan"].header.endswith("Kebutuhan")


@pytest.mark.parametrize(("header", "offered"), [("subklasifikasi", False), ("Status Usulan Formasi Tahun", True)])
def test_a_request_s_verdict_is_offered_only_for_a_header_that_says_status(
    tmp_path: Path, header: str, offered: bool
) -> None:
    """An unread header is offered 'status_usulan' only when it says STATUS, USULAN or VERIFIKASI: "subklasifikasi"
    of a real klasifikasi jabatan table was told "maksud Anda … 'status_usulan' …?" (review6, h31)."""
    path = tmp_path / "peta.csv"
    path.write_text(f"NAMA JABATAN,UNIT KERJA,KEBUTUHAN,{header}\nAnalis Kebijakan,Bagian Umum,2,x\n", encoding="utf-8")
    (unread,) = [f for f in read_table(path, "jabatan").findings if f.location.header == header]
    assert unread.code == "kolom-tidak-dikenal"
    assert ("(status_usulan)" in unread.message) is offered


def test_the_pemetaan_kolom_sheet_says_how_each_column_was_found_in_words() -> None:
    """A status column taken as the kedudukan hukum (or a request verdict) by its cells read "nama kolom baku", as if
    its header were the field's own name, and an eselon split from the jabatan cell read "sel-jabatan" (lang2, h31)."""
    from asn_mutasi.labels import VALUE_LABELS, value_label

    kbb = read_table(REAL / "buku_bezetting_kbb.xlsx", "pegawai").columns["kedudukan_hukum"]
    usulan = read_table(REAL / "usulan_formasi_jatim.xlsx", "jabatan").columns["status_usulan"]
    assert value_label("cara", kbb.how) == value_label("cara", usulan.how) == "isi kolom"
    samarinda = read_table(REAL / "duk_samarinda.xlsx", "pegawai").columns
    shown = {value_label("cara", info.how) for info in samarinda.values()}
    assert "dari sel jabatan" in shown and not {s for s in map(str, shown) if "-" in s}
    assert all("-" not in str(words) for words in VALUE_LABELS["cara"].values())
