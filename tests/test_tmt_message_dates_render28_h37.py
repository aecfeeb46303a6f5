"""The warning for a TMT before the plan's reference date names both dates DD-MM-YYYY (render28, h37).

``terapkan`` printed "TMT 2026-02-01 lebih awal dari tanggal acuan rencana (2026-12-06)": ISO dates, in a message
whose --tmt the analyst types DD-MM-YYYY and whose Parameter sheet shows the date DD-MM-YYYY.
"""

from __future__ import annotations

from datetime import date


def test_a_tmt_before_the_plan_is_named_in_indonesian_date_style() -> None:
    from asn_mutasi.api.apply import _tmt_before_plan

    (finding,) = _tmt_before_plan(date(2026, 2, 1), {"tanggal_acuan": "06-12-2026"}, "rencana.xlsx")
    assert finding.code == "tmt-sebelum-rencana"
    assert "TMT 01-02-2026" in finding.message and "(06-12-2026)" in finding.message, finding.message
    assert "2026-02-01" not in finding.message and "2026-12-06" not in finding.message
    assert _tmt_before_plan(date(2026, 12, 6), {"tanggal_acuan": "06-12-2026"}, "rencana.xlsx") == []


def test_a_date_out_of_range_is_refused_in_indonesian_date_style() -> None:
    import pytest

    from asn_mutasi.domain.limits import check_as_of
    from asn_mutasi.errors import UsageError

    with pytest.raises(UsageError) as refused:
        check_as_of(date(2200, 1, 1), "TMT")
    assert str(refused.value) == "TMT 01-01-2200 di luar rentang yang didukung (01-01-1950 s.d. 31-12-2100)"
