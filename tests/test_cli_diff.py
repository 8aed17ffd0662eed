"""``lacuna diff A B`` and :mod:`lacuna.collate.changes`: a word diff that sees the markup.

The witnesses are short excerpts, copied by hand, of real ones a user test compared: Gorsky's
March 1945 cable in two saves (one without its title line), the Vyshinsky telegram No. 8600
with its gloss ``Filippov [Stalin]``, and Venona 1822 in the NSA's and Haunted Wood's wording.
"""

from __future__ import annotations

import json

import pytest

from conftest import run_cli as run
from lacuna.collate.align import diff
from lacuna.collate.changes import changes, changes_dict, word_diff_lines

GORSKY_A = (
    "(“VADIM”) MARCH 5, 1945 CABLE TO MOSCOW [1]\n"
    "Translated into English and annotated by Svetlana A. Chervonnaya [2]\n\n"
    "[He [6]] Wants to be included into the Soviet delegation at the San Francisco\n"
    "conference. However, [he] cannot leave the outpost in the care of any other\n"
    "operative.\n"
)
GORSKY_B = GORSKY_A.split("\n", 1)[1]

VYSHINSKY_A = (
    "In a conversation with the Korean comrades Filippov [Stalin] and his friends expressed the\n"
    "opinion, that, in light of the changed international situation [15], they agree.\n"
)
VYSHINSKY_B = VYSHINSKY_A.replace(" [Stalin]", "")

NSA = (
    "2. For some years past he has been the leader of a small group of the NEIGHBORS’ probationers, "
    "for the most part consisting of his relations.\n"
)
HAUNTED = NSA.replace("relations", "relatives")


def _check_offsets(a: str, b: str, data: dict) -> None:
    """Every change's offsets slice each witness to the text it shows, at its line and column."""
    for c in data["changes"]:
        for side, text in (("a", a), ("b", b)):
            s = c[side]
            lo, hi = s["offsets"]
            assert text[lo:hi] == s["text"]
            assert (s["line"], s["column"]) == (
                text.count("\n", 0, lo) + 1,
                lo - (text.rfind("\n", 0, lo) + 1) + 1,
            )


def test_same_reading_is_no_change_and_exit_0(tmp_path):
    # the same gloss and notes, other line breaks: the witnesses read the same
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(VYSHINSKY_A, encoding="utf-8")
    b.write_text(
        VYSHINSKY_A.replace("the\nopinion", "the opinion").replace("Korean ", "Korean\n"), encoding="utf-8"
    )
    code, out, err = run("diff", a, b)
    assert (code, out) == (0, b""), err
    code, out, _ = run("diff", a, b, "-f", "json")
    assert code == 0 and json.loads(out)["same"] is True and json.loads(out)["changes"] == []


def test_gloss_only_difference_is_a_gloss_change(tmp_path):
    d = diff(VYSHINSKY_A, VYSHINSKY_B)
    (c,) = changes(d)
    assert c.kind == "gloss"
    assert VYSHINSKY_A[slice(*c.a_offsets)] == "Filippov [Stalin]"
    assert VYSHINSKY_B[slice(*c.b_offsets)] == "Filippov"
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(VYSHINSKY_A, encoding="utf-8")
    b.write_text(VYSHINSKY_B, encoding="utf-8")
    code, out, _ = run("diff", a, b)
    assert code == 1
    assert out.decode().splitlines()[2:] == [
        "@@ -1:44 +1:44 @@ gloss",
        "the Korean comrades [-Filippov [Stalin]-]{+Filippov+} and his friends",
    ]
    code, out, _ = run("diff", a, b, "--words-only")
    assert (code, out) == (0, b"")


def test_supplied_against_plain_is_a_markup_change_not_a_word_change():
    a = "However, [he] cannot leave the outpost. The Com[munist] Party member.\n"
    b = "However, he cannot leave the outpost. The Communist Party member.\n"
    d = diff(a, b)
    found = changes(d)
    assert [(c.kind, a[slice(*c.a_offsets)], b[slice(*c.b_offsets)]) for c in found] == [
        ("markup", "[he]", "he"),
        ("markup", "Com[munist]", "Communist"),
    ]
    data = changes_dict(d)
    assert data["changes"][0]["a"]["statuses"] == ["supplied"]
    assert data["changes"][0]["b"]["statuses"] == ["plain"]
    assert data["changes"][1]["a"]["statuses"] == ["partial"]
    _check_offsets(a, b, data)


def test_changed_word():
    d = diff(NSA, HAUNTED)
    (c,) = changes(d)
    assert (c.kind, NSA[slice(*c.a_offsets)], HAUNTED[slice(*c.b_offsets)]) == (
        "replace",
        "relations",
        "relatives",
    )
    lines = list(word_diff_lines(d, a="nsa", b="hw"))
    assert lines == [
        "--- nsa",
        "+++ hw",
        "@@ -1:132 +1:132 @@ replace",
        "consisting of his [-relations-]{+relatives+}",
    ]
    _check_offsets(NSA, HAUNTED, changes_dict(d))


def test_dropped_sentence_is_shown_whole_with_its_marks():
    d = diff(GORSKY_A, GORSKY_B)
    (c,) = changes(d)
    assert c.kind == "delete"
    assert GORSKY_A[slice(*c.a_offsets)] == "(“VADIM”) MARCH 5, 1945 CABLE TO MOSCOW [1]"
    assert c.b_offsets == (0, 0)
    assert list(word_diff_lines(d, a="a", b="b"))[2:] == [
        "@@ -1:1 +1:1 @@ delete",
        "[-(“VADIM”) MARCH 5, 1945 CABLE TO MOSCOW [1]-] Translated into English",
    ]
    # the other way round: an insertion, shown in the witness that has the words
    back = changes_dict(diff(GORSKY_B, GORSKY_A))
    assert [x["kind"] for x in back["changes"]] == ["insert"]
    _check_offsets(GORSKY_B, GORSKY_A, back)


def test_offsets_slice_the_inputs_to_the_shown_text(tmp_path):
    a = GORSKY_A + NSA + VYSHINSKY_A
    b = GORSKY_B.replace("[he]", "he").replace("Soviet", "Russian") + HAUNTED + VYSHINSKY_B
    pa, pb = tmp_path / "a.txt", tmp_path / "b.txt"
    pa.write_text(a, encoding="utf-8")
    pb.write_text(b, encoding="utf-8")
    code, out, _ = run("diff", pa, pb, "-f", "json")
    assert code == 1
    data = json.loads(out)
    assert [c["kind"] for c in data["changes"]] == ["delete", "replace", "markup", "replace", "gloss"]
    assert data["a"] == str(pa) and data["format"] == "lacuna-diff"
    _check_offsets(a, b, data)
    code, out, _ = run("diff", pa, pb, "-f", "jsonl")
    assert [json.loads(x)["kind"] for x in out.decode().splitlines()] == [c["kind"] for c in data["changes"]]


def test_notes_are_words_only_when_asked():
    a = "He wants [to leave it] on the Son [7] as attaché.\n"
    b = "He wants [to leave it] on the Son [Translator's note: Garanin] as attaché.\n"
    assert changes(diff(a, b)) == []
    (c,) = changes(diff(a, b, notes=True))
    assert c.kind in ("replace", "insert")


@pytest.mark.parametrize("mode", ["lenient", "strict"])
def test_problems_and_errors(tmp_path, mode):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("the leader of a small group\n", encoding="utf-8")
    b.write_text("the leader of a [small group\n", encoding="utf-8")
    if mode == "strict":
        code, out, err = run("diff", a, b, "--strict")
        assert code == 2 and out == b""
        assert f"{b}:1:17:" in err
    else:
        code, out, err = run("diff", a, b)
        assert (code, out) == (0, b"")  # the stray bracket is a character: the words are the same
        assert f"{b}:1:17:" in err


def test_errors_exit_2(tmp_path):
    a = tmp_path / "a.txt"
    a.write_text("x\n", encoding="utf-8")
    code, _, err = run("diff", a, tmp_path / "missing.txt")
    assert code == 2 and "cannot read" in err
    code, _, err = run("diff", a, a, "--steps", "nope")
    assert code == 2
    code, _, err = run("diff", "-", "-")
    assert code == 2


def test_each_sides_segments_are_computed_once(monkeypatch) -> None:
    # Review47: the stretches of each side were computed again at every inserted or deleted
    # word (a default argument of setdefault), so a diff of two 60,000-word witnesses took
    # 20 s. A letter with every tenth word dropped and a word added every seventh: 70 changes,
    # each side's segments computed once, and the offsets still cover the words.
    import lacuna.collate.changes as module

    words = [f"word{k}" for k in range(400)]
    a = " ".join(words) + "\n"
    b_words = [w for k, w in enumerate(words) if k % 10]
    for k in range(len(b_words) - 1, 0, -7):
        b_words.insert(k, f"added{k}")
    b = " ".join(b_words) + "\n"
    calls = []
    real = module.segments
    monkeypatch.setattr(module, "segments", lambda *args: calls.append(1) or real(*args))
    found = changes(diff(a, b))
    deleted = [c for c in found if c.kind == "delete"]
    inserted = [c for c in found if c.kind == "insert"]
    assert len(deleted) >= 30 and len(inserted) >= 30
    assert len(calls) <= 2
    assert all(a[c.a_offsets[0] : c.a_offsets[1]].strip().startswith("word") for c in deleted)
