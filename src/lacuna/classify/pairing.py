"""Where a run of words starts once the marks it holds without their pair are left out."""

from __future__ import annotations


def past_unpaired(text: str, first: int, last: int, opening: str, closing: str) -> int:
    """The start of ``text[first:last]`` past any ``closing`` mark whose ``opening`` lies before
    ``first`` and past the innermost ``opening`` mark left open in it (``William] Fuller``:
    ``Fuller``; ``Committee of the Communist Party [CCCP`` inside ``the Central [Committee …``:
    the words after the open bracket). A pair among the words stays."""
    opened: list[int] = []
    for i in range(first, last):
        ch = text[i]
        if ch == opening:
            opened.append(i)
        elif ch == closing:
            if opened:
                opened.pop()
            else:
                first = i + 1
    return opened[-1] + 1 if opened else first
