package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"runtime"
	"runtime/debug"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/vntag/vntag/dates"
	"github.com/vntag/vntag/ner"
	"github.com/vntag/vntag/ner/render"
	"github.com/vntag/vntag/normalize"
)

// The defaults of Options.
const (
	defaultMaxBody   = 8 << 20   // a request body
	defaultMaxDoc    = 512 << 10 // one document's text
	defaultMaxBodies = 64 << 20  // the bodies held at once
	defaultSlotWait  = 10 * time.Second
	// smallDoc is the size up to which a document is short: it takes a
	// slot of its own kind (server.small).
	smallDoc = 16 << 10
)

// Options configure a server.
type Options struct {
	// MaxBody is the largest request body accepted, in bytes; zero means
	// 8 MiB. A larger one is answered 413.
	MaxBody int64
	// MaxDoc is the largest text of one document, in bytes; zero means
	// 512 KiB. Tagging takes up to some 140 bytes of memory a byte of
	// dense text, so this bounds the memory one tagging takes; a larger
	// text is answered 413 (a batch line, an error line), to be sent as
	// several documents.
	MaxDoc int
	// MaxBodies bounds the bytes of request bodies held in memory at once;
	// zero means 64 MiB. A request that does not fit is answered 503.
	MaxBodies int64
	// Slots is how many documents are tagged at once; zero means
	// GOMAXPROCS.
	Slots int
	// SlotWait is how long a request waits for a slot before it is
	// answered 503; zero means 10 seconds.
	SlotWait time.Duration
	// Now gives the time that is the reference of requests without one;
	// nil means time.Now.
	Now func() time.Time
}

// server holds what the handlers share.
type server struct {
	tagger *ner.Tagger
	opts   Options
	// busy holds a token per document being tagged: tagging is the work
	// that costs memory and CPU, so it alone takes a slot, never the
	// reading of a body or the writing of an answer.
	busy chan struct{}
	// small is a second set of slots for short documents, so that they
	// never queue behind long ones: a short document takes milliseconds.
	small chan struct{}
	// bodies counts the bytes of the request bodies held.
	mu     sync.Mutex
	bodies int64
	active int         // requests being handled
	tagged int64       // bytes tagged since memory was last given back
	idle   *time.Timer // gives memory back once the server is idle
}

func newServer(opts Options) (*server, error) {
	if opts.MaxBody <= 0 {
		opts.MaxBody = defaultMaxBody
	}
	if opts.MaxDoc <= 0 {
		opts.MaxDoc = defaultMaxDoc
	}
	if opts.MaxBodies <= 0 {
		opts.MaxBodies = defaultMaxBodies
	}
	if opts.MaxBodies < opts.MaxBody {
		opts.MaxBodies = opts.MaxBody
	}
	if opts.Slots <= 0 {
		opts.Slots = runtime.GOMAXPROCS(0)
	}
	if opts.SlotWait <= 0 {
		opts.SlotWait = defaultSlotWait
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	t, err := ner.New(ner.Options{})
	if err != nil {
		return nil, err
	}
	return &server{tagger: t, opts: opts, busy: make(chan struct{}, opts.Slots), small: make(chan struct{}, opts.Slots)}, nil
}

// routes answers every path and method itself, so that 404 and 405 are
// JSON errors like the others.
func (s *server) routes() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		type route struct {
			method string
			h      http.HandlerFunc
		}
		var rt route
		switch r.URL.Path {
		case "/":
			rt = route{"GET", s.page}
		case "/page.js":
			rt = route{"GET", s.asset("text/javascript; charset=utf-8", pageJS)}
		case "/page.css":
			rt = route{"GET", s.asset("text/css; charset=utf-8", pageCSS)}
		case "/sample.txt":
			rt = route{"GET", s.asset("text/plain; charset=utf-8", sample)}
		case "/healthz":
			rt = route{"GET", func(w http.ResponseWriter, r *http.Request) {
				w.Header().Set("Content-Type", "text/plain; charset=utf-8")
				io.WriteString(w, "ok\n")
			}}
		case "/v1/tag":
			rt = route{"POST", s.tag}
		default:
			writeError(w, &httpError{http.StatusNotFound, fmt.Sprintf("no such page %q: the API is POST /v1/tag", r.URL.Path)})
			return
		}
		if r.Method != rt.method && !(rt.method == "GET" && r.Method == "HEAD") {
			allow := rt.method
			if allow == "GET" {
				allow = "GET, HEAD"
			}
			w.Header().Set("Allow", allow)
			writeError(w, &httpError{http.StatusMethodNotAllowed, fmt.Sprintf("%s %s: want %s", r.Method, r.URL.Path, rt.method)})
			return
		}
		rt.h(w, r)
	})
}

// httpError is an error answered with a status code.
type httpError struct {
	status int
	msg    string
}

func (e *httpError) Error() string { return e.msg }

func badRequest(format string, args ...any) error {
	return &httpError{http.StatusBadRequest, fmt.Sprintf(format, args...)}
}

// writeError answers err as {"error": "..."} with its status.
func writeError(w http.ResponseWriter, err error) {
	status := http.StatusInternalServerError
	var he *httpError
	if errors.As(err, &he) {
		status = he.status
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(status)
	b, _ := json.Marshal(map[string]string{"error": render.ErrorText(err)})
	w.Write(append(b, '\n'))
}

// query holds the query parameters of /v1/tag.
type query struct {
	html   bool // an HTML fragment
	both   bool // a JSON object with the HTML fragment and the document
	types  []ner.Type
	prefer string
	ref    time.Time // the default reference time
}

func (s *server) parseQuery(r *http.Request) (*query, error) {
	q := &query{ref: s.opts.Now().In(dates.UTC7())}
	v := r.URL.Query()
	switch f := v.Get("format"); f {
	case "", "json":
	case "html":
		q.html = true
	case "both":
		q.both = true
	default:
		return nil, badRequest("format: unknown format %q (want json, html or both)", f)
	}
	if ts := v.Get("types"); ts != "" {
		types, err := ner.ParseTypes(ts)
		if err != nil {
			return nil, badRequest("types: %s", render.ErrorText(err))
		}
		q.types = types
	}
	if p := v.Get("prefer"); p != "" {
		if _, err := parsePrefer(p); err != nil {
			return nil, badRequest("prefer: %v", err)
		}
		q.prefer = p
	}
	if ref := v.Get("ref"); ref != "" {
		t, err := render.ParseRef(ref)
		if err != nil {
			return nil, badRequest("ref: %v", err)
		}
		q.ref = t
	}
	return q, nil
}

func parsePrefer(p string) (dates.Prefer, error) {
	switch p {
	case "":
		return dates.PreferSame, nil
	case "past":
		return dates.PreferPast, nil
	case "future":
		return dates.PreferFuture, nil
	}
	return 0, fmt.Errorf("unknown preference %q (want past or future)", p)
}

// taggerFor returns the tagger for the query's types and a preference.
// ner.New is cheap: the data behind it is shared.
func (s *server) taggerFor(q *query, prefer string) (*ner.Tagger, error) {
	if q.types == nil && prefer == "" {
		return s.tagger, nil
	}
	p, err := parsePrefer(prefer)
	if err != nil {
		return nil, badRequest("prefer: %v", err)
	}
	return ner.New(ner.Options{Types: q.types, Dates: dates.Options{Prefer: p}})
}

// A doc is one document to tag: its text, or its bytes in a legacy
// encoding.
type doc struct {
	req render.Request
	raw []byte // the bytes of a text/plain body in a legacy charset
	enc normalize.Encoding
}

// tag answers POST /v1/tag. The body is read first, within the memory
// budget of bodies; each document then takes a slot only while it is
// tagged, and its answer is written after the slot is given back, so
// that slow senders and readers hold no slot.
func (s *server) tag(w http.ResponseWriter, r *http.Request) {
	s.begin()
	defer s.end()
	q, err := s.parseQuery(r)
	if err != nil {
		writeError(w, err)
		return
	}
	ct := r.Header.Get("Content-Type")
	mt, params := "application/json", map[string]string{}
	if ct != "" {
		if mt, params, err = mime.ParseMediaType(ct); err != nil {
			writeError(w, &httpError{http.StatusUnsupportedMediaType, fmt.Sprintf("Content-Type %q: %v", ct, err)})
			return
		}
	}
	kind := ""
	switch mt {
	case "application/json":
		kind = "json"
	case "application/x-ndjson", "application/jsonl", "application/x-jsonlines", "application/jsonlines":
		kind = "jsonl"
	case "text/plain":
		kind = "text"
	default:
		writeError(w, &httpError{http.StatusUnsupportedMediaType,
			fmt.Sprintf("Content-Type %q: want application/json, application/x-ndjson or text/plain", mt)})
		return
	}
	enc := normalize.UTF8
	if cs, ok := params["charset"]; ok && kind == "text" {
		if enc, err = normalize.ParseEncoding(cs); err != nil {
			writeError(w, &httpError{http.StatusUnsupportedMediaType,
				fmt.Sprintf("charset %q: want utf-8, tcvn3, vni, viqr, viscii or windows-1258", cs)})
			return
		}
	}

	// The body's bytes are reserved before it is read: the size it
	// announces, or the limit when it announces none.
	reserve := s.opts.MaxBody
	if r.ContentLength >= 0 && r.ContentLength < reserve {
		reserve = r.ContentLength
	}
	if r.ContentLength > s.opts.MaxBody {
		writeError(w, tooLarge(s.opts.MaxBody))
		return
	}
	if !s.reserve(reserve) {
		writeError(w, &httpError{http.StatusServiceUnavailable, "server busy: too many bodies held; retry later"})
		return
	}
	defer s.reserve(-reserve)
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, s.opts.MaxBody))
	if err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			writeError(w, tooLarge(mbe.Limit))
			return
		}
		writeError(w, badRequest("reading the body: %v", err))
		return
	}

	switch kind {
	case "text":
		if _, ok := params["charset"]; !ok && !utf8.Valid(body) {
			// No charset said and not UTF-8: a legacy encoding, if one
			// reads it as Vietnamese.
			enc, _ = normalize.Detect(body)
		}
		d := doc{req: render.Request{Text: string(body)}, enc: enc}
		if enc != normalize.UTF8 {
			d.raw = body
		}
		s.one(w, r, q, d)
		return
	case "jsonl":
		s.batch(w, r, q, body)
		return
	}
	if len(bytes.TrimSpace(body)) == 0 {
		writeError(w, badRequest(`empty body: want a JSON object {"text": ..., "ref": ...}`))
		return
	}
	// One JSON object is a request; several, one a line, a batch;
	// anything else after the first value is an error.
	dec := json.NewDecoder(bytes.NewReader(body))
	values := 0
	for {
		var v json.RawMessage
		err := dec.Decode(&v)
		if err == io.EOF {
			break
		}
		if err != nil {
			if values == 0 {
				break // DecodeRequest says what is wrong
			}
			writeError(w, badRequest("invalid JSON after the first object, at byte %d: %s (a batch is one object a line)",
				dec.InputOffset(), strings.TrimPrefix(err.Error(), "json: ")))
			return
		}
		values++
	}
	if values > 1 {
		s.batch(w, r, q, body)
		return
	}
	req, err := render.DecodeRequest(body)
	if err != nil {
		writeError(w, badRequest("%v", err))
		return
	}
	s.one(w, r, q, doc{req: req})
}

func tooLarge(limit int64) error {
	return &httpError{http.StatusRequestEntityTooLarge, fmt.Sprintf("request body larger than %d bytes", limit)}
}

// reserve adds n bytes to the bodies held, or reports false when they
// would not fit. A negative n gives them back.
func (s *server) reserve(n int64) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if n > 0 && s.bodies+n > s.opts.MaxBodies {
		return false
	}
	s.bodies += n
	return true
}

// begin and end count the requests in flight; once the server has been
// idle for a second after tagging much, the memory of the burst is given
// back to the system.
func (s *server) begin() {
	s.mu.Lock()
	s.active++
	s.mu.Unlock()
}

func (s *server) end() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.active--
	if s.active > 0 || s.tagged < 4<<20 {
		return
	}
	if s.idle == nil {
		s.idle = time.AfterFunc(time.Second, func() {
			s.mu.Lock()
			idle := s.active == 0
			if idle {
				s.tagged = 0
			}
			s.mu.Unlock()
			if idle {
				debug.FreeOSMemory()
			}
		})
		return
	}
	s.idle.Reset(time.Second)
}

// result is a tagged document or what went wrong with it.
type result struct {
	doc *ner.Document
	ref time.Time
	err error
}

// tagDoc tags one document within a slot.
func (s *server) tagDoc(ctx context.Context, q *query, d doc) result {
	ref := q.ref
	if d.req.Ref != "" {
		var err error
		if ref, err = render.ParseRef(d.req.Ref); err != nil {
			return result{err: badRequest("ref: %v", err)}
		}
	}
	n := len(d.req.Text)
	if d.raw != nil {
		n = len(d.raw)
	}
	if n > s.opts.MaxDoc {
		return result{err: &httpError{http.StatusRequestEntityTooLarge,
			fmt.Sprintf("text of %d bytes, larger than %d: send it as several documents (a JSONL batch)", n, s.opts.MaxDoc)}}
	}
	tg, err := s.taggerFor(q, d.req.Prefer)
	if err != nil {
		return result{err: err}
	}
	slots := s.busy
	if n <= smallDoc {
		slots = s.small
	}
	t := time.NewTimer(s.opts.SlotWait)
	defer t.Stop()
	select {
	case slots <- struct{}{}:
	case <-ctx.Done():
		return result{err: &httpError{http.StatusServiceUnavailable, "server busy; the client left"}}
	case <-t.C:
		return result{err: &httpError{http.StatusServiceUnavailable, "server busy: no tagging slot free; retry later"}}
	}
	defer func() { <-slots }()
	var dd *ner.Document
	if d.raw != nil {
		if dd, err = tg.TagBytes(d.raw, d.enc, ref); err != nil {
			return result{err: badRequest("%s", render.ErrorText(err))}
		}
	} else {
		dd = tg.Tag(d.req.Text, ref)
	}
	dd.ID = d.req.ID
	s.mu.Lock()
	s.tagged += int64(n)
	s.mu.Unlock()
	return result{doc: dd, ref: ref}
}

// one answers a request of one document.
func (s *server) one(w http.ResponseWriter, r *http.Request, q *query, d doc) {
	res := s.tagDoc(r.Context(), q, d)
	if res.err != nil {
		writeError(w, res.err)
		return
	}
	w.Header().Set("X-Content-Type-Options", "nosniff")
	if q.html {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(render.AppendHTML(nil, res.doc))
		return
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	if q.both {
		// One tagging for the page, which shows the fragment and keeps
		// the document for its table and JSON panel.
		var js bytes.Buffer
		enc, _ := render.NewEncoder(&js, render.JSONL, render.Options{})
		enc.EncodeInfo(res.doc, render.Info{Ref: res.ref})
		b, _ := json.Marshal(struct {
			HTML     string          `json:"html"`
			Ref      string          `json:"ref"`
			Document json.RawMessage `json:"document"`
		}{string(render.AppendHTML(nil, res.doc)), render.FormatRef(res.ref), bytes.TrimSpace(js.Bytes())})
		w.Write(append(b, '\n'))
		return
	}
	bw := bufio.NewWriterSize(w, 32<<10)
	enc, _ := render.NewEncoder(bw, render.JSONL, render.Options{})
	enc.EncodeInfo(res.doc, render.Info{Ref: res.ref})
	bw.Flush()
}

// batch answers a JSONL body, one line per input line, a blank one too, in
// order. Each answer is written as soon as its document is tagged, so the
// answer is never held whole in memory.
func (s *server) batch(w http.ResponseWriter, r *http.Request, q *query, body []byte) {
	if q.html || q.both {
		writeError(w, badRequest("format=html and format=both take one document, not a batch"))
		return
	}
	w.Header().Set("Content-Type", "application/x-ndjson; charset=utf-8")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	bw := bufio.NewWriterSize(w, 32<<10)
	defer bw.Flush()
	enc, _ := render.NewEncoder(bw, render.JSONL, render.Options{})
	if len(bytes.TrimSpace(body)) == 0 {
		writeError(w, badRequest("empty body: want JSON objects, one a line"))
		return
	}
	lines := bytes.Split(bytes.TrimSuffix(body, []byte("\n")), []byte("\n"))
	for i, line := range lines {
		n := i + 1
		var err error
		if len(bytes.TrimSpace(line)) == 0 {
			// A blank line is an empty document, so that answers and
			// lines pair up.
			err = enc.EncodeInfo(&ner.Document{}, render.Info{Line: n, Ref: q.ref})
		} else {
			req, derr := render.DecodeRequest(line)
			res := result{err: derr}
			if derr == nil {
				res = s.tagDoc(r.Context(), q, doc{req: req})
			}
			var he *httpError
			switch {
			case errors.As(res.err, &he) && he.status == http.StatusServiceUnavailable:
				// Overloaded: the rest of the batch is not tagged; the
				// line where it stops says so.
				enc.EncodeError(&render.DocError{ID: req.ID, Line: n, Err: render.ErrorText(res.err)})
				return
			case res.err != nil:
				err = enc.EncodeError(&render.DocError{ID: req.ID, Line: n, Err: render.ErrorText(res.err)})
			default:
				err = enc.EncodeInfo(res.doc, render.Info{Line: n, Ref: res.ref})
			}
		}
		if err != nil || r.Context().Err() != nil {
			return // the client is gone
		}
	}
}
