"""Review of the session's later merges (review15, h34): a NIP on three or more rows, unit words in any order,
settings suggestions."""

from __future__ import annotations

import tomllib
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from asn_mutasi.config import ConfigError, settings_from_dict
from asn_mutasi.io.readers import read_table
from asn_mutasi.validation import prepare_roster
from asn_mutasi.workload import link_employees
from tests.workload.frames import make_positions, make_roster

AS_OF = date(2025, 1, 1)
HEADER = "NIP;NAMA;JABATAN;UNIT KERJA;TANGGAL LAHIR;TMT JABATAN;GOL/RUANG"
NIP = "197705022003022001"
OLDEST = f"{NIP};Ratna;Pengadministrasi Perkantoran;Dinas Kesehatan;02-05-1977;01-01-2019;III/a"
OLDER = f"{NIP};Ratna;Analis Kebijakan;Bappeda;02-05-1977;01-01-2022;III/c"
ACTING = f"{NIP};Ratna;Plt. Kepala Dinas Pertanian;Dinas Pertanian;02-05-1977;01-01-2024;III/b"
OTHER = f"{NIP};Budi Santoso;Penata Layanan Operasional;Dinas Pertanian;02-05-1977;01-01-2024;III/b"


def _roster(path: Path, lines: list[str]) -> Any:
    path.write_text("\n".join([HEADER, *lines]) + "\n", encoding="utf-8")
    return prepare_roster(read_table(path, "pegawai"), today=AS_OF)


def test_a_plt_row_beside_two_definitive_rows_of_one_person_counts_the_person_once(tmp_path: Path) -> None:
    """The newest row of a NIP held as Plt was the row kept, so each definitive row was compared with it alone: both
    were read (one person, two seats) and neither had a nip-ganda."""
    for lines in ([ACTING, OLDER, OLDEST], [OLDEST, OLDER, ACTING], [OLDER, ACTING, OLDEST]):
        table = _roster(tmp_path / "plt.csv", lines)
        assert table.valid["jabatan"].tolist() == ["Analis Kebijakan"]
        codes = sorted(f.code for f in table.findings if f.code.startswith("nip-ganda"))
        assert codes == ["nip-ganda", "nip-ganda-plt"]


def test_two_rows_of_one_person_beside_another_persons_newer_row_hold_one_seat(tmp_path: Path) -> None:
    """Ratna twice and Budi once under one NIP: Budi's newer row is read, and Ratna, another person, keeps one seat
    (her later post), not both of her rows."""
    for lines in ([OLDEST, OLDER, OTHER], [OTHER, OLDER, OLDEST], [OLDER, OTHER, OLDEST]):
        table = _roster(tmp_path / "dua.csv", lines)
        assert table.valid["jabatan"].tolist() == ["Penata Layanan Operasional"]
        frame = table.frame
        assert sorted(frame.loc[frame["_menduduki"], "jabatan"]) == ["Analis Kebijakan"]
        assert sum(f.code == "nip-ganda" for f in table.findings) == 2


def test_one_table_part_is_never_the_part_of_two_offices_of_the_roster() -> None:
    """A table of one OPD writes "Sekretariat"; a roster of several OPDs writes "Sekretariat Dinas Kesehatan" and
    "Sekretariat Dinas Sosial": both were read as the table's one Sekretariat, two OPDs' staff in one unit."""
    table = make_positions(
        [
            {"kode_jabatan": "J1", "nama_jabatan": "Analis", "unit_kerja": "Sekretariat"},
            {"kode_jabatan": "J2", "nama_jabatan": "Analis", "unit_kerja": "Bidang Rehabilitasi Sosial"},
        ]
    )
    units = ["Sekretariat Dinas Kesehatan", "Sekretariat Dinas Sosial"]
    res = link_employees(make_roster([{"jabatan": "Analis", "unit_kerja": u} for u in units]), table)
    assert res.frame["kode_jabatan_link"].isna().all()
    assert [f.code for f in res.findings] == ["jabatan-tidak-ditemukan"] * 2
    # one office, however written, is still read as the table's part
    units = ["Bag. Umum Setda", "Bagian Umum Sekretariat Daerah Kab. Sukamaju", "Bagian Umum Sekretariat Daerah"]
    table = make_positions([{"kode_jabatan": "J1", "nama_jabatan": "Analis", "unit_kerja": "Bagian Umum"}])
    res = link_employees(make_roster([{"jabatan": "Analis", "unit_kerja": u} for u in units]), table)
    assert res.frame["kode_jabatan_link"].tolist() == ["J1"] * 3


def test_a_village_of_one_kecamatan_is_not_the_same_named_village_of_another() -> None:
    """Units in any order compared their words as one set: "Kelurahan Sukamaju Kecamatan Sukasari" has the words of
    the table's "Kecamatan Sukamaju | Kelurahan Sukasari" and its holder was counted in that other village."""
    table = make_positions(
        [
            {"kode_jabatan": "J1", "nama_jabatan": "Analis", "unit_kerja": "Kecamatan Sukamaju | Kelurahan Sukasari"},
            {"kode_jabatan": "J2", "nama_jabatan": "Analis", "unit_kerja": "Kecamatan Sukasari"},
        ]
    )
    units = ["Kelurahan Sukamaju Kecamatan Sukasari", "Kelurahan Sukamaju Kecamatan Sukasari Kabupaten Sukamaju"]
    res = link_employees(make_roster([{"jabatan": "Analis", "unit_kerja": u} for u in units]), table)
    assert res.frame["kode_jabatan_link"].isna().all()
    # the same parts in another order are the same unit
    units = ["Kelurahan Sukasari Kecamatan Sukamaju", "Kelurahan Sukasari Kecamatan Sukamaju Kabupaten Sukamaju"]
    res = link_employees(make_roster([{"jabatan": "Analis", "unit_kerja": u} for u in units]), table)
    assert res.frame["kode_jabatan_link"].tolist() == ["J1", "J1"]


def test_a_table_inside_a_settings_section_is_said_as_the_table_it_is() -> None:
    """``[pengaturan.bobot]`` was told "maksud Anda 'aturan'?", ``[aturan.bobot]`` "kunci 'bobot' tidak dikenal" and
    ``[bobot.pendidikan]`` "pendidikan harus berupa angka": each names the table and where its keys go."""
    said = {
        "[pengaturan.bobot]\npendidikan = 0.3": "[pengaturan.bobot] ditulis tanpa awalan 'pengaturan.': [bobot]",
        "[aturan.bobot]\npendidikan = 0.3": "[bobot] adalah bagian sendiri: tulis di bawah judul [bobot] saja",
        "[aturan]\nbobot = {pendidikan = 0.3}": "[aturan.bobot] bukan bagian yang dikenal",
        "[bobot.pendidikan]\nx = 1": "'pendidikan' adalah kunci [bobot]: tulis pendidikan = <nilai> di bawah [bobot]",
        "[rencana.zona]\na = 1": "bagian [rencana.zona] tidak dikenal",
    }
    for text, want in said.items():
        with pytest.raises(ConfigError) as caught:
            settings_from_dict(tomllib.loads(text), source="pengaturan.toml")
        assert want in caught.value.message
        assert "maksud Anda 'aturan'" not in caught.value.message


def test_a_bidang_named_with_a_word_of_its_dinas_is_not_its_sibling() -> None:
    """SSCASN 2024's table has 23 pairs of units of one set of words (a Dinas Perumahan dan Kawasan Permukiman serta
    Pertanahan's Bidang Perumahan and Bidang Pertanahan): a roster's Bidang Perumahan was its Bidang Pertanahan."""
    dinas = "Dinas Perumahan dan Kawasan Permukiman serta Pertanahan"
    table = make_positions(
        [
            {"kode_jabatan": "J1", "nama_jabatan": "Analis", "unit_kerja": f"{dinas} | Bidang Pertanahan"},
            {"kode_jabatan": "J2", "nama_jabatan": "Analis", "unit_kerja": "Dinas Sosial"},
        ]
    )
    units = [f"Bidang Perumahan {dinas}", f"Bidang Perumahan {dinas} Kabupaten Sukamaju", f"Bidang Pertanahan {dinas}"]
    res = link_employees(make_roster([{"jabatan": "Analis", "unit_kerja": u} for u in units]), table)
    assert res.frame["kode_jabatan_link"].tolist() == [None, None, "J1"]
