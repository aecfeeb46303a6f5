"""Compare our BUP and TMT pensiun with two more peer applications' own formulas (peers8, h33).

Usage:
    python bench/peers8_pensiun.py

The peers' rules are ported here, no dump is needed (their seeds are a few lines, quoted below):

- github.com/LLDIKTI-XVI-TEAM/SIMPEG (Laravel; LLDIKTI XVI): ``app/Services/Employees/TmtCalculatorService.php``
  (commit 02561d7) ``pensionCalculation``: BUP = ``ref_jabatan.default_bup``, else ``ref_jenis_jabatan.
  maks_usia_pensiun``, seeded in ``database/seeders/ReferenceSeeder.php`` (commit 0abe7ce) as Struktural 60,
  Fungsional Tertentu 58, Fungsional Umum / Pelaksana 58; the pension date is ``tanggal_lahir->
  addYearsNoOverflow($bup)``, the BUP birthday itself (29 February: 28 February). Its kenaikan pangkat
  (``tmt_pangkat + 4`` years) and KGB (``tmt_kgb + 2``) dates have no counterpart here: the tool plans no promotion.
- github.com/jeffbastian23/gens118mar2026 (React + Supabase): ``src/components/corebase/CorebaseDbPensiunTab.tsx``
  (commit 44592d7) ``determineBup``: "utama" in the Eselon/Jenjang 65, "madya" or "jpt" 60, else 58;
  ``calculateTmtPensiun``: ``new Date(year + bup, month + 1, 1)``, the 1st of the month after the birthday month.

Ours: the roster in a SIMPEG's layout (NIP, JABATAN, ESELON/JENJANG, TANGGAL LAHIR) read by ``read_table`` and
``prepare_roster``, BUP and TMT by ``retirement_table``; then the same roster with the LLDIKTI app's own TMT PENSIUN
and BUP columns, to show how its figures are judged (``roster_pension`` verdicts). Birth dates include 29 February,
the 1st and the last day of a month, and 31 December. Prints the agreement per comparison and every difference with
the rule that decides it.

Measured (peers8, h33), 77 rows (11 posts x 7 birth dates):

- gens118: BUP 70/77, TMT 70/77. The 7 others are its "JPT Utama" 65 ("utama" matched before "jpt"): UU 20/2023
  Pasal 55 gives every JPT 60, as we do; the peer is wrong.
- LLDIKTI: BUP 42/77, date 0/77. Its date is the BUP birthday, not the 1st of the month after (PP 11/2017 Pasal 239 +
  Peraturan BKN: dismissed at the end of the month the BUP is reached); its BUP is 60 for every Struktural post
  (administrator and pengawas are 58) and 58 for every JF (ahli madya 60, ahli utama 65). With its own columns in the
  roster: its 42 dates with the right BUP are "beda-bulan" (same BUP, same TMT as ours); the 28 rows of its 60 for
  a pengawas and its 58 for a JF ahli madya/utama are refused ("tidak-wajar", the law named; before peers8 all 28
  were believed), its 7 60s for an administrator believed ("beda-bup": a stale name after the penyetaraan may be a
  JF ahli madya at 60).
"""

from __future__ import annotations

import calendar
import collections
import tempfile
from datetime import date
from pathlib import Path

import pandas as pd

from asn_mutasi.config import Settings
from asn_mutasi.domain.pensiun import roster_pension
from asn_mutasi.io.readers import read_table
from asn_mutasi.validation import prepare_roster
from asn_mutasi.workload.retirement import retirement_table

#: (jabatan, gens118's Eselon/Jenjang option, LLDIKTI's ref_jenis_jabatan)
POSTS = [
    ("Pengadministrasi Umum", "Pelaksana", "Fungsional Umum / Pelaksana"),
    ("Analis Kepegawaian Ahli Pertama", "Fungsional Ahli Pertama", "Fungsional Tertentu"),
    ("Analis Kepegawaian Ahli Muda", "Fungsional Ahli Muda", "Fungsional Tertentu"),
    ("Analis Kepegawaian Ahli Madya", "Fungsional Ahli Madya", "Fungsional Tertentu"),
    ("Analis Kebijakan Ahli Utama", "Fungsional Ahli Utama", "Fungsional Tertentu"),
    ("Kepala Seksi Pelayanan", "Pejabat Pengawas", "Struktural"),
    ("Kepala Subbagian Umum", "Pejabat Pengawas", "Struktural"),
    ("Kepala Bidang Mutasi", "Pejabat Administrator", "Struktural"),
    ("Kepala Dinas Sosial", "JPT Pratama", "Struktural"),
    ("Sekretaris Jenderal", "JPT Madya", "Struktural"),
    ("Kepala Badan Kepegawaian Negara", "JPT Utama", "Struktural"),
]
LLDIKTI_SEED = {"Struktural": 60, "Fungsional Tertentu": 58, "Fungsional Umum / Pelaksana": 58}
BIRTHS = ["1968-02-29", "1970-05-01", "1969-12-31", "1967-01-31", "1966-07-15", "1972-02-29", "1971-11-30"]


def gens118_bup(eselon_jenjang: str) -> int:
    """``determineBup``."""
    text = eselon_jenjang.lower()
    if "utama" in text:
        return 65
    if "madya" in text or "jpt" in text:
        return 60
    return 58


def gens118_tmt(born: date, bup: int) -> date:
    """``calculateTmtPensiun``: ``new Date(y + bup, m + 1, 1)`` (a month 12 rolls into January)."""
    month = born.month + 1
    return date(born.year + bup + (month > 12), (month - 1) % 12 + 1, 1)


def lldikti_tmt(born: date, bup: int) -> date:
    """``tanggal_lahir->addYearsNoOverflow($bup)``: the day clamped to the month's end."""
    year = born.year + bup
    return date(year, born.month, min(born.day, calendar.monthrange(year, born.month)[1]))


def _roster(path: Path, stated: bool) -> pd.DataFrame:
    """Write the grid of posts × birth dates as a SIMPEG export (with LLDIKTI's own figures when ``stated``) and
    return our BUP and TMT pensiun per row, with the verdict on the stated figures."""
    head = "NIP,NAMA,JABATAN,ESELON/JENJANG,UNIT KERJA,TANGGAL LAHIR" + (",TMT PENSIUN,BUP" if stated else "")
    lines = [head]
    for i, (jabatan, jenjang, jenis) in enumerate(POSTS):
        for k, born in enumerate(BIRTHS):
            nip = f"{born.replace('-', '')}200003{1 + (k % 2)}{i:02d}{k}"
            row = f"{nip},P{i}{k},{jabatan},{jenjang},Dinas Sosial,{born}"
            if stated:
                bup = LLDIKTI_SEED[jenis]
                row += f",{lldikti_tmt(date.fromisoformat(born), bup).isoformat()},{bup}"
            lines.append(row)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    frame = prepare_roster(read_table(str(path), "pegawai"), today=date(2026, 1, 15)).frame
    settings = Settings()
    out = retirement_table(frame, settings)
    out["verdict"] = roster_pension(frame, settings.aturan).verdict
    return out.reset_index(drop=True)


def main() -> None:
    grid = [(p, b) for p in POSTS for b in BIRTHS]
    with tempfile.TemporaryDirectory() as tmp:
        ours = _roster(Path(tmp) / "pegawai.csv", stated=False)
        judged = _roster(Path(tmp) / "pegawai_tmt.csv", stated=True)
    agree = collections.Counter()
    for ((jabatan, jenjang, jenis), born_text), row, seen in zip(
        grid, ours.itertuples(), judged.itertuples(), strict=True
    ):
        born, bup, tmt = date.fromisoformat(born_text), int(row.bup), pd.Timestamp(row.tmt_pensiun).date()
        g_bup = gens118_bup(jenjang)
        l_bup = LLDIKTI_SEED[jenis]
        agree["gens118 BUP"] += g_bup == bup
        agree["gens118 TMT"] += gens118_tmt(born, g_bup) == tmt
        agree["LLDIKTI BUP"] += l_bup == bup
        agree["LLDIKTI tanggal"] += lldikti_tmt(born, l_bup) == tmt
        agree[f"LLDIKTI dinilai {seen.verdict}"] += 1
        if g_bup != bup or gens118_tmt(born, g_bup) != tmt or l_bup != bup:
            print(f"{jabatan} lahir {born}: ours {bup}/{tmt}; gens118 {g_bup}/{gens118_tmt(born, g_bup)}; "
                  f"LLDIKTI {l_bup}/{lldikti_tmt(born, l_bup)} -> used {int(seen.bup)} ({seen.verdict})")  # fmt: skip
    print(f"{len(grid)} rows")
    for key, value in sorted(agree.items()):
        print(f"  {key}: {value}/{len(grid)}" if not key.startswith("LLDIKTI dinilai") else f"  {key}: {value}")


if __name__ == "__main__":
    main()
