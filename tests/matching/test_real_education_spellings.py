"""Real roster spellings of education, labelled by hand, read as the product reads them.

The labelled list is ``tests/fixtures/ejaan/pendidikan_nyata.csv`` (sources in its header comment; no personal data).
Its rows go through ``prepare_roster`` and the ``EducationMatcher`` as ``cocokkan``/``rencana`` use them (the name is
evidence only when the level or the programme is missing) (spell, h30).
"""

from __future__ import annotations

import csv
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from asn_mutasi.matching.education import EducationMatcher
from asn_mutasi.matching.scoring import _medical_masters
from asn_mutasi.validation import prepare_roster
from tests.test_validation import TODAY, raw_table

FIXTURES = Path(__file__).parents[1] / "fixtures" / "ejaan"


def _rows(name: str) -> list[dict[str, str]]:
    with (FIXTURES / name).open(encoding="utf-8") as handle:
        return list(csv.DictReader(line for line in handle if not line.startswith("#")))


EDUCATION = _rows("pendidikan_nyata.csv")


def _nip(k: int) -> str:
    """A valid NIP per row: birth date, TMT CPNS, sex digit, sequence."""
    return f"1980{1 + k // 28 % 12:02d}{1 + k % 28:02d}200501{1 + k % 2}{k % 1000:03d}"


@pytest.fixture(scope="module")
def education_verdicts() -> list[tuple[bool, str]]:
    """(meets, reason) of each labelled education row."""
    people = [
        {
            "nip": _nip(k),
            "nama": row["nama"] or f"PEGAWAI {k}",
            "jabatan": "Pengadministrasi Perkantoran",
            "pendidikan": row["pendidikan"] or None,
            "jurusan": row["jurusan"] or None,
        }
        for k, row in enumerate(EDUCATION)
    ]
    prepared = prepare_roster(raw_table("pegawai", people), today=TODAY).frame.sort_values("_baris")
    pend, jur = prepared["pendidikan"].tolist(), prepared["jurusan"].tolist()
    # as the plan reads them (scoring.build_context): a row's name where level or programme is missing, or where an
    # S-2 row's name carries a dokter's or specialist's title (spell9, h32)
    wanted = pd.isna(pd.Series(pend)).to_numpy() | pd.isna(pd.Series(jur)).to_numpy()
    wanted |= _medical_masters(prepared, np.asarray(pend, dtype=object))
    names = [n if w else None for n, w in zip(prepared["nama"], wanted, strict=True)]
    pairs = pd.DataFrame(
        {
            "pendidikan": pend,
            "jurusan": jur,
            "nama": names,
            "syarat_pendidikan": [r["syarat_pendidikan"] for r in EDUCATION],
            "syarat_jurusan": [r["syarat_jurusan"] for r in EDUCATION],
        }
    )
    result = EducationMatcher(pairs["syarat_jurusan"]).fit_many(pairs)
    return list(zip(result["memenuhi_pendidikan"].astype(bool), result["alasan_pendidikan"], strict=True))


@pytest.mark.parametrize(
    "k",
    range(len(EDUCATION)),
    ids=[f"{r['pendidikan']}|{r['jurusan']}|{r['nama']}~{r['syarat_jurusan']}" for r in EDUCATION],
)
def test_real_education_spelling_is_read_to_its_meaning(k: int, education_verdicts: list[tuple[bool, str]]) -> None:
    """Specialist titles as the programme ("Sp.PD" = Penyakit Dalam), "Sp-1 X" requirements, "Kes. Mas", "SKM",
    "MM", "Syaraf" among them (spell, h30)."""
    row = EDUCATION[k]
    meets, reason = education_verdicts[k]
    assert meets is (row["memenuhi"] == "1"), reason
