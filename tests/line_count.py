"""Count the Python lines a call runs in one module: a per-row loop runs lines per row, a bulk step a fixed few."""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import FrameType
from typing import Any, TypeVar

T = TypeVar("T")


def lines_run(module_file: str, call: Callable[[], T]) -> tuple[T, int]:
    """``call()`` and the number of lines it ran in files whose path ends with ``module_file``."""
    count = 0

    def trace(frame: FrameType, event: str, arg: Any) -> Any:
        nonlocal count
        if frame.f_code.co_filename.endswith(module_file):
            count += event == "line"
            return trace
        return None

    previous = sys.gettrace()
    sys.settrace(trace)
    try:
        result = call()
    finally:
        sys.settrace(previous)
    return result, count
