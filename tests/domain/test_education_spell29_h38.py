"""Real roster spellings of education (spell29, h38): an undotted master's title with dots after its field, a school
after a degree and its programme, a master's level written after a first degree, M.A. written without its dots."""

from __future__ import annotations

import pytest

from asn_mutasi.domain.gelar import parse_titles
from asn_mutasi.domain.pendidikan import parse_education, roster_education


@pytest.mark.parametrize("cell", ["S.Pd.I MPd.I", "S.Pd.I, MPd.I", "S.Ag, MPd.I"])
def test_undotted_master_with_dotted_field_is_a_title(cell: str) -> None:
    # "S.Pd.I MPd.I" read S-1 with the programme "MPd.I": the M's dot missing, the I's kept, it was no title
    parsed = parse_education(cell, None)
    assert (parsed.level, parsed.programme) == ("S-2", "PENDIDIKAN AGAMA ISLAM")
    assert roster_education(cell, None) == ("S-2", "PENDIDIKAN AGAMA ISLAM")
    assert parse_titles(f"Siti Aminah, {cell}").level == "S-2"  # the name's call site: the same rule
