"""Questions auditors ask the ledger, as flat rows (canonical Indonesian keys).

- :func:`rounds`: one row per plan round (inputs' hashes, summary, upper bound) with how many
  decisions, applied moves and refusals it has since;
- :func:`history`: one move's or one NIP's story: who decided at which stage, when, in which
  workbook (its SHA-256) made from which roster (its SHA-256), then the apply and the SK number;
- :func:`stopped_moves`: the moves whose stage decisions stopped them (Tolak or Tunda) and that were not applied;
- :func:`flat_entries`: every row with its data flattened, for the export.
"""

from __future__ import annotations

from collections import Counter
from datetime import date
from typing import Any

from asn_mutasi.config import TAHAP
from asn_mutasi.domain.jabatan import unit_in_words
from asn_mutasi.ledger.store import KEPUTUSAN, MUTASI, PENERAPAN, PENOLAKAN, PUTARAN, Entry, Ledger, canonical_json
from asn_mutasi.schema import ROUND_FIELDS as ROUND_FIELDS  # re-exported: the ledger reports these

HISTORY_FIELDS = (
    "nomor",
    "waktu",
    "jenis",
    "id_putaran",
    "id_mutasi",
    "nip",
    "tahap",
    "keputusan",
    "nama_penilai",
    "nip_penilai",
    "tanggal",
    "nomor_dokumen",
    "berkas_rencana",
    "sha256_rencana",
    "sha256_pegawai",
    "keterangan",
)


#: the columns of :func:`stopped_moves` (the audit export's "Keputusan Tolak dan Tunda" sheet)
STOPPED_FIELDS = (
    "id_putaran",
    "id_mutasi",
    "nip",
    "tahap",
    "keputusan",
    "nama_penilai",
    "nip_penilai",
    "tanggal",
    "nomor_dokumen",
    "catatan",
    "nomor",
    "waktu",
    "berkas_rencana",
)


def stopped_moves(entries: list[Entry]) -> list[dict[str, Any]]:
    """The moves a reviewer stopped: a Tolak or Tunda among their latest decision per stage, and no applied move
    (MUTASI) of the round since; the row is that decision at the highest such stage.

    A Baperjakat Tolak or a PPK Tunda was nowhere in the audit export: its refusal sheet holds only the moves the
    recheck refused, and an Inspektorat reader concluded nothing was rejected (walk5, h28). A Tolak overruled by a
    later Setuju that was applied is not listed."""
    applied = {(e.id_putaran, e.id_mutasi) for e in entries if e.jenis == MUTASI}
    latest: dict[tuple[str, str], dict[str, Entry]] = {}
    for e in entries:  # oldest first: a decision read again from a later copy of the workbook replaces the earlier
        if e.jenis == KEPUTUSAN and (e.id_putaran, e.id_mutasi) not in applied:
            latest.setdefault((e.id_putaran, e.id_mutasi), {})[str(e.data.get("tahap", ""))] = e
    rank = {t: i for i, t in enumerate(TAHAP)}
    out = []
    for by_stage in latest.values():
        stops = [e for e in by_stage.values() if e.data.get("keputusan") in ("Tolak", "Tunda")]
        if not stops:
            continue
        e = max(stops, key=lambda x: (rank.get(str(x.data.get("tahap", "")), -1), x.nomor))
        row = {k: e.data.get(k, "") for k in STOPPED_FIELDS}
        out.append(
            row
            | {"id_putaran": e.id_putaran, "id_mutasi": e.id_mutasi, "nip": e.nip, "nomor": e.nomor, "waktu": e.waktu}
        )
    return sorted(out, key=lambda r: (r["id_putaran"], r["id_mutasi"]))


def rounds(ledger: Ledger, entries: list[Entry] | None = None) -> list[dict[str, Any]]:
    """One row per plan round, oldest first. ``entries``: the ledger's entries when the caller has read them already
    (the audit export), so the ledger is read once."""
    entries = ledger.entries() if entries is None else entries
    stopped = Counter(r["id_putaran"] for r in stopped_moves(entries))
    counts: Counter[tuple[str, str]] = Counter()
    applied: dict[str, set[str]] = {}  # a move applied twice (the plan applied again) is one move applied
    refused: dict[str, set[str]] = {}  # a move refused by each of three rejected runs is one move refused
    for e in entries:
        counts[(e.id_putaran, e.jenis)] += 1
        if e.jenis == MUTASI:
            applied.setdefault(e.id_putaran, set()).add(e.id_mutasi)
        elif e.jenis == PENOLAKAN:
            refused.setdefault(e.id_putaran, set()).add(e.id_mutasi)
    out = []
    for e in (e for e in entries if e.jenis == PUTARAN):
        summary = e.data.get("ringkasan") or {}
        out.append(
            {
                "id_putaran": e.id_putaran,
                "waktu": e.waktu,
                "berkas_rencana": e.data.get("berkas_rencana", ""),
                "sha256_pegawai": e.data.get("sha256_pegawai", ""),
                "tanggal_acuan": e.data.get("tanggal_acuan", ""),
                "pindah": summary.get("pindah"),
                "lowongan_terisi": summary.get("lowongan_terisi"),
                "batas_atas_lowongan_terisi": e.data.get("batas_atas"),
                # under --rotasi the bound above is the fill without rotation; the plan optimises a fill whose bound is
                # this one (a round read "lowongan terisi 20, batas atas 31" beside "optimal"; walk2, h30)
                "batas_atas_dengan_rotasi": summary.get("batas_atas_dengan_rotasi"),
                "status_solver": summary.get("status_solver", summary.get("metode_penyelesaian", "")),
                "indeks_ketimpangan_sebelum": summary.get("indeks_ketimpangan_sebelum"),
                # the plan's own figure; rounds recorded before it had its own name hold it as "_sesudah", the name
                # `bandingkan` gives the index measured after applying (walk9, h32)
                "indeks_ketimpangan_dengan_rencana": summary.get(
                    "indeks_ketimpangan_dengan_rencana", summary.get("indeks_ketimpangan_sesudah")
                ),
                "keputusan_dicatat": counts[(e.id_putaran, KEPUTUSAN)],
                "mutasi_diterapkan": len(applied.get(e.id_putaran, ())),
                # approved moves the recheck refused and no later run applied (walkthrough: three refused runs of an
                # applied 87-move plan showed 252)
                "mutasi_ditolak_pemeriksaan_ulang": len(
                    refused.get(e.id_putaran, set()) - applied.get(e.id_putaran, set())
                ),
                # stopped by a reviewer (Tolak/Tunda), not by the recheck: the count above was 0 beside a Baperjakat
                # Tolak and a PPK Tunda (walk5, h28)
                "keputusan_tolak_tunda": stopped[e.id_putaran],
                "versi": e.data.get("versi", ""),
            }
        )
    return out


def _roster_hash(round_entry: Entry | None) -> str:
    return str(round_entry.data.get("sha256_pegawai", "")) if round_entry else ""


def _describe(e: Entry) -> str:
    d = e.data
    if e.jenis == KEPUTUSAN:
        return f"{d.get('keputusan', '')} di tahap {d.get('tahap', '')} oleh {d.get('nama_penilai') or '(tanpa nama)'}"
    if e.jenis == MUTASI:
        return (
            # units in words ("UPT Puskesmas X pada Dinas Kesehatan"), never their "OPD | unit" key (walk6, h31)
            f"Diterapkan: {d.get('jabatan_asal', '')} ({unit_in_words(d.get('unit_asal', ''))}) → "
            f"{d.get('jabatan_tujuan', '')} ({unit_in_words(d.get('unit_tujuan', ''))}), TMT {_shown_date(d.get('tmt'))}"
        )
    if e.jenis == PENOLAKAN:
        return f"Tidak diterapkan: {d.get('alasan', '')}"
    if e.jenis == PENERAPAN:
        state = (
            "ditolak" if not d.get("berhasil") else "berhasil" if d.get("ditulis", True) else "diperiksa tanpa menulis"
        )
        extra = "; perubahan data pegawai diabaikan atas permintaan" if d.get("abaikan_perubahan_data") else ""
        return f"Penerapan rencana {state}: {d.get('diterapkan', 0)} mutasi diterapkan{extra}"
    return f"Rencana dibuat: {d.get('ringkasan', {}).get('pindah', '')} mutasi diusulkan"


def _shown_date(value: Any) -> str:
    """A date the ledger keeps as ISO text, as people read it (dd-mm-yyyy): the sentence said "TMT 2027-01-01" beside
    a TMT column showing 01-01-2027 (walk, h30). Anything else is shown as kept."""
    from asn_mutasi.formatting import format_date

    text = str(value or "")
    try:
        return format_date(date.fromisoformat(text[:10])) if len(text) >= 10 else text
    except ValueError:
        return text


def _head(e: Entry) -> dict[str, Any]:
    """The fields every ledger row starts with: its number, time, kind, round, move and NIP."""
    return {
        "nomor": e.nomor,
        "waktu": e.waktu,
        "jenis": e.jenis,
        "id_putaran": e.id_putaran,
        "id_mutasi": e.id_mutasi,
        "nip": e.nip,
    }


def history(ledger: Ledger, *, nip: str | None = None, id_mutasi: str | None = None) -> list[dict[str, Any]]:
    """The rows about one NIP (or one move), oldest first, each with the data it was decided on."""
    by_round = {e.id_putaran: e for e in ledger.entries(jenis=PUTARAN)}
    picked = [e for e in ledger.entries(nip=nip) if id_mutasi is None or e.id_mutasi == id_mutasi]
    out = []
    for e in picked:
        d = e.data
        decided = e.jenis in (KEPUTUSAN, MUTASI)
        out.append(
            {
                **_head(e),
                "tahap": d.get("tahap", ""),
                "keputusan": d.get("keputusan", "Setuju" if e.jenis == MUTASI else ""),
                "nama_penilai": d.get("nama_penilai", "") if decided else "",
                "nip_penilai": d.get("nip_penilai", "") if decided else "",
                "tanggal": d.get("tanggal", ""),
                "nomor_dokumen": d.get("nomor_dokumen", d.get("nomor_sk", "")),
                "berkas_rencana": d.get("berkas_rencana", ""),
                "sha256_rencana": d.get("sha256_rencana", ""),
                "sha256_pegawai": d.get("sha256_pegawai") or _roster_hash(by_round.get(e.id_putaran)),
                "keterangan": _describe(e),
            }
        )
    return out


def _flatten(data: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    out: dict[str, Any] = {}
    for k, v in data.items():
        key = f"{prefix}{k}"
        if isinstance(v, dict):
            out.update(_flatten(v, key + "."))
        elif isinstance(v, list):
            out[key] = canonical_json(v)
        else:
            out[key] = v
    return out


def flat_entries(entries: list[Entry]) -> list[dict[str, Any]]:
    """Every row with its data as ``data`` (JSON text) — exactly what the hash covers."""
    return [
        {
            **_head(e),
            "data": canonical_json(e.data),
            "hash_sebelum": e.hash_sebelum,
            "hash": e.hash,
        }
        for e in entries
    ]


def kind_rows(entries: list[Entry], jenis: str) -> list[dict[str, Any]]:
    """Rows of one kind with their data flattened into columns (for one export sheet)."""
    return [
        {
            "nomor": e.nomor,
            "waktu": e.waktu,
            "id_putaran": e.id_putaran,
            "id_mutasi": e.id_mutasi,
            "nip": e.nip,
            **_flatten({k: v for k, v in e.data.items() if k != "pengaturan"}),
        }
        for e in entries
        if e.jenis == jenis
    ]
