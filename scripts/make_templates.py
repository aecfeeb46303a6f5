"""Build the default letter templates in asn_mutasi/data/templates/ with python-docx (issue 15).

    python scripts/make_templates.py

Writes ``sk_lampiran.docx`` (the table attached to the Keputusan), ``petikan.docx`` (one extract
of the Keputusan per person) and ``pemberitahuan.docx`` (a letter to the person explaining the
move). They hold docxtpl (Jinja2) tags; the fields are listed in docs/surat.md. A BKD copies a
file, edits it in Word or LibreOffice (letterhead, wording) keeping the ``{{ … }}`` tags, and
gives its folder to ``asn-mutasi surat --templat FOLDER``. Rerunning this script gives the same
documents (fixed core properties).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

OUT = Path(__file__).resolve().parents[1] / "asn_mutasi" / "data" / "templates"
FIXED = datetime(2026, 1, 1)


def _doc(landscape: bool = False) -> Document:
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(11)
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = sec.page_height, sec.page_width
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(2.0))
    props = doc.core_properties
    props.author, props.title, props.created, props.modified = "asn-mutasi", "Templat surat mutasi", FIXED, FIXED
    props.last_modified_by, props.revision = "asn-mutasi", 1
    return doc


def _p(doc: Document, text: str, *, bold: bool = False, center: bool = False, size: int | None = None) -> None:
    par = doc.add_paragraph()
    run = par.add_run(text)
    run.bold = bold
    if size:
        run.font.size = Pt(size)
    if center:
        par.alignment = WD_ALIGN_PARAGRAPH.CENTER
    par.paragraph_format.space_after = Pt(2)


def _letterhead(doc: Document) -> None:
    _p(doc, "{{ instansi }}", bold=True, center=True, size=14)
    _p(doc, "{{ nama_bkd }}", bold=True, center=True, size=12)
    _p(doc, "{{ alamat_bkd }}", center=True, size=9)
    _p(doc, "_" * 86, center=True, size=8)


def _signature(doc: Document, indent: float = 9.5) -> None:
    """The signing block, kept on one page (every line kept with the next: the signatory's name was printed
    alone on the last page of a long lampiran)."""
    _p(doc, "")
    _block(
        doc,
        ("Ditetapkan di {{ tempat }}", "pada tanggal {{ tanggal_sk }}", "{{ pejabat }},"),
        "{{ nama_pejabat }}",
        indent,
    )


#: under the Kepala BKPSDM's name: pangkat and NIP, as an ASN official signs (Permendagri 1/2023)
_KEPALA = ("{{ pangkat_kepala_bkd }}", "NIP. {{ nip_kepala_bkd }}")


def _block(doc: Document, lines: tuple[str, ...], name: str, indent: float, after: tuple[str, ...] = ()) -> None:
    """Lines of a signing block, three blank lines for the signature, then ``name`` in bold (underlined) and the
    ``after`` lines (pangkat, NIP), all kept together."""
    for line in (*lines, "", "", ""):
        par = doc.add_paragraph(line)
        par.paragraph_format.left_indent = Cm(indent)
        par.paragraph_format.space_after = Pt(0)
        par.paragraph_format.keep_with_next = True
    par = doc.add_paragraph()
    par.paragraph_format.left_indent = Cm(indent)
    if after:  # the name kept with its pangkat and NIP lines
        par.paragraph_format.space_after = Pt(0)
        par.paragraph_format.keep_with_next = True
    run = par.add_run(name)
    run.bold = True
    run.underline = True
    for k, line in enumerate(after):
        par = doc.add_paragraph(line)
        par.paragraph_format.left_indent = Cm(indent)
        par.paragraph_format.space_after = Pt(0)
        par.paragraph_format.keep_with_next = k < len(after) - 1


def _row_property(row: object, tag: str) -> None:
    """Add ``<w:tag/>`` to a table row's properties (``tblHeader``: repeated on every page; ``cantSplit``: never
    broken across pages)."""
    tr = row._tr  # type: ignore[attr-defined]
    props = tr.get_or_add_trPr()
    element = OxmlElement(f"w:{tag}")
    element.set(qn("w:val"), "true")
    props.append(element)


def lampiran() -> Document:
    doc = _doc(landscape=True)
    for line in (
        "LAMPIRAN KEPUTUSAN {{ pejabat }}",
        "NOMOR {{ nomor_sk }}",
        "TANGGAL {{ tanggal_sk | upper }}",
        "TENTANG MUTASI APARATUR SIPIL NEGARA DI LINGKUNGAN {{ instansi }}",
    ):
        par = doc.add_paragraph(line)
        par.paragraph_format.left_indent = Cm(14)
        par.paragraph_format.space_after = Pt(0)
    _p(doc, "")
    _p(doc, "DAFTAR APARATUR SIPIL NEGARA YANG DIMUTASI", bold=True, center=True)
    _p(doc, "TERHITUNG MULAI TANGGAL {{ tmt | upper }}", center=True)
    heads = (
        "No",
        "Nama / {{ judul_nip }}",
        "{{ judul_golongan }}",
        "Jabatan Lama",
        "Unit Kerja Lama",
        "Jabatan Baru",
        "Unit Kerja Baru",
    )
    table = doc.add_table(rows=4, cols=len(heads))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for c, h in enumerate(heads):
        cell = table.rows[0].cells[c]
        cell.text = ""
        run = cell.paragraphs[0].add_run(h)
        run.bold = True
    table.rows[1].cells[0].text = "{%tr for r in baris %}"
    values = (
        "{{ r.no }}",
        "{{ r.nama }}\n{{ r.label_nip }} {{ r.nip }}",
        "{{ r.golongan }}",
        "{{ r.jabatan_asal }}",
        "{{ r.unit_asal }}",
        "{{ r.jabatan_tujuan }}",
        "{{ r.unit_tujuan }}",
    )
    for c, v in enumerate(values):
        table.rows[2].cells[c].text = v
    table.rows[3].cells[0].text = "{%tr endfor %}"
    # Pangkat / Golongan 3.4 cm: at 2.4 cm "Penata Muda, III/a" broke before its golongan and "Penata Muda Tingkat
    # I, III/b" took three lines (polish5, h36); the four name columns wrap anyway and give 0.25 cm each, and
    # Nama 0.1 cm: the grid was 25.8 cm, over the 25.7 cm between the margins. 4.6 cm: at 3.4 cm LibreOffice broke
    # "Penata Muda Tingkat | I, III/b" and "Pembina Tingkat I, | IV/b"; the longest grade, "Pengatur Muda Tingkat I,
    # II/b", is 4.1 cm of 9 pt Arial plus the cell margins, and the four name columns give 0.3 cm each (render28, h37)
    widths = (Cm(1.0), Cm(5.1), Cm(4.6), Cm(3.75), Cm(3.75), Cm(3.75), Cm(3.75))
    table.autofit = False
    for col, width in zip(table._tbl.tblGrid.gridCol_lst, widths, strict=True):  # the grid a fixed layout uses
        col.w = width
    _row_property(table.rows[0], "tblHeader")  # the header on every page of a long list
    _row_property(table.rows[2], "cantSplit")  # (the loop repeats this row: no person split across two pages)
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = width
        for cell in row.cells:
            for par in cell.paragraphs:
                for run in par.runs:
                    run.font.size = Pt(9)
    _p(doc, "Jumlah: {{ jumlah }} orang")
    _signature(doc)
    return doc


def petikan() -> Document:
    doc = _doc()
    _p(doc, "PETIKAN", bold=True, center=True)
    _p(doc, "KEPUTUSAN {{ pejabat }}", bold=True, center=True)
    _p(doc, "NOMOR {{ nomor_sk }}", center=True)
    _p(doc, "TENTANG", center=True)
    _p(doc, "MUTASI APARATUR SIPIL NEGARA DI LINGKUNGAN {{ instansi }}", bold=True, center=True)
    _p(doc, "")
    _p(doc, "{{ pejabat }},", center=True)
    _p(
        doc,
        "Menimbang: bahwa dalam rangka pemerataan, pengembangan karier dan pemenuhan kebutuhan jabatan sesuai "
        "analisis jabatan dan analisis beban kerja, perlu memindahkan Aparatur Sipil Negara yang namanya tersebut "
        "dalam Keputusan ini.",
    )
    _p(
        doc,
        "Mengingat: {{ mengingat }}",
    )
    _p(doc, "MEMUTUSKAN:", bold=True, center=True)
    _p(
        doc,
        "KESATU: Memindahkan Saudara {{ nama }}, {{ label_nip }} {{ nip }}, {{ pangkat_golongan }}, dari jabatan "
        "{{ jabatan_asal }} pada {{ unit_asal }} ke jabatan {{ jabatan_tujuan }} pada {{ unit_tujuan }}, terhitung "
        "mulai tanggal {{ tmt }}.",
    )
    _p(
        doc,
        "KEDUA: Apabila di kemudian hari terdapat kekeliruan dalam Keputusan ini, akan diadakan perbaikan "
        "sebagaimana mestinya.",
    )
    _p(doc, "KETIGA: Keputusan ini mulai berlaku pada tanggal ditetapkan.")
    _signature(doc)
    _p(doc, "")
    _block(doc, ("Untuk petikan yang sah,", "Kepala {{ nama_bkd }},"), "{{ kepala_bkd }}", 0, _KEPALA)
    _p(doc, "")
    _p(doc, "Nomor urut lampiran: {{ no }} ({{ id_mutasi }})", size=9)
    return doc


def pemberitahuan() -> Document:
    doc = _doc()
    _letterhead(doc)
    _p(doc, "{{ tempat }}, {{ tanggal_sk }}")
    for name, value in (  # Permendagri 1/2023 (tata naskah dinas): Nomor, Sifat, Lampiran, Hal, colons aligned
        ("Nomor", "{{ nomor_surat }}"),
        ("Sifat", "Penting"),
        ("Lampiran", "-"),
        ("Hal", "Pemberitahuan Mutasi"),
    ):
        _p(doc, f"{name}\t: {value}")
        doc.paragraphs[-1].paragraph_format.tab_stops.add_tab_stop(Cm(2.2))
    _p(doc, "")
    _p(doc, "Yth. Saudara {{ nama }}")
    _p(doc, "{{ label_nip }} {{ nip }}")
    _p(doc, "{{ jabatan_asal }}, {{ unit_asal }}")
    _p(doc, "di tempat")
    _p(doc, "")
    _p(
        doc,
        "Dengan hormat, bersama ini kami beritahukan bahwa berdasarkan Keputusan {{ pejabat_kalimat }} Nomor "
        "{{ nomor_sk }}, "
        "Saudara dipindahkan dari jabatan {{ jabatan_asal }} pada {{ unit_asal }} ke jabatan {{ jabatan_tujuan }} "
        "pada {{ unit_tujuan }}, terhitung mulai tanggal {{ tmt }}.",
    )
    _p(doc, "Pertimbangan mutasi ini adalah sebagai berikut: {{ pertimbangan }}")
    _p(doc, "{%p if aspirasi %}")
    _p(doc, "{{ aspirasi }}")
    _p(doc, "{%p endif %}")
    _p(doc, "Pengembangan kompetensi yang direncanakan untuk jabatan baru Saudara: {{ diklat }}.")
    _p(
        doc,
        "Mutasi ini merupakan bagian dari pengembangan karier Saudara. Apabila ada hal yang ingin disampaikan, "
        "Saudara dapat menghubungi {{ nama_bkd }}.",
    )
    _p(doc, "Demikian pemberitahuan ini disampaikan. Atas perhatian Saudara kami ucapkan terima kasih.")
    _p(doc, "")
    _block(doc, ("Kepala {{ nama_bkd }},",), "{{ kepala_bkd }}", 9.5, _KEPALA)
    return doc


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, build in (("sk_lampiran", lampiran), ("petikan", petikan), ("pemberitahuan", pemberitahuan)):
        build().save(OUT / f"{name}.docx")
        print(OUT / f"{name}.docx")


if __name__ == "__main__":
    main()
