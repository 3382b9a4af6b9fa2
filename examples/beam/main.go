// Command beam tags a corpus of Vietnamese documents on Apache Beam, so
// that an archive too big for one machine is tagged by many.
//
// It reads JSONL records {"id", "text", "ref"} (one a line, as
// examples/tag -in jsonl takes them) or plain text files (each file one
// document), tags each document with a ner.Tagger built once per worker, and
// writes JSONL shards in the format of examples/tag -out jsonl. Records that
// cannot be tagged (bad JSON, no text, a bad ref, a panic in the tagger) go
// to a dead-letter output in the format of examples/tag's error answers,
// and the job goes on. A blank line is no record and gets no answer: the
// answers are matched to records by id, not by position. Beam metrics
// count documents, failures and entities by type; the program prints them
// at the end.
//
// Usage:
//
//	beam --input 'corpus/*.jsonl' --output out/tagged [--in jsonl|text] [--ref DATE]
//	     [--types PER,LOC,...] [--dead_letter PREFIX] [--runner prism]
//	     [Beam's flags for the runner]
//
// It runs on Beam's Prism runner, in this process, by default; --runner
// dataflow, flink or spark runs the same program on a cluster, with Beam's
// usual flags (--project, --region, --staging_location, --endpoint, ...).
//
// The output is PREFIX-SSSSS-of-NNNNN.jsonl, one line a document, in no
// particular order: match answers to records by id. There is one shard per
// bundle of work that the runner made, so N follows the size of the input
// and the number of workers; no shard is empty. Dead letters go to
// PREFIX.errors-SSSSS-of-NNNNN.jsonl unless --dead_letter says otherwise.
// Use a fresh prefix for each run: shards of an earlier run with another N
// would stay beside the new ones.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"sort"
	"strings"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"

	"github.com/vntag/vntag/dates"
	"github.com/vntag/vntag/ner"
	"github.com/vntag/vntag/ner/render"
)

var (
	input      = flag.String("input", "", "input files: a glob, or several separated by commas (local, gs://)")
	inFormat   = flag.String("in", "jsonl", "input format: jsonl (one record {\"id\", \"text\", \"ref\"} a line) or text (each file one document)")
	output     = flag.String("output", "", "output prefix: shards are PREFIX-SSSSS-of-NNNNN.jsonl")
	deadLetter = flag.String("dead_letter", "", "prefix of the dead-letter shards; default OUTPUT.errors")
	refFlag    = flag.String("ref", "", "reference date YYYY-MM-DD (UTC+7) or RFC 3339 time; a record's own ref wins; default: when the job is launched")
	typesFlag  = flag.String("types", "", "comma-separated types to keep, e.g. PER,LOC,DATE; default all")
)

func main() {
	flag.Parse()
	// Init must come first: on a cluster the same binary is started as a
	// worker, and Init then runs the worker and never returns.
	beam.Init()

	cfg, err := configFromFlags(time.Now())
	if err != nil {
		fmt.Fprintf(os.Stderr, "beam: %v\n", err)
		os.Exit(2)
	}
	if *refFlag == "" {
		// Workers must agree on "now", so it is fixed at launch.
		fmt.Fprintf(os.Stderr, "beam: reference time %s (set it with --ref)\n", cfg.Ref)
	}

	p, s := beam.NewPipelineWithRoot()
	Build(s, cfg)
	start := time.Now()
	res, err := beamx.RunWithMetrics(context.Background(), p)
	if err != nil {
		fmt.Fprintf(os.Stderr, "beam: %v\n", err)
		os.Exit(1)
	}
	if res != nil {
		report(os.Stderr, counters(res), time.Since(start))
	}
}

// configFromFlags checks the flags and returns the pipeline's configuration;
// now is the reference time when --ref is not given.
func configFromFlags(now time.Time) (Config, error) {
	cfg := Config{
		Inputs:     splitList(*input),
		Output:     *output,
		DeadLetter: *deadLetter,
		Types:      *typesFlag,
	}
	switch *inFormat {
	case "jsonl":
	case "text":
		cfg.Text = true
	default:
		return cfg, fmt.Errorf("--in: unknown input format %q (want jsonl or text)", *inFormat)
	}
	if len(cfg.Inputs) == 0 {
		return cfg, errors.New("--input is required")
	}
	if cfg.Output == "" {
		return cfg, errors.New("--output is required")
	}
	if cfg.DeadLetter == "" {
		cfg.DeadLetter = cfg.Output + ".errors"
	}
	if *refFlag != "" {
		t, err := render.ParseRef(*refFlag)
		if err != nil {
			return cfg, fmt.Errorf("--ref: %v", err)
		}
		cfg.Ref = t.Format(time.RFC3339)
	} else {
		cfg.Ref = now.In(dates.UTC7()).Format(time.RFC3339)
	}
	if _, err := ner.ParseTypes(cfg.Types); err != nil {
		return cfg, fmt.Errorf("--types: %v", err)
	}
	return cfg, nil
}

// splitList splits a comma-separated list, dropping empty items.
func splitList(s string) []string {
	var out []string
	for _, f := range strings.Split(s, ",") {
		if f = strings.TrimSpace(f); f != "" {
			out = append(out, f)
		}
	}
	return out
}

// counters returns the job's committed counters (attempted ones where the
// runner reports no committed values), by name.
func counters(res beam.PipelineResult) map[string]int64 {
	m := map[string]int64{}
	for _, c := range res.Metrics().AllMetrics().Counters() {
		if c.Key.Namespace != metricsNamespace {
			continue
		}
		v := c.Committed
		if v == 0 {
			v = c.Attempted
		}
		m[c.Key.Name] += v
	}
	return m
}

// report prints the counters and the throughput of a run.
func report(w *os.File, c map[string]int64, elapsed time.Duration) {
	secs := elapsed.Seconds()
	mb := float64(c[bytesCounter]) / 1e6
	fmt.Fprintf(w, "beam: %d documents (%.1f MB) tagged, %d failed, in %.1fs: %.2f MB/s, %.0f documents/s\n",
		c[docsCounter], mb, c[failedCounter], secs, mb/secs, float64(c[docsCounter])/secs)
	var names []string
	for name := range c {
		if strings.HasPrefix(name, entityCounterPrefix) {
			names = append(names, name)
		}
	}
	sort.Strings(names)
	for _, name := range names {
		fmt.Fprintf(w, "beam: %-8s %d\n", strings.TrimPrefix(name, entityCounterPrefix), c[name])
	}
}
