"""Experience fit: history parsing, families, the requirement parser, calendar years and the index."""

from __future__ import annotations

from datetime import date

import numpy as np
import pandas as pd
import pytest

from asn_mutasi.domain.rumpun import (
    BIDANG_SAMA,
    JABATAN_SAMA,
    SERUMPUN,
    TIDAK_TERKAIT,
    classify_position,
    relatedness_level,
)
from asn_mutasi.matching.experience import (
    TAHUN_TANPA_KETERANGAN,
    ExperienceIndex,
    experience_fit,
    fmt_tahun,
    parse_experience_requirement,
    parse_riwayat_text,
    requirement_problems,
    union_years,
)

AS_OF = date(2025, 1, 1)


def roster(rows: list[dict[str, object]]) -> pd.DataFrame:
    frame = pd.DataFrame(rows)
    frame["tmt_jabatan"] = pd.to_datetime(frame["tmt_jabatan"])
    return frame


def test_parse_riwayat_text_variants() -> None:
    entries = parse_riwayat_text(
        "Pengolah Data (2015-2019); Penata Layanan Operasional (2019–sekarang); Staf Umum\nKasi Pelayanan 2010 s.d. 2015",
        AS_OF,
    )
    assert [(n, None if y is None else round(y, 2), o) for n, y, o in entries] == [
        ("Pengolah Data", 4.0, False),
        ("Penata Layanan Operasional", 6.0, True),
        ("Staf Umum", None, False),
        ("Kasi Pelayanan", 5.0, False),
    ]
    assert parse_riwayat_text(None, AS_OF) == []
    assert parse_riwayat_text("  ", AS_OF) == []


@pytest.mark.parametrize(
    ("name", "unit", "jf", "bidang"),
    [
        ("Pranata Komputer Ahli Muda Dinas Kesehatan", "Dinas Kesehatan", "pranata komputer", "teknologi informasi"),
        ("Prakom Pertama", "", "pranata komputer", "teknologi informasi"),
        ("Sanitarian Terampil", "", "tenaga sanitasi lingkungan", "kesehatan"),
        ("Analis Kepegawaian Ahli Muda", "", "analis sumber daya manusia aparatur", "kepegawaian"),
        ("Perawat Gigi Terampil", "", "terapis gigi dan mulut", "kesehatan"),
        ("Perawat ahli pertma", "", "perawat", "kesehatan"),
        ("Pengelola Kesehatan Ikan Ahli Pertama", "", "pengelola kesehatan ikan", "perikanan"),
        ("Pengadministrasi Keuangan pada Dinas Kesehatan", "", None, "keuangan"),
        ("Kabid Peternakan dan Kesehatan Hewan", "Dinas Pertanian", None, "pertanian"),
        ("Kabid Aplikasi Informatika", "", None, "teknologi informasi"),
        ("Plt. Kasi Keperawatan", "RSUD", None, "kesehatan"),
        ("Kepala Dinas", "Dinas Kesehatan", None, "kesehatan"),
        ("Penata Layanan Operasional", "BPKAD | Bidang Akuntansi", None, "keuangan"),
        ("Pengadministrasi Keuangan Dinas Kesehatan", "", None, "keuangan"),
        ("Pranata Lab. Kes. Terampil", "", "pranata laboratorium kesehatan", "kesehatan"),
        ("Pengelola Pelayanan Kesehatan Hewan", "", None, "pertanian"),
        ("Penata Layanan Operasional pada Dinas Kesehatan", "", None, "kesehatan"),
        ("Kepala UPT Puskeswan", "", None, "pertanian"),
        # PermenPANRB 41/2018 pelaksana names and unit abbreviations written into post names
        ("Pengembang Aplikasi", "", None, "teknologi informasi"),
        ("Pengelola Situs dan Konten Internet", "Sekretariat Daerah", None, "teknologi informasi"),
        ("Analis Jabatan", "Bagian Organisasi", None, "kepegawaian"),
        ("Pengelola Kenaikan Pangkat", "", None, "kepegawaian"),
        ("Kasi Kesiapsiagaan", "BPBD", None, "ketenteraman"),
        ("Kepala Seksi Kedaruratan BPBD", "", None, "ketenteraman"),
        ("Pengelola Keuangan BPKAD", "", None, "keuangan"),
        ("Pengemudi", "Dinas Kesehatan", None, "umum"),  # an office service post, not transport nor health
        ("Analis Sumber Daya Manusia Aparatr Ahli Muda", "", "analis sumber daya manusia aparatur", "kepegawaian"),
    ],
)
def test_classify_position(name: str, unit: str, jf: str | None, bidang: str) -> None:
    c = classify_position(name, unit)
    assert (c.jf, c.bidang) == (jf, bidang)


def test_a_typo_changes_letters_not_words() -> None:
    from asn_mutasi.domain.rumpun import find_jf

    assert find_jf("analis sumber daya manusia aparatr") == "analis sumber daya manusia aparatur"
    # 90% alike as strings, but "pengatur" is another word (a pangkat), not a misspelt "pranata"
    assert find_jf("pengatur sumber daya manusia aparatur") is None


@pytest.mark.parametrize(
    "name",
    ["Teknisi Sarana dan Prasarana", "Teknisi Sarana Prasarana", "Teknisi Sarana dan Prasarana-Umum"],
)
def test_a_longer_post_name_is_not_a_jf_with_one_word_swapped(name: str) -> None:
    """A 2024 pelaksana post (e-formasi JA-163; Dinas PUPR and Pengadilan rosters) is not the JF Teknisi Siaran:
    "sarana" is a word of the catalogue, not a misspelt "siaran" (spell6 P1, h28)."""
    c = classify_position(name)
    assert (c.jf, c.jenis, c.bidang) == (None, "Pelaksana", "teknik")
    assert relatedness_level(c, classify_position("Teknisi Siaran Ahli Pertama")) == TIDAK_TERKAIT
    assert relatedness_level(c, classify_position("Pemelihara Sarana dan Prasarana")) == BIDANG_SAMA


@pytest.mark.parametrize(
    ("name", "jf_post"),
    [
        ("Teknisi Jalan dan Jembatan", "Penata Kelola Jalan dan Jembatan Ahli Pertama"),
        ("Teknisi Pengairan", "Pengelola Sumber Daya Air Ahli Pertama"),
        ("Teknisi Tata Bangunan dan Perumahan", "Penata Kelola Bangunan Gedung dan Kawasan Permukiman Ahli Muda"),
    ],
)
def test_a_teknisi_post_is_no_misspelt_teknik_jf(name: str, jf_post: str) -> None:
    """PermenPANRB 41/2018 pelaksana names ("Teknisi Jalan dan Jembatan") were read as the old JF names "Teknik Jalan
    dan Jembatan", "Teknik Pengairan", "Teknik Tata Bangunan dan Perumahan" misspelt (one letter apart per word),
    so a pelaksana got "jabatan sama" experience for the successor JF: "teknisi" is another holder, the first word of
    JF names (Teknisi Elektromedis, Teknisi Siaran), not a typo of "teknik" (groups, h30)."""
    c = classify_position(name)
    assert (c.jf, c.jenis, c.bidang) == (None, "Pelaksana", "teknik")
    assert relatedness_level(c, classify_position(jf_post)) == BIDANG_SAMA
    assert classify_position(name.replace("Teknisi", "Teknik")).jf is not None  # the old JF name is still read


@pytest.mark.parametrize("name", ["Penata Komputer Terampil", "Penata Komputer Ahli Pertama"])
def test_a_slip_between_two_holder_nouns_of_today_s_jfs_is_still_a_typo(name: str) -> None:
    """ "Penata Komputer Terampil" (a mutation app's sample, II/c, A.Md.Kom) and "Penata Komputer Ahli Pertama" (a
    position list) are Pranata Komputer: no JF is named "penata komputer". The Teknisi guard above made every post
    whose first word opens some JF name ("penata": Penata Ruang, Penata Anestesi) untouchable, and these read no JF,
    only "bidang sama" to Pranata Komputer (review, h30). Only a retired JF name's holder noun ("teknik") is off."""
    c = classify_position(name)
    assert c.jf == "pranata komputer"
    assert relatedness_level(c, classify_position("Pranata Komputer Terampil")) == JABATAN_SAMA


@pytest.mark.parametrize(
    ("name", "jf"),
    [
        ("Teknisi Siarn Ahli Muda", "teknisi siaran"),  # a typo of a letter is still the JF
        ("Analisis Kebijakan Ahli Muda", "analis kebijakan"),  # the whole name misspelt, nothing after it
        ("Pranata Komputr Ahli Muda Dinas Kesehatan", "pranata komputer"),  # a unit tail after the typo
    ],
)
def test_a_typo_in_a_jf_name_is_still_read(name: str, jf: str) -> None:
    """Negatives of spell6 P1 (h28): typos the word-swap rule must keep reading."""
    assert classify_position(name).jf == jf


@pytest.mark.parametrize("name", ["PENGADMINISTRASI KESEHATAN", "Pengadministrasi Kesehatan"])
def test_an_old_pelaksana_name_is_not_the_jf_its_root_names(name: str) -> None:
    """ "Pengadministrasi Kesehatan" (a PermenPANRB 41/2018 pelaksana name, "Fungsional Umum" in the SIMPEG dump
    10412941946) was read as a typo of "administrasi kesehatan", the JF Administrator Kesehatan's old name, and keyed
    one jabatan with its every jenjang: "peng-" in front makes another word, not a typo (spell7 P1, h28)."""
    from asn_mutasi.matching.scoring import jabatan_key, same_jabatan

    c = classify_position(name)
    assert (c.jf, c.jenis) == (None, "Pelaksana")
    target = "Administrator Kesehatan Ahli Pertama"
    assert relatedness_level(c, classify_position(target)) < JABATAN_SAMA
    keys = np.array([jabatan_key(name)], object), np.array([jabatan_key(target)], object)
    assert not same_jabatan(*keys)[0]


@pytest.mark.parametrize(
    ("name", "jf"),
    [
        ("Administrasi Kesehatan Ahli Pertama", "administrator kesehatan"),  # the old JF name itself
        ("Administrator Kesehatn Ahli Muda", "administrator kesehatan"),  # a letter missing
        ("Pranata Komputerr Ahli Pertama", "pranata komputer"),  # a letter doubled at the end
    ],
)
def test_typos_stay_read_beside_the_prefix_rule(name: str, jf: str) -> None:
    """Negatives of spell7 P1 (h28): a letter's typo is not a prefix and still names the JF."""
    assert classify_position(name).jf == jf


@pytest.mark.parametrize(
    ("past", "target", "level"),
    [
        ("Perawat Terampil", "Perawat Ahli Pertama", JABATAN_SAMA),
        ("Sanitarian Pertama", "Tenaga Sanitasi Lingkungan Ahli Muda", JABATAN_SAMA),
        ("Bidan Terampil", "Perawat Terampil", SERUMPUN),
        ("Kasi Keperawatan", "Perawat Ahli Muda", BIDANG_SAMA),
        ("Pengelola Kesehatan Ikan", "Perawat Terampil", TIDAK_TERKAIT),
        ("Kabid Peternakan dan Kesehatan Hewan", "Nutrisionis Ahli Pertama", TIDAK_TERKAIT),
        ("Pranata Komputer Ahli Muda Dinas Kesehatan", "Perawat Ahli Muda", TIDAK_TERKAIT),
        ("Kabid Aplikasi Informatika", "Pranata Komputer Ahli Muda", BIDANG_SAMA),
        ("Penyuluh Pertanian Ahli Pertama", "Kepala Seksi Tanaman Pangan", BIDANG_SAMA),
    ],
)
def test_relatedness_levels(past: str, target: str, level: int) -> None:
    assert relatedness_level(classify_position(past), classify_position(target)) == level


@pytest.mark.parametrize(
    ("text", "groups"),
    [
        ("minimal 2 tahun sebagai Perawat", [[(2.0, "jabatan", "perawat")]]),
        ("Memiliki pengalaman dalam jabatan pelaksana sekurang-kurangnya 4 tahun", [[(4.0, "jenis", "Pelaksana")]]),
        (
            "4 tahun di bidang keuangan dan 2 tahun sebagai pelaksana",
            [[(4.0, "bidang", "keuangan"), (2.0, "jenis", "Pelaksana")]],
        ),
        ("minimal 2 thn", [[(2.0, "terkait", None)]]),
        ("Memiliki pengalaman di bidang tugas jabatan fungsional minimal 1 tahun", [[(1.0, "terkait", None)]]),
        (
            "pengalaman dalam jabatan pengawas paling singkat 3 (tiga) tahun atau JF yang setingkat",
            [[(3.0, "jenis", "Pengawas")], [(3.0, "jenis", "Fungsional")]],
        ),
        (
            "dalam jabatan pelaksana paling singkat 4 (empat) tahun atau JF yang setingkat dengan jabatan pelaksana "
            "sesuai dengan bidang tugas jabatan yang akan diduduki",
            [[(4.0, "jenis", "Pelaksana")], [(4.0, "jenis", "Fungsional"), (4.0, "terkait", None)]],
        ),
        (
            "3 tahun sebagai perawat atau 5 tahun sebagai bidan",
            [[(3.0, "jabatan", "perawat")], [(5.0, "jabatan", "bidan")]],
        ),
        ("pernah menduduki jabatan administrator paling singkat 2 (dua) tahun", [[(2.0, "jenis", "Administrator")]]),
        ("Pengalaman di bidang keuangan minimal 1,5 tahun", [[(1.5, "bidang", "keuangan")]]),
        ("pengalaman 18 bulan di bidang kepegawaian", [[(1.5, "bidang", "kepegawaian")]]),
        ("pengalaman mengelola keuangan daerah minimal 2 tahun", [[(2.0, "bidang", "keuangan")]]),
        ("Memiliki pengalaman di bidang kebencanaan minimal 2 tahun", [[(2.0, "bidang", "ketenteraman")]]),
        (
            "pengalaman sebagai arsiparis atau pengelola arsip minimal 2 tahun",
            [[(2.0, "jabatan", "arsiparis")], [(2.0, "bidang", "kearsipan")]],
        ),
        ("berpengalaman di bidang keuangan", []),
        ("pengalaman 2 tahun di bidang xyz", []),
    ],
)
def test_parse_experience_requirement(text: str, groups: list[list[tuple[float, str, str | None]]]) -> None:
    req = parse_experience_requirement(text)
    assert req is not None
    assert [[(c.tahun, c.jenis, c.nilai) for c in g] for g in req.groups] == groups
    assert req.terbaca is bool(groups)
    assert parse_experience_requirement(None) is None and parse_experience_requirement(" ") is None


def test_union_years_merges_overlaps() -> None:
    pair = np.array([0, 0, 0, 1])
    start = np.array([2010.0, 2012.0, np.nan, 2020.0])
    end = np.array([2015.0, 2014.0, np.nan, 2021.0])
    credit = np.array([0.0, 0.0, 1.0, 0.0])
    assert union_years(pair, start, end, credit, 3).tolist() == [6.0, 1.0, 0.0]


def test_calendar_years_not_weighted_and_overlaps_merged() -> None:
    fit = experience_fit(
        {
            "nip": "1",
            "jabatan": "Penyuluh Pertanian Ahli Pertama",
            "tmt_jabatan": "2021-09-01",
            "riwayat_jabatan": "Penyuluh Pertanian Terampil (2021-sekarang)",
        },
        "Penyuluh Pertanian Ahli Muda",
        as_of=AS_OF,
        syarat_pengalaman="minimal 3 tahun sebagai Penyuluh Pertanian",
    )
    # 2021-01-01 .. 2025-01-01 once, although the current row overlaps the history row
    assert fit.tahun_jabatan_sama == pytest.approx(4.0, abs=0.01)
    assert fit.memenuhi_syarat is True
    assert fit.tingkat == "jabatan sama"
    assert "4,0 tahun" in fit.alasan and "±" not in fit.alasan
    assert fmt_tahun(3.3) == "3,3 tahun"


def test_named_jf_requirement_is_not_met_by_another_jf() -> None:
    fit = experience_fit(
        {"nip": "1", "jabatan": "Bidan Terampil", "tmt_jabatan": "2020-06-01"},
        "Perawat Terampil",
        as_of=AS_OF,
        syarat_pengalaman="minimal 2 tahun sebagai Perawat",
    )
    assert fit.tahun_serumpun == pytest.approx(4.59, abs=0.01) and fit.tahun_jabatan_sama == 0.0
    assert fit.memenuhi_syarat is False
    assert fit.syarat_penentu == "sebagai perawat"


def test_compound_requirement_is_all_of() -> None:
    employee = {
        "nip": "1",
        "jabatan": "Pengadministrasi Keuangan",
        "tmt_jabatan": "2019-01-01",
        "riwayat_jabatan": None,
    }
    syarat = "5 tahun di bidang keuangan dan 2 tahun sebagai pelaksana"
    fit = experience_fit(employee, "Analis Keuangan", as_of=AS_OF, syarat_pengalaman=syarat)
    assert fit.memenuhi_syarat is True and fit.tahun_bidang_sama == pytest.approx(6.0, abs=0.01)
    short = experience_fit({**employee, "tmt_jabatan": "2023-07-01"}, "Analis Keuangan", as_of=AS_OF,
                           syarat_pengalaman=syarat)  # fmt: skip
    assert short.memenuhi_syarat is False and short.syarat_penentu == "di bidang keuangan"


def test_entry_without_years_gets_the_conservative_credit() -> None:
    fit = experience_fit(
        {"nip": "1", "jabatan": "Pengemudi", "tmt_jabatan": None, "riwayat_jabatan": "Bendahara"},
        "Bendahara",
        as_of=AS_OF,
        tahun_penuh=4.0,
    )
    assert fit.tahun_terkait == TAHUN_TANPA_KETERANGAN
    assert fit.skor == pytest.approx(TAHUN_TANPA_KETERANGAN / 4.0)


def test_structural_requirement_checked_against_classified_history() -> None:
    frame = roster(
        [
            {"nip": "1", "jabatan": "Kasubbag Umum", "tmt_jabatan": "2021-01-01",
             "riwayat_jabatan": "Pengolah Data (2012-2021)"},
            {"nip": "2", "jabatan": "Pengolah Data", "tmt_jabatan": "2015-01-01", "riwayat_jabatan": None},
        ]
    )  # fmt: skip
    index = ExperienceIndex(frame, AS_OF)
    out = index.score_pairs(
        np.array([0, 1]), ["Kepala Bagian Umum"] * 2, ["Administrator"] * 2,
        ["Minimal 3 tahun sebagai pengawas"] * 2, with_text=True,
    )  # fmt: skip
    assert out["memenuhi_syarat"].tolist() == [True, False]
    assert out["tahun_syarat"].iloc[0] == pytest.approx(4.0, abs=0.01)
    assert "belum memenuhi syarat pengalaman" in out["alasan"].iloc[1]


def test_history_table_with_units_replaces_free_text() -> None:
    frame = roster(
        [{"nip": "1", "jabatan": "Pengemudi", "tmt_jabatan": "2020-01-01", "riwayat_jabatan": "Bendahara (2000-2019)"}]
    )
    history = pd.DataFrame(
        {
            "nip": ["1", "1"],
            "jabatan": ["Penata Layanan Operasional", "Pengemudi"],
            "unit_kerja": ["BPKAD | Bidang Perbendaharaan", "Dinas Perhubungan"],
            "tmt_mulai": ["01-01-2016", "2020-01-01"],
            "tmt_selesai": ["31-12-2019", None],
        }
    )
    index = ExperienceIndex(frame, AS_OF, history=history)
    fit = index.fit(0, "Bendahara Pengeluaran")
    assert fit.tahun_bidang_sama == pytest.approx(4.0, abs=0.01)
    # the open-ended current post in the table is not counted a second time
    assert index.fit(0, "Pengemudi").tahun_jabatan_sama == pytest.approx(5.0, abs=0.01)


def test_unreadable_requirement_gives_no_verdict() -> None:
    fit = experience_fit(
        {"nip": "1", "jabatan": "Pengelola Keuangan", "tmt_jabatan": "2024-01-01"},
        "Analis Keuangan",
        as_of=AS_OF,
        syarat_pengalaman="berpengalaman",
    )
    assert fit.memenuhi_syarat is None
    assert "tidak dapat dibaca" in fit.alasan
    assert requirement_problems(["berpengalaman", "minimal 2 thn", None, "berpengalaman"]) == ["berpengalaman"]


def test_jf_holder_leaving_profession_is_flagged() -> None:
    frame = roster([{"nip": "1", "jabatan": "Perawat Terampil", "unit_kerja": "RSUD", "tmt_jabatan": "2018-01-01"}])
    index = ExperienceIndex(frame, AS_OF)
    out = index.score_pairs(
        np.array([0, 0]), ["Pengadministrasi Perkantoran", "Perawat Ahli Pertama"], ["Pelaksana", "Fungsional"],
        [None, None], units=["Kecamatan X", "RSUD"], with_text=True,
    )  # fmt: skip
    assert out["keluar_profesi"].tolist() == [True, False]
    # said in words since walk8 (h32), not as the rule code
    assert "pemegang JF Perawat keluar dari profesinya" in out["alasan"].iloc[0]
    assert "keluar-profesi-jf" not in out["alasan"].iloc[0]
    assert out["skor"].iloc[1] == 1.0 and out["skor"].iloc[0] == 0.0


def test_unreadable_requirement_is_a_finding_on_the_position() -> None:
    from asn_mutasi.config import Settings
    from asn_mutasi.schema import ColumnInfo, RawTable, SourceInfo
    from asn_mutasi.validation import prepare_positions

    rows = [
        {"nama_jabatan": "Perawat Terampil", "unit_kerja": "RSUD", "kebutuhan": 2,
         "syarat_pengalaman": "minimal 2 thn sebagai Perawat"},
        {"nama_jabatan": "Analis Keuangan", "unit_kerja": "BPKAD", "kebutuhan": 1,
         "syarat_pengalaman": "berpengalaman di bidangnya"},
    ]  # fmt: skip
    frame = pd.DataFrame(rows)
    frame.insert(0, "_baris", [5, 6])
    columns = {f: ColumnInfo(field=f, letter="BCDE"[i], header=f.upper(), how="alias") for i, f in enumerate(rows[0])}
    raw = RawTable("jabatan", frame, SourceInfo(path="jabatan.xlsx", sheet="Data", format="xlsx"), columns)
    found = [f for f in prepare_positions(raw, Settings()).findings if f.code == "syarat-pengalaman-tidak-terbaca"]
    assert [(f.location.row, f.location.column, f.location.value) for f in found] == [
        (6, "E", "berpengalaman di bidangnya")
    ]


def test_requirement_met_is_the_verdict_score_pairs_gives() -> None:
    """The planner's verdict-only path reads every requirement as the full scoring does, pair by pair."""
    jabatan = ["Pengolah Data", "Bidan Terampil", "Perawat Ahli Pertama", "Kasubbag Umum", "Analis Keuangan"]
    riwayat = [
        None,
        "Pengolah Data (2012-2021)",
        "Perawat Terampil (2015-2019); Bendahara",
        "Pengadministrasi Keuangan (2010-2016), Kepala Seksi Keuangan (2016-2020)",
        "Penyuluh Pertanian Terampil (2021-sekarang)",
    ]
    rows = [
        {"nip": str(i), "jabatan": jabatan[i % 5], "tmt_jabatan": f"{2014 + i % 9}-0{1 + i % 9}-01",
         "riwayat_jabatan": riwayat[(i * 3) % 5]}
        for i in range(40)
    ]  # fmt: skip
    index = ExperienceIndex(roster(rows), AS_OF)
    syarat = [
        "Minimal 3 tahun sebagai pengawas",
        "minimal 2 tahun sebagai Perawat",
        "5 tahun di bidang keuangan dan 2 tahun sebagai pelaksana",
        "minimal 2 thn",  # related years: the field's (bidang) years, not only the same post's
        "berpengalaman",  # unreadable: no verdict
        None,
        "Memiliki pengalaman di bidang tugas jabatan fungsional minimal 1 tahun",
    ]
    targets = ["Kepala Bagian Umum", "Perawat Ahli Muda", "Analis Keuangan", "Analis Keuangan", "Bendahara", "Sopir",
               "Perawat Ahli Muda"]  # fmt: skip
    jenis = ["Administrator", "Fungsional", "Pelaksana", "Fungsional", None, "Pelaksana", "Fungsional"]
    emp = np.repeat(np.arange(40), len(syarat))
    k = np.tile(np.arange(len(syarat)), 40)
    args = ([targets[j] for j in k], [jenis[j] for j in k], [syarat[j] for j in k])
    units = [("Dinas Kesehatan" if j % 2 else "Badan Keuangan Daerah") for j in k]
    want = index.score_pairs(emp, *args, units=units)["memenuhi_syarat"].tolist()
    got = index.requirement_met(emp, *args, units=units).tolist()
    assert got == want
    assert {True, False, None} <= set(want)  # every kind of verdict is compared


def test_the_same_post_in_another_field_is_related_work() -> None:
    """A Pengolah Data dan Informasi of a Dinas Kesehatan moving to the same post of a Kelurahan was "Belum ada
    pengalaman di jabatan yang terkait", 0 years, while the same post between two kelurahan counted 3,3 years as
    "jabatan sama" (walkthrough). The same work in another field is serumpun; in the same field, jabatan sama."""
    rows = [
        {"nip": "1", "jabatan": "Pengolah Data dan Informasi", "unit_kerja": "Dinas Kesehatan",
         "jenis_jabatan": "Pelaksana", "tmt_jabatan": "2021-01-01"},
        {"nip": "2", "jabatan": "Pengolah Data dan Informasi", "unit_kerja": "Kelurahan Sukamaju",
         "jenis_jabatan": "Pelaksana", "tmt_jabatan": "2021-01-01"},
    ]  # fmt: skip
    index = ExperienceIndex(roster(rows), AS_OF)
    other = index.fit(0, "Pengolah Data dan Informasi", "Pelaksana", None, "Kelurahan Rancaekek")
    same = index.fit(1, "Pengolah Data dan Informasi", "Pelaksana", None, "Kelurahan Rancaekek")
    assert (other.tingkat, round(other.tahun_serumpun)) == ("serumpun", 4) and other.tahun_jabatan_sama == 0
    assert (same.tingkat, round(same.tahun_jabatan_sama)) == ("jabatan sama", 4)
    assert "serumpun" in other.alasan and "Belum ada pengalaman" not in other.alasan


def test_managerial_years_are_not_called_the_same_field() -> None:
    """ "Pengalaman terkait 6,4 tahun (bidang sama, antara lain sebagai Kepala Bidang Penagihan …)" stood beside
    tahun_bidang_sama 0: the years were a structural target's managerial credit (walkthrough)."""
    rows = [{"nip": "1", "jabatan": "Kepala Bidang Penagihan dan Keberatan", "unit_kerja": "Badan Pendapatan Daerah",
             "jenis_jabatan": "Administrator", "tmt_jabatan": "2018-06-01"}]  # fmt: skip
    fit = ExperienceIndex(roster(rows), AS_OF).fit(0, "Kepala Bagian Umum", "Administrator", None, "Sekretariat Daerah")
    assert fit.tahun_bidang_sama == 0 and fit.tahun_terkait > 6
    assert "(jabatan manajerial, paling rendah satu tingkat di bawah jabatan tujuan" in fit.alasan
    assert "bidang sama" not in fit.alasan


def test_a_post_held_under_its_old_name_is_the_same_post() -> None:
    """15 years as "Pengadministrasi Umum" (PermenPANRB 41/2018) counted as no experience for "Pengadministrasi
    Perkantoran", its KepmenPANRB 656/2023 name (walkthrough, h24; the sample writes these old names in riwayat)."""
    from asn_mutasi.domain.rumpun import JABATAN_SAMA, classify_position, relatedness_level

    old = classify_position("Pengadministrasi Umum", "Kelurahan Sukamaju")
    new = classify_position("Pengadministrasi Perkantoran", "Kelurahan Sukamaju")
    assert relatedness_level(old, new) == JABATAN_SAMA
    assert classify_position("Pengolah Data", "Dinas Kesehatan").dasar == "pengolah data dan informasi"
    # an old name that names its field keeps it
    assert classify_position("Pengadministrasi Keuangan", "Dinas Kesehatan").bidang == "keuangan"


def test_a_history_of_start_dates_ends_each_post_where_the_next_begins() -> None:
    """SIMPEG/SIASN histories write only each post's TMT: every past post ran "up to today" (1 year as Pranata
    Komputer read as 13.9 years and met a 3-year requirement; real-files campaign, h24)."""
    from datetime import date

    import pandas as pd

    from asn_mutasi.matching.experience import build_stints

    roster = pd.DataFrame(
        {
            "nip": ["198801012012031002"],
            "jabatan": ["Bendahara"],
            "unit_kerja": ["Dinas A"],
            "tmt_jabatan": [pd.Timestamp("2014-01-02")],
        }
    )
    history = pd.DataFrame(
        {
            "nip": ["198801012012031002"] * 3,
            "jabatan": ["Pengadministrasi Umum", "Pranata Komputer Terampil", "Bendahara"],
            "unit_kerja": ["Dinas A"] * 3,
            "tmt_mulai": ["2012-03-01", "2013-01-02", "2014-01-02"],
            "tmt_selesai": [None, None, None],
        }
    )
    stints, names, _ = build_stints(roster, date(2026, 11, 1), history)
    years = {
        names[k][0]: round(e - s, 2)
        for k, s, e in zip(stints["name_id"], stints["mulai"], stints["selesai"], strict=True)
    }
    assert years["Pranata Komputer Terampil"] == pytest.approx(1.0, abs=0.01)
    assert years["Pengadministrasi Umum"] == pytest.approx(0.84, abs=0.01)
    assert years["Bendahara"] == pytest.approx(12.83, abs=0.01)  # the current post, up to the reference date


def test_a_jf_written_after_the_word_fungsional_is_found() -> None:
    """ "Fungsional Pol. PP Ahli Pertama" (a Satpol PP table) had no JF, so no relatedness to Polisi Pamong Praja
    (spell6 P3, h28); the kind alone stays no JF."""
    c = classify_position("Fungsional Pol. PP Ahli Pertama")
    assert (c.jf, c.bidang) == ("polisi pamong praja", "ketenteraman")
    assert relatedness_level(c, classify_position("Polisi Pamong Praja Terampil")) == JABATAN_SAMA
    assert classify_position("Fungsional Umum").jf is None
    assert classify_position("Fungsional Terampil").jf is None
    assert classify_position("Fungsional Kesehatan").jf is None


@pytest.mark.parametrize(
    "name",
    [
        "Penyuluh Kesehatan Ahli Pertama",
        "PENYULUH KESEHATAN AHLI PERTAMA",
        "Penyuluh Kesehatan Ahli Pertama Puskesmas X",
    ],
)
def test_penyuluh_kesehatan_is_the_jf_tenaga_promosi_kesehatan(name: str) -> None:
    """ "Penyuluh Kesehatan Ahli Pertama" (a PPPK puskesmas post, 58633505641) got no JF and was two jabatan with
    "Penyuluh Kesehatan Masyarakat Ahli Pertama" and Tenaga Promosi Kesehatan dan Ilmu Perilaku (spell7 P2, h28)."""
    from asn_mutasi.matching.scoring import jabatan_key, same_jabatan

    c = classify_position(name)
    assert c.jf == "tenaga promosi kesehatan dan ilmu perilaku"
    for other in (
        "Penyuluh Kesehatan Masyarakat Ahli Pertama",
        "Tenaga Promosi Kesehatan dan Ilmu Perilaku Ahli Pertama",
    ):
        assert relatedness_level(c, classify_position(other)) == JABATAN_SAMA
        keys = np.array([jabatan_key(name)], object), np.array([jabatan_key(other)], object)
        assert same_jabatan(*keys)[0]


@pytest.mark.parametrize(
    "name",
    [
        "Penyuluh Kesehatan Puskesmas Cibodas",
        "Penyuluh Kesehatan UPTD Puskesmas Sukamaju",
        "Penyuluh Kesehatan Pustu Y",
    ],
)
def test_penyuluh_kesehatan_before_its_unit_is_the_jf_as_before_its_jenjang(name: str) -> None:
    """ "Penyuluh Kesehatan Ahli Muda Puskesmas X" read the JF, "Penyuluh Kesehatan Puskesmas Cibodas" no JF with key
    "nama|penyuluh kesehatan puskesmas cibodas" (review10 #5, h29): the whole-name alias holds before a unit too."""
    from asn_mutasi.matching.scoring import jabatan_key

    assert classify_position(name).jf == "tenaga promosi kesehatan dan ilmu perilaku"
    assert jabatan_key(name) == jabatan_key("Penyuluh Kesehatan")


@pytest.mark.parametrize(
    "name",
    [
        "Penyuluh Kesehatan Hewan",
        "Penyuluh Kesehatan Ternak Ahli Pertama",
        "Penyuluh Kesehatan Hewan Puskesmas X",
        "Penyuluh Kesehatan Lingkungan Puskesmas X",
    ],
)
def test_a_longer_penyuluh_kesehatan_name_is_not_promkes(name: str) -> None:
    """Negatives of spell7 P2 (h28): "penyuluh kesehatan" names the JF only as the whole post name."""
    assert classify_position(name).jf != "tenaga promosi kesehatan dan ilmu perilaku"


def test_a_pupr_jf_holder_moved_to_its_renamed_jf_stays_in_the_profession() -> None:
    """Teknik Jalan dan Jembatan Terampil → Penata Laksana Jalan dan Jembatan Terampil (PUPR 2021 rename) was
    "keluar-profesi-jf" with 0 years in the same post, blocked under blokir_keluar_profesi (groups4, h29)."""
    frame = roster(
        [
            {
                "nip": "1",
                "jabatan": "Teknik Jalan dan Jembatan Terampil",
                "unit_kerja": "DPUPR",
                "tmt_jabatan": "2019-01-01",
            }
        ]
    )
    index = ExperienceIndex(frame, AS_OF)
    out = index.score_pairs(
        np.array([0, 0]), ["Penata Laksana Jalan dan Jembatan Terampil", "Pengadministrasi Perkantoran"],
        ["Fungsional", "Pelaksana"], [None, None], units=["DPUPR", "Kecamatan X"], with_text=True,
    )  # fmt: skip
    assert out["keluar_profesi"].tolist() == [False, True]
    assert out["skor"].iloc[0] == 1.0


def test_the_years_a_reason_reports_are_the_years_it_names() -> None:
    """A Kepala Bagian with ten years as a pelaksana and 13,5 in two Kepala Bagian posts read "4,5 tahun di antaranya di
    jabatan manajerial" beside "13,5 tahun dalam jabatan Pengawas atau lebih tinggi", and "23,5 tahun dalam jabatan
    Pelaksana" for a Kasi post: the 4,5 were the managerial years outside the field, the 23,5 every post from
    pelaksana up (walk2, h30)."""
    rows = [{"nip": "1", "jabatan": "Kepala Bagian Keuangan", "unit_kerja": "Sekretariat DPRD",
             "jenis_jabatan": "Administrator", "tmt_jabatan": "2022-06-17",
             "riwayat_jabatan": "Penyusun Materi Hukum dan Perundang-undangan (2003-2013); Kepala Bagian Umum "
                                "(2013-2022)"}]  # fmt: skip
    out = ExperienceIndex(roster(rows), date(2026, 12, 5)).score_pairs(
        np.array([0, 0, 0]),
        ["Kepala Bagian Organisasi", "Kepala Seksi Kesejahteraan Sosial", "Analis Kebijakan Ahli Muda"],
        ["Administrator", "Pengawas", "Fungsional"],
        ["Minimal 3 tahun menduduki jabatan pengawas", "Minimal 4 tahun sebagai pelaksana",
         "Minimal 2 tahun dalam jabatan fungsional"],
        units=["Sekretariat Daerah", "Kecamatan Sukamaju", "Sekretariat Daerah"],
        with_text=True,
    )  # fmt: skip
    head, kasi, jf = out["alasan"].tolist()
    outside = out["tahun_terkait"].iloc[0] - out["tahun_bidang_sama"].iloc[0]
    assert outside == pytest.approx(4.47, abs=0.01) and out["tahun_syarat"].iloc[0] == pytest.approx(13.47, abs=0.01)
    assert f"; {fmt_tahun(outside)} di antaranya di jabatan manajerial bidang lain;" in head
    assert out["tahun_syarat"].iloc[1] == pytest.approx(23.47, abs=0.01)  # pelaksana, and every post above it
    assert "23,5 tahun dalam jabatan Pelaksana, JF atau jabatan yang lebih tinggi (syarat 4,0 tahun)" in kasi
    assert out["tahun_syarat"].iloc[2] == pytest.approx(13.47, abs=0.01)  # JF years: none, the managerial ones count
    assert "13,5 tahun dalam jabatan Fungsional atau jabatan manajerial (syarat 2,0 tahun)" in jf


@pytest.mark.parametrize(
    ("name", "unit", "bidang"),
    [
        ("Pengadministrasi Perkantoran Subbagian Keuangan", "", "keuangan"),
        ("Pengelola Umum Operasional Bidang Keuangan", "Dinas Pertanian", "keuangan"),
        ("Pengadministrasi Perkantoran Cibodas", "Dinas Pertanian", "pertanian"),
        ("Pengadministrasi Perkantoran Cibodas", "", "umum"),
        ("Pengadministrasi Perkantoran", "Dinas Pertanian", "pertanian"),
    ],
)
def test_a_generic_pelaksana_name_never_names_a_field_itself(name: str, unit: str, bidang: str) -> None:
    """KepmenPANRB 656/2023's generic names (Pengadministrasi Perkantoran, Pengelola Umum Operasional) hold the
    words "perkantoran"/"umum" of the office-services field: written with more words, that field won the tie with
    the field those words name ("… Subbagian Keuangan" read umum) or hid the unit's ("… Cibodas" in a Dinas
    Pertanian read umum). The generic name's field is the words after it, else the unit's (groups5, h31)."""
    assert classify_position(name, unit).bidang == bidang


@pytest.mark.parametrize(
    ("name", "bidang"),
    [
        ("PENATA KELOLA PERTAMBANGAN", "teknik"),
        ("PENJAGA MENARA SUAR", "perhubungan"),
        ("PENGAWAS SALVAGE DAN PEKERJAAN BAWAH AIR", "perhubungan"),
        ("CO - PILOT", "perhubungan"),
        ("PENGOLAH DATA INTELIJEN", "ketenteraman"),
        ("FASILITATOR BELA NEGARA", "ketenteraman"),
        ("PENJAGA TAHANAN", "hukum"),
        ("KURATOR", "kebudayaan pariwisata"),
        ("REGISTRAR", "kebudayaan pariwisata"),
        ("PENATA PAMERAN", "kebudayaan pariwisata"),
        ("PEMELIHARA TUMBUHAN", "lingkungan hidup"),
    ],
)
def test_sscasn_2024_pelaksana_names_name_their_field(name: str, bidang: str) -> None:
    """Pelaksana names of the SSCASN 2024 formations whose field no phrase named (26 of 125 distinct pelaksana names
    read no field): each sits in one urusan in the formation list (museum curators and registrars in Dinas
    Kebudayaan, Penjaga Menara Suar in Distrik Navigasi, Penata Kelola Pertambangan in ESDM units; groups5, h31)."""
    assert classify_position(name).bidang == bidang


def test_current_jf_ids_looked_up_once_per_stint_name(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each employee's current JF id is read from the JF table once per distinct stint name: the lookup ran per
    employee, a Python step per roster row (speed23, h37). The ids are the same."""
    import asn_mutasi.matching.experience as experience
    from asn_mutasi.domain.rumpun import jf_table

    looked = [0]

    class Counted(str):
        __hash__ = str.__hash__

        def __eq__(self, other: object) -> bool:
            looked[0] += 1
            return str.__eq__(self, other)

    jf = classify_position("Analis Kebijakan Ahli Muda").jf
    assert jf
    table = {Counted(name) if name == jf else name: info for name, info in jf_table().items()}
    monkeypatch.setattr(experience, "jf_table", lambda: table)
    rows = [{"nip": str(i), "jabatan": "Analis Kebijakan Ahli Muda", "tmt_jabatan": "2020-01-01"} for i in range(300)]
    rows += [{"nip": "x", "jabatan": "Pengemudi", "tmt_jabatan": "2020-01-01"}]
    index = ExperienceIndex(roster(rows), AS_OF)
    want = list(table).index(jf)
    assert index.current_jf_id.tolist() == [want] * 300 + [-1]
    assert index.current_jf.tolist() == [jf] * 300 + [None]
    assert looked[0] <= 2  # per distinct stint name (was 300: one per employee)


def test_a_jenis_clause_is_tested_once_per_distinct_jenis_not_per_name(monkeypatch: pytest.MonkeyPatch) -> None:
    """A clause of years *dalam jabatan* of a jenis reads only each known name's jenis: it is tested once per distinct
    jenis (a 100,000-row roster knows some 20,000 names and six jenis), with the verdict each name had (speed24)."""
    import asn_mutasi.matching.experience as experience
    from asn_mutasi.domain.syarat_pengalaman import jenis_counts

    names = [f"Pengolah Data Seksi {k}" for k in range(40)] + [f"Kepala Seksi {k}" for k in range(40)]
    frame = roster(
        [
            {"nip": str(k), "jabatan": name, "tmt_jabatan": "2015-01-01", "riwayat_jabatan": "Pengemudi (2005-2014)"}
            for k, name in enumerate(names)
        ]
    )
    index = ExperienceIndex(frame, AS_OF)
    calls: list[tuple[str | None, str | None]] = []

    def counted(asked: str | None, held: str | None) -> bool:
        calls.append((asked, held))
        return jenis_counts(asked, held)

    monkeypatch.setattr(experience, "jenis_counts", counted)
    for asked in ("Pelaksana", "Pengawas", "Fungsional"):
        calls.clear()
        got = index._selector("jenis", asked)
        assert got.tolist() == [jenis_counts(asked, c.jenis) for c in index.classes]
        assert len(calls) <= len({c.jenis for c in index.classes}) + 1 < len(index.classes)
    assert index._selector("jabatan", None).tolist() == [c.jf is None for c in index.classes]
    assert index._selector("bidang", "umum").tolist() == [c.bidang == "umum" for c in index.classes]
