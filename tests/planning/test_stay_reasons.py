"""Why a person stays, said as the rules say it (plan oracle, h30).

An independent all-pairs oracle over ``nilai``'s verdicts agreed with every plan's fill, but the Pegawai sheet told a
person the 2-year rule holds "Tidak ada jabatan tujuan yang layak dengan skor di atas minimum" while ``nilai`` named
the rule for the very post left open, and a rotation-due person under hukuman disiplin read "tidak ada jabatan tujuan
yang layak dan tersedia"."""

from __future__ import annotations

import csv
import dataclasses
from datetime import date
from pathlib import Path

import pandas as pd

from asn_mutasi.api.match import assess
from asn_mutasi.api.plan import plan
from asn_mutasi.config import AspirationSettings, PlanSettings, Settings
from asn_mutasi.planning.aspiration import ASPIRATION_FIELDS

AS_OF = date(2026, 11, 1)
_NEW, _PUNISHED, _FREE = "199001102015031003", "198505052010011002", "198802022012012001"
_HEAD = ["NIP", "NAMA", "GOL/RUANG", "JABATAN", "UNIT KERJA", "JENIS JABATAN", "TMT JABATAN", "TANGGAL LAHIR",
         "JENIS KELAMIN", "STATUS KEPEGAWAIAN", "PENDIDIKAN TERAKHIR", "JURUSAN", "HUKUMAN DISIPLIN"]  # fmt: skip
_PEOPLE = [
    # six months in the post: the 2-year rule holds them
    [_NEW, "Agus Saputra", "II/c", "Pranata Komputer Terampil", "Dinas Kesehatan", "Fungsional", "01-05-2026",
     "10-01-1990", "L", "PNS", "D-III", "D-III Manajemen Informatika", ""],
    # eight years in the post (rotation due) and under hukuman disiplin
    [_PUNISHED, "Budi Santoso", "II/d", "Pranata Komputer Terampil", "Dinas Kesehatan", "Fungsional", "01-11-2018",
     "05-05-1985", "L", "PNS", "D-III", "D-III Teknik Informatika", "Ya"],
    # free to move (rotation due)
    [_FREE, "Citra Dewi", "II/d", "Pranata Komputer Terampil", "Dinas Sosial", "Fungsional", "01-11-2018",
     "02-02-1988", "P", "PNS", "D-III", "D-III Manajemen Informatika", ""],
]  # fmt: skip
_POSTS = [
    ["KODE JABATAN", "NAMA JABATAN", "UNIT KERJA", "JENIS JABATAN", "KELAS JABATAN", "KEBUTUHAN", "SYARAT PENDIDIKAN"],
    ["A1", "Pranata Komputer Terampil", "Dinas Kesehatan", "Fungsional", 6, 2, "D-III"],
    ["B1", "Pranata Komputer Terampil", "Dinas Sosial", "Fungsional", 6, 1, "D-III"],
    ["C1", "Pranata Komputer Terampil", "Dinas Pertanian", "Fungsional", 6, 1, "D-III"],
]


def _write(path: Path, rows: list[list[object]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh, delimiter=";").writerows(rows)
    return path


def _inputs(tmp_path: Path) -> tuple[Path, Path]:
    return _write(tmp_path / "pegawai.csv", [_HEAD, *_PEOPLE]), _write(tmp_path / "jabatan.csv", _POSTS)


def test_a_person_the_rules_hold_is_told_the_rule_nilai_gives(tmp_path: Path) -> None:
    pegawai, jabatan = _inputs(tmp_path)
    settings = Settings(rencana=dataclasses.replace(PlanSettings(), rotasi_wajib=True))
    result = plan(pegawai=pegawai, jabatan=jabatan, settings=settings, tanggal=AS_OF).plan
    usulan = _write(tmp_path / "usulan.csv", [["NIP", "KODE JABATAN"], [_NEW, "C1"], [_PUNISHED, "C1"]])
    verdict = assess(pegawai=pegawai, jabatan=jabatan, usulan=usulan, settings=settings, tanggal=AS_OF).table
    assert not verdict["layak"].any()  # nobody may take the open C1, by the rules alone
    why = dict(zip(result.accounting["nip"], result.accounting["alasan"], strict=True))
    assert why[_NEW] == "Tetap: tidak dapat dipindah menurut aturan: " + (
        "Baru 6 bulan di jabatan sekarang (minimal 2 tahun, PP 11/2017 Pasal 190 ayat 3)"
    )
    assert why[_NEW].split(": ", 2)[2] in verdict["alasan"].iloc[0]  # the words nilai gives for the same pair
    # the rotation-due person under discipline: the rule, not "no post", and not the rotation (informational)
    assert why[_PUNISHED] == "Tetap: tidak dapat dipindah menurut aturan: Sedang menjalani hukuman disiplin"
    rotation = [f.message for f in result.findings if f.code == "rotasi-tidak-terpenuhi"]
    assert any(
        m.endswith("tetapi tidak dapat dipindah menurut aturan: Sedang menjalani hukuman disiplin") for m in rotation
    )
    assert why[_FREE].startswith("M0001: ")  # the one person free to move rotates into the open post
    assert result.summary["lowongan_terisi"] == result.summary["batas_atas_pengisian"]


def test_a_person_kept_by_their_own_unwilling_form_is_not_said_kept_by_the_analyst(tmp_path: Path) -> None:
    """Under ``tidak_bersedia_wajib_tetap`` the unwilling are kept like --tetap, and the Pegawai sheet said
    "Dipertahankan atas permintaan analis (--tetap)" of people the analyst never named."""
    pegawai, jabatan = _inputs(tmp_path)
    forms = tmp_path / "aspirasi.csv"
    table = pd.DataFrame({"nip": [_FREE, _NEW], "kesediaan": ["Tidak bersedia", "Tidak bersedia"]})
    table.reindex(columns=list(ASPIRATION_FIELDS)).to_csv(forms, index=False)  # as aspirasi-baca writes it
    settings = Settings(aspirasi=dataclasses.replace(AspirationSettings(), tidak_bersedia_wajib_tetap=True))
    result = plan(pegawai=pegawai, jabatan=jabatan, keep=[_NEW], aspirasi=[forms], settings=settings, tanggal=AS_OF)
    why = dict(zip(result.plan.accounting["nip"], result.plan.accounting["alasan"], strict=True))
    # only the form keeps them
    assert (
        why[_FREE]
        == "Dipertahankan: aspirasi menyatakan tidak bersedia dipindah ([aspirasi] tidak_bersedia_wajib_tetap)"
    )
    assert why[_NEW] == "Dipertahankan atas permintaan analis"  # the analyst named them (unwilling too)
    assert result.plan.summary["lowongan_terisi"] == 0
    # the open post names both kinds of keeping, not --tetap alone
    (nobody,) = result.plan.unfilled["alasan"].tolist()
    assert "; 2 dipertahankan (atas permintaan analis atau karena aspirasi tidak bersedia)" in nobody


def test_a_post_nobody_may_take_because_all_are_ruled_out_or_kept_says_so(tmp_path: Path) -> None:
    """With every mover ruled out by the employee rules or kept there is no class of movers, and the open post read
    the candidate table's "Tidak ada kandidat layak dengan skor minimal 40 untuk jabatan ini": no score was the
    cause, and neither the rules nor the keeping were named."""
    pegawai, jabatan = _inputs(tmp_path)
    result = plan(pegawai=pegawai, jabatan=jabatan, keep=[_FREE], settings=Settings(), tanggal=AS_OF).plan
    (code,) = result.unfilled["kode_jabatan"].tolist()
    (nobody,) = result.unfilled["alasan"].tolist()
    assert code == "C1"
    assert nobody.startswith(
        "Tidak ada pegawai yang layak di mana pun: 2 pegawai tidak dapat dipindah menurut aturan (masa jabatan, CPNS, "
        "BUP, hukdis, tugas belajar); 1 dipertahankan ("
    )


def test_a_post_s_own_holders_are_not_counted_among_those_the_rules_hold_from_it(tmp_path: Path) -> None:
    """The count of people the rules hold was the whole roster's for every post, its own holders included, while the
    other counts leave them out (review8, h28): a post held by two ruled-out people read "2 pegawai tidak dapat
    dipindah menurut aturan" as if they were candidates kept from it, and the counts did not add up."""
    pegawai = _write(tmp_path / "pegawai.csv", [_HEAD, *_PEOPLE])
    grown = [row if row[0] != "A1" else [*row[:5], 3, *row[6:]] for row in _POSTS]  # A1 needs a third person
    jabatan = _write(tmp_path / "jabatan.csv", grown)
    result = plan(pegawai=pegawai, jabatan=jabatan, keep=[_FREE], settings=Settings(), tanggal=AS_OF).plan
    why = dict(zip(result.unfilled["kode_jabatan"], result.unfilled["alasan"], strict=True))
    assert why["A1"] == (  # its two holders are the ruled-out ones
        "Tidak ada pegawai yang layak di mana pun: 1 dipertahankan (atas permintaan analis atau karena aspirasi tidak "
        "bersedia)"
    )
    assert why["C1"].startswith("Tidak ada pegawai yang layak di mana pun: 2 pegawai tidak dapat dipindah")
    # and a kept holder is no one kept from their own post
    kept_own = plan(pegawai=pegawai, jabatan=jabatan, keep=[_NEW, _FREE], settings=Settings(), tanggal=AS_OF).plan
    why = dict(zip(kept_own.unfilled["kode_jabatan"], kept_own.unfilled["alasan"], strict=True))
    assert why["A1"] == (  # Citra, kept in B1; not Agus, kept in A1 itself
        "Tidak ada pegawai yang layak di mana pun: 1 dipertahankan (atas permintaan analis atau karena aspirasi tidak "
        "bersedia)"
    )
