"""The audit ledger: append-only rows chained by SHA-256, WAL, concurrent appends."""

from __future__ import annotations

import re
import shlex
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from asn_mutasi.errors import InputError
from asn_mutasi.ledger.store import KEPUTUSAN, PUTARAN, Ledger, NewEntry, row_hash


def _fill(path: Path, n: int = 3) -> None:
    with Ledger(path) as ledger:
        ledger.append([NewEntry(PUTARAN, {"ringkasan": {"pindah": 2}}, id_putaran="P1")])
        ledger.append(
            NewEntry(
                KEPUTUSAN,
                {"tahap": "Verifikasi BKD", "keputusan": "Setuju", "nama_penilai": f"Penilai {i}"},
                id_putaran="P1",
                id_mutasi=f"M{i:03d}",
                nip="199001012015031001",
            )
            for i in range(n)
        )


def _tampered(path: Path, sql: str) -> None:
    """A ledger of :func:`_fill` edited outside the tool: its append-only triggers dropped, then ``sql`` run."""
    _fill(path)
    conn = sqlite3.connect(path)
    conn.execute("DROP TRIGGER catatan_tanpa_ubah")
    conn.execute("DROP TRIGGER catatan_tanpa_hapus")
    conn.execute(sql)
    conn.commit()
    conn.close()


def test_rows_are_chained_and_verify(tmp_path: Path) -> None:
    path = tmp_path / "bb.sqlite"
    _fill(path)
    with Ledger(path) as ledger:
        rows = ledger.entries()
        assert [r.nomor for r in rows] == [1, 2, 3, 4]
        assert rows[0].hash_sebelum == "" and rows[1].hash_sebelum == rows[0].hash
        assert rows[2].hash == row_hash(rows[1].hash, rows[2].to_dict())
        check = ledger.verify()
        assert ledger.journal_mode == "wal"
    assert check.ok and check.jumlah == 4 and check.hash_terakhir == rows[-1].hash


def test_update_and_delete_are_refused_by_the_database(tmp_path: Path) -> None:
    path = tmp_path / "bb.sqlite"
    _fill(path)
    conn = sqlite3.connect(path)
    with pytest.raises(sqlite3.DatabaseError, match="hanya boleh ditambah"):
        conn.execute("UPDATE catatan SET nip = '1' WHERE nomor = 2")
    with pytest.raises(sqlite3.DatabaseError, match="hanya boleh ditambah"):
        conn.execute("DELETE FROM catatan WHERE nomor = 2")
    conn.close()


@pytest.mark.parametrize(
    ("sql", "broken", "reason"),
    [
        ("UPDATE catatan SET data = replace(data, 'Penilai 1', 'Penilai X') WHERE nomor = 3", 3, "isi catatan diubah"),
        ("DELETE FROM catatan WHERE nomor = 2", 3, "catatan #2 hilang"),
    ],
)
def test_tampering_around_the_triggers_is_detected_at_the_first_broken_row(
    tmp_path: Path, sql: str, broken: int, reason: str
) -> None:
    path = tmp_path / "bb.sqlite"
    _tampered(path, sql)
    with Ledger(path) as ledger:
        check = ledger.verify()
    assert not check.ok and check.nomor_rusak == broken and check.alasan == reason


def test_a_missing_ledger_is_an_input_error_when_not_creating(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="tidak ditemukan"):
        Ledger(tmp_path / "tidak_ada.sqlite", create=False)
    (tmp_path / "rusak.sqlite").write_bytes(b"bukan sqlite" * 100)
    with pytest.raises(InputError, match="bukan buku besar"):
        Ledger(tmp_path / "rusak.sqlite")


WRITER = """
import sys
from asn_mutasi.ledger.store import Ledger, NewEntry
path, who, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
for i in range(n):
    with Ledger(path) as ledger:
        ledger.append([NewEntry("keputusan", {"oleh": who, "i": i}, nip=who), NewEntry("keputusan", {"oleh": who, "i": i, "b": 1}, nip=who)])
"""


def test_two_processes_appending_at_once_keep_one_valid_chain(tmp_path: Path) -> None:
    path = tmp_path / "bb.sqlite"
    Ledger(path).close()
    procs = [subprocess.Popen([sys.executable, "-c", WRITER, str(path), who, "40"]) for who in ("A", "B")]
    assert [p.wait(timeout=120) for p in procs] == [0, 0]
    with Ledger(path) as ledger:
        rows = ledger.entries()
        check = ledger.verify()
    assert check.ok and len(rows) == 160
    # each append's two rows stay adjacent (one transaction), and both writers got through
    for first, second in zip(rows[::2], rows[1::2], strict=True):
        assert first.nip == second.nip and second.data["b"] == 1
    assert {r.nip for r in rows} == {"A", "B"}


def test_rows_deleted_at_the_end_show_as_a_noted_head_hash_no_row_has(tmp_path: Path) -> None:
    path = tmp_path / "bb.sqlite"
    _fill(path)
    with Ledger(path) as ledger:
        rows = ledger.entries()
        assert ledger.verify([rows[-1].hash, rows[1].hash]).hilang == ()
    conn = sqlite3.connect(path)
    conn.execute("DROP TRIGGER catatan_tanpa_hapus")
    conn.execute("DELETE FROM catatan WHERE nomor >= 3")  # the last two rows: a shorter chain, still valid
    conn.commit()
    conn.close()
    with Ledger(path) as ledger:
        plain = ledger.verify()
        noted = ledger.verify(iter([rows[-1].hash, rows[1].hash, rows[-1].hash]))  # any iterable, repeats once
    assert plain.ok and plain.jumlah == 2
    assert not noted.ok and noted.hilang == (rows[-1].hash,) and noted.nomor_rusak is None
    assert noted.hash_terakhir == rows[1].hash


def _written(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def _other_database(path: Path) -> Path:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    return path


def _damaged(path: Path) -> Path:
    _fill(path, 40)
    data = bytearray(path.read_bytes())
    for i in range(4096, len(data), 997):  # every page after the first
        data[i] ^= 0xFF
    path.write_bytes(bytes(data))
    for extra in (path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        extra.unlink(missing_ok=True)
    return path


@pytest.mark.parametrize(
    ("make", "said"),
    [
        (lambda p: _written(p, b""), "bukan buku besar asn-mutasi (kosong)"),
        (_other_database, "basis data SQLite lain"),
        (_damaged, "rusak"),
        (lambda p: _written(p, b"bukan sqlite" * 100), "bukan berkas SQLite"),
    ],
    ids=["berkas-kosong", "basis-data-lain", "rusak", "bukan-sqlite"],
)
def test_a_file_that_is_no_ledger_is_refused_and_left_as_it_was(tmp_path: Path, make: Any, said: str) -> None:
    path = make(tmp_path / "bb.sqlite")
    before = path.read_bytes()
    with pytest.raises(InputError, match=re.escape(said)):
        Ledger(path, create=False)
    assert path.read_bytes() == before  # a read never writes (an empty file stays empty)
    if before:  # an empty file is a new ledger when creating
        with pytest.raises(InputError, match=re.escape(said)):
            Ledger(path)
        assert path.read_bytes() == before


def test_the_plan_refuses_a_damaged_ledger_before_it_writes_its_workbook(tmp_path: Path) -> None:
    from cli_helpers import EXIT_INPUT, SAMPLE, expect, run

    ledger = _damaged(tmp_path / "bb.sqlite")
    out = tmp_path / "rencana.xlsx"
    args = ("rencana", SAMPLE / "pegawai.xlsx", SAMPLE / "peta_jabatan.xlsx", "-o", out, "--buku-besar", ledger)
    result = expect(run(*args, "--tanggal", "2026-11-01"), EXIT_INPUT)
    assert "rusak" in result.stderr and not out.exists()


@pytest.mark.parametrize("data", ["[1, 2]", "7", "[" * 100_000 + "]" * 100_000])
def test_a_hand_edited_row_is_named_not_a_crash(tmp_path: Path, data: str) -> None:
    """A row whose data is no JSON object (hostile-input campaign: AttributeError and RecursionError, exit 70 in
    putaran, riwayat, ekspor and verifikasi): read as a damaged row, named by the chain check."""
    path = tmp_path / "bb.sqlite"
    _fill(path)
    conn = sqlite3.connect(path)
    conn.execute("DROP TRIGGER catatan_tanpa_ubah")
    conn.execute("UPDATE catatan SET data = ? WHERE nomor = 1", (data,))
    conn.commit()
    conn.close()
    with Ledger(path) as ledger:
        rows = ledger.entries()
        check = ledger.verify()
    assert "_rusak" in rows[0].data and len(rows) == 4
    assert not check.ok and check.nomor_rusak == 1
    from cli_helpers import expect, run

    for sub in ("putaran", "riwayat", "verifikasi"):
        args = ["199001012015031001"] if sub == "riwayat" else []
        result = run("buku-besar", sub, *args, "--buku-besar", path)
        assert result.exit_code in (0, 1), (sub, result.exit_code, result.stderr[-500:])
        assert "Traceback" not in result.stderr
    expect(run("buku-besar", "verifikasi", "--buku-besar", path), 1)


def test_a_tampered_chain_takes_no_new_round(tmp_path: Path) -> None:
    """A record chained onto an edited row would bury the edit (hostile-input campaign: the plan appended to a
    broken chain without a word). The plan refuses before it writes its workbook; the ledger is left as it was."""
    from cli_helpers import EXIT_INPUT, SAMPLE, expect, run

    path = tmp_path / "bb.sqlite"
    _tampered(path, "UPDATE catatan SET data = replace(data, 'Penilai 1', 'Penilai X') WHERE nomor = 3")
    before = path.read_bytes()
    out = tmp_path / "rencana.xlsx"
    args = ("rencana", SAMPLE / "pegawai.xlsx", SAMPLE / "peta_jabatan.xlsx", "-o", out, "--buku-besar", path)
    result = expect(run(*args, "--tanggal", "2026-11-01"), EXIT_INPUT)
    assert "rantainya rusak di catatan #3" in result.stderr and not out.exists()
    assert path.read_bytes() == before


def test_reading_a_tampered_ledger_shows_its_rows_but_says_so_and_exits_1(tmp_path: Path) -> None:
    """`riwayat` printed a forged decision (Setuju edited to Tolak) as genuine, exit 0; `putaran` too (hostile-input
    campaign, round 2). Only `verifikasi` checked the chain."""
    from cli_helpers import EXIT_FINDINGS, expect, run

    path = tmp_path / "bb.sqlite"
    _tampered(path, "UPDATE catatan SET data = replace(data, 'Setuju', 'Tolak') WHERE nomor = 3")
    for args in (("riwayat", "199001012015031001"), ("putaran",)):
        result = expect(run("buku-besar", *args, "--buku-besar", path, "-f", "json"), EXIT_FINDINGS)
        assert "buku-besar-rantai-putus" in result.stderr and "Catatan #3" in result.stderr
        assert result.stdout.strip().startswith("[")  # the rows are still shown, flagged


def test_a_ledger_of_another_schema_version_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "bb.sqlite"
    _fill(path)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE info SET nilai = '99' WHERE kunci = 'versi_skema'")
    conn.commit()
    conn.close()
    with pytest.raises(InputError, match="versi skema 99"):
        Ledger(path, create=False)


def test_a_ledger_that_cannot_be_written_is_read_as_it_is(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An auditor's read-only copy was called damaged ('Pulihkan buku besar dari cadangan'): WAL mode wants a
    writable -shm file even to read (hostile-input campaign, run as a user without write access)."""
    import asn_mutasi.ledger.store as store

    path = tmp_path / "bb.sqlite"
    with Ledger(path) as ledger:
        ledger.append([NewEntry(PUTARAN, {"x": 1}, id_putaran="R1")])
    for extra in tmp_path.glob("bb.sqlite-*"):
        extra.unlink()
    monkeypatch.setattr(store.os, "access", lambda *_args: False)  # no write access to the file or its folder
    with Ledger(path, create=False) as ledger:
        assert [e.id_putaran for e in ledger.entries()] == ["R1"] and ledger.verify().ok
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bb.sqlite"]  # nothing written beside it


def test_a_read_only_copy_with_its_wal_file_reads_every_entry(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Opened immutable, a copy whose last entries are still in its -wal file lost them without a word (diff
    review): with a -wal file beside it the copy is opened read-only instead."""
    import shutil

    import asn_mutasi.ledger.store as store

    live = tmp_path / "live.sqlite"
    ledger = Ledger(live)
    ledger.conn.execute("PRAGMA wal_autocheckpoint = 0")  # keep the entry in the -wal file
    ledger.append([NewEntry(PUTARAN, {"x": 1}, id_putaran="R1")])
    copy = tmp_path / "salinan"
    copy.mkdir()
    for name in ("live.sqlite", "live.sqlite-wal", "live.sqlite-shm"):
        if (tmp_path / name).exists():
            shutil.copy(tmp_path / name, copy / name)
    ledger.close()
    assert (copy / "live.sqlite-wal").exists()
    monkeypatch.setattr(store.os, "access", lambda *_args: False)
    with Ledger(copy / "live.sqlite", create=False) as read:
        assert [e.id_putaran for e in read.entries()] == ["R1"]


@pytest.mark.skipif(sys.platform != "linux", reason="ulimit -f in a Linux shell")
def test_a_ledger_whose_making_fails_is_not_left_behind(tmp_path: Path) -> None:
    """A file size limit (a full disk) while the ledger was made left an empty SQLite file that every later run
    refused as "bukan buku besar asn-mutasi (kosong)" until removed by hand (hostile-input campaign, h24)."""
    target = tmp_path / "buku.sqlite"
    code = (
        "from asn_mutasi.ledger.store import Ledger\n"
        "try:\n"
        f"    Ledger({str(target)!r})\n"
        "except Exception as exc:\n"
        "    print(type(exc).__name__, exc)\n"
    )
    done = subprocess.run(
        ["bash", "-c", f"ulimit -f 4; {shlex.quote(sys.executable)} -c {shlex.quote(code)}"],
        cwd=Path(__file__).resolve().parents[2], capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.stdout.startswith("OutputError") and "tidak dapat dibuat" in done.stdout, done.stdout + done.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == []
    with Ledger(target) as ledger:  # with room again it is made as any new ledger
        assert ledger.entries() == []


def test_a_run_that_fails_never_removes_a_ledger_another_run_made_meanwhile(tmp_path: Path, monkeypatch: Any) -> None:
    """Run B found no ledger, run A made it and wrote to it, then B failed (a lock wait, Ctrl-C): B's clean-up of
    "its" unmade file removed A's ledger (diff review, h24)."""
    import asn_mutasi.ledger.store as store

    target = tmp_path / "buku.sqlite"
    original = store.Ledger._check

    def racing(self: Ledger, create: bool) -> None:
        monkeypatch.setattr(store.Ledger, "_check", original)
        with Ledger(target) as other:
            other.conn.execute("INSERT INTO info (kunci, nilai) VALUES ('run_lain', 'x')")
        raise KeyboardInterrupt

    monkeypatch.setattr(store.Ledger, "_check", racing)
    with pytest.raises(KeyboardInterrupt):
        Ledger(target)
    with Ledger(target, create=False) as kept:
        assert kept.conn.execute("SELECT nilai FROM info WHERE kunci = 'run_lain'").fetchone() == ("x",)


def test_a_ledger_left_empty_by_a_killed_run_is_made_anew_by_the_plan(tmp_path: Path) -> None:
    """A run killed while it made the ledger (SIGKILL, a power cut) leaves an empty file: every later `rencana`
    refused it as "bukan buku besar asn-mutasi (kosong)" (hostile-input campaign, h25). It is made anew."""
    from cli_helpers import EXIT_OK, SAMPLE, expect, run

    ledger = tmp_path / "bb.sqlite"
    ledger.write_bytes(b"")
    out = tmp_path / "r.xlsx"
    expect(
        run("plan", SAMPLE / "pegawai.xlsx", SAMPLE / "peta_jabatan.xlsx", "-o", out, "--buku-besar", ledger), EXIT_OK
    )
    with Ledger(ledger, create=False) as read:
        assert len({e.id_putaran for e in read.entries()}) == 1
    assert Ledger.unmade(ledger) is False
