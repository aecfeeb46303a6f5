"""Linking across the renaming of jabatan pelaksana (PermenPANRB 41/2018 → KepmenPANRB 11/2024, repealed by
282/2025 with a year to adjust): old names on the roster, old names in the peta, and the spellings of both."""

from __future__ import annotations

import pandas as pd
import pytest

from asn_mutasi.data import data_json
from asn_mutasi.domain import rumpun
from asn_mutasi.workload import link_employees

from .frames import make_positions, make_roster

UNIT = "Sekretariat Dinas Sosial"
#: the 2024 names of a Sekretariat, with the JF posts a wrong fuzzy link could reach (h27 pelaksana measure.py)
NEW = [
    "Pengadministrasi Perkantoran",
    "Pengolah Data dan Informasi",
    "Penelaah Teknis Kebijakan",
    "Operator Layanan Operasional",
    "Pengelola Layanan Operasional",
    "Penata Layanan Operasional",
    "Penata Laksana Barang Terampil",
    "Arsiparis Terampil",
    "Pranata Komputer Terampil",
    "Pranata Komputer Ahli Pertama",
    "Penata Kelola Sistem dan Teknologi Informasi",
    "Analis Kebijakan Ahli Pertama",
    "Kepala Subbagian Umum dan Kepegawaian",
]


def _table(names: list[str], unit: str = UNIT) -> pd.DataFrame:
    return make_positions([{"kode_jabatan": n, "nama_jabatan": n, "unit_kerja": unit} for n in names])


def _linked(written: list[str], names: list[str], unit: str = UNIT) -> tuple[list[object], list[str]]:
    res = link_employees(make_roster([{"jabatan": w, "unit_kerja": unit} for w in written]), _table(names))
    return res.frame["kode_jabatan_link"].tolist(), [f.code for f in res.findings]


@pytest.mark.parametrize(
    ("written", "post"),
    [
        ("Pengadministrasi Keuangan", "Pengadministrasi Perkantoran"),
        ("Pengadministrasi Kepegawaian", "Pengadministrasi Perkantoran"),
        ("Administrasi", "Pengadministrasi Perkantoran"),
        ("Pengolah Kepegawaian", "Pengolah Data dan Informasi"),
        ("Pengelola Sistem Informasi", "Pengolah Data dan Informasi"),
        ("Bendahara", "Penelaah Teknis Kebijakan"),
        ("Analis Tata Usaha", "Penelaah Teknis Kebijakan"),
        ("Petugas Rumah Tangga", "Operator Layanan Operasional"),
        ("Pengemudi", "Operator Layanan Operasional"),  # the unit has no Operator Layanan Kesehatan
    ],
)
def test_old_pelaksana_names_of_the_dki_map_link_to_their_2024_post(written: str, post: str) -> None:
    """h27 pelaksana defect 1: 3 old names were known, every other holder (Pengadministrasi Keuangan, Bendahara,
    Pengemudi …) counted as a vacancy. Pairs: the DKI data-cleaning script (stored-index id 53900998714)."""
    links, codes = _linked([written], NEW)
    assert (links, codes) == ([post], ["jabatan-nama-lama"])


@pytest.mark.parametrize(
    "written",
    [
        "Kelasi",  # 282/2025 puts ship crews in the Teknisi class, not Operator Layanan Operasional
        "Juru Mudi",
        "Pengurus Barang",  # Penata Laksana Barang is a JF (PermenPANRB 23/2018): held by appointment
        "Pranata Kearsipan",  # Arsiparis: a JF, no jenjang written
        "Pranata Komputer",  # Terampil or Ahli Pertama: not written
        "Pengadministrasi Persuratan",  # no source: left to the analyst
        "Caraka",
    ],
)
def test_old_names_without_a_source_or_contradicted_are_not_linked(written: str) -> None:
    """h27 pelaksana: the DKI pairs an official source contradicts, and the 'pattern' pairs without a second
    source, stay unlinked: a holder counted on the wrong post is worse than one left to the analyst."""
    links, _ = _linked([written], NEW)
    assert links == [None]


def test_an_old_name_of_a_jf_in_force_links_to_the_jf_not_to_the_pelaksana_name() -> None:
    """ "Analis Kebijakan Perangkat Daerah Ahli Pertama" is the JF Analis Kebijakan (its other name in
    jabatan_fungsional.csv; the DKI pair to Penelaah Teknis Kebijakan is rejected for that reason): the JF's post of
    the unit, never the pelaksana one (h27 pelaksana; linked by the JF's other names since real11 #2, h29)."""
    links, codes = _linked(["Analis Kebijakan Perangkat Daerah Ahli Pertama"], NEW)
    assert (links, codes) == (["Analis Kebijakan Ahli Pertama"], [])


def test_rejected_pairs_are_not_in_the_table() -> None:
    """The pairs nama_lama_pelaksana_ditolak gives a reason against never come back into nama_lama_pelaksana, and
    every pair names its source (h27 pelaksana)."""
    data = data_json("jabatan_bidang.json")
    assert not set(data["nama_lama_pelaksana_ditolak"]) & set(data["nama_lama_pelaksana"])
    assert all(pair["sumber"] and pair["baru"] for pair in data["nama_lama_pelaksana"].values())
    assert rumpun.renamed_positions("pengemudi") == ("operator layanan operasional", "operator layanan kesehatan")
    assert rumpun.renamed_positions("kelasi") == ()


def test_an_old_name_with_two_2024_names_links_only_where_the_unit_has_one_of_them() -> None:
    """DKI maps "pengemudi" to Operator Layanan Kesehatan and "petugas pengemudi" to Operator Layanan Operasional:
    a unit with both posts gets no guess, and the finding names both (h27 pelaksana)."""
    assert _linked(["Pengemudi"], ["Operator Layanan Kesehatan", "Pengadministrasi Perkantoran"])[0] == [
        "Operator Layanan Kesehatan"
    ]
    links, codes = _linked(["Pengemudi"], ["Operator Layanan Kesehatan", "Operator Layanan Operasional"])
    assert (links, codes) == ([None], ["jabatan-nama-lama-ganda"])


def test_a_new_name_is_named_beside_the_one_old_post_of_a_peta_still_in_old_names() -> None:
    """h27 pelaksana defect 2: a SIASN export in 2024 names against an Anjab peta in 41/2018 names linked nobody,
    not even the reverse of the tool's own pairs; 282/2025 gives instansi a year to adjust, so the mix is normal.
    Past the post's kebutuhan the holders are named, not linked: one 2024 name replaced many 2018 names the table
    does not all know, and four Penelaah Teknis Kebijakan were counted on one Bendahara post (review7, h27). Up to
    the kebutuhan they link: left all unlinked, the full post was a vacancy the plan filled (review9 #4, h28)."""
    old_peta = ["Pengadministrasi Umum", "Bendahara", "Pengemudi", "Analis Kebijakan Ahli Pertama"]
    written = ["PENGADMINISTRASI PERKANTORAN", "Penelaah Teknis Kebijakan", "Operator Layanan Operasional"] * 2
    res = link_employees(make_roster([{"jabatan": w, "unit_kerja": UNIT} for w in written]), _table(old_peta))
    assert res.frame["kode_jabatan_link"].tolist() == ["Pengadministrasi Umum", "Bendahara", "Pengemudi", *[None] * 3]
    assert [f.code for f in res.findings] == ["jabatan-nama-baru"] * 3 + ["jabatan-nama-baru-melebihi-kebutuhan"] * 3
    assert "nama sekarang dari 'Bendahara'" in res.findings[4].message
    assert "hanya punya 1 kursi kosong untuk 2 pemegang" in res.findings[4].message


def test_a_new_name_links_to_the_one_old_post_of_its_unit_within_its_kebutuhan() -> None:
    """A SIASN roster in 2024 names against a Sekretariat still in 41/2018 names: 3 Pengadministrasi Perkantoran
    and 2 Operator Layanan Operasional hold Pengadministrasi Umum (3) and Pengemudi (2), the unit's one old name of
    each. Left unlinked, both posts showed lowongan 5 and the plan moved two more people into seats that were held
    (review8 #3, h28). A post already full (by code) takes no more; a peta without kebutuhan links nobody."""
    peta = make_positions(
        [
            {"kode_jabatan": "DK-01", "nama_jabatan": "Pengadministrasi Umum", "unit_kerja": UNIT, "kebutuhan": 3},
            {"kode_jabatan": "DK-02", "nama_jabatan": "Pengemudi", "unit_kerja": UNIT, "kebutuhan": 2},
            {"kode_jabatan": "DK-03", "nama_jabatan": "Analis Kepegawaian Ahli Muda", "unit_kerja": UNIT},
        ]
    )
    written = ["Pengadministrasi Perkantoran"] * 3 + ["Operator Layanan Operasional"] * 2
    res = link_employees(make_roster([{"jabatan": w, "unit_kerja": UNIT} for w in written]), peta)
    assert res.frame["kode_jabatan_link"].tolist() == ["DK-01"] * 3 + ["DK-02"] * 2
    assert [f.code for f in res.findings] == ["jabatan-nama-baru"] * 5
    assert "nama sekarang dari 'Pengadministrasi Umum'" in res.findings[0].message
    # one Pengemudi seat held by code: one of the two Operator Layanan Operasional takes the other (review9 #4, h28)
    rows = [{"jabatan": "Pengemudi", "unit_kerja": UNIT, "kode_jabatan": "DK-02"}]
    rows += [{"jabatan": w, "unit_kerja": UNIT} for w in written]
    links = link_employees(make_roster(rows), peta).frame["kode_jabatan_link"].tolist()
    assert links == ["DK-02", *["DK-01"] * 3, "DK-02", None]
    # both seats held by code: the post takes no more
    res = link_employees(make_roster(rows[:1] * 2 + rows[1:]), peta)
    assert res.frame["kode_jabatan_link"].tolist() == ["DK-02"] * 2 + ["DK-01"] * 3 + [None, None]
    assert [f.code for f in res.findings][-2:] == ["jabatan-nama-baru-tidak-ditautkan"] * 2
    no_need = peta.assign(kebutuhan=float("nan"))
    links = link_employees(make_roster([{"jabatan": w, "unit_kerja": UNIT} for w in written]), no_need)
    assert links.frame["kode_jabatan_link"].tolist() == [None] * 5


def test_a_new_name_of_several_old_posts_is_left_with_the_posts_named() -> None:
    """Pengadministrasi Umum, Keuangan and Kepegawaian are all Pengadministrasi Perkantoran today: which seat a
    holder has is not in the name, so none is guessed; nor when the peta holds an old name of the same head the
    table lacks ("Pengolah Data Kepegawaian" beside "Pengolah Data"), which took all four holders (h27 e2e)."""
    old_peta = ["Pengadministrasi Umum", "Pengadministrasi Keuangan", "Pengolah Data", "Pengolah Data Kepegawaian"]
    res = link_employees(
        make_roster([{"jabatan": w, "unit_kerja": UNIT} for w in NEW[:2]]),
        _table(old_peta),
    )
    assert res.frame["kode_jabatan_link"].tolist() == [None, None]
    assert [f.code for f in res.findings] == ["jabatan-nama-lama-ganda", "jabatan-nama-baru-tidak-ditautkan"]
    assert "'Pengadministrasi Umum' atau 'Pengadministrasi Keuangan'" in res.findings[0].message
    assert "nama sekarang dari 'Pengolah Data' di peta" in res.findings[1].message


def test_a_jf_post_of_the_same_head_word_is_no_old_name() -> None:
    """ "Analis Kebijakan Ahli Muda" beside the old "Analis Tata Usaha" was listed as a second old name of "Penelaah
    Teknis Kebijakan" (`jabatan-nama-lama-ganda`, false), through a same-head-word guard that took JF posts too
    (oracle5, h27): only old names of the table are named."""
    old_peta = ["Analis Tata Usaha", "Analis Kebijakan Ahli Muda"]
    # two holders on a post of kebutuhan 1: one links, the other is named (review8 #3, review9 #4, h28)
    res = link_employees(
        make_roster([{"jabatan": "Penelaah Teknis Kebijakan", "unit_kerja": UNIT}] * 2), _table(old_peta)
    )
    assert res.frame["kode_jabatan_link"].tolist() == ["Analis Tata Usaha", None]
    assert [f.code for f in res.findings] == ["jabatan-nama-baru", "jabatan-nama-baru-melebihi-kebutuhan"]
    assert "Analis Kebijakan" not in res.findings[1].message
    # nor does the JF post of the same first word keep one holder off the old post
    res = link_employees(make_roster([{"jabatan": "Penelaah Teknis Kebijakan", "unit_kerja": UNIT}]), _table(old_peta))
    assert res.frame["kode_jabatan_link"].tolist() == ["Analis Tata Usaha"]
    assert [f.code for f in res.findings] == ["jabatan-nama-baru"]


def test_an_old_name_reads_the_unit_as_the_new_name_does() -> None:
    """h27 pelaksana defect 3: "Dinas Sosial Sekretariat" found "Pengadministrasi Perkantoran" in the table's
    "Sekretariat Dinas Sosial" (the unit's words in another order) but not "Pengadministrasi Umum"."""
    links, codes = _linked(["Pengadministrasi Umum", "Pengolah Data"], NEW, unit="Dinas Sosial Sekretariat")
    assert links == ["Pengadministrasi Perkantoran", "Pengolah Data dan Informasi"]
    assert codes == ["jabatan-nama-lama"] * 2


@pytest.mark.parametrize(
    "written",
    ["Pengadminitrasi Umum", "Pengadministasi Umum", "Pengadm. Umum", "Pengadm Umum", "Pengadm. Perkantoran"],
)
def test_a_misspelt_or_shortened_old_name_links_as_its_new_name_would(written: str) -> None:
    """h27 pelaksana defect 4: "Pengadminitrasi Umum" (the DKI file's own typo) and "Pengadm. Umum" stayed unlinked
    while the same misspelling of the new name linked."""
    assert _linked([written], NEW)[0] == ["Pengadministrasi Perkantoran"]


@pytest.mark.parametrize(
    ("written", "post"),
    [
        ("FUNGSIONAL(Pengadministrasi umum)", "Pengadministrasi Perkantoran"),  # real, find_string id 1375695643
        ("FUNGSIONAL(Pengadministrasi Perkantoran)", "Pengadministrasi Perkantoran"),
        ("Fungsional Umum (Pengolah Data)", "Pengolah Data dan Informasi"),
        ("FUNGSIONAL(Perencana Pertama)", None),  # no Perencana post in the unit: nothing else taken
        ("Pengadministrasi Umum Sub Bagian Umum dan Kepegawaian", "Pengadministrasi Perkantoran"),
        ("Pengadministrasi Perkantoran - Subbag Umum", "Pengadministrasi Perkantoran"),
        ("Pengadministrasi Perkantoran-Kepeg Ortala", "Pengadministrasi Perkantoran"),  # spell2 real
        ("Pengadministrasi Keuangan, Sub Bagian Keuangan", "Pengadministrasi Perkantoran"),
    ],
)
def test_a_name_in_a_kind_wrapper_or_with_a_glued_unit_links_to_the_name(written: str, post: str | None) -> None:
    """h27 pelaksana defect 5: "FUNGSIONAL(X)" normalised to "fungsional" (the parentheses are dropped), and a unit
    glued after the name by a dash, a comma or "Sub Bagian" without "pada" defeated linking for old and new names."""
    assert _linked([written], NEW)[0] == [post]


@pytest.mark.parametrize(
    ("written", "table", "post"),
    [
        # a structural post's own part is no glued unit: never cut to "Kepala"
        ("Kepala Subbagian Umum dan Kepegawaian", ["Kepala", "Kepala Subbagian Umum dan Kepegawaian"], 1),
        ("Kepala Bidang Sosial", ["Kepala", "Pengadministrasi Perkantoran"], None),
        # a JF's name with a unit-like word or a hyphen stays whole
        ("Penyusun Materi Hukum dan Perundang-undangan", ["Penyusun Materi Hukum dan Perundang"], None),
        # a class or jenjang before the dash is no name (a real seed label, find_string id 32890704147)
        ("Operator - Penata Layanan Operasional", ["Operator", "Penata Layanan Operasional"], None),
        ("Ahli Pertama - Dokter", ["Ahli Pertama", "Dokter Ahli Pertama"], 1),
        ("Pengawas Penyelenggaraan Urusan Pemerintahan Daerah Ahli Muda", ["Pengawas Penyelenggaraan"], None),
    ],
)
def test_name_readings_never_cut_a_post_to_another(written: str, table: list[str], post: int | None) -> None:
    """Negatives for the readings of defect 5: a reading is only an exact key among the unit's posts, and the cut
    before a part of an office is never taken inside a structural post's name (h27 pelaksana)."""
    expected = table[post] if post is not None else None
    assert _linked([written], table)[0] == [expected]


def test_old_name_readings_keep_their_field_for_experience() -> None:
    """An old name that names its field keeps it for experience (Pengadministrasi Keuangan: keuangan); a generic
    one is read as its 2024 name, as before h27."""
    assert rumpun.classify_position("Pengadministrasi Keuangan", "Kelurahan Sukamaju").bidang == "keuangan"
    assert (
        rumpun.classify_position("Pengadministrasi Umum", "Kelurahan Sukamaju").dasar == "pengadministrasi perkantoran"
    )
    assert rumpun.old_position_names("pengolah data dan informasi")[0] == "pengolah data"


def test_a_renamed_jf_links_to_its_old_name_in_the_peta_beside_other_posts_of_its_head_word() -> None:
    """The reverse reading of a JF rename ("Tenaga Sanitasi Lingkungan Terampil" on a peta's "Sanitarian Terampil")
    keeps its jenjang, so another "Analis …" post of the unit is no second candidate (h27 pelaksana)."""
    peta = ["Analis Kepegawaian Ahli Muda", "Analis Kebijakan Ahli Muda", "Sanitarian Terampil", "Sanitarian Mahir"]
    written = ["Analis Sumber Daya Manusia Aparatur Ahli Muda", "Tenaga Sanitasi Lingkungan Terampil"]
    links, codes = _linked(written, peta)
    assert (links, codes) == (["Analis Kepegawaian Ahli Muda", "Sanitarian Terampil"], ["jabatan-nama-baru"] * 2)


def test_one_holder_past_the_kebutuhan_of_an_old_name_post_leaves_the_rest_linked() -> None:
    """Three Pengadministrasi Perkantoran on a Bidang's Pengadministrasi Umum of kebutuhan 2 left all three unlinked:
    lowongan 2 where two held the seats, and the plan moved two more people in (review9 #4, h28; with two holders
    they linked). The first holders by NIP link up to the kebutuhan, whatever the roster's order; the rest is named
    as surplus, and the Sekretariat's post of today's name keeps its three holders."""
    from datetime import date

    from asn_mutasi.config import Settings
    from asn_mutasi.workload.analysis import position_summary

    bidang, sekretariat = "Dinas Sosial | Bidang Perlindungan Sosial", "Dinas Sosial | Sekretariat"
    peta = make_positions(
        [
            {"kode_jabatan": "DS-01", "nama_jabatan": "Pengadministrasi Umum", "unit_kerja": bidang, "kebutuhan": 2},
            {"kode_jabatan": "DS-02", "nama_jabatan": "Pengadministrasi Perkantoran", "unit_kerja": sekretariat},
        ]
    )
    pp = "Pengadministrasi Perkantoran"
    for n in (1, 2, 3, 5):
        rows = [{"jabatan": pp, "unit_kerja": bidang, "nip": f"19850615201001{9 - i:04d}"} for i in range(n)]
        rows += [{"jabatan": pp, "unit_kerja": sekretariat}] * 3
        res = link_employees(make_roster(rows), peta)
        links = res.frame["kode_jabatan_link"].tolist()
        assert links[:n] == [None] * max(n - 2, 0) + ["DS-01"] * min(n, 2)  # the lowest NIPs are the last rows
        assert links[n:] == ["DS-02"] * 3
        codes = [f.code for f in res.findings]
        assert codes.count("jabatan-nama-baru-melebihi-kebutuhan") == max(n - 2, 0)
        summary = position_summary(res.frame, peta, Settings(), as_of=date(2026, 11, 1)).set_index("kode_jabatan")
        assert summary.at["DS-01", "bezetting"] == min(n, 2)
        assert summary.at["DS-01", "lowongan"] == 2 - min(n, 2)
    surplus = next(f for f in res.findings if f.code == "jabatan-nama-baru-melebihi-kebutuhan")
    assert "'Pengadministrasi Umum'" in surplus.message and "2 kursi kosong untuk 5 pemegang" in surplus.message
