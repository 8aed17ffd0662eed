"""Conventions of the nineteenth labelling round's pages (rules ``image_described``'s kinds of
picture, ``misspelt_tag``, ``unread_letters``, ``journal_field_label``, the reasons "not
provided" / "not stated", the replaced class "that or than", ``labelled_note``'s time typed
with a space): real text of dev's pages, the category written by hand from the document, and a
near miss for each rule that must not fire."""

from __future__ import annotations

import pytest

from conftest import assert_not_read_by, assert_read_by, assert_switched_off

# https://transcription.si.edu/view/6619/EBLXB (an 1862 diary with sketches, page 16)
DIARY_1862 = (
    "Beautiful day. Went out Salvaging with Division Discovered considerable cave from the "
    "river. The train left for Jackson. [[image sketch of cave]]\n[[end page]]\n\n[[start page]]\n\n"
    "SATURDAY, MARCH 8, 1862. [stylized monogram beside date]\nCool, [[image 3 separate "
    "sketches: on left, a small triangle; in center a profile of a bearded man with what "
    "appears to be large ears and horn on top of head; image on the right depicts two parallel "
    "vertical, wavy lines followed by a period]]\n\nWrote to I. H. Jr. Clear, the river is rising "
    "very rapidly. Capt. D. [[?]] O. returned from the south. Afterward played for a funeral. "
    "[[image sketch of man playing bugle]]"
)
SKETCHES = (
    "[image 3 separate sketches: on left, a small triangle; in center a profile of a bearded man "
    "with what appears to be large ears and horn on top of head; image on the right depicts two "
    "parallel vertical, wavy lines followed by a period]"
)
# https://transcription.si.edu/view/6622/EBM1D (Mary Henry's diary, page 5)
HENRY = (
    "He would like to accompany Dr. [[H?]] when\nhe goes to [[look?]] for the open sea he is so "
    "sure of discovering.  The Scientific club is meeting here to night.  [[strikethough]] "
    "[[Dr. Hayden?]][strikethrough]]\n[[?]] has been calibrating some electric experiment."
)
HENRY_OPENING = (
    "I wonder seriously [[?]]  believe his description\nof the hardships of a soldier's life "
    "[[we??]]\nIt's [[??]] [[any that they may c????????? from]]\ntrying it."
)
# https://lw33.cn/article/83c225357cef27567f15c27f.html (a Chinese article's journal fields)
JOURNAL = (
    "中印建交的历史考察,本文主要内容关键词为:中印论文,历史论文。\n"
    "[中图分类号]K271 [文献标识码]A [文章编号]1003-708(2011)03-0039-07\n"
    "中印建交是新中国同非社会主义国家建立外交关系的第一次成功实践。"
)
# https://digitalarchive.wilsoncenter.org/document/discussion-between-hua-guofeng-and-pol-pot
HUA = (
    "29 September 1977 [place not provided]\n\n\n\nPol Pot: The Soviet Union, Vietnam, and Cuba "
    "are cooperating in order to fight us in the border areas."
)
# https://www.history.state.gov/historicaldocuments/frus1935v03/d363
FRUS_1935 = (
    "There were no new statements made but it was apparent that both the Chairman and Secretary "
    "General were more concerned in regard to local conditions that [than] he was led to "
    "believe yesterday."
)
# https://www.mtholyoke.edu/acad/intrel/WorldWar2/phillips2.htm (a course site's FRUS telegram)
PHILLIPS = (
    "The Ambassador in Italy (Phillips) to the Secretary of State, [Telegram: Paraphrase], ROME, "
    "May 27, 1940-1 p.m.\n\n[Received May 27-9: 55 a.m.]\n\n420. This morning I was received by "
    "Ciano at eleven?thirty."
)

# (text, span, category, rule that decides)
CASES = [
    (DIARY_1862, "[image sketch of cave]", "editor_note", "image_described"),
    (DIARY_1862, "[[image sketch of cave]]", "editor_note", None),
    (DIARY_1862, SKETCHES, "editor_note", "image_described"),
    (DIARY_1862, "[image sketch of man playing bugle]", "editor_note", "image_described"),
    (HENRY, "[strikethough]", "editor_note", "misspelt_tag"),
    (HENRY, "[[strikethough]]", "editor_note", None),
    (HENRY_OPENING, "[any that they may c????????? from]", "uncertain", "unread_letters"),
    (HENRY_OPENING, "[[any that they may c????????? from]]", "uncertain", None),
    (JOURNAL, "[中图分类号]", "other", "journal_field_label"),
    (JOURNAL, "[文献标识码]", "other", "journal_field_label"),
    (JOURNAL, "[文章编号]", "other", "journal_field_label"),
    (HUA, "[place not provided]", "gap", "gap_reason"),
    (FRUS_1935, "[than]", "correction", "replaced_word"),
    (PHILLIPS, "[Received May 27-9: 55 a.m.]", "supplied", None),
]


@pytest.mark.parametrize(("text", "inside", "category", "rule"), CASES)
def test_round19_conventions(text: str, inside: str, category: str, rule: str | None) -> None:
    assert_read_by(text, inside, category, rule)


# near misses: (text, span, rule that must not decide it)
NEAR_MISSES = [
    # a bare picture placeholder; pictures named without a kind of picture after "image"
    ("[image]\nFigure 1", "[image]", "image_described"),
    ("the [images of the war] were", "[images of the war]", "image_described"),
    ("he had an [image problem] then", "[image problem]", "image_described"),
    # an English word near a tag, a tag spelt right, a short word
    ("they [underlie] the plan", "[underlie]", "misspelt_tag"),
    ("[[strikethrough]] po [[/strikethrough]]", "[strikethrough]", "misspelt_tag"),
    ("he said [boxed] it", "[boxed]", "misspelt_tag"),
    # one word with question marks is a doubtful reading of its own (question_edge)
    ("the soldier's life [we??]\nIt's", "[we??]", "unread_letters"),
    # a key-word list in a sentence: no bracket holds the label
    ("本文主要内容[中印论文]为", "[中印论文]", "journal_field_label"),
]


@pytest.mark.parametrize(("text", "inside", "rule"), NEAR_MISSES)
def test_round19_near_misses(text: str, inside: str, rule: str) -> None:
    assert_not_read_by(text, inside, rule)


RULES = ["image_described", "misspelt_tag", "unread_letters", "journal_field_label"]


@pytest.mark.parametrize("rule", RULES)
def test_round19_rules_switch_off(rule: str, tmp_path: object) -> None:
    assert_switched_off(rule, CASES, tmp_path)
