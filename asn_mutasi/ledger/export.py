"""Export the ledger to one workbook for auditors (Inspektorat, BKN): rounds, the decision trail,
applied and refused moves, every row exactly as hashed, and the chain check."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd

from asn_mutasi.formatting import local_moment as _moment
from asn_mutasi.formatting import local_zone as _zone
from asn_mutasi.io.report_workbook import with_opd_columns
from asn_mutasi.io.writers import write_simple_xlsx
from asn_mutasi.labels import BOOLEAN_LABELS, ROUND_LABELS, VALUE_LABELS, label
from asn_mutasi.ledger.report import (
    HISTORY_FIELDS,
    ROUND_FIELDS,
    STOPPED_FIELDS,
    flat_entries,
    history,
    kind_rows,
    rounds,
    stopped_moves,
)
from asn_mutasi.ledger.store import MUTASI, PENERAPAN, PENOLAKAN, Ledger

#: Excel headers of the canonical keys shown to auditors
HEADERS = {
    **ROUND_LABELS,
    "nomor": "No. Catatan",
    "waktu": "Waktu Dicatat",
    "jenis": "Jenis",
    "id_putaran": "ID Putaran",
    "id_mutasi": "ID Mutasi",
    "nip": "NIP",
    "nama": "Nama",
    "tahap": "Tahap",
    "keputusan": "Keputusan",
    "nama_penilai": "Nama Penilai",
    "nip_penilai": "NIP Penilai",
    "tanggal": "Tanggal Keputusan",
    "nomor_dokumen": "Nomor Berita Acara/SK",
    "berkas_rencana": "Berkas Rencana",
    "sha256_rencana": "SHA-256 Buku Kerja Rencana",
    "sha256_pegawai": "SHA-256 Data Pegawai",
    "sha256_pegawai_rencana": "SHA-256 Data Pegawai saat Rencana Disusun",
    "keterangan": "Keterangan",
    "catatan": "Catatan Penilai",
    "temuan": "Temuan Pemeriksaan (kode: jumlah)",
    "data": "Data (JSON yang di-hash)",
    "hash_sebelum": "Hash Sebelumnya",
    "hash": "Hash",
}
#: the figures among them, written as numbers (every header was text: an auditor's SUM over "Mutasi Diterapkan" was 0)
_FIGURES = frozenset(
    {
        "nomor",
        "pindah",
        "lowongan_terisi",
        "batas_atas_lowongan_terisi",
        "batas_atas_dengan_rotasi",
        "indeks_ketimpangan_sebelum",
        "indeks_ketimpangan_dengan_rencana",
        "keputusan_dicatat",
        "mutasi_diterapkan",
        "mutasi_ditolak_pemeriksaan_ulang",
        "keputusan_tolak_tunda",  # was text '10' beside numbers, left out of a SUM (walk6, h29)
    }
)
TEXT = (
    *(h for k, h in HEADERS.items() if k not in _FIGURES),
    "nip",
    "nip_penilai",
    "nomor_sk",
    "sha256_rencana",
    "sha256_pegawai",
)


#: the columns of a refused move's entry (governance.record_apply): the Mutasi Ditolak sheet's headers when it is empty
REFUSAL_FIELDS = (
    "nomor",
    "waktu",
    "id_putaran",
    "id_mutasi",
    "nip",
    "berkas_rencana",
    "sha256_rencana",
    "alasan",
    "kode",
)


#: the order of a flattened entry's columns: the record, then the move as it reads (who, from, to, when, on whose
#: decision), then the run's figures, the files and their hashes last; other keys follow in recorded order (the
#: columns were alphabetical: 'Berkas Rencana', 'Jabatan Asal', ..., no Nama; walk5, h28)
COLUMN_ORDER = (
    "nomor",
    "waktu",
    "id_putaran",
    "id_mutasi",
    "nip",
    "nama",
    "jabatan_asal",
    "kode_jabatan_asal",
    "unit_asal",
    "jabatan_tujuan",
    "kode_jabatan_tujuan",
    "unit_tujuan",
    "tmt",
    "tahap",
    "keputusan",
    "nama_penilai",
    "nip_penilai",
    "tanggal",
    "nomor_sk",
    "nomor_dokumen",
    "alasan",
    "kode",
    "berhasil",
    "ditulis",
    "diterapkan",
    "ditolak_pemeriksaan_ulang",
    "abaikan_perubahan_data",
    "temuan",
)
_LAST = ("berkas_pegawai", "berkas_rencana", "sha256_pegawai", "sha256_pegawai_rencana", "sha256_rencana")
#: ISO dates of the ledger written as date cells (they were text "2026-12-15")
_DATES = frozenset({"tanggal", "tmt", "tanggal_acuan"})


def _ordered(rows: list[dict[str, object]]) -> list[str]:
    """The keys of ``rows`` in :data:`COLUMN_ORDER`, then the unnamed ones as recorded, then :data:`_LAST`."""
    keys = list(dict.fromkeys(k for r in rows for k in r))
    known = [k for k in COLUMN_ORDER if k in keys]
    last = [k for k in _LAST if k in keys]
    return known + [k for k in keys if k not in known and k not in last] + last


def _day(value: object) -> object:
    """A recorded ISO date (YYYY-MM-DD) as a date cell; anything else unchanged."""
    if not isinstance(value, str) or len(value) != 10:
        return value
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return value


def _findings_in_one(rows: list[dict[str, object]]) -> list[dict[str, object]]:
    """An apply run's finding counts (flattened ``temuan.<code>``) in one ``temuan`` cell, "code: n; code: n": a
    column per code put the finding codes in the headers ("Temuan: tahap-tanggal-sebelum-rencana"), where words
    belong, and widened the sheet with every new code (walk7, h32)."""
    if not any(k.startswith("temuan.") for r in rows for k in r):
        return rows
    out = []
    for row in rows:
        counts = {k.removeprefix("temuan."): v for k, v in row.items() if k.startswith("temuan.")}
        kept = {k: v for k, v in row.items() if not k.startswith("temuan.")}
        out.append(kept | {"temuan": "; ".join(f"{code}: {n}" for code, n in counts.items() if n)})
    return out


def _frame(rows: list[dict[str, object]], fields: tuple[str, ...] | None = None) -> pd.DataFrame:
    # a unit told apart by OPD: the OPD in a column before the unit as written, as the report sheets show it (Mutasi
    # Diterapkan printed the "Dinas Kesehatan | UPT Puskesmas X" key; walk6, h31); Semua Catatan keeps the JSON hashed
    rows = _findings_in_one(rows)
    frame = with_opd_columns(pd.DataFrame(rows, columns=list(fields) if fields else _ordered(rows)))
    zone, zone_name = _zone()
    for key in frame.columns:  # times in the exporting computer's zone, named in the header; dates as date cells
        if key == "waktu":
            frame[key] = frame[key].map(lambda v: _moment(v, zone)).astype(object)
        elif key in _DATES:
            frame[key] = frame[key].map(_day).astype(object)
    for col in frame.columns:  # coded values and booleans in words (the hashed JSON keeps them as recorded)
        values = frame[col]
        if str(col) in VALUE_LABELS:
            values = values.replace(VALUE_LABELS[str(col)])
        booleans = values.map(lambda v: isinstance(v, bool)).astype(bool)  # True/False only, not 1/0
        frame[col] = values.where(~booleans, values.map(BOOLEAN_LABELS)) if booleans.any() else values
    # every header in words: a key the table above does not name takes the product's label ("Berkas Pegawai", not
    # "berkas_pegawai"; an audit export mixed the two)
    headers = {c: _header(str(c)) for c in frame.columns} | ({"waktu": f"{HEADERS['waktu']} ({zone_name})"})
    return frame.rename(columns=headers)


def _header(key: str) -> str:
    """The auditor's header of a key: the table above, else the product's label."""
    return HEADERS[key] if key in HEADERS else label(key)


def export_ledger(ledger: Ledger, path: str | Path, *, overwrite: bool = False) -> None:
    """Write the audit workbook; the Verifikasi sheet records the chain check at export time."""
    entries = ledger.entries()
    check = ledger.verify()
    verification = pd.DataFrame(
        [
            ("Berkas buku besar", str(ledger.path)),
            ("Jumlah catatan", str(check.jumlah)),
            ("Rantai hash utuh", "Ya" if check.ok else "Tidak"),
            ("Catatan pertama yang rusak", "" if check.nomor_rusak is None else str(check.nomor_rusak)),
            ("Alasan", check.alasan),
            ("Hash terakhir (simpan untuk pemeriksaan berikutnya)", check.hash_terakhir),
            (
                "Cara memeriksa",
                "hash = SHA-256(hash sebelumnya + JSON kanonik catatan: nomor, waktu, jenis, "
                "id_putaran, id_mutasi, nip, data; kunci diurutkan, tanpa spasi)",
            ),
        ],
        columns=["Butir", "Nilai"],
    )
    refused = kind_rows(entries, PENOLAKAN)
    stopped = stopped_moves(entries)
    sheets = {
        "Putaran": _frame(rounds(ledger, entries), ROUND_FIELDS),
        "Riwayat Mutasi": _frame([r for r in history(ledger) if r["nip"]], HISTORY_FIELDS),
        "Penerapan": _frame(kind_rows(entries, PENERAPAN)),
        "Mutasi Diterapkan": _frame(kind_rows(entries, MUTASI)),
        # the reviewers' final Tolak/Tunda, then the moves the recheck refused, each sheet named for what it holds
        # (one "Mutasi Ditolak" sheet held the recheck's only and was empty beside a Baperjakat Tolak; walk5, h28);
        # headed even when empty (the sheet was blank, not even its headers)
        "Keputusan Tolak dan Tunda": _frame(stopped, STOPPED_FIELDS),
        "Ditolak Pemeriksaan Ulang": _frame(refused, None if refused else REFUSAL_FIELDS),
        "Semua Catatan": _frame(flat_entries(entries)),
        "Verifikasi": verification,
    }
    write_simple_xlsx(
        path, sheets, overwrite=overwrite, text_columns=TEXT, inputs=[ledger.path], one_line=[HEADERS["data"]]
    )
