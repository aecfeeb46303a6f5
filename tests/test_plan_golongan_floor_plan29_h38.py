"""One floor for a structural holder's entry into a JF jenjang: the lowest golongan any holder of the jenjang can have
(``HELD_GOLONGAN``), which the reader's golongan-jenjang-mustahil reads too. ``rencana``, ``nilai`` and ``--kunci``
planned an Administrator at III/b into JF Ahli Madya while ``periksa`` called such a holder impossible (plan29, h38)."""

from __future__ import annotations

import json
from pathlib import Path

from cli_helpers import (
    EXIT_INFEASIBLE,
    EXIT_INPUT,
    EXIT_OK,
    TANGGAL,
    expect,
    run,
    stdout_csv,
    stdout_json,
    write_level_case,
)

from asn_mutasi.domain.jenis import level_step

_UNIT = "Badan Keuangan Daerah"
_POSTS = [  # kode, nama, jenis, kebutuhan
    ("A-01", "Kepala Bagian Umum", "Administrator", 0),
    ("A-02", "Kepala Bagian Keuangan", "Administrator", 0),
    ("M-01", "Analis Kebijakan Ahli Madya", "Fungsional", 2),
]
_ADM_IIIB, _ADM_IIIC = "198001012006041001", "197902022005041002"
_PEOPLE = [(_ADM_IIIB, "III/b", "A-01"), (_ADM_IIIC, "III/c", "A-02")]


def _inputs(tmp_path: Path) -> tuple[Path, Path]:
    people = [(nip, f"Pegawai {i + 1}", gol, kode) for i, (nip, gol, kode) in enumerate(_PEOPLE)]
    return write_level_case(tmp_path, _UNIT, _POSTS, people, "S-1 Administrasi Negara")


def test_the_level_rule_floors_an_administrator_into_ahli_madya_at_the_readers_iii_c() -> None:
    """Before: an Administrator at III/a–III/b entered Ahli Madya as a mutation (the kategori's III/a floor)."""
    assert level_step("Administrator", None, 10, "Fungsional", "ahli madya")[0] == 1  # III/b
    assert level_step("Administrator", None, 11, "Fungsional", "ahli madya")[0] == 0  # III/c
    assert level_step("Pengawas", None, 9, "Fungsional", "ahli muda")[0] == 0  # III/a: unchanged, no dead zone
    assert level_step("Administrator", None, None, "Fungsional", "ahli madya")[0] == 0  # blank: no impossible holder


def test_plan_nilai_and_kunci_refuse_what_periksa_calls_impossible(tmp_path: Path) -> None:
    pegawai, jabatan = _inputs(tmp_path)
    moves = stdout_json(expect(run("rencana", pegawai, jabatan, *TANGGAL, "-f", "json"), EXIT_OK))["mutasi"]
    assert {m["nip"]: m["kode_jabatan_tujuan"] for m in moves} == {_ADM_IIIC: "M-01"}
    usulan = tmp_path / "usulan.csv"
    usulan.write_text(f"NIP;KODE JABATAN\n{_ADM_IIIB};M-01\n{_ADM_IIIC};M-01\n", encoding="utf-8")
    verdicts = stdout_csv(expect(run("nilai", pegawai, jabatan, usulan, *TANGGAL, "-f", "csv"), EXIT_OK))
    got = {v["nip"]: (v["layak"], v["alasan"]) for v in verdicts}
    assert got[_ADM_IIIB][0] == "false" and got[_ADM_IIIC][0] == "true"
    said = "Golongan III/b di bawah golongan terendah pemangku JF Ahli Madya (III/c)"
    assert said in got[_ADM_IIIB][1]
    kunci = tmp_path / "kunci.csv"
    kunci.write_text(f"NIP;KODE JABATAN\n{_ADM_IIIB};M-01\n", encoding="utf-8")
    refused = expect(run("rencana", pegawai, jabatan, "--kunci", kunci, *TANGGAL, "-f", "json"), EXIT_INFEASIBLE)
    assert said in refused.output
    # the reader says the same of such a holder: the one table both read
    held = tmp_path / "held.csv"
    held.write_text(
        pegawai.read_text(encoding="utf-8").replace(
            f"Kepala Bagian Umum;A-01;{_UNIT};Administrator", f"Analis Kebijakan Ahli Madya;M-01;{_UNIT};Fungsional"
        ),
        encoding="utf-8",
    )
    checked = run("periksa", held, jabatan, *TANGGAL, "-f", "json")
    found = [f for f in json.loads(checked.stdout)["temuan"] if f.get("kode") == "golongan-jenjang-mustahil"]
    assert [(f["baris"], f["nilai"]) for f in found] == [(2, "III/b")]


def test_a_kunci_table_in_nilais_name_form_says_what_kunci_reads(tmp_path: Path) -> None:
    """``nilai`` reads a proposal by NAMA JABATAN and UNIT KERJA; ``--kunci`` reads codes only (docs/cli.md). Before:
    such a table was refused with "tidak punya kolom kode jabatan tujuan" and a hint naming two columns, with no word
    that the name column is not read nor of the UNIT KERJA column a code in several units takes."""
    pegawai, jabatan = _inputs(tmp_path)
    kunci = tmp_path / "kunci.csv"
    kunci.write_text(
        f"NIP;NAMA JABATAN;UNIT KERJA\n{_ADM_IIIC};Analis Kebijakan Ahli Madya;{_UNIT}\n", encoding="utf-8"
    )
    result = expect(run("rencana", pegawai, jabatan, "--kunci", kunci, *TANGGAL, "-f", "json"), EXIT_INPUT)
    said = " ".join(result.stderr.split())
    assert "kolom NAMA JABATAN tidak dipakai, --kunci menunjuk jabatan tujuan dengan kodenya" in said
    assert "NIP dan KODE JABATAN (tujuan), ditambah UNIT KERJA (tujuan)" in said


def test_a_pelaksana_above_a_keterampilan_jenjangs_ceiling_is_not_moved_into_it() -> None:
    """The same table's upper bound: a pelaksana at III/a–III/d entered JF Terampil (and one at IV/a JF Mahir) as a
    mutation while ``periksa`` says no Terampil holder is above II/d (no Mahir above III/d); a pelaksana at IV/a still
    enters Ahli Pertama (no upper bound, Peraturan BKN 3/2023 Lampiran I), and at II/d Terampil."""
    step, reason = level_step("Pelaksana", None, 11, "Fungsional", "terampil")
    assert step == -1 and "Golongan III/c di atas golongan tertinggi pemangku JF Terampil (II/d)" in reason
    assert level_step("Pelaksana", None, 13, "Fungsional", "mahir")[0] == -1
    assert level_step("Pelaksana", None, 12, "Fungsional", "mahir")[0] == 0
    assert level_step("Pelaksana", None, 8, "Fungsional", "terampil")[0] == 0
    assert level_step("Pelaksana", None, 13, "Fungsional", "ahli pertama")[0] == 0


def test_plan_and_nilai_keep_a_iii_c_pelaksana_out_of_jf_terampil(tmp_path: Path) -> None:
    jabatan, pegawai = tmp_path / "jabatan.csv", tmp_path / "pegawai.csv"
    jabatan.write_text(
        "KODE JABATAN;NAMA JABATAN;UNIT KERJA;JENIS JABATAN;KEBUTUHAN\n"
        f"P-01;Pengadministrasi Perkantoran;{_UNIT};Pelaksana;0\n"
        f"T-01;Pranata Komputer Terampil;{_UNIT};Fungsional;2\n",
        encoding="utf-8",
    )
    people = [("198001012006041001", "III/c"), ("199001012015031002", "II/c")]
    head = (
        "NIP;NAMA;GOL/RUANG;JABATAN;KODE JABATAN;UNIT KERJA;JENIS JABATAN;TMT JABATAN;TANGGAL LAHIR;PENDIDIKAN TERAKHIR"
    )
    rows = [
        f"{n};Pegawai {i};{g};Pengadministrasi Perkantoran;P-01;{_UNIT};Pelaksana;01-01-2018;01-01-{n[:4]};D-III"
        for i, (n, g) in enumerate(people)
    ]
    pegawai.write_text("\n".join([head, *rows]) + "\n", encoding="utf-8")
    moves = stdout_json(expect(run("rencana", pegawai, jabatan, *TANGGAL, "-f", "json"), EXIT_OK))["mutasi"]
    assert [m["nip"] for m in moves] == [people[1][0]]
    usulan = tmp_path / "usulan.csv"
    usulan.write_text(f"NIP;KODE JABATAN\n{people[0][0]};T-01\n", encoding="utf-8")
    (verdict,) = stdout_csv(expect(run("nilai", pegawai, jabatan, usulan, *TANGGAL, "-f", "csv"), EXIT_OK))
    assert verdict["layak"] == "false" and "di atas golongan tertinggi pemangku JF Terampil (II/d)" in verdict["alasan"]
