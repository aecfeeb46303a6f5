"""Letters of an approved plan (issue 15): SK lampiran, petikan and pemberitahuan as .docx, every
field filled, no template tag left, Indonesian; they open in LibreOffice when it is installed."""

from __future__ import annotations

import dataclasses
import json
import re
import shutil
import subprocess
import zipfile
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from cli_helpers import EXIT_FINDINGS, EXIT_INPUT, TANGGAL, decide, expect, run, stdout_json
from docx import Document

import asn_mutasi as am
from asn_mutasi.config import LetterSettings
from asn_mutasi.domain.nip import nip_for_people
from asn_mutasi.errors import InputError, PlanMismatchError

DAY = date(2026, 11, 1)


@pytest.fixture(scope="module")
def approved(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    folder = tmp_path_factory.mktemp("surat")
    am.make_sample(output=folder, pegawai=300, seed=11)
    data = {"pegawai": folder / "pegawai.xlsx", "jabatan": folder / "peta_jabatan.xlsx", "folder": folder}
    result = am.plan(pegawai=data["pegawai"], jabatan=data["jabatan"], output=folder / "rencana.xlsx", tanggal=DAY)
    moves = result.plan.moves
    assert len(moves) >= 2, "the sample plan moves too few people to test letters"
    decisions = {m: "Setuju" for m in moves["id_mutasi"]}
    decisions[moves["id_mutasi"].iloc[-1]] = "Tunda"
    data["rencana"] = decide(folder / "rencana.xlsx", folder / "setuju.xlsx", decisions)
    data["setuju"] = sorted(moves["id_mutasi"].iloc[:-1])
    data["moves"] = moves
    return data


def _xml(path: Path) -> str:
    with zipfile.ZipFile(path) as z:
        return z.read("word/document.xml").decode("utf-8")


def _text(path: Path) -> str:
    doc = Document(str(path))
    cells = [c.text for t in doc.tables for row in t.rows for c in row.cells]
    return "\n".join([p.text for p in doc.paragraphs] + cells)


def test_letters_for_every_approved_move_with_every_field_filled(approved: dict[str, Any], tmp_path: Path) -> None:
    out = tmp_path / "surat"
    result = am.letters(
        rencana=approved["rencana"], pegawai=approved["pegawai"], jabatan=approved["jabatan"], output=out,
        tmt=date(2027, 1, 1), tanggal=DAY,
    )  # fmt: skip
    kinds = [d["jenis"] for d in result.documents]
    assert kinds.count("lampiran_sk") == 1
    assert sorted(d["id_mutasi"] for d in result.documents if d["jenis"] == "petikan") == approved["setuju"]
    assert kinds.count("pemberitahuan") == len(approved["setuju"])
    moves = approved["moves"].set_index("id_mutasi")
    for doc in result.documents:
        path = Path(str(doc["berkas"]))
        xml = _xml(path)
        assert "{{" not in xml and "{%" not in xml and "}}" not in xml, path.name
        text = _text(path)
        assert not re.search(r"\b(None|nan|NaT)\b", text), path.name
        assert ("1 JANUARI 2027" if doc["jenis"] == "lampiran_sk" else "1 Januari 2027") in text  # TMT in Indonesian
        if doc["jenis"] != "lampiran_sk":
            move = moves.loc[doc["id_mutasi"]]
            assert nip_for_people(move["nip"]) in text and str(move["jabatan_tujuan"]) in text  # spaced: polish4
    letter = _text(out / f"pemberitahuan_{approved['setuju'][0]}.docx")
    assert "Pertimbangan mutasi ini" in letter and "Pengembangan kompetensi" in letter
    lampiran = _text(out / "lampiran_sk.docx")
    assert f"Jumlah: {len(approved['setuju'])} orang" in lampiran
    assert all(nip_for_people(moves.loc[i, "nip"]) in lampiran for i in approved["setuju"])
    assert any("[surat]" in n for n in result.notes)


def test_sample_settings_fill_every_letterhead_field(approved: dict[str, Any], tmp_path: Path) -> None:
    """sample_data/pengaturan.toml replaces every bracketed default: no prompt, tag or missing value is left."""
    config = Path(__file__).resolve().parents[1] / "sample_data" / "pengaturan.toml"
    prompts = {str(v) for v in dataclasses.asdict(LetterSettings()).values() if "[" in str(v)}
    prompts |= {m for v in prompts for m in re.findall(r"\[[^\]]+\]", v)}
    out = tmp_path / "surat"
    args = ("surat", approved["rencana"], approved["pegawai"], approved["jabatan"], "-d", out, "--tmt", "2027-01-01")
    filled = expect(run(*args, "--config", config, *TANGGAL), 0)
    assert "[surat]" not in filled.stderr
    letters = sorted(out.glob("*.docx"))
    assert len(letters) == 1 + 2 * len(approved["setuju"])
    for path in letters:
        xml = _xml(path)
        assert not [p for p in prompts if p in xml], path.name
        assert not re.search(r"\{\{|\{%|\bNone\b|\bnan\b", xml), path.name
    assert "PEMERINTAH KABUPATEN SUKAMAJU" in _text(out / "lampiran_sk.docx")
    bare = expect(run(*args, "--timpa", *TANGGAL), 0)  # no --config: every default is reported
    warned = " ".join(bare.stderr.split())
    for name, value in dataclasses.asdict(LetterSettings()).items():
        assert (f"([surat] {name}) masih berisi petunjuk bawaan" in warned) == ("[" in str(value)), name
    # the setting in words, its key in brackets: not a bare TOML key the analyst has to decode (lang6, h33)
    assert "Nomor SK ([surat] nomor_sk) masih berisi petunjuk bawaan '800.1.3.3/[nomor]/BKPSDM'" in warned
    assert "Nama Kepala BKPSDM ([surat] kepala_bkd) masih berisi petunjuk bawaan" in warned
    assert not re.search(r"(?<!\()\[surat\] \w+ masih", warned)
    assert any(p in _xml(out / "lampiran_sk.docx") for p in prompts)  # the check above can fail


def test_a_bkd_template_is_used_and_an_unknown_field_refused(approved: dict[str, Any], tmp_path: Path) -> None:
    own = tmp_path / "templat"
    own.mkdir()
    doc = Document()
    doc.add_paragraph("KOP BKPSDM KABUPATEN SUKAMAJU")
    doc.add_paragraph("Kepada {{ nama }} ({{ nip }}): {{ jabatan_tujuan }}")
    doc.save(str(own / "pemberitahuan.docx"))
    result = am.letters(
        rencana=approved["rencana"], pegawai=approved["pegawai"], jabatan=approved["jabatan"],
        output=tmp_path / "out", templat=own, tanggal=DAY,
    )  # fmt: skip
    first = next(Path(str(d["berkas"])) for d in result.documents if d["jenis"] == "pemberitahuan")
    assert _text(first).startswith("KOP BKPSDM KABUPATEN SUKAMAJU")
    bad = Document()
    bad.add_paragraph("{{ nama }} {{ gaji_pokok }}")
    bad.save(str(own / "petikan.docx"))
    with pytest.raises(InputError, match="gaji_pokok"):
        am.letters(
            rencana=approved["rencana"], pegawai=approved["pegawai"], jabatan=approved["jabatan"],
            output=tmp_path / "out2", templat=own, tanggal=DAY,
        )  # fmt: skip
    assert not (tmp_path / "out2").exists()
    code = run("surat", approved["rencana"], approved["pegawai"], approved["jabatan"], "-d", tmp_path / "o3",
               "--templat", own, *TANGGAL)  # fmt: skip
    expect(code, EXIT_INPUT)


def test_letters_need_an_approved_move(approved: dict[str, Any], tmp_path: Path) -> None:
    with pytest.raises(PlanMismatchError, match="Setuju"):  # exit 1, as terapkan refuses it
        am.letters(
            rencana=approved["folder"] / "rencana.xlsx", pegawai=approved["pegawai"], jabatan=approved["jabatan"],
            output=tmp_path, tanggal=DAY,
        )  # fmt: skip


def test_cli_diklat_json_equals_library(approved: dict[str, Any]) -> None:
    cli = stdout_json(
        expect(run("diklat", approved["rencana"], approved["pegawai"], approved["jabatan"], "-f", "json", *TANGGAL), 0)
    )
    lib = am.training_needs(
        rencana=approved["rencana"], pegawai=approved["pegawai"], jabatan=approved["jabatan"], tanggal=DAY
    )
    assert cli == am.to_jsonable(lib.to_json())
    assert sorted({r["id_mutasi"] for r in cli["rincian"]}) == approved["setuju"]


def test_the_training_workbook_holds_the_budget_totals(approved: dict[str, Any], tmp_path: Path) -> None:
    """The README promises totals per OPD and per training; -o .xlsx wrote only the per-person list (walkthrough)."""
    import openpyxl

    out = tmp_path / "diklat.xlsx"
    expect(run("diklat", approved["rencana"], approved["pegawai"], approved["jabatan"], "-o", out, *TANGGAL), 0)
    lib = am.training_needs(
        rencana=approved["rencana"], pegawai=approved["pegawai"], jabatan=approved["jabatan"], tanggal=DAY
    )
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["Kebutuhan Diklat", "Per OPD", "Per Diklat"]
    assert wb["Per OPD"].max_row - 1 == len(lib.per_opd) and wb["Per Diklat"].max_row - 1 == len(lib.per_training)


@pytest.mark.skipif(shutil.which("soffice") is None or shutil.which("pdftoppm") is None, reason="LibreOffice absent")
def test_letters_open_and_render_in_libreoffice(approved: dict[str, Any], tmp_path: Path) -> None:
    out = tmp_path / "pdf"
    first = approved["setuju"][0]
    result = am.letters(
        rencana=approved["rencana"], pegawai=approved["pegawai"], jabatan=approved["jabatan"], output=out,
        pdf=True, tanggal=DAY,
    )  # fmt: skip
    pdfs = [Path(str(d["berkas"])) for d in result.documents if str(d["jenis"]).endswith("_pdf")]
    assert len(pdfs) == 1 + 2 * len(approved["setuju"])
    for name in ("lampiran_sk", f"petikan_{first}", f"pemberitahuan_{first}"):
        pdf = out / f"{name}.pdf"
        subprocess.run(
            ["pdftoppm", "-png", "-r", "40", "-f", "1", "-l", "1", str(pdf), str(tmp_path / name)], check=True
        )
        png = next(tmp_path.glob(f"{name}*.png"))
        assert png.stat().st_size > 3000, f"{name} renders as an empty page"


def test_a_template_reaches_nothing_but_its_fields(approved: dict[str, Any], tmp_path: Path) -> None:
    """A BKD's template is rendered in Jinja's sandbox: before, this one ran a shell command (hostile-input
    campaign); now it is refused as a template that cannot be filled, and no command runs."""
    own = tmp_path / "templat"
    own.mkdir()
    marker = tmp_path / "DIJALANKAN"
    doc = Document()
    doc.add_paragraph("{{ nama.__class__.__mro__[1].__subclasses__() }}")
    doc.add_paragraph("{{ cycler.__init__.__globals__.os.popen('touch " + str(marker) + "').read() }}")
    doc.save(str(own / "petikan.docx"))
    with pytest.raises(InputError, match="gagal diisi"):
        am.letters(
            rencana=approved["rencana"], pegawai=approved["pegawai"], jabatan=approved["jabatan"],
            output=tmp_path / "out", templat=own, tanggal=DAY,
        )  # fmt: skip
    assert not marker.exists()


@pytest.mark.parametrize(
    ("ident", "part"), [("M-12", "M-12"), ("x/../../../pwn", "x_pwn"), ("..", "tanpa_id"), ("R1 M 3", "R1_M_3")]
)
def test_an_id_mutasi_stays_inside_the_output_folder(ident: str, part: str) -> None:
    from asn_mutasi.api.surat import file_part

    assert file_part(ident) == part


def test_letters_and_the_budget_refuse_an_edited_plan_as_terapkan_does(
    approved: dict[str, Any], tmp_path: Path
) -> None:
    """A name typed over in Rencana Mutasi went straight into the petikan (hostile-input campaign); terapkan refused
    the same file. surat and diklat now check the rows against the plan's hidden copy too."""
    import openpyxl

    edited = tmp_path / "diubah.xlsx"
    wb = openpyxl.load_workbook(approved["rencana"])
    ws = wb["Rencana Mutasi"]
    col = [c.value for c in ws[1]].index("Nama") + 1
    ws.cell(2, col, "Nama Lain Sama Sekali")
    wb.save(edited)
    with pytest.raises(PlanMismatchError, match="diubah"):  # exit 1, as terapkan refuses it
        am.letters(
            rencana=edited, pegawai=approved["pegawai"], jabatan=approved["jabatan"], output=tmp_path / "o", tanggal=DAY
        )
    assert not (tmp_path / "o").exists()
    expect(run("diklat", edited, approved["pegawai"], approved["jabatan"], *TANGGAL), EXIT_FINDINGS)


def test_letters_and_the_budget_refuse_a_roster_of_other_people_and_take_the_applied_one(
    approved: dict[str, Any], tmp_path: Path
) -> None:
    """surat wrote 183 SK documents, exit 0, for a plan's 91 NIPs against a roster holding none of them (hostile-input
    campaign); terapkan refused the same pair. Both now refuse it (exit 1, nothing written); the roster terapkan
    wrote (everyone in the target post) is still the plan's people."""
    other = tmp_path / "lain"
    am.make_sample(output=other, pegawai=120, seed=99)
    with pytest.raises(PlanMismatchError, match="tidak cocok dengan data pegawai") as err:
        am.letters(
            rencana=approved["rencana"], pegawai=other / "pegawai.xlsx", jabatan=approved["jabatan"],
            output=tmp_path / "o", tanggal=DAY,
        )  # fmt: skip
    assert "tidak ada di data pegawai" in str(err.value)
    assert not (tmp_path / "o").exists()
    result = expect(run("diklat", approved["rencana"], other / "pegawai.xlsx", approved["jabatan"], *TANGGAL), 1)
    assert result.exit_code == EXIT_FINDINGS and not result.stdout.strip()
    outcome = am.apply(
        rencana=approved["rencana"], pegawai=approved["pegawai"], tmt=date(2026, 12, 1),
        output=tmp_path / "baru.xlsx", buku_besar=tmp_path / "bb.sqlite", tanggal=DAY,
    )  # fmt: skip
    assert outcome.ok
    done = am.letters(
        rencana=approved["rencana"], pegawai=tmp_path / "baru.xlsx", jabatan=approved["jabatan"],
        output=tmp_path / "sesudah", tanggal=DAY,
    )  # fmt: skip
    assert len(done.documents) > 1


def test_each_notification_letter_has_its_own_number(approved: dict[str, Any], tmp_path: Path) -> None:
    """All 84 notification letters carried "800.1.3.3/413/BKPSDM/2026" (walkthrough). `{urut}` in `[surat]
    nomor_surat` numbers them from `nomor_surat_awal`; without it the command says that every letter shares one."""
    config = Path(__file__).resolve().parents[1] / "sample_data" / "pengaturan.toml"
    out = tmp_path / "surat"
    args = ("surat", approved["rencana"], approved["pegawai"], approved["jabatan"], "-d", out, "--tmt", "2027-01-01")
    expect(run(*args, "--config", config, *TANGGAL), 0)
    numbers = [
        re.search(r"800\.1\.3\.3/(\d+)/BKPSDM/2026", _text(path)) for path in sorted(out.glob("pemberitahuan_*.docx"))
    ]
    got = sorted(int(m.group(1)) for m in numbers if m)
    assert got == list(range(413, 413 + len(approved["setuju"])))
    assert "{urut}" not in _xml(out / "lampiran_sk.docx")  # a BKD template may print nomor_surat there too
    same = tmp_path / "sama.toml"
    same.write_text('[surat]\nnomor_surat = "800.1.3.3/9/BKPSDM"\n', encoding="utf-8")
    said = expect(run(*args, "--config", same, "--timpa", *TANGGAL), 0)
    assert len(approved["setuju"]) < 2 or "bernomor sama" in " ".join(said.stderr.split())


def test_a_broken_template_is_refused_in_indonesian(tmp_path: Path) -> None:
    """A BKD template with an unclosed tag was refused with Jinja's English ("unexpected end of template …")."""
    import docx

    from asn_mutasi.errors import InputError
    from asn_mutasi.io.letters import check_template

    document = docx.Document()
    document.add_paragraph("Kepada Yth. {{ nama ")
    path = tmp_path / "pemberitahuan.docx"
    document.save(str(path))
    with pytest.raises(InputError) as err:
        check_template(path, {"nama"})
    assert "susunan tag salah di baris" in err.value.message and "unexpected" not in err.value.message.lower()
    broken = tmp_path / "rusak.docx"
    broken.write_bytes(b"bukan docx")
    with pytest.raises(InputError, match=r"bukan berkas \.docx"):
        check_template(broken, {"nama"})


def test_the_letter_gives_its_reason_in_a_letters_words(approved: dict[str, Any], tmp_path: Path) -> None:
    """The notification printed the plan's working reason: "skor 88,8", "(--kunci)", "rantai R001", finding codes,
    "salah ketik" about the person's own data (walkthrough, h24). It says which post is filled and why the person
    fits, from the move's facts."""
    out = tmp_path / "surat"
    am.letters(
        rencana=approved["rencana"], pegawai=approved["pegawai"], jabatan=approved["jabatan"], output=out,
        tmt=date(2027, 1, 1), tanggal=DAY,
    )  # fmt: skip
    moves = approved["moves"].set_index("id_mutasi")
    for ident in approved["setuju"]:
        text = _text(out / f"pemberitahuan_{ident}.docx")
        reason = text.split("Pertimbangan mutasi ini adalah sebagai berikut:", 1)[1].split("\n", 1)[0]
        assert f"pemenuhan kebutuhan jabatan {moves.loc[ident, 'jabatan_tujuan']} pada" in reason
        assert not re.search(
            r"skor|--|rantai R|\bM\d{4}\b|\([a-z]+(?:-[a-z]+)+\)|salah ketik|kelebihan pegawai", reason
        )


def test_formal_reason_follows_the_seat_and_the_fit() -> None:
    import pandas as pd

    from asn_mutasi.rollout.letters import formal_reason

    moves = pd.DataFrame(
        {
            "jabatan_tujuan": ["Perawat Terampil", "Analis SDM Aparatur Ahli Pertama", "Pengadministrasi Perkantoran"],
            "unit_tujuan": ["UPT Puskesmas A", "BKPSDM", "Kecamatan B"],
            "jenis_lowongan": [
                "lowongan saat ini",
                "proyeksi pensiun (pensiun TMT 01-04-2027)",
                "kursi yang ditinggalkan (rantai)",
            ],
            "status_pendidikan": ["sesuai", "serumpun", ""],
            "skor_pengalaman": [10.0, 0.0, 15.0],  # (5.0, a little experience, is not named: see below)
        }
    )
    assert formal_reason(moves).tolist() == [
        "pemenuhan kebutuhan jabatan Perawat Terampil pada UPT Puskesmas A yang saat ini lowong; kualifikasi pendidikan "
        "Saudara memenuhi persyaratan jabatan tersebut; dan pengalaman kerja Saudara terkait dengan tugas jabatan "
        "tersebut.",
        "pemenuhan kebutuhan jabatan Analis SDM Aparatur Ahli Pertama pada BKPSDM yang akan lowong karena pemangkunya "
        "memasuki batas usia pensiun; dan kualifikasi pendidikan Saudara serumpun dengan persyaratan jabatan tersebut.",
        "pemenuhan kebutuhan jabatan Pengadministrasi Perkantoran pada Kecamatan B yang ditinggalkan pemangkunya karena "
        "turut dimutasi dalam penataan ini; dan pengalaman kerja Saudara terkait dengan tugas jabatan tersebut.",
    ]
    little = moves.assign(skor_pengalaman=[5.0, 5.0, 5.0])  # beside the letter's own training sentence: not named
    assert not any("pengalaman" in text for text in formal_reason(little))


def test_the_lampiran_prints_as_a_table_should() -> None:
    """A long lampiran repeated no header, split people across pages and gave "No" the width of "Jabatan Baru"
    (walkthrough, h24): the default template marks its header row, keeps each row whole and sizes its grid."""
    from importlib.resources import files

    with zipfile.ZipFile(str(files("asn_mutasi") / "data" / "templates" / "sk_lampiran.docx")) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    assert '<w:tblHeader w:val="true"/>' in xml and '<w:cantSplit w:val="true"/>' in xml
    grid = [int(w) for w in re.findall(r'<w:gridCol w:w="(\d+)"/>', xml)]
    assert len(grid) == 7 and grid[0] < grid[1] / 3  # "No" narrow, the names wide
    with zipfile.ZipFile(str(files("asn_mutasi") / "data" / "templates" / "petikan.docx")) as z:
        petikan = z.read("word/document.xml").decode("utf-8")
    assert "Untuk petikan yang sah" in petikan and "{{ kepala_bkd }}" in petikan  # someone certifies the extract


def test_the_training_summary_counts_the_opds_with_a_need(approved: dict[str, Any]) -> None:
    """ "37 kebutuhan diklat … di 50 OPD tujuan" when the 37 needs were in 12 OPDs (walkthrough, h24)."""
    result = expect(
        run("diklat", approved["rencana"], approved["pegawai"], approved["jabatan"], "-f", "json", *TANGGAL), 0
    )
    per_opd = json.loads(result.stdout)["per_opd"]
    with_need = sum(1 for r in per_opd if r["kebutuhan"] > 0)
    assert f"ke {len(per_opd)} OPD tujuan" in result.stderr and f"di {with_need} OPD." in result.stderr


def test_letters_and_the_budget_read_a_decision_in_any_case_as_terapkan_does(
    approved: dict[str, Any], tmp_path: Path
) -> None:
    """ "SETUJU" / " setuju " were applied by `terapkan` while `surat` and `diklat` left them out without a word
    (87 applied, letters for 37; hostile round 6, h26)."""
    ids = list(approved["moves"]["id_mutasi"])
    spellings = ["SETUJU", " setuju ", "SetujU", "setuju"]
    decisions = {m: spellings[k % len(spellings)] for k, m in enumerate(ids)}
    rencana = decide(approved["folder"] / "rencana.xlsx", tmp_path / "setuju_huruf.xlsx", decisions)
    need = am.training_needs(rencana=rencana, pegawai=approved["pegawai"], jabatan=approved["jabatan"], tanggal=DAY)
    assert sorted({r["id_mutasi"] for r in need.to_json()["rincian"]}) == sorted(ids)
    result = am.letters(
        rencana=rencana, pegawai=approved["pegawai"], jabatan=approved["jabatan"], output=tmp_path / "surat",
        tmt=date(2027, 1, 1), tanggal=DAY,
    )  # fmt: skip
    assert sorted(d["id_mutasi"] for d in result.documents if d["jenis"] == "petikan") == sorted(ids)


def test_a_plan_with_two_decision_columns_is_refused_naming_both(approved: dict[str, Any], tmp_path: Path) -> None:
    """A second "Keputusan" column added by hand won silently and the finding pointed at the other one (hostile
    round 6, h26)."""
    import openpyxl

    book = openpyxl.load_workbook(approved["rencana"])
    sheet = book["Rencana Mutasi"]
    extra = sheet.max_column + 2
    sheet.cell(row=1, column=extra, value="Keputusan")
    sheet.cell(row=2, column=extra, value="Tolak")
    doubled = tmp_path / "dua_keputusan.xlsx"
    book.save(doubled)
    with pytest.raises(InputError, match="'Keputusan' dua kali"):
        am.training_needs(rencana=doubled, pegawai=approved["pegawai"], jabatan=approved["jabatan"], tanggal=DAY)


def test_a_hostile_template_is_refused_before_it_is_parsed(tmp_path: Path) -> None:
    """A 1.2 MB petikan.docx inflating to 2 GB took 2.4 GB of memory and was reported as a tag problem; a template
    declaring entities ("billion laughs") reached the XML parser (hostile7, h27)."""
    import zipfile

    import docx

    from asn_mutasi.errors import InputError
    from asn_mutasi.io.letters import check_template

    plain = tmp_path / "asli.docx"
    docx.Document().save(str(plain))

    def rewrite(name: str, document: bytes) -> Path:
        path = tmp_path / name
        with zipfile.ZipFile(plain) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
            for info in src.infolist():
                data = document if info.filename == "word/document.xml" else src.read(info)
                dst.writestr(info.filename, data)
        return path

    bomb = rewrite("bom.docx", b"<w:document>" + b" " * (80 << 20) + b"</w:document>")
    with pytest.raises(InputError, match=r"Templat '.*bom\.docx' ditolak"):
        check_template(bomb, {"nama"})
    laughs = b'<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa">]><w:document>&a;</w:document>'
    with pytest.raises(InputError, match="DOCTYPE"):
        check_template(rewrite("tawa.docx", laughs), {"nama"})
    check_template(plain, {"nama"})  # Word's own file passes


def test_the_kepala_bkpsdm_signs_with_pangkat_and_nip(approved: dict[str, Any], tmp_path: Path) -> None:
    """An ASN official signs a naskah dinas with name, pangkat and NIP (Permendagri 1/2023); the petikan and the
    notification letter gave the Kepala BKPSDM's name alone. A filled NIP that is no NIP is named, not hidden."""
    config = Path(__file__).resolve().parents[1] / "sample_data" / "pengaturan.toml"
    out = tmp_path / "surat"
    args = ("surat", approved["rencana"], approved["pegawai"], approved["jabatan"], "-d", out, "--tmt", "2027-01-01")
    expect(run(*args, "--config", config, *TANGGAL), 0)
    first = approved["setuju"][0]
    for name in (f"petikan_{first}.docx", f"pemberitahuan_{first}.docx"):
        lines = _text(out / name).splitlines()
        at = lines.index("Dra. Sri Mulyaningsih, M.M.")
        assert lines[at + 1 : at + 3] == ["Pembina Utama Muda (IV/c)", "NIP. 19680512 199403 2 004"], name
    assert "NIP. " not in _text(out / "lampiran_sk.docx").split("BUPATI SUKAMAJU,")[-1]  # the PPK: name alone
    wrong = tmp_path / "salah.toml"
    wrong.write_text(config.read_text(encoding="utf-8").replace("196805121994032004", "19680512"), encoding="utf-8")
    said = expect(run(*args, "--config", wrong, "--timpa", *TANGGAL), 0)
    assert "NIP Kepala BKPSDM ([surat] nip_kepala_bkd) '19680512' bukan NIP yang sah" in " ".join(said.stderr.split())


def _move_frame(**cols: list[object]) -> Any:
    import pandas as pd

    base: dict[str, list[object]] = {
        "id_mutasi": ["M0002", "M0083"],
        "nama": ["Wahyu Rumaropen", "Petrus Msen"],
        "nip": ["198909152015011001", "198608102012031001"],
        "golongan": ["III/b", None],
        "jabatan_asal": ["Pembina Mutu Hasil Kelautan dan Perikanan Ahli Pertama", "Penelaah Teknis Kebijakan"],
        "unit_asal": ["Dinas Perikanan | Sekretariat", "Satuan Polisi Pamong Praja | Bidang Sumber Daya Aparatur"],
        "jabatan_tujuan": ["Penata Layanan Operasional", "Penelaah Teknis Kebijakan"],
        "unit_tujuan": ["Badan Pendapatan Daerah | Sekretariat", "Inspektorat"],
    }
    return pd.DataFrame(base | cols)


def test_a_letter_names_the_unit_in_words_and_the_pangkat_with_the_golongan() -> None:
    """Every petikan, letter and lampiran printed the unit key "Dinas Perikanan | Sekretariat" and the golongan
    alone ("III/b"), or "pangkat/golongan ruang ," when blank (walk5, h28; Peraturan BKN 5/2019: jabatan "pada"
    unit kerja)."""
    import pandas as pd

    from asn_mutasi.rollout.letters import MISSING_GOLONGAN, LetterHeader, letter_contexts

    header = LetterHeader(**{f: "x" for f in LetterHeader.__dataclass_fields__})
    lampiran, persons = letter_contexts(_move_frame(), pd.DataFrame(), header)
    got = [(p["golongan"], p["unit_asal"], p["unit_tujuan"]) for p in persons]
    assert got == [
        ("Penata Muda Tingkat I, III/b", "Sekretariat Dinas Perikanan", "Sekretariat Badan Pendapatan Daerah"),
        # after "jabatan X pada" the unit and its OPD read as one name, no second "pada" (walk5 #9, h28)
        (MISSING_GOLONGAN, "Bidang Sumber Daya Aparatur Satuan Polisi Pamong Praja", "Inspektorat"),
    ]
    assert lampiran["baris"][0]["unit_asal"] == "Sekretariat Dinas Perikanan"  # type: ignore[index]
    assert "pada Sekretariat Badan Pendapatan Daerah" in str(persons[0]["pertimbangan"])
    assert not any("|" in str(v) for p in persons for v in p.values())


def test_a_letter_takes_a_blank_golongan_from_the_roster_and_names_who_still_has_none() -> None:
    """A blank golongan was printed silently as "pangkat/golongan ruang ," (walk5, h28): the roster's golongan fills
    it; whoever has none anywhere is named in a note before anyone signs."""
    import pandas as pd

    from asn_mutasi.api.surat import _golongan_filled, _missing_golongan
    from asn_mutasi.rollout.letters import LetterHeader, letter_contexts

    roster = pd.DataFrame({"nip": ["198909152015011001", "198608102012031001"], "golongan": ["III/c", "II/a"]})
    filled = _golongan_filled(_move_frame(), roster)
    assert filled["golongan"].tolist() == ["III/b", "II/a"]  # the plan's kept, the blank one from the roster
    header = LetterHeader(**{f: "x" for f in LetterHeader.__dataclass_fields__})
    _, persons = letter_contexts(filled, pd.DataFrame(), header)
    assert [p["golongan"] for p in persons] == ["Penata Muda Tingkat I, III/b", "Pengatur Muda, II/a"]
    assert _missing_golongan(persons) == []
    _, persons = letter_contexts(_golongan_filled(_move_frame(), roster.iloc[:1]), pd.DataFrame(), header)
    (note,) = _missing_golongan(persons)
    assert "Golongan kosong untuk 1 pegawai (Petrus Msen (19860810 201203 1 001))" in note


def test_the_notification_letter_follows_the_naskah_dinas_header_and_writes_the_official_in_a_sentence(
    approved: dict[str, Any], tmp_path: Path
) -> None:
    """walk5 #9 (h28): "Keputusan BUPATI SUKAMAJU" in running text, "Perihal" without a "Lampiran" line (Permendagri
    1/2023: Nomor, Sifat, Lampiran, Hal), colons not aligned, and "TERHITUNG MULAI TANGGAL 1 Januari 2027"."""
    config = Path(__file__).resolve().parents[1] / "sample_data" / "pengaturan.toml"
    out = tmp_path / "surat"
    args = ("surat", approved["rencana"], approved["pegawai"], approved["jabatan"], "-d", out, "--tmt", "2027-01-01")
    expect(run(*args, "--config", config, *TANGGAL), 0)
    lines = _text(out / f"pemberitahuan_{approved['setuju'][0]}.docx").splitlines()
    head = [line for line in lines if "\t: " in line]
    assert [line.split("\t")[0] for line in head] == ["Nomor", "Sifat", "Lampiran", "Hal"]
    assert head[2:] == ["Lampiran\t: -", "Hal\t: Pemberitahuan Mutasi"] and not [x for x in lines if "Perihal" in x]
    body = " ".join(lines)
    assert "berdasarkan Keputusan Bupati Sukamaju Nomor" in body and "BUPATI SUKAMAJU" not in body
    lampiran = _text(out / "lampiran_sk.docx")
    assert "TERHITUNG MULAI TANGGAL 1 JANUARI 2027" in lampiran and re.search(r"\nTANGGAL \d+ [A-Z]+ \d{4}\n", lampiran)


def _pppk_moves() -> Any:
    """A PPPK (NI PPPK with "21", golongan V) and a PNS whose golongan lost its ruang ("III": read as PPPK III by
    the parser, yet a PNS by the status and the NIP)."""
    return _move_frame(
        nama=["Yohanis Tuasikal", "Petrus Msen"],
        nip=["199111042023211001", "198608102012031001"],
        golongan=["V", "III"],
        status_kepegawaian=["PPPK", "PNS"],
        unit_asal=["Badan Pengelola Keuangan dan Aset Daerah | Bidang Aset", "Kecamatan Nusaniwe | Kelurahan Benteng"],
    )


def test_a_pppk_is_named_by_ni_pppk_and_golongan_under_the_pppk_regulation() -> None:
    """A PPPK's petikan read "NIP 199111042023211001, pangkat/golongan ruang V" under a Mengingat citing only PP
    11/2017 (walk6 #1, h29; domain.md §1.2 NI PPPK, §2.2 PPPK golongan I–XVII without pangkat or ruang; PP 49/2018
    tentang Manajemen PPPK)."""
    import pandas as pd
    from docxtpl import DocxTemplate

    from asn_mutasi.io.letters import default_template
    from asn_mutasi.rollout.letters import LetterHeader, letter_contexts

    header = LetterHeader(**{f: "x" for f in LetterHeader.__dataclass_fields__})
    lampiran, persons = letter_contexts(_pppk_moves(), pd.DataFrame(), header)
    got = [(p["jenis_asn"], p["label_nip"], p["golongan"], p["pangkat_golongan"]) for p in persons]
    assert got == [
        ("PPPK", "NI PPPK", "Golongan V", "golongan V"),
        ("PNS", "NIP", "III", "pangkat/golongan ruang III"),
    ]
    said = str(lampiran["mengingat"])
    assert "Nomor 49 Tahun 2018 tentang Manajemen Pegawai Pemerintah dengan Perjanjian Kerja" in said
    assert "Nomor 11 Tahun 2017 tentang Manajemen Pegawai Negeri Sipil" in said
    assert (lampiran["judul_nip"], lampiran["judul_golongan"]) == ("NIP / NI PPPK", "Pangkat / Golongan")
    template = DocxTemplate(default_template("petikan"))
    template.render(persons[0])
    text = " ".join(p.text for p in template.docx.paragraphs)
    assert "Tuasikal, NI PPPK 19911104 202321 1 001, golongan V, dari jabatan" in text
    assert "Nomor 49 Tahun 2018" in text and "pangkat/golongan ruang" not in text
    # without a status column the NI PPPK's "21" (or a golongan above IV) tells a PPPK; a PNS-only decree keeps
    # the PNS regulation alone and the PNS headings
    bare = _pppk_moves().drop(columns="status_kepegawaian")
    lampiran, persons = letter_contexts(bare, pd.DataFrame(), header)
    assert [p["label_nip"] for p in persons] == ["NI PPPK", "NIP"]
    lampiran, persons = letter_contexts(bare.iloc[1:], pd.DataFrame(), header)
    assert "49 Tahun 2018" not in str(lampiran["mengingat"]) and lampiran["judul_nip"] == "NIP"
    assert persons[0]["pangkat_golongan"] == "pangkat/golongan ruang III"


def test_the_lampiran_and_the_daftar_sk_name_a_unit_and_a_pppk_grade_alike() -> None:
    """The lampiran wrote "Kelurahan Benteng Kecamatan Nusaniwe" where the Daftar SK of the same decision wrote
    "Kelurahan Benteng pada Kecamatan Nusaniwe", and both wrote a PPPK's golongan as "V" under "Pangkat/Gol. Ruang"
    (walk6 #2 and #1, h29): table cells take one rule, running text after "jabatan X pada" its own."""
    import pandas as pd

    from asn_mutasi.rollout.apply import build_sk
    from asn_mutasi.rollout.letters import LetterHeader, letter_contexts

    moves = _pppk_moves()
    header = LetterHeader(**{f: "x" for f in LetterHeader.__dataclass_fields__})
    lampiran, persons = letter_contexts(moves, pd.DataFrame(), header)
    roster = pd.DataFrame(
        {
            "nip": moves["nip"],
            "nama": moves["nama"],
            "golongan": moves["golongan"],
            "status_kepegawaian": moves["status_kepegawaian"],
        }
    )
    sk = build_sk(moves, roster, {n: i for i, n in enumerate(moves["nip"])}, date(2027, 1, 1))
    rows = lampiran["baris"]
    assert (
        [r["unit_asal"] for r in rows]
        == sk["unit_lama"].tolist()
        == [  # type: ignore[attr-defined]
            "Bidang Aset pada Badan Pengelola Keuangan dan Aset Daerah",
            "Kelurahan Benteng pada Kecamatan Nusaniwe",
        ]
    )
    assert [r["golongan"] for r in rows] == sk["golongan"].tolist() == ["Golongan V", "III"]  # type: ignore[attr-defined]
    assert persons[1]["unit_asal"] == "Kelurahan Benteng Kecamatan Nusaniwe"  # after "pada" in a sentence


def test_a_pppk_is_told_by_the_nip_rule_when_no_status_or_golongan_says_so() -> None:
    """The letters' own copy of the NI PPPK rule compared digits 13-14 with the one-digit code "2" after the codes
    became 21-29, so without a status column a PPPK of blank or low golongan was written as a PNS ("NIP", pangkat,
    no PP 49/2018): the letters read the one NIP parser now (re-read, h29)."""
    import pandas as pd

    from asn_mutasi.rollout.letters import pppk_mask

    moves = pd.DataFrame(
        {
            "nip": ["199001012021211001", "199001012022221002", "198001012005011001", "", "abc"],
            "golongan": ["", "III", "III/a", "", ""],
        }
    )
    assert pppk_mask(moves).tolist() == [True, True, False, False, False]


def test_every_letter_setting_has_words() -> None:
    """Every ``[surat]`` key has its words for the notes that name it (lang6, h33)."""
    from asn_mutasi.labels import LETTER_SETTING_LABELS

    assert set(LETTER_SETTING_LABELS) == {f.name for f in dataclasses.fields(LetterSettings)}


def test_a_letter_prints_every_nip_spaced_as_a_bkd_writes_it() -> None:
    """The SK lampiran, the petikan and the signature printed "NIP 197802112006011001", where a BKD writes
    "19780211 200601 1 001" (birth date, TMT CPNS, sex, sequence; domain.md §1.1); the join keys stay the 18 digits
    (polish4, h35)."""
    import pandas as pd

    from asn_mutasi.domain.nip import nip_key
    from asn_mutasi.rollout.letters import LetterHeader, letter_contexts

    assert nip_for_people("NIP. 1985.0312.2010.0110.03") == "19850312 201001 1 003"
    assert nip_for_people(198509082020081001) == "19850908 202008 1 001"  # a whole number read from a cell
    assert [nip_for_people(v) for v in ("130123456", "[NIP KEPALA BKPSDM]", None)] == [
        "130123456",
        "[NIP KEPALA BKPSDM]",
        "",
    ]
    assert nip_key(nip_for_people("199111042023211001")) == "199111042023211001"  # read back, the same key
    fields = {f: "x" for f in LetterHeader.__dataclass_fields__} | {"nip_kepala_bkd": "196805121994032004"}
    training = pd.DataFrame({"nip": ["198608102012031001"], "nama_diklat": ["Pelatihan Mutu"]})
    lampiran, persons = letter_contexts(_pppk_moves(), training, LetterHeader(**fields))
    assert [r["nip"] for r in lampiran["baris"]] == ["19911104 202321 1 001", "19860810 201203 1 001"]  # type: ignore[attr-defined]
    assert [p["nip"] for p in persons] == ["19911104 202321 1 001", "19860810 201203 1 001"]
    assert lampiran["nip_kepala_bkd"] == persons[0]["nip_kepala_bkd"] == "19680512 199403 2 004"
    assert persons[1]["diklat"] == "Pelatihan Mutu"  # still found by the person's key
