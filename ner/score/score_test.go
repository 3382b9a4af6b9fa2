package score

import (
	"bytes"
	"math"
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/vntag/vntag/ner"
)

func mustDocs(t *testing.T, lines ...string) []Doc {
	t.Helper()
	docs, err := ReadMarkup(strings.NewReader("# ref: 2024-07-18\n"+strings.Join(lines, "\n")), "test")
	if err != nil {
		t.Fatal(err)
	}
	return docs
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func TestScoreHandMade(t *testing.T) {
	gold := mustDocs(t,
		"Ông [PER Nguyễn Văn An] về [LOC Hà Nội] [DATE{2024-07-18 day} hôm nay].",
		"Bà [PER Lan] đến từ [DATE{2024-07-01..2024-07-31 month} đầu tháng 7].",
	)
	pred := mustDocs(t,
		// PER too short (partial), LOC exact, a spurious LOC, DATE exact with
		// the right value, and a QUANTITY that the gold does not use.
		"Ông Nguyễn [PER Văn An] về [LOC Hà Nội] [DATE{2024-07-18 day} hôm nay][LOC .]",
		"Bà [PER Lan] đến từ [DATE{2024-07-01..2024-07-10 day approx} đầu tháng 7][QUANTITY .]",
	)
	// The texts differ by nothing: the extra entities wrap the final dot.
	r, err := Score(gold, pred)
	if err != nil {
		t.Fatal(err)
	}
	want := map[ner.Type]Counts{
		ner.PER:  {Gold: 2, Pred: 2, Exact: 1, Partial: 2},
		ner.LOC:  {Gold: 1, Pred: 2, Exact: 1, Partial: 1},
		ner.DATE: {Gold: 2, Pred: 2, Exact: 2, Partial: 2},
	}
	got := map[ner.Type]Counts{}
	for typ, c := range r.ByType {
		got[typ] = *c
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("ByType (-want +got):\n%s", diff)
	}
	if want := (Counts{Gold: 5, Pred: 6, Exact: 4, Partial: 5}); r.Total != want {
		t.Errorf("Total = %+v, want %+v", r.Total, want)
	}
	// P = 4/6, R = 4/5, F1 = 2·4/(5+6) = 8/11; partial F1 = 10/11.
	checks := []struct {
		name      string
		got, want float64
	}{
		{"P", r.Total.Precision(), 4.0 / 6},
		{"R", r.Total.Recall(), 4.0 / 5},
		{"F1", r.Total.F1(), 8.0 / 11},
		{"pP", r.Total.PartialPrecision(), 5.0 / 6},
		{"pR", r.Total.PartialRecall(), 1},
		{"pF1", r.Total.PartialF1(), 10.0 / 11},
		{"PER F1", r.ByType[ner.PER].F1(), 0.5},
		{"PER pF1", r.ByType[ner.PER].PartialF1(), 1},
		{"LOC F1", r.ByType[ner.LOC].F1(), 2.0 / 3},
		{"date value accuracy", r.DateValueAccuracy(), 0.5},
	}
	for _, c := range checks {
		if !near(c.got, c.want) {
			t.Errorf("%s = %v, want %v", c.name, c.got, c.want)
		}
	}
	if r.DateValues != 2 || r.DateValuesCorrect != 1 {
		t.Errorf("DATE values %d/%d, want 1/2", r.DateValuesCorrect, r.DateValues)
	}
	if _, ok := r.ByType[ner.QUANTITY]; ok {
		t.Error("QUANTITY, absent from the gold, was scored")
	}
	table := r.Table()
	for _, wantLine := range []string{
		"PER           2      2   50.0   50.0   50.0  100.0",
		"LOC           1      2   50.0  100.0   66.7   66.7",
		"total         5      6   66.7   80.0   72.7   90.9",
		"DATE values: 1/2 correct (50.0%)",
	} {
		if !strings.Contains(table, wantLine) {
			t.Errorf("Table() lacks %q:\n%s", wantLine, table)
		}
	}
}

func TestScoreTypeWrongIsTwoErrors(t *testing.T) {
	gold := mustDocs(t, "[ORG Bộ Công an] họp ở [LOC Huế]")
	pred := mustDocs(t, "[LOC Bộ Công an] họp ở [LOC Huế]")
	r, err := Score(gold, pred)
	if err != nil {
		t.Fatal(err)
	}
	// ORG: missed (gold 1, pred 0). LOC: one right, one wrong.
	if c := *r.ByType[ner.ORG]; c != (Counts{Gold: 1}) {
		t.Errorf("ORG = %+v", c)
	}
	if c := *r.ByType[ner.LOC]; c != (Counts{Gold: 1, Pred: 2, Exact: 1, Partial: 1}) {
		t.Errorf("LOC = %+v", c)
	}
	if p := r.ByType[ner.ORG].Precision(); p != 0 {
		t.Errorf("precision with nothing predicted = %v, want 0", p)
	}
}

func TestPartialIsOneToOne(t *testing.T) {
	// One long gold entity, two predictions inside it: one partial match.
	gold := []Doc{{Text: "abcdefghij", Entities: []ner.Entity{{Type: ner.ORG, Start: 0, End: 10}}}}
	pred := []Doc{{Text: "abcdefghij", Entities: []ner.Entity{
		{Type: ner.ORG, Start: 0, End: 4}, {Type: ner.ORG, Start: 5, End: 10},
	}}}
	r, err := Score(gold, pred)
	if err != nil {
		t.Fatal(err)
	}
	if c := r.Total; c != (Counts{Gold: 1, Pred: 2, Exact: 0, Partial: 1}) {
		t.Errorf("Total = %+v", c)
	}
}

func TestPartialMatchingIsMaximal(t *testing.T) {
	// g0 0-10 and g1 8-20; p0 5-9 overlaps both, p1 0-3 only g0. A greedy
	// matching of g0 with p0 leaves g1 alone; the maximum matches both.
	gold := []Doc{{Entities: []ner.Entity{{Type: ner.LOC, Start: 0, End: 10}, {Type: ner.LOC, Start: 8, End: 20}}}}
	pred := []Doc{{Entities: []ner.Entity{{Type: ner.LOC, Start: 5, End: 9}, {Type: ner.LOC, Start: 0, End: 3}}}}
	r, err := Score(gold, pred)
	if err != nil {
		t.Fatal(err)
	}
	if r.Total.Partial != 2 || r.Total.Exact != 0 {
		t.Errorf("Total = %+v, want 2 partial, 0 exact", r.Total)
	}
}

func TestScoreMismatch(t *testing.T) {
	a := []Doc{{ID: "a", Text: "x"}}
	tests := []struct {
		name string
		pred []Doc
	}{
		{"count", nil},
		{"id", []Doc{{ID: "b", Text: "x"}}},
		{"text", []Doc{{ID: "a", Text: "y"}}},
	}
	for _, tt := range tests {
		if _, err := Score(a, tt.pred); err == nil {
			t.Errorf("%s mismatch: no error", tt.name)
		}
	}
	// A prediction without id or text is matched by position.
	if _, err := Score(a, []Doc{{}}); err != nil {
		t.Errorf("bare prediction: %v", err)
	}
}

func TestJSONLRoundTrip(t *testing.T) {
	docs := mustDocs(t,
		`[ROLE Chủ tịch [ORG HĐND [LOC huyện Lạng Giang]]] <b> & "x"`,
		"[DATE{2023-08-13T12:00..2023-08-13T18:00 hour approx} chiều 13/8]",
		"không có gì",
	)
	docs[0].Domain = "local"
	var buf bytes.Buffer
	if err := WriteJSONL(&buf, docs); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), `<b> & \"x\"`) {
		t.Errorf("HTML escaped or quotes lost: %s", buf.String())
	}
	back, err := ReadJSONL(&buf)
	if err != nil {
		t.Fatal(err)
	}
	for i := range docs {
		if docs[i].Entities == nil {
			docs[i].Entities = []ner.Entity{}
		}
	}
	if diff := cmp.Diff(docs, back); diff != "" {
		t.Errorf("round trip (-want +got):\n%s", diff)
	}
}

func TestReadJSONLTaggerOutput(t *testing.T) {
	// The tagger's output has no text; an error line has no entities.
	in := `{"id":"d1","entities":[{"type":"LOC","start":12,"end":19,"text":"Hà Nội"},{"type":"PER","start":0,"end":3,"text":"An"}]}

{"id":"d2","error":"no text"}
`
	docs, err := ReadJSONL(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 2 || docs[0].ID != "d1" || len(docs[0].Entities) != 2 || docs[0].Entities[0].Type != ner.PER || len(docs[1].Entities) != 0 {
		t.Errorf("got %+v", docs)
	}
}

func TestReadJSONLErrors(t *testing.T) {
	tests := []struct{ in, want string }{
		{"{not json}\n", "line 1:"},
		{`{"text":"abc","entities":[{"type":"LOC","start":0,"end":9}]}`, "past the end"},
		{`{"text":"abc","entities":[{"type":"LOC","start":2,"end":1}]}`, "bad offsets"},
		{"\n" + `{"text":"abc","entities":[{"type":"LOC","start":0,"end":2,"text":"bc"}]}`, "line 2: entity 0 text"},
	}
	for _, tt := range tests {
		_, err := ReadJSONL(strings.NewReader(tt.in))
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("ReadJSONL(%q) error %v, want %q", tt.in, err, tt.want)
		}
	}
}

func TestLongAndOddInput(t *testing.T) {
	long := strings.Repeat("Hà Nội ", 10<<20/len("Hà Nội ")) // about 10 MB
	in := "# ref: 2024-07-18\n[LOC Hà Nội] " + long + "\n\x00\xff[PER \xfe]\n"
	docs, err := ReadMarkup(strings.NewReader(in), "long")
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 2 || len(docs[0].Text) < 10<<20-len("Hà Nội ") || docs[1].Entities[0].Text != "\xfe" {
		t.Errorf("got %d documents", len(docs))
	}
	if _, err := Score(docs, docs); err != nil {
		t.Error(err)
	}
	// JSON is slow under -race: a 1 MB line is enough for the buffer sizes.
	mb := []Doc{{ID: "mb", Text: docs[0].Text[:1<<20-1<<20%len("Hà Nội ")], Entities: docs[0].Entities}}
	var buf bytes.Buffer
	if err := WriteJSONL(&buf, mb); err != nil {
		t.Fatal(err)
	}
	if back, err := ReadJSONL(&buf); err != nil || back[0].Text != mb[0].Text {
		t.Errorf("JSONL round trip of a 1 MB line: %v", err)
	}
}

func FuzzReadJSONL(f *testing.F) {
	f.Add(`{"id":"a","text":"Hà Nội","entities":[{"type":"LOC","start":0,"end":7}]}`)
	f.Add(`{"id":"d2","error":"x"}` + "\n\n{}")
	f.Add(`{"text":"ab","entities":[{"type":"LOC","start":-1,"end":99}]}`)
	f.Fuzz(func(t *testing.T, in string) {
		docs, err := ReadJSONL(strings.NewReader(in))
		if err != nil {
			return
		}
		for _, d := range docs {
			for _, e := range d.Entities {
				if d.Text != "" && e.Text != d.Text[e.Start:e.End] {
					t.Fatalf("entity text %q is not its slice", e.Text)
				}
			}
		}
		if _, err := Score(docs, docs); err != nil {
			t.Fatalf("scoring documents against themselves: %v", err)
		}
	})
}

func FuzzParseDateValue(f *testing.F) {
	for _, s := range []string{"2024-07-18 day", "2024-01-01..2024-06-30 month", "P3Y year", "2023-08-13T12:00..2023-08-13T18:00 hour approx", "PT x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, err := ParseDateValue(s)
		if err != nil {
			return
		}
		out, err := FormatDateValue(v)
		if err != nil {
			t.Fatalf("FormatDateValue of parsed %q: %v", s, err)
		}
		again, err := ParseDateValue(out)
		if err != nil || !cmp.Equal(v, again) {
			t.Fatalf("%q -> %q -> %+v (%v), want %+v", s, out, again, err, v)
		}
	})
}

func BenchmarkReadMarkup(b *testing.B) {
	data, err := os.ReadFile("../../testdata/dev/part1-local.txt")
	if err != nil {
		b.Skip(err)
	}
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := ReadMarkup(bytes.NewReader(data), "bench"); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkScore(b *testing.B) {
	data, err := os.ReadFile("../../testdata/dev/part1-local.txt")
	if err != nil {
		b.Skip(err)
	}
	docs, err := ReadMarkup(bytes.NewReader(data), "bench")
	if err != nil {
		b.Fatal(err)
	}
	n := 0
	for _, d := range docs {
		n += len(d.Text)
	}
	b.SetBytes(int64(n))
	for b.Loop() {
		if _, err := Score(docs, docs); err != nil {
			b.Fatal(err)
		}
	}
}
