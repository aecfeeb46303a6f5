"""The audit ledger (buku besar): an append-only SQLite table with a SHA-256 hash chain.

One file per agency. Every row stores ``hash = sha256(hash_sebelum + canonical JSON of the
row)`` where the row is its number, time, kind, round, move, NIP and data, and
``hash_sebelum`` is the previous row's hash ("" for the first row). Editing or deleting a
row breaks the chain from that row on, which :meth:`Ledger.verify` reports. Triggers refuse
UPDATE and DELETE through SQLite itself; the chain catches edits made around them (a copy
of the file edited with the triggers dropped). Deleting rows at the end leaves a valid,
shorter chain: auditors keep the head hash :meth:`Ledger.verify` prints (and the export),
and give it to the next check (``verify(known=...)``, ``buku-besar verifikasi --hash-sebelumnya``),
which fails when no row has it any more.

Concurrency: WAL mode, and each append runs in one ``BEGIN IMMEDIATE`` transaction that
reads the last hash and inserts its rows, so two processes appending at once serialise on
SQLite's write lock (``busy_timeout``) and never fork the chain.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sqlite3
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from asn_mutasi.errors import InputError, OutputError, os_reason

SCHEMA_VERSION = "1"
#: the default file name, beside the plan workbook
DEFAULT_NAME = "buku_besar_mutasi.sqlite"
#: kinds of rows (jenis)
PUTARAN = "putaran"  #: a plan round: inputs' hashes, settings, summary, upper bound
KEPUTUSAN = "keputusan"  #: one stage decision read back from a plan workbook
PENERAPAN = "penerapan"  #: one apply run: workbook hash, roster hash, outcome, override
MUTASI = "mutasi"  #: one applied move, with its SK number
PENOLAKAN = "penolakan"  #: one approved move refused at apply time (re-check, stage)
KINDS = (PUTARAN, KEPUTUSAN, PENERAPAN, MUTASI, PENOLAKAN)

_COLUMNS = ("nomor", "waktu", "jenis", "id_putaran", "id_mutasi", "nip", "data", "hash_sebelum", "hash")
_SCHEMA = """
CREATE TABLE IF NOT EXISTS catatan (
    nomor INTEGER PRIMARY KEY,
    waktu TEXT NOT NULL,
    jenis TEXT NOT NULL,
    id_putaran TEXT NOT NULL DEFAULT '',
    id_mutasi TEXT NOT NULL DEFAULT '',
    nip TEXT NOT NULL DEFAULT '',
    data TEXT NOT NULL,
    hash_sebelum TEXT NOT NULL,
    hash TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS catatan_nip ON catatan (nip);
CREATE INDEX IF NOT EXISTS catatan_putaran ON catatan (id_putaran);
CREATE TABLE IF NOT EXISTS info (kunci TEXT PRIMARY KEY, nilai TEXT NOT NULL);
CREATE TRIGGER IF NOT EXISTS catatan_tanpa_ubah BEFORE UPDATE ON catatan
BEGIN SELECT RAISE(ABORT, 'buku besar hanya boleh ditambah'); END;
CREATE TRIGGER IF NOT EXISTS catatan_tanpa_hapus BEFORE DELETE ON catatan
BEGIN SELECT RAISE(ABORT, 'buku besar hanya boleh ditambah'); END;
"""


def canonical_json(value: Any) -> str:
    """JSON with sorted keys, no spaces, UTF-8 text: the same data always gives the same text."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)


def row_hash(prev_hash: str, row: Mapping[str, Any]) -> str:
    """``sha256(prev_hash + canonical JSON of the row without its hash fields)``."""
    body = {k: row[k] for k in _COLUMNS if k not in ("hash", "hash_sebelum")}
    return hashlib.sha256((prev_hash + canonical_json(body)).encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Entry:
    """One ledger row; ``data`` is the decoded JSON object."""

    nomor: int
    waktu: str
    jenis: str
    id_putaran: str
    id_mutasi: str
    nip: str
    data: dict[str, Any]
    hash_sebelum: str
    hash: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "nomor": self.nomor,
            "waktu": self.waktu,
            "jenis": self.jenis,
            "id_putaran": self.id_putaran,
            "id_mutasi": self.id_mutasi,
            "nip": self.nip,
            "data": self.data,
            "hash_sebelum": self.hash_sebelum,
            "hash": self.hash,
        }


@dataclass(frozen=True)
class NewEntry:
    """A row to append (number, time and hashes are given by :meth:`Ledger.append`)."""

    jenis: str
    data: Mapping[str, Any]
    id_putaran: str = ""
    id_mutasi: str = ""
    nip: str = ""


@dataclass(frozen=True)
class Verification:
    """The result of checking the chain: ``ok``, rows checked, the first broken row and the head hash."""

    ok: bool
    jumlah: int
    nomor_rusak: int | None = None
    alasan: str = ""
    hash_terakhir: str = ""
    #: hashes asked for (:meth:`Ledger.verify` ``known``) that no row of the checked chain has
    hilang: tuple[str, ...] = ()


class Ledger:
    """An open ledger file; use as a context manager or call :meth:`close`."""

    def __init__(self, path: str | Path, *, create: bool = True, timeout: float = 30.0) -> None:
        """Open (with ``create``: make) the ledger at ``path``.

        Raises :class:`InputError` when the file is no SQLite database, another program's database, or a
        damaged one (``PRAGMA quick_check``): nothing is read from it or written into it then. Without
        ``create`` nothing is ever written (an empty file stays empty).
        """
        self.path = Path(path)
        new = create and not self.path.exists()  #: made here: removed again when its making fails
        try:
            if not create and not self.path.is_file():
                what = "adalah folder, bukan berkas" if self.path.is_dir() else "tidak ditemukan"
                raise InputError(f"Buku besar '{self.path}' {what}")
            if create and not self.path.parent.is_dir():  # was made silently, where -o into one is refused (hostile10,
                raise OutputError(  # h29): a typo in the path kept the round's record in a folder nobody looks in
                    f"Buku besar '{self.path}' tidak dapat dibuat: folder '{self.path.parent}' tidak ada",
                    hint="Periksa --buku-besar atau [tata_kelola] buku_besar: foldernya harus ada dan dapat ditulisi.",
                )
            if not create and not _writable(self.path):
                # an auditor's read-only copy: WAL mode wants a writable -shm file even to read, so SQLite said
                # "unable to open" and the ledger was called damaged. Opened immutable it reads as it is; with a
                # -wal file beside it (entries not yet checkpointed) read-only, so those entries are read too
                wal = any(Path(f"{self.path}{end}").exists() for end in ("-wal", "-shm"))
                uri = self.path.resolve().as_uri() + ("?mode=ro" if wal else "?mode=ro&immutable=1")
                self.conn = sqlite3.connect(uri, uri=True, timeout=timeout, isolation_level=None)
            else:
                self.conn = sqlite3.connect(self.path, timeout=timeout, isolation_level=None)  # (opens nothing yet)
        except OSError as exc:  # a name too long, a folder that is a file, no permission
            raise OutputError(f"Buku besar '{self.path}' tidak dapat dibuka atau dibuat: {os_reason(exc)}") from exc
        except sqlite3.OperationalError as exc:  # sqlite cannot open the file there ("unable to open database file")
            raise OutputError(
                f"Buku besar '{self.path}' tidak dapat dibuka atau dibuat di folder itu",
                hint="Periksa --buku-besar atau [tata_kelola] buku_besar: foldernya harus ada dan dapat ditulisi.",
            ) from exc
        try:
            # autocommit mode: transactions are opened explicitly (BEGIN IMMEDIATE)
            self.conn.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
            self._check(create)
            mode = self.conn.execute("PRAGMA journal_mode = WAL" if create else "PRAGMA journal_mode").fetchone()[0]
            if create:
                with self._transaction():
                    for statement in _SCHEMA.split(";\n"):
                        if statement.strip():
                            self.conn.execute(statement)
                    self.conn.execute(
                        "INSERT OR IGNORE INTO info (kunci, nilai) VALUES ('versi_skema', ?)", (SCHEMA_VERSION,)
                    )
        except sqlite3.DatabaseError as exc:
            self.conn.close()
            if new:  # a disk full or a file size limit while making it: the file is no damaged ledger, but none
                self._remove_unmade()
                raise OutputError(
                    f"Buku besar '{self.path}' tidak dapat dibuat: {_sqlite_reason(exc)}",
                    hint="Periksa ruang disk dan izin folder, lalu jalankan lagi.",
                ) from exc
            raise self.damaged(exc) from exc
        except BaseException:
            self.conn.close()
            if new:
                self._remove_unmade()
            raise
        self.journal_mode = str(mode)

    @staticmethod
    def unmade(path: Path) -> bool:
        """Whether ``path`` is a ledger whose making was cut off before its tables were written (an empty file, or
        a database without tables: the process killed while creating it). Recording makes it anew; refused, it
        blocked every later run ("bukan buku besar asn-mutasi (kosong)"; hostile-input campaign, h25)."""
        try:
            if path.stat().st_size == 0:
                return True
            probe = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=1.0)
            try:
                return probe.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] == 0
            finally:
                probe.close()
        except (sqlite3.Error, OSError):
            return False

    def _remove_unmade(self) -> None:
        """Remove a ledger file (and its WAL files) this run began and could not finish: left behind, an empty
        database blocked every later run ("bukan buku besar asn-mutasi (kosong)"; hostile-input campaign, h24).
        Never a ledger: a file that holds the ledger's tables (another run made it meanwhile and wrote to it; this
        run only waited for its lock) stays."""
        try:
            probe = sqlite3.connect(f"{self.path.resolve().as_uri()}?mode=ro", uri=True, timeout=1.0)
            try:
                tables = {str(r[0]) for r in probe.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            finally:
                probe.close()
        except (sqlite3.Error, OSError):
            tables = set()
        if tables & {"catatan", "info"}:
            return
        for end in ("", "-wal", "-shm", "-journal"):
            with contextlib.suppress(OSError):
                Path(f"{self.path}{end}").unlink()

    def _check(self, create: bool) -> None:
        """Refuse another program's database, or a damaged one, before anything is read or written."""
        tables = {str(r[0]) for r in self.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if not tables and create:
            return  # a new ledger
        if not {"catatan", "info"} <= tables:
            what = "kosong" if not tables else "basis data SQLite lain"
            raise InputError(
                f"Berkas '{self.path}' bukan buku besar asn-mutasi ({what})",
                hint="Periksa --buku-besar atau [tata_kelola] buku_besar: buku besar dibuat oleh 'asn-mutasi rencana'.",
            )
        status = self.conn.execute("PRAGMA quick_check(1)").fetchone()[0]
        if status != "ok":
            raise sqlite3.DatabaseError(str(status))
        found = self.conn.execute("SELECT nilai FROM info WHERE kunci = 'versi_skema'").fetchone()
        if found is not None and str(found[0]) != SCHEMA_VERSION:  # rows this version cannot vouch for
            raise InputError(
                f"Buku besar '{self.path}' bertanda versi skema {found[0]}, bukan {SCHEMA_VERSION} yang dikenal versi "
                "asn-mutasi ini: tidak dibaca atau ditulisi",
                hint="Pakai versi asn-mutasi yang membuatnya, atau pulihkan buku besar dari cadangan bila tanda itu diubah.",
            )

    def damaged(self, exc: sqlite3.DatabaseError) -> InputError:
        """The error of a ledger file SQLite cannot read (not a database, or damaged)."""
        why = "bukan berkas SQLite" if "not a database" in str(exc) else "rusak atau tidak dapat dibuka"
        return InputError(
            f"Berkas '{self.path}' bukan buku besar SQLite yang dapat dibuka: {why}",
            hint="Pulihkan buku besar dari cadangan; jangan menulis putaran baru ke berkas yang rusak.",
        )

    # --- lifecycle -------------------------------------------------------------------------
    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Ledger:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    # --- writing ---------------------------------------------------------------------------
    def append(self, entries: Iterable[NewEntry], *, waktu: datetime | None = None) -> list[Entry]:
        """Append ``entries`` in one transaction, chained to the current last row; return them."""
        stamp = (waktu or datetime.now().astimezone()).isoformat(timespec="seconds")
        written: list[Entry] = []
        try:
            with self._transaction():
                last = self.conn.execute("SELECT nomor, hash FROM catatan ORDER BY nomor DESC LIMIT 1").fetchone()
                nomor, prev = (int(last[0]), str(last[1])) if last else (0, "")
                for item in entries:
                    if item.jenis not in KINDS:
                        raise ValueError(f"unknown ledger kind {item.jenis!r}")
                    nomor += 1
                    data = json.loads(canonical_json(dict(item.data)))  # stored exactly as hashed
                    row = {
                        "nomor": nomor,
                        "waktu": stamp,
                        "jenis": item.jenis,
                        "id_putaran": item.id_putaran,
                        "id_mutasi": item.id_mutasi,
                        "nip": item.nip,
                        "data": data,
                    }
                    digest = row_hash(prev, row)
                    self.conn.execute(
                        f"INSERT INTO catatan ({', '.join(_COLUMNS)}) VALUES ({', '.join('?' * len(_COLUMNS))})",
                        (
                            nomor,
                            stamp,
                            item.jenis,
                            item.id_putaran,
                            item.id_mutasi,
                            item.nip,
                            canonical_json(data),
                            prev,
                            digest,
                        ),
                    )
                    written.append(
                        Entry(nomor, stamp, item.jenis, item.id_putaran, item.id_mutasi, item.nip, data, prev, digest)
                    )
                    prev = digest
        except sqlite3.DatabaseError as exc:
            raise OutputError(f"Buku besar '{self.path}' tidak dapat ditulis: {_sqlite_reason(exc)}") from exc
        return written

    # --- reading ---------------------------------------------------------------------------
    def entries(
        self, *, jenis: str | None = None, nip: str | None = None, id_putaran: str | None = None
    ) -> list[Entry]:
        """Rows in order, optionally only one kind, one NIP or one round."""
        where, args = [], []
        for column, value in (("jenis", jenis), ("nip", nip), ("id_putaran", id_putaran)):
            if value is not None:
                where.append(f"{column} = ?")
                args.append(value)
        sql = f"SELECT {', '.join(_COLUMNS)} FROM catatan"
        if where:
            sql += " WHERE " + " AND ".join(where)
        try:
            rows = self.conn.execute(sql + " ORDER BY nomor", args).fetchall()
        except sqlite3.DatabaseError as exc:  # damaged past what quick_check saw
            raise self.damaged(exc) from exc
        return [_entry(r) for r in rows]

    def verify(self, known: Iterable[str] = ()) -> Verification:
        """Recompute the chain from the first row; report the first row that does not match.

        ``known``: row hashes noted at earlier checks (a head hash printed then). Deleting rows at the
        end leaves a valid, shorter chain; a noted hash that no row has any more shows it
        (:attr:`Verification.hilang`, and ``ok`` False).
        """
        try:
            return self._verify(tuple(dict.fromkeys(known)))
        except sqlite3.DatabaseError as exc:  # damaged past what quick_check saw
            raise self.damaged(exc) from exc

    def _verify(self, asked: tuple[str, ...]) -> Verification:
        pending = set(asked)
        prev, count, expected = "", 0, 1
        for raw in self.conn.execute(f"SELECT {', '.join(_COLUMNS)} FROM catatan ORDER BY nomor"):
            count += 1
            try:
                nomor = int(raw[0])
            except (TypeError, ValueError):
                return Verification(False, count, None, "nomor catatan bukan bilangan", prev)
            try:
                data = json.loads(raw[6])
            except (TypeError, ValueError, RecursionError):
                return Verification(False, count, nomor, "data bukan JSON", prev)
            row = dict(zip(_COLUMNS, raw, strict=True)) | {"data": data}
            if nomor != expected:
                return Verification(False, count, nomor, f"catatan #{expected} hilang", prev)
            if raw[7] != prev:
                return Verification(False, count, nomor, "hash catatan sebelumnya berbeda", prev)
            if row_hash(prev, row) != raw[8]:
                return Verification(False, count, nomor, "isi catatan diubah", prev)
            prev, expected = str(raw[8]), expected + 1
            pending.discard(prev)
        hilang = tuple(h for h in asked if h in pending)
        return Verification(not hilang, count, None, "", prev, hilang)


def _sqlite_reason(exc: sqlite3.DatabaseError) -> str:
    """SQLite's failure in Bahasa Indonesia (its own words are English)."""
    text = str(exc).casefold()
    if "full" in text:
        return "disk penuh (atau batas ukuran berkas tercapai)"
    if "readonly" in text or "read-only" in text:
        return "folder atau berkasnya hanya bisa dibaca"
    if "disk i/o" in text or "i/o" in text:
        return "kesalahan baca/tulis disk"
    return "SQLite menolak menulisnya"


def _writable(path: Path) -> bool:
    """Whether this process may write the ledger file and its folder (where SQLite keeps its -wal/-shm files)."""
    return os.access(path, os.W_OK) and os.access(path.parent if str(path.parent) else Path("."), os.W_OK)


def _entry(raw: Sequence[Any]) -> Entry:
    """One row as an :class:`Entry`; a hand-edited row whose ``data`` is no JSON object (a list, a number, JSON
    nested thousands deep) is kept as ``{"_rusak": text}`` for the chain check to name, not a crash."""
    try:
        data = json.loads(raw[6])
    except (TypeError, ValueError, RecursionError):
        data = None
    if not isinstance(data, dict):
        data = {"_rusak": str(raw[6])[:200]}
    try:
        nomor = int(raw[0])
    except (TypeError, ValueError) as exc:
        raise InputError(
            f"Buku besar rusak: nomor catatan '{str(raw[0])[:40]}' bukan bilangan",
            hint="Pulihkan buku besar dari cadangan; jangan menulis putaran baru ke berkas yang rusak.",
        ) from exc
    return Entry(nomor, str(raw[1]), str(raw[2]), str(raw[3]), str(raw[4]), str(raw[5]), data, str(raw[7]), str(raw[8]))


def default_path(beside: str | Path) -> Path:
    """The default ledger file beside a plan workbook."""
    return Path(beside).resolve().parent / DEFAULT_NAME


def resolve_path(explicit: str | Path | None, configured: str, beside: str | Path | None) -> Path | None:
    """The ledger to use: ``--buku-besar``, else ``[tata_kelola] buku_besar``, else beside the plan."""
    if explicit is not None and str(explicit):
        return Path(explicit)
    if configured:
        return Path(configured)
    return default_path(beside) if beside is not None else None
