package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"runtime"
	"time"

	"github.com/vntag/vntag/dates"
	"github.com/vntag/vntag/ner"
	"github.com/vntag/vntag/ner/render"
)

// defaultMaxBody is the default request body limit: 8 MiB.
const defaultMaxBody = 8 << 20

// Options configure a server.
type Options struct {
	// MaxBody is the largest request body accepted, in bytes; zero means
	// 8 MiB.
	MaxBody int64
	// Now gives the time that is the reference of requests without one;
	// nil means time.Now.
	Now func() time.Time
}

// server holds what the handlers share.
type server struct {
	tagger *ner.Tagger
	opts   Options
	// busy bounds the requests read and tagged at once, and so the memory
	// their bodies take; others wait their turn.
	busy chan struct{}
}

func newServer(opts Options) (*server, error) {
	if opts.MaxBody <= 0 {
		opts.MaxBody = defaultMaxBody
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	t, err := ner.New(ner.Options{})
	if err != nil {
		return nil, err
	}
	return &server{tagger: t, opts: opts, busy: make(chan struct{}, 2*runtime.GOMAXPROCS(0))}, nil
}

func (s *server) routes() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /{$}", s.page)
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		io.WriteString(w, "ok\n")
	})
	mux.HandleFunc("POST /v1/tag", s.tag)
	return mux
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
	b, _ := json.Marshal(map[string]string{"error": err.Error()})
	w.Write(append(b, '\n'))
}

// query holds the query parameters of /v1/tag.
type query struct {
	html   bool // an HTML fragment
	both   bool // a JSON object with the HTML fragment and the document
	tagger *ner.Tagger
	ref    time.Time // the default reference time
}

func (s *server) parseQuery(r *http.Request) (*query, error) {
	q := &query{tagger: s.tagger, ref: s.opts.Now().In(dates.UTC7())}
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
			return nil, badRequest("types: %v", err)
		}
		if q.tagger, err = ner.New(ner.Options{Types: types}); err != nil {
			return nil, err
		}
	}
	if ref := v.Get("ref"); ref != "" {
		t, err := ner.ParseRef(ref)
		if err != nil {
			return nil, badRequest("ref: %v", err)
		}
		q.ref = t
	}
	return q, nil
}

// tag answers POST /v1/tag.
func (s *server) tag(w http.ResponseWriter, r *http.Request) {
	q, err := s.parseQuery(r)
	if err != nil {
		writeError(w, err)
		return
	}
	select {
	case s.busy <- struct{}{}:
		defer func() { <-s.busy }()
	case <-r.Context().Done():
		writeError(w, &httpError{http.StatusServiceUnavailable, "server busy"})
		return
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, s.opts.MaxBody))
	if err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			writeError(w, &httpError{http.StatusRequestEntityTooLarge,
				fmt.Sprintf("request body larger than %d bytes", mbe.Limit)})
			return
		}
		writeError(w, badRequest("reading the body: %v", err))
		return
	}
	mt, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	switch mt {
	case "text/plain":
		s.answer(w, q, &render.Request{Text: string(body)})
		return
	case "application/x-ndjson", "application/jsonl", "application/x-jsonlines", "application/jsonlines":
		s.batch(w, q, body)
		return
	}
	if len(bytes.TrimSpace(body)) == 0 {
		writeError(w, badRequest(`empty body: want a JSON object {"text": ..., "ref": ...}`))
		return
	}
	// One JSON value is a request; several are a JSONL batch.
	dec := json.NewDecoder(bytes.NewReader(body))
	var first json.RawMessage
	if err := dec.Decode(&first); err == nil {
		if _, err := dec.Token(); err != io.EOF {
			s.batch(w, q, body)
			return
		}
	}
	req, err := render.DecodeRequest(body)
	if err != nil {
		writeError(w, badRequest("%v", err))
		return
	}
	s.answer(w, q, &req)
}

// answer tags one request and writes the document.
func (s *server) answer(w http.ResponseWriter, q *query, req *render.Request) {
	ref := q.ref
	if req.Ref != "" {
		var err error
		if ref, err = ner.ParseRef(req.Ref); err != nil {
			writeError(w, badRequest("ref: %v", err))
			return
		}
	}
	doc := q.tagger.Tag(req.Text, ref)
	doc.ID = req.ID
	w.Header().Set("X-Content-Type-Options", "nosniff")
	if q.html {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(render.AppendHTML(nil, doc))
		return
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	if q.both {
		// One tagging for the page, which shows the fragment and keeps
		// the document for its JSON panel.
		var js bytes.Buffer
		enc, _ := render.NewEncoder(&js, render.JSONL, render.Options{})
		enc.Encode(doc)
		b, _ := json.Marshal(struct {
			HTML     string          `json:"html"`
			Document json.RawMessage `json:"document"`
		}{string(render.AppendHTML(nil, doc)), bytes.TrimSpace(js.Bytes())})
		w.Write(append(b, '\n'))
		return
	}
	enc, _ := render.NewEncoder(w, render.JSONL, render.Options{})
	enc.Encode(doc)
}

// batch answers a JSONL body, one line per non-blank input line, in order.
func (s *server) batch(w http.ResponseWriter, q *query, body []byte) {
	if q.html || q.both {
		writeError(w, badRequest("format=html and format=both take one document, not a batch"))
		return
	}
	var buf bytes.Buffer
	enc, _ := render.NewEncoder(&buf, render.JSONL, render.Options{})
	failed := 0
	for n := 1; len(body) > 0; n++ {
		line, rest, _ := bytes.Cut(body, []byte("\n"))
		body = rest
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		req, err := render.DecodeRequest(line)
		ref := q.ref
		if err == nil && req.Ref != "" {
			if ref, err = ner.ParseRef(req.Ref); err != nil {
				err = fmt.Errorf("ref: %v", err)
			}
		}
		if err != nil {
			enc.EncodeError(&render.DocError{ID: req.ID, Line: n, Err: err.Error()})
			failed++
			continue
		}
		doc := q.tagger.Tag(req.Text, ref)
		doc.ID = req.ID
		enc.Encode(doc)
	}
	w.Header().Set("Content-Type", "application/x-ndjson; charset=utf-8")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.Header().Set("X-Errors", fmt.Sprint(failed))
	w.Write(buf.Bytes())
}
