"""Read drawing anchors back from a written workbook, to test chart layout without a renderer."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from openpyxl import load_workbook


@dataclass(frozen=True)
class Box:
    """A drawing's cell box: (row, offset) and (col, offset) of its top-left and bottom-right corners."""

    top: tuple[int, int]
    bottom: tuple[int, int]
    left: tuple[int, int]
    right: tuple[int, int]

    def overlaps(self, other: Box) -> bool:
        rows = self.top < other.bottom and other.top < self.bottom
        cols = self.left < other.right and other.left < self.right
        return rows and cols


def chart_boxes(path: Path, sheet: str) -> list[Box]:
    """Return the box of every chart on ``sheet`` (two-cell anchors, as xlsxwriter writes them)."""
    wb = load_workbook(path)
    boxes = []
    for chart in wb[sheet]._charts:
        a = chart.anchor
        boxes.append(
            Box(
                top=(a._from.row, a._from.rowOff),
                bottom=(a.to.row, a.to.rowOff),
                left=(a._from.col, a._from.colOff),
                right=(a.to.col, a.to.colOff),
            )
        )
    return boxes


def category_label_positions(path: Path) -> list[str]:
    """Return the tick-label position of every chart's category axis (``low`` keeps labels off the bars)."""
    import re
    import zipfile

    out = []
    with zipfile.ZipFile(path) as z:
        for name in sorted(n for n in z.namelist() if n.startswith("xl/charts/chart")):
            xml = z.read(name).decode("utf-8")
            cat = re.search(r"<c:catAx>.*?</c:catAx>", xml, re.S)
            pos = re.search(r'<c:tickLblPos val="(\w+)"', cat.group(0)) if cat else None
            out.append(pos.group(1) if pos else "nextTo")
    return out
