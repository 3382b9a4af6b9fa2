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
