"""Whether this process has a second core to use (one answer for every thread and child the package starts)."""

from __future__ import annotations

import os


def second_core() -> bool:
    """True when this process may run on more than one core: a second thread or child then pays.

    The cores the process may run on (its affinity, which a container or ``taskset`` narrows),
    else the machine's count where the platform has no affinity call.
    """
    try:
        return len(os.sched_getaffinity(0)) > 1
    except (AttributeError, OSError):
        return (os.cpu_count() or 1) > 1
