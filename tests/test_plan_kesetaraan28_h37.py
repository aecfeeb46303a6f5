"""``rencana`` and ``nilai`` say the same of a structural holder's move into a JF: the equal JF jenjang whatever the
golongan, but never below the lowest golongan of its kategori (kesetaraan28, h37)."""

from __future__ import annotations

from pathlib import Path

from cli_helpers import EXIT_OK, TANGGAL, expect, run, stdout_csv, stdout_json, write_level_case

from asn_mutasi.domain.jenis import level_step

_UNIT = "Badan Keuangan Daerah"
_POSTS = [  # kode, nama, jenis, kebutuhan (no KELAS JABATAN, no SYARAT GOLONGAN: the rule reads the jenjang)
    ("K-01", "Kepala Subbagian Umum", "Pengawas", 0),
    ("K-02", "Kepala Subbagian Keuangan", "Pengawas", 0),
    ("K-03", "Analis Kebijakan Ahli Muda", "Fungsional", 2),
    ("K-04", "Pranata Komputer Mahir", "Fungsional", 0),
    ("K-05", "Analis Kebijakan Ahli Pertama", "Fungsional", 2),
]
_PENGAWAS_IIC, _PENGAWAS_IIIA = "199001012015031001", "198802022012031002"
_MAHIR_IIIC, _MAHIR_IIIA = "198203032004121003", "199004042014031004"
_PEOPLE = [  # nip, golongan, kode: all S-1, in post since 2020, so all may move
    (_PENGAWAS_IIC, "II/c", "K-01"),
    (_PENGAWAS_IIIA, "III/a", "K-02"),
    (_MAHIR_IIIC, "III/c", "K-04"),
    (_MAHIR_IIIA, "III/a", "K-04"),
]


def _inputs(tmp_path: Path) -> tuple[Path, Path]:
    people = [(nip, f"Pegawai {i + 1}", gol, kode) for i, (nip, gol, kode) in enumerate(_PEOPLE)]
    return write_level_case(tmp_path, _UNIT, _POSTS, people, "S-1 Administrasi Negara")


def test_the_plan_and_nilai_refuse_a_pengawas_below_the_keahlian_floor_into_ahli_muda(tmp_path: Path) -> None:
    """Before: the plan moved a Kepala Subbagian (Pengawas) at II/c into Analis Kebijakan Ahli Muda, its reason saying
    "Golongan II/c di bawah syarat III/c", and ``nilai`` called it layak: no JF keahlian holder can be at II/c (S-1
    enters at III/a). The Pengawas at III/a still moves (penyetaraan: Pengawas into Ahli Muda, no dead zone), and so
    does the Pranata Komputer Mahir at III/c into Ahli Pertama (a pangkat above the jenjang in perpindahan,
    Peraturan BKN 3/2023 Pasal 5 ayat (5)–(6); groups3 h28), while the Mahir at III/a, the other candidate, stays."""
    pegawai, jabatan = _inputs(tmp_path)
    result = expect(run("rencana", pegawai, jabatan, *TANGGAL, "-f", "json"), EXIT_OK)
    moves = {m["nip"]: m["kode_jabatan_tujuan"] for m in stdout_json(result)["mutasi"]}
    assert moves.get(_PENGAWAS_IIIA) == "K-03" and _PENGAWAS_IIC not in moves
    usulan = tmp_path / "usulan.csv"
    pairs = [(_PENGAWAS_IIC, "K-03"), (_PENGAWAS_IIIA, "K-03"), (_MAHIR_IIIC, "K-05"), (_MAHIR_IIIA, "K-05")]
    usulan.write_text("NIP;KODE JABATAN\n" + "".join(f"{n};{k}\n" for n, k in pairs), encoding="utf-8")
    verdicts = stdout_csv(expect(run("nilai", pegawai, jabatan, usulan, *TANGGAL, "-f", "csv"), EXIT_OK))
    got = {(v["nip"], v["kode_jabatan"]): (v["layak"], v["alasan"]) for v in verdicts}
    assert {k: v[0] for k, v in got.items()} == {
        (_PENGAWAS_IIC, "K-03"): "false",
        (_PENGAWAS_IIIA, "K-03"): "true",
        (_MAHIR_IIIC, "K-05"): "true",
        (_MAHIR_IIIA, "K-05"): "true",
    }
    assert "Golongan II/c di bawah golongan terendah pemangku JF Ahli Muda (III/a)" in got[(_PENGAWAS_IIC, "K-03")][1]


def test_the_level_rule_reads_the_golongan_of_a_structural_entry_into_a_jf() -> None:
    """The one rule both read: from a managerial post, below the lowest golongan of the JF kategori is a promotion
    (keahlian starts at III/a, the S-1 entry golongan); inside or above it the levels decide, so a Pengawas at
    III/a keeps Ahli Muda (no dead zone, review8 h28). A golongan unknown is read as its education's entry."""
    assert level_step("Pengawas", None, 7, "Fungsional", "ahli muda")[0] == 1  # II/c
    assert level_step("Pengawas", None, 9, "Fungsional", "ahli muda")[0] == 0  # III/a
    assert level_step("Administrator", None, 8, "Fungsional", "ahli madya")[0] == 1  # II/d
    assert level_step("Administrator", None, 11, "Fungsional", "ahli madya")[0] == 0  # III/c (plan29, h38: Ahli
    # Madya's floor is the reader's HELD_GOLONGAN III/c, no longer the kategori's III/a)
    assert level_step("Pengawas", None, 7, "Fungsional", "ahli pertama")[0] == -1  # a level down: the levels say so


def test_a_golongan_below_the_syarat_golongan_of_a_layak_move_says_it_blocks_nothing(tmp_path: Path) -> None:
    """Before: the reason of a layak move said "Golongan III/a di bawah syarat III/c" and nothing more, which reads as a
    refusal beside ``layak = true`` (the plan made it). The syarat golongan is a score component (docs/pengaturan.md
    [bobot]): the reason now says it lowers the golongan score and blocks nothing, in nilai as in the plan."""
    pegawai, jabatan = _inputs(tmp_path)
    plan = stdout_json(expect(run("rencana", pegawai, jabatan, *TANGGAL, "-f", "json"), EXIT_OK))["mutasi"]
    said = "Golongan III/a di bawah syarat III/c (mengurangi skor golongan, tidak memblokir)"
    assert [said in m["alasan"] for m in plan if m["nip"] == _PENGAWAS_IIIA] == [True]
    usulan = tmp_path / "usulan.csv"
    usulan.write_text(f"NIP;KODE JABATAN\n{_PENGAWAS_IIIA};K-03\n", encoding="utf-8")
    (verdict,) = stdout_csv(expect(run("nilai", pegawai, jabatan, usulan, *TANGGAL, "-f", "csv"), EXIT_OK))
    assert verdict["layak"] == "true" and said in verdict["alasan"]
