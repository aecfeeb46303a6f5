"""Column mapping: aliases of every kind, SIASN headers, fuzzy fallback, duplicates, mapping files."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from asn_mutasi.domain.coded_fields import parse_predikat
from asn_mutasi.errors import ConfigError
from asn_mutasi.findings import Location
from asn_mutasi.io.column_mapping import likely_headers, load_mapping, map_columns, missing_required, schema_error
from asn_mutasi.io.header_aliases import ALIASES, alias_index, header_keys, lookup, normalize_header
from asn_mutasi.io.headers import HeaderColumn, column_letter
from asn_mutasi.schema import TABLE_KINDS


def cols(*texts: str) -> list[HeaderColumn]:
    return [HeaderColumn(i, column_letter(i), t, (t,)) for i, t in enumerate(texts)]


def fields_of(result: object) -> dict[str, str]:
    return {f: c.header for f, c in result.columns.items()}  # type: ignore[attr-defined]


SAMPLE = {
    "pegawai": {
        "NIP": "nip", "NAMA": "nama", "GOL/RUANG": "golongan", "JABATAN": "jabatan", "KODE JABATAN": "kode_jabatan",
        "UNIT KERJA": "unit_kerja", "JENIS JABATAN": "jenis_jabatan", "TMT JABATAN": "tmt_jabatan",
        "TANGGAL LAHIR": "tanggal_lahir", "JENIS KELAMIN": "jenis_kelamin", "STATUS KEPEGAWAIAN": "status_kepegawaian",
        "PENDIDIKAN TERAKHIR": "pendidikan", "JURUSAN": "jurusan", "PREDIKAT KINERJA": "predikat_kinerja",
        "HUKUMAN DISIPLIN": "hukuman_disiplin", "TUGAS BELAJAR": "tugas_belajar", "RIWAYAT JABATAN": "riwayat_jabatan",
        "DIKLAT": "diklat", "PREFERENSI UNIT": "preferensi_unit",
    },
    "jabatan": {
        "KODE JABATAN": "kode_jabatan", "NAMA JABATAN": "nama_jabatan", "UNIT KERJA": "unit_kerja",
        "JENIS JABATAN": "jenis_jabatan", "KELAS JABATAN": "kelas_jabatan", "KEBUTUHAN": "kebutuhan",
        "BEBAN KERJA (JAM)": "beban_kerja_jam", "SYARAT PENDIDIKAN": "syarat_pendidikan",
        "SYARAT JURUSAN": "syarat_jurusan", "SYARAT GOLONGAN": "syarat_golongan",
        "SYARAT PENGALAMAN": "syarat_pengalaman", "SYARAT DIKLAT": "syarat_diklat", "BEZETTING": "bezetting",
    },
    "abk": {
        "KODE JABATAN": "kode_jabatan", "NAMA JABATAN": "nama_jabatan", "UNIT KERJA": "unit_kerja",
        "URAIAN TUGAS": "uraian_tugas", "SATUAN HASIL": "satuan_hasil", "VOLUME (PER TAHUN)": "volume",
        "NORMA WAKTU (MENIT)": "norma_waktu",
    },
    "riwayat": {"NIP": "nip", "JABATAN": "jabatan", "UNIT KERJA": "unit_kerja", "TMT MULAI": "tmt_mulai", "TMT SELESAI": "tmt_selesai"},
    "usulan": {"NIP": "nip", "KODE JABATAN": "kode_jabatan", "JABATAN TUJUAN": "nama_jabatan", "UNIT TUJUAN": "unit_kerja"},
}  # fmt: skip


@pytest.mark.parametrize("kind", sorted(SAMPLE))
def test_sample_headers_map_by_alias(kind: str) -> None:
    headers = list(SAMPLE[kind])
    result = map_columns(cols("NO", *headers), kind)
    assert {f: c.header for f, c in result.columns.items()} == {v: k for k, v in SAMPLE[kind].items()}
    assert all(c.how == "alias" for c in result.columns.values())
    assert [c.text for c in result.unmapped] == ["NO"]
    assert not missing_required(result, kind)


@pytest.mark.parametrize(
    ("kind", "header", "field"),
    [
        ("jabatan", "KETERSEDIAAN", "bezetting"),
        ("abk", "JUMLAH HASIL", "volume"),
        ("abk", "WAKTU PENYELESAIAN", "norma_waktu"),
        ("usulan", "NAMA JABATAN", "nama_jabatan"),
        ("usulan", "UNIT KERJA TUJUAN", "unit_kerja"),
        ("usulan", "UNIT KERJA", "unit_kerja"),
        ("pegawai", "nip_baru", "nip"),
        ("pegawai", "peg_nama", "nama"),
        ("pegawai", "satuan_kerja_nama", "unit_kerja"),
        ("pegawai", "Golru", "golongan"),
        ("pegawai", "Jenjang Pendidikan", "pendidikan"),
        ("pegawai", "TGL. LAHIR", "tanggal_lahir"),
        ("pegawai", "L/P", "jenis_kelamin"),
        ("pegawai", "NIP/NI PPPK", "nip"),
        ("pegawai", "PANGKAT/GOL", "golongan"),
        ("pegawai", "JENIS PEGAWAI NAMA", "status_kepegawaian"),
        # anjab apps and SIASN's Anjab import (INFOJAB II): issue 16 peers
        ("abk", "Beban Kerja 1 Tahun", "volume"),
        ("abk", "Vol (1 Thn)", "volume"),
        ("abk", "WP (Mnt)", "norma_waktu"),
        ("abk", "PEGAWAI YANG DIBUTUHKAN", "kebutuhan_tugas"),
        ("abk", "Keb. Pegawai", "kebutuhan_tugas"),
        ("jabatan", "Kebutuhan Formasi", "kebutuhan"),
        ("jabatan", "Pegawai Riil", "bezetting"),
        ("pegawai", "TAMPIL_JABATAN", "jabatan"),  # Kemenag SIMPEG's download (real-files campaign)
        ("pegawai", "NIP/NIP3K", "nip"),  # a BBPMP staff template (NIP3K: a PPPK's number)
        ("pegawai", "PEND AKHIR / TK.IJAZAH", "pendidikan"),  # a PHP DUK's level under "PEND AKHIR"
    ],
)
def test_known_variants(kind: str, header: str, field: str) -> None:
    assert lookup(kind, header) == field


@pytest.mark.parametrize("header", ["STATUS"])
def test_peta_jabatan_extra_columns_stay_unmapped(header: str) -> None:
    result = map_columns(cols("NAMA JABATAN", "UNIT KERJA", "KEBUTUHAN", header), "jabatan")
    assert [c.text for c in result.unmapped] == [header]


def test_peta_jabatan_kurang_lebih_is_the_tables_own_selisih() -> None:
    """ "KURANG/LEBIH" was left unmapped; since real18 (h33) a table's own Selisih is read and checked against its
    kebutuhan and bezetting (selisih_tercatat)."""
    result = map_columns(cols("NAMA JABATAN", "UNIT KERJA", "KEBUTUHAN", "KURANG/LEBIH"), "jabatan")
    assert result.unmapped == [] and result.columns["selisih_tercatat"].header == "KURANG/LEBIH"


def test_alias_tables_are_consistent() -> None:
    for kind, table in ALIASES.items():
        assert set(table) <= set(TABLE_KINDS[kind][1]), kind
        alias_index.cache_clear()
        alias_index(kind)  # raises on an alias claimed by two fields


@pytest.mark.parametrize(
    ("kind", "headers", "unit", "opd"),
    [
        ("jabatan", ("NAMA JABATAN", "OPD", "UNIT KERJA", "KEBUTUHAN"), "UNIT KERJA", "OPD"),
        ("jabatan", ("perangkat_daerah", "jabatan", "unit_kerja", "kebutuhan"), "unit_kerja", "perangkat_daerah"),
        ("jabatan", ("SKPD", "SUB UNIT", "NAMA JABATAN", "KEBUTUHAN"), "SUB UNIT", "SKPD"),
        (
            "pegawai",
            ("NIP", "NAMA", "JABATAN", "UNOR NAMA", "SATUAN KERJA KERJA NAMA"),
            "UNOR NAMA",
            "SATUAN KERJA KERJA NAMA",
        ),
        ("pegawai", ("NIP", "NAMA", "JABATAN", "NAMA OPD", "BIDANG"), "BIDANG", "NAMA OPD"),
        # an OPD column alone is the unit, under its own name too
        ("jabatan", ("NAMA JABATAN", "OPD", "KEBUTUHAN"), "OPD", None),
        ("pegawai", ("NIP", "NAMA", "JABATAN", "perangkat_daerah"), "perangkat_daerah", None),
        ("pegawai", ("NIP", "NAMA", "JABATAN", "SATUAN KERJA KERJA NAMA"), "SATUAN KERJA KERJA NAMA", None),
        # two units, neither the OPD: no OPD column (the second stays a duplicate)
        ("pegawai", ("NIP", "NAMA", "JABATAN", "UNIT KERJA", "SUB UNIT KERJA"), "UNIT KERJA", None),
    ],
)
def test_opd_column_beside_a_unit_column(kind: str, headers: tuple[str, ...], unit: str, opd: str | None) -> None:
    result = map_columns(cols(*headers), kind)
    got = fields_of(result)
    assert got["unit_kerja"] == unit
    assert got.get("perangkat_daerah") == opd
    if opd is not None:  # the OPD column is no second unit column: no duplicate warning
        assert not [f for f in result.findings if f.code in ("kolom-ganda", "kolom-dipilih-dari-isi")]


def test_opd_column_and_a_mapping_file_naming_the_unit() -> None:
    result = map_columns(
        cols("NAMA JABATAN", "OPD", "UNIT KERJA", "KEBUTUHAN"), "jabatan", mapping={"unit_kerja": "OPD"}
    )
    assert fields_of(result)["unit_kerja"] == "OPD"  # the analyst's choice stands
    assert "perangkat_daerah" not in result.columns


def test_siasn_headers_map_every_present_field(siasn_headers: list[str]) -> None:
    result = map_columns(cols(*siasn_headers), "pegawai")
    assert fields_of(result) == {
        "nip": "NIP BARU",
        "nama": "NAMA",
        "tanggal_lahir": "TANGGAL LAHIR",
        "jenis_kelamin": "JENIS KELAMIN",
        "status_kepegawaian": "JENIS PEGAWAI NAMA",
        "golongan": "GOL AKHIR NAMA",
        "jenis_jabatan": "JENIS JABATAN NAMA",
        "jabatan": "JABATAN NAMA",
        "tmt_jabatan": "TMT JABATAN",
        "pendidikan": "TINGKAT PENDIDIKAN NAMA",
        "jurusan": "PENDIDIKAN NAMA",
        "unit_kerja": "UNOR NAMA",
        "perangkat_daerah": "SATUAN KERJA KERJA NAMA",  # the OPD beside the unit (domain.md §7.1)
        "status_cpns_pns": "STATUS CPNS PNS",
        "kedudukan_hukum": "KEDUDUKAN HUKUM NAMA",
        "instansi": "INSTANSI KERJA NAMA",
        "eselon": "ESELON NAMA",  # the jenis of a managerial post (UU 5/2014 Pasal 131)
    }
    assert result.columns["nip"].letter == "B"
    codes = [f.code for f in result.findings]
    assert "kolom-dipetakan-fuzzy" not in codes
    # a standard SIASN export must map without any duplicate-column warning
    assert "kolom-ganda" not in codes
    assert "NIP LAMA" in [c.text for c in result.unmapped]


def test_nama_is_not_grabbed_by_jabatan_nama() -> None:
    result = map_columns(cols("JABATAN NAMA", "NAMA", "NIP BARU", "UNOR NAMA"), "pegawai")
    assert fields_of(result) == {
        "jabatan": "JABATAN NAMA",
        "nama": "NAMA",
        "nip": "NIP BARU",
        "unit_kerja": "UNOR NAMA",
    }


def test_nip_lama_and_ids_are_never_fuzzy_mapped() -> None:
    result = map_columns(cols("NIP LAMA", "JABATAN ID", "UNOR ID", "NAMA"), "pegawai")
    assert fields_of(result) == {"nama": "NAMA"}
    untouched = [f for f in result.findings if f.code == "kolom-tidak-dikenal"]
    assert len(untouched) == 3
    assert all("maksud Anda" not in f.message for f in untouched)


def test_derived_retirement_columns_get_no_hint() -> None:
    """ "TMT PENSIUN" was met with "maksud Anda 'preferensi_unit'?" (h25/real3). The roster's own TMT pensiun and BUP
    are now read as fields (compared with the tool's: peers4, h31); an age column stays known, unused, hinted at
    nothing."""
    result = map_columns(cols("NIP", "NAMA", "TMT PENSIUN", "Tgl. Pensiun", "BUP", "Umur", "TANGAL LHIR X"), "pegawai")
    assert result.columns["tmt_pensiun"].header == "TMT PENSIUN" and result.columns["bup"].header == "BUP"
    unknown = {f.location.header: f.message for f in result.findings if f.code == "kolom-tidak-dikenal"}
    assert set(unknown) == {"Umur", "TANGAL LHIR X"}
    assert [h for h, m in unknown.items() if "maksud Anda" in m] == ["TANGAL LHIR X"]
    # in a position table they are still no field of it (a JF list's BUP is said as known and unused)
    table = map_columns(cols("NAMA JABATAN", "UNIT KERJA", "KEBUTUHAN", "TMT PENSIUN", "BUP"), "jabatan")
    assert set(table.columns) == {"nama_jabatan", "unit_kerja", "kebutuhan"}


def test_a_kebutuhan_in_whole_people_beats_an_abk_result_in_fractions() -> None:
    """An anjab app's recap writes "Kebutuhan (ABK)" 0,3 and its own rounding "Formasi" 1 (floor 1): the fractions,
    leftmost, were read and rounded again (kebutuhan 9 where the file says 10; h26/real4)."""
    samples = {2: [1.5, 2.5, 1.95, 1.1, 0.3], 3: [2, 3, 2, 1, 1]}
    result = map_columns(cols("NAMA JABATAN", "UNIT KERJA", "Kebutuhan (ABK)", "Formasi"), "jabatan", samples=samples)
    assert result.columns["kebutuhan"].header == "Formasi"
    said = [f for f in result.findings if f.code == "kolom-dipilih-dari-isi"]
    assert len(said) == 1 and "bilangan bulat" in said[0].message
    request = {2: ["5,4", "2,6", "3,2"], 3: [2, 0, 1]}  # an e-formasi request beside the need: no rounding of it
    assert (
        map_columns(cols("NAMA JABATAN", "UNIT KERJA", "KEBUTUHAN", "FORMASI"), "jabatan", samples=request)
        .columns["kebutuhan"]
        .header
        == "KEBUTUHAN"
    )
    whole = {2: [1, 2, 3, 1, 1], 3: [2, 3, 2, 1, 1]}  # both whole: the leftmost, as before
    assert (
        map_columns(cols("NAMA JABATAN", "UNIT KERJA", "KEBUTUHAN", "FORMASI"), "jabatan", samples=whole)
        .columns["kebutuhan"]
        .header
        == "KEBUTUHAN"
    )


def test_fuzzy_fallback_maps_a_typo_with_a_warning() -> None:
    where = Location(file="p.xlsx", sheet="Data", row=4)
    result = map_columns(cols("NIP", "NAMA", "UNIT KERJAA", "JABATN"), "pegawai", where=where)
    assert result.columns["unit_kerja"].how == "fuzzy"
    assert result.columns["unit_kerja"].letter == "C"
    assert result.columns["jabatan"].how == "fuzzy"
    fuzzy = [f for f in result.findings if f.code == "kolom-dipetakan-fuzzy"]
    assert {f.location.column for f in fuzzy} == {"C", "D"}
    assert fuzzy[0].location.file == "p.xlsx"
    assert fuzzy[0].location.row == 4
    assert "kemiripan" in fuzzy[0].message


def test_fuzzy_never_beats_a_later_exact_alias() -> None:
    result = map_columns(cols("UNIT KERJAA", "NIP", "NAMA", "JABATAN", "UNIT KERJA"), "pegawai")
    assert result.columns["unit_kerja"].header == "UNIT KERJA"
    assert result.columns["unit_kerja"].how == "alias"


def test_duplicates_first_wins() -> None:
    result = map_columns(cols("NIP", "NIP BARU", "NAMA"), "pegawai")
    assert result.columns["nip"].letter == "A"
    ganda = [f for f in result.findings if f.code == "kolom-ganda"]
    assert len(ganda) == 1
    assert ganda[0].location.column == "B"
    assert "'NIP'" in ganda[0].message


def test_two_columns_of_one_header_are_told_apart_by_their_letters() -> None:
    """Two columns both headed "NIP": "dipakai 'NIP'" could not say which (hostile-input campaign, h25)."""
    result = map_columns(cols("NIP", "NAMA", "NIP"), "pegawai")
    ganda = [f for f in result.findings if f.code == "kolom-ganda"]
    assert [f.location.column for f in ganda] == ["C"]
    assert "dipakai kolom A ('NIP'), kolom ini tidak" in ganda[0].message


def test_canonical_names_map_as_nama() -> None:
    result = map_columns(cols("nip", "nama", "jabatan", "unit_kerja"), "pegawai")
    assert {c.how for c in result.columns.values()} == {"nama"}


def test_unmapped_header_gets_suggestion() -> None:
    result = map_columns(cols("NIP", "NAMA", "JABATAN", "UNIT KERJA", "TANGAL LHIR X"), "pegawai")
    unknown = [f for f in result.findings if f.code == "kolom-tidak-dikenal"]
    assert len(unknown) == 1
    assert "maksud Anda Tanggal Lahir (tanggal_lahir)?" in unknown[0].message


def test_mapping_overrides_aliases() -> None:
    result = map_columns(
        cols("NIP", "NIP KHUSUS", "NAMA", "JABATAN", "UNIT KERJA"), "pegawai", mapping={"nip": "nip khusus"}
    )
    assert result.columns["nip"].header == "NIP KHUSUS"
    assert result.columns["nip"].how == "peta"
    assert not [f for f in result.findings if f.code == "kolom-ganda"]


def test_mapping_to_missing_header_is_reported() -> None:
    result = map_columns(cols("NAMA", "JABATAN", "UNIT KERJA"), "pegawai", mapping={"nip": "NOMOR PEGAWAI"})
    assert [f.code for f in result.findings][:1] == ["peta-kolom-tidak-ditemukan"]
    assert missing_required(result, "pegawai") == ["nip"]
    err = schema_error(result, "pegawai", ["nip"], "'p.csv'")
    assert "NOMOR PEGAWAI" in err.message


def test_missing_required_with_suggestions() -> None:
    result = map_columns(cols("NO INDUK PEGAWAI BARU", "NAMA", "JABATAN", "SATKER KERJA"), "pegawai")
    missing = missing_required(result, "pegawai")
    assert missing == ["nip"]  # jabatan/unit_kerja are needed for planning, not for reading (issue 11)
    err = schema_error(result, "pegawai", missing, "'p.xlsx' sheet 'Data'")
    assert err.exit_code == 3
    assert err.message.startswith("'p.xlsx' sheet 'Data': kolom wajib tidak ditemukan")
    assert "NIP (judul mis. 'NIP', 'NIP BARU', 'NIP 18') — maksud Anda 'NO INDUK PEGAWAI BARU'?" in err.message
    assert likely_headers(result, "pegawai", "unit_kerja") == ["SATKER KERJA"]


def test_a_header_alike_only_by_a_generic_word_is_no_suggestion() -> None:
    """A DUK of a SIMPEG app (valsix/jombang_siapasn) has no unit column: "maksud Anda 'MASA KERJA / Thn.'?"
    (alike through KERJA only) sent the analyst the wrong way; a real near-spelling is still offered."""
    headers = ("NIP", "NAMA PNS", "MASA KERJA / Thn.", "MASA KERJA / Bln.", "PENDIDIKAN / Lulus Tahun", "JHK")
    result = map_columns(cols(*headers), "pegawai")
    assert likely_headers(result, "pegawai", "unit_kerja") == []
    assert likely_headers(result, "pegawai", "jenis_kelamin") == []
    result = map_columns(cols("NIP", "NAMA", "NAMA SATKER BARU"), "pegawai")
    assert likely_headers(result, "pegawai", "unit_kerja") == ["NAMA SATKER BARU"]  # SATKER is unit_kerja's own


def test_pangkat_is_the_golongan_only_when_no_golongan_column_exists() -> None:
    """A Kabupaten SIMPEG's eselon list has only 'Pangkat' ("Penata (III/c)"): it is the golongan (domain.md
    §2.1); a DUK printing PANGKAT beside GOL/RUANG keeps GOL/RUANG and raises no duplicate-column warning."""
    alone = map_columns(cols("NIP", "Nama", "Pangkat", "Jabatan"), "pegawai")
    assert alone.columns["golongan"].header == "Pangkat"
    both = map_columns(cols("NIP", "Nama", "Pangkat", "Gol/Ruang", "Jabatan"), "pegawai")
    assert both.columns["golongan"].header == "Gol/Ruang"
    assert not [f for f in both.findings if f.code in ("kolom-ganda", "kolom-dipilih-dari-isi")]


def test_jabatan_needs_kebutuhan_or_beban() -> None:
    result = map_columns(cols("NAMA JABATAN", "UNIT KERJA", "KELAS JABATAN"), "jabatan")
    assert missing_required(result, "jabatan") == ["kebutuhan atau beban_kerja_jam"]
    result = map_columns(cols("NAMA JABATAN", "UNIT KERJA", "BEBAN KERJA"), "jabatan")
    assert missing_required(result, "jabatan") == []


def test_normalize_header() -> None:
    assert normalize_header(" Gol./Ruang\n(Akhir) ") == "GOL RUANG AKHIR"
    assert normalize_header(None) == ""


def test_load_mapping_toml(tmp_path: Path) -> None:
    p = tmp_path / "peta.toml"
    p.write_text('[kolom]\nnip = "NIP/NI PPPK"\nunit_kerja = "OPD Induk"\n', encoding="utf-8")
    assert load_mapping(p) == {"nip": "NIP/NI PPPK", "unit_kerja": "OPD Induk"}


def test_load_mapping_csv(tmp_path: Path) -> None:
    p = tmp_path / "peta.csv"
    p.write_text("field,header\nnip,Nomor Pegawai\nkebutuhan,Formasi ABK\n", encoding="utf-8")
    assert load_mapping(p) == {"nip": "Nomor Pegawai", "kebutuhan": "Formasi ABK"}


def test_load_mapping_rejects_unknown_fields(tmp_path: Path) -> None:
    p = tmp_path / "peta.toml"
    p.write_text('[kolom]\nnipp = "NIP"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="nipp"):
        load_mapping(p)
    q = tmp_path / "rusak.toml"
    q.write_text("[kolom\n", encoding="utf-8")
    with pytest.raises(ConfigError):
        load_mapping(q)
    with pytest.raises(ConfigError):
        load_mapping(tmp_path / "tidak-ada.toml")


# --- real naming (issue 11) -------------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "keys"),
    [
        ("nip_master", ("NIP MASTER", "NIP")),
        ("lokasi_nm", ("LOKASI NM", "LOKASI")),
        ("NIP (Wajib)", ("NIP WAJIB", "NIP")),
        ("Unit (ID)", ("UNIT ID",)),
        ("tmtJabatan", ("TMT JABATAN",)),
        (" VOLUME KERJA", ("VOLUME KERJA",)),
        ("NIP ", ("NIP",)),
    ],
)
def test_header_keys_strip_notes_and_system_affixes(header: str, keys: tuple[str, ...]) -> None:
    assert header_keys(header) == keys


@pytest.mark.parametrize(
    ("kind", "header", "field"),
    [
        ("pegawai", "nip_master", "nip"),
        ("pegawai", "opd_master", "unit_kerja"),
        ("pegawai", "Tanggal Lahir (YYYY-MM-DD)", "tanggal_lahir"),
        ("pegawai", "STATUS CPNS PNS", "status_cpns_pns"),
        ("pegawai", "KEDUDUKAN HUKUM NAMA", "kedudukan_hukum"),
        ("pegawai", "INSTANSI KERJA NAMA", "instansi"),
        ("jabatan", "SUB JABATAN", "nama_jabatan"),
        ("jabatan", "NAMA OPD", "unit_kerja"),
        ("jabatan", "JUMLAH EKSISTING", "bezetting"),
        ("jabatan", "lokasi_nm", "unit_kerja"),
        ("jabatan", "jumlah_formasi", "kebutuhan"),
        ("jabatan", "ID_KEBUTUHAN", "kode_jabatan"),
        # a SIMPEG import sheet's golongan beside its TMT (real23, h35): it was guessed, with a warning
        ("pegawai", "Golru/Pangkat", "golongan"),
        # a word written letter-spaced (a staff import template's "N I P"; real23, h35); two letters stay apart
        ("pegawai", "N I P", "nip"),
        ("pegawai", "N.I.P.", "nip"),
        ("pegawai", "N A M A", "nama"),
        ("pegawai", "G/R", "golongan"),
    ],
)
def test_real_spellings(kind: str, header: str, field: str) -> None:
    assert lookup(kind, header) == field


def test_an_id_column_never_becomes_the_name() -> None:
    assert lookup("pegawai", "Unit (ID)") is None
    assert lookup("pegawai", "Golongan (ID)") is None


def test_values_decide_between_columns_naming_one_field() -> None:
    columns = cols("nip_master", "nama_master", "nip", "nama")
    samples = {
        0: ["197501012010011001", "197602022011042002", "197703032012071003"],
        1: ["Andi", "Sri", "Budi"],
        2: ["1", "0", "1"],
        3: [1, 1, 0],
    }
    result = map_columns(columns, "pegawai", samples=samples)
    assert fields_of(result) == {"nip": "nip_master", "nama": "nama_master"}
    chosen = [f for f in result.findings if f.code == "kolom-dipilih-dari-isi"]
    assert {f.location.field for f in chosen} == {"nip", "nama"}
    assert "100% isi berupa NIP 18 digit" in result.columns["nip"].reason
    assert not [f for f in result.findings if f.code in {"kolom-ganda", "kolom-isi-tidak-cocok"}]


def test_the_only_named_column_is_used_even_when_its_values_look_wrong() -> None:
    result = map_columns(cols("NIP", "NAMA"), "pegawai", samples={0: ["1", "0", "1"], 1: ["a", "b", "c"]})
    assert fields_of(result)["nip"] == "NIP"
    warning = next(f for f in result.findings if f.code == "kolom-isi-tidak-cocok")
    assert "NIP 18 digit" in warning.message


def test_working_agency_beats_parent_agency() -> None:
    result = map_columns(cols("INSTANSI INDUK NAMA", "INSTANSI KERJA NAMA", "NIP", "NAMA"), "pegawai")
    assert result.columns["instansi"].header == "INSTANSI KERJA NAMA"


def test_position_split_over_two_columns_is_read_from_both() -> None:
    result = map_columns(cols("NIP", "Nama", "Jabatan Fungsional Tertentu", "Jabatan Struktural"), "pegawai")
    assert result.columns["jabatan"].how == "gabungan"
    assert result.parts == {"jabatan": [3]}


def test_refusal_never_suggests_the_number_column() -> None:
    result = map_columns(cols("No", "NIP", "NAMA", "Keterangan / DISP"), "jabatan")
    missing = missing_required(result, "jabatan")
    err = schema_error(result, "jabatan", missing, "'x.csv'")
    assert "'No'" not in err.message and "Keterangan" not in err.message


def test_sub_jabatan_beside_a_jabatan_column_is_the_unit() -> None:
    result = map_columns(cols("NAMA OPD", "SUB JABATAN", "JABATAN", "KEBUTUHAN"), "jabatan")
    assert fields_of(result)["nama_jabatan"] == "JABATAN"
    assert fields_of(result)["unit_kerja"] == "NAMA OPD"  # a real unit column still wins
    result = map_columns(cols("SUB JABATAN", "JABATAN", "KEBUTUHAN"), "jabatan")
    assert fields_of(result) == {"nama_jabatan": "JABATAN", "unit_kerja": "SUB JABATAN", "kebutuhan": "KEBUTUHAN"}
    assert "kolom-ganda" not in [f.code for f in result.findings]
    # alone, SUB JABATAN is the position (OPD formation lists)
    result = map_columns(cols("NAMA OPD", "SUB JABATAN", "KEBUTUHAN"), "jabatan")
    assert fields_of(result)["nama_jabatan"] == "SUB JABATAN"


def test_a_roster_s_sub_jabatan_beside_its_jabatan_is_the_unit() -> None:
    """A Dinas Sosial roster's "NIP | PANGKAT | JABATAN | SUB JABATAN" (STAFF ASN BIDANG …, STAFF NON ASN …): the
    roster's SUB JABATAN is no alias of its post, so the unit was left unread (kolom-tidak-dikenal; nonasn28, h37)."""
    result = map_columns(cols("No.", "NAMA", "NIP ", "PANGKAT", "JABATAN", "SUB JABATAN"), "pegawai")
    assert fields_of(result)["unit_kerja"] == "SUB JABATAN"
    assert fields_of(result)["jabatan"] == "JABATAN"
    assert "kolom-tidak-dikenal" not in [f.code for f in result.findings]
    # beside a unit column it stays unread; without a post column it is no unit either
    assert fields_of(map_columns(cols("NIP", "JABATAN", "UNIT KERJA", "SUB JABATAN"), "pegawai"))["unit_kerja"] == (
        "UNIT KERJA"
    )
    assert "unit_kerja" not in fields_of(map_columns(cols("NIP", "NAMA", "SUB JABATAN"), "pegawai"))


def test_a_mapping_file_with_old_mac_line_ends_reads_like_any_other(tmp_path: Path) -> None:
    from asn_mutasi.io.column_mapping import load_mapping

    path = tmp_path / "peta.csv"
    path.write_bytes(b"field,judul\rnip,NIP BARU\rnama,NAMA LENGKAP\r")
    assert load_mapping(path) == {"nip": "NIP BARU", "nama": "NAMA LENGKAP"}


@pytest.mark.parametrize(
    "content", [b"PK\x03\x04" + bytes(200), b"nip,NIP\x00\n", b"nip,NIP\n" * 200_000], ids=["xlsx", "nul", "besar"]
)
def test_a_mapping_file_that_is_no_text_mapping_is_a_config_error(tmp_path: Path, content: bytes) -> None:
    from asn_mutasi.errors import ConfigError
    from asn_mutasi.io.column_mapping import load_mapping

    path = tmp_path / "peta.csv"
    path.write_bytes(content)
    with pytest.raises(ConfigError, match="bukan teks peta kolom"):
        load_mapping(path)


def test_a_golongan_column_found_by_fuzzy_spelling_beats_pangkat() -> None:
    result = map_columns(cols("NIP", "Nama", "Pangkat", "Gol. Ruang Akhr", "Jabatan", "Unit Kerja"), "pegawai")
    assert result.columns["golongan"].header == "Gol. Ruang Akhr"


def test_a_percentage_or_rupiah_column_is_never_workload_hours() -> None:
    """A TPP breakdown's "% Beban Kerja" (50) read as 50 hours made every kebutuhan 0 without a word, and "RP Beban
    Kerja" (4.500.000) was taken by fuzzy spelling; both are ignored, so the table is refused for no kebutuhan."""
    headers = ("Nama Jabatan", "Unit Kerja Eselon II", "% Beban Kerja", "RP Beban Kerja", "Persentase Kehadiran")
    result = map_columns(cols(*headers), "jabatan", mapping={"unit_kerja": "Unit Kerja Eselon II"})
    assert "beban_kerja_jam" not in result.columns and "kebutuhan" not in result.columns
    assert map_columns(cols("Nama Jabatan", "Unit Kerja", "Beban Kerja"), "jabatan").columns["beban_kerja_jam"]


def test_position_table_spellings_of_real_views() -> None:
    result = map_columns(cols("Kode", "Nama Jabatan", "Unit Kerja", "HASIL ABK", "Jumlah Pegawai yang Ada"), "jabatan")
    got = {f: c.header for f, c in result.columns.items()}
    assert got["kode_jabatan"] == "Kode" and got["kebutuhan"] == "HASIL ABK"
    assert got["bezetting"] == "Jumlah Pegawai yang Ada"


def test_a_mapping_for_the_position_table_is_no_finding_on_the_task_sheet() -> None:
    """One --peta-kolom file serves every table: "nama_jabatan = nama" was written for a snake-case position table,
    and the ABK sheet (which shares the field) got a false "judul 'nama' tidak ada"."""
    task_sheet = cols("Nama Jabatan", "Unit Kerja", "Uraian Tugas", "Jumlah Hasil", "Waktu Penyelesaian")
    quiet = map_columns(task_sheet, "abk", mapping={"nama_jabatan": "nama"})
    assert not [f for f in quiet.findings if f.code == "peta-kolom-tidak-ditemukan"]
    assert quiet.columns["nama_jabatan"].header == "Nama Jabatan"  # its own header, as without the file
    # a file that does name the task sheet's columns still has its typos reported there
    typo = map_columns(task_sheet, "abk", mapping={"nama_jabatan": "Nama Jabatan", "unit_kerja": "Unit Kerjaa"})
    assert [f.location.field for f in typo.findings if f.code == "peta-kolom-tidak-ditemukan"] == ["unit_kerja"]
    assert [f.code for f in map_columns(cols("NAMA JABATAN"), "jabatan", mapping={"kebutuhan": "X"}).findings][:1] == [
        "peta-kolom-tidak-ditemukan"
    ]


def test_a_mapping_written_for_the_task_sheet_with_every_header_mistyped_names_each_miss() -> None:
    """A file naming task-sheet fields (volume, norma_waktu) was meant for the ABK sheet: all of its headers missing
    there is no position-table file to stay quiet about, it is a file of typos."""
    task_sheet = cols("Nama Jabatan", "Unit Kerja", "Uraian Tugas", "Jumlah Hasil", "Waktu Penyelesaian")
    mapping = {"nama_jabatan": "Nama Jabtan", "volume": "Jumlah Hasill", "norma_waktu": "Waktu Penyelesaiann"}
    result = map_columns(task_sheet, "abk", mapping=mapping)
    missed = [f.location.field for f in result.findings if f.code == "peta-kolom-tidak-ditemukan"]
    assert missed == ["nama_jabatan", "volume", "norma_waktu"]


def test_a_table_without_a_unit_column_is_pointed_at_the_unit_option() -> None:
    """One unit's own anjab sheet has no unit column: the hint named only a mapping file, not --unit-kerja."""
    result = map_columns(cols("NAMA JABATAN", "KEBUTUHAN"), "jabatan")
    err = schema_error(result, "jabatan", ["unit_kerja"], "'anjab.xlsx'")
    assert "--unit-kerja" in (err.hint or "")


@pytest.mark.parametrize(
    "header", ["NIP/NIY", "NIP / NIY", "NIY/NIP", "NIP/NRP", "NIP/NUPTK", "NIP/NIPPPK/NRPTT", "NIP/NIY/NIK"]
)
def test_a_column_of_nip_and_other_identity_numbers_is_the_nip_column(header: str) -> None:
    """A school's roster writes "NIP/NIY" (foundation staff have a NIY): refused with "maksud Anda 'NIP/NIY'?"."""
    result = map_columns(cols("Nama", header, "NIK", "Jabatan", "Unit Kerja"), "pegawai")
    assert result.columns["nip"].header == header
    assert "nip" not in {f for f, c in result.columns.items() if c.header == "NIK"}


@pytest.mark.parametrize("header", ["NIK", "NIY", "NUPTK", "NIP LAMA", "NIP ATASAN"])
def test_identity_numbers_without_the_nip_are_no_nip_column(header: str) -> None:
    assert "nip" not in map_columns(cols("Nama", header, "Jabatan", "Unit Kerja"), "pegawai").columns


def test_a_nip_kept_as_text_by_a_leading_apostrophe_fits_the_nip_column() -> None:
    """simpeg-bogor exports write CONCAT("'", nip_baru) so Excel keeps the 18 digits: the NIP column was flagged
    'isinya kebanyakan bukan NIP 18 digit' on a file whose every NIP is valid (real-files campaign)."""
    from asn_mutasi.io.column_mapping import value_fit

    assert value_fit("nip", ["'196804121994031002", "'198302252009022001", "`198509172010012005"]) == 1.0
    assert value_fit("nip", ["'Bambang", "'Lestari", "'Sri"]) == 0.0


def test_a_programme_column_holding_school_names_is_named() -> None:
    """A DUK's 'Pendidikan / Nama' may name the school ('Universitas Diponegoro', 'SMA Negeri 1 Bogor'): it was
    taken for the programme with no word (real-files campaign). Programme names, with or without a level, fit."""
    from asn_mutasi.io.column_mapping import value_fit

    schools = ["Universitas Diponegoro", "SMA Negeri 1 Bogor", "STIA LAN Bandung", "SMAN 2 Kendal", "IAIN Walisongo"]
    assert value_fit("jurusan", schools) == 0.0
    programmes = ["Teknik Informatika", "S1 Manajemen", "SMA IPA", "SMK TKJ", "Pendidikan Guru SD", "Manajemen SDM"]
    assert value_fit("jurusan", programmes) == 1.0
    # such a column is left unmapped and said so in one info line, not a warning to "check the header": a DUK
    # rightly holds the school (real-files campaign, round 3)
    result = map_columns(cols("NIP", "NAMA", "PENDIDIKAN NAMA"), "pegawai", samples={2: schools})
    assert "jurusan" not in result.columns
    assert [(f.code, f.severity.value) for f in result.findings if f.location.column == "C"] == [
        ("kolom-nama-sekolah", "info")
    ]


def test_a_year_column_is_no_education_level() -> None:
    """'Pendidikan Terakhir / Thn' (2008, 2010 …) was fuzzy-mapped to pendidikan: 'Tingkat pendidikan 2008 tidak
    dikenali' on every row (real-files campaign). SIASN level codes and level words still fit."""
    from asn_mutasi.io.column_mapping import value_fit

    assert value_fit("pendidikan", [2008, 2010, "2012", 1999]) == 0.0
    assert value_fit("pendidikan", ["S2", "S-1", "40", "SLTA", "Sarjana"]) == 1.0


def test_a_unit_in_numbered_levels_is_read_from_its_deepest_filled_level(tmp_path: Path) -> None:
    """Kemenag SIMPEG's download writes the unit as SATKER_1 (the ministry) … SATKER_5: no column was the unit and
    planning refused the roster (real-files campaign). Each row's unit is the deepest level it fills, under the
    next one up."""
    from asn_mutasi.io.readers import read_table

    result = map_columns(
        cols("NIP_BARU", "NAMA", "SATKER_1", "SATKER_2", "SATKER_3", "SATKER_4", "SATKER_5"), "pegawai"
    )
    assert result.columns["unit_kerja"].header == "SATKER_5" and result.parts == {"unit_kerja": [5, 4, 3, 2]}
    told = [f for f in result.findings if f.code == "kolom-gabungan"]
    assert len(told) == 1 and "tingkat unit terdalam yang terisi" in told[0].message
    assert "tidak dipakai" not in told[0].message
    path = tmp_path / "pegawai.csv"
    path.write_text(
        "NIP_BARU,NAMA,JABATAN,SATKER_1,SATKER_2,SATKER_3,SATKER_4,SATKER_5\n"
        "198001012005011001,Andi,Penyuluh Agama Islam,Kementerian Agama,Kanwil Jawa Tengah,Kankemenag Kab. Contoh,"
        "Seksi Bimas Islam,\n"
        "198101012006012002,Sri,Analis Kepegawaian,Kementerian Agama,Kanwil Jawa Tengah,,,\n",
        encoding="utf-8",
    )
    raw = read_table(path, "pegawai")
    # the deepest filled level under its parent: the TU of every Kankemenag is not one unit (diff review)
    assert raw.frame["unit_kerja"].tolist() == [
        "Kankemenag Kab. Contoh | Seksi Bimas Islam",
        "Kementerian Agama | Kanwil Jawa Tengah",
    ]


def test_a_position_in_two_columns_is_named_as_read_from_both_not_as_one_unused() -> None:
    """The finding for a field spread over columns said the other columns were 'tidak dipakai' while every row whose
    first column is empty takes them."""
    result = map_columns(cols("NIP", "Nama", "Jabatan Fungsional Tertentu", "Jabatan Struktural"), "pegawai")
    told = [f for f in result.findings if f.code == "kolom-gabungan"]
    assert len(told) == 1 and "kolom pertama yang terisi" in told[0].message


def test_a_very_long_column_name_is_quoted_clipped() -> None:
    """A 1 MB column name went whole into the finding's message and its judul_kolom (2 MB of CSV; h26)."""
    result = map_columns(cols("NIP", "NAMA", "X" * 1_000_000), "pegawai")
    said = next(f for f in result.findings if f.code == "kolom-tidak-dikenal")
    assert len(said.message) < 1000 and len(said.location.header or "") < 1000


def test_with_no_nip_header_a_column_of_valid_nips_is_the_nip() -> None:
    """An RSUD importer's "Kode Pegawai" holds the ASN's NIPs and the others' hospital codes: the file was refused
    with "maksud Anda 'Nomor Rekening'?" (h26/real4). A NIK column (16 digits) is no NIP column."""
    samples = {
        0: ["198001012005011001", "BLUD-0012", "199001012015031001", "TKHL-7", "198503152010012003"],
        1: ["Ani", "Budi", "Cici", "Dedi", "Eka"],
        2: ["3201234567890123", "3201234567890124", "3201234567890125", "3201234567890126", "3201234567890127"],
    }
    result = map_columns(cols("Kode Pegawai", "Nama Lengkap", "NIK", "Nomor Rekening"), "pegawai", samples=samples)
    assert result.columns["nip"].header == "Kode Pegawai"
    assert [f.code for f in result.findings if f.location.field == "nip"] == ["kolom-nip-dari-isi"]
    niks = {0: samples[2], 1: samples[1]}
    assert "nip" not in map_columns(cols("No Induk", "Nama"), "pegawai", samples=niks).columns


def test_a_level_column_under_a_pendidikan_heading_is_the_education_level() -> None:
    """A Kemenag DUK prints the level under "PENDIDIKAN TERAKHIR / JML JAM" (h26/real5); a column of levels under
    another heading is left alone."""
    samples = {2: ["S2", "S1", "S1", "SLTA", "D3", "SLTP"], 3: ["S2", "S1", "S1", "SLTA", "D3", "SLTP"]}
    headed = map_columns(cols("NIP", "NAMA", "PENDIDIKAN TERAKHIR / JML JAM", "CATATAN"), "pegawai", samples=samples)
    assert headed.columns["pendidikan"].header == "PENDIDIKAN TERAKHIR / JML JAM"
    assert "kolom-dipetakan-dari-isi" in [f.code for f in headed.findings]
    other = map_columns(cols("NIP", "NAMA", "JML JAM", "CATATAN"), "pegawai", samples=samples)
    assert "pendidikan" not in other.columns


def test_a_duks_pangkat_tmt_and_length_of_service_get_no_hint_and_eslon_is_the_eselon() -> None:
    """ "PKT TERAKHIR / TMT" was hinted 'tanggal_lahir', "MASA KERJA / THN" 'unit_kerja'; "ESLON" took a fuzzy warning
    (a DUK print page, h26/real5)."""
    result = map_columns(cols("NIP", "NAMA", "ESLON", "PKT TERAKHIR TMT", "MASA KERJA THN"), "pegawai")
    assert result.columns["eselon"].how == "alias"
    assert not [f for f in result.findings if "maksud Anda" in f.message]


def test_a_supervisors_nip_column_is_never_the_nip() -> None:
    """ "Atasan Langsung" (one valid NIP on every row) was taken as the NIP with a warning (review, h26)."""
    boss = ["198001012005011001"] * 5
    result = map_columns(cols("Nama", "Atasan Langsung"), "pegawai", samples={0: list("abcde"), 1: boss})
    assert "nip" not in result.columns
    same = map_columns(cols("Nama", "Kode"), "pegawai", samples={0: list("abcde"), 1: boss})
    assert "nip" not in same.columns  # one NIP on every row is nobody's own


_SKP22 = (
    "NIP;NAMA;JABATAN;UNIT KERJA;tahun;hasilKinerja;perilakuKerja;kuadranKinerja\n"
    "198001012005011001;Andi;Analis;Dinas A;2025;SESUAI EKSPEKTASI;SESUAI EKSPEKTASI;BAIK\n"
    "198101012006012002;Sri;Analis;Dinas A;2025;DIATAS EKSPEKTASI;DIATAS EKSPEKTASI;SANGAT BAIK\n"
    "198201012007011003;Budi;Analis;Dinas A;2025;DIBAWAH EKSPEKTASI;SESUAI EKSPEKTASI;BUTUH PERBAIKAN\n"
    "198301012008012004;Tuti;Analis;Dinas A;2025;SESUAI EKSPEKTASI;DIBAWAH EKSPEKTASI;KURANG\n"
)


@pytest.mark.parametrize(
    ("dropped", "codes"),
    [
        ((), set()),
        (("kuadranKinerja",), {"predikat-dari-rating"}),
        (("kuadranKinerja", "perilakuKerja"), {"kolom-berisi-rating"}),
    ],
)
def test_siasn_skp22_predikat_is_the_kuadran_or_derived_from_both_ratings(
    tmp_path: Path, dropped: tuple[str, ...], codes: set[str]
) -> None:
    """SIASN rw-skp22: hasilKinerja ("SESUAI EKSPEKTASI") was read as the predikat and kuadranKinerja (the predikat,
    PermenPANRB 6/2022) left unmapped: 300 "nilai tidak dikenali" and every predikat unknown (h26/real6). The kuadran
    is the predikat; without it the two ratings give it by the matrix; one rating alone gives none, said once."""
    from asn_mutasi.io.readers import read_table

    path = tmp_path / "skp22.csv"
    path.write_text(_SKP22, encoding="utf-8")
    frame = pd.read_csv(path, sep=";", dtype=str).drop(columns=list(dropped))
    frame.to_csv(path, sep=";", index=False)
    raw = read_table(path, "pegawai")
    said = {f.code for f in raw.findings} & {"predikat-dari-rating", "kolom-berisi-rating"}
    assert said == codes
    if "perilakuKerja" in dropped:
        assert "predikat_kinerja" not in raw.frame.columns or raw.frame["predikat_kinerja"].isna().all()
        return
    got = [parse_predikat(v) for v in raw.frame["predikat_kinerja"].tolist()]
    assert got == ["Baik", "Sangat Baik", "Butuh Perbaikan", "Kurang"]


@pytest.mark.parametrize(
    ("headers", "taken", "older"),
    [
        (("PREDIKAT KINERJA 2024", "PREDIKAT KINERJA 2025"), "PREDIKAT KINERJA 2025", "PREDIKAT KINERJA 2024"),
        (("PREDIKAT SKP 2025", "PREDIKAT SKP 2023"), "PREDIKAT SKP 2025", "PREDIKAT SKP 2023"),
        (("Predikat Kinerja Tahun 2025",), "Predikat Kinerja Tahun 2025", None),
        (("Predikat Kinerja Tahunan",), "Predikat Kinerja Tahunan", None),
    ],
)
def test_a_predikat_header_with_a_year_or_tahunan_is_the_predikat_the_latest_year_first(
    headers: tuple[str, ...], taken: str, older: str | None
) -> None:
    """A two-year SKP recap ("PREDIKAT KINERJA 2024", "PREDIKAT KINERJA 2025") and e-Kinerja's "Predikat Kinerja
    Tahunan" were left unmapped ('maksud Anda predikat_kinerja?', info): every predikat unknown (h26/real6). The
    latest year is taken and the earlier one named, not reported as an unknown column."""
    result = map_columns(cols("NIP", "NAMA", *headers), "pegawai")
    assert result.columns["predikat_kinerja"].header == taken
    assert not [f for f in result.findings if f.code == "kolom-tidak-dikenal"]
    said = [f for f in result.findings if f.code == "predikat-tahun-terbaru"]
    assert len(said) == (older is not None)
    if older is not None:
        assert older in said[0].message


def test_a_row_without_the_latest_years_predikat_takes_its_latest_earlier_one(tmp_path: Path) -> None:
    """With several yearly predikat columns the latest decided even where a row's cell was empty: its 2024 "Sangat
    Baik" was dropped and the predikat unknown (fourth review, h26)."""
    from asn_mutasi.io.readers import read_table

    path = tmp_path / "pegawai.csv"
    path.write_text(
        "NIP;NAMA;PREDIKAT KINERJA 2023;PREDIKAT KINERJA 2024;PREDIKAT KINERJA 2025\n"
        "198001012005011001;A;;Baik;Sangat Baik\n198001022005011001;B;;Sangat Baik;\n"
        "198001032005011001;C;Baik;;\n",
        encoding="utf-8",
    )
    got = read_table(path, "pegawai").frame["predikat_kinerja"].tolist()
    assert got[:2] == ["Sangat Baik", "Sangat Baik"] and got[2] in (None, "")  # 2023 is not today's (fifth review)


def test_a_sisdmk_profession_is_the_jabatan_only_without_a_jabatan_column() -> None:
    """A SISDMK puskesmas roster names the profession in "Jenis SDMK" and no post: planning refused it ("kolom
    'jabatan' tidak ada", h26/real6). It is the jabatan, said once; beside a jabatan column it fills nothing."""
    alone = map_columns(cols("NIP", "Nama", "Jenis SDMK", "Unit"), "pegawai")
    assert alone.columns["jabatan"].header == "Jenis SDMK"
    assert [f.code for f in alone.findings if f.location.field == "jabatan"] == ["jabatan-dari-jenis-tenaga"]
    beside = map_columns(cols("NIP", "Nama", "Jabatan", "Jenis SDMK", "Unit"), "pegawai")
    assert beside.columns["jabatan"].header == "Jabatan" and "jabatan" not in beside.parts
    assert "jabatan-dari-jenis-tenaga" not in {f.code for f in beside.findings}


def test_only_the_year_just_before_stands_in_for_an_empty_latest_predikat(tmp_path: Path) -> None:
    """With columns 2025 and 2023 only, a row's empty 2025 cell took its 2023 predikat, against the rule "the year
    just before only"; the finding listed the earlier columns without saying which one counts (review6, h27)."""
    from asn_mutasi.io.readers import read_table

    path = tmp_path / "pegawai.csv"
    path.write_text(
        "NIP;NAMA;PREDIKAT KINERJA 2023;PREDIKAT KINERJA 2025\n198001012005011001;A;Baik;\n"
        "198001022005011001;B;;Sangat Baik\n",
        encoding="utf-8",
    )
    raw = read_table(path, "pegawai")
    assert raw.frame["predikat_kinerja"].tolist()[1] == "Sangat Baik"
    assert raw.frame["predikat_kinerja"].tolist()[0] in (None, "")
    said = [f.message for f in raw.findings if f.code == "predikat-tahun-terbaru"]
    assert (
        said
        and "tidak ada kolom tahun 2024" in said[0]
        and "'PREDIKAT KINERJA 2023' (lebih lama) tidak dipakai" in said[0]
    )
    three = map_columns(cols("NIP", "NAMA", "PREDIKAT 2023", "PREDIKAT 2024", "PREDIKAT 2025"), "pegawai")
    message = next(f.message for f in three.findings if f.code == "predikat-tahun-terbaru")
    assert "sel yang kosong memakai kolom 'PREDIKAT 2024' (2024)" in message and "'PREDIKAT 2023'" in message


#: the 25 headers of a SAPK-style CPNS import sheet (a provincial SIMPEG's Pengadaan_model::simpanDataCPNSimport)
CPNS_IMPORT = ("NIP", "STATUS PEGAWAI", "NAMA LENGKAP", "TEMPAT LAHIR", "TANGGAL LAHIR", "JENIS KELAMIN (PRIA/WANITA)",
               "AGAMA", "NO KTP", "ALAMAT", "STATUS PERKAWINAN", "GOLONGAN RUANG", "80% GAJI POKOK", "TKT PENDIDIKAN",
               "IJAZAH/STTB JENJANG PENDIDIKAN", "NO IJAZAH", "TGL TAHUN LULUS", "JABATAN CPNS", "SATUAN KERJA",
               "UNIT KERJA", "KPPN", "MASA KERJA GOLONGAN TAHUN", "MASA KERJA GOLONGAN BULAN", "NO SK CPNS",
               "TGL SK CPNS", "BERLAKU TMT")  # fmt: skip


def test_a_cpns_import_sheet_names_its_post_level_and_diploma() -> None:
    """Its JABATAN CPNS is the only position column (planning refused the file: "kolom 'jabatan' tidak ada"), TKT
    PENDIDIKAN the level (fuzzy 96 % before) and IJAZAH/STTB JENJANG PENDIDIKAN the diploma's programme, which the
    app stores as PENDIDIKAN_NAMA ("D-III Teknik Elektromedik"; code index id 24232058134, h27/real7)."""
    result = map_columns(cols(*CPNS_IMPORT), "pegawai")
    got = fields_of(result)
    assert got["jabatan"] == "JABATAN CPNS"
    assert got["pendidikan"] == "TKT PENDIDIKAN" and result.columns["pendidikan"].how == "alias"
    assert got["jurusan"] == "IJAZAH/STTB JENJANG PENDIDIKAN"
    assert "kolom-dipetakan-fuzzy" not in {f.code for f in result.findings}
    berlaku = next(f for f in result.findings if f.location.header == "BERLAKU TMT")
    assert "maksud Anda" not in berlaku.message


def test_a_siasn_copy_without_nama_suffixes_keeps_its_opd_and_drops_the_parent_satker() -> None:
    """A Laravel app's copy of the SIASN export writes satuan_kerja_kerja (the OPD) and satuan_kerja_induk (a satker
    above it, "Sekretariat Utama" beside instansi "BPS RI" in its seeder): the OPD was unread, "maksud Anda
    'predikat_kinerja'?" (Banjarmasin PegawaiExport, code index id 66709447860, h27/real7)."""
    headers = ("nip", "nama", "jabatan", "unor", "instansi_induk", "instansi_kerja", "satuan_kerja_induk",
               "satuan_kerja_kerja")  # fmt: skip
    result = map_columns(cols(*headers), "pegawai")
    got = fields_of(result)
    assert got["unit_kerja"] == "unor" and got["perangkat_daerah"] == "satuan_kerja_kerja"
    assert got["instansi"] == "instansi_kerja"
    induk = next(f for f in result.findings if f.location.header == "satuan_kerja_induk")
    assert induk.code == "kolom-tidak-dikenal" and "maksud Anda" not in induk.message


def _satuan_kerja(*values: str, extra: tuple[str, ...] = ()) -> object:
    """A CPNS import sheet's unit columns with ``values`` under SATUAN KERJA (and ``extra`` headers after them)."""
    headers = ("NIP", "NAMA LENGKAP", "JABATAN CPNS", "SATUAN KERJA", "UNIT KERJA", *extra)
    samples: dict[int, list[object]] = {3: list(values), 4: ["Rumah Sakit Jiwa Grhasia"] * len(values)}
    if extra:
        samples[5] = ["Pemerintah Provinsi D I Yogyakarta"] * len(values)
    return map_columns(cols(*headers), "pegawai", samples=samples)


def test_a_satuan_kerja_holding_the_government_is_the_instansi_not_the_opd() -> None:
    """SATUAN KERJA = "Pemerintah Provinsi D I Yogyakarta" on every row was read as the OPD: every unit became
    "Pemerintah … | Rumah Sakit Jiwa Grhasia" and 0 of 6 holders linked to a table with OPDs (the app stores it as
    its instansi; code index id 24232058134, h27/real7)."""
    result = _satuan_kerja(*["Pemerintah Provinsi D I Yogyakarta"] * 6)
    got = fields_of(result)
    assert got["instansi"] == "SATUAN KERJA" and got["unit_kerja"] == "UNIT KERJA"
    assert "perangkat_daerah" not in got
    assert "nama instansi" in result.columns["instansi"].reason and "bukan OPD" in result.columns["instansi"].reason
    for spelt in ("Pemkab Sleman", "Kabupaten Sleman", "Kab. Sleman", "Kota Yogyakarta", "Provinsi Jawa Tengah"):
        assert "instansi" in fields_of(_satuan_kerja(spelt, spelt, spelt)), spelt
    beside = _satuan_kerja(*["Pemerintah Kota Yogyakarta"] * 3, extra=("INSTANSI",))
    assert fields_of(beside)["instansi"] == "INSTANSI" and "perangkat_daerah" not in beside.columns
    assert [f.location.header for f in beside.findings if f.code == "kolom-ganda"] == ["SATUAN KERJA"]


@pytest.mark.parametrize(
    "values",
    [
        ("Dinas Kesehatan", "Dinas Kesehatan", "Dinas Kesehatan"),  # one OPD's roster: one value, still the OPD
        ("Sekretariat Daerah Kota Yogyakarta", "Dinas Sosial", "Dinas Sosial"),
        ("Kecamatan Kota Barat", "Kecamatan Kota Timur", "Kelurahan Kota Baru"),
        ("Badan Kepegawaian Daerah Provinsi DIY", "RSUD Kota Yogyakarta", "Dinas Pemerintahan Desa"),
        ("Pemerintah Provinsi D I Yogyakarta", "Dinas Sosial", "Dinas Sosial"),  # not every cell
        ("Pemerintahan", "Pemerintahan", "Pemerintahan"),
    ],
)
def test_a_satuan_kerja_of_opds_stays_the_opd(values: tuple[str, ...]) -> None:
    """The negatives of the rule above: OPD names that hold a place ("Kota", "Provinsi") or a government word."""
    got = fields_of(_satuan_kerja(*values))
    assert got["perangkat_daerah"] == "SATUAN KERJA" and "instansi" not in got


def test_a_status_column_of_kedudukan_words_yields_to_one_of_pns_pppk() -> None:
    """SI-ITING's "Jenis Pegawai" (PNS/PPPK) beside "Status Pegawai" (Aktif, Tugas Belajar, Cuti Luar Tanggungan):
    the better spelling took the status, every PNS had none and the CLTN holder was counted (real9, h28). The PNS/PPPK
    column is the status, the other the kedudukan hukum."""
    headers = ("NIP", "NAMA", "Jenis Pegawai", "Status Pegawai")
    status = ["Aktif", "Tugas Belajar", "Cuti Luar Tanggungan", "Aktif", "Masa Persiapan Pensiun"]
    samples: dict[int, list[object]] = {2: ["PNS", "PNS", "PPPK", "PNS", "PNS"], 3: list(status)}
    result = map_columns(cols(*headers), "pegawai", samples=samples)
    assert fields_of(result) == {"nip": "NIP", "nama": "NAMA", "status_kepegawaian": "Jenis Pegawai",
                                 "kedudukan_hukum": "Status Pegawai"}  # fmt: skip
    said = [f.message for f in result.findings if f.code in ("kolom-dipilih-dari-isi", "kolom-status-berisi-kedudukan")]
    assert said == [
        "Kolom 'Status Pegawai' berisi kedudukan hukum ('Aktif, Tugas Belajar, Cuti Luar Tanggungan, Masa Persiapan "
        "Pensiun'), bukan status kepegawaian: dibaca sebagai kedudukan hukum; status kepegawaian (PNS/CPNS/PPPK) "
        "diambil dari kolom 'Jenis Pegawai'"
    ]  # not "kolom 'Status Pegawai' tidak dipakai" while it takes the CLTN holder out (real6, h31)
    # negatives: one status column alone is not judged by its values; a named kedudukan column keeps its field
    alone = map_columns(cols("NIP", "NAMA", "Status Pegawai"), "pegawai", samples={2: list(status)})
    assert fields_of(alone)["status_kepegawaian"] == "Status Pegawai"
    assert not [f for f in alone.findings if f.code == "kolom-isi-tidak-cocok"]
    named = map_columns(cols(*headers, "Kedudukan Hukum"), "pegawai", samples={**samples, 4: list(status)})
    assert (fields_of(named)["status_kepegawaian"], fields_of(named)["kedudukan_hukum"]) == (
        "Jenis Pegawai",
        "Kedudukan Hukum",
    )
    both = map_columns(
        cols("NIP", "STATUS KEPEGAWAIAN", "JENIS PEGAWAI"), "pegawai", samples={1: ["PNS"] * 4, 2: ["PNS"] * 4}
    )
    assert fields_of(both)["status_kepegawaian"] == "STATUS KEPEGAWAIAN" and "kedudukan_hukum" not in both.columns


@pytest.mark.parametrize("rows", [1, 2])
@pytest.mark.parametrize(
    ("jenis", "status"),
    [("Jenis Pegawai", "Status Pegawai"), ("Status Kepegawaian", "Status"), ("Status ASN", "Status")],
)
@pytest.mark.parametrize("jenis_first", [True, False])
def test_a_short_roster_tells_its_two_status_columns_apart_by_their_cells(
    rows: int, jenis: str, status: str, jenis_first: bool
) -> None:
    """A roster of one or two people with a PNS/PPPK column and an Aktif/CLTN one: too few cells for a sample, so the
    better spelling took the status, "Jenis Pegawai" went unused and every CPNS was movable (SI-ITING's one-row
    roster, real6, h31). Cells that disagree in every row decide, in either column order."""
    kinds, states = ["CPNS", "PPPK"][:rows], ["Aktif", "Tugas Belajar"][:rows]
    pair = [(jenis, kinds), (status, states)] if jenis_first else [(status, states), (jenis, kinds)]
    samples: dict[int, list[object]] = {2: list(pair[0][1]), 3: list(pair[1][1])}
    result = map_columns(cols("NIP", "NAMA", pair[0][0], pair[1][0]), "pegawai", samples=samples)
    got = fields_of(result)
    assert (got["status_kepegawaian"], got["kedudukan_hukum"]) == (jenis, status)
    assert [f.code for f in result.findings if f.location.field == "kedudukan_hukum"] == [
        "kolom-status-berisi-kedudukan"
    ]


def test_a_short_roster_keeps_its_status_when_the_cells_do_not_disagree() -> None:
    """Negatives of the rule above: two PNS columns, or a status cell that is neither kind nor kedudukan, leave a
    one-row roster to the header spelling, and no column becomes the kedudukan."""
    same = map_columns(cols("NIP", "Jenis Pegawai", "Status Pegawai"), "pegawai", samples={1: ["PNS"], 2: ["PNS"]})
    assert fields_of(same)["status_kepegawaian"] == "Status Pegawai" and "kedudukan_hukum" not in same.columns
    odd = map_columns(cols("NIP", "Jenis Pegawai", "Status Pegawai"), "pegawai", samples={1: ["PNS"], 2: ["Guru"]})
    assert "kedudukan_hukum" not in odd.columns


def test_an_open_data_count_table_is_named_and_its_region_is_no_persons_name() -> None:
    """Open Data Jabar's BKD dataset 18423 (id, kode_provinsi, nama_provinsi, jabatan, jumlah_pns, satuan, tahun) was
    refused with "'nama' — maksud Anda 'nama_provinsi'?" and no word of what it is (real9, h28)."""
    headers = ("id", "kode_provinsi", "nama_provinsi", "jabatan", "jumlah_pns", "satuan", "tahun")
    result = map_columns(cols(*headers), "pegawai")
    missing = missing_required(result, "pegawai")
    assert missing == ["nip", "nama"]
    assert likely_headers(result, "pegawai", "nama") == []
    err = schema_error(result, "pegawai", missing, "'jabar_od_jf.csv'")
    assert "nama_provinsi" not in err.message
    assert (err.hint or "").startswith("Berkas ini tampak seperti tabel rekap/statistik")
    rekap = map_columns(cols("UNOR", "LAKI-LAKI", "PEREMPUAN"), "jabatan")
    err = schema_error(rekap, "jabatan", missing_required(rekap, "jabatan"), "'rekap.csv'")
    assert "rekap/statistik" in (err.hint or "")
    # negative: a roster that lacks only its NIP, beside a count of children, is a roster
    roster = map_columns(cols("NAMA PEGAWAI", "JUMLAH ANAK", "JABATAN"), "pegawai")
    err = schema_error(roster, "pegawai", ["nip"], "'p.csv'")
    assert "rekap/statistik" not in (err.hint or "")


def test_a_peer_export_with_holders_per_status_gives_unit_and_bezetting(tmp_path: Path) -> None:
    """orproject04/uianjab's own peta export (dashboard handleExportExcel: nama_unit, nama_jabatan, abk, cpns, pns,
    pppk) was refused for want of 'unit_kerja', and its holders per status were lost, 'pns' offered as 'instansi'
    (real10 #3, h29): the unit is read and cpns + pns + pppk is the bezetting."""
    from asn_mutasi.io.readers import read_table
    from asn_mutasi.validation import prepare_positions

    path = tmp_path / "peta.csv"
    path.write_text(
        "nama_unit,nama_jabatan,abk,cpns,pns,pppk\n"
        "Bagian Umum,Kepala Bagian Umum,1,0,1,0\nBagian Umum,Pranata Komputer Ahli Pertama,3,1,1,1\n"
        "Bagian Umum,Pengadministrasi Perkantoran,4,,,2\n",
        "utf-8",
    )
    raw = read_table(path, "jabatan")
    assert (raw.columns["unit_kerja"].header, raw.columns["bezetting"].header) == ("nama_unit", "cpns")
    assert raw.unmapped == []
    frame = prepare_positions(raw).frame
    assert frame["bezetting"].tolist() == [1, 3, 2]
    assert frame["unit_kerja"].tolist() == ["Bagian Umum"] * 3


def test_a_holder_count_per_status_that_is_no_number_is_named_or_read(tmp_path: Path) -> None:
    """A pns cell "2 org" was left out of cpns + pns + pppk with no word: bezetting 1 for 3 (review11 #6, h29). A
    count with its unit ("2 org", "3 orang") is read; any other cell is named (angka-tidak-valid, its row and column)."""
    from asn_mutasi.io.readers import read_table
    from asn_mutasi.validation import prepare_positions

    path = tmp_path / "peta.csv"
    path.write_text(
        "nama_unit,nama_jabatan,kebutuhan,cpns,pns,pppk\n"
        "Puskesmas,Perawat,4,0,2 org,1\nPuskesmas,Bidan,3,,3 orang,\nPuskesmas,Pengelola Data,2,1,x,-\n"
        "Puskesmas,Sanitarian,2,,2 pgw,\n",
        "utf-8",
    )
    raw = read_table(path, "jabatan")
    bad = [(f.code, f.location.row, f.location.column, f.location.header, f.location.value) for f in raw.findings]
    assert bad == [("angka-tidak-valid", 4, "E", "pns", "x")]
    # "pgw" is the unit a subtotal's count row was already read with: one list of unit words for both
    assert prepare_positions(raw).frame["bezetting"].tolist() == [3, 3, 1, 2]


def test_a_first_status_count_that_is_no_whole_count_is_named_and_left_out(tmp_path: Path) -> None:
    """The first per-status count was kept as it stood when it was no whole count: "1.5" PNS beside 2 PPPK read a
    bezetting of 1.5 with no word, the PPPK lost; "dua" lost them too (hostile4, h31). Each such cell is named and
    left out of the sum; with no whole count in the row the bezetting is unknown."""
    from asn_mutasi.io.readers import read_table
    from asn_mutasi.validation import prepare_positions

    path = tmp_path / "peta.csv"
    path.write_text(
        "Unit Kerja,Nama Jabatan,Kebutuhan,Bezetting PNS,Bezetting PPPK\n"
        "Dinas A,Guru Ahli Muda,5,1.5,2\nDinas A,Guru Ahli Pertama,5,dua,2\nDinas A,Penata Kelola,3,dua,\n"
        "Dinas A,Perawat,4,2,1\n",
        "utf-8",
    )
    raw = read_table(path, "jabatan")
    bad = [(f.location.row, f.location.column, f.location.value) for f in raw.findings if f.code == "angka-tidak-valid"]
    assert bad == [(3, "D", "dua"), (4, "D", "dua")]
    # a fraction of a person is said as in a bezetting column of its own (a warning; review7, h31)
    half = [(f.location.row, f.location.value) for f in raw.findings if f.code == "jumlah-orang-pecahan"]
    assert half == [(2, "1.5")]
    prepared = prepare_positions(raw)
    assert prepared.frame["bezetting"].fillna(-1).tolist() == [2, 2, -1, 3]
    assert not [f for f in prepared.findings if f.location.field == "bezetting"]  # (named once, at the read)


@pytest.mark.parametrize(
    "header", ["Unit Kerja,Nama Jabatan,Kebutuhan,Bezetting", "Unit Kerja,Nama Jabatan,Kebutuhan,PNS,PPPK"]
)
def test_a_fraction_of_a_holder_is_one_finding_in_either_layout(tmp_path: Path, header: str) -> None:
    """ "1,5" holders: a warning (jumlah-orang-pecahan) in a bezetting column, but a galat "bukan angka yang valid"
    (angka-tidak-valid) in a per-status one, where the cell is a number all the same (review7, h31)."""
    from asn_mutasi.io.readers import read_table
    from asn_mutasi.validation import prepare_positions

    path = tmp_path / "peta.csv"
    extra = ",0" if "PPPK" in header else ""
    path.write_text(f'{header}\nDinas A,Perawat Ahli Pertama,4,"1,5"{extra}\nDinas A,Bidan,2,1{extra}\n', "utf-8")
    raw = read_table(path, "jabatan")
    findings = [*raw.findings, *prepare_positions(raw).findings]
    said = [(f.code, f.severity.value, f.location.row) for f in findings if f.location.field == "bezetting"]
    assert said == [("jumlah-orang-pecahan", "peringatan", 2)]


@pytest.mark.parametrize(
    "headers",
    [
        ("NAMA JABATAN", "UNIT KERJA", "KEBUTUHAN", "BEZETTING", "PNS", "PPPK"),  # a bezetting of its own
        ("NAMA JABATAN", "UNIT KERJA", "KEBUTUHAN", "FORMASI PNS", "USULAN PPPK"),  # requests, no holders
        ("NAMA JABATAN", "UNIT KERJA", "KEBUTUHAN", "PNS"),  # one status alone: no split of the holders
    ],
)
def test_status_columns_are_no_bezetting_where_they_are_not_its_split(headers: tuple[str, ...]) -> None:
    """The holders-per-status sum only stands in for a missing bezetting, from exact PNS and PPPK headers (h29)."""
    result = map_columns(cols(*headers), "jabatan")
    bezetting = result.columns.get("bezetting")
    assert bezetting is None or bezetting.header == "BEZETTING"
    assert "bezetting" not in result.parts


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Jumlah Beban Kerja Jabatan", "beban_kerja_jam"),  # Permendagri 12/2008 Form C/D, NTT ANJAB Form D
        ("JUMLAH BEBAN KERJA JABATAN (JAM)", "beban_kerja_jam"),
        ("Jumlah Beban Kerja Jabatan (Menit)", "beban_kerja_menit"),
        ("Jumlah Beban Kerja Jab", "beban_kerja_jam"),  # BSSN AbkFormCSheet: exact, no longer a fuzzy "Jab" ≈ "Jam"
        ("Jumlah Beban Kerja Jab (Menit)", "beban_kerja_menit"),
        ("Jumlah Beban Kerja (Menit/Tahun)", "beban_kerja_menit"),  # was hours: the bare "JUMLAH BEBAN KERJA" matched
        ("Beban Kerja Jabatan (menit/tahun)", "beban_kerja_menit"),
        ("Beban Kerja Jbtn (mnt)", "beban_kerja_menit"),  # fuzzy: the header's unit word decides, not the similarity
    ],
)
def test_form_cd_workload_header_is_read_in_the_unit_it_names(header: str, field: str) -> None:
    """Form C/D's "Jumlah Beban Kerja Jabatan" was never read, with or without "(Jam)"/"(Menit)", and `beban-kerja`
    printed blank EJ (peers5 #1, h29): it is the workload, in hours unless the header names minutes."""
    result = map_columns(cols("Nama Jabatan", "Unit Kerja", header, "Kebutuhan"), "jabatan")
    assert fields_of(result).get(field) == header
    assert ({"beban_kerja_jam", "beban_kerja_menit"} - {field}).isdisjoint(result.columns)
    assert result.columns[field].how == ("fuzzy" if "Jbtn" in header else "alias")


@pytest.mark.parametrize("header", ["Beban Kerja Setahun (Jam Kerja Efektif)", "Beban Tugas Jabatan"])
def test_an_unread_workload_column_is_a_warning(header: str) -> None:
    """An unmapped header naming a workload is a warning, not periksa's info, so `beban-kerja` says why its EJ is blank
    (peers5 #1, h29)."""
    result = map_columns(cols("Nama Jabatan", "Unit Kerja", header, "Kebutuhan"), "jabatan")
    said = [(f.code, f.severity.value, f.location.header) for f in result.findings]
    assert said == [("kolom-beban-tidak-dibaca", "peringatan", header)]


@pytest.mark.parametrize("header", ["TPP Beban Kerja", "% Beban Kerja", "Rp Beban Kerja", "Bobot Beban Kerja"])
def test_money_or_a_share_of_a_workload_is_no_unread_workload(header: str) -> None:
    """A TPP amount, a share or a weight of the workload is no workload in time: no warning (peers5 #1, h29)."""
    result = map_columns(cols("Nama Jabatan", "Unit Kerja", header, "Kebutuhan"), "jabatan")
    assert [f.code for f in result.findings] == ["kolom-tidak-dikenal"]
    assert result.columns.keys().isdisjoint({"beban_kerja_jam", "beban_kerja_menit"})


def test_no_unread_workload_warning_beside_a_read_workload() -> None:
    """With the workload read, a second beban-like column is only unknown (peers5 #1, h29)."""
    result = map_columns(cols("Nama Jabatan", "Beban Kerja", "Beban Tugas Tambahan", "Kebutuhan"), "jabatan")
    assert fields_of(result)["beban_kerja_jam"] == "Beban Kerja"
    assert "kolom-beban-tidak-dibaca" not in [f.code for f in result.findings]


@pytest.mark.parametrize(
    "asn",
    ["Jumlah Pegawai ASN", "Jumlah ASN"],  # the NTT Form D's own header; "JUMLAH ASN" is an exact alias
)
def test_an_asn_count_beside_a_pppk_count_is_summed_into_the_bezetting(tmp_path: Path, asn: str) -> None:
    """The NTT ANJAB app's Form D splits "Jumlah Pegawai ASN" | "Jumlah Pegawai PPPK": only ASN was the recorded
    bezetting (1, not 3), and bezetting-beda compared the wrong number (peers5 #2, h29). PPPK are ASN (UU 20/2023
    Pasal 6): both are summed, as real10's cpns/pns/pppk columns are."""
    from asn_mutasi.io.readers import read_table
    from asn_mutasi.validation import prepare_positions

    path = tmp_path / "peta.csv"
    path.write_text(
        f"Nama Jabatan,Unit Kerja,Jumlah Beban Kerja Jabatan,Perhitungan Jumlah Kebutuhan Pegawai,{asn},"
        "Jumlah Pegawai PPPK,+/-\n"
        "Pranata Komputer Ahli Pertama,Dinas Pendidikan,5000,4,1,2,-1\nAnalis Kebijakan Ahli Muda,Bagian Umum,2500,2,,1,-1\n",
        "utf-8",
    )
    raw = read_table(path, "jabatan")
    assert raw.columns["bezetting"].header == asn and raw.columns["bezetting"].how == "gabungan"
    assert "Jumlah Pegawai PPPK" not in raw.unmapped
    assert prepare_positions(raw).frame["bezetting"].tolist() == [3, 1]


@pytest.mark.parametrize(
    ("headers", "bezetting", "parts"),
    [
        (("Jumlah ASN", "PNS", "PPPK"), "Jumlah ASN", None),  # ASN beside PNS and PPPK is their total
        (("ASN", "PNS", "PPPK"), "PNS", ["PPPK"]),  # a bare ASN is no count: PNS + PPPK, the ASN column left out
        (("Jumlah Pegawai", "Jumlah Pegawai PNS", "Jumlah Pegawai PPPK"), "Jumlah Pegawai", None),  # a total of its own
        (("Jumlah ASN", "Usulan PPPK"), "Jumlah ASN", None),  # a request, no holders
        (("Jumlah Pegawai ASN", "Jumlah Pegawai PPPK", "Jumlah PPPK"), None, None),  # PPPK twice: no guess
    ],
)
def test_an_asn_count_is_no_pns_part_where_it_is_a_total(
    headers: tuple[str, ...], bezetting: str | None, parts: list[str] | None
) -> None:
    """Only an ASN count beside a PPPK count and no PNS count is the PNS part (peers5 #2, h29)."""
    result = map_columns(cols("Nama Jabatan", "Unit Kerja", "Kebutuhan", *headers), "jabatan")
    got = result.columns.get("bezetting")
    if bezetting is None:
        assert got is None or got.how == "fuzzy"
    else:
        assert got is not None and got.header == bezetting
    named = {c.index: c.text for c in cols("Nama Jabatan", "Unit Kerja", "Kebutuhan", *headers)}
    assert [named[i] for i in result.parts.get("bezetting", [])] == (parts or [])


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32"])
@pytest.mark.parametrize("suffix", [".csv", ".toml"])
def test_a_mapping_file_saved_as_unicode_by_notepad_is_read(tmp_path: Path, encoding: str, suffix: str) -> None:
    """Notepad's "Unicode" and PowerShell 5's ``>`` save UTF-16 (with a BOM; other tools without one): such a
    mapping was refused as no text mapping (hostile3, h31). Its encoding is told as the CSV reader tells it."""
    from asn_mutasi.io.column_mapping import load_mapping

    text = (
        "nip,NIP BARU\nnama,NAMA LENGKAP É\n"
        if suffix == ".csv"
        else '[kolom]\nnip = "NIP BARU"\nnama = "NAMA LENGKAP É"\n'
    )
    path = tmp_path / f"peta{suffix}"
    path.write_bytes(text.encode(encoding))
    assert load_mapping(path) == {"nip": "NIP BARU", "nama": "NAMA LENGKAP É"}


def test_a_broken_utf16_mapping_file_names_its_encoding(tmp_path: Path) -> None:
    from asn_mutasi.errors import ConfigError
    from asn_mutasi.io.column_mapping import load_mapping

    path = tmp_path / "peta.csv"
    path.write_bytes("nip,NIP\n".encode("utf-16") + b"\x00\xd8")  # a lone high surrogate, then the end
    for suffix in (".csv", ".toml"):
        path = path.rename(path.with_suffix(suffix))
        with pytest.raises(ConfigError, match="bukan teks UTF-16 yang utuh") as err:
            load_mapping(path)
        # and what to do, as the settings file's error says it (lang2, h31: no hint)
        assert err.value.hint == "Simpan ulang berkas peta kolom sebagai teks UTF-8."


def test_a_sheet_of_16384_unknown_headers_maps_in_bounded_time() -> None:
    """Each unknown header was scored against each alias in Python, twice (fuzzy match, then the suggestion): 16 s
    for a 16,384-column sheet; scored in one batch over the distinct header keys, about 1.5 s (hostile4, h31)."""
    from time import perf_counter

    texts = ["NIP", "NAMA", "JABATAN", "UNIT KERJA", *(f"Isian Tambahan {i}" for i in range(16380))]
    start = perf_counter()
    result = map_columns(cols(*texts), "pegawai")
    assert perf_counter() - start < 6.0
    assert set(result.columns) == {"nip", "nama", "jabatan", "unit_kerja"}
    assert [f.code for f in result.findings].count("kolom-tidak-dikenal") == 100


def test_batched_header_scores_keep_the_suggestions_and_fuzzy_matches() -> None:
    """The batch scoring (hostile4, h31) still suggests and fuzzy-maps as one header at a time did."""
    result = map_columns(cols("NIP", "NAMAA LENGKAP", "JABATN", "UNIT KERJA", "TMT JBTN PEG", "Xyzzy"), "pegawai")
    assert result.columns["nama"].how == "fuzzy" and result.columns["jabatan"].how == "fuzzy"
    unknown = {f.location.header: f.message for f in result.findings if f.code == "kolom-tidak-dikenal"}
    # (riwayat_jabatan, 60% alike and no word of it, is no longer offered: hostile13, h34)
    assert unknown["TMT JBTN PEG"].endswith("maksud Anda TMT Jabatan (tmt_jabatan)?")
    assert "maksud" not in unknown["Xyzzy"]


def test_a_missing_required_column_is_named_in_words_with_headers_read_as_it() -> None:
    """A position table without its unit and need columns was refused with field codes, "kolom wajib tidak ditemukan:
    'unit_kerja'; 'kebutuhan atau beban_kerja_jam'" (walk5, h31): the analyst reads each field's label and headers
    read as it; the code stays where it is typed, in the column map line of the hint."""
    result = map_columns(cols("KODE JABATAN", "NAMA JABATAN", "JENIS JABATAN"), "jabatan")
    err = schema_error(result, "jabatan", ["unit_kerja", "kebutuhan atau beban_kerja_jam"], "'pj.xlsx'")
    assert "Unit Kerja (judul mis. 'UNIT KERJA', 'UNIT', 'UNOR')" in err.message
    assert "Kebutuhan (judul mis. 'KEBUTUHAN'" in err.message and " atau Beban Kerja (jam/tahun) (judul" in err.message
    assert "unit_kerja" not in err.message and "beban_kerja_jam" not in err.message
    assert '[kolom] unit_kerja = "Judul Kolom"' in (err.hint or "")


def test_an_opd_column_beside_the_unit_is_read_though_its_first_rows_repeat_the_unit(tmp_path: Path) -> None:
    """A roster opening with the Sekretariat Daerah (OPD and unit the same words) had its PERANGKAT DAERAH column set
    aside as a repeat of UNIT KERJA, without a word: the Sekretariat of every OPD became one unit (walk5, h31)."""
    from asn_mutasi.io.column_mapping import SAMPLE_ROWS
    from asn_mutasi.io.readers import read_table

    rows = [("Sekretariat Daerah", "Sekretariat Daerah")] * (SAMPLE_ROWS + 5)
    rows += [("Dinas Kesehatan", "Sekretariat"), ("Dinas Pendidikan", "Sekretariat")]
    lines = [f"1980010120050110{i % 90 + 10:02d},Orang {i},Analis,{opd},{unit}" for i, (opd, unit) in enumerate(rows)]
    path = tmp_path / "pegawai.csv"
    path.write_text("NIP,NAMA,JABATAN,PERANGKAT DAERAH,UNIT KERJA\n" + "\n".join(lines) + "\n", encoding="utf-8")
    table = read_table(path, "pegawai")
    assert table.columns["perangkat_daerah"].header == "PERANGKAT DAERAH"
    assert table.columns["unit_kerja"].header == "UNIT KERJA"
