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
