"""Review8 (h32): the Penyuluh KB's keterampilan posts and the PLKB of today are one seat written in two names."""

from __future__ import annotations

import pytest

from asn_mutasi.workload import link_employees

from .frames import make_positions, make_roster


@pytest.mark.parametrize(
    ("written", "post", "how"),
    [
        # a peta still in the Penyuluh KB's keterampilan ladder, a roster in today's JF (PermenPANRB 53/2022)
        ("PLKB Terampil", "Penyuluh Keluarga Berencana Terampil", "fuzzy"),
        ("PLKB Mahir", "Penyuluh KB Mahir", "fuzzy"),
        # the other way: a roster not yet inpassed, a peta in today's JF
        ("Penyuluh KB Terampil", "Petugas Lapangan Keluarga Berencana Terampil", "fuzzy"),
        # today's JF by its abbreviation on both sides
        ("Petugas Lapangan KB Terampil", "PLKB Terampil", "nama"),
    ],
)
def test_a_plkb_and_the_penyuluh_kb_keterampilan_post_link(written: str, post: str, how: str) -> None:
    """groups7 made PLKB its own JF: a roster's "PLKB Terampil" on a peta's "Penyuluh Keluarga Berencana Terampil",
    one seat linked before, was left unlinked and the seat read vacant. It links as the JF's old name (the analyst is
    told, jabatan-nama-lama/-baru), at the same jenjang only."""
    posts = [post, "Penyuluh Keluarga Berencana Ahli Pertama", "Pengadministrasi Perkantoran"]
    table = make_positions(
        [{"kode_jabatan": f"J{i}", "nama_jabatan": n, "unit_kerja": "U"} for i, n in enumerate(posts)]
    )
    res = link_employees(make_roster([{"jabatan": written, "unit_kerja": "U"}]), table)
    assert (res.frame.loc[0, "kode_jabatan_link"], res.frame.loc[0, "cara_tautan"]) == ("J0", how)
    if how == "fuzzy":
        assert {f.code for f in res.findings} & {"jabatan-nama-lama", "jabatan-nama-baru"}


def test_a_keahlian_penyuluh_kb_is_no_plkb() -> None:
    """Negative: the keahlian jenjang kept the name; "PLKB Terampil" never takes a Penyuluh KB Ahli Pertama post."""
    table = make_positions([{"kode_jabatan": "J0", "nama_jabatan": "Penyuluh KB Ahli Pertama", "unit_kerja": "U"}])
    res = link_employees(make_roster([{"jabatan": "PLKB Terampil", "unit_kerja": "U"}]), table)
    assert res.frame["kode_jabatan_link"].isna().all()
