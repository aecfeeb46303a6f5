"""Experience fit: history parsing, relatedness levels, requirements and the vectorised index."""

from __future__ import annotations

from datetime import date

import numpy as np
import pandas as pd
import pytest

from asn_mutasi.domain.jabatan import normalize_position_name
from asn_mutasi.matching.experience import (
    BIDANG_SAMA,
    SAMA,
    SATU_RUMPUN_JF,
    TAHUN_TANPA_KETERANGAN,
    ExperienceIndex,
    ExperienceRequirement,
    experience_fit,
    parse_experience_requirement,
    parse_riwayat_text,
    relatedness,
)

AS_OF = date(2025, 1, 1)


def test_parse_riwayat_text_variants() -> None:
    entries = parse_riwayat_text(
        "Pengolah Data (2015-2019); Penata Layanan Operasional (2019–sekarang); Staf Umum\nKasi Pelayanan 2010 s.d. 2015",
        AS_OF,
    )
    assert entries == [
        ("Pengolah Data", 4.0, False),
        ("Penata Layanan Operasional", 6.0, True),
        ("Staf Umum", None, False),
        ("Kasi Pelayanan", 5.0, False),
    ]
    assert parse_riwayat_text(None, AS_OF) == []
    assert parse_riwayat_text("  ", AS_OF) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Minimal 4 tahun sebagai pelaksana", ExperienceRequirement(4.0, "Pelaksana")),
        ("3 tahun sebagai pengawas", ExperienceRequirement(3.0, "Pengawas")),
        (
            "pernah menduduki jabatan administrator paling singkat 2 (dua) tahun",
            ExperienceRequirement(2.0, "Administrator"),
        ),
        ("Pengalaman di bidang keuangan minimal 1,5 tahun", ExperienceRequirement(1.5, None)),
        ("berpengalaman di bidang keuangan", None),
        ("Memiliki pengalaman di bidang tugas jabatan fungsional minimal 1 tahun", ExperienceRequirement(1.0, None)),
        ("pengalaman di bidang pengawasan 2 tahun", ExperienceRequirement(2.0, None)),
        (None, None),
    ],
)
def test_parse_experience_requirement(text: str | None, expected: ExperienceRequirement | None) -> None:
    assert parse_experience_requirement(text) == expected


@pytest.mark.parametrize(
    ("past", "target", "expected"),
    [
        ("Kasubbag Keuangan", "Kepala Subbagian Keuangan", SAMA),
        ("Perawat Terampil", "Perawat Ahli Pertama", SATU_RUMPUN_JF),
        (
            "Analis SDM Aparatur Ahli Muda (Ketua Subkelompok Kepegawaian)",
            "Analis Sumber Daya Manusia Aparatur Ahli Pertama",
            SATU_RUMPUN_JF,
        ),
        ("Bendahara Pengeluaran", "Analis Keuangan", BIDANG_SAMA),
        ("Pengadministrasi Keuangan", "Pengelola Keuangan", BIDANG_SAMA),
        ("Perawat Terampil", "Analis Keuangan", 0.0),
        ("Pengemudi", "Penyusun Materi Hukum dan Perundang-undangan", 0.0),
    ],
)
def test_relatedness_levels(past: str, target: str, expected: float) -> None:
    got = relatedness(normalize_position_name(past), normalize_position_name(target), ambang=80.0)
    assert got == expected


def roster(rows: list[dict[str, object]]) -> pd.DataFrame:
    frame = pd.DataFrame(rows)
    frame["tmt_jabatan"] = pd.to_datetime(frame["tmt_jabatan"])
    return frame


def test_current_and_history_counted_without_double_counting() -> None:
    fit = experience_fit(
        {
            "nip": "1",
            "jabatan": "Perawat Terampil",
            "tmt_jabatan": "2022-01-01",
            "riwayat_jabatan": "Perawat Terampil (2022-sekarang); Perawat Pelaksana (2015-2022)",
        },
        "Perawat Ahli Pertama",
        as_of=AS_OF,
    )
    # 3 years current + 7 years history, both the same JF family (0.9)
    assert fit.tahun_terkait == pytest.approx(0.9 * (3.0 + 7.0), abs=0.02)
    assert fit.skor == 1.0
    assert fit.memenuhi_syarat is None
    assert "Perawat" in fit.alasan


def test_entry_without_years_gets_the_conservative_credit() -> None:
    fit = experience_fit(
        {"nip": "1", "jabatan": "Pengemudi", "tmt_jabatan": None, "riwayat_jabatan": "Bendahara"},
        "Bendahara",
        as_of=AS_OF,
        tahun_penuh=4.0,
    )
    assert fit.tahun_terkait == TAHUN_TANPA_KETERANGAN
    assert fit.skor == pytest.approx(TAHUN_TANPA_KETERANGAN / 4.0)


def test_structural_requirement_checked_against_classified_history() -> None:
    frame = roster(
        [
            {
                "nip": "1",
                "jabatan": "Kasubbag Umum",
                "tmt_jabatan": "2021-01-01",
                "riwayat_jabatan": "Pengolah Data (2012-2021)",
            },
            {"nip": "2", "jabatan": "Pengolah Data", "tmt_jabatan": "2015-01-01", "riwayat_jabatan": None},
        ]
    )
    index = ExperienceIndex(frame, AS_OF)
    out = index.score_pairs(
        np.array([0, 1]),
        [normalize_position_name("Kepala Bagian Umum")] * 2,
        ["Administrator"] * 2,
        ["Minimal 3 tahun sebagai pengawas"] * 2,
    )
    assert out["memenuhi_syarat"].tolist() == [True, False]
    assert out["tahun_syarat"].iloc[0] == pytest.approx(4.0, abs=0.01)
    # the pengawas post counts as managerial experience for an administrator target
    assert out["tahun_terkait"].iloc[0] >= 0.5 * 4.0 - 0.01
    reason = index.reason(0.0, -1, False, 0.0, "Minimal 3 tahun sebagai pengawas")
    assert "belum memenuhi syarat pengalaman" in reason


def test_history_table_replaces_free_text_for_that_employee() -> None:
    frame = roster(
        [{"nip": "1", "jabatan": "Pengemudi", "tmt_jabatan": "2020-01-01", "riwayat_jabatan": "Bendahara (2000-2019)"}]
    )
    history = pd.DataFrame(
        {
            "nip": ["1", "1"],
            "jabatan": ["Bendahara Pengeluaran", "Pengemudi"],
            "tmt_mulai": ["01-01-2016", "2020-01-01"],
            "tmt_selesai": ["31-12-2019", None],
        }
    )
    index = ExperienceIndex(frame, AS_OF, history=history)
    fit = index.fit(0, "Bendahara Pengeluaran")
    assert fit.tahun_terkait == pytest.approx(4.0, abs=0.01)
    # the open-ended current post in the table is not counted a second time
    assert index.fit(0, "Pengemudi").tahun_terkait == pytest.approx(5.0, abs=0.01)


def test_requirement_without_type_uses_related_years() -> None:
    fit = experience_fit(
        {"nip": "1", "jabatan": "Pengelola Keuangan", "tmt_jabatan": "2024-01-01"},
        "Analis Keuangan",
        as_of=AS_OF,
        syarat_pengalaman="Pengalaman di bidang keuangan minimal 2 tahun",
    )
    assert fit.memenuhi_syarat is False
    assert fit.tahun_terkait == pytest.approx(0.5, abs=0.01)
    unreadable = experience_fit(
        {"nip": "1", "jabatan": "Pengelola Keuangan", "tmt_jabatan": "2024-01-01"},
        "Analis Keuangan",
        as_of=AS_OF,
        syarat_pengalaman="berpengalaman",
    )
    assert unreadable.memenuhi_syarat is None
    assert "tidak dapat dibaca" in unreadable.alasan
