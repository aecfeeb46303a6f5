"""The eligibility rule a refused move is filed under says what refused it: a pelaksana above the highest golongan a
holder of the target JF keterampilan jenjang can have (plan29's ceiling) is a penurunan-jabatan, and the rule's text
(docs/findings.md) named only a JF keahlian holder above the keterampilan range (reviewD, h38)."""

from __future__ import annotations

from asn_mutasi.config import Rules
from asn_mutasi.matching.eligibility import RULES, level_change_reason


def test_the_demotion_rule_names_a_pelaksana_above_the_jenjangs_highest_golongan() -> None:
    code, reason = level_change_reason(
        "Pelaksana", "Fungsional", 7, 7, Rules(), jenjang_to="terampil", golongan_rank=11
    ) or ("", "")
    assert "golongan tertinggi pemangku" in reason
    text = RULES[code].deskripsi
    assert "pelaksana" in text and "golongan tertinggi pemangku jenjang JF tujuan" in text
