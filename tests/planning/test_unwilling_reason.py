"""The reason a "Tidak bersedia" person is still moved names the cause that holds: the fill or the fit (oracle7 #2,
h28: "lowongan terisi berkurang atau kecocokan rencana turun" sent the analyst checking the fill for nothing)."""

from __future__ import annotations

import pandas as pd

from asn_mutasi.config import AspirationSettings, Settings
from asn_mutasi.planning import make_plan
from asn_mutasi.planning.aspiration import ASPIRATION_FIELDS, AspirationCost, annotate_moves
from tests.planning.factory import AS_OF, NO_RETIREMENTS, candidates, nip, positions, roster


def _forms(unwilling: list[str]) -> pd.DataFrame:
    table = pd.DataFrame({f: [""] * len(unwilling) for f in ASPIRATION_FIELDS})
    table["nip"] = unwilling
    table["kesediaan"] = "Tidak bersedia"
    return table


def test_an_unwilling_move_the_fill_needs_and_one_the_fit_decides_are_told_apart() -> None:
    """P1 is the only one who can fill A (the fill needs the move); P3 and P4 can both fill C, P3 far better: P3 is
    moved for the fit, and keeping P3 would not lower the fill. Both surplus in B."""
    pos = positions([("A", "Analis", "Dinas A", 1), ("B", "Perawat", "RSUD", 1), ("C", "Pengolah Data", "Dinas C", 1)])
    ro = roster([(nip(1), "B"), (nip(2), "B"), (nip(3), "B"), (nip(4), "B")])
    ca = candidates([(nip(1), "A", 70, True), (nip(3), "C", 98, True), (nip(4), "C", 41, True)])
    forms = _forms([nip(1), nip(3)])
    cost = AspirationCost.build(forms, pos, AspirationSettings(biaya_tidak_bersedia=5.0))
    plan = make_plan(ro, pos, ca, Settings(), as_of=AS_OF, retirements=NO_RETIREMENTS, preference=cost)
    moved = dict(zip(plan.moves["nip"], plan.moves["kode_jabatan_tujuan"], strict=True))
    assert moved == {nip(1): "A", nip(3): "C"}
    assert plan.unwilling_for_fill == {nip(1): True, nip(3): False}
    out = annotate_moves(plan.moves, forms, pos, for_fill=plan.unwilling_for_fill).set_index("nip")["alasan"]
    assert out[nip(1)].endswith("tanpa pindah ini lowongan terisi berkurang")
    assert "kecocokan rencana turun lebih dari bobot ketidaksediaan" in out[nip(3)]
    assert "lowongan terisi tidak berkurang" in out[nip(3)] and " atau " not in out[nip(3)].split("TIDAK BERSEDIA")[1]
    unchecked = annotate_moves(plan.moves, forms, pos).set_index("nip")["alasan"]  # read back: no answer, both named
    assert "lowongan terisi berkurang atau kecocokan rencana turun" in unchecked[nip(3)]


def test_an_unwilling_move_the_analyst_pinned_names_the_pin() -> None:
    """P1 is pinned (``--kunci``) to C, a post P1 did not choose: the reason is the pin, not "tanpa pindah ini
    lowongan terisi berkurang" (oracle8 minor, h29: r203/plan_aspin_asp.json); P3, unwilling and unpinned, keeps
    the fill's or the fit's words."""
    pos = positions([("A", "Analis", "Dinas A", 1), ("B", "Perawat", "RSUD", 1), ("C", "Pengolah Data", "Dinas C", 1)])
    ro = roster([(nip(1), "B"), (nip(2), "B"), (nip(3), "B")])
    ca = candidates([(nip(1), "C", 70, True), (nip(3), "A", 90, True)])
    forms = _forms([nip(1), nip(3)])
    cost = AspirationCost.build(forms, pos, AspirationSettings(biaya_tidak_bersedia=5.0))
    plan = make_plan(
        ro, pos, ca, Settings(), as_of=AS_OF, retirements=NO_RETIREMENTS, preference=cost, pins=[(nip(1), "C")]
    )
    assert dict(zip(plan.moves["nip"], plan.moves["kode_jabatan_tujuan"], strict=True)) == {nip(1): "C", nip(3): "A"}
    for for_fill in (plan.unwilling_for_fill, None):  # as planned, and read back from the workbook
        out = annotate_moves(plan.moves, forms, pos, for_fill=for_fill).set_index("nip")["alasan"]
        assert out[nip(1)].startswith("Ditetapkan analis (mutasi dikunci)")
        assert out[nip(1)].endswith(
            "Menyatakan TIDAK BERSEDIA dipindah; tetap diusulkan karena ditetapkan analis (mutasi dikunci)"
        )
        assert "lowongan terisi" not in out[nip(1)].split("TIDAK BERSEDIA")[1]
        assert "TIDAK BERSEDIA dipindah; tetap diusulkan karena tanpa pindah ini" in out[nip(3)]


def test_a_pin_in_a_workbook_written_before_render30_still_names_the_pin() -> None:
    """A plan workbook written before render30 (h38) opens a pinned move's reason "Ditetapkan analis (--kunci)";
    surat reads it back, and the unwilling pinned person's letter note said "lowongan terisi berkurang atau
    kecocokan rencana turun" instead of the pin (reviewG, h38)."""
    pos = positions([("A", "Analis", "Dinas A", 1), ("B", "Perawat", "RSUD", 1), ("C", "Pengolah Data", "Dinas C", 1)])
    moves = pd.DataFrame(
        {"nip": [nip(1)], "kode_jabatan_tujuan": ["C"], "alasan": ["Ditetapkan analis (--kunci); skor 70,0"]}
    )
    out = annotate_moves(moves, _forms([nip(1)]), pos).set_index("nip")["alasan"]
    assert out[nip(1)].endswith("tetap diusulkan karena ditetapkan analis (mutasi dikunci)")
