"""Inside rules for marks of English-language record transcriptions (letters, logs) that many
sites share: dashes standing for unclear letters, a page marker closed by a colon or holding
the editor's bracketed page number."""

from __future__ import annotations

from lacuna.ast import SpanInfo
from lacuna.classify.inside.rules import _page_marker
from lacuna.classify.inside.text import Inside
from lacuna.conventions import Conventions, fold

__all__: list[str] = []

#: Stands for a nested span in an inside (as :data:`lacuna.classify.NESTED_MARK`).
_NESTED = "\ufffc"


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
    if len(words) != 2 or words[1] != _NESTED:
        return None
    first = fold(words[0])
    if first not in conv.page_words and first.strip(".") not in conv.page_words:
        return None
    return SpanInfo("page_break", because=f"page_number_bracketed: page marker {words[0]!r}", number=_NESTED)
