"""Units told apart by OPD: a file with an OPD column beside its unit column (``OPD`` + ``UNIT KERJA``, SIASN's
``SATUAN KERJA KERJA NAMA`` + ``UNOR NAMA``) keeps the "Sekretariat" of every OPD apart, in positions and people.

The layout is a real position table's (a Laravel ``klasifikasi_jabatan`` table: ``perangkat_daerah, jabatan,
unit_kerja, …``) and SIASN's Export Data ASN (domain.md §7.1); the rows are invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli_helpers import EXIT_OK, TANGGAL, expect, run, stdout_json, write_csv

POSITIONS = (
    ("perangkat_daerah", "jabatan", "unit_kerja", "kebutuhan"),
    [
        ("Dinas Perhubungan", "Kepala Dinas", "Dinas Perhubungan", 1),
        ("Dinas Perhubungan", "Sekretaris", "Sekretariat", 1),
        ("Dinas Perhubungan", "Pengatur Lalu Lintas", "Bidang Lalu Lintas", 6),
        ("Dinas Sosial", "Kepala Dinas", "", 1),
        ("Dinas Sosial", "Sekretaris", "Sekretariat", 1),
        ("Dinas Sosial", "Pekerja Sosial", "Bidang Rehabilitasi Sosial", 5),
    ],
)
PEOPLE = [
    ("198001012005011001", "Budi", "Dinas Sosial", "Sekretariat", "Sekretaris"),
    ("198101012006042002", "Sari", "Dinas Sosial", "Bidang Rehabilitasi Sosial", "Pekerja Sosial"),
    ("198201012007011003", "Andi", "Dinas Perhubungan", "Sekretariat", "Sekretaris"),
    ("198301012008012004", "Rina", "Dinas Perhubungan", "", "Kepala Dinas"),
]


def _positions(tmp_path: Path, *, with_opd: bool = True) -> Path:
    header, rows = POSITIONS
    if not with_opd:  # one OPD's own table: no OPD column
        return write_csv(
            tmp_path / "peta_satu_opd.csv", header[1:], [r[1:] for r in rows if r[0] == "Dinas Sosial" and r[2]]
        )
    return write_csv(tmp_path / "peta.csv", header, rows)


def _roster(tmp_path: Path, *, with_opd: bool = True) -> Path:
    if with_opd:  # SIASN's spellings
        header = ("NIP BARU", "NAMA", "SATUAN KERJA KERJA NAMA", "UNOR NAMA", "JABATAN NAMA")
        return write_csv(tmp_path / "pegawai.csv", header, PEOPLE)
    rows = [(p[0], p[1], p[3], p[4]) for p in PEOPLE if p[3]]
    return write_csv(tmp_path / "pegawai_tanpa_opd.csv", ("NIP", "NAMA", "UNIT KERJA", "JABATAN"), rows)


def _vacancies(roster: Path, positions: Path) -> dict[tuple[str, str], tuple[int, int]]:
    out = stdout_json(expect(run("lowongan", roster, positions, "-f", "json", *TANGGAL), EXIT_OK))
    return {(r["nama_jabatan"], r["unit_kerja"]): (r["kebutuhan"], r["bezetting"]) for r in out}


def test_the_same_unit_in_two_opds_stays_two_units(tmp_path: Path) -> None:
    got = _vacancies(_roster(tmp_path), _positions(tmp_path))
    assert got == {
        ("Kepala Dinas", "Dinas Perhubungan"): (1, 1),  # Rina: no unit under the OPD, the OPD's own post
        ("Sekretaris", "Dinas Perhubungan | Sekretariat"): (1, 1),
        ("Pengatur Lalu Lintas", "Dinas Perhubungan | Bidang Lalu Lintas"): (6, 0),
        ("Kepala Dinas", "Dinas Sosial"): (1, 0),
        ("Sekretaris", "Dinas Sosial | Sekretariat"): (1, 1),  # was one "Sekretaris" of need 2 and 2 holders
        ("Pekerja Sosial", "Dinas Sosial | Bidang Rehabilitasi Sosial"): (5, 1),
    }


def test_check_names_the_opd_column_and_says_units_are_told_apart(tmp_path: Path) -> None:
    out = stdout_json(expect(run("periksa", _roster(tmp_path), _positions(tmp_path), "-f", "json"), EXIT_OK))
    fields = {(m["berkas"].rsplit("/", 1)[-1], m["kolom_baku"]): m["judul_kolom"] for m in out["pemetaan_kolom"]}
    assert fields["pegawai.csv", "perangkat_daerah"] == "SATUAN KERJA KERJA NAMA"
    assert fields["pegawai.csv", "unit_kerja"] == "UNOR NAMA"
    assert fields["peta.csv", "perangkat_daerah"] == "perangkat_daerah"
    told = [f for f in out["temuan"] if f["kode"] == "unit-dibedakan-opd"]
    assert len(told) == 2 and "2 OPD" in told[0]["pesan"]
    assert not [f for f in out["temuan"] if f["kode"] in ("jabatan-digabung", "sel-wajib-kosong", "kolom-ganda")]


def test_a_roster_with_opds_against_one_opds_table_links_by_the_unit_as_written(tmp_path: Path) -> None:
    got = _vacancies(_roster(tmp_path), _positions(tmp_path, with_opd=False))
    # the table has no OPDs: its units are matched as written (both Sekretaris count, as before OPDs were read)
    assert got == {("Sekretaris", "Sekretariat"): (1, 2), ("Pekerja Sosial", "Bidang Rehabilitasi Sosial"): (5, 1)}


def test_a_roster_without_opds_links_only_where_one_opd_has_the_post(tmp_path: Path) -> None:
    roster = _roster(tmp_path, with_opd=False)
    got = _vacancies(roster, _positions(tmp_path))
    # Pekerja Sosial is in one OPD only: linked; Sekretariat is in two, so which Sekretaris is not guessed
    assert got[("Pekerja Sosial", "Dinas Sosial | Bidang Rehabilitasi Sosial")] == (5, 1)
    assert got[("Sekretaris", "Dinas Sosial | Sekretariat")] == (1, 0)
    assert got[("Sekretaris", "Dinas Perhubungan | Sekretariat")] == (1, 0)
    out = stdout_json(expect(run("periksa", roster, _positions(tmp_path), "-f", "json"), EXIT_OK))
    unlinked = {f["nilai"] for f in out["temuan"] if f["kode"] == "jabatan-tidak-ditemukan"}
    assert unlinked == {"Sekretaris"}


def test_a_post_whose_opd_alone_is_inferred_is_said_once_per_unit_not_as_a_like_name(tmp_path: Path) -> None:
    """A roster without OPDs whose post and unit are written exactly as the one OPD having them: the name is sure,
    only the OPD is inferred, once per unit with its holders; every holder read "dianggap sama … (kemiripan 100%)"
    (link1, h34)."""
    rows = [(p[0], p[1], p[3], p[4]) for p in PEOPLE if p[3]]
    rows.append(("198401012009012005", "Tuti", "Bidang Rehabilitasi Sosial", "Pekerja Sosial"))
    roster = write_csv(tmp_path / "pegawai_tanpa_opd.csv", ("NIP", "NAMA", "UNIT KERJA", "JABATAN"), rows)
    assert _vacancies(roster, _positions(tmp_path))[
        ("Pekerja Sosial", "Dinas Sosial | Bidang Rehabilitasi Sosial")
    ] == (
        5,
        2,
    )
    out = stdout_json(expect(run("periksa", roster, _positions(tmp_path), "-f", "json"), EXIT_OK))
    assert not [f for f in out["temuan"] if f["kode"] == "jabatan-ditautkan-fuzzy"]
    inferred = [f for f in out["temuan"] if f["kode"] == "jabatan-opd-disimpulkan"]
    assert [(f["nilai"], f["tingkat"]) for f in inferred] == [("Bidang Rehabilitasi Sosial", "peringatan")]
    assert (
        "2 pemangku" in inferred[0]["pesan"] and "'Dinas Sosial | Bidang Rehabilitasi Sosial'" in inferred[0]["pesan"]
    )


def test_a_unit_written_with_its_opd_and_place_in_another_order_links(tmp_path: Path) -> None:
    """ "Dinas Kesehatan Kabupaten X | Sekretariat" and "Bagian Organisasi Sekretariat Daerah Kab. X" are the table's
    "Sekretariat Dinas Kesehatan" of Dinas Kesehatan and "Bagian Organisasi" of Sekretariat Daerah: the place left
    out, the words are the same in another order; both holders were "tidak ada di peta jabatan" (link1, h34)."""
    header = ("PERANGKAT DAERAH", "NAMA JABATAN", "UNIT KERJA", "KEBUTUHAN")
    rows = [
        ("Sekretariat Daerah", "Pengadministrasi Perkantoran", "Bagian Organisasi", 2),
        ("Dinas Kesehatan", "Pengadministrasi Perkantoran", "Sekretariat Dinas Kesehatan", 1),
    ]
    table = write_csv(tmp_path / "peta.csv", header, rows)
    people = [
        ("198501012010011001", "Budi", "", "Bagian Organisasi Sekretariat Daerah Kab. Sukamaju"),
        ("198702022011012002", "Siti", "Dinas Kesehatan Kabupaten Sukamaju", "Sekretariat"),
    ]
    people = [(*p, "Pengadministrasi Perkantoran") for p in people]
    roster = write_csv(tmp_path / "pegawai.csv", ("NIP", "NAMA", "OPD", "UNIT KERJA", "JABATAN"), people)
    got = _vacancies(roster, table)
    assert got[("Pengadministrasi Perkantoran", "Sekretariat Daerah | Bagian Organisasi")] == (2, 1)
    assert got[("Pengadministrasi Perkantoran", "Sekretariat Dinas Kesehatan")] == (1, 1)  # a unit naming its OPD


def test_a_unit_naming_its_opd_is_not_led_by_it_again(tmp_path: Path) -> None:
    header = ("OPD", "NAMA JABATAN", "UNIT KERJA", "KEBUTUHAN")
    rows = [
        ("Dinas Sosial", "Sekretaris", "Sekretariat Dinas Sosial", 1),
        ("Dinas Sosial", "Kepala Dinas", "Dinas Sosial", 1),
    ]
    people = [("198001012005011001", "Budi", "Sekretariat Dinas Sosial", "Sekretaris")]
    roster = write_csv(tmp_path / "p.csv", ("NIP", "NAMA", "UNIT KERJA", "JABATAN"), people)
    got = _vacancies(roster, write_csv(tmp_path / "j.csv", header, rows))
    assert got == {("Sekretaris", "Sekretariat Dinas Sosial"): (1, 1), ("Kepala Dinas", "Dinas Sosial"): (1, 0)}


# the day's review (a helper read the diff and tried each change on small files): what it found is kept here


def test_a_unit_written_with_its_opd_name_links_to_the_opd_led_unit(tmp_path: Path) -> None:
    """ "Sekretariat Dinas Sosial" (a table's unit naming its OPD) and "Dinas Sosial | Sekretariat" (a roster's OPD
    and unit) are one unit: the same words in another order."""
    table = write_csv(tmp_path / "peta.csv", ("OPD", "NAMA JABATAN", "UNIT KERJA", "KEBUTUHAN"),
                      [("Dinas Sosial", "Sekretaris", "Sekretariat Dinas Sosial", 1),
                       ("Dinas Perhubungan", "Sekretaris", "Sekretariat Dinas Perhubungan", 1)])  # fmt: skip
    roster = _roster(tmp_path)
    got = _vacancies(roster, table)
    assert got[("Sekretaris", "Sekretariat Dinas Sosial")] == (1, 1)
    assert got[("Sekretaris", "Sekretariat Dinas Perhubungan")] == (1, 1)


def test_units_printed_once_per_opd_block_are_filled_within_their_opd(tmp_path: Path) -> None:
    table = write_csv(tmp_path / "peta.csv", ("OPD", "NAMA JABATAN", "UNIT KERJA", "KEBUTUHAN"),
                      [("Dinas Sosial", "Kepala Dinas", "", 1), ("", "Sekretaris", "Sekretariat", 1),
                       ("", "Pengadministrasi Perkantoran", "", 2), ("Dinas Perhubungan", "Kepala Dinas", "", 1),
                       ("", "Sekretaris", "Sekretariat", 1), ("", "Pengadministrasi Perkantoran", "", 2)])  # fmt: skip
    got = _vacancies(_roster(tmp_path), table)
    assert {k: v[0] for k, v in got.items()} == {
        ("Kepala Dinas", "Dinas Sosial"): 1,  # the OPD's head: not filled from another OPD's rows
        ("Sekretaris", "Dinas Sosial | Sekretariat"): 1,
        ("Pengadministrasi Perkantoran", "Dinas Sosial | Sekretariat"): 2,
        ("Kepala Dinas", "Dinas Perhubungan"): 1,
        ("Sekretaris", "Dinas Perhubungan | Sekretariat"): 1,
        ("Pengadministrasi Perkantoran", "Dinas Perhubungan | Sekretariat"): 2,
    }


@pytest.mark.parametrize("with_opd", [True, False])
def test_abk_task_rows_link_to_a_table_with_opds(tmp_path: Path, with_opd: bool) -> None:
    """Task rows name the unit (and maybe the OPD): they linked to no post once the table had an OPD column."""
    table = write_csv(tmp_path / "peta.csv", ("OPD", "NAMA JABATAN", "UNIT KERJA", "KEBUTUHAN"),
                      [("Dinas Sosial", "Pengadministrasi Perkantoran", "Sekretariat", ""),
                       ("Dinas Sosial", "Pekerja Sosial Ahli Pertama", "Bidang Rehabilitasi Sosial", ""),
                       ("Dinas Perhubungan", "Pengadministrasi Perkantoran", "Sekretariat", "")])  # fmt: skip
    tasks = [("Dinas Sosial", "Pengadministrasi Perkantoran", "Sekretariat", "Mengagendakan surat", 2000, 30),
             ("Dinas Sosial", "Pekerja Sosial Ahli Pertama", "Bidang Rehabilitasi Sosial", "Asesmen", 300, 240)]  # fmt: skip
    header = ("OPD", "NAMA JABATAN", "UNIT KERJA", "URAIAN TUGAS", "VOLUME", "NORMA WAKTU (MENIT)")
    if not with_opd:
        header, tasks = header[1:], [t[1:] for t in tasks]
    abk = write_csv(tmp_path / "abk.csv", header, tasks)
    args = ("beban-kerja", _roster(tmp_path), table, "--abk", abk, "--per", "jabatan", "-f", "json", *TANGGAL)
    rows = stdout_json(run(*args))
    need = {(r["nama_jabatan"], r["unit_kerja"]): r["kebutuhan"] for r in rows}
    assert need[("Pekerja Sosial Ahli Pertama", "Dinas Sosial | Bidang Rehabilitasi Sosial")] == 1
    # the Sekretariat of two OPDs: only a task sheet naming the OPD tells which one
    assert need[("Pengadministrasi Perkantoran", "Dinas Sosial | Sekretariat")] == (1 if with_opd else 0)
    assert need[("Pengadministrasi Perkantoran", "Dinas Perhubungan | Sekretariat")] == 0


PEOPLE_HEADER = ("NIP", "NAMA", "{unit}", "JABATAN", "GOL/RUANG", "PENDIDIKAN TERAKHIR", "JURUSAN", "TANGGAL LAHIR",
                 "TMT JABATAN", "JENIS KELAMIN")  # fmt: skip


def _apply_one_move(tmp_path: Path, roster: Path, table: Path, *, with_table: bool) -> list[dict[str, str]]:
    """Plan (one person moves), approve everything, apply with or without the position table; the new roster."""
    import csv

    from tests.cli_helpers import decide

    plan = tmp_path / "rencana.xlsx"
    payload = stdout_json(expect(run("rencana", roster, table, "-o", plan, "-f", "json", *TANGGAL), EXIT_OK))
    assert len(payload["mutasi"]) == 1
    decided = decide(plan, tmp_path / "setuju.xlsx", {m["id_mutasi"]: "Setuju" for m in payload["mutasi"]})
    new = tmp_path / "baru.csv"
    args = ("terapkan", decided, roster, "-o", new, "--tmt", "2027-01-01", *TANGGAL)
    expect(run(*args, *(("--jabatan", table) if with_table else ())), EXIT_OK)
    return list(csv.DictReader(new.read_text(encoding="utf-8").splitlines()))


@pytest.mark.parametrize("with_table", [True, False])
def test_terapkan_writes_the_opd_and_the_unit_apart(tmp_path: Path, with_table: bool) -> None:
    """Without --jabatan the plan's "Dinas Perhubungan | Sekretariat" went whole into the unit cell (the OPD cell
    kept the old OPD): read back it would be "Dinas Sosial | Dinas Perhubungan | Sekretariat"."""
    header = [h.replace("{unit}", "OPD") for h in PEOPLE_HEADER]
    header.insert(3, "UNIT KERJA")
    people = [("198001012005011001", "Budi", "Dinas Sosial", "Sekretariat", "Analis Kebijakan Ahli Pertama", "III/b",
               "S-1", "S-1 Ilmu Pemerintahan", "01-01-1980", "01-01-2015", "L"),
              ("198101012006042002", "Sari", "Dinas Sosial", "Sekretariat", "Analis Kebijakan Ahli Pertama", "III/b",
               "S-1", "S-1 Ilmu Pemerintahan", "01-01-1981", "01-01-2015", "P")]  # fmt: skip
    roster = write_csv(tmp_path / "pegawai.csv", header, people)
    table = write_csv(tmp_path / "peta.csv", ("OPD", "NAMA JABATAN", "UNIT KERJA", "KEBUTUHAN", "SYARAT PENDIDIKAN"),
                      [("Dinas Sosial", "Analis Kebijakan Ahli Pertama", "Sekretariat", 1, "S-1"),
                       ("Dinas Perhubungan", "Analis Kebijakan Ahli Pertama", "Sekretariat", 2, "S-1")])  # fmt: skip
    rows = _apply_one_move(tmp_path, roster, table, with_table=with_table)
    moved = [r for r in rows if r["OPD"] == "Dinas Perhubungan"]
    assert len(moved) == 1 and moved[0]["UNIT KERJA"] == "Sekretariat"
    assert [r["UNIT KERJA"] for r in rows] == ["Sekretariat", "Sekretariat"]


def test_terapkan_applies_a_move_between_posts_of_one_shared_code(tmp_path: Path) -> None:
    """A code the table writes in two units: the plan keys the posts "ANALIS | Induk", the roster writes "ANALIS".
    terapkan refused every such move (rencana-jabatan-berubah) and wrote the internal key into the roster."""
    header = [h.replace("{unit}", "UNIT KERJA") for h in PEOPLE_HEADER]
    header.insert(3, "KODE JABATAN")
    people = [("198001012005011001", "Budi", "Induk", "ANALIS", "Analis Kebijakan Ahli Pertama", "III/b", "S-1",
               "S-1 Ilmu Pemerintahan", "01-01-1980", "01-01-2015", "L"),
              ("198101012006042002", "Sari", "Induk", "ANALIS", "Analis Kebijakan Ahli Pertama", "III/b", "S-1",
               "S-1 Ilmu Pemerintahan", "01-01-1981", "01-01-2015", "P")]  # fmt: skip
    roster = write_csv(tmp_path / "pegawai.csv", header, people)
    table = write_csv(tmp_path / "peta.csv", ("KODE JABATAN", "NAMA JABATAN", "UNIT KERJA", "KEBUTUHAN", "SYARAT PENDIDIKAN"),
                      [("ANALIS", "Analis Kebijakan Ahli Pertama", "Induk", 1, "S-1"),
                       ("ANALIS", "Analis Kebijakan Ahli Pertama", "Cabang", 2, "S-1")])  # fmt: skip
    rows = _apply_one_move(tmp_path, roster, table, with_table=True)
    assert sorted(r["UNIT KERJA"] for r in rows) == ["Cabang", "Induk"]
    assert {r["KODE JABATAN"] for r in rows} == {"ANALIS"}


def test_simpeg_unor_induk_is_the_opd_beside_unor(tmp_path: Path) -> None:
    """SIMPEG (KPU) writes ``Unor`` / ``Unor Induk``: the same subbagian of two secretariats was one unit (h24 real
    files; a public SIMPEG-vs-SIASN checker takes Unor Induk as the satker)."""
    people = [(p[0], p[1], p[3], p[2], p[4]) for p in PEOPLE]
    roster = write_csv(tmp_path / "simpeg.csv", ("NIP", "Nama Pegawai", "Unor", "Unor Induk", "Nama Jabatan"), people)
    out = stdout_json(expect(run("periksa", roster, _positions(tmp_path), "-f", "json"), EXIT_OK))
    fields = {(m["berkas"].rsplit("/", 1)[-1], m["kolom_baku"]): m["judul_kolom"] for m in out["pemetaan_kolom"]}
    assert fields["simpeg.csv", "perangkat_daerah"] == "Unor Induk"
    assert _vacancies(roster, _positions(tmp_path))[("Sekretaris", "Dinas Sosial | Sekretariat")] == (1, 1)


def test_a_cpns_sheets_satuan_kerja_naming_the_government_leads_no_unit(tmp_path: Path) -> None:
    """A SAPK CPNS import sheet writes the instansi under SATUAN KERJA: read as the OPD, against a table with OPDs
    0 of its holders linked (bezetting 0, lowongan 11 of 11; h27/real7, code index id 24232058134)."""
    agency = "Pemerintah Provinsi D I Yogyakarta"
    header = ("NIP", "NAMA LENGKAP", "JABATAN CPNS", "SATUAN KERJA", "UNIT KERJA")
    people = [("199603032025022002", "Rina", "Perawat Ahli Pertama", agency, "Rumah Sakit Jiwa Grhasia"),
              ("199309092025022006", "Fitri", "Bidan Terampil", agency, "Rumah Sakit Jiwa Grhasia"),
              ("199705152025021003", "Bayu", "Pranata Komputer Ahli Pertama", agency, "Dinas Komunikasi dan Informatika")]  # fmt: skip
    roster = write_csv(tmp_path / "cpns.csv", header, people)
    table = write_csv(tmp_path / "peta.csv", ("Perangkat Daerah", "Unit Kerja", "Nama Jabatan", "Kebutuhan"),
                      [("Rumah Sakit Jiwa Grhasia", "Rumah Sakit Jiwa Grhasia", "Perawat Ahli Pertama", 3),
                       ("Rumah Sakit Jiwa Grhasia", "Rumah Sakit Jiwa Grhasia", "Bidan Terampil", 1),
                       ("Dinas Komunikasi dan Informatika", "Dinas Komunikasi dan Informatika",
                        "Pranata Komputer Ahli Pertama", 2)])  # fmt: skip
    got = _vacancies(roster, table)
    assert sorted(v[1] for v in got.values()) == [1, 1, 1]


#: a position table per OPD (a regional admin app's "Peta Jabatan": Jabatan | OPD | Bezetting | Kebutuhan)
PER_OPD = (("Jabatan", "OPD", "Bezetting", "Kebutuhan"),
           [("Dokter Ahli Madya", "Dinas Kesehatan", 2, 2), ("Perawat Ahli Muda", "Dinas Kesehatan", 2, 3),
            ("Kepala Subbagian Umum", "Dinas Kesehatan", 1, 1), ("Guru Ahli Pertama", "Dinas Pendidikan", 1, 1)])  # fmt: skip
#: a SIASN roster per UNOR, with its OPD
PER_UNOR = [("198001012005011001", "Ahmad", "Dinas Kesehatan", "Puskesmas Pekauman", "Dokter Ahli Madya"),
            ("198805052010012002", "Siti", "Dinas Kesehatan", "Puskesmas Pekauman", "Perawat Ahli Muda"),
            ("198905052011012003", "Rina", "Dinas Kesehatan", "Puskesmas Teluk Dalam", "Perawat Ahli Muda"),
            ("198206062008012007", "Dian", "Dinas Kesehatan", "UPT Laboratorium Dinas Kesehatan", "Dokter Ahli Madya"),
            ("199007072015032004", "Nur", "Dinas Kesehatan", "Puskesmas Teluk Dalam", "Bidan Terampil"),
            ("197503031999031005", "Yusuf", "Dinas Kesehatan", "Dinas Kesehatan", "Kepala Subbagian Umum"),
            ("199501012020121006", "Rahmat", "Dinas Pendidikan", "SDN Pekapuran Raya 1", "Guru Ahli Pertama")]  # fmt: skip
SIASN_UNITS = ("NIP BARU", "NAMA", "SATUAN KERJA KERJA NAMA", "UNOR NAMA", "JABATAN NAMA")


def test_a_table_per_opd_counts_the_holders_of_the_opds_units(tmp_path: Path) -> None:
    """A peta jabatan per OPD beside a SIASN roster per UNOR: "Dinas Kesehatan | Puskesmas Pekauman" linked to no
    post, bezetting 3 and lowongan 12 where the table itself says 8 and 7 (Banjarmasin export, h27/real7). The
    holders count in their OPD's post of that name, said once per unit; a post the OPD lacks stays unlinked."""
    roster = write_csv(tmp_path / "pegawai.csv", SIASN_UNITS, PER_UNOR)
    table = write_csv(tmp_path / "peta.csv", *PER_OPD)
    got = _vacancies(roster, table)
    assert got == {
        ("Dokter Ahli Madya", "Dinas Kesehatan"): (2, 2),  # Puskesmas Pekauman's and a UPT naming its OPD
        ("Perawat Ahli Muda", "Dinas Kesehatan"): (3, 2),
        ("Kepala Subbagian Umum", "Dinas Kesehatan"): (1, 1),
        ("Guru Ahli Pertama", "Dinas Pendidikan"): (1, 1),
    }
    out = stdout_json(expect(run("periksa", roster, table, "-f", "json"), EXIT_OK))
    told = {f["nilai"]: f for f in out["temuan"] if f["kode"] == "unit-dihitung-di-opd"}
    assert sorted(told) == ["Dinas Kesehatan | Puskesmas Pekauman", "Dinas Kesehatan | Puskesmas Teluk Dalam",
                            "Dinas Pendidikan | SDN Pekapuran Raya 1", "UPT Laboratorium Dinas Kesehatan"]  # fmt: skip
    assert told["Dinas Kesehatan | Puskesmas Pekauman"]["tingkat"] == "info"
    assert "2 pemangku" in told["Dinas Kesehatan | Puskesmas Pekauman"]["pesan"]
    assert "1 pemangku" in told["Dinas Kesehatan | Puskesmas Teluk Dalam"]["pesan"]  # the Bidan is not counted
    assert [f["nilai"] for f in out["temuan"] if f["kode"] == "jabatan-tidak-ditemukan"] == ["Bidan Terampil"]
    assert not [f for f in out["temuan"] if f["kode"] == "bezetting-beda"]  # the table's own bezetting agrees
    plan = stdout_json(expect(run("rencana", roster, table, "-f", "json", *TANGGAL), EXIT_OK))["ringkasan"]
    assert (plan["lowongan_saat_ini"], plan["dikecualikan_tanpa_jabatan"]) == (1, 1)  # the plan links alike


def test_a_table_listing_units_of_the_opd_keeps_an_unlisted_unit_out_of_the_opds_posts(tmp_path: Path) -> None:
    """The negatives: a table that lists a unit below the OPD (by its OPD column, or as a unit the roster puts in
    that OPD) lists its units, so a unit it lacks is not counted in the OPD's own posts; nor is a unit it has."""
    roster = write_csv(tmp_path / "pegawai.csv", SIASN_UNITS, PER_UNOR[:3])
    below = write_csv(tmp_path / "peta_opd_unit.csv", ("OPD", "Unit Kerja", "Jabatan", "Kebutuhan"),
                      [("Dinas Kesehatan", "", "Dokter Ahli Madya", 2), ("Dinas Kesehatan", "", "Perawat Ahli Muda", 3),
                       ("Dinas Kesehatan", "Sekretariat", "Kepala Subbagian Umum", 1)])  # fmt: skip
    assert {k: v[1] for k, v in _vacancies(roster, below).items()} == {
        ("Dokter Ahli Madya", "Dinas Kesehatan"): 0,
        ("Perawat Ahli Muda", "Dinas Kesehatan"): 0,
        ("Kepala Subbagian Umum", "Dinas Kesehatan | Sekretariat"): 0,
    }
    listed = write_csv(tmp_path / "peta_unit.csv", ("Unit Kerja", "Jabatan", "Kebutuhan"),
                       [("Dinas Kesehatan", "Dokter Ahli Madya", 2), ("Dinas Kesehatan", "Perawat Ahli Muda", 3),
                        ("Puskesmas Pekauman", "Perawat Ahli Muda", 1)])  # fmt: skip
    assert {k: v[1] for k, v in _vacancies(roster, listed).items()} == {
        ("Dokter Ahli Madya", "Dinas Kesehatan"): 0,  # Puskesmas Pekauman is a table unit: its Dokter is not here
        ("Perawat Ahli Muda", "Dinas Kesehatan"): 0,  # nor is Teluk Dalam's Perawat: the table lists Dinkes' units
        ("Perawat Ahli Muda", "Puskesmas Pekauman"): 1,
    }


def test_a_mapping_file_for_the_roster_is_not_warned_against_the_position_table(tmp_path: Path) -> None:
    """`--peta-kolom` with "unit_kerja = 'satuan_kerja_kerja'" (the roster's OPD column) also warned
    peta-kolom-tidak-ditemukan on the position table, which it does not describe (h27/real7). A table is warned only
    when the file describes it, or when the file describes no table (then every miss is a typo)."""
    header = ("nip", "nama", "satuan_kerja_kerja", "unor", "jabatan")
    roster = write_csv(tmp_path / "pegawai.csv", header, PER_UNOR)
    table = write_csv(tmp_path / "peta.csv", *PER_OPD)

    def misses(mapping: str) -> list[tuple[str, str]]:
        (tmp_path / "kolom.toml").write_text(f"[kolom]\n{mapping}\n", encoding="utf-8")
        args = ("periksa", roster, table, "--peta-kolom", tmp_path / "kolom.toml", "-f", "json")
        out = stdout_json(run(*args))
        found = [f for f in out["temuan"] if f["kode"] == "peta-kolom-tidak-ditemukan"]
        return [(f["berkas"].rsplit("/", 1)[-1], f["kolom_baku"]) for f in found]

    assert misses('unit_kerja = "satuan_kerja_kerja"') == []
    assert misses('nama = "nama"\nunit_kerja = "satuan_kerja_kerjaa"') == [("pegawai.csv", "unit_kerja")]
    assert sorted(misses('unit_kerja = "satuan_kerja_kerjaa"')) == [("pegawai.csv", "unit_kerja"),
                                                                   ("peta.csv", "unit_kerja")]  # fmt: skip


def test_the_head_of_a_unit_below_the_opd_is_never_the_opds_head(tmp_path: Path) -> None:
    """Three UPT heads were counted on the OPD's one "Kepala UPT" (kelebihan 2) and a kelurahan's Kasi Pemerintahan on
    the kecamatan's, through the per-OPD fallback (review7, h27): a head heads its own unit; staff still fall back."""
    table = write_csv(
        tmp_path / "peta.csv",
        ("Jabatan", "OPD", "Kebutuhan"),
        [("Kepala UPT", "Badan Pendapatan Daerah", 1), ("Pengadministrasi Perkantoran", "Badan Pendapatan Daerah", 3),
         ("Kepala Seksi Pemerintahan", "Kecamatan Sukamaju", 1)],
    )  # fmt: skip
    people = [("Badan Pendapatan Daerah", f"UPT Pendapatan Wilayah {w}", "Kepala UPT") for w in ("I", "II", "III")]
    people += [("Badan Pendapatan Daerah", "UPT Pendapatan Wilayah I", "Pengadministrasi Perkantoran"),
               ("Kecamatan Sukamaju", "Kelurahan Mekar", "Kepala Seksi Pemerintahan")]  # fmt: skip
    rows = [(f"19800101200501{1 + i % 2}{i:03d}", f"Pegawai {i}", o, u, j) for i, (o, u, j) in enumerate(people, 1)]
    roster = write_csv(tmp_path / "pegawai.csv", SIASN_UNITS, rows)
    assert _vacancies(roster, table) == {
        ("Kepala UPT", "Badan Pendapatan Daerah"): (1, 0),
        ("Pengadministrasi Perkantoran", "Badan Pendapatan Daerah"): (3, 1),
        ("Kepala Seksi Pemerintahan", "Kecamatan Sukamaju"): (1, 0),
    }


def test_an_opd_written_with_its_place_beside_a_sub_unit_counts_in_that_sub_unit(tmp_path: Path) -> None:
    """SSCASN and SIASN write an OPD with its place ("Dinas Perikanan dan Kelautan Kabupaten Fakfak", 482 formations
    in SSCASN 2024). Beside a sub-unit, cutting the unit key from "kabupaten" on cut the sub-unit too: 21 staff fell
    out of bezetting and the plan over-filled their posts (walk4, h28). The place is left out of the OPD only; a
    unit the table lacks stays unlinked, and an OPD whose own name holds "Kota" is no place."""
    table = write_csv(tmp_path / "peta.csv", ("OPD", "UNIT KERJA", "JABATAN", "KEBUTUHAN"),
                      [("Dinas Perhubungan", "Sekretariat", "Sekretaris", 1),
                       ("Dinas Perhubungan", "Bidang Lalu Lintas", "Pengatur Lalu Lintas", 6),
                       ("Dinas Perhubungan", "Bidang Angkutan", "Pengatur Lalu Lintas", 2),
                       ("Kecamatan Kota Baru", "Seksi Pemerintahan", "Kepala Seksi Pemerintahan", 1)])  # fmt: skip
    people = [("Dinas Perhubungan Kabupaten Biak Numfor", "Bidang Lalu Lintas", "Pengatur Lalu Lintas"),
              ("DINAS PERHUBUNGAN KAB. BIAK NUMFOR", "Bidang Lalu Lintas", "Pengatur Lalu Lintas"),
              ("Dinas Perhubungan Kabupaten Biak Numfor", "Sekretariat", "Sekretaris"),
              ("Dinas Perhubungan Kabupaten Biak Numfor", "Bidang Prasarana", "Pengatur Lalu Lintas"),
              ("Kecamatan Kota Baru", "Seksi Pemerintahan", "Kepala Seksi Pemerintahan")]  # fmt: skip
    rows = [(f"19800101200501{1 + i % 2}{i:03d}", f"Pegawai {i}", o, u, j) for i, (o, u, j) in enumerate(people, 1)]
    roster = write_csv(tmp_path / "pegawai.csv", SIASN_UNITS, rows)
    assert _vacancies(roster, table) == {
        ("Sekretaris", "Dinas Perhubungan | Sekretariat"): (1, 1),
        ("Pengatur Lalu Lintas", "Dinas Perhubungan | Bidang Lalu Lintas"): (6, 2),
        ("Pengatur Lalu Lintas", "Dinas Perhubungan | Bidang Angkutan"): (2, 0),  # Bidang Prasarana is not here
        ("Kepala Seksi Pemerintahan", "Kecamatan Kota Baru | Seksi Pemerintahan"): (1, 1),
    }
    out = stdout_json(expect(run("periksa", roster, table, "-f", "json"), EXIT_OK))
    read = {f["nilai"]: f["pesan"] for f in out["temuan"] if f["kode"] == "unit-dibaca-sebagai"}
    assert sorted(read) == ["DINAS PERHUBUNGAN KAB. BIAK NUMFOR | Bidang Lalu Lintas",
                            "Dinas Perhubungan Kabupaten Biak Numfor | Bidang Lalu Lintas",
                            "Dinas Perhubungan Kabupaten Biak Numfor | Sekretariat"]  # fmt: skip
    assert (
        "'Dinas Perhubungan | Bidang Lalu Lintas'"
        in read["Dinas Perhubungan Kabupaten Biak Numfor | Bidang Lalu Lintas"]
    )
    unlinked = [f["pesan"] for f in out["temuan"] if f["kode"] == "jabatan-tidak-ditemukan"]
    assert len(unlinked) == 1 and "Bidang Prasarana" in unlinked[0]


def test_check_counts_an_opd_spelt_several_ways_once_and_says_the_spellings(tmp_path: Path) -> None:
    """`periksa` said "85 OPD" of 25 OPDs written four ways (capitals, a double space, "… Kabupaten Biak Numfor"):
    the count of distinct cells (walk4, h28). They count once, and the other spellings are said with an example;
    a different OPD ("Dinas Perikanan dan Kelautan") still counts on its own."""
    people = [("Dinas Perikanan", "Sekretariat", "Sekretaris"), ("Dinas Perikanan", "Bidang Budidaya", "Penyuluh"),
              ("DINAS PERIKANAN", "Bidang Budidaya", "Penyuluh"), ("Dinas  Perikanan", "Bidang Budidaya", "Penyuluh"),
              ("Dinas Perikanan Kabupaten Biak Numfor", "Bidang Budidaya", "Penyuluh"),
              ("Dinas Perikanan dan Kelautan", "Sekretariat", "Sekretaris")]  # fmt: skip
    rows = [(f"19800101200501{1 + i % 2}{i:03d}", f"Pegawai {i}", o, u, j) for i, (o, u, j) in enumerate(people, 1)]
    roster = write_csv(tmp_path / "pegawai.csv", SIASN_UNITS, rows)
    out = stdout_json(expect(run("periksa", roster, _positions(tmp_path), "-f", "json"), EXIT_OK))
    (told,) = [f["pesan"] for f in out["temuan"] if f["kode"] == "unit-dibedakan-opd" and "pegawai" in f["berkas"]]
    assert "(2 OPD, mis." in told
    assert "; 3 penulisan lain dari nama OPD yang sama dibaca sebagai satu OPD" in told
    assert "mis. 'DINAS PERIKANAN' sebagai 'Dinas Perikanan'" in told


def test_a_head_post_naming_its_unit_counts_on_the_opds_post_of_that_name(tmp_path: Path) -> None:
    """Bandung Barat's SI-ITING workbook (real9, h28): "Kepala Bidang Pelayanan Kesehatan" in "Bidang Pelayanan
    Kesehatan" and "Sekretaris Kecamatan" in "Sekretariat Kecamatan" showed bezetting 0 on the OPD rows of those exact
    names (the table's own Total Bezetting Riil is 1). A head post naming the unit it sits in can only be that post;
    a generic head ("Kepala Bidang", "Kepala UPT") or a kelurahan's Kasi still names no unit of its own."""
    table = write_csv(
        tmp_path / "peta.csv",
        ("Jabatan", "OPD", "Kebutuhan"),
        [("Kepala Bidang Pelayanan Kesehatan", "Dinas Kesehatan", 1), ("Kepala Bidang", "Dinas Kesehatan", 1),
         ("Sekretaris Kecamatan", "Kecamatan Lembang", 1), ("Kepala Seksi Pemerintahan", "Kecamatan Lembang", 1),
         ("Kepala UPT", "Dinas Kesehatan", 1)],
    )  # fmt: skip
    people = [("Dinas Kesehatan", "Bidang Pelayanan Kesehatan", "Kepala Bidang Pelayanan Kesehatan"),
              ("Dinas Kesehatan", "Bidang Pencegahan Penyakit", "Kepala Bidang"),
              ("Dinas Kesehatan", "UPT Laboratorium Kesehatan", "Kepala UPT"),
              ("Kecamatan Lembang", "Sekretariat Kecamatan", "Sekretaris Kecamatan"),
              ("Kecamatan Lembang", "Kelurahan Jayagiri", "Kepala Seksi Pemerintahan")]  # fmt: skip
    rows = [(f"19800101200501{1 + i % 2}{i:03d}", f"Pegawai {i}", o, u, j) for i, (o, u, j) in enumerate(people, 1)]
    roster = write_csv(tmp_path / "pegawai.csv", SIASN_UNITS, rows)
    assert _vacancies(roster, table) == {
        ("Kepala Bidang Pelayanan Kesehatan", "Dinas Kesehatan"): (1, 1),
        ("Kepala Bidang", "Dinas Kesehatan"): (1, 0),
        ("Kepala UPT", "Dinas Kesehatan"): (1, 0),
        ("Sekretaris Kecamatan", "Kecamatan Lembang"): (1, 1),
        ("Kepala Seksi Pemerintahan", "Kecamatan Lembang"): (1, 0),
    }
