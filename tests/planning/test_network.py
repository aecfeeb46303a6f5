"""Building the planning instance: the employees' order."""

from __future__ import annotations

import numpy as np
import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from asn_mutasi.planning.network import text_order

_CHARS = st.sampled_from(["0", "1", "9", "a", "Z", " ", "\x00", "é", "ß", "😀"])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet=_CHARS, max_size=5), max_size=40))
def test_text_order_is_the_stable_sort_of_the_texts(texts: list[str]) -> None:
    """NIP keys are ordered as ``sort_values(kind="stable")`` orders them, NULs and non-ASCII included."""
    values = np.array([*texts, ""], dtype=object)[: len(texts)]  # 1-D object array, also when empty
    want = pd.Series(values, dtype=object).sort_values(kind="stable").index.to_numpy()
    assert text_order(values).tolist() == want.tolist()


def test_text_order_keeps_a_trailing_nul_apart() -> None:
    """numpy's fixed-width text drops trailing NULs ("12\\x00" would equal "12"): such texts sort as objects."""
    values = np.array(["12\x00", "12", "11"], dtype=object)
    assert text_order(values).tolist() == [2, 1, 0]


def test_text_order_sorts_a_long_key_as_an_object() -> None:
    """One very long key (a broken NIP cell kept as text) does not make a huge fixed-width array."""
    from asn_mutasi.planning import network

    values = np.array(["199001012015011001", "x" * 10_000, "198001012005011002"], dtype=object)
    assert text_order(values).tolist() == [2, 0, 1]
    assert len(values[1]) > network._FIXED_WIDTH_MAX
