"""Employee-level eligibility rules: boundaries, switches and reasons."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from asn_mutasi.config import Rules
from asn_mutasi.matching.eligibility import ELIGIBILITY_COLUMNS, RULES, employee_eligibility

AS_OF = date(2025, 7, 1)


def roster(**overrides: list[object]) -> pd.DataFrame:
    n = len(next(iter(overrides.values()))) if overrides else 1
    base: dict[str, list[object]] = {
        "nip": [f"19850101201001100{i}" for i in range(n)],
        "jabatan": ["Pengolah Data"] * n,
        "jenis_jabatan": ["Pelaksana"] * n,
        "tmt_jabatan": [pd.Timestamp("2021-01-01")] * n,
        "tanggal_lahir": [pd.Timestamp("1985-01-01")] * n,
        "status_kepegawaian": ["PNS"] * n,
        "hukuman_disiplin": [False] * n,
        "tugas_belajar": [False] * n,
    }
    base.update(overrides)
    frame = pd.DataFrame(base)
    for col in ("tmt_jabatan", "tanggal_lahir"):
        frame[col] = pd.to_datetime(frame[col])
    return frame


def test_exactly_two_years_in_position_is_eligible_one_day_less_is_not() -> None:
    out = employee_eligibility(
        roster(tmt_jabatan=[pd.Timestamp("2023-07-01"), pd.Timestamp("2023-07-02")]), Rules(), AS_OF
    )
    assert bool(out["bisa_dipindah"].iloc[0]) is True
    assert "masa-jabatan-kurang-2-tahun" not in out["kode_alasan"].iloc[0]
    assert bool(out["bisa_dipindah"].iloc[1]) is False
    assert out["kode_alasan"].iloc[1] == "masa-jabatan-kurang-2-tahun"
    assert out["alasan"].iloc[1] == (
        "Baru 1 tahun 11 bulan di jabatan sekarang (minimal 2 tahun, PP 11/2017 Pasal 190 ayat 3)"
    )
    assert out["masa_jabatan_tahun"].iloc[0] == pytest.approx(2.0, abs=0.01)


def test_missing_tmt_is_reported_but_not_blocking() -> None:
    out = employee_eligibility(roster(tmt_jabatan=[None]), Rules(), AS_OF)
    assert bool(out["bisa_dipindah"].iloc[0]) is True
    assert out["kode_alasan"].iloc[0] == "tmt-jabatan-tidak-diketahui"
    assert out["alasan"].iloc[0].startswith("TMT jabatan tidak diketahui")
    assert pd.isna(out["masa_jabatan_tahun"].iloc[0])


def test_cpns_blocked_and_switch_keeps_the_reason() -> None:
    frame = roster(status_kepegawaian=["CPNS"])
    out = employee_eligibility(frame, Rules(), AS_OF)
    assert not out["bisa_dipindah"].iloc[0]
    assert out["kode_alasan"].iloc[0] == "cpns-tidak-dapat-dimutasi"
    off = employee_eligibility(frame, Rules(cpns_tidak_dipindah=False), AS_OF)
    assert off["bisa_dipindah"].iloc[0]
    assert off["kode_alasan"].iloc[0] == "cpns-tidak-dapat-dimutasi"
    assert "dinonaktifkan" in off["alasan"].iloc[0]


def test_bup_boundary_within_twelve_months() -> None:
    # pelaksana, BUP 58: born 15 Jun 1967 -> TMT pensiun 1 Jul 2025
    frame = roster(tanggal_lahir=[pd.Timestamp("1967-06-15")])
    at_limit = employee_eligibility(frame, Rules(), date(2024, 7, 1))
    assert at_limit["tmt_pensiun"].iloc[0] == pd.Timestamp("2025-07-01")
    assert not at_limit["bisa_dipindah"].iloc[0]
    assert at_limit["kode_alasan"].iloc[0] == "mendekati-bup"
    assert "01-07-2025" in at_limit["alasan"].iloc[0]
    before = employee_eligibility(frame, Rules(), date(2024, 6, 30))
    assert before["bisa_dipindah"].iloc[0]
    assert before["kode_alasan"].iloc[0] == ""
    # JF ahli madya retires at 60: far from the limit at the same date
    madya = roster(
        tanggal_lahir=[pd.Timestamp("1967-06-15")],
        jabatan=["Analis Kebijakan Ahli Madya"],
        jenis_jabatan=["Fungsional"],
    )
    assert employee_eligibility(madya, Rules(), date(2024, 7, 1))["bisa_dipindah"].iloc[0]
    assert employee_eligibility(frame, Rules(cek_bup=False), date(2024, 7, 1))["bisa_dipindah"].iloc[0]


def test_a_retirement_date_already_past_is_said_as_past_as_the_plan_says_it() -> None:
    """`nilai` said "TMT pensiun 01-02-2018 (kurang dari 12 bulan lagi)" of a person retired eight years before; the
    plan said "Sudah melewati TMT pensiun" (h26/onefact). A TMT on the date itself is not yet past."""
    frame = roster(tanggal_lahir=[pd.Timestamp("1960-01-01"), pd.Timestamp("1967-06-15")])
    out = employee_eligibility(frame, Rules(), date(2025, 7, 1))
    assert out["alasan"].tolist() == [
        "Sudah melewati TMT pensiun 01-02-2018 (data pegawai belum diperbarui)",
        "Mencapai batas usia pensiun, TMT pensiun 01-07-2025 (kurang dari 12 bulan lagi)",
    ]
    assert out["kode_alasan"].tolist() == ["mendekati-bup", "mendekati-bup"]


def test_hukdis_and_tugas_belajar_block() -> None:
    out = employee_eligibility(roster(hukuman_disiplin=[True, False], tugas_belajar=[False, True]), Rules(), AS_OF)
    assert out["bisa_dipindah"].tolist() == [False, False]
    assert out["kode_alasan"].tolist() == ["sedang-hukuman-disiplin", "sedang-tugas-belajar"]
    assert out["alasan"].tolist() == ["Sedang menjalani hukuman disiplin", "Sedang tugas belajar"]


def test_rotation_due_is_informational() -> None:
    out = employee_eligibility(roster(tmt_jabatan=[pd.Timestamp("2019-01-01")]), Rules(), AS_OF)
    assert out["bisa_dipindah"].iloc[0]
    assert out["rotasi_jatuh_tempo"].iloc[0]
    assert out["kode_alasan"].iloc[0] == "rotasi-jatuh-tempo"
    assert "rotasi jatuh tempo" in out["alasan"].iloc[0]


def test_every_failed_rule_has_a_reason_and_index_is_kept() -> None:
    frame = roster(
        tmt_jabatan=[pd.Timestamp("2025-01-01"), None],
        tanggal_lahir=[pd.Timestamp("1966-01-01"), None],
        status_kepegawaian=["CPNS", "PNS"],
        hukuman_disiplin=[True, True],
        tugas_belajar=[True, False],
    )
    frame.index = [10, 20]
    out = employee_eligibility(frame, Rules(), AS_OF)
    assert list(out.index) == [10, 20]
    assert tuple(out.columns) == ELIGIBILITY_COLUMNS
    for codes, text in zip(out["kode_alasan"], out["alasan"], strict=True):
        listed = codes.split(";")
        assert all(code in RULES for code in listed)
        assert len(text.split("; ")) == len(listed)
    assert set(out["kode_alasan"].iloc[0].split(";")) == {
        "masa-jabatan-kurang-2-tahun",
        "cpns-tidak-dapat-dimutasi",
        "mendekati-bup",
        "sedang-hukuman-disiplin",
        "sedang-tugas-belajar",
    }
    assert (
        out["kode_alasan"].iloc[1]
        == "tmt-jabatan-tidak-diketahui;tanggal-lahir-tidak-diketahui;sedang-hukuman-disiplin"
    )


def test_roster_without_optional_columns() -> None:
    frame = pd.DataFrame({"nip": ["1"], "jabatan": ["Pengolah Data"]})
    out = employee_eligibility(frame, Rules(), AS_OF)
    assert out["bisa_dipindah"].iloc[0]
    assert "tmt-jabatan-tidak-diketahui" in out["kode_alasan"].iloc[0]


# --- lateral moves only (promotion and demotion are not mutations) -------------------------

from asn_mutasi.config import Rules as _Rules  # noqa: E402
from asn_mutasi.matching.eligibility import RULES as _RULES  # noqa: E402
from asn_mutasi.matching.eligibility import level_change_reason  # noqa: E402


def test_higher_managerial_level_is_a_promotion() -> None:
    code, reason = level_change_reason("Fungsional", "JPT Pratama", 8.0, 14.0, _Rules()) or ("", "")
    assert code == "promosi-bukan-mutasi"
    assert "Fungsional → JPT Pratama" in reason


def test_lower_managerial_level_is_a_demotion() -> None:
    result = level_change_reason("Pengawas", "Pelaksana", 9.0, 7.0, _Rules())
    assert result is not None and result[0] == "penurunan-jabatan"


def test_kelas_jump_beyond_limit_is_a_promotion_within_one_type() -> None:
    assert level_change_reason("Fungsional", "Fungsional", 6.0, 8.0, _Rules())[0] == "promosi-bukan-mutasi"  # type: ignore[index]
    assert level_change_reason("Fungsional", "Fungsional", 6.0, 7.0, _Rules()) is None  # +1 allowed by default
    assert level_change_reason("Fungsional", "Fungsional", 6.0, 7.0, _Rules(maks_naik_kelas=0)) is not None


def test_jf_and_pelaksana_are_one_level_and_unknown_kelas_does_not_block() -> None:
    nan = float("nan")
    assert level_change_reason("Pelaksana", "Fungsional", nan, nan, _Rules()) is None
    assert level_change_reason(None, "Administrator", nan, 12.0, _Rules()) is None


def test_new_rule_codes_are_catalogued() -> None:
    for code in ("pengalaman-tidak-memenuhi", "promosi-bukan-mutasi", "penurunan-jabatan"):
        assert _RULES[code].memblokir


def test_position_type_ranks_have_one_definition() -> None:
    from asn_mutasi.domain import jenis
    from asn_mutasi.matching import eligibility, experience

    assert eligibility.JENIS_RANK is jenis.JENIS_RANK and experience.URUTAN_JENIS is jenis.JENIS_RANK
    assert RULES["keluar-profesi-jf"].memblokir is False


@pytest.mark.parametrize("blokir", [False, True])
def test_jf_holder_leaving_profession_flagged_and_optionally_blocked(blokir: bool) -> None:
    import dataclasses

    import numpy as np

    from asn_mutasi.config import Settings
    from asn_mutasi.matching.scoring import build_context, score_index_pairs

    r = roster(jabatan=["Perawat Terampil"], jenis_jabatan=["Fungsional"])
    r["nama"] = ["Pegawai 0"]
    r["unit_kerja"] = ["RSUD"]
    r["pendidikan"] = ["D-III"]
    r["jurusan"] = ["D-III KEPERAWATAN"]
    r["pendidikan_rank"] = [6.0]
    r["golongan_rank"] = [8.0]
    p = pd.DataFrame(
        {
            "kode_jabatan": ["K1", "K2"],
            "nama_jabatan": ["Pengadministrasi Perkantoran", "Perawat Terampil"],
            "unit_kerja": ["Kecamatan Sukamaju", "RSUD"],
            "jenis_jabatan": ["Pelaksana", "Fungsional"],
            "kebutuhan": [1, 1],
            "syarat_pendidikan": [None, None],
            "syarat_pendidikan_rank": [np.nan, np.nan],
            "syarat_jurusan": [None, None],
            "syarat_golongan_rank": [np.nan, np.nan],
            "syarat_pengalaman": [None, "minimal 2 tahun sebagai Perawat"],
        }
    )
    settings = Settings(aturan=dataclasses.replace(Rules(), blokir_keluar_profesi=blokir))
    ctx = build_context(r, p, settings=settings, as_of=AS_OF)
    out = score_index_pairs(ctx, np.array([0, 0]), np.array([0, 1]))
    assert out["keluar_profesi"].tolist() == [True, False]
    # the reason says what follows in words, no longer the rule code (walk8's 8608ff4; the test kept the code)
    assert "pemegang JF Perawat keluar dari profesinya" in out["alasan"].iloc[0]
    assert bool(out["layak"].iloc[0]) is (not blokir)
    # the nurse post: same JF, 4.5 calendar years, the named-JF requirement met
    assert out["memenuhi_pengalaman"].iloc[1] is True
    assert out["tahun_jabatan_sama"].iloc[1] == pytest.approx(4.5, abs=0.01)
    assert out["syarat_pengalaman_penentu"].iloc[1] == "sebagai perawat"
    assert out["skor_pengalaman"].iloc[1] > out["skor_pengalaman"].iloc[0]


# --- JF jenjang and the penyetaraan levels (groups2, h27) ------------------------------------------------------------

_NAN = float("nan")


def _change(jf: str | None, kf: str | None, gol: float, jt: str | None, kt: str | None) -> str | None:
    found = level_change_reason(jf, jt, _NAN, _NAN, _Rules(), jenjang_from=kf, jenjang_to=kt, golongan_rank=gol)
    return None if found is None else found[0]


def test_a_jf_jenjang_change_is_no_mutation_without_a_kelas_column() -> None:
    """Perencana Ahli Pertama III/b → Ahli Madya was layak, Ahli Madya IV/c → Ahli Pertama too: a jenjang change is
    kenaikan jenjang (angka kredit / uji kompetensi) or a demotion, not a mutation (PermenPANRB 1/2023; groups2, h27)."""
    assert _change("Fungsional", "ahli pertama", 10, "Fungsional", "ahli madya") == "promosi-bukan-mutasi"
    assert _change("Fungsional", "ahli madya", 15, "Fungsional", "ahli pertama") == "penurunan-jabatan"
    assert _change("Fungsional", "terampil", 7, "Fungsional", "penyelia") == "promosi-bukan-mutasi"
    # the same jenjang in another JF stays a mutation, whatever the golongan (penyetaraan put people there)
    assert _change("Fungsional", "ahli muda", 9, "Fungsional", "ahli muda") is None
    # a jenjang not written on one side says nothing
    assert _change("Fungsional", None, 10, "Fungsional", "ahli madya") is None
    found = level_change_reason(
        "Fungsional", "Fungsional", _NAN, _NAN, _Rules(), jenjang_from="ahli pertama", jenjang_to="ahli madya"
    )
    assert found is not None and "Ahli Pertama → Ahli Madya" in found[1] and "kenaikan jenjang" in found[1]


def test_entering_a_jf_follows_the_golongan_range_of_its_jenjang() -> None:
    """A III/a pelaksana was planned into Analis Kebijakan Ahli Madya: perpindahan into a JF is horizontal with the
    lowest pangkat of the jenjang as a condition (PermenPANRB 1/2023; Ahli Madya IV/a–IV/c), so below the range is a
    promotion; inside or above it the levels decide: a pelaksana enters Ahli Pertama or a JF keterampilan (groups2,
    h27; Peraturan BKN 3/2023 Lampiran I: a pelaksana IV/a enters Arsiparis Ahli Pertama; groups3, h28)."""
    assert _change("Pelaksana", None, 9, "Fungsional", "ahli madya") == "promosi-bukan-mutasi"  # III/a
    assert _change("Pelaksana", None, 14, "Fungsional", "ahli madya") == "promosi-bukan-mutasi"  # IV/b: a level up
    assert _change("Pelaksana", None, 9, "Fungsional", "ahli pertama") is None  # III/a
    assert _change("Pelaksana", None, 13, "Fungsional", "ahli pertama") is None  # IV/a: above the range, one level
    assert _change("Pelaksana", None, 11, "Fungsional", "ahli muda") == "promosi-bukan-mutasi"  # III/c, in range
    assert _change("Pelaksana", None, 8, "Fungsional", "terampil") is None  # II/d
    assert _change("Fungsional", "terampil", 8, "Fungsional", "ahli pertama") == "promosi-bukan-mutasi"  # II/d
    assert _change("Pelaksana", None, _NAN, "Fungsional", "ahli pertama") is None
    assert _change("Pelaksana", None, _NAN, "Fungsional", "ahli madya") == "promosi-bukan-mutasi"
    found = level_change_reason(
        "Pelaksana", "Fungsional", _NAN, _NAN, _Rules(), jenjang_to="ahli madya", golongan_rank=9.0
    )
    assert found is not None and "III/a" in found[1] and "IV/a–IV/c" in found[1]


def test_administrator_is_jf_ahli_madya_and_pengawas_jf_ahli_muda() -> None:
    """The penyetaraan (PermenPANRB 28/2019 → 17/2021; PP 17/2020 "administrator atau JF ahli madya") made these one
    level: Kepala Bidang IV/a → Analis Kebijakan Ahli Madya was "penurunan jabatan" (groups2, h27)."""
    assert _change("Administrator", None, 13, "Fungsional", "ahli madya") is None
    assert _change("Pengawas", None, 12, "Fungsional", "ahli muda") is None
    assert _change("Fungsional", "ahli madya", 14, "Administrator", None) is None
    assert _change("Fungsional", "ahli muda", 11, "Pengawas", None) is None
    assert _change("Administrator", None, _NAN, "Fungsional", "ahli madya") is None  # golongan unknown: the levels
    # still a step: Ahli Madya → Pengawas is down, Ahli Muda → Administrator up, Pengawas → Ahli Madya up
    assert _change("Fungsional", "ahli madya", 14, "Pengawas", None) == "penurunan-jabatan"
    assert _change("Fungsional", "ahli muda", 12, "Administrator", None) == "promosi-bukan-mutasi"
    assert _change("Pengawas", None, 12, "Fungsional", "ahli madya") == "promosi-bukan-mutasi"
    assert _change("Fungsional", "ahli pertama", 10, "Pengawas", None) == "promosi-bukan-mutasi"


def test_inside_the_golongan_range_the_levels_still_decide() -> None:
    """Pengawas IV/a → Ahli Madya, Administrator IV/d → Ahli Utama, JPT Pratama IV/c → Ahli Madya and Pengawas III/b
    → Ahli Pertama passed as mutations because the golongan fitted the target jenjang, against the equal levels of the
    penyetaraan (Pengawas = Ahli Muda, Administrator = Ahli Madya) and the reverse moves' verdicts (review7, h27)."""
    assert _change("Pengawas", None, 13, "Fungsional", "ahli madya") == "promosi-bukan-mutasi"
    assert _change("Administrator", None, 16, "Fungsional", "ahli utama") == "promosi-bukan-mutasi"
    assert _change("JPT Pratama", None, 15, "Fungsional", "ahli madya") == "penurunan-jabatan"
    assert _change("Pengawas", None, 10, "Fungsional", "ahli pertama") == "penurunan-jabatan"
    assert _change("Pengawas", None, 11, "Fungsional", "ahli muda") is None  # III/c: equal level, in range
    assert _change("Administrator", None, 14, "Fungsional", "ahli madya") is None  # IV/b


def test_lateral_moves_is_level_change_reason_vectorised() -> None:
    """The one vectorised lateral rule (``nilai``'s scoring context and the planner's classes both read it) agrees
    with :func:`level_change_reason` on every level pair, golongan, and kelas step, unknowns included."""
    import itertools

    import numpy as np

    from asn_mutasi.domain.jenis import LEVEL_KEYS
    from asn_mutasi.matching.eligibility import lateral_moves

    rules = _Rules(maks_naik_kelas=1, maks_turun_kelas=2)
    nan = float("nan")
    kelas = [(7.0, 7.0), (7.0, 8.0), (7.0, 9.0), (9.0, 7.0), (9.0, 6.0), (nan, 12.0), (5.0, nan)]
    rows = list(itertools.product(range(len(LEVEL_KEYS)), [nan, 1.0, 9.0, 13.0, 17.0], range(len(LEVEL_KEYS)), kelas))
    got = lateral_moves(
        np.array([r[0] for r in rows]),
        np.array([r[1] for r in rows]),
        np.array([r[2] for r in rows]),
        np.array([r[3][0] for r in rows]),
        np.array([r[3][1] for r in rows]),
        rules,
    )
    want = [
        level_change_reason(
            LEVEL_KEYS[a][0], LEVEL_KEYS[b][0], ka, kb, rules,
            jenjang_from=LEVEL_KEYS[a][1], jenjang_to=LEVEL_KEYS[b][1], golongan_rank=g,
        ) is None
        for a, g, b, (ka, kb) in rows
    ]  # fmt: skip
    assert got.tolist() == want
    assert 0 < sum(want) < len(want)  # both outcomes occur


def test_every_golongan_and_every_level_may_enter_some_jf_jenjang() -> None:
    """Refusing a golongan above the range left dead zones: a III/c–III/d pelaksana was refused Ahli Pertama ("di
    atas rentang") and Ahli Muda ("promosi"), a IV/a pelaksana every keahlian jenjang, a Pengawas III/a–III/b or IV/b
    every one (review8, h28). A pelaksana enters Ahli Pertama, a Pengawas Ahli Muda, an Administrator Ahli Madya,
    whatever the golongan above the range (PermenPANRB 1/2023; groups3, h28). An Administrator below III/c enters
    none: eselon III is held from III/d (domain.md §2.4), and in Ahli Madya such a person would be a holder the reader
    calls impossible (HELD_GOLONGAN; plan29, h38), so the zone is that of an anomalous holder, not a gap in the rule."""
    keahlian = ("ahli pertama", "ahli muda", "ahli madya", "ahli utama")
    for jenis in ("Pelaksana", "Pengawas", "Administrator"):
        for gol in range(11 if jenis == "Administrator" else 9, 18):  # III/a (III/c) … IV/e
            open_to = [k for k in keahlian if _change(jenis, None, gol, "Fungsional", k) is None]
            assert open_to, (jenis, gol)
    assert not [k for k in keahlian if _change("Administrator", None, 10, "Fungsional", k) is None]
    assert _change("Pelaksana", None, 11, "Fungsional", "ahli pertama") is None  # III/c: the level's jenjang
    assert _change("Pelaksana", None, 11, "Fungsional", "ahli muda") == "promosi-bukan-mutasi"  # not the pangkat's
    assert _change("Fungsional", "penyelia", 11, "Fungsional", "ahli pertama") is None  # keterampilan → keahlian
    assert _change("Pengawas", None, 9, "Fungsional", "ahli muda") is None  # III/a Kasubbag: penyetaraan
    assert _change("Pengawas", None, 14, "Fungsional", "ahli muda") is None  # IV/b
    assert _change("Pengawas", None, 14, "Fungsional", "ahli madya") == "promosi-bukan-mutasi"  # review7 stands


def test_a_golongan_without_ruang_is_no_invented_lowest_ruang() -> None:
    """A bare "III" was read as III/a and "Golongan III/a di bawah rentang JF Ahli Muda" refused a person who may be
    III/c, stated as fact (review8 #4, h28). Where every ruang of the numeral gives one verdict it stands, and the
    reason says the ruang is unknown; where the ruang decides, the golongan is read as unknown (the levels decide)
    and the reason names the ruang that would make the move a mutation."""
    import numpy as np

    from asn_mutasi.domain.jenis import golongan_keys

    keys = golongan_keys(np.array([1.0, 5, 9, 13]), np.ones(4, dtype=bool)).tolist()
    key = dict(zip(("I", "II", "III", "IV"), keys, strict=True))
    assert list(key.values()) == [18.0, 19.0, 20.0, 21.0]
    assert golongan_keys(np.array([9.0, np.nan]), np.array([False, True])).tolist()[0] == 9.0
    # II/a reads below Terampil's II/b–II/d; a bare "II" may be II/b: the levels (equal) decide, no invented II/a
    assert _change("Pelaksana", None, 5, "Fungsional", "terampil") == "promosi-bukan-mutasi"
    assert _change("Pelaksana", None, key["II"], "Fungsional", "terampil") is None
    # "III" → Ahli Muda: III/a–III/b below the range, III/c–III/d a level up (groups3, h28): refused for every ruang,
    # and the reason is the one true of every ruang, not "di bawah rentang" of an invented III/a
    found = level_change_reason(
        "Pelaksana", "Fungsional", _NAN, _NAN, _Rules(), jenjang_to="ahli muda", golongan_rank=key["III"]
    )
    assert found is not None and found[0] == "promosi-bukan-mutasi"
    assert "III/a" not in found[1] and "Golongan III (ruang tidak diketahui)" in found[1]
    assert "Tujuan lebih tinggi (Pelaksana → JF Ahli Muda)" in found[1] and "di bawah rentang" not in found[1]
    # "II" → Terampil: II/a below the range, II/b–II/d one level: the ruang decides, and the reason says which
    found = level_change_reason(
        "Pelaksana", "Fungsional", _NAN, _NAN, _Rules(), jenjang_to="terampil", golongan_rank=key["II"]
    )
    assert found is None  # the levels (equal) decide where the ruang is unknown
    # every ruang of "II" is below Ahli Pertama (III/a–III/b): refused, the reason names "II", not II/a
    found = level_change_reason(
        "Pelaksana", "Fungsional", _NAN, _NAN, _Rules(), jenjang_to="ahli pertama", golongan_rank=key["II"]
    )
    assert found is not None and found[1].startswith("Golongan II (ruang tidak diketahui) di bawah rentang")
    assert _change("Pelaksana", None, key["III"], "Fungsional", "ahli pertama") is None  # every ruang may enter
    assert _change("Pengawas", None, key["IV"], "Fungsional", "ahli muda") is None  # the level alone decides


def test_lateral_moves_reads_a_golongan_without_ruang_as_level_change_reason_does() -> None:
    """The vectorised rule (the planner's classes) and the one-pair rule (``nilai``) agree on the keys of a golongan
    without its ruang too (review8 #4, h28)."""
    import itertools

    import numpy as np

    from asn_mutasi.domain.jenis import LEVEL_KEYS
    from asn_mutasi.matching.eligibility import lateral_moves

    rows = list(itertools.product(range(len(LEVEL_KEYS)), [18.0, 19.0, 20.0, 21.0], range(len(LEVEL_KEYS))))
    nan = np.full(len(rows), np.nan)
    got = lateral_moves(
        np.array([r[0] for r in rows]), np.array([r[1] for r in rows]), np.array([r[2] for r in rows]), nan, nan,
        _Rules(),
    )  # fmt: skip
    want = [
        level_change_reason(
            LEVEL_KEYS[a][0], LEVEL_KEYS[b][0], _NAN, _NAN, _Rules(),
            jenjang_from=LEVEL_KEYS[a][1], jenjang_to=LEVEL_KEYS[b][1], golongan_rank=g,
        ) is None
        for a, g, b in rows
    ]  # fmt: skip
    assert got.tolist() == want
    assert 0 < sum(want) < len(want)
