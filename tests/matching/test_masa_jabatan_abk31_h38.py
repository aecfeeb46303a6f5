"""Time in post is one number: whole calendar months, as the rule's own text says it (abk31, h38)."""

from __future__ import annotations

import dataclasses
from datetime import date

import pandas as pd

from asn_mutasi.config import Rules, Settings
from asn_mutasi.matching.eligibility import employee_eligibility
from asn_mutasi.planning import make_plan
from tests.planning.factory import AS_OF, candidates, nip, positions, roster


def test_years_in_post_are_the_months_the_reason_says() -> None:
    """TMT 2024-01-02 on 2026-01-01: the reason says "1 tahun 11 bulan", so the column says 1,92, not the 2,0 of
    days ÷ 365.25 beside a "kurang 2 tahun" reason."""
    frame = pd.DataFrame(
        {
            "nip": ["198501012010011001"],
            "jenis_jabatan": ["Pelaksana"],
            "tmt_jabatan": [pd.Timestamp("2024-01-02")],
            "tanggal_lahir": [pd.Timestamp("1985-01-01")],
            "status_kepegawaian": ["PNS"],
        }
    )
    out = employee_eligibility(frame, Rules(), date(2026, 1, 1)).iloc[0]
    assert "Baru 1 tahun 11 bulan di jabatan sekarang" in out["alasan"]
    assert out["masa_jabatan_tahun"] == 1.92


def test_the_planner_calls_rotation_due_when_the_rule_does() -> None:
    """TMT 2020-12-31 on 2026-01-01 is 5 years and a day, no whole month over 5 years: the rule's
    ``rotasi-jatuh-tempo`` (more than 60 whole months) says not yet, so ``rotasi_wajib`` forces no move."""
    pos = positions([("A", "Perawat", "RSUD", 1), ("C", "Perawat", "RSUD", 1), ("D", "Perawat", "RSUD", 1)])
    settings = Settings()
    settings = dataclasses.replace(settings, rencana=dataclasses.replace(settings.rencana, rotasi_wajib=True))
    ro = roster([(nip(1), "C")], tmt="2020-12-31")
    eligibility = employee_eligibility(ro.assign(jenis_jabatan="Pelaksana"), settings.aturan, AS_OF)
    assert not bool(eligibility["rotasi_jatuh_tempo"].iloc[0])
    p = make_plan(ro, pos, candidates([(nip(1), "D", 70, True)]), settings, as_of=AS_OF)
    assert p.moves.empty
    due = make_plan(
        roster([(nip(1), "C")], tmt="2020-11-30"), pos, candidates([(nip(1), "D", 70, True)]), settings, as_of=AS_OF
    )
    assert due.moves["nip"].tolist() == [nip(1)]
