"""Reading the position table in a second thread changes nothing a user sees (issue 10).

The roster and the position table are read at the same time when both are files; the
outcome, the findings, the progress messages and which error wins stay those of reading
them one after the other.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from asn_mutasi.api import inputs
from asn_mutasi.config import load_settings
from asn_mutasi.errors import InputError

SAMPLE = Path(__file__).resolve().parents[1] / "sample_data"
TODAY = date(2026, 11, 1)


def _load(
    pegawai: Path, jabatan: Path | None, *, concurrent: bool, monkeypatch: pytest.MonkeyPatch, abk: Path | None = None
) -> tuple[inputs.Inputs, list[str]]:
    monkeypatch.setattr(inputs, "_concurrent", lambda *a: concurrent)
    settings = load_settings(None)
    said: list[str] = []
    loaded = inputs.load_inputs(
        pegawai,
        jabatan,
        opts=inputs.ReadOptions(limits=settings.baca),
        settings=settings,
        today=TODAY,
        progress=said.append,
        abk=abk,
    )
    return loaded, said


@pytest.mark.parametrize("roster", ["pegawai.xlsx", "pegawai_bermasalah.xlsx", "pegawai.csv"])
def test_concurrent_read_equals_the_sequential_one(roster: str, monkeypatch: pytest.MonkeyPatch) -> None:
    one, said_one = _load(SAMPLE / roster, SAMPLE / "peta_jabatan.xlsx", concurrent=False, monkeypatch=monkeypatch)
    two, said_two = _load(SAMPLE / roster, SAMPLE / "peta_jabatan.xlsx", concurrent=True, monkeypatch=monkeypatch)
    pd.testing.assert_frame_equal(one.roster.frame, two.roster.frame)
    assert one.positions is not None and two.positions is not None
    pd.testing.assert_frame_equal(one.positions.frame, two.positions.frame)
    assert one.findings == two.findings
    assert said_one == said_two


def test_concurrent_read_with_abk_keeps_the_order(monkeypatch: pytest.MonkeyPatch) -> None:
    abk = SAMPLE / "abk_tugas.xlsx"
    one, said_one = _load(
        SAMPLE / "pegawai.xlsx", SAMPLE / "peta_jabatan.xlsx", concurrent=False, monkeypatch=monkeypatch, abk=abk
    )
    two, said_two = _load(
        SAMPLE / "pegawai.xlsx", SAMPLE / "peta_jabatan.xlsx", concurrent=True, monkeypatch=monkeypatch, abk=abk
    )
    assert one.findings == two.findings
    assert said_one == said_two
    assert one.positions is not None and two.positions is not None
    assert one.positions.abk == two.positions.abk


def test_the_roster_error_wins_when_both_files_are_bad(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bad_jabatan = tmp_path / "peta.xlsx"
    bad_jabatan.write_bytes(b"PK\x03\x04 not a zip at all")
    for concurrent in (False, True):
        with pytest.raises(InputError, match=r"tidak_ada\.xlsx"):
            _load(tmp_path / "tidak_ada.xlsx", bad_jabatan, concurrent=concurrent, monkeypatch=monkeypatch)


def test_a_bad_position_table_is_reported_after_the_roster(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bad_jabatan = tmp_path / "peta.xlsx"
    bad_jabatan.write_bytes(b"PK\x03\x04 not a zip at all")
    messages = []
    for concurrent in (False, True):
        with pytest.raises(InputError) as caught:
            _load(SAMPLE / "pegawai.xlsx", bad_jabatan, concurrent=concurrent, monkeypatch=monkeypatch)
        messages.append(str(caught.value))
    assert messages[0] == messages[1]
    assert "peta.xlsx" in messages[0]


def test_build_world_links_with_the_index_built_beside_the_read(monkeypatch: pytest.MonkeyPatch) -> None:
    """The position index made in the reading thread links exactly as one built by link_employees."""
    run = inputs.setup(inputs.ReadOptions(), load_settings(None), TODAY, None)
    built: list[object] = []
    import asn_mutasi.workload.linking as linking

    original = linking.link_employees

    def spy(*args: object, **kwargs: object) -> object:
        built.append(kwargs.get("index"))
        return original(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(linking, "link_employees", spy)
    world = inputs.build_world(SAMPLE / "pegawai.xlsx", SAMPLE / "peta_jabatan.xlsx", run=run)
    assert len(built) == 1 and isinstance(built[0], linking.PositionIndex)
    assert world.inputs.position_index is None  # dropped after linking
    again = original(world.inputs.roster.frame, world.positions)
    pd.testing.assert_frame_equal(world.roster, again.frame)


def test_on_parse_is_called_once_after_the_guard(tmp_path: Path) -> None:
    from asn_mutasi.io.readers import read_table

    calls: list[str] = []
    read_table(SAMPLE / "pegawai.xlsx", "pegawai", on_parse=lambda: calls.append("xlsx"))
    read_table(SAMPLE / "pegawai.csv", "pegawai", on_parse=lambda: calls.append("csv"))
    assert calls == ["xlsx", "csv"]
    broken = tmp_path / "rusak.xlsx"
    broken.write_bytes(b"PK\x03\x04 not a zip at all")
    with pytest.raises(InputError):
        read_table(broken, "pegawai", on_parse=lambda: calls.append("rusak"))
    assert calls == ["xlsx", "csv"]  # refused by the guard: the position table is never started


def test_a_roster_refused_by_the_guard_never_starts_the_position_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    broken = tmp_path / "pegawai.xlsx"
    broken.write_bytes(b"PK\x03\x04 not a zip at all")
    started: list[bool] = []
    real_start = inputs._PositionsPart.start
    monkeypatch.setattr(inputs._PositionsPart, "start", lambda self: (started.append(True), real_start(self))[1])
    with pytest.raises(InputError, match=r"pegawai\.xlsx"):
        _load(broken, SAMPLE / "peta_jabatan.xlsx", concurrent=True, monkeypatch=monkeypatch)
    assert started == []


def _world_with_warm(warm: inputs.Warm, monkeypatch: pytest.MonkeyPatch, *, concurrent: bool) -> inputs.World:
    monkeypatch.setattr(inputs, "_concurrent", lambda *a: concurrent)
    run = inputs.setup(inputs.ReadOptions(), load_settings(None), TODAY, None)
    return inputs.build_world(SAMPLE / "pegawai.xlsx", SAMPLE / "peta_jabatan.xlsx", run=run, warm=warm)


def test_warm_runs_beside_the_read_on_the_prepared_positions(monkeypatch: pytest.MonkeyPatch) -> None:
    """The head start sees the valid positions, runs in the reading thread, and is done when build_world returns."""
    import threading

    seen: list[tuple[str, int]] = []

    def warm(positions: pd.DataFrame) -> None:
        seen.append((threading.current_thread().name, len(positions)))

    world = _world_with_warm(warm, monkeypatch, concurrent=True)
    assert seen == [("baca-peta-jabatan", len(world.positions))]
    seen.clear()
    _world_with_warm(warm, monkeypatch, concurrent=False)  # one thread (stdin, one core): no head start
    assert seen == []


def test_a_failing_warm_changes_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    def warm(positions: pd.DataFrame) -> None:
        raise RuntimeError("gagal")

    failed = _world_with_warm(warm, monkeypatch, concurrent=True)
    plain = _world_with_warm(lambda p: None, monkeypatch, concurrent=True)
    pd.testing.assert_frame_equal(failed.roster, plain.roster)
    pd.testing.assert_frame_equal(failed.positions, plain.positions)
    assert failed.findings == plain.findings


def test_plan_warm_modules_exist() -> None:
    """A renamed module would make the head start fail silently: every listed module imports."""
    import importlib

    from asn_mutasi.api.plan import PLAN_MODULES

    for name in PLAN_MODULES:
        importlib.import_module(name)


def test_no_head_start_after_the_roster_failed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A roster that fails while the position table is still read starts no head start: its error is not delayed."""
    import threading

    monkeypatch.setattr(inputs, "_concurrent", lambda *a: True)
    release = threading.Event()
    original = inputs._prepare_positions_part

    def slow(*args: object, **kwargs: object) -> object:
        release.wait(10)  # the roster's error is raised while the positions are still being prepared
        return original(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(inputs, "_prepare_positions_part", slow)

    def failing(*args: object, **kwargs: object) -> object:
        threading.Timer(0.2, release.set).start()
        raise InputError("roster rusak")

    monkeypatch.setattr(inputs, "prepare_roster", failing)
    warmed: list[int] = []
    run = inputs.setup(inputs.ReadOptions(), load_settings(None), TODAY, None)
    with pytest.raises(InputError, match="roster rusak"):
        inputs.build_world(
            SAMPLE / "pegawai.xlsx", SAMPLE / "peta_jabatan.xlsx", run=run, warm=lambda p: warmed.append(len(p))
        )
    assert warmed == []


def test_warm_roster_sees_the_roster_as_read_and_a_failing_one_changes_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    """The roster's head start runs once, in the caller's thread, on the cells as read (before validation)."""
    import threading

    monkeypatch.setattr(inputs, "_concurrent", lambda *a: True)
    run = inputs.setup(inputs.ReadOptions(), load_settings(None), TODAY, None)
    seen: list[tuple[str, int, bool]] = []

    def warm_roster(frame: pd.DataFrame) -> None:
        seen.append((threading.current_thread().name, len(frame), "preferensi_unit" in frame))

    def failing(frame: pd.DataFrame) -> None:
        raise RuntimeError("gagal")

    args = (SAMPLE / "pegawai.xlsx", SAMPLE / "peta_jabatan.xlsx")
    world = inputs.build_world(*args, run=run, warm_roster=warm_roster)
    assert seen == [(threading.current_thread().name, len(world.inputs.roster.raw.frame), True)]
    failed = inputs.build_world(*args, run=run, warm_roster=failing)
    pd.testing.assert_frame_equal(failed.roster, world.roster)
    assert failed.findings == world.findings


def test_plan_takes_the_preference_batch_started_before_validation(monkeypatch: pytest.MonkeyPatch) -> None:
    """plan starts the unit-preference batch on the roster as read (a child process, here for any size); the
    scoring context takes it, and the plan is the one made without the head start."""
    from asn_mutasi.api.plan import plan
    from asn_mutasi.matching import unit_preferences as up

    monkeypatch.setattr(up, "SPAWN_MIN_PAIRS", 0)
    monkeypatch.setattr(inputs, "_concurrent", lambda *a: True)
    started: list[bool] = []
    taken: list[bool] = []
    real_start_early, real_start = up.start_early, up.UnitPreferences.start

    def start_early(*args: object) -> bool:
        started.append(real_start_early(*args))  # type: ignore[arg-type]
        return started[-1]

    def start(self: up.UnitPreferences) -> None:
        real_start(self)
        taken.append(self._child_names is not None)

    monkeypatch.setattr(up, "start_early", start_early)
    monkeypatch.setattr(up.UnitPreferences, "start", start)
    files = {"pegawai": SAMPLE / "pegawai.xlsx", "jabatan": SAMPLE / "peta_jabatan.xlsx", "tanggal": TODAY}
    early = plan(**files)  # type: ignore[arg-type]
    assert started == [True] and taken == [True] and up._early is None
    monkeypatch.setattr(up, "start_early", lambda *a: False)
    late = plan(**files)  # type: ignore[arg-type]
    assert taken == [True, False]
    pd.testing.assert_frame_equal(early.plan.moves, late.plan.moves)
    assert early.plan.summary == late.plan.summary


def test_a_plan_that_fails_leaves_no_preference_batch_running(monkeypatch: pytest.MonkeyPatch) -> None:
    """The batch started on the roster as read is cancelled and reaped when the plan fails before taking it."""
    from asn_mutasi.api import plan as plan_api
    from asn_mutasi.matching import unit_preferences as up

    monkeypatch.setattr(up, "SPAWN_MIN_PAIRS", 0)
    monkeypatch.setattr(inputs, "_concurrent", lambda *a: True)
    started: list[up.UnitPreferences] = []
    real_start_early = up.start_early

    def start_early(*args: object) -> bool:
        ok = real_start_early(*args)  # type: ignore[arg-type]
        if ok and up._early is not None:
            started.append(up._early)
        return ok

    def fail(*args: object, **kwargs: object) -> None:
        raise RuntimeError("gagal")

    monkeypatch.setattr(up, "start_early", start_early)
    monkeypatch.setattr(plan_api, "_solve", fail)
    with pytest.raises(RuntimeError, match="gagal"):
        plan_api.plan(pegawai=SAMPLE / "pegawai.xlsx", jabatan=SAMPLE / "peta_jabatan.xlsx", tanggal=TODAY)
    assert len(started) == 1 and up._early is None
    child = started[0]._child
    assert child is not None and child._process.returncode is not None  # killed and reaped


def test_the_position_read_starts_before_an_early_read_roster_passed_its_guard(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A roster read early has its guard on its own thread: the main thread only waits for it, so the position
    table's read starts at once instead of after the guard (speed14: ~0.35 s of a core left idle at 100k rows)."""
    import shutil
    import threading

    from asn_mutasi.config import ReadLimits
    from asn_mutasi.io import open_workbook, prefetch
    from asn_mutasi.io.readers import read_table

    path = tmp_path / "pegawai.xlsx"
    shutil.copy(SAMPLE / "pegawai.xlsx", path)
    guarded = threading.Event()
    release = threading.Event()
    real = open_workbook.SafeWorkbook.__init__

    def held(self: open_workbook.SafeWorkbook, *args: object) -> None:
        release.wait(5)  # the guard takes its time (a 100k-row roster: ~0.35 s after the command's imports)
        real(self, *args)  # type: ignore[arg-type]
        guarded.set()

    monkeypatch.setattr(open_workbook.SafeWorkbook, "__init__", held)
    prefetch._pending = None
    prefetch.start(str(path), limits=ReadLimits())
    at_start: list[bool] = []

    def on_parse() -> None:
        at_start.append(guarded.is_set())
        release.set()

    threading.Timer(2.0, release.set).start()  # (without the head start: not a deadlock, a failure)
    early = read_table(path, "pegawai", on_parse=on_parse)
    assert at_start == [False]
    assert prefetch._pending is None  # the early read was still taken
    monkeypatch.setattr(open_workbook.SafeWorkbook, "__init__", real)
    pd.testing.assert_frame_equal(early.frame, read_table(path, "pegawai").frame)


def test_a_roster_refused_read_early_leaves_the_started_position_table_unprepared(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The position read started beside an early read roster's guard: when the guard refuses the roster, the
    roster's error is raised and the position table read by then is not prepared (its error is not delayed)."""
    from asn_mutasi.config import ReadLimits
    from asn_mutasi.io import prefetch

    broken = tmp_path / "pegawai.xlsx"
    broken.write_bytes(b"PK\x03\x04 not a zip at all")
    real_read = inputs._PositionsPart._read

    def read_late(self: inputs._PositionsPart) -> object:
        self._abandoned.wait(5)  # still reading when the roster is refused
        return real_read(self)

    monkeypatch.setattr(inputs._PositionsPart, "_read", read_late)
    prepared: list[bool] = []
    real_prepare = inputs._prepare_positions_part
    monkeypatch.setattr(
        inputs, "_prepare_positions_part", lambda *a, **k: (prepared.append(True), real_prepare(*a, **k))[1]
    )
    prefetch._pending = None
    prefetch.start(str(broken), limits=ReadLimits())
    with pytest.raises(InputError, match=r"pegawai\.xlsx"):
        _load(broken, SAMPLE / "peta_jabatan.xlsx", concurrent=True, monkeypatch=monkeypatch)
    _join_position_reads()
    assert prepared == []
    assert prefetch._pending is None


def _join_position_reads() -> None:
    import threading

    for thread in threading.enumerate():
        if thread.name == "baca-peta-jabatan":
            thread.join(10)


def test_a_refused_roster_is_raised_without_waiting_for_the_position_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A roster refused by its guard (encrypted, a zip bomb) beside a big position table: its error came ~1 s late,
    once the position read started early had been joined (hostile20, h35). It is raised while that read still runs;
    the read then ends on its own, and its table (or error) is dropped, not kept nor raised."""
    import threading
    import time

    from asn_mutasi.config import ReadLimits
    from asn_mutasi.io import prefetch

    broken = tmp_path / "pegawai.xlsx"
    broken.write_bytes(b"PK\x03\x04 not a zip at all")
    release = threading.Event()
    parts: list[inputs._PositionsPart] = []
    real_read = inputs._PositionsPart._read

    def read_slowly(self: inputs._PositionsPart) -> object:
        parts.append(self)
        release.wait(5)  # a 100k-row position table still being parsed
        return real_read(self)

    monkeypatch.setattr(inputs._PositionsPart, "_read", read_slowly)
    prefetch._pending = None
    prefetch.start(str(broken), limits=ReadLimits())
    began = time.perf_counter()
    with pytest.raises(InputError, match=r"pegawai\.xlsx"):
        _load(broken, SAMPLE / "peta_jabatan.xlsx", concurrent=True, monkeypatch=monkeypatch)
    assert time.perf_counter() - began < 2.5
    assert not release.is_set() and len(parts) == 1
    release.set()
    _join_position_reads()
    assert parts[0]._outcome is None and parts[0]._error is None


_LATE_IMPORTS = """
import sys
from datetime import date
from pathlib import Path

from asn_mutasi.api import inputs, plan

sample = Path(sys.argv[1])
seen: list[set[str]] = []
built: list[int] = []
real_link = inputs.link_to_table


def link(*args, **kwargs):
    seen.append(set(sys.modules))  # the head start is done: its thread's result was taken
    from asn_mutasi.domain.jenis import level_step_table

    built.append(level_step_table.cache_info().currsize)
    return real_link(*args, **kwargs)


inputs.link_to_table = link
plan.plan(
    pegawai=sample / "pegawai.xlsx", jabatan=sample / "peta_jabatan.xlsx", output=Path(sys.argv[2]),
    tanggal=date(2026, 11, 1),
)
late = sorted(n for n in set(sys.modules) - seen[0] if n.split(".")[0] in ("asn_mutasi", "ortools", "xlsxwriter"))
print("LATE", " ".join(late))
print("TABLE", built[0])
"""


@pytest.mark.skipif(not __import__("asn_mutasi.cores").cores.second_core(), reason="no head start on one core")
def test_the_plan_head_start_leaves_no_import_and_no_level_table_to_the_main_thread(tmp_path: Path) -> None:
    """Every module the plan imports after the roster is read, and the level step table the lateral rule reads,
    are the head start's work beside the roster's read (a fresh interpreter: nothing imported by other tests)."""
    import os
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[1]
    env = {**os.environ, "PYTHONPATH": str(root)}
    out = subprocess.run(
        [sys.executable, "-c", _LATE_IMPORTS, str(SAMPLE), str(tmp_path / "rencana.xlsx")],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=300,
        check=True,
    ).stdout
    lines = dict(line.split(" ", 1) if " " in line else (line, "") for line in out.splitlines())
    assert lines["LATE"].split() == []
    assert lines["TABLE"] == "1"  # built before linking: by the head start


def test_the_plan_head_start_reads_the_education_requirements_ahead() -> None:
    """After the head start, the plan's matcher reads every post's requirement from the readers' caches: a national
    formasi table's 4,042 requirements cost the main thread 0.81 s, 0.34 s once warmed (speed14, h35)."""
    from asn_mutasi.api.plan import _HeadStart
    from asn_mutasi.domain.pendidikan import split_level
    from asn_mutasi.matching import scoring
    from asn_mutasi.matching.programme import programme_key

    settings = load_settings(None)
    run = inputs.setup(inputs.ReadOptions(), settings, TODAY, None)
    positions = inputs.read_positions(SAMPLE / "peta_jabatan.xlsx", run)
    assert positions is not None
    positions = positions.copy()
    positions.loc[positions.index[0], "syarat_jurusan"] = "S-1 Teknik Pertambangan Batubara; D-IV Geodesi Terapan"
    programme_key.cache_clear()
    split_level.cache_clear()
    _HeadStart(settings).positions(positions)
    warmed = programme_key.cache_info().misses, split_level.cache_info().misses
    # what build_context and ScoringContext then read of the same posts
    from asn_mutasi.matching.education import EducationMatcher

    p = scoring._valid(positions)
    level, text = scoring._col(p, "syarat_pendidikan"), scoring._col(p, "syarat_jurusan")
    matcher = EducationMatcher(sorted({v for v in text if v}))
    for lv, tx in zip(level, text, strict=True):
        matcher.required_level(lv or "", tx or "")
    assert (programme_key.cache_info().misses, split_level.cache_info().misses) == warmed
