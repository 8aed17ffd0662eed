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
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

import regex

from lacuna.ast import SpanInfo
from lacuna.conventions import Conventions

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
