"""Decide whether an employee's education meets a position's education requirement.

Two questions, answered separately and combined:

* **Level**: the employee's level rank (``models.EDUCATION_RANK``) must be at least the
  required rank. An unknown employee level does not meet a stated requirement.
* **Programme identity**: is the employee's programme one of the accepted programmes?
  Fuzzy similarity is the wrong tool here, because related programmes share most of their
  words ("KESEHATAN LINGKUNGAN"/"KESEHATAN MASYARAKAT", "MANAJEMEN"/"MANAJEMEN
  INFORMATIKA", "PENDIDIKAN MATEMATIKA"/"MATEMATIKA") while the same programme is written
  with levels, prefixes, abbreviations and typos ("S1 Manajamen"). So:

  1. Both sides are reduced to canonical keys (:func:`programme_key`), which removes every
     *systematic* difference. Equal keys, equal content words in another order, or equal
     text once spaces are removed ("BUDI DAYA"/"BUDIDAYA") are the same programme.
  2. Otherwise only *typos* may still separate them: the keys must have the same number of
     content words and every differing word pair must be within a small edit distance
     (optimal string alignment, so a swap counts once): none for words under 5 letters,
     1 for 5–7 letters, 2 from 8 letters. A different, extra or missing word is a
     different programme.
  3. A typo is a word *nobody writes on purpose*. Requirement texts from across the
     agency form a vocabulary of real words; a pair of differing words that are both real
     (seen in at least two requirement programmes, and not a rare variant of a word seen
     ten times more often) is a real-word confusion and never merged ("KIMIA"/"FISIKA"
     are never typos of each other, whatever their distance). An employee word that is
     not in the vocabulary is read as a typo of the required word only when that word is
     among its nearest vocabulary words. Before comparing word by word, unseen words with
     exactly one nearest real word are corrected and the key is rebuilt, so a typo inside
     a name the identity table rewrites ("ADM. PULBIK" → ADMINISTRASI NEGARA) still maps.

  When the programme is not accepted but falls in the same family as an accepted one, the
  status is ``serumpun``: it does not meet the requirement, it only earns partial score.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import pandas as pd
from rapidfuzz import process
from rapidfuzz.distance import OSA

from asn_mutasi.domain.gelar import parse_titles
from asn_mutasi.domain.pendidikan import level_rank, parse_level, split_level
from asn_mutasi.matching.families import family_of_key
from asn_mutasi.matching.programme import IDENTITY_WORDS, OPEN_KEYS, programme_key, split_requirements

SESUAI = "sesuai"
SERUMPUN = "serumpun"
TIDAK_SESUAI = "tidak_sesuai"

_FILLER = frozenset({"DAN", "SERTA"})
_MAX_LISTED = 3


@dataclass(frozen=True)
class EducationFit:
    """The education verdict for one employee against one position."""

    status: str  #: "sesuai" | "serumpun" | "tidak_sesuai" (programme only)
    memenuhi: bool  #: level ok and programme sesuai
    alasan: str  #: Bahasa Indonesia explanation
    level_ok: bool
    programme_match: str | None  #: the accepted requirement piece that matched


@lru_cache(maxsize=65536)
def _content(key: str) -> tuple[str, ...]:
    return tuple(word for word in key.split() if word not in _FILLER)


def _allowed_edits(length: int) -> int:
    if length < 5:
        return 0
    return 1 if length < 8 else 2


@dataclass(frozen=True)
class _Piece:
    text: str
    key: str


@dataclass(frozen=True, eq=False)
class _Requirement:
    """A parsed requirement text; compared by identity (one instance per distinct text)."""

    needed: str | None
    pieces: tuple[_Piece, ...]  #: accepted alternatives, as listed to the analyst
    candidates: tuple[_Piece, ...]  #: pieces plus compound cells taken whole
    open: bool
    by_key: dict[str, _Piece]
    by_compact: dict[str, _Piece]
    families: frozenset[str]
    listed: str


@dataclass(frozen=True)
class _Employee:
    level: str | None
    key: str
    shown: str
    family: str | None


class EducationMatcher:
    """Match employee programmes against requirement texts from one agency's positions."""

    def __init__(self, requirements: Iterable[str | None]) -> None:
        distinct = {str(text) for text in requirements if text is not None and str(text).strip()}
        keys: set[str] = set()
        for text in distinct:
            keys.update(programme_key(piece) for piece in split_requirements(text))
        keys.discard("")
        self.vocabulary: frozenset[str] = frozenset(keys)
        self._word_count: Counter[str] = Counter(word for key in keys for word in set(_content(key)))
        # words the identity table rewrites away still exist in people's programme names
        for word in IDENTITY_WORDS:
            self._word_count[word] += 2 if self._word_count[word] < 2 else 0
        self._words: list[str] = sorted(self._word_count)
        self._nearest: dict[str, tuple[int, tuple[str, ...]]] = {}
        self._real: dict[str, bool] = {}
        self._repaired: dict[str, str] = {}
        self._requirements: dict[tuple[str, str], _Requirement] = {}
        self._employees: dict[tuple[str, str, str], _Employee] = {}
        self._matches: dict[tuple[str, _Requirement], tuple[str | None, _Piece | None]] = {}
        self._same: dict[tuple[str, str], str | None] = {}
        self._fits: dict[tuple[object, ...], EducationFit] = {}

    # --- vocabulary -------------------------------------------------------------------
    def _fill_nearest(self, words: Iterable[str]) -> None:
        """Compute the nearest vocabulary words of unseen words in one vectorised pass."""
        todo = sorted({w for w in words if w not in self._nearest and w not in self._word_count})
        if not todo or not self._words:
            for word in todo:
                self._nearest[word] = (99, ())
            return
        matrix = process.cdist(todo, self._words, scorer=OSA.distance, dtype=np.int32, workers=-1, score_cutoff=3)
        vocab = np.array(self._words, dtype=object)
        for row, word in enumerate(todo):
            distances = matrix[row]
            best = int(distances.min())
            self._nearest[word] = (best, tuple(vocab[distances == best])) if best <= 2 else (best, ())

    def _is_real_word(self, word: str) -> bool:
        """Tell whether a vocabulary word is a real word rather than a typo someone made."""
        cached = self._real.get(word)
        if cached is not None:
            return cached
        count = self._word_count.get(word, 0)
        real = count >= 2
        if count == 1:
            limit = _allowed_edits(len(word))
            rivals = process.extract(word, self._words, scorer=OSA.distance, score_cutoff=max(limit, 0), limit=None)
            real = not any(self._word_count[other] >= 10 for other, _, _ in rivals if other != word)
        self._real[word] = real
        return real

    def _correction(self, word: str) -> str | None:
        """Return the vocabulary word an unseen word is a typo of, when there is exactly one.

        Candidates are the nearest vocabulary words within the allowed edits; real words
        are preferred over rare variants (a vocabulary typo must not capture a correction).
        """
        if word in self._word_count or len(word) < 5:
            return None
        self._fill_nearest([word])
        distance, nearest = self._nearest[word]
        candidates = [c for c in nearest if distance <= _allowed_edits(max(len(word), len(c)))]
        real = [c for c in candidates if self._is_real_word(c)]
        pick = real or candidates
        return pick[0] if len(pick) == 1 else None

    def _typo_pair(self, employee_word: str, required_word: str) -> bool:
        """Tell whether two differing words are one word with a typo."""
        limit = _allowed_edits(max(len(employee_word), len(required_word)))
        if limit == 0 or OSA.distance(employee_word, required_word, score_cutoff=limit) > limit:
            return False
        if employee_word in self._word_count:
            return not (self._is_real_word(employee_word) and self._is_real_word(required_word))
        # an unseen word may be equally close to several vocabulary words ("AGRRBISNIS":
        # AGRIBISNIS, AGROBISNIS); in the context of the required programme the one it
        # names is the reading, as long as it is among the nearest
        self._fill_nearest([employee_word])
        _, nearest = self._nearest[employee_word]
        return required_word in nearest

    def _repair(self, key: str) -> str:
        """Return the key with each unseen word replaced by its unique correction, re-keyed."""
        repaired = self._repaired.get(key)
        if repaired is None:
            words = key.split()
            fixed = [self._correction(word) or word for word in words]
            repaired = programme_key(" ".join(fixed)) if fixed != words else key
            self._repaired[key] = repaired
        return repaired

    # --- identity ---------------------------------------------------------------------
    def same_programme(self, employee_key: str, required_key: str) -> str | None:
        """Return ``"sama"`` or ``"salah ketik"`` when the keys are one programme, else ``None``.

        Word order is significant: Indonesian names are head-first, so "MANAJEMEN
        PENDIDIKAN" (management) and "PENDIDIKAN MANAJEMEN" (education) differ.
        """
        pair = (employee_key, required_key)
        if pair in self._same:
            return self._same[pair]
        verdict: str | None = None
        mine, theirs = _content(employee_key), _content(required_key)
        repaired = _content(self._repair(employee_key)) if mine else ()
        if mine == theirs or "".join(mine) == "".join(theirs):
            verdict = "sama"
        elif (repaired and (repaired == theirs or "".join(repaired) == "".join(theirs))) or (
            mine
            and len(mine) == len(theirs)
            and all(a == b or self._typo_pair(a, b) for a, b in zip(mine, theirs, strict=True))
        ):
            verdict = "salah ketik"
        self._same[pair] = verdict
        return verdict

    def _requirement(self, required_level: str, required_text: str) -> _Requirement:
        """Return the parsed requirement (cached per distinct level and text)."""
        memo = (required_level, required_text)
        found = self._requirements.get(memo)
        if found is not None:
            return found
        pieces = tuple(_Piece(piece, programme_key(piece)) for piece in split_requirements(required_text))
        needed = parse_level(required_level) if required_level else None
        if needed is None and pieces:
            levels = [lv for lv in (split_level(p.text)[0] for p in pieces) if lv]
            needed = min(levels, key=lambda lv: level_rank(lv) or 0) if levels else None
        # a compound cell is also accepted as written ("SMK KONSTRUKSI GEDUNG, SANITASI DAN
        # PERAWATAN" is one programme name as well as a list); matched, never listed
        known = {piece.key for piece in pieces}
        wholes = tuple(
            _Piece(segment.strip(), key)
            for segment in re.split(r"[;\n]+", required_text)
            if (key := programme_key(segment.strip())) and key not in known
        )
        by_key: dict[str, _Piece] = {}
        by_compact: dict[str, _Piece] = {}
        for piece in pieces + wholes:
            by_key.setdefault(piece.key, piece)
            by_compact.setdefault("".join(_content(piece.key)), piece)
        accepted = [piece.text for piece in pieces]
        listed = ", ".join(accepted[:_MAX_LISTED])
        if len(accepted) > _MAX_LISTED:
            listed += f" dan {len(accepted) - _MAX_LISTED} lainnya"
        found = _Requirement(
            needed=needed,
            pieces=pieces,
            candidates=pieces + wholes,
            open=not pieces or any(piece.key in OPEN_KEYS for piece in pieces),
            by_key=by_key,
            by_compact=by_compact,
            families=frozenset(f for f in (family_of_key(piece.key) for piece in pieces) if f),
            listed=listed,
        )
        self._requirements[memo] = found
        return found

    def _employee(self, level: str, programme: str, nama: str) -> _Employee:
        """Return the employee's level, programme key and display text (cached)."""
        memo = (level, programme, nama)
        found = self._employees.get(memo)
        if found is not None:
            return found
        own_level = parse_level(level) if level else None
        prefix_level, rest = split_level(programme)
        own_level = own_level or prefix_level
        shown = programme
        if nama and (own_level is None or not rest):
            evidence = parse_titles(nama)
            own_level = own_level or evidence.level
            if not rest and evidence.programme_hint:
                rest = evidence.programme_hint
                shown = f"{evidence.programme_hint} (dari gelar {', '.join(evidence.titles)})"
        key = programme_key(rest)
        found = _Employee(own_level, key, shown, self._family(key) if key else None)
        self._employees[memo] = found
        return found

    def _match(self, key: str, requirement: _Requirement) -> tuple[str | None, _Piece | None]:
        """Return (verdict, accepted piece) for a programme key against a requirement."""
        piece = requirement.by_key.get(key) or requirement.by_compact.get("".join(_content(key)))
        if piece is not None:
            return "sama", piece
        for piece in requirement.candidates:
            if self.same_programme(key, piece.key) is not None:
                return "salah ketik", piece
        return None, None

    # --- verdicts ---------------------------------------------------------------------
    def fit(
        self,
        level: object,
        programme: str | None,
        required_level: object,
        required_text: str | None,
        *,
        nama: str | None = None,
    ) -> EducationFit:
        """Return the education verdict for one employee against one requirement."""
        memo_key = (_text(level), _text(programme), _text(required_level), _text(required_text), _text(nama))
        cached = self._fits.get(memo_key)
        if cached is None:
            cached = self._fit(*memo_key)
            self._fits[memo_key] = cached
        return cached

    def _fit(self, level: str, programme: str, required_level: str, required_text: str, nama: str) -> EducationFit:
        employee = self._employee(level, programme, nama)
        requirement = self._requirement(required_level, required_text)
        reasons: list[str] = []
        level_ok = True
        needed = requirement.needed
        if needed is not None:
            own_rank, needed_rank = level_rank(employee.level), level_rank(needed)
            if own_rank is None:
                level_ok = False
                reasons.append(f"Tingkat pendidikan pegawai tidak diketahui (syarat {needed})")
            elif needed_rank is not None and own_rank < needed_rank:
                level_ok = False
                reasons.append(f"Tingkat pendidikan {employee.level} di bawah syarat {needed}")

        status, match, why = self._programme_status(employee, requirement)
        if why:
            reasons.append(why)
        memenuhi = level_ok and status == SESUAI
        return EducationFit(status, memenuhi, "; ".join(reasons), level_ok, match)

    def _programme_status(self, employee: _Employee, requirement: _Requirement) -> tuple[str, str | None, str]:
        if requirement.open:
            return SESUAI, None, ""
        if not employee.key:
            return TIDAK_SESUAI, None, "Jurusan pegawai tidak tercatat"
        shown = employee.shown
        memo = (employee.key, requirement)
        verdict, piece = self._matches.get(memo) or self._matches.setdefault(
            memo, self._match(employee.key, requirement)
        )
        if piece is not None and verdict == "sama":
            return SESUAI, piece.text, f"Jurusan '{shown}' sesuai syarat '{piece.text}'"
        if piece is not None:
            return SESUAI, piece.text, f"Jurusan '{shown}' sama dengan '{piece.text}' (salah ketik)"
        base = f"Jurusan '{shown}' bukan salah satu jurusan yang diterima ({requirement.listed})"
        if employee.family is not None and employee.family in requirement.families:
            return SERUMPUN, None, f"{base}; serumpun ({employee.family})"
        return TIDAK_SESUAI, None, base

    def _family(self, key: str) -> str | None:
        """Return the family of a key, reading typo'd words as their nearest vocabulary word."""
        family = family_of_key(key)
        if family is not None:
            return family
        words = _content(key)
        self._fill_nearest(words)
        fixed = []
        for word in words:
            _, nearest = self._nearest.get(word, (0, ()))
            fixed.append(nearest[0] if len(nearest) == 1 else word)
        return family_of_key(" ".join(fixed))

    def fit_many(self, frame: pd.DataFrame) -> pd.DataFrame:
        """Return ``status_pendidikan, memenuhi_pendidikan, alasan_pendidikan, pendidikan_ok`` per row.

        ``frame`` holds ``pendidikan, jurusan, syarat_pendidikan, syarat_jurusan`` (and
        optionally ``nama``). Work is done once per distinct combination and merged back,
        and unseen words are resolved against the vocabulary in one vectorised pass.
        """
        columns = ["pendidikan", "jurusan", "syarat_pendidikan", "syarat_jurusan"]
        if "nama" in frame.columns:
            columns.append("nama")
        texts = pd.DataFrame({c: frame[c].map(_text) if c in frame.columns else "" for c in columns}, index=frame.index)
        codes = texts.groupby(columns, sort=False).ngroup().to_numpy()
        distinct = texts.drop_duplicates().reset_index(drop=True)
        keys = {programme_key(split_level(p)[1]) for p in distinct["jurusan"].unique()}
        self._fill_nearest(word for key in keys for word in _content(key))
        fits = [
            self.fit(
                row["pendidikan"],
                row["jurusan"],
                row["syarat_pendidikan"],
                row["syarat_jurusan"],
                nama=row.get("nama") or None,
            )
            for row in distinct.to_dict("records")
        ]
        # ngroup numbers groups in order of first appearance, as drop_duplicates keeps them
        result = pd.DataFrame(
            {
                "status_pendidikan": [f.status for f in fits],
                "memenuhi_pendidikan": [f.memenuhi for f in fits],
                "alasan_pendidikan": [f.alasan for f in fits],
                "pendidikan_ok": [f.level_ok for f in fits],
            }
        )
        out = result.iloc[codes].set_index(frame.index)
        return out.astype({"memenuhi_pendidikan": bool, "pendidikan_ok": bool})


def _text(value: object) -> str:
    """Return a cell as stripped text ("" for None/NaN)."""
    if value is None:
        return ""
    if isinstance(value, float) and value != value:
        return ""
    if value is pd.NA or value is pd.NaT:
        return ""
    return str(value).strip()
