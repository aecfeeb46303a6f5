"""Duplicate NIPs and hostile files (hostile14, h34).

A NIP written on several rows with conflicting values kept its first row: the same roster with two rows swapped gave
another bezetting and another plan. The kept row is now chosen from the whole group in a fixed order (birth date of
the NIP, not otherwise excluded, latest TMT jabatan, more complete, row content) and ``nip-ganda`` says which and why.
"""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

import pandas as pd
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

import asn_mutasi as am
from asn_mutasi.io.readers import read_table
from asn_mutasi.validation import prepare_roster

ROOT = Path(__file__).resolve().parents[1]
AS_OF = date(2025, 1, 1)
HEADER = "NIP;NAMA;JABATAN;UNIT KERJA;TANGGAL LAHIR;TMT JABATAN;GOL/RUANG"
OLD = "197705022003022001;Ratna;Pengadministrasi Perkantoran;Dinas Kesehatan;02-05-1977;01-01-2020;III/a"
NEW = "197705022003022001;Ratna;Penata Layanan Operasional;Dinas Pertanian;02-05-1977;01-01-2024;III/b"


def _roster(path: Path, lines: list[str]) -> Any:
    path.write_text("\n".join([HEADER, *lines]) + "\n", encoding="utf-8")
    return prepare_roster(read_table(path, "pegawai"), today=AS_OF)


def test_two_rows_of_one_nip_keep_the_latest_post_in_either_order(tmp_path: Path) -> None:
    """The row with the later TMT jabatan is read whichever comes first, and nip-ganda names it and why."""
    for lines, kept in (([OLD, NEW], 3), ([NEW, OLD], 2)):
        table = _roster(tmp_path / "ganda.csv", lines)
        assert table.valid["jabatan"].tolist() == ["Penata Layanan Operasional"]
        said = [f.message for f in table.findings if f.code == "nip-ganda"]
        assert said == [f"NIP ganda: sama dengan baris {kept}; yang dibaca baris {kept} (TMT jabatannya lebih baru)"]


def test_the_nip_owner_wins_over_a_later_post_and_a_complete_row_over_a_bare_one(tmp_path: Path) -> None:
    typo = NEW.replace("02-05-1977", "02-05-1979")  # later post, but a birth date other than the NIP's
    table = _roster(tmp_path / "pemilik.csv", [typo, OLD])
    assert table.valid["jabatan"].tolist() == ["Pengadministrasi Perkantoran"]
    bare = OLD.replace(";III/a", ";")
    for lines in ([bare, OLD], [OLD, bare]):
        table = _roster(tmp_path / "lengkap.csv", lines)
        assert table.valid["golongan"].notna().all()
        assert any("isinya lebih lengkap" in f.message for f in table.findings if f.code == "nip-ganda")


def _sample_with_duplicates(n: int) -> pd.DataFrame:
    """The first ``n`` people of the shipped sample, a fifth of them written again with another post, unit, TMT
    jabatan or golongan (taken from other people): a conflict the row order used to decide."""
    roster = pd.read_csv(ROOT / "sample_data" / "pegawai.csv", sep=";", dtype=str, keep_default_na=False).iloc[:n]
    again = roster.iloc[::5].copy()
    donors = roster.iloc[1::5].iloc[: len(again)]
    for k, col in enumerate(("JABATAN", "UNIT KERJA", "TMT JABATAN", "GOL/RUANG")):
        rows = again.index[k::4]
        again.loc[rows, col] = donors[col].to_numpy()[k::4][: len(rows)]
    again.loc[again.index[1::3], "TMT JABATAN"] = roster["TMT JABATAN"].iloc[0]  # some ties on the TMT
    again["JABATAN"] = again["JABATAN"].where(again.index % 2 == 0, again["JABATAN"].str.upper())
    return pd.concat([roster, again], ignore_index=True)


ROSTER = _sample_with_duplicates(80)


def _outcome(folder: Path, order: list[int]) -> tuple[Any, ...]:
    pegawai = folder / "pegawai.csv"
    ROSTER.iloc[order].to_csv(pegawai, sep=";", index=False)
    table = prepare_roster(read_table(pegawai, "pegawai"), today=AS_OF)
    fields = [c for c in table.valid.columns if not c.startswith("_")]
    valid = sorted(tuple(map(str, r)) for r in table.valid[fields].itertuples(index=False))
    said = Counter((f.code, f.severity.value) for f in table.findings)
    held = sorted(table.frame.loc[table.frame["_menduduki"], "nip"].astype(str))
    plan = am.plan(pegawai=pegawai, jabatan=ROOT / "sample_data" / "peta_jabatan.xlsx", tanggal=AS_OF)
    moves = plan.plan.moves[["nip", "kode_jabatan_asal", "kode_jabatan_tujuan", "skor"]].astype(str)
    summary = {k: v for k, v in plan.plan.summary.items() if k != "putaran_penetapan_harga"}
    return valid, said, held, sorted(map(tuple, moves.to_numpy().tolist())), summary


BASE: dict[str, tuple[Any, ...]] = {}


@settings(
    max_examples=4,
    deadline=None,
    phases=[Phase.explicit, Phase.generate],
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(order=st.permutations(list(range(len(ROSTER)))))
def test_shuffling_a_roster_with_repeated_nips_changes_neither_check_nor_plan(tmp_path: Path, order: list[int]) -> None:
    if "base" not in BASE:
        BASE["base"] = _outcome(tmp_path, list(range(len(ROSTER))))
    got = _outcome(tmp_path, order)
    assert got[1][("nip-ganda", "galat")] == len(ROSTER) - 80
    assert got == BASE["base"]
