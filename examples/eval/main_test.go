package main

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

const goldMarkup = `# ref: 2024-07-18
# domain: local
# id: d1
[DATE{2024-07-18 day} Ngày 18/7], [ORG Huyện ủy [LOC Lạng Giang]] ([LOC Bắc Giang]) họp.
# id: d2
# domain: people
Đồng chí [PER Tạ Huy Cần] phát biểu.
`

// The tagger's JSONL answers for goldMarkup: d1 perfect but for a missed
// LOC and a wrong date value, d2 with a spurious ORG.
const predPartial = `{"id":"d2","entities":[{"type":"PER","start":13,"end":27,"text":"Tạ Huy Cần"},{"type":"ORG","start":0,"end":9,"text":"Đồng chí"}]}
{"id":"d1","entities":[{"type":"DATE","start":0,"end":10,"text":"Ngày 18/7","value":{"kind":"date","start":"2024-07-19","end":"2024-07-19","grain":"day"}},{"type":"ORG","start":12,"end":37,"text":"Huyện ủy Lạng Giang"},{"type":"LOC","start":25,"end":37,"text":"Lạng Giang"}]}
`

func write(t *testing.T, dir, name, data string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func runEval(args ...string) (string, string, int) {
	var o, e bytes.Buffer
	status := run(args, &o, &e)
	return o.String(), e.String(), status
}

// row returns the figures of a table row as a string of fields.
func row(t *testing.T, out, name string) string {
	t.Helper()
	m := regexp.MustCompile(`(?m)^` + name + ` +(.*)$`).FindStringSubmatch(out)
	if m == nil {
		t.Fatalf("no row %q in:\n%s", name, out)
	}
	return strings.Join(strings.Fields(m[1]), " ")
}

func TestScorePredictions(t *testing.T) {
	dir := t.TempDir()
	gold := write(t, dir, "gold.txt", goldMarkup)
	pred := write(t, dir, "pred.jsonl", predPartial)
	out, stderr, status := runEval("-gold", gold, "-pred", pred)
	if status != 0 {
		t.Fatalf("status %d: %s", status, stderr)
	}
	// gold pred P R F1 pF1
	for name, want := range map[string]string{
		"LOC":   "2 1 100.0 50.0 66.7 66.7",
		"ORG":   "1 2 50.0 100.0 66.7 66.7",
		"PER":   "1 1 100.0 100.0 100.0 100.0",
		"DATE":  "1 1 100.0 100.0 100.0 100.0",
		"total": "5 5 80.0 80.0 80.0 80.0",
	} {
		if got := row(t, out, name); got != want {
			t.Errorf("row %s = %q, want %q", name, got, want)
		}
	}
	if !strings.Contains(out, "DATE values: 0/1 correct") {
		t.Errorf("want the wrong DATE value counted:\n%s", out)
	}
	if got := row(t, out, "people"); got != "1 2 50.0 100.0 66.7 66.7" {
		t.Errorf("domain people = %q", got)
	}
	out, _, _ = runEval("-gold", gold, "-pred", pred, "-errors", "-types", "loc,org")
	for _, want := range []string{"d1\n  missed   LOC      \"Bắc Giang\"", "d2\n  spurious ORG      \"Đồng chí\""} {
		if !strings.Contains(out, want) {
			t.Errorf("-errors output lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "PER ") || strings.Contains(out, "DATE ") {
		t.Errorf("-types loc,org still scores other types:\n%s", out)
	}
}

func TestGoldDirectoryAndJSONL(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "a.txt", goldMarkup)
	write(t, dir, "b.jsonl", `{"id":"j1","text":"Hà Nội","ref":"2024-07-18","entities":[{"type":"LOC","start":0,"end":8}]}`+"\n")
	write(t, dir, "README.md", "not gold")
	out, stderr, status := runEval(dir)
	if status != 0 {
		t.Fatalf("status %d: %s", status, stderr)
	}
	if !strings.Contains(out, "gold: 3 documents in 2 files; predictions: tagger") {
		t.Errorf("unexpected header:\n%s", out)
	}
	if got := row(t, out, "LOC"); !strings.HasPrefix(got, "3 ") {
		t.Errorf("LOC row %q: want 3 gold LOC", got)
	}
}

func TestTaggerOnSampleGold(t *testing.T) {
	gold := "../../testdata/sample/gold.txt"
	if _, err := os.Stat(gold); err != nil {
		t.Skip("no testdata/sample/gold.txt")
	}
	out, stderr, status := runEval("-gold", gold)
	if status != 0 {
		t.Fatalf("status %d: %s", status, stderr)
	}
	t.Logf("\n%s", out)
	row(t, out, "total")
}

func TestErrors(t *testing.T) {
	dir := t.TempDir()
	gold := write(t, dir, "gold.txt", goldMarkup)
	tests := []struct {
		args   []string
		status int
		msg    string
	}{
		{[]string{"-gold", filepath.Join(dir, "missing.txt")}, 1, "missing.txt"},
		{[]string{"-gold", write(t, dir, "bad.txt", "[LOC Hà Nội\n")}, 1, "bad.txt:1"},
		{[]string{"-gold", gold, "-pred", write(t, dir, "bad.jsonl", "{\"id\": \n")}, 1, "bad.jsonl"},
		{[]string{"-gold", gold, "-pred", write(t, dir, "short.jsonl", `{"id":"d1","entities":[]}`+"\n")}, 1, "1 predicted"},
		{[]string{"-gold", gold, "-pred", write(t, dir, "other.jsonl", "{\"id\":\"x\",\"entities\":[]}\n{\"id\":\"y\",\"entities\":[]}\n")}, 1, "id"},
		{[]string{"-gold", gold, "-pred", filepath.Join(dir, "nope.jsonl")}, 1, "nope.jsonl"},
		{[]string{"-gold", write(t, dir, "empty.txt", "# ref: 2024-07-18\n")}, 1, "no documents"},
		{[]string{"-gold", t.TempDir()}, 1, "no .txt or .jsonl"},
		{[]string{"-types", "PER,XYZ", gold}, 2, "XYZ"},
		{[]string{"-ref", "2024-13-45", gold}, 2, "-ref"},
		{[]string{"-nosuch"}, 2, "nosuch"},
	}
	for _, tt := range tests {
		_, stderr, status := runEval(tt.args...)
		if status != tt.status || !strings.Contains(stderr, tt.msg) || strings.Count(stderr, "\n") != 1 ||
			strings.Contains(stderr, "ner:") || strings.Contains(stderr, "score:") {
			t.Errorf("%v: status %d, stderr %q; want %d and a line with %q", tt.args, status, stderr, tt.status, tt.msg)
		}
	}
	if _, stderr, status := runEval("-ref", "2024-07-18T08:00", gold); status != 0 {
		t.Errorf("-ref with a zone-less time: %d %q", status, stderr)
	}
	if out, errOut, status := runEval("-h"); status != 0 || !strings.HasPrefix(out, "usage: eval") || errOut != "" {
		t.Errorf("-h: %d %q", status, out)
	}
}
