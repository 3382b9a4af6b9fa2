package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"
	"github.com/google/go-cmp/cmp"

	"github.com/vntag/vntag/ner/score"
)

// The pipelines of these tests run on Prism, in this process, unless
// -runner says otherwise.
func TestMain(m *testing.M) {
	code := ptest.MainRetWithDefault(m, "prism")
	if tagBinary != "" {
		os.RemoveAll(filepath.Dir(tagBinary))
	}
	os.Exit(code)
}

// repo is the root of the library's repository, whose testdata and
// examples/tag the tests use.
const repo = "../.."

// badRecords are JSONL records that examples/tag answers with an error and
// the pipeline sends to its dead letter.
var badRecords = []string{
	`not json`,
	`{"id": "no-text"}`,
	`{"id": "text-not-string", "text": 5}`,
	`{"id": "bad-ref", "text": "Ngày 18/7, Huyện ủy Lạng Giang họp.", "ref": "2024-13-45"}`,
	`{"id": ["not", "a", "string"], "text": "x"}`,
}

// TestMatchesTag runs the pipeline on Prism over every gold document of
// testdata, as JSONL, and checks that its answers equal those of
// examples/tag on the same input, entity for entity, and that the records
// examples/tag rejects are the pipeline's dead letters, with the same
// errors.
func TestMatchesTag(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	var inputs []string
	for _, set := range []string{"dev", "holdout", "sample"} {
		var lines []string
		files, _ := filepath.Glob(filepath.Join(repo, "testdata", set, "*.txt"))
		for _, f := range files {
			if set == "sample" && filepath.Base(f) != "gold.txt" {
				continue // the article, unannotated
			}
			for _, d := range readMarkup(t, f, set+"/"+filepath.Base(f)) {
				lines = append(lines, jsonLine(t, map[string]string{"id": d.ID, "text": d.Text, "ref": d.Ref}))
			}
		}
		if len(lines) == 0 {
			t.Fatalf("no gold documents in testdata/%s", set)
		}
		inputs = append(inputs, writeLines(t, filepath.Join(in, set+".jsonl"), lines))
	}
	inputs = append(inputs, writeLines(t, filepath.Join(in, "bad.jsonl"), badRecords))
	// A record far longer than a scanner's default buffer, and lines
	// ending in CRLF.
	article, err := os.ReadFile(filepath.Join(repo, "testdata", "sample", "article.txt"))
	if err != nil {
		t.Fatal(err)
	}
	long := strings.Repeat(string(article)+"\n", (1<<20)/len(article)+1)
	inputs = append(inputs, writeLines(t, filepath.Join(in, "edge.jsonl"), []string{
		jsonLine(t, map[string]string{"id": "long", "text": long, "ref": "2024-07-18"}) + "\r",
		jsonLine(t, map[string]string{"id": "crlf", "text": string(article), "ref": "2024-07-18"}) + "\r",
	}))

	cfg := Config{
		Inputs: []string{filepath.Join(in, "*.jsonl")},
		Output: filepath.Join(dir, "out", "tagged"),
		Ref:    "2024-07-18T00:00:00+07:00",
	}
	cfg.DeadLetter = cfg.Output + ".errors"
	counts := runPipeline(t, cfg)

	want := runTag(t, append([]string{"-in", "jsonl", "-out", "jsonl", "-ref", "2024-07-18"}, inputs...))
	got := readShards(t, cfg.Output)
	dead := readShards(t, cfg.DeadLetter)
	compareAnswers(t, got, dead, want)
	compareCounts(t, counts, want)
	if left, _ := filepath.Glob(filepath.Join(dir, "out", "*.tmp-*")); len(left) > 0 {
		t.Errorf("temporary folders left behind: %q", left)
	}
	if n := len(want.errors); n != len(badRecords) {
		t.Errorf("examples/tag rejected %d records, want the %d bad ones", n, len(badRecords))
	}
}

// TestTextFilesMatchTag runs the pipeline over whole text files, each one
// document, with some types only, and compares it with examples/tag given
// the same files.
func TestTextFilesMatchTag(t *testing.T) {
	root, err := filepath.Abs(repo)
	if err != nil {
		t.Fatal(err)
	}
	glob := filepath.Join(root, "testdata", "holdout", "*.txt")
	files, _ := filepath.Glob(glob)
	if len(files) == 0 {
		t.Fatalf("no files match %s", glob)
	}
	dir := t.TempDir()
	cfg := Config{
		Inputs:     []string{glob, filepath.Join(root, "testdata", "sample", "article.txt")},
		Text:       true,
		Output:     filepath.Join(dir, "tagged"),
		DeadLetter: filepath.Join(dir, "dead"),
		Ref:        "2024-07-18T00:00:00+07:00",
		Types:      "PER,ROLE,LOC,DATE",
	}
	counts := runPipeline(t, cfg)
	args := []string{"-out", "jsonl", "-ref", "2024-07-18", "-types", cfg.Types}
	args = append(args, files...)
	args = append(args, cfg.Inputs[1])
	want := runTag(t, args)
	compareAnswers(t, readShards(t, cfg.Output), readShards(t, cfg.DeadLetter), want)
	compareCounts(t, counts, want)
}

// answers are the answers of a run, by document id.
type answers struct {
	entities map[string]any // id → the entities array, decoded
	errors   []string       // "id: error" of each rejected record, sorted
}

// parseAnswers reads JSONL answers in the examples/tag format. Only the
// entities and errors are kept: fields that either program adds beside
// them do not matter here.
func parseAnswers(t *testing.T, lines []string) answers {
	t.Helper()
	a := answers{entities: map[string]any{}}
	for _, l := range lines {
		var v struct {
			ID       string          `json:"id"`
			Entities json.RawMessage `json:"entities"`
			Error    *string         `json:"error"`
		}
		if err := json.Unmarshal([]byte(l), &v); err != nil {
			t.Fatalf("answer %q: %v", l, err)
		}
		if v.Error != nil {
			a.errors = append(a.errors, v.ID+": "+*v.Error)
			continue
		}
		if _, dup := a.entities[v.ID]; dup {
			t.Fatalf("two answers for id %q", v.ID)
		}
		var ents any
		if err := json.Unmarshal(v.Entities, &ents); err != nil {
			t.Fatalf("entities of %q: %v", v.ID, err)
		}
		a.entities[v.ID] = ents
	}
	sort.Strings(a.errors)
	return a
}

// compareAnswers checks the pipeline's answers and dead letters against
// examples/tag's answers.
func compareAnswers(t *testing.T, got, dead []string, want answers) {
	t.Helper()
	g := parseAnswers(t, got)
	if len(g.errors) > 0 {
		t.Errorf("error answers among the tagged documents: %q", g.errors)
	}
	if len(want.entities) == 0 {
		t.Fatal("examples/tag tagged nothing")
	}
	for id, w := range want.entities {
		ge, ok := g.entities[id]
		if !ok {
			t.Errorf("%s: no answer from the pipeline", id)
			continue
		}
		if diff := cmp.Diff(w, ge); diff != "" {
			t.Errorf("%s: entities differ from examples/tag (-tag +beam):\n%s", id, diff)
		}
	}
	for id := range g.entities {
		if _, ok := want.entities[id]; !ok {
			t.Errorf("%s: answered by the pipeline, not by examples/tag", id)
		}
	}
	d := parseAnswers(t, dead)
	if len(d.entities) > 0 {
		t.Errorf("%d tagged documents among the dead letters", len(d.entities))
	}
	if diff := cmp.Diff(want.errors, d.errors); diff != "" {
		t.Errorf("dead letters differ from examples/tag's errors (-tag +beam):\n%s", diff)
	}
}

// compareCounts checks the pipeline's metrics against examples/tag's answers.
func compareCounts(t *testing.T, got map[string]int64, want answers) {
	t.Helper()
	w := map[string]int64{
		docsCounter:   int64(len(want.entities)),
		failedCounter: int64(len(want.errors)),
	}
	for _, ents := range want.entities {
		for _, e := range ents.([]any) {
			w[entityCounterPrefix+e.(map[string]any)["type"].(string)]++
		}
	}
	delete(got, bytesCounter)
	for k, v := range got {
		if v == 0 {
			delete(got, k) // a type that never occurs
		}
	}
	if w[failedCounter] == 0 {
		delete(w, failedCounter)
	}
	if diff := cmp.Diff(w, got); diff != "" {
		t.Errorf("metrics differ from examples/tag's answers (-tag +beam):\n%s", diff)
	}
}

// runPipeline builds the pipeline for cfg, runs it and returns its counters.
func runPipeline(t *testing.T, cfg Config) map[string]int64 {
	t.Helper()
	p, s := beam.NewPipelineWithRoot()
	Build(s, cfg)
	res, err := ptest.RunWithMetrics(p)
	if err != nil {
		t.Fatalf("pipeline: %v", err)
	}
	return counters(res)
}

// runTag builds examples/tag once and runs it with args, returning its
// parsed answers. Its exit status is 1 when a record fails, which is
// expected here.
func runTag(t *testing.T, args []string) answers {
	t.Helper()
	bin := buildTag(t)
	cmd := exec.Command(bin, args...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != 1 {
			t.Fatalf("examples/tag %s: %v\n%s", strings.Join(args, " "), err, stderr.Bytes())
		}
	}
	return parseAnswers(t, splitLines(stdout.String()))
}

var tagBinary string

func buildTag(t *testing.T) string {
	t.Helper()
	if tagBinary != "" {
		return tagBinary
	}
	gobin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command to build examples/tag with")
	}
	dir, err := os.MkdirTemp("", "vntag-beam-test")
	if err != nil {
		t.Fatal(err)
	}
	bin := filepath.Join(dir, "tag")
	cmd := exec.Command(gobin, "build", "-o", bin, "github.com/vntag/vntag/examples/tag")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("building examples/tag: %v\n%s", err, out)
	}
	tagBinary = bin
	return bin
}

// readShards returns the lines of every shard with the given prefix.
func readShards(t *testing.T, prefix string) []string {
	t.Helper()
	files, err := filepath.Glob(prefix + "-*-of-*" + shardSuffix)
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		lines = append(lines, splitLines(string(b))...)
	}
	return lines
}

func splitLines(s string) []string {
	var out []string
	sc := bufio.NewScanner(strings.NewReader(s))
	sc.Buffer(nil, 64<<20)
	for sc.Scan() {
		if strings.TrimSpace(sc.Text()) != "" {
			out = append(out, sc.Text())
		}
	}
	return out
}

func readMarkup(t *testing.T, path, name string) []score.Doc {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	docs, err := score.ReadMarkup(f, name)
	if err != nil {
		t.Fatal(err)
	}
	return docs
}

func jsonLine(t *testing.T, v any) string {
	t.Helper()
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		t.Fatal(err)
	}
	return strings.TrimSuffix(b.String(), "\n")
}

func writeLines(t *testing.T, path string, lines []string) string {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}
