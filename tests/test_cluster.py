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


def test_a_vetoed_pair_is_a_cannot_link_too():
    # 1 is a cut-off title that could be 0 or 2; 0 and 2 were vetoed (their numbers differ):
    # 1 joins the stronger, and the chain 0 - 1 - 2 is refused.
    c = cluster(["p", "q", "r"], [(7.0, 1, 2), (9.0, 0, 1)], cannot=[(2, 0)])
    assert c.labels == [0, 0, 2]
    assert c.refused == [(7.0, 1, 2)]
    # a cannot-link between members already merged elsewhere in the cluster still holds
    c = cluster(["p", "q", "r", "s"], [(9, 0, 1), (8, 2, 3), (7, 1, 2)], cannot=[(0, 3)])
    assert c.labels == [0, 0, 2, 2]
    assert c.refused == [(7.0, 1, 2)]


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


_cannot = st.lists(st.tuples(st.integers(0, 11), st.integers(0, 11)), max_size=6)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.sampled_from("pqrs"), min_size=12, max_size=12),
    _edges,
    _cannot,
    st.randoms(use_true_random=False),
)
def test_result_is_independent_of_edge_order_and_respects_cannot_links(groups, edges, cannot, rnd):
    shuffled = edges[:]
    rnd.shuffle(shuffled)
    a = cluster(groups, edges, cannot)
    b = cluster(groups, [(w, y, x) for w, x, y in shuffled], [(y, x) for x, y in reversed(cannot)])
    assert a.labels == b.labels
    for x, y in cannot:
        assert x == y or a.labels[x] != a.labels[y]
    members: dict[int, list[int]] = {}
    for i, label in enumerate(a.labels):
        members.setdefault(label, []).append(i)
    for label, nodes in members.items():
        assert label == min(nodes)
        pages = [groups[i] for i in nodes]
        assert len(pages) == len(set(pages))


def test_a_cut_title_never_joins_two_documents_of_a_series():
    from lacuna.linkage.cluster import greedy_components

    # 0 and 1: complete titles of a series (No. 5, No. 6), never compared by blocking;
    # 2: a cut-off title that matches both. It joins the stronger; the weaker merge is refused.
    out = greedy_components(
        ["p", "q", "r"],
        [(9.0, 0, 2), (8.0, 1, 2)],
        representatives=[True, True, False],
        compatible=lambda a, b: {a, b} != {0, 1},
    )
    assert out.labels == [0, 1, 0]
    assert out.refused == [(8.0, 1, 2)]
