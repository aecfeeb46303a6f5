"""Staged approval of a plan's moves: Usulan OPD → Verifikasi BKD → Sidang Baperjakat → Persetujuan PPK.

The plan workbook's ``Persetujuan`` sheet holds one row per (move, stage): the stage is
written in advance, the reviewers fill Keputusan, Nama/NIP penilai, Tanggal, Nomor berita
acara/SK and Catatan. :func:`resolve_stages` turns those rows into one decision per move:

- a move is carried out only when its decision at the final stage (``[tata_kelola]
  tahap_final``, default Persetujuan PPK) is ``Setuju``;
- a move whose last decision is ``Setuju`` at an earlier stage is not applied
  (``tahap-belum-final``); ``Tolak``/``Tunda`` at any stage stand as the move's decision;
- every decision names its reviewer and date (``tahap-penilai-kosong`` otherwise).

Workbooks decided without stages follow one rule: when there is no ``Persetujuan`` sheet (an
old workbook, Keputusan only) or every reviewer cell of it is empty, the Keputusan column of
``Rencana Mutasi`` is the decision at the final stage, with no reviewer named
(``rencana-tanpa-tahap``; an error when ``[tata_kelola] wajib_tahap`` is true). Once any
stage is filled, the stages decide; the Keputusan column may then stay empty, and when filled
it must equal the final stage's decision (``keputusan-bertentangan-tahap``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from itertools import pairwise
from typing import Any

import pandas as pd

from asn_mutasi.config import TAHAP
from asn_mutasi.domain.jabatan import unit_in_words
from asn_mutasi.domain.nip import NipError, nip_key, normalize_nip
from asn_mutasi.domain.tanggal import parse_date
from asn_mutasi.errors import ConfigError
from asn_mutasi.findings import Finding, Location, make_finding
from asn_mutasi.rollout.apply import canonical_plan_frame, cell_text, parse_keputusan
from asn_mutasi.schema import ROW

APPROVAL_SHEET = "Persetujuan"
#: columns of the Persetujuan sheet: (canonical field, Excel header); the first six are written by the tool
STAGE_COLUMNS: tuple[tuple[str, str], ...] = (
    ("id_mutasi", "ID Mutasi"),
    ("nip", "NIP"),
    ("nama", "Nama"),
    ("jabatan_tujuan", "Jabatan Tujuan"),
    ("unit_tujuan", "Unit Kerja Tujuan"),
    ("tahap", "Tahap"),
    ("keputusan", "Keputusan"),
    ("nama_penilai", "Nama Penilai"),
    ("nip_penilai", "NIP Penilai"),
    ("tanggal", "Tanggal"),
    ("nomor_dokumen", "Nomor Berita Acara/SK"),
    ("catatan", "Catatan"),
)
#: the fields reviewers fill
STAGE_INPUT_FIELDS = ("keputusan", "nama_penilai", "nip_penilai", "tanggal", "nomor_dokumen", "catatan")
_HEADERS = dict(STAGE_COLUMNS)
_LETTER = {f: chr(65 + i) for i, (f, _h) in enumerate(STAGE_COLUMNS)}


def check_final_stage(tahap_final: str) -> str:
    """Return the configured final stage, or raise ConfigError naming the allowed ones."""
    for tahap in TAHAP:
        if tahap.casefold() == tahap_final.strip().casefold():
            return tahap
    raise ConfigError(f"[tata_kelola] tahap_final '{tahap_final}' tidak dikenal; pilih salah satu: {', '.join(TAHAP)}")


def parse_tahap(value: Any) -> str | None:
    """Return the canonical stage name (case and spacing ignored), '' for empty, None if unknown."""
    text = " ".join(cell_text(value).split())
    if not text:
        return ""
    for tahap in TAHAP:
        if text.casefold() == tahap.casefold():
            return tahap
    return None


@dataclass(frozen=True)
class StageDecision:
    """One decision at one stage (a filled Persetujuan row, or an old workbook's Keputusan)."""

    id_mutasi: str
    nip: str
    tahap: str
    keputusan: str
    nama_penilai: str = ""
    nip_penilai: str = ""
    tanggal: date | None = None
    nomor_dokumen: str = ""
    catatan: str = ""
    baris: int | None = None
    sheet: str = APPROVAL_SHEET

    def to_dict(self) -> dict[str, Any]:
        return {
            "tahap": self.tahap,
            "keputusan": self.keputusan,
            "nama_penilai": self.nama_penilai,
            "nip_penilai": self.nip_penilai,
            "tanggal": self.tanggal.isoformat() if self.tanggal else "",
            "nomor_dokumen": self.nomor_dokumen,
            "catatan": self.catatan,
            "lembar_kerja": self.sheet,
            "baris": self.baris,
        }


@dataclass
class StageResult:
    """Per move: the stage reached, the decision to apply and the decisions read."""

    decisions: list[StageDecision]
    #: id_mutasi → decision ``apply`` uses: Setuju only when approved at the final stage
    effective: dict[str, str]
    #: id_mutasi → the last stage with a decision ('' when none)
    tahap: dict[str, str]
    #: id_mutasi → the final stage's decision (its reviewer, date, SK number), when there is one
    final: dict[str, StageDecision]
    findings: list[Finding] = field(default_factory=list)
    staged: bool = True  #: False for an old workbook without a Persetujuan sheet


def _date(value: Any) -> tuple[date | None, bool]:
    """(date, ok) of a Tanggal cell: a date cell, or text in any form domain.tanggal reads."""
    if isinstance(value, (datetime, pd.Timestamp)):
        return value.date() if not pd.isna(value) else None, True
    if isinstance(value, date):
        return value, True
    text = cell_text(value)
    if not text:
        return None, True
    parsed = parse_date(text)
    return parsed.value, parsed.value is not None


class _Findings:
    def __init__(self, plan_file: str | None) -> None:
        self.plan_file = plan_file
        self.items: list[Finding] = []
        #: moves approved at the final stage over an earlier one skipped, per (stage, earlier stage, its state):
        #: (id_mutasi, Persetujuan row) of each, said in one finding per key (:meth:`add_skipped`)
        self.skipped: dict[tuple[str, str, str], list[tuple[str, int | None]]] = {}

    def add_skipped(self) -> None:
        """One ``tahap-dilompati`` per final stage, skipped stage and its state, at the first move's row, counting
        the moves: the PPK stage filled alone gave one line per approved move, 61 of them (walk6, h29), where the
        dated stages already say it once (``tahap-tanggal-*``)."""
        from asn_mutasi.formatting import format_number

        for (tahap, sebelum, keadaan), moves in self.skipped.items():
            self.add(
                "tahap-dilompati",
                moves[0][1],
                "tahap",
                tahap,
                id_mutasi=some_ids([m for m, _ in moves]),
                jumlah=format_number(len(moves)),
                tahap=tahap,
                sebelum=sebelum,
                keadaan=keadaan,
            )
        self.skipped = {}

    def add(self, code: str, row: int | None, field_name: str | None, value: Any = None, **params: Any) -> None:
        loc = Location(
            file=self.plan_file,
            sheet=APPROVAL_SHEET if field_name else None,
            row=row,
            column=_LETTER.get(field_name) if field_name else None,
            header=_HEADERS.get(field_name) if field_name else None,
            field=field_name,
            value=cell_text(value) or None,
        )
        self.items.append(make_finding(code, loc, **params))


def some_ids(ids: list[str], shown: int = 5) -> str:
    """The first ``shown`` move ids of a grouped finding and how many more: "M0001, M0002 dan 3 lainnya"."""
    return ", ".join(ids[:shown]) + (f" dan {len(ids) - shown} lainnya" if len(ids) > shown else "")


def _legacy(visible: pd.DataFrame, tahap_final: str, plan_file: str | None) -> StageResult:
    """An old workbook: Keputusan of Rencana Mutasi = the decision at the final stage, no reviewer."""
    decisions: list[StageDecision] = []
    effective: dict[str, str] = {}
    reached: dict[str, str] = {}
    final: dict[str, StageDecision] = {}
    rows = visible[ROW].tolist() if ROW in visible.columns else list(range(2, len(visible) + 2))
    for rec, row in zip(visible.to_dict("records"), rows, strict=True):
        mid = cell_text(rec.get("id_mutasi"))
        value = parse_keputusan(rec.get("keputusan"))
        effective[mid] = cell_text(rec.get("keputusan"))  # invalid values are reported by apply_plan
        if value:
            d = StageDecision(
                mid,
                cell_text(rec.get("nip")),
                tahap_final,
                value,
                catatan=cell_text(rec.get("catatan")),
                baris=int(row),
                sheet="Rencana Mutasi",
            )
            decisions.append(d)
            reached[mid] = tahap_final
            final[mid] = d
    out = _Findings(plan_file)
    if decisions:  # say how the decisions were read (nothing to say when nothing is decided)
        out.add("rencana-tanpa-tahap", None, None, tahap_final=tahap_final)
    return StageResult(decisions, effective, reached, final, out.items, staged=False)


def resolve_stages(
    visible: pd.DataFrame,
    stages: pd.DataFrame | None,
    *,
    tahap_final: str,
    plan_file: str | None = None,
) -> StageResult:
    """One decision per move from the Persetujuan rows (``stages``: canonical fields, ``_baris``).

    ``visible`` is the Rencana Mutasi sheet (canonical fields or workbook headers). With
    ``stages`` None (an old workbook) the Keputusan column is the final stage's decision.
    """
    final_stage = check_final_stage(tahap_final)
    visible = canonical_plan_frame(visible)
    if stages is None or not any(cell_text(v) for f in STAGE_INPUT_FIELDS for v in stages[f].tolist()):
        return _legacy(visible, final_stage, plan_file)
    out = _Findings(plan_file)
    known = {cell_text(m): cell_text(n) for m, n in zip(visible["id_mutasi"], visible["nip"], strict=True)}
    targets = _targets(visible)
    by_move: dict[str, dict[str, StageDecision]] = {m: {} for m in known}
    decisions: list[StageDecision] = []
    rows = stages[ROW].tolist() if ROW in stages.columns else list(range(2, len(stages) + 2))
    for rec, row in zip(stages.to_dict("records"), rows, strict=True):
        decision = _stage_decision(rec, int(row), known, out)
        if decision is None or _other_target(rec, int(row), targets, out):
            continue
        if decision.tahap in by_move[decision.id_mutasi]:
            out.add(
                "tahap-ganda",
                decision.baris,
                "tahap",
                decision.tahap,
                id_mutasi=decision.id_mutasi,
                tahap=decision.tahap,
            )
            continue
        by_move[decision.id_mutasi][decision.tahap] = decision
        decisions.append(decision)

    effective: dict[str, str] = {}
    reached: dict[str, str] = {}
    final: dict[str, StageDecision] = {}
    for mid, done in by_move.items():
        _check_stage_dates(mid, done, out)
        effective[mid], reached[mid], at_final = _resolve_move(mid, done, final_stage, out)
        if at_final is not None:
            final[mid] = at_final
    out.add_skipped()
    _check_plan_column(visible, effective, final_stage, out)
    return StageResult(decisions, effective, reached, final, out.items, staged=True)


def _check_stage_dates(mid: str, done: dict[str, StageDecision], out: _Findings) -> None:
    """A stage dated before the stage under it ("Persetujuan PPK" on 1 March, "Usulan OPD" on 10 March) is named:
    the audit trail says the move was approved before it was proposed."""
    dated = [d for t in TAHAP if (d := done.get(t)) is not None and d.tanggal is not None]
    for earlier, later in pairwise(dated):
        if later.tanggal is not None and earlier.tanggal is not None and later.tanggal < earlier.tanggal:
            out.add(
                "tahap-tanggal-mundur",
                later.baris,
                "tanggal",
                later.tanggal.isoformat(),
                id_mutasi=mid,
                tahap=later.tahap,
                sebelumnya=earlier.tahap,
            )


def _targets(visible: pd.DataFrame) -> dict[str, tuple[str, str]]:
    """Per move ID, its target post and unit in the plan sheet, as written (compared through :func:`_norm`; the
    finding quotes them as written, not lower-cased)."""
    cols = [
        visible[c].tolist() if c in visible.columns else [None] * len(visible)
        for c in ("jabatan_tujuan", "unit_tujuan")
    ]
    return {
        cell_text(m): (cell_text(j), cell_text(u)) for m, j, u in zip(visible["id_mutasi"].tolist(), *cols, strict=True)
    }


def _norm(value: Any) -> str:
    return " ".join(cell_text(value).casefold().split())


def _other_target(rec: dict[Any, Any], row: int, targets: dict[str, tuple[str, str]], out: _Findings) -> bool:
    """Whether a decided Persetujuan row names another target than its move in the plan (``tahap-tujuan-berbeda``):
    a move retargeted in both plan sheets was applied while the PPK's approval named the original post (hostile
    round 6, h26). The decision is then not used."""
    mid = cell_text(rec.get("id_mutasi"))
    plan = targets.get(mid)
    if plan is None:
        return False
    for k, name in enumerate(("jabatan_tujuan", "unit_tujuan")):
        written = _norm(rec.get(name))
        # the sheet names the unit in words ("Bidang X pada Dinas Y"), an older one by the plan's key (walk5, h31);
        # the finding names the plan's unit in words too, never its lower-cased key (walk6, h31)
        shown = unit_in_words(plan[k]) if k else plan[k]
        if written and _norm(plan[k]) and written not in {_norm(plan[k]), _norm(shown)}:
            out.add("tahap-tujuan-berbeda", row, name, cell_text(rec.get(name)), id_mutasi=mid, rencana=shown)
            return True
    return False


def _stage_decision(rec: dict[Any, Any], row: int, known: dict[str, str], out: _Findings) -> StageDecision | None:
    """One Persetujuan row as a decision, or None (with a finding when the row is wrong, without when undecided)."""
    if not any(cell_text(rec.get(f)) for f in STAGE_INPUT_FIELDS):
        return None  # nothing decided at this stage yet
    mid = cell_text(rec.get("id_mutasi"))
    if mid not in known:
        out.add("tahap-id-tidak-dikenal", row, "id_mutasi", mid, id_mutasi=mid or "(kosong)")
        return None
    nip = cell_text(rec.get("nip"))
    if nip and nip_key(nip) != nip_key(known[mid]):  # approvals of another round's move with the same ID
        out.add("tahap-nip-berbeda", row, "nip", nip, id_mutasi=mid)
        return None
    tahap = parse_tahap(rec.get("tahap"))
    if not tahap:
        out.add("tahap-tidak-valid", row, "tahap", rec.get("tahap"), id_mutasi=mid, pilihan=", ".join(TAHAP))
        return None
    keputusan = parse_keputusan(rec.get("keputusan"))
    if keputusan is None:
        out.add("rencana-keputusan-tidak-valid", row, "keputusan", rec.get("keputusan"), id_mutasi=mid)
        return None
    if not keputusan:
        return None  # reviewer fields filled ahead of the decision
    nama = cell_text(rec.get("nama_penilai"))
    tanggal, date_ok = _date(rec.get("tanggal"))
    if not date_ok:
        out.add("tahap-tanggal-tidak-valid", row, "tanggal", rec.get("tanggal"), id_mutasi=mid, tahap=tahap)
        return None
    missing = [w for w, ok in (("nama penilai", bool(nama)), ("tanggal", tanggal is not None)) if not ok]
    if missing:
        field_name = "nama_penilai" if not nama else "tanggal"
        out.add(
            "tahap-penilai-kosong",
            row,
            field_name,
            None,
            id_mutasi=mid,
            keputusan=keputusan,
            tahap=tahap,
            kosong=" dan ".join(missing),
        )
        return None
    return StageDecision(
        mid,
        known[mid],
        tahap,
        keputusan,
        nama,
        _reviewer_nip(rec, row, mid, tahap, out),
        tanggal,
        cell_text(rec.get("nomor_dokumen")),
        cell_text(rec.get("catatan")),
        row,
    )


def _reviewer_nip(rec: dict[Any, Any], row: int, mid: str, tahap: str, out: _Findings) -> str:
    """The reviewer's NIP normalised; an unreadable one is kept as typed, with a finding."""
    nip_penilai = cell_text(rec.get("nip_penilai"))
    if nip_penilai:
        try:
            nip_penilai = normalize_nip(nip_penilai)
        except NipError as exc:
            out.add(
                "tahap-nip-penilai-tidak-valid",
                row,
                "nip_penilai",
                None,
                id_mutasi=mid,
                tahap=tahap,
                alasan=exc.alasan,
            )
    return nip_penilai


def _resolve_move(
    mid: str, done: dict[str, StageDecision], final_stage: str, out: _Findings
) -> tuple[str, str, StageDecision | None]:
    """(effective decision, last stage reached, the final stage's decision or None) of one move."""
    if not done:
        return "", "", None
    order = {t: i for i, t in enumerate(TAHAP)}
    last = max(done, key=order.__getitem__)
    at_final = done.get(final_stage)
    if at_final is not None:
        if at_final.keputusan == "Setuju":
            _check_earlier_stages(mid, done, at_final, final_stage, out)
        return at_final.keputusan, last, at_final
    decided = done[last]
    if decided.keputusan != "Setuju":
        return decided.keputusan, last, None
    out.add(
        "tahap-belum-final",
        decided.baris,
        "keputusan",
        decided.keputusan,
        id_mutasi=mid,
        keputusan=decided.keputusan,
        tahap=last,
        tahap_final=final_stage,
    )
    return "", last, None


def _check_earlier_stages(
    mid: str, done: dict[str, StageDecision], at_final: StageDecision, final_stage: str, out: _Findings
) -> None:
    """An approval at the final stage needs Setuju at every earlier stage: name the first one skipped."""
    order = {t: i for i, t in enumerate(TAHAP)}
    for earlier in TAHAP[: order[final_stage]]:
        d = done.get(earlier)
        if d is None or d.keputusan != "Setuju":
            keadaan = "belum diputuskan" if d is None else f"diputuskan {d.keputusan}"
            out.skipped.setdefault((final_stage, earlier, keadaan), []).append((mid, at_final.baris))
            return


def _check_plan_column(visible: pd.DataFrame, effective: dict[str, str], final_stage: str, out: _Findings) -> None:
    """A Keputusan typed in Rencana Mutasi must equal the final stage's decision (or be empty)."""
    rows = visible[ROW].tolist() if ROW in visible.columns else list(range(2, len(visible) + 2))
    for rec, row in zip(visible.to_dict("records"), rows, strict=True):
        typed = parse_keputusan(rec.get("keputusan"))
        if not typed:
            continue  # empty (fine) or invalid (reported by apply_plan)
        mid = cell_text(rec.get("id_mutasi"))
        if typed != effective.get(mid, ""):
            loc = Location(
                file=out.plan_file,
                sheet="Rencana Mutasi",
                row=int(row),
                field="keputusan",
                header="Keputusan",
                value=typed,
            )
            out.items.append(
                make_finding(
                    "keputusan-bertentangan-tahap",
                    loc,
                    id_mutasi=mid,
                    tahap_final=final_stage,
                    keputusan=effective.get(mid) or "belum diputuskan",
                )
            )


def with_decisions(visible: pd.DataFrame, effective: dict[str, str]) -> pd.DataFrame:
    """The Rencana Mutasi frame with Keputusan replaced by the decision each move has at the final stage."""
    frame = canonical_plan_frame(visible).copy()
    frame["keputusan"] = [effective.get(cell_text(m), "") for m in frame["id_mutasi"]]
    return frame
