"""Findings past the cap are counted, not made (speed13, h34).

The 100k bench roster of an older generator fired 22,059 ``golongan-jenjang-mustahil`` warnings: each got a message
and a place (``make_finding`` and ``RosterContext.loc``, 0.7 s of the 1.2 s ``prepare_roster``) for 21,059 of them
to be counted by the cap. A :class:`~asn_mutasi.findings.FindingRun` makes only the ones kept and the first dropped.
"""

from __future__ import annotations

import numpy as np
import pytest

import asn_mutasi.findings as findings_mod
from asn_mutasi.findings import Location, capped, make_finding
from tests.test_validation import TODAY, person, prepare_roster, raw_table

CODE = "golongan-jenjang-mustahil"


def _one(row: int) -> findings_mod.Finding:
    loc = Location(file="p.xlsx", sheet="Data", row=row, column="F", field="golongan", value="III/a")
    return make_finding(CODE, loc, sumber=f"baris {row}", batas="x")


@pytest.mark.parametrize("before", [0, 3, 5, 9])
def test_a_run_is_capped_exactly_as_its_findings_one_by_one(before: int) -> None:
    from asn_mutasi.findings import FindingRun

    rows = np.array([40, 12, 77, 30, 55, 21, 90], dtype=np.int64)
    ahead = [_one(100 + k) for k in range(before)]  # findings of the same code passed before the run
    behind = [_one(7)]  # and one after it
    singly = capped([*ahead, *(_one(int(r)) for r in rows), *behind], limit=5)
    made: list[int] = []

    def make(k: int) -> findings_mod.Finding:
        made.append(k)
        return _one(int(rows[k]))

    batched = capped([*ahead, FindingRun(CODE, rows, make), *behind], limit=5)
    assert batched == singly
    assert len(made) <= max(0, 5 - before) + 1  # the kept ones and the first dropped one, no more


def test_a_roster_of_many_impossible_golongan_makes_only_the_kept_findings(monkeypatch: pytest.MonkeyPatch) -> None:
    limit = findings_mod.FINDINGS_PER_CODE
    n = limit + 300
    # distinct NIPs: born 1980-01-01, TMT CPNS 2005-01..12 and 2006-…, male, sequence 001..900
    nips = [f"19800101{2005 + i // 900:04d}{1 + i % 12:02d}1{1 + i % 900:03d}" for i in range(n)]
    rows = [person(nip=nip, golongan="III/a", jabatan="Analis Kebijakan Ahli Madya") for nip in nips]
    assert len(set(nips)) == n
    calls: list[str] = []
    real = findings_mod.make_finding

    def counting(code: str, *args: object, **kwargs: object) -> findings_mod.Finding:
        calls.append(code)
        return real(code, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr("asn_mutasi.validation.make_finding", counting)
    prepared = prepare_roster(raw_table("pegawai", rows), today=TODAY)
    kept = [f for f in prepared.findings if f.code == CODE]
    summary = [f for f in prepared.findings if f.code == "temuan-diringkas" and CODE in f.message]
    assert len(kept) == limit and len(summary) == 1 and "Dan 300 temuan" in summary[0].message
    assert calls.count(CODE) == limit + 1  # was one per row: 1,300
