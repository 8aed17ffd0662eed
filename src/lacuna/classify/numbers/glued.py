"""Rules of the number chain for letters and digits glued to a word or a figure, or opening a
line (``assume[d]``, ``telegram 4[48]``, ``[19]'44``, ``Molotov[1]``): supplied letters and
digits, or a note reference."""

from __future__ import annotations

import regex

from lacuna.ast import SpanInfo
from lacuna.classify.numbers.reading import _SEQUENCE_LOOK, Number
from lacuna.classify.words import _variant
from lacuna.conventions import fold


def _completes_word(n: Number) -> SpanInfo | None:
    """Letters glued to a word that together make an English word (``assume[d]``): supplied."""
    if not (n.prev.isalpha() and n.raw.isalpha()):
        return None
    last = n.last_word()
    if last is not None and n.conv.is_english(fold(last + n.raw).strip("\"'“”(«")):
        return _variant(
            n.info, "supplied", "completes_word: glued letters that complete the word before them"
        )
    return None


def _starts_word(n: Number) -> SpanInfo | None:
    """Letters glued to the letters after them (``"[p]rior to``, ``the deputy chairm[e]n``):
    supplied, they complete the word they open or sit in (a reference letter stands apart)."""
    if not n.raw.isalpha() or n.end >= len(n.text) or not n.text[n.end].isalpha():
        return None
    return _variant(n.info, "supplied", "starts_word: glued letters that complete the word after them")


def _in_syllables(n: Number) -> SpanInfo | None:
    """Letters glued to the letters before them and to a hyphen and a letter after them, a
    syllable in a transliteration written syllable by syllable (the Munich Old Babylonian letters:
    ``um-ma ḫ[a]-am-mu-ra-pi2-ma``; Hittite, Akkadian, Mayan editions): supplied, restored in the
    word (a reference letter stands apart from what follows)."""
    if not (n.raw.isalpha() and n.prev.isalpha()):
        return None
    after = n.text[n.end : n.end + 2]
    if len(after) < 2 or after[0] != "-" or not after[1].isalpha():
        return None
    return _variant(n.info, "supplied", "in_syllables: glued letters that restore a syllable of the word")


def _completes_number(n: Number) -> SpanInfo | None:
    """Digits glued to digits (``telegram 4[48]``, ``2[[0]] February``): supplied, they
    complete the number."""
    if not n.raw.isdigit():
        return None
    at = n.start - 1
    while at >= 0 and n.text[at] == "[":  # the inner span of "2[[0]]"
        at -= 1
    if at < 0 or not n.text[at].isdigit() or at < n.start - 2:
        return None
    if at == n.start - 1 and _YEAR_BEFORE.fullmatch(n.text, max(0, at - 4), at + 1):
        return None  # "29 June 1968[1]", "August 24, 1916[7]": a year is whole, the digits refer to a note
    return _variant(n.info, "supplied", "completes_number: digits glued to digits complete the number")


def _note_sequence(n: Number) -> SpanInfo | None:
    """Digits glued to digits that go on the page's run of note references: the reference
    numbered one less stands before it (Lenin's letters on the Marxists Internet Archive's
    mirrors: "…his letter.[2] … publication in No. 4[3] of the Bulletin", "No. 2[4] has not
    yet reached Russia" after "[3]"): a note reference glued to an issue's number, not digits
    completing it (FRUS's "telegram 4[48]" has no "[47]" before it: completes_number)."""
    raw = n.raw
    if not raw.isdigit() or len(raw) > 3 or n.start < 1 or not n.text[n.start - 1].isdigit():
        return None
    k = int(raw)
    if k < 2:
        return None
    if n.text.rfind(f"[{k - 1}]", max(0, n.start - _SEQUENCE_LOOK), n.start) < 0:
        return None
    because = f"note_sequence: glued after [{k - 1}], the page's note before it"
    return _variant(n.info, "footnote_ref", because)


def _starts_number(n: Number) -> SpanInfo | None:
    """Digits glued to the digits after them (``9/V-[19]44``, a diary's date; ``6 October
    [[5]]7``, a stamp's year): supplied, they complete the number they open (a note reference
    stands after its word, never glued to a figure after it)."""
    if not n.raw.isdigit():
        return None
    at = n.end
    if n.text[at : at + 1] == "]":  # the inner span of "[[5]]7"
        at += 1
    if at >= len(n.text) or not n.text[at].isdigit():
        return None
    return _variant(n.info, "supplied", "starts_number: digits glued to the digits after them open it")


#: A year of four digits after a character that is no digit (the whole number before a span).
_YEAR_BEFORE = regex.compile(r"(?:^|\D)(?:1[5-9]|20)\d\d")


#: A year's last two digits after an apostrophe (``‘98``, ``'44``), right after the bracket.
_YEAR_TAIL = regex.compile(r"[ \t]?['‘’]\d\d(?!\d)")


def _year_century(n: Number) -> SpanInfo | None:
    """The century supplied before a year written short with an apostrophe (a transcribed letter
    of 1898, history.avonctlibrary.info: ``Jan. 31, [18] ‘98``; ``[19]'44``): supplied, the
    year's first digits, not a note reference."""
    if len(n.raw) != 2 or not n.raw.isdigit() or not "10" <= n.raw <= "20":
        return None
    if _YEAR_TAIL.match(n.text, n.end) is None:
        return None
    return _variant(n.info, "supplied", "year_century: the century of a year written short ('[18] ‘98')")


def _article_opens_line(n: Number) -> SpanInfo | None:
    """The article ``a`` opening a line before a lower-case word, where a quotation set off on
    its own line begins mid-sentence (Holocaust Controversies quoting Rosenberg: ``the war would
    be:↵[a] fight for the food supply``): supplied, the word the editor fits to his sentence. A
    note's letter opening its line stands before the note's capital (``[a] The editors …``)."""
    if n.raw != "a" or (n.start > 0 and n.prev not in "\r\n"):
        return None
    if n.text[n.end : n.end + 1] != " ":
        return None
    following = n.next_word()
    if following is None or not following[:1].isalpha() or not following.islower():
        return None
    return _variant(n.info, "supplied", "article_opens_line: the article 'a' before a lower-case word")


def _glued_reference(n: Number) -> SpanInfo | None:
    """Glued to the word before it (``Molotov[1]``) or opening a line (``[1] The editors …``):
    a note reference or a note's label."""
    if n.spaced:
        return None
    where = "glued to the word before it" if n.start > 0 and n.prev not in "\r\n" else "opens a line"
    return _variant(n.info, "footnote_ref", f"glued_reference: {where}")
