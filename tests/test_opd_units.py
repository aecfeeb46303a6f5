"""Units told apart by OPD: a file with an OPD column beside its unit column (``OPD`` + ``UNIT KERJA``, SIASN's
``SATUAN KERJA KERJA NAMA`` + ``UNOR NAMA``) keeps the "Sekretariat" of every OPD apart, in positions and people.

The layout is a real position table's (a Laravel ``klasifikasi_jabatan`` table: ``perangkat_daerah, jabatan,
unit_kerja, …``) and SIASN's Export Data ASN (domain.md §7.1); the rows are invented.
"""

from __future__ import annotations

from pathlib import Path

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
    fields = {(m["berkas"].rsplit("/", 1)[-1], m["field"]): m["judul_kolom"] for m in out["pemetaan_kolom"]}
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
