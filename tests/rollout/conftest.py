"""Hand-built roster, positions and plan frames shared by the loop tests."""

from __future__ import annotations

from typing import Any

import pandas as pd
import pytest

from asn_mutasi.schema import PLAN_MOVE_COLUMNS, ColumnInfo, RawTable, SourceInfo

NIPS = {
    "A": "198501012010011001",
    "B": "198602022011012002",
    "C": "198703032012011003",
    "D": "198804042013012004",
    "E": "198905052014011005",
}
HEADERS = ["No", "NIP", "Nama Lengkap", "Gol", "Jabatan", "Unit Kerja", "Kode Jab", "TMT Jabatan", "Keterangan"]
FIELDS = {
    "nip": "NIP",
    "nama": "Nama Lengkap",
    "golongan": "Gol",
    "jabatan": "Jabatan",
    "unit_kerja": "Unit Kerja",
    "kode_jabatan": "Kode Jab",
    "tmt_jabatan": "TMT Jabatan",
}


def _letter(i: int) -> str:
    return chr(65 + i)


def roster_raw(*, with_kode: bool = True, with_tmt: bool = True) -> RawTable:
    """Five employees in four positions, as a reader would return them (text cells)."""
    rows = [
        ["1", NIPS["A"], "Ani, S.Kom", "III/b", "Pranata Komputer", "Dinas Kominfo", "J1", "01-03-2019", "x"],
        ["2", NIPS["B"], "Budi", "III/a", "Analis Data", "Bappeda", "J2", "01-03-2019", ""],
        ["3", NIPS["C"], "Citra", "III/c", "Analis Kebijakan", "Dinas Kominfo", "J3", "15-06-2018", "y"],
        ["4", NIPS["D"], "Dedi", "II/c", "Pengadministrasi Umum", "Bappeda", "J4", "01-01-2017", ""],
        ["5", NIPS["E"], "Eka", "III/a", "Analis Data", "Bappeda", "J2", "01-01-2016", ""],
    ]
    headers = list(HEADERS)
    if not with_kode:
        for r in rows:
            del r[6]
        headers.remove("Kode Jab")
    if not with_tmt:
        idx = headers.index("TMT Jabatan")
        for r in rows:
            del r[idx]
        headers.remove("TMT Jabatan")
    original = pd.DataFrame(rows, columns=headers, dtype=object)
    columns = {f: ColumnInfo(f, _letter(headers.index(h)), h, "alias") for f, h in FIELDS.items() if h in headers}
    frame = pd.DataFrame({f: original[info.header] for f, info in columns.items()})
    frame.insert(0, "_baris", range(2, 2 + len(rows)))
    return RawTable(
        kind="pegawai",
        frame=frame,
        source=SourceInfo(path="pegawai.csv", format="csv", delimiter=";", encoding="utf-8"),
        columns=columns,
        original_headers=headers,
        original_frame=original,
    )


def prepared(raw: RawTable) -> pd.DataFrame:
    """Return a minimal prepared-roster frame for ``raw`` (what validation would give)."""
    frame = raw.frame.copy()
    frame["_status"] = "valid"
    frame["_alasan"] = ""
    if "kode_jabatan" not in frame.columns:
        frame["kode_jabatan"] = None
    return frame


def positions() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "kode_jabatan": ["J1", "J2", "J3", "J4"],
            "nama_jabatan": ["Pranata Komputer", "Analis Data", "Analis Kebijakan", "Pengadministrasi Umum"],
            "unit_kerja": ["Dinas Kominfo", "Bappeda", "Dinas Kominfo", "Bappeda"],
            "kebutuhan": [1, 2, 1, 1],
        }
    )


def move(
    mid: str, who: str, asal: tuple[str, str, str], tujuan: tuple[str, str, str], rantai: str, **extra: Any
) -> dict[str, Any]:
    rec: dict[str, Any] = {name: None for name, _ in PLAN_MOVE_COLUMNS}
    rec.update(
        id_mutasi=mid,
        nip=NIPS[who],
        nama="x",
        kode_jabatan_asal=asal[0],
        jabatan_asal=asal[1],
        unit_asal=asal[2],
        kode_jabatan_tujuan=tujuan[0],
        jabatan_tujuan=tujuan[1],
        unit_tujuan=tujuan[2],
        skor=80.5,
        rantai=rantai,
        alasan="mengisi lowongan",
    )
    rec.update(extra)
    return rec


J1 = ("J1", "Pranata Komputer", "Dinas Kominfo")
J2 = ("J2", "Analis Data", "Bappeda")
J3 = ("J3", "Analis Kebijakan", "Dinas Kominfo")
J4 = ("J4", "Pengadministrasi Umum", "Bappeda")


def plan_moves() -> pd.DataFrame:
    """A chain R1: E leaves J2 (over its need) for J4... and a swap-like chain R2.

    Seats: J1 need 1 (A), J2 need 2 (B, E), J3 need 1 (C), J4 need 1 (D).
    M-1: C J3 → J1 and M-2: A J1 → J3 form chain R1 (a swap: M-2 vacates J1 for M-1).
    M-3: D J4 → J2 needs M-4: E J2 → J4 (chain R2).
    """
    return pd.DataFrame(
        [
            move("M-1", "C", J3, J1, "R1"),
            move("M-2", "A", J1, J3, "R1"),
            move("M-3", "D", J4, J2, "R2"),
            move("M-4", "E", J2, J4, "R2"),
        ]
    )


@pytest.fixture
def plan() -> pd.DataFrame:
    return plan_moves()
