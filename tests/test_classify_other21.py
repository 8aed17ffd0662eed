"""Issue 13, ``other`` and editor's notes on sites the rules were not written for: shapes many
sites share — a web page's control (``web_control``), a bracket inside a web address
(``number_in_address``, ``in_web_address``), whose emphasis a passage carries
(``emphasis_note``), a UN document symbol (``document_symbol``). Real text of dev's pages (the
address in a comment), the reading written by hand from the document, and a near miss for each
rule that must not fire."""

from __future__ import annotations

import pytest

from conftest import assert_not_read_by, assert_read_by

CASES = [
    # a document host's copy of FRUS 1969-76 vol. E-13's summaries
    # (https://corpora.tika.apache.org/base/docs/govdocs1/362/362737.html)
    (
        "Memorandum of Conversation, Beijing, October 24, 1971, 10:28 a.m.-1:55 p.m. "
        "[Get Acrobat Reader PDF version   ] \n\nAfter a brief mention of troop withdrawals",
        "[Get Acrobat Reader PDF version   ]",
        "other",
        "web_control",
    ),
    # a Polish host's copy of the CWIHP Bulletin 8-9
    # (http://sunshine123.opx.pl/cwihp;bulletin;nr;8;9;part;1;the;cold;war;in.php)
    (
        "[ Pobierz całość w formacie PDF ]\nto resolve it on a democratic basis in the\n"
        "framework of the unified multinational state.",
        "[ Pobierz całość w formacie PDF ]",
        "other",
        "web_control",
    ),
    # a blog listing the Wilson Center pages it draws on
    # (http://bachvietnhan.blogspot.com/2025/04/20250429-cdtl-chuyen-i-ruoc-giac-19-apr.html)
    (
        "https://digitalarchive.wilsoncenter.org/search?f[0]=people:81617&fo[0]=81617\n"
        "https://digitalarchive.wilsoncenter.org/document/108284/download",
        "[0]",
        "other",
        "number_in_address",
    ),
    # a Hungarian embassy report from Pyongyang (https://digitalarchive.wilsoncenter.org/document/116616)
    (
        "Its reception [by the Vietnamese] was perceptibly cold, and only one member of the "
        "Politburo [emphasis in the original], Nguyen Duy Trinh, the head of the Vietnamese "
        "delegation, saw them off at the airport.",
        "[emphasis in the original]",
        "editor_note",
        "emphasis_note",
    ),
    # a quotation in an article on scroll.in (https://scroll.in/article/882707/indira-gandhis-
    # conscience-keeper-i-could-not-become-a-keeper-of-something-which-did-not-exist)
    (
        "I suggest that such a meeting should be held quietly and without any publicity... [italics mine]",
        "[italics mine]",
        "editor_note",
        "emphasis_note",
    ),
    # a UN General Assembly speech of 1960 (https://un.koenvangilst.nl/speech/1203)
    (
        "consideration of the proposal on general and complete disarmament [A/4505], the "
        "Declaration on the granting of independence to colonial countries and peoples "
        "[A/4502 and Corr.1] and elimination of causes",
        "[A/4505]",
        "editor_note",
        "document_symbol",
    ),
    (
        "consideration of the proposal on general and complete disarmament [A/4505], the "
        "Declaration on the granting of independence to colonial countries and peoples "
        "[A/4502 and Corr.1] and elimination of causes",
        "[A/4502 and Corr.1]",
        "editor_note",
        "document_symbol",
    ),
]


@pytest.mark.parametrize(("text", "inside", "category", "rule"), CASES)
def test_read_by_its_rule(text, inside, category, rule):
    assert_read_by(text, inside, category, rule)


NEAR_MISSES = [
    # Sharett's diary translated on a blog: the translator's statement of the original's
    # language, not of emphasis (http://wdsharett.blogspot.com/2016/08/114-additional-notes-regarding-meeting.html)
    (
        "(1) Unreal! [italicized words English in original] In a talk at BG’s home he claimed",
        "[italicized words English in original]",
        "emphasis_note",
    ),
    # the annotators' initials closing a note of Khrushchev's memoirs: no number after the slash
    # (http://www.studfiles.ru/preview/1702295/page:23/)
    (
        "of the Burmese Socialist Program Party from 1971 until his retirement in 1988. [MN/SS]\n\n"
        "17. This visit took place",
        "[MN/SS]",
        "document_symbol",
    ),
    # a note reference glued to a word, no address before it (Lenin's letter of February 1901,
    # a Marxists Internet Archive mirror: https://marxists.incn.su/archive/lenin/works/1901/feb/27.htm)
    (
        "he is going on through Vienna, I am going via Vienna to Prague on my own business.[2] "
        "Please excuse me for writing briefly",
        "[2]",
        "number_in_address",
    ),
]


@pytest.mark.parametrize(("text", "inside", "rule"), NEAR_MISSES)
def test_near_miss_is_not_read_by_the_rule(text, inside, rule):
    assert_not_read_by(text, inside, rule)
