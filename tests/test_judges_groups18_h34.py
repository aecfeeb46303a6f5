"""A judge's post in a roster is a pejabat negara's, outside ASN management (groups18, h34)."""

import pytest

from asn_mutasi.validation import prepare_roster
from tests.test_validation import GOOD_NIP_F, person, raw_table


def test_a_judge_is_named_as_a_pejabat_negara() -> None:
    """ "Hakim Pratama", "Hakim Madya Muda" (PP 41/2002 jenjang) are judges, pejabat negara under UU 48/2009 Pasal 19
    whose transfers and retirement (65/67, UU 49/2009 Pasal 19) the Mahkamah Agung sets: read as pelaksana posts with
    BUP 58 and no word. A Calon Hakim (a CPNS) and a post whose object is judges stay ASN posts."""
    roster = prepare_roster(
        raw_table(
            "pegawai",
            [
                person(jabatan="Hakim Pratama"),
                person(nip=GOOD_NIP_F, jabatan="HAKIM MADYA MUDA"),
                person(nip="198001012005012003", jabatan="Calon Hakim"),
                person(nip="198001012005012004", jabatan="Pengolah Data Hakim"),
            ],
        )
    )
    found = [f for f in roster.findings if f.code == "jabatan-pejabat-negara"]
    assert [(f.location.value, f.location.row) for f in found] == [("Hakim Pratama", 5), ("HAKIM MADYA MUDA", 6)]
    assert "pejabat negara" in found[0].message


def test_only_a_name_read_as_a_judges_is_tokenized_again(monkeypatch: pytest.MonkeyPatch) -> None:
    """The judge check reads the cached key first; the words are cut once more only for a name that reads "hakim …"
    (1,892 distinct posts at 100,000 staff were all tokenized again: 0.035 s; speed17, h35). Same verdicts."""
    from asn_mutasi.domain import jabatan as jab

    cut: list[str] = []
    tokens = jab._tokens

    def counting(text: str, **kw: object) -> list[str]:
        cut.append(text)
        return tokens(text, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(jab, "_tokens", counting)
    names = ["Analis Kepegawaian Ahli Muda", "Pengolah Data Hakim", "Hakim Pratama", "Calon Hakim", "CPNS Hakim"]
    names = [n for n in names if jab.normalize_position_name(n) is not None]  # keys cached before counting
    cut.clear()
    assert [jab.judge_post(n) for n in names] == [False, False, True, False, False]
    assert "Analis Kepegawaian Ahli Muda" not in cut and "Pengolah Data Hakim" not in cut
