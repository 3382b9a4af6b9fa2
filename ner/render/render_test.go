package render

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/vntag/vntag/dates"
	"github.com/vntag/vntag/ner"
	"github.com/vntag/vntag/normalize"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// span builds an entity of type t over the first occurrence of sub in text
// at or after from.
func span(text string, t ner.Type, sub string, from int) ner.Entity {
	i := strings.Index(text[from:], sub)
	if i < 0 {
		panic("no " + sub)
	}
	s := from + i
	return ner.Entity{Type: t, Start: s, End: s + len(sub), CharStart: utf8.RuneCountInString(text[:s]),
		CharEnd: utf8.RuneCountInString(text[:s+len(sub)]), Text: sub}
}

// sampleDoc is a hand-made document with nesting, a date value, a unit and
// roles.
func sampleDoc() *ner.Document {
	text := "BẮC GIANG – Ngày 18/7, Huyện ủy Lạng Giang (Bắc Giang) họp.\nĐồng chí Tạ Huy Cần, Chủ tịch HĐND huyện Lạng Giang, phát biểu <b>&</b>."
	d := &ner.Document{ID: "doc-1", Text: text}
	role := span(text, ner.ROLE, "Chủ tịch HĐND huyện Lạng Giang", 0)
	d.Entities = []ner.Entity{
		span(text, ner.LOC, "BẮC GIANG", 0),
		span(text, ner.DATE, "Ngày 18/7", 0),
		span(text, ner.ORG, "Huyện ủy Lạng Giang", 0),
		span(text, ner.LOC, "Lạng Giang", 30),
		span(text, ner.LOC, "Bắc Giang", 0),
		span(text, ner.PER, "Tạ Huy Cần", 0),
		role,
		span(text, ner.ORG, "HĐND huyện Lạng Giang", 0),
		span(text, ner.LOC, "huyện Lạng Giang", 0),
	}
	d.Entities[1].Value = &ner.DateValue{Kind: "date", Start: "2024-07-18", End: "2024-07-18", Grain: "day"}
	d.Entities[4].Unit = &ner.Unit{Code: "24", Name: "Bắc Giang", FullName: "Tỉnh Bắc Giang", Level: "province", Kind: "tỉnh"}
	d.Entities[5].Roles = []ner.Ref{{Start: role.Start, End: role.End, Text: role.Text}}
	return d
}

func encodeAll(t testing.TB, f Format, opts Options, docs ...*ner.Document) string {
	t.Helper()
	var buf bytes.Buffer
	enc, err := NewEncoder(&buf, f, opts)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range docs {
		if err := enc.Encode(d); err != nil {
			t.Fatal(err)
		}
	}
	if err := enc.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

func TestGolden(t *testing.T) {
	second := &ner.Document{Text: "Không có thực thể."}
	for _, f := range Formats {
		for _, color := range []bool{false, true} {
			if color && f != Pretty {
				continue
			}
			name := string(f)
			if color {
				name += "-color"
			}
			t.Run(name, func(t *testing.T) {
				got := encodeAll(t, f, Options{Color: color, Title: "Mẫu"}, sampleDoc(), second)
				path := filepath.Join("testdata", name+".golden")
				if *update {
					if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
						t.Fatal(err)
					}
				}
				want, err := os.ReadFile(path)
				if err != nil {
					t.Fatal(err)
				}
				if got != string(want) {
					t.Errorf("output differs from %s (run go test -update and review the diff):\n%s", path, got)
				}
			})
		}
	}
}

func TestParseFormat(t *testing.T) {
	for _, f := range Formats {
		if g, err := ParseFormat(string(f)); err != nil || g != f {
			t.Errorf("ParseFormat(%q) = %q, %v", f, g, err)
		}
	}
	for _, s := range []string{"", "JSON", "xml", "html "} {
		if _, err := ParseFormat(s); err == nil {
			t.Errorf("ParseFormat(%q) succeeded", s)
		}
		if _, err := NewEncoder(io.Discard, Format(s), Options{}); err == nil {
			t.Errorf("NewEncoder(%q) succeeded", s)
		}
	}
}

func TestPrettyNesting(t *testing.T) {
	text := "ab cd ef gh"
	tests := []struct {
		name string
		ents []ner.Entity
		want string
	}{
		{"none", nil, "ab cd ef gh\n"},
		{"nested", []ner.Entity{{Type: "ORG", Start: 0, End: 8}, {Type: "LOC", Start: 3, End: 8}},
			"[ORG ab [LOC cd ef]] gh\n"},
		{"unsorted", []ner.Entity{{Type: "LOC", Start: 3, End: 5}, {Type: "ORG", Start: 0, End: 11}},
			"[ORG ab [LOC cd] ef gh]\n"},
		{"crossing", []ner.Entity{{Type: "A", Start: 0, End: 5}, {Type: "B", Start: 3, End: 8}},
			"[A ab [B cd]][B  ef] gh\n"},
		{"same span", []ner.Entity{{Type: "ORG", Start: 0, End: 2}, {Type: "LOC", Start: 0, End: 2}},
			"[ORG [LOC ab]] cd ef gh\n"},
		{"bad offsets ignored", []ner.Entity{{Type: "X", Start: -1, End: 2}, {Type: "Y", Start: 5, End: 99},
			{Type: "Z", Start: 4, End: 4}, {Type: "W", Start: 6, End: 3}}, "ab cd ef gh\n"},
	}
	for _, tt := range tests {
		got := string(AppendPretty(nil, &ner.Document{Text: text, Entities: tt.ents}, false))
		if got != tt.want {
			t.Errorf("%s: got %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestPrettyUnsafeText(t *testing.T) {
	doc := &ner.Document{Text: "a\x00b\x1b[31mc\xffd\u0085e\n"}
	got := string(AppendPretty(nil, doc, false))
	if want := "a\uFFFDb\uFFFD[31mc\uFFFDd\uFFFDe\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestOutermost(t *testing.T) {
	ents := []ner.Entity{
		{Type: "LOC", Start: 3, End: 5}, {Type: "ORG", Start: 0, End: 5},
		{Type: "A", Start: 4, End: 8}, {Type: "B", Start: 8, End: 9}, {Type: "C", Start: 9, End: 20},
	}
	var got []string
	for _, e := range (&ner.Document{Text: strings.Repeat("x", 10), Entities: ents}).Flat() {
		got = append(got, string(e.Type))
	}
	if want := []string{"ORG", "B"}; !reflect.DeepEqual(got, want) {
		t.Errorf("outermost = %v, want %v", got, want)
	}
}

// checkCoNLL checks that the token column of out is the tokens of the
// documents' texts, in order, and that the tags are well-formed BIO tags of
// the outermost entities.
func checkCoNLL(t testing.TB, out string, docs ...*ner.Document) {
	t.Helper()
	var toks []string
	var flats [][]ner.Entity
	type tokRef struct{ doc, start, end int }
	var refs []tokRef
	for di, d := range docs {
		for _, tok := range normalize.Tokens(d.Text) {
			toks = append(toks, strings.ToValidUTF8(d.Text[tok.Start:tok.End], "\uFFFD"))
			refs = append(refs, tokRef{di, tok.Start, tok.End})
		}
		flats = append(flats, d.Flat())
	}
	i := 0
	prev := "O"
	for _, line := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
		if line == "" || strings.HasPrefix(line, "# ") {
			prev = "O"
			continue
		}
		tok, tag, ok := strings.Cut(line, "\t")
		if !ok || strings.Contains(tag, "\t") {
			t.Fatalf("line %q is not token<TAB>tag", line)
		}
		if i >= len(toks) || tok != toks[i] {
			t.Fatalf("token %d: got %q, want the text's token %q", i, tok, toks[min(i, len(toks)-1)])
		}
		// The tag says whether an outermost entity covers the token.
		r := refs[i]
		var cover *ner.Entity
		for k := range flats[r.doc] {
			if e := &flats[r.doc][k]; e.Start < r.end && r.start < e.End {
				cover = e
				break
			}
		}
		switch {
		case tag == "O":
			if cover != nil {
				t.Errorf("token %q tagged O inside %s %q", tok, cover.Type, cover.Text)
			}
		case strings.HasPrefix(tag, "B-"), strings.HasPrefix(tag, "I-"):
			if cover == nil || string(cover.Type) != tag[2:] {
				t.Errorf("token %q tagged %s, entity %v", tok, tag, cover)
			}
			if tag[0] == 'I' && prev[2:] != tag[2:] {
				t.Errorf("token %q: %s after %s", tok, tag, prev)
			}
		default:
			t.Errorf("token %q: bad tag %q", tok, tag)
		}
		if tag == "O" {
			prev = "O"
		} else {
			prev = tag
		}
		i++
	}
	if i != len(toks) {
		t.Errorf("%d tokens written, the texts have %d", i, len(toks))
	}
}

func TestCoNLL(t *testing.T) {
	d := sampleDoc()
	out := encodeAll(t, CoNLL, Options{}, d, &ner.Document{Text: "Hà Nội, 2024.", Entities: []ner.Entity{{Type: "LOC", Start: 0, End: 7}}})
	checkCoNLL(t, out, d, &ner.Document{Text: "Hà Nội, 2024.", Entities: []ner.Entity{{Type: "LOC", Start: 0, End: 7}}})
	// Where sentences break is the tokenizer's business; compare without.
	joined := strings.ReplaceAll(out, "\n\n", "\n")
	for _, want := range []string{"# id = doc-1\nBẮC\tB-LOC\nGIANG\tI-LOC\n–\tO\nNgày\tB-DATE\n18/7\tI-DATE\n",
		"Chủ\tB-ROLE\ntịch\tI-ROLE\nHĐND\tI-ROLE\n", ".\tO\nĐồng\tO\n", "\nHà\tB-LOC\nNội\tI-LOC\n"} {
		if !strings.Contains(joined, want) {
			t.Errorf("conll output lacks %q:\n%s", want, out)
		}
	}
	for _, want := range []string{"họp\tO\n.\tO\n\nĐồng", "\n\nHà\tB-LOC"} {
		if !strings.Contains(out, want) {
			t.Errorf("conll output lacks the sentence or document break in %q", want)
		}
	}
}

// htmlMarks parses an html page or fragment as XML and returns, for each
// data-i, the text of its marks, in order.
func htmlMarks(t testing.TB, page string) map[int]string {
	t.Helper()
	dec := xml.NewDecoder(strings.NewReader(page))
	dec.Strict = true
	marks := map[int]string{}
	var open []int // data-i of the open marks; -1 for other elements
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("html does not parse: %v\n%s", err, page)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			i := -1
			if tok.Name.Local == "mark" {
				for _, a := range tok.Attr {
					if a.Name.Local == "data-i" {
						i, _ = strconv.Atoi(a.Value)
					}
				}
			}
			open = append(open, i)
		case xml.EndElement:
			open = open[:len(open)-1]
		case xml.CharData:
			for _, i := range open {
				if i >= 0 {
					marks[i] += string(tok)
				}
			}
		}
	}
	return marks
}

func TestHTMLHasEveryEntity(t *testing.T) {
	d := sampleDoc()
	d.Entities = append(d.Entities, ner.Entity{Type: "X", Start: 5, End: 20}) // crosses others
	page := encodeAll(t, HTML, Options{}, d)
	marks := htmlMarks(t, page)
	for i, e := range d.Entities {
		if got := marks[i]; got != d.Text[e.Start:e.End] {
			t.Errorf("entity %d %s %q: marked text %q", i, e.Type, d.Text[e.Start:e.End], got)
		}
	}
	if !strings.Contains(page, "&lt;b&gt;&amp;&lt;/b&gt;") {
		t.Errorf("markup in the text is not escaped")
	}
	if strings.Contains(page, "http://") || strings.Contains(page, "https://") || strings.Contains(page, "<script") {
		t.Errorf("the page is not self-contained")
	}
}

func TestJSONRoundTrip(t *testing.T) {
	d := sampleDoc()
	for _, f := range []Format{JSON, JSONL} {
		out := encodeAll(t, f, Options{}, d, &ner.Document{})
		dec := json.NewDecoder(strings.NewReader(out))
		var got []docJSON
		for dec.More() {
			var v docJSON
			if err := dec.Decode(&v); err != nil {
				t.Fatal(err)
			}
			got = append(got, v)
		}
		want := []docJSON{{ID: d.ID, Entities: d.Entities}, {Entities: []ner.Entity{}}}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s round trip:\ngot  %+v\nwant %+v", f, got, want)
		}
		if f == JSONL && strings.Count(out, "\n") != 2 {
			t.Errorf("jsonl: want 2 lines, got %q", out)
		}
		if !strings.Contains(out, `"entities":[]`) && !strings.Contains(out, `"entities": []`) {
			t.Errorf("%s: an empty document must have \"entities\": []: %s", f, out)
		}
	}
}

func TestEncodeError(t *testing.T) {
	de := &DocError{ID: "a\nb", File: "x.jsonl", Line: 3, Err: "missing \"text\""}
	want := map[Format]string{
		JSONL:  "{\"id\":\"a\\nb\",\"file\":\"x.jsonl\",\"line\":3,\"error\":\"missing \\\"text\\\"\"}\n",
		CoNLL:  "# error = x.jsonl:3: \"a\\nb\": missing \"text\"\n",
		Pretty: "error: x.jsonl:3: \"a\\nb\": missing \"text\"\n\nLegend:\n",
		HTML:   `<p class="vntag-error">error: x.jsonl:3: &#34;a\nb&#34;: missing &#34;text&#34;</p>`,
	}
	for f, w := range want {
		var buf bytes.Buffer
		enc, _ := NewEncoder(&buf, f, Options{Types: []ner.Type{}})
		enc.EncodeError(de)
		enc.Close()
		if !strings.Contains(buf.String(), w) {
			t.Errorf("%s: got %q, want it to contain %q", f, buf.String(), w)
		}
	}
	if got := (&DocError{Err: "bad"}).Error(); got != "bad" {
		t.Errorf("Error() = %q", got)
	}
}

type failWriter struct{ n int }

func (w *failWriter) Write(p []byte) (int, error) {
	if w.n == 0 {
		return 0, fmt.Errorf("disk full")
	}
	w.n--
	return len(p), nil
}

func TestWriteErrorSticks(t *testing.T) {
	enc, _ := NewEncoder(&failWriter{n: 1}, JSONL, Options{})
	if err := enc.Encode(sampleDoc()); err != nil {
		t.Fatal(err)
	}
	if err := enc.Encode(sampleDoc()); err == nil {
		t.Fatal("no error from a failing writer")
	}
	if err := enc.Close(); err == nil {
		t.Fatal("Close forgot the write error")
	}
}

func TestDecodeRequest(t *testing.T) {
	tests := []struct {
		in      string
		want    Request
		wantErr string
	}{
		{`{"id": "d1", "text": "Ngày 18/7", "ref": "2024-07-18"}`, Request{"d1", "Ngày 18/7", "2024-07-18", ""}, ""},
		{`{"text":"Ng\u00e0y \"18/7\"\n\ud83d\ude00 a\/b\\", "id":-1.5e3}`, Request{ID: "-1.5e3", Text: "Ngày \"18/7\"\n😀 a/b\\"}, ""},
		{`{"TEXT": "x"}`, Request{Text: "x"}, ""}, // encoding/json matches keys in any case
		{`{"text": "x", "text": "y"}`, Request{Text: "y"}, ""},
		{`{"text": "a\ud800b"}`, Request{Text: "a\uFFFDb"}, ""},
		{`{"text": "x",}`, Request{}, "invalid JSON"},
		{`{"id": 01, "text": "x"}`, Request{}, "invalid JSON"},
		{`{"text": "x", "prefer": "future"}`, Request{Text: "x", Prefer: "future"}, ""},
		{`  {"text": ""}  ` + "\r\n", Request{}, ""},
		{`{"id": 42, "text": "x"}`, Request{ID: "42", Text: "x"}, ""},
		{`{"id": null, "text": "x", "extra": [1,2]}`, Request{Text: "x"}, ""},
		{"{\"text\": \"a\xffb\"}", Request{Text: "a\uFFFDb"}, ""},
		{`{"id": "d2"}`, Request{ID: "d2"}, `missing "text"`},
		{`{"id": "d3", "text": 5}`, Request{ID: "d3"}, `field "text" must be a string, not number`},
		{`{"id": "d4", "text": "x", "ref": 20240718}`, Request{ID: "d4", Text: "x"}, `field "ref" must be a string`},
		{`{"id": {}, "text": "x"}`, Request{}, `field "id" must be a string`},
		{`{"id": "d5", "text": "x"`, Request{}, "invalid JSON"},
		{`{"text": "x"} {"text": "y"}`, Request{}, "invalid JSON"},
		{`["text"]`, Request{}, "not a JSON object"},
		{``, Request{}, "empty record"},
		{"\x00", Request{}, "not a JSON object"},
	}
	for _, tt := range tests {
		got, err := DecodeRequest([]byte(tt.in))
		if tt.wantErr == "" && err != nil || tt.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tt.wantErr)) {
			t.Errorf("DecodeRequest(%q) error = %v, want %q", tt.in, err, tt.wantErr)
		}
		if got.ID != tt.want.ID || (err == nil && got != tt.want) {
			t.Errorf("DecodeRequest(%q) = %+v, want %+v", tt.in, got, tt.want)
		}
	}
}

func TestDescribe(t *testing.T) {
	d := sampleDoc()
	got := Describe(&d.Entities[4])
	for _, want := range []string{"LOC (place): Bắc Giang", "unit: Tỉnh Bắc Giang (province, code 24)"} {
		if !strings.Contains(got, want) {
			t.Errorf("Describe = %q, want it to contain %q", got, want)
		}
	}
	if got := Describe(&d.Entities[1]); !strings.Contains(got, "value: date 2024-07-18, grain day") {
		t.Errorf("Describe(DATE) = %q", got)
	}
	if got := Describe(&d.Entities[5]); !strings.Contains(got, "roles: Chủ tịch HĐND huyện Lạng Giang") {
		t.Errorf("Describe(PER) = %q", got)
	}
}

// fuzzDoc builds a document from fuzz input: the text and entity spans
// taken from the bytes of spans, two a pair.
func fuzzDoc(text string, spans []byte) *ner.Document {
	d := &ner.Document{ID: text[:charStart(text, min(len(text), 3))], Text: text}
	types := []ner.Type{ner.PER, ner.LOC, ner.ORG, "<x&y>"}
	for i := 0; i+1 < len(spans); i += 2 {
		s, e := int(spans[i]), int(spans[i+1])
		ent := ner.Entity{Type: types[i/2%len(types)], Start: s, End: e}
		if valid(&ent, len(text)) {
			ent.Text = text[s:e]
		}
		d.Entities = append(d.Entities, ent)
	}
	return d
}

func FuzzRender(f *testing.F) {
	f.Add("Huyện ủy Lạng Giang (Bắc Giang)", []byte{0, 24, 12, 24, 26, 36})
	f.Add("a\xffb\x00c <&> \n\n d", []byte{0, 3, 1, 9, 2, 2, 9, 0})
	f.Add("", []byte{0, 1})
	f.Fuzz(func(t *testing.T, text string, spans []byte) {
		d := fuzzDoc(text, spans)
		for _, f := range Formats {
			out := encodeAll(t, f, Options{Color: true}, d)
			switch f {
			case HTML:
				marks := htmlMarks(t, out)
				sp := snap(text, d.Entities)
				for i, e := range d.Entities {
					if !valid(&e, len(text)) {
						continue
					}
					if want := escapeText(text[sp[i].start:sp[i].end]); marks[i] != want {
						t.Errorf("entity %d: marked %q, want %q", i, marks[i], want)
					}
				}
			case CoNLL:
				checkCoNLL(t, out, d)
			}
			// A boundary inside a character must not turn it into U+FFFD.
			if (f == HTML || f == Pretty) && utf8.ValidString(text) && !strings.ContainsFunc(text, unsafeRune) &&
				strings.Contains(out, "\uFFFD") {
				t.Errorf("%s: U+FFFD in the output of valid text %q:\n%s", f, text, out)
			}
			switch f {
			case JSONL:
				if strings.Count(out, "\n") != 1 || !json.Valid([]byte(out)) {
					t.Errorf("jsonl: %q", out)
				}
			}
		}
	})
}

// unsafeRune reports the characters the renderers replace by U+FFFD.
func unsafeRune(r rune) bool {
	return r == '\uFFFD' || r < ' ' && r != '\t' && r != '\n' && r != '\r' || r == 0x7f || 0x80 <= r && r < 0xa0 ||
		r == 0xfffe || r == 0xffff
}

func TestSplitCharacter(t *testing.T) {
	text := "Hà Nội và Lạng Giang"
	a := strings.Index(text, "à") // 2 bytes
	o := strings.Index(text, "ộ") // 3 bytes
	tests := []struct {
		name       string
		start, end int
		want       string
	}{
		{"start inside", a + 1, o + 3, "à Nộ"},
		{"end inside", 0, o + 1, "Hà Nộ"},
		{"end inside, second byte", 0, o + 2, "Hà Nộ"},
		{"both inside one character", o + 1, o + 2, "ộ"},
		{"whole", 0, 2, "Hà"},
	}
	for _, tt := range tests {
		d := &ner.Document{Text: text, Entities: []ner.Entity{{Type: ner.LOC, Start: tt.start, End: tt.end}}}
		html := string(AppendHTML(nil, d))
		if strings.Contains(html, "\uFFFD") {
			t.Errorf("%s: html has U+FFFD: %s", tt.name, html)
		}
		if got := htmlMarks(t, html)[0]; got != tt.want {
			t.Errorf("%s: html marks %q, want %q", tt.name, got, tt.want)
		}
		pretty := string(AppendPretty(nil, d, false))
		if strings.Contains(pretty, "\uFFFD") || !strings.Contains(pretty, "[LOC "+tt.want+"]") {
			t.Errorf("%s: pretty = %q, want [LOC %s]", tt.name, pretty, tt.want)
		}
	}
	// An invalid byte is a character of its own: it is not widened.
	bad := "a\xffb"
	d := &ner.Document{Text: bad, Entities: []ner.Entity{{Type: ner.LOC, Start: 1, End: 2}}}
	if got := htmlMarks(t, string(AppendHTML(nil, d)))[0]; got != "\uFFFD" {
		t.Errorf("invalid byte: marked %q, want one U+FFFD", got)
	}
}

// escapeText is what the html text of s reads as once parsed.
func escapeText(s string) string {
	var b strings.Builder
	for _, r := range s { // an invalid byte reads as U+FFFD, one each
		if r < ' ' && r != '\t' && r != '\n' && r != '\r' || r == 0x7f || 0x80 <= r && r < 0xa0 {
			r = '\uFFFD'
		}
		b.WriteRune(r)
	}
	// XML parsing turns \r\n and \r into \n.
	return strings.ReplaceAll(strings.ReplaceAll(b.String(), "\r\n", "\n"), "\r", "\n")
}

func BenchmarkEncode(b *testing.B) {
	d := sampleDoc()
	for _, f := range Formats {
		b.Run(string(f), func(b *testing.B) {
			b.SetBytes(int64(len(d.Text)))
			enc, _ := NewEncoder(io.Discard, f, Options{})
			for b.Loop() {
				enc.Encode(d)
			}
		})
	}
}

func TestPrettyResolved(t *testing.T) {
	text := "Ngày 18/7, Huyện ủy Lạng Giang tổng kết 6 tháng đầu năm; ông Tạ Huy Cần, Bí thư, phát biểu."
	d := &ner.Document{Text: text}
	date := span(text, ner.DATE, "Ngày 18/7", 0)
	date.Value = &ner.DateValue{Kind: "date", Start: "2024-07-18", End: "2024-07-18", Grain: "day"}
	half := span(text, ner.DATE, "6 tháng đầu năm", 0)
	half.Value = &ner.DateValue{Kind: "interval", Start: "2024-01-01", End: "2024-06-30", Grain: "half"}
	loc := span(text, ner.LOC, "Lạng Giang", 0)
	loc.Unit = &ner.Unit{Code: "217", Name: "Lạng Giang", FullName: "Huyện Lạng Giang", Level: "district",
		Parent: &ner.UnitRef{Code: "24", Name: "Bắc Giang"}, ValidTo: "2025-06-30",
		Successors: []ner.UnitRef{{Name: "Lạng Giang", Level: "commune"}, {Name: "Tiên Lục", Level: "commune"}}}
	role := span(text, ner.ROLE, "Bí thư", 0)
	per := span(text, ner.PER, "Tạ Huy Cần", 0)
	per.Roles = []ner.Ref{{Start: role.Start, End: role.End, Text: role.Text}}
	d.Entities = []ner.Entity{date, loc, half, per, role}
	got := string(AppendPretty(nil, d, false))
	for _, want := range []string{
		"\n[DATE Ngày 18/7] → 2024-07-18\n",
		"\n[LOC Lạng Giang] → Huyện Lạng Giang (Bắc Giang), until 2025-06-30, succeeded by 2 communes: Lạng Giang, Tiên Lục\n",
		"\n[DATE 6 tháng đầu năm] → 2024-01-01..2024-06-30\n",
		"\n[PER Tạ Huy Cần] → Bí thư\n",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("pretty output lacks %q:\n%s", want, got)
		}
	}
	if strings.Contains(got, "[ROLE Bí thư] →") {
		t.Errorf("an entity with nothing resolved got a line:\n%s", got)
	}
}

func TestEncodeInfo(t *testing.T) {
	ref := time.Date(2024, 7, 18, 0, 0, 0, 0, dates.UTC7())
	d := &ner.Document{Text: "Hà Nội"}
	for _, f := range []Format{JSON, JSONL} {
		var buf bytes.Buffer
		enc, _ := NewEncoder(&buf, f, Options{})
		enc.EncodeInfo(d, Info{Line: 3, Ref: ref})
		var got struct {
			Line int    `json:"line"`
			Ref  string `json:"ref"`
		}
		if err := json.Unmarshal(buf.Bytes(), &got); err != nil {
			t.Fatal(err)
		}
		if got.Line != 3 || got.Ref != "2024-07-18T00:00:00+07:00" {
			t.Errorf("%s: line %d ref %q, want 3 and 2024-07-18T00:00:00+07:00", f, got.Line, got.Ref)
		}
	}
	var buf bytes.Buffer
	enc, _ := NewEncoder(&buf, HTML, Options{})
	enc.EncodeInfo(d, Info{Ref: ref})
	enc.Close()
	if !strings.Contains(buf.String(), "Reference date: <time datetime=\"2024-07-18T00:00:00+07:00\">2024-07-18</time>") {
		t.Errorf("html does not show the reference date:\n%s", buf.String())
	}
	for _, tt := range []struct {
		t    time.Time
		want string
	}{
		{ref, "2024-07-18"},
		{ref.Add(8 * time.Hour), "2024-07-18 08:00"},
		{time.Date(2017, 2, 2, 3, 55, 0, 0, time.FixedZone("", -2*3600)), "2017-02-02 03:55 -02:00"},
	} {
		if got := FormatRef(tt.t); got != tt.want {
			t.Errorf("FormatRef(%v) = %q, want %q", tt.t, got, tt.want)
		}
	}
}

// TestLabelsReadable checks the style sheet: every type has its own
// colour, and labels are not small and faded.
func TestLabelsReadable(t *testing.T) {
	seen := map[string]ner.Type{}
	for _, ty := range ner.Types {
		sel := `mark[data-type="` + string(ty) + `"]{`
		i := strings.Index(CSS, sel)
		if i < 0 {
			t.Errorf("no colour for %s", ty)
			continue
		}
		rule, _, _ := strings.Cut(CSS[i+len(sel):], "}")
		bg, _, _ := strings.Cut(rule, ";")
		if other, ok := seen[bg]; ok {
			t.Errorf("%s and %s share %s", ty, other, bg)
		}
		seen[bg] = ty
	}
	i := strings.Index(CSS, "mark::after{")
	label, _, _ := strings.Cut(CSS[i:], "}")
	if strings.Contains(label, "opacity") || strings.Contains(label, "font-size:.6em") {
		t.Errorf("labels are faded or tiny: %s", label)
	}
}

// FuzzDecodeRequest checks that the fast reading of flat records gives
// what encoding/json gives, whenever it answers.
func FuzzDecodeRequest(f *testing.F) {
	for _, s := range []string{
		`{"id": "d1", "text": "Ngày 18/7", "ref": "2024-07-18"}`,
		`{"text":"Ng\u00e0y \"18/7\"\n\ud83d\ude00", "id":-1.5e3, "prefer": "past"}`,
		`{"id": 42, "text": "x"}`, `{"text": "a\ud800b"}`, "{\"text\": \"a\xffb\"}",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		data = bytes.TrimSpace(data)
		if len(data) == 0 || data[0] != '{' {
			return
		}
		fast, ok := decodeFlat(data)
		if !ok {
			return
		}
		slow, err := decodeJSON(data)
		if err != nil || fast != slow {
			t.Fatalf("decodeFlat(%q) = %+v; encoding/json gives %+v, %v", data, fast, slow, err)
		}
	})
}
