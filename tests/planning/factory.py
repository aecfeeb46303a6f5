"""Build small hand-made planning inputs (roster, positions, candidates) for tests."""

from __future__ import annotations

from datetime import date

import numpy as np
import pandas as pd

AS_OF = date(2026, 1, 1)
NO_RETIREMENTS = pd.DataFrame(
    {"nip": pd.Series([], dtype=object), "tmt_pensiun": pd.Series([], dtype="datetime64[ns]")}
)


def nip(i: int) -> str:
    """Return a deterministic 18-digit NIP-like string."""
    return f"19800101200501{i:04d}"


def positions(rows: list[tuple[str, str, str, int]]) -> pd.DataFrame:
    """Return a prepared positions frame from (kode, nama, unit, kebutuhan)."""
    return pd.DataFrame(
        {
            "_baris": range(2, 2 + len(rows)),
            "_status": "valid",
            "_alasan": "",
            "kode_jabatan": [r[0] for r in rows],
            "nama_jabatan": [r[1] for r in rows],
            "unit_kerja": [r[2] for r in rows],
            "kebutuhan": [r[3] for r in rows],
            "beban_kerja_jam": np.nan,
        }
    )


def roster(rows: list[tuple[str, str | None]], *, excluded: int = 0, tmt: str = "2020-01-01") -> pd.DataFrame:
    """Return a linked roster from (nip, kode_jabatan_link); ``excluded`` extra invalid rows."""
    data = {
        "_baris": list(range(2, 2 + len(rows) + excluded)),
        "_status": ["valid"] * len(rows) + ["dikecualikan"] * excluded,
        "_alasan": [""] * len(rows) + ["NIP tidak valid"] * excluded,
        "nip": [r[0] for r in rows] + [f"X{i}" for i in range(excluded)],
        "nama": [f"Pegawai {i}" for i in range(len(rows) + excluded)],
        "golongan": "III/a",
        "jabatan": "x",
        "unit_kerja": "x",
        "tmt_jabatan": pd.Timestamp(tmt),
        "tanggal_lahir": pd.Timestamp("1985-01-01"),
        "kode_jabatan_link": [r[1] for r in rows] + [None] * excluded,
    }
    return pd.DataFrame(data)


def candidates(rows: list[tuple[str, str, float, bool]]) -> pd.DataFrame:
    """Return a candidate table from (nip, kode_jabatan, skor, layak)."""
    n = len(rows)
    return pd.DataFrame(
        {
            "nip": [r[0] for r in rows],
            "kode_jabatan": [r[1] for r in rows],
            "skor": [float(r[2]) for r in rows],
            "skor_pendidikan": [20.0] * n,
            "skor_jurusan": [30.0] * n,
            "skor_pengalaman": [10.0] * n,
            "skor_golongan": [5.0] * n,
            "skor_kinerja": [5.0] * n,
            "skor_diklat": [0.0] * n,
            "skor_preferensi": [0.0] * n,
            "status_pendidikan": ["sesuai"] * n,
            "memenuhi_pendidikan": [True] * n,
            "layak": [bool(r[3]) for r in rows],
            "alasan": [
                "pendidikan sesuai (S-1 Keperawatan)" if r[3] else "masa jabatan kurang dari 2 tahun" for r in rows
            ],
        }
    )
