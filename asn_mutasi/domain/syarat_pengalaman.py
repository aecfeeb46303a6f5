"""Read ``syarat_pengalaman`` as written in formation lists and JF regulations.

Each clause asks for years of one kind of experience: *sebagai X* (that JF or post), *di
bidang Y* (that field, :mod:`asn_mutasi.domain.rumpun`), *dalam jabatan
pelaksana/fungsional/pengawas/administrator* (that position type or higher), or experience
related to the target (no qualifier, "di bidang tugas jabatan …", "yang akan diduduki").
Amounts: digits or words, "(empat)" after the digits, tahun/thn/th or bulan. Quantifiers
(sekurang-kurangnya, paling sedikit/singkat, minimal, min.) are ignored. Clauses joined by
"dan" are all-of, by "atau" any-of; "… 4 tahun atau JF yang setingkat" (PP 11/2017) shares
the years. A text without any readable clause is *unreadable*: it gets no verdict and a
finding on the position, never a silent "met" or "not met".
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from asn_mutasi.domain.coded_fields import NUMBER_WORDS
from asn_mutasi.domain.jabatan import normalize_position_name
from asn_mutasi.domain.jenis import MANAJERIAL, jenis_rank
from asn_mutasi.domain.rumpun import field_of_text, find_jf

_NUMBER_WORDS = {word: n for word, n in NUMBER_WORDS.items() if n <= 10}  # (satu … sepuluh)
_AMOUNT = re.compile(
    # a number starts where no digit comes before it, and "(empat)" takes its spaces once: each of the two scanned a
    # long run of digits or spaces from every position in it, 1.0 s on 5,000 digits (hostile3, h31)
    r"(?P<n>(?<!\d)\d+(?:[.,]\d+)?|" + "|".join(_NUMBER_WORDS) + r")\s*(?:\([a-z\s]+\)\s*)?"
    r"(?P<u>tahun|thn|th|bulan|bln)\b\.?"
)
_CONNECTOR = re.compile(r"\b(dan|atau|serta)\b|[;,]")
_QUANTIFIERS = re.compile(
    r"\b(?:sekurang\s*-?\s*kurangnya|paling\s+(?:sedikit|singkat|kurang)|minimal|minimum|min\.?|"
    r"setidak\s*-?\s*tidaknya|lebih\s+dari|selama|kumulatif|secara|memiliki|mempunyai|berpengalaman|"
    r"pengalaman(?:\s+kerja)?(?:\s+jabatan)?|diutamakan|yang|telah|pernah|menduduki|bekerja)\b|≥|>="
)
_JENIS_WORDS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\bjpt\b|pimpinan tinggi"), "JPT Pratama"),
    (re.compile(r"\badministrator\b(?! kesehatan)|eselon\s*iii\b|kepala bidang|kepala bagian|\bkabid\b|\bkabag\b"),
     "Administrator"),
    (re.compile(r"(?:jabatan|sebagai|dalam|pada)\s+pengawas\b(?! sekolah)|eselon\s*iv\b|kepala seksi|"
                r"kepala sub\s*bagian|kepala subbidang|\bkasi\b|\bkasubbag\b|\bkasubag\b"), "Pengawas"),
    (re.compile(r"(?:jabatan|sebagai|dalam|pada)\s+(?:jabatan\s+)?(?:fungsional|jf)\b"), "Fungsional"),
    (re.compile(r"(?:jabatan|sebagai|dalam|pada)\s+(?:jabatan\s+)?pelaksana\b"), "Pelaksana"),
)  # fmt: skip
_RELATIVE = re.compile(
    r"bidang\s+tugas|akan\s+diduduki|\bterkait\b|\bsesuai\b|\brelevan\b|\bsejenis\b|\bsetingkat\b|bidangnya"
)
_SEBAGAI = re.compile(r"\bsebagai\s+(?P<x>.+)$")
_BIDANG = re.compile(r"\b(?:bidang|urusan|lingkup|sektor)\s+(?P<x>.+)$")


def jenis_counts(asked: str | None, held: str | None) -> bool:
    """Whether years in a post of jenis ``held`` count toward a clause asking years *dalam jabatan* ``asked``.

    A managerial or pelaksana clause counts that jenis and every higher one (a JF counts as a pelaksana post, as
    PP 11/2017 says "pelaksana … atau JF yang setingkat"); a clause asking JF years counts JF and managerial posts.
    """
    if asked == "Fungsional":
        return held == "Fungsional" or held in MANAJERIAL
    return jenis_rank(held) >= jenis_rank(asked)


#: what a jenis clause counts besides its own jenis (:func:`jenis_counts`), said where its years are reported
_JENIS_ALSO = {"Pelaksana": ", JF atau jabatan yang lebih tinggi", "Fungsional": " atau jabatan manajerial"}


@dataclass(frozen=True)
class Clause:
    """One clause of a requirement: years of one kind of experience."""

    tahun: float
    jenis: str  #: "terkait" | "jabatan" | "bidang" | "jenis"
    nilai: str | None  #: JF name, field id or jenis jabatan (None for "terkait")
    teks: str  #: the clause as written (trimmed)

    def describe(self) -> str:
        """Indonesian description of what the clause counts ("sebagai Perawat", "di bidang keuangan")."""
        if self.jenis == "jabatan":
            return f"sebagai {self.nilai}"
        if self.jenis == "bidang":
            return f"di bidang {self.nilai}"
        if self.jenis == "jenis":
            # the years reported are those jenis_counts counts: "23,5 tahun dalam jabatan Pelaksana" summed a
            # pelaksana's 10 years and 13.5 as Kepala Bagian (walk2, h30)
            also = " atau lebih tinggi" if self.nilai in MANAJERIAL else _JENIS_ALSO.get(self.nilai or "", "")
            return f"dalam jabatan {self.nilai}{also}"
        return "di jabatan yang terkait"


@dataclass(frozen=True)
class ExperienceRequirement:
    """A parsed ``syarat_pengalaman``: any of ``groups``, each all of its clauses; unreadable when empty."""

    teks: str
    groups: tuple[tuple[Clause, ...], ...] = field(default_factory=tuple)

    @property
    def terbaca(self) -> bool:
        return bool(self.groups)


def _amount(m: re.Match[str]) -> float:
    raw = m.group("n")
    value = float(_NUMBER_WORDS[raw]) if raw in _NUMBER_WORDS else float(raw.replace(",", "."))
    return value / 12.0 if m.group("u").startswith("b") else value


def _clause(text: str, tahun: float, inherited: str | None) -> Clause | None:
    """Read what one clause counts; None when its qualifier cannot be read."""
    shown = " ".join(text.split()).strip(" .;,")
    t = _QUANTIFIERS.sub(" ", _AMOUNT.sub(" ", text))
    t = " ".join(t.split()).strip(" .;,:")
    if re.match(r"(?:jf|jabatan fungsional)\b.*\bsetingkat\b", t):
        return Clause(tahun, "jenis", "Fungsional", shown)  # PP 11/2017: "atau JF yang setingkat …"
    if re.search(r"bidang\s+tugas|akan\s+diduduki", t):
        return Clause(tahun, "terkait", None, shown)
    for pattern, jenis in _JENIS_WORDS:
        if pattern.search(t):
            return Clause(tahun, "jenis", jenis, shown)
    m = _SEBAGAI.search(t)
    if m:
        x = m.group("x").strip()
        jf = find_jf(normalize_position_name(x))
        if jf is not None:
            return Clause(tahun, "jabatan", jf, shown)
        bidang = field_of_text(normalize_position_name(x))
        return Clause(tahun, "bidang", bidang, shown) if bidang else None
    m = _BIDANG.search(t)
    if m or inherited == "bidang":
        x = m.group("x") if m else t
        if _RELATIVE.search(x):
            return Clause(tahun, "terkait", None, shown)
        bidang = field_of_text(normalize_position_name(x))
        return Clause(tahun, "bidang", bidang, shown) if bidang else None
    if inherited == "jabatan":
        jf = find_jf(normalize_position_name(t))
        if jf is not None:
            return Clause(tahun, "jabatan", jf, shown)
    rest = re.sub(r"\b(?:di|dalam|pada|dan|kerja|jabatan|asn|pns|sebagai)\b", " ", t)
    if not rest.strip() or _RELATIVE.search(t):
        return Clause(tahun, "terkait", None, shown)  # "minimal 2 tahun", "pengalaman kerja 3 tahun"
    # no qualifier word, but a field is named ("pengalaman mengelola keuangan daerah", "… atau pengelola arsip")
    bidang = field_of_text(normalize_position_name(rest))
    return Clause(tahun, "bidang", bidang, shown) if bidang else None


def parse_experience_requirement(text: str | None) -> ExperienceRequirement | None:
    """Read a ``syarat_pengalaman`` into clauses; None when empty, ``terbaca`` False when unreadable.

    "4 tahun di bidang keuangan dan 2 tahun sebagai pelaksana" → one group of two clauses;
    "dalam jabatan pelaksana paling singkat 4 (empat) tahun atau JF yang setingkat" → two
    groups sharing the years; "minimal 2 thn" → two years of related experience.
    """
    if text is None or not str(text).strip():
        return None
    raw = str(text)
    s = raw.casefold().replace("–", "-")
    amounts = list(_AMOUNT.finditer(s))
    if not amounts:
        return ExperienceRequirement(raw)
    # cut the text into one piece per amount at the last connector between two amounts
    pieces: list[tuple[str, float, str]] = []  # (text, years, connector before it)
    start, joiner = 0, "dan"
    for k, m in enumerate(amounts):
        if k + 1 < len(amounts):
            between = s[m.end() : amounts[k + 1].start()]
            cuts = list(_CONNECTOR.finditer(between))
            if cuts:
                cut = cuts[-1]
                end = m.end() + cut.start()
                nxt = m.end() + cut.end()
                conn = "atau" if cut.group(0) == "atau" else "dan"
            else:
                end = nxt = amounts[k + 1].start()
                conn = "dan"
        else:
            end = nxt = len(s)
            conn = ""
        pieces.append((s[start:end], _amount(m), joiner))
        start, joiner = nxt, conn
    groups: list[list[Clause]] = [[]]
    for piece, tahun, joiner in pieces:
        if joiner == "atau" and groups[-1]:
            groups.append([])
        # alternatives without their own years share the piece's years ("… 4 tahun atau JF yang setingkat")
        alternatives = re.split(r"\batau\b", piece)
        inherited: str | None = None
        clauses: list[list[Clause]] = []
        for alt in alternatives:
            if not alt.strip(" ,.;"):
                continue
            c = _clause(alt, tahun, inherited)
            if c is None:
                return ExperienceRequirement(raw)
            clauses.append([c])
            if c.jenis == "jenis" and c.nilai == "Fungsional" and re.search(r"bidang\s+tugas|\bsesuai\b", alt):
                # "JF yang setingkat … sesuai dengan bidang tugas jabatan yang akan diduduki"
                clauses[-1].append(Clause(tahun, "terkait", None, c.teks))
            inherited = c.jenis
        if not clauses:
            return ExperienceRequirement(raw)
        if len(clauses) == 1:
            groups[-1].extend(clauses[0])
        else:
            # (A atau B) inside an all-of group: expand into the alternatives of the group
            base = groups.pop()
            for alt_clauses in clauses:
                groups.append([*base, *alt_clauses])
    return ExperienceRequirement(raw, tuple(tuple(g) for g in groups if g))


def requirement_problems(texts: Iterable[str | None]) -> list[str]:
    """Return the distinct ``syarat_pengalaman`` texts that cannot be read (for findings on positions)."""
    out: list[str] = []
    for t in dict.fromkeys(v for v in texts if isinstance(v, str) and v.strip()):
        req = parse_experience_requirement(t)
        if req is not None and not req.terbaca:
            out.append(t)
    return out
