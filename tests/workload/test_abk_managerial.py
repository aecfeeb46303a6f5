"""A managerial post's kebutuhan is the organisation's one seat, not its workload's (peers3 #1, h28).

The peer azovbrigadeina/sianjabemje fixes it ("jabatan.kebutuhan … Struktural auto=1"); an ABK of 2,500 h made a
second Kepala Dinas a vacancy that ``rencana --abk`` filled, one of 420 h made the only Kabid a surplus moved away.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pandas as pd
import pytest
from cli_helpers import EXIT_OK, expect, run, stdout_json, write_csv

from asn_mutasi.api.needs import vacancies
from asn_mutasi.config import Settings
from asn_mutasi.workload import apply_abk
from asn_mutasi.workload.abk import seats_from_hours
from asn_mutasi.workload.analysis import position_needs

DATE = ("--tanggal", "04-12-2026")
UNIT = "Dinas Perhubungan"
#: kode, name, holders, tasks (volume a year, minutes): 2,500 h; 1,300 h; 420 h; 120 h; 1,500 h
POSTS = [
    ("DISHUB-01", "Kepala Dinas Perhubungan", 1, [(300, 180), (200, 480)]),
    ("DISHUB-02", "Sekretaris Dinas Perhubungan", 1, [(260, 300)]),
    ("DISHUB-03", "Kepala Bidang Lalu Lintas", 1, [(40, 480), (100, 60)]),
    ("DISHUB-04", "Kepala Seksi Angkutan", 1, [(120, 60)]),
    ("DISHUB-05", "Pengadministrasi Perkantoran", 2, [(6000, 10), (3000, 10)]),
]


def _inputs(folder: Path) -> tuple[Path, Path, Path]:
    """The peers3 case: every managerial post of kebutuhan 1 in the table; a Sekretariat Daerah with two Staf Ahli on
    one seat (a surplus JPT to move) and a vacant Kepala Bidang elsewhere (invented people, synthetic NIPs)."""
    positions = [(k, n, UNIT, 2 if h == 2 else 1) for k, n, h, _ in POSTS]
    positions += [
        ("SETDA-09", "Staf Ahli Bupati Bidang Pemerintahan", "Sekretariat Daerah", 1),
        ("KOMINFO-03", "Kepala Bidang Aplikasi Informatika", "Dinas Komunikasi dan Informatika", 1),
    ]
    jabatan = write_csv(folder / "peta.csv", ("KODE JABATAN", "NAMA JABATAN", "UNIT KERJA", "KEBUTUHAN"), positions)
    tasks = [(k, n, UNIT, "Tugas", "Dokumen", v, m) for k, n, _, t in POSTS for v, m in t]
    header = ("KODE JABATAN", "NAMA JABATAN", "UNIT KERJA", "URAIAN TUGAS", "SATUAN HASIL", "VOLUME (PER TAHUN)")
    abk = write_csv(folder / "abk.csv", (*header, "NORMA WAKTU (MENIT)"), tasks)
    people, i = [], 0
    for k, n, h, _ in POSTS:
        for _ in range(h):
            i += 1
            born = f"19{75 + i}0{1 + i % 9}15"
            people.append((f"{born}200503100{i}", f"PEGAWAI {i}", k, n, UNIT, "III/c", "S-1", "01-01-2020"))
    for j in range(2):
        people.append(
            (f"197{j + 2}051{j}199803105{j}", f"STAF AHLI {j}", "SETDA-09", "Staf Ahli Bupati Bidang Pemerintahan",
             "Sekretariat Daerah", "IV/c", "S-2", "01-01-2019")
        )  # fmt: skip
    roster_header = ("NIP", "NAMA", "KODE JABATAN", "JABATAN", "UNIT KERJA", "GOL/RUANG", "PENDIDIKAN", "TMT JABATAN")
    pegawai = write_csv(folder / "pegawai.csv", roster_header, people)
    return pegawai, jabatan, abk


def test_lowongan_beban_kerja_and_rencana_keep_one_seat_per_managerial_post(tmp_path: Path) -> None:
    """(peers3 #1, h28): the JPT post read kebutuhan 2 (KURANG 1) and Kabid/Kasi 0 (LEBIH 1); ``rencana --abk``
    installed a Staf Ahli as a second Kepala Dinas and moved the only Kabid out of his bidang."""
    pegawai, jabatan, abk = _inputs(tmp_path)
    seen = {}
    for command in ("lowongan", "beban-kerja"):
        result = expect(run(command, pegawai, jabatan, "--abk", abk, *DATE, "-f", "json", "--per", "jabatan"), EXIT_OK)
        rows = pd.DataFrame(stdout_json(result)).set_index("kode_jabatan")
        seen[command] = rows["kebutuhan"].to_dict()
        for kode in ("DISHUB-01", "DISHUB-02", "DISHUB-03", "DISHUB-04"):
            assert (rows.loc[kode, "kebutuhan"], rows.loc[kode, "lowongan"], rows.loc[kode, "kelebihan"]) == (1, 0, 0)
        assert rows.loc["DISHUB-01", "ej"] == 2.0 and rows.loc["DISHUB-01", "kelas_ej"] == "A"  # the EJ stays
        assert rows.loc["DISHUB-03", "ej"] == 0.34  # 0.336 printed as graded
        assert "kebutuhan tetap" in rows.loc["DISHUB-01", "catatan"]
        assert "kebutuhan tetap" in rows.loc["DISHUB-04", "catatan"]
        assert rows.loc["DISHUB-02", "catatan"] == ""  # 1,300 h rounds to its 1 seat: nothing to say
        assert rows.loc["DISHUB-05", "kebutuhan"] == 1  # a pelaksana post still takes the ABK's 1,500 h → 1
    assert seen["lowongan"] == seen["beban-kerja"]
    # beban-kerja prints the workload findings: each post whose ABK gave another number is said once
    assert result.stderr.count("[kebutuhan-manajerial-tetap]") == 3
    assert "kebutuhan tetap 1 (peta jabatan), bukan 2 menurut beban kerja 2.500 jam" in result.stderr

    plan = expect(run("rencana", pegawai, jabatan, "--abk", abk, *DATE, "-f", "csv"), EXIT_OK)
    moves = list(csv.DictReader(io.StringIO(plan.stdout)))
    assert not [m for m in moves if m["kode_jabatan_tujuan"] == "DISHUB-01"]  # no second Kepala Dinas
    assert not [m for m in moves if m["kode_jabatan_asal"] == "DISHUB-03"]  # the bidang keeps its head
    assert not [
        m for m in moves if m["kode_jabatan_asal"].startswith("DISHUB") and m["kode_jabatan_asal"] != "DISHUB-05"
    ]


def test_hours_without_kebutuhan_give_a_managerial_post_one_seat(tmp_path: Path) -> None:
    """(peers3 #1, h28): the si-kelembagaan layout (BEBAN KERJA (JAM), no KEBUTUHAN) gave a Kasubbid of 400 h
    kebutuhan 0: a head is never 0 seats. Nor 2: a Kepala Badan of 2.600 h held by one head is one seat (review10 #1,
    h29: 6bb0eba made it 2, a second Kepala Badan as a vacancy), while a pelaksana post's 2.600 h still give 2."""
    jabatan = write_csv(
        tmp_path / "peta.csv",
        ("KODE JABATAN", "NAMA JABATAN", "UNIT KERJA", "BEBAN KERJA (JAM)"),
        [("BPKAD-01", "Kepala Badan Pengelolaan Keuangan dan Aset Daerah", "BPKAD", 2600),
         ("BPKAD-04", "Kepala Sub Bidang Akuntansi", "BPKAD", 400),
         ("BPKAD-10", "Pengadministrasi Keuangan", "BPKAD", 2600)],
    )  # fmt: skip
    pegawai = write_csv(
        tmp_path / "pegawai.csv",
        ("NIP", "NAMA", "KODE JABATAN", "JABATAN", "UNIT KERJA"),
        [("197201052000031001", "PEGAWAI 1", "BPKAD-01", "Kepala Badan Pengelolaan Keuangan dan Aset Daerah", "BPKAD"),
         ("198002062005041002", "PEGAWAI 2", "BPKAD-04", "Kepala Sub Bidang Akuntansi", "BPKAD"),
         ("199003072015032003", "PEGAWAI 3", "BPKAD-10", "Pengadministrasi Keuangan", "BPKAD")],
    )  # fmt: skip
    result = expect(run("lowongan", pegawai, jabatan, *DATE, "-f", "json", "--per", "jabatan"), EXIT_OK)
    rows = pd.DataFrame(stdout_json(result)).set_index("kode_jabatan")
    assert rows["kebutuhan"].to_dict() == {"BPKAD-10": 2, "BPKAD-01": 1, "BPKAD-04": 1}
    assert rows.loc["BPKAD-04", "kelebihan"] == 0 and rows.loc["BPKAD-01", "lowongan"] == 0
    said = [f for f in vacancies(pegawai=pegawai, jabatan=jabatan).findings if f.code == "kebutuhan-manajerial-tetap"]
    assert sorted(f.location.row for f in said) == [2, 3]
    messages = " ".join(f.message for f in said)
    assert "kebutuhan tetap 1 (peta jabatan tidak mencantumkannya), bukan 0 menurut beban kerja 400 jam" in messages
    assert "kebutuhan tetap 1 (peta jabatan tidak mencantumkannya), bukan 2 menurut beban kerja 2.600 jam" in messages


def _heads_inputs(folder: Path, heads: int) -> tuple[Path, Path]:
    """A Dinas Kesehatan peta with hours and no KEBUTUHAN: its own Kepala Dinas and Kabid (one holder each, 2.600 h
    and 3.100 h) and one generic row "Kepala UPTD Puskesmas" of 12.500 h held by ``heads`` heads of as many UPTD
    (review9, h28); a vacant Kepala Bidang elsewhere would draw a surplus head (invented people, synthetic NIPs)."""
    unit = "Dinas Kesehatan"
    jabatan = write_csv(
        folder / "peta.csv",
        ("KODE JABATAN", "NAMA JABATAN", "UNIT KERJA", "JENIS JABATAN", "BEBAN KERJA"),
        [("DINKES-01", "Kepala Dinas Kesehatan", unit, "JPT Pratama", 2600),
         ("DINKES-03", "Kepala Bidang Pelayanan Kesehatan", unit, "Administrator", 3100),
         ("DINKES-20", "Kepala UPTD Puskesmas", unit, "Administrator", 12500),
         ("DINKES-30", "Pengadministrasi Umum", unit, "Pelaksana", 2600)],
    )  # fmt: skip
    people = [
        ("197001012000031001", "PEGAWAI 1", "DINKES-01", "Kepala Dinas Kesehatan", unit, "IV/c"),
        ("197102022000031002", "PEGAWAI 2", "DINKES-03", "Kepala Bidang Pelayanan Kesehatan", unit, "IV/a"),
        ("199003072015032003", "PEGAWAI 3", "DINKES-30", "Pengadministrasi Umum", unit, "II/c"),
    ]
    people += [
        (f"1975{k + 1:02d}152003121{k + 1:03d}", f"KAPUS {k}", "DINKES-20", "Kepala UPTD Puskesmas", unit, "III/d")
        for k in range(heads)
    ]
    header = ("NIP", "NAMA", "KODE JABATAN", "JABATAN", "UNIT KERJA", "GOL/RUANG")
    return write_csv(folder / "pegawai.csv", header, people), jabatan


def test_a_unit_head_with_hours_stays_one_seat_and_a_generic_head_row_one_per_holder(tmp_path: Path) -> None:
    """(review10 #1, h29): with BEBAN KERJA and no KEBUTUHAN the Kepala Dinas (2.600 h) and the Kabid (3.100 h) read
    kebutuhan 2, KURANG, lowongan 1 each (6bb0eba). A head is one seat per unit (PP 18/2016); only a generic head's
    row held by several heads stands for one seat per holder, at most its workload's: 12.500 h by ten heads stay ten
    seats (review9, h28), by three heads three (the workload cannot create seven Puskesmas). lowongan, beban-kerja,
    periksa and rencana say one figure."""
    for heads, expected in ((10, 10), (3, 3)):
        folder = tmp_path / str(heads)
        folder.mkdir()
        pegawai, jabatan = _heads_inputs(folder, heads)
        seen = {}
        for command in ("lowongan", "beban-kerja"):
            result = expect(run(command, pegawai, jabatan, *DATE, "-f", "json", "--per", "jabatan"), EXIT_OK)
            rows = pd.DataFrame(stdout_json(result)).set_index("kode_jabatan")
            seen[command] = rows["kebutuhan"].to_dict()
            assert seen[command] == {"DINKES-01": 1, "DINKES-03": 1, "DINKES-20": expected, "DINKES-30": 2}
            assert rows.loc[["DINKES-01", "DINKES-03", "DINKES-20"], "lowongan"].tolist() == [0, 0, 0]
            assert "kebutuhan tetap" in rows.loc["DINKES-03", "catatan"]
        assert seen["lowongan"] == seen["beban-kerja"]
        checked = expect(run("periksa", pegawai, jabatan, *DATE, "-f", "json"), EXIT_OK).stdout
        assert (
            "kebutuhan tetap 1 (peta jabatan tidak mencantumkannya), bukan 2 menurut beban kerja 3.100 jam" in checked
        )
        generic = "kebutuhan tetap 3 (peta jabatan tidak mencantumkannya; 3 pemegang jabatan, satu kursi tiap unit)"
        assert (generic in checked) == (heads == 3)
        plan = expect(run("rencana", pegawai, jabatan, *DATE, "-f", "csv"), EXIT_OK)
        moves = list(csv.DictReader(io.StringIO(plan.stdout)))
        assert not [m for m in moves if m["kode_jabatan_tujuan"] in ("DINKES-01", "DINKES-03", "DINKES-20")]
        assert [m["kode_jabatan_tujuan"] for m in moves] == ["DINKES-30"] * len(moves)


def test_library_needs_give_a_managerial_post_without_kebutuhan_one_seat() -> None:
    """(peers3 #1, h28; review10 #1, h29): ``apply_abk`` and ``position_needs`` never give a managerial post 0 seats,
    nor its workload's seats: without the holders a head is one seat; a stated kebutuhan is kept. ``seats_from_hours``
    with the holders gives a generic head's row one seat per holder, at most its workload's (review9, h28)."""
    positions = pd.DataFrame(
        {
            "kode_jabatan": ["A", "B", "C", "D", "E"],
            "jenis_jabatan": ["JPT Pratama", "Pengawas", "Pelaksana", "Administrator", "Pengawas"],
            "kebutuhan": [None, None, None, 3, None],
            "beban_kerja_jam": [2600.0, 400.0, 2600.0, 100.0, 12500.0],
        }
    )
    out = apply_abk(positions, None, Settings()).frame.set_index("kode_jabatan")["kebutuhan"]
    assert out.to_dict() == {"A": 1, "B": 1, "C": 2, "D": 3, "E": 1}  # a table's own kebutuhan is kept, as before
    need, hours = position_needs(positions, Settings())
    assert need.tolist() == [1, 1, 2, 3, 1] and hours.tolist() == [2600.0, 400.0, 2600.0, 100.0, 12500.0]
    by_hours = pd.Series([2.0, 0.0, 2.0, 10.0, 10.0, 10.0])
    managerial = pd.Series([True, True, False, True, True, True])
    holders = [1, 0, 1, 10, 3, 12]
    assert seats_from_hours(by_hours, managerial, holders).tolist() == [1.0, 1.0, 2.0, 10.0, 3.0, 10.0]


def test_a_head_whose_table_kebutuhan_is_an_abk_fraction_keeps_its_one_seat(tmp_path: Path) -> None:
    """An e-Anjab task sheet read as the position table writes each task line's ABK fraction as its kebutuhan: summed,
    the Inspektur's and a Kabag's came to 0,48 and 0,47, rounded to 0, and ``rencana`` moved 14 of 15 such heads out
    of their units as surplus, while ``--abk`` kept them at 1 (real10 #1, h29: Setjen DPD RI). A head's fractional
    kebutuhan is its workload (EJ), never its seat count; a pelaksana's fraction still rounds, and a head's whole 0
    written by the table stays the table's."""
    jabatan = write_csv(
        tmp_path / "peta.csv",
        ("NAMA JABATAN", "UNIT KERJA", "URAIAN TUGAS", "KEBUTUHAN PEGAWAI"),
        [("Inspektur", "Inspektorat", "Memimpin", "0,3"),
         ("Inspektur", "Inspektorat", "Menandatangani", "0,18"),
         ("Kepala Bagian Umum", "Bagian Umum", "Memimpin", "0,47"),
         ("Pengadministrasi Perkantoran", "Bagian Umum", "Mengagendakan", "0,2"),
         ("Pengadministrasi Perkantoran", "Bagian Umum", "Mengarsip", "0,2"),
         ("Kepala Subbagian Arsip", "Bagian Umum", "Memimpin", "0")],
    )  # fmt: skip
    pegawai = write_csv(
        tmp_path / "pegawai.csv",
        ("NIP", "NAMA", "JABATAN", "UNIT KERJA"),
        [("197201052000031001", "PEGAWAI 1", "Inspektur", "Inspektorat"),
         ("198002062005041002", "PEGAWAI 2", "Kepala Bagian Umum", "Bagian Umum"),
         ("199003072015032003", "PEGAWAI 3", "Pengadministrasi Perkantoran", "Bagian Umum")],
    )  # fmt: skip
    result = expect(run("lowongan", pegawai, jabatan, *DATE, "-f", "json", "--per", "jabatan"), EXIT_OK)
    rows = pd.DataFrame(stdout_json(result)).set_index("nama_jabatan")
    assert rows["kebutuhan"].to_dict() == {
        "Inspektur": 1, "Kepala Bagian Umum": 1, "Pengadministrasi Perkantoran": 0, "Kepala Subbagian Arsip": 0
    }  # fmt: skip
    assert rows.loc["Inspektur", "kelebihan"] == 0 and rows.loc["Kepala Bagian Umum", "kelebihan"] == 0
    findings = vacancies(pegawai=pegawai, jabatan=jabatan).findings
    said = {f.location.row: f.message for f in findings if f.code == "kebutuhan-manajerial-tetap"}
    assert sorted(said) == [2, 4]
    # the table wrote a figure: the finding names it, not "tidak mencantumkannya" (hostile11 #6, h29)
    assert (
        "kebutuhan tetap 1 (peta jabatan menulis 0,47, pecahan hasil ABK, bukan jumlah kursi), bukan 0 menurut beban "
        "kerja 587,5 jam" in said[4]
    )
    assert {f.location.row for f in findings if f.code == "kebutuhan-pecahan"} == {5}  # the pelaksana's 0,4 → 0
    assert {f.location.row for f in findings if f.code == "jabatan-digabung"} == {3, 6}


def test_a_named_head_of_one_unit_is_one_seat_and_its_second_holder_kelebihan(tmp_path: Path) -> None:
    """(oracle9 #3, /tmp/h29/oracle9/head, h29): "Kepala Bidang Pelayanan" of Dinas Kesehatan, 2.600 h, no
    KEBUTUHAN, two holders read kebutuhan 2, SESUAI (max(1, min(2 workload seats, 2 holders))), and the Kasubag
    (1.900 h) too, while the same Kabid with one holder read 1. A head of one unit is one seat (PP 18/2016); the
    holders cap is for a generic row standing for several units ("Kepala UPTD Puskesmas", above). lowongan,
    beban-kerja and periksa say one figure."""
    unit = "Dinas Kesehatan"
    jabatan = write_csv(
        tmp_path / "peta.csv",
        ("KODE JABATAN", "NAMA JABATAN", "UNIT KERJA", "JENIS JABATAN", "BEBAN KERJA"),
        [("B1", "Kepala Bidang Pelayanan", unit, "Administrator", 2600),
         ("S1", "Kepala Subbagian Umum dan Kepegawaian", unit, "Pengawas", 1900),
         ("U1", "Kepala UPTD Puskesmas", unit, "Administrator", 2600)],
    )  # fmt: skip
    people = [
        ("197601012001011005", "PEGAWAI 1", "B1", "Kepala Bidang Pelayanan", unit, "IV/a"),
        ("197701012002011006", "PEGAWAI 2", "B1", "Kepala Bidang Pelayanan", unit, "III/d"),
        ("197801012003012007", "PEGAWAI 3", "S1", "Kepala Subbagian Umum dan Kepegawaian", unit, "III/d"),
        ("197901012004011008", "PEGAWAI 4", "S1", "Kepala Subbagian Umum dan Kepegawaian", unit, "III/c"),
        ("197501012000011009", "PEGAWAI 5", "U1", "Kepala UPTD Puskesmas", unit, "III/d"),
        ("197502012000011010", "PEGAWAI 6", "U1", "Kepala UPTD Puskesmas", unit, "III/d"),
    ]
    header = ("NIP", "NAMA", "KODE JABATAN", "JABATAN", "UNIT KERJA", "GOL/RUANG")
    pegawai = write_csv(tmp_path / "pegawai.csv", header, people)
    for command in ("lowongan", "beban-kerja"):
        result = expect(run(command, pegawai, jabatan, *DATE, "-f", "json", "--per", "jabatan"), EXIT_OK)
        rows = pd.DataFrame(stdout_json(result)).set_index("kode_jabatan")
        assert rows["kebutuhan"].to_dict() == {"B1": 1, "S1": 1, "U1": 2}
    assert rows.loc[["B1", "S1", "U1"], "kelebihan"].tolist() == [1, 1, 0]
    checked = expect(run("periksa", pegawai, jabatan, *DATE, "-f", "json"), EXIT_OK).stdout
    assert "kebutuhan tetap 1 (peta jabatan tidak mencantumkannya), bukan 2 menurut beban kerja 2.600 jam" in checked


def test_only_a_generic_head_row_is_capped_by_its_holders() -> None:
    """``seats_from_hours`` with ``generic``: a named head is 1 seat whatever its holders; a generic row one per
    holder up to its workload's. Negatives: a Kabid naming a school kind inside its field, a Kasubag (oracle9 #3,
    h29)."""
    from asn_mutasi.domain.jabatan import heads_several_units

    by_hours = pd.Series([2.0, 2.0, 10.0])
    managerial = pd.Series([True, True, True])
    got = seats_from_hours(by_hours, managerial, [2, 2, 3], [False, True, True])
    assert got.tolist() == [1.0, 2.0, 3.0]
    for name in ("Kepala UPTD Puskesmas", "Kepala UPT Pengelolaan Sampah", "Kepala Sekolah", "Kepala Puskesmas",
                 "Kepala Subbagian Tata Usaha UPTD Puskesmas", "Lurah"):  # fmt: skip
        assert heads_several_units(name), name
    for name in ("Kepala Bidang Pelayanan", "Kepala Bidang Pembinaan Sekolah Dasar", "Kepala Subbagian Umum",
                 "Kepala Dinas Kesehatan", "Kepala Seksi UPT", "Sekretaris", "Camat"):  # fmt: skip
        assert not heads_several_units(name), name


def test_a_generic_head_listed_in_a_unit_of_its_kind_heads_that_one_unit(tmp_path: Path) -> None:
    """ "Kepala Puskesmas" in "UPT Puskesmas Cikalong", "Kepala UPT Puskesmas Sukamaju" in its own UPT and "Kepala UPT
    Pengelolaan Sampah" in its UPT got kebutuhan 2 from two holders and 2.600 h, SESUAI, no finding: the generic-head
    rule read the name only (oracle10 #2, h29). Listed in the unit it heads, a head is one seat and the second
    holder kelebihan; "Kepala UPTD Puskesmas" listed under Dinas Kesehatan stays one seat per head."""
    from asn_mutasi.domain.jabatan import heads_several_units

    posts = [
        ("H0", "Kepala UPT Puskesmas Sukamaju", "UPT Puskesmas Sukamaju"),
        ("H1", "Kepala UPTD Puskesmas", "Dinas Kesehatan"),
        ("H2", "Kepala Puskesmas", "UPT Puskesmas Cikalong"),
        ("H3", "Kepala UPT Pengelolaan Sampah", "UPT Pengelolaan Sampah"),
    ]
    jabatan = write_csv(
        tmp_path / "peta.csv",
        ("KODE JABATAN", "NAMA JABATAN", "UNIT KERJA", "JENIS JABATAN", "BEBAN KERJA (JAM)"),
        [(k, n, u, "Administrator", 2600) for k, n, u in posts],
    )
    people = [
        (f"19800{k[1]}{j}12005011{k[1]}{j}1", f"PEGAWAI {k}{j}", n, u, "Administrator")
        for k, n, u in posts
        for j in range(2)
    ]
    pegawai = write_csv(tmp_path / "pegawai.csv", ("NIP", "NAMA", "JABATAN", "UNIT KERJA", "JENIS JABATAN"), people)
    result = expect(run("lowongan", pegawai, jabatan, *DATE, "-f", "json", "--per", "jabatan"), EXIT_OK)
    rows = pd.DataFrame(stdout_json(result)).set_index("kode_jabatan")
    assert rows["kebutuhan"].to_dict() == {"H0": 1, "H1": 2, "H2": 1, "H3": 1}
    assert rows["kelebihan"].to_dict() == {"H0": 1, "H1": 0, "H2": 1, "H3": 1}
    assert heads_several_units("Lurah", "Kecamatan Nusaniwe") and not heads_several_units("Lurah", "Kelurahan Benteng")
    assert not heads_several_units("Kepala Sekolah", "SD Negeri 1 Sukamaju")


def test_a_stated_bezetting_is_written_the_indonesian_way_in_its_finding(tmp_path: Path) -> None:
    """ "Bezetting tercatat 1250" (and "1.5", "1.25e+06" for a large total) was written with Python's :g where every
    other figure reads 1.250 (re-read, h29)."""
    jabatan = write_csv(
        tmp_path / "peta.csv",
        ("KODE JABATAN", "NAMA JABATAN", "UNIT KERJA", "KEBUTUHAN", "BEZETTING"),
        [("P-1", "Pengadministrasi Perkantoran", "Dinas Sosial", 2000, 1250)],
    )
    pegawai = write_csv(
        tmp_path / "pegawai.csv",
        ("NIP", "NAMA", "JABATAN", "UNIT KERJA"),
        [("199003072015032003", "PEGAWAI 3", "Pengadministrasi Perkantoran", "Dinas Sosial")],
    )
    said = [f for f in vacancies(pegawai=pegawai, jabatan=jabatan).findings if f.code == "bezetting-beda"]
    assert len(said) == 1 and "1.250" in said[0].message and "1250" not in said[0].message


def test_a_kepala_sekolah_of_jenis_fungsional_is_its_school_s_one_seat(tmp_path: Path) -> None:
    """A Kepala Sekolah is a guru's additional task, so tables give it jenis Fungsional; the one-seat rule read the
    managerial jenis only, and a Kepala Sekolah of 2.600 h with two holders read kebutuhan 2, SESUAI (h30). It is
    its school's one head: kebutuhan 1 and the second holder kelebihan, said as a pimpinan unit; the generic
    "Kepala Sekolah" row under the Dinas stays one seat per head; the library's needs give 1 as well."""
    school, dinas = "SD Negeri 1 Sukamaju", "Dinas Pendidikan"
    jabatan = write_csv(
        tmp_path / "peta.csv",
        ("KODE JABATAN", "NAMA JABATAN", "UNIT KERJA", "JENIS JABATAN", "BEBAN KERJA (JAM)"),
        [("KS1", "Kepala Sekolah", school, "Fungsional", 2600),
         ("KS2", "Kepala Sekolah", dinas, "Fungsional", 2600),
         ("GK1", "Guru Kelas Ahli Pertama", school, "Fungsional", 2600)],
    )  # fmt: skip
    people = [
        ("197601012001011005", "PEGAWAI 1", "KS1", "Kepala Sekolah", school),
        ("197701012002011006", "PEGAWAI 2", "KS1", "Kepala Sekolah", school),
        ("197801012003012007", "PEGAWAI 3", "KS2", "Kepala Sekolah", dinas),
        ("197901012004011008", "PEGAWAI 4", "KS2", "Kepala Sekolah", dinas),
        ("198001012005011009", "PEGAWAI 5", "GK1", "Guru Kelas Ahli Pertama", school),
    ]
    pegawai = write_csv(tmp_path / "pegawai.csv", ("NIP", "NAMA", "KODE JABATAN", "JABATAN", "UNIT KERJA"), people)
    for command in ("lowongan", "beban-kerja"):
        result = expect(run(command, pegawai, jabatan, *DATE, "-f", "json", "--per", "jabatan"), EXIT_OK)
        rows = pd.DataFrame(stdout_json(result)).set_index("kode_jabatan")
        assert rows["kebutuhan"].to_dict() == {"KS1": 1, "KS2": 2, "GK1": 2}
        assert rows["kelebihan"].to_dict() == {"KS1": 1, "KS2": 0, "GK1": 0}
    checked = expect(run("periksa", pegawai, jabatan, *DATE, "-f", "json"), EXIT_OK).stdout
    assert "'Kepala Sekolah' di unit 'SD Negeri 1 Sukamaju' adalah jabatan pimpinan unit, satu kursi" in checked
    table = pd.DataFrame(
        {"nama_jabatan": ["Kepala Sekolah", "Guru Kelas"], "jenis_jabatan": ["Fungsional", "Fungsional"],
         "kebutuhan": [None, None], "beban_kerja_jam": [2600.0, 2600.0]}
    )  # fmt: skip
    assert position_needs(table, Settings())[0].tolist() == [1, 2]


def test_a_generic_kepala_sekolah_held_by_fewer_heads_is_said_a_pimpinan_unit(tmp_path: Path) -> None:
    """The generic "Kepala Sekolah" row under the Dinas, jenis Fungsional, 2.600 h and one holder: its seats are
    settled once the roster is linked (one per head), and that finding called it "jabatan Fungsional, satu kursi
    menurut struktur organisasi" where the position table's own check says "pimpinan unit" (review, h30)."""
    dinas = "Dinas Pendidikan"
    jabatan = write_csv(
        tmp_path / "peta.csv",
        ("KODE JABATAN", "NAMA JABATAN", "UNIT KERJA", "JENIS JABATAN", "BEBAN KERJA (JAM)"),
        [("KS2", "Kepala Sekolah", dinas, "Fungsional", 2600)],
    )
    people = [("197801012003012007", "PEGAWAI 3", "KS2", "Kepala Sekolah", dinas)]
    pegawai = write_csv(tmp_path / "pegawai.csv", ("NIP", "NAMA", "KODE JABATAN", "JABATAN", "UNIT KERJA"), people)
    said = [
        f.message
        for f in vacancies(pegawai=pegawai, jabatan=jabatan).findings
        if f.code == "kebutuhan-manajerial-tetap"
    ]
    assert len(said) == 1, said
    assert "adalah jabatan pimpinan unit, satu kursi" in said[0] and "Fungsional" not in said[0], said[0]


def test_a_head_s_abk_fraction_is_its_workload_on_the_table_s_own_wke(tmp_path: Path) -> None:
    """The same e-Anjab sheet on 72.000 minutes a year (singgihadis/anjab's basis), in its own WAKTU EFEKTIF column:
    the Kabag's 0,47 is 0,47 × 1.200 = 564 hours, graded EJ 0,47 on the post's 1.200 hours. The fraction was turned
    into hours on the setting's 1.250 (587,5 h) while the EJ divided by the table's 1.200: EJ 0,49, and the finding
    named hours the table never meant (review, h30)."""
    jabatan = write_csv(
        tmp_path / "peta.csv",
        ("NAMA JABATAN", "UNIT KERJA", "URAIAN TUGAS", "KEBUTUHAN PEGAWAI", "WAKTU EFEKTIF"),
        [("Kepala Bagian Umum", "Bagian Umum", "Memimpin", "0,47", 72000),
         ("Pengadministrasi Perkantoran", "Bagian Umum", "Mengagendakan", "1", 72000)],
    )  # fmt: skip
    pegawai = write_csv(
        tmp_path / "pegawai.csv",
        ("NIP", "NAMA", "JABATAN", "UNIT KERJA"),
        [("198002062005041002", "PEGAWAI 2", "Kepala Bagian Umum", "Bagian Umum"),
         ("199003072015032003", "PEGAWAI 3", "Pengadministrasi Perkantoran", "Bagian Umum")],
    )  # fmt: skip
    result = vacancies(pegawai=pegawai, jabatan=jabatan)
    got = result.positions.set_index("nama_jabatan")
    assert got.loc["Kepala Bagian Umum", "kebutuhan"] == 1 and got.loc["Kepala Bagian Umum", "wke_jam"] == 1200
    assert got.loc["Kepala Bagian Umum", "beban_kerja_jam"] == pytest.approx(564.0)
    assert got.loc["Kepala Bagian Umum", "ej"] == pytest.approx(0.47)
    (said,) = [f.message for f in result.findings if f.code == "kebutuhan-manajerial-tetap"]
    assert "menurut beban kerja 564 jam" in said, said
