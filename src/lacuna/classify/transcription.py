"""What transcription projects and interview records put in brackets: a rule of the inside
chain (:mod:`lacuna.classify.inside`).

- ``interview_question`` (inside): an interviewer's question in brackets, between the
  interviewee's answers (the Sahifeh-ye Imam: ``Q: [Your Eminence, you have said that you are
  not interested in political power … Would you please give more explanation?]``): words that
  are not the speaker's, added so the interview reads, so supplied, however many sentences it
  has. A question addressed to the reader, the words of ``[notes.interview] addressed``
  (``you``, ``your``), ending with a question mark, and long enough to be a question of its own
  (a short ``[while you are away?]`` is a doubtful reading).

The other transcription conventions are data rules of the conventions table: the Smithsonian
Transcription Center's tags for the form of the words (``[[strikethrough]] po
[[/strikethrough]]``, ``[[circled]]``: ``transcription_tag``), a film archive's time codes
(``[00.13.19]``, ``[00.12.27-GURNEY questions DEAN …]``: ``time_code``), a broadcast's
technical notes (``[bars and tone]``, ``[PBS network ID]``: ``broadcast_note``) and a
parliamentary record's language markers (``[English]``, ``[Translation]``: ``language_marker``).

- ``misspelt_tag`` (inside): a volunteer's misspelling of one of ``transcription_tag``'s long
  tags (the Smithsonian Transcription Center, Mary Henry's diary: ``[[strikethough]]
  [[Dr. Hayden?]][strikethrough]]``): read as the tag it misspells, by rapidfuzz's ratio (a
  letter dropped, added or two swapped), an editor's note on the form of the words. Not an
  English word (``[underlie]``), nor a tag of fewer than :data:`_TAG_LETTERS` letters.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

import regex
from rapidfuzz import fuzz, process

from lacuna.ast import SpanInfo
from lacuna.conventions import Conventions, fold

if TYPE_CHECKING:
    from lacuna.classify.inside import Inside

__all__: list[str] = []

#: The fewest words of an interviewer's question (``[while you are away?]`` is a doubtful reading).
_QUESTION_WORDS = 8
#: A question starts with a capital (after an opening quote) and ends with a question mark.
_QUESTION = regex.compile(r"[\"“‘']?\p{Lu}[\s\S]*\?[\"”’']?")
#: How a question ends: its mark, or its mark and a closing quote.
QUESTION_ENDS = ("?", '?"', "?”", "?’", "?'")
_WORD = regex.compile(r"[\p{L}']+")


@lru_cache(maxsize=16)
def _addressed(conv: Conventions) -> frozenset[str]:
    """The words that address the interviewee (``[notes.interview] addressed``)."""
    return frozenset(str(w).lower() for w in conv.section("notes", "interview").get("addressed", ()))


def _interview_question(x: Inside, conv: Conventions) -> SpanInfo | None:
    """An interviewer's question, capital to question mark, that addresses the interviewee
    (``you``, ``your``) in :data:`_QUESTION_WORDS` words or more: words supplied so the
    interview reads, not the editor's note."""
    stripped = x.stripped
    if not stripped.endswith(QUESTION_ENDS) or _QUESTION.fullmatch(stripped) is None:
        return None
    words = _WORD.findall(x.folded)
    if len(words) < _QUESTION_WORDS:
        return None
    addressed = _addressed(conv)
    if addressed.isdisjoint(words):
        return None
    return SpanInfo(
        "supplied", because="interview_question: an interviewer's question that addresses the speaker"
    )


#: How close a misspelt tag is to the tag (``fuzz.ratio``): a letter dropped, added or two
#: swapped in a long tag (``strikethough`` 96).
_TAG_SCORE = 90.0
#: The fewest letters of a tag read misspelt (shorter tags are too near English words).
_TAG_LETTERS = 8
#: The most words of a misspelt tag's inside (``double underline``).
_TAG_WORDS = 2


@lru_cache(maxsize=16)
def _long_tags(conv: Conventions) -> tuple[str, ...]:
    """``transcription_tag``'s tags (``[[rules.inside]]``) of :data:`_TAG_LETTERS` letters or
    more, folded, without a closing slash."""
    out: set[str] = set()
    for spec in conv.section("rules").get("inside", []):
        if spec.get("name") != "transcription_tag":
            continue
        for word in spec.get("words", ()):
            tag = " ".join(fold(str(word)).lstrip("/").split())
            if len(tag.replace(" ", "")) >= _TAG_LETTERS:
                out.add(tag)
    return tuple(sorted(out))


@lru_cache(maxsize=16)
def _tag_heads(conv: Conventions) -> frozenset[str]:
    """The first two letters of :func:`_long_tags`."""
    return frozenset(tag[:2] for tag in _long_tags(conv))


def misspelt_tag_like(folded: str, words: list[str], conv: Conventions) -> bool:
    """Whether an inside (folded, ``words`` its words) may be a misspelt tag: one or two words
    of letters (a closing slash before them), beginning as a long tag begins (the inside
    chain's trigger)."""
    if not 0 < len(words) <= _TAG_WORDS:
        return False
    word = folded.lstrip("/")
    return word[:2] in _tag_heads(conv) and word.replace(" ", "").isalpha()


def _misspelt_tag(x: Inside, conv: Conventions) -> SpanInfo | None:
    """One or two words that misspell a long transcription tag (``[strikethough]``): the tag's
    reading, an editor's note on the form of the words."""
    folded = " ".join(x.folded.split())
    if not misspelt_tag_like(folded, folded.split(), conv):
        return None
    closing = folded.startswith("/")
    word = folded.lstrip("/")
    tags = tuple(tag for tag in _long_tags(conv) if tag[:2] == word[:2])
    if word in tags or any(conv.is_english(w) for w in word.split()):
        return None
    found = process.extractOne(word, tags, scorer=fuzz.ratio, score_cutoff=_TAG_SCORE)
    if found is None:
        return None
    tag = ("/" if closing else "") + found[0]
    return SpanInfo(
        "editor_note",
        because=f"misspelt_tag: {x.stripped!r} read as the transcription tag {tag!r}",
    )
