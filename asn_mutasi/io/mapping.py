"""Map detected headers to canonical fields: mapping file, exact alias, then unambiguous fuzzy match.

Order of precedence for one field: the analyst's mapping file (``how = "peta"``), the
canonical name itself (``"nama"``), a known alias (``"alias"``), a fuzzy match of a
header nothing else claimed (``"fuzzy"``, with a warning). Two headers for one field:
the first (leftmost) wins and a ``kolom-ganda`` warning names the one used.
"""

from __future__ import annotations

import csv
import io
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from rapidfuzz import fuzz

from asn_mutasi.errors import ConfigError, SchemaError
from asn_mutasi.findings import Finding, Location, make_finding, suggestion
from asn_mutasi.io.aliases import alias_index, is_ignored, normalize_header
from asn_mutasi.io.headers import HeaderColumn
from asn_mutasi.models import POSITION_ONE_OF, TABLE_KINDS, ColumnInfo

#: headers of the running-number column of Daftar Nominatif sheets
NUMBERING_HEADERS = frozenset({"NO", "NO URUT", "NOMOR", "NOMOR URUT"})

FUZZY_THRESHOLD = 88.0
FUZZY_MARGIN = 4.0  #: the best field must beat the runner-up by this much to be unambiguous
SUGGEST_THRESHOLD = 60.0

ALL_FIELDS: frozenset[str] = frozenset(f for _, fields in TABLE_KINDS.values() for f in fields)


@dataclass
class ColumnMapping:
    """Result of mapping one header: field → column, plus what could not be mapped."""

    columns: dict[str, ColumnInfo] = field(default_factory=dict)
    indices: dict[str, int] = field(default_factory=dict)  #: field → 0-based grid column
    unmapped: list[HeaderColumn] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    missing_from_mapping: dict[str, str] = field(default_factory=dict)  #: field → header not found


def map_columns(
    columns: Sequence[HeaderColumn],
    kind: str,
    *,
    mapping: dict[str, str] | None = None,
    where: Location | None = None,
) -> ColumnMapping:
    """Assign canonical fields of ``kind`` to header columns; findings carry ``where`` (file, sheet, row)."""
    base = where or Location()
    fields = TABLE_KINDS[kind][1]
    index = alias_index(kind)
    result = ColumnMapping()
    assigned: dict[int, str] = {}

    def take(col: HeaderColumn, name: str, how: str, score: float = 100.0) -> None:
        result.columns[name] = ColumnInfo(field=name, letter=col.letter, header=col.text, how=how, score=score)
        result.indices[name] = col.index
        assigned[col.index] = name

    for name, header in (mapping or {}).items():
        if name not in fields:
            continue
        key = normalize_header(header)
        col = next((c for c in columns if c.index not in assigned and key in _keys(c)), None)
        if col is None:
            col = next((c for c in columns if c.index not in assigned and c.letter == header.strip().upper()), None)
        if col is None:
            result.missing_from_mapping[name] = header
            result.findings.append(make_finding("peta-kolom-tidak-ditemukan", replace(base, field=name), header=header))
        else:
            take(col, name, "peta")

    for col in columns:
        if col.index in assigned:
            continue
        hit = _exact(col, index, fields)
        if hit is None:
            continue
        name, how = hit
        if name in result.columns:
            if result.columns[name].how != "peta":
                loc = replace(base, column=col.letter, header=col.text, field=name)
                result.findings.append(make_finding("kolom-ganda", loc, header=result.columns[name].header))
            assigned[col.index] = ""  # claimed: not a candidate for fuzzy matching
            continue
        take(col, name, how)

    for col in columns:
        if col.index in assigned or any(is_ignored(normalize_header(k)) for k in col.keys):
            continue
        ranked = _rank_fields(col, index, exclude=set(result.columns))
        if not ranked:
            continue
        best_field, best_score = ranked[0]
        runner_up = ranked[1][1] if len(ranked) > 1 else 0.0
        if best_score >= FUZZY_THRESHOLD and best_score - runner_up >= FUZZY_MARGIN:
            take(col, best_field, "fuzzy", round(best_score, 1))
            loc = replace(base, column=col.letter, header=col.text, field=best_field)
            result.findings.append(make_finding("kolom-dipetakan-fuzzy", loc, skor=round(best_score)))

    for col in columns:
        if col.index in assigned:
            continue
        result.unmapped.append(col)
        if any(normalize_header(k) in NUMBERING_HEADERS for k in col.keys):
            continue  # the row-number column: nothing to map, nothing to report
        saran = ""
        if not any(is_ignored(normalize_header(k)) for k in col.keys):
            ranked = _rank_fields(col, index, exclude=set(result.columns))
            saran = suggestion(f for f, s in ranked if s >= SUGGEST_THRESHOLD)
        loc = replace(base, column=col.letter, header=col.text)
        result.findings.append(make_finding("kolom-tidak-dikenal", loc, saran=saran))
    return result


def _keys(col: HeaderColumn) -> set[str]:
    return {normalize_header(col.text), *(normalize_header(k) for k in col.keys)}


def _exact(col: HeaderColumn, index: dict[str, str], fields: Sequence[str]) -> tuple[str, str] | None:
    for key in col.keys:
        raw = key.strip()
        if raw in fields:
            return raw, "nama"
        name = index.get(normalize_header(key))
        if name is not None:
            return name, "alias"
    return None


def _rank_fields(col: HeaderColumn, index: dict[str, str], *, exclude: set[str]) -> list[tuple[str, float]]:
    """Return (field, best similarity) pairs for a header, most similar first."""
    best: dict[str, float] = {}
    for key in {normalize_header(k) for k in col.keys}:
        if not key:
            continue
        for alias, name in index.items():
            if name in exclude:
                continue
            score = max(fuzz.ratio(key, alias), fuzz.token_sort_ratio(key, alias))
            if score > best.get(name, 0.0):
                best[name] = score
    return sorted(best.items(), key=lambda item: (-item[1], item[0]))


def missing_required(result: ColumnMapping, kind: str) -> list[str]:
    """Return required fields of ``kind`` that no column maps to (``jabatan``: one of kebutuhan/beban)."""
    missing = [f for f in TABLE_KINDS[kind][0] if f not in result.columns]
    if kind == "jabatan" and not any(f in result.columns for f in POSITION_ONE_OF):
        missing.append(" atau ".join(POSITION_ONE_OF))
    return missing


def schema_error(result: ColumnMapping, kind: str, missing: Sequence[str], where: str) -> SchemaError:
    """Build the Bahasa Indonesia error naming each missing field with likely headers."""
    index = alias_index(kind)
    parts = []
    for name in missing:
        wanted = name.split(" atau ")
        scored: list[tuple[float, str]] = []
        for col in result.unmapped:
            ranked = dict(_rank_fields(col, {a: f for a, f in index.items() if f in wanted}, exclude=set()))
            score = max(ranked.values(), default=0.0)
            if score >= 50.0:
                scored.append((score, col.text))
        scored.sort(key=lambda item: (-item[0], item[1]))
        saran = suggestion(text for _, text in scored).removeprefix("; ")
        note = (
            f" (peta kolom menyebut '{result.missing_from_mapping[name]}', judul itu tidak ada)"
            if name in result.missing_from_mapping
            else ""
        )
        parts.append(f"'{name}'{note}" + (f" — {saran}" if saran else ""))
    message = f"{where}: kolom wajib tidak ditemukan: " + "; ".join(parts)
    headers = ", ".join(f"'{c.text}'" for c in result.unmapped[:15])
    hint = 'Ubah judul kolom atau pakai berkas peta kolom ([kolom] nama_field = "Judul Kolom").'
    if headers:
        hint = f"Judul kolom yang tidak dikenali: {headers}. " + hint
    return SchemaError(message, hint=hint)


def load_mapping(path: str | Path) -> dict[str, str]:
    """Read a column mapping file: TOML ``[kolom]`` (field = "Header") or CSV rows ``field,header``."""
    p = Path(path)
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise ConfigError(f"Berkas peta kolom '{p}' tidak dapat dibaca: {exc.strerror or exc}") from exc
    if p.suffix.lower() == ".toml":
        try:
            doc = tomllib.loads(data.decode("utf-8-sig"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise ConfigError(f"Berkas peta kolom '{p}' bukan TOML yang valid: {exc}") from exc
        table = doc.get("kolom")
        if not isinstance(table, dict):
            raise ConfigError(f"Berkas peta kolom '{p}' tidak punya tabel [kolom]")
        pairs = list(table.items())
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = data.decode("cp1252", errors="replace")
        delimiter = ";" if text.count(";") > text.count(",") else ","
        pairs = [(row[0], row[1]) for row in csv.reader(io.StringIO(text), delimiter=delimiter) if len(row) >= 2]
        if pairs and pairs[0][0].strip().lower() in {"field", "kolom", "nama_field"}:
            pairs = pairs[1:]
    result: dict[str, str] = {}
    unknown = []
    for name, header in pairs:
        key = str(name).strip().lower()
        if key not in ALL_FIELDS:
            unknown.append(str(name))
        elif not isinstance(header, str) or not header.strip():
            raise ConfigError(f"Berkas peta kolom '{p}': judul kolom untuk '{key}' harus teks yang tidak kosong")
        else:
            result[key] = header.strip()
    if unknown:
        known = ", ".join(sorted(ALL_FIELDS))
        raise ConfigError(
            f"Berkas peta kolom '{p}': field tidak dikenal: {', '.join(unknown)}", hint=f"Field yang dikenal: {known}"
        )
    return result
