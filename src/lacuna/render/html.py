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
import itertools
import json
from html import escape
from pathlib import PurePath
from typing import Any

import regex

from lacuna.ast import Document, Gloss, Span
from lacuna.editorial import footnotes
from lacuna.errors import expect
from lacuna.render.clean import CLEAN_RULES, DEFAULT_GAP_MARK, clean_action, descend
from lacuna.render.json import quantity_json

__all__ = ["MAX_DEPTH", "to_html"]

#: The clean view's rules: the clean edition's, with the notes in place (references kept).
_VIEW_RULES = {**CLEAN_RULES, "footnote_ref": "keep"}

#: Deepest nesting of span elements written; deeper spans are shown as text.
MAX_DEPTH = 100

_BAD = regex.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_BREAK = regex.compile(r"\r\n?|\n")

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


def _tooltip(span: Span, region: str | None = None, where: tuple[int, int] | None = None) -> str:
    info = span.info
    parts = [_LABELS.get(info.category, info.category)]
    if isinstance(span, Gloss) and span.glossed:
        parts.append(f"glosses: {span.glossed}")
    for name in ("extent", "quantity", "unit", "reason", "conjecture", "cert", "label", "correction"):
        value = getattr(info, name)
        if value is None or value == "":
            continue
        if name == "quantity":
            q = quantity_json(value)
            value = "–".join(str(v) for v in q) if isinstance(q, list) else str(q)
        parts.append(f"{name}: {value}")
    if info.because:
        parts.append(f"because: {info.because}")
    if region:
        parts.append(f"region: {region}")
    line, column = where if where is not None else span.src.line_column(span.start)
    parts.append(f"source line {line}, column {column}")
    return "\n".join(parts)


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

    def at(self, offset: int) -> str | None:
        """The region at ``offset`` (:meth:`lacuna.pages.Page.region_at`), None off a page."""
        return self.page.region_at(offset) if self.starts else None

    def cuts(self, start: int, end: int) -> list[int]:
        """Region starts strictly inside ``(start, end)``."""
        lo = bisect.bisect_right(self.starts, start)
        hi = bisect.bisect_left(self.starts, end)
        return self.starts[lo:hi]


def _lines_json(doc: Document, used: set[int]) -> str:
    """The source lines that hold a span (``used``), as JSON safe inside ``<script>``."""
    text = doc.text
    starts = [0] + [m.end() for m in _BREAK.finditer(text)]
    wanted = sorted(used)
    lines = {}
    for n in wanted:
        start = starts[n - 1]
        end = starts[n] if n < len(starts) else len(text)
        line = text[start:end].rstrip("\r\n")
        if len(line) > 2000:
            line = line[:2000] + "…"
        lines[str(n)] = _BAD.sub("\ufffd", line)
    data = json.dumps(lines, ensure_ascii=True, sort_keys=True)
    # no "</script>" or "<!--" can appear: the characters that could start one are escaped
    return data.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


_WS = " \t\r\n"


def _seams(doc: Document) -> list[tuple[int, int]]:
    """The runs of white space the clean view's reading cuts, as ``(start, end)`` offsets."""
    from lacuna.normalize.steps import Options, brackets

    text = doc.text
    _, blocks = brackets(text, Options(document=doc, bracket_rules=_VIEW_RULES))
    return [(a0, a1) for a0, a1, b0, b1 in blocks if b0 == b1 < b1 + a1 - a0 and not text[a0:a1].strip(_WS)]


def _body(doc: Document, regions: _Regions, used: set[int], pages: list[tuple[str, str]]) -> str:
    """The text as HTML; the lines that hold a span are added to ``used``, and each page break
    written (its anchor and label) to ``pages``."""
    text = doc.text
    out: list[str] = []
    closers: list[str] = []
    current: list[str | None] = [None]  # the open region wrapper (top level only)

    def enter_region(offset: int) -> None:
        name = regions.at(offset)
        if name != current[0]:
            if current[0] is not None:
                out.append("</span>")
            if name is not None:
                out.append(f'<span class="rg rg-{_attr(name)}" data-region="{_attr(name)}">')
            current[0] = name

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
    seam_starts = [a for a, _ in seams]

    def plain(a: int, b: int) -> None:
        """Source text ``[a, b)``, its seam white space marked."""
        i = max(bisect.bisect_right(seam_starts, a) - 1, 0)
        while a < b:
            while i < len(seams) and seams[i][1] <= a:
                i += 1
            if i >= len(seams) or seams[i][0] >= b:
                out.append(_text(text[a:b]))
                return
            s, e = max(seams[i][0], a), min(seams[i][1], b)
            if a < s:
                out.append(_text(text[a:s]))
            out.append(f'<span class="seam">{_text(text[s:e])}</span>')
            a = e

    clips: list[tuple[int, int] | None] = []  # per open span: its reading range, if read through
    for node, entering in doc.events(prune=lambda span: len(closers) >= MAX_DEPTH):
        if not isinstance(node, Span):
            clip = clips[-1] if clips else None
            if clip is not None:
                # an uncertain reading read through its children: its question marks are
                # hidden in the clean view like brackets
                a, b = node.start, node.end
                lo, hi = max(a, clip[0]), max(min(b, clip[1]), max(a, clip[0]))
                for x, y, cls in ((a, lo, "br"), (lo, hi, None), (hi, b, "br")):
                    if x < y:
                        if cls is None:
                            plain(x, y)
                        else:
                            out.append(f'<span class="{cls}">{_text(text[x:y])}</span>')
                continue
            if closers or not regions.starts:
                plain(node.start, node.end)
                continue
            bounds = [node.start, *regions.cuts(node.start, node.end), node.end]
            for a, b in itertools.pairwise(bounds):
                enter_region(a)
                plain(a, b)
            continue
        if not entering:
            out.append(closers.pop())
            clips.pop()
            continue
        if not closers and regions.starts:
            enter_region(node.start)
        if len(closers) >= MAX_DEPTH:
            out.append(_text(node.text))
            continue
        cat = node.category
        action = clean_action(node, _VIEW_RULES)
        clip = descend(node, _VIEW_RULES) if action == "reading" else None
        if clip is not None:
            action = "unwrap"  # shown through its children, as lacuna.render.clean reads it
        clips.append(clip)
        line, column = node.src.line_column(node.start)
        used.add(line)
        tip = _tooltip(node, regions.at(node.start), (line, column))
        tag, link = "span", ""
        if cat == "footnote_ref":  # a note's label and its references link to each other
            tag, link = links(node)
        elif cat == "page_break":  # an anchor for the page navigation, shown in both views
            anchor = f"page-{len(pages) + 1}"
            pages.append((anchor, node.text[1:-1].strip()[:60] or f"page {len(pages) + 1}"))
            out.append(f'<span class="pb" id="{anchor}"></span>')
        out.append(
            f'<{tag} class="lc c-{_attr(cat)} a-{action}"{link} tabindex="0" title="{_attr(tip)}"'
            f' data-line="{line}" data-column="{column}">'
        )
        opener = f'<span class="br">{_text(text[node.start])}</span>'
        closer = f'<span class="br">{_text(text[node.end - 1])}</span>'
        if action in ("mark", "reading"):
            if action == "mark":
                alt = DEFAULT_GAP_MARK
            else:
                alt = node.shown_reading
            out.append(f'<span class="dip">{opener}')
            closers.append(f'{closer}</span><span class="alt">{_text(alt)}</span></{tag}>')
        else:
            out.append(opener)
            closers.append(f"{closer}</{tag}>")
    if current[0] is not None:
        out.append("</span>")
    return "".join(out)


def to_html(doc: Document) -> str:
    """The document as one self-contained HTML page (see the module docstring)."""
    expect(doc, Document, "to_html", "doc")
    file_name = PurePath(doc.name).name if doc.name else None
    page = _read_page(doc)
    title = getattr(page, "title", None) or file_name or "Untitled document"
    counts: dict[str, int] = {}
    for span in doc.spans():
        counts[span.category] = counts.get(span.category, 0) + 1
    legend = "".join(
        f'<li><span class="lc c-{_attr(cat)}">{_text(_LABELS.get(cat, cat))}</span> {counts[cat]}</li>'
        for cat in sorted(counts)
    )
    meta = f"{_text(file_name or 'text')} · {sum(counts.values())} bracketed spans"
    used: set[int] = set()
    pages: list[tuple[str, str]] = []
    body = _body(doc, _Regions(page), used, pages)
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
        f'<script type="application/json" id="lines">{_lines_json(doc, used)}</script>\n'
        f"<script>{_JS}</script>\n</body>\n</html>\n"
    )
