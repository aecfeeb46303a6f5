"""Position tables of the real4 hunt (h31): see tests/fixtures/real/SOURCES.md."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from asn_mutasi.domain.jabatan import normalize_position_name
from asn_mutasi.io.readers import read_table
from asn_mutasi.matching.programme import programme_key, split_requirements
from asn_mutasi.validation import prepare_positions


def test_requirement_lines_stay_alternatives(tmp_path: Path) -> None:
    """rumahASN's usulan formasi writes one accepted education a line, as SIASN names it ("S-1/Sarjana - S-1
    KEPERAWATAN"): the lines were joined into one and "Sarjana" dropped, leaving "S-1/ - S-1 KEPERAWATAN S-1/ - S-1
    NERS", whose first programme ("KEPERAWATAN S 1") nobody holds."""
    path = tmp_path / "usulan.csv"
    path.write_text(
        "Nama Jabatan,Unit Kerja,Kebutuhan,Kualifikasi Pendidikan\n"
        'Perawat Ahli Pertama,Instalasi Rawat Inap,4,"S-1/Sarjana - S-1 KEPERAWATAN\nS-1/Sarjana - S-1 NERS"\n'
    )
    table = prepare_positions(read_table(path, "jabatan"))
    wanted = split_requirements(table.frame.loc[0, "syarat_jurusan"])
    assert {programme_key(w) for w in wanted} == {"KEPERAWATAN", "NERS"}
    assert table.frame.loc[0, "syarat_pendidikan"] == "S-1"


def test_total_labelled_under_a_later_column_is_no_post(make_workbook: Callable[..., Path]) -> None:
    """An ExcelJS export writes "TOTAL" in the column left of the sum (under UNIT KERJA, the 7th): the row was read as
    a post with no name ("sel-wajib-kosong", an error) instead of a total row skipped."""
    header = ["NO", "PENGUSUL", "PERANGKAT DAERAH", "JENIS", "NAMA JABATAN", "UNIT KERJA", "KEBUTUHAN"]
    rows = [
        header,
        [1, "operator_rsud", "RSUD", "FUNGSIONAL", "Perawat Ahli Pertama", "Instalasi Rawat Inap - RSUD", 4],
        [2, "operator_rsud", "RSUD", "PELAKSANA", "Pengadministrasi Perkantoran", "Bagian Umum - RSUD", 2],
        [None, None, None, None, None, "TOTAL", 6],
    ]
    raw = read_table(make_workbook("usulan.xlsx", {"Semua Usulan": rows}), "jabatan")
    table = prepare_positions(raw)
    assert raw.skipped.get("ringkasan") == 1 and len(table.frame) == 2
    codes = {f.code for f in list(raw.findings) + table.findings}
    assert "sel-wajib-kosong" not in codes and "baris-ringkasan-dilewati" in codes
    assert int(table.valid["kebutuhan"].sum()) == 6


def test_golongan_written_after_the_post_is_no_part_of_it() -> None:
    """rumahASN names a JF post "name jenjang - gol_ruang" ("Perawat Ahli Pertama - III/a"): its key kept "iii a", so
    the roster's "Perawat Ahli Pertama" held another post."""
    plain = normalize_position_name("Perawat Ahli Pertama")
    assert normalize_position_name("Perawat Ahli Pertama - III/a") == plain
    assert normalize_position_name("Perawat Ahli Pertama – III/a - III/b") == plain
    assert normalize_position_name("Pranata Komputer Terampil - II/c") == normalize_position_name(
        "Pranata Komputer Terampil"
    )
    assert normalize_position_name("Kepala Seksi I/A") != normalize_position_name("Kepala Seksi")  # no dash: a name


def test_alokasi_is_the_need_and_kualifikasi_the_education(tmp_path: Path) -> None:
    """A usulan kebutuhan formasi counts the posts asked for under "ALOKASI" and writes the education under a bare
    "KUALIFIKASI": refused for a missing kebutuhan."""
    path = tmp_path / "usulan.csv"
    path.write_text("NAMA JABATAN,KUALIFIKASI,UNIT KERJA,ALOKASI\nPerawat Ahli Pertama,S-1 KEPERAWATAN,RSUD,4\n")
    raw = read_table(path, "jabatan")
    assert raw.columns["kebutuhan"].header == "ALOKASI"
    assert raw.columns["syarat_pendidikan"].header == "KUALIFIKASI"


def test_bezetting_total_beside_its_status_counts(tmp_path: Path) -> None:
    """A Buku Bezetting writes "Bezetting PNS | Bezetting PPPK | Total Bezetting Riil": none was read, every post
    seemed empty. The total is the bezetting; without it the status counts are summed."""
    path = tmp_path / "peta.csv"
    head = "Perangkat Daerah,Nama Jabatan,Kebutuhan (ABK),Bezetting PNS,Bezetting PPPK"
    path.write_text(f"{head},Total Bezetting Riil\nDinas Kesehatan,Perawat Ahli Pertama,5,2,1,3\n")
    raw = read_table(path, "jabatan")
    assert raw.columns["bezetting"].header == "Total Bezetting Riil"
    assert list(prepare_positions(raw).frame["bezetting"]) == [3]
    path.write_text(f"{head}\nDinas Kesehatan,Perawat Ahli Pertama,5,2,1\n")
    table = prepare_positions(read_table(path, "jabatan"))
    assert list(table.frame["bezetting"]) == [3]


def test_a_need_column_holding_the_shortfall_is_not_the_need(tmp_path: Path) -> None:
    """A BPS ABK app writes "ABK | Eksisting | Kebutuhan Pegawai", its Kebutuhan Pegawai being ABK − Eksisting
    (phoenix351/singkat): "Kebutuhan Pegawai" was read as the need, so a post of ABK 3 held by 1 had one vacancy and a
    full post (ABK 2, held by 2) a surplus of 2. The values show it is the shortfall; ABK is the need."""
    path = tmp_path / "abk.csv"
    path.write_text(
        "Unit Kerja,Jabatan,ABK,Eksisting,Kebutuhan Pegawai\n"
        "BPS Kab. Minahasa,Statistisi Ahli Muda,2,1,1\n"
        "BPS Kota Manado,Statistisi Ahli Muda,3,1,2\n"
        "BPS Kota Manado,Pranata Komputer Ahli Pertama,2,2,0\n"
    )
    raw = read_table(path, "jabatan")
    assert raw.columns["kebutuhan"].header == "ABK"
    assert list(prepare_positions(raw).frame["kebutuhan"]) == [2, 3, 2]
    said = [f for f in raw.findings if f.code == "kolom-dipilih-dari-isi"]
    assert len(said) == 1 and "Kebutuhan Pegawai" in said[0].message


def test_a_need_beside_an_unrelated_one_is_chosen_as_before(tmp_path: Path) -> None:
    """Two need columns whose difference is not the bezetting: the choice stays the spelling's (no post held: no
    evidence either way)."""
    path = tmp_path / "abk.csv"
    path.write_text(
        "Unit Kerja,Jabatan,ABK,Eksisting,Kebutuhan Pegawai\nBPS Kota Manado,Statistisi Ahli Muda,3,0,3\n"
        "BPS Kota Manado,Pranata Komputer Ahli Pertama,2,0,2\n"
    )
    assert read_table(path, "jabatan").columns["kebutuhan"].header == "Kebutuhan Pegawai"


def test_full_posts_beside_a_shortfall_column_keep_their_need(tmp_path: Path) -> None:
    """A peta jabatan opening with its full posts ("Kebutuhan | Bezetting | Formasi", Formasi the posts to recruit,
    Kebutuhan − Bezetting): on every sampled row Kebutuhan = Bezetting − Formasi, which also reads as the need being
    the held count less a shortfall. "Formasi" (all 0) was taken as the need, so every full post showed a surplus.
    Only a negative value tells the shortfall written "held − need" apart from a need: none here, the spelling stands."""
    path = tmp_path / "peta.csv"
    path.write_text(
        "Unit Kerja,Jabatan,Kebutuhan,Bezetting,Formasi\n"
        "Sekretariat,Sekretaris,1,1,0\n"
        "Sekretariat,Kepala Subbagian Umum dan Kepegawaian,1,1,0\n"
        "Sekretariat,Analis SDM Aparatur Ahli Muda,2,2,0\n"
    )
    raw = read_table(path, "jabatan")
    assert raw.columns["kebutuhan"].header == "Kebutuhan"
    assert list(prepare_positions(raw).frame["kebutuhan"]) == [1, 1, 2]
    assert not [f for f in raw.findings if f.code == "kolom-dipilih-dari-isi"]


def test_a_need_column_holding_held_less_the_need_is_the_shortfall(tmp_path: Path) -> None:
    """The other sign: "Kebutuhan Pegawai" written as Eksisting − ABK (negative where posts are short) is no need."""
    path = tmp_path / "abk.csv"
    path.write_text(
        "Unit Kerja,Jabatan,ABK,Eksisting,Kebutuhan Pegawai\n"
        "BPS Kota Manado,Statistisi Ahli Muda,3,1,-2\n"
        "BPS Kota Manado,Pranata Komputer Ahli Pertama,2,2,0\n"
    )
    raw = read_table(path, "jabatan")
    assert raw.columns["kebutuhan"].header == "ABK"
    assert list(prepare_positions(raw).frame["kebutuhan"]) == [3, 2]


def test_a_full_table_keeps_its_need_beside_a_column_of_zeros(tmp_path: Path) -> None:
    """Every post exactly staffed, and "Usulan Alokasi" (more staff asked) 0 on each: the need equals the bezetting,
    so it was read as the zeros' gap ("bezetting less 0") and the zeros as the need, every holder a surplus
    (hostile4, h31). A column of zeros is no need of posts that are held."""
    path = tmp_path / "alokasi.csv"
    path.write_text(
        "Unit Kerja,Nama Jabatan,Kebutuhan,Bezetting,Usulan Alokasi\n"
        "Dinas Kesehatan,Perawat Ahli Pertama,4,4,0\nDinas Kesehatan,Bidan Ahli Pertama,2,2,0\n"
        "Dinas Pendidikan,Guru Ahli Pertama,5,5,0\n"
    )
    raw = read_table(path, "jabatan")
    assert raw.columns["kebutuhan"].header == "Kebutuhan"
    assert list(prepare_positions(raw).frame["kebutuhan"]) == [4, 2, 5]


def test_a_surplus_written_as_need_names_its_subtraction_the_right_way(tmp_path: Path) -> None:
    """ "Kebutuhan Pegawai" = Eksisting − ABK (a surplus sign) is the gap too; the finding says which column was
    taken from which (it said "ABK less Eksisting" for both signs; hostile4, h31)."""
    path = tmp_path / "abk.csv"
    path.write_text(
        "Unit Kerja,Jabatan,ABK,Eksisting,Kebutuhan Pegawai\n"
        "BPS Kab. Minahasa,Statistisi Ahli Muda,2,1,-1\nBPS Kota Manado,Statistisi Ahli Muda,3,4,1\n"
    )
    raw = read_table(path, "jabatan")
    assert raw.columns["kebutuhan"].header == "ABK"
    said = next(f for f in raw.findings if f.code == "kolom-dipilih-dari-isi")
    assert "berisi 'Eksisting' dikurangi 'ABK'" in said.message


def test_a_count_of_people_written_as_a_fraction_is_named_and_unknown(tmp_path: Path) -> None:
    """A bezetting of 1.5 and a Formulir 1 "BUP TH. 2027" of 1.5 (holders retiring that year) were read as they stood,
    with no word (hostile4, h31): a count of people is whole, so each is named (jumlah-orang-pecahan) and unknown."""
    path = tmp_path / "formulir.csv"
    path.write_text(
        "Unit Kerja,Nama Jabatan,Kebutuhan,Bezetting,BUP TH. 2027\n"
        "Dinas A,Perawat Ahli Pertama,4,1.5,1\nDinas A,Bidan Ahli Pertama,2,2,1.5\nDinas A,Analis Kesehatan,3,2.0,0\n"
    )
    prepared = prepare_positions(read_table(path, "jabatan"))
    assert prepared.frame["bezetting"].fillna(-1).tolist() == [-1, 2, 2]
    assert prepared.frame["pensiun_tahun"].fillna(-1).tolist() == [1, -1, 0]
    said = [(f.location.row, f.location.field) for f in prepared.findings if f.code == "jumlah-orang-pecahan"]
    assert said == [(2, "bezetting"), (3, "pensiun_tahun")]
