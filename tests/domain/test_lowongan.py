"""The one count behind bezetting and the one vacancy definition (domain.lowongan)."""

from __future__ import annotations

import numpy as np
import pandas as pd

from asn_mutasi.domain.lowongan import bezetting, seat_vacancies


def test_bezetting_counts_linked_rows_per_code_unlinked_rows_none_and_a_code_listed_twice_on_each_row() -> None:
    links = np.array(["A-1", "B-2", None, "A-1", np.nan, "C-3"], dtype=object)
    got = bezetting(links, pd.Series(["A-1", "B-2", "D-4", "A-1"]))
    assert got.tolist() == [2, 1, 0, 2] and got.dtype == np.int64


def test_bezetting_of_no_holders_is_zero_everywhere_and_feeds_the_vacancy_definition() -> None:
    held = bezetting(np.array([], dtype=object), np.array(["X", "Y"], dtype=object))
    assert held.tolist() == [0, 0]
    assert seat_vacancies(np.array([3, 0]), held).tolist() == [3.0, 0.0]
