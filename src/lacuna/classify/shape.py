"""The syntactic shape of an inside: the Lark grammar ``grammars/bracket.lark`` (LALR, a
``Transformer`` building a :class:`Shape`), and the common shapes built without it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from lark import Lark, Token, Transformer
from lark.exceptions import LarkError

__all__ = ["Clause", "Shape", "grammar_shape", "lexed_shape", "plain_shape", "shape_of", "simple_shape"]


@dataclass(slots=True)
class Clause:
    """A comma- or semicolon-separated part of an inside; offsets relative to the inside."""

    start: int
    end: int
    tokens: list[Token]


@dataclass(slots=True)
class Shape:
    """The syntactic shape of an inside: optional label, clauses and all tokens."""

    label: Token | None
    body_start: int
    clauses: list[Clause]
    tokens: list[Token]


class _ShapeBuilder(Transformer):
    """Builds a :class:`Shape` while the LALR parser reduces (inline transformer)."""

    def label(self, items: list[Token]) -> tuple[Token, int]:
        return items[0], items[1].end_pos

    def start(self, items: list[Token | tuple[Token, int]]) -> Shape:
        label: Token | None = None
        body_start = 0
        clauses: list[Clause] = []
        tokens: list[Token] = []
        run: list[Token] = []
        for item in items:
            if isinstance(item, tuple):
                label, body_start = item
            elif item.type == "SEP":
                if run:
                    clauses.append(Clause(run[0].start_pos, run[-1].end_pos, run))
                    run = []
            else:
                run.append(item)
                tokens.append(item)
        if run:
            clauses.append(Clause(run[0].start_pos, run[-1].end_pos, run))
        return Shape(label, body_start, clauses, tokens)


@cache
def _parser() -> Lark:
    grammar = resources.files("lacuna").joinpath("grammars", "bracket.lark").read_text("utf-8")
    return Lark(
        grammar,
        parser="lalr",
        lexer="contextual",
        transformer=_ShapeBuilder(),
        maybe_placeholders=False,
    )


# Characters that give an inside more shape than a run of words (see grammars/bracket.lark).
_STRUCTURE = re.compile('[?:,;"“”„«»\ufffc]')  # stdlib re: less work per call than regex
_RUN = re.compile(r"\S+")  # stdlib re, like the grammar: the same idea of white space


def shape_of(inside: str) -> Shape | None:
    """Parse an inside with the bracket grammar; None if the grammar rejects it.

    The commonest forms (words only, ``?words?``, ``Label: words``, clauses of words, quotes
    and question marks) are built directly by :func:`plain_shape`, :func:`simple_shape` and
    :func:`lexed_shape`; ``tests/test_grammar.py`` checks that they equal the grammar's parse.
    """
    if _STRUCTURE.search(inside) is None:
        return plain_shape(inside)
    return simple_shape(inside) or lexed_shape(inside) or grammar_shape(inside)


def grammar_shape(inside: str) -> Shape | None:
    """Parse an inside with the Lark grammar; None if the grammar rejects it."""
    try:
        return _parser().parse(inside)
    except LarkError:
        return None


def plain_shape(inside: str) -> Shape:
    """The shape of an inside without structure characters: one clause, one TEXT token."""
    m = _RUN.search(inside)
    if m is None:
        return Shape(None, 0, [], [])
    end = len(inside.rstrip())
    token = Token("TEXT", inside[m.start() : end], start_pos=m.start(), end_pos=end)
    return Shape(None, 0, [Clause(m.start(), end, [token])], [token])


@cache
def _label_terminal() -> re.Pattern[str]:
    """The grammar's LABEL terminal, compiled as Lark compiles it (stdlib ``re``)."""
    return re.compile(_parser().get_terminal("LABEL").pattern.to_regexp())


def _words_token(inside: str, lo: int, hi: int) -> Token | None:
    """The TEXT token of ``inside[lo:hi]``, a run without structure characters (None: blank)."""
    m = _RUN.search(inside, lo, hi)
    if m is None:
        return None
    end = len(inside[:hi].rstrip())
    return Token("TEXT", inside[m.start() : end], start_pos=m.start(), end_pos=end)


def simple_shape(inside: str) -> Shape | None:
    """The shape of ``?words?`` or ``Label: words`` (words: no structure character), built
    without the parser; None for any other inside."""
    lo = len(inside) - len(inside.lstrip())
    hi = len(inside.rstrip())
    if hi - lo >= 2 and inside[lo] == "?" and inside[hi - 1] == "?":
        if _STRUCTURE.search(inside, lo + 1, hi - 1) is not None:
            return None
        tokens = [Token("QMARK", "?", start_pos=lo, end_pos=lo + 1)]
        words = _words_token(inside, lo + 1, hi - 1)
        if words is not None:
            tokens.append(words)
        tokens.append(Token("QMARK", "?", start_pos=hi - 1, end_pos=hi))
        return Shape(None, 0, [Clause(lo, hi, tokens)], tokens)
    label = _label_terminal().match(inside, lo)
    if label is None:
        return None
    body_start = label.end() + 1  # after the colon the label's lookahead saw
    if _STRUCTURE.search(inside, body_start) is not None:
        return None
    token = Token("LABEL", label.group(), start_pos=lo, end_pos=label.end())
    words = _words_token(inside, body_start, len(inside))
    if words is None:
        return Shape(token, body_start, [], [])
    return Shape(token, body_start, [Clause(words.start_pos, words.end_pos, [words])], [words])


#: The grammar's terminals but ``LABEL`` (grammars/bracket.lark), as its lexer tries them: the
#: quote before the stray quote; the others start with different characters. Every character
#: starts one of them, so the tokens cover the inside.
_TERMINALS = re.compile(
    r"""(?P<WS>\s+)"""
    r"""|(?P<TEXT>[^\s,;:?"“”„«»\uFFFC]+(?:\s+[^\s,;:?"“”„«»\uFFFC]+)*)"""
    r"""|(?P<QUOTED>"[^"]*"|“[^“”]*”|„[^„“”]*[“”]|«[^«»]*»)"""
    r"""|(?P<STRAY_QUOTE>["“”„«»])"""
    r"""|(?P<SEP>[,;])"""
    r"""|(?P<QMARK>\?)"""
    r"""|(?P<OTHER>[:\uFFFC])"""
)


def lexed_shape(inside: str) -> Shape | None:
    """The shape of an inside of clauses (words, quotes, stray quotes, question marks and
    separators) after an optional ``Label:``, read by one pass of the grammar's terminals
    without the parser; None for an inside with another colon or a nested span (left to the
    grammar)."""
    lo = len(inside) - len(inside.lstrip())
    label: Token | None = None
    body_start = 0
    pos = lo
    if ":" in inside:
        m = _label_terminal().match(inside, lo)
        if m is not None:
            label = Token("LABEL", m.group(), start_pos=lo, end_pos=m.end())
            body_start = pos = m.end() + 1  # after the colon the label's lookahead saw
    clauses: list[Clause] = []
    tokens: list[Token] = []
    run: list[Token] = []
    for m in _TERMINALS.finditer(inside, pos):
        kind = m.lastgroup
        if kind == "WS":
            continue
        if kind == "OTHER":
            return None
        if kind == "SEP":
            if run:
                clauses.append(Clause(run[0].start_pos, run[-1].end_pos, run))
                run = []
            continue
        token = Token(kind, m.group(), start_pos=m.start(), end_pos=m.end())  # type: ignore[arg-type]
        run.append(token)
        tokens.append(token)
    if run:
        clauses.append(Clause(run[0].start_pos, run[-1].end_pos, run))
    return Shape(label, body_start, clauses, tokens)
