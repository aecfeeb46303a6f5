"""Units and regions told apart in linking: a province's branch office in a kabupaten is the province's unit, a
province named bare is read, a kabupaten's province is checked, a table naming no region says so (units27, h37)."""

from __future__ import annotations

import pytest

from asn_mutasi.domain.unit import own_regions, unit_regions
from asn_mutasi.workload.linking import link_employees

from .frames import make_positions, make_roster
from .test_linking_regions_link2_h35 import _link

BRANCH = "Cabang Dinas Pendidikan Provinsi Jawa Timur Wilayah Kabupaten Malang"


@pytest.mark.parametrize(
    "unit",
    [
        BRANCH,
        "Dinas Pendidikan Provinsi Jawa Timur | Cabang Dinas Pendidikan Wilayah Kabupaten Malang",
        "Pemerintah Provinsi Jawa Timur | Dinas Kelautan dan Perikanan | Cabang Dinas Kelautan Kabupaten Malang",
        "Dinas Perhubungan Provinsi Jawa Timur | UPTD Prasarana Perhubungan Wil. Kab. Malang dan Kota Batu",
    ],
)
def test_a_branch_office_in_a_kabupaten_is_the_provinces(unit: str) -> None:
    """The province's name was read on to "Wilayah" ("provinsi jawa timur wilayah") and the kabupaten it serves as
    the unit's government: a table of the province's units was read as Kabupaten Malang's."""
    regions = unit_regions(unit)
    assert regions["provinsi"] == {"provinsi jawa timur"} and "daerah" not in regions
    assert own_regions([unit, "Dinas Kesehatan"]) == {"provinsi": "provinsi jawa timur"}


def test_a_provinces_table_with_a_branch_office_takes_the_provinces_units_only() -> None:
    """A kabupaten's "Dinas Kesehatan" was read as the province table's, the province's own refused."""
    assert _link("Dinas Kesehatan Kabupaten Malang", [BRANCH, "Dinas Kesehatan"]) is None
    assert _link("Dinas Kesehatan Provinsi Jawa Timur", [BRANCH, "Dinas Kesehatan"]) == "J1"


def test_two_branch_offices_serve_two_kabupaten() -> None:
    """A branch office is its kabupaten's whatever else is written: "Wilayah" stayed in its key when the place was
    cut, and the branch office written without its province was no table's."""
    assert _link("Cabang Dinas Pendidikan Wilayah Kabupaten Malang", [BRANCH, "Dinas Kesehatan"]) == "J0"
    assert _link("Cabang Dinas Pendidikan Provinsi Jawa Timur Wilayah Kabupaten Blitar", [BRANCH]) is None
    assert (
        _link("Dinas Pendidikan Provinsi Jawa Timur | Cabang Dinas Pendidikan Wilayah Kabupaten Malang", [BRANCH])
        == "J0"
    )


def test_dki_jakartas_suku_dinas_in_a_kota_administrasi_is_the_provinces() -> None:
    """SSCASN 2024 writes DKI's offices in a kota administrasi so: read as of neither government before."""
    unit = (
        "PEMERINTAH PROVINSI DKI JAKARTA | DINAS KETAHANAN PANGAN, KELAUTAN DAN PERTANIAN | SUKU DINAS KETAHANAN "
        "PANGAN KELAUTAN DAN PERTANIAN KOTA ADM. JAKARTA TIMUR | SEKSI PERIKANAN SUKU DINAS KETAHANAN PANGAN, "
        "KELAUTAN DAN PERTANIAN KOTA ADM. JAKARTA TIMUR"
    )
    assert own_regions([unit, "Dinas Kesehatan"]) == {"provinsi": "provinsi dki jakarta"}


@pytest.mark.parametrize(
    ("unit", "province"),
    [
        ("Dinas Pangan Jambi", "provinsi jambi"),
        ("Dinas Sosial Bengkulu", "provinsi bengkulu"),
        ("Badan Kepegawaian Daerah Gorontalo", "provinsi gorontalo"),
        ("Dinas Pendidikan Yogyakarta", "provinsi yogyakarta"),
        ("Pemerintah Sulawesi Tenggara | Sekretariat Daerah | Dinas Perhubungan", "provinsi sulawesi tenggara"),
    ],
)
def test_a_province_named_bare_by_a_name_a_kota_bears_is_the_province(unit: str, province: str) -> None:
    """A province's whole name that is also a kota's or kabupaten's was read as no region at all."""
    assert unit_regions(unit) == {"provinsi": {province}}


@pytest.mark.parametrize(
    "unit",
    ["Pemerintah Kota Jambi | Dinas Kesehatan Jambi", "Dinas Kesehatan Muaro Jambi", "Dinas Kesehatan Banda Aceh"],
)
def test_a_bare_name_of_the_paths_kota_or_ending_a_longer_name_is_no_province(unit: str) -> None:
    assert "provinsi" not in unit_regions(unit)


BARE_PROVINCE_TABLE = ["Dinas Pangan Jambi", "Dinas Kesehatan Jambi"]


def test_a_provinces_table_written_bare_takes_the_provinces_units_only() -> None:
    """The table's units kept "jambi" in their keys: the province's own staff were linked to none of them."""
    assert own_regions(BARE_PROVINCE_TABLE) == {"provinsi": "provinsi jambi"}
    assert _link("Dinas Pangan Provinsi Jambi", BARE_PROVINCE_TABLE) == "J0"
    assert _link("Dinas Pangan", BARE_PROVINCE_TABLE) == "J0"
    assert _link("Dinas Pangan Jambi", ["Dinas Pangan Provinsi Jambi"]) == "J0"
    assert _link("Dinas Pangan Kota Jambi", BARE_PROVINCE_TABLE) is None
    assert _link("Dinas Sosial Kabupaten Gorontalo", ["Badan Kepegawaian Daerah Gorontalo", "Dinas Sosial"]) is None


MALANG_TABLE = ["Dinas Sosial", "Dinas Kesehatan Kabupaten Malang Provinsi Jawa Timur"]


@pytest.mark.parametrize(
    ("written", "units"),
    [
        ("Dinas Sosial Kabupaten Malang Provinsi Jawa Tengah", MALANG_TABLE),
        ("Dinas Sosial Kabupaten Malang Provinsi Jawa Tengah", ["Dinas Sosial Kabupaten Malang"]),
        ("Dinas Kesehatan Kabupaten Bima Provinsi NTT", ["Dinas Kesehatan Kabupaten Bima"]),
    ],
)
def test_a_kabupaten_written_in_another_province_is_no_unit_of_its_table(written: str, units: list[str]) -> None:
    """The province a roster's kabupaten unit names was compared with none: a kabupaten table names its province
    only where its kabupaten lies, or not at all. The official list says where each kabupaten lies."""
    assert _link(written, units) is None


@pytest.mark.parametrize(
    ("written", "units"),
    [
        ("Dinas Sosial Kabupaten Malang Provinsi Jawa Timur", MALANG_TABLE),
        ("Dinas Sosial Kabupaten Malang Prov. Jatim", MALANG_TABLE),
        ("Dinas Sosial Kabupaten Malang", MALANG_TABLE),
        ("Dinas Kesehatan Kota Adm. Jakarta Selatan Provinsi DKI Jakarta", ["Dinas Kesehatan Kota Jakarta Selatan"]),
        ("Dinas Kesehatan Kabupaten Bima", ["Dinas Kesehatan Kabupaten Bima Provinsi NTB"]),
    ],
)
def test_a_kabupaten_written_in_its_own_province_is_its_tables(written: str, units: list[str]) -> None:
    assert _link(written, units) == "J0"


def _linked(table_units: list[str], roster_units: list[str]) -> tuple[list[object], list[str]]:
    rows = [{"kode_jabatan": f"J{i}", "nama_jabatan": "Analis", "unit_kerja": u} for i, u in enumerate(table_units)]
    roster = make_roster([{"jabatan": "Analis", "unit_kerja": u} for u in roster_units])
    result = link_employees(roster, make_positions(rows))
    said = [f.message for f in result.findings if f.code == "peta-tanpa-wilayah"]
    return result.frame["kode_jabatan_link"].tolist(), said


def test_a_regionless_table_taking_staff_of_two_governments_says_so() -> None:
    """A table naming no region took a kabupaten's, a kota's and a province's staff by unit name, without a word.
    The links stay (the table may be any one's); the analyst is told which governments."""
    roster = ["Dinas Kesehatan Kabupaten Malang", "Dinas Kesehatan Kota Batu", "Dinas Sosial Provinsi Jawa Timur"]
    links, said = _linked(["Dinas Kesehatan", "Dinas Sosial"], roster)
    assert links == ["J0", "J0", "J1"]
    assert len(said) == 1 and "Kabupaten Malang, Kota Batu, Provinsi Jawa Timur" in said[0]


@pytest.mark.parametrize(
    ("table", "roster"),
    [
        (["Dinas Kesehatan", "Dinas Sosial"], ["Dinas Kesehatan Kabupaten Malang", "Dinas Sosial Kab. Malang"]),
        (["Dinas Kesehatan", "Dinas Sosial"], ["Dinas Kesehatan", "Dinas Sosial"]),
        (["Dinas Kesehatan Kabupaten Malang", "Dinas Sosial"], ["Dinas Kesehatan Kabupaten Malang", "Dinas Sosial"]),
    ],
)
def test_one_government_or_a_table_naming_its_own_is_not_said(table: list[str], roster: list[str]) -> None:
    assert _linked(table, roster)[1] == []


@pytest.mark.parametrize(
    ("written", "units"),
    [
        ("Dinas Kesehatan Kabupaten Merauke Provinsi Papua", ["Dinas Kesehatan Kabupaten Merauke"]),
        ("Dinas Kesehatan Kabupaten Sorong Provinsi Papua Barat", ["Dinas Kesehatan Kabupaten Sorong"]),
        ("Dinas Kesehatan Kabupaten Sorong Provinsi Papua", ["Dinas Kesehatan Kabupaten Sorong"]),
        ("Dinas Kesehatan Kabupaten Bulungan Provinsi Kalimantan Timur", ["Dinas Kesehatan Kabupaten Bulungan"]),
        ("Dinas Kesehatan Kabupaten Mamuju Provinsi Sulawesi Selatan", ["Dinas Kesehatan Kabupaten Mamuju"]),
        ("Dinas Kesehatan Kota Tangerang Provinsi Jawa Barat", ["Dinas Kesehatan Kota Tangerang"]),
        ("Dinas Kesehatan Kota Tangerang", ["Dinas Kesehatan Kota Tangerang Provinsi Jawa Barat"]),
    ],
)
def test_a_kabupaten_written_in_the_province_it_was_split_from_is_its_tables(written: str, units: list[str]) -> None:
    """Rosters still write the province a kabupaten lay in before its province was formed (Papua's 2022 provinces,
    Kalimantan Utara 2012, Sulawesi Barat 2004, Banten 2000): the official list knew only the new one, and those
    units were read as another province's kabupaten and linked to nothing (review of units27, h37)."""
    assert _link(written, units) == "J0"


@pytest.mark.parametrize(
    "written",
    ["Dinas Kesehatan Kabupaten Merauke Provinsi Papua Barat", "Dinas Kesehatan Kabupaten Bulungan Provinsi Papua"],
)
def test_a_kabupaten_written_in_a_province_it_never_lay_in_stays_refused(written: str) -> None:
    assert _link(written, ["Dinas Kesehatan Kabupaten Merauke", "Dinas Kesehatan Kabupaten Bulungan"]) is None


@pytest.mark.parametrize(
    ("table", "roster"),
    [
        # (Kota Agung is the puskesmas's own name, no region to cut: the table names it as the roster does; nonasn28)
        (
            ["Dinas Kesehatan", "UPT Puskesmas Kota Agung"],
            ["Dinas Kesehatan Kabupaten Tanggamus", "UPT Puskesmas Kota Agung"],
        ),
        (
            ["Dinas Kesehatan", "Dinas Sosial"],
            ["Dinas Kesehatan Kabupaten Kotabaru", "Dinas Sosial Kabupaten Kota Baru"],
        ),
        (["Dinas Kesehatan", "Dinas Sosial"], ["Dinas Kesehatan Kota Kotamobagu", "Dinas Sosial Kota Mobagu"]),
    ],
)
def test_a_town_named_kota_is_no_second_government(table: list[str], roster: list[str]) -> None:
    """ "Kota" opens towns' names too (Kota Agung, a kecamatan of Kabupaten Tanggamus; "Kabupaten Kota Baru" of
    Kotabaru): they were counted as a second government of one government's staff (review of units27, h37)."""
    links, said = _linked(table, roster)
    assert links == ["J0", "J1"] and said == []


def test_a_second_kota_of_the_list_or_an_unlisted_kabupaten_is_still_said() -> None:
    assert len(_linked(["Dinas Kesehatan"], ["Dinas Kesehatan Kab. Sukamaju", "Dinas Kesehatan Kota Batu"])[1]) == 1


KOTA_JAMBI_TABLE = ["Dinas Kesehatan", "Dinas Sosial", "Kecamatan Kota Baru Jambi", "Puskesmas Putri Ayu Jambi"]


@pytest.mark.parametrize(
    "unit", ["Kecamatan Kota Baru Jambi", "Kelurahan Sungai Putri Jambi", "Puskesmas Putri Ayu Jambi"]
)
def test_a_kecamatan_or_puskesmas_ending_with_a_kotas_name_is_no_provinces(unit: str) -> None:
    """Only a kabupaten or kota has kecamatan, kelurahan and puskesmas: the kota's name ending one was read as the
    province of that name, and a table of Kota Jambi's units as the province's (review of units27, h37)."""
    assert "provinsi" not in unit_regions(unit)
    assert "provinsi" not in own_regions(KOTA_JAMBI_TABLE)
    assert _link("Dinas Sosial Kota Jambi", KOTA_JAMBI_TABLE) == "J1"


@pytest.mark.parametrize(
    "roster",
    [
        ["Kecamatan Tebet Kota Administrasi Jakarta Selatan", "Kecamatan Cakung Kota Adm. Jakarta Timur"],
        ["Kecamatan Tebet Kota Administrasi Jakarta Selatan", "Dinas Kesehatan Provinsi DKI Jakarta"],
        ["Kecamatan Tebet Kota Jakarta Selatan", "Kecamatan Cakung Kabupaten Administrasi Kepulauan Seribu"],
    ],
)
def test_jakartas_kota_administrasi_are_the_provinces_one_government(roster: list[str]) -> None:
    """Jakarta's kota and kabupaten are administrative: its roster was said to be of several governments."""
    links, said = _linked(["Kecamatan Tebet", "Kecamatan Cakung", "Dinas Kesehatan"], roster)
    assert None not in links and said == []


def test_jakarta_and_another_provinces_kota_are_still_two() -> None:
    roster = ["Kecamatan Tebet Kota Administrasi Jakarta Selatan", "Kecamatan Cakung Kota Bekasi"]
    said = _linked(["Kecamatan Tebet", "Kecamatan Cakung"], roster)[1]
    assert len(said) == 1 and "Kota Bekasi" in said[0]


def test_the_governments_named_in_the_warning_keep_their_acronyms() -> None:
    """The warning wrote "Provinsi Dki Jakarta" and "Provinsi Ntt" (``str.title`` of the region keys; reviewA, h37)."""
    roster = ["Dinas Kesehatan Provinsi DKI Jakarta", "Dinas Sosial Provinsi NTT"]
    _, said = _linked(["Dinas Kesehatan", "Dinas Sosial"], roster)
    assert len(said) == 1 and "Provinsi DKI Jakarta" in said[0] and "Provinsi NTT" in said[0], said
