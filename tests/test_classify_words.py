"""The facts read off one word before a bracket (lacuna.classify.words), written by hand."""

from lacuna.classify.words import _word_facts
from lacuna.conventions import Conventions


def test_an_apostrophe_before_figures_opens_no_quotation():
    conv = Conventions.default()
    # a decade with its century elided ("the '40s", "in '68") is no quotation's first word
    assert not _word_facts("'40s", conv).quote_open
    assert not _word_facts("‘68", conv).quote_open
    # a quoted word still opens one, in straight or curly quotes
    assert _word_facts("'kuaisu", conv).quote_open
    assert _word_facts("“kuaisu", conv).quote_open
    assert _word_facts("«sovetskii", conv).quote_open
