"""Domain data shapes shared by every layer.

Tables are pandas DataFrames whose columns are the canonical Indonesian snake_case
field names (the keys of every JSON/CSV output). Internal bookkeeping columns start
with an underscore: ``_baris`` is the 1-based Excel/CSV row the record came from, which
every finding and every exclusion reason refers to.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from asn_mutasi.findings import Finding

if TYPE_CHECKING:
    import numpy as np
    import pandas as pd

    from asn_mutasi.distinct import ColumnMemo

ROW = "_baris"  #: 1-based row number in the source sheet (header rows counted)
#: prepared roster/position column: the unit cell as written, before it was told apart by OPD (only with a
#: ``perangkat_daerah`` column; linking falls back to it against a table without OPDs, ``terapkan`` writes it back)
UNIT_AS_WRITTEN = "_unit_tertulis"
#: prepared position column: a kode_jabatan the table writes in several units (a jabatan's reference code, not a
#: post's), as written; the post's own code is then ``kode | unit`` (``validation._codes_per_unit``)
CODE_AS_WRITTEN = "_kode_tertulis"
#: prepared position column: the seats the workload gives a managerial post whose table states no kebutuhan, where
#: more than 1 (NaN elsewhere); its kebutuhan is 1 until the roster is linked, then up to one seat per holder (a
#: generic head's row: ``api.inputs.link_to_table``, ``workload.abk.seats_from_hours``)
LOAD_SEATS = "_kursi_beban_kerja"
#: prepared position column: the codes of the lines summed into this post's line (a tuple; None where none): a pin or
#: a proposal naming one of them means this post
FOLDED_CODE = "_kode_baris_digabung"
_POST_SEP = " | "


def post_code(code: str, unit: str) -> str:
    """The post code of a kode_jabatan the position table writes in several units: ``kode | unit``."""
    return f"{code}{_POST_SEP}{unit}"


def split_post_code(kode: str) -> tuple[str, str]:
    """(code as the BKD's files write it, unit) of a :func:`post_code`; (the code, "") for any other code."""
    code, _, unit = kode.partition(_POST_SEP)
    return code, unit


#: the roster's column of each person's post in the position table (None: linked to none), set by linking
LINK_COLUMN = "kode_jabatan_link"
STATUS = "_status"  #: the validator's verdict per row: :data:`VALID` or why not (see asn_mutasi.validation)
VALID = "valid"
#: per roster row: excluded from planning for a fault of its NIP alone (damaged, or one NIP for two people), its
#: person still holds the seat: counted in bezetting by every command, never moved (:func:`holder_mask`)
HOLDS = "_menduduki"
#: per roster row: a PNS golongan written without its ruang ("III"): ``golongan`` keeps the numeral, its rank is the
#: lowest ruang's, and the level rule reads it as unknown where the ruang decides (``domain.jenis.golongan_keys``)
GOLONGAN_BARE = "golongan_tanpa_ruang"
#: per roster row: the TMT pensiun the roster itself states (its ``tmt_pensiun`` field; NaT without one)
STATED_TMT = "tmt_pensiun_tercatat"
#: per roster row: the BUP in years the roster itself states (its ``bup`` field; NaN without one)
STATED_BUP = "bup_tercatat"
#: per roster/position row: a structural eselon V post by its ESELON column (``domain.jabatan.eselon_v_post``): its
#: jenis is Pelaksana, and the level rule reads it above pelaksana (``domain.jenis.ESELON_V``)
ESELON_V_POST = "_eselon_v"


def folded_codes(positions: pd.DataFrame) -> dict[str, str]:
    """{code a summed line writes: its post's code} for the codes no valid line of the table has (a pin or a proposal
    of the line's own code: "tidak ada di peta jabatan" while the table lists it; oracle28, h37)."""
    if FOLDED_CODE not in positions.columns:
        return {}
    valid = positions[valid_mask(positions)]
    own = set(valid["kode_jabatan"].astype(str))
    lines = valid[valid[FOLDED_CODE].notna()]
    return {
        str(w): str(k)
        for ws, k in zip(lines[FOLDED_CODE].tolist(), lines["kode_jabatan"].tolist(), strict=True)
        for w in ws
        if str(w) not in own
    }


def valid_mask(frame: pd.DataFrame) -> np.ndarray:
    """Per row: the validator passed it (``_status`` is "valid", as text); every row of a frame
    that was never validated (no ``_status`` column). A missing status is not "valid".

    The one definition every command, the scoring context and the plan read.
    """
    import numpy as np
    import pandas as pd

    if STATUS not in frame.columns:
        return np.ones(len(frame), dtype=bool)
    status = frame[STATUS]
    if status.dtype == object:  # already text (the validator's): compared as it is, no copy as str
        values = status.to_numpy()
        try:
            same = np.asarray(values == VALID, dtype=bool)
        except (TypeError, ValueError):  # pd.NA is no truth value
            same = None
        # one pass, not two: only the cells that are not "valid" (few, read 20 times a plan) have their type checked
        if same is not None and pd.api.types.infer_dtype(values[~same], skipna=False) in ("string", "empty"):
            return same
    return np.asarray((status.astype(str) == VALID).to_numpy(), dtype=bool)


def holder_mask(frame: pd.DataFrame) -> np.ndarray:
    """Per row: its person holds the post it names: a valid row (:func:`valid_mask`), or one excluded for a
    fault of its NIP alone (:data:`HOLDS`). The one definition of who counts in bezetting, for every command."""
    import numpy as np

    mask = valid_mask(frame)
    if HOLDS in frame.columns:
        mask = mask | np.asarray(frame[HOLDS].fillna(False).to_numpy(dtype=bool), dtype=bool)
    return mask


# --- canonical fields ------------------------------------------------------------------
ROSTER_REQUIRED: tuple[str, ...] = ("nip", "nama", "jabatan", "unit_kerja")
ROSTER_OPTIONAL: tuple[str, ...] = (
    "kode_jabatan",
    "golongan",
    "pendidikan",
    "jurusan",
    "tmt_jabatan",
    "tanggal_lahir",
    "jenis_kelamin",
    "status_kepegawaian",
    "jenis_jabatan",
    "predikat_kinerja",
    "hukuman_disiplin",
    "tugas_belajar",
    "riwayat_jabatan",
    "diklat",
    "preferensi_unit",
    # SIASN semantics (issue 11): working agency, C/P status, legal standing
    "instansi",
    #: the OPD above the unit, when a file gives both (``OPD`` + ``UNIT KERJA``, SIASN ``SATUAN KERJA KERJA NAMA``
    #: + ``UNOR NAMA``): the unit is then kept per OPD (``validation.rule_perangkat_daerah``)
    "perangkat_daerah",
    "status_cpns_pns",
    "kedudukan_hukum",
    #: the eselon of a managerial post: its jenis over the name's (``domain.jabatan.jenis_from_eselon``)
    "eselon",
    #: how the post is held (Definitif, Plt, Plh, Pj): an acting holder's jabatan is read as "Plt. …"
    "status_jabatan",
    #: the roster's own TMT pensiun and BUP, as its SIMPEG computed them (prepared as :data:`STATED_TMT` and
    #: :data:`STATED_BUP`): compared with the tool's, and used where they are plausible (``domain.jabatan.
    #: stated_pension``)
    "tmt_pensiun",
    "bup",
)
#: fields ``check`` can do without (a warning when absent) but planning commands need
ROSTER_FOR_PLANNING: tuple[str, ...] = ("jabatan", "unit_kerja")
#: fields without which a roster cannot be read at all
ROSTER_READ_REQUIRED: tuple[str, ...] = ("nip", "nama")
ROSTER_FIELDS = ROSTER_REQUIRED + ROSTER_OPTIONAL

POSITION_REQUIRED: tuple[str, ...] = ("nama_jabatan", "unit_kerja")
POSITION_ONE_OF: tuple[str, ...] = ("kebutuhan", "beban_kerja_jam")
POSITION_OPTIONAL: tuple[str, ...] = (
    "kode_jabatan",
    "jenis_jabatan",
    "kelas_jabatan",
    "syarat_pendidikan",
    "syarat_jurusan",
    "syarat_golongan",
    "syarat_pengalaman",
    "syarat_diklat",
    "bezetting",
    "instansi",
    "perangkat_daerah",
    "eselon",
    #: the workload in minutes a year ("Total Beban (Menit)" of an anjab app): read as beban_kerja_jam ÷ 60 when the
    #: table gives no hours
    "beban_kerja_menit",
    #: the post's own effective working time a year (Form D "Jam Kerja Efektif", an ABK rekap's "WKE (jam)"): its
    #: kebutuhan from beban kerja and its EJ use it instead of the setting (validation.table_wke_hours)
    "waktu_efektif",
    #: Formulir 1's "BUP TH. <tahun>": the post's holders whose TMT pensiun falls in the header's year, as its e-formasi
    #: app counts them (DiskominfoWsb/simpeg ``YEAR(pensiunnext)``); compared with the roster (``pensiun-tahun-beda``)
    "pensiun_tahun",
    #: the verdict on a formasi request (rumahASN's "STATUS": DISETUJUI, MENUNGGU, DITOLAK): a refused request is no
    #: need (``validation._refused_requests``)
    "status_usulan",
    #: the table's own Selisih (+/-): checked against its kebutuhan and bezetting, either sign convention
    #: (``validation._stated_gaps``: ``selisih-tanda``, ``selisih-beda``); the tool's selisih stays its own
    "selisih_tercatat",
)
POSITION_FIELDS = POSITION_REQUIRED + POSITION_ONE_OF + POSITION_OPTIONAL

#: riwayat jabatan as its own sheet/file
HISTORY_REQUIRED: tuple[str, ...] = ("nip", "jabatan")
HISTORY_FIELDS: tuple[str, ...] = ("nip", "jabatan", "unit_kerja", "tmt_mulai", "tmt_selesai")

#: ABK task sheet: per task yearly volume x norm time (minutes), summed per position
ABK_REQUIRED: tuple[str, ...] = ("volume", "norma_waktu")
ABK_FIELDS: tuple[str, ...] = (
    "kode_jabatan",
    "nama_jabatan",
    "unit_kerja",
    "uraian_tugas",
    "satuan_hasil",
    "volume",
    "norma_waktu",
    # issue 17: what e-Anjab / SIANJAB sheets add (read by workload.tasksheet)
    "periode",  #: satuan periode of the volume: per hari / minggu / bulan / tahun
    "waktu_efektif",  #: the sheet's own effective working time (per row, or the year's)
    "kebutuhan_tugas",  #: the sheet's own per-task kebutuhan, checked against the reading
    "perangkat_daerah",  #: the OPD beside the unit: the task's unit is then "OPD | unit", as the positions'
)

#: proposals checked by ``assess`` and moves pinned by ``plan --pin``
PROPOSAL_REQUIRED: tuple[str, ...] = ("nip",)
PROPOSAL_FIELDS: tuple[str, ...] = (
    "nip",
    "kode_jabatan",
    "nama_jabatan",
    "unit_kerja",
    # OPD proposal workbooks (``usulan templat``; issue 16): kept beside the assessment
    "nama",  #: as the OPD wrote it: checked against the roster's name for the NIP (a mistyped NIP)
    "jabatan_sekarang",
    "alasan_usulan",
    "pengusul",
    "tanggal_usulan",
    #: the proposal's own status (Diajukan, Disetujui, Ditolak, Dibatalkan): a refused or cancelled one is not
    #: assessed (``api.match.assess_frame``)
    "status_usulan",
)

#: per-unit service indicators over time (``compare --indikator``; issue 16)
INDICATOR_REQUIRED: tuple[str, ...] = ("unit_kerja", "periode", "indikator", "nilai")
#: ``perangkat_daerah``: the OPD beside the unit (``indikator templat`` writes it for units told apart by OPD): the
#: unit is then "OPD | unit", as the rosters' (alone, a PERANGKAT DAERAH column is the unit)
INDICATOR_FIELDS: tuple[str, ...] = (*INDICATOR_REQUIRED, "arah", "perangkat_daerah")

#: the canonical fields holding a date, of every table kind: a header naming a date ("TMT ESELON", "Tgl. Lahir") is read
#: as one of these or not at all (``io.column_mapping``), and their cells are judged as dates
DATE_FIELDS: frozenset[str] = frozenset(
    {"tanggal_lahir", "tmt_jabatan", "tmt_pensiun", "tmt_mulai", "tmt_selesai", "tanggal_usulan"}
)

TABLE_KINDS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    # kind: (required, all fields)
    "pegawai": (ROSTER_REQUIRED, ROSTER_FIELDS),
    "jabatan": (POSITION_REQUIRED, POSITION_FIELDS),
    "riwayat": (HISTORY_REQUIRED, HISTORY_FIELDS),
    "abk": (ABK_REQUIRED, ABK_FIELDS),
    "usulan": (PROPOSAL_REQUIRED, PROPOSAL_FIELDS),
    "indikator": (INDICATOR_REQUIRED, INDICATOR_FIELDS),
}

#: canonical education levels, lowest first, and their ordinal rank
EDUCATION_RANK: dict[str, float] = {
    "SD": 1,
    "SMP": 2,
    "SMA": 3,
    "D-I": 4,
    "D-II": 5,
    "D-III": 6,
    "D-IV": 7,
    "S-1": 7,
    "Profesi": 7.5,
    "S-2": 8,
    "Sp-1": 8,
    "S-3": 9,
    "Sp-2": 9,
}


def education_order(level: str) -> tuple[float, bool]:
    """A level's place when two readings of one person's education are compared: its rank, then a specialist (Sp-1)
    before a master's of the same rank ("dr. X, M.Kes, Sp.S", "S2 | Sp.PD" are specialists; spell9, h32)."""
    return EDUCATION_RANK[level], level == "Sp-1"


#: canonical position types (jenis jabatan)
JENIS_JABATAN: tuple[str, ...] = (
    "JPT Utama",
    "JPT Madya",
    "JPT Pratama",
    "Administrator",
    "Pengawas",
    "Fungsional",
    "Pelaksana",
)

STATUS_KEPEGAWAIAN: tuple[str, ...] = ("PNS", "CPNS", "PPPK")

PREDIKAT_KINERJA: tuple[str, ...] = ("Sangat Baik", "Baik", "Butuh Perbaikan", "Kurang", "Sangat Kurang")


@dataclass(frozen=True)
class ColumnInfo:
    """How one canonical field was found in the source."""

    field: str
    letter: str  #: Excel column letter ("A", "AB"); for CSV the same letters by position
    header: str  #: the header text as the analyst sees it (merged rows joined with " / ")
    #: "alias" | "fuzzy" | "peta" (mapping file) | "nama" (exact canonical name) | "isi" (chosen by its cells) |
    #: "gabungan" | "pelengkap" | "judul" | "parameter" | "sel-nama" | "sel-jabatan"; each is worded in
    #: ``labels.VALUE_LABELS["cara"]`` for the Pemetaan Kolom sheet
    how: str
    score: float = 100.0
    reason: str = ""  #: why this column was chosen, in Bahasa Indonesia (for ``check -v``)


@dataclass(frozen=True)
class SourceInfo:
    """Where a table came from."""

    path: str  #: display path ("-" for stdin)
    sheet: str | None = None
    header_rows: tuple[int, ...] = ()  #: 1-based rows that formed the header
    sha256: str | None = None
    format: str = ""  #: "csv" | "xlsx" | "xls" | "ods"
    delimiter: str | None = None
    encoding: str | None = None


@dataclass
class RawTable:
    """A table as read: canonical columns of text (``None`` for empty), plus ``_baris``.

    Values are strings exactly as the cell showed them, except Excel cells that were
    numbers or dates, which arrive as the reader gave them (float/int/datetime) so the
    parsers can tell "NIP stored as number" and "real date" apart from text.
    """

    kind: str
    frame: pd.DataFrame
    source: SourceInfo
    columns: dict[str, ColumnInfo] = field(default_factory=dict)
    #: further columns a field is read from (PANGKAT filling GOL's empty cells and completing its ruang)
    parts: dict[str, list[ColumnInfo]] = field(default_factory=dict)
    #: the rows (``_baris``) of a field whose value a part column gave (a NIP from "NI PPPK"): that column
    filled_from: dict[str, dict[int, ColumnInfo]] = field(default_factory=dict)
    unmapped: list[str] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    #: original headers in order and the canonical field each became (None if unmapped);
    #: lets ``apply`` write the roster back in its own format
    original_headers: list[str] = field(default_factory=list)
    original_frame: pd.DataFrame | None = None
    #: the rows above the header (title rows such as "NAMA JABATAN : …", "UNIT KERJA : …"),
    #: cell values as read; ABK sheets of one position name it there
    preamble: list[list[object]] = field(default_factory=list)
    #: the rows between the header and the first data row (a numbering row "1 2 3 …"), cell values as read: the
    #: roster ``apply`` writes keeps them, so every person stays on their row number
    below_header: list[list[object]] = field(default_factory=list)
    #: rows of the sheet below the header that are not data, by kind ("ringkasan", "penutup")
    skipped: dict[str, int] = field(default_factory=dict)
    #: what the reader learnt of the frame's columns (their grouping, their texts), for the validation to reuse; each
    #: fact is tied to a column's memory, so a column rewritten since is found anew (None: nothing learnt)
    memo: ColumnMemo | None = field(default=None, repr=False, compare=False)

    def letter(self, field_name: str) -> str | None:
        info = self.columns.get(field_name)
        return info.letter if info else None

    def column_at(self, field_name: str, row: int | None) -> ColumnInfo | None:
        """The column ``field_name`` was read from on sheet row ``row``: a part column that filled it, else its own."""
        info = self.columns.get(field_name)
        if info is None or row is None:
            return info
        return self.filled_from.get(field_name, {}).get(row, info)

    def header(self, field_name: str) -> str | None:
        info = self.columns.get(field_name)
        return info.header if info else None


# --- matching --------------------------------------------------------------------------
#: score components, each the points it contributes to ``skor`` (0–100 in total)
SCORE_FIELDS: tuple[str, ...] = (
    "skor_pendidikan",
    "skor_jurusan",
    "skor_pengalaman",
    "skor_golongan",
    "skor_kinerja",
    "skor_diklat",
    "skor_preferensi",
)
#: experience of a pair (matching.experience): verdict on syarat_pengalaman (None: no
#: requirement or unreadable), calendar years at least that related (same JF/post, serumpun,
#: same field), the clause that decided, and whether a JF holder would leave their JF
EXPERIENCE_FIELDS: tuple[str, ...] = (
    "memenuhi_pengalaman",
    "tahun_jabatan_sama",
    "tahun_serumpun",
    "tahun_bidang_sama",
    "syarat_pengalaman_penentu",
    "keluar_profesi",
)
#: the candidate table (docs/architecture.md): one row per (employee, position) pair
CANDIDATE_COLUMNS: tuple[str, ...] = (
    "nip",
    "kode_jabatan",
    "skor",
    *SCORE_FIELDS,
    "status_pendidikan",
    "memenuhi_pendidikan",
    *EXPERIENCE_FIELDS,
    "layak",
    "alasan",
)

# --- the mutation plan ----------------------------------------------------------------
#: One row per proposed move, in workbook order: (canonical field, Excel header).
#: ``apply`` reads the workbook back through these labels, so change both together.
PLAN_MOVE_COLUMNS: tuple[tuple[str, str], ...] = (
    ("id_mutasi", "ID Mutasi"),
    ("nip", "NIP"),
    ("nama", "Nama"),
    ("golongan", "Gol/Ruang"),
    ("kode_jabatan_asal", "Kode Jabatan Asal"),
    ("jabatan_asal", "Jabatan Asal"),
    ("unit_asal", "Unit Kerja Asal"),
    ("kode_jabatan_tujuan", "Kode Jabatan Tujuan"),
    ("jabatan_tujuan", "Jabatan Tujuan"),
    ("unit_tujuan", "Unit Kerja Tujuan"),
    ("skor", "Skor"),
    ("skor_pendidikan", "Skor Pendidikan"),
    ("skor_jurusan", "Skor Jurusan"),
    ("skor_pengalaman", "Skor Pengalaman"),
    ("skor_golongan", "Skor Golongan"),
    ("skor_kinerja", "Skor Kinerja"),
    ("skor_diklat", "Skor Diklat"),
    ("skor_preferensi", "Skor Preferensi"),
    ("status_pendidikan", "Status Pendidikan"),
    ("jenis_lowongan", "Lowongan yang Diisi"),
    ("rantai", "Rantai Mutasi"),
    ("alasan", "Alasan"),
    ("keputusan", "Keputusan"),
    ("catatan", "Catatan Analis"),
)
#: the header of a move field in a plan that moves a PPPK, who has a golongan (I–XVII) and no ruang: written then in
#: place of the ``PLAN_MOVE_COLUMNS`` label, as the SK list and letters say "golongan V" (the plan sheet read
#: "Gol/Ruang | V": walk7 #5, h29), and read back as the same field
PLAN_MOVE_PPPK_HEADERS: dict[str, str] = {"golongan": "Golongan"}
KEPUTUSAN: tuple[str, ...] = ("Setuju", "Tolak", "Tunda")
#: the sheet of every workbook report listing the inputs' findings (plan, vacancies, workload)
PROBLEMS_SHEET = "Masalah Data"
#: the plan summary's solver figures, in order: the fill, its bounds (with pins, kept NIPs and rotation as the plan
#: has them), the rotations, the solver's status and gap. The Ringkasan sheet and the terminal's "Ringkasan
#: penyelesaian" both show them from here (the terminal left ``batas_atas_dengan_rotasi`` out; plan3, h31)
PLAN_SOLVER_FIGURES: tuple[str, ...] = (
    "lowongan_awal",
    "lowongan_terisi",
    "batas_atas_pengisian",
    "dasar_batas_atas",
    "batas_atas_tanpa_kunci",
    "batas_atas_tanpa_tetap",
    "batas_atas_dengan_rotasi",
    "rotasi_jatuh_tempo",
    "rotasi_dipindah",
    "status_solver",
    "celah_optimalitas",
)
PLAN_SHEETS: tuple[str, ...] = (
    "Ringkasan",
    "Rencana Mutasi",
    "Lowongan Tidak Terisi",
    "Beban Kerja",
    PROBLEMS_SHEET,
    "Parameter",
)
#: very hidden sheet holding the plan as written (canonical field names in row 1),
#: so ``apply`` can tell an analyst's edit of a move from a decision
PLAN_HIDDEN_SHEET = "_rencana"


# --- needs analysis (vacancies / workload) -----------------------------------------------
#: columns of ``workload.position_summary`` and ``workload.unit_summary``, in output order
POSITION_COLUMNS: tuple[str, ...] = (
    "kode_jabatan",
    "nama_jabatan",
    "unit_kerja",
    "jenis_jabatan",
    "kebutuhan",
    "bezetting",
    "bezetting_cpns",
    "selisih",
    "status",
    "lowongan",
    "kelebihan",  #: holders above kebutuhan (max(0, selisih)): a unit's vacancies and surplus are shown apart
    "proyeksi_pensiun",
    "lowongan_proyeksi",
    "beban_kerja_jam",
    "ej",
    "kelas_ej",
    "beban_lebih",
    "beban_kurang",
    "catatan",
    "wke_jam",  #: the effective working time the position's kebutuhan and EJ use (a task sheet's own, or the setting)
    "tanpa_abk",  #: no kebutuhan, workload or task: shown "tanpa ABK", counted neither short nor over
)
COUNT_COLUMNS: tuple[str, ...] = (
    "kebutuhan",
    "bezetting",
    "bezetting_cpns",
    "selisih",
    "lowongan",
    "kelebihan",
    "proyeksi_pensiun",
    "lowongan_proyeksi",
)
UNIT_COLUMNS: tuple[str, ...] = (
    "unit_kerja",
    "jumlah_jabatan",
    *COUNT_COLUMNS,
    "tidak_tertaut",
    "status",
    "beban_kerja_jam",
    "ej",
    "kelas_ej",
    "beban_lebih",
    "beban_kurang",
    "catatan",
)
#: columns of ``workload.projected_retirements`` (``vacancies --per pensiun``), in output order
RETIREMENT_COLUMNS: tuple[str, ...] = (
    "nip",
    "nama",
    "kode_jabatan",
    "jabatan",
    "unit_kerja",
    "tanggal_lahir",
    "bup",
    "tmt_pensiun",
)

#: willingness to move stated in an aspiration form (issue 15)
KESEDIAAN: tuple[str, ...] = ("Bersedia", "Tidak bersedia", "Bersedia dengan syarat")
#: the choice columns of an aspiration (rank 1-3, unit and/or jabatan)
ASPIRATION_CHOICE_FIELDS: tuple[str, ...] = tuple(f"pilihan_{r}_{k}" for r in (1, 2, 3) for k in ("unit", "jabatan"))

#: one plan round as the audit ledger reports it (``buku-besar putaran``, compare --buku-besar)
ROUND_FIELDS = (
    "id_putaran",
    "waktu",
    "berkas_rencana",
    "sha256_pegawai",
    "tanggal_acuan",
    "pindah",
    "lowongan_terisi",
    "batas_atas_lowongan_terisi",
    "batas_atas_dengan_rotasi",
    "status_solver",
    "indeks_ketimpangan_sebelum",
    "indeks_ketimpangan_dengan_rencana",
    "keputusan_dicatat",
    "mutasi_diterapkan",
    "mutasi_ditolak_pemeriksaan_ulang",
    "keputusan_tolak_tunda",
    "versi",
)


#: how the validator's reason opens for a TNI/Polri member's row (an NRP, not a NIP: holds the seat, never planned) and
#: for the same officer's row written again; the plan's summary counts rows by these (oracle9 #4, re-read, h29)
NRP_HOLDER = "NRP anggota TNI/Polri"
NRP_TWIN = "NRP ganda"
#: how the validator's reason opens for a person written again under their NIP for a second post held now: acting
#: (Plt.) or as an additional task (Kepala Puskesmas beside the JF dokter); the plan's summary counts these rows with
#: the repeated NIPs, not as "baris tidak valid" (hostile17, h35)
ACTING_REPEAT = "jabatan Plt."
ADDITIONAL_TASK_REPEAT = "tugas tambahan"
#: per roster row: the head a person holds as an additional task, written on their JF row when the head's own row
#: under the same NIP holds its seat (nip-ganda-tugas-tambahan); None elsewhere. The plan does not move them: the
#: head's seat would read filled by a person gone (review17, h35)
ADDITIONAL_TASK_HELD = "_tugas_tambahan"
#: how the validator's reason reads for a row of another agency than ``--instansi`` names (no fault of the row), for
#: a person not in service ("kedudukan hukum 'CLTN' (bukan aktif)") and for no ASN (honorer, PHL)
OTHER_AGENCY = "instansi '{instansi}' bukan '{wanted}'"
INACTIVE_OPENINGS = ("kedudukan hukum", "bukan ASN")

#: the cause of an excluded roster row, the first of these its reasons name (see :func:`exclusion_causes`)
EXCLUSION_CAUSES = ("instansi_lain", "tidak_aktif", "nip_ganda", "nrp", "tidak_valid")


def _opening(*texts: str) -> str:
    """A pattern of a reason opening with one of ``texts``: the whole text or any of its "; "-joined reasons."""
    import re

    return r"(?:^|; )(?:" + "|".join(re.escape(t) for t in texts) + ")"


def exclusion_causes(reasons: pd.Series) -> pd.Series:
    """Per excluded row's reason text (the validator's reasons joined with "; "): the one cause it is counted under,
    the first of :data:`EXCLUSION_CAUSES` any of its reasons names: another agency (``--instansi``), a person out
    of service or no ASN, a person read from another row (NIP written twice, a Plt. or additional-task repeat), a
    TNI/Polri member, else a fault of the row ("tidak_valid"). One row, one cause, whatever order the rules gave the
    reasons in: "instansi lain; NIP ganda" was a fault in `bandingkan` and "NIP rusak; pensiun" one in the plan,
    "pensiun; NIP rusak" not (hostile18, h35). The one definition `bandingkan` and the plan summary count by."""
    import pandas as pd

    why = reasons.fillna("").astype(str)
    patterns = {
        "instansi_lain": _opening(OTHER_AGENCY.partition("{")[0]) + r".*?' bukan '",
        "tidak_aktif": _opening(*INACTIVE_OPENINGS),
        "nip_ganda": _opening("NIP ganda", NRP_TWIN, ACTING_REPEAT, ADDITIONAL_TASK_REPEAT),
        "nrp": _opening(NRP_HOLDER),
    }
    out = pd.Series("tidak_valid", index=why.index, dtype=object)
    for cause in reversed(EXCLUSION_CAUSES[:-1]):  # the first cause named wins: written last
        out[why.str.contains(patterns[cause], regex=True)] = cause
    return out
