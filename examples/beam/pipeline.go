package main

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"hash/fnv"
	"io"
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
	Shards     int      // number of output shards (and of dead-letter shards)
	DeadLetter string   // prefix of the dead-letter shards
	Ref        string   // default reference time, RFC 3339
	Types      string   // comma-separated types to keep; empty for all
}

// The Beam metrics of a run, in namespace metricsNamespace.
const (
	metricsNamespace    = "vntag"
	docsCounter         = "documents"    // documents tagged
	failedCounter       = "failed"       // records sent to the dead letter
	bytesCounter        = "bytes"        // input bytes of the documents tagged
	entityCounterPrefix = "entities."    // + type: entities of that type
	shardSuffix         = ".jsonl"       // of output and dead-letter shards
	tmpSuffix           = ".in-progress" // of a shard being written
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
	register.DoFn5x0[context.Context, string, string, func(string), func(string)](&tagRecordFn{})
	register.DoFn4x0[context.Context, fileio.ReadableFile, func(string), func(string)](&tagFileFn{})
	register.DoFn1x2[string, int, string](&shardFn{})
	register.DoFn3x1[context.Context, int, func(*string) bool, error](&writeShardFn{})
	register.Emitter1[string]()
	register.Iter1[string]()
}

// Build adds the tagging pipeline to s: read, tag, write the answers and
// the dead letters.
func Build(s beam.Scope, cfg Config) {
	var tagged, dead beam.PCollection
	t := tagger{Ref: cfg.Ref, Types: cfg.Types}
	if cfg.Text {
		var files []beam.PCollection
		for _, glob := range cfg.Inputs {
			files = append(files, fileio.MatchFiles(s, glob))
		}
		matched := beam.Flatten(s, files...)
		tagged, dead = beam.ParDo2(s, &tagFileFn{tagger: t}, fileio.ReadMatches(s, matched))
	} else {
		var lines []beam.PCollection
		for _, glob := range cfg.Inputs {
			lines = append(lines, textio.ReadWithFilename(s, glob))
		}
		tagged, dead = beam.ParDo2(s, &tagRecordFn{tagger: t}, beam.Flatten(s, lines...))
	}
	writeShards(s.Scope("answers"), cfg.Output, cfg.Shards, tagged)
	writeShards(s.Scope("dead-letter"), cfg.DeadLetter, cfg.Shards, dead)
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
		if ref, err = ner.ParseRef(req.Ref); err != nil {
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

// tagRecordFn tags JSONL records, keyed by the file they come from.
type tagRecordFn struct {
	tagger
}

func (fn *tagRecordFn) Setup() error { return fn.setup() }

func (fn *tagRecordFn) ProcessElement(ctx context.Context, file, line string, emit, dead func(string)) {
	if len(bytes.TrimSpace([]byte(line))) == 0 {
		return // a blank line is no record
	}
	answer, doc, dl := fn.tag(record{file: file, line: []byte(line), jsonl: true})
	count(ctx, doc, len(line))
	if doc == nil {
		dead(dl)
		return
	}
	emit(answer)
}

// tagFileFn tags whole files, each one document whose id is its path.
type tagFileFn struct {
	tagger
}

func (fn *tagFileFn) Setup() error { return fn.setup() }

func (fn *tagFileFn) ProcessElement(ctx context.Context, f fileio.ReadableFile, emit, dead func(string)) {
	b, err := f.Read(ctx)
	if err != nil {
		count(ctx, nil, 0)
		dead(fn.deadLetter(&render.DocError{ID: f.Metadata.Path, File: f.Metadata.Path, Err: err.Error()}))
		return
	}
	answer, doc, dl := fn.tag(record{file: f.Metadata.Path, text: b})
	count(ctx, doc, len(b))
	if doc == nil {
		dead(dl)
		return
	}
	emit(answer)
}

// writeShards writes the lines of col to prefix-SSSSS-of-NNNNN.jsonl.
func writeShards(s beam.Scope, prefix string, n int, col beam.PCollection) {
	filesystem.ValidateScheme(prefix)
	keyed := beam.ParDo(s, &shardFn{Shards: n}, col)
	beam.ParDo0(s, &writeShardFn{Prefix: prefix, Shards: n}, beam.GroupByKey(s, keyed))
}

// shardFn keys a line by a hash of its content, so that a line always goes
// to the same shard: a retried bundle rewrites the same shards.
type shardFn struct {
	Shards int `json:"shards"`
}

func (fn *shardFn) ProcessElement(line string) (int, string) {
	h := fnv.New64a()
	io.WriteString(h, line)
	return int(h.Sum64() % uint64(fn.Shards)), line
}

// writeShardFn writes one shard. It writes to a temporary file and renames
// it where the filesystem can, so that a shard under its final name is
// always whole.
type writeShardFn struct {
	Prefix string `json:"prefix"`
	Shards int    `json:"shards"`
}

func (fn *writeShardFn) ProcessElement(ctx context.Context, shard int, lines func(*string) bool) (err error) {
	name := shardName(fn.Prefix, shard, fn.Shards)
	fs, err := filesystem.New(ctx, name)
	if err != nil {
		return err
	}
	defer fs.Close()
	renamer, canRename := fs.(filesystem.Renamer)
	tmp := name
	if canRename {
		tmp = fmt.Sprintf("%s%s-%d", name, tmpSuffix, time.Now().UnixNano())
	}
	w, err := fs.OpenWrite(ctx, tmp)
	if err != nil {
		return err
	}
	// bufio.Writer keeps its first error, so checking at the end is enough.
	bw := bufio.NewWriterSize(w, 1<<20)
	var line string
	for lines(&line) {
		bw.WriteString(line)
		bw.WriteByte('\n')
	}
	err = bw.Flush()
	if cerr := w.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("writing %s: %w", tmp, err)
	}
	if canRename {
		return renamer.Rename(ctx, tmp, name)
	}
	return nil
}

// shardName returns the name of shard i of n: prefix-SSSSS-of-NNNNN.jsonl.
func shardName(prefix string, i, n int) string {
	return fmt.Sprintf("%s-%05d-of-%05d%s", prefix, i, n, shardSuffix)
}
