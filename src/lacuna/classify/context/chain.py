"""Running the context chain on a span: plans cached per inside, nearest word and gluedness,
the rules that read further run per span (:func:`read_context`)."""

from __future__ import annotations

import dataclasses
from typing import Any, TypeVar, cast

import regex

from lacuna.ast import SpanInfo
from lacuna.classify.context.data import _context_data_rule, _inside_facts
from lacuna.classify.context.extents import _EXTENTS, _glossed
from lacuna.classify.context.order import CONTEXT_RULES, ContextRule
from lacuna.classify.glossed import glossed_extent
from lacuna.classify.inside_facts import _Inside
from lacuna.classify.view import _Before, _NearestOnly, _NeedsMore
from lacuna.classify.words import _PLANS_LIMIT, _WINDOW, _Decision, _variant, _Word, _word_facts, near_word
from lacuna.conventions import Conventions, on_clear_caches
from lacuna.rules import Rule


class _Further:
    """The plan of an inside, a nearest word and gluedness whose decision reads more than the
    nearest word: the ``rules`` that asked for more (the only ones that may answer for a span
    with this plan: every other rule declined on the nearest word, or comes after the rule
    that answered), run per span in chain order, and the ``fallback`` decision when none of
    them answers (the first rule that answered on the nearest word, if any)."""

    __slots__ = ("fallback", "rules")

    def __init__(self, rules: tuple[Rule[ContextRule], ...], fallback: _Decision) -> None:
        self.rules = rules
        self.fallback = fallback


_T = TypeVar("_T")

#: The plans' values made so far, one object per value: the plans of many keys, and the
#: readings made from them, share a decision (and its ``because``) or a :class:`_Further`
#: rather than each holding a copy, also once the plans' cache has been emptied. A
#: :class:`_Further` is kept by the identities of its rules and its fallback (it holds the
#: rules, so their ids are not reused while it is kept).
_SHARED: dict[object, Any] = {}
_SHARED_LIMIT = 20_000
on_clear_caches(_SHARED.clear)


def _shared(key: object, value: _T) -> _T:
    """The value kept for ``key`` in :data:`_SHARED` (``value``, kept, if none is)."""
    kept = _SHARED.get(key)
    if kept is None:
        if len(_SHARED) >= _SHARED_LIMIT:
            _SHARED.clear()
        _SHARED[key] = kept = value
    return kept  # type: ignore[no-any-return]


def _named(rule: Rule[ContextRule], decision: tuple[str, str, int | None]) -> _Decision:
    category, because, k = decision
    return category, f"{rule.name}: {because}", k


def _decide(c: _NearestOnly, further: _Further | None = None) -> _Decision | _Further:
    """The first answer of the context chain, the rule's name leading ``because``.

    Planning (``further`` None, ``c`` the nearest word alone): every active rule is tried in
    order until one answers; the rules that ask for more than the nearest word are collected
    into a :class:`_Further` plan, unless none did (then the answer, or None, is the plan).
    Deciding a span (``c`` its line): only the rules of ``further`` run, then its fallback.
    """
    if further is not None:
        for rule in further.rules:
            decision = rule.fn(c)
            if decision is not None:
                return _named(rule, decision)
        return further.fallback
    pending: list[Rule[ContextRule]] = []
    answer: _Decision = None
    for rule in c.conv.ruler("context", CONTEXT_RULES, _context_data_rule).active():
        try:
            decision = rule.fn(c)
        except _NeedsMore:
            pending.append(rule)
            continue
        if decision is not None:
            answer = _named(rule, decision)
            answer = _shared(answer, answer)
            break
    if not pending:
        return answer
    rules = tuple(pending)
    return _shared((tuple(map(id, rules)), answer), _Further(rules, answer))


#: The mark of a triple not planned yet (``Any``, not ``_Decision``: the compiled build would
#: box a typed tuple anew where it is read, and ``is`` would not find the mark again).
_UNPLANNED: Any = ("unplanned", "", None)


#: The key of a plan: the identity of the inside's facts (equal facts are one object, kept in
#: ``conv._inside_facts_pool`` as long as the plans are: hashing the facts' 25 fields at every
#: span cost more than the look-up), the nearest word's facts, gluedness and whether a closing
#: bracket stands between the nearest word and the span.
_PlanKey = tuple[int, _Word | None, bool, bool]


def _plan(
    key: _PlanKey, facts: _Inside, word: str | None, conv: Conventions, *, store: bool = True
) -> _Decision | _Further:
    """The decision for an inside, a nearest word and gluedness, or the rules to run for each
    span (:class:`_Further`; cached in ``conv``)."""
    _, wf, glued, bracketed = key
    plan = _decide(_NearestOnly(facts, wf, word, glued, conv, bracketed))
    if not store:
        return plan
    plans = conv._context_plans
    if len(plans) >= _PLANS_LIMIT:
        plans.clear()
    plans[key] = plan
    return plan


#: The word after the last elision mark glued into a word (``years…They``: ``They``).
_AFTER_ELISION = regex.compile(r"(?:…|\.{3})(\p{L}[^…]*)\Z")


def _after_elision(word: str, at: int) -> tuple[str, int]:
    """The nearest word ``word`` (at offset ``at``) less an elision glued before it: what
    follows the mark is the word (``past years…They [the United States]``: ``They``)."""
    if "…" in word or "..." in word:
        elided = _AFTER_ELISION.search(word)
        if elided is not None:
            return elided.group(1), at + elided.start(1)
    return word, at


def read_context(
    info: SpanInfo,
    text: str,
    start: int,
    end: int,
    conv: Conventions,
    inside: str | None = None,
    *,
    cached: bool = True,
) -> tuple[SpanInfo, int | None, int | None]:
    """Decide gloss or supplied for a cue-less span; returns (info, glossed_start, glossed_end).

    ``inside`` is ``text[start + 1 : end - 1]`` if the caller has it at hand. The chain is
    planned once per inside, nearest word and gluedness (:func:`_plan`); the rules of the plan
    that read further run for the span; ``cached=False`` plans for this span alone (the tests
    compare both).
    """
    if inside is None:
        inside = text[start + 1 : end - 1]
    facts = conv._inside_facts.get(inside) or _inside_facts(inside, conv)
    # the nearest word, if it touches the span (None: the span starts its line), read
    # (:func:`near_word`) on the window before the span reversed, which the span's view
    # reads the words further back on (read once)
    lo = start - _WINDOW
    back = text[lo if lo > 0 else 0 : start][::-1]
    near = near_word(text, start, back)
    bracketed = False
    if near is None:
        word = wf = None
        glued = False
        word_start = start
    else:
        word, word_start = near
        if "…" in word or "..." in word:
            word, word_start = _after_elision(word, word_start)
        wf = conv._word_facts.get(word) or _word_facts(word, conv)
        glued = text[start - 1].isalpha()
        # "[Home] [Order Form]": a closing bracket between the word and the span
        bracketed = not glued and text.find("]", word_start + len(word), start) >= 0
    key = (id(facts), wf, glued, bracketed)
    plan = conv._context_plans.get(key, _UNPLANNED) if cached else _UNPLANNED
    if plan is _UNPLANNED:
        plan = _plan(key, facts, word, conv, store=cached)
    before = None
    if type(plan) is _Further:
        # (the learned rule reads the inside as written: not the one with nested spans marked)
        raw = inside if len(inside) == end - start - 2 else None
        before = _Before(facts, wf, word, glued, conv, text, start, end, word_start, raw, back, bracketed)
        decision = cast(_Decision, _decide(before, plan))
    else:
        decision = cast(_Decision, plan)
    if decision is None:
        return info, None, None
    category, because, k = decision
    variant = _variant(info, category, because)
    if category == "correction":  # the bracket's reading is the corrected one
        variant = dataclasses.replace(variant, correction=inside.strip())
    if k is None or near is None or not _EXTENTS.get():
        return variant, None, None
    first = word_start if k == 0 else before.start_of(k)  # type: ignore[union-attr]
    variant, first, last = _glossed(variant, text, first, word_start + len(word), conv)  # type: ignore[arg-type]
    return variant, *glossed_extent(text, first, last, start, end, because.partition(":")[0], conv)
