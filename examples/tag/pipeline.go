package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
	"sync"
	"time"

	"github.com/vntag/vntag/ner"
	"github.com/vntag/vntag/ner/render"
)

// A source is one input: a named file, a reader or an in-memory text.
type source struct {
	name  string    // file name; empty for standard input
	r     io.Reader // read instead of opening name
	text  *string   // the text itself, for the sample
	jsonl bool
}

// A job is one document to tag, with the channel its answer goes to.
type job struct {
	file  string
	line  int    // line number for JSONL input, 0 for text
	text  string // for text input
	raw   []byte // a JSONL line
	jsonl bool
	out   chan result
}

// A result is the answer to a job: a document, an error answer for the
// record, or an input failure.
type result struct {
	doc    *ner.Document
	docErr *render.DocError
	ioErr  error
	size   int // input bytes, for progress
}

// A pipeline tags documents in parallel and writes them in input order: a
// reader goroutine cuts the input into jobs, workers tag them, and the
// caller's goroutine writes the answers. At most 2×workers documents are in
// flight, so memory stays bounded whatever the input size.
type pipeline struct {
	tagger   *ner.Tagger
	ref      time.Time
	enc      *render.Encoder
	stderr   io.Writer
	inBand   bool // error answers are in the output already (json, jsonl)
	workers  int
	progress *progress
	writeErr error
}

// run processes srcs and returns the exit status: 0, or 1 if a record or
// an input failed.
func (p *pipeline) run(srcs []source) int {
	n := max(1, p.workers)
	work := make(chan *job, n)
	pending := make(chan chan result, 2*n)
	quit := make(chan struct{})

	var wg sync.WaitGroup
	for range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range work {
				j.out <- p.tag(j)
			}
		}()
	}
	go func() {
		defer close(pending)
		defer close(work)
		p.read(srcs, work, pending, quit)
	}()

	status := 0
	for ch := range pending {
		r := <-ch
		switch {
		case r.ioErr != nil:
			fmt.Fprintf(p.stderr, "tag: %v\n", r.ioErr)
			status = 1
		case r.docErr != nil:
			if !p.inBand {
				fmt.Fprintf(p.stderr, "tag: %v\n", r.docErr)
			}
			p.writeErr = p.enc.EncodeError(r.docErr)
			status = 1
		default:
			p.writeErr = p.enc.Encode(r.doc)
		}
		if p.writeErr != nil {
			fmt.Fprintf(p.stderr, "tag: writing output: %v\n", p.writeErr)
			status = 1
			break
		}
		if p.progress != nil {
			p.progress.add(r.size)
		}
	}
	if p.writeErr != nil {
		// Stop the reader and let it close pending. A job it submitted
		// but never handed to a worker has no answer: do not wait for any.
		close(quit)
		for range pending {
		}
	}
	wg.Wait()
	if p.progress != nil {
		p.progress.done()
	}
	return status
}

// read cuts the sources into jobs, sending each job's answer channel to
// pending before the job to work, so that the writer sees input order.
func (p *pipeline) read(srcs []source, work chan<- *job, pending chan<- chan result, quit <-chan struct{}) {
	submit := func(j *job) bool {
		j.out = make(chan result, 1)
		select {
		case pending <- j.out:
		case <-quit:
			return false
		}
		select {
		case work <- j:
		case <-quit:
			return false
		}
		return true
	}
	fail := func(err error) bool {
		ch := make(chan result, 1)
		ch <- result{ioErr: err}
		select {
		case pending <- ch:
			return true
		case <-quit:
			return false
		}
	}
	for _, s := range srcs {
		if s.text != nil {
			if !submit(&job{text: *s.text}) {
				return
			}
			continue
		}
		r := s.r
		if r == nil {
			f, err := os.Open(s.name)
			if err != nil {
				if !fail(err) {
					return
				}
				continue
			}
			r = f
		}
		ok := p.readSource(s, r, submit, fail)
		if c, isFile := r.(*os.File); isFile && s.r == nil {
			c.Close()
		}
		if !ok {
			return
		}
	}
}

// readSource reads one input and submits its documents; it returns false
// when the run must stop.
func (p *pipeline) readSource(s source, r io.Reader, submit func(*job) bool, fail func(error) bool) bool {
	if !s.jsonl {
		b, err := io.ReadAll(r)
		if err != nil {
			return fail(fmt.Errorf("reading %s: %w", nameOf(s), err))
		}
		return submit(&job{file: s.name, text: string(b)})
	}
	br := bufio.NewReaderSize(r, 256<<10)
	for line := 1; ; line++ {
		// ReadBytes has no line-length limit: a 10 MB line is one record.
		b, err := br.ReadBytes('\n')
		if len(bytes.TrimSpace(b)) > 0 {
			if !submit(&job{file: s.name, line: line, raw: b, jsonl: true}) {
				return false
			}
		}
		if err == io.EOF {
			return true
		}
		if err != nil {
			return fail(fmt.Errorf("reading %s: %w", nameOf(s), err))
		}
	}
}

func nameOf(s source) string {
	if s.name == "" {
		return "standard input"
	}
	return s.name
}

// tag answers one job. A panic in the tagger becomes an error answer for
// that record, so that one bad document does not end a long run.
func (p *pipeline) tag(j *job) (r result) {
	r.size = len(j.text) + len(j.raw)
	defer func() {
		if v := recover(); v != nil {
			r.doc = nil
			r.docErr = &render.DocError{File: j.file, Line: j.line, Err: fmt.Sprintf("internal error: %v", v)}
		}
	}()
	if !j.jsonl {
		doc := p.tagger.Tag(j.text, p.ref)
		doc.ID = j.file
		r.doc = doc
		return r
	}
	req, err := render.DecodeRequest(j.raw)
	if err != nil {
		r.docErr = &render.DocError{ID: req.ID, File: j.file, Line: j.line, Err: err.Error()}
		return r
	}
	ref := p.ref
	if req.Ref != "" {
		if ref, err = ner.ParseRef(req.Ref); err != nil {
			r.docErr = &render.DocError{ID: req.ID, File: j.file, Line: j.line, Err: "ref: " + err.Error()}
			return r
		}
	}
	doc := p.tagger.Tag(req.Text, ref)
	doc.ID = req.ID
	r.doc = doc
	return r
}

// progress reports documents, megabytes and throughput on a terminal,
// four times a second once a run has lasted a quarter of a second.
type progress struct {
	w     io.Writer
	start time.Time
	last  time.Time
	docs  int
	bytes int64
	shown bool
}

func (p *progress) add(n int) {
	p.docs++
	p.bytes += int64(n)
	if now := time.Now(); now.Sub(p.last) >= 250*time.Millisecond {
		p.last = now
		p.show()
	}
}

func (p *progress) show() {
	secs := time.Since(p.start).Seconds()
	mb := float64(p.bytes) / 1e6
	rate := 0.0
	if secs > 0 {
		rate = mb / secs
	}
	fmt.Fprintf(p.w, "\r%d documents, %.1f MB, %.1f MB/s   ", p.docs, mb, rate)
	p.shown = true
}

// done shows the final figures, if a run was long enough to show any.
func (p *progress) done() {
	if p.shown {
		p.show()
		fmt.Fprintln(p.w)
	}
}
