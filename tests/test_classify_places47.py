"""One place under two names (issue 13, task places47): a city's other name (another language's,
an older one, another romanisation) bracketed after its name, and a country after a city of it,
read from a gazetteer (GeoNames, :mod:`lacuna.classify.places`) by the rule ``place_names``.

The real texts are dev pages, the categories written by hand from the pages; the other sentences
and the near misses (a name completed, two places, a given name after a surname that is also a
town, town names that are English words) are written by hand."""

from __future__ import annotations

import pytest

import lacuna
from conftest import assert_not_read_by, assert_read_by
from lacuna.classify import places

# https://early-testimony.ehri-project.eu/document/EHRI-ET-WL05320200 (a yeshiva student's testimony)
EHRI = "Yeshiva-bokher, on his internment in the prisoner camp Hohenstein [Olsztynek]"
# Archives Hub, the London Missionary Society's North China letters of 1890
HUB = (
    "William Hopkyn Rees, Hsaio Chang [Siaochang/Xiaozhang], Tientsin [Tianjin] and Chefoo [Yantai]"
    " - balance sheet"
)
HUB_ADELAIDE = (
    "John Parker, on board steamship Parramatta\n\nEdith Goode, Adelaide [Australia] and Peking - missi"
)
# holocaustresearchproject.org, Operational Situation Report USSR No. 26 (Pleskau misspelt)
HEART = "Einsatzkommando 1a reports from Pleakau [Pskov] that the town is quiet."

MUST_READ = [
    (EHRI, "[Olsztynek]"),
    (HUB, "[Yantai]"),
    (HUB_ADELAIDE, "[Australia]"),
    (HEART, "[Pskov]"),
    # German names of Polish, Russian, Baltic and Czech towns
    ("He was born in Danzig [Gdańsk] in 1921.", "[Gdańsk]"),
    ("The trains left Breslau [Wrocław] at night.", "[Wrocław]"),
    ("the ghetto in Litzmannstadt [Łódź] was sealed", "[Łódź]"),
    ("We reached Stettin [Szczecin] on 3 May.", "[Szczecin]"),
    ("the fortress of Königsberg [Kaliningrad] fell", "[Kaliningrad]"),
    ("She studied in Lemberg [Lviv] before the war.", "[Lviv]"),
    ("a letter from Posen [Poznań] arrived", "[Poznań]"),
    ("the shipyards of Reval [Tallinn] were", "[Tallinn]"),
    ("the Jews of Wilno [Vilnius] were deported", "[Vilnius]"),
    ("the mines round Gleiwitz [Gliwice] were", "[Gliwice]"),
    ("the camp near Auschwitz [Oświęcim] was", "[Oświęcim]"),
    # older Russian and Soviet names
    ("the battle of Stalingrad [Volgograd] began", "[Volgograd]"),
    ("He flew to Leningrad [Saint Petersburg] on Monday.", "[Saint Petersburg]"),
    ("the conference at Vyatka [Kirov] opened", "[Kirov]"),
    ("the tractor works at Kharkov [Kharkiv] were bombed", "[Kharkiv]"),
    # older romanisations of Chinese and Japanese names of Korean towns
    ("The delegation left Peking [Beijing] for Nanking [Nanjing] by train.", "[Nanjing]"),
    ("the consulate at Canton [Guangzhou] reported", "[Guangzhou]"),
    ("the Japanese garrison at Mukden [Shenyang] moved", "[Shenyang]"),
    ("the naval base at Port Arthur [Lüshun] was", "[Lüshun]"),
    ("the Governor-General in Heijo [Pyongyang] wrote", "[Pyongyang]"),
    # a country after a city of it
    ("a letter from Lyon [France] about the strike", "[France]"),
]


#: Read as gloss by an earlier rule (the same name romanised otherwise, a surname's ending, a
#: listed pseudonym): still gloss.
READ_BEFORE = {"[Gliwice]", "[Szczecin]", "[Kharkiv]", "[Nanjing]", "[Shenyang]"}


@pytest.mark.parametrize(("text", "inside"), MUST_READ)
def test_place_names_reads_gloss(text: str, inside: str) -> None:
    assert_read_by(text, inside, "gloss", None if inside in READ_BEFORE else "place_names")


def test_place_names_because_says_why() -> None:
    span = next(s for s in lacuna.parse(EHRI).spans() if s.text == "[Olsztynek]")
    assert span.because == "place_names: Hohenstein and Olsztynek name one place (GeoNames)"
    span = next(s for s in lacuna.parse(HUB_ADELAIDE).spans() if s.text == "[Australia]")
    assert span.because == "place_names: Adelaide lies in Australia (GeoNames)"


NEAR_MISSES = [
    # a name completed, given names before a surname
    ("Comrade Kim [Il Sung] said", "[Il Sung]"),
    ("Ambassador [Mikhail] Zimyanin said", "[Mikhail]"),
    ("Chairman Mao [Zedong] received them", "[Zedong]"),
    ("Premier Zhou [Enlai] spoke", "[Enlai]"),
    ("Comrade [Liu] Shaoqi agreed", "[Liu]"),
    ("Comrade Deng [Xiaoping] left", "[Xiaoping]"),
    # a surname that is also a town, with a given name
    ("He admired Lincoln [Abraham] above all.", "[Abraham]"),
    ("Mr. Jackson [Andrew] was elected.", "[Andrew]"),
    ("the speech of Washington [George] was read", "[George]"),
    # the rest of a place's name
    ("He arrived in Washington [D.C.] today.", "[D.C.]"),
    ("the harbour of Rio [de Janeiro] was", "[de Janeiro]"),
    ("the bridge at Frankfurt [an der Oder] was", "[an der Oder]"),
    # two places (the editors' words: a correction or a place supplied, not one place renamed)
    ("He flew from Moscow [Leningrad] to Kiev.", "[Leningrad]"),
    ("The trains from Warsaw [Krakow] were late.", "[Krakow]"),
    ("Bonn [Berlin] was the capital.", "[Berlin]"),
    # town names that are English words, before words that are no other name of theirs
    ("the port of Mobile [Alabama] was", "[Alabama]"),
    ("Reading [Berkshire] station", "[Berkshire]"),
    ("the Roman baths at Bath [Somerset] were", "[Somerset]"),
    ("It was Nice [Weather] all week.", "[Weather]"),
    # a US state after a town: a dateline's supplied state
    ("April 28, 1773, Grafton [Massachusetts]", "[Massachusetts]"),
    # a city after a country, the wrong country, one name written alike
    ("a letter from France [Lyon] about the strike", "[Lyon]"),
    ("Edith Goode, Adelaide [Austria] and Peking", "[Austria]"),
    ("the town of Paris [Paris] was", "[Paris]"),
    # across punctuation, glued, possessive
    ("We left Danzig. [Gdańsk] was burning.", "[Gdańsk]"),
    ("Danzig’s [Gdańsk] harbour was mined.", "[Gdańsk]"),
]


@pytest.mark.parametrize(("text", "inside"), NEAR_MISSES)
def test_place_names_near_misses(text: str, inside: str) -> None:
    assert_not_read_by(text, inside, "place_names")


def test_the_gazetteer_is_read_only_for_a_name_after_a_name() -> None:
    """A parse of a text with no name bracketed after a name never reads the gazetteer."""
    places.gazetteer.cache_clear()
    lacuna.parse("He went [home] and wrote [illegible] to his mother [Anna] on 5 [May] 1940 [p. 3].")
    lacuna.parse("The [Soviet] delegation [arrived] late.")
    assert places.gazetteer.cache_info().currsize == 0
    lacuna.parse("camp Hohenstein [Olsztynek]")
    assert places.gazetteer.cache_info().currsize == 1


def test_gazetteer_questions() -> None:
    assert places.same_place("Pleskau", "Pskov")
    assert places.same_place("Yen-t’ai", "Chefoo")
    assert not places.same_place("Danzig", "Danzig")  # one name written alike
    assert not places.same_place("Moscow", "Leningrad")
    assert not places.same_place("Pleskau", "Il Sung")
    assert places.is_place("Olsztynek") and places.is_place("Australia")
    assert not places.is_place("Il Sung") and not places.is_place("D.C.")
    assert places.in_country("Adelaide", "Australia") and not places.in_country("Adelaide", "Austria")
    assert places.place_key("Yen-t’ai") == "yentai" and places.place_key("Łódź") == "lodz"
