"""Measure how well education fit is decided on labelled pairs built from real 2024 formations.

Usage: python bench/quality_pendidikan.py [path/to/sscasn_data.xlsx] [--formasi=N] [--seed=S] [--errors=K]

Source: the SSCASN 2024 formation table (one row per formation and accepted programme),
read from ../shared/data/sscasn-2024/ relative to the repository unless a path is given.
Each formation gives a required level (``jenjang_studi``) and its accepted programmes
(``program_studi``); the requirement text is those programmes joined by "; ".

Labelled pairs (fixed seed):

* positive ``ejaan``: an accepted programme written the way rosters write it: different
  casing, the level written another way ("S1 ", "S-1 ", "Strata 1 ", "D3 ", none),
  "Prodi "/"Jurusan " prefixes, "Ilmu " added or removed, a common abbreviation, and in
  about a third of cases 1–2 typing errors in one long word. The employee's level is the
  required one, spelled in a roster way, sometimes one step higher.
* positive ``persis``: an accepted programme exactly as the formation writes it (SIASN
  exports use the same nomenclature), with the required level;
* negative ``terdekat``: the two programmes of the whole vocabulary most similar to an
  accepted one by token_set_ratio that are *not* accepted, formatted like the positives,
  typos included (a typo must not turn a near programme into an accepted one);
* negative ``jenjang_rendah``: an accepted programme with a level below the required one;
* negative ``acak``: a random programme of the vocabulary.

Only programmes written as one name are drawn (no "/", " ATAU ", "," or parentheses).
A candidate negative is **dropped as ambiguous** (counted, neither positive nor negative)
when it may in truth be an accepted programme: (a) equal to an accepted one after upper
case, level, punctuation, spaces and the word "ILMU" are removed; (b) within edit distance
2 of one after that normalisation (a spelling variant such as STATISTIK/STATISTIKA or a
typo in the source, e.g. majors.json lists real typos); (c) all its words appear in one
accepted compound cell (an alternative written inside "X ATAU Y"); (d) one of the
identities stated in domain.md §3.2: Administrasi Negara = Administrasi Publik, and SIASN's
"EKONOMI MANAJEMEN"/"EKONOMI AKUNTANSI" = Manajemen/Akuntansi, and the official renamings
cited in asn_mutasi/data/pendidikan_program.csv (at SLTA level: the pre-1997 SMEA/STM
stream names, ``SLTA_RENAMES``); (e) the same words as an accepted one in another order
("PERIKANAN BUDIDAYA"/"BUDIDAYA PERIKANAN"), unless PENDIDIKAN or MANAJEMEN is among them
(their place decides: "MANAJEMEN PENDIDIKAN" is no "PENDIDIKAN MANAJEMEN"), an SLTA school
word in front set aside ("SUPM PERIKANAN BUDIDAYA"/"SMK BUDIDAYA PERIKANAN"). These rules use
no part of the engine under test.

Baselines get the correct level check for free and differ only in how they compare
programmes: exact string equality, and rapidfuzz token_set_ratio (lower-cased) with the
threshold that maximises F1 on these same pairs (generous to it).
"""

from __future__ import annotations

import random
import re
import resource
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd
from rapidfuzz import fuzz, process, utils
from rapidfuzz.distance import OSA

from asn_mutasi.domain.pendidikan import level_rank, parse_level, split_level
from asn_mutasi.matching.education import EducationMatcher

SEED = 20241
LEVEL_SPELLINGS: dict[str, tuple[str, ...]] = {
    "SMA": ("SMA", "SLTA", "SMK", "SLTA/Sederajat"),
    "SMP": ("SMP", "SLTP"),
    "D-I": ("D1", "D-I", "Diploma I"),
    "D-II": ("D2", "D-II", "Diploma II"),
    "D-III": ("D3", "D-III", "DIII", "Diploma III", "Diploma III/Sarjana Muda"),
    "D-IV": ("D4", "D-IV", "DIV", "Diploma IV", "Sarjana Terapan"),
    "S-1": ("S1", "S-1", "S.1", "Strata 1", "Strata I", "S-1/Sarjana"),
    "Profesi": ("Profesi",),
    "S-2": ("S2", "S-2", "Magister", "Strata II"),
    "Sp-1": ("Spesialis", "Sp-1"),
    "S-3": ("S3", "S-3", "Doktor", "S-3/Doktor"),
    "Sp-2": ("Subspesialis", "Sp-2"),
}
HIGHER = {"D-III": "D-IV", "D-IV": "S-1", "S-1": "S-2", "S-2": "S-3", "SMA": "D-III", "D-II": "D-III"}
LOWER = {"D-III": "SMA", "D-IV": "D-III", "S-1": "D-III", "S-2": "S-1", "S-3": "S-2", "D-II": "SMA", "SMA": "SMP"}
# abbreviations rosters use (standard Indonesian usage; written here, not taken from the engine)
ABBREVIATE: tuple[tuple[str, str], ...] = (
    ("PENDIDIKAN GURU SEKOLAH DASAR", "PGSD"),
    ("PENDIDIKAN AGAMA ISLAM", "PAI"),
    ("TEKNIK INFORMATIKA", "TI"),
    ("SISTEM INFORMASI", "SI"),
    ("KESELAMATAN DAN KESEHATAN KERJA", "K3"),
    ("KESEHATAN MASYARAKAT", "Kesmas"),
    ("MANAJEMEN SUMBER DAYA MANUSIA", "MSDM"),
    ("PERENCANAAN WILAYAH DAN KOTA", "PWK"),
    ("DESAIN KOMUNIKASI VISUAL", "DKV"),
    ("ADMINISTRASI", "Adm."),
    ("TEKNIK", "Tek."),
    (" DAN ", " & "),
)
IDENTITIES = (
    ("ADMINISTRASI PUBLIK", "ADMINISTRASI NEGARA"),
    ("EKONOMI MANAJEMEN", "MANAJEMEN"),
    ("EKONOMI AKUNTANSI", "AKUNTANSI"),
    # official renaming, cited in asn_mutasi/data/pendidikan_program.csv (Kepmenristekdikti 257/M/KPT/2017;
    # 39 of the 40 SSCASN 2024 formations that accept Analis Kesehatan also accept TLM)
    ("ANALIS KESEHATAN", "TEKNOLOGI LABORATORIUM MEDIS"),
    ("TEKNOLOGI LABORATORIUM MEDIK", "TEKNOLOGI LABORATORIUM MEDIS"),
)
# SLTA-level renamings (pendidikan_program.csv, source smk_lama; spell8, h29): whole normalised names
SLTA_RENAMES = {
    "TATABUKU": "AKUNTANSI",
    "TATAUSAHA": "ADMINISTRASIPERKANTORAN",
    "TATANIAGA": "PEMASARAN",
    "PENJUALAN": "PEMASARAN",
    "BISNISDARINGPEMASARAN": "PEMASARAN",
    "LISTRIK": "TEKNIKINSTALASITENAGALISTRIK",
    "TEKNIKLISTRIK": "TEKNIKINSTALASITENAGALISTRIK",
    "LISTRIKINSTALASI": "TEKNIKINSTALASITENAGALISTRIK",
    "TEKNIKLISTRIKINSTALASI": "TEKNIKINSTALASITENAGALISTRIK",
    "TEKNIKINSTALASILISTRIK": "TEKNIKINSTALASITENAGALISTRIK",
}
#: words whose place in a name decides which programme it is (rule (e))
ORDER_HEADS = {"PENDIDIKAN", "MANAJEMEN"}
COMPOUND = re.compile(r"/| ATAU |,|\(|\)", re.IGNORECASE)
LETTERS = "ABCDEFGHIJKLMNOPRSTUY"


ADMIN_WORDS = {"ILMU", "DAN", "PRODI", "JURUSAN", "PROGRAM", "STUDI", "BIDANG", "PEMINATAN", "KONSENTRASI"}
OPEN_BODIES = {
    "", "SEDERAJAT", "SEMUA JURUSAN", "UMUM", "KEJURUAN", "KEGURUAN", "SMK", "SEKOLAH MENENGAH KEJURUAN",
    "SMK SEDERAJAT", "PERSAMAAN SLTA",
}  # fmt: skip
# an accepted "SMK <field>" accepts every SMK programme of that field (SMK TEKNIK: SMK TEKNIK MESIN, ...):
# a candidate written "<school> <field> ..." under such a piece is ambiguous, not a negative
FIELD_PIECES = re.compile(
    r"^(?:SMK|SEKOLAH MENENGAH KEJURUAN|SLTA KEJURUAN)\s+(TEKNIK|KESEHATAN|TEKNOLOGI DAN REKAYASA)$"
)

# an accepted school written alone ("SUPM", "SPG"): a candidate "<school> <programme>" under it is ambiguous (a
# holder of any of the school's programmes is its graduate), not a negative
SCHOOL_ALONE = re.compile(r"[A-Z]{2,6}")


def strip_levels(text: str) -> str:
    """Remove every level written at the start ("S-2 MAGISTER ...")."""
    rest = text.upper().strip()
    for _ in range(3):
        level, after = split_level(rest)
        if level is None:
            break
        rest = after
    return rest


def norm_words(text: str) -> list[str]:
    """The words the ambiguity rules compare: no level, punctuation, ILMU, DAN or admin words."""
    rest = strip_levels(text)
    words = [w for w in re.sub(r"[^A-Z0-9]+", " ", rest).split() if w not in ADMIN_WORDS]
    return [{"IPA": "PENGETAHUAN ALAM", "IPS": "PENGETAHUAN SOSIAL"}.get(w, w) for w in words]


def norm(text: str, slta: bool = False) -> str:
    """Normalise for the ambiguity rules: no level, punctuation, spaces, ILMU, DAN or admin words."""
    joined = " ".join(norm_words(text))
    for a, b in IDENTITIES:
        joined = joined.replace(a, b)
    joined = joined.replace(" ", "")
    return SLTA_RENAMES.get(joined, joined) if slta else joined


#: SLTA vocational school words written before the programme ("SUPM PERIKANAN BUDIDAYA" is an SMK Perikanan Budidaya)
SCHOOL_WORDS = {"SMK", "STM", "SMEA", "SMKK", "SUPM", "SPMA", "SPP"}


def reordered(candidate: str, accepted: list[str]) -> bool:
    """Rule (e): the candidate's words are an accepted programme's in another order, no ORDER_HEADS word among them
    (a leading school word set aside on both sides)."""

    def words_of(text: str) -> list[str]:
        words = norm_words(text)
        return words[1:] if words and words[0] in SCHOOL_WORDS else words

    words = words_of(candidate)
    if len(words) < 2:
        return False
    return any(
        sorted(words) == sorted(other) and (words == other or not ORDER_HEADS.intersection(words))
        for other in map(words_of, accepted)
    )


def typo(word: str, rng: random.Random) -> str:
    """Apply one random typing error (substitute, delete, insert, swap) inside a word."""
    i = rng.randrange(1, len(word) - 1)
    kind = rng.choice("sdit")
    if kind == "s":
        return word[:i] + rng.choice([c for c in LETTERS if c != word[i]]) + word[i + 1 :]
    if kind == "d":
        return word[:i] + word[i + 1 :]
    if kind == "i":
        return word[:i] + rng.choice(LETTERS) + word[i:]
    return word[: i - 1] + word[i] + word[i - 1] + word[i + 1 :]


def messy(programme: str, level: str | None, rng: random.Random, *, typos: bool) -> str:
    """Write a programme the way a roster might."""
    text = programme.upper().strip()
    if rng.random() < 0.5:
        for full, short in ABBREVIATE:
            if full in text and rng.random() < 0.6:
                text = text.replace(full, short.upper() if rng.random() < 0.5 else short, 1)
                break
    if text.startswith("ILMU ") and not text.startswith(("ILMU DAN ", "ILMU & ")) and rng.random() < 0.5:
        text = text[5:]
    elif rng.random() < 0.15 and not text.startswith(("PENDIDIKAN", "TEKNIK")):
        text = "ILMU " + text
    if typos and rng.random() < 0.35:
        words = text.split()
        long_words = [k for k, w in enumerate(words) if len(w) >= 6 and w.isalpha()]
        if long_words:
            k = rng.choice(long_words)
            words[k] = typo(words[k], rng)
            if len(words[k]) >= 9 and rng.random() < 0.3:
                words[k] = typo(words[k], rng)
            text = " ".join(words)
    prefix = rng.choice(("", "", "", "Prodi ", "Jurusan ", "Program Studi "))
    text = prefix + text
    if level is not None and rng.random() < 0.8:
        text = rng.choice(LEVEL_SPELLINGS[level]) + rng.choice((" ", " ", ". ", " - ")) + text
    case = rng.random()
    if case < 0.35:
        text = text.title()
    elif case < 0.5:
        text = text.lower()
    return text


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    opts = dict(a[2:].split("=", 1) for a in argv if a.startswith("--") and "=" in a)
    here = Path(__file__).resolve()
    candidates = [here.parents[k] / "shared" / "data" / "sscasn-2024" / "sscasn_data.xlsx" for k in (2, 3)]
    default = next((c for c in candidates if c.exists()), candidates[0])
    path = Path(args[0]) if args else default
    if not path.exists():
        print(f"Data formasi tidak ditemukan: {path} — set formasi dilewati.")
        return roster_set(int(opts.get("errors", "0")), None)
    n_formasi = int(opts.get("formasi", "3000"))
    show = int(opts.get("errors", "0"))
    seed = int(opts.get("seed", str(SEED)))
    rng = random.Random(seed)
    t0 = time.perf_counter()
    data = pd.read_excel(path, engine="calamine", dtype=str)
    data["program_studi"] = data["program_studi"].str.strip()
    groups = data.groupby("formasi_id", sort=True).agg(
        jenjang=("jenjang_studi", "first"), programmes=("program_studi", lambda s: list(dict.fromkeys(s)))
    )
    t_load = time.perf_counter() - t0

    simple = sorted({p for p in data["program_studi"].unique() if not COMPOUND.search(split_level(p)[1])})
    by_level: dict[str | None, list[str]] = {}
    for p in simple:
        by_level.setdefault(split_level(p)[0], []).append(p)
    bodies = {p: split_level(p)[1].upper() for p in simple}

    t1 = time.perf_counter()
    rows: list[dict[str, object]] = []
    dropped = 0
    formations = list(groups.itertuples())
    rng.shuffle(formations)
    for f in formations[:n_formasi]:
        level = parse_level(f.jenjang)
        accepted: list[str] = f.programmes
        # a cell that names no programme ("SLTA", "SLTA/SMA SEDERAJAT", "SLTA KEJURUAN") accepts any
        if level is None or any(strip_levels(a) in OPEN_BODIES or "SEDERAJAT" in a.upper() for a in accepted):
            continue
        requirement = "; ".join(accepted)
        base = {"syarat_pendidikan": f.jenjang, "syarat_jurusan": requirement}
        slta = level == "SMA"
        accepted_norm = [norm(a, slta) for a in accepted]
        compound_words = [
            set(re.sub(r"[^A-Z0-9]+", " ", split_level(a)[1].upper()).split())
            for a in accepted
            if COMPOUND.search(split_level(a)[1])
        ]
        singles = [a for a in accepted if a in bodies]
        if not singles:
            continue

        def ambiguous(
            candidate: str,
            accepted_norm: list[str] = accepted_norm,
            compound_words: list[set[str]] = compound_words,
            accepted: list[str] = accepted,
            slta: bool = slta,
        ) -> bool:
            n = norm(candidate, slta)
            words = set(re.sub(r"[^A-Z0-9]+", " ", bodies[candidate]).split()) - {"ILMU"}
            field_words = [m.group(1) for a in accepted if (m := FIELD_PIECES.match(a.upper().strip()))]
            # an accepted SLTA school alone ("SUPM", "SPG") accepts every programme of that school
            schools = [a.upper().strip() for a in accepted if slta and SCHOOL_ALONE.fullmatch(a.upper().strip())]
            body = bodies[candidate]
            return (
                any(n == a or OSA.distance(n, a, score_cutoff=2) <= 2 for a in accepted_norm)
                or any(words <= cw for cw in compound_words)
                or any(re.match(rf"^(?:SMK|STM|SEKOLAH MENENGAH KEJURUAN)\s+{w}\b", body) for w in field_words)
                or any(body.startswith(f"{w} ") for w in schools)
                # "S-1 PSIKOLOGI + PROFESI": a profession holder also holds the accepted first degree
                or ("+" in candidate and norm(candidate.split("+")[0]) in accepted_norm)
                or reordered(candidate, accepted)
            )

        def spell(lv: str) -> str:
            return rng.choice(LEVEL_SPELLINGS.get(lv, (lv,)))

        for _ in range(2):
            source = rng.choice(singles)
            own = HIGHER.get(level, level) if rng.random() < 0.1 else level
            spelled = spell(own)
            # a specialist post SSCASN files under jenjang S-2 ("S-2 | SPESIALIS GIZI KLINIK"): its holder's level is
            # the specialist's (SIASN tingkat 47/49), an S-2 of the bare programme is a master's without the medical
            # evidence the rule asks (docs/pendidikan.md; spell9, h32). Written without drawing, so the pairs of every
            # other formation stay as they were
            named = split_level(source)[0]
            spelled = named if own == level == "S-2" and named in ("Sp-1", "Sp-2") else spelled
            rows.append(
                base
                | {
                    "pendidikan": spelled,
                    "jurusan": messy(bodies[source], own, rng, typos=True),
                    "label": True,
                    "jenis": "ejaan",
                    "asal": source,
                }
            )
        verbatim = rng.choice(accepted)  # as SIASN writes it: the exact nomenclature
        rows.append(
            base | {"pendidikan": f.jenjang, "jurusan": verbatim, "label": True, "jenis": "persis", "asal": verbatim}
        )
        source = rng.choice(singles)
        pool = by_level.get(split_level(source)[0], simple)
        near = process.extract(bodies[source], [bodies[p] for p in pool], scorer=fuzz.token_set_ratio, limit=25)
        taken = 0
        for _, _, idx in near:
            candidate = pool[idx]
            if candidate in accepted:
                continue
            if ambiguous(candidate):
                dropped += 1
                continue
            rows.append(
                base
                | {
                    "pendidikan": spell(level),
                    "jurusan": messy(bodies[candidate], level, rng, typos=True),
                    "label": False,
                    "jenis": "terdekat",
                    "asal": candidate,
                }
            )
            taken += 1
            if taken == 2:
                break
        if level in LOWER:
            lower = LOWER[level]
            rows.append(
                base
                | {
                    "pendidikan": spell(lower),
                    "jurusan": messy(bodies[source], lower, rng, typos=False),
                    "label": False,
                    "jenis": "jenjang_rendah",
                    "asal": source,
                }
            )
        candidate = rng.choice(pool)
        if candidate not in accepted and not ambiguous(candidate):
            rows.append(
                base
                | {
                    "pendidikan": spell(level),
                    "jurusan": messy(bodies[candidate], level, rng, typos=False),
                    "label": False,
                    "jenis": "acak",
                    "asal": candidate,
                }
            )
    pairs = pd.DataFrame(rows)
    t_build = time.perf_counter() - t1

    truth = pairs["label"].to_numpy(bool)
    own_rank = pairs["pendidikan"].map(lambda v: level_rank(parse_level(v)) or 0).to_numpy(float)
    need_rank = pairs["syarat_pendidikan"].map(lambda v: level_rank(parse_level(v)) or 0).to_numpy(float)
    level_ok = own_rank >= need_rank

    def scores(pred: np.ndarray) -> tuple[float, float, float]:
        tp = int((pred & truth).sum())
        fp = int((pred & ~truth).sum())
        fn = int((~pred & truth).sum())
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    exact = (
        np.array(
            [j.strip() in set(s.split("; ")) for j, s in zip(pairs["jurusan"], pairs["syarat_jurusan"], strict=True)]
        )
        & level_ok
    )
    best_ratio = np.array(
        [
            max(fuzz.token_set_ratio(j, a, processor=utils.default_process) for a in s.split("; "))
            for j, s in zip(pairs["jurusan"], pairs["syarat_jurusan"], strict=True)
        ]
    )
    fuzzy_best = max(((scores((best_ratio >= t) & level_ok), t) for t in range(50, 101)), key=lambda x: x[0][2])

    t2 = time.perf_counter()
    matcher = EducationMatcher(groups["programmes"].map("; ".join))
    t_index = time.perf_counter() - t2
    t3 = time.perf_counter()
    result = matcher.fit_many(pairs)
    t_fit = time.perf_counter() - t3
    pred = result["memenuhi_pendidikan"].to_numpy(bool)

    print(f"Data: {path.name}: {len(data):,} baris, {len(groups):,} formasi; {len(simple):,} nama program tunggal")
    print(
        f"Pasangan berlabel: {len(pairs):,} dari {min(n_formasi, len(formations)):,} formasi (seed {seed}); dibuang karena ambigu: {dropped:,}"
    )
    print("  " + ", ".join(f"{k}={v:,}" for k, v in pairs["jenis"].value_counts().items()))
    print(f"{'metode':<38}{'presisi':>9}{'recall':>9}{'F1':>9}{'FP':>7}{'FN':>7}")
    fuzzy_pred = (best_ratio >= fuzzy_best[1]) & level_ok
    for name, made in (
        ("perbandingan persis", exact),
        (f"token_set_ratio >= {fuzzy_best[1]} (ambang terbaik)", fuzzy_pred),
        ("EducationMatcher", pred),
    ):
        p, r, f1 = scores(made)
        print(f"{name:<38}{p:>9.4f}{r:>9.4f}{f1:>9.4f}{int((made & ~truth).sum()):>7}{int((~made & truth).sum()):>7}")
    print("Akurasi EducationMatcher per jenis pasangan:")
    for kind, part in pairs.assign(ok=pred == truth).groupby("jenis"):
        print(f"  {kind:<16}{part['ok'].mean():.4f} ({len(part):,})")
    statuses = result.loc[truth, "status_pendidikan"].value_counts()
    typo_hits = int(result.loc[truth, "alasan_pendidikan"].str.contains("salah ketik", regex=False).sum())
    print(
        "Status pada positif:",
        ", ".join(f"{k}={v:,}" for k, v in statuses.items()),
        f"(dikenali sebagai salah ketik: {typo_hits:,})",
    )
    print(
        f"Waktu: baca {t_load:.2f} s, susun pasangan {t_build:.2f} s, indeks {t_index:.2f} s, fit_many {t_fit:.2f} s "
        f"({len(pairs) / max(t_fit, 1e-9):,.0f} pasangan/s)"
    )
    print(f"Memori puncak: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")
    if show:
        wrong = pairs.assign(pred=pred, alasan=result["alasan_pendidikan"])[pred != truth]
        for row in wrong.head(show).itertuples():
            print(
                f"  [{row.jenis}] label={row.label} {row.pendidikan!r} {row.jurusan!r} <- {row.asal!r} | {row.alasan[:160]}"
            )
    formation = {
        f"token_set_ratio >= {fuzzy_best[1]}": scores(fuzzy_pred),
        "EducationMatcher": scores(pred),
    }
    return roster_set(show, formation)


# --- second set: real roster spellings ----------------------------------------------------------
#
# bench/data/pendidikan_roster.csv holds education cells as real rosters write them, each labelled
# by hand with what it *means* (level, programmes held, SLTA track and vocational field), never
# with the engine's output. Sources (column ``sumber``, details in asn_mutasi/data/pendidikan_sumber.csv):
# pppk = the distinct PENDIDIKAN values of a public PPPK 2025 appointment list of Kab. Kapuas
# (github.com/ssyamsulhadii/earasip, app/Http/Controllers/DataController.php; only the education
# strings were kept, no names or numbers); bkn = school names of the BKN/SAPK education reference
# (github.com/chimeyant/ppdb-server database/seeds/JurusanSeeder.js); isu/domain = spellings quoted
# in issue 12 and domain.md §3.2; gelar = academic titles (Permenristekdikti 59/2018); sscasn,
# kepmen257, pddikti_sanitasi = renamed programmes; pppk_uji = further distinct values of the same
# PPPK list labelled after development and kept out of it (a held-out check; ambiguous spellings left out). Each is tried against the requirements below
# (written as SSCASN 2024 formations write them); the label is computed from the meaning columns:
# level at least the required one, and a programme held among the accepted ones, or for
# vocational requirements the SLTA track (and field) required.
ROSTER_FILE = Path(__file__).resolve().parent / "data" / "pendidikan_roster.csv"
_ANY = "*"
# (jenjang, requirement text, accepted programmes or _ANY, required track, required field, SLTA only)
REQUIREMENTS: tuple[tuple[str, str, frozenset[str] | str, str | None, str | None, bool], ...] = (
    ("SLTA", "SLTA/SMA SEDERAJAT", _ANY, None, None, False),
    ("SMK/SLTA Kejuruan", "SMK", _ANY, "kejuruan", None, True),
    ("SLTA", "SLTA KEJURUAN", _ANY, "kejuruan", None, True),
    ("SMK/SLTA Kejuruan", "SMK TEKNIK", _ANY, "kejuruan", "teknik", True),
    ("SMK/SLTA Kejuruan", "SMK AKUNTANSI/KEUANGAN", frozenset({"AKUNTANSI", "KEUANGAN"}), "kejuruan", None, True),
    ("SMK/SLTA Kejuruan", "SPMA SEDERAJAT", _ANY, "kejuruan", "pertanian", True),
    ("SMK/SLTA Kejuruan", "SMK KEPERAWATAN", frozenset({"KEPERAWATAN"}), "kejuruan", None, True),
    ("SLTA", "SMA IPS", frozenset({"IPS"}), "umum", None, True),
    ("SLTA", "SMA IPA", frozenset({"IPA"}), "umum", None, True),
    ("S-1/Sarjana", "S-1 MANAJEMEN", frozenset({"MANAJEMEN"}), None, None, False),
    ("S-1/Sarjana", "S-1 EKONOMI MANAJEMEN", frozenset({"MANAJEMEN"}), None, None, False),
    ("S-1/Sarjana", "S-1 AKUNTANSI", frozenset({"AKUNTANSI"}), None, None, False),
    ("S-1/Sarjana", "S-1 ADMINISTRASI NEGARA; S-1 ADMINISTRASI PUBLIK", frozenset({"ADMINISTRASI NEGARA"}), None, None, False),
    ("S-1/Sarjana", "S-1 TEKNIK INFORMATIKA", frozenset({"TEKNIK INFORMATIKA"}), None, None, False),
    ("S-1/Sarjana", "S-1 SISTEM INFORMASI", frozenset({"SISTEM INFORMASI"}), None, None, False),
    ("S-1/Sarjana", "S-1 HUKUM; S-1 ILMU HUKUM", frozenset({"HUKUM"}), None, None, False),
    ("S-1/Sarjana", "S-1 PENDIDIKAN GURU SEKOLAH DASAR", frozenset({"PGSD"}), None, None, False),
    ("S-1/Sarjana", "S-1 PENDIDIKAN AGAMA ISLAM", frozenset({"PAI"}), None, None, False),
    ("S-1/Sarjana", "S-1 KESEHATAN MASYARAKAT", frozenset({"KESEHATAN MASYARAKAT"}), None, None, False),
    ("S-1/Sarjana", "S-1 STATISTIKA", frozenset({"STATISTIKA"}), None, None, False),
    ("S-1/Sarjana", "S-1 KEPERAWATAN", frozenset({"KEPERAWATAN"}), None, None, False),
    ("S-1/Sarjana", "S-1 TEKNIK SIPIL", frozenset({"TEKNIK SIPIL"}), None, None, False),
    ("S-1/Sarjana", "S-1 PENDIDIKAN GURU PENDIDIKAN ANAK USIA DINI", frozenset({"PG PAUD"}), None, None, False),
    ("S-1/Sarjana", "S-1 PENDIDIKAN MATEMATIKA", frozenset({"PENDIDIKAN MATEMATIKA"}), None, None, False),
    ("S-1/Sarjana", "S-1 KEDOKTERAN", frozenset({"KEDOKTERAN"}), None, None, False),
    ("Diploma III/Sarjana Muda", "D-III KEPERAWATAN", frozenset({"KEPERAWATAN"}), None, None, False),
    ("Diploma III/Sarjana Muda", "D-III KEBIDANAN", frozenset({"KEBIDANAN"}), None, None, False),
    ("Diploma III/Sarjana Muda", "D-III TEKNOLOGI LABORATORIUM MEDIS", frozenset({"TLM"}), None, None, False),
    ("Diploma III/Sarjana Muda", "D-III SANITASI", frozenset({"SANITASI"}), None, None, False),
    ("Diploma III/Sarjana Muda", "D-III MANAJEMEN INFORMATIKA", frozenset({"MANAJEMEN INFORMATIKA"}), None, None, False),
    ("Diploma III/Sarjana Muda", "D-III FARMASI", frozenset({"FARMASI"}), None, None, False),
    ("Diploma III/Sarjana Muda", "D-III GIZI", frozenset({"GIZI"}), None, None, False),
    ("Diploma III/Sarjana Muda", "D-III AKUNTANSI", frozenset({"AKUNTANSI"}), None, None, False),
    ("Profesi", "PROFESI NERS", frozenset({"NERS"}), None, None, False),
    ("Profesi", "PROFESI DOKTER", frozenset({"DOKTER"}), None, None, False),
    ("S-1/Sarjana", "S-1 PENDIDIKAN BIOLOGI", frozenset({"PENDIDIKAN BIOLOGI"}), None, None, False),
    ("S-1/Sarjana", "S-1 PENDIDIKAN JASMANI KESEHATAN DAN REKREASI", frozenset({"PJKR"}), None, None, False),
    ("S-1/Sarjana", "S-1 BIMBINGAN DAN KONSELING", frozenset({"BK"}), None, None, False),
    ("S-1/Sarjana", "S-1 PERIKANAN", frozenset({"PERIKANAN"}), None, None, False),
    ("S-1/Sarjana", "S-1 PENDIDIKAN AGAMA KRISTEN", frozenset({"PAK"}), None, None, False),
    ("S-1/Sarjana", "S-1 PENDIDIKAN GURU MADRASAH IBTIDAIYAH", frozenset({"PGMI"}), None, None, False),
    ("S-1/Sarjana", "S-1 PENDIDIKAN ILMU PENGETAHUAN ALAM", frozenset({"PENDIDIKAN IPA"}), None, None, False),
    ("S-1/Sarjana", "S-1 AGRIBISNIS", frozenset({"AGRIBISNIS"}), None, None, False),
)  # fmt: skip
RANK = {"SD": 1, "SMP": 2, "SMA": 3, "D-I": 4, "D-II": 5, "D-III": 6, "D-IV": 7, "S-1": 7, "Profesi": 7.5}
NEED = {"SLTA": "SMA", "SMK/SLTA Kejuruan": "SMA", "S-1/Sarjana": "S-1", "Diploma III/Sarjana Muda": "D-III"}


def roster_label(row: dict[str, str], req: tuple[str, str, frozenset[str] | str, str | None, str | None, bool]) -> bool:
    """Whether a hand-labelled education meets a requirement, from the labels' meaning only."""
    jenjang, _, accepted, track, field, _ = req
    if RANK[row["tingkat"]] < RANK[NEED.get(jenjang, jenjang)]:
        return False
    if track is not None and row["jalur"] != track:
        return False
    if field is not None and row["bidang"] != field:
        return False
    held = {p for p in row["program"].split(";") if p}
    return accepted == _ANY or bool(held & accepted)  # type: ignore[operator]


def as_prepared(pendidikan: str, jurusan: str, nama: str) -> tuple[str | None, str | None, str | None]:
    """Return (pendidikan, jurusan, nama) as validation.prepare_roster hands them to the matcher."""
    from asn_mutasi.domain import pendidikan as pend
    from asn_mutasi.domain.gelar import parse_titles

    if hasattr(pend, "roster_education"):
        level, programme = pend.roster_education(pendidikan, jurusan)
    elif hasattr(pend, "roster_programme"):  # older engines (for comparison runs)
        level = parse_level(pendidikan) or (split_level(jurusan)[0] if jurusan else None)
        programme = pend.roster_programme(pendidikan, jurusan)
    else:  # the JURUSAN cell only
        level = parse_level(pendidikan) or (split_level(jurusan)[0] if jurusan else None)
        programme = jurusan or None
    if (level is None or programme is None) and nama:
        evidence = parse_titles(nama)
        level = level or evidence.level
        programme = programme or evidence.programme_hint
    elif nama:
        from asn_mutasi import validation

        if hasattr(validation, "profession_from_title"):  # S-1 Keperawatan + "Ns." in the name: Profesi Ners
            level, programme = validation.profession_from_title(level, programme, validation.name_profession(nama))
    return level, programme, (None if level and programme else nama or None)


def roster_set(show: int, formation: dict[str, tuple[float, float, float]] | None) -> int:
    """Measure the second labelled set (real roster spellings) and print it beside the formation set."""
    import csv

    with ROSTER_FILE.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    records = []
    for row in rows:
        level, programme, nama = as_prepared(row["pendidikan"], row["jurusan"], row["nama"])
        for req in REQUIREMENTS:
            if req[5] and RANK[row["tingkat"]] > RANK["SMA"]:
                continue  # vocational/stream requirements are judged for SLTA holders only
            records.append(
                {
                    "pendidikan": level,
                    "jurusan": programme,
                    "nama": nama,
                    "syarat_pendidikan": req[0],
                    "syarat_jurusan": req[1],
                    "label": roster_label(row, req),
                    "asli": f"{row['pendidikan']} | {row['jurusan']} | {row['nama']}",
                    "sumber": row["sumber"],
                    "teks": " ".join(v for v in (row["pendidikan"], row["jurusan"]) if v),
                    "tingkat": row["tingkat"],
                }
            )
    pairs = pd.DataFrame(records)
    truth = pairs["label"].to_numpy(bool)
    matcher = EducationMatcher(r[1] for r in REQUIREMENTS)
    result = matcher.fit_many(pairs)
    pred = result["memenuhi_pendidikan"].to_numpy(bool)
    # baseline: token_set_ratio of the written cells against the accepted pieces, with the true level
    level_ok = np.array(
        [RANK[t] >= RANK[NEED.get(j, j)] for t, j in zip(pairs["tingkat"], pairs["syarat_pendidikan"], strict=True)]
    )
    ratio = np.array(
        [
            max(fuzz.token_set_ratio(t, a, processor=utils.default_process) for a in re.split(r"[;/]", s))
            for t, s in zip(pairs["teks"], pairs["syarat_jurusan"], strict=True)
        ]
    )

    def scores(made: np.ndarray) -> tuple[float, float, float]:
        tp = int((made & truth).sum())
        fp = int((made & ~truth).sum())
        fn = int((~made & truth).sum())
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    best = max(((scores((ratio >= t) & level_ok), t) for t in range(50, 101)), key=lambda x: x[0][2])
    print()
    print(
        f"Set ejaan roster nyata: {len(rows):,} ejaan pendidikan ({', '.join(f'{k}={v}' for k, v in pairs.drop_duplicates('asli')['sumber'].value_counts().items())})"
    )
    print(f"  {len(pairs):,} pasangan x {len(REQUIREMENTS)} syarat; positif {int(truth.sum()):,}")
    roster = {f"token_set_ratio >= {best[1]}": best[0], "EducationMatcher": scores(pred)}
    print(f"{'metode':<30}{'set':<10}{'presisi':>9}{'recall':>9}{'F1':>9}")
    for name in ("token_set_ratio", "EducationMatcher"):
        for label, table in (("formasi", formation), ("roster", roster)):
            if table is None:
                continue
            key = next(k for k in table if k.startswith(name))
            p, r, f1 = table[key]
            print(f"{key:<30}{label:<10}{p:>9.4f}{r:>9.4f}{f1:>9.4f}")
    fp = int((pred & ~truth).sum())
    fn = int((~pred & truth).sum())
    print(f"  EducationMatcher pada roster: FP {fp}, FN {fn}")
    held = (pairs["sumber"] == "pppk_uji").to_numpy()
    for label, mask in (("dipakai saat pengembangan", ~held), ("uji (tidak dipakai saat pengembangan)", held)):
        t, m = truth[mask], pred[mask]
        tp, fp_, fn_ = int((m & t).sum()), int((m & ~t).sum()), int((~m & t).sum())
        p = tp / (tp + fp_) if tp + fp_ else 0.0
        r = tp / (tp + fn_) if tp + fn_ else 0.0
        print(f"  - {label}: {int(mask.sum()):,} pasangan, positif {int(t.sum())}, presisi {p:.4f}, recall {r:.4f}")
    if show:
        wrong = pairs.assign(pred=pred, alasan=result["alasan_pendidikan"])[pred != truth]
        for row in wrong.head(show).itertuples():
            print(f"  label={row.label} {row.asli!r} vs {row.syarat_jurusan!r} | {row.alasan[:150]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
