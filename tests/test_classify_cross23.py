"""What carries to unseen sites (task cross23): features of the learned rule that read an
editor's own words inside a bracket by English grammar (``lacuna.classify.learned.editors``),
not by one site's vocabulary.

Expectations are written by hand from real documents (the address in a comment), read as a
historian would.
"""

from __future__ import annotations

from conftest import features_of
from lacuna.classify.learned.editors import GERUND_FIRST, THIRD_PERSON, editor_features
from lacuna.conventions import Conventions


def test_an_editor_describing_the_recording_opens_with_a_gerund():
    # https://history.state.gov/historicaldocuments/frus1969-76v14/d159 (Kissinger and Brezhnev)
    text = "Dr. Kissinger: [Referring to the disparity of attendees on the two sides]2 You trust more people"
    assert GERUND_FIRST in features_of(text, "[Referring to the disparity of attendees on the two sides]")
    # http://afe.easia.columbia.edu/at/cl_japan/cj12.html (a lecture on Japanese poetry)
    text = "what our cultural life is like.\n\n\n[Reading from the Man'yôshû]\n\nSince in Karu lived my wife,"
    assert GERUND_FIRST in features_of(text, "[Reading from the Man'yôshû]")
    # https://vdocuments.site/luu-doan-huynh-oral-history-intervie-1-oral-history-interview-of-retired-foreign.html
    text = "a veteran Foreign Ministry cadre named Luu Doan Huynh. I [Switching to Vietnamese]: Now"
    assert GERUND_FIRST in features_of(text, "[Switching to Vietnamese]")


def test_words_the_sentence_lacks_open_with_no_gerund():
    conv = Conventions.default()
    # https://digitalarchive.wilsoncenter.org/document/112046 (supplied words: no gerund, a
    # name first)
    assert GERUND_FIRST not in editor_features("Kim and Pak can travel", conv)
    # a name ending in -ing is no gerund (the English lexicon holds no "beijing")
    assert GERUND_FIRST not in editor_features("Beijing", conv)
    # lower-case: the writer's own words go on ("[signing the agreement]")
    assert GERUND_FIRST not in editor_features("signing the agreement", conv)


def test_an_editor_writes_of_the_document_in_the_third_person():
    # https://www.nixonfoundation.org/artifact/tape-34-conversation-85-034-085/
    text = "Haldeman talked with George P. Shultz.\n\n[The President can be heard in the background]\n\n"
    assert THIRD_PERSON in features_of(text, "[The President can be heard in the background]")
    # https://docslib.org/doc/3264/1989-meeting-between-saddam-and-senior-iraqi-officials-discussing-the
    text = "Saddam Hussein: [This conversation was already in progress] All of you must circulate the summary"
    assert THIRD_PERSON in features_of(text, "[This conversation was already in progress]")


def test_the_speakers_words_are_no_editors_sentence():
    conv = Conventions.default()
    # http://emam.com/posts/plain/14782 (an interview: the interviewer's question, supplied)
    question = "Who are the people of your choice to run the Islamic republic?"
    assert THIRD_PERSON not in editor_features(question, conv)
    # https://wilson-center-digital-archive.dvincitest.com/document/telegram-polish-embassy-washington-drozniak-1-june-1962
    # (supplied: the sentence goes on after the bracket, "[This is a reply to] your cable")
    assert THIRD_PERSON not in editor_features("This is a reply to", conv)
    # a sentence with its full stop is read by the inside rules (sentence_note), not here
    assert THIRD_PERSON not in editor_features("The date was added in pencil.", conv)
