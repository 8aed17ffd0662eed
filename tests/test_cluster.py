"""Constrained clustering: descending weights, cannot-links, stable ids, order independence."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from lacuna.cluster import cluster


def test_cannot_link_refuses_the_weaker_merge():
    # 0 and 2 are on page "p"; 1 on "q". 0-1 is stronger, so 1-2 is refused.
    c = cluster(["p", "q", "p"], [(8.0, 1, 2), (9.0, 0, 1)])
    assert c.labels == [0, 0, 2]
    assert c.refused == [(8.0, 1, 2)]
    assert c.count == 2


def test_chain_through_a_third_page_is_refused():
    # 0 (p) - 1 (q) - 2 (r) - 3 (p): the last merge would put 0 and 3 together.
    c = cluster(["p", "q", "r", "p"], [(10, 0, 1), (9, 1, 2), (8, 2, 3)])
    assert c.labels == [0, 0, 0, 3]
    assert c.refused == [(8.0, 2, 3)]


def test_cluster_id_is_the_lowest_member():
    c = cluster(["a", "b", "c", "d"], [(5, 3, 2), (5, 2, 1)])
    assert c.labels == [0, 1, 1, 1]


def test_equal_weights_break_ties_by_node_order():
    # Both edges weigh the same; (0, 1) comes first, so 2 cannot join.
    c = cluster(["p", "q", "p"], [(7, 2, 1), (7, 0, 1)])
    assert c.labels == [0, 0, 2]


_edges = st.lists(
    st.tuples(st.integers(0, 20).map(float), st.integers(0, 11), st.integers(0, 11)).filter(
        lambda e: e[1] != e[2]
    ),
    max_size=40,
)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from("pqrs"), min_size=12, max_size=12), _edges, st.randoms(use_true_random=False))
def test_result_is_independent_of_edge_order_and_respects_cannot_links(groups, edges, rnd):
    shuffled = edges[:]
    rnd.shuffle(shuffled)
    a = cluster(groups, edges)
    b = cluster(groups, [(w, y, x) for w, x, y in shuffled])
    assert a.labels == b.labels
    members: dict[int, list[int]] = {}
    for i, label in enumerate(a.labels):
        members.setdefault(label, []).append(i)
    for label, nodes in members.items():
        assert label == min(nodes)
        pages = [groups[i] for i in nodes]
        assert len(pages) == len(set(pages))
