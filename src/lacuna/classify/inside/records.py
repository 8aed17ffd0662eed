"""Inside rules for marks of English-language record transcriptions (letters, logs) that many
sites share: dashes standing for unclear letters, a page marker closed by a colon or holding
the editor's bracketed page number."""

from __future__ import annotations

from lacuna.ast import SpanInfo
from lacuna.classify.gaps import _STRIP_WORD
from lacuna.classify.inside.rules import _page_marker
from lacuna.classify.inside.text import NESTED_MARK, Inside
from lacuna.conventions import Conventions, fold

__all__: list[str] = []


def _illegible_dashes(x: Inside, conv: Conventions) -> SpanInfo | None:
    """An inside of dashes alone, one for each letter the transcriber could not read
    (``gap.illegible_dashes``; BYU's Elizabeth Wood Kane papers: ``Ashmead [-] Ingersoll``,
    ``Canl a[--] mag[--]s``): an illegible gap. (Three or more are an elision, ``elision``.)"""
    if x.stripped not in conv.section("gap").get("illegible_dashes", ()):
        return None
    return SpanInfo("gap", because="illegible_dashes: dashes for unclear letters", reason="illegible")


def _page_colon(x: Inside, conv: Conventions) -> SpanInfo | None:
    """A page marker closed by a colon, nothing after it (the East India Company ships' logs
    transcribed on heicshipslogs.co.uk: ``[Page 183:]``): a page break, as ``[Page 183]`` is."""
    stripped = x.stripped
    if not stripped.endswith(":") or ":" in stripped[:-1]:
        return None
    info = _page_marker(Inside(stripped[:-1]), conv)
    if info is None:
        return None
    return SpanInfo("page_break", because=f"page_colon: {info.because}", number=info.number)


def _page_number_bracketed(x: Inside, conv: Conventions) -> SpanInfo | None:
    """A page word before a nested bracket holding the page's number (the Joseph Smith Papers:
    ``[p. [1]]``, the editors' own number for an unnumbered page): a page break."""
    words = x.stripped.split()
    if len(words) != 2 or words[1] != NESTED_MARK:
        return None
    first = fold(words[0])
    if first not in conv.page_words and first.strip(".") not in conv.page_words:
        return None
    because = f"page_number_bracketed: page marker {words[0]!r}"
    return SpanInfo("page_break", because=because, number=NESTED_MARK)


def _omits_first_person(x: Inside, conv: Conventions) -> SpanInfo | None:
    """The editor saying in the first person that he leaves words out (``gap.first_person`` and
    ``gap.omitting_verbs``; a Civil War mock court-martial reprinted on lightnovelsonl.com:
    ``[I omit from the record the name of the accused]``, ``[we again omit the name of the
    accused]``): a gap, reason *omitted*, its unit the first unit word after the verb."""
    section = conv.section("gap")
    words = [w.strip(_STRIP_WORD) for w in x.folded.split()]
    if len(words) < 3 or words[0] not in section.get("first_person", ()):
        return None
    verbs = section.get("omitting_verbs", ())
    at = next((i for i, w in enumerate(words[1:3], start=1) if w in verbs), None)
    if at is None:
        return None
    unit = next((conv.units[w] for w in words[at + 1 :] if w in conv.units), None)
    return SpanInfo(
        "gap", because=f"omits_first_person: the editor omits ({words[at]!r})", unit=unit, reason="omitted"
    )
