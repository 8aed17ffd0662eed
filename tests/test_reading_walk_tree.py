"""The reading walk reads the compact tree: the same pieces, shown list and scopes as the walk
over the node events it replaced (kept here as the reference), on generated documents under
every table, and no node object is made for the clean edition's walk."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import lacuna
from lacuna import strategies as lst
from lacuna.ast import Document, Span
from lacuna.editorial import CLEAN_RULES, DEFAULT_GAP_MARK, Decisions, Scope, clean_table, reading_pieces
from lacuna.editorial.walk import _correct


def _reference_pieces(
    doc: Document,
    table: Mapping[str, str],
    gap_mark: str = DEFAULT_GAP_MARK,
    *,
    scopes: list[tuple[int, Scope | None]] | None = None,
) -> tuple[list[list], list[int]]:
    """The reading walk as it was written over ``Document.events`` (the reference)."""
    text = doc.text
    pieces: list[list] = []
    shown: list[int] = []
    clips: list[tuple[int, int]] = []  # the reading ranges of the uncertain spans we are in
    entered: list[bool] = []  # per span whose children are read: whether it pushed a clip
    track = scopes is not None
    stack: list[Scope] = []  # with ``scopes``: the spans read through, innermost last
    decide = Decisions(table)
    for node, entering in doc.events(prune=decide.prune):
        if not isinstance(node, Span):
            lo, hi = clips[-1] if clips else (node.start, node.end)
            a0, a1 = max(node.start, lo), max(min(node.end, hi), max(node.start, lo))
            if node.start < a0:
                pieces.append([node.start, a0, "", False])
            shown.append(len(pieces))
            pieces.append([a0, a1, text[a0:a1], True])
            if a1 < node.end:
                pieces.append([a1, node.end, "", False])
            continue
        if not entering:  # the end of a span whose inside was kept
            if entered.pop():
                clips.pop()
            pieces.append([node.end - 1, node.end, "", False])
            if track:
                stack.pop()
                scopes.append((len(pieces), stack[-1] if stack else None))  # type: ignore[union-attr]
            continue
        action, clip = decide.action, decide.clip
        if clip is not None:
            entered.append(action == "reading")
            if action == "reading":
                clips.append(clip)
            if track:
                shows = clip if action == "reading" else None
                scope = Scope(node, action, shows, stack[-1] if stack else None)
                stack.append(scope)
                scopes.append((len(pieces), scope))  # type: ignore[union-attr]
            pieces.append([node.start, node.start + 1, "", False])
            continue
        mark = len(pieces)
        found: tuple[int, int] | None = None
        if action == "keep":
            shown.append(len(pieces))
            pieces.append([node.start, node.end, text[node.start : node.end], True])
        elif action == "reading" and node.category == "sic":
            _correct(text, node.start, node.info, pieces, shown)  # (the correction step is shared)
            mark = len(pieces)  # the correction stands for the word before: not of this span
            shown.append(~len(pieces))
            pieces.append([node.start, node.end, "", False])
        elif action == "reading":
            reading = node.shown_reading
            at = text.find(reading, node.start + 1, node.end - 1) if reading else -1
            if at < 0:
                shown.append(len(pieces))
                pieces.append([node.start, node.end, reading, False])
            else:
                found = (at, at + len(reading))
                pieces.append([node.start, at, "", False])
                shown.append(len(pieces))
                pieces.append([at, at + len(reading), reading, True])
                pieces.append([at + len(reading), node.end, "", False])
        elif action in ("mark", "conjecture"):
            conjecture = node.info.conjecture if action == "conjecture" else None
            shown.append(len(pieces))
            out = gap_mark if conjecture is None else f"\u27e8{conjecture}\u27e9"
            pieces.append([node.start, node.end, out, False])
        else:
            shown.append(~len(pieces))
            pieces.append([node.start, node.end, "", False])
        if track:
            parent = stack[-1] if stack else None
            scopes.append((mark, Scope(node, action, found, parent)))  # type: ignore[union-attr]
            scopes.append((len(pieces), parent))  # type: ignore[union-attr]
    return pieces, shown


_TABLES = [
    CLEAN_RULES,
    clean_table({"footnote_ref": "keep"}),
    clean_table({"sic": "reading", "gap": "conjecture", "gloss": "drop"}),
    clean_table({"supplied": "keep", "uncertain": "keep", "translator_note": "keep"}),
    clean_table({"supplied": "drop", "uncertain": "unwrap", "editor_note": "unwrap", "other": "drop"}),
    clean_table({"uncertain": "mark", "page_break": "keep", "correction": "reading"}),
]


def _scopes_seen(changes: list[tuple[int, Scope | None]]) -> list[tuple[int, Any]]:
    def key(scope: Scope | None) -> Any:
        out = []
        while scope is not None:
            out.append((id(scope.span), scope.action, scope.reading))
            scope = scope.parent
        return tuple(out)

    return [(k, key(s)) for k, s in changes]


@settings(max_examples=400, deadline=None)
@given(st.one_of(lst.markup(), lst.document()), st.sampled_from(range(len(_TABLES))), st.booleans())
def test_the_tree_walk_reads_as_the_event_walk(text: str, t: int, rebuilt: bool) -> None:
    doc = lacuna.parse(text)
    if rebuilt:  # a document built from nodes: its tree is made from them
        doc = Document(doc.src, doc.children, doc.diagnostics)
    table = _TABLES[t]
    assert reading_pieces(doc, table, "<gap>") == _reference_pieces(doc, table, "<gap>")
    got: list[tuple[int, Scope | None]] = []
    want: list[tuple[int, Scope | None]] = []
    assert reading_pieces(doc, table, scopes=got) == _reference_pieces(doc, table, scopes=want)
    assert _scopes_seen(got) == _scopes_seen(want)


def test_the_walk_without_scopes_makes_no_node(monkeypatch: pytest.MonkeyPatch) -> None:
    from lacuna.ast import Tree

    made: list[int] = []
    real = Tree.children_of

    def spy(self: Tree, i: int) -> Any:
        made.append(i)
        return real(self, i)

    monkeypatch.setattr(Tree, "children_of", spy)
    doc = lacuna.parse("The [Soviet] side [word missing] agreed [Translator's note: x] to [?meet?] us. " * 50)
    pieces, shown = reading_pieces(doc, CLEAN_RULES)
    assert made == []
    assert "".join(pieces[k][2] for k in shown if k >= 0).startswith(
        "The Soviet side […] agreed  to meet us."
    )


_PIECES = [None, "a", " ", "\n", "\r\n", "a ", "a\n", " a", "\n a", ",", ".", "", " \n ", "a \n ", "\t"]
_PIECES.append("b\n\n")


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=16))
def test_seams_read_in_windows_cut_as_the_whole_reading(pieces: list[str | None]) -> None:
    from lacuna.editorial.seams import cuts_in, seam_cuts

    assert seam_cuts(pieces) == cuts_in(pieces)


def test_seams_look_only_around_the_dropped_spans(monkeypatch: pytest.MonkeyPatch) -> None:
    import lacuna.editorial.seams as seams_module

    seen: list[int] = []
    real = seams_module.cuts_in

    def spy(pieces: Any) -> Any:
        seen.append(len(pieces))
        return real(pieces)

    monkeypatch.setattr(seams_module, "cuts_in", spy)
    words: list[str | None] = ["word ", "and word"] * 5000
    pieces = [*words, "a ", None, ", b", *words]
    assert seams_module.seam_cuts(pieces) == {10000: (0, 1)}  # "a , b" reads "a, b"
    assert seen == [4]  # "and word", "a ", the dropped span, ", b"


def test_the_walk_gives_the_collector_back_as_it_found_it() -> None:
    import gc

    from lacuna.editorial import collector_paused

    doc = lacuna.parse("a [b] c [Note: d] e")
    assert gc.isenabled()
    reading_pieces(doc, CLEAN_RULES)
    assert gc.isenabled()
    with pytest.raises(ZeroDivisionError), collector_paused():
        assert not gc.isenabled()
        _ = 1 / 0
    assert gc.isenabled()
    gc.disable()
    try:
        reading_pieces(doc, CLEAN_RULES)
        assert not gc.isenabled()  # paused by the caller: left paused
    finally:
        gc.enable()
