"""Prepared frames built directly with the documented columns (no validation import)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pandas as pd

POSITION_DEFAULTS: dict[str, Any] = {
    "_status": "valid",
    "_alasan": "",
    "jenis_jabatan": None,
    "kelas_jabatan": float("nan"),
    "kebutuhan": 1,
    "beban_kerja_jam": float("nan"),
    "syarat_pendidikan": None,
    "bezetting": float("nan"),
}
ROSTER_DEFAULTS: dict[str, Any] = {
    "_status": "valid",
    "_alasan": "",
    "kode_jabatan": None,
    "golongan": "III/a",
    "status_kepegawaian": "PNS",
    "jenis_jabatan": None,
    "tanggal_lahir": pd.Timestamp("1985-06-15"),
}


def make_positions(rows: Sequence[dict[str, Any]]) -> pd.DataFrame:
    """Return a prepared positions frame; ``_baris`` from 2 in order."""
    recs = [{**POSITION_DEFAULTS, "_baris": i + 2, **r} for i, r in enumerate(rows)]
    frame = pd.DataFrame(recs)
    return frame


def make_roster(rows: Sequence[dict[str, Any]]) -> pd.DataFrame:
    """Return a prepared roster frame; NIPs generated when absent."""
    recs = []
    for i, r in enumerate(rows):
        rec = {**ROSTER_DEFAULTS, "_baris": i + 2, "nip": f"19850615201001{i:04d}", "nama": f"Pegawai {i}", **r}
        recs.append(rec)
    columns = ["_baris", "nip", "nama", "jabatan", "unit_kerja", *ROSTER_DEFAULTS]
    frame = pd.DataFrame(recs) if recs else pd.DataFrame({c: pd.Series(dtype=object) for c in columns})
    frame["tanggal_lahir"] = pd.to_datetime(frame["tanggal_lahir"]).astype("datetime64[ns]")
    return frame
