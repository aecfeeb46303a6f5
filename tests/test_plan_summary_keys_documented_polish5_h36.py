"""Every key of the plan's `ringkasan` (JSON and the Ringkasan sheet) is documented (polish5, h36).

docs/cli.md listed the plan's summary up to the imbalance indices and ended in "…": `nilai_tujuan_sekunder`,
`pembanding_*`, `dikecualikan_*` and the other keys after them had no word of explanation.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import asn_mutasi as am
from asn_mutasi.cli.json_shapes import json_shapes


def test_every_summary_key_of_a_plan_is_named_in_its_json_shape(tmp_path: Path) -> None:
    am.make_sample(output=tmp_path, pegawai=200, seed=5)
    result = am.plan(
        pegawai=tmp_path / "pegawai.xlsx", jabatan=tmp_path / "peta_jabatan.xlsx", tanggal=date(2026, 11, 1)
    )
    text = str(json_shapes()["rencana"])
    named = set(re.findall(r"`([a-z0-9_]+)`", text))
    missing = sorted(k for k in result.plan.summary if k not in named)
    assert not missing, missing
    assert "…" not in text
