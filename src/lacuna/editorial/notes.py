"""The notes of a text: a note reference ``Hungary.[2]`` points to the note whose label
``[2]`` opens a line; the note runs from its label to the end of its paragraph (a blank
line) or to the next label (:func:`footnotes`)."""

from __future__ import annotations

import bisect
from operator import attrgetter
from typing import NamedTuple

import numpy as np
import regex

from lacuna.ast import Document, Span

__all__ = ["NOTE_PLACES", "Footnote", "Footnotes", "footnote_id", "footnotes"]

#: Where the clean edition puts notes: at the ``end`` of the text (markers kept), ``inline``
#: (as written) or nowhere (``drop``: markers and notes go).
NOTE_PLACES = ("end", "inline", "drop")

_NCNAME_BAD = regex.compile(r"[^\w.-]")
_category = attrgetter("category")
_start = attrgetter("start")
_BLANK_LINE = regex.compile(r"(?:\r\n?|\n)[ \t]*+(?:\r\n?|\n)")


def footnote_id(number: str) -> str | None:
    """The ``xml:id``/HTML id of the note numbered ``number`` (``fn1``), or None if it has none."""
    token = _NCNAME_BAD.sub("_", number.strip())
    return "fn" + token if token else None


class Footnote(NamedTuple):
    """A note: its label span, its number, its id (the first note of a number has one) and its
    extent ``[start, end)`` in the text, label included."""

    label: Span
    number: str
    ident: str | None
    start: int
    end: int


class Footnotes(NamedTuple):
    """The notes of a text, in order, and what each reference points to."""

    notes: tuple[Footnote, ...]
    #: id(label span) → its note
    by_label: dict[int, Footnote]
    #: id(reference span) → the id of the note it points to
    targets: dict[int, str]
    #: a note's number → its id (the first note of that number): what a reference numbered
    #: so points to (see :meth:`target`)
    ids: dict[str, str] = {}  # noqa: RUF012 (never changed)

    def target(self, number: str | None, inside: str) -> str | None:
        """The id of the note a reference points to: by its ``number`` (``info.number``), or
        by what it holds (``inside``) when it has none."""
        return self.ids.get(number or inside)


_REST_BLANK = regex.compile(r"[ \t]*+(?:[\r\n]|\Z)")


def _wrapped_reference(text: str, start: int, end: int) -> bool:
    """Whether the reference ``[1]`` at ``start`` (which opens its line) is alone on its line
    right under a line of text: a reference the page wrapped onto a line of its own
    (``BEATER``↵``[1]``↵``Comrade Lieutenant General WOLF[2]`` in the participants list of the
    Wilson Center's note on Mielke's meeting with Nguyen Minh Tien, 10 February 1966), not
    the label of a note (``[1] Beater, Bruno …``), whose words follow it on its line."""
    if start == 0 or _REST_BLANK.match(text, end) is None:
        return False
    line_end = start - 2 if start >= 2 and text.startswith("\r\n", start - 2) else start - 1
    line_start = max(text.rfind("\n", 0, line_end), text.rfind("\r", 0, line_end)) + 1
    return not text[line_start:line_end].isspace() and line_start < line_end


# nothing but white space to a blank line or to the end of the text
_ALONE = regex.compile(r"[ \t]*+(?:(?:\r\n?|\n)[ \t]*+(?:\r\n?|\n)|(?:\r\n?|\n)?[ \t]*+\Z)")


def _alone(text: str, end: int) -> bool:
    """Whether nothing follows the label ending at ``end`` in its paragraph: ``[1]`` alone
    between blank lines, a note with no text. On the pages that have them it is no label but a
    page number of the transcript (the Truman Library's oral histories, ``Volume 1``↵↵``[1]``↵↵
    ``CURRY: To start, …``) or a reference set on a line of its own (Schürer's notes of the
    SED Politburo, 10/11 October 1989, ``… Oktober 1989``↵↵``[1]``↵↵``- 1 [2] -``): it stays
    where it stands, a reference."""
    return _ALONE.match(text, end) is not None


def _label_starts(doc: Document) -> list[int]:
    """Where the note labels start: the top-level note references that open a line (read from
    the compact tree, in order)."""
    tree, text = doc.tree, doc.text
    starts, ends = tree.starts, tree.ends
    categories = list(map(_category, tree.infos))
    found = []
    j = -1
    while True:
        try:
            j = categories.index("footnote_ref", j + 1)
        except ValueError:
            break
        start = starts[j]
        if (
            (start == 0 or text[start - 1] in "\r\n\ufeff")
            and not _wrapped_reference(text, start, ends[j])
            and not _alone(text, ends[j])
        ):
            found.append(j)
    if not found:
        return []
    # a top-level span starts at or after the end of every span before it
    reach = np.maximum.accumulate(np.asarray(tree.ends, dtype=np.int64))
    return [starts[j] for j in found if j == 0 or starts[j] >= reach[j - 1]]


def footnotes(doc: Document, *, references: bool = True) -> Footnotes:
    """The notes of ``doc``: each top-level note reference that opens a line is a label (unless
    it is alone on its line right under a line of text, or alone in its paragraph: no note has
    no text); its note ends at the first blank line outside spans, or at the next label.

    With ``references`` (the default), ``targets`` holds each reference's note; without, it
    is left empty (a caller that walks the spans itself asks :meth:`Footnotes.target`)."""
    text = doc.text
    labels = _label_starts(doc)
    if not labels:
        return Footnotes((), {}, {}, {})  # (most texts: no node is looked at)
    children = doc.children
    # each label among the top-level nodes (in order of their starts)
    at = []
    for start in labels:
        i = bisect.bisect_left(children, start, key=_start)
        while not isinstance(children[i], Span):  # (an empty text node before it)
            i += 1
        at.append(i)
    notes: list[Footnote] = []
    seen: set[str] = set()
    for k, i in enumerate(at):
        span = children[i]
        assert isinstance(span, Span)
        number = span.info.number or span.inside
        ident = footnote_id(number)
        if ident is not None and ident in seen:
            ident = None
        if ident is not None:
            seen.add(ident)
        last = at[k + 1] if k + 1 < len(at) else len(children)
        end = children[last].start if last < len(children) else len(text)
        for node in children[i + 1 : last]:  # each child is looked at for one note only
            if isinstance(node, Span):
                continue
            m = _BLANK_LINE.search(text, node.start, node.end)
            if m is not None:
                end = m.start()
                break
        notes.append(Footnote(span, number, ident, span.start, end))
    ids = {n.number: n.ident for n in notes if n.ident is not None}
    found = Footnotes(tuple(notes), {id(n.label): n for n in notes}, {}, ids)
    if ids and references:
        label_ids = {id(n.label) for n in notes}
        for span in doc.spans():
            if span.category == "footnote_ref" and id(span) not in label_ids:
                target = found.target(span.info.number, span.inside)
                if target is not None:
                    found.targets[id(span)] = target
    return found
