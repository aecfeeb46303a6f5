"""The roster's own TMT pensiun and BUP against the tool's (peers4, h31).

A SIMPEG export often writes its own "TMT PENSIUN" and "BUP". They were listed as known columns and dropped: a roster
whose date said a widyaiswara retires at 65 was planned as if at 58 (past BUP, never moved), and a stale date at the
old BUP 56 went unnoticed. A plausible figure now wins (with a warning when it names another BUP), an impossible one
loses to the tool's date, and ``periksa`` says how they compared.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

import asn_mutasi as am
from asn_mutasi.config import Rules, Settings
from asn_mutasi.domain.jabatan import classify_jenis_jabatan, retirement_age
from asn_mutasi.domain.pensiun import IMPLAUSIBLE, MONTH, NO_BIRTH, OTHER_BUP, SAME, roster_pension
from asn_mutasi.io.readers import read_table
from asn_mutasi.matching.eligibility import employee_eligibility
from asn_mutasi.schema import STATED_BUP, STATED_TMT
from asn_mutasi.validation import prepare_roster
from asn_mutasi.workload import projected_retirements

AS_OF = date(2026, 1, 15)
HEADER = "NIP,NAMA,JABATAN,UNIT KERJA,TANGGAL LAHIR,TMT PENSIUN,BUP\n"
ROWS = [
    # agrees: pelaksana BUP 58, 1st of the month after the birthday
    "197005152000031001,Andi,Pengadministrasi Umum,Bagian Umum,15-05-1970,01-06-2028,",
    # the same BUP, dated on the 1st of the birthday month (another application's convention)
    "197005152000031002,Budi,Pengadministrasi Umum,Bagian Umum,15-05-1970,01-05-2028,",
    # a widyaiswara whose jenjang the name does not say: the roster knows the post's BUP, 65
    "196203102000031003,Citra,Widyaiswara,Bagian Umum,10-03-1962,01-04-2027,",
    # a stale date at the old BUP 56: not believed
    "196803102000031004,Dedi,Pengadministrasi Umum,Bagian Umum,10-03-1968,01-04-2024,",
    # a BUP column only: the guru's 60, as the tool has it
    "197107072000032005,Eka,Guru Ahli Muda,Bagian Umum,07-07-1971,,60",
    # a BUP no ASN has
    "197107072000032006,Fani,Pengadministrasi Umum,Bagian Umum,07-07-1971,,99",
    # a post named pelaksana the roster retires at 60 (2031): not believed, the law gives a pelaksana 58 (review4)
    "197107072000032007,Gita,Pengadministrasi Umum,Bagian Umum,,01-08-2031,",
]


@pytest.fixture()
def roster_file(tmp_path: Path) -> Path:
    path = tmp_path / "pegawai.csv"
    path.write_text(HEADER + "\n".join(ROWS) + "\n", encoding="utf-8")
    return path


def _prepared(path: Path) -> pd.DataFrame:
    return prepare_roster(read_table(path, kind="pegawai"), today=AS_OF).frame


def test_the_roster_s_own_columns_are_read_as_fields(roster_file: Path) -> None:
    raw = read_table(roster_file, kind="pegawai")
    assert raw.columns["tmt_pensiun"].header == "TMT PENSIUN" and raw.columns["bup"].header == "BUP"
    prepared = prepare_roster(raw, today=AS_OF)
    frame = prepared.frame
    assert frame[STATED_TMT].iloc[2] == pd.Timestamp("2027-04-01")
    assert frame[STATED_BUP].iloc[4] == 60 and np.isnan(frame[STATED_BUP].iloc[0])
    # a TMT pensiun is a date to come: no "tanggal di masa depan" for it
    assert not [f for f in prepared.findings if f.location.field == "tmt_pensiun"]


def test_each_row_s_figure_is_judged_and_the_plausible_one_used(roster_file: Path) -> None:
    used = roster_pension(_prepared(roster_file), Rules())
    assert used.verdict.tolist() == [SAME, MONTH, OTHER_BUP, IMPLAUSIBLE, SAME, IMPLAUSIBLE, IMPLAUSIBLE]
    tmt = [pd.Timestamp(t).date() for t in used.tmt]
    assert tmt[0] == tmt[1] == date(2028, 6, 1)  # one date rule for one BUP
    assert used.bup[2] == 65 and tmt[2] == date(2027, 4, 1)
    assert used.bup[3] == 58 and tmt[3] == date(2026, 4, 1)  # not 2024: the tool's own date
    assert tmt[5] == date(2029, 8, 1)  # not 99 years
    assert used.bup[6] == 58 and tmt[6] == date(2029, 8, 1)  # (its birth date from the NIP)


def test_without_a_birth_date_a_plausible_year_stands() -> None:
    frame = pd.DataFrame(
        {
            "jabatan": ["Widyaiswara"] * 3,  # (a JF: a post named pelaksana keeps the law's 58)
            "tanggal_lahir": [pd.NaT] * 3,
            STATED_TMT: pd.to_datetime(["2031-08-01", "1900-01-01", None]),
            STATED_BUP: [np.nan, np.nan, 60.0],
        }
    )
    used = roster_pension(frame, Rules())
    assert used.verdict.tolist() == [NO_BIRTH, IMPLAUSIBLE, NO_BIRTH]
    assert pd.Timestamp(used.tmt[0]) == pd.Timestamp("2031-08-01") and pd.isna(used.tmt[1])
    assert used.bup.tolist()[1:] == [58, 60]


def test_the_rules_and_the_projection_retire_by_the_used_date(roster_file: Path) -> None:
    roster = _prepared(roster_file)
    elig = employee_eligibility(roster, Rules(), AS_OF)
    # the widyaiswara retires in 2027 by the roster, not in 2020: outside 12 months of BUP, so movable
    assert elig["bisa_dipindah"].iloc[2] and "mendekati-bup" not in elig["kode_alasan"].iloc[2]
    assert "01-04-2026" in elig["alasan"].iloc[3]  # the stale 56 does not say "retired in 2024"
    out = projected_retirements(roster, Settings(), as_of=AS_OF, horizon_months=12)
    assert out["nama"].tolist() == ["Dedi"]


def test_check_names_file_column_row_and_counts(roster_file: Path) -> None:
    findings = am.check(pegawai=roster_file, tanggal=AS_OF).report.findings
    by_code: dict[str, list[am.Finding]] = {}
    for f in findings:
        by_code.setdefault(f.code, []).append(f)
    differs = by_code["tmt-pensiun-beda"]
    assert [(f.location.row, f.location.column, f.location.header) for f in differs] == [(4, "F", "TMT PENSIUN")]
    assert "BUP 65 tahun" in differs[0].message and "Widyaiswara" in differs[0].message
    wrong = by_code["tmt-pensiun-tidak-wajar"]
    assert [(f.location.row, f.location.column) for f in wrong] == [(5, "F"), (7, "G"), (8, "F")]
    assert "di bawah BUP terendah 58 tahun" in wrong[0].message and "01-04-2026" in wrong[0].message
    (summary,) = by_code["tmt-pensiun-dibandingkan"]
    assert summary.message.endswith(
        "untuk 7 pegawai: 2 sama; 1 sama BUP-nya, dengan TMT cara hitung lain (tanggal 1 bulan ulang tahun, atau dua "
        "bulan sesudahnya bagi yang lahir di akhir bulan; dipakai tanggal 1 bulan sesudah ulang tahun); 1 dengan BUP lain (dipakai BUP data pegawai); 3 tidak wajar (dipakai TMT dari "
        "tanggal lahir dan BUP jabatan); 0 tanpa tanggal lahir (dipakai TMT data pegawai)"
    )  # not "(dipakai hitungan)", nor cut at 200 characters once every verdict occurs (lang2, h31)
    assert "BUP di data pegawai 99 tahun tidak wajar: bukan BUP mana pun di pengaturan (58, 60, 65, 70 tahun);" in (
        wrong[1].message
    )
    assert "pensiun-terlewati" not in by_code  # the widyaiswara is not "past BUP" by the roster's date


def test_a_roster_date_without_a_birth_date_is_checked_against_the_bup() -> None:
    frame = pd.DataFrame(
        {"nip": ["x"], "jabatan": ["Pengadministrasi Umum"], "tanggal_lahir": [pd.NaT],
         STATED_TMT: pd.to_datetime(["2026-03-01"])}
    )  # fmt: skip
    elig = employee_eligibility(frame, Rules(), AS_OF)
    assert elig["kode_alasan"].iloc[0].split(";") == ["tmt-jabatan-tidak-diketahui", "mendekati-bup"]


def test_many_differences_are_capped_with_one_summary(tmp_path: Path) -> None:
    lines = [f"1962031020000310{i:02d},Orang {i},Widyaiswara,Bagian Umum,10-03-1962,01-04-2027," for i in range(1, 26)]
    path = tmp_path / "pegawai.csv"
    path.write_text(HEADER + "\n".join(lines) + "\n", encoding="utf-8")
    findings = am.check(pegawai=path, tanggal=AS_OF).report.findings
    assert sum(f.code == "tmt-pensiun-beda" for f in findings) == 20
    (rest,) = [f for f in findings if f.code == "tmt-pensiun-diringkas"]
    assert rest.message.startswith("Dan 5 pegawai lain") and rest.location.row == 22


def test_the_vacancy_projection_of_linked_inputs_keeps_the_roster_s_bup(roster_file: Path, tmp_path: Path) -> None:
    table = tmp_path / "jabatan.csv"
    table.write_text(
        "NAMA JABATAN,UNIT KERJA,KEBUTUHAN\nPengadministrasi Umum,Bagian Umum,5\nWidyaiswara,Bagian Umum,1\n"
        "Guru Ahli Muda,Bagian Umum,1\n",
        encoding="utf-8",
    )
    out = am.vacancies(pegawai=roster_file, jabatan=table, tanggal=AS_OF, horizon=24).retirements
    assert list(zip(out["nama"], out["bup"], out["tmt_pensiun"].dt.date, strict=True)) == [
        ("Dedi", 58, date(2026, 4, 1)),
        ("Citra", 65, date(2027, 4, 1)),
    ]


def test_a_kemenag_duk_s_own_dates_name_the_bup_the_tool_computes() -> None:
    """SIMPEG Kemenag's printed DUK (tests/fixtures/real/SOURCES.md) writes TMT PENSIUN on the 1st of the birthday
    month: the same BUP 58 for its three people, so no warning, and the dates used stay the tool's."""
    raw = read_table(Path(__file__).parents[1] / "fixtures" / "real" / "duk_kemenag.xls", kind="pegawai")
    assert raw.columns["tmt_pensiun"].header == "TMT PENSIUN"
    used = roster_pension(prepare_roster(raw, today=AS_OF).frame, Rules())
    assert used.verdict.tolist() == [MONTH] * 3
    assert [pd.Timestamp(t).date() for t in used.tmt] == [date(2033, 2, 1), date(2034, 3, 1), date(2035, 4, 1)]


def test_an_age_that_is_no_bup_of_the_settings_is_not_believed() -> None:
    """Any whole age from 58 to 70 was believed: a date a year after a widyaiswara's 58th birthday (or a BUP column of
    62) retired the row at 59 (62), a BUP no post has, and the plan used it. Only the settings' BUPs (58, 60, 65, 70)
    are plausible (review4, h31)."""
    frame = pd.DataFrame(
        {
            "jabatan": ["Widyaiswara"] * 4,
            "tanggal_lahir": pd.to_datetime(["1966-03-10"] * 4),
            STATED_TMT: pd.to_datetime(["2025-04-01", None, "2026-04-01", None]),
            STATED_BUP: [np.nan, 62.0, np.nan, 65.0],
        }
    )
    used = roster_pension(frame, Rules())
    assert used.verdict.tolist() == [IMPLAUSIBLE, IMPLAUSIBLE, OTHER_BUP, OTHER_BUP]
    assert used.bup.tolist() == [58, 58, 60, 65]
    assert pd.Timestamp(used.tmt[0]) == pd.Timestamp("2024-04-01")


def test_a_post_named_pelaksana_keeps_the_bup_the_law_gives_it() -> None:
    """UU 20/2023 Pasal 55 gives a pelaksana 58, whatever its SIMPEG stored: a "Pengadministrasi Umum" whose roster
    still said 60 (a former guru's BUP) was planned to 60. A post read as pelaksana only because its name is no JF
    known ("Kepala Laboratorium", a guru's additional task) still takes the roster's figure (review4, h31)."""
    frame = pd.DataFrame(
        {
            "jabatan": ["Pengadministrasi Umum", "Pengolah Data", "Kepala Laboratorium", "Pengadministrasi Umum"],
            "jenis_jabatan": ["Pelaksana", "Fungsional", "Pelaksana", "Pelaksana"],
            "tanggal_lahir": pd.to_datetime(["1966-03-10"] * 4),
            STATED_TMT: pd.to_datetime(["2026-04-01", "2026-04-01", "2026-04-01", "2024-03-01"]),
        }
    )
    used = roster_pension(frame, Rules())
    assert used.verdict.tolist() == [IMPLAUSIBLE, OTHER_BUP, OTHER_BUP, MONTH]
    assert used.bup.tolist() == [58, 60, 60, 58]
    assert pd.Timestamp(used.tmt[0]) == pd.Timestamp("2024-04-01")


def test_words_that_only_open_another_post_s_name_are_no_pelaksana_by_law() -> None:
    """ "Pelaksana Tugas Kepala Bidang" is a Plt. written out, "Staf Medis Fungsional" a hospital's doctors, "Staf
    Pengajar" a college's lecturers: the names say no pelaksana, so a roster's 60 or 65 for them is believed, as for
    any post the tool reads as pelaksana only for want of a JF. A "Staf Keuangan" at 60 is still refused (review6,
    h31: the three were refused as pelaksana at 58)."""
    names = ["Pelaksana Tugas Kepala Bidang", "Staf Medis Fungsional", "Staf Pengajar", "Staf Keuangan"]
    frame = pd.DataFrame(
        {
            "jabatan": names,
            "jenis_jabatan": [None] * 4,
            "tanggal_lahir": pd.to_datetime(["1966-03-10"] * 4),
            STATED_TMT: pd.to_datetime(["2026-04-01", "2026-04-01", "2031-04-01", "2026-04-01"]),
        }
    )
    used = roster_pension(frame, Rules())
    assert used.verdict.tolist() == [OTHER_BUP, OTHER_BUP, OTHER_BUP, IMPLAUSIBLE]
    assert used.bup.tolist() == [60, 60, 65, 58]
    assert used.by_law.tolist() == [False, False, False, True]


def test_a_guru_keeps_the_bup_the_law_gives_it(tmp_path: Path) -> None:
    """UU 14/2005 Pasal 30 ayat 4: a guru retires at 60, whatever the jenjang (PP 11/2017 Pasal 239 defers to it). A
    SIMPEG that stored 58 for every JF below ahli madya had its 58 believed for a Guru Ahli Pertama and a Kepala
    Sekolah, planned out two years early (groups7, h32). A Guru Besar (a dosen) and a pelaksana whose object is guru
    keep the roster's figure; a guru ahli utama's 65 is no guru's BUP and is not looked at."""
    names = ["Guru Ahli Pertama", "Kepala Sekolah", "Guru Kelas", "Pengadministrasi Data Guru", "Guru Besar"]
    frame = pd.DataFrame(
        {
            "jabatan": names,
            "jenis_jabatan": ["Fungsional", "Fungsional", None, "Pelaksana", "Fungsional"],
            "tanggal_lahir": pd.to_datetime(["1968-03-10"] * 5),
            STATED_BUP: [58.0, 58.0, np.nan, 60.0, 65.0],
            STATED_TMT: pd.to_datetime([None, None, "2026-04-01", None, None]),
        }
    )
    used = roster_pension(frame, Rules())
    assert used.verdict.tolist() == [IMPLAUSIBLE, IMPLAUSIBLE, IMPLAUSIBLE, IMPLAUSIBLE, OTHER_BUP]
    assert used.bup.tolist() == [60, 60, 60, 58, 65]
    assert used.by_law.tolist() == [True, True, True, True, False]
    path = tmp_path / "pegawai.csv"
    path.write_text(HEADER + "196803102000031001,Andi,Guru Ahli Pertama,SD Negeri 1,10-03-1968,,58\n", encoding="utf-8")
    wrong = [f for f in am.check(pegawai=path, tanggal=AS_OF).report.findings if f.code == "tmt-pensiun-tidak-wajar"]
    assert len(wrong) == 1 and "jabatan guru" in wrong[0].message and "UU 14/2005 Pasal 30 ayat 4" in wrong[0].message


def test_a_pengawas_keeps_the_bup_the_law_gives_it(tmp_path: Path) -> None:
    """UU 20/2023 Pasal 55 (PP 11/2017 Pasal 239): a pengawas retires at 58, with no sector exception, and the
    penyetaraan made pengawas JF ahli muda, 58 too. LLDIKTI-XVI-TEAM/SIMPEG seeds ``ref_jenis_jabatan`` "Struktural"
    with ``maks_usia_pensiun`` 60 and dates the pension on the BUP birthday itself (``TmtCalculatorService::
    pensionCalculation``: ``tanggal_lahir->addYearsNoOverflow($bup)``): its 60 for a Kepala Seksi was believed and
    the holder planned two years past the law's date (peers8, h33). Its 58 on the birthday (29 February: 28 February)
    is the same BUP; an acting holder's post ("Plt.", "(Plh)") and an administrator (a stale name of a JF ahli madya
    after the penyetaraan may state 60) keep the roster's figure."""
    names = [
        "Kepala Seksi Pelayanan",
        "Kepala Subbagian Umum",
        "Lurah Benteng",
        "Kepala Seksi Pelayanan",
        "Plt. Kepala Seksi Pelayanan",
        "Kepala Seksi Pelayanan (Plh)",
        "Kepala Bidang Mutasi",
    ]
    frame = pd.DataFrame(
        {
            "jabatan": names,
            # the administrator's name left unchanged after the penyetaraan: its jenis column says Fungsional (an
            # administrator read so keeps 58 since groups12, h33: test_an_administrator_keeps_the_bup_the_law_gives_it)
            "jenis_jabatan": ["Pengawas", None, None, "Pengawas", None, None, "Fungsional"],
            "tanggal_lahir": pd.to_datetime(
                ["1968-02-29", "1970-05-01", "1969-12-31", "1968-02-29"] + ["1968-03-10"] * 3
            ),
            STATED_BUP: [60.0, 60.0, np.nan, 58.0, 60.0, 60.0, 60.0],
            # the peer's own dates: the BUP birthday itself, 29 February moved to the 28th
            STATED_TMT: pd.to_datetime(["2028-02-28", None, "2029-12-31", "2026-02-28", None, None, None]),
        }
    )
    used = roster_pension(frame, Rules())
    assert used.verdict.tolist() == [IMPLAUSIBLE, IMPLAUSIBLE, IMPLAUSIBLE, MONTH, OTHER_BUP, OTHER_BUP, OTHER_BUP]
    assert used.bup.tolist() == [58, 58, 58, 58, 60, 60, 60]
    assert used.by_law.tolist() == [True, True, True, False, False, False, False]
    assert [str(pd.Timestamp(t).date()) for t in used.tmt[:4]] == [
        "2026-03-01",
        "2028-06-01",
        "2028-01-01",
        "2026-03-01",
    ]
    path = tmp_path / "pegawai.csv"
    row = "196802292000031001,Andi,Kepala Seksi Pelayanan,Dinas Sosial,29-02-1968,28-02-2028,60\n"
    path.write_text(HEADER + row, encoding="utf-8")
    wrong = [f for f in am.check(pegawai=path, tanggal=AS_OF).report.findings if f.code == "tmt-pensiun-tidak-wajar"]
    assert len(wrong) == 1 and "jabatan pengawas" in wrong[0].message and "UU 20/2023 Pasal 55" in wrong[0].message
    assert "01-03-2026" in wrong[0].message


@pytest.mark.parametrize(
    "nama", ["Kepala UPT SD Negeri 275 Gresik", "Kepala UPT SMP Negeri 7 Pasuruan", "Kepala UPTD SDN 1 Tuban"]
)
def test_the_head_of_a_school_that_is_a_upt_is_a_guru_not_a_pengawas(nama: str) -> None:
    """Regions that made each school a UPT write its head "Kepala UPT SD Negeri …": a guru with the additional task
    (BUP 60, UU 14/2005 Pasal 30 ayat 4), as "Kepala SD Negeri …" is. Read as a Kepala UPT it was a pengawas, and
    peers8's rule refused the roster's 60 for 58, two years early (review11, h33). A Kepala UPT of anything else
    stays a pengawas."""
    assert classify_jenis_jabatan(nama) == "Fungsional"
    assert retirement_age(None, nama, Rules()) == 60
    assert classify_jenis_jabatan("Kepala UPT Pendidikan Kecamatan Bancar") == "Pengawas"
    frame = pd.DataFrame(
        {
            "jabatan": [nama, "Kepala UPT Pendidikan Kecamatan Bancar"],
            "jenis_jabatan": [None, None],
            "tanggal_lahir": pd.to_datetime(["1968-03-10", "1968-03-10"]),
            STATED_BUP: [60.0, 60.0],
            STATED_TMT: pd.to_datetime([None, None]),
        }
    )
    used = roster_pension(frame, Rules())
    assert used.bup.tolist() == [60, 58] and used.by_law.tolist() == [False, True]


@pytest.mark.parametrize(
    "nama",
    ["Kepala Seksi Pelayanan (Pj.)", "Kepala Seksi Pelayanan (Pelaksana Tugas)", "Lurah Benteng (Pelaksana Harian)"],
)
def test_a_post_held_acting_by_a_mark_after_its_name_keeps_the_roster_s_bup(nama: str) -> None:
    """An acting holder's BUP is that of the post he holds as his own: the mark after the name ("(Plt)") kept the
    roster's figure, but "(Pj.)" and the written-out "(Pelaksana Tugas)" were missed by a second list of acting words,
    and the holder's stated 60 was refused as a pengawas's (review11, h33). A plain Kepala Seksi Pelaksanaan Tugas
    Pembantuan is no acting holder."""
    frame = pd.DataFrame(
        {
            "jabatan": [nama, "Kepala Seksi Pelaksanaan Tugas Pembantuan"],
            "jenis_jabatan": [None, None],
            "tanggal_lahir": pd.to_datetime(["1968-03-10", "1968-03-10"]),
            STATED_BUP: [60.0, 60.0],
            STATED_TMT: pd.to_datetime([None, None]),
        }
    )
    used = roster_pension(frame, Rules())
    assert used.verdict.tolist() == [OTHER_BUP, IMPLAUSIBLE] and used.bup.tolist() == [60, 58]


def test_an_administrator_keeps_the_bup_the_law_gives_it(tmp_path: Path) -> None:
    """UU 20/2023 Pasal 55: "58 tahun bagi pejabat administrator". A stated 60 for a Kepala Bidang, a Kepala Bagian or a
    Sekretaris Camat was believed as a plausible other BUP (peers8 left it, groups12, h33). The penyetaraan made many
    administrators JF ahli madya (60), and a SIMPEG may keep the old name: where the roster's jenis jabatan column says
    Fungsional, its 60 is believed; acting holders (Plt.) keep the roster's figure too."""
    frame = pd.DataFrame(
        {
            "jabatan": [
                "Kepala Bidang Mutasi",
                "Kepala Bagian Umum",
                "Sekretaris Camat",
                "Kepala Bidang Mutasi",
                "Plt. Kepala Bidang Mutasi",
                "Kepala Bidang Mutasi",
            ],
            "jenis_jabatan": ["Administrator", None, "Administrator", "Fungsional", None, "Administrator"],
            "tanggal_lahir": pd.to_datetime(["1968-03-10"] * 6),
            STATED_BUP: [60.0, 60.0, np.nan, 60.0, 60.0, 58.0],
            STATED_TMT: pd.to_datetime([None, None, "2028-04-01", None, None, None]),
        }
    )
    used = roster_pension(frame, Rules())
    assert used.verdict.tolist() == [IMPLAUSIBLE, IMPLAUSIBLE, IMPLAUSIBLE, OTHER_BUP, OTHER_BUP, SAME]
    assert used.bup.tolist() == [58, 58, 58, 60, 60, 58]
    assert used.by_law.tolist() == [True, True, True, False, False, False]
    path = tmp_path / "pegawai.csv"
    row = "196803102000031001,Andi,Kepala Bidang Mutasi,Dinas Sosial,10-03-1968,,60\n"
    path.write_text(HEADER + row, encoding="utf-8")
    wrong = [f for f in am.check(pegawai=path, tanggal=AS_OF).report.findings if f.code == "tmt-pensiun-tidak-wajar"]
    assert len(wrong) == 1 and "jabatan administrator" in wrong[0].message and "UU 20/2023 Pasal 55" in wrong[0].message
    assert "01-04-2026" in wrong[0].message


def test_a_jf_keeps_at_least_the_bup_its_jenjang_gets(tmp_path: Path) -> None:
    """PP 11/2017 Pasal 239: a JF ahli madya retires at 60, an ahli utama at 65, and sector rules only raise it
    (peneliti 65/70). LLDIKTI-XVI-TEAM/SIMPEG seeds ``ref_jenis_jabatan`` "Fungsional Tertentu" with 58 (its
    ``ReferenceSeeder``): that 58 for an Analis Kepegawaian Ahli Madya was believed, two years early (peers8, h33). A
    figure at or above the jenjang's is still a plausible other BUP (a peneliti ahli madya's 60 beside the tool's 65
    of UU 11/2019), a guru ahli utama keeps the guru's 60, and a JF whose name states no jenjang (a widyaiswara) keeps
    the roster's figure."""
    names = [
        "Analis Kepegawaian Ahli Madya",
        "Analis Kebijakan Ahli Utama",
        "Analis Kebijakan Ahli Utama",
        "Peneliti Ahli Madya",
        "Guru Ahli Utama",
        "Widyaiswara",
    ]
    frame = pd.DataFrame(
        {
            "jabatan": names,
            "jenis_jabatan": ["Fungsional", None, "Fungsional", "Fungsional", "Fungsional", "Fungsional"],
            "tanggal_lahir": pd.to_datetime(
                ["1967-01-31", "1968-02-29", "1968-02-29", "1966-07-01", "1966-07-01", "1966-07-01"]
            ),
            STATED_BUP: [58.0, np.nan, 60.0, 60.0, 60.0, 65.0],
            # the peer's own date: the BUP birthday itself
            STATED_TMT: pd.to_datetime(["2025-01-31", "2026-02-28", None, None, None, None]),
        }
    )
    used = roster_pension(frame, Rules())
    assert used.verdict.tolist() == [IMPLAUSIBLE, IMPLAUSIBLE, IMPLAUSIBLE, OTHER_BUP, SAME, OTHER_BUP]
    assert used.bup.tolist() == [60, 65, 65, 60, 60, 65]
    assert used.by_law.tolist() == [True, True, True, False, False, False]
    assert str(pd.Timestamp(used.tmt[0]).date()) == "2027-02-01"
    path = tmp_path / "pegawai.csv"
    path.write_text(HEADER + "196701312000031001,Andi,Analis Kepegawaian Ahli Madya,Dinas Sosial,31-01-1967,,58\n")
    wrong = [f for f in am.check(pegawai=path, tanggal=AS_OF).report.findings if f.code == "tmt-pensiun-tidak-wajar"]
    assert len(wrong) == 1 and "JF ahli madya" in wrong[0].message and "paling rendah 60 tahun" in wrong[0].message
    assert "PP 11/2017 Pasal 239" in wrong[0].message


def test_the_reasons_name_the_bups_of_the_settings_and_the_law(tmp_path: Path) -> None:
    path = tmp_path / "pegawai.csv"
    path.write_text(
        HEADER + "196603102000031001,Andi,Widyaiswara,Bagian Umum,10-03-1966,01-04-2025,\n"
        "196603102000031002,Budi,Pengadministrasi Umum,Bagian Umum,10-03-1966,01-04-2026,\n",
        encoding="utf-8",
    )
    wrong = [f for f in am.check(pegawai=path, tanggal=AS_OF).report.findings if f.code == "tmt-pensiun-tidak-wajar"]
    assert [f.location.row for f in wrong] == [2, 3]
    assert "usia pada tanggal itu 59 tahun 1 bulan, bukan BUP mana pun di pengaturan (58, 60, 65, 70 tahun)" in (
        wrong[0].message
    )
    assert "BUP 60 tahun" in wrong[1].message and "pelaksana" in wrong[1].message
    assert "UU 20/2023 Pasal 55" in wrong[1].message and "01-04-2024" in wrong[1].message


def test_a_bup_column_of_dates_is_the_tmt_pensiun(tmp_path: Path) -> None:
    """A SIMPEG that writes the date BUP is reached under "BUP" had every cell reported "bukan angka yang valid" (a
    warning a row) and the date dropped; it is the roster's TMT pensiun. A BUP column of years stays the BUP
    (review4, h31)."""
    rows = [f"1962031020000310{i:02d},Orang {i},Widyaiswara,Bagian Umum,10-03-1962,01-04-2027" for i in range(1, 6)]
    path = tmp_path / "pegawai.csv"
    path.write_text("NIP,NAMA,JABATAN,UNIT KERJA,TANGGAL LAHIR,BUP\n" + "\n".join(rows) + "\n", encoding="utf-8")
    raw = read_table(path, kind="pegawai")
    assert raw.columns["tmt_pensiun"].header == "BUP" and "bup" not in raw.columns
    findings = am.check(pegawai=path, tanggal=AS_OF).report.findings
    assert not [f for f in findings if f.code == "angka-tidak-valid"]
    assert sum(f.code == "tmt-pensiun-beda" for f in findings) == 5  # the widyaiswara's 65, as the roster has it
    years = tmp_path / "tahun.csv"
    years.write_text(
        "NIP,NAMA,JABATAN,UNIT KERJA,TANGGAL LAHIR,BUP\n"
        + "\n".join(r.replace("01-04-2027", "65") for r in rows)
        + "\n",
        encoding="utf-8",
    )
    assert read_table(years, kind="pegawai").columns["bup"].header == "BUP"


def test_a_proyeksi_pensiun_s_usia_bup_and_tmt_bup_are_read(tmp_path: Path) -> None:
    """SILKa's proyeksi pensiun (a BKPSDM's SIMPEG) heads them "USIA BUP" and "TMT BUP"; they were unread, and "TGL
    BUP" was offered as the BUP in years (review4, h31)."""
    path = tmp_path / "pegawai.csv"
    path.write_text(
        "NIP,NAMA,JABATAN,UNIT KERJA,TANGGAL LAHIR,USIA BUP,TMT BUP\n"
        "196203102000031001,Andi,Widyaiswara,Bagian Umum,10-03-1962,65,01-04-2027\n",
        encoding="utf-8",
    )
    raw = read_table(path, kind="pegawai")
    assert raw.columns["bup"].header == "USIA BUP" and raw.columns["tmt_pensiun"].header == "TMT BUP"
    assert roster_pension(prepare_roster(raw, today=AS_OF).frame, Rules()).verdict.tolist() == [OTHER_BUP]


@pytest.mark.parametrize(
    ("header", "offered"),
    [("TMT", False), ("TANGGAL SK PNS", False), ("TMT ESELON", False), ("Gol. CPNS", False), ("UMUR PENSIUN", True)],
)
def test_only_a_header_that_says_pensiun_or_bup_is_offered_as_a_retirement_figure(
    tmp_path: Path, header: str, offered: bool
) -> None:
    """Once the roster's TMT pensiun and BUP had spellings, every unread date header ("TMT", "TANGGAL SK PNS", "TMT
    ESELON", even "Gol. CPNS") was told "maksud Anda 'tmt_pensiun'?" on real files (review4, h31)."""
    path = tmp_path / "pegawai.csv"
    path.write_text(
        f"NIP,NAMA,JABATAN,UNIT KERJA,TANGGAL LAHIR,{header}\n"
        "196203102000031001,Andi,Widyaiswara,Bagian Umum,10-03-1962,01-04-2000\n",
        encoding="utf-8",
    )
    (unread,) = [f for f in read_table(path, kind="pegawai").findings if f.location.header == header]
    # (TMT ESELON is a known date the plan does not read since real26, h36: said as known, never offered)
    assert unread.code == ("kolom-dikenal-tidak-dipakai" if header == "TMT ESELON" else "kolom-tidak-dikenal")
    assert ("(tmt_pensiun)" in unread.message or "(bup)" in unread.message) is offered


def test_a_date_that_is_no_first_of_a_month_says_so_in_plain_words(tmp_path: Path) -> None:
    """The reason read "bukan tanggal 1 bulan (sesudah) ulang tahun BUP mana pun" (lang2, h31)."""
    path = tmp_path / "pegawai.csv"
    path.write_text(HEADER + "196603102000031001,Andi,Widyaiswara,Bagian Umum,10-03-1966,15-07-2025,\n")
    [wrong] = [f for f in am.check(pegawai=path, tanggal=AS_OF).report.findings if f.code == "tmt-pensiun-tidak-wajar"]
    assert (
        "usia pada tanggal itu 59 tahun 4 bulan: bukan tanggal 1 pada bulan pegawai mencapai BUP mana pun atau "
        "bulan sesudahnya;" in wrong.message
    ), wrong.message


def test_the_comparison_is_said_whole_whatever_the_verdicts() -> None:
    """Every verdict in a large roster made a text past the 200 characters a finding quotes of a value: it was cut
    mid-word (lang2, h31)."""
    from asn_mutasi.findings import Location
    from asn_mutasi.workload.retirement import _stated_summary

    counts = pd.Series({SAME: 41_234, MONTH: 12_345, OTHER_BUP: 1_234, IMPLAUSIBLE: 2_345, NO_BIRTH: 3_456})
    said = _stated_summary(counts, {"tmt_pensiun": Location(file="pegawai.xlsx", column="F")}).message
    assert "…" not in said and "karakter)" not in said, said
    assert "untuk 60.614 pegawai: 41.234 sama; 12.345 sama BUP-nya" in said
    assert said.endswith("3.456 tanpa tanggal lahir (dipakai TMT data pegawai)")


def test_a_number_alone_in_a_csv_date_column_is_no_excel_serial(tmp_path: Path) -> None:
    """A CSV TMT PENSIUN "1.5" was read as Excel serial 1.5 (31-12-1899) without a word: a text file keeps no serials,
    so a number alone is refused and named; a workbook's number cell is still a serial (hostile6, h32)."""
    path = tmp_path / "pegawai.csv"
    path.write_text(
        HEADER + "197005152000031001,Andi,Pengadministrasi Umum,Bagian Umum,15-05-1970,1.5,\n"
        "197005152000031002,Budi,Pengadministrasi Umum,Bagian Umum,44000,01-06-2028,\n",
        encoding="utf-8",
    )
    prepared = prepare_roster(read_table(path, kind="pegawai"), today=AS_OF)
    assert pd.isna(prepared.frame[STATED_TMT].iloc[0])
    assert prepared.frame["tanggal_lahir"].iloc[1] == pd.Timestamp(1970, 5, 15)  # the NIP's, not 18-06-2020
    said = {(f.code, f.location.row, f.location.column) for f in prepared.findings if f.code == "tanggal-tidak-terbaca"}
    assert said == {("tanggal-tidak-terbaca", 2, "F"), ("tanggal-tidak-terbaca", 3, "E")}
    assert all("nomor seri" in f.message for f in prepared.findings if f.code == "tanggal-tidak-terbaca")


def test_an_impossible_tmt_pensiun_beside_a_plausible_bup_is_said_not_dropped(tmp_path: Path) -> None:
    """A TMT PENSIUN of 01-01-2090 beside BUP 58 was set aside for the BUP without a word, the row counted "sama";
    a pelaksana's TMT at 60 beside BUP 58 likewise. Each is now named with why and what is used (hostile6, h32)."""
    path = tmp_path / "pegawai.csv"
    path.write_text(
        HEADER + "197005152000031001,Andi,Pengadministrasi Umum,Bagian Umum,15-05-1970,01-01-2090,58\n"
        "197005152000031002,Budi,Pengadministrasi Umum,Bagian Umum,15-05-1970,01-06-2028,58\n"
        "197005152000031003,Cici,Pengadministrasi Umum,Bagian Umum,15-05-1970,01-06-2030,58\n",
        encoding="utf-8",
    )
    prepared = prepare_roster(read_table(path, kind="pegawai"), today=AS_OF)
    from asn_mutasi.findings import Location

    where = {"tmt_pensiun": Location(file=str(path), column="F", header="TMT PENSIUN", field="tmt_pensiun")}
    from asn_mutasi.workload.retirement import stated_retirements

    said = [f for f in stated_retirements(prepared.frame, Settings(), where) if f.code == "tmt-pensiun-diabaikan"]
    assert [(f.location.row, f.location.column, f.location.value) for f in said] == [
        (2, "F", "01-01-2090"),
        (4, "F", "01-06-2030"),
    ]
    assert (
        "di atas BUP tertinggi 70 tahun" in said[0].message and "(58 tahun), TMT pensiun 01-06-2028" in said[0].message
    )
    assert "jabatan pelaksana, yang BUP-nya 58 tahun" in said[1].message


def test_a_row_s_figures_are_its_own_whatever_rows_are_read_with_it(roster_file: Path) -> None:
    roster = _prepared(roster_file)
    whole = roster_pension(roster, Rules())
    for rows in ([0, 2, 4], [1, 3, 5, 6], [6]):
        mask = np.isin(np.arange(len(roster)), rows)
        part, taken = roster_pension(roster.loc[mask], Rules()), whole.take(mask)
        for name in ("bup", "tmt", "own_bup", "own_tmt", "stated_bup", "verdict", "by_tmt", "by_law"):
            np.testing.assert_array_equal(getattr(taken, name), getattr(part, name))


def test_a_plan_computes_each_row_s_retirement_once(roster_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The projection, the employee rules and the seats of excluded holders take their rows of one computation."""
    from asn_mutasi.domain import pensiun
    from asn_mutasi.planning import make_plan
    from asn_mutasi.schema import HOLDS

    roster = _prepared(roster_file)
    roster["kode_jabatan_link"] = ["A", "A", "B", "B", "A", "B", "A"]
    roster.loc[6, "_status"] = "dikecualikan"  # a damaged NIP: still holds the seat
    roster[HOLDS] = roster["_status"].ne("valid")
    positions = pd.DataFrame(
        {
            "_baris": [2, 3],
            "_status": "valid",
            "kode_jabatan": ["A", "B"],
            "nama_jabatan": ["Pengadministrasi Umum", "Widyaiswara"],
            "unit_kerja": "Bagian Umum",
            "kebutuhan": [4, 4],
        }
    )
    sizes: list[int] = []
    real = pensiun.pension_dates

    def counted(jenis: pd.Series, jabatan: pd.Series, born: pd.Series, rules: Rules) -> tuple[np.ndarray, np.ndarray]:
        sizes.append(len(born))
        return real(jenis, jabatan, born, rules)

    monkeypatch.setattr(pensiun, "pension_dates", counted)
    plan = make_plan(roster, positions, None, Settings(), as_of=AS_OF)
    assert sizes == [len(roster)]
    assert "Pensiun TMT 01-04-2026" in plan.accounting["alasan"].iloc[3]  # the tool's date, not the stale 2024


def test_summary_names_the_set_aside_tmt(tmp_path: Path) -> None:
    """tmt-pensiun-dibandingkan said "3 sama; … 0 tidak wajar" beside a tmt-pensiun-diabaikan warning for one of the
    three: the set-aside TMT is now named in the summary (lang5, h32)."""
    path = tmp_path / "pegawai.csv"
    path.write_text(
        HEADER + "197005152000031001,Andi,Pengadministrasi Umum,Bagian Umum,15-05-1970,01-01-2090,58\n"
        "197005152000031002,Budi,Pengadministrasi Umum,Bagian Umum,15-05-1970,01-06-2028,58\n",
        encoding="utf-8",
    )
    prepared = prepare_roster(read_table(path, kind="pegawai"), today=AS_OF)
    from asn_mutasi.findings import Location
    from asn_mutasi.workload.retirement import stated_retirements

    where = {"tmt_pensiun": Location(file=str(path), column="F", header="TMT PENSIUN", field="tmt_pensiun")}
    found = stated_retirements(prepared.frame, Settings(), where)
    (summary,) = [f.message for f in found if f.code == "tmt-pensiun-dibandingkan"]
    assert summary.endswith(
        "; dari 2 pegawai itu, TMT pensiun 1 pegawai tidak wajar dan diabaikan (yang dibandingkan dan dipakai BUP-nya "
        "di data pegawai)"
    )
    path.write_text(HEADER + "197005152000031002,Budi,Pengadministrasi Umum,Bagian Umum,15-05-1970,01-06-2028,58\n")
    prepared = prepare_roster(read_table(path, kind="pegawai"), today=AS_OF)
    (summary,) = [f.message for f in stated_retirements(prepared.frame, Settings(), where) if "dibanding" in f.code]
    assert summary.endswith("(dipakai TMT data pegawai)")


def test_each_stated_pension_warning_says_the_next_step_in_its_message(roster_file: Path, tmp_path: Path) -> None:
    """The analyst reads the message in Masalah Data, not the catalogue's keterangan: each tmt-pensiun warning says
    what to do in the message itself (it left "perbaiki di SIMPEG" to the keterangan; walk10, h33)."""
    by_code: dict[str, list[str]] = {}
    for f in am.check(pegawai=roster_file, tanggal=AS_OF).report.findings:
        by_code.setdefault(f.code, []).append(f.message)
    (beda,) = by_code["tmt-pensiun-beda"]
    assert beda.endswith("bila BUP jabatan ini memang 58 tahun, perbaiki data pegawai di SIMPEG")
    assert all(m.endswith(": perbaiki TMT pensiun/BUP di SIMPEG") for m in by_code["tmt-pensiun-tidak-wajar"])
    lines = [f"1962031020000310{i:02d},Orang {i},Widyaiswara,Bagian Umum,10-03-1962,01-04-2027," for i in range(1, 26)]
    lines += [
        f"1971070720000320{i:02d},Lain {i},Pengadministrasi Umum,Bagian Umum,07-07-1971,,99" for i in range(1, 23)
    ]
    many = tmp_path / "banyak.csv"
    many.write_text(HEADER + "\n".join(lines) + "\n", encoding="utf-8")
    rest = [
        f.message for f in am.check(pegawai=many, tanggal=AS_OF).report.findings if f.code == "tmt-pensiun-diringkas"
    ]
    assert sorted(m.rsplit(": ", 1)[1] for m in rest) == [
        "perbaiki TMT pensiun/BUP mereka di SIMPEG",
        "periksa BUP jabatan mereka di SIMPEG (yang dipakai BUP data pegawai)",
    ]
