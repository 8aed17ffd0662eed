"""Brackets that are a page's own apparatus, not the editor's (category ``other``): a context
rule of :mod:`lacuna.classify.context`.

A web page or a finding aid prints its navigation as a bar of bracketed links on a line of
their own (the JFK Library's finding aid: ``[Home] [Guide to Holdings] [President's Office
Files] [Order Form]``; a mailing list's archive: ``[Main archive index/search] [List
information] [Campaign Against Sanctions on Iraq Homepage]``, ``[Date Prev][Date Next]…``).
What the links say varies from site to site, so the vocabulary of ``catalogue_markup`` cannot
list them all; the bar's shape can be read: a line of nothing but three or more short
brackets. A page's buttons and labels are often padded inside their brackets (``[ UP ]``,
``[ Pobierz całość w formacie PDF ]``), which editors' brackets are not (``[Stalin]``).

An archive's own brackets in what it cites or lists are read here too: the title of a folder
cited in a FRUS source note (``… Box 75, Country Files—Europe—USSR, [Discussions with
Brezhnev]. Secret``, category ``other``), and an archive's catalogue heading after a dated
entry (the Bukovsky archive's ``7 February 1974* [Andropov-Brezhnev] Solzhenitsyn``, the
archivists' words: ``editor_note``). Both look first at the nearest word (a year with the
archive's asterisk, a comma), so a span elsewhere is declined when its decision is planned.
"""

from __future__ import annotations

import regex

from lacuna.classify.view import _NearestOnly
from lacuna.classify.words import INITIALLED_NAME, _Decision
from lacuna.conventions import fold

__all__: list[str] = []

#: The fewest brackets a navigation bar holds (two brackets alone on a line are too common in
#: an edition: ``[Stamp] [Signature]``).
_BAR_ITEMS = 3
#: One link of a bar: a short bracket on one line, with nothing bracketed inside it.
_LINK = r"\[[^\[\]\r\n]{1,60}\]"
#: The part of a line before a span (or after it) that holds only links, spaces between them.
_LINKS_ONLY = regex.compile(rf"[ \t]*+(?:{_LINK}[ \t]*+)*+")
#: A link of a bar's line, for its inside (an elision, ``[…]``, is none: see :func:`_links`).
_LINK_INSIDE = regex.compile(r"\[([^\[\]\r\n]*)\]")


def _links(part: str, elisions: frozenset[str]) -> int:
    """How many brackets of ``part`` (a line's links around a span) can be links: an editor's
    elision (``[gap] elisions``: ``[…]``, ``[...]``) marks a cut in the text, never a link."""
    return sum(1 for m in _LINK_INSIDE.finditer(part) if m.group(1).strip() not in elisions)


#: One link of a bar that words follow on its line: one to four words (at most 40 characters)
#: without figures or a stop, comma, colon or semicolon (``[Previous]``, ``[HMK Home]``; not
#: ``[Manchester,]``, ``[25]``, nor an editor's ``[some text off the page]``).
_WORDS = r"[ \t]*+[^\s\[\]\d.,;:]++(?:[ \t]++[^\s\[\]\d.,;:]++){0,3}[ \t]*+"
_WORD_LINK = rf"\[(?=[^\[\]\r\n]{{1,40}}\]){_WORDS}\]"
#: The part of a line before a span that holds only such links.
_WORD_LINKS_ONLY = regex.compile(rf"[ \t]*+(?:{_WORD_LINK}[ \t]*+)*+")
#: Such links opening the rest of a line after a span, then words.
_WORD_LINKS_LEAD = regex.compile(rf"(?:[ \t]*+{_WORD_LINK})*+")
_WORD_INSIDE = regex.compile(rf"(?=.{{1,40}}\Z){_WORDS}")


def _navigation_bar(c: _NearestOnly) -> _Decision:
    """A bracket on a line made only of three or more short brackets (``[Home] [Guide to
    Holdings] [President's Office Files] [Order Form]``), or one of three or more brackets of a
    few words without figures that open a line before its words (the Hungarian Revolt's pages:
    ``[Table of Contents] [Previous] [Next] [HMK Home] Richard Lettis: The Hungarian Revolt``):
    a page's navigation bar, not the editor's words. Brackets before words are a bar only if
    one holds a navigation word (``[navigation] words``: ``Home``, ``Next``, ``Contents`` …).
    An editor's elision is no link (``[gap] elisions``): the Wilson Center's Radulescu and Zhou
    Enlai memorandum marks an untranslated part ``[…] [text of the memorandum on Vietnam not
    translated] […]``, the editor's words between two cuts, no bar."""
    if c.near is not None and not c.bracketed:
        return None  # a word before it on its line
    raw = c.raw_inside()
    if len(raw) > 60:
        return None
    elisions = c.conv.elisions
    if raw.strip() in elisions:
        return None  # an editor's cut is no link
    before, after = c.line_before(), c.line_after()
    if _LINKS_ONLY.fullmatch(before) is not None and _LINKS_ONLY.fullmatch(after) is not None:
        links = 1 + _links(before, elisions) + _links(after, elisions)
        if links < _BAR_ITEMS:
            return None
        return "other", f"one of {links} brackets making up a line: a page's navigation bar", None
    # a bar opening the line, words after it
    if _WORD_INSIDE.fullmatch(raw) is None or _WORD_LINKS_ONLY.fullmatch(before) is None:
        return None
    lead = _WORD_LINKS_LEAD.match(after).group()  # (matches, maybe empty, always)
    links = 1 + _links(before, elisions) + _links(lead, elisions)  # ("[…] [Contents] […] The visit")
    if links < _BAR_ITEMS:
        return None
    bar = (before + raw + lead).replace("[", " ").replace("]", " ")
    if not any(fold(w) in c.conv.navigation_words for w in bar.split()):
        return None  # ("[Ivan Petrov] [Pavel Sidorov] [Olga Ivanova] were present": no link)
    return "other", f"one of {links} brackets opening a line before its words: a page's navigation bar", None


#: The most words of a padded label (``[ Pobierz całość w formacie PDF ]``: five).
_PADDED_WORDS = 6
#: An inside set off by one space or more on each side, on one line, with no figure.
_PADDED = regex.compile(r"[ \t]++[^\s\[\]\d](?:[^\[\]\r\n\d]{0,58}[^\s\[\]\d])?[ \t]++")


def _padded_label(c: _NearestOnly) -> _Decision:
    """A few words padded with spaces inside their brackets, opening a line or after a colon
    (a web proxy's ``Location via proxy:   [ UP ]``, a document host's ``[ Pobierz całość w
    formacie PDF ]``, a title bar's ``[ IMTFE Transcript ] Proceedings - ICC``): a web page's
    button or label, not the editor's words, whose brackets hold their words tight. A person's
    name with a middle initial is no button: FRUS's signature supplied from the file copy
    (Conference of Berlin 1945 vol. II, d1147: ``Very sincerely yours,``↵↵``[ George F. Kennan
    ]``) is read as usual."""
    if c.glued or (c.near is not None and not c.near.endswith(":")):
        return None
    if c.facts.few_words == 0:
        return None
    raw = c.raw_inside()
    if _PADDED.fullmatch(raw) is None or len(raw.split()) > _PADDED_WORDS:
        return None
    if INITIALLED_NAME.fullmatch(raw.strip()) is not None:
        return None  # a signature supplied from the file copy ("[ George F. Kennan ]")
    return (
        "other",
        "a few words padded inside their brackets at a line's start: a page's button or label",
        None,
    )


#: A year marked with an archive's asterisk: the nearest word before a catalogue entry's heading.
_STARRED_YEAR = regex.compile(r"(?:1[89]|20)\d\d\*")


def _entry_heading(c: _NearestOnly) -> _Decision:
    """A capitalised bracket after a year marked with the archive's asterisk and before a
    capitalised subject (the Bukovsky archive's listings: ``7 February 1974* [Andropov-Brezhnev]
    Solzhenitsyn``, ``July 1992* [RF Presidential Archive] Poland``): the archive's catalogue
    heading, who wrote to whom or the archive that holds the document, the archivists' note."""
    wf = c.wf
    if wf is None or c.glued or _STARRED_YEAR.fullmatch(wf.folded) is None:
        return None
    if not c.inside()[:1].isupper():
        return None
    following = c.after(0)
    if following is None or not following[:1].isupper():
        return None
    return "editor_note", "an archive's catalogue heading after the dated entry's asterisk", None


#: A FRUS source note's line up to a cited folder: ``Source:``, then a box and its number.
_SOURCE_BOX = regex.compile(
    r"\bsource:[^\[\]\r\n]{0,300}?\bbox\s{1,2}\d{1,4}\b[^\[\]\r\n]{0,150}\Z", regex.IGNORECASE
)
#: A source note's line opening with ``Source:``, no bracket before the span.
_SOURCE_OPENS = regex.compile(r"[ \t]*source:[^\[\]\r\n]{1,300}\Z", regex.IGNORECASE)
#: The classification that follows a FRUS source note's citation (``. Secret.``, ``. Top
#: Secret; Sensitive``, ``. Confidential``, ``. Unclassified``, ``. Limited Official Use``, ``. No
#: classification marking``).
_CLASSIFIED_AFTER = regex.compile(
    r"\.\s{1,3}(?:top\ssecret|secret|confidential|unclassified|limited\sofficial\suse|"
    r"no\sclassification\smarking|eyes\sonly)\b",
    regex.IGNORECASE,
)
#: The longest folder title read in a source note.
_TITLE_CHARS = 120


def _source_folder(c: _NearestOnly) -> _Decision:
    """A capitalised title in brackets after a comma on a source note's line, after its box
    (FRUS: ``Source: National Archives, Nixon Presidential Materials, NSC Files, Kissinger
    Office Files, Box 75, Country Files—Europe—USSR, [Discussions with Brezhnev]. Secret;
    Sensitive.``), before a stop, a comma or a semicolon; or, on a line that opens with
    ``Source:``, after a comma or a file's number and before the note's classification (FRUS
    1981–88 vol. V: ``Source: Reagan Library, Executive Secretariat, NSC National Security
    Decision Directives, NSDD 245 [Reagan-Gorbachev Preparatory Meeting]. Secret.``): the cited
    folder's title in the archive's own brackets (``folder_title`` reads a folder's date or part;
    a withheld name, ``[file name not declassified]``, is read first as a gap)."""
    wf = c.wf
    if wf is None or c.glued:
        return None
    comma = wf.folded.endswith(",")
    if not comma and not wf.folded.isdigit():
        return None
    inside = c.inside()
    if not inside[:1].isupper() or len(inside) > _TITLE_CHARS:
        return None
    after = c.line_after()
    if after[:1] not in (".", ",", ";"):
        return None
    before = c.line_before().rstrip()
    if comma and _SOURCE_BOX.search(before) is not None:
        return "other", "a cited folder's title in the archive's own brackets (a source note)", None
    if _SOURCE_OPENS.match(before) is None or _CLASSIFIED_AFTER.match(after) is None:
        return None
    return "other", "a cited folder's title in the archive's own brackets (a source note)", None
