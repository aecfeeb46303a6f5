"""Hold the cyclic garbage collector while a bulk step builds many small objects, and while the command line
starts up."""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator

#: one entry while the start-up hold is on (:func:`hold_start_up`); popped once, by the first bulk step
_START_UP: list[bool] = []


def hold_start_up() -> None:
    """Hold the collector from the start of a command-line process to its first bulk step (:func:`gc_paused`).

    Importing pandas, the readers and the planner makes about 140,000 objects that live as long as the process
    and form no garbage; each young-generation collection in that second walked them again (0.05–0.06 s of the
    0.5 s of CPU the imports of ``rencana`` take, speed21). The first bulk step freezes what start-up made
    (:func:`gc.freeze`: never walked again by any later collection) and lets the collector run once its block is
    done. A command with no bulk step runs held to its end: it makes too few objects for that to matter.
    """
    if gc.isenabled():
        gc.disable()
        _START_UP.append(True)


def _end_start_up() -> bool:
    """Freeze what start-up made and end its hold; True when it was held (the collector is then to run again)."""
    try:
        _START_UP.pop()  # (atomic: two threads starting bulk steps at once end it once)
    except IndexError:
        return False
    gc.freeze()
    return True


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector for the block, and restore it as it was.

    Reading a 100,000-row roster or writing a plan workbook makes millions of small objects
    and almost no cycles; every young-generation collection would walk them again (about
    0.3 s of a 100k read, 0.4–0.6 s of a 100k workbook). Reference counting still frees
    memory; the collector runs again once the block is done (also when it was held only for
    the start-up, :func:`hold_start_up`).
    """
    was_enabled = gc.isenabled() or _end_start_up()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
