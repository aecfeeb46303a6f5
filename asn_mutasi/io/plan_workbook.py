"""Write the mutation plan workbook (xlsxwriter, atomically) and read its moves back.

Every text cell goes through ``write_string`` (formula/number/url conversion is off), so
input text that starts with ``=``, ``+``, ``-`` or ``@`` stays text. The very hidden sheet
``models.PLAN_HIDDEN_SHEET`` holds the moves exactly as written, canonical field names in
row 1 and every cell as text, so ``apply`` can tell an analyst's edit from a decision.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

import pandas as pd
from xlsxwriter import Workbook
from xlsxwriter.worksheet import Worksheet

import asn_mutasi
from asn_mutasi.errors import InputError
from asn_mutasi.findings import FINDING_HEADERS, FINDING_KEYS, Finding
from asn_mutasi.io.writers import atomic_path, xlsx_options
from asn_mutasi.models import KEPUTUSAN, PLAN_HIDDEN_SHEET, PLAN_MOVE_COLUMNS, PLAN_SHEETS
from asn_mutasi.planning.model import Plan

RINGKASAN, RENCANA, TIDAK_TERISI, BEBAN, MASALAH, PARAMETER = PLAN_SHEETS
MOVE_LABELS = dict(PLAN_MOVE_COLUMNS)
NUMERIC_MOVE_FIELDS = {f for f, _ in PLAN_MOVE_COLUMNS if f.startswith("skor")}
WIDTHS = {"id_mutasi": 10, "nip": 21, "nama": 28, "golongan": 9, "alasan": 70, "catatan": 30, "keputusan": 12}
UNFILLED_HEADERS = {
    "kode_jabatan": "Kode Jabatan",
    "nama_jabatan": "Nama Jabatan",
    "unit_kerja": "Unit Kerja",
    "lowongan": "Lowongan Awal",
    "terisi": "Terisi oleh Rencana",
    "lowongan_tidak_terisi": "Lowongan Tidak Terisi",
    "alasan": "Alasan",
}
SUMMARY_ROWS = (
    ("pegawai_input", "Pegawai dalam data input"),
    ("pindah", "Pegawai dipindah"),
    ("tetap", "Pegawai tetap"),
    ("dikecualikan", "Pegawai dikecualikan"),
    ("lowongan_saat_ini", "Lowongan saat ini (kursi yang dipegang CPNS dihitung terisi)"),
    ("lowongan_awal", "Lowongan awal (termasuk proyeksi pensiun)"),
    ("lowongan_terisi", "Lowongan terisi oleh rencana"),
    ("batas_atas_pengisian", "Batas atas lowongan yang dapat diisi (maksimum atas semua pasangan layak)"),
    ("status_solver", "Status solver (optimal / batas-waktu)"),
    ("celah_optimalitas", "Celah optimalitas bila batas waktu tercapai"),
    ("lowongan_tidak_terisi", "Lowongan tidak terisi"),
    ("total_skor", "Total skor kecocokan mutasi"),
    ("indeks_ketimpangan_sebelum", "Indeks ketimpangan sebelum"),
    ("indeks_ketimpangan_tanpa_rencana", "Indeks ketimpangan akhir horizon tanpa rencana (pensiun saja)"),
    ("indeks_ketimpangan_sesudah", "Indeks ketimpangan sesudah rencana"),
    ("solver", "Metode penyelesaian"),
    ("greedy_lowongan_terisi", "Pembanding greedy: lowongan terisi"),
    (
        "greedy_total_skor",
        "Pembanding greedy: total skor semua pindahnya (termasuk pindah yang hanya menggeser lowongan)",
    ),
    ("greedy_pindah", "Pembanding greedy: pegawai dipindah"),
)


def _blank(value: Any) -> bool:
    if value is None or value is pd.NA or value is pd.NaT:
        return True
    return isinstance(value, float) and math.isnan(value)


def _text(value: Any) -> str:
    if _blank(value):
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


class _Sheets:
    """Shared formats and safe cell writing."""

    def __init__(self, wb: Workbook) -> None:
        self.wb = wb
        self.head = wb.add_format(
            {"bold": True, "bg_color": "#DDEBF7", "border": 1, "text_wrap": True, "valign": "top"}
        )
        self.wrap = wb.add_format({"text_wrap": True, "valign": "top"})
        self.top = wb.add_format({"valign": "top"})
        self.num = wb.add_format({"num_format": "0.00", "valign": "top"})
        self.title = wb.add_format({"bold": True, "font_size": 14})

    def cell(self, ws: Worksheet, r: int, c: int, value: Any, fmt: Any = None) -> None:
        if _blank(value):
            ws.write_blank(r, c, None, fmt)
        elif isinstance(value, bool):
            ws.write_string(r, c, "Ya" if value else "Tidak", fmt)
        elif isinstance(value, (int, float)):
            ws.write_number(r, c, float(value), fmt)
        else:
            ws.write_string(r, c, str(value), fmt)

    def table(
        self, ws: Worksheet, frame: pd.DataFrame, fields: Sequence[str], headers: dict[str, str], *, start: int = 0
    ) -> None:
        for c, f in enumerate(fields):
            ws.write_string(start, c, headers.get(f, f), self.head)
            ws.set_column(c, c, max(12, min(60, len(headers.get(f, f)) + 2)))
        for r, row in enumerate(frame[list(fields)].itertuples(index=False, name=None), start=start + 1):
            for c, v in enumerate(row):
                self.cell(ws, r, c, v, self.wrap if fields[c] == "alasan" or fields[c] == "pesan" else self.top)
        ws.freeze_panes(start + 1, 0)
        ws.autofilter(start, 0, start + max(len(frame), 1), len(fields) - 1)


def write_plan_workbook(
    plan: Plan,
    path: str | Path,
    *,
    parameters: dict[str, Any],
    input_files: list[tuple[str, str]] | None = None,
    findings: list[Finding] | None = None,
    overwrite: bool = False,
) -> None:
    """Write ``plan`` to ``path`` (xlsx) atomically; an existing file needs ``overwrite=True``."""
    with atomic_path(path, overwrite=overwrite) as tmp:
        wb = Workbook(str(tmp), xlsx_options(tmp))
        s = _Sheets(wb)
        sheets = {name: wb.add_worksheet(name) for name in PLAN_SHEETS}
        _summary(s, sheets[RINGKASAN], plan)
        _moves(s, sheets[RENCANA], plan.moves)
        s.table(sheets[TIDAK_TERISI], plan.unfilled, list(UNFILLED_HEADERS), UNFILLED_HEADERS)
        sheets[TIDAK_TERISI].set_column(6, 6, 70)
        _workload(s, sheets[BEBAN], plan)
        all_findings = [*(findings or []), *plan.findings]
        frame = pd.DataFrame([f.to_dict() for f in all_findings], columns=list(FINDING_KEYS))
        s.table(sheets[MASALAH], frame, list(FINDING_KEYS), FINDING_HEADERS)
        sheets[MASALAH].set_column(2, 2, 70)
        _parameters(s, sheets[PARAMETER], parameters, input_files or [])
        hidden = wb.add_worksheet(PLAN_HIDDEN_SHEET)
        for c, (f, _) in enumerate(PLAN_MOVE_COLUMNS):
            hidden.write_string(0, c, f)
        for r, row in enumerate(
            plan.moves[[f for f, _ in PLAN_MOVE_COLUMNS]].itertuples(index=False, name=None), start=1
        ):
            for c, v in enumerate(row):
                hidden.write_string(r, c, _text(v))
        hidden.very_hidden()
        sheets[RINGKASAN].activate()
        wb.close()


def _summary(s: _Sheets, ws: Worksheet, plan: Plan) -> None:
    ws.write_string(0, 0, "Ringkasan Rencana Mutasi", s.title)
    ws.write_string(2, 0, "Ukuran", s.head)
    ws.write_string(2, 1, "Nilai", s.head)
    r = 3
    for key, label in SUMMARY_ROWS:
        if key in plan.summary:
            ws.write_string(r, 0, label)
            s.cell(ws, r, 1, plan.summary[key])
            r += 1
    ws.set_column(0, 0, 46)
    ws.set_column(1, 1, 18)
    # per-unit data for the charts, placed to the right
    units = _unit_compare(plan)
    c0 = 3
    heads = ["Unit Kerja", "Kurang Sebelum", "Kurang Sesudah", "Selisih Sebelum", "Selisih Sesudah"]
    for i, h in enumerate(heads):
        ws.write_string(2, c0 + i, h, s.head)
    for i, row in enumerate(units.itertuples(index=False, name=None), start=3):
        for j, v in enumerate(row):
            s.cell(ws, i, c0 + j, v)
    ws.set_column(c0, c0, 34)
    ws.set_column(c0 + 1, c0 + 4, 14)
    n = len(units)
    if n:
        last = 2 + n
        for title, cols, anchor in (
            ("Kekurangan pegawai per unit: sebelum dan sesudah", (1, 2), "J3"),
            ("Selisih bezetting − kebutuhan per unit", (3, 4), "J20"),
        ):
            chart = s.wb.add_chart({"type": "bar"})
            for col in cols:
                chart.add_series(
                    {
                        "name": [ws.name, 2, c0 + col],
                        "categories": [ws.name, 3, c0, last, c0],
                        "values": [ws.name, 3, c0 + col, last, c0 + col],
                    }
                )
            chart.set_title({"name": title})
            chart.set_size({"width": 640, "height": max(300, min(1200, 24 * n + 120))})
            ws.insert_chart(anchor, chart)


def _unit_compare(plan: Plan) -> pd.DataFrame:
    b = plan.units_before.set_index("unit_kerja")
    a = plan.units_after.set_index("unit_kerja").reindex(b.index)
    return pd.DataFrame(
        {
            "unit_kerja": b.index,
            "kurang_sebelum": (-b["selisih"]).clip(lower=0).to_numpy(),
            "kurang_sesudah": (-a["selisih"]).clip(lower=0).to_numpy(),
            "selisih_sebelum": b["selisih"].to_numpy(),
            "selisih_sesudah": a["selisih"].to_numpy(),
        }
    )


def _moves(s: _Sheets, ws: Worksheet, moves: pd.DataFrame) -> None:
    fields = [f for f, _ in PLAN_MOVE_COLUMNS]
    for c, (f, label) in enumerate(PLAN_MOVE_COLUMNS):
        ws.write_string(0, c, label, s.head)
        ws.set_column(c, c, WIDTHS.get(f, 16), s.wrap if f == "alasan" else None)
    for r, row in enumerate(moves[fields].itertuples(index=False, name=None), start=1):
        for c, v in enumerate(row):
            f = fields[c]
            if f in NUMERIC_MOVE_FIELDS and not _blank(v):
                ws.write_number(r, c, float(v), s.num)
            elif f == "alasan":
                ws.write_string(r, c, _text(v), s.wrap)
            else:
                ws.write_string(r, c, _text(v), s.top)  # NIP and codes stay text
    last = max(len(moves), 1)
    kc = fields.index("keputusan")
    ws.data_validation(
        1,
        kc,
        max(last, 1000),
        kc,
        {
            "validate": "list",
            "source": list(KEPUTUSAN),
            "input_title": "Keputusan",
            "input_message": "Pilih Setuju, Tolak atau Tunda",
            "error_title": "Keputusan tidak valid",
            "error_message": "Isi Setuju, Tolak atau Tunda",
        },
    )
    ws.freeze_panes(1, 2)
    ws.autofilter(0, 0, last, len(fields) - 1)


def _workload(s: _Sheets, ws: Worksheet, plan: Plan) -> None:
    b = plan.units_before.set_index("unit_kerja")
    a = plan.units_after.set_index("unit_kerja").reindex(b.index)
    frame = pd.DataFrame(
        {
            "unit_kerja": b.index,
            "kebutuhan": b["kebutuhan"].to_numpy(),
            "bezetting_sebelum": b["bezetting"].to_numpy(),
            "bezetting_sesudah": a["bezetting"].to_numpy(),
            "selisih_sebelum": b["selisih"].to_numpy(),
            "selisih_sesudah": a["selisih"].to_numpy(),
            "ej_sebelum": b["ej"].to_numpy(),
            "ej_sesudah": a["ej"].to_numpy(),
        }
    )
    headers = {
        "unit_kerja": "Unit Kerja",
        "kebutuhan": "Kebutuhan",
        "bezetting_sebelum": "Bezetting Sebelum",
        "bezetting_sesudah": "Bezetting Sesudah",
        "selisih_sebelum": "Selisih Sebelum",
        "selisih_sesudah": "Selisih Sesudah",
        "ej_sebelum": "EJ Sebelum",
        "ej_sesudah": "EJ Sesudah",
    }
    s.table(ws, frame, list(headers), headers)
    ws.set_column(0, 0, 40)


def _parameters(s: _Sheets, ws: Worksheet, parameters: dict[str, Any], files: list[tuple[str, str]]) -> None:
    ws.write_string(0, 0, "Parameter", s.head)
    ws.write_string(0, 1, "Nilai", s.head)
    rows: list[tuple[str, str]] = [
        ("versi_asn_mutasi", asn_mutasi.__version__),
        ("waktu_pembuatan", datetime.now().astimezone().isoformat(timespec="seconds")),
    ]
    rows += [(str(k), _param(v)) for k, v in _flatten(parameters)]
    rows += [(f"berkas_input_{i}", f"{p} (sha256 {h})") for i, (p, h) in enumerate(files, start=1)]
    for r, (k, v) in enumerate(rows, start=1):
        ws.write_string(r, 0, k)
        ws.write_string(r, 1, v)
    ws.set_column(0, 0, 36)
    ws.set_column(1, 1, 90)
    ws.freeze_panes(1, 0)


def _flatten(data: dict[str, Any], prefix: str = "") -> list[tuple[str, Any]]:
    out: list[tuple[str, Any]] = []
    for k, v in data.items():
        key = f"{prefix}{k}"
        if isinstance(v, dict):
            out += _flatten(v, key + ".")
        else:
            out.append((key, v))
    return out


def _param(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, tuple)):
        return ", ".join(_param(v) for v in value)
    return str(value)


def read_plan_workbook(path: str | Path) -> tuple[pd.DataFrame, pd.DataFrame, dict[str, str]]:
    """Read (visible moves, hidden moves as written, parameters) back from a plan workbook.

    Visible moves are read through the ``PLAN_MOVE_COLUMNS`` labels (column order may
    change; missing labels raise :class:`InputError`); every cell comes back as text
    (numbers formatted without a trailing ``.0``), empty cells as ``""``.
    """
    from openpyxl import load_workbook

    from asn_mutasi.io.guard import inspect_workbook

    p = Path(path)
    if p.is_file():
        inspect_workbook(p, str(p))  # zip bombs and oversized sheets are refused before openpyxl (issue 13)
    try:
        wb = load_workbook(p, read_only=True, data_only=True)
    except FileNotFoundError as exc:
        raise InputError(f"Berkas rencana '{p}' tidak ditemukan") from exc
    except Exception as exc:
        raise InputError(f"Berkas rencana '{p}' tidak dapat dibaca sebagai xlsx: {exc}") from exc
    try:
        for name in (RENCANA, PLAN_HIDDEN_SHEET, PARAMETER):
            if name not in wb.sheetnames:
                raise InputError(f"Berkas rencana '{p}' tidak memiliki sheet '{name}'")
        labels = {label: f for f, label in PLAN_MOVE_COLUMNS}
        visible = _read_sheet(wb[RENCANA], labels, p)
        hidden = _read_sheet(wb[PLAN_HIDDEN_SHEET], {f: f for f, _ in PLAN_MOVE_COLUMNS}, p)
        params: dict[str, str] = {}
        for row in wb[PARAMETER].iter_rows(min_row=2, values_only=True):
            if row and row[0] is not None:
                params[str(row[0])] = _text(row[1] if len(row) > 1 else None)
    finally:
        wb.close()
    return visible, hidden, params


def _read_sheet(ws: Any, labels: dict[str, str], path: Path) -> pd.DataFrame:
    ws.reset_dimensions()  # rows as long as their cells, never padded to a declared <dimension>
    rows = ws.iter_rows(values_only=True)
    header = next(rows, ())
    cols: dict[int, str] = {}
    for i, h in enumerate(header or ()):
        if h is not None and str(h).strip() in labels:
            cols[i] = labels[str(h).strip()]
    missing = [lab for lab, f in labels.items() if f not in cols.values()]
    if missing:
        raise InputError(f"Sheet '{ws.title}' di '{path}' tidak memiliki kolom: {', '.join(missing)}")
    data = []
    for row in rows:
        rec = {f: _text(row[i]) if i < len(row) else "" for i, f in cols.items()}
        if any(rec.values()):
            data.append(rec)
    fields = [f for f, _ in PLAN_MOVE_COLUMNS]
    return (
        pd.DataFrame(data, columns=fields).fillna("")
        if data
        else pd.DataFrame({f: pd.Series([], dtype=object) for f in fields})
    )
