"""One output sanitiser: no spreadsheet formula in any CSV, TSV or workbook this tool writes.

A roster is untrusted text. A name typed as ``=HYPERLINK("http://…")`` or
``=cmd|' /C notepad'!A0`` becomes an active formula when a CSV output is opened in
Excel or LibreOffice ("CSV injection"). Following the OWASP guidance
(https://owasp.org/www-community/attacks/CSV_Injection), every text cell that starts
with ``=``, ``+``, ``-``, ``@``, or with whitespace (a tab, a carriage return, spaces, a line feed) before one
of those, is written with a leading apostrophe in CSV, which spreadsheets display as text ("\\r\\n  Laki-laki" is a
wrapped cell, not a formula). Numbers stay numbers: a numeric
value is never touched, and neither is text that is only a number (``-5``, ``+628123``)
or a placeholder of dashes (``-``, ``--``: an app's empty date "$d-$m-$y"), which no spreadsheet evaluates.

Workbooks (xlsxwriter) store such text with ``write_string``, never as a formula; every
workbook writer opens xlsxwriter with :func:`asn_mutasi.io.writers.xlsx_options`, whose
``strings_to_formulas=False`` makes even ``worksheet.write`` store text.

The opt-out ``raw=True`` (CLI ``--csv-mentah``) writes text exactly as read, for
pipelines that feed the CSV to another program rather than to a spreadsheet.
"""

from __future__ import annotations

import csv
import functools
import re
from collections.abc import Sequence
from typing import IO, Any

#: whitespace a spreadsheet may trim before it looks for a formula (OWASP names tab and CR; LibreOffice's "trim
#: spaces" and Google Sheets trim the rest): a cell "  =HYPERLINK(…)" or "\n=1" is a formula once trimmed. Exactly the
#: characters :meth:`str.isspace` accepts, which :meth:`str.lstrip` removes (inject31, h38)
LEADING_SPACE = frozenset(
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009"
    "\u200a\u2028\u2029\u202f\u205f\u3000"
)
#: first characters that make a spreadsheet treat a cell as a formula (OWASP), with their full-width forms, or that may
#: be trimmed before one (every writer's cheap test before :func:`is_formula_like`)
FORMULA_START = frozenset("=+-@\uff1d\uff0b\uff0d\uff20") | LEADING_SPACE
#: a formula after another locale's delimiter: Excel set to Indonesian splits a comma CSV at ";" (and a
#: semicolon CSV at ","), so "x;=cmd|…" would become a second cell starting with "="
#: (the spaces between hold no tab: a tab among them is a delimiter nearer the formula, so the same cells are found,
#: and a run of tabs is read once, not once per tab: a cell of 100,000 tabs took minutes per row written; hostile2, h30)
_FORMULA_AFTER_DELIMITER = re.compile(r"[;,\t][^\S\t]*[=+\-@\uff1d\uff0b\uff0d\uff20]")


#: (a trailing "%": "-3.069%" is a signed percentage, which a spreadsheet reads as a number and runs nothing; it was
#: named "dibaca sebagai teks" while the indicator read it as a number: hostile11 #5, h29)
@functools.cache
def _PLAIN_NUMBER() -> re.Pattern[str]:
    return re.compile(r"^[+-]?(?:\d+(?:[.,]\d+)*|\d*[.,]\d+)(?:[eE][+-]?\d+)?\s?%?$")


def is_formula_like(text: str) -> bool:
    """True when ``text`` would be read as a formula (or a DDE call) by a spreadsheet.

    A leading tab or carriage return is on OWASP's list because a spreadsheet that trims it meets what follows:
    only a formula opener after the whitespace runs anything, and so it is after spaces, a line feed or any other
    whitespace (``"  =1"``, ``"\\n=1"``: LibreOffice's CSV import with "trim spaces" runs them). ``"\\r\\n   Laki-laki"`` (a wrapped cell of a MySQL
    dump) is text, not a formula; ``"\\t=1"`` and ``"\\r\\n=cmd|…"`` still are (real16, h33).
    """
    if not text or text[0] not in FORMULA_START:
        return False
    if text[0] in LEADING_SPACE:
        rest = text.lstrip()
        return bool(rest) and is_formula_like(rest)
    return not (not text.strip("- ") or (text[0] in "+-" and _PLAIN_NUMBER().match(text) is not None))


def sanitise_text(text: str, *, raw: bool = False) -> str:
    """Return ``text`` safe for a CSV cell: a leading apostrophe before a formula-like start."""
    if raw or not is_formula_like(text):
        return text
    return "'" + text


def sanitise_cell(value: Any, *, raw: bool = False) -> Any:
    """Sanitise one output value: text is made safe, anything else (numbers, dates, None) is returned as is."""
    if isinstance(value, str):
        return sanitise_text(value, raw=raw)
    return value


def sanitise_row(values: list[Any], *, raw: bool = False) -> list[Any]:
    """Sanitise every cell of a CSV row."""
    if raw:
        return values
    return [sanitise_text(v) if isinstance(v, str) and v and v[0] in FORMULA_START else v for v in values]


class CsvWriter:
    """``csv.writer`` that also quotes a field holding a carriage return, or a formula after another delimiter.

    The csv module quotes only the characters of its line terminator: with ``"\n"`` a lone CR
    (a hostile cell like ``"\r=1"``, kept in ``check``'s ``nilai`` column) stayed unquoted and
    split the record in Excel and in every CSV reader. Such a row is written fully quoted.
    """

    def __init__(self, stream: IO[str], **fmt: Any) -> None:
        self._plain = csv.writer(stream, **fmt)
        self._quoted = csv.writer(stream, quoting=csv.QUOTE_ALL, **fmt)

    def writerow(self, row: Sequence[Any]) -> None:
        risky = any(isinstance(v, str) and ("\r" in v or _FORMULA_AFTER_DELIMITER.search(v) is not None) for v in row)
        (self._quoted if risky else self._plain).writerow(row)
