"""Write the mutation plan workbook (xlsxwriter, atomically) and read its moves back.

Every text cell goes through ``write_string`` (formula/number/url conversion is off), so
input text that starts with ``=``, ``+``, ``-`` or ``@`` stays text. The very hidden sheet
``schema.PLAN_HIDDEN_SHEET`` holds the moves exactly as written, canonical field names in
row 1 and every cell as text, so ``apply`` can tell an analyst's edit from a decision.
"""

from __future__ import annotations

import contextlib
import itertools
import math
from collections import Counter
from pathlib import Path
from typing import Any

import pandas as pd
from xlsxwriter.worksheet import Worksheet

from asn_mutasi.config import TAHAP
from asn_mutasi.errors import InputError
from asn_mutasi.findings import FINDING_KEYS, Finding, Location, make_finding
from asn_mutasi.formatting import format_number
from asn_mutasi.gc_pause import gc_paused
from asn_mutasi.io.approval_sheet import (
    MOVED_HEADER_ROWS,
    columns_missing,
    open_plan_workbook,
    plan_unreadable,
    write_approval_sheet,
)
from asn_mutasi.io.headers import column_letter
from asn_mutasi.io.report_workbook import (
    CHART_GAP_PX,
    CHART_WIDTH,
    LINE_HEIGHT,
    PORTRAIT_PAGE_WIDTH,
    ROW_PIXELS,
    Formats,
    chart_height,
    close_workbook,
    freeze_row_names,
    lines_needed,
    new_workbook,
    print_setup,
    put_strings,
    summary_frame,
    with_opd_columns,
    write_parameters,
    write_table,
)
from asn_mutasi.io.writers import atomic_path
from asn_mutasi.labels import SUMMARY_LABELS, summary_label
from asn_mutasi.planning.result import Plan
from asn_mutasi.rollout.stages import APPROVAL_SHEET
from asn_mutasi.schema import (
    KEPUTUSAN,
    PLAN_HIDDEN_SHEET,
    PLAN_MOVE_COLUMNS,
    PLAN_MOVE_PPPK_HEADERS,
    PLAN_SHEETS,
    PLAN_SOLVER_FIGURES,
    SCORE_FIELDS,
)

RINGKASAN, RENCANA, TIDAK_TERISI, BEBAN, MASALAH, PARAMETER = PLAN_SHEETS
#: the move's units: the decision sheets show them in words ("UPT Puskesmas X pada Dinas Kesehatan", as the SK list
#: and letters), the hidden copy keeps the plan's ``OPD | unit`` key; read back, the words are the key again
UNIT_FIELDS = ("unit_asal", "unit_tujuan")
MOVE_LABELS = dict(PLAN_MOVE_COLUMNS)
NUMERIC_MOVE_FIELDS = frozenset(f for f, _ in PLAN_MOVE_COLUMNS if f.startswith("skor"))
MOVE_TEXT_FIELDS = frozenset(f for f, _ in PLAN_MOVE_COLUMNS if f not in NUMERIC_MOVE_FIELDS)
#: fixed widths of the plan sheet's columns (others fit their header words and values); a usual reason (~400
#: characters) wraps to four lines in Alasan: at 70 it took six, every printed row as tall, 9 moves a page (walk6,
#: h29); at 140 the reason alone was wider than a printed page, which then shrank to half size (render30, h38)
WIDTHS = {"id_mutasi": 10, "nip": 21, "golongan": 9, "alasan": 100, "catatan": 30, "keputusan": 12}
#: the columns opening each printed page of a row band, after the ID Mutasi repeated on every page: who and where
#: from, where to and why that post (score, education, vacancy, chain), then the reason and the decision
PRINT_PARTS = ("kode_jabatan_tujuan", "alasan")
#: position names wrap in columns this wide (long names make the row taller, not the sheet wider)
NAME_WIDTH = 30
NAME_FIELDS = ("jabatan_asal", "unit_asal", "jabatan_tujuan", "unit_tujuan", "jenis_lowongan")
UNFILLED_HEADERS = {
    "kode_jabatan": "Kode Jabatan",
    "nama_jabatan": "Nama Jabatan",
    "unit_kerja": "Unit Kerja",
    "lowongan": "Lowongan Awal",
    "terisi": "Terisi oleh Rencana",
    "lowongan_tidak_terisi": "Lowongan Tidak Terisi",
    "alasan": "Alasan",
}
#: summary figures in the order shown; further figures follow when asn_mutasi.labels.SUMMARY_LABELS names them
SUMMARY_ORDER = (
    "pegawai_input",
    "pindah",
    "tetap",
    "dikecualikan",
    "dikecualikan_tidak_valid",
    "dikecualikan_instansi_lain",
    "dikecualikan_nrp",
    "dikecualikan_tidak_aktif",
    "dikecualikan_tanpa_jabatan",
    "dikecualikan_nip_ganda",
    "lowongan_saat_ini",
    *PLAN_SOLVER_FIGURES,
    "celah_tujuan_solver",  # beside the fill gap it is read apart from (its label points there; plan11, h33)
    "sekunder_terbukti_optimal",
    "lowongan_tidak_terisi",
    "total_skor",
    "rata_rata_skor",
    "indeks_ketimpangan_sebelum",
    "indeks_ketimpangan_tanpa_rencana",
    "indeks_ketimpangan_dengan_rencana",
    "metode_penyelesaian",
    "pembanding_lowongan_terisi",
    "pembanding_total_skor",
    "pembanding_rata_rata_skor",
    "pembanding_pindah",
    "aspirasi_formulir",
    "aspirasi_pindah_berformulir",
    "aspirasi_pilihan_1",
    "aspirasi_pilihan_2",
    "aspirasi_pilihan_3",
    "aspirasi_tidak_terpenuhi",
    "aspirasi_tanpa_pilihan",
    "aspirasi_pindah_tidak_bersedia",
    "kebutuhan_diklat",
)
SUMMARY_ROWS = tuple((k, summary_label(k)) for k in SUMMARY_ORDER)
GREY, ORANGE, BLUE = "#A5A5A5", "#ED7D31", "#4472C4"  #: chart series: now, horizon without plan, with plan


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


def _texts(values: list[Any]) -> list[str]:
    """:func:`_text` of every value (a string is its own text)."""
    return [
        v
        if v.__class__ is str
        else ("" if v != v else str(int(v)) if v.is_integer() else str(v))  # a float, as _text writes it
        if v.__class__ is float
        else _text(v)
        for v in values
    ]


def with_plan_findings(given: list[Finding], own: list[Finding]) -> list[Finding]:
    """``given`` and then the plan's ``own`` findings that ``given`` does not hold already.

    A caller may pass the plan's findings with the inputs' (``api.plan`` does), the same objects or
    copies: each finding of ``own`` is matched by value against one not yet matched in ``given``
    (a multiset), so a plan finding is listed once, and two equal findings of ``given`` stay two rows.
    """

    def key(f: Finding) -> tuple[str, str, str, str]:  # (a cell value of any type in the location: its repr)
        return f.code, str(f.severity), f.message, repr(f.location)

    left = Counter(key(f) for f in given) if own else Counter()
    extra = []
    for f in own:
        k = key(f)
        if left[k] > 0:
            left[k] -= 1
        else:
            extra.append(f)
    return [*given, *extra]


def write_plan_workbook(
    plan: Plan,
    path: str | Path,
    *,
    parameters: dict[str, Any],
    input_files: list[tuple[str, str]] | None = None,
    findings: list[Finding] | None = None,
    overwrite: bool = False,
    training: tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame] | None = None,
) -> None:
    """Write ``plan`` to ``path`` (xlsx) atomically; an existing file needs ``overwrite=True``.

    ``training`` (lines, per OPD, per training of ``planning.training``) adds the "Kebutuhan Diklat" sheet and its
    totals' sheets.
    ``findings`` (the inputs' findings) and the plan's own fill the Masalah Data sheet, each once: a plan finding
    the list already holds (equal by value: :func:`with_plan_findings`) is not written again.
    """
    with atomic_path(path, overwrite=overwrite) as tmp, gc_paused():
        wb = new_workbook(tmp)
        fmts = Formats(wb)
        sheets = {}
        for name in PLAN_SHEETS:
            sheets[name] = wb.add_worksheet(name)
            if name == RENCANA:  # the reviewers' stages right after the moves (issue 16)
                write_approval_sheet(wb, plan.moves, tahap_final=_final_stage(parameters))
        workload = with_opd_columns(_workload_frame(plan))  # (the OPD of a unit key before it; walk5, h31)
        widths = _summary(fmts, sheets[RINGKASAN], plan, workload=list(workload.columns), n_units=len(workload))
        _next_step(fmts, sheets[RINGKASAN], widths[0], Path(path).name, _final_stage(parameters), len(plan.moves))
        # every move field as text, once: the visible sheet's text columns and the hidden copy
        texts = {f: _texts(plan.moves[f].tolist()) for f, _ in PLAN_MOVE_COLUMNS}
        _moves(fmts, sheets[RENCANA], plan.moves, texts | {f: units_in_words(texts[f]) for f in UNIT_FIELDS})
        unfilled = with_opd_columns(plan.unfilled[list(UNFILLED_HEADERS)])
        widths = write_table(sheets[TIDAK_TERISI], fmts, unfilled, headers=UNFILLED_HEADERS)
        print_setup(sheets[TIDAK_TERISI], widths, keys=freeze_row_names(sheets[TIDAK_TERISI], list(unfilled.columns)))
        widths = write_table(sheets[BEBAN], fmts, workload, headers=_after_headers(plan))
        print_setup(sheets[BEBAN], widths, keys=freeze_row_names(sheets[BEBAN], [str(c) for c in workload.columns]))
        all_findings = with_plan_findings(findings or [], plan.findings)
        frame = pd.DataFrame([f.to_dict() for f in all_findings], columns=list(FINDING_KEYS))
        print_setup(sheets[MASALAH], write_table(sheets[MASALAH], fmts, frame))
        write_parameters(sheets[PARAMETER], fmts, parameters, input_files or [])
        if training is not None:
            from asn_mutasi.io.training_sheet import write_training_sheet

            write_training_sheet(wb, *training)
        hidden = wb.add_worksheet(PLAN_HIDDEN_SHEET)
        for c, (f, _) in enumerate(PLAN_MOVE_COLUMNS):
            hidden.write_string(0, c, f)
        put_strings(hidden, range(1, len(plan.moves) + 1), range(len(texts)), list(texts.values()), [None] * len(texts))
        hidden.very_hidden()
        sheets[RINGKASAN].activate()
        close_workbook(wb, path)


def _at_horizon(plan: Plan) -> bool:
    """Whether the plan's "after" is the end of the horizon (holders retiring in it already left)."""
    now, start = plan.summary.get("lowongan_saat_ini"), plan.summary.get("lowongan_awal")
    return now is not None and start is not None and now != start


def _after_headers(plan: Plan) -> dict[str, str]:
    """Beban Kerja headers that say what "before" and "after" are: today, and the end of the horizon
    with the plan when projected retirements are counted (else a growing shortage reads as the plan's doing)."""
    if not _at_horizon(plan):
        return {}
    return {
        "bezetting_sebelum": "Bezetting Saat Ini",
        "selisih_sebelum": "Selisih Saat Ini",
        "lowongan_sebelum": "Lowongan Saat Ini",
        "ej_sebelum": "EJ Saat Ini",
        "bezetting_sesudah": "Bezetting Akhir Horizon dengan Rencana",
        "selisih_sesudah": "Selisih Akhir Horizon dengan Rencana",
        "lowongan_sesudah": "Lowongan Akhir Horizon dengan Rencana",
        "ej_sesudah": "EJ Akhir Horizon dengan Rencana",
        "bezetting_tanpa_rencana": "Bezetting Akhir Horizon tanpa Rencana",
        "selisih_tanpa_rencana": "Selisih Akhir Horizon tanpa Rencana",
        "lowongan_tanpa_rencana": "Lowongan Akhir Horizon tanpa Rencana",
        "ej_tanpa_rencana": "EJ Akhir Horizon tanpa Rencana",
    }


def _final_stage(parameters: dict[str, Any]) -> str:
    governance = parameters.get("tata_kelola")
    return str(governance.get("tahap_final", TAHAP[-1])) if isinstance(governance, dict) else TAHAP[-1]


def next_step_text(workbook: str, final_stage: str, moves: int = 1) -> str:
    """What the analyst does with the plan workbook next, in the words of docs/siklus-mutasi.md §4–5; a plan of no
    ``moves`` has nothing to decide or apply (its sheet asked the reviewers to decide on nothing; walk11, h33)."""
    if not moves:
        return (
            "Langkah berikutnya: rencana ini tidak memuat satu pun usulan mutasi, jadi tidak ada yang diputuskan atau "
            "diterapkan. Sebabnya ada di angka pegawai dikecualikan di bawah, lembar kerja Lowongan Tidak Terisi "
            "(alasan per jabatan) dan Masalah Data (mis. jabatan pegawai tidak tertaut ke peta jabatan); perbaiki "
            "data atau pengaturan, lalu susun ulang rencana."
        )
    return (
        f"Langkah berikutnya: setiap penilai mengisi Keputusan (Setuju/Tolak/Tunda), Nama Penilai dan Tanggal pada "
        f"baris tahapnya di lembar kerja {APPROVAL_SHEET}. Mutasi yang Setuju di tahap {final_stage} diterapkan ke data pegawai "
        f"dengan: asn-mutasi terapkan {workbook} DATA_PEGAWAI -o DATA_PEGAWAI_BARU.xlsx --tmt DD-MM-YYYY; lalu "
        f"asn-mutasi surat dan asn-mutasi diklat dengan buku kerja ini."
    )


def _next_step(fmts: Formats, ws: Worksheet, width: float, workbook: str, final_stage: str, moves: int) -> None:
    """The next step under the Ringkasan title, wrapped in its first column (``width`` wide): the sheet said what the
    plan is, never what to do with it (walk10, h33)."""
    text = next_step_text(workbook, final_stage, moves)
    ws.write_string(1, 0, text, fmts.get(text_wrap=True, valign="top"))
    ws.set_row(1, LINE_HEIGHT * lines_needed(text, width))


def _summary(fmts: Formats, ws: Worksheet, plan: Plan, *, workload: list[str], n_units: int) -> list[float]:
    """Summary figures (rounded, in words), then the two per-unit charts stacked below them; return the widths."""
    ws.write_string(0, 0, "Ringkasan Rencana Mutasi", fmts.title)
    keys = [k for k in SUMMARY_ORDER if k in plan.summary]
    if plan.summary.get("status_solver") == "optimal":  # the gap only means something when the time limit hit
        keys = [k for k in keys if k != "celah_optimalitas"]
    # further figures only when they have an analyst's label (solver internals have none)
    keys += [k for k in plan.summary if k not in SUMMARY_ORDER and k in SUMMARY_LABELS]
    horizon = _at_horizon(plan)
    words = {"indeks_ketimpangan_dengan_rencana": "Indeks ketimpangan akhir horizon dengan rencana"} if horizon else {}
    frame = summary_frame({k: plan.summary[k] for k in keys}, words)
    widths = write_table(
        ws, fmts, frame, start_row=2, min_widths={"nilai_ringkasan": 16}, page_width=PORTRAIT_PAGE_WIDTH
    )
    ws.set_row(0, 22)
    print_setup(ws, widths, header_row=None)
    ws.set_portrait()
    ws.hide_gridlines(2)
    breaks: list[int] = []
    if not n_units:
        return widths
    last = n_units  # Beban Kerja: header on row 0, units on rows 1..n
    cols = {f: i for i, f in enumerate(workload)}
    top = 2 + 1 + len(frame) + 2  # two blank rows under the table
    base = "lowongan_tanpa_rencana" in cols  # the horizon without the plan, to compare like with like

    def series(figure: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
        if base:
            return (f"{figure}_sebelum", f"{figure}_tanpa_rencana", f"{figure}_sesudah"), (GREY, ORANGE, BLUE)
        return (f"{figure}_sebelum", f"{figure}_sesudah"), (GREY, BLUE)

    for title, (fields, colours) in (
        (
            "Lowongan per unit: saat ini, akhir horizon tanpa dan dengan rencana (setelah pensiun)"
            if base
            else "Lowongan per unit: saat ini dan akhir horizon dengan rencana (setelah pensiun)"
            if horizon
            else "Lowongan per unit: sebelum dan sesudah rencana",
            series("lowongan"),
        ),
        ("Selisih bezetting − kebutuhan per unit (negatif = kurang)", series("selisih")),
    ):
        chart = fmts.wb.add_chart({"type": "bar"})
        for fld, colour in zip(fields, colours, strict=True):
            chart.add_series(
                {
                    "name": [BEBAN, 0, cols[fld]],
                    "categories": [BEBAN, 1, 0, last, cols["unit_kerja"]],  # (with its OPD: two levels)
                    "values": [BEBAN, 1, cols[fld], last, cols[fld]],
                    "fill": {"color": colour},
                    "invert_if_negative": False,
                    "gap": 60,
                }
            )
        chart.set_title({"name": title, "name_font": {"size": 11}})
        # a bar chart's categories are its y axis (xlsxwriter swaps them): unit names at the
        # low edge, never on top of a negative bar; the first unit on top
        chart.set_y_axis({"label_position": "low", "reverse": True, "num_font": {"size": 8}})
        chart.set_x_axis({"num_font": {"size": 8}, "major_gridlines": {"visible": True}})
        chart.set_legend({"position": "bottom"})
        height = chart_height(n_units)
        chart.set_size({"width": CHART_WIDTH, "height": height})
        # each chart starts on its own rows (and printed page); the next one below its last row
        ws.insert_chart(top, 0, chart, {"object_position": 1})
        breaks.append(top)
        top += math.ceil((height + CHART_GAP_PX) / ROW_PIXELS) + 1
    ws.set_h_pagebreaks(breaks)
    return widths


def _workload_frame(plan: Plan) -> pd.DataFrame:
    """Per unit: now, (at the horizon without the plan,) and after the plan, side by side per figure."""
    b = plan.units_before.set_index("unit_kerja")
    a = plan.units_after.set_index("unit_kerja").reindex(b.index)
    base = plan.units_baseline
    tables = {"sebelum": b}
    if base is not None and _at_horizon(plan):  # like with like: the same horizon with and without the plan
        tables["tanpa_rencana"] = base.set_index("unit_kerja").reindex(b.index)
    tables["sesudah"] = a
    columns: dict[str, Any] = {"unit_kerja": b.index, "kebutuhan": b["kebutuhan"].to_numpy()}
    # EJ needs the workload (--abk): without it the three EJ columns were printed empty, unexplained (walk5, h28)
    has_ej = any(t["ej"].notna().any() for t in tables.values() if "ej" in t)
    for figure in ("bezetting", "selisih", "lowongan", "ej") if has_ej else ("bezetting", "selisih", "lowongan"):
        for when, t in tables.items():  # lowongan: empty seats per post, as `lowongan` counts them
            columns[f"{figure}_{when}"] = t[figure].to_numpy()
    return pd.DataFrame(columns)


def _moves(fmts: Formats, ws: Worksheet, moves: pd.DataFrame, texts: dict[str, list[str]]) -> None:
    """The decision sheet: cells exactly as in the hidden copy (``texts``; scores as numbers), a dropdown."""
    from asn_mutasi.rollout.letters import pppk_mask

    fields = [f for f, _ in PLAN_MOVE_COLUMNS]
    # a PPPK has a golongan and no ruang: "Golongan" then, as the SK list and the letters decide (walk7 #5, h29)
    headers = MOVE_LABELS | PLAN_MOVE_PPPK_HEADERS if pppk_mask(moves).any() else MOVE_LABELS
    frame = pd.DataFrame(
        {f: texts[f] if f in MOVE_TEXT_FIELDS else moves[f] for f in fields}, index=moves.index, columns=fields
    )
    widths = write_table(
        ws,
        fmts,
        frame,
        labelled=False,
        headers=headers,
        text_fields=MOVE_TEXT_FIELDS,
        min_widths={f: w for f, w in WIDTHS.items() if f not in ("alasan", "catatan")},
        wrap={"alasan": WIDTHS["alasan"], "catatan": WIDTHS["catatan"], **dict.fromkeys(NAME_FIELDS, NAME_WIDTH)},
    )
    for f in SCORE_FIELDS:  # the components fold away (outline +), the total score stays
        c = fields.index(f)
        ws.set_column(c, c, widths[c], None, {"level": 1, "hidden": True})
        widths[c] = 0
    after = fields.index(SCORE_FIELDS[-1]) + 1  # the column carrying the outline's collapsed mark keeps its width
    ws.set_column(after, after, widths[after], None, {"collapsed": True})
    kc = fields.index("keputusan")
    ws.data_validation(
        1,
        kc,
        max(len(moves), 1000),
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
    print_setup(ws, widths)
    _print_in_parts(ws, [fields.index(f) for f in PRINT_PARTS])


def _print_in_parts(ws: Worksheet, starts: list[int]) -> None:
    """Print the moves a page per part of the row (:data:`PRINT_PARTS`), the ID Mutasi column repeated on each; row
    bands across, then down.

    Fitted two pages wide, the sample plan printed at half size (Calibri 11 as ~5.5 pt in LibreOffice): the origin
    and destination columns alone are more than a page wide, so no width of Alasan made a page readable (render30,
    h38). Its three parts are about as wide as each other, so the largest scale that fits the sheet on as many pages
    breaks it at their edges; the manual breaks say so to a program that keeps them under fit-to-page (Excel does not).
    """
    ws.set_v_pagebreaks(starts)
    ws.fit_to_pages(len(starts) + 1, 0)
    ws.repeat_columns(0, 0)
    ws.print_across()


@gc_paused()  # a bulk step: its XML garbage is collected after it, not frozen with start-up's (asn_mutasi.gc_pause)
def read_plan_workbook(path: str | Path) -> tuple[pd.DataFrame, pd.DataFrame, dict[str, str]]:
    """Read (visible moves, hidden moves as written, parameters) back from a plan workbook.

    Visible moves are read through the ``PLAN_MOVE_COLUMNS`` labels (column order may
    change; missing labels raise :class:`InputError`); every cell comes back as text
    (numbers formatted without a trailing ``.0``), empty cells as ``""``.
    """
    p = Path(path)
    wb = open_plan_workbook(p)
    try:
        for name in (RENCANA, PLAN_HIDDEN_SHEET, PARAMETER):
            if name not in wb.sheetnames:
                raise InputError(
                    f"Berkas rencana '{p}' tidak memiliki lembar kerja '{name}'",
                    hint="Berikan buku kerja yang ditulis 'asn-mutasi rencana' (dengan Keputusan yang sudah diisi); "
                    "periksa urutan argumen: RENCANA dulu, lalu PEGAWAI.",
                )
        labels = {label: f for f, label in PLAN_MOVE_COLUMNS}
        visible = _read_sheet(wb[RENCANA], labels, p, PLAN_MOVE_PPPK_HEADERS)
        hidden = _read_sheet(wb[PLAN_HIDDEN_SHEET], {f: f for f, _ in PLAN_MOVE_COLUMNS}, p)
        visible = units_as_keys(visible, hidden)
        params: dict[str, str] = {}
        for row in wb[PARAMETER].iter_rows(min_row=2, values_only=True):
            if row and row[0] is not None:
                params[str(row[0])] = _text(row[1] if len(row) > 1 else None)
    except InputError:
        raise
    except Exception as exc:  # a broken part met while reading the rows (a bad shared string …)
        from asn_mutasi.io.open_workbook import shared_string_cause

        raise plan_unreadable(p, shared_string_cause(p)) from exc
    finally:
        wb.close()
    return visible, hidden, params


def units_in_words(keys: list[str]) -> list[str]:
    """The plan's unit keys as the decision sheets show them (:func:`unit_in_words`, per distinct key)."""
    from asn_mutasi.domain.jabatan import unit_in_words

    words = {k: unit_in_words(k) for k in dict.fromkeys(keys)}
    return [words[k] for k in keys]


def units_as_keys(visible: pd.DataFrame, hidden: pd.DataFrame) -> pd.DataFrame:
    """``visible`` with each unit cell that reads as its move's unit in words (:func:`units_in_words` of the hidden
    copy's key, by ID Mutasi) given back as that key, so that every command reads the plan's own unit; an edited cell
    (or a key, an older workbook's) stays as written, an edit ``terapkan`` reports (walk5, h31)."""
    if not len(visible) or not len(hidden):
        return visible
    out = visible.copy()
    ids = hidden["id_mutasi"].tolist()
    for f in UNIT_FIELDS:
        keys = dict(zip(ids, hidden[f].tolist(), strict=True))
        words = dict(zip(keys, units_in_words(list(keys.values())), strict=True))
        out[f] = [
            keys[m] if m in keys and cell == words[m] else cell
            for m, cell in zip(out["id_mutasi"].tolist(), out[f].tolist(), strict=True)
        ]
    return out


def decision_cell_findings(path: str | Path) -> list[Finding]:
    """Findings on decision cells that read as blank (undecided) in the decision sheets (Rencana Mutasi, Persetujuan)
    of a plan workbook, so the analyst is told where: ``rumus-tanpa-hasil`` for a decision typed as a formula and saved
    by a program without its result, ``keputusan-sel-gabungan`` for Keputusan cells merged over several rows
    (:func:`_merged_decisions`). Nothing for a workbook the guard or calamine cannot open (its readers report that)."""
    from asn_mutasi.io.open_workbook import SafeWorkbook

    p = Path(path)
    try:
        book = SafeWorkbook(p, None, p.name)
    except InputError:
        return []
    names = [name for name in (RENCANA, APPROVAL_SHEET) if name in book.names]
    found = [book.formula_gap_finding(name) for name in names]
    with contextlib.suppress(InputError):  # a sheet calamine cannot read: the plan's reader says so
        found += [_merged_decisions(book, name) for name in names]
    return [f for f in found if f is not None]


def _merged_decisions(book: Any, name: str) -> Finding | None:
    """``keputusan-sel-gabungan`` when the Keputusan cells of sheet ``name`` are merged over several rows (or with
    the column before): only the merged block's first cell holds the decision, so every other row of it was read
    undecided without a word (hostile3, h31). It names those rows; None when there are none."""
    rows, merged = book.read(name)
    header = [str(h).strip() if h is not None else "" for h in (rows[0] if rows else [])]
    label = dict(PLAN_MOVE_COLUMNS)["keputusan"]
    if label not in header:
        return None
    k = header.index(label)
    blank = sorted(
        {
            r + 1
            for (r0, c0), (r1, c1) in merged
            if c0 <= k <= c1
            for r in range(max(r0, 1), r1 + 1)
            if r > r0 or c0 < k  # (the block's first cell holds its value, unless it lies left of Keputusan)
        }
    )
    if not blank:
        return None
    shown = ", ".join(map(str, blank[:10])) + (
        f" dan {format_number(len(blank) - 10)} lainnya" if len(blank) > 10 else ""
    )
    where = Location(file=book.display, sheet=name, row=blank[0], column=column_letter(k), header=label)
    return make_finding("keputusan-sel-gabungan", where, sheet_name=name, jumlah=format_number(len(blank)), baris=shown)


def _read_sheet(
    ws: Any, labels: dict[str, str], path: Path, other_labels: dict[str, str] | None = None
) -> pd.DataFrame:
    """The rows of a moves sheet by its header labels (``labels``: label → field); ``other_labels`` (field → label)
    are other headers the same field may have (:data:`PLAN_MOVE_PPPK_HEADERS`)."""
    ws.reset_dimensions()  # rows as long as their cells, never padded to a declared <dimension>
    rows = ws.iter_rows(values_only=True)
    header = next(rows, ())
    known = labels | {label: f for f, label in (other_labels or {}).items()}
    cols: dict[int, str] = {}
    for i, h in enumerate(header or ()):
        if h is not None and str(h).strip() in known:
            cols[i] = known[str(h).strip()]
    missing = [lab for lab, f in labels.items() if f not in cols.values()]
    if missing:
        after = ((k, r) for k, r in enumerate(rows, start=1) if any(v is not None for v in r))
        head = [(0, header or ()), *itertools.islice(after, MOVED_HEADER_ROWS)]
        raise columns_missing(path, ws.title, (list(known), missing), head)
    seen: dict[str, int] = {}
    for i, f in cols.items():  # a second "Keputusan" column added by hand: which one decides? (hostile round 6)
        if f in seen:
            raise InputError(
                f"Lembar kerja '{ws.title}' di '{path}' memuat kolom '{header[i]}' dua kali "
                f"(kolom {column_letter(seen[f])} dan {column_letter(i)}); tidak jelas mana yang berlaku",
                hint="Hapus salah satu kolom, lalu jalankan lagi.",
            )
        seen[f] = i
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
