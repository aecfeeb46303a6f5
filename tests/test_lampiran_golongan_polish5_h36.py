"""The SK lampiran's Pangkat / Golongan column holds a grade without breaking it (polish5, h36).

At 2.4 cm (9 pt Arial, Word's 0.19 cm cell margins) "Penata Muda, III/a" broke before its golongan and the
header "Pangkat / Golongan" took two lines in LibreOffice's render; the column is now 3.4 cm, taken from the four
jabatan/unit columns (which wrap anyway), and the table now fits (it was 0.1 cm wider than) the landscape A4 text width.
"""

from __future__ import annotations

import re
import zipfile
from importlib.resources import files

#: twentieths of a point per centimetre (docx table widths are in twips)
TWIPS_PER_CM = 1440 / 2.54


def _grid() -> list[int]:
    with zipfile.ZipFile(str(files("asn_mutasi") / "data" / "templates" / "sk_lampiran.docx")) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    return [int(w) for w in re.findall(r'<w:gridCol w:w="(\d+)"/>', xml)]


def test_the_golongan_column_is_wide_enough_for_a_grade_on_one_line() -> None:
    grid = _grid()
    assert len(grid) == 7
    assert grid[2] >= 3.4 * TWIPS_PER_CM - 2  # "Penata Muda, III/a" at 9 pt is about 2.9 cm of text


def test_the_table_still_fits_the_landscape_page() -> None:
    assert sum(_grid()) <= (29.7 - 2 * 2.0) * TWIPS_PER_CM + 2  # A4 landscape, 2 cm margins


#: advance widths (1/1000 em) of Arial and its metric twin Liberation Sans, the lampiran's font, for the characters
#: of a grade as pangkat_and_golongan writes it (the standard Helvetica/Arial AFM metrics)
_ARIAL = {
    " ": 278, ",": 278, "/": 278, "G": 778, "I": 278, "J": 500, "M": 833, "P": 667, "T": 611, "U": 722, "V": 667,
    "X": 667, "a": 556, "b": 556, "c": 500, "d": 556, "e": 556, "g": 556, "i": 222, "k": 500, "l": 222, "m": 833,
    "n": 556, "o": 556, "r": 333, "t": 278, "u": 556, "y": 500,
}  # fmt: skip
#: Word's default left and right cell margins (0.19 cm each)
_CELL_MARGINS_CM = 2 * 0.19


def test_every_pangkat_and_golongan_fits_the_column_on_one_line() -> None:
    """At 3.4 cm "Penata Muda Tingkat I, III/b" broke between "Tingkat" and "I" ("Penata Muda Tingkat | I, III/b"),
    and "Pembina Tingkat I, | IV/b", in LibreOffice's render of the lampiran; every grade now fits on one line at
    9 pt (render28, h37)."""
    from asn_mutasi.domain.golongan import PNS_GOLONGAN, PPPK_KODE, pangkat_and_golongan

    grades = [pangkat_and_golongan(kode) for kode, _ in PNS_GOLONGAN]
    grades += ["Golongan " + pangkat_and_golongan(kode) for kode in PPPK_KODE]  # a PPPK's cell (grade_in_words)
    column_cm = _grid()[2] / TWIPS_PER_CM
    for grade in grades:
        text_cm = sum(_ARIAL[c] for c in grade) / 1000 * 9 / 72 * 2.54
        assert text_cm + _CELL_MARGINS_CM <= column_cm, (grade, round(text_cm, 2), round(column_cm, 2))
