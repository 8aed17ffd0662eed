"""The site's style sheet and scripts (inline in each page: nothing is fetched)."""

from __future__ import annotations

SITE_CSS = """
:root{--ink:#1d1d1f;--muted:#6b6b70;--paper:#fdfcf8;--line:#d8d4c8;--accent:#3b4a6b}
*{box-sizing:border-box}
body{margin:0;font:15px/1.5 system-ui,sans-serif;color:var(--ink);background:var(--paper)}
nav.site{background:var(--accent);padding:.4rem 1.2rem;display:flex;gap:1.2rem}
nav.site a{color:#fff}
main.site{padding:1rem 1.2rem;max-width:72rem}
h1{font-size:22px;margin:.2rem 0 .6rem}
h2{font-size:17px;margin:1.4rem 0 .5rem}
.meta,.file{color:var(--muted)}
.file{font-size:12px}
table{border-collapse:collapse;width:100%}
th,td{border-bottom:1px solid var(--line);padding:.3rem .5rem;text-align:left;vertical-align:top}
td[data-value]:not(:first-child){text-align:right;font-variant-numeric:tabular-nums}
th button{font:inherit;font-weight:600;border:0;background:none;cursor:pointer;padding:0}
th[aria-sort=ascending] button::after{content:" ▲"}
th[aria-sort=descending] button::after{content:" ▼"}
#search{font:inherit;width:100%;max-width:36rem;padding:.4rem .6rem;border:1px solid #8a8576;
  border-radius:4px}
#results li{margin:.3rem 0}
#results .snippet{display:block;color:#333}
mark{background:#ffe27a}
svg text{font:12px system-ui,sans-serif;fill:var(--ink)}
svg .bar{fill:#c04040}
.collation td{font-family:Georgia,serif;width:50%}
.collation tr.var td{background:#fbe4e4}
#listing-documents li.dup{margin:.4rem 0}
#listing-documents li.single{color:var(--muted)}
.where{font-family:ui-monospace,monospace;font-size:12px;color:var(--muted)}
"""

# Click a column header to sort by it (numbers by value, text by its folded form); again to reverse.
SORT_JS = """
(function(){
  document.querySelectorAll('table#documents th').forEach(function(th, col){
    th.querySelector('button').addEventListener('click', function(){
      var table=th.closest('table'), body=table.tBodies[0];
      var dir=th.getAttribute('aria-sort')==='ascending' ? 'descending' : 'ascending';
      table.querySelectorAll('th').forEach(function(h){ h.removeAttribute('aria-sort'); });
      th.setAttribute('aria-sort', dir);
      var number=th.dataset.type==='number', sign=dir==='ascending' ? 1 : -1;
      var rows=Array.prototype.slice.call(body.rows);
      rows.sort(function(a, b){
        var x=a.cells[col].dataset.value, y=b.cells[col].dataset.value;
        if(number){ x=Number(x); y=Number(y); }
        return x<y ? -sign : x>y ? sign : 0;
      });
      rows.forEach(function(r){ body.appendChild(r); });
    });
  });
})();
"""

# Full-text search over the clean text: every word of the query, case-insensitive, in one line.
INDEX_JS = """
(function(){
  var docs=JSON.parse(document.getElementById('search-docs').textContent);
  var index=JSON.parse(document.getElementById('search-index').textContent);
  var folded=index.map(function(e){ return e[1].toLowerCase(); });
  var input=document.getElementById('search'), list=document.getElementById('results');
  var count=document.getElementById('search-count'), MAX=100;
  function snippet(text, word){
    var at=text.toLowerCase().indexOf(word);
    var from=Math.max(0, at-80), to=Math.min(text.length, at+word.length+120);
    var s=document.createElement('span'); s.className='snippet';
    s.appendChild(document.createTextNode((from>0?'…':'')+text.slice(from, at)));
    var m=document.createElement('mark'); m.textContent=text.slice(at, at+word.length); s.appendChild(m);
    s.appendChild(document.createTextNode(text.slice(at+word.length, to)+(to<text.length?'…':'')));
    return s;
  }
  function search(){
    var words=input.value.toLowerCase().split(/\\s+/).filter(Boolean);
    list.textContent='';
    if(!words.length){ count.textContent=''; return; }
    var found=0;
    for(var i=0;i<index.length;i++){
      var ok=words.every(function(w){ return folded[i].indexOf(w)>=0; });
      if(!ok) continue;
      found++;
      if(found>MAX) continue;
      var d=docs[index[i][0]], li=document.createElement('li'), a=document.createElement('a');
      a.href=d[0]; a.textContent=d[1]; li.appendChild(a);
      li.appendChild(snippet(index[i][1], words[0]));
      list.appendChild(li);
    }
    count.textContent=found+(found===1?' line':' lines')+' found'+(found>MAX?' (the first '+MAX+' shown)':'');
  }
  input.addEventListener('input', search);
})();
"""
