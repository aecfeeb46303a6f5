"""Measure how much related experience an employee brings to a target position.

Experience comes from the current position (``jabatan`` held since ``tmt_jabatan``) and the
position history: either the free-text ``riwayat_jabatan`` column ("Pengolah Data
(2015-2019); Penata Layanan Operasional (2019-sekarang)") or a history table with the
columns of :data:`asn_mutasi.models.HISTORY_FIELDS`. Every stint is normalised once; the
relatedness of a past position to a target is computed on *distinct* name pairs only, so
scoring millions of (employee, position) pairs stays a few vectorised merges.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

import numpy as np
import pandas as pd
from rapidfuzz import fuzz, process

from asn_mutasi.domain.jabatan import classify_jenis_jabatan, normalize_position_name
from asn_mutasi.domain.tanggal import parse_date

#: years credited to a history entry that gives no years: it proves the position was held,
#: not for how long, so it earns the least a mutation cycle lasts (conservative)
TAHUN_TANPA_KETERANGAN = 1.0
#: relatedness of a past position to the target
SAMA = 1.0  #: same normalised name
SATU_RUMPUN_JF = 0.9  #: same functional family, another jenjang ("Perawat Terampil" → "Perawat Ahli Pertama")
BIDANG_SAMA = 0.5  #: same field of work by keywords (e.g. both about keuangan)
STRUKTURAL = 0.5  #: managerial experience one level below or at a structural target

#: order of position types for structural experience (higher = more senior)
URUTAN_JENIS: dict[str, int] = {
    "Pelaksana": 1,
    "Fungsional": 1,
    "Pengawas": 2,
    "Administrator": 3,
    "JPT Pratama": 4,
    "JPT Madya": 5,
    "JPT Utama": 6,
}
_STRUKTURAL = {"Pengawas", "Administrator", "JPT Pratama", "JPT Madya", "JPT Utama"}

_JENJANG = re.compile(
    r"\b(ahli utama|ahli madya|ahli muda|ahli pertama|pelaksana lanjutan|pelaksana pemula|"
    r"terampil|mahir|penyelia|pemula|ahli|pelaksana)\b"
)
#: role words that say how, not in which field, someone works
_UMUM = frozenset(
    [
        "analis",
        "pengelola",
        "pengolah",
        "penata",
        "penyusun",
        "pengadministrasi",
        "pengadministrasian",
        "operator",
        "kepala",
        "sub",
        "bagian",
        "subbagian",
        "bidang",
        "seksi",
        "sekretaris",
        "sekretariat",
        "staf",
        "staff",
        "pelaksana",
        "fungsional",
        "umum",
        "dan",
        "data",
        "informasi",
        "layanan",
        "operasional",
        "teknis",
        "kelola",
        "urusan",
        "unit",
        "pengawas",
        "administrator",
        "jabatan",
        "pranata",
        "laksana",
        "tata",
        "koordinator",
        "ketua",
        "subkelompok",
        "kelompok",
        "dinas",
        "badan",
        "kantor",
        "daerah",
        "kabupaten",
        "kota",
        "provinsi",
    ]
)
#: fields of work recognised by keywords in a normalised position name (first hit wins)
BIDANG_KATA: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "keuangan",
        (
            "keuangan",
            "bendahara",
            "perbendaharaan",
            "anggaran",
            "akuntansi",
            "akuntan",
            "pajak",
            "retribusi",
            "aset",
            "verifikator",
        ),
    ),
    ("kepegawaian", ("kepegawaian", "sumber daya manusia", "sdm", "mutasi", "pengembangan kompetensi", "asesor")),
    (
        "kesehatan",
        (
            "perawat",
            "bidan",
            "dokter",
            "apoteker",
            "farmasi",
            "sanitarian",
            "nutrisionis",
            "gizi",
            "epidemiolog",
            "kesehatan",
            "radiografer",
            "pranata laboratorium",
        ),
    ),
    ("pendidikan", ("guru", "pengawas sekolah", "pamong belajar", "penilik", "pendidikan")),
    (
        "teknologi informasi",
        ("pranata komputer", "komputer", "sistem informasi", "teknologi informasi", "statistisi", "data"),
    ),
    ("hukum", ("hukum", "perundang", "legal", "peraturan")),
    ("perencanaan", ("perencana", "perencanaan", "program", "evaluasi")),
    ("kearsipan", ("arsip", "arsiparis", "kearsipan", "pustakawan")),
    ("umum", ("perkantoran", "umum", "tata usaha", "kerumahtanggaan", "persuratan")),
    ("teknik", ("teknik", "sipil", "jalan", "jembatan", "bangunan", "pengairan", "tata ruang")),
)
_YEAR_RANGE = re.compile(
    r"(?P<a>(?:19|20)\d{2})\s*(?:-|–|—|s\.?\s*/?\s*d\.?|sampai(?: dengan)?|hingga|to)\s*"
    r"(?P<b>(?:19|20)\d{2}|sekarang|skrg|kini|saat ini|now)",
    re.IGNORECASE,
)
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
_SYARAT_TAHUN = re.compile(r"(\d+(?:[.,]\d+)?)\s*(?:\(\w+\)\s*)?tahun", re.IGNORECASE)
#: the position type a requirement names; pelaksana/fungsional only as "sebagai …", since
#: "pengalaman di bidang tugas jabatan fungsional" asks for related field experience instead
_SYARAT_JENIS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\bjpt\b|pimpinan tinggi", re.IGNORECASE), "JPT Pratama"),
    (re.compile(r"\badministrator\b|eselon\s*iii\b", re.IGNORECASE), "Administrator"),
    (re.compile(r"\bpengawas\b|eselon\s*iv\b", re.IGNORECASE), "Pengawas"),
    (re.compile(r"sebagai\s+(?:jabatan\s+)?fungsional", re.IGNORECASE), "Fungsional"),
    (re.compile(r"sebagai\s+(?:jabatan\s+)?pelaksana", re.IGNORECASE), "Pelaksana"),
)


@dataclass(frozen=True)
class ExperienceFit:
    """Related experience of one employee for one position."""

    tahun_terkait: float  #: years weighted by relatedness
    skor: float  #: 0..1 (``tahun_terkait`` / years for full credit, capped)
    memenuhi_syarat: bool | None  #: meets ``syarat_pengalaman``; None when there is none (or unreadable)
    alasan: str


@dataclass(frozen=True)
class ExperienceRequirement:
    """A parsed ``syarat_pengalaman``: years and, optionally, the required position type."""

    tahun: float
    jenis: str | None


def parse_experience_requirement(text: str | None) -> ExperienceRequirement | None:
    """Read "Minimal 4 tahun sebagai pelaksana" into years and position type; None if unreadable."""
    if not text or not str(text).strip():
        return None
    s = str(text)
    m = _SYARAT_TAHUN.search(s)
    if not m:
        return None
    jenis = next((j for pattern, j in _SYARAT_JENIS if pattern.search(s)), None)
    return ExperienceRequirement(float(m.group(1).replace(",", ".")), jenis)


def parse_riwayat_text(text: str | None, as_of: date) -> list[tuple[str, float | None, bool]]:
    """Split free-text history into ``(name as given, years or None, open-ended)`` entries."""
    if text is None or (isinstance(text, float) and np.isnan(text)) or not str(text).strip():
        return []
    now = as_of.year + (as_of.month - 1) / 12
    out: list[tuple[str, float | None, bool]] = []
    for part in re.split(r"[;\n|]+", str(text)):
        entry = part.strip(" ,.")
        if not entry:
            continue
        years: float | None = None
        open_end = False
        m = _YEAR_RANGE.search(entry)
        if m:
            start = int(m.group("a"))
            end_text = m.group("b").lower()
            open_end = not end_text[:1].isdigit()
            end = now if open_end else float(end_text)
            years = max(0.0, end - start)
            entry = entry[: m.start()] + entry[m.end() :]
        entry = _YEAR.sub(" ", entry)
        name = re.sub(r"\(\s*[-–—,]?\s*\)", " ", entry).strip(" ,.-–—:")
        if name:
            out.append((name, years, open_end))
    return out


def position_family(normalised: str) -> str:
    """Strip jenjang words so every level of one functional position shares a key."""
    return " ".join(_JENJANG.sub(" ", normalised).split())


def field_words(normalised: str) -> str:
    """Keep the words that name the field of work (keuangan, kepegawaian, perawat …)."""
    return " ".join(w for w in position_family(normalised).split() if w not in _UMUM and len(w) > 2)


def field_of_work(normalised: str) -> str | None:
    """Return the field of work a normalised position name belongs to by keyword, or None."""
    padded = f" {normalised} "
    for bidang, words in BIDANG_KATA:
        # whole words, or a prefix for long stems ("epidemiolog" in "epidemiologi")
        if any(f" {w} " in padded or (len(w) > 5 and f" {w}" in padded) for w in words):
            return bidang
    return None


def relatedness(past: str, target: str, *, ambang: float) -> float:
    """Return how related a past position is to a target (both already normalised)."""
    if not past or not target:
        return 0.0
    if past == target:
        return SAMA
    fp, ft = position_family(past), position_family(target)
    if fp and fp == ft:
        return SATU_RUMPUN_JF
    wp, wt = field_words(past), field_words(target)
    if wp and wt and fuzz.token_set_ratio(wp, wt) >= ambang:
        return BIDANG_SAMA
    bp = field_of_work(past)
    if bp is not None and bp == field_of_work(target):
        return BIDANG_SAMA
    return 0.0


def build_stints(
    roster: pd.DataFrame, as_of: date, history: pd.DataFrame | None = None
) -> tuple[pd.DataFrame, list[str], list[str]]:
    """Put every employee's positions in long form: ``emp, name_id, tahun, urutan``.

    ``emp`` is the row position in ``roster``; ``name_id`` indexes the returned list of
    distinct normalised names (the second list holds one display form of each name).
    Open-ended history entries that repeat the current position are dropped when
    ``tmt_jabatan`` is known, so the current position is never counted twice.
    """
    n = len(roster)
    ts = pd.Timestamp(as_of)
    jab = roster["jabatan"].astype("object").where(roster["jabatan"].notna(), "").astype(str).to_numpy()
    tmt = (
        pd.to_datetime(roster["tmt_jabatan"], errors="coerce")
        if "tmt_jabatan" in roster
        else pd.Series(pd.NaT, index=roster.index)
    )
    cur_years = ((ts - tmt).dt.days / 365.25).clip(lower=0).to_numpy(dtype=float)
    has_tmt = ~np.isnan(cur_years)
    jenis_col = (
        roster["jenis_jabatan"].to_numpy(dtype=object) if "jenis_jabatan" in roster else np.full(n, None, dtype=object)
    )

    norm_cache: dict[str, str] = {}

    def norm(name: str) -> str:
        v = norm_cache.get(name)
        if v is None:
            v = norm_cache[name] = normalize_position_name(name)
        return v

    rows_emp: list[int] = []
    rows_name: list[str] = []
    rows_display: list[str] = []
    rows_years: list[float] = []
    rows_jenis: list[object] = []
    for i in range(n):
        rows_emp.append(i)
        rows_name.append(norm(jab[i]))
        rows_display.append(jab[i])
        rows_years.append(float(cur_years[i]) if has_tmt[i] else 0.0)
        rows_jenis.append(jenis_col[i])

    def add_past(i: int, name: str, years: float | None, open_end: bool) -> None:
        key = norm(name)
        if open_end and has_tmt[i] and key == norm(jab[i]):
            return
        rows_emp.append(i)
        rows_name.append(key)
        rows_display.append(name)
        rows_years.append(TAHUN_TANPA_KETERANGAN if years is None else years)
        rows_jenis.append(None)

    with_table: set[int] = set()
    if history is not None and len(history):
        pos_by_nip: dict[str, list[int]] = {}
        for i, nip in enumerate(roster["nip"].astype(str)):
            pos_by_nip.setdefault(nip, []).append(i)
        for nip, name, start, end in zip(
            history["nip"].astype(str),
            history["jabatan"],
            history["tmt_mulai"] if "tmt_mulai" in history else [None] * len(history),
            history["tmt_selesai"] if "tmt_selesai" in history else [None] * len(history),
            strict=True,
        ):
            if not isinstance(name, str) or not name.strip() or nip not in pos_by_nip:
                continue
            d0 = parse_date(start).value
            d1 = parse_date(end).value
            years = None if d0 is None else max(0.0, ((d1 or as_of) - d0).days / 365.25)
            for i in pos_by_nip[nip]:
                with_table.add(i)
                add_past(i, name.strip(), years, d1 is None)
    if "riwayat_jabatan" in roster:
        for i, text in enumerate(roster["riwayat_jabatan"].to_numpy(dtype=object)):
            if i in with_table or not isinstance(text, str):
                continue
            for name, years, open_end in parse_riwayat_text(text, as_of):
                add_past(i, name, years, open_end)

    names_arr = np.asarray(rows_name, dtype=object)
    codes, uniques = pd.factorize(names_arr)
    display: list[str] = [""] * len(uniques)
    for code_d, shown in zip(codes.tolist(), rows_display, strict=True):
        if not display[code_d]:
            display[code_d] = shown
    jenis_by_name: dict[int, str | None] = {}
    urutan = np.zeros(len(codes), dtype=np.int8)
    for k, (code, jenis) in enumerate(zip(codes.tolist(), rows_jenis, strict=True)):
        if not isinstance(jenis, str):
            if code not in jenis_by_name:
                jenis_by_name[code] = classify_jenis_jabatan(display[code])
            jenis = jenis_by_name[code]
        urutan[k] = URUTAN_JENIS.get(jenis or "", 0)
    stints = pd.DataFrame(
        {
            "emp": np.asarray(rows_emp, dtype=np.int64),
            "name_id": codes.astype(np.int64),
            "tahun": np.asarray(rows_years, dtype=float),
            "urutan": urutan,
        }
    )
    return stints, [str(u) for u in uniques], display


class ExperienceIndex:
    """Stints of a whole roster, ready to score many (employee, position) pairs at once."""

    def __init__(
        self,
        roster: pd.DataFrame,
        as_of: date,
        *,
        history: pd.DataFrame | None = None,
        ambang: float = 80.0,
        tahun_penuh: float = 5.0,
    ) -> None:
        self.as_of = as_of
        self.ambang = ambang
        self.tahun_penuh = max(tahun_penuh, 1e-9)
        self.stints, self.names, self.display = build_stints(roster, as_of, history)
        self._name_ids = {name: k for k, name in enumerate(self.names)}
        self._rel_cache: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        self._req_cache: dict[str, ExperienceRequirement | None] = {}
        self._by_name = self.stints.groupby("name_id")["emp"].unique()
        self._fields: list[str] | None = None

    def prepare(self, targets: Iterable[str]) -> None:
        """Compute relatedness of many normalised targets to all known names in one batch."""
        todo = [t for t in dict.fromkeys(targets) if t not in self._rel_cache]
        if not todo:
            return
        if self._fields is None:
            self._fields = [field_words(n) for n in self.names]
            self._family: dict[str, list[int]] = {}
            for k, n in enumerate(self.names):
                fam = position_family(n)
                if fam:
                    self._family.setdefault(fam, []).append(k)
            self._bidang = np.asarray([field_of_work(n) or "" for n in self.names], dtype=object)
            self._field_codes, field_uniques = pd.factorize(np.asarray(self._fields, dtype=object))
            self._field_uniques = [str(u) for u in field_uniques]
        t_fields = [field_words(t) for t in todo]
        f_codes, f_uniques = pd.factorize(np.asarray(t_fields, dtype=object))
        known = self._field_uniques
        sim = np.zeros((len(f_uniques), len(known)), dtype=bool)
        if known and len(f_uniques):
            for start in range(0, len(f_uniques), 1000):
                block = [str(x) for x in f_uniques[start : start + 1000]]
                scores = process.cdist(block, known, scorer=fuzz.token_set_ratio, score_cutoff=self.ambang, workers=-1)
                sim[start : start + len(block)] = scores >= self.ambang
            empty_known = np.asarray([not k for k in known])
            sim[:, empty_known] = False
            sim[np.asarray([not str(f) for f in f_uniques]), :] = False
        for target, fcode in zip(todo, f_codes, strict=True):
            rel = np.zeros(len(self.names), dtype=float)
            if target:
                rel[sim[fcode][self._field_codes]] = BIDANG_SAMA
                bidang = field_of_work(target)
                if bidang is not None:
                    rel[self._bidang == bidang] = BIDANG_SAMA
                fam = position_family(target)
                if fam:
                    rel[self._family.get(fam, [])] = SATU_RUMPUN_JF
                same = self._name_ids.get(target)
                if same is not None:
                    rel[same] = SAMA
            ids = np.flatnonzero(rel > 0)
            self._rel_cache[target] = (ids.astype(np.int64), rel[ids])

    def related_names(self, target: str) -> tuple[np.ndarray, np.ndarray]:
        """Return ``(name_ids, relatedness)`` of all known names related to a normalised target."""
        if target not in self._rel_cache:
            self.prepare([target])
        return self._rel_cache[target]

    def employees_related_to(self, target: str) -> np.ndarray:
        """Return row positions of employees who ever held a position related to ``target``."""
        ids, _ = self.related_names(target)
        if not len(ids):
            return np.empty(0, dtype=np.int64)
        return np.unique(np.concatenate([self._by_name.get(k, np.empty(0, dtype=np.int64)) for k in ids]))

    def requirement(self, text: str | None) -> ExperienceRequirement | None:
        """Parse a ``syarat_pengalaman`` once."""
        key = text if isinstance(text, str) else ""
        if key not in self._req_cache:
            self._req_cache[key] = parse_experience_requirement(key)
        return self._req_cache[key]

    def score_pairs(
        self, emp: np.ndarray, targets: Sequence[str], jenis: Sequence[str | None], syarat: Sequence[str | None]
    ) -> pd.DataFrame:
        """Score pairs given as parallel arrays: row positions, normalised target names, target jenis, syarat.

        Returns ``tahun_terkait, skor, memenuhi_syarat`` (object: True/False/None), ``tahun_syarat``
        (years counted for the requirement) and ``contoh`` (name id of the most related stint, -1 if none).
        """
        n = len(emp)
        pairs = pd.DataFrame({"pair": np.arange(n), "emp": np.asarray(emp, dtype=np.int64)})
        t_codes, t_uniques = pd.factorize(np.asarray(targets, dtype=object))
        pairs["tid"] = t_codes
        self.prepare(str(t) for t in t_uniques)
        rel_frames = []
        for tid, target in enumerate(t_uniques):
            ids, rels = self.related_names(str(target))
            if len(ids):
                rel_frames.append(pd.DataFrame({"tid": tid, "name_id": ids, "rel": rels}))
        # per distinct value, then spread over the pairs
        j_codes, j_uniques = pd.factorize(pd.Series(list(jenis), dtype=object))
        j_list = [str(j) for j in j_uniques]
        t_order = _spread(j_codes, [URUTAN_JENIS.get(j, 0) for j in j_list], 0).astype(np.int8)
        t_struct = _spread(j_codes, [j in _STRUKTURAL for j in j_list], False).astype(bool)
        s_codes, s_uniques = pd.factorize(pd.Series(list(syarat), dtype=object))
        reqs = [self.requirement(str(v)) for v in s_uniques]
        req_years = _spread(s_codes, [r.tahun if r else np.nan for r in reqs], np.nan).astype(float)
        req_order = _spread(s_codes, [URUTAN_JENIS.get(r.jenis or "", 0) if r else 0 for r in reqs], 0).astype(np.int8)
        has_req_text = _spread(s_codes, [bool(str(v).strip()) for v in s_uniques], False).astype(bool)

        long = pairs.merge(self.stints, on="emp", how="inner")
        if rel_frames:
            long = long.merge(pd.concat(rel_frames, ignore_index=True), on=["tid", "name_id"], how="left")
            rel = long["rel"].fillna(0.0).to_numpy()
        else:
            rel = np.zeros(len(long))
        p = long["pair"].to_numpy()
        order = long["urutan"].to_numpy()
        struct_credit = t_struct[p] & (order >= t_order[p] - 1) & (order >= 2)
        rel = np.where(struct_credit, np.maximum(rel, STRUKTURAL), rel)
        contrib = rel * long["tahun"].to_numpy()
        tahun = np.bincount(p, weights=contrib, minlength=n)
        need_jenis = req_order[p] > 0
        counts_for_req = np.where(need_jenis, (order >= req_order[p]) * long["tahun"].to_numpy(), 0.0)
        tahun_jenis = np.bincount(p, weights=counts_for_req, minlength=n)
        # the most related stint of each pair, for the reason text
        best = np.full(n, -1, dtype=np.int64)
        if len(long):
            tmp = pd.DataFrame({"pair": p, "c": contrib, "name_id": long["name_id"].to_numpy()})
            tmp = tmp[tmp["c"] > 0].sort_values(["pair", "c"], ascending=[True, False]).drop_duplicates("pair")
            best[tmp["pair"].to_numpy()] = tmp["name_id"].to_numpy()

        tahun_syarat = np.where(req_order > 0, tahun_jenis, tahun)
        memenuhi = np.full(n, None, dtype=object)
        known = ~np.isnan(req_years)
        memenuhi[known] = tahun_syarat[known] + 1e-9 >= req_years[known]
        out = pd.DataFrame(
            {
                "tahun_terkait": np.round(tahun, 2),
                "skor": np.clip(tahun / self.tahun_penuh, 0.0, 1.0),
                "memenuhi_syarat": memenuhi,
                "tahun_syarat": tahun_syarat,
                "syarat_tahun": req_years,
                "syarat_terbaca": known | ~has_req_text,
                "contoh": best,
            }
        )
        return out

    def reason(self, tahun: float, contoh: int, memenuhi: bool | None, tahun_syarat: float, syarat: str | None) -> str:
        """Write the Bahasa Indonesia reason for one scored pair (values as :meth:`score_pairs` returns)."""
        if tahun <= 0:
            text = "Belum ada pengalaman di jabatan yang terkait"
        else:
            text = (
                f"Pengalaman terkait ±{_fmt(tahun)} tahun, antara lain sebagai {self.display[contoh]}"
                if contoh >= 0
                else f"Pengalaman terkait ±{_fmt(tahun)} tahun"
            )
        if memenuhi is True:
            text += f"; memenuhi syarat pengalaman ({syarat})"
        elif memenuhi is False:
            text += f"; belum memenuhi syarat pengalaman ({syarat}): baru ±{_fmt(tahun_syarat)} tahun"
        elif isinstance(syarat, str) and syarat.strip():
            text += f"; syarat pengalaman '{syarat}' tidak dapat dibaca"
        return text

    def fit(
        self, emp: int, target_name: str, target_jenis: str | None = None, syarat: str | None = None
    ) -> ExperienceFit:
        """Score one pair (``target_name`` as given; it is normalised here)."""
        target = normalize_position_name(target_name)
        row = self.score_pairs(np.asarray([emp]), [target], [target_jenis], [syarat]).iloc[0]
        return ExperienceFit(
            tahun_terkait=float(row["tahun_terkait"]),
            skor=float(row["skor"]),
            memenuhi_syarat=row["memenuhi_syarat"],
            alasan=self.reason(
                float(row["tahun_terkait"]),
                int(row["contoh"]),
                row["memenuhi_syarat"],
                float(row["tahun_syarat"]),
                syarat,
            ),
        )


def _spread(codes: np.ndarray, values: list[Any], missing: Any) -> np.ndarray:
    """Map factorize ``codes`` to per-distinct ``values`` (``missing`` where the code is -1)."""
    table = np.asarray([*values, missing], dtype=object)
    return table[np.where(codes < 0, len(values), codes)]


def _fmt(x: float) -> str:
    return f"{x:.1f}".replace(".", ",")


def experience_fit(
    employee: dict[str, object] | pd.Series,
    target_name: str,
    *,
    as_of: date,
    target_jenis: str | None = None,
    syarat_pengalaman: str | None = None,
    history: pd.DataFrame | None = None,
    tahun_penuh: float = 5.0,
    ambang: float = 80.0,
) -> ExperienceFit:
    """Score one employee (a roster row) against one target position; convenience for single checks."""
    row = dict(employee)
    frame = pd.DataFrame(
        [{k: row.get(k) for k in ("nip", "jabatan", "tmt_jabatan", "jenis_jabatan", "riwayat_jabatan")}]
    )
    frame["tmt_jabatan"] = pd.to_datetime(frame["tmt_jabatan"], errors="coerce")
    index = ExperienceIndex(frame, as_of, history=history, ambang=ambang, tahun_penuh=tahun_penuh)
    return index.fit(0, target_name, target_jenis, syarat_pengalaman)
