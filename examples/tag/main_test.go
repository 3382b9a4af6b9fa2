package main

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/vntag/vntag/ner"
	"github.com/vntag/vntag/normalize"
)

var update = flag.Bool("update", false, "rewrite testdata/sample.golden.json")

// binary is the tag program, built once by TestMain.
var binary string

func TestMain(m *testing.M) {
	flag.Parse()
	dir, err := os.MkdirTemp("", "tag-test")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	binary = filepath.Join(dir, "tag")
	if runtime.GOOS == "windows" {
		binary += ".exe"
	}
	out, err := exec.Command("go", "build", "-o", binary, ".").CombinedOutput()
	if err != nil {
		fmt.Fprintf(os.Stderr, "building tag: %v\n%s", err, out)
		os.RemoveAll(dir)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// runTag runs the built program with stdin and returns its standard output,
// standard error and exit status.
func runTag(t *testing.T, stdin []byte, args ...string) (stdout, stderr string, status int) {
	t.Helper()
	cmd := exec.Command(binary, args...)
	if stdin != nil {
		cmd.Stdin = bytes.NewReader(stdin)
	}
	var o, e bytes.Buffer
	cmd.Stdout, cmd.Stderr = &o, &e
	err := cmd.Run()
	var exit *exec.ExitError
	switch {
	case err == nil:
	case errors.As(err, &exit):
		status = exit.ExitCode()
	default:
		t.Fatalf("running tag: %v", err)
	}
	return o.String(), e.String(), status
}

func writeFile(t *testing.T, name string, data []byte) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// answer is one JSON answer: a document or an error line.
type answer struct {
	ID       *string      `json:"id"`
	Entities []ner.Entity `json:"entities"`
	Line     int          `json:"line"`
	Error    string       `json:"error"`
}

func decodeAnswers(t *testing.T, out string) []answer {
	t.Helper()
	dec := json.NewDecoder(strings.NewReader(out))
	var as []answer
	for {
		var a answer
		err := dec.Decode(&a)
		if err == io.EOF {
			return as
		}
		if err != nil {
			t.Fatalf("output is not JSON: %v\n%.500s", err, out)
		}
		as = append(as, a)
	}
}

// checkSpans checks that every entity lies on text and that its text and
// code point offsets agree with its byte offsets.
func checkSpans(t *testing.T, text string, ents []ner.Entity) {
	t.Helper()
	for _, e := range ents {
		if e.Start < 0 || e.Start > e.End || e.End > len(text) {
			t.Errorf("%s [%d:%d] outside the text (%d bytes)", e.Type, e.Start, e.End, len(text))
			continue
		}
		// encoding/json writes invalid UTF-8 as U+FFFD: compare without it.
		if clean(e.Text) != clean(text[e.Start:e.End]) {
			t.Errorf("%s [%d:%d] text %q, the slice is %q", e.Type, e.Start, e.End, e.Text, text[e.Start:e.End])
		}
	}
	// Code point offsets, counted in one pass over the sorted byte offsets.
	offs := make([]int, 0, 2*len(ents))
	for _, e := range ents {
		if 0 <= e.Start && e.Start <= e.End && e.End <= len(text) {
			offs = append(offs, e.Start, e.End)
		}
	}
	slices.Sort(offs)
	chars := make(map[int]int, len(offs))
	b, c := 0, 0
	for _, o := range offs {
		for b < o {
			_, n := utf8.DecodeRuneInString(text[b:])
			b += n
			c++
		}
		chars[o] = c
	}
	for _, e := range ents {
		if cs, ok := chars[e.Start]; ok && e.CharStart != cs {
			t.Errorf("%s %q: char_start %d, want %d", e.Type, e.Text, e.CharStart, cs)
		}
		if ce, ok := chars[e.End]; ok && e.CharEnd != ce {
			t.Errorf("%s %q: char_end %d, want %d", e.Type, e.Text, e.CharEnd, ce)
		}
	}
}

func clean(s string) string {
	return strings.ReplaceAll(strings.ToValidUTF8(s, ""), "\uFFFD", "")
}

func TestSampleIsTheArticle(t *testing.T) {
	want, err := os.ReadFile("../../testdata/sample/article.txt")
	if errors.Is(err, os.ErrNotExist) {
		t.Skip("testdata/sample/article.txt not there")
	}
	if err != nil {
		t.Fatal(err)
	}
	if sample != string(want) {
		t.Errorf("examples/tag/sample.txt differs from testdata/sample/article.txt: copy it over")
	}
}

const goldenPath = "testdata/sample.golden.json"

// TestGoldenSample tags the sample article as `go run ./examples/tag -out
// json` does (no input piped) and compares the output with the golden file;
// go test -update rewrites it.
func TestGoldenSample(t *testing.T) {
	var out, errb bytes.Buffer
	status := run([]string{"-out", "json"}, env{
		stdin: strings.NewReader("not read"), stdout: &out, stderr: &errb,
		stdinTerminal: true, now: time.Now,
	})
	if status != 0 {
		t.Fatalf("exit status %d: %s", status, errb.String())
	}
	if *update {
		if err := os.WriteFile(goldenPath, out.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(goldenPath)
	if err != nil {
		t.Fatal(err)
	}
	if out.String() != string(want) {
		t.Errorf("-out json of the sample differs from %s; if the tagger changed on purpose, run go test ./examples/tag -update and review the diff\n%s",
			goldenPath, firstDiff(string(want), out.String()))
	}
	// The built program, asked for the sample explicitly, says the same.
	got, stderr, status := runTag(t, nil, "-sample", "-out", "json")
	if status != 0 || got != string(want) {
		t.Errorf("tag -sample -out json: status %d, stderr %q, output differs from the golden file", status, stderr)
	}
	as := decodeAnswers(t, got)
	if len(as) != 1 {
		t.Fatalf("want one document, got %d", len(as))
	}
	checkSpans(t, sample, as[0].Entities)
}

// firstDiff shows the first line where got differs from want, with the
// lines before it.
func firstDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < len(w) || i < len(g); i++ {
		if i < len(w) && i < len(g) && w[i] == g[i] {
			continue
		}
		var b strings.Builder
		for j := max(0, i-3); j < i; j++ {
			fmt.Fprintf(&b, "  %d: %s\n", j+1, w[j])
		}
		if i < len(w) {
			fmt.Fprintf(&b, "- %d: %s\n", i+1, w[i])
		}
		if i < len(g) {
			fmt.Fprintf(&b, "+ %d: %s\n", i+1, g[i])
		}
		return b.String()
	}
	return ""
}

func TestBadFlags(t *testing.T) {
	tests := [][]string{
		{"-ref", "2024-13-45"},
		{"-ref", "yesterday"},
		{"-ref", "2024-07-18T25:00:00Z"},
		{"-ref", "2024-07-18 10:00"},
		{"-in", "xml"},
		{"-out", "yaml"},
		{"-types", "PER,FOO"},
		{"-nosuchflag"},
		{"-sample", "file.txt"},
	}
	for _, args := range tests {
		stdout, stderr, status := runTag(t, []byte("Hà Nội"), args...)
		if status != 2 {
			t.Errorf("%v: exit status %d, want 2", args, status)
		}
		if strings.Count(stderr, "\n") != 1 || !strings.HasPrefix(stderr, "tag: ") && !strings.Contains(stderr, "flag") {
			t.Errorf("%v: want a one-line error, got %q", args, stderr)
		}
		if stdout != "" {
			t.Errorf("%v: wrote %q to standard output", args, stdout)
		}
	}
	for _, args := range [][]string{{"-ref", "2024-07-18"}, {"-ref", "2017-02-02T03:55:00-02:00"}, {"-types", "per, loc,DATE"}} {
		if _, stderr, status := runTag(t, []byte("Hà Nội"), append(args, "-out", "json")...); status != 0 {
			t.Errorf("%v: exit status %d: %s", args, status, stderr)
		}
	}
	if stdout, _, status := runTag(t, nil, "-h"); status != 0 || !strings.Contains(stdout, "usage: tag") {
		t.Errorf("-h: status %d, output %q", status, stdout)
	}
}

func TestJSONLBadLines(t *testing.T) {
	in := strings.Join([]string{
		`{"id": "ok-1", "text": "Ngày 18/7, Huyện ủy Lạng Giang họp.", "ref": "2024-07-18"}`,
		`{"id": "broken", "text": "unterminated`,
		``,
		`{"id": "no-text"}`,
		`{"id": "bad-ref", "text": "x", "ref": "2024-13-45"}`,
		`[1, 2, 3]`,
		"{\"id\": \"bad-utf8\", \"text\": \"H\xe0 N\xffi \xc3\"}",
		`{"id": 7, "text": 5}`,
		`   `,
		`{"id": "ok-2", "text": ""}`,
	}, "\n") + "\n"
	stdout, stderr, status := runTag(t, []byte(in), "-in", "jsonl", "-out", "jsonl")
	if status != 1 {
		t.Errorf("exit status %d, want 1 (stderr %q)", status, stderr)
	}
	lines := strings.Split(strings.TrimSuffix(stdout, "\n"), "\n")
	type want struct {
		id   string
		line int
		err  string
	}
	// One answer per input line, a blank one too, each with its line.
	wants := []want{{"ok-1", 1, ""}, {"broken", 2, "invalid JSON"}, {"", 3, ""}, {"no-text", 4, `missing "text"`},
		{"bad-ref", 5, "ref"}, {"", 6, "not a JSON object"}, {"bad-utf8", 7, ""}, {"7", 8, `"text" must be a string`},
		{"", 9, ""}, {"ok-2", 10, ""}}
	if len(lines) != len(wants) {
		t.Fatalf("got %d output lines, want %d:\n%s", len(lines), len(wants), stdout)
	}
	for i, w := range wants {
		as := decodeAnswers(t, lines[i])
		if len(as) != 1 {
			t.Fatalf("line %d is not one JSON object: %q", i+1, lines[i])
		}
		a := as[0]
		id := ""
		if a.ID != nil {
			id = *a.ID
		}
		if w.id == "broken" {
			w.id = "" // an unparsable line has no id
		}
		if id != w.id || a.Line != w.line || !strings.Contains(a.Error, w.err) || (w.err == "") != (a.Error == "") {
			t.Errorf("answer %d = %s, want id %q line %d error %q", i+1, lines[i], w.id, w.line, w.err)
		}
		if w.err != "" && a.ID == nil {
			t.Errorf("answer %d: an error line must carry \"id\": %s", i+1, lines[i])
		}
		if w.err == "" && a.Entities == nil {
			t.Errorf("answer %d: a document must carry \"entities\": %s", i+1, lines[i])
		}
	}
}

func TestJSONLOrderAndErrorsInOtherFormats(t *testing.T) {
	var in strings.Builder
	n := 300
	for i := range n {
		// Sizes vary so that workers finish out of order.
		text := strings.Repeat("Huyện ủy Lạng Giang họp ngày 18/7. ", 1+(i*37)%50)
		fmt.Fprintf(&in, "{\"id\": \"d%d\", \"text\": %q}\n", i, text)
	}
	stdout, stderr, status := runTag(t, []byte(in.String()), "-in", "jsonl", "-out", "jsonl")
	if status != 0 {
		t.Fatalf("status %d: %s", status, stderr)
	}
	as := decodeAnswers(t, stdout)
	if len(as) != n {
		t.Fatalf("%d answers for %d lines", len(as), n)
	}
	for i, a := range as {
		if a.ID == nil || *a.ID != "d"+strconv.Itoa(i) {
			t.Fatalf("answer %d has id %v: the order is lost", i, a.ID)
		}
	}
	// In a format without error lines the error goes to standard error.
	_, stderr, status = runTag(t, []byte("{\"text\": \"a\"}\nnot json\n"), "-in", "jsonl", "-out", "conll")
	if status != 1 || !strings.Contains(stderr, "2:") {
		t.Errorf("conll with a bad line: status %d, stderr %q", status, stderr)
	}
}

func TestInvalidUTF8(t *testing.T) {
	text := "Ngày 18/7, Huy\xe1\xbb\x87n \xff\xfe ủy Lạng \x00Giang (B\xe1c Giang)\xc3"
	for _, f := range []string{"json", "pretty", "conll", "html", "jsonl"} {
		stdout, stderr, status := runTag(t, []byte(text), "-out", f, "-ref", "2024-07-18")
		if status != 0 {
			t.Errorf("-out %s: status %d: %s", f, status, stderr)
		}
		if f == "json" {
			as := decodeAnswers(t, stdout)
			if len(as) != 1 {
				t.Fatalf("want 1 document, got %d", len(as))
			}
			checkSpans(t, text, as[0].Entities)
		}
	}
}

func TestEmptyInput(t *testing.T) {
	empty := writeFile(t, "empty.txt", nil)
	stdout, stderr, status := runTag(t, nil, "-out", "json", empty)
	if status != 0 {
		t.Fatalf("status %d: %s", status, stderr)
	}
	if as := decodeAnswers(t, stdout); len(as) != 1 || len(as[0].Entities) != 0 || as[0].Entities == nil {
		t.Errorf("empty text: got %q", stdout)
	}
	// Nothing piped in from a non-terminal is an empty document too.
	stdout, _, status = runTag(t, []byte{}, "-out", "jsonl", "-ref", "2024-07-18")
	if status != 0 || strings.TrimSpace(stdout) != `{"ref":"2024-07-18T00:00:00+07:00","entities":[]}` {
		t.Errorf("empty stdin: status %d, output %q", status, stdout)
	}
	stdout, stderr, status = runTag(t, nil, "-in", "jsonl", "-out", "jsonl", empty)
	if status != 0 || stdout != "" {
		t.Errorf("empty jsonl: status %d, output %q, stderr %q", status, stdout, stderr)
	}
	for _, f := range []string{"pretty", "conll", "html"} {
		if _, stderr, status := runTag(t, nil, "-out", f, empty); status != 0 {
			t.Errorf("empty text, -out %s: status %d: %s", f, status, stderr)
		}
	}
}

func TestFilesInOrder(t *testing.T) {
	a := writeFile(t, "a.txt", []byte("Hà Nội"))
	b := writeFile(t, "b.txt", []byte("Lạng Giang"))
	missing := filepath.Join(t.TempDir(), "missing.txt")
	stdout, stderr, status := runTag(t, nil, "-out", "jsonl", a, missing, b)
	if status != 1 || !strings.Contains(stderr, "missing.txt") {
		t.Errorf("a missing file: status %d, stderr %q", status, stderr)
	}
	as := decodeAnswers(t, stdout)
	if len(as) != 2 || *as[0].ID != a || *as[1].ID != b {
		t.Errorf("want documents %s and %s in order, got %s", a, b, stdout)
	}
}

// TestLongLine feeds a 10 MB line as JSONL: bufio.Scanner's limit would
// have refused it.
func TestLongLine(t *testing.T) {
	if testing.Short() {
		t.Skip("a 10 MB line")
	}
	// Entities at both ends of 10 MB of plain prose: the offsets at the
	// end are past any buffer a line reader might have used.
	head := strings.ReplaceAll(sample[:strings.Index(sample, "Từ đầu năm")], "\n", " ")
	var text strings.Builder
	text.WriteString(head)
	for text.Len() < 10<<20 {
		text.WriteString("các đại biểu dự hội nghị và thảo luận về nhiệm vụ phát triển kinh tế xã hội trong thời gian tới. ")
	}
	text.WriteString(head)
	line, _ := json.Marshal(map[string]string{"id": "long", "text": text.String(), "ref": "2024-07-18"})
	in := append(line, "\n{\"id\": \"after\", \"text\": \"Hà Nội\"}\n"...)
	start := time.Now()
	stdout, stderr, status := runTag(t, in, "-in", "jsonl", "-out", "jsonl")
	elapsed := time.Since(start)
	t.Logf("a %.1f MB JSONL line took %v (%.1f MB/s)", float64(len(line))/1e6, elapsed, float64(len(line))/1e6/elapsed.Seconds())
	if status != 0 {
		t.Fatalf("status %d: %.300s", status, stderr)
	}
	as := decodeAnswers(t, stdout)
	if len(as) != 2 || *as[0].ID != "long" || *as[1].ID != "after" {
		t.Fatalf("want answers long and after, got %d", len(as))
	}
	checkSpans(t, text.String(), as[0].Entities)
	var first, last int
	for _, e := range as[0].Entities {
		if e.End <= len(head) {
			first++
		}
		if e.Start >= text.Len()-len(head) {
			last++
		}
	}
	if first > 0 && last == 0 {
		t.Errorf("%d entities at the start of the line, none at its end", first)
	}
}

// tagSampleJSON returns the entities of the sample as the program reports
// them.
func tagSampleJSON(t *testing.T) []ner.Entity {
	stdout, stderr, status := runTag(t, nil, "-sample", "-out", "json")
	if status != 0 {
		t.Fatalf("status %d: %s", status, stderr)
	}
	return decodeAnswers(t, stdout)[0].Entities
}

func TestCoNLLLinesUp(t *testing.T) {
	ents := tagSampleJSON(t)
	stdout, stderr, status := runTag(t, nil, "-sample", "-out", "conll")
	if status != 0 {
		t.Fatalf("status %d: %s", status, stderr)
	}
	toks := normalize.Tokens(sample)
	// The outermost layer: entities not inside an earlier, longer one.
	var flat []ner.Entity
	for _, e := range ents {
		if len(flat) == 0 || e.Start >= flat[len(flat)-1].End {
			flat = append(flat, e)
		}
	}
	i := 0
	prev := "O"
	for _, line := range strings.Split(strings.TrimSuffix(stdout, "\n"), "\n") {
		if line == "" || strings.HasPrefix(line, "# ") {
			continue
		}
		tok, tag, ok := strings.Cut(line, "\t")
		if !ok || i >= len(toks) {
			t.Fatalf("unexpected line %q (token %d of %d)", line, i, len(toks))
		}
		if want := sample[toks[i].Start:toks[i].End]; tok != want {
			t.Fatalf("token %d is %q, the text has %q", i, tok, want)
		}
		wantTag := "O"
		for _, e := range flat {
			if e.Start < toks[i].End && toks[i].Start < e.End {
				wantTag = "I-" + string(e.Type)
				if prev != wantTag && prev != "B-"+string(e.Type) || toks[i].Start <= e.Start {
					wantTag = "B-" + string(e.Type)
				}
				break
			}
		}
		if tag != wantTag {
			t.Errorf("token %d %q: tag %s, want %s", i, tok, tag, wantTag)
		}
		prev = tag
		i++
	}
	if i != len(toks) {
		t.Errorf("%d tokens written, the text has %d", i, len(toks))
	}
}

func TestHTMLHasEveryEntity(t *testing.T) {
	ents := tagSampleJSON(t)
	stdout, stderr, status := runTag(t, nil, "-sample", "-out", "html")
	if status != 0 {
		t.Fatalf("status %d: %s", status, stderr)
	}
	if !strings.HasPrefix(stdout, "<!DOCTYPE html>") || strings.Contains(stdout, "http") || strings.Contains(stdout, "<link") {
		t.Errorf("not a self-contained page")
	}
	// The page is well-formed XML too, so the standard library parses it.
	dec := xml.NewDecoder(strings.NewReader(stdout))
	dec.Strict = true
	type key struct{ start, end int }
	marked := map[key]string{} // text of each entity span, concatenated over its pieces
	types := map[key][]string{}
	var open []*key
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("the page does not parse: %v", err)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			var k *key
			if tok.Name.Local == "mark" {
				attr := map[string]string{}
				for _, a := range tok.Attr {
					attr[a.Name.Local] = a.Value
				}
				if s, err := strconv.Atoi(attr["data-start"]); err == nil {
					e, _ := strconv.Atoi(attr["data-end"])
					k = &key{s, e}
					types[*k] = append(types[*k], attr["data-type"])
				}
			}
			open = append(open, k)
		case xml.EndElement:
			open = open[:len(open)-1]
		case xml.CharData:
			for _, k := range open {
				if k != nil {
					marked[*k] += string(tok)
				}
			}
		}
	}
	for _, e := range ents {
		k := key{e.Start, e.End}
		if got := marked[k]; !strings.Contains(got, e.Text) {
			t.Errorf("%s %q [%d:%d] is not highlighted (marked text %q)", e.Type, e.Text, e.Start, e.End, got)
		}
		found := false
		for _, ty := range types[k] {
			found = found || ty == string(e.Type)
		}
		if !found {
			t.Errorf("%s %q has no mark of its type", e.Type, e.Text)
		}
	}
}

func TestPrettyAndTypes(t *testing.T) {
	ents := tagSampleJSON(t)
	stdout, _, status := runTag(t, nil, "-sample")
	if status != 0 || !strings.Contains(stdout, "Legend:") || strings.Contains(stdout, "\x1b[") {
		t.Errorf("pretty to a pipe: status %d, want a plain legend:\n%s", status, stdout)
	}
	for _, e := range ents {
		if !strings.Contains(stdout, "["+string(e.Type)+" ") {
			t.Errorf("pretty output lacks [%s ...]", e.Type)
		}
	}
	stdout, _, _ = runTag(t, nil, "-sample", "-out", "json", "-types", "DATE,LOC")
	for _, e := range decodeAnswers(t, stdout)[0].Entities {
		if e.Type != ner.DATE && e.Type != ner.LOC {
			t.Errorf("-types DATE,LOC let %s %q through", e.Type, e.Text)
		}
	}
}

// TestTerminal runs the program in-process as if on a terminal: colours on
// standard output, progress on standard error.
func TestTerminal(t *testing.T) {
	var out, errb bytes.Buffer
	in := strings.Repeat(`{"text": "Huyện ủy Lạng Giang họp ngày 18/7."}`+"\n", 50)
	// A slow input, so that progress has time to show.
	slow := &slowReader{r: strings.NewReader(in), delay: 300 * time.Millisecond}
	status := run([]string{"-in", "jsonl"}, env{
		stdin: slow, stdout: &out, stderr: &errb,
		stdoutTerminal: true, stderrTerminal: true, now: time.Now,
	})
	if status != 0 {
		t.Fatalf("status %d: %s", status, errb.String())
	}
	if !strings.Contains(out.String(), "\x1b[") {
		t.Errorf("no colours on a terminal")
	}
	if p := errb.String(); !strings.Contains(p, "50 documents, ") || !strings.Contains(p, "MB/s") || !strings.HasSuffix(p, "\n") {
		t.Errorf("progress = %q", p)
	}
}

// slowReader waits before its second read.
type slowReader struct {
	r     io.Reader
	delay time.Duration
	reads int
}

func (s *slowReader) Read(p []byte) (int, error) {
	if s.reads++; s.reads == 2 {
		time.Sleep(s.delay)
	}
	return s.r.Read(p[:min(len(p), 1000)])
}

// BenchmarkPipeline measures the whole program over JSONL input in-process.
func BenchmarkPipeline(b *testing.B) {
	var in strings.Builder
	for i := range 200 {
		line, _ := json.Marshal(map[string]string{"id": strconv.Itoa(i), "text": sample, "ref": "2024-07-18"})
		in.Write(line)
		in.WriteByte('\n')
	}
	b.SetBytes(int64(in.Len()))
	for b.Loop() {
		status := run([]string{"-in", "jsonl", "-out", "jsonl"}, env{
			stdin: strings.NewReader(in.String()), stdout: io.Discard, stderr: io.Discard, now: time.Now,
		})
		if status != 0 {
			b.Fatal(status)
		}
	}
}

// FuzzRun runs the program in-process on arbitrary JSONL and text input:
// it must answer every JSONL line with one line, in order, and
// never fail otherwise.
func FuzzRun(f *testing.F) {
	f.Add([]byte(`{"id": "a", "text": "Ngày 18/7, Huyện ủy Lạng Giang họp.", "ref": "2024-07-18"}` + "\n{bad\n\n"))
	f.Add([]byte("{\"text\": \"H\xe0 N\x00i\"}\r\n{\"text\": 1}"))
	f.Add([]byte("BẮC GIANG – Ngày 18/7\n\n\x00\xff"))
	f.Fuzz(func(t *testing.T, in []byte) {
		var out, errb bytes.Buffer
		status := run([]string{"-in", "jsonl", "-out", "jsonl", "-ref", "2024-07-18"}, env{
			stdin: bytes.NewReader(in), stdout: &out, stderr: &errb, now: time.Now,
		})
		if status != 0 && status != 1 {
			t.Fatalf("jsonl: status %d: %s", status, errb.String())
		}
		// Every line is answered; nothing after the last newline is no line.
		records := bytes.Count(in, []byte("\n"))
		if len(in) > 0 && in[len(in)-1] != '\n' {
			records++
		}
		if got := strings.Count(out.String(), "\n"); got != records {
			t.Errorf("%d answers for %d records", got, records)
		}
		for _, f := range []string{"json", "conll", "html", "pretty"} {
			out.Reset()
			if status := run([]string{"-out", f, "-ref", "2024-07-18"}, env{
				stdin: bytes.NewReader(in), stdout: &out, stderr: &errb, now: time.Now,
			}); status != 0 {
				t.Errorf("text -out %s: status %d: %s", f, status, errb.String())
			}
		}
	})
}

// endless is an input of identical JSONL lines that counts what is read and
// ends at the next line end once stop is closed.
type endless struct {
	line []byte
	pos  int
	read atomic.Int64
	stop chan struct{}
}

func (r *endless) Read(p []byte) (int, error) {
	select {
	case <-r.stop:
		if r.pos == 0 {
			return 0, io.EOF
		}
		n := copy(p, r.line[r.pos:]) // finish the line
		r.pos = (r.pos + n) % len(r.line)
		return n, nil
	default:
	}
	n := 0
	for n < len(p) {
		c := copy(p[n:], r.line[r.pos:])
		n += c
		r.pos = (r.pos + c) % len(r.line)
	}
	r.read.Add(int64(n))
	return n, nil
}

// stalled is an output that blocks until released, then fails like a
// closed pipe.
type stalled struct{ release chan struct{} }

func (w *stalled) Write(p []byte) (int, error) {
	<-w.release
	return 0, errors.New("broken pipe")
}

// TestBoundedMemory stalls the output and checks that the program stops
// reading its endless input: at most a window of documents is in flight.
func TestBoundedMemory(t *testing.T) {
	in := &endless{line: []byte(`{"text": "Huyện ủy Lạng Giang họp ngày 18/7."}` + "\n"), stop: make(chan struct{})}
	out := &stalled{release: make(chan struct{})}
	done := make(chan int)
	go func() {
		done <- run([]string{"-in", "jsonl", "-out", "jsonl"}, env{stdin: in, stdout: out, stderr: io.Discard, now: time.Now})
	}()
	// The reader goes as fast as the workers tag until the window is
	// full (slowly under the race detector), then must stop.
	// The input is read 256 KB at a time: only a long pause is a stop.
	var read int64
	deadline := time.Now().Add(30 * time.Second)
	for stable := 0; stable < 3; {
		time.Sleep(500 * time.Millisecond)
		again := in.read.Load()
		if again == read {
			stable++
			continue
		}
		stable, read = 0, again
		if time.Now().After(deadline) {
			t.Errorf("still reading with the output stalled: %d bytes", read)
			break
		}
	}
	// The read buffer, the 64 KB of answers the output buffer holds, and the
	// window of documents in flight.
	if limit := int64(4 << 20); read > limit {
		t.Errorf("read %d bytes ahead of a stalled output, want at most %d", read, limit)
	}
	t.Logf("read %d bytes ahead of a stalled output", read)
	// A failed write ends the run without tagging the rest of the input.
	close(out.release)
	select {
	case status := <-done:
		if status != 1 {
			t.Errorf("status %d after a write error, want 1", status)
		}
	case <-time.After(5 * time.Second):
		t.Errorf("the run goes on after a write error")
		close(in.stop)
		<-done
	}
}
