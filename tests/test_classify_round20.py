"""Conventions of the twentieth labelling round's pages (rules ``alias_named``,
``name_not_identified``, ``place_pointed_at``, ``code_named``, the gap reasons ``too faded to
read`` and ``gap in the text``, ``folder_title`` after the folder's dates): real text of dev's
pages, the category written by hand from the document, and a near miss for each rule that must
not fire."""

from __future__ import annotations

import pytest

import lacuna.ast
from conftest import assert_not_read_by, assert_read_by, assert_switched_off, span_of

# https://digitalarchive.wilsoncenter.org/document/176058 (Le Duan's cable of 2 April 1975,
# translated by Merle Pribbenow)
LE_DUAN = (
    "(Reference Brother Ba’s [Le Duan] Cable No. 956, 1 April 1975)\n\n"
    "With regard to the battle plan at the focal point target, because the situation is "
    "developing so rapidly, as a follow-up to Brother Ba’s [Le Duan] cable I have sent a number "
    "of ideas to Brothers Bay Cuong [Pham Hung], Tuan [Van Tien Dung], and Tu Nguyen [Tran Van "
    "Tra] so that they would have time to study them"
)
LE_DUAN_NORTH = (
    "while at the same they must also prepare a plan for follow-up actions using the additional "
    "reinforcements being sent down there from the B3 Front and from up here [North Vietnam].\n\n"
    "Deaf Hoa’s unit [Nguyen Hoa] has been ordered to move out quickly"
)
# https://digitalarchive.wilsoncenter.org/document/176067 (Cable No. 993/TK, 6 April 1975)
CABLE_993 = (
    '"Cable No. 993/TK from the Current Affairs Committee of the Central Military Party '
    "Committee to Brothers Dong [Le Tu Dong], Le [Tran Le], Nam [Le Duc Anh], Hai Manh [Chu Huy "
    'Man], Nam Cong [Vo Chi Cong], and Nguyen [Dong Si Nguyen], Group 559," April 06, 1975'
)
# https://wilson-center-digital-archive.dvincitest.com/node/100359 (Le Duan's cable naming the
# Ho Chi Minh Campaign, signed with his alias)
SIGNED_BA = (
    "The Politburo agrees that the campaign to liberate Saigon will be called the “Ho Chi Minh "
    "Campaign.”\nI wish you all good health.\nBa [Le Duan]\nCable from Le Duan carrying the "
    "Politburo's approval"
)
# https://digitalarchive.wilsoncenter.org/document/176152 (Cable No. 481/TV, 25 April 1975)
CABLE_481 = (
    "CABLE NO. 481/TV FROM TVKBN [COSVN PARTY CURRENT AFFAIRS COMMITTEE] TO SAU DAN [VO VAN KIET] "
    'AND NAM XUAN [UNKNOWN]\n\n"Cable No. 481/TV from TVKBN [COSVN Party Current Affairs '
    'Committee] to Sau Dan [Vo Van Kiet] and Nam Xuan [Unknown]," April 25, 1975'
)
# https://digitalarchive.wilsoncenter.org/document/175940 (the Politburo's cable of March 1975)
B3 = (
    "only by exploiting this opportunity in a timely fashion will we be able to win a great "
    "victory.\n\nd) In B3 [The Central Highlands] we must devote"
)
# https://wilson-center-digital-archive.dvincitest.com/node/91423 (a Polish report from Brazil
# on the Cuban crisis)
GORDON = (
    "regarding the real intentions of the USA as well as the ways and means for solving the "
    "crisis over Cuba. The Ambassador of the US here [Lincoln Gordon] managed quite well to "
    "convince that the US option was not the invasion."
)
# https://digitalarchive.wilsoncenter.org/document/journal-soviet-ambassador-dprk-am-puzanov-21-june-1960
# (the stamp's field, its own stray bracket left out)
PUZANOV = "Stamp: Foreign Policy Archive\n\nFond [too faded to read]\n\nOpis' 16, Yed. Khr. 85?7"
# http://yupnet.org/annals/siegelbaum/English_docs/Siegelbaum_doc_66.htm
SIEGELBAUM_66 = (
    'but [Gap in the text. What is apparently meant is that "there are proposals which if they '
    'were" (text picks up at this point)] adopted'
)
# https://history.state.gov/historicaldocuments/frus1969-76v19p2/ch1?start=31 (doc. 32)
FRUS_32 = (
    "Source: National Archives, Nixon Presidential Materials, NSC Files, Box 1030, "
    "Presidential/HAK Memcons, Textile Telcons, [Sept. 1969–June 1970] [2 of 2]. No "
    "classification marking."
)

# (text, span, category, rule that decides)
CASES = [
    (LE_DUAN, "[Le Duan]", "gloss", "alias_named"),
    (LE_DUAN, "[Pham Hung]", "gloss", "alias_named"),
    (LE_DUAN, "[Tran Van Tra]", "gloss", "alias_named"),
    (CABLE_993, "[Le Tu Dong]", "gloss", "alias_named"),
    (CABLE_993, "[Tran Le]", "gloss", "alias_named"),
    (CABLE_993, "[Le Duc Anh]", "gloss", "alias_named"),
    (CABLE_993, "[Chu Huy Man]", "gloss", "alias_named"),
    (CABLE_993, "[Dong Si Nguyen]", "gloss", "alias_named"),
    (SIGNED_BA, "[Le Duan]", "gloss", "alias_named"),
    (CABLE_481, "[UNKNOWN]", "editor_note", "name_not_identified"),
    (CABLE_481, "[Unknown]", "editor_note", "name_not_identified"),
    (LE_DUAN_NORTH, "[North Vietnam]", "gloss", "place_pointed_at"),
    (GORDON, "[Lincoln Gordon]", "gloss", "place_pointed_at"),
    (B3, "[The Central Highlands]", "gloss", "code_named"),
    (PUZANOV, "[too faded to read]", "gap", "gap_reason"),
    (SIEGELBAUM_66, SIEGELBAUM_66[4:-8], "gap", "gap_reason"),
    (FRUS_32, "[2 of 2]", "other", "folder_title"),
    (FRUS_32, "[Sept. 1969–June 1970]", "other", "folder_title"),
]


@pytest.mark.parametrize(("text", "inside", "category", "rule"), CASES)
def test_round20_conventions(text: str, inside: str, category: str, rule: str | None) -> None:
    assert_read_by(text, inside, category, rule)


# the alias glossed: a singular title with it, a plural one (heading a list) without
GLOSSED = [
    (LE_DUAN, "[Le Duan]", "Brother Ba’s"),
    (LE_DUAN, "[Pham Hung]", "Bay Cuong"),
    (LE_DUAN, "[Tran Van Tra]", "Tu Nguyen"),
    (CABLE_993, "[Le Tu Dong]", "Dong"),
    (CABLE_993, "[Tran Le]", "Le"),
    (SIGNED_BA, "[Le Duan]", "Ba"),
    (B3, "[The Central Highlands]", "B3"),
]


@pytest.mark.parametrize(("text", "inside", "glossed"), GLOSSED)
def test_round20_glossed_words(text: str, inside: str, glossed: str) -> None:
    span = span_of(text, inside)
    assert isinstance(span, lacuna.ast.Gloss), span.because
    assert span.glossed == glossed, span.because


def test_round20_gap_reasons() -> None:
    assert span_of(PUZANOV, "[too faded to read]").reason == "illegible"
    assert span_of(SIEGELBAUM_66, SIEGELBAUM_66[4:-8]).reason == "missing"


# near misses: (text, span, rule that must not decide it)
NEAR_MISSES = [
    # a name of syllables completes the name before it; so does one after a possessive
    ("a meeting with Comrade Kim [Il Sung] and", "[Il Sung]", "alias_named"),
    ("President Ho [Chi Minh] said", "[Chi Minh]", "alias_named"),
    ("the DRV's [Independence Day] holiday", "[Independence Day]", "alias_named"),
    # a birth-order word inside a longer name is no alias
    ("the government of Viet Nam [Democratic Republic] said", "[Democratic Republic]", "alias_named"),
    # "[unknown]" after no name supplies a word
    ("The [unknown] soldier", "[unknown]", "name_not_identified"),
    # words after "there" that go on with the sentence, a page marker
    ("wait till you go out there [to Vietnam]. MCNAMARA", "[to Vietnam]", "place_pointed_at"),
    ("was known. There [Page 111] was but a single", "[Page 111]", "place_pointed_at"),
    # a code before a word that is no name
    ("Bohlen Notes\n\nM4 [blank]\n\nS—I must tell you", "[blank]", "code_named"),
]


@pytest.mark.parametrize(("text", "inside", "rule"), NEAR_MISSES)
def test_round20_near_misses(text: str, inside: str, rule: str) -> None:
    assert_not_read_by(text, inside, rule)


RULES = ["alias_named", "name_not_identified", "place_pointed_at", "code_named"]


@pytest.mark.parametrize("rule", RULES)
def test_round20_rules_switch_off(rule: str, tmp_path: object) -> None:
    assert_switched_off(rule, CASES, tmp_path)


def test_a_data_rule_near_pattern_declines_on_the_plan() -> None:
    """``near`` (the nearest word, whole) is read with the plan: a span after another word runs
    neither new20 rule per span, and the rules still answer after their words (Le Duan's cable,
    Wilson Center: "from up here [North Vietnam]"; Pribbenow's cables: "In B3 [The Central
    Highlands]")."""
    from lacuna.classify.context import chain as ctx
    from lacuna.conventions import Conventions

    conv = Conventions(Conventions.default().data)
    lacuna.parse("and Pak Seong-min [Pak Song Min] came.\n", conventions=conv)
    plans = [p for p in conv._context_plans.values() if isinstance(p, ctx._Further)]
    assert plans
    for plan in plans:
        names = {r.name for r in plan.rules}
        assert "place_pointed_at" not in names and "code_named" not in names
    here = lacuna.span_records(lacuna.parse("from up here [North Vietnam]."))
    assert [r["category"] for r in here] == ["gloss"]
    code = lacuna.span_records(lacuna.parse("d) In B3 [The Central Highlands] we"))
    assert [r["category"] for r in code] == ["gloss"]
