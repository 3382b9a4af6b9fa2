package main

import (
	_ "embed"
	"net/http"
	"strings"

	"github.com/vntag/vntag/ner/render"
)

// sample is the article of examples/tag (a copy: embedding cannot reach
// another directory; a test keeps them equal), dated sampleRef.
//
//go:embed sample.txt
var sample string

// sampleRef is the date of the sample article.
const sampleRef = "2024-07-18"

// pageCSP lets the page load only its own script and style sheet: no
// inline script or style, no handler attributes, nothing from elsewhere.
const pageCSP = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"

// pageHTML is the page at GET /: a form that posts the text to
// /v1/tag?format=both and shows the highlighted text beside a table of its
// entities, with the JSON a click away.
var pageHTML = strings.NewReplacer(
	"{{LEGEND}}", string(render.AppendLegendHTML(nil, nil)),
	"{{SAMPLEREF}}", sampleRef,
).Replace(`<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>vntag</title>
<link rel="stylesheet" href="/page.css"/>
<script src="/page.js" defer></script>
</head>
<body>
<h1>vntag</h1>
<p>Paste Vietnamese text and see its people, roles, organisations, places, dates and numbers, and what they resolve to.</p>
<form id="f">
<textarea id="text" placeholder="Ngày 18/7, Huyện ủy Lạng Giang (Bắc Giang) tổ chức sơ kết công tác lãnh đạo 6 tháng đầu năm…"></textarea>
<div class="row">
<label>Reference date <input type="date" id="ref"/></label>
<button type="submit">Tag</button>
<button type="button" id="sample" data-ref="{{SAMPLEREF}}">Try the sample</button>
<span id="status" role="status"></span>
</div>
<p class="hint">Without a reference date, today is used: it decides what "ngày 18/7" is and whether a place is named before or after the 2025 reform.</p>
</form>
{{LEGEND}}
<p id="refused" class="vntag-ref" hidden></p>
<div id="result">
<div id="out"></div>
<div id="side"><table id="ents" hidden>
<thead><tr><th>type</th><th>text</th><th>resolved</th></tr></thead>
<tbody></tbody></table></div>
</div>
<details id="jsonbox"><summary>JSON</summary><pre id="json"></pre></details>
</body></html>
`)

// pageCSS styles the page; render.CSS styles the highlighted text.
var pageCSS = `body{font-family:system-ui,sans-serif;max-width:90em;margin:2em auto;padding:0 1em;color:#222}
textarea{width:100%;min-height:10em;font:inherit;padding:.5em;box-sizing:border-box}
.row{display:flex;gap:1em;align-items:center;margin:.6em 0;flex-wrap:wrap}
button{font:inherit;padding:.3em 1.2em}
.hint{color:#555;font-size:.9em;margin:.2em 0}
#status{color:#a00}
#result{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:1.5em;align-items:start}
@media (max-width:60em){#result{grid-template-columns:1fr}}
#ents{border-collapse:collapse;width:100%;font-size:.92em}
#ents th,#ents td{border-bottom:1px solid #ddd;padding:.3em .4em;text-align:left;vertical-align:top}
#ents th{background:#f4f4f4}
#ents td:first-child mark{padding:.05em .35em;border:1px solid #999;border-radius:.3em;font-weight:bold;font-size:.85em}
#ents .sub{color:#555;font-size:.9em}
pre{background:#f6f6f6;padding:1em;overflow:auto;max-height:30em}
` + render.CSS

// pageJS runs the page. It builds the table with textContent only: no
// entity text is ever parsed as html. The fragment from the server is
// escaped there.
var pageJS = `"use strict";
const $ = (id) => document.getElementById(id);
const f = $("f"), out = $("out"), status = $("status"), jsonbox = $("jsonbox"),
  pre = $("json"), table = $("ents"), tbody = table.querySelector("tbody"), refShown = $("refused");
let doc = null;

function el(tag, text, cls) {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (cls) e.className = cls;
  return e;
}

// resolved describes what an entity resolves to, as lines.
function resolved(e) {
  const lines = [];
  const v = e.value;
  if (v) {
    let s = v.start || v.timex || v.kind;
    if (v.end && v.end !== v.start) s += " … " + v.end;
    if (v.approx) s = "≈ " + s;
    lines.push([s + " (" + v.kind + (v.grain ? ", " + v.grain : "") + ")", ""]);
  }
  const u = e.unit;
  if (u) {
    let s = u.full_name || u.name;
    if (u.parent) s += ", in " + u.parent.name;
    lines.push([s, ""]);
    let era = u.level;
    if (u.valid_to) era += ", until " + u.valid_to;
    else if (u.valid_from) era += ", since " + u.valid_from;
    lines.push([era, "sub"]);
    if (u.successors && u.successors.length) {
      lines.push(["succeeded by " + u.successors.map((r) => r.name + (r.level ? " (" + r.level + ")" : "")).join(", "), "sub"]);
    }
  }
  if (e.roles && e.roles.length) lines.push(["roles: " + e.roles.map((r) => r.text).join("; "), ""]);
  if (e.expansion) lines.push([e.expansion, "sub"]);
  return lines;
}

function showTable(d) {
  tbody.replaceChildren();
  for (const e of d.entities) {
    const tr = el("tr");
    const type = el("td");
    const m = el("mark", e.type);
    m.dataset.type = e.type;
    type.append(m);
    tr.append(type, el("td", e.text));
    const res = el("td");
    for (const [line, cls] of resolved(e)) res.append(el("div", line, cls));
    tr.append(res);
    tbody.append(tr);
  }
  table.hidden = d.entities.length === 0;
}

function showJSON() {
  if (jsonbox.open && doc !== null) pre.textContent = JSON.stringify(doc, null, 2);
}

async function tag() {
  status.textContent = "…";
  const b = {text: $("text").value};
  const ref = $("ref").value;
  if (ref) b.ref = ref;
  try {
    const res = await fetch("/v1/tag?format=both", {method: "POST",
      headers: {"Content-Type": "application/json"}, body: JSON.stringify(b)});
    const t = await res.text();
    if (!res.ok) {
      let msg = t;
      try { msg = JSON.parse(t).error; } catch (e) {}
      throw new Error(res.status + ": " + msg);
    }
    const both = JSON.parse(t);
    // The server escapes the text: the fragment is safe to insert.
    out.innerHTML = both.html;
    doc = both.document;
    refShown.textContent = "Reference date in use: " + both.ref + (ref ? "" : " (today: none was given)");
    refShown.hidden = false;
    showTable(doc);
    status.textContent = "";
    pre.textContent = "";
    showJSON();
  } catch (e) { status.textContent = e.message; }
}

async function trySample() {
  const res = await fetch("/sample.txt");
  $("text").value = await res.text();
  $("ref").value = $("sample").dataset.ref;
  await tag();
}

f.addEventListener("submit", (ev) => { ev.preventDefault(); tag(); });
$("sample").addEventListener("click", trySample);
jsonbox.addEventListener("toggle", showJSON);
if (new URLSearchParams(location.search).has("sample")) trySample();
`

func (s *server) page(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Security-Policy", pageCSP)
	s.asset("text/html; charset=utf-8", pageHTML)(w, r)
}

// asset serves a fixed text.
func (s *server) asset(contentType, body string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", contentType)
		w.Header().Set("X-Content-Type-Options", "nosniff")
		w.Header().Set("Cache-Control", "no-cache")
		if r.Method == "HEAD" {
			return
		}
		w.Write([]byte(body))
	}
}
