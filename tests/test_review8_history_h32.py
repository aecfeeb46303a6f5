"""Review8 (h32): education levels spelled otherwise are no history; golongan in compatibility characters."""

from __future__ import annotations

from pathlib import Path

from asn_mutasi.io.readers import read_table
from asn_mutasi.validation import prepare_roster

_HEADER = "NIP,NAMA,JABATAN,UNIT KERJA,GOLONGAN,PENDIDIKAN,JURUSAN"
_PEOPLE = [
    "197501012010011001,Andi Pratama,Sekretaris,Sekretariat,IV/a,S-2,Magister Manajemen",
    "197602022011042002,Sri Wahyuni,Kepala Bidang Pelayanan,Bidang Pelayanan,IV/a,S-1,Ilmu Hukum",
    "197703032012071003,Budi Hartono,Kepala Subbagian Umum,Sekretariat,III/d,S-1,Akuntansi",
    "197804042013012004,Dewi Kartika,Perawat Mahir,Bidang Pelayanan,III/a,D-III,Keperawatan",
    "198005052014021005,Rudi Hermawan,Pengadministrasi Umum,Sekretariat,II/c,SLTA,IPA",
]
_SPELLED = {",S-1,": ",Sarjana (S1),", ",S-2,": ",Strata 2,", ",D-III,": ",Diploma III,", ",SLTA,": ",SMA,"}


def _codes(tmp_path: Path, lines: list[str]) -> list[str]:
    path = tmp_path / "pegawai.csv"
    path.write_text(_HEADER + "\n" + "\n".join(lines) + "\n", encoding="utf-8")
    return [f.code for f in prepare_roster(read_table(path, "pegawai")).findings]


def _respelled(line: str) -> str:
    for old, new in _SPELLED.items():
        line = line.replace(old, new)
    return line


def test_a_roster_pasted_twice_with_levels_in_other_words_is_no_history(tmp_path: Path) -> None:
    """The copy writes each level in other words ("Sarjana (S1)" for "S-1", "SMA" for "SLTA", "Diploma III" for
    "D-III"): one level in two spellings. Compared as text, every NIP read as an education history export."""
    codes = _codes(tmp_path, [*_PEOPLE, *(_respelled(p) for p in _PEOPLE)])
    assert codes.count("nip-ganda") == 5 and "pegawai-berisi-riwayat" not in codes


def test_a_second_diploma_per_person_is_still_an_education_history(tmp_path: Path) -> None:
    """Positive: each person written again with a higher diploma (S-1 then S-2) is an education history."""
    higher = [p.replace(",S-1,", ",S-2,").replace(",SLTA,", ",D-III,").replace(",D-III,", ",S-1,") for p in _PEOPLE]
    codes = _codes(tmp_path, [*_PEOPLE, *higher[1:]])
    assert codes.count("pegawai-berisi-riwayat") == 1


def test_a_golongan_in_compatibility_characters_is_read(tmp_path: Path) -> None:
    """Roman numerals as one character ("Ⅳ/a") and fullwidth letters ("ＩＩＩ／ｂ") are the golongan their plain
    form is, as spell8 read the education and title cells; they were an unknown golongan."""
    lines = [p.replace(",IV/a,", ",Ⅳ/a,").replace(",III/d,", ",ＩＩＩ／ｄ,") for p in _PEOPLE]
    path = tmp_path / "pegawai.csv"
    path.write_text(_HEADER + "\n" + "\n".join(lines) + "\n", encoding="utf-8")
    table = prepare_roster(read_table(path, "pegawai"))
    assert list(table.frame["golongan"]) == ["IV/a", "IV/a", "III/d", "III/a", "II/c"]
