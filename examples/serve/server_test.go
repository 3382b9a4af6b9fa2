package main

import (
	"bytes"
	"context"
	"encoding/json"
	"encoding/xml"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/vntag/vntag/dates"
	"github.com/vntag/vntag/ner"
)

func newTestServer(t testing.TB, maxBody int64) http.Handler {
	t.Helper()
	s, err := newServer(Options{MaxBody: maxBody, Now: func() time.Time {
		return time.Date(2024, 7, 18, 9, 0, 0, 0, dates.UTC7())
	}})
	if err != nil {
		t.Fatal(err)
	}
	return s.routes()
}

func do(t *testing.T, h http.Handler, method, target, contentType string, body []byte) *httptest.ResponseRecorder {
	t.Helper()
	req := httptest.NewRequest(method, target, bytes.NewReader(body))
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

type answer struct {
	ID       *string      `json:"id"`
	Entities []ner.Entity `json:"entities"`
	Line     int          `json:"line"`
	Error    string       `json:"error"`
}

func decode(t *testing.T, s string) []answer {
	t.Helper()
	dec := json.NewDecoder(strings.NewReader(s))
	var as []answer
	for {
		var a answer
		if err := dec.Decode(&a); err == io.EOF {
			return as
		} else if err != nil {
			t.Fatalf("not JSON: %v: %q", err, s)
		}
		as = append(as, a)
	}
}

func TestHealthz(t *testing.T) {
	rec := do(t, newTestServer(t, 0), "GET", "/healthz", "", nil)
	if rec.Code != 200 || rec.Body.String() != "ok\n" {
		t.Errorf("GET /healthz: %d %q", rec.Code, rec.Body.String())
	}
}

func TestPage(t *testing.T) {
	h := newTestServer(t, 0)
	rec := do(t, h, "GET", "/", "", nil)
	if rec.Code != 200 || !strings.HasPrefix(rec.Header().Get("Content-Type"), "text/html") {
		t.Fatalf("GET /: %d %s", rec.Code, rec.Header().Get("Content-Type"))
	}
	page := rec.Body.String()
	for _, want := range []string{"<textarea", `<script src="/page.js"`, `href="/page.css"`, `id="sample"`, `id="ents"`} {
		if !strings.Contains(page, want) {
			t.Errorf("the page lacks %q", want)
		}
	}
	// No inline script, style or handler: the policy forbids them.
	csp := rec.Header().Get("Content-Security-Policy")
	if csp == "" || strings.Contains(csp, "unsafe-inline") || !strings.Contains(csp, "script-src 'self'") {
		t.Errorf("Content-Security-Policy = %q", csp)
	}
	for _, bad := range []string{"http://", "https://", "<style", " style=", " onclick=", " onsubmit=", " onload=", "<script>", "javascript:"} {
		if strings.Contains(page, bad) {
			t.Errorf("the page has %q", bad)
		}
	}
	for path, ct := range map[string]string{"/page.js": "text/javascript", "/page.css": "text/css", "/sample.txt": "text/plain"} {
		rec := do(t, h, "GET", path, "", nil)
		if rec.Code != 200 || !strings.HasPrefix(rec.Header().Get("Content-Type"), ct) || rec.Body.Len() == 0 {
			t.Errorf("GET %s: %d %s", path, rec.Code, rec.Header().Get("Content-Type"))
		}
	}
	if js := do(t, h, "GET", "/page.js", "", nil).Body.String(); !strings.Contains(js, "/v1/tag?format=both") || strings.Contains(js, ".innerHTML = e") {
		t.Errorf("page.js does not post to format=both")
	}
	if css := do(t, h, "GET", "/page.css", "", nil).Body.String(); !strings.Contains(css, `mark[data-type="PER"]`) {
		t.Errorf("page.css lacks the entity colours")
	}
	if rec := do(t, h, "GET", "/nothing", "", nil); rec.Code != 404 {
		t.Errorf("GET /nothing: %d", rec.Code)
	}
}

// TestSampleIsTag's checks that the page's sample is the one of
// examples/tag.
func TestSampleIsTags(t *testing.T) {
	b, err := os.ReadFile("../tag/sample.txt")
	if err != nil {
		t.Fatal(err)
	}
	if string(b) != sample {
		t.Error("examples/serve/sample.txt differs from examples/tag/sample.txt: copy it")
	}
}

func TestTagOne(t *testing.T) {
	h := newTestServer(t, 0)
	body := `{"id": "doc-1", "text": "Ngày 18/7, Huyện ủy Lạng Giang (Bắc Giang) họp.", "ref": "2024-07-18"}`
	for _, ct := range []string{"application/json", "", "application/json; charset=utf-8"} {
		rec := do(t, h, "POST", "/v1/tag", ct, []byte(body))
		if rec.Code != 200 || !strings.HasPrefix(rec.Header().Get("Content-Type"), "application/json") {
			t.Fatalf("%q: %d %s %s", ct, rec.Code, rec.Header().Get("Content-Type"), rec.Body.String())
		}
		as := decode(t, rec.Body.String())
		if len(as) != 1 || as[0].ID == nil || *as[0].ID != "doc-1" || as[0].Entities == nil {
			t.Errorf("%q: got %s", ct, rec.Body.String())
		}
	}
	// Pretty-printed JSON over several lines is still one request.
	rec := do(t, h, "POST", "/v1/tag", "application/json", []byte("{\n  \"text\": \"Hà Nội\"\n}\n"))
	if rec.Code != 200 || len(decode(t, rec.Body.String())) != 1 {
		t.Errorf("multi-line JSON: %d %s", rec.Code, rec.Body.String())
	}
	// A text/plain body is the text.
	rec = do(t, h, "POST", "/v1/tag?ref=2024-07-18&types=LOC,DATE", "text/plain; charset=utf-8", []byte("Ngày 18/7 ở H\xe0 Nội"))
	if rec.Code != 200 {
		t.Fatalf("text/plain: %d %s", rec.Code, rec.Body.String())
	}
	for _, e := range decode(t, rec.Body.String())[0].Entities {
		if e.Type != ner.LOC && e.Type != ner.DATE {
			t.Errorf("types=LOC,DATE let %s through", e.Type)
		}
	}
}

// TestTagBoth checks format=both, which the page uses: one answer with the
// same fragment as format=html and the same document as format=json.
func TestTagBoth(t *testing.T) {
	h := newTestServer(t, 0)
	body := []byte(`{"id": "a", "text": "Ngày 18/7, Huyện ủy Lạng Giang (Bắc Giang) họp.", "ref": "2024-07-18"}`)
	rec := do(t, h, "POST", "/v1/tag?format=both", "application/json", body)
	if rec.Code != 200 || !strings.HasPrefix(rec.Header().Get("Content-Type"), "application/json") {
		t.Fatalf("%d %s", rec.Code, rec.Body.String())
	}
	var both struct {
		HTML     string          `json:"html"`
		Document json.RawMessage `json:"document"`
	}
	if err := json.Unmarshal(rec.Body.Bytes(), &both); err != nil {
		t.Fatal(err)
	}
	if html := do(t, h, "POST", "/v1/tag?format=html", "application/json", body).Body.String(); both.HTML != html {
		t.Errorf("html differs from format=html:\n%s\n%s", both.HTML, html)
	}
	if js := strings.TrimSpace(do(t, h, "POST", "/v1/tag", "application/json", body).Body.String()); string(both.Document) != js {
		t.Errorf("document differs from format=json:\n%s\n%s", both.Document, js)
	}
	if rec := do(t, h, "POST", "/v1/tag?format=both", "application/x-ndjson", append(body, '\n')); rec.Code != 400 {
		t.Errorf("a batch with format=both: %d, want 400", rec.Code)
	}
}

func TestTagHTML(t *testing.T) {
	h := newTestServer(t, 0)
	rec := do(t, h, "POST", "/v1/tag?format=html", "application/json",
		[]byte(`{"text": "Huyện ủy Lạng Giang <script>alert(1)</script> & Bắc Giang"}`))
	if rec.Code != 200 || !strings.HasPrefix(rec.Header().Get("Content-Type"), "text/html") {
		t.Fatalf("%d %s", rec.Code, rec.Body.String())
	}
	frag := rec.Body.String()
	if strings.Contains(frag, "<script>") {
		t.Errorf("the text is not escaped: %s", frag)
	}
	dec := xml.NewDecoder(strings.NewReader(frag))
	for {
		if _, err := dec.Token(); err == io.EOF {
			break
		} else if err != nil {
			t.Fatalf("the fragment does not parse: %v\n%s", err, frag)
		}
	}
}

func TestTagBatch(t *testing.T) {
	h := newTestServer(t, 0)
	body := strings.Join([]string{
		`{"id": "a", "text": "Hà Nội"}`,
		`{"id": "b", "text": `,
		``,
		`{"id": "c"}`,
		`{"id": "d", "text": "x", "ref": "2024-02-30"}`,
		`{"id": "e", "text": "Ngày 18/7", "ref": "2017-02-02T03:55:00-02:00"}`,
	}, "\n")
	wants := []struct {
		id   string
		line int
		err  string
	}{{"a", 1, ""}, {"", 2, "invalid JSON"}, {"", 3, ""}, {"c", 4, `missing "text"`}, {"d", 5, "ref"}, {"e", 6, ""}}
	for _, ct := range []string{"application/x-ndjson", "application/jsonl"} {
		rec := do(t, h, "POST", "/v1/tag", ct, []byte(body))
		if rec.Code != 200 || !strings.HasPrefix(rec.Header().Get("Content-Type"), "application/x-ndjson") {
			t.Fatalf("%s: %d %s", ct, rec.Code, rec.Body.String())
		}
		lines := strings.Split(strings.TrimSuffix(rec.Body.String(), "\n"), "\n")
		if len(lines) != len(wants) {
			t.Fatalf("%s: %d lines, want %d:\n%s", ct, len(lines), len(wants), rec.Body.String())
		}
		for i, w := range wants {
			a := decode(t, lines[i])[0]
			id := ""
			if a.ID != nil {
				id = *a.ID
			}
			if id != w.id || a.Line != w.line || !strings.Contains(a.Error, w.err) || (w.err == "") != (a.Error == "") {
				t.Errorf("%s line %d: %s, want id %q line %d error %q", ct, i+1, lines[i], w.id, w.line, w.err)
			}
		}
	}
	// Several objects in an application/json body are a batch too.
	rec := do(t, h, "POST", "/v1/tag", "application/json", []byte("{\"id\":\"1\",\"text\":\"a\"}\n{\"id\":\"2\",\"text\":\"b\"}\n"))
	if as := decode(t, rec.Body.String()); rec.Code != 200 || len(as) != 2 || *as[1].ID != "2" {
		t.Errorf("two objects: %d %s", rec.Code, rec.Body.String())
	}
	if rec := do(t, h, "POST", "/v1/tag?format=html", "application/x-ndjson", []byte(body)); rec.Code != 400 {
		t.Errorf("an html batch: %d", rec.Code)
	}
}

func TestBadRequests(t *testing.T) {
	h := newTestServer(t, 1<<10)
	tests := []struct {
		name, method, target, ct string
		body                     []byte
		status                   int
		err                      string
	}{
		{"empty", "POST", "/v1/tag", "application/json", nil, 400, "empty body"},
		{"blank", "POST", "/v1/tag", "application/json", []byte(" \n "), 400, "empty body"},
		{"malformed", "POST", "/v1/tag", "application/json", []byte(`{"text": "a"`), 400, "invalid JSON"},
		{"not an object", "POST", "/v1/tag", "application/json", []byte(`"Hà Nội"`), 400, "not a JSON object"},
		{"no text", "POST", "/v1/tag", "application/json", []byte(`{"id": "x"}`), 400, `missing "text"`},
		{"text not a string", "POST", "/v1/tag", "application/json", []byte(`{"text": ["a"]}`), 400, `"text" must be a string`},
		{"bad ref", "POST", "/v1/tag", "application/json", []byte(`{"text": "a", "ref": "2024-13-45"}`), 400, "ref"},
		{"bad query ref", "POST", "/v1/tag?ref=tomorrow", "application/json", []byte(`{"text": "a"}`), 400, "ref"},
		{"bad types", "POST", "/v1/tag?types=PER,XYZ", "application/json", []byte(`{"text": "a"}`), 400, "XYZ"},
		{"bad format", "POST", "/v1/tag?format=xml", "application/json", []byte(`{"text": "a"}`), 400, "format"},
		{"too large", "POST", "/v1/tag", "application/json", []byte(`{"text": "` + strings.Repeat("a", 2<<10) + `"}`), 413, "larger than 1024 bytes"},
		{"too large text", "POST", "/v1/tag", "text/plain", bytes.Repeat([]byte("Hà Nội "), 1<<10), 413, "larger"},
		{"wrong method", "GET", "/v1/tag", "", nil, 405, "want POST"},
		{"wrong method for healthz", "POST", "/healthz", "", nil, 405, "want GET"},
		{"no such page", "GET", "/v2/tag", "", nil, 404, "no such page"},
		{"garbage after JSON", "POST", "/v1/tag", "application/json", []byte(`{"text": "a"} garbage`), 400, "after the first object"},
		{"second object broken", "POST", "/v1/tag", "application/json", []byte("{\"text\": \"a\"}\n{\"text\""), 400, "after the first object"},
		{"form", "POST", "/v1/tag", "application/x-www-form-urlencoded", []byte(`{"text": "a"}`), 415, "application/json"},
		{"xml", "POST", "/v1/tag", "application/xml", []byte(`<text/>`), 415, "Content-Type"},
		{"bad charset", "POST", "/v1/tag", "text/plain; charset=koi8-r", []byte(`a`), 415, "charset"},
		{"bad prefer", "POST", "/v1/tag?prefer=soon", "application/json", []byte(`{"text": "a"}`), 400, "prefer"},
	}
	for _, tt := range tests {
		rec := do(t, h, tt.method, tt.target, tt.ct, tt.body)
		if rec.Code != tt.status {
			t.Errorf("%s: status %d, want %d (%s)", tt.name, rec.Code, tt.status, rec.Body.String())
			continue
		}
		if tt.err == "" {
			continue
		}
		var e struct{ Error string }
		if err := json.Unmarshal(rec.Body.Bytes(), &e); err != nil || !strings.Contains(e.Error, tt.err) {
			t.Errorf("%s: body %q, want an error with %q", tt.name, rec.Body.String(), tt.err)
		}
	}
}

// TestOversizedOverTheWire sends a body over the limit through a real
// connection (httptest's loopback server).
func TestOversizedOverTheWire(t *testing.T) {
	ts := httptest.NewServer(newTestServer(t, 1<<20))
	defer ts.Close()
	res, err := http.Post(ts.URL+"/v1/tag", "application/json", bytes.NewReader(bytes.Repeat([]byte("a"), 3<<20)))
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusRequestEntityTooLarge {
		t.Errorf("status %d, want 413", res.StatusCode)
	}
}

// TestGracefulShutdown serves on httptest's listener, then cancels: serve
// must return nil once the request in flight is answered.
func TestGracefulShutdown(t *testing.T) {
	ts := httptest.NewUnstartedServer(nil)
	ln := ts.Listener
	s, err := newServer(Options{})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- serve(ctx, ln, s, io.Discard) }()
	res, err := http.Post("http://"+ln.Addr().String()+"/v1/tag", "application/json", strings.NewReader(`{"text": "Hà Nội"}`))
	if err != nil {
		t.Fatal(err)
	}
	io.Copy(io.Discard, res.Body)
	res.Body.Close()
	if res.StatusCode != 200 {
		t.Errorf("status %d", res.StatusCode)
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("serve returned %v", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("serve did not stop")
	}
}

func FuzzTag(f *testing.F) {
	f.Add([]byte(`{"id": "a", "text": "Huyện ủy Lạng Giang", "ref": "2024-07-18"}`), "application/json")
	f.Add([]byte("{\"text\": \"a\"}\n{\"text\n"), "application/x-ndjson")
	f.Add([]byte("H\xe0 N\x00i"), "text/plain")
	h := newTestServer(f, 1<<16)
	f.Fuzz(func(t *testing.T, body []byte, ct string) {
		for _, target := range []string{"/v1/tag", "/v1/tag?format=html"} {
			rec := do(t, h, "POST", target, ct, body)
			if rec.Code != 200 && rec.Code != 400 && rec.Code != 413 && rec.Code != 415 {
				t.Errorf("%s: status %d", target, rec.Code)
			}
			if rec.Code != 200 && !json.Valid(rec.Body.Bytes()) {
				t.Errorf("an error answer is not JSON: %q", rec.Body.String())
			}
		}
	})
}

// TestBusy fills the server's slots: a request whose client gives up while
// waiting is answered 503 and never read.
func TestBusy(t *testing.T) {
	s, err := newServer(Options{})
	if err != nil {
		t.Fatal(err)
	}
	for range cap(s.busy) {
		s.busy <- struct{}{}
		s.small <- struct{}{}
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	req := httptest.NewRequestWithContext(ctx, "POST", "/v1/tag", strings.NewReader(`{"text": "a"}`))
	rec := httptest.NewRecorder()
	s.routes().ServeHTTP(rec, req)
	if rec.Code != http.StatusServiceUnavailable {
		t.Errorf("status %d, want 503", rec.Code)
	}
	<-s.small
	rec = httptest.NewRecorder()
	s.routes().ServeHTTP(rec, httptest.NewRequest("POST", "/v1/tag", strings.NewReader(`{"text": "a"}`)))
	if rec.Code != 200 {
		t.Errorf("with a free slot: status %d", rec.Code)
	}
}
