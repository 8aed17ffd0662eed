"""bench/site_check.py: the per-site fixes and breaks of a candidate conventions file on dev,
and the discipline's verdict (fixes on three sites with the learned rule off, no break), on
real dev pages."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

# the Blount Report's page on the University of Hawaii's library site: its navigation bar
HAWAII = "https://libweb.hawaii.edu/digicoll/annexation/blount/br0219.php"
# the Mossadegh Project's copy of Henderson's telegram of 23 August 1953: "I saw him [at] six
# o’clock this evening" (a word the editor supplied)
MOSSADEGH = "https://mohammadmossadegh.com/news/us-state-department/loy-henderson/august-23-1953/"

NAVIGATION = """
[[rules.inside]]
name = "page_turn_links"
before_rule = "listed"
match = '(?:next|previous)\\spage|view\\sin\\sms\\sword'
category = "other"
because = "a web page's links to the pages before and after it"
"""

# e-mail obfuscation ("john [at] example [dot] com"): "[at]" before a word and "[dot]" only
MAIL = """
[[rules.context]]
name = "mail_at"
before_rule = "function_word"
inside = '(?-i:\\A(?:at|dot)\\Z)'
before = '[\\w.-]\\s?'
after = '\\s?[\\w-]+\\s?\\[dot\\]|\\s?(?:com|org|net|edu)\\b'
category = "other"
because = "an e-mail address written with words for its signs"
"""

# too wide: every "[at]" read as the sign of an e-mail address
EVERY_AT = """
[[rules.inside]]
name = "every_at"
before_rule = "listed"
match = 'at'
category = "other"
because = "an e-mail address's sign"
"""


def _check(tmp_path: Path, text: str) -> tuple[object, object, list[str]]:
    import site_check

    path = tmp_path / "candidate.toml"
    path.write_text(text, encoding="utf-8")
    pages = {HAWAII, MOSSADEGH}
    changes = []
    for learned in (False, True):
        before = site_check.read_dev(site_check.conventions(learned=learned), pages)
        after = site_check.read_dev(site_check.conventions(path, learned=learned), pages)
        changes.append(site_check.compare(before, after))
    return changes[0], changes[1], site_check.check(path, pages)


def test_a_candidate_fixing_one_site_does_not_pass(tmp_path):
    import site_check

    off, on, lines = _check(tmp_path, NAVIGATION)
    assert set(off.fixed) == {"hawaii.edu"}
    # ("[Previous Page]" is read right without it: the shipped rule page_furniture, web46)
    assert [p.label["text"] for p in off.fixed["hawaii.edu"]] == [
        "[ View in MS Word]",
        "[Next Page]",
    ]
    assert not off.broken and not on.broken
    assert not site_check.passes(off, on)
    assert site_check.passes(off, on, least=1)
    assert lines[-1].startswith("== does not pass")


def test_a_site_looked_up_in_the_table_is_no_break(tmp_path):
    # the table looks each fixed site up among the breaks too: an empty entry is no break, and
    # the table's own verdict agrees with passes (the Blount Report's navigation, one site)
    import site_check

    off, on, lines = _check(tmp_path, NAVIGATION)
    assert off.broken["hawaii.edu"] == [] and on.broken["hawaii.edu"] == []
    assert site_check.passes(off, on, least=1)
    assert "fixes on 1 sites, breaks on 0" in lines[0]
    # the table's verdict with one site asked for: the same candidate passes
    assert site_check.check(tmp_path / "candidate.toml", {HAWAII, MOSSADEGH}, least=1)[-1].startswith(
        "== passes: fixes on at least 1 sites"
    )


def test_a_near_miss_is_left_alone(tmp_path):
    # "I saw him [at] six o’clock": no address after it, the supplied word stays supplied
    off, on, _ = _check(tmp_path, MAIL)
    assert not off.fixed and not off.broken and not on.broken


def test_a_break_is_counted_on_its_site(tmp_path):
    import site_check

    off, on, _ = _check(tmp_path, EVERY_AT)
    assert [(p.label["text"], now) for p, now in off.broken["mohammadmossadegh.com"]] == [("[at]", "other")]
    assert on.broken["mohammadmossadegh.com"]
    assert not site_check.passes(off, on, least=0)


def test_misses_by_site_lists_both_ways(tmp_path):
    import site_check

    part = site_check.read_dev(site_check.conventions(learned=False), {HAWAII})
    lines = site_check.misses_by_site(part, {"other"}, "other")
    # the navigation links the shipped rules read as something else; a page of another kind of
    # site than asked for is left out
    assert lines[0].endswith("on 1 sites")
    assert any("'[Next Page]' other -> page_break" in line for line in lines)
    assert site_check.misses_by_site(part, {"supplied"}, "core") == ["== 0 wrong spans on 0 sites"]
