"""Turn raw tables into typed, canonical frames and yield findings for every bad cell.

Every parser runs once per *distinct* cell value (real rosters repeat the same
golongan, unit and date strings thousands of times), then results are mapped back to
rows. Every input row ends ``valid`` or ``dikecualikan`` with its reasons in
``_alasan``, so nothing is silently lost.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, TypeVar

import numpy as np
import pandas as pd

from asn_mutasi.config import Settings
from asn_mutasi.domain import golongan as gol
from asn_mutasi.domain import jabatan as jab
from asn_mutasi.domain import kode, tanggal
from asn_mutasi.domain import nip as nipmod
from asn_mutasi.domain import pendidikan as pend
from asn_mutasi.domain.gelar import parse_titles
from asn_mutasi.domain.syarat_pengalaman import requirement_problems
from asn_mutasi.findings import Finding, Location, make_finding
from asn_mutasi.models import EDUCATION_RANK, ROW, RawTable

T = TypeVar("T")

VALID = "valid"
EXCLUDED = "dikecualikan"


@dataclass
class PreparedTable:
    """A typed canonical frame (see docs/architecture.md) plus its findings."""

    frame: pd.DataFrame
    raw: RawTable
    findings: list[Finding] = field(default_factory=list)
    #: positions only: how the ABK task sheet was read (``workload.tasksheet.TaskSheet.describe``)
    abk: dict[str, object] | None = None

    @property
    def valid(self) -> pd.DataFrame:
        return self.frame[self.frame["_status"] == VALID]

    def counts(self) -> dict[str, int]:
        status = self.frame["_status"]
        return {
            "baris": len(self.frame),
            VALID: int((status == VALID).sum()),
            EXCLUDED: int((status == EXCLUDED).sum()),
        }


# --- small helpers -----------------------------------------------------------------------


def _is_blank(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, float) and math.isnan(value):
        return True
    if value is pd.NaT:
        return True
    return isinstance(value, str) and not value.strip()


def _text(value: Any) -> str | None:
    """Cell value as stripped text; numbers that are whole print without '.0'."""
    if _is_blank(value):
        return None
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, (datetime, date)):
        return value.isoformat()[:10]
    return str(value).strip()


def _texts(series: pd.Series) -> list[str | None]:
    """Cell values as text; a plain list because pandas' string dtype would turn None into NaN."""
    return [_text(v) for v in series.tolist()]


def _display(value: Any, limit: int = 80) -> str:
    text = _text(value) or ""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _map_distinct(series: pd.Series, func: Callable[[Any], T]) -> list[T]:
    """Apply ``func`` once per distinct value of ``series`` and return per-row results."""
    cache: dict[Hashable, T] = {}
    out: list[T] = []
    for value in series.tolist():
        key: Hashable = (type(value).__name__, value) if not _is_blank(value) else ("blank", None)
        try:
            out.append(cache[key])
        except KeyError:
            result = func(value)
            cache[key] = result
            out.append(result)
        except TypeError:  # unhashable cell value: compute directly
            out.append(func(value))
    return out


class _Ctx:
    """Builds locations for one raw table."""

    def __init__(self, raw: RawTable) -> None:
        self.raw = raw
        self.file = raw.source.path
        self.sheet = raw.source.sheet

    def loc(self, row: int | None, field_name: str | None, value: Any = None) -> Location:
        info = self.raw.columns.get(field_name) if field_name else None
        return Location(
            file=self.file,
            sheet=self.sheet,
            row=row,
            column=info.letter if info else None,
            header=info.header if info else None,
            field=field_name,
            value=_display(value) if value is not None else None,
        )


def _column(frame: pd.DataFrame, name: str) -> pd.Series:
    if name in frame.columns:
        return frame[name]
    return pd.Series([None] * len(frame), index=frame.index, dtype=object)


def _as_objects(frame: pd.DataFrame) -> pd.DataFrame:
    """Store text columns as object dtype with None for empty cells (never NaN/pd.NA)."""
    for col in frame.columns:
        if frame[col].dtype == object or pd.api.types.is_string_dtype(frame[col].dtype):
            values = frame[col].tolist()
            frame[col] = pd.Series([None if _is_blank(v) else v for v in values], index=frame.index, dtype=object)
    return frame


def _add_reason(reasons: list[list[str]], i: int, text: str) -> None:
    if text not in reasons[i]:
        reasons[i].append(text)


def _to_timestamp(values: list[date | None]) -> pd.Series:
    stamps = [pd.Timestamp(v) if v is not None else pd.NaT for v in values]
    return pd.Series(stamps, dtype="datetime64[ns]")


def _parse_dates(
    series: pd.Series,
    field_name: str,
    ctx: _Ctx,
    rows: list[int],
    findings: list[Finding],
    *,
    today: date,
) -> list[date | None]:
    parsed = _map_distinct(series, tanggal.parse_date)
    values: list[date | None] = []
    for i, (raw_value, result) in enumerate(zip(series.tolist(), parsed, strict=True)):
        if result.error:
            findings.append(make_finding("tanggal-tidak-terbaca", ctx.loc(rows[i], field_name, raw_value)))
        elif result.value is not None:
            if result.ambiguous:
                findings.append(
                    make_finding(
                        "tanggal-ambigu", ctx.loc(rows[i], field_name, raw_value), dibaca=result.value.isoformat()
                    )
                )
            if result.value > today:
                findings.append(make_finding("tanggal-masa-depan", ctx.loc(rows[i], field_name, raw_value)))
        values.append(result.value)
    return values


# --- roster --------------------------------------------------------------------------------


def prepare_roster(raw: RawTable, *, today: date | None = None) -> PreparedTable:
    """Parse a raw roster into the prepared roster frame (docs/architecture.md)."""
    today = today or date.today()
    ctx = _Ctx(raw)
    src = raw.frame.reset_index(drop=True)
    n = len(src)
    rows = [int(r) for r in src[ROW].tolist()] if ROW in src.columns else list(range(2, n + 2))
    findings: list[Finding] = []
    reasons: list[list[str]] = [[] for _ in range(n)]

    # required cells
    for fname in ("nip", "nama", "jabatan", "unit_kerja"):
        col = _column(src, fname)
        for i, value in enumerate(col.tolist()):
            if _is_blank(value):
                findings.append(make_finding("sel-wajib-kosong", ctx.loc(rows[i], fname)))
                _add_reason(reasons, i, f"kolom wajib '{fname}' kosong")

    # NIP
    nip_raw = _column(src, "nip")

    def parse_nip_safe(value: Any) -> tuple[nipmod.NipInfo | None, str | None, str | None]:
        if _is_blank(value):
            return None, None, None
        try:
            return nipmod.parse_nip(value), None, None
        except nipmod.NipError as exc:
            return None, exc.code, exc.alasan

    nip_results = _map_distinct(nip_raw, parse_nip_safe)
    nip_out: list[str | None] = []
    nip_infos: list[nipmod.NipInfo | None] = []
    for i, (value, (info, code, alasan)) in enumerate(zip(nip_raw.tolist(), nip_results, strict=True)):
        nip_infos.append(info)
        if info is not None:
            nip_out.append(info.nip)
            continue
        nip_out.append(_text(value))
        if code is not None:
            findings.append(make_finding(code, ctx.loc(rows[i], "nip", value), alasan=alasan or ""))
            _add_reason(
                reasons,
                i,
                "NIP rusak (tersimpan sebagai angka)"
                if code == "nip-tersimpan-sebagai-angka"
                else f"NIP tidak valid: {alasan}",
            )

    # duplicates (after normalisation): first valid occurrence kept
    first_row: dict[str, int] = {}
    for i, (value, info) in enumerate(zip(nip_out, nip_infos, strict=True)):
        if info is None or value is None:
            continue
        if value in first_row:
            findings.append(make_finding("nip-ganda", ctx.loc(rows[i], "nip", value), baris_lain=first_row[value]))
            _add_reason(reasons, i, f"NIP ganda (sama dengan baris {first_row[value]})")
        else:
            first_row[value] = rows[i]

    # golongan
    gol_raw = _column(src, "golongan")
    gol_parsed = _map_distinct(gol_raw, gol.parse_golongan)
    for i, (value, g) in enumerate(zip(gol_raw.tolist(), gol_parsed, strict=True)):
        if g is None and not _is_blank(value):
            findings.append(make_finding("golongan-tidak-dikenal", ctx.loc(rows[i], "golongan", value)))

    # education: explicit level > level written in the major > academic title in the name
    pend_raw = _column(src, "pendidikan")
    jur_raw = _column(src, "jurusan")
    nama_raw = _column(src, "nama")
    level_parsed = _map_distinct(pend_raw, pend.parse_level)
    jur_split = _map_distinct(jur_raw, lambda v: pend.split_level(str(v)) if not _is_blank(v) else (None, ""))
    levels: list[str | None] = []
    jurusan: list[str | None] = []
    for i, value in enumerate(pend_raw.tolist()):
        level = level_parsed[i]
        if level is None and not _is_blank(value):
            findings.append(make_finding("pendidikan-tidak-dikenal", ctx.loc(rows[i], "pendidikan", value)))
        if level is None:
            level = jur_split[i][0]
        programme = pend.roster_programme(value, jur_raw.iat[i])  # one-column education, school words
        if level is None or programme is None:
            nama_value = _text(nama_raw.iat[i])
            if nama_value:
                evidence = parse_titles(nama_value)
                level = level or evidence.level
                programme = programme or evidence.programme_hint
        levels.append(level)
        jurusan.append(programme)

    # dates
    tmt = _parse_dates(_column(src, "tmt_jabatan"), "tmt_jabatan", ctx, rows, findings, today=today)
    lahir = _parse_dates(_column(src, "tanggal_lahir"), "tanggal_lahir", ctx, rows, findings, today=today)

    # sex, and cross-checks against the NIP
    jk_raw = _column(src, "jenis_kelamin")
    jk_parsed = _map_distinct(jk_raw, kode.parse_jenis_kelamin)
    jk_out: list[str | None] = []
    for i, info in enumerate(nip_infos):
        jk = jk_parsed[i]
        raw_jk = jk_raw.iat[i]
        if jk is None and not _is_blank(raw_jk):
            findings.append(make_finding("nilai-tidak-dikenal", ctx.loc(rows[i], "jenis_kelamin", raw_jk)))
        if info is not None:
            if jk is not None and jk != info.jenis_kelamin:
                findings.append(
                    make_finding(
                        "nip-jenis-kelamin-beda", ctx.loc(rows[i], "jenis_kelamin", raw_jk), jk_nip=info.jenis_kelamin
                    )
                )
            if lahir[i] is not None and lahir[i] != info.tanggal_lahir:
                findings.append(
                    make_finding(
                        "nip-tanggal-lahir-beda",
                        ctx.loc(rows[i], "tanggal_lahir", _column(src, "tanggal_lahir").iat[i]),
                        tanggal_lahir=str(lahir[i]),
                        tanggal_nip=info.tanggal_lahir.isoformat(),
                    )
                )
            if lahir[i] is None:
                lahir[i] = info.tanggal_lahir  # recover from NIP digits 1-8 (domain.md §1.4)
            if jk is None:
                jk = info.jenis_kelamin
        jk_out.append(jk)

    # status kepegawaian
    st_raw = _column(src, "status_kepegawaian")
    st_parsed = _map_distinct(st_raw, kode.parse_status_kepegawaian)
    status: list[str | None] = []
    for i, info in enumerate(nip_infos):
        s = st_parsed[i]
        if s is None and not _is_blank(st_raw.iat[i]):
            findings.append(make_finding("status-tidak-dikenal", ctx.loc(rows[i], "status_kepegawaian", st_raw.iat[i])))
        if s is None and info is not None and info.pppk:
            s = "PPPK"
        status.append(s)

    # jenis jabatan: column when present, otherwise inferred from the position name
    jab_raw = _column(src, "jabatan")
    jenis_raw = _column(src, "jenis_jabatan")
    jenis = _map_distinct(
        pd.Series(list(zip(_texts(jab_raw), _texts(jenis_raw), strict=True)), dtype=object),
        lambda pair: jab.classify_jenis_jabatan(pair[0], pair[1]),
    )

    pred_raw = _column(src, "predikat_kinerja")
    pred = _map_distinct(pred_raw, kode.parse_predikat)
    for i, value in enumerate(pred_raw.tolist()):
        if pred[i] is None and not _is_blank(value):
            findings.append(make_finding("nilai-tidak-dikenal", ctx.loc(rows[i], "predikat_kinerja", value)))
    hukdis = [bool(v) for v in _map_distinct(_column(src, "hukuman_disiplin"), kode.parse_flag)]
    tubel = [bool(v) for v in _map_distinct(_column(src, "tugas_belajar"), kode.parse_flag)]

    frame = pd.DataFrame(
        {
            ROW: rows,
            "_status": [EXCLUDED if r else VALID for r in reasons],
            "_alasan": ["; ".join(r) for r in reasons],
            "nip": nip_out,
            "nama": _texts(_column(src, "nama")),
            "jabatan": _texts(jab_raw),
            "unit_kerja": _texts(_column(src, "unit_kerja")),
            "kode_jabatan": _texts(_column(src, "kode_jabatan")),
            "golongan": [g.kode if g else None for g in gol_parsed],
            "golongan_rank": [float(g.rank) if g else np.nan for g in gol_parsed],
            "pendidikan": levels,
            "pendidikan_rank": [float(EDUCATION_RANK[lv]) if lv in EDUCATION_RANK else np.nan for lv in levels],
            "jurusan": jurusan,
            "tmt_jabatan": _to_timestamp(tmt),
            "tanggal_lahir": _to_timestamp(lahir),
            "jenis_kelamin": jk_out,
            "status_kepegawaian": status,
            "jenis_jabatan": jenis,
            "predikat_kinerja": pred,
            "hukuman_disiplin": hukdis,
            "tugas_belajar": tubel,
            "riwayat_jabatan": _texts(_column(src, "riwayat_jabatan")),
            "diklat": _texts(_column(src, "diklat")),
            "preferensi_unit": _texts(_column(src, "preferensi_unit")),
        }
    )
    return PreparedTable(frame=_as_objects(frame), raw=raw, findings=findings)


# --- positions -----------------------------------------------------------------------------


def position_code(nama_jabatan: str, unit_kerja: str) -> str:
    """Stable generated code for a position row that has none (independent of row order)."""
    key = jab.normalize_unit_name(unit_kerja) + "|" + jab.normalize_position_name(nama_jabatan)
    return "J-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:8].upper()


def _min_level(levels: Iterable[str | None]) -> str | None:
    known = [lv for lv in levels if lv in EDUCATION_RANK]
    if not known:
        return None
    return min(known, key=lambda lv: EDUCATION_RANK[lv])


def prepare_positions(
    raw: RawTable, settings: Settings | None = None, *, abk: RawTable | list[RawTable] | None = None
) -> PreparedTable:
    """Parse a raw position table (peta jabatan / formasi) into the prepared frame.

    ``kebutuhan`` comes from the table, else from ``beban_kerja_jam`` ÷ effective hours,
    else from an ABK task sheet (``abk``: Σ volume × norm minutes ÷ effective minutes).
    """
    from asn_mutasi.domain import limits
    from asn_mutasi.matching.programme import split_requirements
    from asn_mutasi.workload.abk import kebutuhan_from_hours, parse_number, workload_from_sheets

    settings = settings or Settings()
    ctx = _Ctx(raw)
    src = raw.frame.reset_index(drop=True)
    n = len(src)
    rows = [int(r) for r in src[ROW].tolist()] if ROW in src.columns else list(range(2, n + 2))
    findings: list[Finding] = []
    reasons: list[list[str]] = [[] for _ in range(n)]

    names = _texts(_column(src, "nama_jabatan"))
    units = _texts(_column(src, "unit_kerja"))
    for fname, values in (("nama_jabatan", names), ("unit_kerja", units)):
        for i, value in enumerate(values):
            if value is None:
                findings.append(make_finding("sel-wajib-kosong", ctx.loc(rows[i], fname)))
                _add_reason(reasons, i, f"kolom wajib '{fname}' kosong")

    def numbers(fname: str) -> list[float | None]:
        out: list[float | None] = []
        for i, value in enumerate(_column(src, fname).tolist()):
            number = None if _is_blank(value) else parse_number(value)
            if not _is_blank(value) and (number is None or number < 0):
                findings.append(make_finding("angka-tidak-valid", ctx.loc(rows[i], fname, value)))
                number = None
            elif number is not None and not limits.in_range(fname, number):  # issue 13: no 1e12 kebutuhan
                loc = ctx.loc(rows[i], fname, value)
                findings.append(make_finding("angka-di-luar-batas", loc, batas=limits.range_text(fname)))
                number = None
            out.append(number)
        return out

    codes_in = _texts(_column(src, "kode_jabatan"))
    codes = [
        codes_in[i] or (position_code(name, unit) if name and unit else f"BARIS-{rows[i]}")
        for i, (name, unit) in enumerate(zip(names, units, strict=True))
    ]
    kebutuhan_in = numbers("kebutuhan")
    beban = numbers("beban_kerja_jam")
    kelas = numbers("kelas_jabatan")
    bezetting = numbers("bezetting")
    task_need: dict[str, int] = {}
    task_hours: dict[str, float] = {}
    task_wke: dict[str, float] = {}
    abk_info: dict[str, object] | None = None
    if abk is not None:
        listing = pd.DataFrame({"kode_jabatan": codes, "nama_jabatan": names, "unit_kerja": units})
        sheets = abk if isinstance(abk, list) else [abk]
        tasks = workload_from_sheets(sheets, listing, settings)
        findings.extend(tasks.findings)
        task_need = dict(zip(tasks.frame["kode_jabatan"], tasks.frame["kebutuhan"].astype(int), strict=True))
        task_hours = dict(zip(tasks.frame["kode_jabatan"], tasks.frame["beban_kerja_jam"].astype(float), strict=True))
        task_wke = dict(zip(tasks.frame["kode_jabatan"], tasks.frame["wke_menit"].astype(float), strict=True))
        described = tasks.sheet.describe() if tasks.sheet is not None else {}
        first = sheets[0]
        abk_info = {
            "berkas": first.source.path,
            "sheet": ", ".join(str(r.source.sheet) for r in sheets if r.source.sheet) or None,
            **described,
            "jumlah_sheet": len(sheets),
            "jabatan_dengan_tugas": len(task_need),
        }
        if not task_need:
            findings.append(
                make_finding("abk-tidak-terpakai", Location(file=first.source.path, sheet=first.source.sheet))
            )
    kebutuhan: list[int] = []
    raw_need = _column(src, "kebutuhan").tolist()
    raw_hours = _column(src, "beban_kerja_jam").tolist()
    without_abk: list[bool] = []
    wke_jam: list[float] = []
    for i in range(n):
        without_abk.append(False)
        wke_jam.append(np.nan)
        if codes[i] in task_need:
            # an ABK sheet given on purpose decides the positions it covers (issue 11/17: --abk is never a no-op)
            if kebutuhan_in[i] is not None and round(kebutuhan_in[i] or 0) != task_need[codes[i]]:
                findings.append(
                    make_finding(
                        "abk-menggantikan-kebutuhan",
                        ctx.loc(rows[i], "kebutuhan", kebutuhan_in[i]),
                        jabatan=names[i],
                        lama=round(kebutuhan_in[i] or 0),
                        baru=task_need[codes[i]],
                    )
                )
            kebutuhan.append(task_need[codes[i]])
            beban[i] = task_hours[codes[i]]
            wke_jam[i] = task_wke[codes[i]] / 60.0
        elif kebutuhan_in[i] is not None:
            kebutuhan.append(round(kebutuhan_in[i] or 0))
        elif beban[i] is not None:
            kebutuhan.append(kebutuhan_from_hours(beban[i] or 0.0, settings))
        elif not (_is_blank(raw_need[i]) and _is_blank(raw_hours[i])):
            kebutuhan.append(0)  # an unreadable kebutuhan / beban cell: excluded, as the finding says
            if not reasons[i]:
                findings.append(make_finding("kebutuhan-tidak-ada", ctx.loc(rows[i], "kebutuhan")))
            _add_reason(reasons, i, "tidak ada kebutuhan maupun beban kerja")
        else:
            # issue 17: a position with no ABK stays (its holders linked) and is shown "tanpa ABK"
            kebutuhan.append(0)
            without_abk[i] = True
            if not reasons[i]:
                findings.append(
                    make_finding(
                        "jabatan-tanpa-abk", ctx.loc(rows[i], "kebutuhan"), jabatan=names[i], unit_kerja=units[i]
                    )
                )

    syarat_jur = _texts(_column(src, "syarat_jurusan"))
    syarat_pend_raw = _column(src, "syarat_pendidikan")
    syarat_pend = _map_distinct(syarat_pend_raw, pend.parse_level)
    levels: list[str | None] = []
    for i, value in enumerate(syarat_pend_raw.tolist()):
        level = syarat_pend[i]
        if level is None and not _is_blank(value):
            findings.append(make_finding("pendidikan-tidak-dikenal", ctx.loc(rows[i], "syarat_pendidikan", value)))
        if level is None and syarat_jur[i]:
            level = _min_level(pend.split_level(part)[0] for part in split_requirements(syarat_jur[i]))
        if level is None and _is_blank(value) and not syarat_jur[i] and not reasons[i]:
            findings.append(make_finding("jabatan-tanpa-syarat-pendidikan", ctx.loc(rows[i], "syarat_pendidikan")))
        levels.append(level)

    sg_raw = _column(src, "syarat_golongan")
    sg = _map_distinct(sg_raw, gol.parse_golongan)
    for i, value in enumerate(sg_raw.tolist()):
        if sg[i] is None and not _is_blank(value):
            findings.append(make_finding("golongan-tidak-dikenal", ctx.loc(rows[i], "syarat_golongan", value)))

    syarat_exp = _texts(_column(src, "syarat_pengalaman"))
    unreadable = set(requirement_problems(syarat_exp))
    for i, value in enumerate(syarat_exp):
        if value in unreadable:
            findings.append(
                make_finding("syarat-pengalaman-tidak-terbaca", ctx.loc(rows[i], "syarat_pengalaman", value))
            )

    jenis_raw = _texts(_column(src, "jenis_jabatan"))
    jenis = [jab.classify_jenis_jabatan(names[i], jenis_raw[i]) for i in range(n)]

    seen_code: dict[str, int] = {}
    seen_pair: dict[tuple[str, str], int] = {}
    for i in range(n):
        code = codes[i]
        if reasons[i]:
            continue
        if code in seen_code:
            findings.append(
                make_finding("kode-jabatan-ganda", ctx.loc(rows[i], "kode_jabatan", code), baris_lain=seen_code[code])
            )
            _add_reason(reasons, i, f"kode jabatan ganda (sama dengan baris {seen_code[code]})")
            continue
        seen_code[code] = rows[i]
        pair = (jab.normalize_unit_name(units[i] or ""), jab.normalize_position_name(names[i] or ""))
        if pair in seen_pair:
            findings.append(
                make_finding(
                    "jabatan-ganda",
                    ctx.loc(rows[i], "nama_jabatan", names[i]),
                    nama_jabatan=names[i],
                    unit_kerja=units[i],
                    baris_lain=seen_pair[pair],
                )
            )
        else:
            seen_pair[pair] = rows[i]

    frame = pd.DataFrame(
        {
            ROW: rows,
            "_status": [EXCLUDED if r else VALID for r in reasons],
            "_alasan": ["; ".join(r) for r in reasons],
            "kode_jabatan": codes,
            "nama_jabatan": names,
            "unit_kerja": units,
            "jenis_jabatan": jenis,
            "kelas_jabatan": [np.nan if v is None else v for v in kelas],
            "kebutuhan": kebutuhan,
            "beban_kerja_jam": [np.nan if v is None else v for v in beban],
            "syarat_pendidikan": levels,
            "syarat_pendidikan_rank": [float(EDUCATION_RANK[lv]) if lv in EDUCATION_RANK else np.nan for lv in levels],
            "syarat_jurusan": syarat_jur,
            "syarat_golongan": [g.kode if g else None for g in sg],
            "syarat_golongan_rank": [float(g.rank) if g else np.nan for g in sg],
            "syarat_pengalaman": _texts(_column(src, "syarat_pengalaman")),
            "syarat_diklat": _texts(_column(src, "syarat_diklat")),
            "bezetting": [np.nan if v is None else v for v in bezetting],
            "tanpa_abk": without_abk,
            "wke_jam": wke_jam,
        }
    )
    frame["kebutuhan"] = frame["kebutuhan"].astype("int64")
    return PreparedTable(frame=_as_objects(frame), raw=raw, findings=findings, abk=abk_info)
