"""Write the sample's aspiration forms and fill them the way the OPDs would (issue 15).

    python scripts/isi_formulir_aspirasi.py [SAMPLE_FOLDER] [--seed 2026]

Writes ``SAMPLE_FOLDER/aspirasi/aspirasi_<opd>.xlsx`` with ``asn-mutasi aspirasi formulir``
(the library verb), then types the answers of :func:`asn_mutasi.sample.aspirations.aspiration_answers`
into each OPD's form with openpyxl, as an admin clerk would. One OPD sends a revised form a week
later (``aspirasi_<opd>_revisi.xlsx``: three answers changed, later Tanggal Pengisian) and one
form gets an extra row with a NIP that is not in the roster, so reading them back shows the
conflict and unknown-NIP findings. Same seed → same answers.
"""

from __future__ import annotations

import argparse
import shutil
from pathlib import Path

import asn_mutasi as am
from asn_mutasi.api.inputs import load_inputs, setup
from asn_mutasi.io.aspiration_forms import fill_form, form_file_name
from asn_mutasi.sample.aspirations import aspiration_answers

FILLED_ON, REVISED_ON = "2026-10-20", "2026-10-27"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("folder", nargs="?", default="sample_data", type=Path)
    ap.add_argument("--seed", type=int, default=2026)
    args = ap.parse_args()
    pegawai, jabatan = args.folder / "pegawai.xlsx", args.folder / "peta_jabatan.xlsx"
    out = args.folder / "aspirasi"
    shutil.rmtree(out, ignore_errors=True)
    am.aspiration_forms(pegawai=pegawai, jabatan=jabatan, output=out, per_opd=True)
    run = setup(None, None, None, None)
    inputs = load_inputs(pegawai, jabatan, opts=run.read, settings=run.settings, today=run.today)
    assert inputs.positions is not None
    roster, positions = inputs.roster.valid, inputs.positions.valid
    answers = aspiration_answers(roster, positions.sort_values("kode_jabatan"), seed=args.seed, tanggal=FILLED_ON)
    unit_of = roster.drop_duplicates("nip").set_index("nip")["unit_kerja"].astype(str)
    answers["_opd"] = answers["nip"].map(unit_of)
    opds = sorted(answers["_opd"].unique())
    for opd in opds:
        part = answers[answers["_opd"] == opd].drop(columns="_opd")
        fill_form(out / form_file_name(opd), part)
    # a revised form from the first OPD one week later: three answers changed
    first = opds[0]
    revised = answers[answers["_opd"] == first].drop(columns="_opd").head(3).copy()
    revised["pilihan_1_unit"] = revised["pilihan_2_unit"].where(
        revised["pilihan_2_unit"] != "", revised["pilihan_1_unit"]
    )
    revised["pilihan_1_jabatan"] = ""
    revised["alasan"] = "Revisi: mengubah pilihan setelah berdiskusi dengan atasan"
    revised["tanggal_isi"] = REVISED_ON
    base = out / form_file_name(first)
    fill_form(base, revised, output=base.with_name(base.stem + "_revisi.xlsx"))
    # an extra row typed below the list with a NIP that is not in the roster
    stray = answers.head(1).drop(columns="_opd").assign(nip="199901012020121999", alasan="Pegawai pindahan")
    fill_form(out / form_file_name(opds[-1]), stray)
    print(f"{len(list(out.glob('*.xlsx')))} formulir di {out}; {len(answers)} pegawai mengisi")


if __name__ == "__main__":
    main()
