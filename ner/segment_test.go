package ner

import (
	"os"
	"runtime"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/vntag/vntag/dates"
	"github.com/vntag/vntag/normalize"
)

var segRef = time.Date(2024, 7, 18, 0, 0, 0, 0, dates.UTC7())

// newsParagraphs returns the real news of testdata, one document a line.
func newsParagraphs(t testing.TB) []string {
	t.Helper()
	b, err := os.ReadFile("../testdata/realnews/news.txt")
	if err != nil {
		t.Fatal(err)
	}
	var ps []string
	for _, l := range strings.Split(string(b), "\n") {
		if l = strings.TrimSpace(l); l != "" {
			ps = append(ps, l)
		}
	}
	return ps
}

// checkSpans checks every entity's span and character offsets against
// text, in one pass over the text.
func checkSpans(t *testing.T, text string, ents []Entity) {
	t.Helper()
	b, c := 0, 0
	chars := func(off int) int {
		if off < b { // entities are sorted by start, ends go back
			return utf8.RuneCountInString(text[:off])
		}
		c += utf8.RuneCountInString(text[b:off])
		b = off
		return c
	}
	for i, e := range ents {
		if e.Start < 0 || e.Start >= e.End || e.End > len(text) {
			t.Fatalf("entity %d [%d:%d] out of %d bytes", i, e.Start, e.End, len(text))
		}
		if text[e.Start:e.End] != e.Text {
			t.Fatalf("entity %d [%d:%d] text %q, the slice is %q", i, e.Start, e.End, e.Text, text[e.Start:e.End])
		}
		if cs := chars(e.Start); cs != e.CharStart {
			t.Fatalf("entity %d %q char start %d, want %d", i, e.Text, e.CharStart, cs)
		}
		if ce := utf8.RuneCountInString(text[:e.End]); i%97 == 0 && ce != e.CharEnd {
			t.Fatalf("entity %d %q char end %d, want %d", i, e.Text, e.CharEnd, ce)
		}
		if i > 0 && ents[i-1].Start > e.Start {
			t.Fatalf("entities %d and %d out of order", i-1, i)
		}
		for _, r := range e.Roles {
			if r.Start < 0 || r.End > len(text) || text[r.Start:r.End] != r.Text {
				t.Fatalf("entity %d %q: role [%d:%d] %q is not its slice", i, e.Text, r.Start, r.End, r.Text)
			}
		}
	}
}

// TestSegmentsAgreeWithParagraphs tags a long text of many repeated news
// paragraphs in one go, in segments far shorter than the text (and than a
// paragraph), and checks every entity against the text and against the
// tagging of each paragraph alone, moved to where the paragraph is. The
// rules that read the whole document (the names seen before) are turned
// off, and the values of clock times left out: with them, what a
// paragraph alone remembers differs from what its segment does, and
// nothing else should.
func TestSegmentsAgreeWithParagraphs(t *testing.T) {
	tg, err := New(Options{Disable: []string{"memory", "names"}})
	if err != nil {
		t.Fatal(err)
	}
	paras := newsParagraphs(t)[:30]
	alone := make([]*Document, len(paras))
	for i, p := range paras {
		alone[i] = tg.Tag(p, segRef)
	}
	for _, sep := range []string{"\n", " "} {
		// One round of the paragraphs is some 9 KB.
		var text strings.Builder
		var want []Entity
		chars := 0
		for round := 0; round < 3; round++ {
			for i, p := range paras {
				start := text.Len()
				for _, e := range alone[i].Entities {
					e.Start, e.End = e.Start+start, e.End+start
					e.CharStart, e.CharEnd = e.CharStart+chars, e.CharEnd+chars
					e.Roles = append([]Ref(nil), e.Roles...)
					for k := range e.Roles {
						e.Roles[k].Start += start
						e.Roles[k].End += start
					}
					want = append(want, e)
				}
				text.WriteString(p)
				text.WriteString(sep)
				chars += utf8.RuneCountInString(p) + 1
			}
		}
		s := text.String()
		for _, bound := range []int{1 << 10, 16 << 10} {
			got := tg.tagSegments(s, nil, segRef, bound)
			if got.Text != s {
				t.Fatalf("sep %q, bound %d: the document's text is not the text tagged", sep, bound)
			}
			checkSpans(t, s, got.Entities)
			if d := cmp.Diff(clockless(want), clockless(got.Entities)); d != "" {
				t.Errorf("sep %q, bound %d: in one go (+) and paragraph by paragraph (-) differ:\n%.3000s", sep, bound, d)
			}
		}
	}
}

// clockless returns ents without the values of clock times: a time hangs
// on the last date the document gave, which is document memory too.
func clockless(ents []Entity) []Entity {
	out := make([]Entity, len(ents))
	for i, e := range ents {
		if e.Value != nil && e.Value.Kind == "time" {
			e.Value = nil
		}
		out[i] = e
	}
	return out
}

// TestLongTextInSegments tags a text over the bound through Tag, with
// every rule on: the spans are exact, and the text is tagged as its
// segments are.
func TestLongTextInSegments(t *testing.T) {
	tg, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	paras := newsParagraphs(t)
	var b strings.Builder
	for b.Len() <= segmentBound+segmentBound/4 {
		for _, p := range paras {
			b.WriteString(p)
			b.WriteString(" ")
		}
	}
	s := b.String()
	got := tg.Tag(s, segRef)
	checkSpans(t, s, got.Entities)
	if len(got.Entities) < len(s)/1000 {
		t.Fatalf("%d entities in %d bytes of news", len(got.Entities), len(s))
	}
	var want []Entity
	for a := 0; a < len(s); {
		end := nextCut(s, a, segmentBound)
		if end <= a || end > len(s) {
			t.Fatalf("cut at %d after %d", end, a)
		}
		seg := tg.Tag(s[a:end], segRef)
		chars := utf8.RuneCountInString(s[:a])
		for _, e := range seg.Entities {
			e.Start, e.End = e.Start+a, e.End+a
			e.CharStart, e.CharEnd = e.CharStart+chars, e.CharEnd+chars
			for k := range e.Roles {
				e.Roles[k].Start += a
				e.Roles[k].End += a
			}
			e.Text = s[e.Start:e.End]
			want = append(want, e)
		}
		a = end
	}
	if d := cmp.Diff(want, got.Entities); d != "" {
		t.Errorf("the text (+) and its segments one by one (-) differ:\n%.3000s", d)
	}
}

// TestLegacySegments tags a long text of a legacy encoding in segments of
// its decoded text: offsets point into the bytes given, as they do when
// the text is tagged whole.
func TestLegacySegments(t *testing.T) {
	tg, err := New(Options{Disable: []string{"memory", "names"}})
	if err != nil {
		t.Fatal(err)
	}
	// VIQR writes a letter's marks as ASCII after it ("Vie^.t"): the
	// decoded text is shorter than the bytes, and offsets must map back.
	para := "Nga`y 18/7, Huye^.n u?y La.ng Giang (ti?nh Ba('c Giang) ho.p. O^ng Nguye^~n Va(n A, Chu? ti.ch UBND huye^.n, pha't bie^?u.\n"
	b := []byte(strings.Repeat(para, 60))
	nt, err := tg.norm.Decode(b, normalize.VIQR)
	if err != nil {
		t.Fatal(err)
	}
	want := tg.tag(nt, false, segRef)
	got := tg.tagSegments(string(b), nt, segRef, 1<<10)
	if len(want.Entities) < 60*3 {
		t.Fatalf("only %d entities whole", len(want.Entities))
	}
	if d := cmp.Diff(want.Entities, got.Entities); d != "" {
		t.Errorf("in segments (+) and whole (-) differ:\n%.3000s", d)
	}
	for _, e := range got.Entities {
		if dec, _ := tg.norm.Decode(b[e.Start:e.End], normalize.VIQR); dec.Norm != e.Text {
			t.Fatalf("%q [%d:%d] decodes to %q", e.Text, e.Start, e.End, dec.Norm)
		}
	}
}

func TestNextCut(t *testing.T) {
	tests := []struct {
		name  string
		s     string
		bound int
		want  string // the segment
	}{
		{"short", "Ông A đi. Bà B về.", 100, "Ông A đi. Bà B về."},
		{"sentence", "Ông Nguyễn Văn A đi. Bà B về.", 5, "Ông Nguyễn Văn A đi. "},
		{"question", "Ông A đi đâu? Bà B về.", 5, "Ông A đi đâu? "},
		{"quote", "Ông A nói: \"Tôi đi.\" Bà B về.", 5, "Ông A nói: \"Tôi đi.\" "},
		{"line", "Ông A đi\nbà B về", 3, "Ông A đi\n"},
		{"abbreviation", "Ông A ở Tp. Hồ Chí Minh. Bà B về.", 5, "Ông A ở Tp. Hồ Chí Minh. "},
		{"initial", "Ông A gặp ông N. Văn B. Bà C về.", 5, "Ông A gặp ông N. Văn B. "},
		{"lower case after", "Ông A đi. bà B về. Bà C ở.", 5, "Ông A đi. bà B về. "},
		{"bracket", "Ông A (đi. Bà B) về. Bà C ở.", 5, "Ông A (đi. Bà B) về. "},
		{"no space", "Ông A đi.Bà B về. Bà C ở.", 5, "Ông A đi.Bà B về. "},
		{"no sentence end", strings.Repeat("mot hai ", cutReach/4), 8, "mot hai mot "},
		{"no place at all", "mot", 1, "mot"},
	}
	for _, tt := range tests {
		if got := tt.s[:nextCut(tt.s, 0, tt.bound)]; got != tt.want {
			t.Errorf("%s: cut %q, want %q", tt.name, got, tt.want)
		}
	}
}

// FuzzSegments tags any text in tiny segments: no panic, every cut moves
// on and falls between characters, and every span is a slice of the text.
func FuzzSegments(f *testing.F) {
	f.Add("Ông A đi. Bà B về.\nHuyện ủy Lạng Giang (tỉnh Bắc Giang) họp ngày 18/7.", 8)
	f.Add("(((. A. B) C! D? E", 1)
	f.Add("\xff\xfe. A\u0301 B", 2)
	tg, err := New(Options{})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s string, bound int) {
		if bound < 1 || bound > 1<<10 {
			bound = 16
		}
		for a := 0; a < len(s); {
			b := nextCut(s, a, bound)
			if b <= a || b > len(s) || b < len(s) && !utf8.RuneStart(s[b]) {
				t.Fatalf("cut at %d after %d in %d bytes", b, a, len(s))
			}
			a = b
		}
		d := tg.tagSegments(s, nil, segRef, bound)
		for _, e := range d.Entities {
			if e.Start < 0 || e.Start > e.End || e.End > len(s) || s[e.Start:e.End] != e.Text {
				t.Fatalf("entity [%d:%d] %q is not a slice of the text", e.Start, e.End, e.Text)
			}
		}
	})
}

// BenchmarkLongText tags 4 MB of news on one line and reports, per byte
// of text, the peak of the heap (garbage included, sampled) above what was
// in use before (peak-B/B), and what the answer keeps once the garbage is
// collected (answer-B/B): what a long text costs beyond itself.
func BenchmarkLongText(b *testing.B) {
	tg, err := New(Options{})
	if err != nil {
		b.Fatal(err)
	}
	var sb strings.Builder
	for sb.Len() < 4<<20 {
		for _, p := range newsParagraphs(b) {
			sb.WriteString(p)
			sb.WriteString(" ")
		}
	}
	s := sb.String()
	tg.Tag("Hà Nội", segRef) // the gazetteer, built once
	b.SetBytes(int64(len(s)))
	var peak, live uint64
	for b.Loop() {
		runtime.GC()
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		base := ms.HeapAlloc
		done := make(chan struct{})
		high := make(chan uint64)
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
		d := tg.Tag(s, segRef)
		close(done)
		top := <-high
		peak = max(peak, top-min(base, top))
		runtime.GC()
		runtime.ReadMemStats(&ms)
		live = ms.HeapAlloc - min(base, ms.HeapAlloc)
		runtime.KeepAlive(d)
	}
	b.ReportMetric(float64(peak)/float64(len(s)), "peak-B/B")
	b.ReportMetric(float64(live)/float64(len(s)), "answer-B/B")
}
