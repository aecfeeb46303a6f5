"""Decide who may be moved, with a stable code and an Indonesian reason for every rule.

Employee-level rules (tenure, CPNS, retirement, discipline, study leave, rotation due) are
computed vectorised over the whole prepared roster once; the one target-dependent rule
(``pendidikan-di-bawah-syarat``) is applied by :mod:`asn_mutasi.matching.scoring`. A rule
switched off in :class:`~asn_mutasi.config.Rules` no longer blocks, but a failing check is
still reported (marked as switched off) so the analyst always sees it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

import numpy as np
import pandas as pd

from asn_mutasi.config import Rules
from asn_mutasi.distinct import per_distinct
from asn_mutasi.domain.jenis import JENIS_RANK as JENIS_RANK  # the one rank table (re-exported)
from asn_mutasi.domain.jenis import level_step, level_steps
from asn_mutasi.domain.pensiun import StatedPension, roster_pension
from asn_mutasi.schema import ADDITIONAL_TASK_HELD


@dataclass(frozen=True)
class RuleSpec:
    """One eligibility rule: what it checks and on what legal basis."""

    deskripsi: str
    dasar: str
    memblokir: bool  #: True when a failure blocks the move (while the rule is on)


#: Every eligibility rule code; docs list this table.
RULES: dict[str, RuleSpec] = {
    "masa-jabatan-kurang-2-tahun": RuleSpec(
        "Pegawai belum menduduki jabatan sekarang selama masa minimal (bawaan 2 tahun).",
        "PP 11/2017 Pasal 190 ayat (3)",
        True,
    ),
    "tmt-jabatan-tidak-diketahui": RuleSpec(
        "TMT jabatan kosong atau tidak terbaca; masa jabatan tidak dapat diperiksa (tidak memblokir).",
        "PP 11/2017 Pasal 190 ayat (3)",
        False,
    ),
    "cpns-tidak-dapat-dimutasi": RuleSpec(
        "CPNS belum dapat dimutasi; mutasi berlaku bagi PNS.", "PP 11/2017 Pasal 190; Peraturan BKN 5/2019", True
    ),
    "pppk-ganti-jabatan": RuleSpec(
        "PPPK hanya dapat dipindah ke unit lain pada jabatan yang sama; berganti jabatan tidak termasuk mutasi PPPK "
        "(perjanjian kerja menyebut jabatannya).",
        "UU 20/2023; PP 49/2018 tentang Manajemen PPPK (perjanjian kerja memuat jabatan); Peraturan BKN 5/2019 "
        "(mutasi bagi PNS)",
        True,
    ),
    "mendekati-bup": RuleSpec(
        "Pegawai mencapai batas usia pensiun dalam jangka yang ditetapkan (bawaan 12 bulan).",
        "UU 20/2023 Pasal 55 (BUP); praktik BKD",
        True,
    ),
    "tanggal-lahir-tidak-diketahui": RuleSpec(
        "Tanggal lahir kosong; BUP tidak dapat diperiksa (tidak memblokir).", "UU 20/2023 Pasal 55", False
    ),
    "sedang-hukuman-disiplin": RuleSpec(
        "Pegawai sedang menjalani hukuman disiplin.", "PP 94/2021; Peraturan BKN 5/2019", True
    ),
    "sedang-tugas-belajar": RuleSpec("Pegawai sedang tugas belajar.", "Peraturan BKN 5/2019", True),
    "memegang-tugas-tambahan": RuleSpec(
        "Pegawai memegang jabatan pimpinan sebagai tugas tambahan (Kepala Sekolah, Kepala Puskesmas), tertulis di "
        "baris lain dengan NIP yang sama (nip-ganda-tugas-tambahan): memindahkannya mengosongkan kursi pimpinan itu, "
        "yang tidak diisi rencana, maka ia tidak dipindah; alihkan dulu tugas tambahannya.",
        "praktik BKD (tugas tambahan dialihkan dengan keputusan tersendiri)",
        True,
    ),
    "pendidikan-di-bawah-syarat": RuleSpec(
        "Pendidikan atau jurusan pegawai tidak memenuhi syarat jabatan tujuan.", "PP 11/2017 Pasal 190 ayat (4)", True
    ),
    "pengalaman-tidak-memenuhi": RuleSpec(
        "Pengalaman pegawai tidak memenuhi syarat pengalaman jabatan tujuan (mis. 4 tahun sebagai pelaksana untuk Pengawas).",
        "PP 11/2017 jo. PP 17/2020 (syarat jabatan administrasi dan JPT)",
        True,
    ),
    "keluar-profesi-jf": RuleSpec(
        "Pemegang jabatan fungsional dipindah ke jabatan di luar JF-nya (keluar dari profesi); selalu ditandai, "
        "memblokir bila [aturan] blokir_keluar_profesi = true.",
        "PP 11/2017 Pasal 190 ayat (4) (kesesuaian kompetensi); PermenPANRB 1/2023 (pembinaan JF oleh instansi pembina)",
        False,
    ),
    "promosi-bukan-mutasi": RuleSpec(
        "Jabatan tujuan setingkat lebih tinggi (jenis jabatan manajerial lebih tinggi, jenjang JF lebih tinggi, golongan "
        "pelaksana atau pemangku JF kategori lain di bawah rentang jenjang JF tujuan, golongan pejabat struktural di "
        "bawah golongan terendah pemangku jenjang JF tujuan, atau kelas jabatan naik melebihi batas): itu promosi melalui seleksi atau "
        "kenaikan jenjang, bukan mutasi setara. Administrator setara JF Ahli Madya, Pengawas setara JF Ahli Muda. "
        "Jabatan struktural eselon V (kolom ESELON) setara JF Ahli Pertama dan di atas pelaksana: pelaksana yang "
        "masuk ke sana diangkat dalam jabatan struktural, promosi.",
        "UU 20/2023 (pengembangan karier); PP 11/2017 Pasal 190 ayat (4) (pola karier); PermenPANRB 1/2023 "
        "(perpindahan ke JF: horizontal, jenjang menurut pangkat); PermenPANRB 17/2021 dan PP 17/2020 (penyetaraan)",
        True,
    ),
    "penurunan-jabatan": RuleSpec(
        "Jabatan tujuan lebih rendah (jenis jabatan manajerial lebih rendah, jenjang JF lebih rendah, golongan pemangku "
        "JF keahlian di atas rentang jenjang JF keterampilan tujuan, golongan pelaksana atau pejabat struktural di atas "
        "golongan tertinggi pemangku jenjang JF tujuan, atau kelas jabatan turun melebihi batas); penurunan jabatan adalah "
        "hukuman disiplin, bukan mutasi.",
        "PP 94/2021 (penurunan jabatan sebagai hukuman disiplin berat); PermenPANRB 1/2023 (jenjang JF menurut pangkat)",
        True,
    ),
    "rotasi-jatuh-tempo": RuleSpec(
        "Pegawai sudah melewati masa maksimal di jabatan (bawaan 5 tahun); informasi, tidak memblokir.",
        "PP 11/2017 Pasal 190 ayat (3)",
        False,
    ),
}


def level_change_reason(
    jenis_from: str | None,
    jenis_to: str | None,
    kelas_from: float,
    kelas_to: float,
    rules: Rules,
    *,
    jenjang_from: str | None = None,
    jenjang_to: str | None = None,
    golongan_rank: float | None = None,
) -> tuple[str, str] | None:
    """Return (code, Indonesian reason) when a move is a promotion or a demotion, else None.

    A mutation is a lateral move (PP 11/2017 Pasal 190): a higher level — managerial rank, JF jenjang, or a golongan
    below the range of the target JF jenjang, all decided by :func:`asn_mutasi.domain.jenis.level_step`, the one rule
    the planner reads too — or a kelas jabatan jump beyond ``rules.maks_naik_kelas`` is a promotion, filled through
    selection (or kenaikan jenjang); the reverse beyond ``rules.maks_turun_kelas`` is a demotion, which the law
    reserves for discipline (PP 94/2021). Administrator and JF Ahli Madya, Pengawas and JF Ahli Muda are one level.
    """
    gol = None if golongan_rank is None or golongan_rank != golongan_rank else int(golongan_rank)
    level, reason = level_step(jenis_from, jenjang_from, gol, jenis_to, jenjang_to)
    if level > 0:
        return "promosi-bukan-mutasi", reason
    if level < 0:
        return "penurunan-jabatan", reason
    jump = int(kelas_jumps(np.array([kelas_from], dtype=float), np.array([kelas_to], dtype=float), rules)[0])
    step = kelas_to - kelas_from
    if jump > 0:
        return (
            "promosi-bukan-mutasi",
            f"Kelas jabatan naik {step:g} tingkat ({kelas_from:g} → {kelas_to:g}; batas {rules.maks_naik_kelas}): promosi, bukan mutasi",
        )
    if jump < 0:
        return (
            "penurunan-jabatan",
            f"Kelas jabatan turun {-step:g} tingkat ({kelas_from:g} → {kelas_to:g}; batas {rules.maks_turun_kelas}): penurunan jabatan",
        )
    return None


def kelas_jumps(kelas_from: np.ndarray, kelas_to: np.ndarray, rules: Rules) -> np.ndarray:
    """Per pair: +1 where the kelas jabatan rises more than ``rules.maks_naik_kelas``, −1 where it falls more than
    ``rules.maks_turun_kelas``, else 0 (also where either kelas is unknown, NaN). The kelas half of the lateral rule."""
    with np.errstate(invalid="ignore"):
        step = np.asarray(kelas_to, dtype=float) - np.asarray(kelas_from, dtype=float)
        return (step > rules.maks_naik_kelas).astype(np.int8) - (-step > rules.maks_turun_kelas).astype(np.int8)


def lateral_moves(
    level_from: np.ndarray,
    golongan_rank: np.ndarray,
    level_to: np.ndarray,
    kelas_from: np.ndarray,
    kelas_to: np.ndarray,
    rules: Rules,
) -> np.ndarray:
    """True per pair where a move is lateral, as :func:`level_change_reason` decides one pair: the level rule
    (:func:`asn_mutasi.domain.jenis.level_steps` over level codes and golongan ranks) and :func:`kelas_jumps`.
    The one vectorised form ``nilai`` and the planner's classes both read (``cek_kesetaraan`` is the caller's)."""
    return (level_steps(level_from, golongan_rank, level_to) == 0) & (kelas_jumps(kelas_from, kelas_to, rules) == 0)


ELIGIBILITY_COLUMNS: tuple[str, ...] = (
    "bisa_dipindah",
    "kode_alasan",
    "alasan",
    "tmt_pensiun",
    "masa_jabatan_tahun",
    "rotasi_jatuh_tempo",
)


def months_between(start: pd.Series, end: pd.Timestamp) -> np.ndarray:
    """Return whole calendar months from ``start`` to ``end`` (NaN where start is NaT): the one measure of time in
    post the rules, their texts ("1 tahun 11 bulan"), ``masa_jabatan_tahun`` and the planner's rotation all use."""
    months = (end.year - start.dt.year) * 12 + (end.month - start.dt.month) - (start.dt.day > end.day).astype(float)
    return months.to_numpy(dtype=float)


def _duration_text(months: float) -> str:
    m = max(int(months), 0)
    years, rest = divmod(m, 12)
    if years and rest:
        return f"{years} tahun {rest} bulan"
    if years:
        return f"{years} tahun"
    return f"{rest} bulan"


def _flag(frame: pd.DataFrame, column: str) -> np.ndarray:
    if column not in frame:
        return np.zeros(len(frame), dtype=bool)
    values = frame[column].to_numpy(dtype=object)
    return per_distinct(values, _is_true, missing=False).astype(bool)


def _is_true(value: object) -> bool:
    return value is True or (isinstance(value, (bool, np.bool_)) and bool(value))


def _dates(frame: pd.DataFrame, column: str) -> pd.Series:
    if column not in frame:
        return pd.Series(pd.NaT, index=frame.index, dtype="datetime64[ns]")
    return pd.to_datetime(frame[column], errors="coerce").astype("datetime64[ns]")


class _Reasons:
    """Per roster row: reason codes and texts joined rule by rule, and whether a rule blocks the move.

    Only the rows a rule flags are touched (object-array concatenation), so a roster where
    few rows have a reason costs little whatever its size.
    """

    def __init__(self, n: int) -> None:
        self.codes = np.full(n, "", dtype=object)  #: ";"-joined codes, in rule order
        self.texts = np.full(n, "", dtype=object)  #: "; "-joined texts, in rule order
        self.blocked = np.zeros(n, dtype=bool)

    def report(self, mask: np.ndarray, code: str, text: str | list[str] | np.ndarray, active: bool) -> None:
        suffix = "" if active or not RULES[code].memblokir else " (aturan dinonaktifkan, tidak memblokir)"
        at = np.flatnonzero(mask)
        if len(at):
            own = text + suffix if isinstance(text, str) else np.asarray(text, dtype=object)[at] + suffix
            first = self.codes[at] == ""
            self.codes[at] = np.where(first, code, self.codes[at] + (";" + code))
            self.texts[at] = np.where(first, own, self.texts[at] + "; " + own)
        if active and RULES[code].memblokir:
            self.blocked[mask] = True


def employee_eligibility(
    roster: pd.DataFrame, rules: Rules, as_of: date, pension: StatedPension | None = None
) -> pd.DataFrame:
    """Apply the employee-level rules to a prepared roster; one row per roster row, same index. ``pension``:
    :func:`~asn_mutasi.domain.pensiun.roster_pension` of these rows when the caller has it (computed here if not).

    Columns: ``bisa_dipindah`` (bool), ``kode_alasan`` (codes ``;``-joined, informational ones included),
    ``alasan`` (Bahasa Indonesia, ``; ``-joined), ``tmt_pensiun`` (datetime64, NaT when the birth date is unknown),
    ``masa_jabatan_tahun`` (float, NaN when TMT is unknown) and ``rotasi_jatuh_tempo`` (bool).
    """
    n = len(roster)
    ts = pd.Timestamp(as_of)
    rep = _Reasons(n)
    report = rep.report

    # tenure in the current position (whole calendar months, so exactly 2 years passes)
    tmt = _dates(roster, "tmt_jabatan")
    months = months_between(tmt, ts)
    # years of whole months, as the rule's text says them: TMT 2024-01-02 on 2026-01-01 is 1 tahun 11 bulan = 1,92,
    # never the 2,0 of days ÷ 365.25 beside a "kurang 2 tahun" reason
    masa = np.round(months / 12.0, 2)
    known = ~np.isnan(months)
    min_months = round(rules.min_tahun_di_jabatan * 12)
    short = known & (months < min_months)
    short_text = _texts_where(
        short,
        months,
        lambda m: (
            f"Baru {_duration_text(m)} di jabatan sekarang "
            f"(minimal {_fmt_years(rules.min_tahun_di_jabatan)} tahun, PP 11/2017 Pasal 190 ayat 3)"
        ),
    )
    report(short, "masa-jabatan-kurang-2-tahun", short_text, rules.cek_masa_jabatan)
    report(
        ~known,
        "tmt-jabatan-tidak-diketahui",
        "TMT jabatan tidak diketahui, masa minimal 2 tahun di jabatan tidak dapat diperiksa",
        False,
    )

    status = _objects(roster, "status_kepegawaian")
    report(
        status == "CPNS", "cpns-tidak-dapat-dimutasi", "Masih CPNS, mutasi hanya untuk PNS", rules.cpns_tidak_dipindah
    )

    pensiun = _report_retirement(roster, rules, ts, rep, pension)

    _report_states(roster, rules, rep)

    due = known & (months > round(rules.rotasi_tahun * 12))
    due_text = _texts_where(
        due,
        months,
        lambda m: (
            f"Sudah {_duration_text(m)} di jabatan sekarang, rotasi jatuh tempo "
            f"(lebih dari {_fmt_years(rules.rotasi_tahun)} tahun)"
        ),
    )
    report(due, "rotasi-jatuh-tempo", due_text, False)

    return pd.DataFrame(
        {
            "bisa_dipindah": ~rep.blocked,
            "kode_alasan": rep.codes,
            "alasan": rep.texts,
            "tmt_pensiun": pensiun.to_numpy(),
            "masa_jabatan_tahun": masa,
            "rotasi_jatuh_tempo": due,
        },
        index=roster.index,
    )


def _report_states(roster: pd.DataFrame, rules: Rules, rep: _Reasons) -> None:
    """Report the people under a hukuman disiplin, on tugas belajar, or holding a head as an additional task
    (:data:`~asn_mutasi.schema.ADDITIONAL_TASK_HELD`): moving the last leaves that head's seat empty, which the
    plan does not fill (review17, h35)."""
    hukdis = _flag(roster, "hukuman_disiplin")
    rep.report(hukdis, "sedang-hukuman-disiplin", "Sedang menjalani hukuman disiplin", rules.hukdis_tidak_dipindah)
    belajar = _flag(roster, "tugas_belajar")
    rep.report(belajar, "sedang-tugas-belajar", "Sedang tugas belajar", rules.tugas_belajar_tidak_dipindah)
    head = _objects(roster, ADDITIONAL_TASK_HELD)
    held = pd.notna(head)
    text = _texts_where(held, head, lambda h: f"Memegang tugas tambahan {h}: kursi itu lowong bila pegawai dipindah")
    rep.report(held, "memegang-tugas-tambahan", text, True)


def _texts_where(mask: np.ndarray, values: np.ndarray, fn: Callable[[Any], str]) -> np.ndarray:
    """``fn(value)`` where ``mask`` holds ("" elsewhere), once per distinct value."""
    out = np.full(len(mask), "", dtype=object)
    if mask.any():
        out[mask] = per_distinct(values[mask], fn, missing="")
    return out


def _objects(frame: pd.DataFrame, column: str) -> np.ndarray:
    """The column as an object array (all None when the column is absent)."""
    if column not in frame:
        return np.full(len(frame), None, dtype=object)
    return frame[column].to_numpy(dtype=object)


def _report_retirement(
    roster: pd.DataFrame, rules: Rules, ts: pd.Timestamp, rep: _Reasons, pension: StatedPension | None
) -> pd.Series:
    """Report rows near their BUP or without a birth date; return TMT pensiun per row (the roster's own where it is
    plausible: :func:`~asn_mutasi.domain.pensiun.roster_pension`, or ``pension`` when given)."""
    lahir = _dates(roster, "tanggal_lahir")
    tmt_pensiun = (roster_pension(roster, rules) if pension is None else pension).tmt
    pensiun = pd.Series(tmt_pensiun, index=roster.index)
    limit = ts + pd.DateOffset(months=rules.bulan_sebelum_bup)
    near = (pensiun.notna() & (pensiun <= limit)).to_numpy()
    near_text = _texts_where(
        near,
        tmt_pensiun,
        lambda p: (
            # a date already past is said so, as the plan says it (h26/onefact: "TMT 01-02-2018 (kurang dari 12
            # bulan lagi)" for a person retired eight years before)
            f"Sudah melewati TMT pensiun {pd.Timestamp(p):%d-%m-%Y} (data pegawai belum diperbarui)"
            if pd.Timestamp(p) < ts
            else f"Mencapai batas usia pensiun, TMT pensiun {pd.Timestamp(p):%d-%m-%Y} "
            f"(kurang dari {rules.bulan_sebelum_bup} bulan lagi)"
        ),
    )
    rep.report(near, "mendekati-bup", near_text, rules.cek_bup)
    rep.report(
        lahir.isna().to_numpy() & pensiun.isna().to_numpy(),  # a roster's own TMT pensiun can be checked
        "tanggal-lahir-tidak-diketahui",
        "Tanggal lahir tidak diketahui, batas usia pensiun tidak dapat diperiksa",
        False,
    )
    return pensiun


def _fmt_years(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else f"{x:.1f}".replace(".", ",")
