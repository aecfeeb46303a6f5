"""The fields of the letters of an approved plan (issue 15): SK lampiran, petikan, pemberitahuan.

Pure: frames in, template contexts (dicts of text) out; rendering is :mod:`asn_mutasi.io.letters`.
The field list is documented in docs/surat.md (Bahasa Indonesia) and :data:`COMMON_FIELDS`,
:data:`PERSON_FIELDS`, :data:`LAMPIRAN_ROW_FIELDS` here.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace
from datetime import date

import pandas as pd

from asn_mutasi.domain.golongan import pangkat_and_golongan, parse_golongan
from asn_mutasi.domain.jabatan import title_in_sentence, unit_in_words
from asn_mutasi.domain.lowongan import SEAT_CHAIN, SEAT_NOW, SEAT_RETIREMENT
from asn_mutasi.domain.nip import nip_for_people, nip_keys, parse_nip_column

BULAN: tuple[str, ...] = (
    "Januari", "Februari", "Maret", "April", "Mei", "Juni",
    "Juli", "Agustus", "September", "Oktober", "November", "Desember",
)  # fmt: skip


def tanggal_indonesia(value: date) -> str:
    """``1 November 2026``."""
    return f"{value.day} {BULAN[value.month - 1]} {value.year}"


@dataclass(frozen=True)
class LetterHeader:
    """Fields common to every letter; the defaults are prompts a BKD replaces (``[surat]`` settings)."""

    instansi: str
    nama_bkd: str
    alamat_bkd: str
    pejabat: str
    nama_pejabat: str
    kepala_bkd: str
    pangkat_kepala_bkd: str
    nip_kepala_bkd: str
    tempat: str
    nomor_sk: str
    nomor_surat: str
    tanggal_sk: str
    tmt: str


#: the header's fields, ``pejabat_kalimat``: the official as a sentence names them ("Keputusan Bupati Biak Numfor",
#: where ``pejabat`` is the heading's "BUPATI BIAK NUMFOR"), the decree's ``mengingat`` and the lampiran's headings
#: of the number and grade columns (both name the PPPK's only when the decree holds one)
COMMON_FIELDS: tuple[str, ...] = (
    *LetterHeader.__dataclass_fields__,
    "pejabat_kalimat",
    "mengingat",
    "judul_nip",
    "judul_golongan",
)
PERSON_FIELDS: tuple[str, ...] = (
    "no",
    "id_mutasi",
    "nama",
    "jenis_asn",
    "label_nip",
    "nip",
    "golongan",
    "pangkat_golongan",
    "jabatan_asal",
    "unit_asal",
    "jabatan_tujuan",
    "unit_tujuan",
    "pertimbangan",
    "aspirasi",
    "diklat",
)
LAMPIRAN_ROW_FIELDS: tuple[str, ...] = PERSON_FIELDS[:12]
#: the ``golongan`` of a letter whose person has none in the plan: a prompt in brackets, as the ``[surat]`` defaults
#: are, never "pangkat/golongan ruang ," (walk5, h28); ``surat`` names these people in a note
MISSING_GOLONGAN = "[pangkat, golongan/ruang]"
#: the same prompt for a PPPK, who has a golongan (I–XVII) and no pangkat or ruang (domain.md §2.2)
MISSING_GOLONGAN_PPPK = "[golongan]"
#: the legal basis of a mutation decree: the ASN law, and the management regulation of each kind of ASN it moves
#: (PP 11/2017 as amended by PP 17/2020 for PNS, PP 49/2018 for PPPK)
UU_ASN = "Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara"
PP_MANAJEMEN_PNS = (
    "Peraturan Pemerintah Nomor 11 Tahun 2017 tentang Manajemen Pegawai Negeri Sipil sebagaimana telah diubah "
    "dengan Peraturan Pemerintah Nomor 17 Tahun 2020"
)
PP_MANAJEMEN_PPPK = (
    "Peraturan Pemerintah Nomor 49 Tahun 2018 tentang Manajemen Pegawai Pemerintah dengan Perjanjian Kerja"
)


def pppk_mask(moves: pd.DataFrame) -> pd.Series:
    """Whether each person is a PPPK: the roster's ``status_kepegawaian`` where it says PNS/CPNS/PPPK, else a NIP
    that :func:`~asn_mutasi.domain.nip.parse_nip_column` reads as a NI PPPK (digits 13–14 "21"–"29"; a copy of the
    rule here compared two digits with the one-digit code and missed every PPPK: re-read, h29), else a golongan only
    a PPPK has (V … XVII)."""
    index = moves.index
    status = _text(moves["status_kepegawaian"]).str.upper() if "status_kepegawaian" in moves else None
    keys = nip_keys(moves["nip"]) if "nip" in moves else [""] * len(moves)
    parsed = parse_nip_column([str(k) if k else "" for k in keys], is_blank=lambda v: not v)  # THE NIP rule
    by_nip = pd.Series(parsed.valid & parsed.pppk, index=index)
    gol = _text(moves["golongan"]) if "golongan" in moves else pd.Series("", index=index, dtype=object)
    only_pppk = {v: _pppk_only_golongan(v) for v in gol.unique()}
    guess = by_nip | gol.map(only_pppk).astype(bool)
    if status is None:
        return guess.astype(bool)
    known = status.isin(("PNS", "CPNS", "PPPK"))
    return (status.eq("PPPK") | (~known & guess)).astype(bool)


def _pppk_only_golongan(text: str) -> bool:
    gol = parse_golongan(text) if text else None
    return gol is not None and gol.pppk and gol.rank > 4


def mengingat(pppk: pd.Series) -> str:
    """The "Mengingat" of a decree moving these people: the ASN law, PP 11/2017 (as amended) when it moves a PNS,
    PP 49/2018 when it moves a PPPK (walk6, h29: a decree moving PPPK cited only the PNS regulation)."""
    parts = [UU_ASN]
    if not pppk.all():
        parts.append(PP_MANAJEMEN_PNS)
    if pppk.any():
        parts.append(PP_MANAJEMEN_PPPK)
    return "; ".join(parts) + "."


def grade_in_words(golongan: pd.Series, pppk: pd.Series) -> tuple[pd.Series, pd.Series]:
    """(table cell, running-text phrase) of each person's grade: a PNS "Penata Muda, III/a" and "pangkat/golongan
    ruang Penata Muda, III/a"; a PPPK, who has a golongan and no pangkat or ruang, "Golongan V" and "golongan V"
    (walk6, h29: "NIP …, pangkat/golongan ruang V" for a PPPK). A blank golongan is the prompt of its kind."""
    gol = _text(golongan)
    words = gol.map({v: pangkat_and_golongan(v) for v in gol.unique()})
    pns_cell = words.mask(words.eq(""), MISSING_GOLONGAN)
    pppk_cell = ("Golongan " + words).mask(words.eq(""), MISSING_GOLONGAN_PPPK)
    cell = pns_cell.where(~pppk, pppk_cell)
    phrase = ("pangkat/golongan ruang " + pns_cell).where(
        ~pppk, "golongan " + words.mask(words.eq(""), MISSING_GOLONGAN_PPPK)
    )
    return cell.astype(object), phrase.astype(object)


def _text(values: pd.Series) -> pd.Series:
    return values.astype("string").fillna("").str.strip().astype(object)


def _in_words(moves: pd.DataFrame, *, after_pada: bool) -> pd.DataFrame:
    """``moves`` with its units and grade as a decree names them, per distinct value: the plan's ``OPD | unit``
    key in words (:func:`unit_in_words`; "Dinas Perikanan | Sekretariat" was printed in every petikan, letter and
    lampiran) and the grade of :func:`grade_in_words` with the number's label of a PNS or a PPPK (walk5, h28;
    walk6, h29). ``after_pada`` for the letters' running text ("jabatan X pada <unit>"); a table cell (the lampiran,
    as the Daftar SK of ``terapkan``) names the unit with the default "unit pada OPD" (walk6, h29)."""
    out = moves.copy()
    for col in ("unit_asal", "unit_tujuan"):
        values = _text(out[col]) if col in out else pd.Series("", index=out.index, dtype=object)
        out[col] = values.map({v: unit_in_words(v, after_pada=after_pada) for v in values.unique()})
    pppk = pppk_mask(moves)
    golongan = out["golongan"] if "golongan" in out else pd.Series("", index=out.index, dtype=object)
    out["golongan"], out["pangkat_golongan"] = grade_in_words(golongan, pppk)
    out["jenis_asn"] = pppk.map({True: "PPPK", False: "PNS"}).astype(object)
    out["label_nip"] = pppk.map({True: "NI PPPK", False: "NIP"}).astype(object)
    return out


def formal_reason(moves: pd.DataFrame) -> pd.Series:
    """The "pertimbangan" of a letter to the person moved, in a letter's words, from the move's facts: the seat it
    fills (empty now, opened by a retirement, left by another move of the round), whether the person's education
    meets the post's requirement (or is serumpun), and related experience. Never the plan's working reason (scores,
    IDs, option names, finding codes, remarks on the person's own data: a walkthrough found them in 102 of 105
    letters)."""
    jabatan, unit = _text(moves["jabatan_tujuan"]), _text(moves["unit_tujuan"])
    seat = _text(moves.get("jenis_lowongan", pd.Series("", index=moves.index)))
    need = "pemenuhan kebutuhan jabatan " + jabatan + " pada " + unit
    need = need.mask(seat == SEAT_NOW, need + " yang saat ini lowong")
    need = need.mask(
        seat.str.startswith(SEAT_RETIREMENT), need + " yang akan lowong karena pemangkunya memasuki batas usia pensiun"
    )
    need = need.mask(
        seat == SEAT_CHAIN, need + " yang ditinggalkan pemangkunya karena turut dimutasi dalam penataan ini"
    )
    status = _text(moves.get("status_pendidikan", pd.Series("", index=moves.index)))
    education = pd.Series("", index=moves.index, dtype=object)
    education = education.mask(
        status == "sesuai", "kualifikasi pendidikan Saudara memenuhi persyaratan jabatan tersebut"
    )
    education = education.mask(
        status == "serumpun", "kualifikasi pendidikan Saudara serumpun dengan persyaratan jabatan tersebut"
    )
    experience = pd.to_numeric(moves.get("skor_pengalaman", pd.Series(0, index=moves.index)), errors="coerce")
    # only experience the score counts as substantial (half its weight or more): a little related experience beside
    # the letter's own training sentence for the post read as a contradiction (diff review, h24)
    related = pd.Series("", index=moves.index, dtype=object).mask(
        experience.fillna(0) >= _SUBSTANTIAL_EXPERIENCE,
        "pengalaman kerja Saudara terkait dengan tugas jabatan tersebut",
    )
    parts = pd.concat([need, education, related], axis=1).to_numpy().tolist()
    return pd.Series([_sentence([p for p in row if p]) for row in parts], index=moves.index, dtype=object)


#: the experience score (of the default weight 20) from which a letter names the person's related experience
_SUBSTANTIAL_EXPERIENCE = 10.0


def _sentence(parts: list[str]) -> str:
    """ "a; b; dan c." (one part: "a.")."""
    if len(parts) > 1:
        parts = [*parts[:-1], "dan " + parts[-1]]
    return "; ".join(parts) + "."


def training_text(lines: pd.DataFrame) -> pd.Series:
    """One sentence per NIP listing the planned trainings (or that none is needed)."""
    from_lines = lines.assign(_t=_text(lines["nama_diklat"]))
    joined = from_lines.groupby(from_lines["nip"].astype(str), sort=False)["_t"].agg("; ".join)
    return joined.str.replace(r"^tidak ada kebutuhan diklat$", "tidak ada kebutuhan diklat khusus", regex=True)


def aspiration_text(moves: pd.DataFrame) -> pd.Series:
    """The aspiration sentence of a letter per move ('' when no form is known)."""
    if "pilihan_aspirasi" not in moves:
        return pd.Series("", index=moves.index, dtype=object)
    rank = pd.to_numeric(moves["pilihan_aspirasi"], errors="coerce")
    kes = _text(moves.get("kesediaan", pd.Series("", index=moves.index)))
    met = (
        "Penempatan ini sesuai dengan pilihan ke-"
        + rank.fillna(0).astype(int).astype(str)
        + " dalam formulir aspirasi Saudara."
    )
    not_met = (
        "Penempatan ini belum sesuai dengan pilihan dalam formulir aspirasi Saudara, karena pilihan tersebut tidak "
        "dapat dipenuhi tanpa mengurangi pengisian jabatan yang lowong."
    )
    unwilling = (
        "Kami memahami bahwa Saudara menyatakan tidak bersedia dipindah; penempatan ini tetap diputuskan karena "
        "kebutuhan jabatan tersebut tidak dapat dipenuhi dengan cara lain yang sepadan."
    )
    out = pd.Series("", index=moves.index, dtype=object)
    out = out.mask(rank.fillna(0) > 0, met)
    out = out.mask(
        (rank == 0) & (_text(moves.get("aspirasi_terpenuhi", pd.Series("", index=moves.index))) == "Tidak"), not_met
    )
    return out.mask((rank == 0) & (kes == "Tidak bersedia"), unwilling)


def letter_contexts(
    moves: pd.DataFrame, training: pd.DataFrame, header: LetterHeader
) -> tuple[dict[str, object], list[dict[str, object]]]:
    """(lampiran context, one context per person) for the approved ``moves`` (plan move columns,
    optional ``pilihan_aspirasi``/``kesediaan``/``aspirasi_terpenuhi``) and their training lines."""
    m = _in_words(moves.reset_index(drop=True), after_pada=True)
    people = _fields(m)
    people["pertimbangan"] = formal_reason(m).to_numpy()
    people["aspirasi"] = aspiration_text(m).to_numpy()
    trainings = training_text(training) if len(training) else pd.Series(dtype=object)
    people["diklat"] = people["nip"].map(trainings).astype(object).fillna("tidak ada kebutuhan diklat khusus")
    # every NIP a letter prints reads "19850312 201001 1 003", as a BKD writes it (domain.md §1.1; polish4, h35)
    people["nip"] = people["nip"].map(nip_for_people)
    header = replace(header, nip_kepala_bkd=nip_for_people(header.nip_kepala_bkd))
    pppk = people["jenis_asn"].eq("PPPK")
    common = asdict(header) | {
        "pejabat_kalimat": title_in_sentence(header.pejabat),
        "mengingat": mengingat(pppk),
        "judul_nip": "NIP / NI PPPK" if pppk.any() else "NIP",
        "judul_golongan": "Pangkat / Golongan" if pppk.any() else "Pangkat / Gol. Ruang",
    }
    table = _fields(_in_words(moves.reset_index(drop=True), after_pada=False))
    rows = table.assign(nip=table["nip"].map(nip_for_people)).to_dict("records")
    lampiran: dict[str, object] = {**common, "baris": rows, "jumlah": str(len(rows))}
    persons = [{**common, **rec} for rec in people[list(PERSON_FIELDS)].to_dict("records")]
    return lampiran, persons


def _fields(m: pd.DataFrame) -> pd.DataFrame:
    """The lampiran row fields of the moves in words, numbered from 1."""
    people = pd.DataFrame({f: _text(m[f]) if f in m else "" for f in LAMPIRAN_ROW_FIELDS[1:]})
    people.insert(0, "no", (pd.RangeIndex(len(m)) + 1).astype(str))
    return people
