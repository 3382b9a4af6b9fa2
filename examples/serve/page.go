package main

import (
	"net/http"
	"strings"

	"github.com/vntag/vntag/ner/render"
)

// pageHTML is the page at GET /: a form that posts the text to
// /v1/tag?format=both and shows the highlighted answer, with the JSON a
// click away. It loads nothing from elsewhere.
var pageHTML = strings.NewReplacer(
	"{{CSS}}", render.CSS,
	"{{LEGEND}}", string(render.AppendLegendHTML(nil, nil)),
).Replace(`<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>vntag</title>
<style>
body{font-family:system-ui,sans-serif;max-width:60em;margin:2em auto;padding:0 1em;color:#222}
textarea{width:100%;min-height:12em;font:inherit;padding:.5em;box-sizing:border-box}
.row{display:flex;gap:1em;align-items:center;margin:.6em 0;flex-wrap:wrap}
button{font:inherit;padding:.3em 1.2em}
#status{color:#a00}
pre{background:#f6f6f6;padding:1em;overflow:auto;max-height:30em}
{{CSS}}</style></head>
<body>
<h1>vntag</h1>
<p>Paste Vietnamese text and see its people, roles, organisations, places, dates and numbers. Hover over an entity for its attributes.</p>
<form id="f">
<textarea id="text" placeholder="Ngày 18/7, Huyện ủy Lạng Giang (Bắc Giang) tổ chức sơ kết công tác lãnh đạo 6 tháng đầu năm…"></textarea>
<div class="row">
<label>Reference date <input type="date" id="ref"/></label>
<button type="submit">Tag</button>
<span id="status"></span>
</div>
</form>
{{LEGEND}}
<div id="out"></div>
<details id="jsonbox"><summary>JSON</summary><pre id="json"></pre></details>
<script>
"use strict";
const f = document.getElementById("f"), out = document.getElementById("out"),
  status = document.getElementById("status"), jsonbox = document.getElementById("jsonbox"),
  pre = document.getElementById("json");
let last = null;
function body() {
  const b = {text: document.getElementById("text").value};
  const ref = document.getElementById("ref").value;
  if (ref) b.ref = ref;
  return JSON.stringify(b);
}
async function post(format) {
  const res = await fetch("/v1/tag?format=" + format, {method: "POST",
    headers: {"Content-Type": "application/json"}, body: last});
  const t = await res.text();
  if (!res.ok) {
    let msg = t;
    try { msg = JSON.parse(t).error; } catch (e) {}
    throw new Error(res.status + ": " + msg);
  }
  return t;
}
let doc = null;
function showJSON() {
  if (jsonbox.open && doc !== null) pre.textContent = JSON.stringify(doc, null, 2);
}
f.addEventListener("submit", async (ev) => {
  ev.preventDefault();
  status.textContent = "…";
  last = body();
  try {
    // One request tags the text once for both views. The server escapes
    // the text; the fragment is safe to insert.
    const both = JSON.parse(await post("both"));
    out.innerHTML = both.html;
    doc = both.document;
    status.textContent = "";
    pre.textContent = "";
    showJSON();
  } catch (e) { status.textContent = e.message; }
});
jsonbox.addEventListener("toggle", showJSON);
</script>
</body></html>
`)

func (s *server) page(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.Header().Set("Content-Security-Policy", "default-src 'self'; style-src 'unsafe-inline'; script-src 'unsafe-inline'")
	w.Write([]byte(pageHTML))
}
