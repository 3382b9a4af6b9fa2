package score

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vntag/vntag/ner"
)

const (
	devDir     = "../../testdata/dev"
	sampleGold = "../../testdata/sample/gold.txt"
	sampleText = "../../testdata/sample/article.txt"
)

func readMarkupFile(t *testing.T, path string) []Doc {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	docs, err := ReadMarkup(f, filepath.Base(path))
	if err != nil {
		t.Fatal(err)
	}
	return docs
}

// TestGoldFiles checks every gold file of the project: it parses, every
// document has a reference date, entities are well-formed (text equals the
// slice, no two entities of one type partly overlap, values only on DATEs
// and well-formed), and the development set has its size.
func TestGoldFiles(t *testing.T) {
	files, err := filepath.Glob(filepath.Join(devDir, "*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	files = append(files, sampleGold)
	counts := map[string]int{} // documents per part prefix
	for _, path := range files {
		docs := readMarkupFile(t, path)
		if len(docs) == 0 {
			t.Errorf("%s: no documents", path)
		}
		base := filepath.Base(path)
		if p, _, ok := strings.Cut(base, "-"); ok {
			counts[p] += len(docs)
		}
		for _, d := range docs {
			checkDoc(t, d)
		}
	}
	if counts["part1"] < 110 {
		t.Errorf("part1 has %d documents, want >= 110", counts["part1"])
	}
	if counts["part2"] == 0 {
		t.Log("no part2 files yet: skipping the size check of the whole set")
	} else if n := counts["part1"] + counts["part2"]; n < 200 {
		t.Errorf("part1+part2 have %d documents, want >= 200", n)
	}
}

func checkDoc(t *testing.T, d Doc) {
	t.Helper()
	if d.Ref == "" {
		t.Errorf("%s: no # ref: in effect", d.ID)
	}
	for i, e := range d.Entities {
		if e.Start < 0 || e.End > len(d.Text) || e.Start >= e.End || e.Text != d.Text[e.Start:e.End] {
			t.Errorf("%s: %s entity %q at %d-%d is not its slice", d.ID, e.Type, e.Text, e.Start, e.End)
			continue
		}
		if e.Value != nil {
			if e.Type != ner.DATE {
				t.Errorf("%s: %s %q carries a date value", d.ID, e.Type, e.Text)
			} else if s, err := FormatDateValue(e.Value); err != nil {
				t.Errorf("%s: DATE %q: %v", d.ID, e.Text, err)
			} else if _, err := ParseDateValue(s); err != nil {
				t.Errorf("%s: DATE %q: %v", d.ID, e.Text, err)
			}
		}
		if msg := spanRule(e); msg != "" {
			t.Errorf("%s: %s %q: %s", d.ID, e.Type, e.Text, msg)
		}
		for _, o := range d.Entities[i+1:] {
			if o.Type == e.Type && overlap(e, o) &&
				!(o.Start >= e.Start && o.End <= e.End) && !(e.Start >= o.Start && e.End <= o.End) {
				t.Errorf("%s: %s %q and %q partly overlap", d.ID, e.Type, e.Text, o.Text)
			}
		}
	}
}

// TestSampleGoldIsArticle checks that the annotated sample article, with its
// markup stripped, is the article byte for byte.
func TestSampleGoldIsArticle(t *testing.T) {
	art, err := os.ReadFile(sampleText)
	if err != nil {
		t.Fatal(err)
	}
	docs := readMarkupFile(t, sampleGold)
	lines := make([]string, len(docs))
	for i, d := range docs {
		lines[i] = d.Text
		if d.Ref != "2024-07-18" {
			t.Errorf("%s: ref %q, want 2024-07-18", d.ID, d.Ref)
		}
	}
	if got := strings.Join(lines, "\n"); got != string(art) {
		gl, al := lines, strings.Split(string(art), "\n")
		for i := 0; i < len(gl) && i < len(al); i++ {
			if gl[i] != al[i] {
				t.Fatalf("line %d differs:\n gold %q\n text %q", i+1, gl[i], al[i])
			}
		}
		t.Fatalf("gold has %d lines, article %d", len(gl), len(al))
	}
	// Every DATE of the sample carries its value.
	for _, d := range docs {
		for _, e := range d.Entities {
			if e.Type == ner.DATE && e.Value == nil {
				t.Errorf("%s: DATE %q has no value", d.ID, e.Text)
			}
		}
	}
}

// spanRule checks the span rules of ner/ANNOTATION.md that can be checked on an
// entity's text alone, and returns what is wrong, or "".
func spanRule(e ner.Entity) string {
	words := strings.Fields(e.Text)
	first := strings.ToLower(words[0])
	last := e.Text[len(e.Text)-1]
	if strings.ContainsRune(",;:()", rune(last)) || (last == '.' && e.Type != ner.PER && e.Type != ner.DOC) {
		return "ends with punctuation"
	}
	if strings.ContainsRune(",;:.()", rune(e.Text[0])) {
		return "starts with punctuation"
	}
	switch e.Type {
	case ner.PER:
		switch first {
		case "ông", "bà", "anh", "chị", "đồng", "đ/c", "cô", "chú", "cụ", "em", "cháu":
			return "an honorific belongs outside a PER"
		}
	case ner.DATE:
		switch first {
		case "vào", "trong", "các", "hồi", "trước", "sau", "khoảng", "đến", "tới":
			return "a leading preposition or quantifier belongs outside a DATE"
		case "những":
			if len(words) < 2 || strings.ToLower(words[1]) != "năm" {
				return "\"những\" belongs outside a DATE except in a decade"
			}
		case "từ":
			lower := strings.ToLower(e.Text)
			if !strings.Contains(lower, " đến ") && !strings.Contains(lower, " tới ") {
				return "\"từ\" stays outside a DATE that is not a range"
			}
		}
	}
	return ""
}

func TestSpanRule(t *testing.T) {
	tests := []struct {
		typ  ner.Type
		text string
		bad  bool
	}{
		{ner.PER, "Tạ Huy Cần", false},
		{ner.PER, "Lê Văn T.", false},
		{ner.PER, "ông Cần", true},
		{ner.PER, "Đồng chí Tạ Huy Cần", true},
		{ner.LOC, "Hà Nội,", true},
		{ner.LOC, "(Bắc Giang", true},
		{ner.DATE, "những tháng cuối năm 2024", true},
		{ner.DATE, "những năm 1980", false},
		{ner.DATE, "Từ đầu năm đến nay", false},
		{ner.DATE, "từ ngày 1/7", true},
		{ner.DATE, "vào ngày 1/7", true},
		{ner.DATE, "Trong 6 tháng đầu năm", true},
	}
	for _, tt := range tests {
		if got := spanRule(ner.Entity{Type: tt.typ, Text: tt.text}) != ""; got != tt.bad {
			t.Errorf("spanRule(%s %q) flags %v, want %v", tt.typ, tt.text, got, tt.bad)
		}
	}
}
