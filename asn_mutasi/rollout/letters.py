"""The fields of the letters of an approved plan (issue 15): SK lampiran, petikan, pemberitahuan.

Pure: frames in, template contexts (dicts of text) out; rendering is :mod:`asn_mutasi.io.letters`.
The field list is documented in docs/surat.md (Bahasa Indonesia) and :data:`COMMON_FIELDS`,
:data:`PERSON_FIELDS`, :data:`LAMPIRAN_ROW_FIELDS` here.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date

import pandas as pd

from asn_mutasi.domain.golongan import pangkat_and_golongan
from asn_mutasi.domain.jabatan import title_in_sentence, unit_in_words
from asn_mutasi.domain.lowongan import SEAT_CHAIN, SEAT_NOW, SEAT_RETIREMENT

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


#: the header's fields and ``pejabat_kalimat``: the official as a sentence names them ("Keputusan Bupati Biak Numfor",
#: where ``pejabat`` is the heading's "BUPATI BIAK NUMFOR")
COMMON_FIELDS: tuple[str, ...] = (*LetterHeader.__dataclass_fields__, "pejabat_kalimat")
PERSON_FIELDS: tuple[str, ...] = (
    "no",
    "id_mutasi",
    "nama",
    "nip",
    "golongan",
    "jabatan_asal",
    "unit_asal",
    "jabatan_tujuan",
    "unit_tujuan",
    "pertimbangan",
    "aspirasi",
    "diklat",
)
LAMPIRAN_ROW_FIELDS: tuple[str, ...] = PERSON_FIELDS[:9]
#: the ``golongan`` of a letter whose person has none in the plan: a prompt in brackets, as the ``[surat]`` defaults
#: are, never "pangkat/golongan ruang ," (walk5, h28); ``surat`` names these people in a note
MISSING_GOLONGAN = "[pangkat, golongan/ruang]"


def _text(values: pd.Series) -> pd.Series:
    return values.astype("string").fillna("").str.strip().astype(object)


def _in_words(moves: pd.DataFrame) -> pd.DataFrame:
    """``moves`` with its units and golongan as a decree names them, per distinct value: the plan's ``OPD | unit``
    key in words (:func:`unit_in_words`; "Dinas Perikanan | Sekretariat" was printed in every petikan, letter and
    lampiran) and the pangkat with the golongan (:func:`pangkat_and_golongan`, :data:`MISSING_GOLONGAN` when blank)
    (walk5, h28)."""
    out = moves.copy()
    for col, words in (("unit_asal", _unit), ("unit_tujuan", _unit), ("golongan", _golongan)):
        values = _text(out[col]) if col in out else pd.Series("", index=out.index, dtype=object)
        out[col] = values.map({v: words(v) for v in values.unique()})
    return out


def _unit(text: str) -> str:
    """Every letter writes a unit after "jabatan X pada": the unit and its OPD as one name, no second "pada"."""
    return unit_in_words(text, after_pada=True)


def _golongan(text: str) -> str:
    return pangkat_and_golongan(text) or MISSING_GOLONGAN


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
    m = _in_words(moves.reset_index(drop=True))
    people = pd.DataFrame({f: _text(m[f]) if f in m else "" for f in LAMPIRAN_ROW_FIELDS[1:]})
    people.insert(0, "no", (pd.RangeIndex(len(m)) + 1).astype(str))
    people["pertimbangan"] = formal_reason(m).to_numpy()
    people["aspirasi"] = aspiration_text(m).to_numpy()
    trainings = training_text(training) if len(training) else pd.Series(dtype=object)
    people["diklat"] = people["nip"].map(trainings).astype(object).fillna("tidak ada kebutuhan diklat khusus")
    common = asdict(header) | {"pejabat_kalimat": title_in_sentence(header.pejabat)}
    rows = people[list(LAMPIRAN_ROW_FIELDS)].to_dict("records")
    lampiran: dict[str, object] = {**common, "baris": rows, "jumlah": str(len(rows))}
    persons = [{**common, **rec} for rec in people[list(PERSON_FIELDS)].to_dict("records")]
    return lampiran, persons
