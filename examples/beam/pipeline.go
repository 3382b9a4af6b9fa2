package main

import (
	"bufio"
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"io"
	"sort"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/textio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"

	"github.com/vntag/vntag/ner"
	"github.com/vntag/vntag/ner/render"
)

// Config is what a pipeline does: where it reads and writes, and how it
// tags. Its fields that the workers need travel inside the DoFns, so that
// every worker tags with the same reference time and types.
type Config struct {
	Inputs     []string // globs of input files
	Text       bool     // each input file is one document, rather than JSONL records
	Output     string   // prefix of the output shards
	DeadLetter string   // prefix of the dead-letter shards
	Ref        string   // default reference time, RFC 3339
	Types      string   // comma-separated types to keep; empty for all
}

// The Beam metrics of a run, in namespace metricsNamespace.
const (
	metricsNamespace    = "vntag"
	docsCounter         = "documents" // documents tagged
	failedCounter       = "failed"    // records sent to the dead letter
	bytesCounter        = "bytes"     // input bytes of the documents tagged
	entityCounterPrefix = "entities." // + type: entities of that type
	shardSuffix         = ".jsonl"    // of output and dead-letter shards
)

var (
	docs     = beam.NewCounter(metricsNamespace, docsCounter)
	failed   = beam.NewCounter(metricsNamespace, failedCounter)
	inBytes  = beam.NewCounter(metricsNamespace, bytesCounter)
	entities = map[ner.Type]beam.Counter{}
)

func init() {
	for _, t := range ner.Types {
		entities[t] = beam.NewCounter(metricsNamespace, entityCounterPrefix+string(t))
	}
	// Registration lets Beam call the DoFns without reflection, and lets a
	// worker started from this binary on a cluster find them by name.
	register.DoFn5x1[context.Context, string, string, func(string), func(string), error](&tagRecordFn{})
	register.DoFn4x1[context.Context, fileio.ReadableFile, func(string), func(string), error](&tagFileFn{})
	register.DoFn3x1[context.Context, int, func(*string) bool, error](&finalizeFn{})
	register.Emitter1[string]()
	register.Iter1[string]()
}

// Build adds the tagging pipeline to s: read, tag, write the answers and
// the dead letters.
//
// Answers are not shuffled to their files: each bundle writes its answers
// to a part file of its own, in a temporary folder beside the output, and
// only the names of the parts go through a GroupByKey, to a step that
// renames them PREFIX-SSSSS-of-NNNNN.jsonl. The answers are about four
// times the size of the input, so shuffling them would cost more than
// tagging; and since a bundle that fails emits no part name, a retried
// bundle leaves no duplicate in the output (its orphan part is removed).
func Build(s beam.Scope, cfg Config) {
	run := runID()
	w := writers{
		AnswerDir: cfg.Output + ".tmp-" + run,
		DeadDir:   cfg.DeadLetter + ".tmp-" + run,
	}
	filesystem.ValidateScheme(w.AnswerDir)
	filesystem.ValidateScheme(w.DeadDir)
	t := tagger{Ref: cfg.Ref, Types: cfg.Types}
	var answers, dead beam.PCollection
	if cfg.Text {
		var files []beam.PCollection
		for _, glob := range cfg.Inputs {
			files = append(files, fileio.MatchFiles(s, glob))
		}
		matched := beam.Flatten(s, files...)
		answers, dead = beam.ParDo2(s, &tagFileFn{tagger: t, writers: w}, fileio.ReadMatches(s, matched))
	} else {
		var lines []beam.PCollection
		for _, glob := range cfg.Inputs {
			lines = append(lines, textio.ReadWithFilename(s, glob))
		}
		answers, dead = beam.ParDo2(s, &tagRecordFn{tagger: t, writers: w}, beam.Flatten(s, lines...))
	}
	finalize(s.Scope("answers"), cfg.Output, w.AnswerDir, answers)
	finalize(s.Scope("dead-letter"), cfg.DeadLetter, w.DeadDir, dead)
}

// runID returns a random name for a run's temporary folders.
func runID() string {
	var b [6]byte
	rand.Read(b[:])
	return hex.EncodeToString(b[:])
}

// tagger is the part of a tagging DoFn that workers share: the
// configuration, serialised with the DoFn, and the Tagger built from it in
// Setup, once per DoFn instance rather than once per document.
type tagger struct {
	Ref   string `json:"ref"`
	Types string `json:"types"`

	t   *ner.Tagger
	ref time.Time
	buf bytes.Buffer
	enc *render.Encoder
}

func (g *tagger) setup() error {
	types, err := ner.ParseTypes(g.Types)
	if err != nil {
		return err
	}
	if g.t, err = ner.New(ner.Options{Types: types}); err != nil {
		return err
	}
	if g.ref, err = time.Parse(time.RFC3339, g.Ref); err != nil {
		return fmt.Errorf("reference time: %v", err)
	}
	// The answers are encoded by render, as examples/tag encodes them, so
	// that the two formats cannot drift apart.
	g.enc, err = render.NewEncoder(&g.buf, render.JSONL, render.Options{})
	return err
}

// A record is one document to tag: a JSONL line, or a whole text file.
type record struct {
	file  string
	line  []byte // a JSONL record
	text  []byte // a text document
	jsonl bool
}

// tag answers one record: the JSONL answer, or the dead-letter line. A
// panic in the tagger becomes a dead letter, so that one bad document does
// not fail a long job.
func (g *tagger) tag(r record) (answer string, doc *ner.Document, dead string) {
	defer func() {
		if v := recover(); v != nil {
			answer, doc = "", nil
			dead = g.deadLetter(&render.DocError{File: r.file, Err: fmt.Sprintf("internal error: %v", v)})
		}
	}()
	if !r.jsonl {
		doc = g.t.Tag(string(r.text), g.ref)
		doc.ID = r.file
		return g.encode(doc), doc, ""
	}
	req, err := render.DecodeRequest(r.line)
	if err != nil {
		return "", nil, g.deadLetter(&render.DocError{ID: req.ID, File: r.file, Err: err.Error()})
	}
	ref := g.ref
	if req.Ref != "" {
		if ref, err = render.ParseRef(req.Ref); err != nil {
			return "", nil, g.deadLetter(&render.DocError{ID: req.ID, File: r.file, Err: "ref: " + err.Error()})
		}
	}
	doc = g.t.Tag(req.Text, ref)
	doc.ID = req.ID
	return g.encode(doc), doc, ""
}

// encode returns doc's JSONL answer without its newline, which the shard
// writer adds.
func (g *tagger) encode(doc *ner.Document) string {
	g.buf.Reset()
	if err := g.enc.Encode(doc); err != nil {
		panic(err) // a bytes.Buffer does not fail
	}
	return string(bytes.TrimSuffix(g.buf.Bytes(), []byte("\n")))
}

// deadLetter returns the error answer for a record, as examples/tag writes
// it in its output.
func (g *tagger) deadLetter(e *render.DocError) string {
	g.buf.Reset()
	if err := g.enc.EncodeError(e); err != nil {
		panic(err)
	}
	return string(bytes.TrimSuffix(g.buf.Bytes(), []byte("\n")))
}

// count updates the metrics for one record.
func count(ctx context.Context, doc *ner.Document, size int) {
	if doc == nil {
		failed.Inc(ctx, 1)
		return
	}
	docs.Inc(ctx, 1)
	inBytes.Inc(ctx, int64(size))
	n := map[ner.Type]int64{}
	for _, e := range doc.Entities {
		n[e.Type]++
	}
	for t, k := range n {
		if c, ok := entities[t]; ok {
			c.Inc(ctx, k)
		}
	}
}

// tagRecordFn tags JSONL records, keyed by the file they come from. Its
// outputs are the names of the part files of its bundles.
type tagRecordFn struct {
	tagger
	writers
}

func (fn *tagRecordFn) Setup() error { return fn.setup() }

func (fn *tagRecordFn) ProcessElement(ctx context.Context, file, line string, _, _ func(string)) error {
	if len(bytes.TrimSpace([]byte(line))) == 0 {
		return nil // a blank line is no record
	}
	answer, doc, dl := fn.tag(record{file: file, line: []byte(line), jsonl: true})
	count(ctx, doc, len(line))
	return fn.write(ctx, answer, dl)
}

func (fn *tagRecordFn) FinishBundle(ctx context.Context, answers, dead func(string)) error {
	return fn.finish(ctx, answers, dead)
}

// tagFileFn tags whole files, each one document whose id is its path.
type tagFileFn struct {
	tagger
	writers
}

func (fn *tagFileFn) Setup() error { return fn.setup() }

func (fn *tagFileFn) ProcessElement(ctx context.Context, f fileio.ReadableFile, _, _ func(string)) error {
	b, err := f.Read(ctx)
	if err != nil {
		count(ctx, nil, 0)
		return fn.write(ctx, "", fn.deadLetter(&render.DocError{ID: f.Metadata.Path, File: f.Metadata.Path, Err: err.Error()}))
	}
	answer, doc, dl := fn.tag(record{file: f.Metadata.Path, text: b})
	count(ctx, doc, len(b))
	return fn.write(ctx, answer, dl)
}

func (fn *tagFileFn) FinishBundle(ctx context.Context, answers, dead func(string)) error {
	return fn.finish(ctx, answers, dead)
}

// writers write a bundle's answers and dead letters to part files in
// temporary folders, opened on the first line.
type writers struct {
	AnswerDir string `json:"answer_dir"`
	DeadDir   string `json:"dead_dir"`

	answers, dead part
}

// write writes an answer or a dead letter, whichever is not empty.
func (w *writers) write(ctx context.Context, answer, dead string) error {
	if answer != "" {
		return w.answers.write(ctx, w.AnswerDir, answer)
	}
	return w.dead.write(ctx, w.DeadDir, dead)
}

// finish closes the bundle's part files and emits their names. An error
// fails the bundle, which the runner retries: a part that could not be
// written whole must not reach the output.
func (w *writers) finish(ctx context.Context, answers, dead func(string)) error {
	a, errA := w.answers.close()
	d, errD := w.dead.close()
	if errA != nil {
		return errA
	}
	if errD != nil {
		return errD
	}
	if a != "" {
		answers(a)
	}
	if d != "" {
		dead(d)
	}
	return nil
}

// A part is the file a bundle writes one kind of line to.
type part struct {
	name string
	fs   filesystem.Interface
	w    io.WriteCloser
	bw   *bufio.Writer
}

func (p *part) write(ctx context.Context, dir, line string) error {
	if p.bw == nil {
		p.name = dir + "/part-" + runID() + shardSuffix
		fs, err := filesystem.New(ctx, p.name)
		if err != nil {
			return err
		}
		w, err := fs.OpenWrite(ctx, p.name)
		if err != nil {
			fs.Close()
			return err
		}
		p.fs, p.w, p.bw = fs, w, bufio.NewWriterSize(w, 1<<20)
	}
	// bufio.Writer keeps its first error, which close reports.
	p.bw.WriteString(line)
	p.bw.WriteByte('\n')
	return nil
}

// close closes the part, if it was opened, and returns its name.
func (p *part) close() (string, error) {
	if p.bw == nil {
		return "", nil
	}
	err := p.bw.Flush()
	if cerr := p.w.Close(); err == nil {
		err = cerr
	}
	p.fs.Close()
	name := p.name
	*p = part{}
	if err != nil {
		return "", fmt.Errorf("writing %s: %w", name, err)
	}
	return name, nil
}

// finalize gathers the names of the parts of col and renames them to
// prefix-SSSSS-of-NNNNN.jsonl.
func finalize(s beam.Scope, prefix, dir string, parts beam.PCollection) {
	beam.ParDo0(s, &finalizeFn{Prefix: prefix, Dir: dir}, beam.GroupByKey(s, beam.AddFixedKey(s, parts)))
}

// finalizeFn renames the parts of the bundles that succeeded to the output
// shards, in the order of their random names, and removes the temporary
// folder with what failed bundles left in it.
type finalizeFn struct {
	Prefix string `json:"prefix"`
	Dir    string `json:"dir"`
}

func (fn *finalizeFn) ProcessElement(ctx context.Context, _ int, parts func(*string) bool) error {
	var names []string
	var name string
	for parts(&name) {
		names = append(names, name)
	}
	sort.Strings(names)
	fs, err := filesystem.New(ctx, fn.Prefix)
	if err != nil {
		return err
	}
	defer fs.Close()
	for i, name := range names {
		dst := shardName(fn.Prefix, i, len(names))
		if err := filesystem.Rename(ctx, fs, name, dst); err != nil {
			// A retried finalize finds the parts it renamed before gone.
			if _, serr := fs.Size(ctx, dst); serr == nil {
				continue
			}
			return err
		}
	}
	if rm, ok := fs.(filesystem.Remover); ok {
		orphans, _ := fs.List(ctx, fn.Dir+"/*")
		for _, o := range orphans {
			rm.Remove(ctx, o)
		}
		rm.Remove(ctx, fn.Dir) // a folder on a local disk; nothing on object stores
	}
	return nil
}

// shardName returns the name of shard i of n: prefix-SSSSS-of-NNNNN.jsonl.
func shardName(prefix string, i, n int) string {
	return fmt.Sprintf("%s-%05d-of-%05d%s", prefix, i, n, shardSuffix)
}
