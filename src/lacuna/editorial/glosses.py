"""What a gloss says of the words before it, as data: the rule that decided the gloss (the
name that opens ``span.because``) → the gloss's relation to the glossed words
(:data:`GLOSS_RELATIONS`, EVT-style, as :data:`~lacuna.editorial.CLEAN_RULES` is for the clean
edition).

* ``translation``: the bracket translates the original-language words before it (``the wording
  “kuaisu [promptly]”``, ``Kolokol [The Bell]``). TEI: ``<term>`` and ``<gloss>`` (CO ``COHTG``).
* ``original``: the bracket gives the original's words after their translation (``move toward
  reunification [pristupit k obiednineniiu]``). TEI: ``<term>`` and ``<gloss type="original">``
  holding ``<foreign>`` (CO ``COHTG``, ``COHQHF``).
* ``same``: the same name or word written another way, a pseudonym's real name, a description
  (``Chou En-lai [Zhou Enlai]``, ``Filippov [Stalin]``), an editor's signed identification
  (``Itamaraty [Brazilian foreign ministry—ed.]``): every rule not listed. TEI:
  ``<choice>`` of ``<orig>`` and ``<reg>`` (CO ``COEDREG``).

A row is a rule's name, or a rule's name, a colon and the start of the reading it gives, for a
rule that decides both directions (``language_change``: ``agreement [soglasie]`` and ``jiji
[actively]``); a row with a reading is tried before the rule's own row.
"""

from __future__ import annotations

from collections.abc import Mapping

from lacuna.ast import SpanInfo

__all__ = ["GLOSS_RELATIONS", "RELATIONS", "gloss_relation"]

#: The relations a gloss has to the words before it (``same`` for every rule not listed).
RELATIONS = ("translation", "original", "same")

#: rule (or ``rule: start of its reading``) → relation of the gloss to the glossed words.
GLOSS_RELATIONS: Mapping[str, str] = {
    # English words after original-language words: their translation
    "translates_words": "translation",  # de ne pas laisser passer la reine [not let the Queen pass]
    "title_translated": "translation",  # Zhit' v mire i druzhbe [To Live in Peace and Friendship]
    "capitalised_title_translated": "translation",  # Le Duan, Thu Vao Nam [Letters to the South]
    "quoted_title_translated": "translation",  # "Ob itogakh soveshchaniia …" [On the results of …]
    "quoted_rendering": "translation",  # ‘Cette Copie’ [this copy]
    "explains_quoted": "translation",  # the "May First" [Labour or International Workers' Day] Holiday
    "translation_after_foreign": "translation",  # the word used was nachal'stvo [the bosses]
    "term_translated": "translation",  # the Landesgericht [regional court]
    "month_translated": "translation",  # 5 Temmuz [Juillet] 1915
    "quoted_original: translates": "translation",  # the wording “kuaisu [promptly]”
    "translation_across_line: renders": "translation",  # … nachal'stvo / [the bosses]
    "language_change: translation": "translation",  # jiji [actively]
    # the translator's signed gloss (the editor's, "--ed.", identifies: the same thing)
    "gloss_cue: translator's tail cue": "translation",  # raikom [district party committee--trans.]
    # original-language words after the English words they were translated by
    "original_title": "original",  # The First 55 Years [Quan Doi Nhan Dan Viet Nam: 55 Nam]
    "other_script": "original",  # no first use [bù shǒu xiān …]
    "transliterated": "original",  # FELLOW COUNTRYMAN [ZEMLYaK]
    "original_glued": "original",  # a GYMNAST[FIZKUL'TURNITsA]
    "quoted_original: the original": "original",  # the word “agreement” [soglasie]
    "translation_across_line: the original": "original",  # 128 rifle / [strelkovoi] divisions
    "language_change: original": "original",  # move toward reunification [pristupit k obiednineniiu]
    "language_change: the original": "original",  # the Politburo [instantsiya]
}


def _index(table: Mapping[str, str]) -> dict[str, tuple[tuple[str, str], ...]]:
    """rule → its rows as ``(start of the reading, relation)``, longest start first ("" for
    the rule's own row, last)."""
    rows: dict[str, list[tuple[str, str]]] = {}
    for key, relation in table.items():
        if relation not in RELATIONS:
            raise ValueError(f"unknown gloss relation {relation!r} for {key!r} (relations: {RELATIONS})")
        rule, _, reading = key.partition(":")
        rows.setdefault(rule.strip(), []).append((reading.strip(), relation))
    return {rule: tuple(sorted(r, key=lambda row: -len(row[0]))) for rule, r in rows.items()}


_ROWS = _index(GLOSS_RELATIONS)


def gloss_relation(info: SpanInfo, table: Mapping[str, str] | None = None) -> str:
    """The relation of a gloss read as ``info`` to the words before it: the row of
    ``table`` (:data:`GLOSS_RELATIONS`) for the rule that decided it and the reading it gave;
    ``same`` when no row answers."""
    rows = _ROWS if table is None else _index(table)
    rule, sep, reading = info.because.partition(":")
    if not sep:
        return "same"
    for start, relation in rows.get(rule, ()):
        if reading.lstrip().startswith(start):
            return relation
    return "same"
