"""Escaping for the HTML edition: text and attribute values, and the characters HTML cannot
carry (NUL, most C0 controls, lone surrogates, U+FFFE/U+FFFF) shown as a marked U+FFFD."""

from __future__ import annotations

import re
from collections.abc import Callable
from html import escape
from itertools import repeat
from json.encoder import encode_basestring_ascii  # type: ignore[attr-defined]

__all__ = ["BAD", "attr", "escaper", "lines_json", "text"]

#: What HTML cannot carry (code point ranges: the stdlib engine scans a text twice as fast).
BAD = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def text(s: str) -> str:
    """Escaped text; characters HTML cannot carry become a marked U+FFFD."""
    out: list[str] = []
    pos = 0
    for m in BAD.finditer(s):
        out.append(escape(s[pos : m.start()], quote=False))
        out.append(f'<span class="bad" title="U+{ord(m.group()):04X}">\ufffd</span>')
        pos = m.end()
    out.append(escape(s[pos:], quote=False))
    return "".join(out)


def attr(s: str) -> str:
    """An attribute value, escaped (quotes included); what HTML cannot carry is U+FFFD."""
    return escape(BAD.sub("\ufffd", s), quote=True)


def escaper(source: str, bad: bool) -> Callable[[str], str]:
    """How pieces of ``source`` are escaped: :func:`text`; :func:`html.escape` when it holds
    nothing HTML cannot carry (not ``bad``); ``str`` (nothing to do) when it has no ``&``,
    ``<`` or ``>``."""
    if bad:
        return text
    if "&" in source or "<" in source or ">" in source:
        return lambda s: escape(s, quote=False)
    return str


def lines_json(source: str, line_starts: list[int], used: set[int], bad: bool = True) -> str:
    """The lines of ``source`` numbered in ``used`` (those that hold a span), as JSON safe
    inside ``<script>`` (``bad``: whether the text may hold characters HTML cannot carry).

    The object :func:`json.dumps` writes with ``sort_keys`` (the numbers ordered as strings),
    each line through its C string encoder."""
    numbers = sorted(used, key=str)
    if not numbers:
        return "{}"
    last = len(line_starts)
    starts = [line_starts[n - 1] for n in numbers]
    ends = [line_starts[n] if n < last else len(source) for n in numbers]
    lines = list(map(str.rstrip, map(source.__getitem__, map(slice, starts, ends)), repeat("\r\n")))
    lines = [line if len(line) <= 2000 else line[:2000] + "…" for line in lines]
    if bad:
        lines = list(map(BAD.sub, repeat("\ufffd"), lines))
    keys = [f', "{n}": ' for n in numbers]
    keys[0] = keys[0][2:]
    out = ["{"] * (2 * len(numbers))
    out[0::2] = keys
    out[1::2] = map(encode_basestring_ascii, lines)
    out.append("}")
    data = "{" + "".join(out)
    # no "</script>" or "<!--" can appear: the characters that could start one are escaped
    return data.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
