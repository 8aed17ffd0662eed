"""Gap words a transcriber uses that lacuna did not know (issue 13, task gapwords45): the gap
vocabulary widened from the published conventions transcribers follow (TEI P5's gap, damage and
unclear; the crowd-transcription guides; oral-history transcripts; redaction and censorship; the
same words in the languages archives translate from), the reason words that are ordinary English
adjectives guarded (``gap.ordinary_reasons``), and the Invisible East's ``[+ n]``.

The real texts are dev pages, the categories written by hand from the pages; the other sentences,
and the near misses (a reason word that is an ordinary adjective or verb of the sentence,
supplied), are written by hand."""

from __future__ import annotations

import pytest

from conftest import assert_read_by, span_of

# https://ddr.densho.org/media/ddr-densho-140/ddr-densho-140-80-mezzanine-d1038c886a.htm (a
# diary kept in an internment camp, censored)
DENSHO = "I heard the sermon very earnestly but the audience about little [censored] its decrease."
# https://openvault.wgbh.org/transcripts/V_F7924C953DDE450290F7CC6BFB52F260 (an interview)
OPENVAULT = "how great the [incomprehensible]...ah, you know, the freedom, how much freedom they have."
# https://lanmo.unam.mx/brujeriayhechiceria/article.php?id=11&cat=expedientes (an Inquisition file)
LANMO = "Denuncia del señor ynqsuisidor fiscal contra María Theresa de Ayala por mal [hoja rota]."
# https://docslib.org/doc/3962777/fo-371-113613 (a Foreign Office decrypt, 1955)
FO_371 = "to publicise speeches which he made in a recent tour in [Group undec ? Darfur]| (b) he had"
# https://www.invisible-east.org/fa/corpus/111 (a New Persian sale deed, 1195)
IEDC = "and the land [called] Panj [+ 1]; 7 the fourth [boundary] is the Kurgī valley."

MUST_READ = [
    # (text, inside, reason)
    (DENSHO, "[censored]", "redacted"),
    (OPENVAULT, "[incomprehensible]", "inaudible"),
    (LANMO, "[hoja rota]", "damaged"),
    (FO_371, "[Group undec ? Darfur]", "unrecovered"),
    ("The letter was [censored] by the army.", "[censored]", "redacted"),
    ("We were billeted at [2 words censored] when the shelling began.", "[2 words censored]", "redacted"),
    ("We marched to the [censored] Regiment's lines.", "[censored]", "redacted"),
    ("Dear Mother, [hole in paper] I am well and hope", "[hole in paper]", "damaged"),
    ("and the rest of it [water damage] the crops are good", "[water damage]", "damaged"),
    ("the sum of [torn away] dollars was paid", "[torn away]", "damaged"),
    ("I wrote to him [erased] last week", "[erased]", "deleted"),
    ("and then we went [gap in tape] to the farm", "[gap in tape]", "missing"),
    ("A. Yes, we were [audio unclear] in the camp.", "[audio unclear]", "unclear"),
    ("Lieber Vater, [unlesbar] und wir sind gesund.", "[unlesbar]", "illegible"),
    ("Lieber Vater, [zerrissen] und wir sind gesund.", "[zerrissen]", "damaged"),
    ("Wir haben [2 Zeilen unlesbar] erhalten.", "[2 Zeilen unlesbar]", "illegible"),
    ("Mon cher ami, [déchiré] nous sommes arrivés hier.", "[déchiré]", "damaged"),
    ("Querido hermano: [borrado] de la casa de mi padre", "[borrado]", "deleted"),
    ("Dorogoi drug, [nerazborchivo] pishu tebe iz Moskvy", "[nerazborchivo]", "illegible"),
    ("Lieve moeder, [onleesbaar] wij zijn gezond.", "[onleesbaar]", "illegible"),
    ("Caro padre, [strappato] la casa è vuota.", "[strappato]", "damaged"),
    ("Drogi bracie, [wyraz nieczytelny] jestem zdrowy.", "[wyraz nieczytelny]", "illegible"),
    ("et multi alii [desunt] in urbe", "[desunt]", "missing"),
    # an ordinary reason word stays a gap before a function word, a figure or a capital
    ("he wrote an [illegible] of the 5th", "[illegible]", "illegible"),
    ("on the [torn] of May we left", "[torn]", "damaged"),
    ("the [damaged] 5th of May", "[damaged]", "damaged"),
    ("I met the [missing] Regiment at Ypres", "[missing]", "missing"),
]


@pytest.mark.parametrize(("text", "inside", "reason"), MUST_READ)
def test_a_gap_word_is_read_as_a_gap(text: str, inside: str, reason: str) -> None:
    span = span_of(text, inside)
    assert span.category == "gap", span.because
    assert span.info.reason == reason, span.because


def test_the_decrypts_group_counts_one() -> None:
    span = span_of(FO_371, "[Group undec ? Darfur]")
    assert (span.info.quantity, span.info.unit) == (1, "group")


def test_words_lost_counted_after_a_plus() -> None:
    assert_read_by(IEDC, "[+ 1]", "gap", "lost_words_counted")
    span = span_of(IEDC, "[+ 1]")
    assert (span.info.quantity, span.info.unit) == (1, "word")


NEAR_MISSES = [
    # an ordinary reason word as an adjective before its noun, after a determiner: supplied
    ("The [damaged] bridge was repaired in May.", "[damaged]"),
    ("They found the [missing] link at last.", "[missing]"),
    ("The [torn] flag was raised over the fort.", "[torn]"),
    ("A [blank] form was sent to every office.", "[blank]"),
    ("The [deleted] files were restored by the clerk.", "[deleted]"),
    ("He kept the [faded] photograph of his wife.", "[faded]"),
    ("He sent a [smudged] copy of the order.", "[smudged]"),
    ("The [lost] battalion returned in October.", "[lost]"),
    ("The [erased] tapes were never found.", "[erased]"),
    ("The [crossed out] names were restored.", "[crossed out]"),
    ("The [burnt] village was rebuilt after the war.", "[burnt]"),
    ("The [missing] persons were found alive.", "[missing]"),
    ("The [cut off] units surrendered on Friday.", "[cut off]"),
    ("We had an [obscured] view of the harbour.", "[obscured]"),
    ("The [mutilated] body was found in the river.", "[mutilated]"),
    ("The [absent] members were counted as voting no.", "[absent]"),
    ("The duty [rota] system was introduced in May.", "[rota]"),
    # an ordinary reason word opening words of a sentence
    ("They were [torn between] two loyalties.", "[torn between]"),
    ("He [lost his way] in the forest.", "[lost his way]"),
    ("He called the [missing persons] bureau twice.", "[missing persons]"),
    ("They heard of [the missing link] at the meeting.", "[the missing link]"),
    # a word of another language that is no gap word there
    ("ko te tohutoro [i roto i te reo Māori] e whai ake nei", "[i roto i te reo Māori]"),
    ("Please call me at [+44] 20 7946 0000.", "[+44]"),
]


@pytest.mark.parametrize(("text", "inside"), NEAR_MISSES)
def test_an_ordinary_word_of_the_sentence_is_no_gap(text: str, inside: str) -> None:
    span = span_of(text, inside)
    assert span.category != "gap", span.because


@pytest.mark.parametrize(
    ("text", "inside", "category"),
    [
        # the course of a recording, a stage direction, not words missing where it stands
        ("Q. And then? [crosstalk] A. We left.", "[crosstalk]", "editor_note"),
        ("A. That was in 1943. [tape ends]", "[tape ends]", "editor_note"),
    ],
)
def test_what_happens_on_the_recording_stays_the_editors(text: str, inside: str, category: str) -> None:
    span = span_of(text, inside)
    assert span.category == category, span.because


# Cipher groups the decrypters could not read, in the words of decryption work (written for this
# test in the shape of NSA's Venona translations: "[1 group unrecovered]", "[15 groups garbled]").
CIPHER_GROUPS = [
    # (text, inside, quantity, reason)
    ("He gave [1 group unidentified] to LIBERAL on Tuesday.", "[1 group unidentified]", 1, "unrecovered"),
    ("The meeting with [2 groups not decoded] took place.", "[2 groups not decoded]", 2, "unrecovered"),
    ("KAPITAN agreed to [3 groups undecoded] in New York.", "[3 groups undecoded]", 3, "unrecovered"),
    ("We shall send [1 group not decrypted] next week.", "[1 group not decrypted]", 1, "unrecovered"),
    ("The station reports [1 group corrupt] from Ottawa.", "[1 group corrupt]", 1, "garble"),
    ("The station reports [4 groups corrupted] from Ottawa.", "[4 groups corrupted]", 4, "garble"),
]


@pytest.mark.parametrize(("text", "inside", "quantity", "reason"), CIPHER_GROUPS)
def test_cipher_groups_not_read_are_a_gap_of_groups(
    text: str, inside: str, quantity: int, reason: str
) -> None:
    span = span_of(text, inside)
    assert span.category == "gap", span.because
    assert (span.info.quantity, span.info.unit, span.info.reason) == (quantity, "group", reason)


@pytest.mark.parametrize(
    ("text", "inside", "category"),
    [
        # "unidentified" says a gap only after groups: alone it says who is meant is not known
        ("Tariq Aziz: He [unidentified] said, 'I went'.", "[unidentified]", "editor_note"),
        # "corrupt" says a gap only after an extent in a unit: alone it is an adjective supplied
        ("The [corrupt] officials were dismissed in May.", "[corrupt]", "supplied"),
        ("The generals were [corrupt] and venal.", "[corrupt]", "supplied"),
        ("He called the Kuomintang [corrupt].", "[corrupt]", "supplied"),
    ],
)
def test_decryption_words_outside_a_gap_of_groups(text: str, inside: str, category: str) -> None:
    span = span_of(text, inside)
    assert span.category == category, span.because
