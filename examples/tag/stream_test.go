package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/vntag/vntag/ner"
	"github.com/vntag/vntag/ner/render"
)

// TestJSONWriterIsTheEncoder writes answers entity by entity and checks
// that they are, byte for byte, the answers render's Encoder writes whole.
func TestJSONWriterIsTheEncoder(t *testing.T) {
	tg, err := ner.New(ner.Options{})
	if err != nil {
		t.Fatal(err)
	}
	ref, _ := render.ParseRef(sampleRef)
	full := tg.Tag(sample, ref)
	full.ID = "bài <1> & \"mẫu\""
	one := tg.Tag("Ông Nguyễn Văn A, Chủ tịch UBND tỉnh Bắc Giang, chi 5 tỷ đồng ngày 18/7.", ref)
	withRule := *one
	withRule.Incomplete = []string{"slow"}
	docs := []*ner.Document{full, one, &withRule, {ID: "empty"}, {}}
	infos := []render.Info{{}, {Line: 7, Ref: ref}}
	for _, f := range []render.Format{render.JSON, render.JSONL} {
		for di, doc := range docs {
			for _, info := range infos {
				var want, got bytes.Buffer
				enc, _ := render.NewEncoder(&want, f, render.Options{})
				if err := enc.EncodeInfo(doc, info); err != nil {
					t.Fatal(err)
				}
				if err := newJSONWriter(&got, f).write(doc, info); err != nil {
					t.Fatal(err)
				}
				if got.String() != want.String() {
					t.Errorf("%s, document %d, line %d: entity by entity\n%.400s\nwhole\n%.400s\nfirst difference: %s",
						f, di, info.Line, got.String(), want.String(), firstDiff(want.String(), got.String()))
				}
			}
		}
	}
}

// TestLongTextAnswer tags a text long enough to be tagged in segments and
// answered entity by entity: the answer is the library's, as render
// encodes it, and the spans lie on the text.
func TestLongTextAnswer(t *testing.T) {
	var b strings.Builder
	for b.Len() < 300<<10 {
		b.WriteString(sample)
		b.WriteString("\n")
	}
	text := b.String()
	tg, err := ner.New(ner.Options{})
	if err != nil {
		t.Fatal(err)
	}
	ref, _ := render.ParseRef(sampleRef)
	doc := tg.Tag(text, ref)
	if len(doc.Entities) <= streamAbove {
		t.Fatalf("%d entities: the answer is not written entity by entity", len(doc.Entities))
	}
	for _, f := range []render.Format{render.JSON, render.JSONL} {
		var want bytes.Buffer
		enc, _ := render.NewEncoder(&want, f, render.Options{})
		if err := enc.EncodeInfo(doc, render.Info{Ref: ref}); err != nil {
			t.Fatal(err)
		}
		stdout, stderr, status := runIn(t, text, "-ref", sampleRef, "-out", string(f))
		if status != 0 {
			t.Fatalf("-out %s: status %d: %s", f, status, stderr)
		}
		if stdout != want.String() {
			t.Errorf("-out %s: the program's answer is not the Encoder's: first difference %s", f, firstDiff(want.String(), stdout))
		}
		checkSpans(t, text, decodeAnswers(t, stdout)[0].Entities)
	}
}

var peakMB = flag.Int("peak", 0, "TestLongLinePeak: the size of the long line, in MiB")

// TestLongLinePeak runs the program on a long line of real news, given as
// text and as JSONL, and logs the peak of its heap per byte of input
// (garbage included: what the resident size follows). Run it with
// -peak=MB to set the size; it is skipped by default and in short mode.
func TestLongLinePeak(t *testing.T) {
	if *peakMB == 0 || testing.Short() {
		t.Skip("set -peak=MB to measure")
	}
	news, err := os.ReadFile("../../testdata/realnews/news.txt")
	if err != nil {
		t.Fatal(err)
	}
	line := strings.Join(strings.Fields(string(news)), " ")
	var b strings.Builder
	for b.Len() < *peakMB<<20 {
		b.WriteString(line)
		b.WriteString(" ")
	}
	text := b.String()
	jsonl := fmt.Sprintf("{\"id\": \"long\", \"text\": %q}\n", text)
	for _, c := range []struct {
		name, in string
		args     []string
	}{
		{"text, pretty", text, []string{"-ref", sampleRef}},
		{"text, json", text, []string{"-ref", sampleRef, "-out", "json"}},
		{"jsonl", jsonl, []string{"-ref", sampleRef, "-in", "jsonl", "-out", "jsonl"}},
	} {
		runtime.GC()
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		base := ms.HeapAlloc
		done, high := make(chan struct{}), make(chan uint64)
		go func() {
			var top uint64
			for {
				select {
				case <-done:
					high <- top
					return
				case <-time.After(10 * time.Millisecond):
					var ms runtime.MemStats
					runtime.ReadMemStats(&ms)
					top = max(top, ms.HeapAlloc)
				}
			}
		}()
		start := time.Now()
		status := run(c.args, env{stdin: strings.NewReader(c.in), stdout: discard{}, stderr: discard{}, now: fixedNow})
		elapsed := time.Since(start)
		close(done)
		top := <-high
		if status != 0 {
			t.Fatalf("%s: status %d", c.name, status)
		}
		t.Logf("%s: %d MB in %v, heap peak %.1f MB above the start, %.1f bytes per byte of input",
			c.name, len(c.in)>>20, elapsed.Round(time.Millisecond), float64(top-min(base, top))/1e6, float64(top-min(base, top))/float64(len(c.in)))
	}
}

type discard struct{}

func (discard) Write(p []byte) (int, error) { return len(p), nil }
