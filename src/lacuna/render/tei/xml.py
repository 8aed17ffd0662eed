"""What XML can carry, and the builder that appends text and elements to an lxml tree."""

from __future__ import annotations

import regex
from lxml import etree

__all__ = ["TEI_NS"]

TEI_NS = "http://www.tei-c.org/ns/1.0"
_XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

# Characters XML 1.0 cannot carry, whatever the escaping.
_XML_BAD = regex.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_BREAK = regex.compile(r"\r\n?|\n")


def _attr(value: str) -> str:
    """An attribute value XML can carry: impossible characters become U+FFFD."""
    return _XML_BAD.sub("\ufffd", value)


class _Builder:
    """Appends text and elements to an lxml tree, one open element per stack entry.

    Text is collected in a list and joined once, when the next element starts or the open
    one ends (:meth:`flush`): appending to ``.text``/``.tail`` string by string would copy
    the growing string each time (quadratic on a paragraph of many spans).
    """

    def __init__(self, root: etree._Element) -> None:
        self.stack: list[etree._Element] = [root]
        self.parts: list[str] = []

    @property
    def top(self) -> etree._Element:
        return self.stack[-1]

    def _append_text(self, s: str) -> None:
        if s:
            self.parts.append(s)

    def flush(self) -> None:
        """Write the collected text: after the open element's last child, or as its text."""
        if not self.parts:
            return
        s = "".join(self.parts)
        self.parts.clear()
        el = self.top
        # the last child from libxml2's last pointer: len(el) and el[-1] walk every child
        last = next(el.iterchildren(reversed=True), None)
        if last is not None:
            last.tail = (last.tail or "") + s
        else:
            el.text = (el.text or "") + s

    def text(self, s: str, *, breaks: bool = True) -> None:
        """Add text; line breaks become ``<lb/>`` (unless ``breaks`` is false), bad characters ``<g>``."""
        if not s:
            return
        if breaks:
            pos = 0
            for m in _BREAK.finditer(s):
                self._chars(s[pos : m.start()])
                self.empty("lb")
                self._append_text("\n")
                pos = m.end()
            s = s[pos:]
        self._chars(s)

    def _chars(self, s: str) -> None:
        if _XML_BAD.search(s) is None:
            self._append_text(s)
            return
        pos = 0
        for m in _XML_BAD.finditer(s):
            self._append_text(s[pos : m.start()])
            g = self.empty("g", {"type": "invalid-xml-char", "n": f"U+{ord(m.group()):04X}"})
            g.text = "\ufffd"
            pos = m.end()
        self._append_text(s[pos:])

    def start(self, tag: str, attrib: dict[str, str] | None = None) -> etree._Element:
        self.flush()
        el = etree.SubElement(self.top, tag, attrib or {})
        self.stack.append(el)
        return el

    def end(self) -> None:
        self.flush()
        self.stack.pop()

    def empty(self, tag: str, attrib: dict[str, str] | None = None) -> etree._Element:
        self.flush()
        return etree.SubElement(self.top, tag, attrib or {})

    def leaf(self, tag: str, text: str, attrib: dict[str, str] | None = None) -> etree._Element:
        el = self.start(tag, attrib)
        self.text(text)
        self.end()
        return el

    def trim(self) -> None:
        """Drop the white space (and line breaks) that end the open element."""
        self.flush()
        el = self.top
        while True:
            last = next(el.iterchildren(reversed=True), None)
            if last is not None:
                last.tail = (last.tail or "").rstrip() or None
                if last.tag == "lb" and last.tail is None:
                    el.remove(last)
                    continue
            else:
                el.text = (el.text or "").rstrip() or None
            break
