"""Escaping for the HTML edition: text and attribute values, and the characters HTML cannot
carry (NUL, most C0 controls, lone surrogates, U+FFFE/U+FFFF) shown as a marked U+FFFD."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from html import escape

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
    inside ``<script>`` (``bad``: whether the text may hold characters HTML cannot carry)."""
    lines = {}
    for n in sorted(used):
        start = line_starts[n - 1]
        end = line_starts[n] if n < len(line_starts) else len(source)
        line = source[start:end].rstrip("\r\n")
        if len(line) > 2000:
            line = line[:2000] + "…"
        lines[str(n)] = BAD.sub("\ufffd", line) if bad else line
    data = json.dumps(lines, ensure_ascii=True, sort_keys=True)
    # no "</script>" or "<!--" can appear: the characters that could start one are escaped
    return data.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
