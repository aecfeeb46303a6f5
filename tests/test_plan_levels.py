"""``rencana`` keeps the level of every move: no JF jenjang change, no JF entry outside the golongan range of its
jenjang, on a position table without KELAS JABATAN (groups2, h27)."""

from __future__ import annotations

import csv
from pathlib import Path

from cli_helpers import EXIT_OK, TANGGAL, expect, run, stdout_csv, stdout_json, write_level_case

_UNIT = "Badan Perencanaan Pembangunan Daerah"
_POSTS = [  # kode, nama, jenis, kebutuhan (no KELAS JABATAN column, as many real peta jabatan)
    ("BAP-01", "Analis Kebijakan Ahli Madya", "Fungsional", 3),
    ("BAP-02", "Kepala Bidang Perencanaan", "Administrator", 0),
    ("BAP-04", "Penata Layanan Operasional", "Pelaksana", 0),
    ("BAP-07", "Perencana Ahli Pertama", "Fungsional", 0),
    ("BAP-08", "Perencana Ahli Madya", "Fungsional", 1),
]
_PEOPLE = [  # nip, nama, golongan, kode (all S-1, in post since 2020, so all may move)
    ("197501012000031001", "Pegawai Satu", "IV/b", "BAP-01"),
    ("199004042015031004", "Pegawai Empat", "III/a", "BAP-04"),
    ("197805052003121005", "Pegawai Lima", "IV/b", "BAP-02"),
    ("197906072004121007", "Pegawai Tujuh", "IV/b", "BAP-04"),
    ("199206062018031006", "Pegawai Enam", "III/b", "BAP-07"),
]


def _inputs(tmp_path: Path) -> tuple[Path, Path]:
    return write_level_case(tmp_path, _UNIT, _POSTS, _PEOPLE, "S-1 Ekonomi Pembangunan")


def test_the_plan_moves_nobody_across_a_jf_jenjang_and_nilai_agrees(tmp_path: Path) -> None:
    """Before: M0001 moved a III/a pelaksana into Analis Kebijakan Ahli Madya and Perencana Ahli Pertama III/b into
    Perencana Ahli Madya, "penyelesaian optimal". A JF's jenjang follows the pangkat (PermenPANRB 1/2023: Ahli Madya
    IV/a–IV/c) and the level decides: a IV/b Kepala Bidang (Administrator = Ahli Madya) may enter it, a IV/b pelaksana
    (the level of Ahli Pertama; PermenPANRB 1/2023, groups3 h28) may not. Every planned move passes ``nilai``
    (groups2, h27)."""
    pegawai, jabatan = _inputs(tmp_path)
    result = expect(run("rencana", pegawai, jabatan, *TANGGAL, "-f", "json"), EXIT_OK)
    moves = {m["nip"]: m["kode_jabatan_tujuan"] for m in stdout_json(result)["mutasi"]}
    assert moves == {"197805052003121005": "BAP-01"}
    usulan = tmp_path / "usulan.csv"
    usulan.write_text(
        "NIP;KODE JABATAN\n"
        + "".join(f"{n};{k}\n" for n, k in moves.items())
        + "199004042015031004;BAP-01\n199206062018031006;BAP-08\n197906072004121007;BAP-01\n",
        encoding="utf-8",
    )
    verdicts = stdout_csv(expect(run("nilai", pegawai, jabatan, usulan, *TANGGAL, "-f", "csv"), EXIT_OK))
    layak = {(v["nip"], v["kode_jabatan"]): v["layak"] for v in verdicts}
    assert layak == {
        ("197805052003121005", "BAP-01"): "true",
        ("199004042015031004", "BAP-01"): "false",
        ("199206062018031006", "BAP-08"): "false",
        ("197906072004121007", "BAP-01"): "false",
    }


def _bare_inputs(tmp_path: Path) -> tuple[Path, Path]:
    """A surplus Penata Layanan Operasional post held by a pelaksana "II" (no ruang) and one at II/a, beside an empty
    Arsiparis Terampil (II/b–II/d) and Analis Kebijakan Ahli Muda (III/c–III/d)."""
    posts = [("P-01", "Penata Layanan Operasional", "Pelaksana", 0), ("P-02", "Arsiparis Terampil", "Fungsional", 2)]
    posts.append(("P-03", "Analis Kebijakan Ahli Muda", "Fungsional", 0))
    people = [("198001012005011001", "Pegawai Bare", "II"), ("198001012005011002", "Pegawai Dua A", "II/a")]
    people.append(("198001012005011003", "Pegawai Tiga", "III"))
    jabatan, pegawai = tmp_path / "jabatan.csv", tmp_path / "pegawai.csv"
    with jabatan.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";")
        w.writerow(["KODE JABATAN", "NAMA JABATAN", "UNIT KERJA", "JENIS JABATAN", "KEBUTUHAN"])
        w.writerows([k, n, _UNIT, j, b] for k, n, j, b in posts)
    with pegawai.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";")
        w.writerow(["NIP", "NAMA", "GOL/RUANG", "JABATAN", "KODE JABATAN", "UNIT KERJA", "JENIS JABATAN",
                    "TMT JABATAN", "TANGGAL LAHIR", "STATUS KEPEGAWAIAN", "PENDIDIKAN TERAKHIR", "JURUSAN"])  # fmt: skip
        for nip, nama, gol in people:
            w.writerow([nip, nama, gol, "Penata Layanan Operasional", "P-01", _UNIT, "Pelaksana", "01-01-2015",
                        "01-01-1980", "PNS", "D-III", "Administrasi Perkantoran"])  # fmt: skip
    return pegawai, jabatan


def test_a_golongan_without_ruang_is_read_as_unknown_by_the_plan_and_nilai(tmp_path: Path) -> None:
    """A bare "II" was read as II/a, so the pelaksana counted as below Terampil's II/b–II/d: refused on an invented
    ruang, and "Golongan III/a di bawah rentang" was written for a "III" who may be III/c (review8 #4, h28). The
    ruang decides both moves: the golongan is read as unknown (the levels decide, as for a row without golongan), and
    the reason says the ruang is unknown. A II/a stays below the range. The planner's classes and ``nilai`` agree."""
    pegawai, jabatan = _bare_inputs(tmp_path)
    result = expect(run("rencana", pegawai, jabatan, *TANGGAL, "-f", "json"), EXIT_OK)
    moves = {m["nip"]: m["kode_jabatan_tujuan"] for m in stdout_json(result)["mutasi"]}
    # the II/a stays; the "III" too: above Terampil's highest held golongan (II/d) at every ruang, the one
    # HELD_GOLONGAN rule periksa's golongan-jenjang-mustahil reads (plan29, h38; it entered Terampil before)
    assert moves == {"198001012005011001": "P-02"}
    usulan = tmp_path / "usulan.csv"
    rows = ["198001012005011001;P-02", "198001012005011002;P-02", "198001012005011003;P-03"]
    usulan.write_text("NIP;KODE JABATAN\n" + "".join(f"{r}\n" for r in rows), encoding="utf-8")
    verdicts = stdout_csv(expect(run("nilai", pegawai, jabatan, usulan, *TANGGAL, "-f", "csv"), EXIT_OK))
    got = {v["nip"][-1]: (v["layak"], v["alasan"]) for v in verdicts}
    assert got["1"][0] == "true" and got["2"][0] == "false" and got["3"][0] == "false"
    assert "Golongan II/a di bawah rentang JF Terampil" in got["2"][1]
    assert "Golongan III/a" not in got["3"][1] and "Golongan III (ruang tidak diketahui)" in got["3"][1]
    assert "Golongan III (ruang tidak diketahui, dibaca III/a) di bawah syarat III/c" in got["3"][1]


def test_a_surplus_opd_secretary_written_by_acronym_moves_to_the_vacant_secretary_post(tmp_path: Path) -> None:
    """(peers3 #2, h28): "Sekretaris BKPSDM" read Pelaksana, so rencana moved a surplus one (IV/a) to
    Pengadministrasi Perkantoran (a demotion, a disciplinary sanction under PP 94/2021) and left the vacant
    "Sekretaris Bappeda" unfilled; written out in full the same person moved laterally."""
    from cli_helpers import write_csv

    jabatan = write_csv(
        tmp_path / "peta.csv",
        ("KODE JABATAN", "NAMA JABATAN", "UNIT KERJA", "KEBUTUHAN"),
        [("BAPPEDA-02", "Sekretaris Bappeda", "Bappeda", 1),
         ("BAPPEDA-10", "Pengadministrasi Perkantoran", "Bappeda", 1),
         ("BKPSDM-02", "Sekretaris BKPSDM", "BKPSDM", 1),
         ("BKPSDM-10", "Penata Kelola Sistem dan Teknologi Informasi", "BKPSDM", 2),
         ("BKPSDM-11", "Pengadministrasi Perkantoran", "BKPSDM", 3)],
    )  # fmt: skip
    header = ("NIP", "NAMA", "KODE JABATAN", "JABATAN", "UNIT KERJA", "GOL/RUANG", "PENDIDIKAN TERAKHIR", "JURUSAN",
              "TANGGAL LAHIR", "TMT JABATAN")  # fmt: skip
    pegawai = write_csv(
        tmp_path / "pegawai.csv",
        header,
        [("198502112008031101", "PEGAWAI SB 1", "BAPPEDA-10", "Pengadministrasi Perkantoran", "Bappeda", "III/a", "S-1",
          "S-1 Administrasi Negara", "11-02-1985", "01-01-2015"),
         ("198306122006031102", "PEGAWAI SB 2", "BAPPEDA-10", "Pengadministrasi Perkantoran", "Bappeda", "III/b", "S-1",
          "S-1 Ekonomi Pembangunan", "12-06-1983", "01-01-2014"),
         ("197503131998031103", "PEGAWAI SB 3", "BKPSDM-02", "Sekretaris BKPSDM", "BKPSDM", "IV/a", "S-2",
          "S-2 Administrasi Publik", "13-03-1975", "01-01-2019"),
         ("197604141999031104", "PEGAWAI SB 4", "BKPSDM-02", "Sekretaris BKPSDM", "BKPSDM", "IV/a", "S-2",
          "S-2 Manajemen", "14-04-1976", "01-01-2018"),
         ("199005152013031105", "PEGAWAI SB 5", "BKPSDM-10", "Penata Kelola Sistem dan Teknologi Informasi", "BKPSDM",
          "III/a", "S-1", "S-1 Teknik Informatika", "15-05-1990", "01-01-2018")],
    )  # fmt: skip
    moves = stdout_csv(expect(run("rencana", pegawai, jabatan, "--tanggal", "04-12-2026", "-f", "csv"), EXIT_OK))
    secretaries = [m for m in moves if m["kode_jabatan_asal"] == "BKPSDM-02"]
    assert len(secretaries) == 1 and secretaries[0]["kode_jabatan_tujuan"] == "BAPPEDA-02"
    assert not [
        m for m in moves if m["jabatan_asal"].startswith("Sekretaris") and "Pengadministrasi" in m["jabatan_tujuan"]
    ]


def test_a_jf_holder_is_not_moved_into_the_other_kategori_below_his_pangkat(tmp_path: Path) -> None:
    """The sample plan moved four Perawat Ahli Pertama (III/b, III/c, IV/b) into Perawat Terampil seats (II/b–II/d),
    each reason saying "kelas jabatan turun": the levels are equal, so the rule read a mutation. A jenjang of the
    other kategori below the pangkat is a demotion (walk7 #1, h29); within its range the levels still decide, and a
    pelaksana above a range still enters (PermenPANRB 1/2023, groups3 h28) up to the jenjang's highest held golongan."""
    from asn_mutasi.domain.jenis import level_step

    step, reason = level_step("Fungsional", "ahli pertama", 14, "Fungsional", "terampil")  # IV/b
    assert step == -1 and "Golongan IV/b di atas rentang" in reason and "II/b–II/d" in reason
    assert level_step("Fungsional", "ahli pertama", 10, "Fungsional", "mahir") == (0, "")  # III/b in III/a–III/b
    # keterampilan → keahlian (a holder who gained the degree) stays with the levels (groups3, h28)
    assert level_step("Fungsional", "penyelia", 11, "Fungsional", "ahli pertama") == (0, "")
    # a pelaksana above a range still enters (III/c into Mahir, III/a–III/b), but not above the highest golongan any
    # holder of the jenjang has (HELD_GOLONGAN, which periksa reads: Terampil II/d; plan29, h38: IV/b entered before)
    assert level_step("Pelaksana", None, 11, "Fungsional", "mahir") == (0, "")
    assert level_step("Pelaksana", None, 14, "Fungsional", "terampil")[0] == -1
    # a blank golongan is at least the floor of the holder's own jenjang (oracle10 #1, h29: moved into Terampil)
    step, reason = level_step("Fungsional", "ahli pertama", None, "Fungsional", "terampil")
    assert step == -1 and "Golongan tidak diketahui, sebagai JF Ahli Pertama sedikitnya III/a" in reason
    assert level_step("Fungsional", "terampil", None, "Fungsional", "ahli pertama") == (0, "")
    unit = "RSUD Kota"
    jabatan, pegawai = tmp_path / "jabatan.csv", tmp_path / "pegawai.csv"
    jabatan.write_text(
        "KODE JABATAN;NAMA JABATAN;UNIT KERJA;KEBUTUHAN\n"
        f"R-1;Perawat Ahli Pertama;{unit};1\nR-2;Perawat Terampil;{unit};2\n",
        encoding="utf-8",
    )
    pegawai.write_text(
        "NIP;NAMA;GOL/RUANG;JABATAN;KODE JABATAN;UNIT KERJA;TMT JABATAN;PENDIDIKAN TERAKHIR;JURUSAN\n"
        f"197501012000032001;Perawat Satu;IV/b;Perawat Ahli Pertama;R-1;{unit};01-01-2015;S-1;Keperawatan\n"
        f"198501012008032002;Perawat Dua;III/b;Perawat Ahli Pertama;R-1;{unit};01-01-2015;S-1;Keperawatan\n"
        f"198601012009032003;Perawat Tiga;;Perawat Ahli Pertama;R-1;{unit};01-01-2015;S-1;Keperawatan\n",
        encoding="utf-8",
    )
    result = expect(run("rencana", pegawai, jabatan, *TANGGAL, "-f", "json"), EXIT_OK)
    assert stdout_json(result)["mutasi"] == []


def test_eselon_v_posts_stand_above_pelaksana_and_equal_jf_ahli_pertama() -> None:
    """A structural eselon V post (an ESELON column's V.a; its jenis Pelaksana by UU 5/2014 Pasal 131) is entered by
    pengangkatan dalam jabatan struktural: from pelaksana or a JF keterampilan a promotion, back a demotion; JF Ahli
    Pertama is its equal (penyetaraan, PermenPANRB 17/2021). Before, both sides read Pelaksana: lateral (plan3, h31)."""
    from asn_mutasi.domain.jenis import ESELON_V, level_step

    step, reason = level_step("Pelaksana", None, 10, "Pelaksana", ESELON_V)
    assert step == 1 and "Tujuan jabatan struktural eselon V (Pelaksana → Struktural eselon V)" in reason
    assert level_step("Fungsional", "terampil", 7, "Pelaksana", ESELON_V)[0] == 1
    assert level_step("Fungsional", None, 10, "Pelaksana", ESELON_V)[0] == 1  # a JF of unread jenjang: not shown equal
    step, reason = level_step("Pelaksana", ESELON_V, 10, "Pelaksana", None)
    assert step == -1 and "Dari jabatan struktural eselon V" in reason
    assert level_step("Pelaksana", ESELON_V, 10, "Pelaksana", ESELON_V) == (0, "")
    assert level_step("Pelaksana", ESELON_V, 10, "Fungsional", "ahli pertama") == (0, "")
    assert level_step("Fungsional", "ahli pertama", 10, "Pelaksana", ESELON_V) == (0, "")
    assert level_step("Pelaksana", ESELON_V, 8, "Fungsional", "ahli pertama")[0] == 1  # II/d below III/a–III/b
    assert level_step("Pelaksana", ESELON_V, 10, "Pengawas", None)[0] == 1
    assert level_step("Pengawas", None, 11, "Pelaksana", ESELON_V)[0] == -1
    assert level_step("Fungsional", "ahli muda", 11, "Pelaksana", ESELON_V)[0] == -1


def test_the_plan_fills_an_eselon_v_head_from_its_peers_not_from_pelaksana(tmp_path: Path) -> None:
    """With an ESELON column a Kepala Subbagian Tata Usaha at V.a read Pelaksana, so rencana moved a surplus
    Pengadministrasi Perkantoran into the vacant one as a lateral move; the surplus Kasubbag TU of another Puskesmas (a
    roster without ESELON, its name reading Pengawas) was refused it as a demotion. The post's eselon V now makes the
    first a promotion, the second a mutation of equals, in ``rencana`` and ``nilai`` alike (plan3, h31)."""
    from cli_helpers import write_csv

    head = "Kepala Subbagian Tata Usaha"
    jabatan = write_csv(
        tmp_path / "peta.csv",
        ("KODE JABATAN", "NAMA JABATAN", "UNIT KERJA", "JENIS JABATAN", "ESELON", "KEBUTUHAN"),
        [("A-01", head, "UPT Puskesmas A", "Struktural", "V.a", 1),
         ("A-02", "Pengadministrasi Perkantoran", "UPT Puskesmas A", "Pelaksana", "", 1),
         ("B-01", head, "UPT Puskesmas B", "Struktural", "V.a", 1)],
    )  # fmt: skip
    header = ("NIP", "NAMA", "GOL/RUANG", "JABATAN", "KODE JABATAN", "UNIT KERJA", "TMT JABATAN", "TANGGAL LAHIR",
              "PENDIDIKAN TERAKHIR", "JURUSAN")  # fmt: skip
    people = [("198001012005011001", "Pegawai Satu", "III/b", "Pengadministrasi Perkantoran", "A-02", "UPT Puskesmas A"),
              ("198001012005011002", "Pegawai Dua", "III/b", "Pengadministrasi Perkantoran", "A-02", "UPT Puskesmas A"),
              ("198101012006011003", "Pegawai Tiga", "III/a", head, "B-01", "UPT Puskesmas B"),
              ("198101012006011004", "Pegawai Empat", "III/a", head, "B-01", "UPT Puskesmas B")]  # fmt: skip
    pegawai = write_csv(
        tmp_path / "pegawai.csv",
        header,
        [(*p, "01-01-2015", f"01-01-{p[0][:4]}", "S-1", "Administrasi Negara") for p in people],
    )
    result = expect(run("rencana", pegawai, jabatan, *TANGGAL, "-f", "json"), EXIT_OK)
    moves = {m["nip"]: m["kode_jabatan_tujuan"] for m in stdout_json(result)["mutasi"]}
    assert list(moves.values()) == ["A-01"] and next(iter(moves)) in {"198101012006011003", "198101012006011004"}
    usulan = tmp_path / "usulan.csv"
    usulan.write_text("NIP;KODE JABATAN\n198001012005011001;A-01\n198101012006011003;A-01\n", encoding="utf-8")
    verdicts = stdout_csv(expect(run("nilai", pegawai, jabatan, usulan, *TANGGAL, "-f", "csv"), EXIT_OK))
    got = {v["nip"]: (v["layak"], v["alasan"]) for v in verdicts}
    assert (
        got["198001012005011001"][0] == "false" and "Tujuan jabatan struktural eselon V" in got["198001012005011001"][1]
    )
    assert got["198101012006011003"][0] == "true"
