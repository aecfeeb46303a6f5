"""The audit ledger (buku besar): append-only SQLite rows chained by SHA-256 (issue 16).

:mod:`.store` opens, appends and verifies; :mod:`.report` answers auditors' questions;
:mod:`.export` writes the workbook for Inspektorat/BKN.
"""

from asn_mutasi.ledger.store import DEFAULT_NAME, Entry, Ledger, NewEntry, Verification, resolve_path

__all__ = ["DEFAULT_NAME", "Entry", "Ledger", "NewEntry", "Verification", "resolve_path"]
