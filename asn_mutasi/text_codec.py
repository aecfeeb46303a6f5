"""The text encoding of bytes from their first bytes: one answer for the CSV reader, column maps and settings.

Windows tools save "Unicode" text as UTF-16 (Notepad's "Unicode", PowerShell 5's ``>`` and ``Out-File``, Excel's
"Unicode Text"), with a byte-order mark or without one; a BOM names its encoding exactly, and without one the NUL
bytes of mostly ASCII text tell UTF-16 from UTF-32 and little- from big-endian.
"""

from __future__ import annotations

import codecs


def text_encoding(head: bytes) -> str:
    """The text encoding of a CSV from its first bytes: a BOM, else the NUL bytes of UTF-16/UTF-32 without one
    (a CSV saved as "Unicode" by some Windows tools), else UTF-8 (with the cp1252 fallback of the caller)."""
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):  # before UTF-16: FF FE 00 00 starts both
        return "utf-32"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    return _wide_without_bom(head[: len(head) - len(head) % 4]) or "utf-8"


def _wide_without_bom(sample: bytes) -> str | None:
    """UTF-32/UTF-16 (LE or BE) told by where the NUL bytes of mostly ASCII text fall; None for anything else."""
    if len(sample) < 8 or sample.count(0) < len(sample) // 4:
        return None
    quarter = len(sample) // 4
    by_lane = [sample[k::4].count(0) for k in range(4)]
    if min(by_lane[1:]) > 0.9 * quarter and by_lane[0] < 0.1 * quarter:
        return "utf-32-le"
    if min(by_lane[:3]) > 0.9 * quarter and by_lane[3] < 0.1 * quarter:
        return "utf-32-be"
    half = len(sample) // 2
    odd, even = sample[1::2].count(0), sample[0::2].count(0)
    if odd > 0.7 * half and even < 0.1 * half:
        return "utf-16-le"
    if even > 0.7 * half and odd < 0.1 * half:
        return "utf-16-be"
    return None


def encoding_name(encoding: str) -> str:
    """An encoding as the analyst knows it: "utf-16-le" → "UTF-16", "utf-8-sig" → "UTF-8"."""
    return encoding.upper().removesuffix("-SIG").removesuffix("-LE").removesuffix("-BE")


def decode_small_text(data: bytes) -> str:
    """The text of a small file (a column map, a settings file) in the encoding :func:`text_encoding` tells: UTF-8
    with or without a BOM, or UTF-16/UTF-32 with or without one. Both were refused as "bukan teks UTF-8" when saved
    by Notepad as "Unicode" (hostile3, h31). Raises :class:`UnicodeDecodeError` (naming that encoding) when the
    bytes are not that encoding's."""
    return data.decode(text_encoding(data[:4096]))
