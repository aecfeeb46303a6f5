"""A post's and a unit's column are looked at for Excel error texts once per distinct value (speed22, h37).

The dash look and the validation group these columns anyway (:class:`~asn_mutasi.distinct.ColumnMemo`); the error
look tested every one of their 100,000 cells once more with ``isin`` (~15 ms a column).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from asn_mutasi.io.readers import read_table


def test_error_texts_of_posts_and_units_read_empty_without_a_cell_by_cell_look(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "pegawai.csv"
    path.write_text(
        "NIP,NAMA,JABATAN,UNIT KERJA\n"
        "198001012005011001,Budi Santoso,#N/A,Dinas A\n"
        "198001012005011002,Sri Wahyuni,Analis,#REF!\n"
        "198001012005011003,Agus Salim,-,Dinas A\n"
        "198001012005011004,Dewi Lestari,Analis,Dinas A\n",
        encoding="utf-8",
    )
    looked: list[object] = []
    real = pd.Series.isin

    def isin(self: pd.Series, values: Any) -> pd.Series:
        looked.append(self.name)
        return real(self, values)

    monkeypatch.setattr(pd.Series, "isin", isin)
    raw = read_table(str(path), "pegawai")
    assert raw.frame["jabatan"].tolist() == [None, "Analis", None, "Analis"]
    assert raw.frame["unit_kerja"].tolist() == ["Dinas A", None, "Dinas A", "Dinas A"]
    (said,) = [f for f in raw.findings if f.code == "sel-galat-excel"]
    assert said.message.startswith("2 sel") and "#N/A, #REF!" in said.message
    assert (said.location.column, said.location.row) == ("C", 2)
    assert "jabatan" not in looked and "unit_kerja" not in looked, looked
