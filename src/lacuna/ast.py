"""The lossless, typed syntax tree of bracket markup.

Every character of the input belongs to exactly one node: a ``Text`` node owns a run of
plain characters, a ``Span`` owns its opening ``[`` and closing ``]`` and its children own
what lies between them. Nodes hold offsets into one shared :class:`SourceText`, so no text
is copied and ``Document.source()`` rebuilds the input exactly.

A parse stores the spans compactly (:class:`Tree`: four numbers and a shared reading per
span, no object per node); the typed nodes are made from it when first asked for
(``Document.children``, ``Span.children``), once, so a node is the same object every time.

Offsets are code-point offsets into the input ``str`` (end exclusive); ``line`` and
``column`` are 1-based, lines being ended by ``\\n``, ``\\r\\n`` or a lone ``\\r``.

Nodes compare by identity (a structural ``==`` would recurse and could overflow on deeply
nested input); compare renderings such as :func:`lacuna.render.to_json` instead.
"""

from __future__ import annotations

import bisect
from array import array
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

import regex

from lacuna.errors import Diagnostic

_LINE_BREAK = regex.compile(r"\r\n?|\n")

__all__ = [
    "CATEGORIES",
    "SPAN_CLASSES",
    "Document",
    "FootnoteRef",
    "Gap",
    "Gloss",
    "Node",
    "Note",
    "Other",
    "PageBreak",
    "Sic",
    "SourceText",
    "Span",
    "SpanInfo",
    "Supplied",
    "Text",
    "Uncertain",
]


class SourceText:
    """The input text with its name and a lazily built line index."""

    __slots__ = ("_line_starts", "name", "text")

    def __init__(self, text: str, name: str | None = None) -> None:
        self.text = text
        self.name = name
        self._line_starts: array | None = None

    def __repr__(self) -> str:
        return f"SourceText(name={self.name!r}, length={len(self.text)})"

    def _index(self) -> array:
        if self._line_starts is None:
            text = self.text
            starts = array("q", [0])
            if "\r" in text:
                starts.extend([m.end() for m in _LINE_BREAK.finditer(text)])
            else:  # "\n" only: str.find runs at memchr speed, the regex engine does not
                find = text.find
                i = find("\n")
                while i >= 0:
                    i += 1
                    starts.append(i)
                    i = find("\n", i)
            self._line_starts = starts
        return self._line_starts

    def line_starts(self) -> array:
        """The offset of each line's first character (``0`` first), built once: line ``n``
        (1-based) of an offset is ``bisect.bisect_right(line_starts, offset)``."""
        return self._index()

    def line_column(self, offset: int) -> tuple[int, int]:
        """Return the 1-based (line, column) of a code-point offset."""
        starts = self._index()
        i = bisect.bisect_right(starts, offset) - 1
        # An offset between "\r" and "\n" belongs to the line the "\r" ends. A byte-order
        # mark is no text: the first line's columns count from after it.
        column = offset - starts[i] + 1
        if i == 0 and offset > 0 and self.text.startswith("\ufeff"):
            column -= 1
        return i + 1, column

    @property
    def label(self) -> str:
        """The name used in messages: the file name, or ``<string>``."""
        return self.name if self.name is not None else "<string>"


@dataclass(frozen=True, slots=True, eq=False, repr=False)
class Node:
    """A node of the tree: a half-open range ``[start, end)`` of the source."""

    src: SourceText
    start: int
    end: int

    @property
    def text(self) -> str:
        """The exact source characters this node covers."""
        return self.src.text[self.start : self.end]

    @property
    def line(self) -> int:
        """1-based line of the node's first character."""
        return self.src.line_column(self.start)[0]

    @property
    def column(self) -> int:
        """1-based column (in code points) of the node's first character."""
        return self.src.line_column(self.start)[1]

    def __repr__(self) -> str:
        snippet = self.text
        if len(snippet) > 40:
            snippet = snippet[:37] + "..."
        return f"{type(self).__name__}({self.start}:{self.end} {snippet!r})"


@dataclass(frozen=True, slots=True, eq=False, repr=False)
class Text(Node):
    """A run of characters that is not part of any bracket delimiter."""


@dataclass(frozen=True, slots=True)
class SpanInfo:
    """What a bracketed span says, read from its inside and its context.

    Shared between spans with the same inside, so it holds no offsets of its own;
    ``label_end`` and ``body_start`` are relative to the start of the inside.
    """

    category: str
    because: str = ""
    extent: str | None = None
    quantity: float | tuple[float, float] | None = None
    unit: str | None = None
    reason: str | None = None
    conjecture: str | None = None
    cert: str | None = None
    label: str | None = None
    body_start: int | None = None
    correction: str | None = None
    number: str | None = None


@dataclass(frozen=True, slots=True, eq=False, repr=False)
class Span(Node):
    """A bracketed span ``[...]``: its delimiters, its children and what it says.

    A span read from a parsed :class:`Document` makes its ``children`` on first use (from the
    document's :class:`Tree`), once: the same node objects every time after that.
    """

    children: tuple[Node, ...]
    info: SpanInfo
    _tree: Tree | None = field(default=None, init=False, repr=False)
    _index: int = field(default=-1, init=False, repr=False)

    def __getattr__(self, name: str) -> object:
        # called only for a slot never set: the children of a span made from a Tree
        if name == "children":
            tree = object.__getattribute__(self, "_tree")
            if tree is not None:
                children = tree.children_of(object.__getattribute__(self, "_index"))
                _set_children(self, children)
                return children
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    @property
    def inner_start(self) -> int:
        """Offset just after the opening bracket."""
        return self.start + 1

    @property
    def inner_end(self) -> int:
        """Offset of the closing bracket."""
        return self.end - 1

    @property
    def inside(self) -> str:
        """The exact text between the brackets (nested spans included)."""
        return self.src.text[self.start + 1 : self.end - 1]

    @property
    def shown_reading(self) -> str:
        """What a reading text shows for this span read as a reading: its conjecture (an
        uncertain reading without its question marks), else its inside."""
        conjecture = self.info.conjecture
        return conjecture if conjecture is not None else self.inside

    @property
    def category(self) -> str:
        """One of :data:`CATEGORIES`."""
        return self.info.category

    @property
    def extent(self) -> str | None:
        return self.info.extent

    @property
    def quantity(self) -> float | tuple[float, float] | None:
        return self.info.quantity

    @property
    def unit(self) -> str | None:
        return self.info.unit

    @property
    def reason(self) -> str | None:
        return self.info.reason

    @property
    def conjecture(self) -> str | None:
        return self.info.conjecture

    @property
    def cert(self) -> str | None:
        return self.info.cert

    @property
    def because(self) -> str:
        return self.info.because

    def __repr__(self) -> str:
        snippet = self.text
        if len(snippet) > 40:
            snippet = snippet[:37] + "..."
        return f"{type(self).__name__}({self.start}:{self.end} {snippet!r})"


@dataclass(frozen=True, slots=True, eq=False, repr=False)
class Supplied(Span):
    """Words the translator or editor added so the text reads on: ``there are [no] reasons``."""


@dataclass(frozen=True, slots=True, eq=False, repr=False)
class Gloss(Span):
    """An identification or translation of the words before it: ``Filippov [Stalin]``.

    ``glossed_start``/``glossed_end`` delimit the words it glosses (offsets into the source).
    """

    glossed_start: int | None = None
    glossed_end: int | None = None

    @property
    def glossed(self) -> str | None:
        """The glossed words, or None when they could not be delimited."""
        if self.glossed_start is None or self.glossed_end is None:
            return None
        return self.src.text[self.glossed_start : self.glossed_end]


@dataclass(frozen=True, slots=True, eq=False, repr=False)
class Uncertain(Span):
    """A doubtful reading: ``[?are awaiting?]``, ``[our?]``."""

    @property
    def reading(self) -> str:
        """The reading without its question marks (same as ``conjecture``)."""
        return self.info.conjecture or ""


@dataclass(frozen=True, slots=True, eq=False, repr=False)
class Gap(Span):
    """Text that is not available, with its extent, unit, reason and any conjecture."""


@dataclass(frozen=True, slots=True, eq=False, repr=False)
class Note(Span):
    """A labelled or descriptive note: ``[Translator's note: ...]``, ``[Stamp: "..."]``.

    ``category`` is ``translator_note`` or ``editor_note`` (from ``info.category``).
    """

    @property
    def label(self) -> str | None:
        return self.info.label

    @property
    def body(self) -> str:
        """The note's text after its label and separator."""
        offset = self.info.body_start or 0
        return self.src.text[self.start + 1 + offset : self.end - 1]


@dataclass(frozen=True, slots=True, eq=False, repr=False)
class Sic(Span):
    """``[sic]``: the source is reproduced as is, possibly with a correction."""

    @property
    def correction(self) -> str | None:
        return self.info.correction


@dataclass(frozen=True, slots=True, eq=False, repr=False)
class FootnoteRef(Span):
    """A note reference or label: ``Molotov[1]``, ``[iv]``."""


@dataclass(frozen=True, slots=True, eq=False, repr=False)
class PageBreak(Span):
    """A page marker: ``[Page 412]``."""


@dataclass(frozen=True, slots=True, eq=False, repr=False)
class Other(Span):
    """Brackets that are not editorial: ``[email protected]``, OCR artefacts."""


CATEGORIES: tuple[str, ...] = (
    "supplied",
    "gloss",
    "uncertain",
    "gap",
    "translator_note",
    "editor_note",
    "sic",
    "correction",
    "footnote_ref",
    "page_break",
    "other",
)

#: The node class for each category.
SPAN_CLASSES: dict[str, type[Span]] = {
    "supplied": Supplied,
    "gloss": Gloss,
    "uncertain": Uncertain,
    "gap": Gap,
    "translator_note": Note,
    "editor_note": Note,
    "sic": Sic,
    "correction": Sic,  # an editor's correction of a figure: 10 [12] a.m.
    "footnote_ref": FootnoteRef,
    "page_break": PageBreak,
    "other": Other,
}


# Constructors for the parser's hot path. A frozen dataclass's ``__init__`` sets each field with
# ``object.__setattr__``; setting the slots through their descriptors makes the same node in
# about 60 % of the time (bench/parse.py builds two nodes per span). The nodes are the same
# objects, as frozen as ever.
_new = object.__new__
_set_src = Node.src.__set__  # type: ignore[attr-defined]
_set_start = Node.start.__set__  # type: ignore[attr-defined]
_set_end = Node.end.__set__  # type: ignore[attr-defined]
_set_children = Span.children.__set__  # type: ignore[attr-defined]
_set_info = Span.info.__set__  # type: ignore[attr-defined]
_set_glossed_start = Gloss.glossed_start.__set__  # type: ignore[attr-defined]
_set_glossed_end = Gloss.glossed_end.__set__  # type: ignore[attr-defined]
_set_tree = Span._tree.__set__  # type: ignore[attr-defined]
_set_index = Span._index.__set__  # type: ignore[attr-defined]


def new_text(src: SourceText, start: int, end: int) -> Text:
    """``Text(src, start, end)``, made faster (for the parser)."""
    node = _new(Text)
    _set_src(node, src)
    _set_start(node, start)
    _set_end(node, end)
    return node


def new_span(
    cls: type[Span],
    src: SourceText,
    start: int,
    end: int,
    children: tuple[Node, ...],
    info: SpanInfo,
    glossed_start: int | None = None,
    glossed_end: int | None = None,
) -> Span:
    """``cls(src, start, end, children, info)`` (a :class:`Gloss` with its glossed offsets),
    made faster (for the parser)."""
    node = _new(cls)
    _set_src(node, src)
    _set_start(node, start)
    _set_end(node, end)
    _set_children(node, children)
    _set_info(node, info)
    _set_tree(node, None)
    _set_index(node, -1)
    if cls is Gloss:
        _set_glossed_start(node, glossed_start)
        _set_glossed_end(node, glossed_end)
    return node


class Tree:
    """The spans of a parsed text, stored compactly: four numbers per span, no text copied.

    Spans are numbered in document order (an outer span before the spans inside it): span
    ``i`` covers ``[starts[i], ends[i])``, reads as ``infos[i]`` (shared between spans with the
    same reading), and the ``sizes[i]`` spans after it are the ones inside it. The glosses
    whose glossed words were found are listed in ``gloss_spans`` (span numbers, in order) and
    their words' start and end in ``gloss_offsets`` (two numbers each, ``-1`` for none). Text
    nodes are not stored: they are the runs between a span's brackets and its child spans.
    :class:`Node` objects are made from this on demand (:meth:`children_of`), each once, by
    the spans and the document that own them.
    """

    __slots__ = ("ends", "gloss_offsets", "gloss_spans", "infos", "sizes", "src", "starts")

    def __init__(
        self,
        src: SourceText,
        starts: array,
        ends: array,
        sizes: array,
        infos: list[SpanInfo],
        gloss_spans: array,
        gloss_offsets: array,
    ) -> None:
        self.src = src
        self.starts = starts
        self.ends = ends
        self.sizes = sizes
        self.infos = infos
        self.gloss_spans = gloss_spans
        self.gloss_offsets = gloss_offsets

    def glossed(self, i: int) -> tuple[int | None, int | None]:
        """The offsets of the words span ``i`` glosses, ``(None, None)`` when not found."""
        k = bisect.bisect_left(self.gloss_spans, i)
        if k < len(self.gloss_spans) and self.gloss_spans[k] == i:
            gs, ge = self.gloss_offsets[2 * k], self.gloss_offsets[2 * k + 1]
            return (gs if gs >= 0 else None), (ge if ge >= 0 else None)
        return None, None

    def __len__(self) -> int:
        return len(self.infos)

    def span(self, i: int) -> Span:
        """A new node for span ``i`` (its children made when first asked for)."""
        info = self.infos[i]
        cls = SPAN_CLASSES[info.category]
        node = _new(cls)
        _set_src(node, self.src)
        _set_start(node, self.starts[i])
        _set_end(node, self.ends[i])
        _set_info(node, info)
        _set_tree(node, self)
        _set_index(node, i)
        if cls is Gloss:
            gs, ge = self.glossed(i)
            _set_glossed_start(node, gs)
            _set_glossed_end(node, ge)
        return node

    @classmethod
    def from_nodes(cls, src: SourceText, children: tuple[Node, ...]) -> Tree:
        """The tree of the spans among ``children`` and inside them (iterative)."""
        kind = "i" if len(src.text) < 2**31 - 1 else "q"
        starts, ends, sizes = array(kind), array(kind), array(kind)
        infos: list[SpanInfo] = []
        gloss_spans, gloss_offsets = array(kind), array(kind)
        stack: list[tuple[Iterator[Node], int]] = [(iter(children), -1)]
        while stack:
            nodes, owner = stack[-1]
            node = next(nodes, None)
            if node is None:
                stack.pop()
                if owner >= 0:
                    sizes[owner] = len(infos) - owner - 1
                continue
            if not isinstance(node, Span):
                continue
            i = len(infos)
            starts.append(node.start)
            ends.append(node.end)
            sizes.append(0)
            infos.append(node.info)
            if isinstance(node, Gloss) and (node.glossed_start is not None or node.glossed_end is not None):
                gloss_spans.append(i)
                gloss_offsets.append(-1 if node.glossed_start is None else node.glossed_start)
                gloss_offsets.append(-1 if node.glossed_end is None else node.glossed_end)
            stack.append((iter(node.children), i))
        return cls(src, starts, ends, sizes, infos, gloss_spans, gloss_offsets)

    def children_of(self, i: int) -> tuple[Node, ...]:
        """New nodes for the children of span ``i`` (``-1``: the top level), in order."""
        src = self.src
        starts, ends, sizes = self.starts, self.ends, self.sizes
        if i < 0:
            cursor, stop, j, last = 0, len(src.text), 0, len(self.infos)
        else:
            cursor, stop, j, last = starts[i] + 1, ends[i] - 1, i + 1, i + 1 + sizes[i]
        out: list[Node] = []
        while j < last:
            start = starts[j]
            if cursor < start:
                out.append(new_text(src, cursor, start))
            out.append(self.span(j))
            cursor = ends[j]
            j += 1 + sizes[j]
        if cursor < stop:
            out.append(new_text(src, cursor, stop))
        return tuple(out)


@dataclass(frozen=True, slots=True, eq=False, repr=False)
class Document:
    """A parsed text: its top-level nodes and the problems found in its markup.

    A document made by :func:`lacuna.parse` holds its spans in a compact :class:`Tree`
    (``tree``) and makes its node objects when they are first asked for, once.
    """

    src: SourceText
    children: tuple[Node, ...]
    diagnostics: tuple[Diagnostic, ...] = field(default=())
    _tree: Tree | None = field(default=None, init=False, repr=False)

    @classmethod
    def from_tree(cls, tree: Tree, diagnostics: tuple[Diagnostic, ...] = ()) -> Document:
        """The document of ``tree`` (its nodes made on demand)."""
        doc = _new(cls)
        object.__setattr__(doc, "src", tree.src)
        object.__setattr__(doc, "diagnostics", diagnostics)
        object.__setattr__(doc, "_tree", tree)
        return doc

    def __getattr__(self, name: str) -> object:
        # called only for a slot never set: the top-level nodes of a document made from a Tree
        if name == "children":
            tree = object.__getattribute__(self, "_tree")
            if tree is not None:
                children = tree.children_of(-1)
                object.__setattr__(self, "children", children)
                return children
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    @property
    def tree(self) -> Tree:
        """The compact form of the spans (made from the nodes, once, for a document built
        from nodes)."""
        tree = self._tree
        if tree is None:
            tree = Tree.from_nodes(self.src, self.children)
            object.__setattr__(self, "_tree", tree)
        return tree

    def with_diagnostics(self, diagnostics: tuple[Diagnostic, ...]) -> Document:
        """The same document (the same tree and nodes) with other diagnostics."""
        if self._tree is not None and not self._has_children():
            return Document.from_tree(self._tree, diagnostics)
        doc = Document(self.src, self.children, diagnostics)
        object.__setattr__(doc, "_tree", self._tree)
        return doc

    def _has_children(self) -> bool:
        try:
            object.__getattribute__(self, "children")
        except AttributeError:
            return False
        return True

    @property
    def text(self) -> str:
        return self.src.text

    @property
    def name(self) -> str | None:
        return self.src.name

    def source(self) -> str:
        """Rebuild the input from the tree (equal to the parsed text, always)."""
        return "".join(self.leaves_text())

    def leaves_text(self) -> Iterator[str]:
        """Yield the text of the tree's character owners in document order."""
        text = self.src.text
        for node, entering in self.events():
            if isinstance(node, Span):
                yield text[node.start] if entering else text[node.end - 1]
            elif entering:
                yield text[node.start : node.end]

    def events(self, prune: Callable[[Span], bool] | None = None) -> Iterator[tuple[Node, bool]]:
        """Yield ``(node, True)`` on entering and ``(node, False)`` on leaving each node.

        Iterative, so arbitrarily deep nesting is safe. Text nodes yield only the entering event.
        ``prune`` is asked about each span just before its entering event; a span it accepts is
        yielded only as entering: its children and its leaving event are skipped.
        """
        stack: list[tuple[tuple[Node, ...], int, Span | None]] = [(self.children, 0, None)]
        while stack:
            nodes, i, owner = stack.pop()
            if i < len(nodes):
                node = nodes[i]
                stack.append((nodes, i + 1, owner))
                if isinstance(node, Span) and not (prune is not None and prune(node)):
                    yield node, True
                    stack.append((node.children, 0, node))
                else:
                    yield node, True
            elif owner is not None:
                yield owner, False

    def walk(self) -> Iterator[tuple[Node, Span | None]]:
        """Yield every node with its enclosing span (None at top level), in document order."""
        parents: list[Span] = []
        for node, entering in self.events():
            if entering:
                yield node, (parents[-1] if parents else None)
                if isinstance(node, Span):
                    parents.append(node)
            else:
                parents.pop()

    def spans(self) -> Iterator[Span]:
        """Yield every span, outer before inner, in document order."""
        for node, _ in self.walk():
            if isinstance(node, Span):
                yield node

    def __repr__(self) -> str:
        return (
            f"Document(name={self.src.name!r}, length={len(self.src.text)}, "
            f"children={len(self.children)}, diagnostics={len(self.diagnostics)})"
        )
