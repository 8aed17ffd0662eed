"""The clean rules as data: category → action (:data:`CLEAN_RULES`, EVT-style), the row a
span is rendered by (:func:`convention`, :func:`clean_action`), tables made from the rules
(:func:`clean_table`), and one decision per span for a walk (:class:`Decisions`, :func:`descend`)."""

from __future__ import annotations

from collections.abc import Mapping

from lacuna.ast import Span, SpanInfo

__all__ = [
    "CLEAN_RULES",
    "DEFAULT_GAP_MARK",
    "Decisions",
    "clean_action",
    "clean_table",
    "convention",
    "descend",
    "info_action",
]

DEFAULT_GAP_MARK = "[…]"

#: category → action in the clean edition.
CLEAN_RULES: Mapping[str, str] = {
    "supplied": "unwrap",
    "gloss": "keep",
    "uncertain": "reading",
    "gap": "mark",
    "translator_note": "drop",
    "editor_note": "drop",
    "gap_note": "mark",  # a note whose body describes a gap: [Translator's note: one word off the page]
    "sic": "drop",
    "correction": "drop",  # the editor's correction of a figure, 10 [12] a.m.: the source's figure reads
    "footnote_ref": "drop",
    "page_break": "drop",
    "other": "keep",
}

#: The clean edition's actions, in the order the help and the messages give them.
ACTION_NAMES = ("unwrap", "reading", "mark", "conjecture", "keep", "drop")
_ACTIONS = frozenset(ACTION_NAMES)
_NOTES = frozenset({"translator_note", "editor_note"})


def convention(span: Span) -> str:
    """The row of the rules table that renders ``span``: its category, or ``gap_note`` for a
    note whose body describes a gap (it has a ``reason``)."""
    if span.info.reason is not None and span.category in _NOTES:
        return "gap_note"
    return span.category


def clean_action(span: Span, table: Mapping[str, str]) -> str:
    """What the clean edition does with ``span`` under ``table`` (``keep`` if unlisted): the
    row ``gap_note.CATEGORY``, then ``gap_note``, for a gap note; the category's row."""
    return info_action(span.info, table)


def info_action(info: SpanInfo, table: Mapping[str, str]) -> str:
    """:func:`clean_action` of a span read as ``info`` (the action depends on its reading only)."""
    category = info.category
    if info.reason is not None and category in _NOTES:
        action = table.get(f"gap_note.{category}") or table.get("gap_note")
        if action is not None:
            return action
    return table.get(category, "keep")


def clean_table(
    rules: Mapping[str, str] | None = None, base: Mapping[str, str] = CLEAN_RULES
) -> dict[str, str]:
    """``base`` (:data:`CLEAN_RULES`) updated with ``rules`` (each action checked).

    A rule for a note category and none for ``gap_note`` covers that category's gap notes
    too: ``{"translator_note": "keep"}`` keeps every translator's note as written.
    """
    table = dict(base)
    if rules:
        unknown = set(rules.values()) - _ACTIONS
        if unknown:
            known = ", ".join(ACTION_NAMES)
            raise ValueError(f"unknown clean action(s): {sorted(unknown)} (actions: {known})")
        table.update(rules)
        if "gap_note" not in rules:
            for category in _NOTES & set(rules):
                table[f"gap_note.{category}"] = rules[category]
    return table


class Decisions:
    """One decision per span for a walk of :meth:`Document.events`: pass :meth:`prune` as
    its ``prune``; on the span's entering event, :attr:`action` and :attr:`clip` (see
    :func:`descend`) are that span's, so neither is worked out twice."""

    __slots__ = ("action", "clip", "table")

    def __init__(self, table: Mapping[str, str]) -> None:
        self.table = table
        self.action = "keep"
        self.clip: tuple[int, int] | None = None

    def prune(self, span: Span) -> bool:
        """Whether the walk skips ``span``'s children (it is rendered whole)."""
        self.action = action = clean_action(span, self.table)
        self.clip = clip = descend(span, self.table, action)
        return clip is None


def descend(span: Span, table: Mapping[str, str], action: str | None = None) -> tuple[int, int] | None:
    """Whether the reading text goes into ``span``'s children: the range of the text that
    they may show (all of it for ``unwrap``), or None when the span is rendered whole.

    An uncertain reading (``reading``) with a span inside it, ``[?the [Note: x] thing?]``,
    is read through its children, without its question marks: the range between them.
    ``action`` is ``clean_action(span, table)`` if the caller has it.
    """
    if action is None:
        action = clean_action(span, table)
    if action == "unwrap":
        return span.start, span.end
    if action != "reading" or not any(isinstance(c, Span) for c in span.children):
        return None
    lo, hi = span.start + 1, span.end - 1
    first, last = span.children[0], span.children[-1]
    if not isinstance(first, Span):
        head = first.text
        lead = len(head) - len(head.lstrip())
        if head[lead : lead + 1] == "?":  # the words start after the mark and its spaces
            rest = head[lead + 1 :]
            lead += 1 + len(rest) - len(rest.lstrip())
        lo = first.start + lead
    if not isinstance(last, Span):
        tail = last.text
        body = tail.rstrip()
        if body.endswith("?") and last.start + len(body) - 1 >= lo:
            body = body[:-1].rstrip()
        hi = last.start + len(body)
    return lo, max(lo, hi)
