"""The regions of a page as they are found: named boundaries closed into a partition of the
text (:class:`Regions`), and the page of a text whose layout is unknown (all body)."""

from __future__ import annotations

from lacuna.pages.model import Page, Region

__all__ = ["Regions", "unknown"]


class Regions:
    """Collects regions as (start, name) boundaries, then closes them into a partition."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.marks: list[tuple[int, str]] = []

    def mark(self, start: int, name: str) -> None:
        self.marks.append((start, name))

    def regions(self) -> tuple[Region, ...]:
        n = len(self.text)
        marks = sorted(self.marks, key=lambda m: m[0])
        out: list[Region] = []
        for i, (start, name) in enumerate(marks):
            end = marks[i + 1][0] if i + 1 < len(marks) else n
            if i == 0:
                start = 0
            if end <= start:
                continue
            if out and out[-1].name == name:
                out[-1] = Region(name, out[-1].start, end)
            else:
                out.append(Region(name, start, end))
        if not out and n:
            out.append(Region("body", 0, n))
        return tuple(out)


def unknown(text: str, fmt: str = "unknown") -> Page:
    regions = (Region("body", 0, len(text)),) if text else ()
    return Page(fmt, None, (), None, None, 0, len(text), regions, text=text)
