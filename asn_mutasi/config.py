"""Settings: weights, thresholds and rules, with documented defaults and a TOML file.

Every number that encodes policy (not law) lives here so a BKD can change it without
code. ``load_settings(path)`` reads a TOML file whose tables mirror the dataclasses
below (``[aturan]``, ``[bobot]``, ``[beban_kerja]``, ``[rencana]``); unknown keys are a
:class:`~asn_mutasi.errors.ConfigError` (exit 3) so a typo never silently does nothing.
"""

from __future__ import annotations

import dataclasses
import difflib
import itertools
import math
import numbers
import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from asn_mutasi.errors import ConfigError, UsageError, os_reason, read_capped
from asn_mutasi.formatting import format_number
from asn_mutasi.text_codec import decode_small_text, encoding_name


@dataclass(frozen=True)
class Rules:
    """Eligibility rules (PP 11/2017 art. 190; domain.md §5). Each can be switched off."""

    min_tahun_di_jabatan: float = 2.0  #: PP 11/2017 Pasal 190(3)
    rotasi_tahun: float = 5.0  #: Pasal 190(3) maximum; rotation due after this
    bulan_sebelum_bup: int = 12  #: not within N months of retirement (BKD practice)
    cpns_tidak_dipindah: bool = True
    #: a PPPK moves only to the same jabatan in another unit: the perjanjian kerja names the jabatan (PP 49/2018),
    #: PPPK management has no mutasi into another jabatan (``pppk-ganti-jabatan``)
    pppk_tetap_jabatan: bool = True
    hukdis_tidak_dipindah: bool = True
    tugas_belajar_tidak_dipindah: bool = True
    cek_masa_jabatan: bool = True
    cek_bup: bool = True
    cek_pendidikan: bool = True
    cek_syarat_pengalaman: bool = True  #: an unmet syarat_pengalaman blocks the move
    cek_kesetaraan: bool = True  #: only lateral moves (no promotion/demotion through mutation)
    #: a post whose table writes no education requirement asks the least of its jenis / JF jenjang (S-1/D-IV for JF
    #: ahli, D-III for terampil …: domain.jabatan.least_requirement)
    syarat_dari_jenjang: bool = True
    maks_naik_kelas: int = 1  #: kelas jabatan may rise at most this much in a mutation
    maks_turun_kelas: int = 1  #: and fall at most this much
    #: a move that takes a JF holder out of their JF (profession) is always flagged
    #: (``keluar-profesi-jf``); with this on it also blocks the move
    blokir_keluar_profesi: bool = False
    #: BUP (batas usia pensiun) in years by position type (UU 20/2023 Pasal 55; PP 11/2017)
    bup_jpt: int = 60
    bup_administrator: int = 58
    bup_pengawas: int = 58
    bup_pelaksana: int = 58
    bup_fungsional_ahli_utama: int = 65
    bup_fungsional_ahli_madya: int = 60
    bup_fungsional_lain: int = 58
    bup_guru: int = 60  #: guru (incl. kepala sekolah) of every jenjang: UU 14/2005 Pasal 30 ayat 4 (sector rule)
    bup_dosen: int = 65  #: dosen (asisten ahli, lektor, lektor kepala): UU 14/2005 Pasal 67 ayat 4
    bup_guru_besar: int = 70  #: a dosen who is guru besar (profesor): UU 14/2005 Pasal 67 ayat 5
    #: peneliti and perekayasa ahli madya and ahli utama (ahli pertama/muda: ``bup_fungsional_lain``, 58): UU 11/2019
    #: Pasal 53 ayat 1, which PP 11/2017 Pasal 240 defers to
    bup_peneliti_ahli_madya: int = 65
    bup_peneliti_ahli_utama: int = 70


@dataclass(frozen=True)
class Weights:
    """Weights of the score components (summing to 100 is convenient, not required)."""

    pendidikan: float = 20.0
    jurusan: float = 35.0
    pengalaman: float = 20.0
    golongan: float = 10.0
    kinerja: float = 7.0
    diklat: float = 4.0
    preferensi: float = 4.0
    #: credit for a ``serumpun`` programme as a share of the ``jurusan`` weight
    serumpun_faktor: float = 0.5
    #: jurusan credit at a post with no syarat_jurusan and no particular field (kecamatan, sekretariat)
    relevansi_umum: float = 0.6
    #: jurusan credit at a post with no syarat_jurusan whose field (name/unit: Perawat, RSUD) is not the employee's
    relevansi_lain: float = 0.25
    #: years of related experience that earn the full experience component
    tahun_pengalaman_penuh: float = 5.0
    #: similarity (0-100) at which a misspelt JF name is still read as that JF ("perawat ahli pertma")
    ambang_pengalaman: float = 90.0
    #: experience component per relatedness level (domain.rumpun): the best of
    #: bobot × min(1, calendar years at least that related / tahun_pengalaman_penuh)
    pengalaman_jabatan_sama: float = 1.0  #: same JF (any jenjang) or the same post
    pengalaman_serumpun: float = 0.8  #: another JF of the same rumpun (Keppres 87/1999)
    pengalaman_bidang_sama: float = 0.5  #: same field of work (pelaksana, structural or JF field)
    #: candidates per position kept by the cheap pre-score (pendidikan/jurusan/golongan/kinerja) before the full score
    kandidat_pra_skor: int = 300


#: the effective working hours a year a setting may give: a part-time year to every hour of a leap year
WKE_HOURS = (100.0, 8784.0)


@dataclass(frozen=True)
class Workload:
    """ABK settings (PermenPANRB 1/2020) and EJ grading (Permendagri 12/2008)."""

    #: ONE effective working time (WKE) a year, given in hours or in minutes: set one and the
    #: other is derived (× 60); both set and unequal is a ConfigError. 0 = not given; neither
    #: given = 1,250 hours = 75,000 minutes (PermenPANRB 1/2020).
    jam_kerja_efektif: float = 0.0
    menit_kerja_efektif: float = 0.0
    pembulatan: str = "bulat"  #: "bulat" (round half up) | "atas" (ceil) | "bawah" (floor)
    #: task sheets with a period column: a day is this many effective minutes (PermenPANRB
    #: 1/2020: 5 hours), a week this many days; a month is WKE ÷ 12, a year the WKE. With the
    #: default WKE the annual factors are ×250 (day), ×50 (week), ×12 (month); with a WKE of
    #: 72,000 minutes they are the per-period minutes 300/1,500/6,000/72,000 of the e-Anjab apps
    menit_kerja_per_hari: float = 300.0
    hari_kerja_per_minggu: float = 5.0
    #: a task sheet's own WKE (a "waktu kerja efektif" column or summary row) replaces the setting
    pakai_wke_lembar: bool = True
    #: EJ is rounded to this many decimals before grading, and printed so, as the printed table (B 0.90–1.00,
    #: C 0.70–0.89) and the ABK applications do; -1 grades the unrounded value (printed with 4 decimals)
    ej_desimal: int = 2
    ej_a: float = 1.00  #: EJ above this is A
    ej_b: float = 0.90  #: B: [0.90, 1.00]
    ej_c: float = 0.70  #: C: [0.70, 0.90)
    ej_d: float = 0.50  #: D: [0.50, 0.70); E below
    ej_beban_lebih: float = 1.00  #: EJ above this flags an overloaded unit/position
    ej_beban_kurang: float = 0.70  #: EJ below this flags an underloaded unit/position
    horizon_bulan: int = 12

    def __post_init__(self) -> None:
        # each value's type and bounds first: the rules across keys below compared a text ("0.9") or true with a
        # number and raised TypeError when a library caller built Workload(...) (api campaign, h30)
        check_section("beban_kerja", Workload, {f.name: getattr(self, f.name) for f in dataclasses.fields(Workload)})
        jam, menit = float(self.jam_kerja_efektif), float(self.menit_kerja_efektif)
        if jam < 0 or menit < 0:
            raise ConfigError("[beban_kerja] jam_kerja_efektif / menit_kerja_efektif tidak boleh negatif")
        if jam and menit and abs(jam * 60.0 - menit) > 1e-6:
            raise ConfigError(
                f"[beban_kerja] jam_kerja_efektif = {jam:g} jam tidak sama dengan menit_kerja_efektif = {menit:g} menit "
                f"({jam:g} × 60 = {jam * 60:g}); isi salah satu saja"
            )
        if not jam and not menit:
            jam, menit = 1250.0, 75000.0
        elif not menit:
            menit = jam * 60.0
        elif not jam:
            jam = menit / 60.0
        if not WKE_HOURS[0] <= jam <= WKE_HOURS[1]:  # 1e-300 made every kebutuhan -9.2e18 (hostile-input campaign)
            raise ConfigError(
                f"[beban_kerja] waktu kerja efektif {jam:g} jam setahun di luar batas wajar "
                f"({WKE_HOURS[0]:g}–{WKE_HOURS[1]:g} jam; PermenPANRB 1/2020: 1.250 jam = 75.000 menit)"
            )
        object.__setattr__(self, "jam_kerja_efektif", jam)
        object.__setattr__(self, "menit_kerja_efektif", menit)
        if self.menit_kerja_per_hari <= 0 or self.hari_kerja_per_minggu <= 0:
            raise ConfigError("[beban_kerja] menit_kerja_per_hari dan hari_kerja_per_minggu harus lebih dari 0")
        if self.pembulatan not in ("bulat", "atas", "bawah"):
            raise ConfigError(f"[beban_kerja] pembulatan '{self.pembulatan}' tidak dikenal (bulat/atas/bawah)")
        grades = {"ej_a": self.ej_a, "ej_b": self.ej_b, "ej_c": self.ej_c, "ej_d": self.ej_d}
        if not all(x >= y for x, y in itertools.pairwise([*grades.values(), 0.0])):
            given = ", ".join(f"{k} = {format_number(v)}" for k, v in grades.items())
            raise ConfigError(
                f"[beban_kerja] ambang kelas EJ harus menurun dari A ke D dan tidak negatif: ej_a ≥ ej_b ≥ ej_c ≥ ej_d ≥ 0 "
                f"(sekarang {given})"
            )
        if self.ej_beban_lebih < self.ej_beban_kurang:
            raise ConfigError(
                f"ambang EJ beban lebih ([beban_kerja] ej_beban_lebih = {format_number(self.ej_beban_lebih)}) tidak "
                f"boleh di bawah ambang EJ beban kurang (ej_beban_kurang = {format_number(self.ej_beban_kurang)})"
            )


@dataclass(frozen=True)
class PlanSettings:
    """Objective terms of the mutation plan (integers after scaling by 100)."""

    #: DEPRECATED, no effect: the plan always maximises fill first (a proven maximum), whatever the weights;
    #: kept so old files still load
    bobot_isi_lowongan: float = 100.0
    biaya_pindah: float = 15.0  #: cost charged for every move (people who fit stay)
    #: secondary cost of every holder a post keeps above its need after the plan: each move out of a surplus post
    #: saves it until the post is no longer above need (below 0: a cost of taking people from surplus posts)
    bonus_dari_surplus: float = 20.0
    skor_minimum: float = 40.0  #: a move below this score is never proposed
    #: moves out of one unit to another unit (a move inside the same unit does not count; None = no limit)
    maks_pindah_per_unit: int | None = None
    min_pegawai_per_unit: int | None = None  #: minimum staff kept in every unit
    rotasi_wajib: bool = False  #: people over ``rotasi_tahun`` in one position must move when possible
    isi_proyeksi_pensiun: bool = True  #: fill vacancies projected within the horizon
    #: DEPRECATED, no effect on the plan (it is exact over all eligible pairs); kept so old files still load
    kandidat_per_lowongan: int = 30
    #: DEPRECATED no-op: the plan always considers every position (chains through full and surplus posts)
    calon_semua_jabatan: bool = False
    #: time limit of the MILP (used only with maks_pindah_per_unit)
    batas_waktu_milp_detik: float = 120.0
    #: pairs scored exactly while proving the secondary optimum by pricing; beyond it the plan stops pricing and
    #: says so (fill stays the proven maximum, the secondary is then optimal over the restricted arc set only)
    maks_pasangan_harga: int = 30_000_000
    #: the same under maks_pindah_per_unit, where each pricing round also re-solves an LP with a row per unit
    #: (100k staff: about 1.2 million pairs and 1 s a round; 10k staff prove the optimum with 0.23 million)
    maks_pasangan_harga_batas_unit: int = 2_500_000


@dataclass(frozen=True)
class AspirationSettings:
    """How stated aspirations (issue 15) weigh in the plan's secondary objective (points on the 0-100
    score scale). They never change the maximum fill: the planner ranks fill above any secondary total."""

    bobot_pilihan_1: float = 10.0  #: reward for placing a mover in their first choice
    bobot_pilihan_2: float = 6.0  #: ... second choice
    bobot_pilihan_3: float = 3.0  #: ... third choice
    biaya_tidak_bersedia: float = 30.0  #: soft cost of moving someone who stated "Tidak bersedia"
    tidak_bersedia_wajib_tetap: bool = False  #: hard rule: "Tidak bersedia" never moves (like --keep)


@dataclass(frozen=True)
class LetterSettings:
    """Letterhead and signatories of the letters (``asn-mutasi surat``); the defaults are prompts in
    brackets that a BKD replaces in its settings file (docs/surat.md)."""

    instansi: str = "PEMERINTAH [KABUPATEN/KOTA]"
    nama_bkd: str = "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia"
    alamat_bkd: str = "[Alamat kantor BKPSDM, telepon, surel]"
    pejabat: str = "[BUPATI/WALI KOTA]"  #: the official who signs the Keputusan (PPK)
    nama_pejabat: str = "[NAMA PEJABAT PEMBINA KEPEGAWAIAN]"
    kepala_bkd: str = "[NAMA KEPALA BKPSDM]"
    #: the Kepala BKPSDM's pangkat and NIP, printed under the name where they sign (an ASN official signs with
    #: pangkat and NIP: Permendagri 1/2023 on tata naskah dinas); the Keputusan's PPK signs with the name alone
    pangkat_kepala_bkd: str = "[Pangkat, golongan/ruang]"
    nip_kepala_bkd: str = "[NIP KEPALA BKPSDM]"
    tempat: str = "[Kota]"
    nomor_sk: str = "800.1.3.3/[nomor]/BKPSDM"
    #: the notification letters' number; ``{urut}`` in it is each letter's own running number (84 letters carried
    #: one register number: walkthrough), counted from ``nomor_surat_awal``
    nomor_surat: str = "800.1.3.3/[nomor]/BKPSDM"
    nomor_surat_awal: int = 1


@dataclass(frozen=True)
class ReadLimits:
    """Limits that keep reading a hostile or broken input file bounded in memory and time."""

    maks_ukuran_isi_mb: float = 1024.0  #: total inflated size of a workbook (xlsx/xlsm/ods zip entries)
    maks_rasio_kompresi: float = 200.0  #: inflated/compressed ratio of one zip entry larger than 16 MB
    maks_entri_zip: int = 10000  #: number of entries in a workbook zip
    maks_sel: int = 30_000_000  #: cells of one sheet (rows x columns read); an XML Spreadsheet's sheets together
    maks_ukuran_csv_mb: float = 2048.0  #: size of a CSV/TSV file
    #: filled rows of the aspiration forms read together (one per employee; each is kept as a record of ~20 fields)
    maks_baris_aspirasi: int = 200_000


#: the approval stages of a move, in order (Usulan OPD → … → Persetujuan PPK); issue 16
TAHAP: tuple[str, ...] = ("Usulan OPD", "Verifikasi BKD", "Sidang Baperjakat", "Persetujuan PPK")


@dataclass(frozen=True)
class Governance:
    """Staged approval and the audit ledger (buku besar)."""

    #: the stage whose ``Setuju`` lets ``apply`` carry a move out (one of :data:`TAHAP`)
    tahap_final: str = "Persetujuan PPK"
    #: refuse plan workbooks decided without stages (no Persetujuan sheet, or the sheet left empty)
    wajib_tahap: bool = False
    #: the SQLite audit ledger; "" = ``buku_besar_mutasi.sqlite`` beside the plan workbook
    buku_besar: str = ""

    def __post_init__(self) -> None:
        # refused when the settings are read (rencana took "Bupati" and only terapkan refused it, later)
        if str(self.tahap_final).strip().casefold() not in {t.casefold() for t in TAHAP}:
            raise ConfigError(
                f"[tata_kelola] tahap_final '{self.tahap_final}' tidak dikenal; pilih salah satu: {', '.join(TAHAP)}"
            )


@dataclass(frozen=True)
class Settings:
    """All settings; ``Settings()`` are the documented defaults."""

    aturan: Rules = field(default_factory=Rules)
    bobot: Weights = field(default_factory=Weights)
    beban_kerja: Workload = field(default_factory=Workload)
    rencana: PlanSettings = field(default_factory=PlanSettings)
    baca: ReadLimits = field(default_factory=ReadLimits)
    tata_kelola: Governance = field(default_factory=Governance)
    aspirasi: AspirationSettings = field(default_factory=AspirationSettings)
    surat: LetterSettings = field(default_factory=LetterSettings)

    def __post_init__(self) -> None:
        """Settings built in code are checked as a settings file is (:func:`check_section`)."""
        for section, cls in _SECTIONS.items():
            part = getattr(self, section)
            if not isinstance(part, cls):  # Settings(aturan={...}) raised AttributeError
                raise ConfigError(
                    f"[{section}] harus berupa {cls.__name__}, bukan {type(part).__name__}",
                    hint=f"Mis. Settings({section}={cls.__name__}(...)), atau am.load_settings('pengaturan.toml').",
                )
            check_section(section, cls, {f.name: getattr(part, f.name) for f in dataclasses.fields(cls)})

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


_SECTIONS: dict[str, type] = {
    "aturan": Rules,
    "bobot": Weights,
    "beban_kerja": Workload,
    "rencana": PlanSettings,
    "baca": ReadLimits,
    "tata_kelola": Governance,
    "aspirasi": AspirationSettings,
    "surat": LetterSettings,
}


#: the largest ``maks_pindah_per_unit`` / ``min_pegawai_per_unit`` (a count of people: far above any unit's)
UNIT_COUNT_MAX = 1_000_000_000
#: months ahead that retirements are projected: ``horizon_bulan``, ``lowongan --horizon``, ``vacancies(horizon=)``
HORIZON_MONTHS = (0, 1200)
#: bounds (inclusive) of the numeric settings the general bounds do not fit (see :func:`_check_number`)
_BOUNDS: dict[str, tuple[float, float]] = {
    "surat.nomor_surat_awal": (1, 10_000_000),
    "aturan.min_tahun_di_jabatan": (0, 100),
    "aturan.rotasi_tahun": (0, 100),
    "aturan.bulan_sebelum_bup": (0, 1200),
    "aturan.maks_naik_kelas": (0, 100),
    "aturan.maks_turun_kelas": (0, 100),
    **{f"aturan.{f.name}": (0, 100) for f in dataclasses.fields(Rules) if f.name.startswith("bup_")},
    "bobot.ambang_pengalaman": (0, 100),
    **dict.fromkeys(
        [f"bobot.{name}" for name in ("serumpun_faktor", "relevansi_umum", "relevansi_lain")]
        + [f"bobot.pengalaman_{name}" for name in ("jabatan_sama", "serumpun", "bidang_sama")],
        (0, 1),
    ),
    "beban_kerja.horizon_bulan": HORIZON_MONTHS,
    "beban_kerja.ej_desimal": (-1, 10),  # (−1: EJ graded unrounded, docs/pengaturan.md)
    "rencana.skor_minimum": (0, 100),
    # the plan's costs are integers (× 100) summed over the moves: kept far from the solver's range
    **{f"rencana.{name}": (0, 10_000) for name in ("bobot_isi_lowongan", "biaya_pindah")},
    "rencana.bonus_dari_surplus": (-10_000, 10_000),  # (below 0: a cost of taking people from surplus posts)
    **{f"aspirasi.{f.name}": (0, 10_000) for f in dataclasses.fields(AspirationSettings) if f.type != "bool"},
    "rencana.maks_pindah_per_unit": (0, UNIT_COUNT_MAX),
    "rencana.min_pegawai_per_unit": (0, UNIT_COUNT_MAX),
}
#: every other number: not negative, and at most this (decimals / whole numbers)
_MAX_DECIMAL = 1_000_000.0
_MAX_WHOLE = 10**12


def _check_number(key: str, value: numbers.Real, whole: bool, source: str) -> None:
    """A numeric setting is finite, a whole number where the setting counts, and within its bounds."""
    where = f"{source}: [{key.replace('.', '] ', 1)}" if source else f"[{key.replace('.', '] ', 1)}"
    if not math.isfinite(float(value)):
        raise ConfigError(f"{where} harus angka yang terhingga (bukan nan/inf)")
    if whole and not isinstance(value, numbers.Integral):
        raise ConfigError(f"{where} harus bilangan bulat")
    low, high = _BOUNDS.get(key, (0, _MAX_WHOLE if whole else _MAX_DECIMAL))
    number = float(value)
    if not low <= number <= high:
        raise ConfigError(
            f"{where} = {format_number(number, None)} di luar rentang yang diizinkan "
            f"({format_number(low, None)} sampai {format_number(high, None)})"
        )


def check_section(section: str, cls: type, values: dict[str, Any], source: str = "") -> None:
    """Every value of ``values`` (keys of settings section ``cls``) against its annotation and bounds.

    bool and str fields take only their type; numbers (``int``, ``float``, ``int | None`` left None) are checked by
    :func:`_check_number`. A TOML file (:func:`settings_from_dict`, ``source`` its name) and a library caller building
    :class:`Settings` (its ``__post_init__``) get the same checks.
    """
    known = {f.name: str(f.type) for f in dataclasses.fields(cls)}
    prefix = f"{source}: " if source else ""
    for key, value in values.items():
        kind = known[key]  # the annotation ("int | None": a count that may be left out)
        if kind == "bool" and not isinstance(value, bool):
            raise ConfigError(f"{prefix}[{section}] {key} harus true/false")
        if kind == "str" and not isinstance(value, str):
            raise ConfigError(f"{prefix}[{section}] {key} harus berupa teks")
        if kind.startswith(("int", "float")):
            if value is None and kind.endswith("| None"):
                continue
            if isinstance(value, bool) or not isinstance(value, numbers.Real):
                raise ConfigError(f"{prefix}[{section}] {key} harus berupa angka")
            _check_number(f"{section}.{key}", value, kind.startswith("int"), source)


#: where every settings key is described, named when a key or section is not known
_SETTINGS_DOC = "Daftar bagian dan kunci yang dikenal, dengan nilai bawaannya: docs/pengaturan.md."


def _closest(word: str, options: Iterable[str]) -> str:
    """``"; maksud Anda 'x'?"`` for the option closest to a mistyped ``word``, or "" when none is close."""
    close = difflib.get_close_matches(word, list(options), n=1, cutoff=0.75)
    return f"; maksud Anda '{close[0]}'?" if close else ""


def _nested_table(source: str, key: str, section: str) -> ConfigError:
    """The error for a table ``[section.key]`` (or ``key = {…}`` / ``key.x = …`` under ``[section]``): settings have
    no table inside a section. Said as the table it is, not as a mistyped key ("kunci 'bobot' tidak dikenal di
    [aturan]" for ``[aturan.bobot]``, "pendidikan harus berupa angka" for ``[bobot.pendidikan]``; review15, h34)."""
    table = f"[{section}.{key}]"
    if key in _SECTIONS:
        said = f"{table} bukan bagian yang dikenal; [{key}] adalah bagian sendiri: tulis di bawah judul [{key}] saja"
    elif key in {f.name for f in dataclasses.fields(_SECTIONS[section])}:
        said = f"{table} ditulis sebagai tabel, padahal '{key}' adalah kunci [{section}]: tulis {key} = <nilai> di bawah [{section}]"
    else:
        fields = (f.name for f in dataclasses.fields(_SECTIONS[section]))
        said = f"bagian {table} tidak dikenal; [{section}] tidak berisi bagian lain{_closest(key, fields)}"
    return ConfigError(f"{source}: {said}", hint=_SETTINGS_DOC)


def _wrapped_sections(source: str, section: str, values: dict[str, Any]) -> ConfigError | None:
    """The error for known sections written inside an unknown one (``[pengaturan.bobot]``: "maksud Anda 'aturan'?"
    sent the analyst to the wrong section; review15, h34), or None when ``values`` holds no known section."""
    inner = [k for k, v in values.items() if k in _SECTIONS and isinstance(v, dict)]
    if not inner:
        return None
    written = ", ".join(f"[{section}.{k}]" for k in inner)
    plain = ", ".join(f"[{k}]" for k in inner)
    return ConfigError(
        f"{source}: bagian [{section}] tidak dikenal; {written} ditulis tanpa awalan '{section}.': {plain}",
        hint=_SETTINGS_DOC,
    )


def _unknown_key(source: str, key: str, section: str | None) -> ConfigError:
    """The error for settings key ``key`` not known in ``section`` (None: written above every section): names the
    section the key belongs to when it is another's, else the closest key of its own section (a typo)."""
    homes = [name for name, cls in _SECTIONS.items() if key in {f.name for f in dataclasses.fields(cls)}]
    place = f"di [{section}]" if section is not None else "di luar bagian mana pun"
    if homes:
        said = f"kunci '{key}' {place}; kunci ini milik [{homes[0]}]: tulis di bawah judul [{homes[0]}]"
    elif section is None:
        every = {f.name for cls in _SECTIONS.values() for f in dataclasses.fields(cls)}
        said = f"kunci '{key}' tidak dikenal dan ditulis {place}{_closest(key, every)}"
    else:
        said = f"kunci '{key}' tidak dikenal di [{section}]{_closest(key, (f.name for f in dataclasses.fields(_SECTIONS[section])))}"
    return ConfigError(f"{source}: {said}", hint=_SETTINGS_DOC)


def settings_from_dict(data: dict[str, Any], *, source: str = "konfigurasi") -> Settings:
    """Build settings from a nested dict (as read from TOML), validating every key."""
    parts: dict[str, Any] = {}
    for section, values in data.items():
        cls = _SECTIONS.get(section)
        if cls is None and not isinstance(values, dict):  # "pendidikan = 30" above every [bagian]
            raise _unknown_key(source, section, None)
        if cls is None and (wrapped := _wrapped_sections(source, section, values)) is not None:
            raise wrapped
        if cls is None:
            raise ConfigError(
                f"{source}: bagian [{section}] tidak dikenal{_closest(section, _SECTIONS)} "
                f"(yang ada: {', '.join(_SECTIONS)})",
                hint=_SETTINGS_DOC,
            )
        if not isinstance(values, dict):
            raise ConfigError(f"{source}: [{section}] harus berupa tabel")
        known = {f.name for f in dataclasses.fields(cls)}
        for key, value in values.items():
            if isinstance(value, dict):
                raise _nested_table(source, key, section)
            if key not in known:
                raise _unknown_key(source, key, section)
        check_section(section, cls, values, source)
        for key in ("jam_kerja_efektif", "menit_kerja_efektif"):  # 0 is the default's "not given": never written
            if section == "beban_kerja" and key in values and values[key] == 0:
                raise ConfigError(
                    f"{source}: [beban_kerja] {key} = 0 bukan waktu kerja efektif; hapus barisnya untuk memakai "
                    "bawaan (1.250 jam = 75.000 menit, PermenPANRB 1/2020)"
                )
        try:
            parts[section] = cls(**values)
        except ConfigError as exc:  # a rule across keys (ordering, one of two): named with the file it is in
            raise ConfigError(f"{source}: {exc.message}", hint=exc.hint) from exc
    return Settings(**parts)


def toml_where(exc: tomllib.TOMLDecodeError) -> str:
    """Where a TOML file is broken, as " (baris N, kolom M)" (tomllib's own description is English)."""
    found = re.search(r"at line (\d+), column (\d+)", str(exc))
    return f" (baris {found[1]}, kolom {found[2]})" if found else ""


#: the largest settings file read: one is a few KB (a 2 GB file, or /dev/zero, ran out of memory; hostile10, h29)
SETTINGS_MAX_BYTES = 1 << 20


def _settings_bytes(p: Path) -> bytes:
    """The bytes of settings file ``p``, refused when it is no regular file (a device, a FIFO) or too large."""
    data = read_capped(p, SETTINGS_MAX_BYTES, ConfigError(f"Berkas konfigurasi '{p}' bukan berkas"))
    if len(data) > SETTINGS_MAX_BYTES:
        raise ConfigError(
            f"Berkas konfigurasi '{p}' lebih besar dari {SETTINGS_MAX_BYTES >> 20} MB; berkas pengaturan TOML hanya "
            "beberapa KB",
            hint="Periksa nama berkas yang diberikan ke -c/--pengaturan.",
        )
    return data


def load_settings(path: str | Path | None) -> Settings:
    """Read a TOML settings file; ``None`` gives the defaults."""
    if path is None:
        return Settings()
    if str(path) == "-":  # read as a missing file named '-' (exit 3); every other option says so (hostile10, h29)
        raise UsageError("Berkas konfigurasi tidak dapat dibaca dari stdin ('-'); berikan nama berkasnya")
    p = Path(path)
    try:
        data = tomllib.loads(decode_small_text(_settings_bytes(p)))  # Notepad writes a BOM, or saves UTF-16
    except FileNotFoundError as exc:
        raise ConfigError(f"Berkas konfigurasi '{p}' tidak ditemukan") from exc
    except OSError as exc:  # a folder, no permission, a name too long
        raise ConfigError(f"Berkas konfigurasi '{p}' tidak dapat dibaca: {os_reason(exc)}") from exc
    except UnicodeDecodeError as exc:
        raise ConfigError(
            f"Berkas konfigurasi '{p}' bukan teks {encoding_name(exc.encoding)} yang utuh",
            hint="Simpan berkas TOML sebagai UTF-8.",
        ) from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"Berkas konfigurasi '{p}' bukan TOML yang valid{toml_where(exc)}") from exc
    except RecursionError as exc:  # arrays nested thousands deep: no settings file looks like that
        raise ConfigError(f"Berkas konfigurasi '{p}' bukan TOML yang valid (bersarang terlalu dalam)") from exc
    settings = settings_from_dict(data, source=str(p))
    ledger = settings.tata_kelola.buku_besar
    if ledger and not Path(ledger).is_absolute():  # the agency's one ledger, from whichever folder a command runs
        tata_kelola = dataclasses.replace(settings.tata_kelola, buku_besar=str(p.parent / ledger))
        settings = dataclasses.replace(settings, tata_kelola=tata_kelola)
    return settings
