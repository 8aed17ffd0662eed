"""A static edition site of a corpus: plain files, no server, nothing fetched.

:func:`build_site` writes, into one folder:

* ``index.html``: the corpus index: each document with its lacunae figures (gaps, words
  missing, uncertain share, problems) in a sortable table and an inline SVG chart, and a
  full-text search over the documents' clean text (the index is JSON inside the page; plain JS);
* ``documents/NAME.html``: each document's HTML edition (:func:`lacuna.render.html.to_html`:
  diplomatic/clean toggle, a details panel per bracket) with a bar linking the index and the
  previous and next documents;
* ``listings.html``: the listing pages' entries grouped into documents, duplicates first;
* ``collations/NAME.html``: for each text the corpus holds in several witnesses (documents
  whose pages give the same title or record ID), the witnesses aligned word by word.

Listing pages are told from documents by :func:`lacuna.page.read` (format ``listing``).
Everything is escaped; the output is deterministic (no dates, no random names).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from html import escape
from pathlib import Path

import regex

from lacuna import page as page_module
from lacuna.ast import Document
from lacuna.lacunae import analyse
from lacuna.listing import Listing
from lacuna.render.clean import clean
from lacuna.render.html import to_html
from lacuna.site.assets import INDEX_JS, SITE_CSS, SORT_JS

__all__ = ["SiteDocument", "build_site"]

_BAD = regex.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_SPACE = regex.compile(r"\s+")


def _esc(text: object) -> str:
    """Escaped text; characters HTML cannot carry (lone surrogates, NUL, ...) become U+FFFD."""
    return escape(_BAD.sub("\ufffd", str(text)), quote=True)


def _script_json(data: object) -> str:
    """JSON safe inside ``<script>``: no ``</script>`` or ``<!--`` can appear."""
    text = json.dumps(data, ensure_ascii=True, sort_keys=True, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


@dataclass(frozen=True)
class SiteDocument:
    """One document of the site: its page file name, title and lacunae figures."""

    doc: Document
    name: str  # the input's name, as given
    file: str  # documents/STEM.html
    title: str
    key: str | None  # what makes two documents witnesses of one text (title or record ID)
    spans: int
    gaps: int
    notes: int
    uncertain: int
    missing_words: int
    uncertain_share: float
    problems: int


def _site_document(doc: Document, name: str, file: str) -> SiteDocument:
    page = page_module.read(doc.text)
    title = page.title or Path(name).name
    key = None
    if page.record_id:
        key = f"record {page.record_id}"
    elif page.title:
        key = _SPACE.sub(" ", page.title).strip().casefold()
    totals = analyse(doc).totals
    return SiteDocument(
        doc=doc,
        name=name,
        file=file,
        title=title,
        key=key,
        spans=sum(1 for _ in doc.spans()),
        gaps=int(totals["gaps"]),
        notes=int(totals["notes"]),
        uncertain=int(totals["uncertain"]),
        missing_words=int(totals["missing_words"]),
        uncertain_share=float(totals["uncertain_share"]),
        problems=len(doc.diagnostics),
    )


def _page(title: str, body: str, *, root: str = "", script: str = "") -> str:
    nav = (
        f'<nav class="site"><a href="{root}index.html">Index</a>'
        f'<a href="{root}listings.html">Listings</a></nav>'
    )
    js = f"<script>{script}</script>\n" if script else ""
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="generator" content="lacuna site">\n'
        f"<title>{_esc(title)}</title>\n<style>{SITE_CSS}</style>\n</head>\n"
        f'<body>\n{nav}\n<main class="site">\n<h1>{_esc(title)}</h1>\n{body}</main>\n{js}</body>\n</html>\n'
    )


_BODY_TAG = regex.compile(r"<body[^>]*>")


def _document_page(item: SiteDocument, prev: SiteDocument | None, nxt: SiteDocument | None) -> str:
    """The HTML edition with a site bar: back to the index, the previous and next documents."""
    links = ['<a href="../index.html" id="site-index">Index</a>']
    if prev is not None:
        links.append(f'<a href="../{_esc(prev.file)}" id="site-prev" rel="prev">← {_esc(prev.title)}</a>')
    if nxt is not None:
        links.append(f'<a href="../{_esc(nxt.file)}" id="site-next" rel="next">{_esc(nxt.title)} →</a>')
    bar = (
        '<nav class="site-bar" style="font:14px/1.4 system-ui,sans-serif;padding:.4rem 1.2rem;'
        'background:#3b4a6b;display:flex;gap:1.2rem;flex-wrap:wrap">'
        + "".join(links).replace("<a ", '<a style="color:#fff" ')
        + "</nav>"
    )
    html = to_html(item.doc)
    m = _BODY_TAG.search(html)
    if m is None:  # not the page shape expected: the bar first, the edition unchanged after it
        return bar + html
    return html[: m.end()] + "\n" + bar + html[m.end() :]


def _chart(items: Sequence[SiteDocument]) -> str:
    """Words missing per document as horizontal bars (inline SVG, no script)."""
    if not items:
        return ""
    top = max(1, *(i.missing_words for i in items))
    row, label_w, bar_w = 22, 300, 420
    height = row * len(items) + 24
    parts = [
        f'<svg id="chart" role="img" aria-label="words missing per document" width="{label_w + bar_w + 80}" '
        f'height="{height}" viewBox="0 0 {label_w + bar_w + 80} {height}" xmlns="http://www.w3.org/2000/svg">'
    ]
    for k, item in enumerate(items):
        y = 12 + k * row
        w = round(bar_w * item.missing_words / top, 1)
        name = Path(item.name).name  # the file: titles of witnesses are alike
        label = name if len(name) <= 40 else name[:39] + "…"
        parts.append(
            f'<text x="{label_w - 6}" y="{y + 14}" text-anchor="end">{_esc(label)}</text>'
            f'<rect x="{label_w}" y="{y + 3}" width="{w}" height="{row - 6}" class="bar">'
            f"<title>{_esc(item.title)}: about {item.missing_words} words missing, "
            f"{item.gaps} gaps</title></rect>"
            f'<text x="{label_w + w + 6}" y="{y + 14}">{item.missing_words}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def _index(items: Sequence[SiteDocument], collations: Sequence[tuple[str, str]], listing_pages: int) -> str:
    rows = []
    for item in items:
        rows.append(
            "<tr>"
            f'<td data-value="{_esc(item.title.casefold())}">'
            f'<a href="{_esc(item.file)}">{_esc(item.title)}</a>'
            f'<div class="file">{_esc(item.name)}</div></td>'
            f'<td data-value="{item.spans}">{item.spans}</td>'
            f'<td data-value="{item.gaps}">{item.gaps}</td>'
            f'<td data-value="{item.missing_words}">{item.missing_words}</td>'
            f'<td data-value="{item.uncertain_share:.6f}">{item.uncertain_share:.1%}</td>'
            f'<td data-value="{item.problems}">{item.problems}</td>'
            "</tr>"
        )
    headers = "".join(
        f'<th scope="col" data-type="{kind}"><button type="button">{name}</button></th>'
        for name, kind in [
            ("Document", "text"),
            ("Spans", "number"),
            ("Gaps", "number"),
            ("Words missing", "number"),
            ("Uncertain", "number"),
            ("Problems", "number"),
        ]
    )
    search_index = [[k, line] for k, item in enumerate(items) for line in _lines(clean(item.doc))]
    docs_json = [[item.file, item.title] for item in items]
    collation_list = "".join(f'<li><a href="{_esc(f)}">{_esc(t)}</a></li>' for f, t in collations)
    body = (
        f'<p class="meta">{len(items)} documents, {listing_pages} listing pages '
        f'(<a href="listings.html">their documents and duplicates</a>).</p>\n'
        '<section id="search-section"><h2>Search the clean text</h2>'
        '<input id="search" type="search" placeholder="words to find" autocomplete="off" aria-label="search">'
        '<p id="search-count" class="meta"></p><ol id="results"></ol></section>\n'
        f'<section><h2>Documents</h2><table id="documents"><thead><tr>{headers}</tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table></section>\n"
        f"<section><h2>Words missing</h2>{_chart(items)}</section>\n"
        + (
            f"<section><h2>Collations</h2><ul id='collations'>{collation_list}</ul></section>\n"
            if collations
            else ""
        )
        + f'<script type="application/json" id="search-docs">{_script_json(docs_json)}</script>\n'
        f'<script type="application/json" id="search-index">{_script_json(search_index)}</script>\n'
    )
    return _page("Corpus", body, script=SORT_JS + INDEX_JS)


def _lines(text: str) -> list[str]:
    """The non-blank lines of a clean text, white space runs made one space (the search's units)."""
    out = []
    for line in text.splitlines():
        line = _SPACE.sub(" ", _BAD.sub("\ufffd", line)).strip()
        if line:
            out.append(line)
    return out


def _listings_page(pages: Sequence[Listing]) -> str:
    if not pages:
        return _page("Listings", "<p>No listing pages in this corpus.</p>\n", script="")
    from lacuna.cluster import documents
    from lacuna.match import DEFAULT_MODEL, match

    entries = [e for page in pages for e in page]
    docs = documents(match(entries, DEFAULT_MODEL))
    groups: dict[str, list[int]] = {}
    for i, cluster in enumerate(docs.cluster):
        groups.setdefault(cluster, []).append(i)
    ordered = sorted(groups.values(), key=lambda g: (-len(g), g[0]))
    blocks = []
    for group in ordered:
        first = docs.entries[group[0]]
        date = first.date.iso if first.date is not None else (first.date_text or "undated")
        items = "".join(
            f"<li><span class='where'>{_esc(docs.entries[i].source)}:{docs.entries[i].line}</span> "
            f"{_esc(docs.entries[i].title)}</li>"
            for i in group
        )
        cls = "dup" if len(group) > 1 else "single"
        blocks.append(
            f'<li class="{cls}"><b>{_esc(date)}</b> {_esc(first.title)}'
            f"{f' <em>({len(group)} listings)</em>' if len(group) > 1 else ''}<ul>{items}</ul></li>"
        )
    page_list = "".join(f"<li>{_esc(p.source)}: {len(p)} entries</li>" for p in pages)
    body = (
        f'<p class="meta">{len(entries)} entries on {len(pages)} pages: {docs.count} documents, '
        f"{docs.duplicates} cross-page duplicates.</p>\n<ul>{page_list}</ul>\n"
        f'<h2>Documents</h2><ol id="listing-documents">{"".join(blocks)}</ol>\n'
    )
    return _page("Listings", body)


def _collation_page(title: str, witnesses: Sequence[SiteDocument]) -> str:
    from lacuna.collate import collate

    al = collate([w.doc for w in witnesses], sigla=[w.name for w in witnesses])
    head = "".join(f"<th>{_esc(s)}</th>" for s in al.sigla)
    rows = []
    for col in al.columns:
        cells = "".join(f"<td>{_esc(r.text)}</td>" for r in col.readings)
        rows.append(f'<tr class="{"var" if col.variant else "same"}">{cells}</tr>')
    variants = len(al.variants())
    links = ", ".join(f'<a href="../{_esc(w.file)}">{_esc(w.name)}</a>' for w in witnesses)
    body = (
        f'<p class="meta">{len(witnesses)} witnesses, {variants} places where they differ (marked). '
        f"Witnesses: {links}</p>\n"
        f'<table class="collation"><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table>\n'
    )
    return _page(f"Collation: {title}", body, root="../")


def _stem_names(names: Iterable[str], directory: str) -> list[str]:
    taken: set[str] = set()
    out = []
    for name in names:
        stem = regex.sub(r"[^\w.-]+", "-", Path(name).stem).strip("-") or "document"
        k, candidate = 1, stem
        while candidate.casefold() in taken:
            k += 1
            candidate = f"{stem}-{k}"
        taken.add(candidate.casefold())
        out.append(f"{directory}/{candidate}.html")
    return out


def build_site(
    documents: Sequence[tuple[str, Document]],
    listings: Sequence[Listing],
    out_dir: str | Path,
    *,
    tick: Callable[[], None] | None = None,
) -> list[Path]:
    """Write the site of ``documents`` (name, parsed document) and ``listings`` into ``out_dir``.

    Returns the files written, in the order written. ``tick`` is called once per document
    page (a progress bar's update).
    """
    out = Path(out_dir)
    (out / "documents").mkdir(parents=True, exist_ok=True)
    files = _stem_names([name for name, _ in documents], "documents")
    items = [_site_document(doc, name, f) for (name, doc), f in zip(documents, files, strict=True)]
    written: list[Path] = []

    def put(rel: str, html: str) -> None:
        path = out / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(html, encoding="utf-8")
        written.append(path)

    for k, item in enumerate(items):
        prev = items[k - 1] if k > 0 else None
        nxt = items[k + 1] if k + 1 < len(items) else None
        put(item.file, _document_page(item, prev, nxt))
        if tick is not None:
            tick()
    groups: dict[str, list[SiteDocument]] = {}
    for item in items:
        if item.key is not None:
            groups.setdefault(item.key, []).append(item)
    collations = []
    witness_groups = [g for g in groups.values() if len(g) > 1]
    names = _stem_names([g[0].name for g in witness_groups], "collations")
    for group, rel in zip(witness_groups, names, strict=True):
        put(rel, _collation_page(group[0].title, group))
        collations.append((rel, f"{group[0].title} ({len(group)} witnesses)"))
    put("listings.html", _listings_page(listings))
    put("index.html", _index(items, collations, len(listings)))
    return written
