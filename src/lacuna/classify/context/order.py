"""The context chain in order: every rule of the chain by name, the order in one place."""

from __future__ import annotations

from collections.abc import Callable

from lacuna.classify.apparatus import _entry_heading, _navigation_bar, _padded_label, _source_folder
from lacuna.classify.asides import _acronym_across_line, _page_join, _possessor_named
from lacuna.classify.calendars import _calendar_converted, _month_translated
from lacuna.classify.chrome import in_web_address
from lacuna.classify.context.cues import (
    _abbreviation,
    _acronym_without_name,
    _after_punctuation,
    _capitals_spelled_out,
    _expansion,
    _function_word,
    _gloss_cue,
    _glued,
    _line_start,
    _lone_query,
    _numbered_line,
    _own_line,
    _restates_phrase,
    _runs_on,
    _signature_supplied,
)
from lacuna.classify.context.described import _description_word
from lacuna.classify.context.times import _date_restated, _time_restated
from lacuna.classify.corrections import (
    _corrected_date,
    _corrected_garble,
    _corrected_ordinal,
    _garbled_neighbour,
    _name_replaced,
    _other_spelling_of,
    _replaced_word,
    _spelt_by_sound,
    _standard_spelling,
    _wrong_word,
)
from lacuna.classify.language import (
    _explains_quoted,
    _language_change,
    _original_glued,
    _other_script,
    _quoted_original,
    _real_name,
    _same_kind,
    _same_word,
    _translates_words,
    _translation_across_line,
    _translation_after_foreign,
    _transliterated,
)
from lacuna.classify.learned import _learned, _learned_note
from lacuna.classify.line_notes import _note_phrase_line
from lacuna.classify.name_places import (
    _group_named,
    _kind_named,
    _names_thing,
    _place_identified,
    _place_names,
    _state_identified,
)
from lacuna.classify.name_spellings import _compound, _diacritics_restored, _initials_expanded, _same_name
from lacuna.classify.names import (
    _addressee_named,
    _alias_named,
    _completes_name,
    _described_after_name,
    _describes_person,
    _first_name,
    _full_name_before,
    _other_name,
    _possessive,
    _pseudonym_after,
    _pseudonym_before,
    _shares_word,
    _surname_after_surname,
    _title_names,
    _verb_object,
)
from lacuna.classify.records import _contraction_expanded, _issue_cited, _symbol_named
from lacuna.classify.titles import (
    _capitalised_title_translated,
    _original_title,
    _quoted_title_translated,
    _title_translated,
    _work_dated,
)
from lacuna.classify.transcribers import _cut_name, _kin_described, _kin_named
from lacuna.classify.transcripts import _alternative_reading, _alternative_rendering, _pronoun_identified
from lacuna.classify.translations import _quoted_goes_on, _quoted_rendering, _term_translated
from lacuna.classify.turns import _participle_note, _stage_direction
from lacuna.classify.view import _NearestOnly
from lacuna.classify.wikis import _wiki_missing_link
from lacuna.classify.words import _Decision
from lacuna.rules import Ruler

ContextRule = Callable[[_NearestOnly], _Decision]


#: The context chain, in order (first answer wins; no answer: supplied). The last rule,
#: ``learned`` (:mod:`lacuna.classify.learned`), weighs the features of the span with trained
#: weights: the hand rules before it decide what they have a convention for. ``[rules] disable``
#: in the conventions file switches rules off; ``[[rules.context]]`` adds rules written as data.
CONTEXT_RULES: Ruler[ContextRule] = Ruler(
    [
        ("gloss_cue", _gloss_cue),
        ("wiki_missing_link", _wiki_missing_link),
        ("lone_query", _lone_query),
        ("alternative_reading", _alternative_reading),
        ("alternative_rendering", _alternative_rendering),
        ("surname_after_surname", _surname_after_surname),
        ("pseudonym_before", _pseudonym_before),
        ("original_glued", _original_glued),
        ("in_web_address", in_web_address),
        ("glued", _glued),
        ("turn_direction", _stage_direction),
        ("navigation_bar", _navigation_bar),
        ("time_restated", _time_restated),
        ("padded_label", _padded_label),
        ("entry_heading", _entry_heading),
        ("source_folder", _source_folder),
        ("title_translated", _title_translated),
        ("work_dated", _work_dated),
        ("issue_cited", _issue_cited),
        ("page_join", _page_join),
        ("note_phrase_line", _note_phrase_line),
        ("runs_on", _runs_on),
        ("corrected_ordinal", _corrected_ordinal),
        ("quoted_goes_on", _quoted_goes_on),
        ("learned_note", _learned_note),
        ("description_word", _description_word),
        ("replaced_word", _replaced_word),
        ("corrected_date", _corrected_date),
        ("signature_supplied", _signature_supplied),
        ("own_line", _own_line),
        ("numbered_line", _numbered_line),
        ("translation_across_line", _translation_across_line),
        ("acronym_across_line", _acronym_across_line),
        ("participle_note", _participle_note),
        ("line_start", _line_start),
        ("addressee_named", _addressee_named),
        ("quoted_original", _quoted_original),
        ("explains_quoted", _explains_quoted),
        ("quoted_rendering", _quoted_rendering),
        ("real_name", _real_name),
        ("other_script", _other_script),
        ("cut_name", _cut_name),
        ("initials_expanded", _initials_expanded),
        ("capitals_spelled_out", _capitals_spelled_out),
        ("contraction_expanded", _contraction_expanded),
        ("symbol_named", _symbol_named),
        ("translation_after_foreign", _translation_after_foreign),
        ("quoted_title_translated", _quoted_title_translated),
        ("after_punctuation", _after_punctuation),
        ("first_name", _first_name),
        ("verb_object", _verb_object),
        ("title_names", _title_names),
        ("kin_named", _kin_named),
        ("kin_described", _kin_described),
        ("pseudonym_after", _pseudonym_after),
        ("describes_person", _describes_person),
        ("possessive", _possessive),
        ("acronym_without_name", _acronym_without_name),
        ("abbreviation", _abbreviation),
        ("expansion", _expansion),
        ("transliterated", _transliterated),
        ("group_named", _group_named),
        ("original_title", _original_title),
        ("pronoun_identified", _pronoun_identified),
        ("possessor_named", _possessor_named),
        ("restates_phrase", _restates_phrase),
        ("diacritics_restored", _diacritics_restored),
        ("described_after_name", _described_after_name),
        ("function_word", _function_word),
        ("other_spelling", _other_spelling_of),
        ("wrong_word", _wrong_word),
        ("standard_spelling", _standard_spelling),
        ("spelt_by_sound", _spelt_by_sound),
        ("corrected_garble", _corrected_garble),
        ("garbled_neighbour", _garbled_neighbour),
        ("same_name", _same_name),
        ("place_names", _place_names),
        ("state_identified", _state_identified),
        ("compound", _compound),
        ("place_identified", _place_identified),
        ("alias_named", _alias_named),
        ("other_name", _other_name),
        ("names_thing", _names_thing),
        ("kind_named", _kind_named),
        ("full_name_before", _full_name_before),
        ("same_kind", _same_kind),
        ("term_translated", _term_translated),
        ("name_replaced", _name_replaced),
        ("month_translated", _month_translated),
        ("completes_name", _completes_name),
        ("shares_word", _shares_word),
        ("same_word", _same_word),
        ("language_change", _language_change),
        ("date_restated", _date_restated),
        ("calendar_converted", _calendar_converted),
        ("translates_words", _translates_words),
        ("capitalised_title_translated", _capitalised_title_translated),
        ("learned", _learned),
    ]
)
