"""The HTML edition: one self-contained page (inline CSS and JS, nothing fetched).

The page shows the whole text with every bracket styled by category, a toggle between the
diplomatic view (the text as written) and the clean view (what :func:`lacuna.render.clean`
shows with its notes in place, ``notes="inline"``: note references are kept and link to
their notes and back), and for each span a tooltip
(``title``) and a details panel with its category, extent, quantity, unit, reason,
conjecture, label, the rule that decided it (``because``) and its source line.

Text is escaped with :func:`html.escape`. Characters HTML cannot carry (NUL, most C0
controls, lone surrogates, U+FFFE/U+FFFF) are shown as U+FFFD in a ``<span class="bad">``
whose ``title`` names the code point. Spans nested deeper than :data:`MAX_DEPTH` are shown
as plain text (brackets included), so browsers and parsers keep the whole page; the build
is iterative, so any nesting depth is safe. The output is deterministic.
"""

from __future__ import annotations

import bisect
import json
import re
from collections.abc import Callable
from html import escape
from pathlib import PurePath
from typing import Any, NamedTuple

from lacuna.ast import Document, Gloss, Span, SpanInfo
from lacuna.editorial import footnotes, reading_pieces, seam_cuts
from lacuna.errors import expect
from lacuna.render.clean import CLEAN_RULES, DEFAULT_GAP_MARK, clean_action, descend
from lacuna.render.json import quantity_json

__all__ = ["MAX_DEPTH", "to_html"]

#: The clean view's rules: the clean edition's, with the notes in place (references kept).
_VIEW_RULES = {**CLEAN_RULES, "footnote_ref": "keep"}

#: Deepest nesting of span elements written; deeper spans are shown as text.
MAX_DEPTH = 100

#: What HTML cannot carry (code point ranges: the stdlib engine scans a text twice as fast).
_BAD = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")

_LABELS = {
    "supplied": "supplied",
    "gloss": "gloss",
    "uncertain": "uncertain reading",
    "gap": "gap",
    "translator_note": "translator's note",
    "editor_note": "editor's note",
    "sic": "sic",
    "correction": "editor's correction",
    "footnote_ref": "note reference",
    "page_break": "page break",
    "other": "not editorial",
}

_CSS = """
:root{--ink:#1d1d1f;--muted:#6b6b70;--paper:#fdfcf8;--line:#d8d4c8}
*{box-sizing:border-box}
body{margin:0;font:17px/1.6 Georgia,'Times New Roman',serif;color:var(--ink);background:var(--paper)}
header{background:#f3f0e6;border-bottom:1px solid var(--line);
  padding:.6rem 1.2rem;font-family:system-ui,sans-serif;font-size:14px}
header h1{font:600 18px/1.3 system-ui,sans-serif;margin:0 0 .4rem}
.meta{color:var(--muted);margin:0 0 .4rem}
.toggle button{font:inherit;padding:.25rem .8rem;border:1px solid #8a8576;background:#fff;cursor:pointer}
.toggle button:first-child{border-radius:4px 0 0 4px}
.toggle button:last-child{border-radius:0 4px 4px 0;margin-left:-1px}
.toggle button[aria-pressed=true]{background:#3b4a6b;color:#fff;border-color:#3b4a6b}
.legend{display:inline;margin:0 0 0 1rem;padding:0}
.legend li{display:inline-block;margin:.1rem .3rem;list-style:none}
main{display:flex;gap:1.5rem;padding:1rem 1.2rem;align-items:flex-start}
#text{flex:1 1 auto;max-width:52rem;white-space:pre-line;overflow-wrap:anywhere}
aside{flex:0 0 21rem;position:sticky;top:.6rem;font:13px/1.45 system-ui,sans-serif}
.toggle{margin-bottom:.6rem}
#details{background:#fff;border:1px solid var(--line);border-radius:6px;padding:.7rem;white-space:pre-wrap;
  max-height:80vh;overflow:auto}
#details .src{display:block;margin-top:.5rem;color:var(--muted);font-family:ui-monospace,monospace}
.lc{border-radius:2px;cursor:help}
.lc:hover,.lc:focus{outline:2px solid #e0b000}
.br{color:#8a8576}
.c-supplied{color:#1f5f3a;background:#e6f2ea}
.c-gloss{color:#233f8a;background:#e8edfb;text-decoration:underline dotted}
.c-uncertain{background:#fff1d6;text-decoration:underline wavy #c07800}
.c-gap{color:#8a1f1f;background:#fbe4e4;border:1px dashed #c04040}
.c-translator_note,.c-editor_note{color:#5a3d7a;background:#f1eafa;font-size:.9em}
.c-sic,.c-correction{color:#7a5a00;background:#fbf4d0;font-style:italic}
.c-footnote_ref{vertical-align:super;font-size:.75em;color:#233f8a}
.c-page_break{color:#555;background:#eee;font-family:system-ui,sans-serif;font-size:.8em}
.c-other{background:#f0f0f0}
.bad{background:#000;color:#fff}
.filters{margin:0 0 .6rem;padding:.3rem .5rem;border:1px solid var(--line);border-radius:6px}
.filters legend{padding:0 .3rem;color:var(--muted)}
.filters label{display:inline-block;margin:.1rem .5rem .1rem 0;white-space:nowrap}
.filters .n{color:var(--muted)}
.lc.off{background:none;color:inherit;text-decoration:none;border-color:transparent;font:inherit;
  vertical-align:baseline}
.pages{margin:.3rem 0 0}
.pages a{margin-right:.7rem;color:#233f8a}
.rg-chrome,.rg-chrome .lc{color:#9a978e}
.rg-title,.rg-dateline{font-weight:bold}
.rg-summary,.rg-notes{font-style:italic}
.problems{font:13px/1.4 system-ui,sans-serif;color:#8a1f1f;padding:0 1.2rem 1rem}
.alt{display:none}
body.clean .a-drop{display:none}
body.clean .a-unwrap>.br{display:none}
body.clean .a-unwrap{background:none}
body.clean .a-mark>.dip,body.clean .a-reading>.dip{display:none}
body.clean .alt{display:inline}
body.clean .seam{display:none}
body.clean .a-keep .a-drop,body.clean .a-keep .dip,body.clean .a-keep .br{display:inline}
body.clean .a-keep .alt{display:none}
"""

_JS = """
(function(){
  var body=document.body, details=document.getElementById('details');
  var lines=JSON.parse(document.getElementById('lines').textContent);
  function show(view){
    body.classList.toggle('clean', view==='clean');
    body.classList.toggle('diplomatic', view!=='clean');
    document.querySelectorAll('.toggle button').forEach(function(b){
      b.setAttribute('aria-pressed', String(b.dataset.view===view));
    });
  }
  document.querySelectorAll('.toggle button').forEach(function(b){
    b.addEventListener('click', function(){ show(b.dataset.view); });
  });
  function describe(ev){
    var el=ev.target.closest ? ev.target.closest('.lc') : null;
    if(!el) return;
    details.textContent=el.getAttribute('title');
    var src=lines[el.dataset.line];
    if(src!==undefined){
      var s=document.createElement('span'); s.className='src';
      var col=Number(el.dataset.column)-1, from=Math.max(0,col-120), to=Math.min(src.length,col+240);
      s.textContent='line '+el.dataset.line+': '+(from>0?'…':'')+src.slice(from,to)+(to<src.length?'…':'');
      details.appendChild(s);
    }
  }
  var spans=document.querySelectorAll('#text .lc');
  document.querySelectorAll('.filters input').forEach(function(box){
    box.addEventListener('change', function(){
      var cls='c-'+box.dataset.category;
      for(var i=0;i<spans.length;i++){
        if(spans[i].classList.contains(cls)) spans[i].classList.toggle('off', !box.checked);
      }
    });
  });
  document.getElementById('text').addEventListener('mouseover', describe);
  document.getElementById('text').addEventListener('focusin', describe);
  show('diplomatic');
})();
"""


def _text(s: str) -> str:
    """Escaped text; characters HTML cannot carry become a marked U+FFFD."""
    out: list[str] = []
    pos = 0
    for m in _BAD.finditer(s):
        out.append(escape(s[pos : m.start()], quote=False))
        out.append(f'<span class="bad" title="U+{ord(m.group()):04X}">\ufffd</span>')
        pos = m.end()
    out.append(escape(s[pos:], quote=False))
    return "".join(out)


def _attr(s: str) -> str:
    return escape(_BAD.sub("\ufffd", s), quote=True)


#: The tooltip fields of a span, in order (after its label and what it glosses).
_TIP_FIELDS = ("extent", "quantity", "unit", "reason", "conjecture", "cert", "label", "correction")


def _tip_fields(info: SpanInfo) -> str:
    """The tooltip lines of ``info``'s fields and rule, each after a line break."""
    parts = [""]
    for name in _TIP_FIELDS:
        value = getattr(info, name)
        if value is None or value == "":
            continue
        if name == "quantity":
            q = quantity_json(value)
            value = "–".join(str(v) for v in q) if isinstance(q, list) else str(q)
        parts.append(f"{name}: {value}")
    if info.because:
        parts.append(f"because: {info.because}")
    return "\n".join(parts)


def _tooltip(span: Span, region: str | None = None, where: tuple[int, int] | None = None) -> str:
    """The tooltip of ``span``: its kind, what it glosses, its fields, the rule that read it, its
    region and where it stands in the source (one line each)."""
    info = span.info
    head = _LABELS.get(info.category, info.category)
    if isinstance(span, Gloss) and span.glossed:
        head += f"\nglosses: {span.glossed}"
    tail = f"\nregion: {region}" if region else ""
    line, column = where if where is not None else span.src.line_column(span.start)
    return f"{head}{_tip_fields(info)}{tail}\nsource line {line}, column {column}"


def _read_page(doc: Document) -> Any:
    try:
        from lacuna import page as page_module
    except ImportError:
        return None
    read = getattr(page_module, "read", None)
    return read(doc.text) if read is not None else None


class _Regions:
    """The page's regions (title, body, summary, notes, chrome), looked up by offset."""

    def __init__(self, page: Any) -> None:
        regions = list(getattr(page, "regions", None) or ())
        if getattr(page, "format", "unknown") == "unknown":
            regions = []
        self.starts = [r.start for r in regions]
        self.page = page
        # the last answer and the region starts around it: the offsets asked come in order,
        # so Page.region_at is asked once per region, not once per node
        self._name: str | None = None
        self._lo = self._hi = 0

    def at(self, offset: int) -> str | None:
        """The region at ``offset`` (:meth:`lacuna.pages.Page.region_at`), None off a page."""
        if not self.starts:
            return None
        if not self._lo <= offset < self._hi:
            i = bisect.bisect_right(self.starts, offset)
            self._lo = self.starts[i - 1] if i else -1
            self._hi = self.starts[i] if i < len(self.starts) else len(self.page.text)
            self._name = self.page.region_at(offset)
        return self._name

    def cuts(self, start: int, end: int) -> list[int]:
        """Region starts strictly inside ``(start, end)``."""
        if self._lo <= start and end <= self._hi:
            return []  # inside the region last asked about
        lo = bisect.bisect_right(self.starts, start)
        hi = bisect.bisect_left(self.starts, end)
        return self.starts[lo:hi]


def _lines_json(doc: Document, used: set[int], bad: bool = True) -> str:
    """The source lines that hold a span (``used``), as JSON safe inside ``<script>`` (``bad``:
    whether the text may hold characters HTML cannot carry)."""
    text = doc.text
    starts = doc.src.line_starts()
    lines = {}
    for n in sorted(used):
        start = starts[n - 1]
        end = starts[n] if n < len(starts) else len(text)
        line = text[start:end].rstrip("\r\n")
        if len(line) > 2000:
            line = line[:2000] + "…"
        lines[str(n)] = _BAD.sub("\ufffd", line) if bad else line
    data = json.dumps(lines, ensure_ascii=True, sort_keys=True)
    # no "</script>" or "<!--" can appear: the characters that could start one are escaped
    return data.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


_WS = " \t\r\n"


def _seams(doc: Document) -> list[tuple[int, int]]:
    """The runs of white space the clean view's reading cuts, as ``(start, end)`` offsets, in order.

    The reading of :func:`lacuna.editorial.reading_pieces` under the view's rules: the white
    space :func:`lacuna.editorial.seam_cuts` cuts from its source pieces (the offsets the
    ``brackets`` step of :mod:`lacuna.normalize` deletes). (The white space the reading skips
    inside an uncertain reading read through its children is shown as its question marks are.)
    """
    pieces, shown = reading_pieces(doc, _VIEW_RULES)
    out = []
    cuts = seam_cuts([pieces[k][2] if k >= 0 else None for k in shown])
    for j, (head, tail) in cuts.items():
        a0, a1, piece, source = pieces[shown[j]]
        tail = min(tail, len(piece) - head)  # a piece that is all white space goes once
        if source:
            out.extend(r for r in ((a0, a0 + head), (a1 - tail, a1)) if r[0] < r[1])
    out.sort()
    return out


def _escaper(text: str, bad: bool) -> Callable[[str], str]:
    """How pieces of ``text`` are escaped: :func:`_text`; :func:`html.escape` when it holds nothing
    HTML cannot carry (not ``bad``); ``str`` (nothing to do) when it has no ``&``, ``<`` or ``>``."""
    if bad:
        return _text
    if "&" in text or "<" in text or ">" in text:
        return lambda s: escape(s, quote=False)
    return str


_OPENER = '<span class="br">[</span>'
_CLOSER = '<span class="br">]</span>'


class _SpanStyle(NamedTuple):
    """What a span's rendering takes from its reading (shared by spans with one ``SpanInfo``)."""

    action: str
    classes: str  # the element's class attribute
    label: str  # the tooltip's first line, escaped
    fields: str  # the tooltip's field lines, escaped


def _style(span: Span) -> _SpanStyle:
    info = span.info
    action = clean_action(span, _VIEW_RULES)
    classes = f"lc c-{_attr(info.category)} a-{action}"
    label = _attr(_LABELS.get(info.category, info.category))
    return _SpanStyle(action, classes, label, _attr(_tip_fields(info)))


def _body(
    doc: Document,
    regions: _Regions,
    used: set[int],
    pages: list[tuple[str, str]],
    counts: dict[str, int],
    bad: bool = True,
) -> str:
    """The text as HTML; the lines that hold a span are added to ``used``, each page break
    written (its anchor and label) to ``pages``, and each span counted in ``counts`` by category
    (``bad``: whether the text may hold characters HTML cannot carry).

    One walk of the tree writing a list of pieces; what depends only on a span's reading (its
    action, classes, tooltip fields) is worked out once per shared ``SpanInfo``.
    """
    text = doc.text
    esc = _escaper(text, bad)
    out: list[str] = []
    append = out.append
    closers: list[str] = []
    current: str | None = None  # the open region wrapper (top level only)
    has_regions = bool(regions.starts)
    line_starts = doc.src.line_starts().tolist()
    where = bisect.bisect_right
    bom = 1 if text.startswith("\ufeff") else 0
    styles: dict[int, _SpanStyle] = {}  # id(SpanInfo) -> its style
    region_tips: dict[str | None, str] = {None: ""}

    def enter_region(offset: int) -> None:
        nonlocal current
        name = regions.at(offset)
        if name != current:
            if current is not None:
                append("</span>")
            if name is not None:
                append(f'<span class="rg rg-{_attr(name)}" data-region="{_attr(name)}">')
            current = name

    notes = footnotes(doc)
    referenced: set[str] = set()  # notes whose first reference has its id
    first_refs = {}
    for span_id, target in notes.targets.items():
        first_refs.setdefault(target, span_id)

    def links(span: Span) -> tuple[str, str]:
        """The element and link attributes of a note reference or label (``span``, none)."""
        note = notes.by_label.get(id(span))
        if note is not None and note.ident is not None:
            back = f' href="#ref-{note.ident}"' if note.ident in first_refs else ""
            return "a", f' id="{note.ident}"{back}'
        target = notes.targets.get(id(span))
        if target is None:
            return "span", ""
        anchor = ""
        if first_refs.get(target) == id(span) and target not in referenced:
            referenced.add(target)
            anchor = f' id="ref-{target}"'
        return "a", f' href="#{target}"{anchor}'

    # the white space the clean reading joins where a span was dropped (a note on a line of
    # its own leaves no blank lines): hidden in the clean view
    seams = _seams(doc)
    seam_at = 0  # the first seam that may reach past the text written so far
    no_seam = len(text) + 1  # text before this offset holds no seam
    seam_before = seams[0][0] if seams else no_seam

    def plain(a: int, b: int) -> None:
        """Source text ``[a, b)``, its seam white space marked (called in text order)."""
        nonlocal seam_at, seam_before
        while seam_at < len(seams) and seams[seam_at][1] <= a:
            seam_at += 1
        seam_before = seams[seam_at][0] if seam_at < len(seams) else no_seam
        i = seam_at
        while a < b:
            while i < len(seams) and seams[i][1] <= a:
                i += 1
            if i >= len(seams) or seams[i][0] >= b:
                append(esc(text[a:b]))
                return
            s, e = max(seams[i][0], a), min(seams[i][1], b)
            if a < s:
                append(esc(text[a:s]))
            append(f'<span class="seam">{esc(text[s:e])}</span>')
            a = e

    def pruned(span: Span) -> bool:
        return len(closers) >= MAX_DEPTH

    clips: list[tuple[int, int] | None] = []  # per open span: its reading range, if read through
    for node, entering in doc.events(prune=pruned):
        if not isinstance(node, Span):
            clip = clips[-1] if clips else None
            if clip is not None:
                # an uncertain reading read through its children: its question marks are
                # hidden in the clean view like brackets
                a, b = node.start, node.end
                lo, hi = max(a, clip[0]), max(min(b, clip[1]), max(a, clip[0]))
                if a < lo:
                    append(f'<span class="br">{esc(text[a:lo])}</span>')
                if lo < hi:
                    plain(lo, hi)
                if hi < b:
                    append(f'<span class="br">{esc(text[hi:b])}</span>')
            elif closers or not has_regions:
                if node.end <= seam_before:
                    append(esc(text[node.start : node.end]))
                else:
                    plain(node.start, node.end)
            else:
                a = node.start
                for b in (*regions.cuts(node.start, node.end), node.end):
                    enter_region(a)
                    if b <= seam_before:
                        append(esc(text[a:b]))
                    else:
                        plain(a, b)
                    a = b
            continue
        if not entering:
            append(closers.pop())
            clips.pop()
            continue
        start = node.start
        if not closers and has_regions:
            enter_region(start)
        if len(closers) >= MAX_DEPTH:
            _count(node, counts)
            append(esc(node.text))
            continue
        info = node.info
        category = info.category
        counts[category] = counts.get(category, 0) + 1
        style = styles.get(id(info))
        if style is None:
            style = styles[id(info)] = _style(node)
        action, classes = style.action, style.classes
        clip = descend(node, _VIEW_RULES, action) if action == "reading" else None
        if clip is not None:
            action = "unwrap"  # shown through its children, as lacuna.render.clean reads it
            classes = classes.rpartition(" ")[0] + " a-unwrap"
        clips.append(clip)
        line = where(line_starts, start)
        column = start - line_starts[line - 1] + 1 - (bom if line == 1 and start else 0)
        used.add(line)
        region = regions.at(start)
        region_tip = region_tips.get(region)
        if region_tip is None:
            region_tip = region_tips[region] = _attr(f"\nregion: {region}") if region else ""
        glossed = ""
        if isinstance(node, Gloss) and node.glossed:
            glossed = _attr(f"\nglosses: {node.glossed}")
        tag, link = "span", ""
        if category == "footnote_ref":  # a note's label and its references link to each other
            tag, link = links(node)
        elif category == "page_break":  # an anchor for the page navigation, shown in both views
            anchor = f"page-{len(pages) + 1}"
            pages.append((anchor, node.text[1:-1].strip()[:60] or f"page {len(pages) + 1}"))
            append(f'<span class="pb" id="{anchor}"></span>')
        append(
            f'<{tag} class="{classes}"{link} tabindex="0" title="{style.label}{glossed}{style.fields}'
            f'{region_tip}\nsource line {line}, column {column}" data-line="{line}" data-column="{column}">'
        )
        if action == "mark":
            append(f'<span class="dip">{_OPENER}')
            closers.append(f'{_CLOSER}</span><span class="alt">{esc(DEFAULT_GAP_MARK)}</span></{tag}>')
        elif action == "reading":
            append(f'<span class="dip">{_OPENER}')
            closers.append(f'{_CLOSER}</span><span class="alt">{esc(node.shown_reading)}</span></{tag}>')
        else:
            append(_OPENER)
            closers.append(f"{_CLOSER}</{tag}>")
    if current is not None:
        append("</span>")
    return "".join(out)


def _count(span: Span, counts: dict[str, int]) -> None:
    """Count ``span`` and the spans inside it in ``counts`` (by category; iterative)."""
    stack = [span]
    while stack:
        node = stack.pop()
        counts[node.category] = counts.get(node.category, 0) + 1
        stack.extend(c for c in node.children if isinstance(c, Span))


def to_html(doc: Document) -> str:
    """The document as one self-contained HTML page (see the module docstring)."""
    expect(doc, Document, "to_html", "doc")
    file_name = PurePath(doc.name).name if doc.name else None
    page = _read_page(doc)
    title = getattr(page, "title", None) or file_name or "Untitled document"
    used: set[int] = set()
    pages: list[tuple[str, str]] = []
    counts: dict[str, int] = {}
    bad = _BAD.search(doc.text) is not None
    body = _body(doc, _Regions(page), used, pages, counts, bad)
    legend = "".join(
        f'<li><span class="lc c-{_attr(cat)}">{_text(_LABELS.get(cat, cat))}</span> {counts[cat]}</li>'
        for cat in sorted(counts)
    )
    meta = f"{_text(file_name or 'text')} · {sum(counts.values())} bracketed spans"
    filters = "".join(
        f'<label><input type="checkbox" data-category="{_attr(cat)}" id="show-{_attr(cat)}" checked>'
        f' {_text(_LABELS.get(cat, cat))} <span class="n">{counts[cat]}</span></label>'
        for cat in sorted(counts)
    )
    if filters:
        filters = f'<fieldset class="filters"><legend>Highlight</legend>{filters}</fieldset>\n'
    nav = ""
    if pages:
        nav = (
            '<nav class="pages" aria-label="Pages">'
            + "".join(f'<a href="#{anchor}">{_text(label)}</a>' for anchor, label in pages)
            + "</nav>\n"
        )
    problems = ""
    if doc.diagnostics:
        items = "".join(f"<li>{_text(d.format())}</li>" for d in doc.diagnostics[:200])
        problems = f'<section class="problems"><h2>Markup problems</h2><ul>{items}</ul></section>'
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="generator" content="lacuna">\n'
        f"<title>{_text(title)}</title>\n<style>{_CSS}</style>\n</head>\n"
        '<body class="diplomatic">\n<header>\n'
        f"<h1>{_text(title)}</h1>\n"
        f'<div class="meta">{meta}<ul class="legend">{legend}</ul></div>\n{nav}</header>\n'
        f'<main>\n<div id="text" lang="en">{body}</div>\n<aside>\n'
        '<div class="toggle" role="group" aria-label="View">'
        '<button type="button" id="view-diplomatic" data-view="diplomatic" aria-pressed="true">'
        "Diplomatic</button>"
        '<button type="button" id="view-clean" data-view="clean" aria-pressed="false">Clean</button>'
        f"</div>\n{filters}"
        '<div id="details" aria-live="polite">Point at a bracket to see what it says.</div>\n</aside>\n'
        f"</main>\n{problems}"
        f'<script type="application/json" id="lines">{_lines_json(doc, used, bad)}</script>\n'
        f"<script>{_JS}</script>\n</body>\n</html>\n"
    )
