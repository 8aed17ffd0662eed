"""The HTML page around the text: its header (title, counts, legend, page navigation), the
view toggle and filters, the details panel, the markup problems, and its inline CSS and JS."""

from __future__ import annotations

from pathlib import PurePath
from typing import Any

from lacuna.ast import Document
from lacuna.editorial import collector_paused
from lacuna.errors import expect
from lacuna.render.html.conventions import LABELS
from lacuna.render.html.escape import BAD, attr, lines_json
from lacuna.render.html.escape import text as escape_text
from lacuna.render.html.reading import Regions, Written, body

__all__ = ["read_page", "to_html"]

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


def read_page(doc: Document) -> Any:
    """The page read from the document's text (:func:`lacuna.page.read`), or None."""
    try:
        from lacuna import page as page_module
    except ImportError:
        return None
    read = getattr(page_module, "read", None)
    return read(doc.text) if read is not None else None


def to_html(doc: Document) -> str:
    """The document as one self-contained HTML page (see the module docstring)."""
    expect(doc, Document, "to_html", "doc")
    # the page's lines and the reading walk's pieces are many small objects, none in a
    # cycle: gone before the cyclic collector runs again (see collector_paused)
    with collector_paused():
        return _page(doc)


def _page(doc: Document) -> str:
    """:func:`to_html`'s page."""
    file_name = PurePath(doc.name).name if doc.name else None
    page = read_page(doc)
    title = getattr(page, "title", None) or file_name or "Untitled document"
    written = Written()
    bad = BAD.search(doc.text) is not None
    text = body(doc, Regions(page), written, bad)
    counts, pages = written.counts, written.pages
    lines = lines_json(doc.text, doc.src.line_starts().tolist(), written.used, bad)
    legend = "".join(
        f'<li><span class="lc c-{attr(cat)}">{escape_text(LABELS.get(cat, cat))}</span> {counts[cat]}</li>'
        for cat in sorted(counts)
    )
    meta = f"{escape_text(file_name or 'text')} · {sum(counts.values())} bracketed spans"
    filters = "".join(
        f'<label><input type="checkbox" data-category="{attr(cat)}" id="show-{attr(cat)}" checked>'
        f' {escape_text(LABELS.get(cat, cat))} <span class="n">{counts[cat]}</span></label>'
        for cat in sorted(counts)
    )
    if filters:
        filters = f'<fieldset class="filters"><legend>Highlight</legend>{filters}</fieldset>\n'
    nav = ""
    if pages:
        nav = (
            '<nav class="pages" aria-label="Pages">'
            + "".join(f'<a href="#{anchor}">{escape_text(label)}</a>' for anchor, label in pages)
            + "</nav>\n"
        )
    problems = ""
    if doc.diagnostics:
        items = "".join(f"<li>{escape_text(d.format())}</li>" for d in doc.diagnostics[:200])
        problems = f'<section class="problems"><h2>Markup problems</h2><ul>{items}</ul></section>'
    head = (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="generator" content="lacuna">\n'
        f"<title>{escape_text(title)}</title>\n<style>{_CSS}</style>\n</head>\n"
        '<body class="diplomatic">\n<header>\n'
        f"<h1>{escape_text(title)}</h1>\n"
        f'<div class="meta">{meta}<ul class="legend">{legend}</ul></div>\n{nav}</header>\n'
        '<main>\n<div id="text" lang="en">'
    )
    tail = (
        "</div>\n<aside>\n"
        '<div class="toggle" role="group" aria-label="View">'
        '<button type="button" id="view-diplomatic" data-view="diplomatic" aria-pressed="true">'
        "Diplomatic</button>"
        '<button type="button" id="view-clean" data-view="clean" aria-pressed="false">Clean</button>'
        f"</div>\n{filters}"
        '<div id="details" aria-live="polite">Point at a bracket to see what it says.</div>\n</aside>\n'
        f"</main>\n{problems}"
        f'<script type="application/json" id="lines">{lines}</script>\n'
        f"<script>{_JS}</script>\n</body>\n</html>\n"
    )
    # the text's pieces and the page around them joined once (a text of many MB is not
    # copied again)
    text.insert(0, head)
    text.append(tail)
    return "".join(text)
