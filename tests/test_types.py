"""Every public function of the editions rejects a wrong type with a TypeError naming the argument."""

from __future__ import annotations

import pytest

import lacuna
from lacuna import listing, render
from lacuna.spans import span_record, span_records

DOC = lacuna.parse("a [b] c")


@pytest.mark.parametrize(
    ("call", "argument"),
    [
        (lambda: render.clean(None), "doc"),
        (lambda: render.clean(DOC, rules=["x"]), "rules"),
        (lambda: render.clean(DOC, rules={"gap": 1}), "rules"),
        (lambda: render.clean(DOC, gap_mark=None), "gap_mark"),
        (lambda: render.diplomatic(b"x"), "doc"),
        (lambda: render.to_json(5), "doc"),
        (lambda: render.to_json(DOC, indent="2"), "indent"),
        (lambda: render.to_dict("a"), "doc"),
        (lambda: render.to_tei("a"), "doc"),
        (lambda: render.to_html(None), "doc"),
        (lambda: span_records("text"), "doc"),
        (lambda: span_records(DOC, page="p"), "page"),
        (lambda: span_record("[b]", None, None), "span"),
        (lambda: lacuna.parse("a [b]", conventions={}), "conventions"),
        (lambda: listing.read(None), "text"),
    ],
)
def test_wrong_types_are_named(call, argument: str) -> None:
    with pytest.raises(TypeError, match=f"argument '{argument}'"):
        call()
