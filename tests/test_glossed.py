"""The glossed words of a gloss (lacuna.classify.glossed): hand-written expectations from real
pages of bench/labels/dev.jsonl (shortened), near misses, and the bounds of the look back."""

from __future__ import annotations

import lxml.html
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

import lacuna
from conftest import span_at
from lacuna.classify.glossed import GLOSSED_RULES
from lacuna.conventions import Conventions
from lacuna.render import EDITIONS
from lacuna.render.tei import TEI_NS, to_tei


@pytest.mark.parametrize(
    ("text", "inside", "glossed"),
    [
        # an acronym after its full form (NK Leadership Watch, CWIHP, Bulgarian and Polish records)
        (
            "a team of 30 officials drawn from the Ministry of State Security [MSS], the",
            "MSS",
            "Ministry of State Security",
        ),
        (
            "of State Security [MSS], the Ministry of People’s Security [MPS], the",
            "MPS",
            "Ministry of People’s Security",
        ),
        (
            "Soviet ambassador to the\nPeople’s Republic of China [PRC] N.V.",
            "PRC",
            "People’s Republic of China",
        ),
        (
            "the DPRK Cabinet and the Workers’ Party of Korea [WPK; Korean Workers’ Party]. So Tae Ha",
            "WPK; Korean Workers’ Party",
            "Workers’ Party of Korea",
        ),
        (
            "the Plenum of the Central Committee of the Bulgarian Communist Party [CC of the BCP], held on",
            "CC of the BCP",
            "Central Committee of the Bulgarian Communist Party",
        ),
        (
            "of Foreign Relations of the DRV Ministry of National Defense [MNO]; Nguyen Duc",
            "MNO",
            "Ministry of National Defense",
        ),
        (
            "Committee for Foreign Cultural Relations [CFCR] Document",
            "CFCR",
            "Committee for Foreign Cultural Relations",
        ),
        # a tape log's list item: the dash glued to the full form is not part of it (Nixon
        # tape subject logs)
        (
            "-Defense budget cuts -Union of Soviet Socialist Republics [USSR] -Effectiveness of issue",
            "USSR",
            "Union of Soviet Socialist Republics",
        ),
        (
            "-Committee to Re-elect the President [CRP]\n\n-Connally",
            "CRP",
            "Committee to Re-elect the President",
        ),
        # an acronym's plural, and a lower-case word inside its full form
        ("-Withdrawal of US troops -Prisoners of war [POWs] -Harvard University", "POWs", "Prisoners of war"),
        (
            "-Ambassadors, ministers\n-Foreign service officers [FSOs]\n-Diplomatic",
            "FSOs",
            "Foreign service officers",
        ),
        # an acronym in the full form is no pronoun ("US"), and the name before it is not taken
        (
            "-The President's instructions to Strachan at US Information Agency [USIA]\n-Studying",
            "USIA",
            "US Information Agency",
        ),
        # the part of a hyphenated word after its hyphen (Nixon tape subject log)
        (
            "The President’s view\n-US-People’s Republic of China [PRC] negotiations",
            "PRC",
            "People’s Republic of China",
        ),
        # a title word opening the full form stays ("General" is no title here)
        (
            "working as the Administrator of the General Services Administration [GSA], including",
            "GSA",
            "General Services Administration",
        ),
        # an initial ends no sentence
        (
            "Special Assistant to President John F. Kennedy [JFK] in 1961; Assistant",
            "JFK",
            "John F. Kennedy",
        ),
        # original-language words after their translation, word for word (Brazilian and
        # Czechoslovak telegrams, CWIHP)
        ("military help to Cuba continues in force [de pé]; 4) it does not say", "de pé", "in force"),
        (
            "with evidently propagandistic proposals, in legal clashes [embates jurícos], such as",
            "embates jurícos",
            "legal clashes",
        ),
        (
            "Telegram for coding [Telegrama para cifra]\n\nNumber:",
            "Telegrama para cifra",
            "Telegram for coding",
        ),
        # a role with its determiner, title words and one acronym
        (
            "an urgent appeal from the Counselor [Aleksandr Fomin] only last night",
            "Aleksandr Fomin",
            "the Counselor",
        ),
        (
            "About the Meeting of Comrade Minister [Erich Mielke] with the Head",
            "Erich Mielke",
            "Comrade Minister",
        ),
        (
            "the measures adopted by the USSR Minister of Defense [Rodion Malinovsky] regarding the",
            "Rodion Malinovsky",
            "USSR Minister of Defense",
        ),
        (
            "Secret, Urgent\n\nThe Prime Minister [Nakasone] asked the Chairman what",
            "Nakasone",
            "The Prime Minister",
        ),
        ("They consider Diem, his brother [Ngo Dinh Nhu], and sister-in-law", "Ngo Dinh Nhu", "his brother"),
        # an acronym before a lower-case role modifies it: the determiner before it too
        (
            "could lead to invasion, because the US ambassador [Lincoln Gordon] claims constantly",
            "Lincoln Gordon",
            "the US ambassador",
        ),
        (
            "Secretary Rusk recapitulated the negotiations started by the UN secretary general [U Thant] and",
            "U Thant",
            "the UN secretary general",
        ),
        (
            "by the cooperation of the five countries [China, Vietnam, Laos, Cambodia and North Korea].",
            "China, Vietnam, Laos, Cambodia and North Korea",
            "the five countries",
        ),
        (
            "Recently, the Australian prime minister [Harold Holt] visited Cambodia.",
            "Harold Holt",
            "prime minister",
        ),
        (
            "the official mentioned, both sides [North Korea and China] exposed differences",
            "North Korea and China",
            "both sides",
        ),
        ("for the sake of the book [Capital] I am planning to publish", "Capital", "the book"),
        ("Brezhnev, Voden Residence [Bulgaria]\n\nThe two leaders", "Bulgaria", "Voden Residence"),
        # a name after another spelling of it: the name without its titles
        (
            "the situation(s) near Pyongyang and the Pyongyang-Andong [Dandong] line and the",
            "Dandong",
            "Andong",
        ),
        (
            "headed by Comrade Pak Seong-cheol [Pak Song Chol], which arrived",
            "Pak Song Chol",
            "Pak Seong-cheol",
        ),
        (
            "On 22 December 1967 Deputy Foreign Minister Kim Jae-bong [Kim Jae Bong] sent for",
            "Kim Jae Bong",
            "Kim Jae-bong",
        ),
        (
            "Foreign Minister of the DPRK Pak Seong-cheol [Pak Song Chol] was present",
            "Pak Song Chol",
            "Pak Seong-cheol",
        ),
        (
            "Premier Chou En-lai, Vice-Chairman Soong ching-ling [Song Qingling] (Madame Sun Yat-Sen)",
            "Song Qingling",
            "Soong ching-ling",
        ),
        ("Five years ago Max ELITCHER [MAKS E.] graduated from the", "MAKS E.", "Max ELITCHER"),
        # translations of several words
        (
            "“we cannot embark on any adventurist actions [avantyura] if the Soviet",
            "avantyura",
            "adventurist actions",
        ),
        ("It was given up [ustuplena] to us by the government", "ustuplena", "given up"),
        (
            "en masse to the Queen, and de ne pas laisser passer la reine [not let the Queen pass].",
            "not let the Queen pass",
            "de ne pas laisser passer la reine",
        ),
        (
            "Party committees copies of \"Zhit' v mire i druzhbe [To Live in Peace and Friendship] and asked",
            "To Live in Peace and Friendship",
            "Zhit' v mire i druzhbe",
        ),
    ],
)
def test_glossed_words_of_real_glosses(text: str, inside: str, glossed: str) -> None:
    span = span_at(text, inside)
    assert isinstance(span, lacuna.Gloss)
    assert span.glossed == glossed


@pytest.mark.parametrize(
    ("text", "inside", "glossed"),
    [
        # the title is not the name's ("glossed the name without the title", labelling guide)
        (
            "Cde. Li Kenong [the head of the intelligence department] said",
            "the head of the intelligence department",
            "Li Kenong",
        ),
        ("Cable from Comrade Sau Manh [Le Duc Tho] to Comrade Pham Hung", "Le Duc Tho", "Sau Manh"),
        (
            "the delegation led by Deputy Commissioner Guo Moruo [a prominent Chinese author as well as"
            " government official]).",
            "a prominent Chinese author as well as government official",
            "Guo Moruo",
        ),
        # a title alone glosses itself: no determiner, nothing further back
        ("the talks with Chairman [Mao] went well", "Mao", "Chairman"),
        # a list before the name: the comma ends it
        (
            "to which Cdes. Kim Il Sung, Choe Yong-geon [Pak Yong Gon], Pak Jeong-ae",
            "Pak Yong Gon",
            "Choe Yong-geon",
        ),
        # an all-capitals name is not an acronym to drop
        (
            "a meeting with KIM IL SUNG.\n\nPAK HEON-YEONG [Pak Hon Yong] was present",
            "Pak Hon Yong",
            "PAK HEON-YEONG",
        ),
        # initials that spell nothing before them: the deciding rule's words stay
        ("the Foreign Affairs Department of the Central Committee [KB], led by", "KB", "Central Committee"),
        # a word of the same language before a one-word translation is not taken
        (
            "the speech by Cde. Kania was on the whole interesting [soderzhatel’nyi]. Of course",
            "soderzhatel’nyi",
            "interesting",
        ),
        # a pronoun glosses itself
        ("It keeps him [the Dalai Lama] alive.", "the Dalai Lama", "him"),
        # the words before a full form that spell the acronym worse are not taken
        ("The Prime Minister of the Soviet Union [USSR] arrived", "USSR", "Soviet Union"),
        # word for word only over English words: a name before the translation stops it
        ("a telegram of Campos: coding [Telegrama para cifra]", "Telegrama para cifra", "coding"),
        # an expansion after an acronym: the acronym(s), as before
        (
            "With this in mind the CC CPC [Central Committee of the Communist Party of China] entrusted",
            "Central Committee of the Communist Party of China",
            "CC CPC",
        ),
    ],
)
def test_near_misses(text: str, inside: str, glossed: str) -> None:
    span = span_at(text, inside)
    assert isinstance(span, lacuna.Gloss)
    assert span.glossed == glossed


def test_supplied_words_gloss_nothing() -> None:
    span = span_at("the [Soviet] delegation arrived", "Soviet")
    assert span.info.category == "supplied"
    assert not isinstance(span, lacuna.Gloss)


def test_a_rule_switched_off_keeps_the_guess(tmp_path) -> None:
    path = tmp_path / "c.toml"
    path.write_text('[rules]\ndisable = ["acronym_letters"]\n', encoding="utf-8")
    conv = Conventions.load(path)
    text = "drawn from the Ministry of State Security [MSS], the"
    (span,) = lacuna.parse(text, conventions=conv).spans()
    assert span.glossed == "State Security"
    assert "acronym_letters" in GLOSSED_RULES.names()


def test_editions_of_a_multi_word_glossed_phrase() -> None:
    text = "drawn from the Ministry of State Security [MSS], the Counselor [Aleksandr Fomin] said"
    doc = lacuna.parse(text)
    assert EDITIONS["clean"](doc) == text
    root = etree.fromstring(to_tei(doc).encode("utf-8"))
    ns = {"t": TEI_NS}
    origs = [o.text for o in root.iterfind(".//t:body//t:choice/t:orig", ns)]
    regs = [r.text for r in root.iterfind(".//t:body//t:choice/t:reg", ns)]
    assert origs == ["Ministry of State Security", "the Counselor"]
    assert regs == ["MSS", "Aleksandr Fomin"]
    body = root.find("t:text/t:body", ns)
    assert (
        "".join(body.itertext())
        == "drawn from the Ministry of State Security MSS, the Counselor Aleksandr Fomin said"
    )
    page = lxml.html.document_fromstring(EDITIONS["html"](doc))
    tips = [s.get("title") for s in page.xpath('//div[@id="text"]//span[contains(@class, "c-gloss")]')]
    assert any("glosses: Ministry of State Security" in t for t in tips)
    assert any("glosses: the Counselor" in t for t in tips)


_WORD = st.sampled_from(
    ["the", "Minister", "of", "State", "Security", "Pak", "Seong-cheol", "his", "five", "Comrade"]
)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(_WORD, min_size=0, max_size=40),
    st.sampled_from(["MSS", "Pak Song Chol", "Erich Mielke", "China, Laos and Vietnam", "avantyura"]),
)
def test_glossed_words_end_at_the_bracket_within_the_look_back(words: list[str], inside: str) -> None:
    text = " ".join(words) + f" [{inside}] said"
    for span in lacuna.parse(text).spans():
        if isinstance(span, lacuna.Gloss) and span.glossed_start is not None and span.glossed_end is not None:
            assert span.glossed_start < span.glossed_end <= span.start
            assert text[span.glossed_end : span.start].strip() == ""
            # the look back is bounded: at most max_words words before the deciding rule's guess
            assert len(text[span.glossed_start : span.glossed_end].split()) <= 12 + 8


def test_the_look_back_reads_a_bounded_number_of_words() -> None:
    from lacuna.classify.glossed import _LOOK, _words_before

    text = "Alpha " * 50_000 + "Omega"
    first = len(text) - len("Omega")
    words, stop = _words_before(text, first, 12)
    assert len(words) == 12 and stop is None
    assert all(at >= first - _LOOK for at, _ in words)
    # a long run of capitalised words before an acronym: the glossed words stay near it
    (span,) = lacuna.parse("Alpha " * 20_000 + "Ministry of State Security [MSS] x").spans()
    assert span.glossed == "Ministry of State Security"
