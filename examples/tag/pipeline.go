package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/vntag/vntag/ner"
	"github.com/vntag/vntag/ner/render"
	"github.com/vntag/vntag/normalize"
)

// interrupted is the exit status after SIGINT or SIGTERM.
const interrupted = 130

// defaultWindow is how many bytes of input may be in flight between the
// reader and the writer. Tagging takes about 30 bytes of memory a byte of
// text, so 2 MiB of input keeps the run within some 60 MB whatever the
// document sizes, while thousands of short documents keep every worker
// busy.
const defaultWindow = 2 << 20

// freeAbove is the size of a document after which the memory the
// collector holds free is given back to the system: a collection is
// nothing beside the tagging of megabytes.
const freeAbove = 4 << 20

// maxPending caps the documents in flight; it only sizes a channel, the
// window of bytes is what bounds memory.
const maxPending = 1 << 14

// A source is one input: a named file, a reader or an in-memory text.
type source struct {
	name  string    // file name; empty for standard input
	r     io.Reader // read instead of opening name
	text  *string   // the text itself, for the sample
	jsonl bool
}

// A job is one document to tag, with the channel its answer goes to.
type job struct {
	file    string
	line    int    // line number for JSONL input, 0 for text
	text    string // a text input, held once: the document's Text is this string
	raw     []byte // a JSONL line
	jsonl   bool
	tooLong bool // the line was longer than maxDoc and cut
	read    int  // input bytes consumed, line end included, for progress
	size    int  // bytes held in the window
	out     chan result
}

// A result is the answer to a job: a document, an error answer for the
// record, or an input failure.
type result struct {
	doc    *ner.Document
	info   render.Info
	docErr *render.DocError
	ioErr  error
	note   string // said on standard error (the encoding detected)
	size   int    // bytes held in the window
	read   int    // input bytes consumed, for progress
}

// A pipeline tags documents in parallel and writes them in input order: a
// reader goroutine cuts the input into jobs, workers tag them, and the
// caller's goroutine writes the answers. At most window bytes of input are
// in flight (or one document, when it alone is larger), so memory stays
// bounded on long documents and the workers stay busy on short ones.
type pipeline struct {
	tagger   *ner.Tagger
	ref      time.Time
	auto     bool               // detect legacy encodings
	enc      normalize.Encoding // the input's encoding when not auto
	raw      bool               // offsets must point into the input bytes (json, jsonl)
	out      *render.Encoder
	json     *jsonWriter // writes long json and jsonl answers; nil for the other formats
	stderr   io.Writer
	inBand   bool // error answers are in the output already (json, jsonl)
	workers  int
	window   int
	signals  <-chan os.Signal
	progress *progress
	refNote  string // said before the first document written
	written  int    // answers written
	writeErr error

	norm *normalize.Normalizer
}

// run processes srcs and returns the exit status: 0, 1 if a record or an
// input failed, or interrupted.
func (p *pipeline) run(srcs []source) int {
	n := max(1, p.workers)
	p.norm = normalize.New(normalize.Options{})
	work := make(chan *job, 4*n)
	pending := make(chan chan result, maxPending)
	quit := make(chan struct{})
	win := newWindow(p.window)

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
		p.read(srcs, work, pending, quit, win)
	}()

	var tick <-chan time.Time
	if p.progress != nil {
		t := time.NewTicker(p.progress.every)
		defer t.Stop()
		tick = t.C
	}
	status := 0
	stop := func() {
		// Stop the reader and let it close pending. A job it submitted
		// but never handed to a worker has no answer: do not wait for any.
		close(quit)
		win.close()
	}
	for {
		ch, ok, signalled := await(p, pending, tick)
		if !signalled && !ok {
			break
		}
		var r result
		if !signalled {
			r, _, signalled = await(p, ch, tick)
		}
		if signalled {
			stop()
			status = interrupted
			break
		}
		win.release(r.size)
		if r.note != "" {
			fmt.Fprintf(p.stderr, "tag: %s\n", r.note)
		}
		switch {
		case r.ioErr != nil:
			fmt.Fprintf(p.stderr, "tag: %s\n", render.ErrorText(r.ioErr))
			status = 1
		case r.docErr != nil:
			if !p.inBand {
				fmt.Fprintf(p.stderr, "tag: %v\n", r.docErr)
			}
			p.writeErr = p.out.EncodeError(r.docErr)
			p.written++
			status = 1
		default:
			if p.refNote != "" {
				fmt.Fprintf(p.stderr, "tag: %s\n", p.refNote)
				p.refNote = ""
			}
			if r.size >= freeAbove {
				// The parse of a long document leaves many megabytes of
				// pages free but still held: give them back before its
				// answer, built whole in the other formats, takes more.
				debug.FreeOSMemory()
			}
			if p.json != nil && len(r.doc.Entities) > streamAbove {
				p.writeErr = p.json.write(r.doc, r.info)
			} else {
				p.writeErr = p.out.EncodeInfo(r.doc, r.info)
			}
			p.written++
		}
		if p.writeErr != nil {
			fmt.Fprintf(p.stderr, "tag: writing output: %v\n", p.writeErr)
			stop()
			status = 1
			break
		}
		if p.progress != nil {
			p.progress.add(r.read)
		}
	}
	if status == interrupted {
		// Workers may be deep in a long document: do not wait for them.
		if p.progress != nil {
			p.progress.done()
		}
		return status
	}
	if p.writeErr != nil {
		for range pending {
		}
	}
	wg.Wait()
	if p.progress != nil {
		p.progress.done()
	}
	return status
}

// await receives from ch, showing the progress at each tick; it reports
// whether ch gave a value (false once closed) and whether a signal came
// first.
func await[T any](p *pipeline, ch <-chan T, tick <-chan time.Time) (v T, ok, signalled bool) {
	for {
		select {
		case v, ok = <-ch:
			return v, ok, false
		case <-p.signals:
			return v, false, true
		case <-tick:
			p.progress.show()
		}
	}
}

// A window counts the bytes of input in flight and makes the reader wait
// while there are more than its limit.
type window struct {
	mu     sync.Mutex
	cond   sync.Cond
	used   int
	limit  int
	closed bool
}

func newWindow(limit int) *window {
	w := &window{limit: limit}
	w.cond.L = &w.mu
	return w
}

// acquire waits until n more bytes fit, or nothing is in flight (a
// document larger than the window goes alone), and reports false if the
// window was closed meanwhile.
func (w *window) acquire(n int) bool {
	w.mu.Lock()
	defer w.mu.Unlock()
	for !w.closed && w.used > 0 && w.used+n > w.limit {
		w.cond.Wait()
	}
	if w.closed {
		return false
	}
	w.used += n
	return true
}

func (w *window) release(n int) {
	w.mu.Lock()
	w.used -= n
	w.mu.Unlock()
	w.cond.Broadcast()
}

func (w *window) close() {
	w.mu.Lock()
	w.closed = true
	w.mu.Unlock()
	w.cond.Broadcast()
}

// read cuts the sources into jobs, sending each job's answer channel to
// pending before the job to work, so that the writer sees input order.
func (p *pipeline) read(srcs []source, work chan<- *job, pending chan<- chan result, quit <-chan struct{}, win *window) {
	submit := func(j *job) bool {
		j.size = len(j.text) + len(j.raw)
		if !win.acquire(j.size) {
			return false
		}
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

// errTooLong is the answer to an input or a line over maxDoc.
var errTooLong = fmt.Errorf("longer than %d MiB: split it into documents (-in jsonl, one a line)", maxDoc>>20)

// readSource reads one input and submits its documents; it returns false
// when the run must stop.
func (p *pipeline) readSource(s source, r io.Reader, submit func(*job) bool, fail func(error) bool) bool {
	if !s.jsonl {
		text, err := readText(r)
		if err != nil {
			return fail(fmt.Errorf("reading %s: %w", nameOf(s), err))
		}
		if len(text) > maxDoc {
			return fail(fmt.Errorf("%s: %w", nameOf(s), errTooLong))
		}
		return submit(&job{file: s.name, text: text})
	}
	br := bufio.NewReaderSize(r, 256<<10)
	for line := 1; ; line++ {
		b, n, tooLong, err := readLine(br, maxDoc)
		if len(b) > 0 || tooLong || err == nil {
			// Every line is answered, a blank one too; a last line
			// without its newline is a line, nothing after the last
			// newline is not.
			if !submit(&job{file: s.name, line: line, raw: b, jsonl: true, tooLong: tooLong, read: n}) {
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

// readText reads at most maxDoc+1 bytes of r into a string, sized once
// when r is a regular file, so that a long text is in memory once (the
// tagger's Document keeps this very string) rather than as bytes and as
// their copy.
func readText(r io.Reader) (string, error) {
	var b strings.Builder
	if f, ok := r.(*os.File); ok {
		if fi, err := f.Stat(); err == nil && fi.Mode().IsRegular() && fi.Size() < maxDoc {
			b.Grow(int(fi.Size()) + 1) // +1: the read that finds the end
		}
	}
	_, err := io.Copy(&b, io.LimitReader(r, maxDoc+1))
	return b.String(), err
}

// readLine reads a line of at most max bytes, without its line end, and
// returns the bytes it consumed. Of a longer line it keeps nothing and
// reports it too long, so that a line of gigabytes costs no memory.
func readLine(br *bufio.Reader, max int) (line []byte, n int, tooLong bool, err error) {
	for {
		chunk, err := br.ReadSlice('\n')
		n += len(chunk)
		if !tooLong {
			if len(line)+len(chunk) > max+1 { // +1: the newline
				tooLong, line = true, nil
			} else {
				line = append(line, chunk...)
			}
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		if err == nil && !tooLong {
			line = line[:len(line)-1]
		}
		return bytes.TrimSuffix(line, []byte("\r")), n, tooLong, err
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
	r.size, r.read = j.size, max(j.read, j.size)
	defer func() {
		if v := recover(); v != nil {
			r.doc = nil
			r.docErr = &render.DocError{File: j.file, Line: j.line, Err: fmt.Sprintf("internal error: %v", v)}
		}
	}()
	if !j.jsonl {
		name := nameOf(source{name: j.file})
		doc, note, err := p.tagText(j.text, p.ref)
		if err != nil {
			r.ioErr = fmt.Errorf("%s: %w", name, err)
			return r
		}
		if note != "" {
			r.note = name + ": " + note
		}
		doc.ID = j.file
		r.doc, r.info = doc, render.Info{Ref: p.ref}
		return r
	}
	if j.tooLong {
		r.docErr = &render.DocError{File: j.file, Line: j.line, Err: "line " + errTooLong.Error()}
		return r
	}
	if len(bytes.TrimSpace(j.raw)) == 0 {
		// A blank line is an empty document, so that answers and lines
		// pair up.
		r.doc, r.info = &ner.Document{}, render.Info{Line: j.line, Ref: p.ref}
		return r
	}
	req, err := render.DecodeRequest(j.raw)
	j.raw = nil // the text is decoded: do not hold a long line twice while it is tagged
	if err != nil {
		r.docErr = &render.DocError{ID: req.ID, File: j.file, Line: j.line, Err: err.Error()}
		return r
	}
	ref := p.ref
	if req.Ref != "" {
		if ref, err = render.ParseRef(req.Ref); err != nil {
			r.docErr = &render.DocError{ID: req.ID, File: j.file, Line: j.line, Err: "ref: " + err.Error()}
			return r
		}
	}
	var doc *ner.Document
	if p.auto || p.enc == normalize.UTF8 {
		// A JSON string is UTF-8 once decoded.
		doc = p.tagger.Tag(req.Text, ref)
	} else if doc, _, err = p.tagText(req.Text, ref); err != nil {
		r.docErr = &render.DocError{ID: req.ID, File: j.file, Line: j.line, Err: err.Error()}
		return r
	}
	doc.ID = req.ID
	r.doc, r.info = doc, render.Info{Line: j.line, Ref: ref}
	return r
}

// tagText tags a text in the pipeline's encoding, or in the one detected
// when it is not valid UTF-8, and returns a note naming the encoding
// detected. For json output the offsets point into s; the other formats
// show the decoded text. A UTF-8 text is tagged without a copy.
func (p *pipeline) tagText(s string, ref time.Time) (*ner.Document, string, error) {
	enc, note := p.enc, ""
	if p.auto {
		if utf8.ValidString(s) {
			return p.tagger.Tag(s, ref), "", nil
		}
		var conf float64
		enc, conf = normalize.Detect([]byte(s))
		if enc == normalize.UTF8 {
			return p.tagger.Tag(s, ref), "not UTF-8 nor a legacy encoding that could be told; read as UTF-8", nil
		}
		note = fmt.Sprintf("not UTF-8: read as %v (confidence %.2f; -from sets it)", enc, conf)
	}
	if enc == normalize.UTF8 {
		return p.tagger.Tag(s, ref), note, nil
	}
	b := []byte(s) // legacy input: rare, and decoded to a new text anyway
	if p.raw {
		doc, err := p.tagger.TagBytes(b, enc, ref)
		if err != nil {
			return nil, note, errors.New(render.ErrorText(err))
		}
		return doc, note, nil
	}
	t, err := p.norm.Decode(b, enc)
	if err != nil {
		return nil, note, errors.New(render.ErrorText(err))
	}
	return p.tagger.Tag(t.Norm, ref), note, nil
}

// progress reports documents, megabytes and throughput on a terminal, and
// the total and the time left when the input size is known.
type progress struct {
	w     io.Writer
	start time.Time
	every time.Duration
	total int64 // input bytes, -1 when unknown
	docs  int
	bytes int64
	shown bool
}

func (p *progress) add(n int) {
	p.docs++
	p.bytes += int64(n)
}

func (p *progress) show() {
	secs := time.Since(p.start).Seconds()
	mb := float64(p.bytes) / 1e6
	rate := 0.0
	if secs > 0 {
		rate = mb / secs
	}
	docs := "documents"
	if p.docs == 1 {
		docs = "document"
	}
	if p.total > 0 {
		line := fmt.Sprintf("\r%d %s, %.1f of %.1f MB (%d%%), %.1f MB/s", p.docs, docs, mb, float64(p.total)/1e6, 100*p.bytes/p.total, rate)
		if p.bytes > 0 && p.bytes < p.total {
			left := time.Duration(float64(p.total-p.bytes) / float64(p.bytes) * secs * float64(time.Second))
			line += ", " + left.Round(time.Second).String() + " left"
		}
		fmt.Fprint(p.w, line+"   ")
	} else {
		fmt.Fprintf(p.w, "\r%d %s, %.1f MB, %.1f MB/s   ", p.docs, docs, mb, rate)
	}
	p.shown = true
}

// done shows the final figures, if a run was long enough to show any.
func (p *progress) done() {
	if p.shown {
		p.show()
		fmt.Fprintln(p.w)
	}
}
