"""The JSON edition's shortcuts give the tree's own numbers: lines and columns found by moving
forward through the text, fields shared between spans with the same inside, one node a line."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

import lacuna
from lacuna import strategies as lst
from lacuna.render import to_json


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(["", "\ufeff"]), lst.markup())
def test_lines_columns_and_fields_are_the_trees(bom: str, text: str) -> None:
    doc = lacuna.parse(bom + text)
    data = json.loads(to_json(doc))
    assert data == json.loads(to_json(doc, indent=None))
    nodes = list(doc.walk())
    assert len(data["nodes"]) == len(nodes)
    for record, (node, _) in zip(data["nodes"], nodes, strict=True):
        assert (record["line"], record["column"], record["start"]) == (node.line, node.column, node.start)


def test_one_node_a_line() -> None:
    out = to_json(lacuna.parse("a [b] c"))
    lines = out.splitlines()
    assert lines[:7] == [
        "{",
        '  "format": "lacuna-document",',
        '  "version": 1,',
        '  "file": null,',
        '  "length": 7,',
        '  "diagnostics": [],',
        '  "nodes": [',
    ]
    assert lines[7] == (
        '    {"id": 0, "parent": null, "type": "text", "category": null, "start": 0, "end": 2,'
        ' "line": 1, "column": 1, "text": "a ", "fields": null},'
    )
    assert lines[-2:] == ["  ]", "}"] and len(lines) == 13
